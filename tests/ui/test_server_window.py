"""Two windows on one team library (a PostgreSQL server): a colleague's 督办 change shows in the
other window within 2 s, and the second save of one article is a conflict the window resolves."""
from __future__ import annotations

import dataclasses
import time

import pytest
from handmade import add_sample, event_loop_ticks, open_window

from desktop_app.domain import Tracking


@pytest.fixture
def two_desks(qtbot, pg_url, ui_state, monkeypatch):
    from desktop_app.store.server import open_server_store
    from desktop_app.ui.editor_pane import EditorPane

    # Both windows run in this process on one desk's drafts folder: a save's draft (written before
    # the save starts) must not be offered by the other window's start-up offer of drafts.
    monkeypatch.setattr(EditorPane, "offer_drafts", lambda self: None)
    a, b = open_server_store(pg_url), open_server_store(pg_url)
    aid = add_sample(a)
    wa, wb = open_window(qtbot, a, ui_state), open_window(qtbot, b, ui_state)
    for w in (wa, wb):
        w.open_article(aid)  # read off the GUI thread on a server library: shown when it is back
        qtbot.waitUntil(lambda w=w: w.reader.article is not None and w.reader.article.id == aid
                        and not w.reads.waiting(), timeout=5000)
    yield wa, wb, aid
    for w in (wa, wb):
        w.close()
    a.close()
    b.close()


def _status(window, text):
    return next(r.tracking.status for r in window.entities._stored if r.task.text == text)


def test_a_tracking_change_in_one_window_shows_in_the_other(qtbot, two_desks):
    wa, wb, aid = two_desks
    assert wa.tracking_feed is not None and wb.tracking_feed is not None
    row = next(r for r in wa.store.task_rows([aid]) if r.task.text == "一要坚持靠前指挥")
    assert _status(wb, "一要坚持靠前指挥") == "not_started"
    started = time.monotonic()
    assert wa.entities.save_tracking(row.task.id, Tracking(status="done", lead_unit="市扶贫局"))
    qtbot.waitUntil(lambda: _status(wb, "一要坚持靠前指挥") == "done", timeout=2000)
    assert time.monotonic() - started < 2.0
    board = wb.open_task_board()  # the other window's board reads the change too (on a worker)
    qtbot.waitUntil(lambda: any(r.task.text == "一要坚持靠前指挥" and r.tracking.lead_unit == "市扶贫局"
                                for r in board.model.rows), timeout=5000)


@pytest.mark.parametrize("choice", ["mine", "theirs", "edit"])
def test_the_second_save_shows_the_conflict_dialog(qtbot, two_desks, monkeypatch, choice):
    from desktop_app.ui import conflict_dialog

    wa, wb, aid = two_desks
    shown = []

    def answer(dialog):
        shown.append([dialog.table.item(r, c).text() for r in range(dialog.table.rowCount()) for c in range(3)])
        dialog.choice = choice
        return 0

    monkeypatch.setattr(conflict_dialog.ConflictDialog, "exec", answer)
    for w in (wa, wb):
        w.editor_dock.show()
        w.editor.load_article(aid)
    wb.editor.set_state(dataclasses.replace(wb.editor.state, title="他们改的标题"))
    wb.editor.undo_stack.resetClean()
    assert wb.editor.save() and wb.editor.wait_saved()
    wa.editor.set_state(dataclasses.replace(wa.editor.state, title="我改的标题"))
    wa.editor.undo_stack.resetClean()
    assert wa.editor.save()  # saving runs in the writer lane; the conflict comes back as the dialog
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert wa.editor.wait_saved()
    assert shown[0][:3] == ["标题", "他们改的标题", "我改的标题"]
    title = wa.store.article(aid).title
    if choice == "mine":
        assert title == "我改的标题" and not wa.editor.is_dirty()
        assert [r.who for r in wa.store.revisions(aid)][:2] == ["postgres", "postgres"]
    elif choice == "theirs":
        assert title == "他们改的标题" and wa.editor.state.title == "他们改的标题"
    else:
        assert title == "他们改的标题" and wa.editor.state.title == "我改的标题" and wa.editor.is_dirty()
        assert wa.editor.status.text() == "未保存:这篇文章已被其他人修改。"
        wa.editor.discard_changes()  # the window would ask about the unsaved edit when it closes


