"""The evidence pane: the selected fact's quotes, each in its sentence, with its paragraph."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from db.anchoring import sentence_span
from viewer import html_text

if TYPE_CHECKING:
    from db.rows import Evidence


class EvidencePanel(QWidget):
    show_in_article_requested = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePanel")
        self.setAccessibleName("evidencePanel")
        self.heading = QLabel("Evidence", self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName("Evidence quotes")
        self.show_button = QPushButton("Show in article", self)
        self.show_button.setToolTip(
            "Highlight these words in the article (Enter or double-click a row)"
        )
        self.show_button.clicked.connect(self.show_in_article_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.show_button)
        self.quotes: tuple[Evidence, ...] = ()
        self.clear()

    def clear(self) -> None:
        self.quotes = ()
        self.heading.setText("Evidence")
        self.browser.setPlainText("Select a row to see the words of the article that support it.")
        self.show_button.setEnabled(False)

    def show_quotes(self, label: str, quotes: Sequence[Evidence], article: str) -> None:
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
