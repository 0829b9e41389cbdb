"""Spans under body edits, corrections merged over the extractor's spans, anchors, the working copy."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.editing import drafts
from desktop_app.editing.annotations import (Edit, diff_edit, match_anchors, merge, shift_corrections, shift_extraction,
                                     shift_span)
from desktop_app.domain import ArticleState, Corrections, Extraction, Official, Span, Task, TaskOverride

BODY = "会上,市长张晓容主持会议。要坚持靠前指挥,确保成效。"
NAME = (BODY.index("张晓容"), BODY.index("张晓容") + 3)


def _state(body=BODY) -> ArticleState:
    s, e = body.index("张晓容"), body.index("张晓容") + 3
    ts = body.index("要坚持靠前指挥")
    auto = Extraction((Official("张晓容", ("市长",), (Span(s, e),)),),
                      (Task("t1", 1, "要坚持靠前指挥", ts, ts + 7, speaker="张晓容"),))
    return ArticleState(title="标题", body=body, auto=auto)


def _texts(state: ArticleState) -> tuple[list[str], list[str]]:
    """Every span's text, for checking that spans still cover what they covered."""
    m = drafts.merged(state)
    return ([state.body[x.start:x.end] for o in m.officials for x in o.mentions],
            [state.body[t.start:t.end] for t in m.tasks])


# -- shift_span ---------------------------------------------------------------------------------

@pytest.mark.parametrize("edit, expected", [
    (Edit(0, 0, 2), (12, 15, False)),        # insertion before
    (Edit(10, 0, 2), (12, 15, False)),       # insertion exactly at the start stays outside
    (Edit(15, 0, 2), (10, 13, False)),       # insertion exactly at the end stays outside
    (Edit(20, 0, 2), (10, 13, False)),       # after
    (Edit(11, 0, 2), (10, 15, True)),        # inside: grows, flagged
    (Edit(2, 3, 0), (7, 10, False)),         # deletion before
    (Edit(11, 1, 0), (10, 12, True)),        # deletion inside
    (Edit(8, 4, 0), (8, 9, True)),           # deletion across the start keeps the surviving tail
    (Edit(12, 4, 0), (10, 12, True)),        # deletion across the end keeps the head
    (Edit(8, 4, 1), (9, 10, True)),          # replacement across the start
    (Edit(10, 3, 0), None),                  # the span deleted exactly
    (Edit(9, 6, 0), None),                   # deleted with more around it
    (Edit(10, 3, 2), (10, 12, True)),        # the span replaced whole: the new text, flagged
    (Edit(13, 2, 0), (10, 13, False)),       # deletion right after
    (Edit(8, 2, 0), (8, 11, False)),         # deletion right before
])
def test_shift_span(edit, expected):
    assert shift_span(10, 13, edit) == expected


def test_diff_edit_finds_the_change_and_uses_the_hint_when_ambiguous():
    assert diff_edit("abc", "abc") is None
    assert diff_edit("abcdef", "abXYef") == Edit(2, 2, 2)
    assert diff_edit("王晓", "王王晓") == Edit(1, 0, 1)
    assert diff_edit("王晓", "王王晓", hint=0) == Edit(0, 0, 1)
    assert diff_edit("王晓", "王王晓", hint=5) == Edit(1, 0, 1)   # a wrong hint is ignored
    assert diff_edit("𠮷野家", "𠮷𠮷野家", hint=0) == Edit(0, 0, 1)


# -- body edits on the working copy -----------------------------------------------------------------

def test_insertion_before_spans_moves_them_and_keeps_their_text():
    state, report = drafts.edit_body(_state(), "今天," + BODY)
    assert _texts(state) == (["张晓容"], ["要坚持靠前指挥"])
    assert report.flagged == report.removed == 0
    assert not any(m.review for o in state.auto.officials for m in o.mentions)


def test_insertion_after_spans_leaves_them():
    state, report = drafts.edit_body(_state(), BODY + "散会。")
    assert _texts(state) == (["张晓容"], ["要坚持靠前指挥"])
    assert state.auto == _state().auto and report.flagged == 0


