"""``factsheet draft``: read an article, draft its facts, write the fact file beside it.

The fact file names its article relative to the fact file's own folder (``../news/a.txt`` when
they are apart), so the two can be moved together; only where no relative path exists (another
drive on Windows) is the article's absolute path written. An HTML page's main text is saved as
a ``.txt`` file beside the fact file, since evidence quotes must be the seeded text's exact words;
the two are written together or not at all, and never over the article.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from db.atomic_file import write_all_atomically
from db.draft.article import HTML_SUFFIXES, read_article
from db.draft.errors import DraftError
from db.draft.extract import draft_facts
from db.draft.render import render
from db.errors import SeedError, UsageError
from db.factfile.reading import FactFile, fact_file_from_text, read_fact_file


@dataclass(frozen=True)
class DraftPlan:
    """What ``factsheet draft`` will write: the fact file, and for a page its text."""

    article: Path
    facts: Path
    text: Path | None

    @property
    def targets(self) -> tuple[Path, ...]:
        return (self.facts,) if self.text is None else (self.facts, self.text)


def plan_draft(article: Path, facts: Path) -> DraftPlan:
    """Where the draft goes; UsageError if the fact file would be the article or the page's
    text, under any spelling of its path or through a link."""
    is_page = article.suffix.lower() in HTML_SUFFIXES
    text = facts.with_name(f"{article.stem}.txt") if is_page else None
    if _same_file(facts, article):
        raise UsageError(f"{facts}: is the article itself; name another file for the facts")
    if text is not None and _same_file(facts, text):
        raise UsageError(
            f"{facts}: is where the page's text is saved; name another file for the facts"
        )
    if text is not None and _same_file(text, article):
        raise UsageError(f"{text}: the page's text would replace the article; rename the article")
    return DraftPlan(article=article, facts=facts, text=text)


def _same_file(first: Path, second: Path) -> bool:
    """Whether the two paths name one file: the same path spelled two ways, a link to it, or
    (for files that exist) a hard link."""
    if first.resolve() == second.resolve():
        return True
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False


@dataclass(frozen=True)
class Drafted:
    """What a draft wrote: how many facts, and the page's text file if there was a page."""

    facts: int
    text: Path | None


def write_draft(plan: DraftPlan) -> Drafted:
    """Draft and write the fact file and a page's text, both or neither. Raises DraftError on
    bad input, ExportError if a file cannot be written."""
    article = read_article(plan.article)
    draft = draft_facts(article.text)
    text = plan.text if article.from_html else None
    files = [] if text is None else [(text, article.text.encode("utf-8"))]
    rendered = render(draft, article.text, _file_name(text or plan.article, plan.facts))
    _as_added(rendered, plan.article, article.text)
    write_all_atomically([*files, (plan.facts, rendered.encode("utf-8"))])
    count = len(draft.memberships) + len(draft.attendees) + len(draft.absences)
    return Drafted(facts=count + len(draft.statements), text=text)


def read_added_fact_file(facts: Path, article: Path) -> FactFile:
    """The fact file of `factsheet add ARTICLE FACTS`, checked against the article: for an HTML
    page, the page's text as a draft takes it, so the page and the text the draft saved add
    the same sheet."""
    if article.suffix.lower() not in HTML_SUFFIXES:
        return read_fact_file(facts, article=article)
    page = read_article(article)
    return read_fact_file(facts, article=article, article_text=page.text)


def _file_name(article: Path, facts: Path) -> str:
    folder = facts.resolve().parent
    try:
        return Path(os.path.relpath(article.resolve(), folder)).as_posix()
    except ValueError:
        return str(article.resolve())


def draft_in_memory(article_path: Path, *, taken_slugs: Collection[str] = ()) -> FactFile:
    """A checked draft of the article, never written to a file: what File ▸ New sheet from
    article adds to the database, under a slug none of ``taken_slugs`` has."""
    article = read_article(article_path)
    text = render(
        draft_facts(article.text), article.text, article_path.name, taken_slugs=taken_slugs
    )
    return _as_added(text, article_path, article.text)


def _as_added(draft: str, article_path: Path, article: str) -> FactFile:
    """The draft checked as `factsheet add` will check it, so that a draft is never written
    that add would refuse. Should the check fail (a fault of the draft's, not the user's),
    the sentence names the article, the one file the user gave."""
    try:
        return fact_file_from_text(draft, path=article_path, article=article)
    except SeedError as error:
        raise DraftError(
            f"{article_path}: its draft would not be accepted ({error.reason}); "
            "please report this fault of the draft"
        ) from None
