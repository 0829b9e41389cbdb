"""The store keeps articles, extractions and the search index together."""
from __future__ import annotations

import sqlite3

import pytest

from desktop_app.domain import Extraction, Official, ParsedArticle, Span, Task
from desktop_app.importer import import_paths, import_text


@pytest.fixture
def store(any_store):
    """Every test here on both backends: the SQLite store and a server library."""
    return any_store


def _article(body="市委书记王晓出席会议。王晓要求抓好落实。", title="会议", date="2020-01-01"):
    return ParsedArticle(title=title, body=body, date=date, source="某报")


def test_round_trip_keeps_offsets_and_tree(store):
    ex = Extraction(
        officials=(Official("王晓", ("市委书记",), (Span(0, 6), Span(11, 13))),),
        tasks=(Task("t1", 1, "要求抓好落实", 13, 19, speaker="王晓"),
               Task("t2", 2, "抓好落实", 15, 19, ordinal="一要", speaker="王晓", parent="t1")))
    aid = store.add_article(_article(), ex)
    a = store.article(aid)
    assert a.officials[0].titles == ("市委书记",)
    assert [a.body[m.start:m.end] for m in a.officials[0].mentions] == ["市委书记王晓", "王晓"]
    assert [(t.id, t.parent, a.body[t.start:t.end]) for t in a.tasks] == [
        ("t1", None, "要求抓好落实"), ("t2", "t1", "抓好落实")]
    assert store.summaries([aid])[aid].n_officials == 1
    assert store.summaries([aid])[aid].n_tasks == 2


def test_same_body_is_stored_once(store):
    assert store.add_article(_article(), Extraction()) is not None
    # Whitespace differences do not make a new article.
    assert store.add_article(_article(body="市委书记王晓出席会议。 王晓要求抓好落实。\n"), Extraction()) is None
    assert store.count() == 1


def test_importing_the_same_file_twice_stores_one_article(store, tmp_path, sample_text):
    f = tmp_path / "a.txt"
    f.write_text(sample_text, encoding="utf-8")
    first = import_paths(store, [f])
    second = import_paths(store, [f])
    assert len(first.imported) == 1 and first.duplicates == []
    assert second.imported == [] and second.duplicates == [str(f)]
    assert store.count() == 1


def test_folder_import_can_be_cancelled(store, tmp_path):
    import threading

    for i in range(120):
        (tmp_path / f"{i:03d}.txt").write_text(f"标题{i}\n\n正文第{i}篇,内容各不相同{i * 7}。", encoding="utf-8")
    cancel = threading.Event()

    def progress(done, total):
        if done == 60:
            cancel.set()

    report = import_paths(store, [tmp_path], progress=progress, cancel=cancel)
    assert report.cancelled
    assert 0 < store.count() < 120
    assert store.count() == len(report.imported)
    # Running it again completes the folder without duplicating what was stored.
    again = import_paths(store, [tmp_path])
    assert store.count() == 120
    assert len(again.duplicates) == len(report.imported)


def test_a_failing_article_inside_a_batch_is_undone_alone(store, tmp_path, monkeypatch):
    from desktop_app import importer

    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"标题{i}\n\n正文{i}。", encoding="utf-8")
    real = importer.extract

    def flaky(body, **kw):
        if "正文1" in body:
            raise RuntimeError("boom")
        return real(body, **kw)

    monkeypatch.setattr(importer, "extract", flaky)
    report = import_paths(store, [tmp_path])
    assert len(report.imported) == 2 and len(report.failed) == 1
    assert "boom" in report.failed[0][1]
    assert store.count() == 2


def test_store_is_wal_and_versioned(tmp_path):
    from desktop_app.store import Store

    store = Store(tmp_path / "s.db")  # the SQLite file's own settings
    con = sqlite3.connect(store.path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA user_version").fetchone()[0] >= 1
    con.close()


def test_delete_removes_from_search(store):
    aid = import_text(store, "标题\n\n独一无二的词语出现在这里。")
    assert store.article_ids("独一无二") == [aid]
    store.delete_article(aid)
    assert store.article_ids("独一无二") == []
    assert store.count() == 0


def test_rebuild_index_finds_the_same(store):
    import_text(store, "甲\n\n脱贫攻坚工作会议。")
    import_text(store, "乙\n\n乡村振兴。")
    before = store.article_ids("脱贫")
    assert store.rebuild_index() is True
    assert store.article_ids("脱贫") == before != []


def test_newest_first_whatever_the_import_order_and_undated_last(store):
    ids = {}
    for date in ("2020-05-01", None, "2021-01-01", "2019-12-31", "2020-05-01"):
        ids.setdefault(date, []).append(
            store.add_article(_article(body=f"正文{len(ids)}{date}{len(ids.get(date, []))}。", date=date), Extraction()))
    expected = [*ids["2021-01-01"], *reversed(ids["2020-05-01"]), *ids["2019-12-31"], *ids[None]]
    assert store.article_ids() == expected
    assert store.article_ids("正文") == expected  # the same order when the search index drives
    assert store.article_ids(limit=2) == expected[:2]
    assert store.article_ids(descending=False) == [*ids["2019-12-31"], *ids["2020-05-01"], *ids["2021-01-01"], *ids[None]]


def test_sqlite_utils_view_of_the_same_store(tmp_path):
    from desktop_app.store import Store

    store = Store(tmp_path / "s.db")  # sqlite-utils works on SQLite files only
    aid = store.add_article(_article(), Extraction())
    assert store.db["articles"].get(aid)["title"] == "会议"
    assert {"articles", "officials", "mentions", "tasks"} <= set(store.db.table_names())


def test_read_only_store_refuses_writes_and_keeps_reading(store):
    import pytest

    aid = store.add_article(_article(), Extraction())
    store.set_read_only()
    with pytest.raises((sqlite3.OperationalError, PermissionError)):  # the server: ServerRefused
        store.add_article(_article(body="另一篇正文。"), Extraction())
    assert store.count() == 1 and store.article(aid).title == "会议"
    assert store.article_ids("王晓") == [aid]