def test_insertion_inside_a_span_flags_it():
    body = BODY.replace("靠前指挥", "靠前靠后指挥")
    state, report = drafts.edit_body(_state(), body)
    assert _texts(state) == (["张晓容"], ["要坚持靠前靠后指挥"])
    task = state.auto.tasks[0]
    assert task.review and task.text == "要坚持靠前靠后指挥"
    assert report.flagged == 1


def test_deletion_inside_before_and_across():
    inside, r = drafts.edit_body(_state(), BODY.replace("坚持靠前", "坚持"))
    assert _texts(inside)[1] == ["要坚持指挥"] and r.flagged == 1
    before, r = drafts.edit_body(_state(), BODY.replace("会上,", ""))
    assert _texts(before) == (["张晓容"], ["要坚持靠前指挥"]) and r.flagged == 0
    # deleting "市长张" cuts into the name: the mention keeps what survives and is flagged
    across, r = drafts.edit_body(_state(), BODY.replace("市长张", ""))
    assert _texts(across)[0] == ["晓容"]
    assert across.auto.officials[0].mentions[0].review and r.flagged == 1
    gone, r = drafts.edit_body(_state(), BODY.replace("市长张晓容", ""))
    assert _texts(gone)[0] == [] and r.removed == 1


def test_non_bmp_characters_before_inside_and_after():
    body = "𠮷" + BODY.replace("张晓容", "张𠮷容")
    state = _state(body.replace("张𠮷容", "张晓容"))
    state = drafts.edit_body(state, body.replace("张𠮷容", "张晓容"))[0]
    s, e = body.index("张𠮷容"), body.index("张𠮷容") + 3
    state = ArticleState(title="t", body=body, auto=Extraction((Official("张𠮷容", (), (Span(s, e),)),), ()))
    # before: two astral characters inserted at the start
    moved, _ = drafts.edit_body(state, "𠮷𠮷" + body)
    assert _texts(moved)[0] == ["张𠮷容"]
    # inside: an astral character added inside the name
    grown, r = drafts.edit_body(state, body.replace("张𠮷容", "张𠮷𠮷容"))
    assert _texts(grown)[0] == ["张𠮷𠮷容"] and r.flagged == 1
    # after
    after, r = drafts.edit_body(state, body + "𠮷")
    assert _texts(after)[0] == ["张𠮷容"] and r.flagged == 0
    # deletion of the astral character before the span
    back, _ = drafts.edit_body(state, body[1:])
    assert _texts(back)[0] == ["张𠮷容"]


def test_corrections_shift_with_the_body():
    state = drafts.mark_official(_state(), 0, 2, "会上", ("职务",))
    state, _ = drafts.mark_task(state, BODY.index("确保成效"), BODY.index("确保成效") + 4, "张晓容")
    shifted, _ = drafts.edit_body(state, "前言。" + BODY)
    assert sorted(_texts(shifted)[0]) == sorted(["会上", "张晓容"])
    assert _texts(shifted)[1] == ["要坚持靠前指挥", "确保成效"]
    corr, _ = shift_corrections(state.corrections, Edit(0, 0, 3), "前言。" + BODY)
    assert corr.tasks[0].start == state.corrections.tasks[0].start + 3


def test_shift_extraction_drops_children_parent_when_parent_deleted():
    body = "第一,要甲乙。一要丙丁。"
    auto = Extraction((), (Task("t1", 1, "要甲乙", 3, 6), Task("t2", 2, "一要丙丁", 7, 11, parent="t1")))
    new_body = "第一,。一要丙丁。"
    shifted, report = shift_extraction(auto, diff_edit(body, new_body), new_body)
    assert [t.id for t in shifted.tasks] == ["t2"] and shifted.tasks[0].parent is None
    assert report.removed == 1


# -- corrections ---------------------------------------------------------------------------------------

def test_mark_official_replaces_a_wrong_automatic_mention():
    body = "市长张晓容主持。"
    auto = Extraction((Official("张晓", ("市长",), (Span(2, 4),)),), ())
    state = ArticleState(title="t", body=body, auto=auto)
    state = drafts.mark_official(state, 2, 5, "张晓容", ("市长",))
    shown = drafts.merged(state)
    assert [(o.name, o.titles, [(m.start, m.end) for m in o.mentions]) for o in shown.officials] == [
        ("张晓容", ("市长",), [(2, 5)])]
    assert state.auto == auto  # the extractor's spans are untouched: corrections are apart


