"""Why the extractor marked something: its rules' names in words, for `extract --explain` and the
reader's tooltip (ui/reasons.py holds the same words through tr(), keyed by these names).

Official.rules and Task.rules hold rule names; each name is one rule of officials.py or tasks.py
(the rule's docstring gives the sentence it exists for).
"""
from __future__ import annotations

from ..domain import Official, Task

# Rule name -> what it means, in the words a reader sees (Chinese; English in ui/reasons.py).
RULE_WORDS: dict[str, str] = {
    # How the person and the post stand together.
    "title_first": "职务在前 + 姓名",
    "name_first": "姓名 + 职务",
    "name_first_translit": "外国译名 + 元首职务",
    "name_first_former": "姓名 + 前任元首职务",
    "name_first_ethnic": "民族姓名 + 职务",
    "title_list": "职务 + 顿号名单",
    "name_list_first": "顿号名单 + 职务（名单中每人）",
    "leader_list": "领导称谓 + 名单",
    "counted_list": "某某等几名 + 职务",
    "title_note": "职务（括注）+ 姓名",
    "title_descriptor": "职务、单位身份 + 姓名",
    "title_de": "职务 + 的 + 身份 + 姓名",
    "caption": "姓名 + 中共…职务",
    "chain": "多个职务连写",
    "comma_chain": "逗号隔开的同一人职务（讣告、履历）",
    "shared_organ": "名单中职务承前一人的机关（人大、政协）",
    "congratulated": "致电祝贺就任的职务",
    "appointed": "任命…为…、免去…职务中的职务",
    "post_taken_up": "句首姓名 + 担任/出任 + 职务",
    "career_line": "“他历任……等职”中的职务",
    "listed_colleague": "名单中承前一人机关的总工程师等职务",
    "known_name_first": "文中已识别的姓名 + 职务",
    "headline": "见于标题",
    "bare_mention": "后文单提姓名",
    "dotted_part": "外国人名的一部分 + 职务",
    "name_tail": "长名字的末段 + 职务（同一人）",
    "last_syllable": "越南人名的末字 + 职务（同一人）",
    "name_confirmed": "文中别处写全的姓名（末字不属于后面的词）",
    "list_member": "名单中两名之间的姓名",
    "author_note": "署名 + 文末作者简介中的职务",
    # Where the name ends.
    "name:latin": "拉丁字母姓名",
    "name:regnal": "音译名 + 几世",
    "name:repeated": "同名在文中另有单独出现",
    "name:dotted": "带间隔号的姓名",
    "name:japanese": "日本姓氏",
    "name:translit_run": "长音译名",
    "name:surname_given": "姓 + 名",
    "name:soft_stop": "姓 + 名（名以常用字开头）",
    "name:spaced": "姓 + 空格 + 名",
    "name:four_chars": "四字姓名",
    "name:translit": "音译名",
    "name:three_chars": "三字姓名",
    "name:translit_bare": "音译名",
    "name:translit_country": "国名 + 职务 + 音译名",
    "name:numeral_given": "姓 + 以数字开头的名",
    "name:ethnic_parts": "民族姓名（藏、蒙、彝等名字）",
    "name:word_name": "姓 + 常用词作名",
    "name:word_surname": "和、第五等常用词作姓 + 名",
    "name:foreign_two": "国名 + 职务 + 两字音译名",
    "name:foreign_three": "国名 + 职务 + 三字外国姓名",
    "name:foreign_long": "国名 + 职务 + 长音译名（蒙古、泰国、柬埔寨等名字）",
    "name:junior": "小 + 音译名（小马科斯）",
    "name:burmese": "缅甸职务 + 吴、杜 + 缅甸名字",
    "title_as": "作为 + 职务，+ 姓名 + 说",
    "name:qian_ming": "姓 + 含“千”“名”的名",
    "name:stop_last": "姓 + 名（末字为“年”“行”“同”）",
    "name:minority_three": "职务 + 三字少数民族名字（音译字为主）",
    # What makes a clause a task.
    "task_di": "序号“第一”",
    "task_paren": "序号“（一）”",
    "task_arabic": "序号“1.”",
    "task_seq": "首先、其次",
    "task_shi": "一是、二是",
    "task_yao": "一要、二要",
    "task_modal": "要、必须、应当、不得、不要",
    "task_demand": "要求 + 内容",
    "task_item": "部署或冒号后的分项",
    "task_ordinal_verb": "一抓、二抓",
    "task_imperative": "强调后的祈使句",
    "task_firm": "坚决…",
    "task_follow_on": "指示后紧接的祈使句",
    "under_heading": "标题下的子任务",
    # Who said it.
    "speaker_named": "讲话人在前点名",
    "speaker_pronoun": "讲话人为“他/她”",
    "speaker_meeting": "会议",
    "speaker_subject": "讲话人为句首主语",
    "speaker_list": "同一列表",
    "speaker_heading": "随所属标题",
    "speaker_intro": "讲话人提出的几点要求",
    "speaker_before": "上一句的讲话人",
    "speaker_quote": "引语后署名",
    "speaker_answer": "答问",
    "speaker_paragraph": "段落",
}


def words(rule: str) -> str:
    return RULE_WORDS.get(rule, rule)


def official_why(o: Official) -> str:
    """"职务在前 + 姓名；姓 + 名；后文单提姓名"."""
    return "；".join(words(r) for r in o.rules)


def task_why(t: Task, by_id: dict[str, Task] | None = None) -> str:
    """"第一…一要；讲话人在前点名": the ordinal (after its heading's) or the marker, then the speaker."""
    parts = []
    parent = (by_id or {}).get(t.parent) if t.parent else None
    if t.ordinal:
        lead = parent.ordinal + "…" if parent is not None and parent.ordinal else ""
        parts.append(lead + t.ordinal)
    for r in t.rules:
        if r.startswith("task_") and (not t.ordinal or r not in ("task_di", "task_paren", "task_arabic",
                                                                  "task_seq", "task_shi", "task_yao")):
            parts.append(words(r))
        elif r.startswith("speaker_") and t.speaker:
            parts.append(words(r))
    return "；".join(parts)


def official_explained(o: Official) -> dict:
    return {"rules": list(o.rules), "why": official_why(o)}


def task_explained(t: Task, by_id: dict[str, Task]) -> dict:
    return {"rules": list(t.rules), "why": task_why(t, by_id)}
