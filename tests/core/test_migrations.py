"""Schema migrations keyed on PRAGMA user_version: a store written by every earlier version of the
schema opens in this program with its data kept, searchable and editable."""
from __future__ import annotations

import sqlite3

import legacy_schema
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
        legacy_schema.build(conn, version)  # the SQL the program of that version ran
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
        # Version 6: the library keeps saved searches.
        from desktop_app.search.filters import Filters, SavedSearch

        store.save_search(SavedSearch("春耕", "春耕", Filters(source="西宁晚报")))
        assert store.saved_searches() == [SavedSearch("春耕", "春耕", Filters(source="西宁晚报"))]
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
    step = schema.MIGRATIONS[2]

    def half_done(conn):  # the step's tables made, then a failure
        step(conn)
        conn.execute("THIS IS NOT SQL")
    monkeypatch.setitem(schema.MIGRATIONS, 2, half_done)
    with pytest.raises(sqlite3.Error):
        Store(path)
    assert _version(path) == 1
    conn = sqlite3.connect(str(path))
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'manual_posts'").fetchone()[0] == 0
    assert "tags" not in [r[1] for r in conn.execute("PRAGMA table_info(articles)")]  # rolled back whole
    conn.close()
    monkeypatch.undo()
    with Store(path) as store:
        assert store.count() == 1 and _version(path) == schema.SCHEMA_VERSION


def _fill(conn, version: int, n: int = 25) -> None:
    """Rows in every ordinary table a store of `version` has: n articles, each with two officials,
    three mentions and two tasks; from version 2 corrections, 督办 and revisions; from 4 the trash."""
    conn.execute("BEGIN")
    for i in range(n):
        body = f"  第{i}篇:各区县要抓好春耕备耕工作。王晓、李明同志出席会议。"
        date = f"2019-03-{i % 28 + 1:02d}"
        trashed = version >= 4 and i % 10 == 9  # a trashed article has left the index (fts_key NULL)
        key = None if trashed else (__import__("datetime").date.fromisoformat(date).toordinal() << 20) + i
        aid = conn.execute(
            "INSERT INTO articles(title, subtitle, source, date, views, body, path, body_hash, n_officials, n_tasks,"
            " fts_key) VALUES (?,?,?,?,?,?,?,?,2,2,?)",
            (f"标题{i}", "副题" if i % 2 else "", "西宁晚报" if i % 3 else "新华社", date, i, body, f"/old/{i}.txt",
             body_hash(body), key)).lastrowid
        for pos, name in enumerate(("王晓", "李明")):
            oid = conn.execute("INSERT INTO officials(article_id, position, name, titles) VALUES (?,?,?,?)",
                               (aid, pos, name, '["市委书记"]' if pos == 0 else "[]")).lastrowid
            start = body.index(name)
            for _ in range(2 if pos == 0 else 1):
                conn.execute('INSERT INTO mentions(official_id, article_id, start, "end") VALUES (?,?,?,?)',
                             (oid, aid, start, start + 2))
        t0 = body.index("各区县")
        conn.execute('INSERT INTO tasks(article_id, task_key, parent_key, level, ordinal, speaker, text, start, "end")'
                     " VALUES (?,'t1',NULL,1,'一','王晓',?,?,?)", (aid, body[t0:t0 + 10], t0, t0 + 10))
        conn.execute('INSERT INTO tasks(article_id, task_key, parent_key, level, text, start, "end")'
                     " VALUES (?,'t2','t1',2,'出席会议',?,?)", (aid, t0 + 20, t0 + 24))
        if version >= 2:
            conn.execute("INSERT INTO manual_posts(article_id, name, titles) VALUES (?,'李明','[\"市长\"]')", (aid,))
            conn.execute('INSERT INTO manual_mentions(article_id, name, start, "end", review) VALUES (?,?,?,?,?)',
                         (aid, "李明", body.index("李明"), body.index("李明") + 2, i % 2))
            conn.execute('INSERT INTO suppressions(article_id, kind, start, "end") VALUES (?,\'task\',?,?)',
                         (aid, t0 + 20, t0 + 24))
            conn.execute('INSERT INTO manual_tasks(article_id, task_key, level, text, start, "end")'
                         " VALUES (?,'m1',1,'抓好春耕',?,?)", (aid, t0 + 3, t0 + 7))
            conn.execute("INSERT INTO task_overrides(article_id, anchor_start, anchor_end, anchor_text, speaker)"
                         " VALUES (?,?,?,?,'李明')", (aid, t0, t0 + 10, body[t0:t0 + 10]))
            conn.execute("INSERT INTO task_tracking(article_id, anchor_start, anchor_end, anchor_text, lead_unit, due,"
                         " status, progress) VALUES (?,?,?,?,'农牧局','2019-05-01','in_progress','[[\"2019-04-01\",\"已部署\"]]')",
                         (aid, t0, t0 + 10, body[t0:t0 + 10]))
            conn.execute("INSERT INTO revisions(article_id, who, changes, before) VALUES (?,'甲','{}','{}')", (aid,))
            conn.execute("UPDATE articles SET tags = '[\"春耕\"]', note = '备注' WHERE id = ?", (aid,))
        if version >= 3 and not trashed:  # the index of versions 3-4 holds the live articles (1-2's is
            # dropped by version 3, which re-indexes)
            conn.execute("INSERT INTO search_fts(rowid, tokens) VALUES (?,?)",
                         (key, index_text(f"标题{i}\n{'副题' if i % 2 else ''}\n{body}")))
        if trashed:
            conn.execute("INSERT INTO trash(article_id) VALUES (?)", (aid,))
    conn.execute("COMMIT")


