"""ArticleTableModel: the article list as a list of ids, display rows fetched lazily in pages.

The windowed design of search-and-scale.md §3: the model holds only the ids the store returned for
the current search and sort (8 bytes a row); rows are fetched from `store.summaries()` a page at a
time when the view first asks for them, and a bounded cache keeps the most recent pages.
"""
from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ..domain import ArticleSummary

COL_TITLE, COL_DATE, COL_SOURCE, COL_OFFICIALS, COL_TASKS = range(5)
COLUMN_COUNT = 5
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# Model column -> the store's sort key.
SORT_KEYS = {COL_TITLE: "title", COL_DATE: "date", COL_SOURCE: "source",
             COL_OFFICIALS: "n_officials", COL_TASKS: "n_tasks"}
_NUMERIC = (COL_OFFICIALS, COL_TASKS)
# The first click on a header sorts dates and counts biggest first, text A→Z.
_INITIAL_ORDER = {COL_TITLE: Qt.SortOrder.AscendingOrder, COL_SOURCE: Qt.SortOrder.AscendingOrder}

PAGE_SIZE = 256
MAX_PAGES = 64


class ArticleTableModel(QAbstractTableModel):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self._store = store
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, ArticleSummary]] = OrderedDict()
        self._query: str | None = None
        self._sort_column = COL_DATE
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._headers = (self.tr("标题"), self.tr("日期"), self.tr("来源"), self.tr("官员"), self.tr("任务"))
        self._header_tips = (self.tr("文章标题"), self.tr("发布日期"), self.tr("来源"),
                             self.tr("识别出的官员人数"), self.tr("识别出的任务条数"))
        self.reload()

    # -- what the list shows -----------------------------------------------------------------
    @property
    def query(self) -> str | None:
        return self._query

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def set_query(self, text: str | None) -> None:
        text = (text or "").strip() or None
        if text != self._query:
            self._query = text
            self.reload()

    def reload(self) -> None:
        """Ask the store again (after an import, a search or a refresh)."""
        self.beginResetModel()
        self._ids = self._fetch_ids()
        self._pages.clear()
        self.endResetModel()

    def _fetch_ids(self) -> list[int]:
        return self._store.article_ids(self._query, sort=SORT_KEYS[self._sort_column],
                                       descending=self._sort_order == Qt.SortOrder.DescendingOrder)

    def article_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, article_id: int) -> int:
        """The row showing this article, or -1."""
        try:
            return self._ids.index(article_id)
        except ValueError:
            return -1

    def summary(self, row: int) -> ArticleSummary | None:
        article_id = self.article_id(row)
        if article_id is None:
            return None
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * PAGE_SIZE
            page = self._store.summaries(self._ids[start:start + PAGE_SIZE])
            self._pages[page_no] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(article_id)

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == ARTICLE_ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() in _NUMERIC or index.column() == COL_DATE:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        s = self.summary(index.row())
        if s is None:  # deleted since the ids were read
            return None
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            return s.title if column == COL_TITLE else None
        if column == COL_TITLE:
            return s.title
        if column == COL_DATE:
            return s.date or "—"
        if column == COL_SOURCE:
            return s.source or "—"
        if column == COL_OFFICIALS:
            return s.n_officials
        if column == COL_TASKS:
            return s.n_tasks
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section]
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            return _INITIAL_ORDER.get(section, Qt.SortOrder.DescendingOrder)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Re-query the store in the new order; the selected article stays selected."""
        if column not in SORT_KEYS:
            return
        order = Qt.SortOrder(order)
        if (column, order) == (self._sort_column, self._sort_order) and self._ids:
            return
        self._sort_column, self._sort_order = column, order
        ids = self._fetch_ids()
        if len(ids) != len(self._ids):  # the store changed since the last reload: start afresh
            self.beginResetModel()
            self._ids, self._pages = ids, OrderedDict()
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(p, self.article_id(p.row())) for p in persistent]
        self._ids = ids
        self._pages.clear()
        rows = {aid: r for r, aid in enumerate(self._ids)} if kept else {}
        new = [self.index(rows[aid], p.column()) if aid in rows else QModelIndex() for p, aid in kept]
        self.changePersistentIndexList(persistent, new)
        self.layoutChanged.emit()
