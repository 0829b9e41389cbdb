"""PeopleIndex: 工具 → 人物索引 — every official in the store with the posts seen and when, the articles
that mention them and the tasks they gave; clicking an article or a task opens it in the window."""
from __future__ import annotations

from typing import Any, Callable, cast

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QLineEdit, QSplitter, QTableView, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ..domain import Person, PersonDetail
from . import jobs
from .plain_text import tip

COL_NAME, COL_POSTS, COL_ARTICLES, COL_TASKS, COL_LAST = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # article id (articles, tasks) / name (people)
TASK_ROLE = Qt.ItemDataRole.UserRole + 2  # task id within the article
MAX_ROWS = 1000  # articles or tasks listed for one person (the newest); a trunk official has thousands
MAX_DATES = 8  # dates written out for one post; more are summed up




class PeopleModel(QAbstractTableModel):
    """The rows of Store.people(): plain dicts, read by column (a QStandardItem per cell took
    seconds for twenty thousand people)."""

    def __init__(self, headers: list[str], posts_text, parent=None):
        super().__init__(parent)
        self.people: list[Person] = []
        self._posts: list[str] = []
        self._posts_text = posts_text
        self.headers = headers  # translated by the index, whose context holds every string

    def set_people(self, people: list[Person]) -> None:
        self.beginResetModel()
        self.people = list(people)
        self._posts = ["; ".join(self._posts_text(x) for x in p.posts) for p in self.people]
        self.endResetModel()

    def haystack(self, row: int) -> str:
        """What the filter looks in: the name and the posts."""
        return f"{self.people[row].name}\n{self._posts[row]}"

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sorted in Python in one go (a proxy would call data() a million times for 20,000 people)."""
        keys: dict[int, Callable[[int], Any]] = {COL_NAME: lambda i: self.people[i].name, COL_POSTS: lambda i: self._posts[i],
                COL_ARTICLES: lambda i: self.people[i].articles, COL_TASKS: lambda i: self.people[i].tasks,
                COL_LAST: lambda i: self.people[i].last or ""}
        key = keys.get(column)
        if key is None:
            return
        self.layoutAboutToBeChanged.emit()
        order_ = sorted(range(len(self.people)), key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.people = [self.people[i] for i in order_]
        self._posts = [self._posts[i] for i in order_]
        self.layoutChanged.emit()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p, col = self.people[index.row()], index.column()
        if role == ID_ROLE:
            return p.name
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = (p.name, self._posts[index.row()], str(p.articles), str(p.tasks), p.last or "")[col]
            return tip(value) if role == Qt.ItemDataRole.ToolTipRole else value
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_ARTICLES, COL_TASKS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class _NameFilter(QSortFilterProxyModel):
    """Filters by name or post; it does not sort (the header sorts the source model)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+: invalidateRowsFilter() is deprecated
            self.beginFilterChange()
            self.text = text.lower()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.text = text.lower()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:
        return not self.text or self.text in cast(PeopleModel, self.sourceModel()).haystack(row).lower()


