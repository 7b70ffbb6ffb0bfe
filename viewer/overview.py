"""The Overview tab: the key facts as a readable page, each linked to its evidence."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTextBrowser

from db.vocabulary import MembershipStatus
from viewer.html_text import text
from viewer.sheet_text import (
    absence_sentence,
    date_line,
    organization_line,
    paragraph_label,
    slip_sentence,
    source_line,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

    from db.rows import SheetContent

FACT_SCHEME = "fact"


class OverviewView(QTextBrowser):
    fact_clicked = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewView")
        self.setAccessibleName("overviewView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)

    def set_content(self, content: SheetContent) -> None:
        from viewer.member_map_view import show_map_once_drawn

        self.setHtml(overview_html(content))
        show_map_once_drawn(self, content)

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == FACT_SCHEME and url.path().isdigit():
            self.fact_clicked.emit(int(url.path()))


def _ref(content: SheetContent, fact_id: int | None) -> str:
    """A link to a fact's evidence, labelled with its paragraph numbers."""
    if fact_id is None:
        return ""
    label = paragraph_label(content.paragraphs.get(fact_id, ())) or "evidence"
    return f" <a href='{FACT_SCHEME}:{fact_id}'>{label}</a>"


def _row(label: str, value: str) -> str:
    return f"<tr><th align='left' valign='top'>{text(label)}</th><td>{value}</td></tr>"


def overview_html(content: SheetContent) -> str:
    detail = content.detail
    organization = detail.organization
    parts = [
        f"<h1>{text(detail.title)}</h1>",
        f"<p>{text(detail.summary)}</p>",
        "<h2>Key facts</h2>",
    ]
    rows = [
        _row("Event", text(detail.event) + _ref(content, detail.fact_ids.get("event"))),
        _row("Place", text(detail.place) + _ref(content, detail.fact_ids.get("event"))),
        _row(
            "Date",
            text(date_line(content))
            + _ref(content, detail.fact_ids.get("date"))
            + (f"<br><small>{text(detail.date_basis)}</small>" if detail.date_basis else ""),
        ),
    ]
    host = content.host()
    if host:
        rows.append(
            _row(
                "Host",
                text(f"{host.name}, {host.title}, {host.represents}") + _ref(content, host.fact_id),
            )
        )
    if organization:
        rows.append(
            _row(
                "Organization",
                text(organization_line(organization))
                + _ref(content, organization.fact_id)
                + (f"<br>{text(organization.description)}" if organization.description else "")
                + f"<br>Purpose: {text(organization.purpose)}",
            )
        )
    parts.append(f"<table cellspacing='0' cellpadding='4'>{''.join(rows)}</table>")
    parts.extend(_membership_sections(content))
    parts.extend(
        _listed(
            content, "Absences", [(absence_sentence(row), row.fact_id) for row in content.absences]
        )
    )
    parts.extend(
        _listed(
            content,
            "Slips in the article",
            [(slip_sentence(slip), slip.fact_id) for slip in content.slips],
        )
    )
    source = detail.source
    parts.append("<h2>Source</h2>")
    parts.append(
        f"<p>{text(source_line(content))}"
        f"{_ref(content, detail.source_fact_id)}<br>"
        f"<small>{text(source.copyright)}</small><br>"
        f"<small>File {text(source.file_name)}, SHA-256 {text(source.sha256)}</small></p>"
    )
    return "".join(parts)


def _membership_sections(content: SheetContent) -> list[str]:
    grouped = content.members_by_status()
    member_count = sum(len(rows) for status, rows in grouped.items() if status.is_member)
    parts = [f"<h2>Members ({member_count})</h2><ul>"]
    for status in MembershipStatus:
        rows = grouped[status]
        if not rows or not status.is_member:
            continue
        names = ", ".join(text(row.country) + _ref(content, row.fact_id) for row in rows)
        parts.append(f"<li><b>{text(status.label)}</b> ({text(rows[0].joined)}): {names}</li>")
    parts.append("</ul>")
    partners = grouped[MembershipStatus.OBSERVER_OR_PARTNER]
    if partners:
        names = ", ".join(text(row.country) + _ref(content, row.fact_id) for row in partners)
        parts.append(f"<h2>Observers and dialogue partners</h2><p>{names}</p>")
        notes = sorted({row.note for row in partners if row.note})
        parts.extend(f"<p><small>{text(note)}</small></p>" for note in notes)
    return parts


def _listed(content: SheetContent, title: str, items: list[tuple[str, int]]) -> list[str]:
    """A heading and a list of sentences, each followed by a link to its evidence."""
    if not items:
        return []
    entries = "".join(
        f"<li>{text(sentence)}{_ref(content, fact_id)}</li>" for sentence, fact_id in items
    )
    return [f"<h2>{text(title)}</h2><ul>{entries}</ul>"]
