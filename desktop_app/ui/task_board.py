"""TaskBoard: every task of every article with its 督办 fields; filter, sort, edit, jump to the text."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QStyledItemDelegate, QTableView, QVBoxLayout, QWidget)

from ..domain import TASK_STATUSES, TaskRow
from ..editing import board_view
from ..editing.board_view import numbering  # noqa: F401  (序号; was defined here)
from ..editing.tracking import (BoardFilter, article_year, due_soon, is_overdue, parse_progress, progress_text,
                                split_due)
from . import jobs
from .date_field import DateField
from .plain_text import tip
from .sort_arrow import SortHeader
from .tracking_writes import TrackingWrites

(COL_NO, COL_ARTICLE, COL_DATE, COL_SPEAKER, COL_TEXT, COL_LEADER, COL_LEAD, COL_ASSIST, COL_DUE, COL_STATUS,
 COL_PROGRESS, COL_REMARK, COL_TRACKED) = range(13)  # 督办 (tracked) last in the model, shown first
EDITABLE = {COL_LEADER: "leader", COL_LEAD: "lead_unit", COL_ASSIST: "assist_units", COL_DUE: "due",
            COL_STATUS: "status", COL_PROGRESS: "progress", COL_REMARK: "remark"}
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_COLORS = {"not_started": "#8c8c8c", "in_progress": "#1677ff", "done": "#389e0d", "delayed": "#d4380d"}
OVERDUE_BACKGROUND, SOON_BACKGROUND = "#ffd9d6", "#fff0c2"  # whole rows: past the 完成时限 / due this week
# Above this many articles the board reads its tasks on a worker: at 100,000 articles reading every
# task took 22 s, all of it a frozen window. A small library is read at once (no "reading…" flash).
BACKGROUND_FROM = 2000
# Above this many rows read, a filter or sort runs on a worker (about 1 s at 300,000 rows); below it
# it takes a few ms and is done at once.
BACKGROUND_ROWS = 20000


def prepare_view(rows: list[TaskRow], args: tuple) -> tuple[board_view.BoardRows, list[int], int]:
    """A read made ready to show: prepared, filtered and sorted by `args` (TaskBoardModel.view_args),
    with its 范围's count. Runs on a worker for a large library: must not touch widgets."""
    f, today, key, descending = args
    data = board_view.prepare(rows)
    return data, board_view.shown(data.rows, data.due, f, today, key, descending), board_view.in_scope(data.rows, f)


def _free_on_a_worker(*lists) -> None:
    """Let go of a large read on a worker, a slice at a time: dropping 300,000 rows at once is one
    call that holds the interpreter ~0.2 s, and on the GUI thread that was a frozen window. The
    lists' items are moved out (the callers replace or clear the lists right after)."""
    if sum(len(x) if isinstance(x, (list, tuple)) else 0 for x in lists) <= BACKGROUND_ROWS:
        return
    old = [list(x) for x in lists]

    def free(_progress, _cancel) -> None:
        for items in old:
            while items:
                del items[-2000:]
    jobs.run(free)