def _rows(path) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every ordinary table's columns and rows (in rowid order)."""
    conn = sqlite3.connect(str(path))
    try:
        found = {}
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE"
                                     " 'CREATE VIRTUAL%' AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite_%'"):
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")]
            found[table] = (columns, conn.execute(f"SELECT * FROM [{table}] ORDER BY rowid").fetchall())
        return found
    finally:
        conn.close()


@pytest.mark.parametrize("version", (1, 2, 4))
def test_a_library_full_of_rows_keeps_every_row_of_every_table(tmp_path, version):
    """From the oldest schema on (and the versions the sqlite-utils steps follow): every row of every
    table is there after the migration, column for column; the columns added later hold their
    defaults; the articles are found, opened, edited and deleted as new ones are."""
    path = tmp_path / "full.db"
    conn = sqlite3.connect(str(path), isolation_level=None)
    legacy_schema.build(conn, version)
    _fill(conn, version)
    conn.close()
    before = _rows(path)
    assert sum(len(rows) for _cols, rows in before.values()) >= 25 * (8 if version == 1 else 15)
    with Store(path) as store:
        assert _version(path) == schema.SCHEMA_VERSION and store.check_integrity() == []
        after = _rows(path)
        for table, (columns, rows) in before.items():
            now_columns, now_rows = after[table]
            assert now_columns[:len(columns)] == columns, table  # added columns come after
            assert [r[:len(columns)] for r in now_rows] == rows, table
        added = {t: after[t][0][len(before[t][0]):] for t in before}
        if version == 1:
            assert added["articles"] == ["tags", "note", "edited_at"] and added["tasks"] == ["review"]
            assert {r[len(before["articles"][0]):] for r in after["articles"][1]} == {("[]", "", None)}
        if "task_tracking" in before:
            assert {r[-1] for r in after["task_tracking"][1]} == {1}  # 督办 written before version 5 stays tracked
        trashed = len(after.get("trash", ([], []))[1])
        assert store.count() == 25 - trashed
        assert len(store.article_ids("春耕")) == 25 - trashed and len(store.article_ids("王晓")) == 25 - trashed
        aid = store.article_ids("标题3")[0]
        a = store.article(aid)
        assert [o.name for o in a.officials] == ["王晓", "李明"]
        # t2 stays the extractor's; from version 2 a person suppressed it and marked m1 by hand
        assert [t.id for t in a.tasks] == (["t1", "t2"] if version == 1 else ["t1", "m1"])
        import dataclasses
        assert store.save_article_state(aid, dataclasses.replace(store.article_state(aid), title="新标题")) is not None
        assert store.article_ids("新标题") == [aid]
        assert store.trash_articles([aid]) == [aid] and store.count() == 24 - trashed
