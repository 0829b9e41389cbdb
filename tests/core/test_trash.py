"""The trash (回收站): a deleted article leaves search, counts, the people index and statistics at once,
and comes back whole (corrections, 督办, revisions) on restore; emptying deletes it for good."""
from __future__ import annotations

import pytest

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain import Corrections, Extraction, Official, ParsedArticle, Span, Task, Tracking
from desktop_app.importer import import_paths


@pytest.fixture
def store(any_store):
    """Every test here on both backends: the SQLite store and a server library."""
    return any_store

BODY_A = "市委书记王晓出席会议。王晓要求抓好春耕落实。"
BODY_B = "市长张明主持会议,研究脱贫攻坚工作。"


def _add(store, title, body, date, source, name, post):
    at = body.index(name)
    task_at = body.index("要求") if "要求" in body else body.index("研究")
    ex = Extraction(officials=(Official(name, (post,), (Span(at, at + len(name)),)),),
                    tasks=(Task("t1", 1, body[task_at:task_at + 6], task_at, task_at + 6, speaker=name),))
    return store.add_article(ParsedArticle(title, body, source=source, date=date), ex)


def _two(store):
    a = _add(store, "春耕会议", BODY_A, "2020-01-05", "西宁晚报", "王晓", "市委书记")
    b = _add(store, "脱贫会议", BODY_B, "2020-02-07", "青海日报", "张明", "市长")
    return a, b


def _everything_seen(store):
    """What a user sees of the store: lists, search, counts, filters' choices, statistics, people, board."""
    return {
        "list": store.article_ids(None), "by_title": store.article_ids(None, sort="title"),
        "search": store.article_ids("会议"), "word": store.article_ids("春耕"), "char": store.article_ids("晓"),
        "official": store.article_ids("官员:王晓"), "not": store.article_ids("-脱贫"),
        "count": store.count(), "sources": store.sources(), "names": store.official_names(),
        "months": store.month_counts(), "top": store.official_counts(), "status": store.task_status_counts(),
        "people": [p.name for p in store.people()], "person": store.person("王晓").articles,
        "board": [r.article_id for r in store.task_rows()],
    }


def test_a_trashed_article_leaves_every_list_count_and_statistic_at_once(store):
    a, b = _two(store)
    assert store.trash_articles([a]) == [a]
    seen = _everything_seen(store)
    assert seen["list"] == [b] and seen["by_title"] == [b] and seen["search"] == [b]
    assert seen["word"] == [] and seen["char"] == [] and seen["official"] == [] and seen["not"] == []
    assert seen["count"] == 1 and seen["sources"] == ["青海日报"] and seen["names"] == ["张明"]
    assert seen["months"] == [("2020-02", 1)]
    assert seen["top"] == [("张明", 1, 1)]
    assert sum(seen["status"].values()) == 1
    assert seen["people"] == ["张明"] and seen["person"] == ()
    assert seen["board"] == [b]
    assert store.trash_count() == 1 and [t.id for t in store.trashed()] == [a]
    assert store.trashed()[0].title == "春耕会议" and store.trashed()[0].deleted_at[:2] == "20"
    assert store.check_integrity() == []  # out of the index on purpose, not "unindexed"


def test_a_restored_article_comes_back_whole(store):
    a, b = _two(store)
    before = _everything_seen(store)
    # A person's work on the article: a hand-marked mention, a changed title (a revision), 督办.
    state = store.article_state(a)
    at = BODY_A.index("春耕")
    corrected = dataclasses.replace(state, title="春耕工作会议", corrections=Corrections(
        mentions=(("李四", Span(at, at + 2)),)))
    assert store.save_article_state(a, corrected) is not None
    task = store.article(a).tasks[0]
    store.set_tracking(a, task, Tracking(lead_unit="农业局", status="done"))
    kept = (store.article(a), store.corrections(a), store.revisions(a), [r for r in store.task_rows([a])])
    before = _everything_seen(store)

    store.trash_articles([a])
    assert store.restore_articles([a]) == [a]
    assert store.trashed() == [] and store.trash_count() == 0
    assert (store.article(a), store.corrections(a), store.revisions(a), store.task_rows([a])) == kept
    assert _everything_seen(store) == before
    assert store.article_ids("春耕工作会议") == [a] and store.task_status_counts()["done"] == 1
    assert store.check_integrity() == []


def test_emptying_the_trash_deletes_for_good(store):
    a, b = _two(store)
    store.set_tracking(a, store.article(a).tasks[0], Tracking(status="in_progress"))
    store.trash_articles([a, b])
    assert store.count() == 0 and store.article_ids(None) == []
    assert store.empty_trash([b]) == 1 and [t.id for t in store.trashed()] == [a]
    assert store.empty_trash() == 1
    assert store.article(a) is None and store.trashed() == [] and store.restore_articles([a]) == []
    assert store.conn.execute("SELECT count(*) FROM task_tracking").fetchone()[0] == 0
    assert store.conn.execute("SELECT count(*) FROM officials").fetchone()[0] == 0
    assert store.check_integrity() == []


