"""ArticleListPane: the search box, filters and saved searches above the article table; emits
article_selected(id) and search_changed(terms).

Made with staged=True (as the window does), the pane paints with only its search box and table; the
filter bar and the saved searches are built right after that first paint (finish()). The list itself
already shows what the saved filters select: only their controls come a moment later."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QStyledItemDelegate, QTableView, QVBoxLayout, QWidget)

from ..search.filters import Filters, SavedSearch
from ..search.listing import ListView
from ..search.query import MAX_WORDS, parse_query
from .sort_arrow import SortHeader
from .article_model import (COL_DATE, COL_OFFICIALS, COL_SOURCE, COL_TASKS, COL_TITLE, RELEVANCE_LIMIT,
                            SNIPPET_ROLE, ArticleTableModel)
from .first_paint import after_first_paint
from .list_keys import ListKeys

if TYPE_CHECKING:
    from .saved_searches import SavedSearchesButton, SavedSearchesList
    from .search_filters import SearchFiltersBar

SEARCH_DELAY_MS = 250
_FILTER_ROW_SPACING = 4  # between the filter bar's rows (its grid's vertical spacing, search_filters.py)
TITLE_MIN_EMS = 12  # characters of title kept in view before the other columns give way


class SnippetDelegate(QStyledItemDelegate):
    """The title cell: during a search the title and an excerpt of the text with the hits marked
    (snippet_paint.py, imported on the first search row painted)."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt name)
        """A title too long for the column loses its middle, not its end: "西宁市委召开…工作会议" keeps
        what the meeting was about (the full title is in the tooltip)."""
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle

    def paint(self, painter, option, index) -> None:
        found = index.data(SNIPPET_ROLE)
        if not found:
            super().paint(painter, option, index)
            return
        from .snippet_paint import paint_snippet

        paint_snippet(self, painter, option, index, found)


def _viewport() -> QWidget:
    """A table's viewport made here, set up as the one QAbstractScrollArea makes. Asking a view for
    its own (`view.viewport()`) costs ~7 ms the first time in a process: PySide6 looks for the most
    derived Python type of a plain QWidget it has not seen, which loads every QWidget subclass of
    QtWidgets and builds their enum types (70 of them). A wrapper made here is known already."""
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setForegroundRole(QPalette.ColorRole.Text)
    viewport.setAutoFillBackground(True)
    return viewport


