"""The server goes away while someone edits: nothing typed is lost, the window does not wait for it.

A cluster of this module's own (the session's is shared by the other tests), stopped and started
again in the tests: the editor's save runs in the writer lane, so save() returns at once; with the
server gone the pane says so in one line and keeps the draft on the desk; once the server is back
the save lands by itself (the retry) or with the next save, and the user is told.
"""
from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import pytest

from desktop_app.editing import drafts

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "xining-2019-03-01-poverty-meeting.txt"


@pytest.fixture
def server(stoppable_server):
    """The library with one article; the server is running again after each test (conftest.py)."""
    from desktop_app.extraction import extract
    from desktop_app.parsing import parse_text
    from desktop_app.store.server import open_server_store

    with open_server_store(stoppable_server.url_) as s:
        parsed = parse_text(SAMPLE.read_text(encoding="utf-8"), fallback_title="sample")
        aid = s.add_article(parsed, extract(parsed.body, title=parsed.title))
    return stoppable_server, aid


@pytest.fixture
def pane(qtbot, server, tmp_path):
    from desktop_app.store.server import open_server_store
    from desktop_app.ui.editor_pane import EditorPane

    c, aid = server
    store = open_server_store(c.url_)
    p = EditorPane(store, tmp_path / "drafts")
    qtbot.addWidget(p)
    p.show()
    p.load_article(aid)
    yield p
    p.wait_saved()
    store.close()


def _edit(pane, note: str) -> None:
    pane._push(dataclasses.replace(pane.state, note=note), "备注")


def test_the_store_connects_again_after_the_server_restarts(server):
    from desktop_app.store.server import ServerUnavailable, open_server_store

    c, aid = server
    with open_server_store(c.url_) as s:
        assert s.article(aid) is not None
        c.kill_server()
        started = time.monotonic()
        with pytest.raises(ServerUnavailable):
            s.article(aid)
        assert time.monotonic() - started < 5.5  # a clear error within the connect timeout
        c.start_server()
        assert s.article(aid).id == aid  # the next call connects again: no window restart needed


def test_a_save_with_the_server_gone_keeps_the_draft_and_lands_when_it_is_back(qtbot, pane, server, monkeypatch,
                                                                               caplog):
    from desktop_app.ui import background_save

    c, aid = server
    monkeypatch.setattr(background_save, "RETRY_MS", 300)
    pane.saver.retry_timer.setInterval(300)
    _edit(pane, "断网时写的备注")
    c.kill_server()
    started = time.monotonic()
    assert pane.save()  # starts the save in the writer lane and returns
    assert time.monotonic() - started < 0.5
    qtbot.waitUntil(lambda: "连接不上" in pane.status.text(), timeout=6000)
    assert pane.status.text() == "资料库连接不上:“西宁市委召开脱贫攻坚工作会议”的修改已存为本机草稿,连接恢复后自动保存。"
    assert pane.is_dirty() and pane.saver.busy(aid)
    found = drafts.read_draft(drafts.draft_path(pane.drafts_dir, aid))
    assert found is not None and found[2].note == "断网时写的备注"  # on the desk

    c.start_server()  # the retry saves it, and says so
    qtbot.waitUntil(lambda: "已恢复连接" in pane.status.text(), timeout=15000)
    assert pane.status.text() == "团队资料库已恢复连接,“西宁市委召开脱贫攻坚工作会议”已保存。"
    assert not pane.is_dirty() and not pane.saver.busy()
    assert not drafts.draft_path(pane.drafts_dir, aid).exists()
    assert pane.store.article(aid).note == "断网时写的备注"  # the window's own connection came back too
    assert [r.who for r in pane.store.revisions(aid)] == ["postgres"]  # saved once
    # Waiting for the server is no failed job: the log gets no traceback at every retry.
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


def test_the_next_save_after_the_server_is_back_saves_the_newest_text(qtbot, pane, server):
    c, aid = server
    pane.saver.retry_timer.setInterval(60_000)  # no retry in this test: the user saves again
    _edit(pane, "第一次")
    c.kill_server()
    assert pane.save()
    qtbot.waitUntil(lambda: "连接不上" in pane.status.text(), timeout=6000)
    _edit(pane, "第二次")  # typing goes on while the server is gone
    qtbot.waitUntil(lambda: drafts.read_draft(drafts.draft_path(pane.drafts_dir, aid))[2].note == "第二次",
                    timeout=3000)
    c.start_server()
    assert pane.save()
    qtbot.waitUntil(lambda: not pane.saver.busy(), timeout=10000)
    assert "已恢复连接" in pane.status.text() and not pane.is_dirty()
    assert pane.store.article(aid).note == "第二次"


def test_a_colleagues_save_while_the_server_was_gone_is_a_conflict_not_an_overwrite(qtbot, pane, server, monkeypatch):
    from desktop_app.store.server import open_server_store
    from desktop_app.ui import conflict_dialog

    c, aid = server
    pane.saver.retry_timer.setInterval(60_000)
    asked = []
    monkeypatch.setattr(conflict_dialog.ConflictDialog, "exec", lambda d: (asked.append(d), setattr(d, "choice", "edit"))
                        and 0)
    _edit(pane, "我的备注")
    c.kill_server()
    assert pane.save()
    qtbot.waitUntil(lambda: "连接不上" in pane.status.text(), timeout=6000)
    c.start_server()
    with open_server_store(c.url_) as other:  # a colleague saves first once it is back
        state = other.article_state(aid)
        other.save_article_state(aid, dataclasses.replace(state, note="同事的备注"),
                                 base_version=other.article_version(aid))
    pane.saver.retry()
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert pane.store.article(aid).note == "同事的备注" and pane.state.note == "我的备注" and pane.is_dirty()
    assert drafts.draft_path(pane.drafts_dir, aid).exists()
    pane.discard_changes()


def test_a_refused_save_is_one_line_and_keeps_the_draft(qtbot, server, tmp_path):
    """A reader (阅读) may not save: the database refuses, the pane says so, the draft stays."""
    from desktop_app.store.server import open_server_store, users
    from desktop_app.ui.editor_pane import EditorPane

    c, aid = server
    users.add_user(c.url_, "reader1", "read", password="pw")
    url = c.url("lib", user="reader1", password="pw")
    store = open_server_store(url)
    p = EditorPane(store, tmp_path / "drafts")
    qtbot.addWidget(p)
    p.load_article(aid)
    _edit(p, "读者的备注")
    assert p.save()
    qtbot.waitUntil(lambda: "未保存" in p.status.text(), timeout=6000)
    assert "\n" not in p.status.text() and p.status.text().startswith("“西宁市委召开脱贫攻坚工作会议”未保存:")
    assert drafts.draft_path(p.drafts_dir, aid).exists() and p.is_dirty()
    p.discard_changes()
    store.close()