class TaskBoardModel(QAbstractTableModel):
    """Rows of the board; edits of 督办 fields go straight to the store."""

    tracking_saved = Signal(int)  # article id
    view_changed = Signal()  # the rows shown changed (a read, a filter, a sort, a row leaving)
    view_busy = Signal()  # a filter or sort started on a worker; view_changed follows
    write_failed = Signal(str)  # a 纳入督办 / 移出督办 could not be written (the row went back)
    write_message = Signal(str)  # a 督办 edit waits for the library, landed after it, or was refused: one line
    # A 督办 edit a colleague's change of the same field stopped: (TrackingConflict, task name, keep mine, take theirs)
    write_conflict = Signal(object, str, object, object)

    def __init__(self, store, parent=None, today: dt.date | None = None, writes: TrackingWrites | None = None):
        """`writes`: the window's 督办 writes (shared with the side panel, so an edit held for the
        library shows on both); the board's own when it stands alone."""
        super().__init__(parent)
        self.store = store
        self.today = today or dt.date.today()
        self.rows: list[TaskRow] = []
        self.numbers: list[str] = []  # 序号 of each row read
        self.due: list[dt.date | None] = []  # 完成时限 of each row read, as a day
        self.speakers: list[str] = []  # the 讲话人 of the rows read
        self.order: list[int] = []  # the rows shown, as indices into self.rows (filtered and sorted)
        self.board_filter = BoardFilter()
        self.sort_column, self.sort_order = COL_NO, Qt.SortOrder.AscendingOrder
        self.busy = False  # a filter or sort is running on a worker
        self.read_tracked_only = False  # the rows read are the tracked ones only (the 督办中 scope's read)
        self.scope_total = 0  # rows read that the 范围 takes in: the "of N" of the board's count
        self._generation = 0
        # 纳入督办 / 移出督办 asked on the board and not yet written (writer lane): (article, task) -> on.
        # Their rows show the new state and take no edit until the write is done.
        self.pending: dict[tuple[int, str], bool] = {}
        # 督办 field edits: off the GUI thread on a server library, kept while it cannot be reached.
        self.writes = writes if writes is not None else TrackingWrites(store, self)
        self.writes.changed.connect(self._show_unsaved)
        self.headers = [self.tr("序号"), self.tr("文章"), self.tr("日期"), self.tr("讲话人"), self.tr("任务(原文表述)"),
                        self.tr("责任领导"), self.tr("责任单位"), self.tr("配合单位"), self.tr("完成时限"), self.tr("状态"),
                        self.tr("进展情况"), self.tr("备注"), self.tr("督办")]

    def status_text(self, code: str) -> str:
        return {"not_started": self.tr("未启动"), "in_progress": self.tr("推进中"), "done": self.tr("已完成"),
                "delayed": self.tr("延期")}.get(code, code)

    def reason_text(self, row: TaskRow) -> str:
        """Why the task is on the 督办 board, for the 督办 column's tooltip."""
        return {"task": self.tr("单独纳入督办"), "article": self.tr("整篇文章纳入督办"),
                "source": self.tr("按来源规则纳入督办"), "tag": self.tr("按标签规则纳入督办")}.get(
            row.tracked, self.tr("未纳入督办(勾选即纳入)"))

    def mark(self, row: TaskRow) -> str:
        """"overdue", "soon" (due within a week) or ""."""
        year = article_year(row)
        if is_overdue(row.tracking.due, row.tracking.status, self.today, year):
            return "overdue"
        if due_soon(row.tracking.due, row.tracking.status, self.today, year):
            return "soon"
        return ""

    def reload(self) -> None:
        """Read the rows here (a small library): the 督办中 scope reads only the tracked tasks."""
        tracked_only = self.board_filter.tracked_only
        self.set_rows(self.store.task_rows(tracked_only=tracked_only), tracked_only)

    def set_rows(self, rows: list[TaskRow], tracked_only: bool = False) -> None:
        """Show these rows, prepared, filtered and sorted here (a small board; a large one is
        prepared on a worker by prepare_view and handed to set_prepared)."""
        self.set_prepared(*prepare_view(rows, self.view_args()), tracked_only=tracked_only)

    def view_args(self) -> tuple:
        """What a filter and sort pass needs besides the rows (see prepare_view)."""
        return self.board_filter, self.today, self.sort_key(), self.descending()

    def set_prepared(self, data: board_view.BoardRows, order: list[int], scope_total: int,
                     args: tuple | None = None, tracked_only: bool = False) -> None:
        """Swap in a read and the rows of it shown: all the GUI thread does with a read. `args`:
        the view_args the order was worked out for (a filter or sort changed since: a new pass)."""
        self._generation += 1  # a filter or sort still running was for the rows before
        self.read_tracked_only = tracked_only
        self.scope_total = scope_total
        _free_on_a_worker(self.rows, self.numbers, self.due)
        self.beginResetModel()
        self.rows = list(data.rows)
        if self.pending:  # 纳入督办 / 移出督办 asked and not yet written show as asked
            self.rows = [self._as_pending(r) for r in self.rows]
        self.numbers, self.due, self.speakers = list(data.numbers), list(data.due), list(data.speakers)
        if self.writes.busy():  # 督办 edits the library has not taken yet (held) show as typed, not as read
            for i, row in enumerate(self.rows):
                shown = self.writes.shown(row.article_id, row.task.id, row.tracking)
                if shown != row.tracking:
                    self.rows[i] = replace(row, tracking=shown)
                    self.due[i] = board_view.row_due(self.rows[i])
        self.order = order
        self.endResetModel()
        if args is not None and args != self.view_args():
            self.update_view()
            return
        self.busy = False
        self.view_changed.emit()

    def sort_key(self) -> str:
        return board_view.SORT_KEYS[self.sort_column]

    def descending(self) -> bool:
        return self.sort_order == Qt.SortOrder.DescendingOrder

    def set_filter(self, f: BoardFilter) -> None:
        """Show the rows `f` lets through (see update_view)."""
        self.board_filter = f
        self.update_view()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """The view's header asks for a sort: one key a row, in board_view (see update_view)."""
        self.sort_column, self.sort_order = column, order
        self.update_view()

    def update_view(self) -> None:
        """Filter and sort the rows read. Up to BACKGROUND_ROWS rows here and now; more on a worker,
        the rows shown until then staying, and only the result swapped in on the GUI thread: a pass
        over 300,000 tasks takes about a second. A newer filter, sort or read drops an older result."""
        self._generation += 1
        generation, f, today, key, descending = self._generation, self.board_filter, self.today, self.sort_key(), self.descending()
        def work(rows, due):
            return board_view.shown(rows, due, f, today, key, descending), board_view.in_scope(rows, f)

        if len(self.rows) <= BACKGROUND_ROWS:
            self._show_order(work(self.rows, self.due))
            return
        rows, due = tuple(self.rows), tuple(self.due)  # a snapshot: edits replace rows in the list
        self.busy = True
        self.view_busy.emit()
        job = jobs.run(lambda _p, _c: work(rows, due)).bind(self)
        job.finished.connect(lambda result: self._show_order(result) if generation == self._generation else None)

    def _show_order(self, result: tuple[list[int], int]) -> None:
        self.beginResetModel()
        self.order, self.scope_total = result
        self.endResetModel()
        self.busy = False
        self.view_changed.emit()

    def total(self) -> int:
        """Rows read (the 督办中 scope reads only the tracked ones); rowCount() is the rows shown."""
        return len(self.rows)

    def row_at(self, r: int) -> TaskRow:
        """The row shown at `r`."""
        return self.rows[self.order[r]]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def _as_pending(self, row: TaskRow) -> TaskRow:
        on = self.pending.get((row.article_id, row.task.id))
        return row if on is None else replace(row, tracked="task" if on else "")

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.row_at(index.row()) if 0 <= index.row() < len(self.order) else None
        if row is not None and (row.article_id, row.task.id) in self.pending:
            return base  # its 督办 is being written: no second write of the same row meanwhile
        if index.column() == COL_TRACKED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in EDITABLE else base

    def _value(self, row: TaskRow, col: int, number: str):
        t, tr = row.task, row.tracking
        return {COL_NO: number, COL_ARTICLE: row.article_title, COL_DATE: row.article_date or "",
                COL_SPEAKER: t.speaker or "", COL_TEXT: t.text, COL_LEADER: tr.leader, COL_LEAD: tr.lead_unit,
                COL_ASSIST: tr.assist_units, COL_DUE: tr.due, COL_STATUS: self.status_text(tr.status),
                COL_PROGRESS: progress_text(tr.progress), COL_REMARK: tr.remark, COL_TRACKED: ""}[col]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        i, col = self.order[index.row()], index.column()
        row = self.rows[i]
        if col == COL_TRACKED and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.tracked else Qt.CheckState.Unchecked
        if col == COL_TRACKED and role == Qt.ItemDataRole.ToolTipRole:
            return self.reason_text(row)
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._value(row, col, self.numbers[i])
            if col == COL_DUE and value:
                mark = self.mark(row)
                if mark == "overdue":
                    return value + self.tr(" · 逾期")
                if mark == "soon":
                    return value + self.tr(" · 本周到期")
            if col == COL_PROGRESS and row.tracking.progress:
                last = row.tracking.progress[-1]
                return f"{last.date} {last.text}" + (" …" if len(row.tracking.progress) > 1 else "")
            if col == COL_TEXT and row.orphan:
                return self.tr("(原文已删改)") + value
            if col == COL_TEXT and row.task.review:
                return self.tr("(待复核)") + value
            return value
        if role == Qt.ItemDataRole.EditRole:
            if col == COL_STATUS:
                return row.tracking.status
            return self._value(row, col, self.numbers[i])
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_PROGRESS:
                return tip(progress_text(row.tracking.progress)) or None
            if col == COL_TEXT and (row.task.review or row.orphan):
                return tip(self._value(row, col, "") + "\n" + self.tr("正文编辑触及这项任务,请在原文中核对。"))
            if col in (COL_TEXT, COL_ARTICLE):
                return self._value(row, col, "")
            if col == COL_DUE and self.mark(row) == "overdue":
                return self.tr("已超过完成时限")
            if col == COL_DUE and self.mark(row) == "soon":
                return self.tr("7 天内到期")
        if role == Qt.ItemDataRole.ForegroundRole:
            if col != COL_STATUS and self.mark(row):
                return QColor("#cf1322" if col == COL_DUE else "#000000")  # readable on the marked row
            if col == COL_STATUS:
                return QColor(STATUS_COLORS.get(row.tracking.status, "#000000"))
            if col == COL_DUE and is_overdue(row.tracking.due, row.tracking.status, self.today, article_year(row)):
                return QColor("#cf1322")
            if row.orphan:
                return QColor("#8c8c8c")
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_TEXT and (row.task.review or row.orphan):
            return QColor("#fff1b8")
        if role == Qt.ItemDataRole.BackgroundRole and self.mark(row):
            return QColor(OVERDUE_BACKGROUND if self.mark(row) == "overdue" else SOON_BACKGROUND)
        if role == ROW_ROLE:
            return row
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if index.column() == COL_TRACKED and role == Qt.ItemDataRole.CheckStateRole:
            return self.set_tracked(index.row(), Qt.CheckState(value) == Qt.CheckState.Checked) is not None
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        i = self.order[index.row()]
        row = self.rows[i]
        name = EDITABLE[index.column()]
        if name == "progress":
            value = parse_progress(str(value), self.today)
        elif name == "status" and value not in TASK_STATUSES:
            return False
        else:
            value = str(value).strip()
        tracking = replace(row.tracking, **{name: value})
        if name == "due":  # a date; words such as 下月底 go to 备注 (as the store keeps them)
            due, remark = split_due(value, row.tracking.remark, article_year(row))
            tracking = replace(tracking, due=due, remark=remark)
        if tracking == row.tracking:
            return False
        self._write(i, row, tracking)
        return True

    def _write(self, i: int, row: TaskRow, tracking) -> None:
        """The row shows the edit at once; the write runs through self.writes (on a server library in
        the writer lane; kept and retried while the library cannot be reached; refused: the row goes back)."""
        key, aid = (row.article_id, row.task.id), row.article_id
        name = row.task.text if len(row.task.text) <= 20 else row.task.text[:20] + "…"
        # A task given 督办 fields for the first time is one the office follows (as the store records it).
        self._replace(i, replace(row, tracking=tracking, tracked=row.tracked or ("task" if row.tracking_id is None else "")))

        def done(tid: int, was_held: bool) -> None:
            found = self._find(key, i)
            if found is not None and (self.rows[found].tracking, self.rows[found].tracking_id) != (tracking, tid):
                self._replace(found, replace(self.rows[found], tracking=tracking, tracking_id=tid))
            if was_held:
                self.write_message.emit(self.tr("团队资料库已恢复连接,任务“{0}”的督办修改已保存。").format(name))
            self.tracking_saved.emit(aid)

        def held(line: str) -> None:
            self.write_message.emit(self.tr("任务“{0}”的督办修改尚未存入资料库,已留在本机,稍后自动重试:{1}")
                                    .format(name, line))

        def failed(line: str) -> None:
            found = self._find(key, i)
            if found is not None and self.rows[found].tracking == tracking:
                self._replace(found, replace(self.rows[found], tracking=row.tracking))  # back to what is stored
            self.write_message.emit(self.tr("任务“{0}”的督办修改未保存:{1}").format(name, line))

        def conflicted(conflict, mine) -> None:
            def show(value, tid) -> None:
                found = self._find(key, i)
                if found is not None:
                    self._replace(found, replace(self.rows[found], tracking=value, tracking_id=tid))
            show(conflict.theirs, conflict.tracking_id or row.tracking_id)  # what is stored now

            def keep() -> None:
                found = self._find(key, i)
                if found is not None:
                    self._write(found, self.rows[found], mine)
            self.write_conflict.emit(conflict, name, keep, lambda: None)
        self.writes.write(aid, row.task, tracking, row.tracking_id, done, held, failed, base=row.tracking,
                          conflicted=conflicted)

    def _show_unsaved(self, article_id: int, task_id: str) -> None:
        """A write of this task was asked or held (the side panel's too): its row shows the fields typed."""
        i = self._find((article_id, task_id), 0)
        if i is not None:
            shown = self.writes.shown(article_id, task_id, self.rows[i].tracking)
            if shown != self.rows[i].tracking:
                self._replace(i, replace(self.rows[i], tracking=shown))

    def set_tracked(self, r: int, on: bool):
        """纳入督办 / 移出督办 of one task (the 督办 checkbox), written in the writer lane (after an import
        queued before it); the row shows it at once. The Job, or None when there is nothing to do."""
        i = self.order[r]
        row = self.rows[i]
        key = (row.article_id, row.task.id)
        if bool(row.tracked) == on or row.orphan or key in self.pending:
            return None
        self.pending[key] = on
        self._replace(i, replace(row, tracked="task" if on else ""))
        aid, task, tid = row.article_id, row.task, row.tracking_id
        job = jobs.on_store(self.store.location, lambda store, _p, _c: store.set_task_tracked(aid, task, on, tid),
                            jobs.WRITE).bind(self)

        def done(new_tid) -> None:
            self.pending.pop(key, None)
            found = self._find(key, i)
            if found is not None:
                self._replace(found, replace(self.rows[found], tracking_id=new_tid, tracked="task" if on else ""))
            self.tracking_saved.emit(aid)

        def failed(error) -> None:
            self.pending.pop(key, None)
            found = self._find(key, i)
            if found is not None:
                self._replace(found, replace(self.rows[found], tracked=row.tracked))
            self.write_failed.emit(str(error))
        job.finished.connect(done)
        job.failed.connect(failed)
        return job

    def _find(self, key: tuple[int, str], hint: int) -> int | None:
        """Where the row of `key` is now (`hint`, unless a read came in between)."""
        if hint < len(self.rows) and (self.rows[hint].article_id, self.rows[hint].task.id) == key:
            return hint
        return next((i for i, x in enumerate(self.rows) if (x.article_id, x.task.id) == key), None)

    def _replace(self, i: int, row: TaskRow) -> None:
        """Row `i` of the read changed (an edit, 纳入督办): repaint it where it is shown; one the filter
        no longer lets through leaves the view at once (unchecked on the 督办中 board), one it lets
        through again comes back with the next pass."""
        if self.board_filter.tracked_only:
            self.scope_total += bool(row.tracked) - bool(self.rows[i].tracked)
        self.rows[i] = row
        self.due[i] = board_view.row_due(row)
        accepted = self.board_filter.accepts(row, self.today, self.due[i])
        try:
            r = self.order.index(i)
        except ValueError:
            if accepted:
                self.update_view()
            return
        if accepted:
            self.dataChanged.emit(self.index(r, 0), self.index(r, self.columnCount() - 1))
            return
        self.beginRemoveRows(QModelIndex(), r, r)
        del self.order[r]
        self.endRemoveRows()
        self.view_changed.emit()


