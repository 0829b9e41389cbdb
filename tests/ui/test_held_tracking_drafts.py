"""A 督办 edit the team library has not taken is kept on the desk, beside the article drafts, so a crash
or a window closed while the server is gone loses nothing: the next start offers it again (Yes sends
it, No drops it). And it shows on the task board as typed, not only in the side panel."""
from __future__ import annotations

import psycopg
import pytest
from handmade import add_sample, open_window

from desktop_app.domain import Tracking
from desktop_app.editing import drafts
from desktop_app.ui import server_library
from desktop_app.ui.tracking_writes import WRITE_TIMEOUT_MS

TASK = "一要坚持靠前指挥"


def _row(w):
    return next(r for r in w.entities._stored if r.task.text == TASK)


def _stored(store):
    return next(r for r in store.task_rows() if r.task.text == TASK).tracking


@pytest.fixture
def gone_library(stoppable_server):
    from desktop_app.store.server import open_server_store

    store = open_server_store(stoppable_server.url_)
    add_sample(store)
    yield stoppable_server, store
    store.close()


def _answer(monkeypatch, button):
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return button
    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.mark.parametrize("resend", [True, False])
def test_a_held_edit_survives_the_window_and_is_offered_at_the_next_start(qtbot, gone_library, ui_state,
                                                                          monkeypatch, resend):
    from PySide6.QtWidgets import QMessageBox

    c, store = gone_library
    w = open_window(qtbot, store, ui_state)
    row = _row(w)
    c.kill_server()
    w.entities.save_tracking(row.task.id, Tracking(status="delayed", remark="等待回复"))
    qtbot.waitUntil(lambda: "尚未存入资料库" in w.statusBar().currentMessage(), timeout=WRITE_TIMEOUT_MS + 1500)
    assert "已留在本机" in w.statusBar().currentMessage()
    folder = server_library.drafts_dir(store)
    (path,) = drafts.pending_tracking_drafts(folder)  # on the desk, not only in the window
    found = drafts.read_tracking_draft(path)
    assert found is not None and found[3] == Tracking(status="delayed", remark="等待回复") and found[4] == Tracking()
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Close)
    assert w.close()  # closed with the server gone (or the process crashed): the edit stays on the desk
    assert "已留在本机" in asked[0] and drafts.pending_tracking_drafts(folder) == [path]

    c.start_server()
    Btn = QMessageBox.StandardButton
    asked = _answer(monkeypatch, Btn.Yes if resend else Btn.No)
    w2 = open_window(qtbot, store, ui_state)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)  # offered once the window is up
    assert asked == [f"上次关闭前有 1 项督办修改尚未存入团队资料库(任务 “{TASK}”,最早 {found[1].replace('T', ' ')})。"
                     "现在重新保存吗?"]
    if resend:
        qtbot.waitUntil(lambda: _stored(store).status == "delayed", timeout=8000)
        assert _stored(store).remark == "等待回复"
        qtbot.waitUntil(lambda: w2.statusBar().currentMessage() == f"上次未存入的督办修改已保存:任务“{TASK}”。",
                        timeout=3000)
    else:
        qtbot.wait(500)
        assert _stored(store) == Tracking()
    assert drafts.pending_tracking_drafts(folder) == []
    w2.close()


def test_an_edit_that_lands_leaves_no_draft(qtbot, gone_library, ui_state):
    c, store = gone_library
    w = open_window(qtbot, store, ui_state)
    w.entities.save_tracking(_row(w).task.id, Tracking(status="done"))
    qtbot.waitUntil(lambda: _stored(store).status == "done", timeout=5000)
    qtbot.waitUntil(lambda: not w.entities.writes.busy(), timeout=3000)
    assert drafts.pending_tracking_drafts(server_library.drafts_dir(store)) == []
    w.close()


def test_a_held_edit_shows_on_the_task_board_too(qtbot, pg_url, ui_state):
    """The side panel's edit waits (a colleague's transaction holds task_tracking against writes, reads
    go on): the board, opened and read meanwhile, shows the typed 状态, not the stored one."""
    from desktop_app.store.server import open_server_store
    from desktop_app.ui.task_board import COL_STATUS, COL_TEXT

    store = open_server_store(pg_url)
    add_sample(store)
    w = open_window(qtbot, store, ui_state)
    try:
        blocker = psycopg.connect(pg_url)
        blocker.execute("LOCK TABLE task_tracking IN SHARE MODE")  # writes wait, reads do not
        try:
            w.entities.save_tracking(_row(w).task.id, Tracking(status="in_progress"))
            board = w.open_task_board()
            board.scope.setCurrentIndex(board.scope.findData(False))  # 全部任务
            qtbot.waitUntil(lambda: board.model.rowCount() > 0 and not board.model.busy, timeout=5000)
            r = next(i for i in range(board.model.rowCount()) if board.model.data(board.model.index(i, COL_TEXT)) == TASK)
            assert board.model.data(board.model.index(r, COL_STATUS)) == "推进中"  # typed, though the read says 未启动
            assert _stored(store).status == "not_started"
            board.refresh()  # a re-read while it is still held: still as typed
            qtbot.waitUntil(lambda: not board.model.busy and "正在读取" not in board.count.text(), timeout=5000)
            r = next(i for i in range(board.model.rowCount()) if board.model.data(board.model.index(i, COL_TEXT)) == TASK)
            assert board.model.data(board.model.index(r, COL_STATUS)) == "推进中"
        finally:
            blocker.rollback()
            blocker.close()
        qtbot.waitUntil(lambda: _stored(store).status == "in_progress", timeout=12000)
        qtbot.waitUntil(lambda: not w.entities.writes.busy(), timeout=3000)  # else closing asks
    finally:
        w.close()
        store.close()
