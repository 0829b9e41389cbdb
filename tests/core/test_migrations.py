"""Schema migrations keyed on PRAGMA user_version: a store written by every earlier version of the
schema opens in this program with its data kept, searchable and editable."""
from __future__ import annotations

import sqlite3

import pytest

from desktop_app.store import schema
from desktop_app.domain import Extraction, ParsedArticle
from desktop_app.store.tokens import index_text
from desktop_app.store import Store, body_hash, upgrade_rebuilds_index

TITLE, SUBTITLE, BODY = "关于春耕生产的通知", "副题", "  各区县要抓好春耕备耕工作,确保粮食生产稳定。\n  王晓同志出席会议。"
DATE = "2019-03-01"
KEY = (__import__("datetime").date.fromisoformat(DATE).toordinal()) << 20


def _build(path, version: int) -> None:
    """A store file as a program at schema `version` left it, with one article (from version 1)."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        for v in range(1, version + 1):
            conn.executescript("BEGIN;" + schema.MIGRATIONS[v] + f"PRAGMA user_version = {v}; COMMIT;")
        if version >= 1:
            conn.execute("BEGIN")
            aid = conn.execute(
                "INSERT INTO articles(title, subtitle, source, date, views, body, path, body_hash, n_officials,"
                " n_tasks, fts_key) VALUES (?,?,?,?,?,?,?,?,1,1,?)",
                (TITLE, SUBTITLE, "西宁晚报", DATE, 12, BODY, "/old/a.txt", body_hash(BODY), KEY)).lastrowid
            oid = conn.execute("INSERT INTO officials(article_id, position, name, titles) VALUES (?,0,'王晓',"
                               " '[\"市委书记\"]')", (aid,)).lastrowid
            start = BODY.index("王晓")
            conn.execute('INSERT INTO mentions(official_id, article_id, start, "end") VALUES (?,?,?,?)',
                         (oid, aid, start, start + 2))
            t0 = BODY.index("各区县")
            conn.execute('INSERT INTO tasks(article_id, task_key, level, text, start, "end") VALUES (?,?,1,?,?,?)',
                         (aid, "t1", BODY[t0:t0 + 10], t0, t0 + 10))
            if version < 3:  # the two indexes of versions 1-2: bigrams with positions, distinct characters
                head = f"{TITLE}\n{SUBTITLE}"
                bigrams = lambda t: " ".join(t[i:i + 2] for i in range(len(t) - 1) if t[i:i + 2].isalnum())
                conn.execute("INSERT INTO articles_fts(rowid, title, body) VALUES (?,?,?)",
                             (KEY, bigrams(head), bigrams(BODY)))
                conn.execute("INSERT INTO chars_fts(rowid, chars) VALUES (?,?)",
                             (KEY, " ".join(sorted({c for c in head + BODY if c.isalnum()}))))
            else:
                conn.execute("INSERT INTO search_fts(rowid, tokens) VALUES (?,?)",
                             (KEY, index_text(f"{TITLE}\n{SUBTITLE}\n{BODY}")))
            conn.execute("COMMIT")
    finally:
        conn.close()


def _version(path) -> int:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("version", range(0, schema.SCHEMA_VERSION))
def test_every_earlier_version_migrates_and_keeps_its_data(tmp_path, version):
    path = tmp_path / "old.db"
    _build(path, version)
    assert _version(path) == version
    assert upgrade_rebuilds_index(path) == (1 if version in (1, 2) else 0)  # what a window waits for
    with Store(path) as store:
        assert _version(path) == schema.SCHEMA_VERSION
        assert store.check_integrity() == []
        if version == 0:
            assert store.count() == 0
        else:
            assert store.count() == 1
            [aid] = store.article_ids(None)
            a = store.article(aid)
            assert (a.title, a.subtitle, a.source, a.date, a.views, a.body, a.path) == (
                TITLE, SUBTITLE, "西宁晚报", DATE, 12, BODY, "/old/a.txt")
            assert [o.name for o in a.officials] == ["王晓"] and a.officials[0].titles == ("市委书记",)
            assert [t.id for t in a.tasks] == ["t1"]
            assert a.tags == () and a.note == ""  # columns added by version 2 get their defaults
            # The index (rebuilt by version 3) finds it by words, single characters and
            # punctuation, and it can be edited.
            assert store.article_ids("春耕") == [aid] and store.article_ids("粮") == [aid]
            assert store.article_ids("稳定。") == [aid] and store.article_ids("春耕生产的通知") == [aid]
            state = store.article_state(aid)
            import dataclasses
            assert store.save_article_state(aid, dataclasses.replace(state, title="新标题")) is not None
            assert store.article(aid).title == "新标题" and store.article_ids("新标题") == [aid]
            # Version 4's trash: the migrated article can be deleted and restored, searchable again.
            assert store.trash_articles([aid]) == [aid] and store.article_ids("春耕") == [] and store.count() == 0
            assert store.restore_articles([aid]) == [aid] and store.article_ids("春耕") == [aid]
        # New articles go in after the migration, and the old body is still a duplicate.
        new = store.add_article(ParsedArticle("新文章", "  新的正文内容。"), Extraction())
        assert new is not None and store.article_ids("新的正文") == [new]
        if version:
            assert store.add_article(ParsedArticle("重复", BODY), Extraction()) is None
        assert store.check_integrity() == []
    assert upgrade_rebuilds_index(path) == 0
    with Store(path) as again:  # opening once more changes nothing
        assert _version(path) == schema.SCHEMA_VERSION and again.count() == (2 if version else 1)


def test_an_empty_file_becomes_a_store(tmp_path):
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    with Store(path) as store:
        assert store.count() == 0 and _version(path) == schema.SCHEMA_VERSION


def test_a_newer_schema_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "future.db"
    _build(path, schema.SCHEMA_VERSION)
    conn = sqlite3.connect(str(path))
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(RuntimeError):
        Store(path)
    assert _version(path) == schema.SCHEMA_VERSION + 1


def test_a_failed_migration_step_leaves_the_file_at_its_version(tmp_path, monkeypatch):
    path = tmp_path / "v1.db"
    _build(path, 1)
    monkeypatch.setitem(schema.MIGRATIONS, 2, schema.MIGRATIONS[2] + "\nTHIS IS NOT SQL;")
    with pytest.raises(sqlite3.Error):
        Store(path)
    assert _version(path) == 1
    monkeypatch.undo()
    with Store(path) as store:
        assert store.count() == 1 and _version(path) == schema.SCHEMA_VERSION
