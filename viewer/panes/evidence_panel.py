"""The evidence pane: the selected fact's quotes, each in its sentence, with its paragraph."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from db.factfile.anchoring import sentence_span
from viewer.text import html_text
from viewer.widgets.focus_marks import frame_on_focus

DRAFT_NOTE = (
    "Drafted from the article and not yet reviewed: check that the words below say what the "
    "fact says before you rely on it."
)

if TYPE_CHECKING:
    from db.rows import Evidence


class EvidencePanel(QWidget):
    show_in_article_requested = Signal()
    review_requested = Signal(object)
    """The drafted fact ids whose evidence is shown, to be marked reviewed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePanel")
        self.setAccessibleName("Evidence")
        self.setAccessibleDescription("The article's words that support the selected fact")
        self.heading = QLabel("Evidence", self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setObjectName("evidenceQuotes")
        self.browser.setAccessibleName("Evidence quotes")
        frame_on_focus(self.browser)
        self.show_button = QPushButton("Show in article", self)
        self.show_button.setToolTip(
            "Highlight these words in the article (Enter or double-click a row)"
        )
        self.show_button.clicked.connect(self.show_in_article_requested)
        self.draft_note = QLabel(DRAFT_NOTE, self)
        self.draft_note.setWordWrap(True)
        self.draft_note.setTextFormat(Qt.TextFormat.PlainText)
        self.review_button = QPushButton("Mark as reviewed", self)
        self.review_button.setToolTip(
            "Say that you have checked this drafted fact against the article's words"
        )
        self.review_button.clicked.connect(lambda: self.review_requested.emit(self.drafts))
        self.review_note = QLabel(self)
        self.review_note.setObjectName("reviewNote")
        self.review_note.setWordWrap(True)
        self.review_note.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.draft_note)
        layout.addWidget(self.review_note)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.review_button)
        layout.addWidget(self.show_button)
        self.quotes: tuple[Evidence, ...] = ()
        self.drafts: tuple[int, ...] = ()
        self.clear()

    def clear(self) -> None:
        self.quotes = ()
        self.heading.setText("Evidence")
        self.browser.setPlainText("Select a row to see the words of the article that support it.")
        self.show_button.setEnabled(False)
        self.show_drafts(())
        self.show_review("")

    def show_review(self, note: str) -> None:
        """Who checked the fact shown, and when ("" when nobody is recorded)."""
        self.review_note.setText(note)
        self.review_note.setVisible(bool(note))

    def show_drafts(self, fact_ids: Sequence[int]) -> None:
        """Say that the facts shown were drafted and not yet reviewed, and offer to mark them."""
        self.drafts = tuple(fact_ids)
        self.draft_note.setVisible(bool(self.drafts))
        self.review_button.setVisible(bool(self.drafts))

    def show_quotes(
        self,
        label: str,
        quotes: Sequence[Evidence],
        article: str,
        *,
        drafts: Sequence[int] = (),
    ) -> None:
        self.show_drafts(drafts)
        self.quotes = tuple(quotes)
        self.heading.setText(f"Evidence for {label}" if label else "Evidence")
        sentences: dict[tuple[int, int], list[Evidence]] = {}
        for quote in self.quotes:
            sentences.setdefault(sentence_span(article, quote.start, quote.end), []).append(quote)
        parts = []
        for (start, end), quotes in sentences.items():
            spans = [(quote.start - start, quote.end - start) for quote in quotes]
            parts.append(
                f"<p><span style='font-weight:600'>¶ {quotes[0].paragraph}</span><br>"
                f"{html_text.bold_spans(article[start:end], spans)}</p>"
            )
        if not parts:
            parts.append("<p>No evidence is recorded for this fact.</p>")
        self.browser.setHtml("".join(parts))
        self.show_button.setEnabled(bool(self.quotes))

    def spans(self) -> list[tuple[int, int]]:
        return [(quote.start, quote.end) for quote in self.quotes]
