"""Tasks: directives, their tree and their speakers, on short texts written for these tests."""
from __future__ import annotations

import pytest

from desktop_app.extraction import extract


def tasks(body: str):
    return extract(body).tasks


def texts(body: str) -> list[str]:
    return [t.text for t in tasks(body)]


def test_di_headings_with_yao_children():
    body = ("县委书记陈立新出席并讲话。陈立新要求，第一，要压实责任，把抓思想与抓作风结合起来。"
            "一要靠前指挥，二要严格考核，三要真抓实干，确保工作落地。第二，要补齐短板。"
            "一要聚焦重点，二要狠抓整改。")
    ts = tasks(body)
    assert [(t.level, t.ordinal, t.text) for t in ts] == [
        (1, "第一", "要压实责任，把抓思想与抓作风结合起来"),
        (2, "一要", "一要靠前指挥"),
        (2, "二要", "二要严格考核"),
        (2, "三要", "三要真抓实干，确保工作落地"),
        (1, "第二", "要补齐短板"),
        (2, "一要", "一要聚焦重点"),
        (2, "二要", "二要狠抓整改"),
    ]
    assert [t.id for t in ts] == [f"t{i}" for i in range(1, 8)]
    assert [t.parent for t in ts] == [None, "t1", "t1", "t1", None, "t5", "t5"]
    assert {t.speaker for t in ts} == {"陈立新"}


@pytest.mark.parametrize("marker", ["一是", "（一）", "1.", "首先，"])
def test_other_ordinals_are_headings(marker):
    second = {"一是": "二是", "（一）": "（二）", "1.": "2.", "首先，": "其次，"}[marker]
    body = f"会议强调，{marker}加强组织领导，落实责任。{second}严格督查考核。"
    ts = tasks(body)
    assert len(ts) == 2 and all(t.level == 1 and t.speaker is None for t in ts)
    assert ts[0].text.startswith(marker.rstrip("，")) or ts[0].ordinal == "首先"


def test_unnumbered_parallel_directives():
    body = ("副市长李海在讲话中指出，要在稳定就业上再发力，做好重点群体帮扶，兜牢民生底线。"
            "要在优化服务上再用劲，减少不必要的审批环节，提高办事效率。必须守住安全底线。各级部门务必压实责任。"
            "要以改革激发活力，全面优化营商环境。")
    assert texts(body) == ["要在稳定就业上再发力", "要在优化服务上再用劲", "必须守住安全底线",
                           "各级部门务必压实责任",
                           # a sentence of two clauses is one directive (as the gold annotates it)
                           "要以改革激发活力，全面优化营商环境"]
    assert {t.speaker for t in tasks(body)} == {"李海"}


def test_speaker_carries_across_paragraphs_until_another_takes_over():
    body = ("市长赵明远指出，要加快项目建设。\n要抓好安全生产。\n"
            "市委副书记孙丽在总结中强调，要转变工作作风。\n会议要求，要严格落实责任。")
    assert [(t.text, t.speaker) for t in tasks(body)] == [
        ("要加快项目建设", "赵明远"), ("要抓好安全生产", "赵明远"),
        ("要转变工作作风", "孙丽"), ("要严格落实责任", None)]


def test_pronoun_speaker_is_the_last_official():
    body = "省委书记吴海主持会议并讲话。他强调，要把握工作重点。"
    assert [(t.text, t.speaker) for t in tasks(body)] == [("要把握工作重点", "吴海")]


def test_demand_after_a_sentence_subject():
    body = "国务院总理胡春来主持召开常务会议，要求狠抓任务落实，确保取得实效。"
    assert [(t.text, t.speaker) for t in tasks(body)] == [("要求狠抓任务落实，确保取得实效", "胡春来")]


def test_semicolon_items_after_a_lead_in():
    body = "委员长郝明在报告中对今后一年的任务进行部署：加强宪法实施；推进立法工作；做好监督工作。"
    assert [(t.text, t.speaker) for t in tasks(body)] == [
        ("加强宪法实施", "郝明"), ("推进立法工作", "郝明"), ("做好监督工作", "郝明")]


@pytest.mark.parametrize("body", [
    "五年来，全市取得显著成效：一是经济稳步增长；二是民生持续改善；三是生态更加优美。",
    "去年全县脱贫1.2万人，新增就业3000人，取得了决定性进展。",
    "这是非常重要的工作，主要负责同志作表态发言。",
    "市长李海说，当前需要清醒认识面临的困难。",
])
def test_facts_praise_and_history_are_not_tasks(body):
    assert tasks(body) == ()


