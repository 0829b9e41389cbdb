"""Store methods behind the statistics view and the people index: articles per month, most-mentioned
officials, tasks by 督办 status, and every official with posts, dates, articles and tasks — corrections
included."""
from __future__ import annotations

import pytest

import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from desktop_app.domain import PostDates

from desktop_app.domain import TASK_STATUSES, Extraction, Official, Span, Task, Tracking

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))
from handmade import add_plain, add_sample  # noqa: E402


@pytest.fixture
def store(any_store):
    """Every test here on both backends: the SQLite store and a server library."""
    return any_store


def _person_article(store, name: str, posts: tuple, date: str | None, title: str, speaker_task: bool = False) -> int:
    body = f"{'、'.join(posts)}{name}出席会议并讲话。{name}要求,要抓好落实。"
    start = body.index(name)
    task_start = body.index("要抓好落实")
    tasks = (Task("t1", 1, "要抓好落实", task_start, task_start + 5, speaker=name),) if speaker_task else ()
    ext = Extraction((Official(name, posts, (Span(start, start + len(name)), Span(body.rindex(name),
                                                                                    body.rindex(name) + len(name)))),),
                     tasks)
    return add_plain(store, title, body, date, extraction=ext)


def test_month_counts_fill_the_gaps_and_count_undated_apart(store):
    for date in ("2019-01-05", "2019-01-30", "2019-04-02", None):
        add_plain(store, f"文章{date}", f"正文{date}", date)
    assert store.month_counts() == [("2019-01", 2), ("2019-02", 0), ("2019-03", 0), ("2019-04", 1), (None, 1)]


def test_month_counts_across_a_year_end(store):
    add_plain(store, "甲", "甲文", "2018-11-30")
    add_plain(store, "乙", "乙文", "2019-02-01")
    assert [m for m, _ in store.month_counts()] == ["2018-11", "2018-12", "2019-01", "2019-02"]


def test_empty_store_has_no_numbers(store):
    assert store.month_counts() == []
    assert store.official_counts() == []
    assert store.task_status_counts() == dict.fromkeys(TASK_STATUSES, 0)
    assert store.people() == []


def test_official_counts_rank_by_articles_then_mentions(store):
    add_sample(store)
    _person_article(store, "张晓容", ("市长",), "2019-05-06", "市长调研")
    _person_article(store, "李四", ("副市长",), "2019-05-07", "副市长调研")
    counts = store.official_counts()
    assert counts[0][:2] == ("张晓容", 2)
    names = [n for n, _a, _m in counts]
    assert {"王晓", "马坚", "曹健松", "段发达", "李四"} <= set(names)
    sample_mentions = store.article(1).officials
    wang = next(o for o in sample_mentions if o.name == "王晓")
    assert dict((n, m) for n, _a, m in counts)["王晓"] == len(wang.mentions)
    assert len(store.official_counts(limit=2)) == 2


def test_task_status_counts_match_the_task_board(store):
    aid = add_sample(store)
    tasks = store.article(aid).tasks
    store.set_tracking(aid, tasks[0], Tracking(status="done"))
    store.set_tracking(aid, tasks[1], Tracking(status="in_progress"))
    store.set_tracking(aid, tasks[2], Tracking(status="delayed"))
    store.set_tracking(aid, tasks[3], Tracking(status="not_started", lead_unit="市扶贫局"))
    counts = store.task_status_counts()
    assert counts == {"done": 1, "in_progress": 1, "delayed": 1, "not_started": len(tasks) - 3}
    board = Counter(r.tracking.status for r in store.task_rows() if not r.orphan)
    assert counts == {s: board.get(s, 0) for s in TASK_STATUSES}


def test_tracking_of_a_deleted_task_is_not_counted(store):
    aid = add_sample(store)
    article = store.article(aid)
    store.set_tracking(aid, article.tasks[0], Tracking(status="done"))
    state = store.article_state(aid)
    cut = article.tasks[0]
    body = state.body[:cut.start] + state.body[cut.end:]
    store.save_article_state(aid, replace(state, body=body, auto=Extraction()))
    assert store.task_status_counts()["done"] == 0
    assert sum(store.task_status_counts().values()) == len(store.article(aid).tasks)


def test_people_lists_posts_dates_articles_and_tasks(store):
    aid = add_sample(store)
    later = _person_article(store, "张晓容", ("市长",), "2019-06-10", "市长调研", speaker_task=True)
    people = {p.name: p for p in store.people()}
    zhang = people["张晓容"]
    assert zhang.articles == 2 and (zhang.first, zhang.last) == ("2019-03-01", "2019-06-10")
    assert zhang.posts == (("市长",), ("市委副书记", "市长"))  # latest first
    assert zhang.tasks == 2 + 1  # two in the sample (handmade: 再发力), one later
    assert people["王晓"].tasks == 8 and people["王晓"].articles == 1

    detail = store.person("张晓容")
    assert detail.posts == (PostDates(("市长",), ("2019-06-10",)), PostDates(("市委副书记", "市长"), ("2019-03-01",)))
    assert [a.article_id for a in detail.articles] == [later, aid]
    assert (detail.articles[1].date, detail.articles[1].posts) == ("2019-03-01", ("市委副书记", "市长"))
    assert [(t.article_id, t.text) for t in detail.tasks] == [
        (later, "要抓好落实"), (aid, "要在学习领会上再发力"), (aid, "要在巩固成效上再发力")]


def test_people_and_counts_include_manual_corrections(store):
    aid = add_sample(store)
    state = store.article_state(aid)
    body = state.body
    pos = body.index("王晓")
    corr = replace(state.corrections,
                   posts=(("王晓", ("市委书记", "市长(代)")),),
                   mentions=(("赵六", Span(pos, pos + 2)),),
                   tasks=(Task("m1", 1, body[10:20], 10, 20, speaker="赵六"),))
    store.save_article_state(aid, replace(state, corrections=corr))
    people = {p.name: p for p in store.people()}
    assert people["王晓"].posts == (("市委书记", "市长(代)"),)
    assert people["赵六"].articles == 1 and people["赵六"].tasks == 1
    assert dict((n, a) for n, a, _m in store.official_counts())["赵六"] == 1
    assert (store.person("赵六").tasks[0].article_id, store.person("赵六").tasks[0].task_id) == (aid, "m1")
    assert store.person("王晓").posts == (PostDates(("市委书记", "市长(代)"), ("2019-03-01",)),)
    assert sum(store.task_status_counts().values()) == len(store.article(aid).tasks)
