"""督办 of chosen tasks (issue 14, point 15): the board holds the tasks an office tracks — chosen one
by one, whole articles, or by a rule on the source or a tag — not every task ever extracted."""
from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from desktop_app.domain import Extraction, ParsedArticle, Task, Tracking
from desktop_app.store import Store
from desktop_app.store.schema import SCHEMA_VERSION


def _article(store, title, source="", tags=(), n=2, date="2020-01-05"):
    texts = [f"{title}任务{i}要抓好落实" for i in range(1, n + 1)]
    body = "会议要求," + ";".join(texts) + "。"
    tasks, pos = [], 0
    for i, text in enumerate(texts, 1):
        start = body.index(text, pos)
        pos = start + len(text)
        tasks.append(Task(f"t{i}", 1, text, start, pos, speaker="王晓"))
    aid = store.add_article(ParsedArticle(title, body, source=source, date=date), Extraction(tasks=tuple(tasks)))
    if tags:
        state = store.article_state(aid)
        store.save_article_state(aid, dataclasses.replace(state, tags=tuple(tags)))
    return aid


def _board(store):
    return sorted((r.article_title, r.task.id, r.tracked) for r in store.task_rows(tracked_only=True))


@pytest.fixture
def four(store):
    ids = {name: _article(store, name, source=src, tags=tags) for name, src, tags in (
        ("甲", "西宁晚报", ()), ("乙", "新华社", ("重点",)), ("丙", "新华社", ()), ("丁", "青海日报", ()))}
    return store, ids


def test_nothing_is_tracked_until_chosen(four):
    store, ids = four
    assert len(store.task_rows()) == 8 and all(r.tracked == "" for r in store.task_rows())
    assert store.task_rows(tracked_only=True) == []  # it showed every extracted task as 未开始


def test_whole_articles_single_tasks_and_rules(four):
    store, ids = four
    assert store.track_articles([ids["甲"], ids["甲"]]) == 1
    assert store.tracked_articles() == {ids["甲"]}
    task = store.article(ids["丁"]).tasks[1]
    store.set_task_tracked(ids["丁"], task, True)
    assert store.add_tracking_rule("tag", "重点") and not store.add_tracking_rule("tag", "重点")
    assert _board(store) == [("丁", "t2", "task"), ("乙", "t1", "tag"), ("乙", "t2", "tag"),
                             ("甲", "t1", "article"), ("甲", "t2", "article")]
    store.add_tracking_rule("source", "新华社")
    assert ("丙", "t1", "source") in _board(store) and store.tracking_rules() == [("tag", "重点"), ("source", "新华社")]
    # one task left out of a tracked article, then the article chosen again brings it back
    store.set_task_tracked(ids["甲"], store.article(ids["甲"]).tasks[0], False)
    assert ("甲", "t1", "article") not in _board(store) and ("甲", "t2", "article") in _board(store)
    store.track_articles([ids["甲"]])
    assert ("甲", "t1", "article") in _board(store)
    store.untrack_articles([ids["甲"], ids["丁"]])
    store.remove_tracking_rule("source", "新华社")
    assert _board(store) == [("乙", "t1", "tag"), ("乙", "t2", "tag")]
    with pytest.raises(ValueError):
        store.add_tracking_rule("author", "谁")


def test_filling_in_督办_fields_tracks_the_task_and_untracking_keeps_them(four):
    store, ids = four
    task = store.article(ids["丙"]).tasks[0]
    store.set_tracking(ids["丙"], task, Tracking(lead_unit="农业局", due="2020-03-01"))
    assert _board(store) == [("丙", "t1", "task")]
    row = store.task_rows(tracked_only=True)[0]
    store.set_task_tracked(ids["丙"], task, False, row.tracking_id)
    assert _board(store) == []
    kept = next(r for r in store.task_rows() if r.article_id == ids["丙"] and r.task.id == "t1")
    assert kept.tracking.lead_unit == "农业局" and kept.tracked == ""  # the work is not lost
    store.track_articles([ids["丙"]])
    assert ("丙", "t1", "article") in _board(store)


