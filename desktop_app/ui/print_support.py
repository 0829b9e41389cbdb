"""File → 打印: the open article with its highlights, on A4, through Qt's print preview.

The page is the PDF export's QTextDocument (title, meta line, legend, body with highlights, officials,
tasks), so what is printed and what is exported as PDF look the same.
"""
from __future__ import annotations

from PySide6.QtCore import QMarginsF, QObject
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from ..domain import Article
from ..export.pdf_format import PAGE_MARGIN_MM, ArticlePdf


def article_document(article: Article):
    """The printable QTextDocument of one article (highlights as text formats)."""
    writer = ArticlePdf(layout="plain", warnings=[])
    writer.add(article)
    return writer.doc


def setup_printer(printer: QPrinter, title: str = "") -> QPrinter:
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageMargins(QMarginsF(*(PAGE_MARGIN_MM,) * 4), QPageLayout.Unit.Millimeter)
    printer.setDocName(title)
    return printer


class ArticlePrinter(QObject):
    """Shows the print preview of an article; the preview dialog's print button sends it to a printer."""

    def __init__(self, parent):
        super().__init__(parent)
        self._window = parent
        self.dialog: QPrintPreviewDialog | None = None
        self.document = None
        self.pages_painted = 0

    def preview(self, article: Article | None) -> QPrintPreviewDialog | None:
        if article is None:
            return None
        self.document = article_document(article)
        self.printer = setup_printer(QPrinter(QPrinter.PrinterMode.HighResolution), article.title)
        dialog = QPrintPreviewDialog(self.printer, self._window)
        dialog.setWindowTitle(self.tr("打印预览 — {0}").format(article.title[:40]))
        dialog.paintRequested.connect(self.paint)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.resize(900, 1000)
        dialog.open()  # not exec(): the window (and tests) keep running
        return dialog

    def paint(self, printer: QPrinter) -> None:
        if self.document is not None:
            self.document.print_(printer)
            self.pages_painted += 1