class PeopleIndex(QWidget):
    article_activated = Signal(int)  # open this article
    task_activated = Signal(int, str)  # open the article at this task
    loaded = Signal()  # the list of people is read
    person_shown = Signal(str)  # the details of this person are shown

    def __init__(self, store, parent=None, background: bool = True):
        super().__init__(parent)
        self.setWindowTitle(self.tr("人物索引"))
        self.setObjectName("people_index")
        self.store = store
        self._background = background and getattr(store, "location", None) is not None
        self._generation = 0
        self.current_name: str | None = None  # selected
        self.shown_name: str | None = None  # whose details are filled in

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("按姓名或职务筛选"))
        self.filter.setClearButtonEnabled(True)
        self.model = PeopleModel([self.tr("姓名"), self.tr("职务"), self.tr("文章"), self.tr("任务"), self.tr("最近出现")],
                                 self.posts_text, self)
        self.proxy = _NameFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COL_ARTICLES, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self.model.sort)
        header.setSectionResizeMode(COL_POSTS, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_NAME, 80), (COL_ARTICLES, 48), (COL_TASKS, 48), (COL_LAST, 92)):
            self.table.setColumnWidth(col, width)
        self.count = QLabel(self)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.filter)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.count)

        self.name = QLabel(self)
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.posts = self._tree([self.tr("职务"), self.tr("出现日期")])
        self.articles = self._tree([self.tr("日期"), self.tr("文章"), self.tr("职务"), self.tr("提及")])
        self.articles.setToolTip(self.tr("单击打开文章"))
        self.tasks = self._tree([self.tr("日期"), self.tr("交办的任务"), self.tr("文章")])
        self.tasks.setToolTip(self.tr("单击在文章中定位到这项任务"))
        self.articles_label = QLabel(self)
        self.tasks_label = QLabel(self)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.name)
        rv.addWidget(QLabel(self.tr("担任过的职务"), self))
        rv.addWidget(self.posts, 2)
        rv.addWidget(self.articles_label)
        rv.addWidget(self.articles, 3)
        rv.addWidget(self.tasks_label)
        rv.addWidget(self.tasks, 3)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([430, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.filter.textChanged.connect(self._filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        for view, slot in ((self.articles, self._open_article), (self.tasks, self._open_task)):
            view.itemClicked.connect(slot)
            view.itemActivated.connect(slot)
        self.resize(1080, 700)
        self._show_person(None)

    def _tree(self, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        return tree

    def posts_text(self, posts) -> str:
        return self.tr("、").join(posts)

    # -- the list of people ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read every official again (on a worker for a store file), keeping the one shown."""
        self._generation += 1
        generation = self._generation
        self.count.setText(self.tr("正在读取…"))
        if not self._background:
            self._fill(self.store.people())
            return
        job = jobs.on_store(self.store.location, lambda store, _progress, _cancel: store.people()).bind(self)
        job.finished.connect(lambda people: self._fill(people) if generation == self._generation else None)
        job.failed.connect(lambda exc: self.count.setText(self.tr("读取失败:{0}").format(exc))
                           if generation == self._generation else None)

    def _fill(self, people: list[Person]) -> None:
        keep = self.current_name
        self.model.set_people(people)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._show_count()
        if not (keep and self.select_person(keep)) and self.proxy.rowCount():
            self.table.selectRow(0)
        self.loaded.emit()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("共 {0} 人").format(total) if shown == total
                           else self.tr("显示 {0} 人 / 共 {1} 人").format(shown, total))

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text.strip())
        self._show_count()

    def names(self) -> list[str]:
        """The names the list shows, top down."""
        return [self.proxy.index(r, COL_NAME).data() for r in range(self.proxy.rowCount())]

    def select_person(self, name: str) -> bool:
        for r in range(self.proxy.rowCount()):
            if self.proxy.index(r, COL_NAME).data(ID_ROLE) == name:
                self.table.selectRow(r)
                self.table.scrollTo(self.proxy.index(r, COL_NAME))
                return True
        return False

    def _on_current_changed(self, current, _previous) -> None:
        self._show_person(current.data(ID_ROLE) if current.isValid() else None)

    # -- one person ------------------------------------------------------------------------------
    def _show_person(self, name: str | None) -> None:
        """Posts, articles and tasks of `name`, read on a worker for a store file (a person named in
        ten thousand articles takes a second)."""
        self.current_name = name
        self.shown_name = None
        for tree in (self.posts, self.articles, self.tasks):
            tree.clear()
        self.articles_label.setText(self.tr("提及的文章"))
        self.tasks_label.setText(self.tr("交办的任务"))
        if name is None:
            self.name.setText(self.tr("(未选择人物)"))
            return
        self.name.setText(name)
        if not self._background:
            self._fill_person(self.store.person(name))
            return
        job = jobs.on_store(self.store.location, lambda store, _progress, _cancel: store.person(name)).bind(self)
        job.finished.connect(lambda p: self._fill_person(p) if p.name == self.current_name else None)

    def dates_text(self, dates: list[str]) -> str:
        if not dates:
            return self.tr("无日期")
        if len(dates) <= MAX_DATES:
            return self.tr("、").join(dates)
        return self.tr("{0} … {1}(共 {2} 个日期)").format(self.tr("、").join(dates[:MAX_DATES - 1]), dates[-1],
                                                       len(dates))

    def _fill_person(self, p: PersonDetail) -> None:
        for held in p.posts:
            item = QTreeWidgetItem([self.posts_text(held.posts), self.dates_text(list(held.dates))])
            item.setToolTip(1, tip(item.text(1)))
            self.posts.addTopLevelItem(item)
        for a in p.articles[:MAX_ROWS]:
            item = QTreeWidgetItem([a.date or self.tr("无日期"), a.title, self.posts_text(a.posts), str(a.mentions)])
            item.setData(0, ID_ROLE, a.article_id)
            item.setToolTip(1, tip(a.title))
            self.articles.addTopLevelItem(item)
        for t in p.tasks[:MAX_ROWS]:
            item = QTreeWidgetItem([t.date or self.tr("无日期"), t.text, t.title])
            item.setData(0, ID_ROLE, t.article_id)
            item.setData(0, TASK_ROLE, t.task_id)
            item.setToolTip(1, tip(t.text))
            self.tasks.addTopLevelItem(item)
        for label, n, text, more in (
                (self.articles_label, len(p.articles), self.tr("提及的文章({0} 篇)"),
                 self.tr("提及的文章({0} 篇,列出最近 {1} 篇)")),
                (self.tasks_label, len(p.tasks), self.tr("交办的任务({0} 项)"),
                 self.tr("交办的任务({0} 项,列出最近 {1} 项)"))):
            label.setText(text.format(n) if n <= MAX_ROWS else more.format(f"{n:,}", MAX_ROWS))
        for tree, widths in ((self.posts, (240,)), (self.articles, (90, 300, 160)), (self.tasks, (90, 330))):
            for col, w in enumerate(widths):
                tree.setColumnWidth(col, w)
        self.shown_name = p.name
        self.person_shown.emit(p.name)

    def _open_article(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.article_activated.emit(int(item.data(0, ID_ROLE)))

    def _open_task(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.task_activated.emit(int(item.data(0, ID_ROLE)), str(item.data(0, TASK_ROLE)))

    # -- what a test reads -------------------------------------------------------------------
    @staticmethod
    def rows(tree: QTreeWidget) -> list[list[str]]:
        return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]  # type: ignore[union-attr]
                for i in range(tree.topLevelItemCount())]
