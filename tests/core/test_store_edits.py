"""Saving edits: fields, body (re-indexed, spans shifted), corrections kept over re-extraction,
督办 tracking, revisions and revert, and the schema migration from version 1."""
from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from dataclasses import replace
from pathlib import Path

import legacy_schema
import pytest

from desktop_app.store import schema
from desktop_app.editing import drafts
from desktop_app.domain import Extraction, ParsedArticle, ProgressNote, Tracking
from desktop_app.editing.drafts import EditRefused
from desktop_app.store import Store
from desktop_app.editing.tracking import BoardFilter, due_date, filter_rows, is_overdue, parse_progress

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))
from handmade import add_plain, add_sample, sample_extraction  # noqa: E402


@pytest.fixture
def store(any_store):
    """Every test here on both backends: the SQLite store and a server library."""
    return any_store


def test_migrates_a_version_1_file_to_version_2(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    legacy_schema.build(conn, 1)
    conn.execute("INSERT INTO articles(title, body, body_hash, date) VALUES ('旧文', '王晓讲话。', 'h', '2019-01-02')")
    conn.execute("INSERT INTO tasks(article_id, task_key, level, text, start, \"end\") VALUES (1, 't1', 1, '讲话', 2, 4)")
    conn.close()
    with Store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION == 6
        article = store.article(1)
        assert (article.title, article.tags, article.note) == ("旧文", (), "")
        assert article.tasks[0].text == "讲话" and not article.tasks[0].review
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"manual_posts", "manual_mentions", "suppressions", "manual_tasks", "task_overrides",
                "task_tracking", "revisions"} <= tables
        state = store.article_state(1)
        store.save_article_state(1, replace(state, note="迁移后可编辑"))
        assert store.article(1).note == "迁移后可编辑"


def test_saves_fields_and_refuses_a_bad_date(store):
    aid = add_sample(store)
    state = store.article_state(aid)
    edited = replace(state, title="新标题", source="西宁日报", date="2019年3月2日", views="120",
                     tags=("脱贫", "会议"), note="核对过")
    rev = store.save_article_state(aid, edited)
    a = store.article(aid)
    assert (a.title, a.source, a.date, a.views, a.tags, a.note) == (
        "新标题", "西宁日报", "2019-03-02", 120, ("脱贫", "会议"), "核对过")
    assert store.save_article_state(aid, store.article_state(aid)) is None  # nothing changed, no revision
    with pytest.raises(EditRefused) as e:
        store.save_article_state(aid, replace(edited, date="2019-02-30"))
    assert e.value.code == "date_invalid"
    assert store.article(aid).date == "2019-03-02"
    assert [r.id for r in store.revisions(aid)] == [rev]
    assert store.revisions(aid)[0].changes["title"] == ["西宁市委召开脱贫攻坚工作会议", "新标题"]
    # A server library records the database user instead (the desk cannot claim another name).
    assert store.revisions(aid)[0].who == getattr(store, "user", "本机")


def test_body_edit_reindexes_search_and_shifts_spans(store):
    aid = add_sample(store)
    other = add_plain(store, "另一篇", "无关正文。", date="2018-01-01")
    state = store.article_state(aid)
    new_body = "前言加一段:青海湖畔。" + state.body
    store.save_article_state(aid, drafts.edit_body(state, new_body)[0])
    assert store.article_ids("青海湖畔") == [aid]
    assert store.article_ids("湖") == [aid]
    assert aid in store.article_ids("靠前指挥")
    a = store.article(aid)
    for o in a.officials:
        assert all(a.body[m.start:m.end] == o.name for m in o.mentions)
    assert all(a.body[t.start:t.end] == t.text for t in a.tasks)
    # the title goes into the index too; the old title is forgotten
    store.save_article_state(aid, replace(store.article_state(aid), title="改过的题目"))
    assert store.article_ids("改过的题目") == [aid] and store.article_ids("西宁市委召开") == []
    assert store.article_ids("无关正文") == [other]
    with pytest.raises(EditRefused) as e:  # the same body as another article
        store.save_article_state(aid, replace(store.article_state(aid), body="无关正文。", auto=Extraction()))
    assert e.value.code == "duplicate_body"


def test_reextraction_keeps_manual_corrections(store):
    aid = add_sample(store)
    state = store.article_state(aid)
    body = state.body
    s = body.index("宋晨曦")
    state = drafts.mark_official(state, s, s + 3, "宋晨曦", ("市委常委", "秘书长"))
    t = body.index("三要提升")
    state, key = drafts.mark_task(state, t, t + len("三要提升“真本领”"), "王晓", level=2)
    state = drafts.set_task(state, "t1", speaker="张晓容")
    wang = body.index("王晓")
    state = drafts.remove_highlights(state, wang, wang + 2)
    store.save_article_state(aid, state)
    before = store.article(aid)

    store.replace_extraction(aid, sample_extraction(body))  # the extractor runs again
    after = store.article(aid)
    assert after == before
    assert next(o for o in after.officials if o.name == "宋晨曦").titles == ("市委常委", "秘书长")
    assert next(t for t in after.tasks if t.id == key).manual
    assert after.tasks[0].speaker == "张晓容"
    assert all(m.start != wang for o in after.officials for m in o.mentions)
    assert store.summaries([aid])[aid].n_tasks == len(after.tasks)

    store.reset_corrections(aid)
    assert store.article(aid) == store.article(aid)  # stable
    assert store.article(aid).tasks[0].speaker == "王晓"
    assert store.corrections(aid).is_empty()