def test_remove_highlights_and_set_posts_and_every_occurrence():
    body = "王晓指出,王晓强调,王晓要求。"
    auto = Extraction((Official("王晓", ("市委书记",), (Span(0, 2),)),), ())
    state = ArticleState(title="t", body=body, auto=auto)
    state, n = drafts.apply_to_every_occurrence(state, "王晓")
    assert n == 2 and len(drafts.merged(state).officials[0].mentions) == 3
    state = drafts.set_posts(state, "王晓", ("市委书记", "市长"))
    assert drafts.merged(state).officials[0].titles == ("市委书记", "市长")
    state = drafts.remove_highlights(state, 0, 6)
    assert [(m.start, m.end) for m in drafts.merged(state).officials[0].mentions] == [(10, 12)]
    assert drafts.merged(drafts.reset_to_automatic(state)) == auto


def test_set_task_speaker_and_level_of_automatic_and_manual_tasks():
    state = _state()
    state = drafts.set_task(state, "t1", speaker="王晓", level=2)
    t = drafts.merged(state).tasks[0]
    assert (t.speaker, t.level) == ("王晓", 2)
    s = BODY.index("确保成效")
    state, key = drafts.mark_task(state, s, s + 4, "王晓", level=1)
    state = drafts.set_task(state, key, speaker="马坚")
    tasks = drafts.merged(state).tasks
    assert [(t.id, t.speaker, t.manual) for t in tasks] == [("t1", "王晓", False), ("m1", "马坚", True)]


def test_merge_keeps_overrides_after_reextraction():
    """A better extractor returns the same task under another id and place: the override finds it."""
    corr = Corrections(task_overrides=(TaskOverride(5, 12, "要坚持靠前指挥", speaker="王晓"),))
    again = Extraction((), (Task("t7", 1, "要坚持靠前指挥", 9, 16, speaker="张晓容"),))
    assert merge(again, corr).tasks[0].speaker == "王晓"


def test_match_anchors_by_place_then_text_then_overlap():
    tasks = [Task("a", 1, "甲乙丙", 0, 3), Task("b", 1, "丁戊己庚", 10, 14), Task("c", 1, "甲乙丙", 20, 23)]
    assert match_anchors([(0, 3, "甲乙丙")], tasks) == {0: 0}
    assert match_anchors([(19, 22, "甲乙丙")], tasks) == {0: 2}
    assert match_anchors([(10, 13, "丁戊己")], tasks) == {0: 1}
    assert match_anchors([(40, 44, "无关")], tasks) == {}


# -- validation and drafts ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("", (None, None)), ("2019-03-01", ("2019-03-01", None)), ("2019年3月1日", ("2019-03-01", None)),
    ("2019/3/1", ("2019-03-01", None)), ("2019-02-30", (None, "date_invalid")), ("三月一日", (None, "date_format")),
    ("1850-01-01", (None, "date_range")), ("2019-13-01", (None, "date_invalid")),
])
def test_validate_date(text, expected):
    assert drafts.validate_date(text, today=dt.date(2024, 1, 1)) == expected


def test_validate_views_and_tags():
    assert drafts.validate_views("1,234") == (1234, None)
    assert drafts.validate_views("-3") == (None, "views_invalid")
    assert drafts.parse_tags("脱贫, 会议、脱贫;西宁") == ("脱贫", "会议", "西宁")


def test_state_json_round_trip_and_draft_files(tmp_path):
    state = drafts.mark_official(_state(), 0, 2, "会上", ("职务",))
    state = drafts.set_task(state, "t1", level=2)
    state = drafts.edit_body(state, BODY.replace("靠前", "靠前𠮷"))[0]
    assert drafts.state_from_json(drafts.state_json(state)) == state
    path = drafts.write_draft(tmp_path, 7, state)
    assert drafts.pending_drafts(tmp_path) == [path]
    article_id, _when, restored = drafts.read_draft(path)
    assert article_id == 7 and restored == state
    assert drafts.merged(restored).tasks[0].review
    drafts.discard_draft(tmp_path, 7)
    assert drafts.pending_drafts(tmp_path) == []
    (tmp_path / "article-9.json").write_text("{half", encoding="utf-8")
    assert drafts.read_draft(tmp_path / "article-9.json") is None
