"""The Overview tab: the key facts as a readable page, each linked to its evidence."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTextBrowser

from db.factfile.vocabulary import is_full_member
from viewer.tabs.member_map_view import show_map
from viewer.tabs.page_links import PageLink, link_controls
from viewer.text.html_text import text
from viewer.text.sheet_text import (
    absence_sentence,
    date_line,
    organization_line,
    paragraph_label,
    slip_sentence,
    source_line,
)
from viewer.widgets.focus_marks import frame_on_focus
from viewer.widgets.search_marks import SearchMarks

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, QUrl

    from db.rows import MemberRow, SheetContent

FACT_SCHEME = "fact"


class OverviewView(QTextBrowser):
    fact_clicked = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewView")
        self.setAccessibleName("Overview")
        self.setAccessibleDescription(
            "The sheet's key facts; each paragraph link (¶) shows the article's words for it"
        )
        self.setOpenLinks(False)
        frame_on_focus(self)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.search_marks = SearchMarks(self, lambda: self.document().toRawText())
        self._terms: tuple[str, ...] = ()
        self.map_image: QObject | None = None
        self.links: list[PageLink] = []

    def set_content(self, content: SheetContent) -> None:
        if self.map_image is not None:
            self.map_image.deleteLater()
            self.map_image = None
        self.setHtml(overview_html(content))
        self.map_image = show_map(self, content)
        self._make_links()
        self.set_search(self._terms)

    def _make_links(self) -> None:
        """The links as controls of their own, made anew whenever the page changes."""
        for link in self.links:
            link.deleteLater()
        self.links = link_controls(self, self._on_anchor)

    def set_search(self, terms: tuple[str, ...]) -> int:
        """Mark where the search's words occur; returns how many places."""
        self._terms = terms
        self.search_marks.search(terms)
        self.setExtraSelections(self.search_marks.selections())
        return len(self.search_marks.spans)

    def find_next(self, *, backwards: bool = False) -> bool:
        found = self.search_marks.step(backwards=backwards)
        self.setExtraSelections(self.search_marks.selections())
        return found

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == FACT_SCHEME and url.path().isdigit():
            self.fact_clicked.emit(int(url.path()))


DRAFT_MARK = " <small><i>(draft)</i></small>"


def _ref(content: SheetContent, fact_id: int | None) -> str:
    """A link to a fact's evidence, labelled with its paragraph numbers, and a mark on a fact
    drafted from the article that nobody has reviewed yet."""
    if fact_id is None:
        return ""
    label = paragraph_label(content.paragraphs.get(fact_id, ())) or "evidence"
    draft = DRAFT_MARK if fact_id in content.detail.draft_fact_ids else ""
    return f" <a href='{FACT_SCHEME}:{fact_id}'>{label}</a>{draft}"


def _row(label: str, value: str) -> str:
    """One key fact as a paragraph, its label first: a table would put Qt's frame marks
    (U+FDD0, U+FDD1) into the text a screen reader reads."""
    return f"<p style='margin-top:4px; margin-bottom:4px'><b>{text(label)}:</b> {value}</p>"


def overview_html(content: SheetContent) -> str:
    detail = content.detail
    organization = detail.organization
    parts = [f"<h1>{text(detail.title)}</h1>"]
    if detail.summary:
        parts.append(f"<p>{text(detail.summary)}</p>")
    parts.append("<h2>Key facts</h2>")
    event_ref = _ref(content, detail.fact_ids.get("event"))
    rows = [_row("Event", text(detail.event) + event_ref)]
    if detail.place:
        rows.append(_row("Place", text(detail.place) + event_ref))
    if detail.day or detail.date_iso:
        rows.append(
            _row(
                "Date",
                text(date_line(content))
                + _ref(content, detail.fact_ids.get("date"))
                + (f"<br><small>{text(detail.date_basis)}</small>" if detail.date_basis else ""),
            )
        )
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
                + (f"<br>Purpose: {text(organization.purpose)}" if organization.purpose else ""),
            )
        )
    parts.extend(rows)
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
        + (f"<small>{text(source.copyright)}</small><br>" if source.copyright else "")
        + f"<small>File {text(source.file_name)}, SHA-256 {text(source.sha256)}</small></p>"
    )
    return "".join(parts)


def _membership_sections(content: SheetContent) -> list[str]:
    """Members by status, then observers, partners and any other status; nothing for a sheet
    without members."""
    grouped = content.members_by_status()
    full = {status: rows for status, rows in grouped.items() if is_full_member(status)}
    others = {status: rows for status, rows in grouped.items() if not is_full_member(status)}
    parts: list[str] = []
    if full:
        count = sum(len(rows) for rows in full.values())
        parts.append(f"<h2>Members ({count})</h2>{_status_list(content, full)}")
    if others:
        parts.append(f"<h2>Observers and partners</h2>{_status_list(content, others)}")
        notes = sorted({row.note for rows in others.values() for row in rows if row.note})
        parts.extend(f"<p><small>{text(note)}</small></p>" for note in notes)
    return parts


def _status_list(content: SheetContent, grouped: dict[str, list[MemberRow]]) -> str:
    """One line per status; when they joined is given once if the status shares it, else
    with each member."""
    items = []
    for rows in grouped.values():
        shared = len({row.joined for row in rows}) == 1 and rows[0].joined
        names = ", ".join(
            text(row.name)
            + ("" if shared or not row.joined else f" ({text(row.joined)})")
            + _ref(content, row.fact_id)
            for row in rows
        )
        when = f" ({text(rows[0].joined)})" if shared else ""
        items.append(f"<li><b>{text(rows[0].status_label)}</b>{when}: {names}</li>")
    return f"<ul>{''.join(items)}</ul>"


def _listed(content: SheetContent, title: str, items: list[tuple[str, int]]) -> list[str]:
    """A heading and a list of sentences, each followed by a link to its evidence."""
    if not items:
        return []
    entries = "".join(
        f"<li>{text(sentence)}{_ref(content, fact_id)}</li>" for sentence, fact_id in items
    )
    return [f"<h2>{text(title)}</h2><ul>{entries}</ul>"]
