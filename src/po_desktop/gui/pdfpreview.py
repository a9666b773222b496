"""PDF preview, save and print. PDFs are rendered into memory (never a temp file), shown with
QtPdf, printed page by page through QPrinter, and written to disk only where the user saves."""

from __future__ import annotations

import io

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from po_desktop.gui.ops import service_call
from po_desktop.gui.widgets import show_error
from po_desktop.i18n import plural, tr


def render_to_bytes(fn) -> bytes:
    """Call ``fn(stream)`` (a printing service with ``out=stream``) and return the PDF bytes."""
    stream = io.BytesIO()
    fn(stream)
    return stream.getvalue()


class PdfPreviewDialog(QDialog):
    def __init__(self, parent, title: str, pdf: bytes, suggested_name: str):
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(title)
        self.suggested_name = suggested_name
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        layout = QVBoxLayout(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.pages = QLabel(plural(self.document.pageCount(), tr("{n} sida"), tr("{n} sidor")))
        row.addWidget(self.pages)
        row.addStretch(1)
        self.print_button = QPushButton(tr("Skriv ut… (Ctrl+P)"))
        self.print_button.setObjectName("printButton")
        self.save_button = QPushButton(tr("Spara som PDF…"))
        self.save_button.setObjectName("savePdfButton")
        close = QPushButton(tr("Stäng"))
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addWidget(close)
        layout.addLayout(row)
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button.clicked.connect(self.save_dialog)
        close.clicked.connect(self.reject)
        print_key = QShortcut(QKeySequence("Ctrl+P"), self)
        print_key.activated.connect(self.print_dialog)
        print_key.setWhatsThis(tr("Skriv ut (förhandsvisningen av en PDF)"))
        self.resize(760, 700)

    def page_count(self) -> int:
        return self.document.pageCount()

    def pdf_bytes(self) -> bytes:
        return bytes(self._data.data())

    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Paint every page onto ``printer``; returns the number of pages sent."""
        painter = QPainter()
        if not painter.begin(printer):
            show_error(self, RuntimeError(tr("Skrivaren kunde inte startas.")))
            return 0
        try:
            dpi = printer.resolution()
            for i in range(self.document.pageCount()):
                if i:
                    printer.newPage()
                target = painter.viewport()
                points = self.document.pagePointSize(i)
                size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
                size.scale(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                image = self.document.render(i, size)
                painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
        finally:
            painter.end()
        return self.document.pageCount()

    def save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Spara PDF"), self.suggested_name, tr("PDF (*.pdf)")
        )
        if path:
            self.save_to(path)

    def save_to(self, path) -> None:
        from po_desktop.printing.pdf import write_atomic

        service_call(lambda: write_atomic(path, self.pdf_bytes()), parent=self)

    def done(self, result: int) -> None:
        # forget the content: nothing of it stays in memory after the dialog
        self.document.close()
        self._buffer.close()
        self._data.clear()
        super().done(result)
