"""paint_snippet: the title cell of a row during a search — the title on the first line and an
excerpt of the text on the second, hits marked with the reader's search colour. Drawn with
QTextLayout format ranges over plain text: article text is never read as markup.

Its own module, imported on the first search row painted: what it needs (QStyle, QTextLayout, the
highlighter's colours) is not needed to paint the list at start-up."""
from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from .highlighter import COLORS, SEARCH, py_to_qt_offsets


def paint_snippet(delegate, painter, option, index, found) -> None:
    title_hits, snip = found
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    title, opt.text = opt.text, ""
    widget = opt.widget
    style = widget.style() if widget is not None else QApplication.style()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
    selected = bool(opt.state & QStyle.StateFlag.State_Selected)
    group = QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
    text_color = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
    dim = QColor(text_color)
    if not selected:
        dim = opt.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    rect = opt.rect.adjusted(4, 2, -4, -2)
    line = opt.fontMetrics.height()
    top = rect.y() + max(0, (rect.height() - 2 * line - 2) // 2)
    painter.save()
    painter.setClipRect(rect)
    _draw_line(painter, QPointF(rect.x(), top), rect.width(), title, title_hits, opt.font, text_color)
    _draw_line(painter, QPointF(rect.x(), top + line + 2), rect.width(), snip.text, snip.hits, opt.font, dim)
    painter.restore()


def _draw_line(painter, at: QPointF, width: int, text: str, hits, font: QFont, color: QColor) -> None:
    layout = QTextLayout(text, font)
    hit = QTextCharFormat()
    hit.setBackground(QColor(COLORS[SEARCH]))
    hit.setForeground(QColor("#000000"))  # readable on the hit colour, selected or not
    flat = py_to_qt_offsets(text, [x for span in hits for x in span])
    ranges = []
    for i in range(0, len(flat), 2):
        r = QTextLayout.FormatRange()
        r.start, r.length, r.format = flat[i], flat[i + 1] - flat[i], hit
        ranges.append(r)
    layout.setFormats(ranges)
    layout.beginLayout()
    tl = layout.createLine()
    if tl.isValid():
        tl.setLineWidth(max(width, 1) * 8)  # one line; the clip rect cuts what does not fit
    layout.endLayout()
    painter.setPen(color)
    layout.draw(painter, at)
