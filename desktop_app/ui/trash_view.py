"""TrashView: the trash (回收站) as a tool window: the deleted articles, restore, delete for good, empty."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from . import bulk_jobs, icons, jobs

COL_TITLE, COL_DATE, COL_SOURCE, COL_DELETED = range(4)
PAGE = 500  # rows a page: the trash of a large library is read a page at a time, not whole
# From this many articles in the trash a page is read on a worker; a small trash is read at once.
BACKGROUND_FROM = 2000


def read_page(store, page: int) -> tuple[int, int, list]:
    """(articles in the trash, the page shown — the last one when the trash shrank under `page` —,
    its entries). Runs on a worker for a large trash: must not touch widgets."""
    total = store.trash_count()
    page = max(0, min(page, max(1, -(-total // PAGE)) - 1))
    return total, page, store.trashed(PAGE, page * PAGE)


def confirm(parent, title: str, text: str) -> bool:
    """Ask before deleting for good (tests replace this)."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


class TrashView(QWidget):
    """The articles in the trash, most recently deleted first. Reads the window's store; restoring and
    deleting for good run in the writer lane (bulk_jobs.py), the buttons off until they are done."""

    restored = Signal(list)  # ids back in the library
    purged = Signal(int)  # how many were deleted for good

    def __init__(self, store, parent=None, read_only: bool = False):
        super().__init__(parent)
        self.store = store
        self.setObjectName("trash_view")
        self.setWindowTitle(self.tr("回收站"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("标题"), self.tr("日期"), self.tr("来源"), self.tr("删除时间")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)  # one line a row; the full title is in the tooltip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (COL_DATE, COL_SOURCE, COL_DELETED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())

        self.restore_button = QPushButton(icons.icon("trash"), self.tr("恢复所选(&R)"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(icons.icon("delete_forever"), self.tr("永久删除所选(&D)"), self)
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button = QPushButton(self.tr("清空回收站(&E)…"), self)
        self.empty_button.clicked.connect(self.empty)
        self.page, self.total = 0, 0
        self.reading = False  # a page is being read on a worker
        self.previous_button = QPushButton(self.tr("上一页"), self)
        self.previous_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button = QPushButton(self.tr("下一页"), self)
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        self.page_label = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.purge_button)
        buttons.addStretch(1)
        for w in (self.previous_button, self.page_label, self.next_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.job: jobs.Job | None = None  # the restore or delete running
        self.read_only = read_only
        self.resize(760, 420)
        self.refresh()

    def pages(self) -> int:
        return max(1, -(-self.total // PAGE))

    def show_page(self, page: int) -> None:
        self.page = page
        self.refresh()

    def refresh(self) -> None:
        """Read the count and the page shown (the last page when the trash shrank under it): at once
        for a small trash; above BACKGROUND_FROM articles on a worker (a page is sorted out of the
        whole trash: 43–110 ms at 100,000), the page shown until then staying. A newer refresh
        (a restore both refreshes and tells the window, which refreshes again) drops an older one."""
        self._generation = getattr(self, "_generation", 0) + 1
        location = getattr(self.store, "location", None)
        # A server library: always on a worker (even its count is a round trip that a slow or gone
        # server would make a freeze of the window).
        if location is None or (not getattr(self.store, "is_server", False)
                                and self.store.trash_count() < BACKGROUND_FROM):
            self._show(*read_page(self.store, self.page))
            return
        generation, page = self._generation, self.page
        self.reading = True
        self.page_label.setText(self.tr("正在读取…"))
        job = jobs.on_store(location, lambda store, _progress, _cancel: read_page(store, page)).bind(self)
        job.finished.connect(lambda result: self._show(*result) if generation == self._generation else None)

        def failed(error) -> None:
            if generation == self._generation:
                self.reading = False
                from .window_reads import one_line

                self.summary.setText(self.tr("读取失败:{0}").format(one_line(error)))
        job.failed.connect(failed)

    def _show(self, total: int, page: int, entries: list) -> None:
        """Show a page read by read_page: all the GUI thread does with it."""
        self.reading = False
        self.total, self.page = total, page
        # Columns sized to their contents re-measure every row on each cell set: a page of 500 froze
        # the window 6–10 s (on 下一页 and after each restore). Fill first, then measure once.
        header = self.table.horizontalHeader()
        fitted = (COL_DATE, COL_SOURCE, COL_DELETED)
        for column in fitted:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.setRowCount(0)
        self.table.setRowCount(len(entries))
        for row, t in enumerate(entries):
            for column, text in ((COL_TITLE, t.title), (COL_DATE, t.date or "—"), (COL_SOURCE, t.source or "—"),
                                 (COL_DELETED, t.deleted_at[:16])):
                item = QTableWidgetItem(text)
                if column == COL_TITLE:
                    item.setData(Qt.ItemDataRole.UserRole, t.id)
                    item.setToolTip(t.title)
                self.table.setItem(row, column, item)
        for column in fitted:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        paged = self.total > PAGE
        for w in (self.previous_button, self.page_label, self.next_button):
            w.setVisible(paged)
        self.previous_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < self.pages() - 1)
        first = self.page * PAGE + 1
        self.page_label.setText(self.tr("第 {0}–{1} 篇,共 {2} 篇").format(
            f"{first:,}", f"{first + len(entries) - 1:,}", f"{self.total:,}"))
        self.table.scrollToTop()
        if entries:
            self.summary.setText(self.tr("回收站中有 {0} 篇文章。它们不出现在列表、搜索、统计和人物索引中;"
                                         "恢复的文章连同更正、督办和修订记录一起回来。").format(f"{self.total:,}"))
        else:
            self.summary.setText(self.tr("回收站是空的。在文章列表中选中文章后按 Delete 键(或右键 → 移到回收站)即可删除。"))
        self.table.setVisible(bool(entries))
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        items = [self.table.item(r, COL_TITLE) for r in rows]
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item is not None]

    def _update_buttons(self) -> None:
        chosen = bool(self.table.selectedIndexes()) and self.job is None
        self.restore_button.setEnabled(chosen and not self.read_only)
        self.purge_button.setEnabled(chosen and not self.read_only)
        self.empty_button.setEnabled(self.total > 0 and not self.read_only and self.job is None)

    def restore_selected(self):
        """恢复所选, in the writer lane; `restored` when done. The Job, or None."""
        ids = self.selected_ids()
        if not ids or self.read_only or self.job is not None:
            return None
        return self._start(lambda store, progress, cancel: store.restore_articles(ids, progress, cancel), len(ids),
                           self.tr("正在恢复文章…"), lambda back: self.restored.emit(back) if back else None)

    def purge_selected(self):
        ids = self.selected_ids()
        if not ids or self.read_only or self.job is not None or not confirm(self, self.tr("永久删除"), self.tr(
                "永久删除所选的 {0} 篇文章?连同其更正、督办和修订记录一起删除,无法恢复。").format(len(ids))):
            return None
        return self._purge(ids, len(ids))

    def empty(self):
        """清空回收站 (after asking): the Job, or None when declined."""
        n = self.total  # the whole trash, not the page shown
        if not n or self.read_only or self.job is not None or not confirm(self, self.tr("清空回收站"), self.tr(
                "永久删除回收站中的全部 {0} 篇文章?此操作无法撤销。").format(n)):
            return None
        return self._purge(None, n)

    def _purge(self, ids, n: int):
        return self._start(lambda store, progress, cancel: store.empty_trash(ids, progress, cancel), n,
                           self.tr("正在永久删除文章…"), self.purged.emit)

    def _start(self, work, n: int, label: str, then):
        job = self.job = bulk_jobs.start(self, self.store.location, work, n, label)
        self._update_buttons()

        def ended(result) -> None:
            self.job = None
            before = getattr(self, "_generation", 0)
            if result is not None:
                then(result)  # the window reads the library again, this view with it
            if self._generation == before:  # no one read it meanwhile: what was done shows (a cancel, a failure too)
                self.refresh()
        job.finished.connect(ended)
        job.failed.connect(lambda _e: ended(None))
        return job

    @property
    def read_only(self) -> bool:
        return self._read_only

    @read_only.setter
    def read_only(self, value: bool) -> None:
        self._read_only = bool(value)
        if hasattr(self, "restore_button"):
            self._update_buttons()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