class _StatusDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        model = index.model().sourceModel() if hasattr(index.model(), "sourceModel") else index.model()
        for code in TASK_STATUSES:
            box.addItem(model.status_text(code), code)
        return box

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class _DueDelegate(QStyledItemDelegate):
    """完成时限: a date typed (2019-10-01, 2019年10月1日, 20191001, 2019-10 for its last day) or picked in
    a calendar that opens at the article's month; × clears it; words that are no date go to 备注."""

    def createEditor(self, parent, option, index):
        row: TaskRow = index.data(ROW_ROLE)
        article = QDate.fromString((row.article_date or "")[:10], "yyyy-MM-dd") if row else QDate()
        field = DateField(self.tr("完成时限"), True, lambda: article if article.isValid() else None, parent,
                          words_note=self.tr("不是日期:保存时记入“备注”,完成时限留空"))
        field.edit.setPlaceholderText(self.tr("无(长期坚持)"))
        field.setAutoFillBackground(True)
        field.picked.connect(lambda: self._done(field))  # a day chosen in the calendar, or ×: saved at once
        return field

    def _done(self, field: DateField) -> None:
        self.commitData.emit(field)
        self.closeEditor.emit(field, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor, index):
        editor.edit.blockSignals(True)
        editor.set_iso(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.edit.blockSignals(False)

    def setModelData(self, editor, model, index):
        model.setData(index, editor.edit.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index):
        rect = option.rect
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)


