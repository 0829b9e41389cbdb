"""EntitiesPane: the officials and the task tree of the open article, in two tabs; merge officials,
and the 督办 fields of each task (status here, the rest in a dialog), stored as the task board does."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout, QHeaderView, QLabel, QMenu,
                               QPushButton, QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ..domain import TASK_STATUSES, Article, TaskRow, Tracking
from . import jobs
from .merge_dialog import MergeDialog, preferred_name
from .plain_text import tip
from .tracking_writes import TrackingWrites

if TYPE_CHECKING:  # imported where it is opened: not needed for the first paint
    from .window_reads import WindowReads
    from .tracking_dialog import TrackingDialog

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the official's name or the task's id
COL_TASK, COL_SPEAKER, COL_STATUS = range(3)
STATUS_COLORS = {"not_started": "#8c8c8c", "in_progress": "#1677ff", "done": "#389e0d", "delayed": "#d4380d"}


def official_label(name: str, titles) -> str:
    """"张晓容 — 市委副书记、市长"; the bare name when no post is known."""
    return f"{name} — {'、'.join(titles)}" if titles else name


class EntitiesPane(QTabWidget):
    official_clicked = Signal(str)  # name; clicking again asks for the next mention
    task_clicked = Signal(str)  # task id
    merge_requested = Signal(list, str)  # officials that are one person, the name kept (the editor merges)
    tracking_changed = Signal(int)  # article id: a task's 督办 fields were saved here
    message = Signal(str)  # one line for the status bar: a 督办 write waits for the library, landed, or was refused

    def __init__(self, parent=None, store=None, today: dt.date | None = None):
        super().__init__(parent)
        self.store = store
        self.reads: WindowReads | None = None  # the window's WindowReads (MainWindow sets it); None: read here
        # 督办 writes: off the GUI thread on a server library, kept while it cannot be reached.
        self.writes = self._writes(store) if store is not None else None
        self.today = today
        self.read_only = False  # another window writes to the library (MainWindow.set_read_only)
        self.track_job: jobs.Job | None = None  # the last 纳入督办 / 移出督办 (writer lane)
        self.article: Article | None = None
        self._rows: dict[str, TaskRow] = {}  # task id -> the stored task with its tracking
        self._stored: list[TaskRow] | None = None  # Store.task_rows of the open article, as last read
        self.officials = self._tree((self.tr("官员及职务"), self.tr("提及")))
        self.officials.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.officials.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.officials.customContextMenuRequested.connect(self._officials_menu)
        self.merge_button = QPushButton(self.tr("合并为同一人…"), self)
        self.merge_button.setToolTip(self.tr("选中两位或多位官员(按住 Ctrl 多选),把他们合并为同一人"))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.ask_merge)
        self.officials.itemSelectionChanged.connect(
            lambda: self.merge_button.setEnabled(len(self.selected_officials()) > 1))

        self.tasks = self._tree((self.tr("任务"), self.tr("讲话人")))
        self.tasks.setColumnCount(3)
        self.tasks.setHeaderLabels([self.tr("任务"), self.tr("讲话人"), self.tr("状态")])
        self.tasks.header().setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self.tasks.setWordWrap(True)
        self.tasks.currentItemChanged.connect(lambda *_: self._show_current_tracking())
        self.status_box = QComboBox(self)
        self.status_box.setObjectName("task_status")
        for code in TASK_STATUSES:
            self.status_box.addItem(self.status_text(code), code)
        self.status_box.activated.connect(lambda _i: self.set_status(self.status_box.currentData()))
        self.details_button = QPushButton(self.tr("督办详情…"), self)
        self.details_button.setToolTip(self.tr("责任单位、配合单位、责任领导、完成时限、状态、进展情况和备注"))
        self.details_button.clicked.connect(self.ask_tracking)
        self.tracking_label = QLabel(self)
        self.tracking_label.setWordWrap(True)
        self.tracking_label.setTextFormat(Qt.TextFormat.PlainText)
        self.tracking_label.setStyleSheet("color: gray")
        self.tasks.itemDoubleClicked.connect(lambda item, col: col == COL_STATUS and self.ask_tracking())
        self.track_button = QPushButton(self.tr("纳入督办"), self)
        self.track_button.setObjectName("track_task")
        self.track_button.setToolTip(self.tr("把这项任务放上督办看板(或从看板移出);督办信息保留"))
        self.track_button.clicked.connect(lambda: self.set_tracked(self.current_task_id(), not self._is_tracked()))
        self.tasks.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tasks.customContextMenuRequested.connect(self._tasks_menu)

        self._pages = {self.officials: self._page(self.officials, [self.merge_button]),
                       self.tasks: self._page(self.tasks, [self.track_button, QLabel(self.tr("状态:"), self),
                                                            self.status_box, self.details_button], self.tracking_label)}
        from .tracking_conflict import ConflictBar

        self.conflict_bar = ConflictBar(self, stacked=True)  # a 督办 edit a colleague's change of the same field stopped
        self._pages[self.tasks].layout().addWidget(self.conflict_bar)
        self.addTab(self._pages[self.officials], self.tr("官员"))
        self.addTab(self._pages[self.tasks], self.tr("任务"))
        self.officials.itemClicked.connect(lambda item, _c: self._emit(item, self.official_clicked))
        self.officials.itemActivated.connect(lambda item, _c: self._emit(item, self.official_clicked))
        self.tasks.itemClicked.connect(lambda item, _c: self._emit(item, self.task_clicked))
        self.tasks.itemActivated.connect(lambda item, _c: self._emit(item, self.task_clicked))
        self._show_current_tracking()

    def _writes(self, store) -> TrackingWrites:
        """The window's 督办 writes (the task board shares them); on a server library those not yet
        stored are kept on the desk beside the article drafts (server_library.drafts_dir)."""
        from . import server_library

        folder = server_library.drafts_dir(store) if server_library.is_server(store) else None
        writes = TrackingWrites(store, self, drafts_dir=folder)
        writes.changed.connect(self._show_unsaved)
        return writes

    def _show_unsaved(self, article_id: int, _task_id: str) -> None:
        """A write asked or held elsewhere (the board): the open article's tasks show it as typed."""
        if self.article is not None and self.article.id == article_id and self._stored is not None:
            self._tracking_read(article_id, self._stored)

    def follow_reader(self, reader_points: float) -> float:
        """The panel's text follows the reader's size (it stayed ~9 px beside a 16 pt reader): 2 pt
        smaller, a list beside the text, and never smaller than the window's own font. The size set."""
        size = max(QApplication.font().pointSizeF(), reader_points - 2)
        for w in (self.officials, self.tasks, self.tracking_label):
            font = QFont(w.font())
            font.setPointSizeF(size)
            w.setFont(font)
        for item in self._task_items():
            if item.data(0, Qt.ItemDataRole.FontRole) is not None:  # bold (tracked): same size
                bold = QFont(self.tasks.font())
                bold.setBold(True)
                item.setFont(0, bold)
        return size

    def _tree(self, headers) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setColumnCount(2)
        tree.setHeaderLabels(list(headers))
        tree.setUniformRowHeights(False)
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        tree.setRootIsDecorated(True)
        return tree

    def _page(self, tree: QTreeWidget, controls, below: QWidget | None = None) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(tree, 1)
        bar = QHBoxLayout()
        for w in controls:
            bar.addWidget(w)
        bar.addStretch(1)
        box.addLayout(bar)
        if below is not None:
            box.addWidget(below)
        return page

    def setCurrentWidget(self, widget) -> None:  # noqa: N802 (Qt name): a tree selects the tab holding it
        super().setCurrentWidget(self._pages.get(widget, widget))

    def status_text(self, code: str) -> str:
        return {"not_started": self.tr("未启动"), "in_progress": self.tr("推进中"), "done": self.tr("已完成"),
                "delayed": self.tr("延期")}.get(code, code)

    @staticmethod
    def _emit(item: QTreeWidgetItem, signal) -> None:
        key = item.data(0, KEY_ROLE)
        if key:
            signal.emit(key)

    def show_article(self, article: Article, tracking: list[TaskRow] | None = None) -> None:
        """`tracking`: the article's task rows when the caller has read them (the window's
        background read); else they are read here."""
        # The editor's working copy of the open article comes again every few hundred ms while typing:
        # its tracking is the one read when the article was opened (or refreshed), not read again.
        same = self.article is not None and self.article.id == article.id and self._stored is not None
        self.article = article
        self.officials.clear()
        for o in article.officials:
            label = official_label(o.name, o.titles)
            item = QTreeWidgetItem([label, str(len(o.mentions))])
            item.setData(0, KEY_ROLE, o.name)
            item.setToolTip(0, label + "\n" + self.tr("单击跳到第一次提及,再次单击跳到下一次"))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
            self.officials.addTopLevelItem(item)
        if not article.officials:
            self._placeholder(self.officials, self.tr("本文未识别出官员"))
        self.officials.setRootIsDecorated(False)

        current = self.current_task_id()
        self.tasks.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for t in article.tasks:
            text = t.text if not t.ordinal or t.text.startswith(t.ordinal) else f"{t.ordinal} {t.text}"
            item = QTreeWidgetItem([text, t.speaker or "—", ""])
            item.setData(0, KEY_ROLE, t.id)
            item.setToolTip(0, tip(t.text))
            parent = items.get(t.parent) if t.parent else None
            if parent is not None:
                parent.addChild(item)
            else:
                self.tasks.addTopLevelItem(item)
            items[t.id] = item
        if not article.tasks:
            self._placeholder(self.tasks, self.tr("本文未识别出任务"))
        self.tasks.expandAll()
        if current in items and same:
            self.tasks.setCurrentItem(items[current])
        if tracking is not None:
            self._tracking_read(article.id, tracking)
        elif same:
            self._apply_tracking(self._stored)
        else:
            self.refresh_tracking()

    @staticmethod
    def _placeholder(tree: QTreeWidget, text: str) -> None:
        item = QTreeWidgetItem([text, ""])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        tree.addTopLevelItem(item)

    def official_texts(self) -> list[str]:
        """What the 官员 tab lists, one line per official (for tests and accessibility)."""
        return [self.officials.topLevelItem(i).text(0) for i in range(self.officials.topLevelItemCount())
                if self.officials.topLevelItem(i).data(0, KEY_ROLE)]

    # -- merging officials ---------------------------------------------------------------------
    def selected_officials(self) -> list[str]:
        return [item.data(0, KEY_ROLE) for item in self.officials.selectedItems() if item.data(0, KEY_ROLE)]

    def _officials_menu(self, pos) -> None:
        menu = QMenu(self)
        action = menu.addAction(self.tr("合并为同一人…"), self.ask_merge)
        action.setEnabled(len(self.selected_officials()) > 1)
        menu.exec(self.officials.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def ask_merge(self) -> MergeDialog | None:
        """The selected officials are one person: choose the name kept; emits merge_requested."""
        names = self.selected_officials()
        if len(names) < 2 or self.article is None:
            return None
        counts = {o.name: len(o.mentions) for o in self.article.officials}
        dialog = MergeDialog(names, set(names), preferred_name(names, counts), self, counts)
        dialog.accepted.connect(lambda: self._merge_chosen(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _merge_chosen(self, dialog: MergeDialog) -> None:
        names, keep = dialog.values()
        if keep and len(set(names) | {keep}) > 1:
            self.merge_requested.emit(names, keep)

    # -- 督办 tracking of the tasks -------------------------------------------------------------
    def current_task_id(self) -> str | None:
        item = self.tasks.currentItem()
        return item.data(0, KEY_ROLE) if item is not None else None

    def refresh_tracking(self, article_id: int | None = None) -> None:
        """Read the tasks' tracking again (after the task board changed it); `article_id` given and
        not the open article: nothing to do."""
        if self.article is None or (article_id is not None and article_id != self.article.id):
            return
        if self.store is None:
            self._tracking_read(self.article.id, [])
        elif self.reads is None:
            self._tracking_read(self.article.id, self.store.task_rows([self.article.id]))
        else:  # the window's reads: off the GUI thread on a server library
            aid = self.article.id
            self.reads.read("tracking", lambda store: store.task_rows([aid]), lambda rows: self._tracking_read(aid, rows))

    def _tracking_read(self, article_id: int, rows: list[TaskRow]) -> None:
        if self.article is None or self.article.id != article_id:
            return  # another article was opened meanwhile
        if self.writes is not None and self.writes.busy():  # what was typed and is not stored yet shows as typed
            rows = [self._as_written(r) for r in rows]
        self._stored = rows
        self._apply_tracking(rows)

    def _apply_tracking(self, rows: list[TaskRow]) -> None:
        shown = {t.id: t for t in self.article.tasks}
        # A task is tracked as stored: an unsaved edit of the article (a new or moved task) waits for a save.
        self._rows = {r.task.id: r for r in rows
                      if not r.orphan and r.task.id in shown and shown[r.task.id].text == r.task.text}
        for item in self._task_items():
            row = self._rows.get(item.data(0, KEY_ROLE))
            status = row.tracking.status if row is not None else None
            item.setText(COL_STATUS, self.status_text(status) if status else "")
            item.setForeground(COL_STATUS, QColor(STATUS_COLORS.get(status, "#8c8c8c")))
            summary = self._tracking_summary(row.tracking) if row is not None else ""
            if row is not None and row.tracked:
                summary = self.tr("督办中") + ("\n" + summary if summary else "")
            elif row is not None:
                summary = self.tr("未纳入督办") + ("\n" + summary if summary else "")
            item.setToolTip(COL_STATUS, tip(summary))
            if row is not None and row.tracked:  # a tracked task stands out in the tree
                bold = QFont(self.tasks.font())
                bold.setBold(True)
                item.setFont(0, bold)
            else:
                item.setData(0, Qt.ItemDataRole.FontRole, None)  # the tree's own font
        self._show_current_tracking()

    def _task_items(self):
        stack = [self.tasks.topLevelItem(i) for i in range(self.tasks.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            if item.data(0, KEY_ROLE):
                yield item
            stack[0:0] = [item.child(i) for i in range(item.childCount())]

    def _tracking_summary(self, t: Tracking) -> str:
        parts = [(self.tr("责任单位"), t.lead_unit), (self.tr("配合单位"), t.assist_units), (self.tr("责任领导"), t.leader),
                 (self.tr("完成时限"), t.due), (self.tr("备注"), t.remark)]
        lines = [f"{k}:{v}" for k, v in parts if v]
        if t.progress:
            last = t.progress[-1]
            lines.append(self.tr("最新进展:{0} {1}").format(last.date, last.text))
        return "\n".join(lines)

    def _is_tracked(self, task_id: str | None = None) -> bool:
        row = self.tracking_row(task_id or self.current_task_id())
        return row is not None and bool(row.tracked)

    def _writable(self) -> bool:
        return self.store is not None and not self.read_only and not getattr(self.store, "read_only", False)

    def task_menu(self, item: QTreeWidgetItem | None) -> QMenu:
        """The task tree's context menu: 纳入督办 / 移出督办 and 督办详情 of the task under the mouse."""
        menu = QMenu(self)
        task_id = item.data(0, KEY_ROLE) if item is not None else None
        row = self.tracking_row(task_id)
        if row is not None and row.tracked:
            action = menu.addAction(self.tr("移出督办"), lambda: self.set_tracked(task_id, False))
        else:
            action = menu.addAction(self.tr("纳入督办"), lambda: self.set_tracked(task_id, True))
        action.setEnabled(row is not None and self._writable() and not self._tracking_busy())
        details = menu.addAction(self.tr("督办详情…"), self.ask_tracking)
        details.setEnabled(row is not None and self.store is not None)
        return menu

    def _tasks_menu(self, pos) -> None:
        item = self.tasks.itemAt(pos)
        if item is not None:
            self.tasks.setCurrentItem(item)
        menu = self.task_menu(item)
        menu.exec(self.tasks.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _tracking_busy(self) -> bool:
        return self.track_job is not None and not self.track_job.done

    def set_tracked(self, task_id: str | None, on: bool) -> jobs.Job | None:
        """纳入督办 / 移出督办 of one task, in the writer lane (after an import or a save queued before it);
        the tree and the board follow when it is done."""
        row = self.tracking_row(task_id)
        if row is None or not self._writable() or bool(row.tracked) == on or self._tracking_busy():
            return None
        aid, task, tid = row.article_id, row.task, row.tracking_id
        job = self.track_job = jobs.on_store(
            self.store.location, lambda store, _p, _c: store.set_task_tracked(aid, task, on, tid), jobs.WRITE).bind(self)
        self._show_current_tracking()  # the buttons of this row wait for the write
        self.tracking_label.setText(self.tr("正在纳入督办…") if on else self.tr("正在移出督办…"))

        def done(_result) -> None:
            self.refresh_tracking(aid)
            self.tracking_changed.emit(aid)

        def failed(error) -> None:
            self._show_current_tracking()
            self.tracking_label.setText(self.tr("操作失败:{0}").format(error))
        job.finished.connect(done)
        job.failed.connect(failed)
        return job

    def tracking_row(self, task_id: str | None) -> TaskRow | None:
        return self._rows.get(task_id) if task_id else None

    def _show_current_tracking(self) -> None:
        task_id = self.current_task_id()
        row = self.tracking_row(task_id)
        for w in (self.status_box, self.details_button):  # not while 纳入督办 writes the same row
            w.setEnabled(row is not None and self.store is not None and not self._tracking_busy())
        tracked = row is not None and bool(row.tracked)
        self.track_button.setText(self.tr("移出督办") if tracked else self.tr("纳入督办"))
        self.track_button.setEnabled(row is not None and self._writable() and not self._tracking_busy())
        if row is None:
            self.status_box.setCurrentIndex(0)
            self.tracking_label.setText(self.tr("先保存文章,才能为新标记的任务填写督办信息。") if task_id else
                                        self.tr("选中一项任务,填写状态和督办详情。"))
            return
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(row.tracking.status)))
        self.tracking_label.setText(self._tracking_summary(row.tracking))

    def save_tracking(self, task_id: str, tracking: Tracking, base: Tracking | None = None) -> bool:
        """Store a task's 督办 fields through the store (as the task board does); False when not tracked.
        `base`: the fields the edit started from (the dialog's; else the row shown): only the fields
        changed from it are written, and a colleague's change of one of them meanwhile is shown as a
        conflict with 保留我的 / 采用他们的 (ConflictBar), never overwritten.
        The fields show as typed at once; on a server library the write runs in the writer lane, and
        while the library cannot be reached it is kept and tried again (ui/tracking_writes.py)."""
        row = self.tracking_row(task_id)
        base = row.tracking if base is None and row is not None else base
        if row is None or self.writes is None or tracking == base or self._tracking_busy():
            return False
        aid, task = row.article_id, row.task
        # A task given 督办 fields for the first time is one the office follows (as the store records it).
        from ..editing.tracking import changed_fields

        # What the row shows at once: as read, with the fields this edit changes (a colleague's change
        # of another field read since the dialog opened stays shown).
        shown = replace(row.tracking, **{f: getattr(tracking, f) for f in changed_fields(base, tracking)})
        self._show_typed(replace(row, tracking=shown, tracked=row.tracked or ("task" if row.tracking_id is None else "")))

        self._send(aid, task, tracking, row.tracking_id, base)
        return True

    def _send(self, aid: int, task, tracking: Tracking, tracking_id: int | None, base: Tracking | None,
              resent: bool = False) -> None:
        """Hand one 督办 write to self.writes, with what the panel says of it. `resent`: an edit a
        session that ended before the library took it left on the desk (offer_held_tracking)."""
        name = task.text if len(task.text) <= 20 else task.text[:20] + "…"

        def done(_tracking_id: int, was_held: bool) -> None:
            if was_held:
                self.message.emit(self.tr("团队资料库已恢复连接,任务“{0}”的督办修改已保存。").format(name))
            elif resent:
                self.message.emit(self.tr("上次未存入的督办修改已保存:任务“{0}”。").format(name))
            self.refresh_tracking(aid)
            self.tracking_changed.emit(aid)

        def held(line: str) -> None:
            self.message.emit(self.tr("任务“{0}”的督办修改尚未存入资料库,已留在本机,稍后自动重试:{1}")
                              .format(name, line))

        def failed(line: str) -> None:
            self.message.emit(self.tr("任务“{0}”的督办修改未保存:{1}").format(name, line))
            self.refresh_tracking(aid)  # what is stored

        def conflicted(conflict, mine: Tracking) -> None:
            self.refresh_tracking(aid)  # theirs, as stored now
            self.tracking_changed.emit(aid)

            def keep() -> None:
                self._send(aid, task, mine, conflict.tracking_id or tracking_id, conflict.theirs)
            self.message.emit(self.conflict_bar.show_conflict(conflict, name, keep, lambda: self.refresh_tracking(aid)))
        self.conflict_bar.dismiss()
        self.writes.write(aid, task, tracking, tracking_id, done, held, failed, base=base, conflicted=conflicted)

    def offer_held_tracking(self) -> int:
        """At start: 督办 edits a session that ended before the team library took them left on the desk
        (a crash, or closed while the server was gone) are offered again; Yes sends them (a colleague's
        change meanwhile is a conflict, as ever), No drops them. How many were sent."""
        from PySide6.QtWidgets import QMessageBox

        held = self.writes.held_drafts() if self.writes is not None and self._writable() else []
        if not held:
            return 0
        names = "、".join("“" + (t.text if len(t.text) <= 20 else t.text[:20] + "…") + "”" for _a, _w, t, *_r in held[:3])
        Btn = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, self.tr("恢复督办修改"),
            self.tr("上次关闭前有 {0} 项督办修改尚未存入团队资料库(任务 {1}{2},最早 {3})。现在重新保存吗?").format(
                len(held), names, self.tr(" 等") if len(held) > 3 else "", held[0][1].replace("T", " ")),
            Btn.Yes | Btn.No, Btn.Yes)
        for aid, _when, task, tracking, base, tracking_id in held:
            if answer == Btn.Yes:
                self._send(aid, task, tracking, tracking_id, base, resent=True)
            else:
                self.writes.drop_draft(aid, task.id)
        return len(held) if answer == Btn.Yes else 0

    def _as_written(self, row: TaskRow) -> TaskRow:
        return row if self.writes is None else replace(row, tracking=self.writes.shown(row.article_id, row.task.id,
                                                                                      row.tracking))

    def _show_typed(self, row: TaskRow) -> None:
        """A task's 督办 fields as just typed, before the write is back."""
        key = (row.article_id, row.task.id)
        self._stored = [row if (r.article_id, r.task.id) == key else r for r in self._stored or []]
        self._apply_tracking(self._stored)

    def set_status(self, code: str) -> bool:
        row = self.tracking_row(self.current_task_id())
        if row is None:
            return False
        return self.save_tracking(row.task.id, replace(row.tracking, status=code))

    def ask_tracking(self) -> TrackingDialog | None:
        """督办详情 of the selected task: every field, saved on OK."""
        from .tracking_dialog import TrackingDialog

        task_id = self.current_task_id()
        row = self.tracking_row(task_id)
        if row is None:
            return None
        dialog = TrackingDialog(row.task.text, row.tracking, [], self, self.today, row.article_date)
        if self.store is not None:  # the names offered for 责任领导 (off the GUI thread on a server library)
            if self.reads is None:
                dialog.set_leaders(self.store.official_names())
            else:
                self.reads.read("leaders", lambda store: store.official_names(),
                                lambda names: dialog.set_leaders(names) if shiboken6.isValid(dialog) else None)
        # The dialog's fields as opened are the base: a colleague's change that comes in while it is
        # open is not written back with the fields left alone.
        dialog.accepted.connect(lambda: self.save_tracking(task_id, dialog.tracking(), base=dialog.original))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
