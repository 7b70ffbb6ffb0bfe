"""``factsheet add ARTICLE FACTS.toml [--replace]``: a sheet added from an article and its fact file."""

from __future__ import annotations

from pathlib import Path

from viewer.cli.database import open_database


def run(url_argument: str | None, article: Path, facts: Path, *, replace: bool) -> int:
    """Check everything first, then write the sheet in one transaction; a new SQLite file is
    built aside and moved into place, as seeding builds one."""
    from db.draft.write import read_added_fact_file
    from db.store.seed import build_new_database
    from db.store.session import describe, resolve_url, sqlite_file
    from db.store.sheet_writer import one
    from db.store.sheets import add_sheet

    fact_file = read_added_fact_file(facts, article)
    url, is_default = resolve_url(url_argument)
    path = sqlite_file(url)
    if path is not None and not path.exists() and not is_default:
        (outcome,) = build_new_database(path, [fact_file])
        print(f"added {outcome.slug} to {describe(url)}, a new database")
        return 0
    database = open_database(url_argument)
    try:
        added = add_sheet(database, fact_file, replace=replace)
    finally:
        database.close()
    verb = "replaced the sheet" if added.replaced else "added"
    if added.kept is None:
        print(f"{verb} {added.slug} in {describe(url)}")
        return 0
    kept, source = added.kept, one(fact_file, "source")
    instead = "; --replace replaces only a sheet of the same article" if replace else ""
    print(
        f"added {added.slug} in {describe(url)}: {kept.slug} is the sheet of another article, "
        f"“{kept.title}” ({kept.file_name}), so “{source.text('title')}” ({article.name}) "
        f"was added beside it{instead}"
    )
    return 0
