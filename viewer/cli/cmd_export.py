"""``factsheet export -o FILE.pdf``: a sheet, or one person's dossier, as a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from db.store.dossier import dossier, find_person
from db.store.queries import fact_file_text, sheet_content, sheet_titles
from viewer.cli.database import open_database
from viewer.cli.exit_status import USAGE_ERROR
from viewer.pdf import cycle_collector
from viewer.pdf.document_info import PDF_A_LEVELS
from viewer.pdf.dossier_blocks import dossier_printable
from viewer.pdf.render import PageSize, gui_application, write_pdf
from viewer.text.wording import counted


def run(
    url_argument: str | None,
    output: Path,
    slug: str | None,
    page_size: str,
    *,
    pdfa: str | None,
    tagged: bool,
) -> int:
    database = open_database(url_argument)
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


def run_dossier(
    url_argument: str | None, output: Path, person: str, page_size: str, *, tagged: bool
) -> int:
    """A PDF of one person's roles and statements across every sheet of the database."""
    database = open_database(url_argument)
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
