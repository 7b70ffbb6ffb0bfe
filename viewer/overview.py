"""The Overview tab: the key facts as a readable page, each linked to its evidence."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser

from db.queries import SheetContent
from db.vocabulary import MembershipStatus
from viewer.html_text import text

FACT_SCHEME = "fact"


def long_date(iso: str | None) -> str:
    if not iso:
        return ""
    day = date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


def date_line(content: SheetContent) -> str:
    detail = content.detail
    when = detail.day
    if detail.date_iso:
        inferred = " (inferred)" if detail.date_inferred else ""
        when = f"{detail.day}, {long_date(detail.date_iso)}{inferred}"
    return when


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
        self.setHtml(overview_html(content))

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == FACT_SCHEME and url.path().isdigit():
            self.fact_clicked.emit(int(url.path()))


def _ref(content: SheetContent, fact_id: int | None) -> str:
    """A link to a fact's evidence, labelled with its paragraph numbers."""
    if fact_id is None:
        return ""
    paragraphs = content.paragraphs.get(fact_id, ())
    label = "¶ " + ", ".join(str(number) for number in paragraphs) if paragraphs else "evidence"
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
        founded = f", founded {organization.founded}" if organization.founded else ""
        rows.append(
            _row(
                "Organization",
                text(f"{organization.name} ({organization.abbreviation}){founded}")
                + _ref(content, organization.fact_id)
                + (f"<br>{text(organization.description)}" if organization.description else "")
                + f"<br>Purpose: {text(organization.purpose)}",
            )
        )
    parts.append(f"<table cellspacing='0' cellpadding='4'>{''.join(rows)}</table>")
    parts.extend(_membership_sections(content))
    parts.extend(_absence_section(content))
    parts.extend(_slip_section(content))
    source = detail.source
    parts.append("<h2>Source</h2>")
    parts.append(
        f"<p>{text(source.publisher)}, “{text(source.title)}”, {source.year}."
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


def _absence_section(content: SheetContent) -> list[str]:
    if not content.absences:
        return []
    parts = ["<h2>Absences</h2><ul>"]
    for row in content.absences:
        sent = f"; sent the {row.sent_title or row.sent}" if row.sent else ""
        reason = f" {row.reason}" if row.reason else ""
        parts.append(
            f"<li>{text(f'{row.title} {row.name} ({row.represents}) did not attend{sent}.')}"
            f"{text(reason)}{_ref(content, row.fact_id)}</li>"
        )
    parts.append("</ul>")
    return parts


def _slip_section(content: SheetContent) -> list[str]:
    if not content.slips:
        return []
    parts = ["<h2>Slips in the article</h2><ul>"]
    for slip in content.slips:
        note = f" {slip.note}" if slip.note else ""
        parts.append(
            f"<li>{text(slip.kind.label)}: “{text(slip.text)}” for “{text(slip.correction)}”."
            f"{text(note)}{_ref(content, slip.fact_id)}</li>"
        )
    parts.append("</ul>")
    return parts
