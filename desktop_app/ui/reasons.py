"""Why a highlight is there, in words, for the reader's tooltip ("官员 · 依据：职务在前 + 姓名").

The store keeps no rule names: the first time a tooltip is asked for, the open article is extracted
again (≈ 1 ms) and the stored official or task is matched with what the extractor finds now. A task
marked by hand says so; a highlight the extractor no longer finds (an older extractor's, or an
official added by hand) gets no reason rather than a wrong one.
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from ..domain import Article, Extraction, Task


class Explainer(QObject):
    """One per reader pane; remembers the extraction of the article it explained last."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._key: tuple[int, str] | None = None
        self._found: Extraction | None = None
        self._words: dict[str, str] | None = None

    def words(self) -> dict[str, str]:
        """The rule names of extraction/explain.py in the user's language."""
        if self._words is None:
            self._words = {
                "title_first": self.tr("职务在前 + 姓名"),
                "name_first": self.tr("姓名 + 职务"),
                "name_first_translit": self.tr("外国译名 + 元首职务"),
                "name_first_former": self.tr("姓名 + 前任元首职务"),
                "name_first_ethnic": self.tr("民族姓名 + 职务"),
                "title_list": self.tr("职务 + 顿号名单"),
                "name_list_first": self.tr("顿号名单 + 职务（名单中每人）"),
                "leader_list": self.tr("领导称谓 + 名单"),
                "counted_list": self.tr("某某等几名 + 职务"),
                "title_note": self.tr("职务（括注）+ 姓名"),
                "title_descriptor": self.tr("职务、单位身份 + 姓名"),
                "title_de": self.tr("职务 + 的 + 身份 + 姓名"),
                "caption": self.tr("姓名 + 中共…职务"),
                "chain": self.tr("多个职务连写"),
                "comma_chain": self.tr("逗号隔开的同一人职务（讣告、履历）"),
                "shared_organ": self.tr("名单中职务承前一人的机关（人大、政协）"),
                "congratulated": self.tr("致电祝贺就任的职务"),
                "appointed": self.tr("任命…为…、免去…职务中的职务"),
                "post_taken_up": self.tr("句首姓名 + 担任/出任 + 职务"),
                "career_line": self.tr("“他历任……等职”中的职务"),
                "listed_colleague": self.tr("名单中承前一人机关的总工程师等职务"),
                "known_name_first": self.tr("文中已识别的姓名 + 职务"),
                "headline": self.tr("见于标题"),
                "bare_mention": self.tr("后文单提姓名"),
                "dotted_part": self.tr("外国人名的一部分 + 职务"),
                "name_tail": self.tr("长名字的末段 + 职务（同一人）"),
                "last_syllable": self.tr("越南人名的末字 + 职务（同一人）"),
                "name_confirmed": self.tr("文中别处写全的姓名（末字不属于后面的词）"),
                "list_member": self.tr("名单中两名之间的姓名"),
                "author_note": self.tr("署名 + 文末作者简介中的职务"),
                "name:latin": self.tr("拉丁字母姓名"),
                "name:regnal": self.tr("音译名 + 几世"),
                "name:repeated": self.tr("同名在文中另有单独出现"),
                "name:dotted": self.tr("带间隔号的姓名"),
                "name:japanese": self.tr("日本姓氏"),
                "name:translit_run": self.tr("长音译名"),
                "name:surname_given": self.tr("姓 + 名"),
                "name:soft_stop": self.tr("姓 + 名（名以常用字开头）"),
                "name:spaced": self.tr("姓 + 空格 + 名"),
                "name:four_chars": self.tr("四字姓名"),
                "name:translit": self.tr("音译名"),
                "name:three_chars": self.tr("三字姓名"),
                "name:translit_bare": self.tr("音译名"),
                "name:translit_country": self.tr("国名 + 职务 + 音译名"),
                "name:numeral_given": self.tr("姓 + 以数字开头的名"),
                "name:ethnic_parts": self.tr("民族姓名（藏、蒙、彝等名字）"),
                "name:word_name": self.tr("姓 + 常用词作名"),
                "name:word_surname": self.tr("和、第五等常用词作姓 + 名"),
                "name:foreign_two": self.tr("国名 + 职务 + 两字音译名"),
                "name:foreign_three": self.tr("国名 + 职务 + 三字外国姓名"),
                "name:foreign_long": self.tr("国名 + 职务 + 长音译名（蒙古、泰国、柬埔寨等名字）"),
                "name:junior": self.tr("小 + 音译名（小马科斯）"),
                "name:burmese": self.tr("缅甸职务 + 吴、杜 + 缅甸名字"),
                "title_as": self.tr("作为 + 职务，+ 姓名 + 说"),
                "name:qian_ming": self.tr("姓 + 含“千”“名”的名"),
                "name:stop_last": self.tr("姓 + 名（末字为“年”“行”“同”）"),
                "name:minority_three": self.tr("职务 + 三字少数民族名字（音译字为主）"),
                "task_di": self.tr("序号“第一”"),
                "task_paren": self.tr("序号“（一）”"),
                "task_arabic": self.tr("序号“1.”"),
                "task_seq": self.tr("首先、其次"),
                "task_shi": self.tr("一是、二是"),
                "task_yao": self.tr("一要、二要"),
                "task_modal": self.tr("要、必须、应当、不得、不要"),
                "task_demand": self.tr("要求 + 内容"),
                "task_item": self.tr("部署或冒号后的分项"),
                "task_ordinal_verb": self.tr("一抓、二抓"),
                "task_imperative": self.tr("强调后的祈使句"),
                "task_firm": self.tr("坚决…"),
                "task_follow_on": self.tr("指示后紧接的祈使句"),
                "under_heading": self.tr("标题下的子任务"),
                "speaker_named": self.tr("讲话人在前点名"),
                "speaker_pronoun": self.tr("讲话人为“他/她”"),
                "speaker_meeting": self.tr("会议"),
                "speaker_subject": self.tr("讲话人为句首主语"),
                "speaker_list": self.tr("同一列表"),
                "speaker_heading": self.tr("随所属标题"),
                "speaker_intro": self.tr("讲话人提出的几点要求"),
                "speaker_before": self.tr("上一句的讲话人"),
                "speaker_quote": self.tr("引语后署名"),
                "speaker_answer": self.tr("答问"),
                "speaker_paragraph": self.tr("段落"),
            }
        return self._words

    def _extraction(self, article: Article) -> Extraction:
        key = (article.id, article.body)
        found = self._found
        if self._key != key or found is None:
            from ..extraction import extract

            found = extract(article.body, title=article.title, subtitle=article.subtitle)
            self._found, self._key = found, key
        return found

    def why(self, article: Article, kind: str, key: str) -> str:
        """The tooltip's second line for the official named `key` or the task with id `key`."""
        found = self._extraction(article)
        w = self.words()
        if kind == "official":
            o = next((o for o in found.officials if o.name == key), None)
            if o is None or not o.rules:
                return ""
            return self.tr("官员 · 依据：{0}").format("；".join(w.get(r, r) for r in o.rules))
        stored = next((t for t in article.tasks if t.id == key), None)
        if stored is None:
            return ""
        if stored.manual:
            return self.tr("依据：手工标注")
        t = next((t for t in found.tasks if (t.start, t.end) == (stored.start, stored.end)), None)
        if t is None:
            return ""
        return self.tr("任务 · 依据：{0}").format(self._task_words(t, {x.id: x for x in found.tasks}, w))

    @staticmethod
    def _task_words(t: Task, by_id: dict[str, Task], w: dict[str, str]) -> str:
        parts = []
        parent = by_id.get(t.parent) if t.parent else None
        if t.ordinal:
            parts.append((parent.ordinal + "…" if parent is not None and parent.ordinal else "") + t.ordinal)
        for r in t.rules:
            if r.startswith("task_") and not (t.ordinal and r in _ORDINAL_RULES):
                parts.append(w.get(r, r))
            elif r.startswith("speaker_") and t.speaker:
                parts.append(w.get(r, r))
        return "；".join(parts)


_ORDINAL_RULES = frozenset(("task_di", "task_paren", "task_arabic", "task_seq", "task_shi", "task_yao"))