def test_trashing_twice_or_an_unknown_id_changes_nothing(store):
    a, _b = _two(store)
    assert store.trash_articles([a, a, 999]) == [a]
    assert store.trash_articles([a]) == [] and store.trash_count() == 1
    assert store.restore_articles([999]) == []


def test_an_edit_saved_in_the_trash_does_not_bring_it_into_search(store):
    a, _b = _two(store)
    store.trash_articles([a])
    state = store.article_state(a)
    store.save_article_state(a, dataclasses.replace(state, title="改过的标题"))
    assert store.article_ids("改过") == [] and store.count() == 1
    store.rebuild_index()
    assert store.article_ids("改过") == [] and store.check_integrity() == []
    store.restore_articles([a])
    assert store.article_ids("改过") == [a]


def test_importing_a_trashed_article_again_restores_it(store, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("春耕会议\n\n" + BODY_A, encoding="utf-8")
    [aid] = import_paths(store, [f]).imported
    store.trash_articles([aid])
    assert store.has_body(BODY_A) is False and store.article_with_body(BODY_A) is None
    again = import_paths(store, [f])
    assert again.imported == [aid] and again.duplicates == []
    assert store.trashed() == [] and store.article_ids("春耕") == [aid]
    assert store.article_with_body(BODY_A) == aid


WORDS = ["会议", "春耕", "王晓", "脱贫", "晓", "。", "研究脱贫攻坚", "市"]


@settings(max_examples=150, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from(["trash", "restore", "empty", "edit"]), st.integers(0, 5)),
                      max_size=12))
def test_search_stays_exact_through_any_trash_and_restore(tmp_path_factory, steps):
    """Whatever is trashed, restored, emptied or edited, every search finds exactly the live
    articles that contain the word, and the store check finds nothing wrong."""
    from desktop_app.store import Store

    with Store(tmp_path_factory.mktemp("fuzz") / "s.db") as store:
        bodies = [BODY_A, BODY_B, "王晓在市里研究脱贫攻坚。", "春耕。", "会议纪要", "市场"]
        ids = [store.add_article(ParsedArticle(f"文{i}", b, date=f"2020-0{i + 1}-01"), Extraction())
               for i, b in enumerate(bodies)]
        for op, i in steps:
            aid = ids[i]
            if op == "trash":
                store.trash_articles([aid])
            elif op == "restore":
                store.restore_articles([aid])
            elif op == "empty":
                store.empty_trash([aid])
            elif store.article(aid) is not None:
                state = store.article_state(aid)
                store.save_article_state(aid, dataclasses.replace(state, body=state.body + f"补充{i}会议"))
        live = set(store.article_ids(None))
        assert live == {a for a in ids if store.article(a) is not None and not store.is_trashed(a)}
        assert store.count() == len(live)
        for w in WORDS:
            expect = {a for a in live if w in "".join(store.search_texts([a])[a])}
            assert set(store.article_ids(w)) == expect, w
            assert set(store.article_ids(w, sort="title")) == expect, w
        assert store.check_integrity() == []


def _many(store, n):
    return [store.add_article(ParsedArticle(f"批量{i}", f"第{i}号文件要求落实批量工作。", source="新华社",
                                            date=f"2021-03-{i % 28 + 1:02d}"), Extraction()) for i in range(n)]


def test_a_bulk_trash_reports_progress_and_a_cancel_leaves_whole_articles(store, monkeypatch):
    """The window's bulk actions (ui/bulk_jobs.py) run these with progress and cancel: a cancel stops
    between batches, so each article is either wholly in the trash (out of search and lists) or
    wholly live, and restore / empty stop the same way."""
    import threading

    from desktop_app.store import trash

    monkeypatch.setattr(trash, "BATCH", 3)
    monkeypatch.setattr(trash, "BULK_BATCH", 3)
    ids = _many(store, 8)
    seen, cancel = [], threading.Event()

    def progress(done, total):
        seen.append((done, total))
        if done >= 3:
            cancel.set()  # the user presses 取消 while the second batch would start
    moved = store.trash_articles(ids, progress, cancel)
    assert moved == ids[:3] and seen == [(3, 8)]
    assert store.trash_count() == 3 and store.count() == 5
    assert sorted(store.article_ids("批量")) == sorted(ids[3:]) and sorted(store.article_ids(None)) == sorted(ids[3:])
    assert all(store.is_trashed(i) for i in moved) and not any(store.is_trashed(i) for i in ids[3:])
    # Uncancelled: every batch, progress to the end.
    seen.clear()
    assert store.trash_articles(ids, progress=lambda d, t: seen.append((d, t))) == ids[3:]
    server = getattr(store.conn, "search_index", None) is not None  # one at a time there, of all given
    assert seen == ([(3, 8), (6, 8), (8, 8)] if server else [(3, 5), (5, 5)])  # of the 5 still live
    assert store.count() == 0
    # Restore stops between batches too; what came back is searchable.
    stop = threading.Event()
    back = store.restore_articles(ids, lambda d, t: stop.set(), stop)
    assert back == ids[:3] and sorted(store.article_ids("批量")) == sorted(back) and store.trash_count() == 5
    # Emptying (all of the trash) stops after one batch; the rest stay in the trash, whole.
    stop.clear()
    assert store.empty_trash(None, lambda d, t: stop.set(), stop) == 3
    assert store.trash_count() == 2 and store.count() == 3
    assert store.empty_trash() == 2 and store.trash_count() == 0
    assert store.check_integrity() == []


