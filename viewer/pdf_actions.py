"""File > Export as PDF…, Print preview… and Print…: one renderer for the page and the printer."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)

from db.errors import FactsheetError
from viewer import settings as stored
from viewer.error_dialog import show_error

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from viewer.main_window import MainWindow

# Printing and the PDF renderer are imported when first used: the window opens faster without.

PROGRESS_AFTER_ROWS = 500
"""Sheets with more rows than this show a progress dialog that can cancel the export."""


class PdfActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_export: Path | None = None
        self.open_button = QPushButton("Open PDF", window)
        self.open_button.setToolTip("Open the exported PDF in your PDF viewer")
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self.open_last_export)
        window.statusBar().addPermanentWidget(self.open_button)
        menu = window.file_menu
        before = window.file_export_separator
        for action in (
            window.make_action(
                "export_pdf",
                "&Export as PDF…",
                self.export_pdf,
                shortcut="Ctrl+E",
                tip="Save the whole fact sheet as a PDF",
            ),
            window.make_action(
                "print_preview",
                "Print pre&view…",
                self.print_preview,
                tip="See the printed fact sheet page by page",
            ),
            window.make_action(
                "print",
                "&Print…",
                self.print_sheet,
                shortcut=QKeySequence.StandardKey.Print,
                tip="Print the fact sheet",
            ),
        ):
            menu.insertAction(before, action)

    def _suggested_path(self) -> Path:
        content = self.window.content
        slug = content.detail.slug if content else "factsheet"
        return stored.last_folder(self.window.settings) / f"{slug}.pdf"

    def export_pdf(self) -> None:
        from viewer.export import pdf as pdf_export
        from viewer.export.paginator import RenderCancelled

        content = self.window.content
        if content is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self.window,
            "Export as PDF",
            str(self._suggested_path()),
            "PDF files (*.pdf)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return
        target = Path(name)
        if target.suffix.lower() != ".pdf" and not target.exists():
            target = target.with_name(target.name + ".pdf")
        if target.exists() and not target.is_dir():
            answer = QMessageBox.question(
                self.window,
                "Replace file?",
                f"{target.name} already exists in {target.parent}. Replace it?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        content = self.window.full_content() or content
        rows = len(content.members) + len(content.attendees) + len(content.statements)
        progress = self._progress_dialog(rows) if rows > PROGRESS_AFTER_ROWS else None

        def keep_going(done: int) -> bool:
            if progress is None:
                return True
            progress.setValue(min(done, rows))
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            pages = pdf_export.write_pdf(target, content, progress=keep_going)
        except RenderCancelled:
            self.window.statusBar().showMessage("Export cancelled; nothing was written.", 6000)
            return
        except FactsheetError as error:
            show_error(parent=self.window, error=error)
            return
        finally:
            if progress is not None:
                progress.close()
        stored.remember_folder(self.window.settings, target)
        self.last_export = target
        self.open_button.setVisible(True)
        self.window.statusBar().showMessage(
            f"Saved the fact sheet ({pages} page{'s' * (pages != 1)}) to {target}", 15000
        )

    def _progress_dialog(self, rows: int) -> QProgressDialog:
        from PySide6.QtCore import Qt

        dialog = QProgressDialog("Writing the PDF…", "Cancel", 0, rows, self.window)
        dialog.setWindowTitle("Export as PDF")
        # Modal: the window is not to be used while the export reads events to stay responsive.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        return dialog

    def open_last_export(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export)))

    def _printer(self) -> QPrinter:
        from PySide6.QtPrintSupport import QPrinter

        from viewer.export import pdf as pdf_export

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(pdf_export.page_layout(pdf_export.PageSize.A4))
        if self.window.content is not None:
            printer.setDocName(self.window.content.detail.title)
        return printer

    def _render(self, printer: QPrinter) -> None:
        from viewer.export import pdf as pdf_export

        content = self.window.full_content()
        if content is None:
            return
        try:
            pdf_export.render(printer, content, generated=date.today())
        except FactsheetError as error:
            show_error(parent=self.window, error=error)

    def print_preview(self) -> None:
        printer = self._printer()  # the dialog does not own it: keep it alive while it runs
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle("Print preview")
        dialog.paintRequested.connect(self._render)
        dialog.exec()

    def print_sheet(self) -> None:
        printer = self._printer()
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._render(printer)
