"""The ``factsheet`` command: open the window, or seed, list and export from the shell.

Exit status: 0 on success, 2 on a usage error (argparse), 1 on any other error, which is told in
one line on stderr with the details in the log file.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.logs import configure_logging, log_path, logger
from viewer.wording import counted

if TYPE_CHECKING:
    from db.session import Database

USAGE_ERROR = 2
FAILURE = 1


class _VersionAction(argparse.Action):
    """Looks the version up only when asked: reading package metadata slows every start-up."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        from importlib.metadata import version

        print(f"{parser.prog} {version('factsheet')}")
        parser.exit()


def _database_option(default: object) -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help="SQLAlchemy database URL (default: $FACTSHEET_DB, else a SQLite file in your data folder)",
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factsheet",
        description="Browse a news article as a fact sheet, every fact traceable to its words.",
        parents=[_database_option(None)],
    )
    # A subcommand's --db must not reset one given before the subcommand.
    database = _database_option(argparse.SUPPRESS)
    parser.add_argument(
        "--version", action=_VersionAction, nargs=0, help="show the version and exit"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    seed = commands.add_parser(
        "seed", parents=[database], help="build or update the database from the bundled seeds"
    )
    seed.add_argument("--reset", action="store_true", help="drop everything and rebuild")
    commands.add_parser("list", parents=[database], help="list the fact sheets in the database")
    export = commands.add_parser("export", parents=[database], help="write the fact sheet as a PDF")
    export.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write")
    subject = export.add_mutually_exclusive_group()
    subject.add_argument(
        "--sheet", metavar="SLUG", help="which sheet (needed when there are several)"
    )
    subject.add_argument(
        "--person",
        metavar="NAME",
        help="a dossier of one person across every sheet, instead of a sheet",
    )
    subject.add_argument(
        "--entity", metavar="KEY", help="the same, for the person of this entity key"
    )
    export.add_argument("--page-size", choices=["A4", "Letter"], default="A4", help="default: A4")
    tagging = export.add_mutually_exclusive_group()
    tagging.add_argument(
        "--pdfa",
        nargs="?",
        const="2b",
        choices=["2b", "3b"],
        help="also PDF/A-2b (the default level) or PDF/A-3b, for archives (3b carries the "
        "sheet's fact file)",
    )
    tagging.add_argument(
        "--untagged",
        action="store_true",
        help="no structure for screen readers (by default the PDF is tagged PDF/UA-1); faster",
    )
    draft = commands.add_parser("draft", help="draft a fact file from an article, to check by hand")
    draft.add_argument("article", type=Path, metavar="ARTICLE", help="a .txt or .html article")
    draft.add_argument("-o", "--output", required=True, type=Path, metavar="FACTS.toml")
    draft.add_argument("--force", action="store_true", help="replace FACTS.toml if it exists")
    add = commands.add_parser(
        "add", parents=[database], help="add a sheet from an article and its fact file"
    )
    add.add_argument("article", type=Path, metavar="ARTICLE", help="the article, as plain text")
    add.add_argument("facts", type=Path, metavar="FACTS.toml", help="its fact file")
    add.add_argument(
        "--replace", action="store_true", help="replace the sheet of the same slug, if any"
    )
    facts = commands.add_parser(
        "facts", parents=[database], help="write a sheet's fact file, corrections included"
    )
    facts.add_argument("slug", metavar="SLUG", help="the sheet's slug (`factsheet list`)")
    facts.add_argument("-o", "--output", required=True, type=Path, metavar="FACTS.toml")
    facts.add_argument("--force", action="store_true", help="replace FACTS.toml if it exists")
    commands.add_parser(
        "upgrade",
        parents=[database],
        help="upgrade a database made by an older Factsheet (a server's; a file upgrades when opened)",
    )
    remove = commands.add_parser("remove", parents=[database], help="remove a sheet")
    remove.add_argument("slug", metavar="SLUG", help="the sheet's slug (`factsheet list`)")
    commands.add_parser("gui", parents=[database], help="open the window (the default)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = build_parser().parse_args(argv)
    if arguments.command not in (None, "gui"):
        configure_logging()  # the window sets it up once it is on screen
    from db.errors import FactsheetError, UsageError

    try:
        _check_database_url(arguments.db)
        return _run(arguments)
    except UsageError as error:
        print(f"factsheet: {error}", file=sys.stderr)
        return USAGE_ERROR
    except FactsheetError as error:
        logger().warning("%s", error, exc_info=error)
        print(f"factsheet: {error} (details in {log_path()})", file=sys.stderr)
        return FAILURE
    except KeyboardInterrupt:
        print("factsheet: interrupted", file=sys.stderr)
        return FAILURE
    except BrokenPipeError:
        # Whoever read the output stopped reading (`factsheet list | head`): not a fault. What
        # is left to flush goes nowhere, so Python does not complain at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:
        logger().exception("unexpected error")
        print(
            f"factsheet: unexpected error ({type(error).__name__}); details are in {log_path()}",
            file=sys.stderr,
        )
        return FAILURE


def _check_database_url(url_argument: str | None) -> None:
    """Refuse, before any work starts, a database URL that names nothing that lasts."""
    from db.environment import DATABASE_VARIABLE, refuse_vanishing

    if url_argument is not None:
        refuse_vanishing(url_argument)
    elif os.environ.get(DATABASE_VARIABLE):
        refuse_vanishing(os.environ[DATABASE_VARIABLE])


def _run(arguments: argparse.Namespace) -> int:
    if arguments.command == "seed":
        return _seed(arguments.db, reset=arguments.reset)
    if arguments.command == "list":
        return _list(arguments.db)
    if arguments.command == "draft":
        return _draft(arguments.article, arguments.output, force=arguments.force)
    if arguments.command == "add":
        return _add(arguments.db, arguments.article, arguments.facts, replace=arguments.replace)
    if arguments.command == "remove":
        return _remove(arguments.db, arguments.slug)
    if arguments.command == "facts":
        return _facts(arguments.db, arguments.slug, arguments.output, force=arguments.force)
    if arguments.command == "upgrade":
        return _upgrade(arguments.db)
    if arguments.command == "export" and (arguments.person or arguments.entity):
        return _export_dossier(
            arguments.db,
            Path(arguments.output),
            arguments.person or arguments.entity,
            arguments.page_size,
            tagged=not arguments.untagged,
        )
    if arguments.command == "export":
        return _export(
            arguments.db,
            Path(arguments.output),
            arguments.sheet,
            arguments.page_size,
            pdfa=arguments.pdfa,
            tagged=not arguments.untagged,
        )
    no_display = _no_display()
    if no_display:
        print(f"factsheet: {no_display}", file=sys.stderr)
        return FAILURE
    from viewer.app import run_window

    return run_window(arguments.db)


def _no_display() -> str:
    """Why the window cannot open here, if it cannot: on Linux, Qt would otherwise abort with
    a long message about platform plugins that points at the wrong cause."""
    if not sys.platform.startswith("linux"):
        return ""
    if any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return ""
    return (
        "there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is "
        "set); `factsheet export -o FILE.pdf` works without one"
    )


def _seed(url_argument: str | None, *, reset: bool) -> int:
    from db.seed import seed_database, upgrade_older_file
    from db.session import describe, resolve_url, sqlite_file

    url, _ = resolve_url(url_argument)
    path = sqlite_file(url)
    if not reset and path is not None and path.exists():
        upgraded = upgrade_older_file(url)
        if upgraded:
            print(upgraded, file=sys.stderr)
    for outcome in seed_database(url, reset=reset):
        state = "seeded" if outcome.changed else "already up to date"
        print(f"{outcome.slug}: {state} in {describe(url)}")
    return 0


def _list(url_argument: str | None) -> int:
    from db.queries import list_sheets
    from db.vocabulary import TABLE_NAMES

    database = _open(url_argument)
    try:
        sheets = list_sheets(database)
    finally:
        database.close()
    if not sheets:
        print("no fact sheets; run `factsheet seed`")
        return 0
    # The tables are named as the window's tabs name them, so one count has one name.
    headers = ["SLUG", *(name.upper() for name in TABLE_NAMES.values())]
    rows = [
        [
            sheet.slug,
            *(f"{count:,}" for count in (sheet.members, sheet.attendees, sheet.statements)),
        ]
        for sheet in sheets
    ]
    widths = [max(len(row[column]) for row in [headers, *rows]) for column in range(len(headers))]
    for row, title in [
        (headers, "TITLE"),
        *((row, sheet.title) for row, sheet in zip(rows, sheets, strict=True)),
    ]:
        cells = [row[0].ljust(widths[0])] + [
            cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)
        ]
        print("  ".join([*cells, title]))
    return 0


def _draft(article: Path, output: Path, *, force: bool) -> int:
    from db.draft.write import plan_draft, write_draft

    plan = plan_draft(article, output)
    existing = [str(path) for path in plan.targets if path.exists()]
    if existing and not force:
        print(
            f"factsheet: {existing[0]} already exists; add --force to replace it", file=sys.stderr
        )
        return USAGE_ERROR
    drafted = write_draft(plan)
    if drafted.text is not None:
        print(f"wrote {drafted.text} (the text of {article.name}, which the facts quote)")
    print(f"wrote {output} ({drafted.facts} drafted facts to check)")
    return 0


def _add(url_argument: str | None, article: Path, facts: Path, *, replace: bool) -> int:
    """Check everything first, then write the sheet in one transaction; a new SQLite file is
    built aside and moved into place, as seeding builds one."""
    from db.draft.write import read_added_fact_file
    from db.seed import build_new_database
    from db.session import describe, resolve_url, sqlite_file
    from db.sheet_writer import one
    from db.sheets import add_sheet

    fact_file = read_added_fact_file(facts, article)
    url, is_default = resolve_url(url_argument)
    path = sqlite_file(url)
    if path is not None and not path.exists() and not is_default:
        (outcome,) = build_new_database(path, [fact_file])
        print(f"added {outcome.slug} to {describe(url)}, a new database")
        return 0
    database = _open(url_argument)
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


def _upgrade(url_argument: str | None) -> int:
    from db.session import resolve_url
    from db.upgrade import upgrade_database

    url, _ = resolve_url(url_argument)
    print(upgrade_database(url))
    return 0


def _open(url_argument: str | None) -> Database:
    """The database the command names, opened (and seeded or upgraded) as the window opens it;
    an upgrade is told in one line."""
    from db.seed import open_or_seed
    from db.session import resolve_url

    url, is_default = resolve_url(url_argument)
    database = open_or_seed(url, is_default=is_default)
    if database.notice:
        print(database.notice, file=sys.stderr)
    return database


def _remove(url_argument: str | None, slug: str) -> int:
    from db.sheets import remove_sheet

    database = _open(url_argument)
    try:
        remove_sheet(database, slug)
    finally:
        database.close()
    print(f"removed {slug} from {database.location}")
    return 0


def _facts(url_argument: str | None, slug: str, output: Path, *, force: bool) -> int:
    """Write the sheet's fact file as the database keeps it: adding it again (elsewhere, or
    after sharing it) gives the same sheet."""
    from db.atomic_file import write_atomically
    from db.queries import fact_file_text

    if output.exists() and not force:
        print(f"factsheet: {output} already exists; add --force to replace it", file=sys.stderr)
        return USAGE_ERROR
    database = _open(url_argument)
    try:
        text = fact_file_text(database, slug)
    finally:
        database.close()
    write_atomically(output, text.encode("utf-8"))
    print(f"wrote {output} (the fact file of {slug})")
    return 0


def _export(
    url_argument: str | None,
    output: Path,
    slug: str | None,
    page_size: str,
    *,
    pdfa: str | None,
    tagged: bool,
) -> int:
    from db.queries import fact_file_text, sheet_content, sheet_titles
    from viewer.export import cycle_collector
    from viewer.export.document_info import PDF_A_LEVELS
    from viewer.export.pdf import PageSize, gui_application, write_pdf

    database = _open(url_argument)
    try:
        slugs = [slug for slug, _title in sheet_titles(database)]
        if slug is None:
            if len(slugs) != 1:
                choices = ", ".join(slugs) or "none; run `factsheet seed`"
                print(
                    f"factsheet: {database.location} holds {len(slugs)} sheets; "
                    f"choose one with --sheet (sheets: {choices})",
                    file=sys.stderr,
                )
                return USAGE_ERROR
            slug = slugs[0]
        content = sheet_content(database, slug)
        level = PDF_A_LEVELS[pdfa] if pdfa else None
        # PDF/A-3 carries the sheet's data: the fact file it was built from.
        attachment = None
        if level is not None and level.allows_attachments:
            attachment = (f"{slug}.toml", fact_file_text(database, slug).encode("utf-8"))
    finally:
        database.close()
    gui_application()
    with cycle_collector.paused():
        pages = write_pdf(
            output,
            content,
            page_size=PageSize(page_size),
            tagged=tagged,
            pdfa=level,
            attachment=attachment,
        )
    print(f"wrote {output} ({pages} page{'s' * (pages != 1)})")
    return 0


def _export_dossier(
    url_argument: str | None, output: Path, person: str, page_size: str, *, tagged: bool
) -> int:
    """A PDF of one person's roles and statements across every sheet of the database."""
    from db.dossier import dossier, find_person
    from viewer.export import cycle_collector
    from viewer.export.dossier_blocks import dossier_printable
    from viewer.export.pdf import PageSize, gui_application, write_pdf

    database = _open(url_argument)
    try:
        found = dossier(database, find_person(database, person))
    finally:
        database.close()
    gui_application()
    with cycle_collector.paused():
        pages = write_pdf(
            output, dossier_printable(found), page_size=PageSize(page_size), tagged=tagged
        )
    print(
        f"wrote {output} ({counted(pages, 'page')}): {found.name}, {counted(len(found.sheets), 'sheet')}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