def test_the_connect_dialog_builds_a_url_and_settings_never_hold_a_password(qtbot, ui_state, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from desktop_app.ui import server_library

    def fill_and_accept(dialog):
        dialog.host.setText("db.office.lan")
        dialog.port.setValue(5433)
        dialog.database.setText("督办库")
        dialog.user.setText("zhang san")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(server_library.ConnectDialog, "exec", fill_and_accept)
    url = server_library.choose_server(ui_state, None)
    assert url == "postgresql://zhang%20san@db.office.lan:5433/%E7%9D%A3%E5%8A%9E%E5%BA%93"
    from desktop_app.store.server import url_parts

    assert url_parts(url)["dbname"] == "督办库" and url_parts(url)["user"] == "zhang san"
    saved = [str(ui_state.settings.value(k)) for k in ui_state.settings.allKeys()]
    assert url in saved and not any("password" in v for v in saved)
    reopened = server_library.ConnectDialog(url)  # the next time, the fields come back filled
    qtbot.addWidget(reopened)
    assert (reopened.host.text(), reopened.port.value(), reopened.database.text(), reopened.user.text()) == (
        "db.office.lan", 5433, "督办库", "zhang san")


@pytest.fixture
def window_on_server(qtbot, pg_url, ui_state):
    from handmade import add_plain

    from desktop_app.store.server import open_server_store

    store = open_server_store(pg_url)
    first = add_sample(store)
    other = add_plain(store, "第二篇通知", "各单位要抓好整改工作的落实。", date="2019-03-02")
    w = open_window(qtbot, store, ui_state)
    w.article_list.select_article(first)
    qtbot.waitUntil(lambda: w.reader.article is not None and w.reader.article.id == first, timeout=5000)
    yield w, first, other
    w.close()
    store.close()


def test_a_slow_server_does_not_freeze_the_window_and_says_what_happened(qtbot, window_on_server, pg_url):
    """A colleague's transaction holds the tables an article is read from (a slow server): opening
    another article returns at once, the window keeps answering, says it is waiting, and after the
    read timeout says in one line that the server did not answer; once the lock is gone it opens."""
    import psycopg

    from desktop_app.ui.window_reads import READ_TIMEOUT_MS

    w, first, other = window_on_server
    blocker = psycopg.connect(pg_url)  # not autocommit: the lock is held until rollback
    blocker.execute("LOCK TABLE officials, mentions, tasks IN ACCESS EXCLUSIVE MODE")
    try:
        started = time.monotonic()
        w.article_list.select_article(other)
        assert time.monotonic() - started < 0.5  # the click came back at once
        said = w.statusBar().currentMessage
        kept = "未能打开所选文章,阅读区仍是上一篇"
        ticks, took = event_loop_ticks(qtbot, READ_TIMEOUT_MS / 1000 + 3, until=lambda: kept in said())
        assert kept in said() and "没有及时响应" in said() and "\n" not in said(), said()
        assert took < READ_TIMEOUT_MS / 1000 + 2
        assert ticks > took / 0.02 * 0.5  # the event loop ran all along (a frozen window: 0 ticks)
        assert w.reader.article.id == first  # the reader still shows what it showed, whole
    finally:
        blocker.rollback()
        blocker.close()
    w.article_list.select_article(first)
    w.article_list.select_article(other)
    qtbot.waitUntil(lambda: w.reader.article is not None and w.reader.article.id == other, timeout=5000)
    assert w.entities.article.id == other


def test_the_waiting_line_shows_while_a_read_is_slow(qtbot, window_on_server, pg_url):
    import psycopg

    w, first, other = window_on_server
    blocker = psycopg.connect(pg_url)
    blocker.execute("LOCK TABLE officials, mentions, tasks IN ACCESS EXCLUSIVE MODE")
    try:
        w.article_list.select_article(other)
        qtbot.waitUntil(lambda: w.statusBar().currentMessage() == "正在等待团队资料库…", timeout=2000)
    finally:
        blocker.rollback()
        blocker.close()
    qtbot.waitUntil(lambda: w.reader.article.id == other, timeout=5000)
    assert w.statusBar().currentMessage() == ""  # the line goes when the read is back


def test_showing_the_editor_on_a_slow_server_does_not_freeze_the_window(qtbot, window_on_server, pg_url):
    import psycopg

    w, first, _other = window_on_server
    blocker = psycopg.connect(pg_url)
    blocker.execute("LOCK TABLE officials, mentions, tasks IN ACCESS EXCLUSIVE MODE")
    try:
        started = time.monotonic()
        w.actions.edit_article.trigger()
        assert time.monotonic() - started < 0.5 and w.editor_dock.isVisible()
        qtbot.waitUntil(lambda: w.statusBar().currentMessage() == "正在等待团队资料库…", timeout=2000)
        assert w.editor.article_id is None  # not loaded yet: its stored state is still being read
    finally:
        blocker.rollback()
        blocker.close()
    qtbot.waitUntil(lambda: w.editor.article_id == first, timeout=5000)
    assert w.editor.state.title == "西宁市委召开脱贫攻坚工作会议" and not w.editor.is_dirty()


def test_the_history_tab_reads_a_revision_without_freezing_on_a_slow_server(qtbot, window_on_server, pg_url):
    import psycopg

    w, first, _other = window_on_server
    w.store.save_article_state(first, dataclasses.replace(w.store.article_state(first), title="改过的标题"))
    w.actions.edit_article.trigger()
    qtbot.waitUntil(lambda: w.editor.article_id == first, timeout=5000)
    w.editor.tabs.setCurrentWidget(w.editor.history)
    tab = w.editor.history
    qtbot.waitUntil(lambda: tab.revision_list.count() == 1, timeout=5000)
    blocker = psycopg.connect(pg_url)
    blocker.execute("LOCK TABLE revisions IN ACCESS EXCLUSIVE MODE")
    try:
        started = time.monotonic()
        tab.revision_list.setCurrentRow(0)
        assert time.monotonic() - started < 0.5 and tab.revision_text.toPlainText() == ""
        qtbot.waitUntil(lambda: w.statusBar().currentMessage() == "正在等待团队资料库…", timeout=2000)
    finally:
        blocker.rollback()
        blocker.close()
    qtbot.waitUntil(lambda: "改过的标题" in tab.revision_text.toPlainText(), timeout=5000)
    assert "标题" in tab.revision_text.toPlainText().splitlines()[2]


def test_the_task_board_reads_on_a_worker_on_a_slow_server(qtbot, window_on_server, pg_url):
    import psycopg

    w, _first, _other = window_on_server
    blocker = psycopg.connect(pg_url)
    blocker.execute("LOCK TABLE tasks IN ACCESS EXCLUSIVE MODE")
    try:
        started = time.monotonic()
        board = w.open_task_board()
        assert time.monotonic() - started < 1.0
        assert board.count.text() == "正在读取任务…"
    finally:
        blocker.rollback()
        blocker.close()
    qtbot.waitUntil(lambda: board.count.text() != "正在读取任务…", timeout=5000)
    assert "失败" not in board.count.text(), board.count.text()
