"""BarChart: a small bar chart drawn with QPainter (vertical columns or horizontal bars), no chart module.

PySide6-Essentials has no QtCharts, and three plain bar charts do not justify a dependency: the
widget lays out bars from (label, value) pairs, follows the palette (dark mode), shows a tooltip per
bar and renders itself into a QImage for PNG export.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from .plain_text import tip

DEFAULT_COLOR = "#1677ff"
MARGIN = 8


class BarChart(QWidget):
    """Bars for (label, value) pairs. Vertical: columns left to right (months); horizontal: one row
    per item, top down (a ranking). `colors` gives one colour per bar, else all bars are blue."""

    def __init__(self, title: str = "", orientation: Qt.Orientation = Qt.Orientation.Vertical, parent=None):
        super().__init__(parent)
        self.title = title
        self.orientation = orientation
        self._items: list[tuple[str, int]] = []
        self._colors: list[str] = []
        self.empty_text = ""
        self.setMouseTracking(True)
        self.setMinimumSize(240, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # -- data --------------------------------------------------------------------------------
    def set_data(self, items: list[tuple[str, int]], colors: list[str] | None = None) -> None:
        self._items = [(str(label), int(value)) for label, value in items]
        self._colors = list(colors or [])
        self.updateGeometry()
        self.update()

    def items(self) -> list[tuple[str, int]]:
        """What the bars show, in drawing order."""
        return list(self._items)

    def value(self, label: str) -> int | None:
        return dict(self._items).get(label)

    def sizeHint(self) -> QSize:
        if self.orientation == Qt.Orientation.Horizontal:
            return QSize(420, max(160, 40 + 22 * len(self._items)))
        return QSize(max(420, 40 + 14 * len(self._items)), 240)

    # -- geometry (also what tests measure) -----------------------------------------------------
    def _title_height(self) -> int:
        return QFontMetrics(self._title_font()).height() + 6 if self.title else 0

    def _title_font(self):
        font = self.font()
        font.setBold(True)
        return font

    def bar_rects(self, width: int | None = None, height: int | None = None) -> list[QRectF]:
        """The rectangle of each bar in widget coordinates; a bar's length is proportional to its value."""
        w = self.width() if width is None else width
        h = self.height() if height is None else height
        n = len(self._items)
        if not n:
            return []
        fm = QFontMetrics(self.font())
        top = MARGIN + self._title_height()
        top_value = max(v for _, v in self._items) or 1
        rects = []
        if self.orientation == Qt.Orientation.Horizontal:
            label_w = min(max(fm.horizontalAdvance(lbl) for lbl, _ in self._items) + 8, w // 3)
            value_w = fm.horizontalAdvance(f"{top_value:,}") + 8
            left, span = MARGIN + label_w, max(1, w - 2 * MARGIN - label_w - value_w)
            row = (h - top - MARGIN) / n
            thick = max(2.0, min(row * 0.7, 22.0))
            for i, (_, v) in enumerate(self._items):
                y = top + i * row + (row - thick) / 2
                rects.append(QRectF(left, y, span * v / top_value, thick))
        else:
            value_h = fm.height()
            axis_h = fm.height() + 6
            left = MARGIN + fm.horizontalAdvance(f"{top_value:,}") + 6
            span_h = max(1, h - top - value_h - axis_h - MARGIN)
            slot = (w - left - MARGIN) / n
            thick = max(1.0, slot * 0.72)
            base = top + value_h + span_h
            for i, (_, v) in enumerate(self._items):
                bar_h = span_h * v / top_value
                rects.append(QRectF(left + i * slot + (slot - thick) / 2, base - bar_h, thick, bar_h))
        return rects

    def bar_at(self, pos: QPoint) -> int | None:
        """The bar under `pos`: anywhere in its column (vertical) or its row (horizontal)."""
        for i, r in enumerate(self.bar_rects()):
            if self.orientation == Qt.Orientation.Vertical:
                if r.x() - 1 <= pos.x() <= r.right() + 1 and pos.y() <= r.bottom():
                    return i
            elif r.y() - 3 <= pos.y() <= r.bottom() + 3:
                return i
        return None

    # -- drawing ----------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        self.draw(painter, self.width(), self.height())
        painter.end()

    def draw(self, painter: QPainter, w: int, h: int) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        dim = QColor(text)
        dim.setAlpha(140)
        fm = QFontMetrics(self.font())
        if self.title:
            painter.setFont(self._title_font())
            painter.setPen(text)
            painter.drawText(QRectF(MARGIN, MARGIN, w - 2 * MARGIN, self._title_height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.title)
            painter.setFont(self.font())
        if not self._items:
            painter.setPen(dim)
            painter.drawText(QRectF(0, 0, w, h), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        rects = self.bar_rects(w, h)
        painter.setFont(self.font())
        if self.orientation == Qt.Orientation.Horizontal:
            for i, ((label, v), r) in enumerate(zip(self._items, rects)):
                painter.fillRect(r, QColor(self._color(i)))
                painter.setPen(text)
                label_rect = QRectF(MARGIN, r.y() - 4, r.x() - MARGIN - 6, r.height() + 8)
                painter.drawText(label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 fm.elidedText(label, Qt.TextElideMode.ElideRight, int(label_rect.width())))
                painter.drawText(QRectF(r.right() + 4, r.y() - 4, w, r.height() + 8),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"{v:,}")
            return
        self._draw_columns(painter, rects, w, h, fm, text, dim)

    def _draw_columns(self, painter, rects, w, h, fm, text, dim) -> None:
        base = rects[0].bottom()
        left = rects[0].x() - (rects[1].x() - rects[0].right() if len(rects) > 1 else 4) / 2
        top_value = max(v for _, v in self._items) or 1
        painter.setPen(dim)
        painter.drawLine(int(left), int(base), w - MARGIN, int(base))
        painter.drawText(QRectF(MARGIN, base - fm.height(), left - MARGIN - 4, fm.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, "0")
        top_y = base - max(r.height() for r in rects)
        painter.drawText(QRectF(MARGIN, top_y - fm.height() / 2, left - MARGIN - 4, fm.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{top_value:,}")
        slot = rects[1].x() - rects[0].x() if len(rects) > 1 else rects[0].width() * 1.4
        # Label every k-th column so that labels never overlap.
        label_w = max(fm.horizontalAdvance(lbl) for lbl, _ in self._items) + 6
        step = max(1, int(-(-label_w // max(slot, 1))))
        value_fits = fm.horizontalAdvance(f"{top_value:,}") <= slot
        for i, ((label, v), r) in enumerate(zip(self._items, rects)):
            painter.fillRect(r, QColor(self._color(i)))
            painter.setPen(text)
            if v and value_fits:
                painter.drawText(QRectF(r.center().x() - slot / 2, r.y() - fm.height(), slot, fm.height()),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, f"{v:,}")
            if i % step == 0:
                painter.setPen(dim)
                painter.drawText(QRectF(r.center().x() - label_w / 2, base + 3, label_w, fm.height()),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)

    def _color(self, i: int) -> str:
        return self._colors[i] if i < len(self._colors) else DEFAULT_COLOR

    # -- tooltip and export -----------------------------------------------------------------
    def mouseMoveEvent(self, event) -> None:
        i = self.bar_at(event.position().toPoint())
        if i is None:
            QToolTip.hideText()
            self.setToolTip("")
        else:
            label, v = self._items[i]
            text = tip(f"{label}: {v:,}")
            self.setToolTip(text)
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        super().mouseMoveEvent(event)

    def image(self, size: QSize | None = None) -> QImage:
        """The chart drawn on the window colour at `size` (the widget's size by default)."""
        size = size or (self.size() if self.width() > 1 else self.sizeHint())
        img = QImage(size, QImage.Format.Format_ARGB32)
        img.fill(self.palette().color(QPalette.ColorRole.Window))
        painter = QPainter(img)
        painter.setFont(self.font())
        self.draw(painter, size.width(), size.height())
        painter.end()
        return img
