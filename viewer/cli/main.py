"""The ``factsheet`` command's parser: which command runs (one module per command, cmd_*.py).

Exit status: 0 on success, 2 on a usage error (argparse), 1 on any other error, which is told in
one line on stderr with the details in the log file.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from db.errors import FactsheetError, UsageError
from db.store.environment import DATABASE_VARIABLE, refuse_vanishing
from viewer.cli.exit_status import FAILURE, USAGE_ERROR
from viewer.logs import configure_logging, log_path, logger


class _VersionAction(argparse.Action):
    """Imports importlib.metadata only when asked for the version: it would slow the window's
    first frame (benchmarks/STARTUP.md)."""

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
    add.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="ARTICLE FACTS.toml | FOLDER",
        help="an article (plain text or a saved page) and its fact file, as many pairs as you "
        "like, or a folder whose fact files name their articles",
    )
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
        configure_logging()  # the window sets it up once its frame is on screen
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
    if url_argument is not None:
        refuse_vanishing(url_argument)
    elif os.environ.get(DATABASE_VARIABLE):
        refuse_vanishing(os.environ[DATABASE_VARIABLE])


def _run(arguments: argparse.Namespace) -> int:
    """Run the command: its module (cmd_*.py) is imported only when it runs, so that no
    command pays for another's imports, the window's start least of all (the figures are in
    benchmarks/STARTUP.md)."""
    if arguments.command == "seed":
        import viewer.cli.cmd_seed as cmd_seed

        return cmd_seed.run(arguments.db, reset=arguments.reset)
    if arguments.command == "list":
        import viewer.cli.cmd_list as cmd_list

        return cmd_list.run(arguments.db)
    if arguments.command == "draft":
        import viewer.cli.cmd_draft as cmd_draft

        return cmd_draft.run(arguments.article, arguments.output, force=arguments.force)
    if arguments.command == "add":
        import viewer.cli.cmd_add as cmd_add

        return cmd_add.run(arguments.db, arguments.paths, replace=arguments.replace)
    if arguments.command == "remove":
        import viewer.cli.cmd_remove as cmd_remove

        return cmd_remove.run(arguments.db, arguments.slug)
    if arguments.command == "facts":
        import viewer.cli.cmd_facts as cmd_facts

        return cmd_facts.run(arguments.db, arguments.slug, arguments.output, force=arguments.force)
    if arguments.command == "upgrade":
        import viewer.cli.cmd_upgrade as cmd_upgrade

        return cmd_upgrade.run(arguments.db)
    if arguments.command == "export":
        import viewer.cli.cmd_export as cmd_export

        if arguments.person or arguments.entity:
            return cmd_export.run_dossier(
                arguments.db,
                Path(arguments.output),
                arguments.person or arguments.entity,
                arguments.page_size,
                tagged=not arguments.untagged,
            )
        return cmd_export.run(
            arguments.db,
            Path(arguments.output),
            arguments.sheet,
            arguments.page_size,
            pdfa=arguments.pdfa,
            tagged=not arguments.untagged,
        )
    import viewer.cli.cmd_gui as cmd_gui

    return cmd_gui.run(arguments.db)
