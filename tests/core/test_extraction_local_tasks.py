"""Tasks and speakers on county and city reports: one made-up paragraph per rule of issue 12's
families 7 and 8 (none is a corpus sentence; each fails on the tree before its rule)."""
from __future__ import annotations

import pytest

from desktop_app.extraction import extract


def tasks(body: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.speaker) for t in extract(body).tasks]


def speaker_of(body: str, text: str) -> str | None:
    found = [s for t, s in tasks(body) if text in t]
    assert found, (text, tasks(body))
    return found[0]


# 7. speakers
def test_directive_in_the_sentence_of_the_named_speaker():
    body = "5月8日，全区安全生产工作会议召开。区长李强出席会议并讲话强调，要切实抓好安全生产工作，坚决遏制重特大事故发生。"
    assert speaker_of(body, "要切实抓好安全生产工作") == "李强"


def test_quote_before_its_attribution():
    body = "在柳溪村，县长王涛察看了产业基地。“我们要把群众的事当成自己的事来办。”王涛说。"
    assert speaker_of(body, "我们要把群众的事当成自己的事来办") == "王涛"


def test_relayed_spirit_belongs_to_the_meeting():
    body = ("3月2日，县委常委会召开会议。会议传达学习了省委书记刘明在全省经济工作会议上的讲话精神，强调要认真贯彻"
            "落实会议精神，扎实做好今年各项工作。")
    assert speaker_of(body, "要认真贯彻落实会议精神") is None


def test_addressees_before_a_colon_are_no_task():
    body = "区委书记陈刚调研时要求相关部门、乡镇：要加强协调配合；要加快项目建设进度。"
    assert tasks(body) == [("要加强协调配合", "陈刚"), ("要加快项目建设进度", "陈刚")]


# 8. tasks
@pytest.mark.parametrize("body", [
    "会议要求和议程安排由县委办公室另行通知。",
    "会议共四项议程。一是传达学习上级文件精神；二是听取全县工作情况汇报；三是研究部署下步工作。",
])
def test_no_task(body):
    assert tasks(body) == [], tasks(body)


def test_imperative_headings_after_a_colon():
    body = ("县委书记张华强调：深刻认识做好防汛工作的重要性。各乡镇要克服麻痹思想，时刻绷紧防汛这根弦。"
            "压实防汛工作责任。各级各部门要层层落实责任。强化值班值守。")
    found = tasks(body)
    for text in ("深刻认识做好防汛工作的重要性", "压实防汛工作责任", "强化值班值守"):
        assert any(t.startswith(text) and s == "张华" for t, s in found), (text, found)


def test_jianjue_after_a_demand_verb():
    body = "县委书记张华在会上强调，坚决守住不发生规模性返贫的底线。"
    assert speaker_of(body, "坚决守住不发生规模性返贫的底线") == "张华"


def test_bare_ordinal_verbs():
    body = "镇党委书记赵亮要求，一抓责任落实，二抓隐患排查，三抓应急处置。"
    found = extract(body).tasks
    assert [(t.ordinal, t.text, t.speaker) for t in found] == [
        ("一抓", "一抓责任落实", "赵亮"), ("二抓", "二抓隐患排查", "赵亮"), ("三抓", "三抓应急处置", "赵亮")]
    assert found[0].rules[0] == "task_ordinal_verb"


def test_yingdang_marks_a_directive():
    body = "副县长孙敏指出，各级党委应当切实履行主体责任。"
    assert speaker_of(body, "各级党委应当切实履行主体责任") == "孙敏"


def test_yingdang_that_describes_is_no_task():
    assert tasks("这是各级党委应当坚持的基本原则，也是工作应该具有的基本特征。") == []


def test_hopes_set_out_after_a_colon_are_tasks_of_their_speaker():
    body = "市委书记赵明提三点希望：希望大家坚定发展信心，希望大家真抓实干，希望大家廉洁自律。"
    assert tasks(body) == [("希望大家坚定发展信心", "赵明"), ("希望大家真抓实干", "赵明"), ("希望大家廉洁自律", "赵明")]


def test_the_speaker_who_introduces_a_list_and_the_speaker_of_the_sentence_before():
    # guards: these worked before this round and must go on working
    body = ("县委书记张华出席会议并讲话。张华提出四点要求：一是提高政治站位；二是压实工作责任；三是强化督导检查。"
            "他指出，今年是巩固成果的关键之年。要紧盯目标任务，全力推进各项工作。")
    assert [s for _t, s in tasks(body)] == ["张华"] * 4
