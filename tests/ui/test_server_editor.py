"""What loads the editor or resolves a save on a team library never reads the server on the GUI thread:
the reader's highlight context menu and a merge of officials (the editor not loaded yet), and the
conflict dialog (who saved theirs). A colleague's transaction holding a table stands for a slow server."""
from __future__ import annotations

import dataclasses
import time

import pytest
from handmade import add_sample, event_loop_ticks, open_window
from PySide6.QtCore import QPoint


@pytest.fixture
def window(qtbot, pg_url, ui_state):
    from desktop_app.store.server import open_server_store

    store = open_server_store(pg_url)
    aid = add_sample(store)
    w = open_window(qtbot, store, ui_state)
    assert w.reader.article.id == aid and w.editor.article_id is None  # the editor loads when first needed
    yield w, aid
    w.close()
    store.close()


def test_the_highlight_menu_waits_for_the_editor_without_freezing(qtbot, window, held, monkeypatch):
    """Right-click in the reader with the editor not loaded and the server slow: the click returns
    at once, the window answers, the waiting line shows; the menu pops up once the article is read
    (here within MENU_LATE_S)."""
    w, aid = window
    shown = []
    monkeypatch.setattr(w.editor, "highlight_menu", lambda view, start, pos: shown.append(pos))
    lock = held("articles")
    started = time.monotonic()
    w.reader.view.customContextMenuRequested.emit(QPoint(20, 30))
    assert time.monotonic() - started < 0.5 and shown == []
    ticks, took = event_loop_ticks(qtbot, 0.6)
    assert ticks > took / 0.02 * 0.5
    assert w.statusBar().currentMessage() == "正在等待团队资料库…"
    lock.release()
    qtbot.waitUntil(lambda: shown == [QPoint(20, 30)], timeout=3000)
    assert w.editor.article_id == aid


def test_a_menu_that_waited_too_long_does_not_pop_up_late(qtbot, window, held, monkeypatch):
    from desktop_app.ui.main_window import MENU_LATE_S

    w, aid = window
    shown = []
    monkeypatch.setattr(w.editor, "highlight_menu", lambda view, start, pos: shown.append(pos))
    lock = held("articles")
    w.reader.view.customContextMenuRequested.emit(QPoint(20, 30))
    qtbot.wait(int(MENU_LATE_S * 1000) + 300)
    lock.release()
    qtbot.waitUntil(lambda: w.editor.article_id == aid, timeout=5000)
    assert shown == [] and w.statusBar().currentMessage() == "文章的标注已读取,请再次右击以修改高亮。"
    w.reader.view.customContextMenuRequested.emit(QPoint(25, 35))  # loaded now: at once
    assert shown == [QPoint(25, 35)]


def test_a_merge_on_a_slow_server_is_done_when_the_article_is_read(qtbot, window, held):
    w, aid = window
    lock = held("articles")
    started = time.monotonic()
    w.entities.merge_requested.emit(["马坚", "王晓"], "王晓")
    assert time.monotonic() - started < 0.5
    ticks, took = event_loop_ticks(qtbot, 0.6)
    assert ticks > took / 0.02 * 0.5
    assert "马坚" in [o.name for o in w.reader.article.officials]  # not merged yet: not read yet
    lock.release()
    qtbot.waitUntil(lambda: "马坚" not in [o.name for o in w.reader.article.officials], timeout=5000)
    assert w.editor.is_dirty() and w.editor.undo_action.text() == "撤销 合并官员 马坚 → 王晓"
    w.editor.discard_changes()


def test_the_conflict_dialog_reads_who_saved_theirs_off_the_gui_thread(qtbot, pg_url, ui_state, held, monkeypatch):
    """A second save of one article with the history table held: the save returns at once, the
    window answers while the conflict's details are read; the dialog names who saved theirs; 采用他们的
    版本 shows theirs without reading the server on the GUI thread."""
    from desktop_app.store.server import open_server_store
    from desktop_app.ui import conflict_dialog
    from desktop_app.ui.editor_pane import EditorPane

    monkeypatch.setattr(EditorPane, "offer_drafts", lambda self: None)
    a, b = open_server_store(pg_url), open_server_store(pg_url)
    aid = add_sample(a)
    wa, wb = open_window(qtbot, a, ui_state), open_window(qtbot, b, ui_state)
    for w in (wa, wb):
        w.editor_dock.show()
        qtbot.waitUntil(lambda w=w: w.editor.article_id == aid, timeout=5000)
    wb.editor.set_state(dataclasses.replace(wb.editor.state, title="他们改的标题"))
    assert wb.editor.save() and wb.editor.wait_saved()
    shown = []

    def answer(dialog):
        shown.append(dialog.findChildren(conflict_dialog.QLabel)[0].text())
        dialog.choice = conflict_dialog.TAKE_THEIRS
        return 0
    monkeypatch.setattr(conflict_dialog.ConflictDialog, "exec", answer)
    wa.editor.set_state(dataclasses.replace(wa.editor.state, title="我改的标题"))
    lock = held("revisions")
    started = time.monotonic()
    assert wa.editor.save()
    assert time.monotonic() - started < 0.5
    ticks, took = event_loop_ticks(qtbot, 1.0)
    assert ticks > took / 0.02 * 0.5 and shown == []
    lock.release()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "已被postgres保存" in shown[0]
    assert wa.editor.state.title == "他们改的标题" and not wa.editor.is_dirty()
    assert wa.editor.base_version == a.article_version(aid)  # the next save starts from theirs
    assert wa.editor.path is not None and wa.editor.path.endswith("xining-2019-03-01-poverty-meeting.txt")
    for w in (wa, wb):
        w.close()
    a.close()
    b.close()
