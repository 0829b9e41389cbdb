"""督办 board, point 16: 完成时限 is a date (typed as people write it, picked in a calendar, cleared), words
that are no date are kept in 备注, and the board keeps its filters and sort across restarts per library."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget

from desktop_app.domain import Tracking
from desktop_app.ui.date_field import DateField
from desktop_app.ui.task_board import COL_DUE, COL_REMARK, COL_STATUS, COL_TEXT, TaskBoard
from handmade import add_plain, add_sample, tasks_in

TODAY = dt.date(2019, 8, 1)


@pytest.fixture
def board(qtbot, store):
    from desktop_app.domain import Extraction

    sample = add_sample(store)
    body = "会议要求,要抓好春耕生产。"
    other = add_plain(store, "春耕会议", body, date="2019-04-02",
                      extraction=Extraction(tasks=tasks_in(body, ((1, "要抓好春耕生产"),))))
    rows = {r.task.text: r for r in store.task_rows()}
    store.set_tracking(other, rows["要抓好春耕生产"].task, Tracking(lead_unit="市农业农村局", remark="重点"))
    store.track_articles([sample])
    b = TaskBoard(store, today=TODAY)
    qtbot.addWidget(b)
    b.resize(1300, 600)
    b.show()
    b.sample_id, b.other_id = sample, other
    return b


def _row(board, text):
    return [r.task.text for r in board.shown_rows()].index(text)


def _edit_due(qtbot, board, text) -> DateField:
    index = board.model.index(_row(board, text), COL_DUE)
    board.table.setCurrentIndex(index)
    board.table.edit(index)
    editor = board.table.indexWidget(index) or QApplication.focusWidget()
    while editor is not None and not isinstance(editor, DateField):
        editor = editor.parentWidget()
    assert isinstance(editor, DateField), "the 完成时限 cell opens a date editor"
    return editor


def _cell(board, text, col):
    return board.model.index(_row(board, text), col).data()


def _stored(store, text):
    return next(r.tracking for r in store.task_rows() if r.task.text == text)


@pytest.mark.parametrize("typed", ["2019-10-01", "2019年10月1日", "20191001", "2019/10/1", "２０１９年１０月１日"])
def test_typed_dates_are_saved_as_the_day(qtbot, board, store, typed):
    editor = _edit_due(qtbot, board, "要抓好春耕生产")
    editor.edit.insert(typed)  # as an input method commits it (QTest types ASCII only)
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored(store, "要抓好春耕生产").due == "2019-10-01")
    assert _cell(board, "要抓好春耕生产", COL_DUE) == "2019-10-01"
    assert _stored(store, "要抓好春耕生产").remark == "重点"  # nothing went to 备注


def test_the_calendar_opens_at_the_articles_month_and_a_click_saves_the_day(qtbot, board, store):
    editor = _edit_due(qtbot, board, "要抓好春耕生产")
    calendar = editor.open_calendar()
    assert isinstance(calendar, QCalendarWidget) and calendar.isVisible()
    assert (calendar.yearShown(), calendar.monthShown()) == (2019, 4)  # the article is of 2019-04-02
    calendar.clicked.emit(QDate(2019, 4, 30))
    qtbot.waitUntil(lambda: _stored(store, "要抓好春耕生产").due == "2019-04-30")
    assert _cell(board, "要抓好春耕生产", COL_DUE) == "2019-04-30 · 逾期"  # past on 2019-08-01: marked


def test_the_clear_button_empties_the_deadline(qtbot, board, store):
    rows = {r.task.text: r for r in store.task_rows()}
    store.set_tracking(board.other_id, rows["要抓好春耕生产"].task, Tracking(due="2019-06-30"), rows["要抓好春耕生产"].tracking_id)
    board.refresh()
    editor = _edit_due(qtbot, board, "要抓好春耕生产")
    assert editor.edit.text() == "2019-06-30" and editor.edit.isClearButtonEnabled()
    editor.edit.clear()  # what the × does
    qtbot.waitUntil(lambda: _stored(store, "要抓好春耕生产").due == "")
    assert _cell(board, "要抓好春耕生产", COL_DUE) == ""


def test_words_that_are_no_date_are_kept_in_the_remark(qtbot, board, store):
    editor = _edit_due(qtbot, board, "要抓好春耕生产")
    editor.edit.insert("下月底")
    assert "备注" in editor.toolTip()  # says where the words will go
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "下月底" in _stored(store, "要抓好春耕生产").remark)
    t = _stored(store, "要抓好春耕生产")
    assert t.due == "" and t.remark == "完成时限:下月底;重点"
    assert _cell(board, "要抓好春耕生产", COL_DUE) == ""
    assert _cell(board, "要抓好春耕生产", COL_REMARK) == "完成时限:下月底;重点"


def test_free_text_deadlines_written_before_read_as_a_date_and_a_remark(qtbot, store):
    """Rows of an older version hold 完成时限 as words: they show a date where the words name one and
    keep the words in 备注; the file is not rewritten, so nothing is lost."""
    from desktop_app.domain import Extraction

    body = "会议要求,要抓好春耕生产,要做好防汛准备。"
    aid = add_plain(store, "春耕会议", body, date="2019-04-02",
                    extraction=Extraction(tasks=tasks_in(body, ((1, "要抓好春耕生产"), (1, "要做好防汛准备")))))
    rows = {r.task.text: r for r in store.task_rows()}
    for text in rows:
        store.set_tracking(aid, rows[text].task, Tracking(remark="重点"))
    store.conn.execute("UPDATE task_tracking SET due='6月底前' WHERE anchor_text='要抓好春耕生产'")
    store.conn.execute("UPDATE task_tracking SET due='下月底' WHERE anchor_text='要做好防汛准备'")
    store.conn.commit()
    b = TaskBoard(store, today=TODAY)
    qtbot.addWidget(b)
    assert _cell(b, "要抓好春耕生产", COL_DUE) == "2019-06-30 · 逾期"
    assert _cell(b, "要抓好春耕生产", COL_REMARK) == "完成时限:6月底前;重点"
    assert _cell(b, "要做好防汛准备", COL_DUE) == ""
    assert _cell(b, "要做好防汛准备", COL_REMARK) == "完成时限:下月底;重点"
    raw = dict(store.conn.execute("SELECT anchor_text, due FROM task_tracking"))
    assert raw == {"要抓好春耕生产": "6月底前", "要做好防汛准备": "下月底"}


def test_esc_in_the_date_editor_cancels_the_edit_and_keeps_the_board(qtbot, board, store):
    board.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is board)
    editor = _edit_due(qtbot, board, "要抓好春耕生产")
    qtbot.keyClicks(editor.edit, "2019-09-09")
    editor.edit.setFocus()
    qtbot.keyClick(editor.edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert board.isVisible() and _stored(store, "要抓好春耕生产").due == ""
    board.table.setFocus()
    qtbot.keyClick(board.table, Qt.Key.Key_Escape)  # the next Esc closes the board
    assert not board.isVisible()


def test_the_board_keeps_its_filters_and_sort_across_restarts_per_library(qtbot, store, ui_state, tmp_path):
    add_sample(store)
    store.track_articles(store.article_ids())
    here = ui_state.for_library(store.path)
    first = TaskBoard(store, today=TODAY, state=here)
    qtbot.addWidget(first)
    first.scope.setCurrentIndex(first.scope.findData(False))  # 全部任务
    first.status.setCurrentIndex(first.status.findData("not_started"))
    first.speaker.setCurrentIndex(first.speaker.findData("张晓容"))
    first.text.setText("再发力")
    first.overdue.setChecked(False)
    first.table.sortByColumn(COL_TEXT, Qt.SortOrder.DescendingOrder)
    shown = [r.task.text for r in first.shown_rows()]
    assert shown == ["要在巩固成效上再发力", "要在学习领会上再发力"]
    first.close()
    first.deleteLater()
    here.settings.sync()

    from desktop_app.ui.ui_state import UiState, open_settings

    again = TaskBoard(store, today=TODAY, state=UiState(open_settings()).for_library(store.path))  # a new run
    qtbot.addWidget(again)
    assert again.scope.currentData() is False and again.status.currentData() == "not_started"
    assert again.speaker.currentData() == "张晓容" and again.text.text() == "再发力"
    header = again.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (COL_TEXT, Qt.SortOrder.DescendingOrder)
    assert [r.task.text for r in again.shown_rows()] == shown

    other = TaskBoard(store, today=TODAY, state=UiState(open_settings()).for_library(tmp_path / "other.db"))
    qtbot.addWidget(other)  # another library: its own (default) board
    assert other.scope.currentData() is True and other.text.text() == "" and other.status.currentData() == ""
    assert other.table.horizontalHeader().sortIndicatorSection() != COL_TEXT
    assert COL_STATUS  # (imported for the filter above)


def test_esc_and_ctrl_w_close_the_tracking_details_dialog_without_saving(qtbot, store):
    from desktop_app.ui.tracking_dialog import TrackingDialog

    for key, mod in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                     (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)):
        dialog = TrackingDialog("要抓好春耕生产", Tracking(due="2019-06-30"), article_date="2019-04-02")
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d)
        dialog.lead_unit.setText("市农业农村局")
        qtbot.keyClick(dialog.lead_unit, key, mod)
        assert not dialog.isVisible() and dialog.result() == 0  # rejected: nothing saved
