"""The task board alone: rows of every article, filters, sorting, editing 督办 fields, jumping."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop_app.domain import Tracking
from desktop_app.ui.task_board import (COL_DUE, COL_NO, COL_SPEAKER, COL_STATUS, COL_TEXT, COL_TRACKED, EDITABLE,
                                       OVERDUE_BACKGROUND, SOON_BACKGROUND, TaskBoard, TaskBoardModel)
from handmade import add_plain, add_sample, tasks_in

TODAY = dt.date(2019, 8, 1)


@pytest.fixture
def board(qtbot, store):
    sample = add_sample(store)
    other_body = "会议要求,要抓好春耕生产。"
    other = add_plain(store, "春耕会议", other_body, date="2019-04-02",
                      extraction=__import__("desktop_app.domain", fromlist=["Extraction"]).Extraction(
                          tasks=tasks_in(other_body, ((1, "要抓好春耕生产"),))))
    rows = {r.task.text: r for r in store.task_rows()}
    store.set_tracking(sample, rows["一要坚持靠前指挥"].task,
                       Tracking(lead_unit="市扶贫局", due="2019-06-30", status="in_progress"))
    store.set_tracking(sample, rows["要在学习领会上再发力"].task,
                       Tracking(lead_unit="市委宣传部", assist_units="市扶贫局", due="年底前", status="done"))
    store.set_tracking(other, rows["要抓好春耕生产"].task, Tracking(lead_unit="市农业农村局", due="5月底前"))
    b = TaskBoard(store, today=TODAY)
    qtbot.addWidget(b)
    b.resize(1300, 600)
    b.show()
    b.sample_id, b.other_id = sample, other
    b.tracked_at_start = [r.task.text for r in b.shown_rows()]
    b.scope.setCurrentIndex(b.scope.findData(False))  # 全部任务: these tests read every task
    return b


def _texts(board):
    return [r.task.text for r in board.shown_rows()]


def test_lists_every_task_of_every_article(board):
    assert len(board.shown_rows()) == 11
    assert {r.article_id for r in board.shown_rows()} == {board.sample_id, board.other_id}
    assert "11 / 11" in board.count.text()


def test_filters_return_the_right_rows(qtbot, board):
    board.status.setCurrentIndex(board.status.findData("done"))
    assert _texts(board) == ["要在学习领会上再发力"]
    board.status.setCurrentIndex(0)
    board.unit.setText("市扶贫局")
    assert sorted(_texts(board)) == sorted(["一要坚持靠前指挥", "要在学习领会上再发力"])
    board.unit.clear()
    board.speaker.setCurrentIndex(board.speaker.findData("张晓容"))
    assert sorted(_texts(board)) == sorted(["要在学习领会上再发力", "要在巩固成效上再发力"])
    board.speaker.setCurrentIndex(0)
    board.due.edit.setText("2019年6月30日")  # typed as people write it
    assert sorted(_texts(board)) == sorted(["一要坚持靠前指挥", "要抓好春耕生产"])
    board.due.edit.clear()  # the ×: 不限
    board.overdue.setChecked(True)  # 2019-06-30 and 5月底前 passed on 2019-08-01, neither done
    assert sorted(_texts(board)) == sorted(["一要坚持靠前指挥", "要抓好春耕生产"])
    board.overdue.setChecked(False)
    board.text.setText("春耕")
    assert _texts(board) == ["要抓好春耕生产"]


def test_sorts_by_each_column(board):
    for col in range(board.model.columnCount()):
        board.table.sortByColumn(col, Qt.SortOrder.AscendingOrder)
        assert len(board.shown_rows()) == 11
    board.table.sortByColumn(COL_DUE, Qt.SortOrder.AscendingOrder)
    assert _texts(board)[:3] == ["要抓好春耕生产", "一要坚持靠前指挥", "要在学习领会上再发力"]
    board.table.sortByColumn(COL_STATUS, Qt.SortOrder.DescendingOrder)
    assert _texts(board)[0] == "要在学习领会上再发力"
    board.table.sortByColumn(COL_SPEAKER, Qt.SortOrder.AscendingOrder)
    speakers = [r.task.speaker or "" for r in board.shown_rows()]
    assert speakers == sorted(speakers)


def test_editing_cells_stores_tracking(board, store):
    board.table.sortByColumn(COL_NO, Qt.SortOrder.AscendingOrder)
    row = next(i for i, r in enumerate(board.shown_rows()) if r.task.text == "二要做到尽锐出战")
    proxy = board.model
    assert proxy.setData(proxy.index(row, COL_STATUS), "delayed")
    col = next(c for c, n in EDITABLE.items() if n == "progress")
    assert proxy.setData(proxy.index(row, col), "2019-04-01 已召开推进会\n完成摸底")
    stored = next(r for r in store.task_rows() if r.task.text == "二要做到尽锐出战")
    assert stored.tracking.status == "delayed"
    assert [n.date for n in stored.tracking.progress][0] == "2019-04-01"
    assert len(stored.tracking.progress) == 2
    assert proxy.index(row, COL_STATUS).data() == "延期"


def test_double_click_opens_the_article_at_the_task(qtbot, board):
    board.text.setText("尽锐出战")
    index = board.model.index(0, COL_TEXT)
    with qtbot.waitSignal(board.task_activated) as signal:
        board.table.doubleClicked.emit(index)
    row = board.shown_rows()[0]
    assert signal.args == [board.sample_id, row.task.id]


def test_numbering_follows_the_task_tree(store):
    add_sample(store)
    model = TaskBoardModel(store)
    model.reload()
    assert model.numbers[:5] == ["1", "1.1", "1.2", "1.3", "2"]


def test_the_board_holds_the_tracked_tasks_and_every_task_is_one_filter_away(qtbot, board):
    """Point 15: it showed all extracted tasks as 未开始; the office tracks the tasks it chooses."""
    assert sorted(board.tracked_at_start) == sorted(["一要坚持靠前指挥", "要在学习领会上再发力", "要抓好春耕生产"])
    board.scope.setCurrentIndex(board.scope.findData(True))  # 督办中的任务
    assert len(board.shown_rows()) == 3
    board.scope.setCurrentIndex(board.scope.findData(False))  # 全部任务
    assert len(board.shown_rows()) == 11
    # 纳入督办 one task with the 督办 checkbox
    r = _texts(board).index("二要做到尽锐出战")
    index = board.model.index(r, COL_TRACKED)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert board.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert board.model.index(r, COL_TRACKED).data(Qt.ItemDataRole.ToolTipRole) == "单独纳入督办"
    qtbot.waitUntil(lambda: not board.model.pending)  # written in the writer lane
    # a whole article, and a rule, from the store (the list's context menu calls these)
    board.model.store.track_articles([board.other_id])
    board.model.store.add_tracking_rule("tag", "重点")
    board.refresh()
    board.scope.setCurrentIndex(board.scope.findData(True))
    assert sorted(_texts(board)) == sorted(["一要坚持靠前指挥", "二要做到尽锐出战", "要在学习领会上再发力", "要抓好春耕生产"])
    # unchecked on the 督办 board: it leaves the board at once, its article stays tracked
    r = _texts(board).index("二要做到尽锐出战")
    board.model.setData(board.model.index(r, COL_TRACKED), Qt.CheckState.Unchecked.value,
                        Qt.ItemDataRole.CheckStateRole)
    assert "二要做到尽锐出战" not in _texts(board) and len(board.shown_rows()) == 3
    qtbot.waitUntil(lambda: not board.model.pending)
    board.refresh()  # as stored
    assert "二要做到尽锐出战" not in _texts(board) and len(board.shown_rows()) == 3


def test_overdue_and_due_this_week_rows_are_marked(qtbot, board):
    """Point 16: on 2019-08-01, 2019-06-30 and 5月底前 are past; a task due 2019-08-05 is due this week."""
    rows = {r.task.text: r for r in board.model.rows}
    board.model.store.set_tracking(board.sample_id, rows["二要做到尽锐出战"].task, Tracking(due="2019-08-05"))
    board.refresh()

    def cell(text, col, role=Qt.ItemDataRole.DisplayRole):
        return board.model.index(_texts(board).index(text), col).data(role)

    assert cell("一要坚持靠前指挥", COL_DUE) == "2019-06-30 · 逾期"
    assert cell("要抓好春耕生产", COL_DUE) == "2019-05-31 · 逾期"  # 5月底前 of a 2019 article
    assert cell("二要做到尽锐出战", COL_DUE) == "2019-08-05 · 本周到期"
    assert cell("要在学习领会上再发力", COL_DUE) == "2019-12-31"  # 年底前; done: never overdue
    red, amber = QColor(OVERDUE_BACKGROUND), QColor(SOON_BACKGROUND)
    assert cell("一要坚持靠前指挥", COL_TEXT, Qt.ItemDataRole.BackgroundRole) == red  # the whole row
    assert cell("二要做到尽锐出战", COL_NO, Qt.ItemDataRole.BackgroundRole) == amber
    assert cell("三要始终真抓实干", COL_TEXT, Qt.ItemDataRole.BackgroundRole) is None


def test_the_task_column_is_wide_enough_to_read_and_esc_closes(qtbot, board):
    em = board.fontMetrics().horizontalAdvance("中")
    assert board.table.columnWidth(COL_TEXT) >= 24 * em
    from PySide6.QtWidgets import QApplication

    board.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is board)
    board.table.setFocus()
    qtbot.keyClick(board.table, Qt.Key.Key_Escape)
    assert not board.isVisible()
    board.show()
    board.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is board)
    qtbot.keyClick(board.table, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not board.isVisible()


def test_the_deadline_filter_takes_typed_dates_clears_and_is_kept(qtbot, board, store, ui_state):
    """时限不晚于 was a QDateEdit behind a checkbox: now typed like the 完成时限 cells, with a ×, and kept."""
    rows = {r.task.text: r for r in store.task_rows()}
    store.set_tracking(board.other_id, rows["要抓好春耕生产"].task, Tracking(due="2019-05-31"),
                       rows["要抓好春耕生产"].tracking_id)
    board.scope.setCurrentIndex(board.scope.findData(False))
    board.refresh()
    board.due.edit.setText("2019年5月")  # a month: its last day
    assert board.due.iso() == "2019-05-31"
    assert [r.task.text for r in board.shown_rows()] == ["要抓好春耕生产"]
    board.due.edit.setText("20190530")
    assert board.shown_rows() == []
    board.due.edit.clear()  # the ×
    assert len(board.shown_rows()) > 1
    state = ui_state.for_library(store.path)
    first = TaskBoard(store, today=TODAY, state=state)
    qtbot.addWidget(first)
    first.due.edit.setText("2019-05-31")
    again = TaskBoard(store, today=TODAY, state=state)
    qtbot.addWidget(again)
    assert again.due.edit.text() == "2019-05-31" and again.due.iso() == "2019-05-31"
