"""PeopleIndex: 工具 → 人物索引 — every official in the store with the posts seen and when, the articles
that mention them and the tasks they gave; clicking an article or a task opens it in the window."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QLineEdit, QSplitter, QTableView, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from . import tasks

COL_NAME, COL_POSTS, COL_ARTICLES, COL_TASKS, COL_LAST = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # article id (articles, tasks) / name (people)
TASK_ROLE = Qt.ItemDataRole.UserRole + 2  # task id within the article
SORT_ROLE = Qt.ItemDataRole.UserRole + 3


def _people_file(path, _progress, _cancel) -> list[dict]:
    """Runs on a worker thread with its own Store."""
    from ..store import Store

    with Store(path) as store:
        return store.people()


class PeopleIndex(QWidget):
    article_activated = Signal(int)  # open this article
    task_activated = Signal(int, str)  # open the article at this task
    loaded = Signal()  # the list of people is read

    def __init__(self, store, parent=None, background: bool = True):
        super().__init__(parent)
        self.setWindowTitle(self.tr("人物索引"))
        self.setObjectName("people_index")
        self.store = store
        self._background = background and getattr(store, "path", None) is not None
        self._generation = 0
        self.current_name: str | None = None

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("按姓名或职务筛选"))
        self.filter.setClearButtonEnabled(True)
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("职务"), self.tr("文章"), self.tr("任务"),
                                              self.tr("最近出现")])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)  # name or posts
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
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
        path = self.store.path
        job = tasks.run(lambda progress, cancel: _people_file(path, progress, cancel))
        job.finished.connect(lambda people: self._fill(people) if generation == self._generation else None)
        job.failed.connect(lambda exc: self.count.setText(self.tr("读取失败:{0}").format(exc))
                           if generation == self._generation else None)

    def _fill(self, people: list[dict]) -> None:
        keep = self.current_name
        self.table.setSortingEnabled(False)
        self.model.removeRows(0, self.model.rowCount())
        for p in people:
            posts = "; ".join(self.posts_text(x) for x in p["posts"])
            cells = [(p["name"], p["name"]), (posts, posts), (str(p["articles"]), p["articles"]),
                     (str(p["tasks"]), p["tasks"]), (p["last"] or "", p["last"] or "")]
            row = []
            for text, key in cells:
                item = QStandardItem(text)
                item.setData(key, SORT_ROLE)
                item.setData(p["name"], ID_ROLE)
                item.setToolTip(text)
                row.append(item)
            for col in (COL_ARTICLES, COL_TASKS):
                row[col].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(row)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_ARTICLES, Qt.SortOrder.DescendingOrder)
        self._show_count()
        if not (keep and self.select_person(keep)) and self.proxy.rowCount():
            self.table.selectRow(0)
        self.loaded.emit()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("共 {0} 人").format(total) if shown == total
                           else self.tr("显示 {0} 人 / 共 {1} 人").format(shown, total))

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
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
        """Posts, articles and tasks of `name`: one indexed read, on the GUI thread."""
        self.current_name = name
        for tree in (self.posts, self.articles, self.tasks):
            tree.clear()
        if name is None:
            self.name.setText(self.tr("(未选择人物)"))
            self.articles_label.setText(self.tr("提及的文章"))
            self.tasks_label.setText(self.tr("交办的任务"))
            return
        p = self.store.person(name)
        self.name.setText(name)
        for posts, dates in p["posts"]:
            item = QTreeWidgetItem([self.posts_text(posts), self.tr("、").join(dates) or self.tr("无日期")])
            item.setToolTip(1, item.text(1))
            self.posts.addTopLevelItem(item)
        for aid, title, date, posts, mentions in p["articles"]:
            item = QTreeWidgetItem([date or self.tr("无日期"), title, self.posts_text(posts), str(mentions)])
            item.setData(0, ID_ROLE, aid)
            item.setToolTip(1, title)
            self.articles.addTopLevelItem(item)
        for aid, task_id, text, date, title in p["tasks"]:
            item = QTreeWidgetItem([date or self.tr("无日期"), text, title])
            item.setData(0, ID_ROLE, aid)
            item.setData(0, TASK_ROLE, task_id)
            item.setToolTip(1, text)
            self.tasks.addTopLevelItem(item)
        self.articles_label.setText(self.tr("提及的文章({0} 篇)").format(len(p["articles"])))
        self.tasks_label.setText(self.tr("交办的任务({0} 项)").format(len(p["tasks"])))
        for tree, widths in ((self.posts, (240,)), (self.articles, (90, 300, 160)), (self.tasks, (90, 330))):
            for col, w in enumerate(widths):
                tree.setColumnWidth(col, w)

    def _open_article(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.article_activated.emit(int(item.data(0, ID_ROLE)))

    def _open_task(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.task_activated.emit(int(item.data(0, ID_ROLE)), str(item.data(0, TASK_ROLE)))

    # -- what a test reads -------------------------------------------------------------------
    @staticmethod
    def rows(tree: QTreeWidget) -> list[list[str]]:
        return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
                for i in range(tree.topLevelItemCount())]