def _varied(store, n):
    """n articles whose texts share and differ in characters, bigrams and longer words; some of a
    day, some undated."""
    a, b, c = "春耕脱贫会议改革", "王晓张明李强", "要求落实研究部署推进"
    ids = []
    for i in range(n):
        body = f"{b[i % 6]}{a[i % 8]}{c[(i * 3) % 10]}{a[(i * 5) % 8]}第{i % 13}项,{c[i % 10]}{b[(i * 7) % 6]}。"
        date = None if i % 17 == 0 else f"2021-0{i % 3 + 1}-{i % 5 + 1:02d}"
        ids.append(store.add_article(ParsedArticle(f"文件{i % 9}", body, date=date), Extraction()))
    return ids


MANY_WORDS = ["春", "耕脱", "王晓", "会议", "要求落实", "第3项", "项,", "。", "张明研", "李强改革推进"]


def _search_is_exact(store, ids):
    live = [a for a in ids if not store.is_trashed(a)]
    texts = store.search_texts(live)
    assert sorted(store.article_ids(None)) == sorted(live) and store.count() == len(live)
    for w in MANY_WORDS:
        expect = sorted(a for a in live if any(w in t for t in texts[a]))
        assert sorted(store.article_ids(w)) == expect, w
        assert sorted(store.article_ids(w, sort="title")) == expect, w


def test_trashing_and_restoring_many_keeps_search_exact(store, monkeypatch):
    """`zhengwen delete` of 100,000 articles took ~7 min, one search-index delete at a time; they now
    leave in batches, or the index is rebuilt from what stays when most leave. Either way every
    search still finds exactly the live articles that contain the word (a substring scan)."""
    from desktop_app.store import trash

    monkeypatch.setattr(trash, "BULK_BATCH", 7)
    monkeypatch.setattr(trash, "REBUILD_FROM", 20)
    ids = _varied(store, 120)
    _search_is_exact(store, ids)
    some = ids[5:95:3]  # 30 leave, 90 stay: batches
    assert store.trash_articles(some + [some[0], 10**9]) == some
    _search_is_exact(store, ids)
    assert store.restore_articles(list(reversed(some))) == list(reversed(some))
    _search_is_exact(store, ids)
    most = ids[:100]  # 100 leave, 20 stay: the index is rebuilt from the 20
    assert store.trash_articles(most) == most
    _search_is_exact(store, ids)
    assert store.count() == 20
    assert store.restore_articles(most[::2]) == most[::2]
    _search_is_exact(store, ids)
    assert sorted(store.trash_articles(ids)) == sorted(set(ids) - set(most[1::2]))  # all that was live
    _search_is_exact(store, ids)
    assert sorted(store.restore_articles(ids)) == sorted(ids)
    _search_is_exact(store, ids)
    assert store.check_integrity() == []


def test_a_bulk_trash_takes_a_statement_a_batch_not_several_an_article(tmp_path):
    """What made it ~4 ms an article: five statements each from Python, the index delete among them."""
    from desktop_app.store import Store

    with Store(tmp_path / "s.db") as store:
        ids = _varied(store, 400)
        calls = []
        conn = store.conn
        for name in ("execute", "executemany"):
            real = getattr(conn, name)
            setattr(conn, name, lambda *a, _real=real, **k: calls.append(a[0]) or _real(*a, **k))
        for chosen in (ids[:100], ids[150:]):  # 100 leave, 300 stay: batches; then most leave: a rebuild
            calls.clear()
            assert sorted(store.trash_articles(chosen)) == sorted(chosen)
            assert len(calls) < 30, calls[:30]
        calls.clear()
        assert sorted(store.restore_articles(ids)) == sorted(set(ids) - set(ids[100:150]))
        # a look-up of each day's last key, and a statement a batch for the rest
        assert len(calls) < 40, calls[:40]
        _search_is_exact(store, ids)


def test_a_cancel_while_the_index_is_rebuilt_leaves_everything_as_it_was(tmp_path, monkeypatch):
    import threading

    from desktop_app.store import Store, trash

    monkeypatch.setattr(trash, "REBUILD_FROM", 5)
    with Store(tmp_path / "s.db") as store:
        ids = _varied(store, 40)
        cancel, seen = threading.Event(), []

        def progress(done, total):
            seen.append((done, total))
            cancel.set()  # 取消 once the articles are marked, while the index is being rebuilt
        assert store.trash_articles(ids[:30], progress, cancel) == []
        assert seen and seen[0][1] == 30
        assert store.trash_count() == 0 and store.count() == 40
        _search_is_exact(store, ids)
        seen.clear()
        assert sorted(store.trash_articles(ids[:30], lambda d, t: seen.append((d, t)))) == sorted(ids[:30])
        assert seen[-1] == (30, 30)
        _search_is_exact(store, ids)
        assert store.check_integrity() == []
