"""ReaderPane: the open article, read-only, with official and task highlights, a legend and jumps."""
from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTextBrowser, QTextEdit, QToolTip, QVBoxLayout, QWidget

from ..domain import Article
from . import icons
from ..search.filters import find_hits
from .highlighter import (COLORS, CURRENT_HIT, OFFICIAL, SEARCH, TASK, HighlightRange, apply_highlights,
                          article_ranges, highlight_format, hit_ranges)

MIN_POINT_SIZE = 6.0


# Hit colours are light in every theme; black text keeps them readable on a dark palette too.
HIT_COLORS = {SEARCH: (COLORS[SEARCH], "#000000"), CURRENT_HIT: (COLORS[CURRENT_HIT], "#000000")}


class ReaderView(QTextBrowser):
    """The text itself. Shows the tooltip stored on the character format under the mouse."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.explain = None  # position -> a line saying why the highlight there is one (ReaderPane)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setUndoRedoEnabled(False)
        self.document().setUndoRedoEnabled(False)

    def char_format_at(self, position: int) -> QTextCharFormat:
        """The format of the character at document `position` (not of the one before it)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(position + 1, self.document().characterCount() - 1))
        return cursor.charFormat()

    def position_under(self, point: QPoint) -> int:
        """The document position of the character under a viewport point."""
        cursor = self.cursorForPosition(point)
        if point.x() < self.cursorRect(cursor).x() and cursor.position() > cursor.block().position():
            return cursor.position() - 1
        return cursor.position()

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            position = self.position_under(event.pos())
            tip = self.char_format_at(position).toolTip()
            why = self.explain(position) if tip and self.explain is not None else ""
            if why:
                tip = tip[:-5] + "<br>" + html.escape(why) + "</qt>" if tip.startswith("<qt>") else tip + "\n" + why
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


