"""The one way the window tells a person that something expected went wrong."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from viewer.logs import log_path, logger


def show_error(*, parent: QWidget | None, error: BaseException | str) -> None:
    """One plain sentence in a dialog; the details go to the log file."""
    sentence = str(error)
    logger().warning("shown to the user: %s", sentence)
    QMessageBox.critical(parent, "Factsheet", sentence)


def show_unexpected(*, parent: QWidget | None, error: BaseException) -> None:
    logger().error("unexpected error", exc_info=error)
    QMessageBox.critical(
        parent,
        "Factsheet",
        f"Something unexpected went wrong ({type(error).__name__}). "
        f"The details are in {log_path()}.",
    )