class _ProgressDelegate(QStyledItemDelegate):
    """进展情况: one dated note a line."""

    def createEditor(self, parent, option, index):
        edit = QPlainTextEdit(parent)
        edit.setPlaceholderText(self.tr("每行一条,如:2019-04-01 已召开推进会(不写日期则记为今天)"))
        return edit

    def setEditorData(self, editor, index):
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor, model, index):
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index):
        rect = option.rect
        rect.setHeight(max(rect.height(), 90))
        rect.setWidth(max(rect.width(), 320))
        editor.setGeometry(rect)


class TaskBoard(QWidget):
    """The 任务督办 window."""

    task_activated = Signal(int, str)  # article id, task id: show the article at the task
    tracking_changed = Signal(int)  # article id: a 督办 field was edited on the board
    filter_changed = Signal()  # the rows shown changed (filter or reload)
    export_requested = Signal(list)  # the shown rows' task keys, (article id, task id), to export
    close_requested = Signal()  # Esc / Ctrl+W on the board shown inside the main window
    rules_changed = Signal()  # a 督办 rule was added or removed: which tasks are tracked changed
    message = Signal(str)  # one line for the window's status bar (a 督办 edit held for the library, landed, refused)

    def __init__(self, store, parent=None, today: dt.date | None = None, state=None,
                 writes: TrackingWrites | None = None):
        """`state`: the library's UiState; the board's filters and sort are kept there between runs.
        `writes`: the window's 督办 writes (TaskBoardModel)."""
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("任务督办"))
        self.model = TaskBoardModel(store, self, today, writes)
        self.model.view_changed.connect(self._view_shown)
        self.model.view_busy.connect(self._show_filtering)

        self.scope = QComboBox(self)
        self.scope.setObjectName("board_scope")
        self.scope.addItem(self.tr("督办中的任务"), True)
        self.scope.addItem(self.tr("全部任务"), False)
        self.scope.setToolTip(self.tr("督办中的任务:单独纳入、整篇文章纳入或按来源/标签规则纳入的任务;"
                                      "全部任务:文章中识别出的每一项任务(勾选“督办”列即纳入)"))
        self.rules_button = QPushButton(self.tr("督办规则…"), self)
        self.rules_button.setToolTip(self.tr("来自某个来源或带某个标签的文章,其全部任务自动纳入督办"))
        self.rules_button.clicked.connect(self.open_rules)
        self.rules_dialog = None
        self.status = QComboBox(self)
        self.status.addItem(self.tr("全部状态"), "")
        for code in TASK_STATUSES:
            self.status.addItem(self.model.status_text(code), code)
        self.speaker = QComboBox(self)
        self.unit = QLineEdit(self)
        self.unit.setPlaceholderText(self.tr("责任/配合单位"))
        self.unit.setClearButtonEnabled(True)
        # 时限不晚于: typed as the 完成时限 cells are (2019-10-01, 2019年10月1日, 2019-10 for its last day),
        # or picked in a calendar; empty (×) is 不限. It was a QDateEdit behind a checkbox.
        self.due = DateField(self.tr("只看完成时限不晚于这一天的任务"), True, lambda: None, self)
        self.due.setObjectName("board_due_before")
        self.due.edit.setPlaceholderText(self.tr("不限"))
        self.due.setMaximumWidth(self.fontMetrics().horizontalAdvance("2019-10-01") * 2)
        self.overdue = QCheckBox(self.tr("只看逾期"), self)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("任务或文章标题中的文字"))
        self.text.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self._restoring, self._wanted_speaker = False, ""
        self.export_button = QPushButton(self.tr("导出筛选结果…"), self)
        self.export_button.setToolTip(self.tr("把看板当前显示的任务(含督办信息)导出为任务分解表"))
        self.export_button.clicked.connect(lambda: self.export_requested.emit(self.shown_task_keys()))
        self.model.tracking_saved.connect(self.tracking_changed)
        self.model.write_failed.connect(lambda error: self.count.setText(self.tr("操作失败:{0}").format(error)))
        self.model.write_message.connect(self.count.setText)
        self.model.write_message.connect(self.message)
        from .tracking_conflict import ConflictBar

        self.conflict_bar = ConflictBar(self)
        self.model.write_conflict.connect(
            lambda conflict, name, keep, take: self.message.emit(self.conflict_bar.show_conflict(conflict, name, keep, take)))

        bar = QHBoxLayout()
        for w in (QLabel(self.tr("范围:"), self), self.scope, self.rules_button, QLabel(self.tr("状态:"), self), self.status, QLabel(self.tr("讲话人:"), self), self.speaker,
                  QLabel(self.tr("单位:"), self), self.unit, QLabel(self.tr("时限不晚于:"), self), self.due, self.overdue,
                  QLabel(self.tr("查找:"), self), self.text):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.count)
        bar.addWidget(self.export_button)

        self.table = QTableView(self)
        self.table.setHorizontalHeader(SortHeader(self.table))  # the arrow points the way the rows run
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NO, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(COL_STATUS, _StatusDelegate(self.table))
        self.table.setItemDelegateForColumn(COL_PROGRESS, _ProgressDelegate(self.table))
        self.table.setItemDelegateForColumn(COL_DUE, _DueDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.moveSection(header.visualIndex(COL_TRACKED), 0)
        em = self.fontMetrics().horizontalAdvance("中")
        # The task is what people read: the other columns are narrow, the task takes the rest (at
        # least 24 characters a line; rows grow to show it whole).
        header.setMinimumSectionSize(3 * em)
        for col, chars in ((COL_TRACKED, 3), (COL_NO, 3), (COL_ARTICLE, 9), (COL_DATE, 7), (COL_SPEAKER, 4),
                           (COL_LEADER, 4), (COL_LEAD, 6), (COL_ASSIST, 6), (COL_DUE, 12), (COL_STATUS, 4),
                           (COL_PROGRESS, 9), (COL_REMARK, 10)):
            # In characters, and never narrower than its header or (状态) its longest value: the
            # English "Supporting units", "Not started" are wider than 配合单位, 未启动.
            texts = [str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")]
            if col == COL_STATUS:
                texts += [self.model.status_text(code) for code in TASK_STATUSES]
            widest = max(header.fontMetrics().horizontalAdvance(t) for t in texts) + int(1.6 * em)
            self.table.setColumnWidth(col, max(chars * em, widest))
        self.table.setMinimumWidth(24 * em)
        self.table.doubleClicked.connect(self._activated)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.conflict_bar)
        layout.addWidget(self.table, 1)
        hint = QLabel(self.tr("双击任务或文章跳到原文;双击责任领导、单位、时限、状态、进展、备注可直接修改。"), self)
        hint.setStyleSheet("color: gray")
        layout.addWidget(hint)

        self.scope.currentIndexChanged.connect(self.apply_filter)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.speaker.currentIndexChanged.connect(self.apply_filter)
        self.unit.textChanged.connect(self.apply_filter)
        self.text.textChanged.connect(self.apply_filter)
        self.due.edited.connect(self.apply_filter)
        self.due.picked.connect(self.apply_filter)
        self.overdue.toggled.connect(self.apply_filter)
        for keys in ("Esc", "Ctrl+W"):  # close what Ctrl+T opened (a cell being edited takes Esc first)
            shortcut = QShortcut(QKeySequence(keys), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._close)
        self._restoring = True
        self.set_view_state(state.board_view() if state is not None else {})
        self._restoring = False
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._save_view)
        self.refresh()

    def view_state(self) -> dict:
        """Filters and sort as the user left them (kept per library by the window's UiState)."""
        header = self.table.horizontalHeader()
        return {"tracked_only": bool(self.scope.currentData()), "status": self.status.currentData() or "",
                "speaker": self.speaker.currentData() or "", "unit": self.unit.text(), "text": self.text.text(),
                "due_before": self.due.iso(),
                "overdue": self.overdue.isChecked(), "sort_column": header.sortIndicatorSection(),
                "sort_ascending": header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder}

    def set_view_state(self, view: dict) -> None:
        """Put back what view_state() gave; anything missing or malformed keeps its default."""
        def get(key, kind, default):
            value = view.get(key, default)
            return value if isinstance(value, kind) else default

        self.scope.setCurrentIndex(max(0, self.scope.findData(get("tracked_only", bool, True))))
        self.status.setCurrentIndex(max(0, self.status.findData(get("status", str, ""))))
        self._wanted_speaker = get("speaker", str, "")  # the choices come with the rows (refresh)
        self.unit.setText(get("unit", str, ""))
        self.text.setText(get("text", str, ""))
        due = QDate.fromString(get("due_before", str, ""), "yyyy-MM-dd")
        self.due.set_iso(due.toString("yyyy-MM-dd") if due.isValid() else "")
        self.overdue.setChecked(get("overdue", bool, False))
        column = get("sort_column", int, COL_NO)
        order = Qt.SortOrder.AscendingOrder if get("sort_ascending", bool, True) else Qt.SortOrder.DescendingOrder
        self.table.sortByColumn(column if 0 <= column < self.model.columnCount() else COL_NO, order)

    def _save_view(self, *_args) -> None:
        if self.state is not None and not self._restoring:
            self.state.set_board_view(self.view_state())

    def open_rules(self):
        """督办规则…: the rules dialog; the board reads its rows again when a rule changes."""
        from .tracking_rules_dialog import TrackingRulesDialog

        store = self.model.store
        dialog = self.rules_dialog = TrackingRulesDialog(store.location, self,
                                                         read_only=getattr(store, "read_only", False))
        dialog.rules_changed.connect(self.refresh)
        dialog.rules_changed.connect(self.rules_changed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _close(self) -> None:
        if self.isWindow():
            self.close()
        else:
            self.close_requested.emit()  # a view of the main window: it goes back to the reader

    def refresh(self) -> None:
        """Read the tasks again (after a save or an import): the 督办中 scope reads only the tracked
        ones. For a large library (and any server library) the read, and the filter and sort of it, run on a worker and the
        rows shown until then stay (see BACKGROUND_FROM); the GUI thread only swaps the result in."""
        self._generation = getattr(self, "_generation", 0) + 1
        self.model.board_filter = self.current_filter()
        self._reading_tracked_only = tracked_only = self.model.board_filter.tracked_only
        store = self.model.store
        location = getattr(store, "location", None)
        # A server library reads on a worker whatever its size: a slow server must not freeze the window.
        if location is None or (not getattr(store, "is_server", False) and store.count() < BACKGROUND_FROM):
            self.model.reload()
            return
        generation, args = self._generation, self.model.view_args()
        self.count.setText(self.tr("正在读取任务…"))
        job = jobs.on_store(location, lambda worker_store, _progress, _cancel: list(prepare_view(
            worker_store.task_rows(tracked_only=tracked_only), args))).bind(self)

        def read(result: list) -> None:
            if generation == self._generation:
                rows, order, scope_total = result
                self.model.set_prepared(rows, order, scope_total, args=args, tracked_only=tracked_only)
            data = result[0]  # the Job keeps its result: it must not keep the rows too
            _free_on_a_worker(data.rows, data.numbers, data.due, result[1])
            result.clear()
        job.finished.connect(read)
        job.failed.connect(lambda error: self.count.setText(self.tr("读取失败:{0}").format(error))
                           if generation == self._generation else None)

    def _update_speakers(self) -> None:
        """The 讲话人 choices are those of the rows read; the one chosen stays chosen."""
        current = self.speaker.currentData() or self._wanted_speaker
        if [self.speaker.itemData(i) for i in range(1, self.speaker.count())] == self.model.speakers:
            return
        self._wanted_speaker = ""
        self.speaker.blockSignals(True)
        self.speaker.clear()
        self.speaker.addItem(self.tr("全部"), "")
        for name in self.model.speakers:
            self.speaker.addItem(name, name)
        self.speaker.setCurrentIndex(max(0, self.speaker.findData(current)))
        self.speaker.blockSignals(False)

    def current_filter(self) -> BoardFilter:
        iso = self.due.iso()
        return BoardFilter(status=self.status.currentData() or "", speaker=self.speaker.currentData() or "",
                           unit=self.unit.text().strip(),
                           due_before=dt.date.fromisoformat(iso) if iso else None,
                           overdue=self.overdue.isChecked(), text=self.text.text().strip(),
                           tracked_only=bool(self.scope.currentData()))

    def apply_filter(self, *_args) -> None:
        """A filter changed: filter the rows read (on a worker when there are many, see
        TaskBoardModel.update_view); 全部任务 after a read of the tracked ones only reads again."""
        if self._restoring:
            return
        f = self.current_filter()
        if not f.tracked_only and getattr(self, "_reading_tracked_only", True):  # the last read had the tracked only
            self.refresh()
        else:
            self.model.set_filter(f)
        self._save_view()

    def _show_filtering(self) -> None:
        self.count.setText(self.tr("正在筛选…"))

    def _view_shown(self) -> None:
        """The rows shown changed: the count, the export button, the row heights."""
        self._update_speakers()
        shown = self.model.rowCount()
        self.count.setText(self.tr("{0} / {1} 项任务").format(f"{shown:,}", f"{self.model.scope_total:,}"))
        self.export_button.setEnabled(shown > 0)
        if shown <= 500:  # a task is read whole; a long list keeps one line a row
            self.table.resizeRowsToContents()
        self.filter_changed.emit()

    def shown_rows(self) -> list[TaskRow]:
        """The rows as shown, in order (for tests and export)."""
        return [self.model.row_at(i) for i in range(self.model.rowCount())]

    def shown_task_keys(self) -> list[tuple[int, str]]:
        """(article id, task id) of the rows shown, in the board's order: what 导出筛选结果 exports."""
        return [(r.article_id, r.task.id) for r in self.shown_rows()]

    def is_filtered(self) -> bool:
        return self.model.rowCount() != self.model.scope_total

    def _activated(self, index) -> None:
        if index.column() in EDITABLE:
            return  # a double-click there edits the cell
        row: TaskRow = index.data(ROW_ROLE)
        if row is not None and not row.orphan:
            self.task_activated.emit(row.article_id, row.task.id)
