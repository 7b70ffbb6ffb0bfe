"""The one way the window tells a person that something expected went wrong."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from viewer.logs import log_path, logger
from viewer.text.html_text import text


def show_error(*, parent: QWidget | None, error: BaseException | str) -> None:
    """One plain sentence in a dialog; the details go to the log file."""
    sentence = str(error)
    logger().warning(
        "shown to the user: %s",
        sentence,
        exc_info=error if isinstance(error, BaseException) else None,
    )
    _critical(parent, sentence)


def show_unexpected(*, parent: QWidget | None, error: BaseException) -> None:
    logger().error("unexpected error", exc_info=error)
    _critical(parent, f"Something unexpected went wrong ({type(error).__name__}).")


def _critical(parent: QWidget | None, sentence: str) -> None:
    """Escaped rich text, so a file name or fact containing markup shows as typed."""
    QMessageBox.critical(
        parent,
        "Factsheet",
        f"<p>{text(sentence)}</p><p><small>Details are in the log file: "
        f"{text(log_path())}</small></p>",
    )