def test_revert_puts_back_the_state_before(store):
    aid = add_sample(store)
    original = store.article_state(aid)
    store.save_article_state(aid, drafts.edit_body(replace(original, title="甲"), original.body + "补记。")[0])
    store.save_article_state(aid, replace(store.article_state(aid), note="乙"))
    revs = store.revisions(aid)
    assert [sorted(r.changes) for r in revs] == [["note"], ["body", "title"]]
    store.revert(revs[-1].id)
    assert store.article_state(aid) == original
    assert store.article_ids("补记") == []
    assert len(store.revisions(aid)) == 3


def test_tracking_survives_reextraction_and_body_edits(store):
    aid = add_sample(store)
    rows = store.task_rows()
    row = next(r for r in rows if r.task.text == "二要做到尽锐出战")
    tr = Tracking(lead_unit="市扶贫局", assist_units="各县区", leader="张晓容", due="2019-12-31",
                  status="in_progress", progress=(ProgressNote("2019-04-01", "已召开推进会"),), remark="重点")
    tid = store.set_tracking(aid, row.task, tr)
    store.replace_extraction(aid, sample_extraction(store.article(aid).body))
    again = next(r for r in store.task_rows() if r.tracking_id == tid)
    assert again.task.text == "二要做到尽锐出战" and again.tracking == tr
    state = store.article_state(aid)
    store.save_article_state(aid, drafts.edit_body(state, "开头。" + state.body)[0])
    moved = next(r for r in store.task_rows() if r.tracking_id == tid)
    assert moved.task.start == row.task.start + 3 and not moved.orphan
    # the task's text deleted: the tracking stays, as an orphan row to look at
    state = store.article_state(aid)
    cut = state.body.replace("二要做到尽锐出战,", "")
    store.save_article_state(aid, drafts.edit_body(state, cut)[0])
    orphan = next(r for r in store.task_rows() if r.tracking_id == tid)
    assert orphan.orphan and orphan.tracking == tr and orphan.task.text == "二要做到尽锐出战"


def test_board_filters_return_the_right_rows(store):
    aid = add_sample(store)
    rows = store.task_rows()
    by_text = {r.task.text: r for r in rows}
    store.set_tracking(aid, by_text["一要坚持靠前指挥"].task,
                       Tracking(lead_unit="市扶贫局", due="2019-06-30", status="in_progress"))
    store.set_tracking(aid, by_text["要在学习领会上再发力"].task,
                       Tracking(lead_unit="市委宣传部", assist_units="市扶贫局", due="年底前", status="done"))
    store.set_tracking(aid, by_text["二要做到尽锐出战"].task, Tracking(due="长期坚持", status="delayed"))
    rows = store.task_rows()
    today = dt.date(2019, 8, 1)

    def texts(**kw):
        return [r.task.text for r in filter_rows(rows, BoardFilter(**kw), today)]

    assert texts(status="done") == ["要在学习领会上再发力"]
    assert texts(unit="市扶贫局") == ["一要坚持靠前指挥", "要在学习领会上再发力"]
    assert set(texts(speaker="张晓容")) == {"要在学习领会上再发力", "要在巩固成效上再发力"}
    assert texts(due_before=dt.date(2019, 7, 1)) == ["一要坚持靠前指挥"]
    assert texts(overdue=True) == ["一要坚持靠前指挥"]
    assert len(texts()) == len(rows) == 10


def test_due_dates_in_words():
    assert due_date("年底前", 2019) == dt.date(2019, 12, 31)
    assert due_date("6月底前", 2019) == dt.date(2019, 6, 30)
    assert due_date("2020年3月", None) == dt.date(2020, 3, 31)
    assert due_date("第三季度", 2019) == dt.date(2019, 9, 30)
    assert due_date("上半年", 2019) == dt.date(2019, 6, 30)
    assert due_date("2019-05-20", None) == dt.date(2019, 5, 20)
    assert due_date("长期坚持", 2019) is None
    assert is_overdue("2019-05-20", "in_progress", dt.date(2019, 6, 1))
    assert not is_overdue("2019-05-20", "done", dt.date(2019, 6, 1))
    notes = parse_progress("2019-04-01 已召开推进会\n完成摸底", dt.date(2019, 5, 1))
    assert [(n.date, n.text) for n in notes] == [("2019-04-01", "已召开推进会"), ("2019-05-01", "完成摸底")]


def test_a_store_without_corrections_reads_as_before(store):
    aid = store.add_article(ParsedArticle(title="t", body="王晓讲话。"), Extraction())
    assert store.article(aid).officials == () and store.task_rows() == []
