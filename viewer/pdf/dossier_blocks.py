"""A person's dossier printed: every role and statement of theirs, sheet by sheet, each with
the paragraphs of that sheet's article it rests on (`factsheet export --person NAME`)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

from db.rows import Appearance
from db.store.dossier import Dossier, DossierSheet
from viewer.pdf.document_info import DEFAULT_LANGUAGE, DocumentInfo
from viewer.pdf.render import Printable
from viewer.pdf.sheet_blocks import (
    PARAGRAPH_SPACE,
    Block,
    PrintColumn,
    Run,
    heading,
    table,
)
from viewer.pdf.template import PrintTemplate
from viewer.text.sheet_text import paragraph_label


def dossier_printable(dossier: Dossier) -> Printable:
    return Printable(
        blocks=lambda template: dossier_blocks(dossier, template),
        footer=f"{dossier.name} · Dossier",
        info=lambda producer: DocumentInfo(
            title=f"{dossier.name} — Dossier",
            author="",
            subject=f"Dossier: {dossier.name} in {len(dossier.sheets)} fact sheets",
            keywords=("dossier", dossier.name, *dossier.other_names),
            language=DEFAULT_LANGUAGE,
            producer=producer,
            created=datetime.now(UTC).replace(microsecond=0),
        ),
    )


def dossier_blocks(dossier: Dossier, template: PrintTemplate) -> Iterator[Block]:
    facts = sum(len(sheet.facts) for sheet in dossier.sheets)
    sheets = len(dossier.sheets)
    also = f"Also named {', '.join(dossier.other_names)}" if dossier.other_names else ""
    yield Block(
        html=template.fill(
            "dossier_title",
            person=dossier.name,
            subtitle=also or f"{sheets} fact sheet{'s' * (sheets != 1)}",
            summary=(
                f"Every role and statement of {dossier.name} in the fact sheets of this "
                f"database: {facts} fact{'s' * (facts != 1)} in {sheets} "
                f"sheet{'s' * (sheets != 1)}, the latest first. ¶ n is paragraph n of that "
                "sheet's article, counting the headline as ¶ 1."
            ),
        )
    )
    for sheet in dossier.sheets:
        yield from _sheet(sheet, template)


def _sheet(sheet: DossierSheet, template: PrintTemplate) -> Iterator[Block]:
    def ref(fact: Appearance) -> tuple[Run, ...]:
        return (Run(paragraph_label(sheet.paragraphs.get(fact.fact_id, ()))),)

    columns = (
        PrintColumn[Appearance]("As", 14, lambda fact: (Run(fact.kind_label),)),
        PrintColumn[Appearance]("What the sheet says", 48, lambda fact: (Run(fact.text),)),
        PrintColumn[Appearance]("The article's words", 28, lambda fact: (Run(fact.evidence),)),
        PrintColumn[Appearance]("Source", 10, ref),
    )
    yield heading(template, f"{sheet.title} — {sheet.when}" if sheet.when else sheet.title)
    if sheet.source:
        yield Block(
            html=template.fill("note", text=f"{sheet.source} (sheet {sheet.slug})"),
            space_before=PARAGRAPH_SPACE,
        )
    yield from table(columns, sheet.facts)
