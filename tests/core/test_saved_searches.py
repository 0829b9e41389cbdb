"""Saved searches kept in the library (both backends): saved in order, a same name replaced, deleted,
and a desk's old list added once without losing any."""
from __future__ import annotations

import pytest

from desktop_app.search.filters import Filters, SavedSearch


@pytest.fixture
def store(any_store):
    return any_store


def test_saved_searches_come_back_in_the_order_saved_and_a_same_name_replaces(store):
    assert store.saved_searches() == []
    a = SavedSearch("新华社脱贫", "脱贫", Filters(source="新华社", date_from="2020-01-01"))
    b = SavedSearch("督办中的", "", Filters(open_tasks=True, tag="重点"))
    store.save_search(a)
    store.save_search(b)
    assert store.saved_searches() == [a, b]
    newer = SavedSearch("新华社脱贫", "脱贫 攻坚", Filters(source="新华社"))
    store.save_search(newer)
    assert store.saved_searches() == [b, newer]  # replaced, and last as the menu lists it
    assert store.delete_saved_search("督办中的") and not store.delete_saved_search("督办中的")
    assert store.saved_searches() == [newer]
    with pytest.raises(ValueError):
        store.save_search(SavedSearch("  "))


def test_adding_a_desks_old_list_loses_nothing_and_adds_nothing_twice(store):
    store.save_search(SavedSearch("脱贫", "脱贫", Filters()))
    old = [SavedSearch("脱贫", "脱贫", Filters()),            # the same: not added again
           SavedSearch("脱贫", "脱贫 -扶贫", Filters()),       # the name is taken by another search
           SavedSearch("来源", "", Filters(source="西宁晚报"))]
    assert store.add_saved_searches(old) == 2
    assert store.saved_searches() == [SavedSearch("脱贫", "脱贫", Filters()),
                                      SavedSearch("脱贫 (2)", "脱贫 -扶贫", Filters()),
                                      SavedSearch("来源", "", Filters(source="西宁晚报"))]
    assert store.add_saved_searches(old) == 0  # again (a second start before settings were cleared)
    assert len(store.saved_searches()) == 3


def test_a_damaged_row_still_gives_its_name_and_text(store):
    store.save_search(SavedSearch("甲", "会议", Filters(tag="x")))
    store.conn.execute("UPDATE saved_searches SET filters = 'not json'")
    assert store.saved_searches() == [SavedSearch("甲", "会议", Filters())]


def test_the_command_line_lists_and_runs_the_saved_searches(tmp_path, capsys):
    from desktop_app.cli import main
    from desktop_app.domain import Extraction, ParsedArticle
    from desktop_app.store import Store

    path = tmp_path / "desk.db"
    with Store(path) as s:
        old = s.add_article(ParsedArticle("旧的脱贫会议", "脱贫会议。", source="西宁晚报", date="2018-05-01"), Extraction())
        new = s.add_article(ParsedArticle("新的脱贫会议", "脱贫会议。西宁。", source="西宁晚报", date="2020-05-01"),
                            Extraction())
        s.add_article(ParsedArticle("别处的脱贫", "脱贫。", source="青海日报", date="2021-01-01"), Extraction())
        s.save_search(SavedSearch("西宁脱贫", "脱贫", Filters(source="西宁晚报", date_from="2019-01-01")))
    db = ["--db", str(path)]
    assert main([*db, "search", "--saved"]) == 0
    assert capsys.readouterr().out == "西宁脱贫\t脱贫\tdate_from=2019-01-01 source=西宁晚报\n"
    assert main([*db, "search", "--saved", "西宁脱贫", "--json"]) == 0
    assert [line.count(f'"id": {new},') for line in capsys.readouterr().out.splitlines()] == [1]
    assert main([*db, "search", "--saved", "西宁脱贫", "-西宁", "--json"]) == 0  # words given are added
    assert capsys.readouterr().out == ""
    assert old and main([*db, "search", "--saved", "没有这个"]) == 1
    err = capsys.readouterr().err
    assert "没有这个" in err and len(err.strip().splitlines()) == 1
    assert main([*db, "search"]) == 2
