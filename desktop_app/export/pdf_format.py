"""Articles as PDF: a QTextDocument built with QTextCursor, printed by QPdfWriter on A4.

Uses QtGui only (never widgets). Text goes in with insertText and highlights are QTextCharFormat
backgrounds, so article text is never read as HTML. A QGuiApplication must exist: one is created when
there is none (offscreen when there is no display). Qt allows QTextDocument and QPdfWriter off the GUI
thread, so this may run on a worker thread of the app (which then already has its application).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from ._shared import OFFICIAL_FILL, TASK_FILL, Writer, meta_line, officials_of, paragraphs, task_numbers

# Families with Chinese glyphs, most pleasant first; the first one installed is used and embedded.
CJK_FAMILIES = ("Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "宋体", "Songti SC",
                "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "微软雅黑", "PingFang SC",
                "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "AR PL UMing CN", "Droid Sans Fallback")
PAGE_MARGIN_MM = 20
BODY_PT, TITLE_PT = 11.5, 18

_app = None  # keeps the application created here alive


def ensure_gui_application():
    """The running QGuiApplication (or QApplication), creating an offscreen one when there is none."""
    global _app
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
                and not os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = app = QGuiApplication([sys.argv[0] if sys.argv else "zhengwen"])
    return app


def cjk_family() -> str | None:
    from PySide6.QtGui import QFontDatabase

    families = set(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
    for name in CJK_FAMILIES:
        if name in families:
            return name
    return sorted(families)[0] if families else None


class ArticlePdf(Writer):
    extension = ".pdf"

    def __init__(self, **kw):
        super().__init__(**kw)
        ensure_gui_application()
        from PySide6.QtGui import QTextDocument

        self.doc = QTextDocument()
        self.family = cjk_family()
        if self.family is None:
            from .fonts import FontWarning

            self.warnings.append(FontWarning("no_chinese_font"))
        self.doc.setDefaultFont(self._font(BODY_PT))
        self.doc.setDocumentMargin(0)
        self.titles: list[str] = []

    def _font(self, size: float, bold: bool = False):
        from PySide6.QtGui import QFont

        font = QFont(self.family) if self.family else QFont()
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def _formats(self):
        from PySide6.QtGui import QColor, QTextCharFormat

        plain = QTextCharFormat()
        plain.setFont(self._font(BODY_PT))
        official = QTextCharFormat(plain)
        official.setBackground(QColor("#" + OFFICIAL_FILL))
        official.setFontWeight(700)
        task = QTextCharFormat(plain)
        task.setBackground(QColor("#" + TASK_FILL))
        task.setFontUnderline(True)
        both = QTextCharFormat(official)
        both.setFontUnderline(True)
        return plain, official, task, both

    def add(self, article) -> None:
        from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat
        from PySide6.QtCore import Qt

        segs = paragraphs(article)  # may raise: before the document is touched
        numbers = task_numbers(article.tasks)
        plain, official, task, both = self._formats()
        cur = QTextCursor(self.doc)
        cur.movePosition(QTextCursor.MoveOperation.End)

        def block(align=Qt.AlignmentFlag.AlignJustify, indent: float = 0, top: float = 0, bottom: float = 4,
                  page_break: bool = False, first: bool = False):
            fmt = QTextBlockFormat()
            fmt.setAlignment(align)
            fmt.setTextIndent(indent)
            fmt.setTopMargin(top)
            fmt.setBottomMargin(bottom)
            fmt.setLineHeight(150, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            if page_break:
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            if first:
                cur.setBlockFormat(fmt)
            else:
                cur.insertBlock(fmt)

        def text(s: str, fmt) -> None:
            cur.insertText(s, fmt)

        title_fmt = QTextCharFormat()
        title_fmt.setFont(self._font(TITLE_PT, bold=True))
        grey = QTextCharFormat(plain)
        grey.setForeground(QColor("#555555"))
        small = QTextCharFormat(grey)
        small.setFont(self._font(BODY_PT * 0.8))
        center = Qt.AlignmentFlag.AlignHCenter

        block(center, bottom=8, page_break=bool(self.titles), first=not self.titles)
        text(article.title, title_fmt)
        for line in (article.subtitle, meta_line(article)):
            if line:
                block(center)
                text(line, grey)
        block(center, bottom=10)
        text("图例：", small)
        text("官员", official)
        text("　", small)
        text("任务", task)
        for para in segs:
            if not any(s.text.strip() for s in para):
                continue
            block()
            # Two ideographic spaces indent by exactly two characters at any resolution (a block
            # text indent is in layout pixels, which QTextDocument.print_ rescales).
            text("\u3000\u3000", plain)
            for s in para:
                fmt = both if (s.official and s.task) else official if s.official else task if s.task else plain
                text(s.text, fmt)
        heading = QTextCharFormat()
        heading.setFont(self._font(BODY_PT * 1.1, bold=True))
        if article.officials:
            block(Qt.AlignmentFlag.AlignLeft, top=12)
            text("文中官员", heading)
            for name, posts in officials_of(article):
                block(Qt.AlignmentFlag.AlignLeft, bottom=0)
                text(name, official)
                if posts:
                    text(f"：{posts}", plain)
        if article.tasks:
            block(Qt.AlignmentFlag.AlignLeft, top=12)
            text("任务", heading)
            for t in sorted(article.tasks, key=lambda t: (t.start, t.end)):
                n = numbers[t.id]
                block(Qt.AlignmentFlag.AlignLeft, indent=0, bottom=0)
                fmt = cur.blockFormat()
                fmt.setLeftMargin(BODY_PT * 1.5 * n.count("."))
                cur.setBlockFormat(fmt)
                text(f"{n}  ", heading)
                text(t.text, plain)
                if t.speaker:
                    text(f"（{t.speaker}）", grey)
        self.titles.append(article.title)

    def save(self, path: Path) -> None:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
        from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

        # Qt reports no write error: onto a full disk QPdfWriter left a file without its trailer and
        # the export said it was written. The PDF is made in memory and written by Python, which
        # raises on every short write (OSError -> ExportError 'write_failed' in _atomic_save).
        data = QByteArray()
        buffer = QBuffer(data)
        if not buffer.open(QIODevice.OpenModeFlag.WriteOnly):
            raise OSError(f"cannot open a memory buffer for {path}")
        writer = QPdfWriter(buffer)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(*(PAGE_MARGIN_MM,) * 4), QPageLayout.Unit.Millimeter)
        writer.setTitle(self.titles[0] if self.titles else "")
        writer.setCreator("Zhengwen Reader")
        self.doc.print_(writer)
        del writer  # the PDF is complete only once the writer is gone
        buffer.close()
        pdf = bytes(data.data())
        if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-64:]:
            raise OSError(f"Qt made no whole PDF for {path} ({len(pdf)} bytes)")
        with open(path, "wb") as fh:
            if fh.write(pdf) != len(pdf):
                raise OSError(f"short write: {path}")
