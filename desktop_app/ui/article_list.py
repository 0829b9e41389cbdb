"""ArticleListPane: the search box above the article table; emits article_selected(id)."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from .article_model import COL_DATE, COL_OFFICIALS, COL_SOURCE, COL_TASKS, COL_TITLE, ArticleTableModel

SEARCH_DELAY_MS = 250


class ArticleListPane(QWidget):
    article_selected = Signal(int)
    count_changed = Signal(int)  # rows the list shows now
    sort_changed = Signal(int, Qt.SortOrder)

    def __init__(self, store, parent=None, sort: tuple[int, Qt.SortOrder] | None = None):
        super().__init__(parent)
        self._current_id: int | None = None
        self.model = ArticleTableModel(store, self)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("搜索标题和正文…  例:脱贫  官员:王晓  -会议"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("空格分隔的词须同时出现;\"-词\" 排除;官员:姓名 只找该官员出现的文章"))
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_search)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # Ctrl/Shift: export several
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setShowGrid(False)
        self.view.verticalHeader().hide()
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row size hints: a million rows scroll
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        em = self.fontMetrics().horizontalAdvance("中")
        for column, width in ((COL_DATE, 7), (COL_SOURCE, 5), (COL_OFFICIALS, 3), (COL_TASKS, 3)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, em * width)
        header.setSortIndicatorShown(True)
        column, order = sort or self.model.sort_state()
        header.setSortIndicator(column, order)
        self.model.sort(column, order)
        self.view.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._on_sort_changed)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.model.modelReset.connect(self._after_reset)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.view)

    # -- slots -------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self.search.text())

    def refresh(self) -> None:
        """Read the list again from the store, keeping the open article selected."""
        self.model.reload()

    def current_article(self) -> int | None:
        return self._current_id

    def selected_articles(self) -> list[int]:
        """The ids of the selected rows, in list order (the open article when nothing else is)."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        ids = [i for i in (self.model.article_id(r) for r in rows) if i is not None]
        return ids or ([self._current_id] if self._current_id is not None else [])

    def shown_articles(self) -> list[int]:
        """The ids of every row the list shows (the current search), in list order."""
        return [self.model.article_id(r) for r in range(self.model.rowCount())]

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
        # A reset forgets the selection: select the open article again, or the first match.
        self.count_changed.emit(self.model.rowCount())
        if self._current_id is not None and self.select_article(self._current_id):
            return
        self.select_first()

    def _on_sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if self.view.currentIndex().isValid():
            self.view.scrollTo(self.view.currentIndex(), QAbstractItemView.ScrollHint.PositionAtCenter)
        self.sort_changed.emit(column, order)