class ArticleListPane(QWidget):
    article_selected = Signal(int)
    selection_cleared = Signal()  # the open article left the list and no other is left to open
    count_changed = Signal(int)  # rows the list shows now
    sort_changed = Signal(int, Qt.SortOrder)
    search_changed = Signal(list)  # the hit terms of the current search (for the reader)

    def __init__(self, store, parent=None, sort: tuple[int, Qt.SortOrder] | None = None, state=None,
                 staged: bool = False):
        """`staged`: paint the search box and the table first, the rest after that (finish())."""
        super().__init__(parent)
        self._state = state
        self._current_id: int | None = None
        self._select_when_complete = False
        self._to_top = False  # the reset under way is a new search: the list starts at its first row
        self._dropped_words = 0  # words of the search past MAX_WORDS, left out
        self._total: int | None = None  # articles in the store, once a full unfiltered list was read
        filters = state.search_filters() if state is not None else Filters()
        # The full id list (and so the count) is read in the background after the list's first paint.
        self.model = ArticleTableModel(store, self, hold=True)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("搜索标题和正文…  例:脱贫  官员:王晓  -会议"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr(
            "空格分隔的词须同时出现;\"带空格的短语\" 用引号;\"-词\" 排除;\n"
            "官员:姓名 / 任务:词 / 职务:词 / 来源:词 按识别结果查找。F3 / Shift+F3 在正文中跳到下一处/上一处"))
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._search_timer.start)

        self.relevance = QCheckBox(self.tr("相关度"), self)
        self.relevance.setToolTip(self.tr("按搜索词出现的次数排序(结果不超过 {0} 篇时)").format(f"{RELEVANCE_LIMIT:,}"))
        self.relevance.toggled.connect(self._on_relevance_toggled)

        # Built by finish(): the filter bar and the saved searches (see the class note).
        self._store = store
        self._initial_filters = filters
        self._saved: SavedSearchesButton | None = None
        self._saved_list: SavedSearchesList | None = None
        self._filters: SearchFiltersBar | None = None

        self.view = QTableView(self)
        self.view.setViewport(_viewport())
        self.view.setHorizontalHeader(SortHeader(self.view))  # ▼ for newest first
        self.view.setModel(self.model)
        # Over an empty list: why it is empty and what to try (_update_empty).
        self.empty_label = QLabel(self.view.viewport())
        self.empty_label.setObjectName("empty_list")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)  # the search text is never markup
        self.empty_label.hide()
        self.view.viewport().installEventFilter(self)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # Ctrl/Shift: export several
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list for the reader (it went cell by cell)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setShowGrid(False)
        self.view.setItemDelegateForColumn(COL_TITLE, SnippetDelegate(self.view))
        self.view.verticalHeader().hide()
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row size hints: a million rows scroll
        self._row_heights = (self.fontMetrics().height() + 10, 2 * self.fontMetrics().height() + 12)
        rows.setDefaultSectionSize(self._row_heights[0])
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        em = self.fontMetrics().horizontalAdvance("中")
        for column, width in ((COL_DATE, 7), (COL_SOURCE, 5), (COL_OFFICIALS, 3), (COL_TASKS, 3)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            label = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")  # English is wider
            header.resizeSection(column, max(em * width, header.fontMetrics().horizontalAdvance(label) + em))
        self._default_widths = {c: header.sectionSize(c) for c in (COL_DATE, COL_SOURCE, COL_OFFICIALS, COL_TASKS)}
        self._given: dict[int, int] = {}  # pixels each column gave way to the title in a narrow list
        self._fitting = False
        header.setSortIndicatorShown(True)
        saved = state.list_header() if state is not None else None
        if saved is not None:
            header.restoreState(saved)  # this library's column widths and order (it also sets an indicator)
            header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        column, order = sort or self.model.sort_state()
        header.setSortIndicator(column, order)
        self.model.set_search(None, filters)
        self.model.sort(column, order)
        self.view.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._on_sort_changed)
        header.sectionResized.connect(self._on_section_resized)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.model.modelReset.connect(self._after_reset)
        self.model.ids_completed.connect(self._after_complete)
        self.model.ids_grew.connect(self.count_changed)
        self.model.loading_started.connect(self._after_change)
        self.model.read_failed.connect(self._after_failure)
        if self.model.complete and not self.model.searching:
            self._total = self.model.rowCount()
        if self.model.loading:  # a server library: the first page is on its way (正在读取文章列表…)
            self._update_empty()
        self._update_search_ui()

        self._top = QHBoxLayout()
        self._top.setContentsMargins(0, 0, 0, 0)
        self._top.setSpacing(4)
        self._top.addWidget(self.search, 1)
        self._top.addWidget(self.relevance)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addLayout(self._top)
        self._layout.addWidget(self.view)
        self.keys = ListKeys(self.search, self.view, self.apply_search, self.select_first, self)  # Enter/Down, Home/End
        self._room: QWidget | None = None
        if staged:
            # The filter bar's room, kept empty until it comes: the rows must not jump down under
            # the user's eyes right after the first paint. Its three rows of fields are about as
            # high as the search box (a combo box may be a few pixels higher).
            self._room = QWidget(self)
            self._room.setFixedHeight(3 * self.search.sizeHint().height() + 2 * _FILTER_ROW_SPACING)
            self._layout.insertWidget(1, self._room)
        else:
            self.finish()
        after_first_paint(self.view.viewport(), self._after_first_paint)

    def finish(self) -> None:
        """The filter bar and the saved searches (their button and their list), under the search box.
        Built at once by a pane made with staged=False; else after the list's first paint, or when
        something asks for them first (the properties below): importing and building them costs
        more than painting the list."""
        if self._filters is not None:
            return
        from .library_searches import LibrarySearches
        from .saved_searches import SavedSearchesButton, SavedSearchesList
        from .search_filters import SearchFiltersBar

        state = self._state
        self._filters = bar = SearchFiltersBar(self._store, self)
        bar.set_filters(self._initial_filters, emit=False)
        bar.changed.connect(self._on_filters_changed)
        self._saved = saved = SavedSearchesButton(self.current_search, [], self)
        saved.restore_requested.connect(self.restore_search)
        self._saved_list = saved_list = SavedSearchesList(saved.searches, self)
        saved_list.restore_requested.connect(self.restore_search)
        saved.changed.connect(saved_list.show_searches)
        # The searches are the library's (each user's own on a server), read and written through it.
        self.library_searches = library = LibrarySearches(self._store, state, self)
        library.loaded.connect(saved.set_searches)
        library.trouble.connect(self._tell)
        saved.saved.connect(library.save)
        saved.removed.connect(library.remove)
        library.load()
        self._top.addWidget(saved)
        if self._room is not None:
            self._layout.removeWidget(self._room)
            self._room.deleteLater()
            self._room = None
        self._layout.insertWidget(1, bar)
        self._layout.insertWidget(2, saved_list)

    def _tell(self, text: str) -> None:
        """One line in the window's status bar (a saved search the library did not take)."""
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 30000)

    @property
    def filters(self) -> SearchFiltersBar:
        self.finish()
        assert self._filters is not None
        return self._filters

    @property
    def saved(self) -> SavedSearchesButton:
        self.finish()
        assert self._saved is not None
        return self._saved

    @property
    def saved_list(self) -> SavedSearchesList:
        self.finish()
        assert self._saved_list is not None
        return self._saved_list

    def _after_first_paint(self) -> None:
        """The rest of the list and the choices of the filters, read in the background once the
        first page is on screen."""
        self.finish()
        self.model.release()
        self.filters.load_choices()

    # -- search ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def apply_search(self) -> None:
        self._search_timer.stop()
        # Words past search.query.MAX_WORDS are left out of the search; the count line says so.
        self._dropped_words = len(parse_query(self.search.text()).dropped)
        # A new search starts at the top of its results (the reset happens inside set_search).
        # From a server the reset comes later (_after_reset takes the flag then).
        self._to_top = True
        try:
            self.model.set_search(self.search.text(), self.filters.filters())
        finally:
            if not self.model.loading:
                self._to_top = False
        self._update_search_ui()

    def _on_filters_changed(self, filters: Filters) -> None:
        if self._state is not None:
            self._state.set_search_filters(filters)
        self.apply_search()

    def _on_relevance_toggled(self, on: bool) -> None:
        self.model.set_relevance(on)
        header = self.view.horizontalHeader()
        header.setSortIndicatorShown(not on)

    def current_search(self) -> SavedSearch:
        return SavedSearch("", self.search.text().strip(), self.filters.filters())

    def restore_search(self, saved: SavedSearch) -> None:
        """Show a saved search: its text and filters replace the current ones."""
        self.search.blockSignals(True)
        self.search.setText(saved.text)
        self.search.blockSignals(False)
        self.filters.set_filters(saved.filters, emit=False)
        if self._state is not None:
            self._state.set_search_filters(saved.filters)
        self.apply_search()

    def _update_search_ui(self) -> None:
        terms = self.model.terms
        self.view.verticalHeader().setDefaultSectionSize(self._row_heights[1 if terms else 0])
        self.relevance.setEnabled(bool(terms))
        self.search_changed.emit(terms)

    def count_text(self) -> str:
        """What the status bar says about the list: the count, or a lower bound while it is read."""
        n = self.model.rowCount()
        if self.model.loading and n == 0:
            return self.tr("正在读取文章列表…")
        if self.model.failure is not None and n == 0:
            return self.tr("未能读取文章列表")
        shown = f"{n:,}" if self.model.complete else f"{n:,}+"
        if not self.model.searching:  # "1 article", not "1 articles" (the English has a singular)
            text = self.tr("共 1 篇文章") if shown == "1" else self.tr("共 {0} 篇文章").format(shown)
        elif self._total is not None:
            text = self.tr("找到 {0} 篇 / 共 {1} 篇").format(shown, f"{self._total:,}")
        else:
            text = self.tr("找到 {0} 篇").format(shown)
        if self._dropped_words:
            text += self.tr(" · 搜索词过多:只用了前 {0} 个,其余 {1} 个未用").format(MAX_WORDS, self._dropped_words)
        if self.model.loading:  # the rows shown are the previous search's until the new ones come
            text += self.tr("(正在读取…)")
        elif self.model.failure is not None:
            text += self.tr("(未能更新)")
        elif not self.model.complete:
            text += self.tr("(正在计数…)")
        elif self.model.relevance and self.model.terms and not self.model.ranked and n > 1:
            text += self.tr(" · 结果超过 {0} 篇,按日期排序").format(f"{RELEVANCE_LIMIT:,}")
        return text

    def _update_empty(self) -> None:
        """Over an empty list, say why: no article matches the search (and what to try), or the
        library has none yet."""
        empty = self.model.rowCount() == 0 and (self.model.complete or self.model.loading
                                                 or self.model.failure is not None)
        if empty and self.model.loading:
            self.empty_label.setText(self.tr("正在读取文章列表…"))
        elif empty and self.model.failure is not None:
            self.empty_label.setText(self.tr("未能读取文章列表:{0}\n\n按 F5 重试").format(self.model.failure))
        elif empty:
            text = self.search.text().strip()
            filtered = not self.model.filters.empty
            if text and filtered:
                head = self.tr("没有找到包含“{0}”并符合筛选条件的文章").format(text)
            elif text:
                head = self.tr("没有找到包含“{0}”的文章").format(text)
            elif filtered:
                head = self.tr("没有找到符合筛选条件的文章")
            else:
                head = self.tr("文章库中还没有文章")
            if text or filtered:
                hints = []
                if text:
                    hints.append(self.tr("检查错别字,或换一个更短的词"))
                    if len(text.split()) > 1:
                        hints.append(self.tr("几个词须同时出现:去掉一个词试试"))
                if filtered:
                    hints.append(self.tr("清除日期、来源、官员或标签筛选"))
                hint = "\n".join("· " + h for h in hints)
            else:
                hint = self.tr("用“文件 → 导入文件”(Ctrl+I)添加文章")
            self.empty_label.setText(f"{head}\n\n{hint}")
        self.empty_label.setVisible(empty)
        if empty:
            self._place_empty()

    def _place_empty(self) -> None:
        area = self.view.viewport().rect().adjusted(12, 24, -12, -12)
        self.empty_label.setGeometry(area.x(), area.y(), area.width(), self.empty_label.heightForWidth(area.width()))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_title()
            if self.empty_label.isVisible():
                self._place_empty()
        return super().eventFilter(watched, event)

    def fit_title(self) -> None:
        """The title takes the free width: in a narrow list the other columns give way (the counts
        first, down to what their values need) before the title shrinks under TITLE_MIN_EMS
        characters — it was cut to "…" in a narrow pane while the counts kept their width. When the
        list is widened again they grow back (the date first) to the widths they gave up."""
        header = self.view.horizontalHeader()
        em = self.view.fontMetrics().horizontalAdvance("中")
        others = [c for c in (COL_OFFICIALS, COL_TASKS, COL_SOURCE, COL_DATE) if not header.isSectionHidden(c)]
        free = self.view.viewport().width() - sum(header.sectionSize(c) for c in others)
        deficit = TITLE_MIN_EMS * em - free
        self._fitting = True
        try:
            if deficit < 0:
                for column in reversed(others):  # the date reads first, the counts last
                    back = min(-deficit, self._given.get(column, 0))
                    if back > 0:
                        was = header.sectionSize(column)
                        header.resizeSection(column, was + back)
                        self._given[column] -= header.sectionSize(column) - was
                        deficit += back
                return
            # A column the user made wider than it starts keeps its width: that was chosen.
            others = [c for c in others if header.sectionSize(c) <= self._default_widths[c]]
            floor = {COL_DATE: self.view.fontMetrics().horizontalAdvance("2019-10-28") + em // 2, COL_SOURCE: 4 * em,
                     COL_OFFICIALS: 2 * em, COL_TASKS: 2 * em}
            for column in others:
                cut = min(deficit, header.sectionSize(column) - floor[column])
                if cut > 0:
                    was = header.sectionSize(column)
                    header.resizeSection(column, was - cut)  # the header's minimum section size may stop it
                    self._given[column] = self._given.get(column, 0) + was - header.sectionSize(column)
                    deficit -= cut
                if deficit <= 0:
                    break
        finally:
            self._fitting = False

    def _on_section_resized(self, column: int, old: int, new: int) -> None:
        if not self._fitting:
            self._given.pop(column, None)  # the user set this width: it is no longer ours to give back

    def header_state(self):
        """The column layout to keep for this library: the widths the user chose, not the ones a
        narrow moment squeezed (they were saved, and the columns stayed narrow in a wide list)."""
        header = self.view.horizontalHeader()
        given = {c: w for c, w in self._given.items() if w > 0}
        if not given:
            return header.saveState()
        blocked = header.blockSignals(True)  # the view need not lay out a width it never shows
        try:
            for column, width in given.items():
                header.resizeSection(column, header.sectionSize(column) + width)
            return header.saveState()
        finally:
            for column, width in given.items():
                header.resizeSection(column, header.sectionSize(column) - width)
            header.blockSignals(blocked)

    # -- slots -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the list again from the store, keeping the open article selected."""
        self._total = None
        self.model.reload()

    def current_article(self) -> int | None:
        return self._current_id

    def remove_articles(self, ids) -> None:
        """Deleted articles leave the list at once; when the open one goes, the next row (else the
        one before) opens, so that Delete pressed again goes on down the list."""
        gone = set(ids)
        opened_gone = self._current_id in gone
        if opened_gone and self._current_id is not None:
            row = max(0, self.model.row_of(self._current_id))
            ids_after = (self.model.article_id(r) for r in range(row, self.model.rowCount()))
            ids_before = (self.model.article_id(r) for r in range(row - 1, -1, -1))
            self._current_id = next((i for i in ids_after if i not in gone), None) or \
                next((i for i in ids_before if i not in gone), None)
        removed = self.model.remove_ids(gone)  # the reset selects _current_id again (_after_reset)
        if self._total is not None:
            self._total -= removed
        self.count_changed.emit(self.model.rowCount())
        if opened_gone:
            if self._current_id is not None:
                self.article_selected.emit(self._current_id)
            else:
                self.selection_cleared.emit()

    def selected_rows(self) -> list[int]:
        """The selected rows, read off the selection's ranges. selectedRows() asks the model's flags()
        of every column of every selected row: 1,000 selected rows froze Delete ~150 ms, Ctrl+A on
        100,000 seconds. (The view selects whole rows, so a range's rows are selected rows.)"""
        rows: set[int] = set()
        selection = self.view.selectionModel().selection()
        for i in range(selection.count()):
            span = selection.at(i)
            rows.update(range(span.top(), span.bottom() + 1))
        return sorted(rows)

    def selected_articles(self) -> list[int]:
        """The ids of the selected rows, in list order (the open article when nothing else is)."""
        ids = self.model.article_ids_at(self.selected_rows())
        return ids or ([self._current_id] if self._current_id is not None else [])

    def shown_articles(self) -> list[int]:
        """The ids of the rows the list has read so far, in list order: every row once
        model.complete. Never waits for a worker (see pending_view for the rest)."""
        return [i for i in (self.model.article_id(r) for r in range(self.model.rowCount())) if i is not None]

    def pending_view(self) -> ListView | None:
        """While the full list is still being read, what it shows (search, filters, sort) for a
        worker to read every id from; None once shown_articles() is the whole list."""
        return None if self.model.complete else self.model.view()

    def select_when_read(self, article_id: int | None) -> None:
        """At start-up on a server library, while the first page is still on its way: this article
        is the open one (the window opens it meanwhile); the list selects it when its rows come, or
        the first row when it is not among them."""
        if article_id is not None and self.model.loading and not self.model.rowCount():
            self._current_id = article_id

    def select_article(self, article_id: int) -> bool:
        row = self.model.row_of(article_id)
        if row < 0:
            return False
        self._select_row(row)
        return True

    def select_first(self) -> bool:
        if self.model.rowCount() == 0:
            return False
        self._select_row(0)
        return True

    def select_next(self) -> None:
        self._step(1)

    def select_previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        row = self.view.currentIndex().row()
        target = 0 if row < 0 else max(0, min(self.model.rowCount() - 1, row + delta))
        if self.model.rowCount():
            self._select_row(target)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, COL_TITLE)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _on_current_row_changed(self, current, _previous) -> None:
        article_id = self.model.article_id(current.row()) if current.isValid() else None
        if article_id is not None and article_id != self._current_id:
            self._current_id = article_id
            self.article_selected.emit(article_id)

    def _after_reset(self) -> None:
        # A reset forgets the selection: select the open article again, or the first match. When
        # only the first page is known yet, wait for the full list before giving up on the open one.
        self._select_when_complete = False
        self.count_changed.emit(self.model.rowCount())
        self._update_empty()
        if self._to_top:
            self._to_top = False
            self.select_first()
            self.view.scrollToTop()
            return
        if self._current_id is not None and self.select_article(self._current_id):
            return
        if self.model.complete or self._current_id is None:
            self.select_first()
        else:
            self._select_when_complete = True

    def _after_change(self) -> None:
        """A read of the list began or failed: the count line and the empty list's words say so."""
        self.count_changed.emit(self.model.rowCount())
        self._update_empty()

    def _after_failure(self, _line: str) -> None:
        if self.model.failure is not None:
            self._to_top = False  # the search did not come: the next reset is not it
        self._after_change()

    def _after_complete(self, rows: int) -> None:
        if not self.model.searching:
            self._total = rows
        self.count_changed.emit(rows)
        self._update_empty()
        if self._select_when_complete:
            self._select_when_complete = False
            if not (self._current_id is not None and self.select_article(self._current_id)):
                self.select_first()

    def _on_sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if self.relevance.isChecked():
            self.relevance.blockSignals(True)
            self.relevance.setChecked(False)
            self.relevance.blockSignals(False)
            self.view.horizontalHeader().setSortIndicatorShown(True)
        if self.view.currentIndex().isValid():
            self.view.scrollTo(self.view.currentIndex(), QAbstractItemView.ScrollHint.PositionAtCenter)
        self.sort_changed.emit(column, order)
