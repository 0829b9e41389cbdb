"""Many desks on one library: roles the database enforces, optimistic locking, one copy of each
article from two importers at once, 督办 changes heard by every window, who did what."""
from __future__ import annotations

import dataclasses
import threading
import time
from pathlib import Path

import pytest

from desktop_app.domain import Extraction, ParsedArticle, Task, Tracking
from desktop_app.editing.drafts import EditConflict
from desktop_app.store.server import ServerRefused, open_server_store, users

REPO = Path(__file__).resolve().parents[2]


def _user_url(url: str, name: str) -> str:
    return url.replace("postgres@", f"{name}@", 1)


@pytest.fixture
def library(pg_url):
    """A library with one article holding one task, and a reader, an editor and an admin."""
    with open_server_store(pg_url) as s:
        task = Task("t1", 1, "抓好整改落实", 0, 6)
        aid = s.add_article(ParsedArticle("整改会议", "抓好整改落实。其他工作。", date="2024-05-01"),
                            Extraction(tasks=(task,)))
    for name, role in (("reader", "read"), ("editor", "edit"), ("boss", "admin")):
        users.add_user(pg_url, name, role)
    return pg_url, aid, task


def test_roles_are_enforced_by_the_database(library):
    url, aid, task = library
    # (roles belong to the cluster, which other test modules share: theirs are listed too)
    assert {k: v for k, v in users.users(url) if k in ("boss", "editor", "reader")} == {
        "boss": "zhengwen_admin", "editor": "zhengwen_edit", "reader": "zhengwen_read"}
    with open_server_store(_user_url(url, "reader")) as r:
        assert r.article(aid).title == "整改会议" and r.article_ids("整改") == [aid]
        state = r.article_state(aid)
        with pytest.raises(ServerRefused):
            r.save_article_state(aid, dataclasses.replace(state, title="改了"))
        with pytest.raises(ServerRefused):
            r.add_article(ParsedArticle("新", "新的正文"), Extraction())
        with pytest.raises(ServerRefused):
            r.set_tracking(aid, task, Tracking(status="done"))
        with pytest.raises(ServerRefused):  # not even raw SQL gets past the GRANTs
            r.conn.pg("DELETE FROM articles")
    with open_server_store(_user_url(url, "editor")) as e:
        e.save_article_state(aid, dataclasses.replace(e.article_state(aid), title="编辑改过"))
        e.set_tracking(aid, task, Tracking(status="in_progress", lead_unit="市发改委"))
        with pytest.raises(ServerRefused):  # deleting articles is the admin's
            e.delete_article(aid)
        with pytest.raises(ServerRefused):  # history cannot be rewritten
            e.conn.pg("UPDATE revisions SET who = 'nobody'")
    with open_server_store(_user_url(url, "boss")) as b:
        assert b.revisions(aid)[0].who == "editor"  # the database user, not what the desk claims
        assert b.tracking_changes(aid)[0][1] == "editor"
        b.delete_article(aid)
        assert b.count() == 0


def test_the_second_save_of_the_same_version_is_a_conflict(library):
    url, aid, _ = library
    with open_server_store(_user_url(url, "editor")) as mine, open_server_store(url) as theirs:
        base = mine.article_version(aid)
        state = mine.article_state(aid)
        assert theirs.save_article_state(aid, dataclasses.replace(state, title="他们的标题"), base_version=base)
        with pytest.raises(EditConflict) as conflict:
            mine.save_article_state(aid, dataclasses.replace(state, title="我的标题"), base_version=base)
        assert conflict.value.theirs.title == "他们的标题" and conflict.value.version == base + 1
        assert mine.article(aid).title == "他们的标题"  # nothing was overwritten
        # Keep mine: save again from the version the conflict showed.
        mine.save_article_state(aid, dataclasses.replace(state, title="我的标题"), base_version=conflict.value.version)
        assert theirs.article(aid).title == "我的标题"
        assert [r.who for r in theirs.revisions(aid)] == ["editor", "postgres"]


def test_concurrent_saves_one_lands_the_other_conflicts(library):
    """Eight desks save from the same version at the same moment: exactly one lands."""
    url, aid, _ = library
    with open_server_store(url) as s:
        base, state = s.article_version(aid), s.article_state(aid)
    results, barrier = [], threading.Barrier(8)

    def desk(i):
        with open_server_store(url) as s:
            barrier.wait()
            try:
                s.save_article_state(aid, dataclasses.replace(state, note=f"desk {i}"), base_version=base)
                results.append("saved")
            except EditConflict:
                results.append("conflict")

    threads = [threading.Thread(target=desk, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == ["conflict"] * 7 + ["saved"]


def test_two_importers_of_one_folder_store_each_article_once(pg_url, tmp_path):
    from desktop_app.importer import import_paths

    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(40):
        (folder / f"{i:03d}.txt").write_text(f"第{i}号通知\n\n  各单位要抓好第{i}项工作的落实。", encoding="utf-8")
    reports, barrier = [], threading.Barrier(2)

    def importer():
        with open_server_store(pg_url) as s:
            barrier.wait()
            reports.append(import_paths(s, [folder], batch=5))

    threads = [threading.Thread(target=importer) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with open_server_store(pg_url) as s:
        assert s.count() == 40
    assert sum(len(r.imported) for r in reports) == 40 and not any(r.failed for r in reports)
    assert sum(len(r.duplicates) for r in reports) == 40


def test_a_tracking_change_reaches_another_desk_within_two_seconds(library):
    from desktop_app.store.server.notify import TrackingListener

    url, aid, task = library
    heard, event = [], threading.Event()
    listener = TrackingListener(url, lambda a: (heard.append(a), event.set())).start()
    try:
        with open_server_store(_user_url(url, "editor")) as s:
            started = time.monotonic()
            s.set_tracking(aid, task, Tracking(status="done", due="2024-06-30"))
        assert event.wait(2.0), "no notification within 2 s"
        assert heard == [aid] and time.monotonic() - started < 2.0
    finally:
        listener.stop()


def test_an_article_added_in_one_statement_reads_back_as_on_sqlite(pg_url, tmp_path):
    """ServerStore.add_article writes the row, officials, mentions and tasks in one statement: what
    a window reads back (officials with their mentions in order, tasks) equals the SQLite store's."""
    from pathlib import Path

    from desktop_app.extraction import extract
    from desktop_app.parsing import parse_text
    from desktop_app.store import Store
    from desktop_app.store.server import open_server_store

    sample = Path(__file__).resolve().parents[2] / "resources" / "samples" / "xining-2019-03-01-poverty-meeting.txt"
    parsed = parse_text(sample.read_text(encoding="utf-8"), fallback_title="sample")
    found = extract(parsed.body, title=parsed.title)
    assert len(found.officials) >= 3 and found.tasks
    lite = Store(tmp_path / "s.db")
    with open_server_store(pg_url) as srv:
        a, b = lite.add_article(parsed, found), srv.add_article(parsed, found)
        assert srv.add_article(parsed, found) is None  # the same body again: nothing written
        got, want = srv.article(b), lite.article(a)
        assert (got.officials, got.tasks) == (want.officials, want.tasks)
        assert srv.summaries([b])[b] == lite.summaries([a])[a]  # the list's counts of officials and tasks
        assert srv.conn.pg("SELECT count(*) FROM officials").fetchone()[0] == len(found.officials)
    lite.close()
