"""zhengwen copy: a whole library SQLite -> server -> SQLite, everything a person sees kept."""
from __future__ import annotations

import dataclasses

import pytest

from desktop_app.domain import Extraction, Official, ParsedArticle, Span, Task, Tracking
from desktop_app.editing.drafts import mark_official
from desktop_app.store import Store
from desktop_app.store.server import open_server_store
from desktop_app.store.server.copy import CopyError, copy_library, verify


def _seen(store):
    ids = store.article_ids(None, sort="id", descending=False)
    return {
        "list": store.article_ids(None), "search": store.article_ids("会议"), "count": store.count(),
        "articles": [store.article(i) for i in ids], "corrections": [store.corrections(i) for i in ids],
        "revisions": [[(r.at, r.who, r.changes) for r in store.revisions(i)] for i in ids],
        "board": store.task_rows(), "trash": [(t.id, t.title) for t in store.trashed()],
        "people": store.people(), "official": store.article_ids("官员:李强"),
        "督办": (store.task_rows(tracked_only=True), store.tracked_articles(), store.tracking_rules()),
    }


@pytest.fixture
def desk(tmp_path):
    s = Store(tmp_path / "desk.db")
    body = "市委书记王晓出席会议。王晓要求抓好春耕落实。李强参加会议。"
    task = Task("t1", 1, "抓好春耕落实", 15, 21, speaker="王晓")
    a = s.add_article(ParsedArticle("春耕会议", body, source="西宁晚报", date="2020-01-05"),
                      Extraction(officials=(Official("王晓", ("市委书记",), (Span(4, 6), Span(11, 13))),),
                                 tasks=(task,)))
    b = s.add_article(ParsedArticle("脱贫会议", "市长张明主持会议。", date="2020-01-05"), Extraction())
    c = s.add_article(ParsedArticle("未注明日期", "会议纪要。"), Extraction())
    s.add_article(ParsedArticle("旧文", "要删的会议。", date="2019-01-01"), Extraction())
    state = s.article_state(a)
    at = state.body.index("李强")
    s.save_article_state(a, dataclasses.replace(mark_official(state, at, at + 2, "李强"), note="核对过"), who="张三")
    s.set_tracking(a, s.article(a).tasks[0], Tracking(lead_unit="农业局", status="in_progress", due="2020-03-01"))
    s.trash_articles([s.article_ids("要删")[0]])
    s.track_articles([b])
    s.add_tracking_rule("source", "西宁晚报")
    assert b and c
    yield s
    s.close()


def test_sqlite_to_server_and_back_keeps_everything(desk, pg_url, tmp_path):
    before = _seen(desk)
    steps = []
    with open_server_store(pg_url) as server:
        copied = copy_library(desk, server, lambda table, done, total: steps.append((table, done, total)))
        assert copied["articles"] == 4 and copied["revisions"] == 1 and copied["trash"] == 1
        assert ("articles", 4, 4) in steps and ("task_tracking", 1, 1) in steps
        assert _seen(server) == before  # the who of copied history is kept (张三), not the copier
        assert verify(desk, server) == []
        with Store(tmp_path / "back.db") as back:
            copy_library(server, back)
            assert _seen(back) == before
            assert back.check_integrity() == []
        with pytest.raises(CopyError):
            copy_library(desk, server)  # not into a library that holds articles


def test_verify_names_the_table_that_differs(desk, pg_url):
    with open_server_store(pg_url) as server:
        copy_library(desk, server)
        server.conn.pg("UPDATE task_tracking SET remark = 'changed'")
        assert verify(desk, server) == ["task_tracking: 1 rows / 1 rows (checksums differ)"]
