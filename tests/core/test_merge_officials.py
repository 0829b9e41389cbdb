"""Merging two officials that are one person, kept over re-extraction; entity search (官员: / 任务: /
职务:) sees hand-made corrections and not suppressed automatic highlights."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop_app.editing import drafts
from desktop_app.domain import Extraction, Official, Span, Task
from desktop_app.editing.official_merge import merge_candidates, merge_officials

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))
from handmade import add_plain  # noqa: E402


@pytest.fixture
def store(any_store):
    """Every test here on both backends: the SQLite store and a server library."""
    return any_store

BODY = "王晓同志主持会议。王晓强调,要抓好整改落实。市委书记王晓要求各地要压实责任。"


def _extraction(body: str = BODY) -> Extraction:
    a = body.index("王晓同志")
    b = body.index("王晓强调")
    c = body.index("王晓要求")
    t1 = body.index("要抓好整改落实")
    t2 = body.index("要压实责任")
    return Extraction(
        officials=(Official("王晓同志", (), (Span(a, a + 4),)),
                   Official("王晓", ("市委书记",), (Span(b, b + 2), Span(c, c + 2)))),
        tasks=(Task("t1", 1, "要抓好整改落实", t1, t1 + 7, speaker="王晓同志"),
               Task("t2", 1, "要压实责任", t2, t2 + 5, speaker="王晓")))


@pytest.fixture
def aid(store):
    return add_plain(store, "市委常委会会议", BODY, date="2019-03-01", extraction=_extraction())


def test_merge_makes_one_official_with_every_mention_and_the_posts(store, aid):
    state = merge_officials(store.article_state(aid), ["王晓同志", "王晓"], keep="王晓")
    shown = drafts.merged(state)
    assert [o.name for o in shown.officials] == ["王晓"]
    wang = shown.officials[0]
    assert wang.titles == ("市委书记",)
    assert [(m.start, m.end) for m in wang.mentions] == [(0, 4), (9, 11), (26, 28)]
    assert {t.id: t.speaker for t in shown.tasks} == {"t1": "王晓", "t2": "王晓"}
    # the extractor's spans are untouched: the merge is a correction
    assert state.auto == store.article_state(aid).auto


def test_merge_is_saved_and_survives_re_extraction(store, aid):
    state = merge_officials(store.article_state(aid), ["王晓同志", "王晓"], keep="王晓")
    store.save_article_state(aid, state)
    assert [o.name for o in store.article(aid).officials] == ["王晓"]
    store.replace_extraction(aid, _extraction())  # the extractor splits them again
    article = store.article(aid)
    assert [o.name for o in article.officials] == ["王晓"]
    assert len(article.officials[0].mentions) == 3
    assert {t.speaker for t in article.tasks} == {"王晓"}
    # and in the editor's own re-extraction
    again = drafts.reextract(store.article_state(aid), lambda body, **kw: _extraction(body))
    assert [o.name for o in drafts.merged(again).officials] == ["王晓"]


def test_merge_under_a_new_spelling_and_posts_of_both(store):
    body = "王小主持会议。市长王晓出席。"
    ex = Extraction(officials=(Official("王小", ("市委书记",), (Span(0, 2),)),
                               Official("王晓", ("市长",), (Span(9, 11),))))
    aid = add_plain(store, "会议", body, extraction=ex)
    state = merge_officials(store.article_state(aid), ["王小", "王晓"], keep="王晓")
    (wang,) = drafts.merged(state).officials
    assert (wang.name, wang.titles, len(wang.mentions)) == ("王晓", ("市长", "市委书记"), 2)
    state = merge_officials(store.article_state(aid), ["王小", "王晓"], keep="王晓明")
    assert [o.name for o in drafts.merged(state).officials] == ["王晓明"]


def test_merge_of_hand_marked_mentions_and_errors(store, aid):
    state = drafts.mark_official(store.article_state(aid), 26, 28, "王 晓", ())
    state = merge_officials(state, ["王 晓", "王晓同志"], keep="王晓")
    assert [o.name for o in drafts.merged(state).officials] == ["王晓"]
    with pytest.raises(ValueError):
        merge_officials(state, ["王晓"], keep="王晓")
    with pytest.raises(ValueError):
        merge_officials(state, ["王晓同志"], keep=" ")


def test_merge_candidates_put_the_likely_same_person_first(store):
    body = "马坚、王晓同志、王晓、王强出席。"
    ex = Extraction(officials=tuple(Official(n, (), (Span(body.index(n + ("、" if n == "王晓" else "")),
                                                          body.index(n + ("、" if n == "王晓" else "")) + len(n)),))
                                    for n in ("马坚", "王晓同志", "王晓", "王强")))
    aid = add_plain(store, "名单", body, extraction=ex)
    assert merge_candidates(store.article_state(aid), "王晓") == ["王晓同志", "王强", "马坚"]


# -- search over corrections ---------------------------------------------------------------------

def test_entity_search_finds_hand_made_and_not_suppressed(store, aid):
    other = add_plain(store, "另一篇", "李明同志讲话,要求抓好整改。", date="2019-03-02")
    assert store.article_ids("官员:李明") == []
    assert store.article_ids("任务:抓好整改") == [aid]

    # by hand in the other article: an official and a task
    state = store.article_state(other)
    state = drafts.mark_official(state, 0, 2, "李明", ("区长",))
    state, _key = drafts.mark_task(state, state.body.index("抓好整改"), state.body.index("抓好整改") + 4, "李明")
    store.save_article_state(other, state)
    assert store.article_ids("官员:李明") == [other]
    assert store.article_ids("职务:区长") == [other]
    assert sorted(store.article_ids("任务:抓好整改")) == sorted([aid, other])
    assert store.article_ids("任务:整改 李明") == [other]

    # suppressed automatic ones are no longer found
    state = store.article_state(aid)
    t1 = next(t for t in state.auto.tasks if t.id == "t1")
    state = drafts.remove_highlights(state, t1.start, t1.end, kinds=("task",))
    state = drafts.remove_highlights(state, 0, 4, kinds=("official",))
    store.save_article_state(aid, state)
    assert store.article_ids("任务:抓好整改") == [other]
    assert store.article_ids("官员:王晓同志") == []
    assert store.article_ids("官员:王晓") == [aid]  # its other mentions are still shown
    assert store.article_ids("职务:市委书记") == [aid]


def test_search_finds_the_merged_name_and_changed_posts(store, aid):
    store.save_article_state(aid, merge_officials(store.article_state(aid), ["王晓同志", "王晓"], keep="王晓"))
    assert store.article_ids("官员:王晓同志") == []
    assert store.article_ids("官员:王晓") == [aid]
    state = drafts.set_posts(store.article_state(aid), "王晓", ("市长",))
    store.save_article_state(aid, state)
    assert store.article_ids("职务:市委书记") == []
    assert store.article_ids("职务:市长") == [aid]
