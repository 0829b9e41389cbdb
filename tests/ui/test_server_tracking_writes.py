"""督办 edits on a team library never wait on the GUI thread, and nothing typed is lost when the server is
slow or gone: the side panel's and the task board's writes run in the writer lane; the fields show as
typed at once; a write the server does not take within 5 s is kept, said in one line, and tried again
until it lands. A colleague's transaction holding task_tracking stands for a slow server; this module's
own cluster is stopped for the server-gone tests (conftest.py: stoppable_server)."""
from __future__ import annotations

import time

import psycopg
import pytest
from handmade import add_sample, event_loop_ticks, open_window

from desktop_app.domain import Tracking
from desktop_app.ui.tracking_writes import WRITE_TIMEOUT_MS

TASK = "一要坚持靠前指挥"


def _row(w):
    return next(r for r in w.entities._stored if r.task.text == TASK)


def _status_cell(w) -> str:
    """The 状态 column of the task in the side panel's task tree (what the user sees)."""
    from desktop_app.ui.entities_pane import COL_STATUS

    return next(i for i in w.entities._task_items() if TASK in i.text(0)).text(COL_STATUS)


@pytest.fixture
def window(qtbot, pg_url, ui_state):
    from desktop_app.store.server import open_server_store

    store = open_server_store(pg_url)
    add_sample(store)
    w = open_window(qtbot, store, ui_state)
    yield w, store
    w.close()
    store.close()


def test_a_tracking_edit_on_a_slow_server_shows_at_once_and_lands_later(qtbot, window, pg_url):
    """The side panel's 督办 edit with task_tracking held by another desk: the call returns at once, the
    status shows as typed, the event loop runs; past the write timeout one line says it is kept and
    retried; once the table is free it is stored and the line says so."""
    w, store = window
    row = _row(w)
    blocker = psycopg.connect(pg_url)
    blocker.execute("LOCK TABLE task_tracking IN ACCESS EXCLUSIVE MODE")
    try:
        started = time.monotonic()
        assert w.entities.save_tracking(row.task.id, Tracking(status="done", lead_unit="市扶贫局"))
        assert time.monotonic() - started < 0.5
        assert _status_cell(w) == "已完成"  # as typed, before the server has it
        said = w.statusBar().currentMessage
        ticks, took = event_loop_ticks(qtbot, WRITE_TIMEOUT_MS / 1000 + 3, until=lambda: "尚未存入资料库" in said())
        assert ticks > took / 0.02 * 0.5
        assert said().startswith(f"任务“{TASK}”的督办修改尚未存入资料库,已留在本机,稍后自动重试:"), said()
        assert "\n" not in said() and took < WRITE_TIMEOUT_MS / 1000 + 2.5
        assert _status_cell(w) == "已完成"
    finally:
        blocker.rollback()
        blocker.close()
    qtbot.waitUntil(lambda: "已保存" in w.statusBar().currentMessage(), timeout=12000)
    assert w.statusBar().currentMessage() == f"团队资料库已恢复连接,任务“{TASK}”的督办修改已保存。"
    stored = next(r for r in store.task_rows() if r.task.text == TASK)
    assert (stored.tracking.status, stored.tracking.lead_unit) == ("done", "市扶贫局")
    assert _status_cell(w) == "已完成"


def test_a_board_edit_on_a_slow_server_does_not_freeze_the_window(qtbot, window, pg_url):
    from desktop_app.ui.task_board import COL_LEAD as COL_LEAD_UNIT
    from desktop_app.ui.task_board import COL_TEXT

    w, store = window
    board = w.open_task_board()
    board.scope.setCurrentIndex(board.scope.findData(False))  # 全部任务: none is tracked yet
    qtbot.waitUntil(lambda: board.model.rowCount() > 0 and not board.model.busy, timeout=5000)
    r = next(i for i in range(board.model.rowCount()) if board.model.data(board.model.index(i, COL_TEXT)) == TASK)
    index = board.model.index(r, COL_LEAD_UNIT)
    blocker = psycopg.connect(pg_url)
    blocker.execute("LOCK TABLE task_tracking IN ACCESS EXCLUSIVE MODE")
    try:
        started = time.monotonic()
        assert board.model.setData(index, "市农牧局")
        assert time.monotonic() - started < 0.5
        assert board.model.data(board.model.index(r, COL_LEAD_UNIT)) == "市农牧局"
        ticks, took = event_loop_ticks(qtbot, 1.0)
        assert ticks > took / 0.02 * 0.5
        qtbot.waitUntil(lambda: "尚未存入资料库" in board.count.text(), timeout=WRITE_TIMEOUT_MS + 3000)
        assert "尚未存入资料库" in w.statusBar().currentMessage()
    finally:
        blocker.rollback()
        blocker.close()
    qtbot.waitUntil(lambda: any(x.task.text == TASK and x.tracking.lead_unit == "市农牧局" for x in store.task_rows()),
                    timeout=12000)
    qtbot.waitUntil(lambda: "已保存" in board.count.text(), timeout=3000)


# -- the server gone ----------------------------------------------------------------------------------
@pytest.fixture
def gone_window(qtbot, stoppable_server, ui_state):
    from desktop_app.store.server import open_server_store

    store = open_server_store(stoppable_server.url_)
    add_sample(store)
    w = open_window(qtbot, store, ui_state)
    yield stoppable_server, w, store
    w.close()
    store.close()


def test_with_the_server_gone_a_tracking_edit_is_kept_and_saved_when_it_is_back(qtbot, gone_window):
    c, w, store = gone_window
    row = _row(w)
    c.kill_server()
    started = time.monotonic()
    assert w.entities.save_tracking(row.task.id, Tracking(status="in_progress", remark="等待回复"))
    assert time.monotonic() - started < 0.5
    said = w.statusBar().currentMessage
    qtbot.waitUntil(lambda: "尚未存入资料库" in said(), timeout=5500)
    assert "无法连接团队资料库" in said() and "\n" not in said(), said()
    assert _status_cell(w) == "推进中"
    w.entities.refresh_tracking()  # a read (it fails: the server is gone) does not take the typed value back
    qtbot.wait(300)
    assert _status_cell(w) == "推进中"
    c.start_server()
    qtbot.waitUntil(lambda: "已保存" in said(), timeout=15000)
    assert said() == f"团队资料库已恢复连接,任务“{TASK}”的督办修改已保存。"
    stored = next(r for r in store.task_rows() if r.task.text == TASK)
    assert (stored.tracking.status, stored.tracking.remark) == ("in_progress", "等待回复")


def test_closing_with_a_held_tracking_edit_asks_first(qtbot, gone_window, monkeypatch):
    """A 督办 edit lives in the window until the library takes it: closing then says so, and Cancel
    keeps the window (and the edit, which lands when the server is back)."""
    from PySide6.QtWidgets import QMessageBox

    c, w, store = gone_window
    row = _row(w)
    c.kill_server()
    w.entities.save_tracking(row.task.id, Tracking(status="delayed"))
    qtbot.waitUntil(lambda: "尚未存入资料库" in w.statusBar().currentMessage(), timeout=5500)
    asked = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel
    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not w.close() and w.isVisible()
    assert asked == ["有 1 项督办修改还没有存入团队资料库,已留在本机。现在关闭,下次打开时会提示重新保存。仍要关闭吗?"]
    c.start_server()
    qtbot.waitUntil(lambda: "已保存" in w.statusBar().currentMessage(), timeout=15000)
    assert next(r for r in store.task_rows() if r.task.text == TASK).tracking.status == "delayed"
    assert w.close()  # nothing left unsaved: no question
    assert len(asked) == 1
