"""ExportPreview: the export pane's preview box — a task table, a page start with highlights, or text."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHeaderView, QLabel, QStackedWidget, QTableWidget,
                               QTableWidgetItem, QTextBrowser, QVBoxLayout)

from ..export._shared import OFFICIAL_FILL, TASK_FILL
from ..export.preview import Preview
from .plain_text import tip

# Preview column widths in CJK characters, for the 11 TASK_COLUMNS.
COLUMN_EMS = (3, 12, 18, 14, 5, 5, 5, 5, 4, 5, 4)


class ExportPreview(QGroupBox):
    """Shows a Preview (export.preview.build_preview); `note` is the caption the pane writes."""

    def __init__(self, parent=None):
        super().__init__(self.tr("预览"), parent)
        self.gongwen_fonts: dict[str, str] | None = None  # what the last preview was drawn in
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.text)
        self.stack.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.stack, 1)

    def show_preview(self, preview: Preview | None, fonts: dict[str, str] | None = None) -> None:
        """`fonts`: the 公文 layout's fonts as the file will name them (export.fonts.resolve): the page
        start is drawn in them and without highlights, as the 公文 file is; None for the plain layout."""
        self.gongwen_fonts = fonts
        if preview is None:
            self.text.clear()
            self.stack.setCurrentWidget(self.text)
        elif preview.kind == "table":
            self._show_table(preview)
        elif preview.kind == "document":
            self._show_document(preview, fonts)
        else:  # the text file itself, never read as markup
            self.text.setPlainText(preview.text + ("\n…" if preview.more else ""))
            self.text.setFont(QFont("monospace"))
            self.stack.setCurrentWidget(self.text)

    def _show_table(self, preview: Preview) -> None:
        t = self.table
        t.clear()
        t.setColumnCount(len(preview.headers))
        t.setRowCount(len(preview.rows))
        t.setHorizontalHeaderLabels(list(preview.headers))
        bold = QFont(t.font())
        bold.setBold(True)
        for r, (cells, level) in enumerate(zip(preview.rows, preview.levels)):
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(tip(value))
                if level == 1 and c in (0, 3):
                    item.setFont(bold)
                t.setItem(r, c, item)
        em = t.fontMetrics().horizontalAdvance("中")
        for c, width in enumerate(COLUMN_EMS[:len(preview.headers)]):
            t.setColumnWidth(c, em * width)
        t.resizeRowsToContents()
        self.stack.setCurrentWidget(t)

    def _show_document(self, preview: Preview, fonts: dict[str, str] | None = None) -> None:
        """Title, meta line and first paragraphs with the export's highlight colours; text goes in
        through insertText, so article text is never read as markup."""
        doc = self.text.document()
        doc.clear()
        self.text.setFont(self.font())
        cur = QTextCursor(doc)
        center = QTextBlockFormat()
        center.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        center.setBottomMargin(6)
        title = QTextCharFormat()
        title.setFontPointSize(self.font().pointSizeF() * 1.5)
        title.setFontWeight(QFont.Weight.Bold)
        if fonts is not None:  # 公文: the title in its own font (小标宋 only where installed), not bold
            title.setFontFamilies([fonts["title"]])
            title.setFontWeight(QFont.Weight.Normal)
        grey = QTextCharFormat()
        grey.setForeground(QColor("#555555"))
        plain = QTextCharFormat()
        if fonts is not None:
            plain.setFontFamilies([fonts["body"]])
            grey.setFontFamilies([fonts["kai"]])
        official = QTextCharFormat()
        official.setBackground(QColor("#" + OFFICIAL_FILL))
        official.setFontWeight(QFont.Weight.Bold)
        task = QTextCharFormat()
        task.setBackground(QColor("#" + TASK_FILL))
        task.setFontUnderline(True)
        cur.setBlockFormat(center)
        cur.insertText(preview.title, title)
        for line in (preview.subtitle, preview.meta):
            if line:
                cur.insertBlock(center)
                cur.insertText(line, grey)
        body = QTextBlockFormat()
        body.setLineHeight(140, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        body.setBottomMargin(4)
        for para in preview.paragraphs:
            cur.insertBlock(body)
            cur.insertText("\u3000\u3000", plain)
            for s in para:
                if fonts is not None:  # the 公文 file marks no officials or tasks
                    fmt = QTextCharFormat(plain)
                else:
                    fmt = QTextCharFormat(official if s.official else task if s.task else plain)
                if s.official and s.task and fonts is None:
                    fmt.setFontUnderline(True)
                cur.insertText(s.text, fmt)
        if preview.more:
            cur.insertBlock(center)
            cur.insertText("……", grey)
        self.text.moveCursor(QTextCursor.MoveOperation.Start)
        self.stack.setCurrentWidget(self.text)
