"""What the evidence pane shows: the quotes behind the row selected in the table on show, or
behind a fact chosen in the overview, each span once, with drafted facts marked."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from db.errors import FactsheetError
from db.store import queries
from db.store.corrections import moment, reviews
from viewer.panes.evidence_panel import EvidencePanel
from viewer.widgets.error_dialog import show_error
from viewer.window.sheet_loader import SheetLoader

if TYPE_CHECKING:
    from viewer.tabs.table_tab import FactTableTab


class EvidenceLink(QObject):
    def __init__(self, pane: EvidencePanel, loader: SheetLoader, parent: QWidget) -> None:
        super().__init__(parent)
        self.pane = pane
        self.loader = loader
        self.parent_widget = parent

    def show_row(self, tab: FactTableTab[Any]) -> None:
        """The evidence of the tab's current row, and of whom it names (a member's envoy)."""
        fact_id = tab.current_fact_id()
        if fact_id is None:
            self.pane.clear()
            return
        self.show_facts(tab.current_label(), tab.current_evidence_ids() or (fact_id,))

    def show_facts(self, label: str, fact_ids: tuple[int, ...]) -> None:
        database, content = self.loader.database, self.loader.content
        if content is None or database is None:
            return
        try:
            found = queries.evidence_for(database, fact_ids)
            reviewed = reviews(database, fact_ids=fact_ids[:1])
        except FactsheetError as error:
            show_error(parent=self.parent_widget, error=error)
            return
        # Two facts may quote the same words; each span is shown once.
        quotes = {
            (quote.start, quote.end): quote
            for fact_id in fact_ids
            for quote in found.get(fact_id, [])
        }
        ordered = [quotes[span] for span in sorted(quotes)]
        drafts = [fact_id for fact_id in fact_ids if fact_id in content.detail.draft_fact_ids]
        self.pane.show_quotes(label, ordered, content.detail.source.text, drafts=drafts)
        review = reviewed.get(fact_ids[0]) if fact_ids else None
        if review is not None:
            self.pane.show_review(f"Reviewed by {review.by} on {moment(review.at)}")