@pytest.mark.parametrize("comma", [",", "，"])
def test_offsets_slice_back_to_text(comma):
    body = f"市委书记王立指出{comma}要抓好落实{comma}确保见效。一是强化责任{comma}二要严格考核。"
    for t in tasks(body):
        assert body[t.start:t.end] == t.text
        assert len(t.text) >= 4


# --- Statements that look like directives (written for these tests) -----------------------------

def test_pair_items_are_not_tasks():
    body = "我们要把握好两方面关系。一是稳与进的关系。二是点与面的关系。"
    assert not any(t.startswith(("一是", "二是")) for t in texts(body))


def test_ordinal_item_with_a_verb_is_a_task():
    body = "会议强调，一是处理好稳与进的关系，二是加强队伍建设。"
    assert "一是处理好稳与进的关系" in texts(body)


def test_judgment_with_modal_is_not_a_task():
    assert texts("他说，要当好一名乡镇干部是很难的。") == []


def test_modal_before_qiu_idiom():
    assert texts("他强调，要求真务实、开拓创新。") == ["要求真务实、开拓创新"]


def test_demand_verb_still_carries_its_object():
    assert texts("会议要求各地加强市场监管。") == ["要求各地加强市场监管"]


def test_a_minister_who_set_out_the_work_in_detail_speaks_for_the_list_after():
    body = ("自然资源部党组书记、部长欧阳振国主持会议。欧阳振国对下半年工作作了具体部署。"
            "第一，要抓好耕地保护。一要压实地方责任，二要严格占补平衡。")
    found = [(t.text, t.speaker) for t in extract(body).tasks]
    assert found and all(s == "欧阳振国" for _, s in found), found


def test_a_transcript_line_opened_by_the_spokespersons_name_is_theirs():
    body = ("国防部新闻局副局长、新闻发言人司徒韬回答记者提问。\n  问：有记者问及有关言论。\n"
            "  司徒韬：有关方面要收起冷战思维，少在地区国家之间煽风点火。")
    assert [(t.text, t.speaker) for t in extract(body).tasks] == [
        ("有关方面要收起冷战思维，少在地区国家之间煽风点火", "司徒韬")]


def test_what_a_visit_is_for_is_no_directive():
    body = "马拉维总统姆万卡表示，马方愿同中方深化合作。他说，他本人此访就是要把这份友谊传承下去。"
    assert [t.text for t in extract(body).tasks] == []


def test_a_modal_after_a_word_of_danger_is_one_but_not_the_word_for_a_steep_place():
    assert [t.text for t in extract("会议强调，基层转移避险要做到不漏一户，确保群众安全。").tasks] == [
        "基层转移避险要做到不漏一户，确保群众安全"]
    assert extract("这里地势险要，易守难攻。").tasks == ()
    assert extract("险要关口有人把守，游客止步。").tasks == ()


def test_who_reminds_the_public_speaks_for_the_reminder():
    body = ("交通运输部新闻发言人欧阳岳松出席发布会。欧阳岳松最后提醒，假期出行高峰预计集中在5月1日，"
            "公众要合理安排出行时间，出发前查询路况。")
    assert [(t.text, t.speaker) for t in extract(body).tasks] == [
        ("公众要合理安排出行时间，出发前查询路况", "欧阳岳松")]


def test_what_experts_and_workers_propose_at_a_symposium_is_no_directive():
    body = ("座谈会上，某研究所首席技师韩桂芝、某大学教授聂晓彬先后发言。韩桂芝结合自己三十年的装配经历谈到，"
            "技能人才要有更畅通的上升通道。聂晓彬建议，高校科研评价应当更加看重成果的实际应用。")
    assert extract(body).tasks == ()


def test_what_a_procedure_takes_is_no_directive():
    body = "委员说，不少务工人员反映，异地就医备案要跑好几个窗口，报销要等两三个月。"
    assert extract(body).tasks == ()


def test_a_spokespersons_do_not_to_a_party_is_a_directive():
    body = ("答：中方将继续向岛国提供支持。有关国家不要把南太平洋变成地缘争夺的竞技场。")
    assert [t.text for t in extract(body).tasks] == ["有关国家不要把南太平洋变成地缘争夺的竞技场"]
    assert extract("“你不要怕。”老人拉着他的手说。").tasks == ()


def test_where_a_leader_went_with_a_list_of_places_does_not_hide_the_speaker():
    body = "省委书记司马昭禾在周口、驻马店调研夏粮收购时指出，要执行好小麦最低收购价收购预案。"
    assert [(t.text, t.speaker) for t in extract(body).tasks] == [("要执行好小麦最低收购价收购预案", "司马昭禾")]
    body = "国务院总理欧阳强代表党中央、国务院在讲话中指出，广大科技工作者要甘坐“冷板凳”，多出原创成果。"
    assert [t.speaker for t in extract(body).tasks] == ["欧阳强"]