class ReaderPane(QWidget):
    highlights_toggled = Signal(str, bool)
    zoom_changed = Signal(int)

    def __init__(self, parent=None, visible_kinds: set[str] | None = None, zoom: int = 0):
        super().__init__(parent)
        self.article: Article | None = None
        self.body_start = 0  # document position where the body begins (after the header block)
        self.body_end = 0
        self.ranges: list[HighlightRange] = []
        self._visible = set(visible_kinds if visible_kinds is not None else (OFFICIAL, TASK, SEARCH))
        self._mention: tuple[str, int] | None = None  # (official, index of the mention shown last)
        self._terms: list[str] = []  # what the article list searches for
        self._heads: list[tuple[int, str]] = []  # (document position, text) of the title and subtitle
        self.hits: list[HighlightRange] = []  # every hit of the search, in document order
        self.hit_index = -1  # the hit F3 / Shift+F3 went to last

        self.colors: dict[str, tuple[str, str]] = {}  # kind -> (background, text) from the settings
        self.view = ReaderView(self)
        self.view.explain = self._why_at
        self.view.document().setDocumentMargin(18)
        self._base_font = QFont(self.view.font())
        self._base_font.setPointSizeF(max(self._base_font.pointSizeF(), 9.0) + 2)
        self.zoom = 0
        self.set_zoom(zoom)

        self.checkboxes: dict[str, QCheckBox] = {}
        legend = QHBoxLayout()
        legend.setContentsMargins(4, 0, 4, 0)
        legend.addWidget(QLabel(self.tr("高亮:"), self))
        for kind, text, tip in ((OFFICIAL, self.tr("官员"), self.tr("显示或隐藏官员姓名的高亮")),
                                (TASK, self.tr("任务"), self.tr("显示或隐藏任务的高亮")),
                                (SEARCH, self.tr("搜索词"), self.tr("显示或隐藏搜索词的高亮(F3 / Shift+F3 跳到下一处 / 上一处)"))):
            box = QCheckBox(text, self)
            box.setIcon(icons.swatch(COLORS[kind]))
            box.setToolTip(tip)
            box.setChecked(kind in self._visible)
            box.toggled.connect(lambda on, k=kind: self.set_highlight_visible(k, on))
            self.checkboxes[kind] = box
            legend.addWidget(box)
        legend.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(legend)
        layout.addWidget(self.view)

    # -- showing an article ------------------------------------------------------------------
    def show_article(self, article: Article) -> None:
        self.article = article
        self._mention = None
        doc = self.view.document()
        doc.clear()
        cursor = QTextCursor(doc)

        head = QTextBlockFormat()
        head.setBottomMargin(8)
        title = QTextCharFormat()
        title.setFontWeight(QFont.Weight.Bold)
        title.setProperty(QTextFormat.Property.FontSizeAdjustment, 2)  # scales with the reader's zoom
        cursor.setBlockFormat(head)
        cursor.insertText(article.title, title)
        self._heads = [(0, article.title)]
        if article.subtitle:
            subtitle = QTextCharFormat()
            subtitle.setForeground(Qt.GlobalColor.darkGray)
            subtitle.setProperty(QTextFormat.Property.FontSizeAdjustment, 0)
            cursor.insertBlock(head, subtitle)
            self._heads.append((cursor.position(), article.subtitle))
            cursor.insertText(article.subtitle, subtitle)
        meta = self._meta_line(article)
        if meta:
            small = QTextCharFormat()
            small.setForeground(Qt.GlobalColor.gray)
            small.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
            block = QTextBlockFormat(head)
            block.setBottomMargin(14)
            cursor.insertBlock(block, small)
            cursor.insertText(meta, small)

        body_block = QTextBlockFormat()
        body_block.setLineHeight(160.0, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        body_block.setBottomMargin(6)
        self._plain = QTextCharFormat()
        cursor.insertBlock(body_block, self._plain)
        self.body_start = cursor.position()
        cursor.insertText(article.body, self._plain)  # plain text only: article text is never markup
        self.body_end = cursor.position()

        self.ranges = article_ranges(article, self.body_start, self._official_tip, self._task_tip)
        self._find_hits()
        self._apply()
        self.view.moveCursor(QTextCursor.MoveOperation.Start)
        self.view.verticalScrollBar().setValue(0)

    def show_placeholder(self, text: str) -> None:
        """A message instead of an article (an empty store)."""
        self.article, self.ranges, self._mention = None, [], None
        self.hits, self.hit_index, self._heads = [], -1, []
        self.view.setExtraSelections([])
        self.view.setPlainText(text)
        self.body_start = self.body_end = 0

    def _meta_line(self, article: Article) -> str:
        parts = []
        if article.source:
            parts.append(self.tr("来源:{}").format(article.source))
        if article.date:
            parts.append(self.tr("日期:{}").format(article.date))
        if article.views is not None:
            parts.append(self.tr("浏览量:{}").format(article.views))
        return " · ".join(parts)

    def _why_at(self, position: int) -> str:
        """Why the official or task under `position` is highlighted (the extractor's rules in words)."""
        if self.article is None:
            return ""
        under = [r for r in self.ranges if r.start <= position < r.end and r.kind in self._visible]
        r = next((r for r in under if r.kind == OFFICIAL), None) or next((r for r in under if r.kind == TASK), None)
        if r is None:
            return ""
        if not hasattr(self, "_explainer"):
            from .reasons import Explainer

            self._explainer = Explainer(self)
        return self._explainer.why(self.article, r.kind, r.key)

    def _official_tip(self, official) -> str:
        return f"{official.name} — {'、'.join(official.titles)}" if official.titles else official.name

    def _task_tip(self, task) -> str:
        kind = self.tr("任务") if task.level == 1 else self.tr("子任务")
        return f"{kind} · {task.speaker}" if task.speaker else kind

    def _apply(self) -> None:
        apply_highlights(self.view.document(), self.body_start, self.body_end, self._plain,
                         self.ranges, self._visible, self.colors)
        self._show_hits()

    def set_highlight_colors(self, colors: dict[str, tuple[str, str]]) -> None:
        """Colours per kind from the settings: (background, text colour chosen for contrast)."""
        self.colors = dict(colors)
        for kind, (background, _text) in colors.items():
            if kind in self.checkboxes:
                self.checkboxes[kind].setIcon(icons.swatch(background))
        if self.article is not None:
            self._apply()

    def set_text_font(self, family: str, size: float) -> None:
        """The reader's font from the settings; size 0 keeps the default size. Zoom stays relative."""
        font = QFont(family) if family else QFont(self.view.font())
        default = max(QFont(self.view.font()).pointSizeF(), 9.0) + 2
        font.setPointSizeF(float(size) if size and size > 0 else default)
        self._base_font = font
        self.set_zoom(self.zoom)

    # -- legend ------------------------------------------------------------------------------
    def highlight_visible(self, kind: str) -> bool:
        return kind in self._visible

    def set_highlight_visible(self, kind: str, visible: bool) -> None:
        if visible == (kind in self._visible):
            return
        (self._visible.add if visible else self._visible.discard)(kind)
        self.checkboxes[kind].setChecked(visible)
        if self.article is not None:
            self._apply()
        self.highlights_toggled.emit(kind, visible)

    # -- jumps -------------------------------------------------------------------------------
    def next_mention(self, name: str) -> HighlightRange | None:
        """Select the official's first mention, or the next one when they were the last asked for."""
        mentions = sorted((r for r in self.ranges if r.kind == OFFICIAL and r.key == name),
                          key=lambda r: r.start)
        if not mentions:
            return None
        index = (self._mention[1] + 1) % len(mentions) if self._mention and self._mention[0] == name else 0
        self._mention = (name, index)
        self._select(mentions[index])
        return mentions[index]

    def select_task(self, task_id: str) -> HighlightRange | None:
        found = next((r for r in self.ranges if r.kind == TASK and r.key == task_id), None)
        if found is not None:
            self._select(found)
        return found

    # -- search hits -------------------------------------------------------------------------
    def set_search_terms(self, terms: list[str]) -> None:
        """Mark every place the current search matches, in the title, subtitle and body."""
        if list(terms) == self._terms:
            return
        self._terms = list(terms)
        self._find_hits()
        self._show_hits()

    def _find_hits(self) -> None:
        self.hits, self.hit_index = [], -1
        if self.article is None or not self._terms:
            return
        for base, text in self._heads + [(self.body_start, self.article.body)]:
            self.hits += hit_ranges(text, find_hits(text, self._terms), base)

    def _show_hits(self) -> None:
        """Hits are extra selections: drawn over the officials and tasks without changing the text."""
        selections = []
        if SEARCH in self._visible:
            for i, r in enumerate(self.hits):
                sel = QTextEdit.ExtraSelection()
                sel.cursor = QTextCursor(self.view.document())
                sel.cursor.setPosition(r.start)
                sel.cursor.setPosition(r.end, QTextCursor.MoveMode.KeepAnchor)
                sel.format = highlight_format(CURRENT_HIT if i == self.hit_index else SEARCH, colors=HIT_COLORS)
                selections.append(sel)
        self.view.setExtraSelections(selections)

    def next_hit(self) -> HighlightRange | None:
        """Select the next hit of the search (F3), after the last one the first."""
        return self._step_hit(1)

    def previous_hit(self) -> HighlightRange | None:
        """Select the previous hit (Shift+F3), before the first one the last."""
        return self._step_hit(-1)

    def _step_hit(self, delta: int) -> HighlightRange | None:
        if not self.hits:
            return None
        if self.hit_index < 0:
            self.hit_index = 0 if delta > 0 else len(self.hits) - 1
        else:
            self.hit_index = (self.hit_index + delta) % len(self.hits)
        found = self.hits[self.hit_index]
        self._select(found)
        self._show_hits()
        return found

    def _select(self, r: HighlightRange) -> None:
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(r.start)
        cursor.setPosition(r.end, QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)
        # Put the selection in the middle of the view rather than at its edge.
        bar = self.view.verticalScrollBar()
        rect = self.view.cursorRect(cursor)
        bar.setValue(bar.value() + rect.center().y() - self.view.viewport().height() // 2)

    # -- font size ---------------------------------------------------------------------------
    def set_zoom(self, steps: int) -> None:
        font = QFont(self._base_font)
        font.setPointSizeF(max(MIN_POINT_SIZE, self._base_font.pointSizeF() + steps))
        self.zoom = int(font.pointSizeF() - self._base_font.pointSizeF())
        self.view.setFont(font)
        self.zoom_changed.emit(self.zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom - 1)

    def reset_zoom(self) -> None:
        self.set_zoom(0)
