"""``factsheet add ARTICLE FACTS.toml … | FOLDER [--replace]``: the sheets of articles and their
fact files added, one transaction each.

Given one article and its fact file, a failure is the command's one error. Given several (or a
folder of fact files), each failure is named by its file and the others are still added; the
command then ends with a line that counts them and exits 1.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from db.draft.write import read_added_fact_file
from db.errors import FactsheetError, UsageError
from db.factfile.reading import FactFile, read_fact_file
from db.store.seed import build_new_database, open_or_seed
from db.store.session import Database, describe, resolve_url, sqlite_file
from db.store.sheet_writer import one
from db.store.sheets import Added, add_sheet
from viewer.cli.terminal_progress import TerminalProgress


@dataclass(frozen=True)
class Pair:
    """A fact file and the article it was written from; with no article, the one its
    ``[source] file`` names beside it."""

    facts: Path
    article: Path | None = None

    def read(self) -> FactFile:
        if self.article is None:
            return read_fact_file(self.facts)
        return read_added_fact_file(self.facts, self.article)


def pairs_of(paths: Sequence[Path]) -> list[Pair]:
    """Each ARTICLE FACTS.toml pair of ``paths``, and each fact file of a folder among them."""
    pairs: list[Pair] = []
    remaining = list(paths)
    while remaining:
        path = remaining.pop(0)
        if path.is_dir():
            found = sorted(path.glob("*.toml"))
            if not found:
                raise UsageError(f"{path}: is a folder with no fact file (FACTS.toml) in it")
            pairs.extend(Pair(facts) for facts in found)
        elif not remaining:
            raise UsageError(f"{path}: is an article with no fact file after it")
        else:
            pairs.append(Pair(remaining.pop(0), path))
    return pairs


def run(url_argument: str | None, paths: Sequence[Path], *, replace: bool) -> int:
    """Add every pair's sheet; returns the command's exit status."""
    pairs = pairs_of(paths)
    url, is_default = resolve_url(url_argument)
    where = describe(url)
    single = len(pairs) == 1 and not any(path.is_dir() for path in paths)
    progress = TerminalProgress(len(pairs))
    failed = 0
    database: Database | None = None
    try:
        for pair in pairs:
            try:
                fact_file = pair.read()
                path = sqlite_file(url)
                if database is None and path is not None and not path.exists() and not is_default:
                    (outcome,) = build_new_database(path, [fact_file])
                    progress.say(f"added {outcome.slug} to {where}, a new database", sys.stdout)
                else:
                    if database is None:
                        database = open_or_seed(url, is_default=is_default)
                        if database.notice:  # an upgrade, told in one line
                            progress.say(database.notice, sys.stderr)
                    added = add_sheet(database, fact_file, replace=replace)
                    progress.say(_told(added, fact_file, pair, where, replace), sys.stdout)
            except FactsheetError as error:
                if single:
                    raise
                failed += 1
                progress.say(f"factsheet: {_naming(pair.facts, error)}", sys.stderr)
            progress.advance(pair.facts.name)
    finally:
        progress.finish()
        if database is not None:
            database.close()
    if failed:
        added_count = len(pairs) - failed
        print(
            f"factsheet: added {added_count} of {len(pairs)} sheets to {where}; "
            f"{failed} failed, each named above",
            file=sys.stderr,
        )
        return 1
    return 0


def _naming(facts: Path, error: FactsheetError) -> str:
    """The error, led by the fact file's name where it does not name it already."""
    told = str(error)
    return told if told.startswith(facts.name) else f"{facts.name}: {told}"


def _told(added: Added, fact_file: FactFile, pair: Pair, where: str, replace: bool) -> str:
    """The line that says what became of one sheet."""
    verb = "replaced the sheet" if added.replaced else "added"
    if added.kept is None:
        return f"{verb} {added.slug} in {where}"
    kept, source = added.kept, one(fact_file, "source")
    article = pair.article.name if pair.article else source.text("file")
    instead = "; --replace replaces only a sheet of the same article" if replace else ""
    return (
        f"added {added.slug} in {where}: {kept.slug} is the sheet of another article, "
        f"“{kept.title}” ({kept.file_name}), so “{source.text('title')}” ({article}) "
        f"was added beside it{instead}"
    )
