"""File ▸ Export as PDF…, Print preview… and Print…: one renderer for the page and the printer.

The sheet is read (every statement of a paged one) and the PDF made and written on a worker
thread, with a progress dialog that can cancel; print preview and printing read on the worker
and paint on the UI thread, as Qt's print dialogs require.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPushButton, QStatusBar, QWidget

from db.atomic_file import check_target
from db.errors import ExportError, FactsheetError
from db.rows import SheetContent
from viewer.models.progress import Progress
from viewer.widgets import settings as stored
from viewer.widgets.background import BackgroundJob
from viewer.widgets.error_dialog import show_error
from viewer.window.sheet_loader import SheetLoader

# The PDF renderer is imported when first used, not with the window (benchmarks/STARTUP.md).

MESSAGE_MS = 15000


class PdfActions(QObject):
    def __init__(
        self, parent: QWidget, settings: QSettings, status_bar: QStatusBar, loader: SheetLoader
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.settings = settings
        self.status_bar = status_bar
        self.loader = loader
        self.last_export: Path | None = None
        self.open_button = QPushButton("Open PDF", parent)
        self.open_button.setToolTip("Open the exported PDF in your PDF viewer")
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self.open_last_export)
        status_bar.addPermanentWidget(self.open_button)

    def _suggested_path(self) -> Path:
        return stored.last_folder(self.settings) / f"{self.loader.slug or 'factsheet'}.pdf"

    def export_pdf(self) -> BackgroundJob[Any] | None:
        if self.loader.content is None:
            return None
        target = self._ask_target()
        if target is None:
            return None
        try:
            check_target(target)
        except ExportError as error:
            show_error(parent=self.parent_widget, error=error)
            return None
        from viewer.pdf import render as pdf_export

        read = self.loader.full_content_reader()

        def work(progress: Progress) -> int:
            content = read(progress)
            progress.start(len(content.members) + len(content.attendees) + len(content.statements))
            return pdf_export.write_pdf(target, content, progress=progress)

        def done(pages: int) -> None:
            stored.remember_folder(self.settings, target)
            self.last_export = target
            self.open_button.setVisible(True)
            self.status_bar.showMessage(
                f"Saved the fact sheet ({pages} page{'s' * (pages != 1)}) to {target}", MESSAGE_MS
            )

        def cancelled() -> None:
            self.status_bar.showMessage("Export cancelled; nothing was written.", MESSAGE_MS)

        return BackgroundJob(
            self.parent_widget,
            title="Export as PDF",
            label="Writing the PDF…",
            work=work,
            done=done,
            cancelled=cancelled,
        )

    def _ask_target(self) -> Path | None:
        """The file to write, asking before an existing one is replaced."""
        name, _filter = QFileDialog.getSaveFileName(
            self.parent_widget,
            "Export as PDF",
            str(self._suggested_path()),
            "PDF files (*.pdf)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != ".pdf" and not target.exists():
            target = target.with_name(target.name + ".pdf")
        if target.exists() and not target.is_dir():
            answer = QMessageBox.question(
                self.parent_widget,
                "Replace file?",
                f"{target.name} already exists in {target.parent}. Replace it?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        return target

    def open_last_export(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export)))

    def print_preview(self) -> BackgroundJob[Any] | None:
        return self._with_full_content(self._preview)

    def print_sheet(self) -> BackgroundJob[Any] | None:
        return self._with_full_content(self._print)

    def _with_full_content(self, then: Any) -> BackgroundJob[Any] | None:
        """Read the whole sheet on a worker, then hand it to ``then`` on the UI thread."""
        if self.loader.content is None:
            return None
        return BackgroundJob(
            self.parent_widget,
            title="Print",
            label="Reading the fact sheet…",
            work=self.loader.full_content_reader(),
            done=then,
        )

    def _printer(self, content: SheetContent) -> QPrinter:
        from viewer.pdf import render as pdf_export

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(pdf_export.page_layout(pdf_export.PageSize.A4))
        printer.setDocName(content.detail.title)
        return printer

    def _render(self, printer: QPrinter, content: SheetContent) -> None:
        from viewer.pdf import render as pdf_export

        try:
            pdf_export.render(printer, content, generated=date.today())
        except FactsheetError as error:
            show_error(parent=self.parent_widget, error=error)

    def _preview(self, content: SheetContent) -> None:
        printer = self._printer(content)  # the dialog does not own it: keep it alive while it runs
        dialog = QPrintPreviewDialog(printer, self.parent_widget)
        dialog.setWindowTitle("Print preview")
        dialog.paintRequested.connect(lambda device: self._render(device, content))
        dialog.exec()

    def _print(self, content: SheetContent) -> None:
        printer = self._printer(content)
        dialog = QPrintDialog(printer, self.parent_widget)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._render(printer, content)