def test_trashed_articles_leave_the_board_and_come_back(four):
    store, ids = four
    store.track_articles([ids["乙"]])
    store.trash_articles([ids["乙"]])
    assert _board(store) == []
    store.restore_articles([ids["乙"]])
    assert [t for _a, t, _w in _board(store)] == ["t1", "t2"]


def test_tracking_written_before_the_upgrade_stays_tracked(tmp_path):
    path = tmp_path / "old.db"
    with Store(path) as store:
        aid = _article(store, "旧", n=2)
        store.set_tracking(aid, store.article(aid).tasks[0], Tracking(status="in_progress"))
    conn = sqlite3.connect(path)  # back to the schema before version 5
    conn.executescript("DROP TABLE tracked_articles; DROP TABLE tracking_rules; DROP TABLE saved_searches;"
                       "ALTER TABLE task_tracking DROP COLUMN tracked; PRAGMA user_version = 4;")
    conn.close()
    with Store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [(r.task.id, r.tracked, r.tracking.status) for r in store.task_rows(tracked_only=True)] == [
            ("t1", "task", "in_progress")]


def test_rule_counts_and_tag_names_read_live_articles(store):
    """What the rules dialog shows: how many articles each rule covers (trashed ones left out), and
    the library's tags, the most used first."""
    a = _article(store, "甲", source="西宁晚报", tags=("重点", "春耕"))
    _article(store, "乙", source="西宁晚报", tags=("重点",))
    c = _article(store, "丙", source="青海日报", tags=("重点",))
    store.add_tracking_rule("tag", "重点")
    store.add_tracking_rule("source", "西宁晚报")
    store.add_tracking_rule("source", "人民日报")
    assert store.tag_names() == ["重点", "春耕"]
    assert list(store.tracking_rule_counts().items()) == [
        (("tag", "重点"), 3), (("source", "西宁晚报"), 2), (("source", "人民日报"), 0)]
    store.trash_articles([a, c])
    assert store.tracking_rule_counts() == {("tag", "重点"): 1, ("source", "西宁晚报"): 1, ("source", "人民日报"): 0}
    assert store.tag_names() == ["重点"]


@pytest.mark.parametrize("due, remark, year, expected", [
    ("2019-10-01", "", 2019, ("2019-10-01", "")),
    ("2019年10月1日", "重点", None, ("2019-10-01", "重点")),
    ("20191001", "", None, ("2019-10-01", "")),
    ("２０１９/10/1", "", None, ("2019-10-01", "")),
    ("6月底前", "重点", 2019, ("2019-06-30", "完成时限:6月底前;重点")),
    ("下月底", "", 2019, ("", "完成时限:下月底")),
    ("长期坚持", "完成时限:长期坚持", 2019, ("", "完成时限:长期坚持")),  # read again: nothing doubled
    ("", "重点", 2019, ("", "重点")),
    ("2019-02-30", "", 2019, ("", "完成时限:2019-02-30")),  # no such day: kept as words
])
def test_a_deadline_is_a_date_and_words_go_to_the_remark(due, remark, year, expected):
    from desktop_app.editing.tracking import split_due

    assert split_due(due, remark, year) == expected


def test_rule_counts_and_deadline_words_on_both_backends(any_store):
    """The rules dialog's counts and the 完成时限 rule on the SQLite store and a server library alike."""
    store = any_store
    a = _article(store, "甲", source="西宁晚报", tags=("重点",), date="2019-04-02")
    _article(store, "乙", source="青海日报", tags=("重点", "春耕"))
    store.add_tracking_rule("source", "西宁晚报")
    store.add_tracking_rule("tag", "重点")
    assert store.tracking_rule_counts() == {("source", "西宁晚报"): 1, ("tag", "重点"): 2}
    assert store.tag_names() == ["重点", "春耕"]
    rows = [r for r in store.task_rows() if r.article_id == a]
    store.set_tracking(a, rows[0].task, Tracking(due="下月底", remark="重点"))
    store.set_tracking(a, rows[1].task, Tracking(due="6月底前"))
    got = {r.task.text: (r.tracking.due, r.tracking.remark) for r in store.task_rows() if r.article_id == a}
    assert got == {rows[0].task.text: ("", "完成时限:下月底;重点"), rows[1].task.text: ("2019-06-30", "完成时限:6月底前")}
