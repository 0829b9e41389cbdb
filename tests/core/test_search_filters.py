"""Filters beside the search box: they combine with the search text and with each other."""
from __future__ import annotations

import pytest

from desktop_app.domain import Extraction, Official, ParsedArticle, Span
from desktop_app.search.filters import Filters, build_query


@pytest.fixture
def store(any_store):
    """Every test here on both backends: the SQLite store and a server library."""
    return any_store


def _add(store, title, body, date=None, source="", officials=()):
    ex = Extraction(officials=tuple(Official(n, (), (Span(body.find(n), body.find(n) + len(n)),))
                                    for n in officials))
    return store.add_article(ParsedArticle(title=title, body=body, date=date, source=source), ex)


@pytest.fixture
def filled(store):
    ids = {
        "a": _add(store, "脱贫会议", "王晓出席脱贫攻坚会议。", "2024-01-10", "西宁晚报", ["王晓"]),
        "b": _add(store, "整改通报", "关于巡视整改和脱贫的通报。", "2024-03-05", "新华社"),
        "c": _add(store, "旧闻", "脱贫工作旧闻,王晓提到。", "2023-12-31", "新华社"),
        "d": _add(store, "无日期", "脱贫无日期。", None, "西宁晚报(网)"),
    }
    return store, ids


def _ids(store, text, filters):
    return set(store.article_ids(build_query(text, filters)))


def test_date_range_is_inclusive_and_drops_undated(filled):
    store, ids = filled
    assert _ids(store, "脱贫", Filters(date_from="2024-01-01")) == {ids["a"], ids["b"]}
    assert _ids(store, "脱贫", Filters(date_to="2024-01-10")) == {ids["a"], ids["c"]}
    assert _ids(store, "", Filters(date_from="2024-01-10", date_to="2024-01-10")) == {ids["a"]}


def test_source_is_exact_not_substring(filled):
    store, ids = filled
    assert _ids(store, "", Filters(source="西宁晚报")) == {ids["a"]}
    assert _ids(store, "脱贫", Filters(source="新华社")) == {ids["b"], ids["c"]}


def test_official_filter(filled):
    store, ids = filled
    # 王晓 is in c's body, but only a has 王晓 as an official.
    assert _ids(store, "", Filters(official="王晓")) == {ids["a"]}


def test_filters_combine_with_text_and_each_other(filled):
    store, ids = filled
    f = Filters(date_from="2023-12-01", date_to="2024-02-01", source="新华社")
    assert _ids(store, "脱贫", f) == {ids["c"]}
    assert _ids(store, "脱贫 -旧闻", f) == set()
    assert _ids(store, "王晓", Filters(source="新华社")) == {ids["c"]}
    # newest first, and the first page through limit
    q = build_query("脱贫", Filters(source="新华社"))
    assert store.article_ids(q) == [ids["b"], ids["c"]]
    assert store.article_ids(q, limit=1) == [ids["b"]]
    assert store.article_ids(q, sort="title", descending=False) == sorted([ids["b"], ids["c"]],
                                                                          key=lambda i: store.article(i).title)


def test_filters_round_trip_through_settings_dicts():
    f = Filters(date_from="2024-01-01", source="新华社", official="王晓")
    assert Filters.from_dict(f.to_dict()) == f
    assert Filters.from_dict({"date_from": "not a date", "open_tasks": "true", "junk": 1}) == Filters(open_tasks=True)
    assert Filters.from_dict(None) == Filters()
    assert Filters().empty and not f.empty


def test_build_query_does_not_change_its_parts():
    f = Filters(source="新华社")
    q1 = build_query("脱贫 官员:王晓", f)
    q2 = build_query("脱贫 官员:王晓", f)
    assert q1.fields == q2.fields == [("official", "王晓"), ("source_is", "新华社")]


def test_tag_filter_when_the_store_has_tags(filled):
    store, ids = filled
    if not store.has_column("articles", "tags"):
        pytest.skip("schema without tags")
    store.conn.execute("UPDATE articles SET tags=? WHERE id=?", ('["督办","重点"]', ids["b"]))
    assert _ids(store, "脱贫", Filters(tag="重点")) == {ids["b"]}
    assert _ids(store, "", Filters(tag="重")) == set()


def test_open_tasks_filter_follows_the_task_board(store):
    from desktop_app.domain import Task, Tracking

    body = "会议要求,要抓好整改落实。要压实工作责任。"
    tasks = (Task("t1", 1, "要抓好整改落实", 5, 12), Task("t2", 1, "要压实工作责任", 13, 20))
    two = store.add_article(ParsedArticle(title="两项任务", body=body, date="2024-01-01"), Extraction(tasks=tasks))
    none = store.add_article(ParsedArticle(title="没有任务", body="天气晴好。", date="2024-01-02"), Extraction())
    assert _ids(store, "", Filters(open_tasks=True)) == {two}  # untracked tasks are 未启动: open
    store.set_tracking(two, tasks[0], Tracking(status="done"))
    assert _ids(store, "", Filters(open_tasks=True)) == {two}  # one of two done: still open
    store.set_tracking(two, tasks[1], Tracking(status="in_progress"))
    assert _ids(store, "", Filters(open_tasks=True)) == {two}
    store.set_tracking(two, tasks[1], Tracking(status="done"), tracking_id=store.task_rows([two])[1].tracking_id)
    assert _ids(store, "", Filters(open_tasks=True)) == set()  # all done
    assert _ids(store, "", Filters()) == {two, none}
    assert _ids(store, "整改", Filters(open_tasks=False)) == {two}


def test_filters_and_saved_searches_are_values_that_cannot_change():
    """Frozen values (desktop_app/frozen.py, not dataclasses): equal by their fields, hashable, shown
    with their fields, and never changed in place (the list and the settings share them)."""
    import pytest

    from desktop_app.search.filters import SavedSearch, Snippet
    from desktop_app.search.listing import ListView

    f = Filters(source="新华社", open_tasks=True)
    assert f == Filters(source="新华社", open_tasks=True) != Filters(source="新华社")
    assert len({f, Filters(source="新华社", open_tasks=True), Filters()}) == 2
    assert repr(f) == ("Filters(date_from='', date_to='', source='新华社', official='', open_tasks=True, tag='')")
    with pytest.raises(AttributeError):
        f.source = "人民网"  # type: ignore[misc]
    assert f.source == "新华社"
    assert SavedSearch("甲").filters == Filters() and SavedSearch("甲") == SavedSearch("甲", "", Filters())
    assert SavedSearch("甲", "脱贫", f) != SavedSearch("甲", "脱贫", Filters())
    assert ListView() == ListView(None, Filters(), "date", True, False) and ListView().filters.empty
    assert Snippet("…正文…").hits == () and Snippet("a", ((0, 1),)) == Snippet("a", ((0, 1),))
    assert Filters() != ListView()  # another type is never equal
    with pytest.raises(TypeError):
        Filters("2020-01-01", "", "", "", False, "", "extra")  # type: ignore[call-arg]
