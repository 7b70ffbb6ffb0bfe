"""Help ▸ About Factsheet: versions, and where the sheet on show comes from."""

from __future__ import annotations

from importlib.metadata import version

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from db.rows import SheetContent
from viewer.text.html_text import text


def show_about(parent: QWidget, content: SheetContent | None) -> None:
    lines = [
        f"<h3>Factsheet {version('factsheet')}</h3>",
        "<p>A fact sheet of a news article, every fact traceable to its words.</p>",
        f"<p>Qt {qVersion()} · PySide6 {PySide6.__version__} · "
        f"SQLAlchemy {version('SQLAlchemy')}</p>",
    ]
    if content is not None:
        source = content.detail.source
        year = f" ({source.year})" if source.year else ""
        publisher = f"{text(source.publisher)}, " if source.publisher else ""
        lines.append(
            f"<p>Source: {publisher}“{text(source.title)}”{year}<br>"
            f"<small>{text(source.copyright)}</small></p>"
        )
    QMessageBox.about(parent, "About Factsheet", "".join(lines))
