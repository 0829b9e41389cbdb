"""Tasks (directives) in an article body.

A clause is a directive when it opens with an ordinal (第一/一要/一是/（一）/1./首先) or when a
modal (要, 必须, 务必) follows a short subject ("各级党委要…"); "要求…" carries its object; the
";"-separated items after an intro that sets out work ("…提出建议：A；B；C") are directives too.
Lists that look back ("回顾", "五年来", "采取了") are facts, not directives. The speaker is the
official (or 他/她) before the last verb of demand (指出, 强调, 要求 …), or None after "会议…".
Headings (第一, （一）, 一是, 首先) open a scope: the directives after them in the same paragraph
are their level-2 children.

The rules are named: _CLAUSE_RULES (one function per marker, each with the sentence it exists
for and its limits) decide about each candidate clause; _imperative_items, _semicolon_items and
_drop_continuations are passes over the whole text; the speaker events name how each speaker was
told. Every task records them (Task.rules: task_<kind>, under_heading, speaker_<how>).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate, compress, count, repeat
from operator import add, sub
from functools import cache

from ..domain import Official, Task
from ._fast import factory
from .lexicon import WordSet, alternation, lexicon, trie_pattern, words
from .officials import name_reading

NUM = "一二三四五六七八九十"
_CLAUSE_SEP = "，,；;。！？!?：:\n"
_SENT_END = "。！？!?\n"
_OPEN = " \u3000\u00a0\t“\"‘'「『（("   # stripped from a clause's start (quotes, spaces)

_DI = re.compile(rf"^第([{NUM}]{{1,3}})(?:是|要|(?=[，,、：:])|$)")          # 第一， / 第一是
_PAREN = re.compile(rf"^[（(]([{NUM}\d]{{1,3}})[）)]")
_ARABIC = re.compile(r"^(\d{1,2})[.．、](?=[\u4e00-\u9fff])")
_SHI = re.compile(rf"^([{NUM}]{{1,3}})是(?![否非])")
_YAO = re.compile(rf"^([{NUM}]{{1,3}})要(?![求素点闻件务])")   # (not 第一要务)
# Bare ordinals of a verb: "一抓责任落实，二抓隐患排查" (一抓…二抓…, 一促…, 一保…).
_ORD_VERB = re.compile(rf"^([{NUM}]{{1,3}})[抓促保](?![障持证护进使成])(?=[\u4e00-\u9fff])")
_SEQ = re.compile(r"^(首先|其次|再次|最后)(?=[，,要是]|$)")

# A modal after a short subject: "要…", "各级党委要…", "资源枯竭型城市在转型发展中首先要…".
_NOT_MODAL_BEFORE = "重主需只必纲摘提紧首想将快简概不"
# 险要 is a word (地势险要) but for 避险/风险/抢险… before a modal ("基层转移避险要做到不漏一户").
_DANGER_BEFORE_XIAN = "避风抢排防脱涉保出遇探冒危"
_XIAN = f"(?<![^{_DANGER_BEFORE_XIAN}]险)(?<!^险)"
# 要不 is no modal in 要不要, 要不然, 要不是, 要不得, 要不了, 要不来; it is in 要不断…, 要不忘初心.
_YAO_BU = "不[要然是得了来起]"
# 应 alone is a modal ("各乡镇应加强值班值守", guidelines: 应/应当/应该) but for the words it ends or
# begins: 相应 适应 响应 反应 供应 对应 顺应 呼应 答应 感应 效应 照应 接应 策应 …; 应邀 应对 应用 应急
# 应变 应届 应聘 应征 应试 应约 应酬 应付 应运 应验 应答 应声 应和 应收 应缴 应纳 应税 应得 应知 应予 ….
_YING_NOT_AFTER, _YING_NOT_BEFORE = "相适响反供对顺呼答感效照接策内报回", "当该邀对用急变届聘征试约酬付运验答声和收缴纳税得知予有尽景季"
_YING = rf"(?<![{_YING_NOT_AFTER}])应(?![{_YING_NOT_BEFORE}])"
# 不得 (must not) is a modal of prohibition ("各单位不得截留挪用资金"), but not in 舍不得, 恨不得, 怪不得,
# 巴不得, 来不得/容不得 (a judgment: 来不得半点虚假), 不得不 (had to), 不得了, 不得已, 不得而知.
_BUDE = r"(?<![舍恨怪巴记免少顾觉晓见由来容])不得(?![不了已而知])"
# 不要 (do not) is a modal of prohibition ("有关方面不要为一己私利煽动对立"), not in 要不要, 就不要 (a
# condition's answer), 也不要/都不要/还不要 (narration), 不是不要; _prohibition_directed limits it further.
_BUYAO = r"(?<![要就也都还是])不要(?![紧脸命钱])"
_QIU = "|".join(sorted(words("qiu_words.txt"), key=len, reverse=True)) or "(?!)"
_MODAL = re.compile(
    rf"^(?P<subj>[^，,；;。：:！？]{{0,22}}?)"
    rf"(?P<modal>(?<![{_NOT_MODAL_BEFORE}]){_XIAN}(?<!第一)要(?:(?![求素点闻件害领么是]|靠(?!前)|{_YAO_BU})|(?={_QIU}))|必须|务必|应当|应该|{_YING}|严禁|{_BUDE}|{_BUYAO})")
_DEMAND = re.compile(rf"(?<![重新的总体些项条点和作合])要(?!{_QIU})求(?=[\u4e00-\u9fff])(?![是和与及的])")
# A modal clause that is a judgment, not a directive: "要当好县委书记是不容易的"; "要说难也难" (要说
# … 也/都 is "if one says", not "must say"); "要想留住企业，关键在于…" (要想 is "if one wants"; not
# 要想方设法, 要想清楚).
_JUDGMENT = re.compile(r"是[^，,；;。]{0,6}的$|要说[^，,；;。]{0,6}[也都]"
                       r"|要想(?!方设法|办法|清楚|明白|透|到|得|一想)"
                       r"|要比(?:去年|上年|往年|以往|过去|原来|预期|计划|同期)|^要数(?![字据量])"
                       # what something takes: "一趟下来要走十几公里", "要花两个多小时"
                       rf"|要(?:走|跑|花|等|坐|爬)上?(?:[{NUM}两几半百千万好\d]+多?)(?:个多|个)?"
                       r"(?:公里|里路?|山路|小时|钟头|分钟|天|趟|月|窗口|部门)(?:路|山路)?(?=[，,。；;！!？?”]|$)")
# (a comparison: "今年的增速要比去年高出两个百分点"; a superlative: "最有特色的，要数茶叶")
# "要说没有压力，那是假话", "要说合作的潜力，首先就在于…": 要说 opens a topic ("as for…") when the next
# clause comments on it; "要说老实话，办老实事" is a directive (the next clause goes on with a verb).
_TOPIC_COMMENT = re.compile(r"[“\s]*(?:那|恰恰|首先|就|当属|莫过于|还是|这|其实|正是|最|倒是|是"
                            r"|([\u4e00-\u9fff])就\1在)")     # (要说转折点，是…; 要说难，难就难在…)
# An ordinal item that names a pair, not a task: "一是慢与快的关系".
_PAIR_ITEM = re.compile(r"[\u4e00-\u9fff]{1,3}[与和][\u4e00-\u9fff]{1,3}的关系$")
_FACT_NUMBER = re.compile(r"\d+(?:\.\d+)?\s*(?:件|人|万|亿|%|个|项|次|倍|家|吨|元|名|所|批|亩|公里)")
# A whole clause that says where or how ("在…中", "按照…要求下"); matched with pos/endpos, no "^".
_ADVERBIAL = re.compile(r"(?:在|按照|围绕|通过|以|根据|为了|面对)[^，,]*(?:下|中|上|时|里|前提下|基础上)$"
                        # "区应急管理局牵头，开展安全生产大检查": who leads, then the work
                        r"|[^，,要]{2,}(?:牵头|负责)$")

_NAMES_IN_SUBJ = ("他们", "我们", "大家")


@dataclass(frozen=True)
class _Cues:
    retro_re: re.Pattern
    intro_re: re.Pattern
    meeting_re: re.Pattern
    verb_re: re.Pattern
    bad_subject_re: re.Pattern


# One-character words of not_subject_words.txt where they are verbs, not inside a noun of the subject
# ("信访问题要及时化解", "思想政治工作要贯穿始终", "群众答复的事项要…" are directives).
_ONE_CHAR_VERB = {"问": "问(?![题卷责])", "想": "(?<![思理构设梦感联])想(?!法)", "说": "(?<![学小传解])说(?!明)",
                  "讲": "讲(?![话座堂解])", "答": "答(?![复卷])", "称": "(?<![名职简昵号])称"}


def _bad_subject_re(found: list[str]) -> re.Pattern:
    many = [w for w in found if len(w) > 1]
    one = [_ONE_CHAR_VERB.get(w, re.escape(w)) for w in found if len(w) == 1]
    return re.compile("|".join([alternation(many)] + one))


# 建议 is a verb of saying ("委员王某建议，要完善…") but a noun after 意见, 的, 和, 提出 ("听取意见建议，"); the
# noun is dropped after the one trie scan (a look-behind inside the scan cost 15 % of find_tasks).
_PROPOSAL_NOUN = re.compile(r"意见$|[的和、出]$")


@cache
def _cues() -> _Cues:
    verbs = lexicon().speech_verbs
    return _Cues(
        retro_re=re.compile(alternation(words("retro_cues.txt"))),
        intro_re=re.compile(alternation(words("intro_cues.txt"))),
        meeting_re=re.compile(alternation(words("meeting_subjects.txt"))),
        verb_re=re.compile(rf"(?:{trie_pattern(verbs)})(?![明服是的])"),
        bad_subject_re=_bad_subject_re(words("not_subject_words.txt")),
    )


class _Clause:
    """start: first character after leading quotes and spaces; end: index of the separator (or
    len(body)); sep: the separator character ("" at the end); para/sent: paragraph and sentence."""

    __slots__ = ("start", "end", "sep", "para", "sent")

    def __init__(self, start: int, end: int, sep: str, para: int, sent: int) -> None:
        self.start, self.end, self.sep, self.para, self.sent = start, end, sep, para, sent


class _Clauses:
    """The clauses of a body as columns (starts, ends, seps, paras, sents), built with C-level
    helpers; a _Clause object is made only for the clauses that are looked at (a body has about
    one clause per 14 characters, and one Python object per clause was the largest cost)."""

    __slots__ = ("starts", "ends", "seps", "paras", "sents", "_objs")

    def __init__(self, starts, ends, seps, paras, sents) -> None:
        self.starts, self.ends, self.seps, self.paras, self.sents = starts, ends, seps, paras, sents
        self._objs: list[_Clause | None] = [None] * len(starts)

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i: int) -> _Clause:
        c = self._objs[i]
        if c is None:
            c = self._objs[i] = _Clause(self.starts[i], self.ends[i], self.seps[i], self.paras[i], self.sents[i])
        return c


_OPEN_NO_PAREN = _OPEN.replace("（", "").replace("(", "")
_SPLIT_RE = re.compile(rf"([{re.escape(_CLAUSE_SEP)}])")
_SENT_SEPS = frozenset(_SENT_END)
_SEMI = frozenset("；;")


def _clauses(body: str) -> _Clauses:
    parts = _SPLIT_RE.split(body)                 # text, sep, text, sep, …, text
    texts = parts[0::2]
    seps = parts[1::2]
    seps.append("")
    rests = list(map(str.lstrip, texts, repeat(_OPEN_NO_PAREN)))
    for i in list(compress(count(), map(str.startswith, rests, repeat(("（", "("))))):
        if not _PAREN.match(rests[i][:6]):       # "（说明）" opens no ordinal: strip it too
            rests[i] = rests[i].lstrip(_OPEN)
    tlen = list(map(len, texts))
    rlen = list(map(len, rests))
    pos = accumulate(map(add, tlen, map(len, seps)), initial=0)
    ends = list(map(add, pos, tlen))
    starts = list(map(sub, ends, rlen))
    sents = accumulate(map(_SENT_SEPS.__contains__, seps), initial=0)
    paras = accumulate(map("\n".__eq__, seps), initial=0)
    return _Clauses(list(compress(starts, rlen)), list(compress(ends, rlen)), list(compress(seps, rlen)),
                    list(compress(paras, rlen)), list(compress(sents, rlen)))


# ---------------------------------------------------------------------------------------------
# Speakers
# ---------------------------------------------------------------------------------------------

_NOUN_BEFORE = frozenset("的新总体些项条点和与及")
_ANSWERS = (re.compile("：(?<=[问答]：)").finditer, re.compile(":(?<=[问答]:)").finditer)   # at a line start
_SENT_BOUND = re.compile(r"[。？！\n]")


def _blank(m: re.Match) -> str:
    return "　" * (m.end() - m.start())


_WHERE = re.compile(r"在[^，,。；]{1,24}?(?:中|上|时|期间|之际)")   # (在中央经济工作会议上: not 在中|央…)
_PRONOUN = re.compile(r"[他她](?![们人])")
_QUOTED = re.compile(r"“[^”]*”|《[^》]*》")
_LIST_PUNCT = re.compile(r"[，,、；;]")
# The markers a candidate clause holds, one regex per marker that starts with a fixed character:
# the engine then jumps from one such character to the next (a regex that starts with a set of
# characters, or with a look-ahead, tries every position of the text, ≈ 4 times slower in all).
# _YING for a scan over the whole body: the same matches, the lookbehind written after 应 so that the
# engine looks for 应 at C speed (a pattern that opens with a lookbehind is tried at every position).
_YING_SCAN = rf"应(?<![{_YING_NOT_AFTER}]应)(?![{_YING_NOT_BEFORE}])"
# Where the marker's first character is a set ("一是", "1."), the scan starts at the fixed second
# character and looks behind; both characters are in the same clause.
_PREFILTERS = tuple(re.compile(p).finditer for p in (
    rf"要(?<![{_NOT_MODAL_BEFORE}]要)(?<![^{_DANGER_BEFORE_XIAN}]险要)(?![素点闻件害领么])", "必须", "务必", "严禁", "不得", "不要", "首先", "其次", "再次", "最后",
    rf"是(?<=[{NUM}]是)", rf"第[{NUM}]", rf"（[{NUM}\d]", rf"\([{NUM}\d]", "应当", "应该", _YING_SCAN, "坚决",
    rf"抓(?<=[{NUM}]抓)", rf"促(?<=[{NUM}]促)", rf"保(?<=[{NUM}]保)",
    r"\.(?<=\d\.)", r"．(?<=\d．)", r"、(?<=\d、)"))
# A paragraph that goes on with a list or a directive keeps the last speaker.
_GOES_ON = re.compile(rf"第[{NUM}]|[（(][{NUM}\d]|[{NUM}]{{1,3}}[是要抓促保]|首先|其次|再次|最后|\d{{1,2}}[.．、]"
                      rf"|[^，,；;。：:！？\n]{{0,22}}?(?:(?<![{_NOT_MODAL_BEFORE}]){_XIAN}要(?![求素点闻件害领么是靠]|{_YAO_BU})|必须|务必|应当|应该)")
# A new line whose paragraph does not go on with a list or a directive.
_PARA_ENDS = re.compile(rf"\n(?![{re.escape(_OPEN)}]*(?![{re.escape(_OPEN)}])(?:{_GOES_ON.pattern}))")


def _speaker_events(body: str, officials: list[Official]) -> list[tuple[float, str | None, str]]:
    """(position, speaker, rule) each time someone starts saying what must be done; the rule says
    how the speaker was told (speaker_named, speaker_pronoun, speaker_meeting, speaker_subject…)."""
    mentions = sorted((m.start, m.end, o.name) for o in officials for m in o.mentions)
    starts = [m[0] for m in mentions]
    events = _verb_events(body, mentions, starts)
    if "”" in body:
        events.extend(_quote_events(body, mentions, starts))
    if "答" in body or "问" in body:
        events.extend(_answer_events(body, officials, mentions, starts))
    events.extend(_named_line_events(body, mentions))
    # A paragraph that does not go on with a list or a directive (第二，… / 要…) ends what the last
    # speaker said.
    events.extend([(m.end() - 0.5, None, "speaker_paragraph") for m in _PARA_ENDS.finditer(body)])
    events.sort(key=lambda e: e[0])
    return events


_MAX_SUBJECT_BACK = 60      # characters looked back from a verb of saying for its subject
_MAX_SUBJECT_GAP = 40       # characters allowed between the subject and its verb


def _verb_events(body: str, mentions, starts) -> list[tuple[float, str | None, str]]:
    """An event at each verb of saying (指出, 强调, 要求…) whose subject is found in its sentence."""
    cues = _cues()
    verbs = [m for m in cues.verb_re.finditer(body)
             if not (m.group() == "建议" and _PROPOSAL_NOUN.search(body, max(0, m.start() - 2), m.start()))]
    # Sentence starts (after 。？！ or a new line), to find where each verb's sentence begins.
    bounds = list(map(re.Match.end, _SENT_BOUND.finditer(body))) if verbs else []
    events: list[tuple[float, str | None, str]] = []
    for m in verbs:
        v = m.start()
        k = bisect.bisect_right(bounds, v) - 1
        event = _verb_speaker(body, max(v - _MAX_SUBJECT_BACK, bounds[k] if k >= 0 else 0), v, mentions, starts)
        if event is not None:
            events.append(event)
    return events


def _verb_speaker(body: str, lo: int, v: int, mentions, starts) -> tuple[float, str | None, str] | None:
    """Who speaks with the verb at v (its subject looked for from lo, its sentence's start)."""
    cues = _cues()
    window = body[lo:v]
    # "在…中/上/时" is where, not who: 栗战书在报告中指出, 张晓容在主持讲话中指出.
    if "在" in window:
        window = _WHERE.sub(_blank, window)
    best, why = _last_subject(body, window, lo, v, mentions, starts)
    if best is not None and best[2] is not None and _RELAYED.search(body[best[1]:v]) \
            and _RELAYING.search(body, lo, best[0]):
        # 会议传达学习了省委书记刘明…讲话精神，强调要…: 刘明's spirit is relayed; the meeting speaks.
        meeting = any(lo + mm.start() < best[0] and not _meeting_is_object(body, lo + mm.start())
                      for mm in cues.meeting_re.finditer(window))
        return (v, None, "speaker_meeting") if meeting else None
    if best is not None and best[2] is not None:
        best = _not_addressee(body, best, lo, mentions, starts)
    if best is not None and not _close_to_verb(body, best[1], v):
        best = None
    if best is None and v > 0 and (body[v - 1] in "，,；;" or _ADVERB_AFTER_COMMA.search(body, max(0, v - 4), v)):
        # "国务院总理李克强…主持召开国务院常务会议，要求…": the sentence's subject.
        best = _sentence_subject(body, lo, v, mentions, starts)
        why = "speaker_subject"
    return None if best is None else (v, best[-1], why)


def _last_subject(body: str, window: str, lo: int, v: int, mentions, starts):
    """The last who, in window (body[lo:v] with places blanked), may say what follows: an official's
    mention, a pronoun (他/她, resolved to an official), or a meeting or document (会议, 报告…) that
    is not the object of a verb; (start, end, speaker) and the rule, or (None, rule)."""
    best: tuple[int, int, str | None] | None = None
    why = "speaker_named"
    k = bisect.bisect_right(starts, v) - 1
    while k >= 0 and mentions[k][0] >= lo:
        s, e, name = mentions[k]
        if e <= v and window[s - lo:e - lo].strip("　"):
            best = (s, e, name)
            break
        k -= 1
    for pm in (_PRONOUN.finditer(window) if ("他" in window or "她" in window) else ()):
        s = lo + pm.start()
        if best is None or s > best[0]:
            best = (s, s + 1, _antecedent(body, s, mentions, starts))
            why = "speaker_pronoun"
    for mm in _cues().meeting_re.finditer(window):
        s = lo + mm.start()
        if _meeting_is_object(body, s, lo + mm.end()) or _document_followed(body, s):
            continue                          # 区长李强出席会议并讲话强调: 会议 is what he attended
        if mm.group() == "报告" and lo + mm.end() != v:
            continue                          # 报告建议， speaks; 借所谓报告对…说三道四 does not
        if best is not None and best[2] is not None and s < best[1]:
            continue                          # 县信访工作联席会议召集人、副县长X强调: inside X's title
        if best is None or s > best[0]:
            best = (s, lo + mm.end(), None)
            why = "speaker_meeting"
    return best, why


def _close_to_verb(body: str, end: int, v: int) -> bool:
    """The subject ending at `end` is close to its verb at v: "王晓指出", "周强从5个方面对…工作提出建议";
    not "习近平总书记重要指示、…新要求" where 要求 is a noun."""
    between = body[end:v]
    if "“" in between or "《" in between:
        between = _QUOTED.sub("", between)
    if "代表" in between:
        between = _ON_BEHALF.sub("", between)     # 李强代表党中央、国务院在讲话中指出: on whose behalf
    if "在" in between:
        between = _WHERE.sub("", between)            # 在周口、驻马店调研时指出: where, not a list
    # (孙建国…作了具体部署。第一，…: his; not 傅国栋书记的讲话…作出了具体部署: the speech's)
    noun = between[-1:] in _NOUN_BEFORE and not (between.endswith("具体") and "的" not in between)
    return not (len(between) > _MAX_SUBJECT_GAP or noun or _LIST_PUNCT.search(between))


def _named_line_events(body: str, mentions) -> list[tuple[float, str | None, str]]:
    """"冼志韬：美方要收起冷战思维…": a line that opens with an official's name and a colon (a
    transcript of a press conference) is what that official says."""
    events: list[tuple[float, str | None, str]] = []
    for s, e, name in mentions:
        if body[e:e + 1] in ("：", ":") and (s == 0 or not body[body.rfind("\n", 0, s) + 1:s].strip()):
            events.append((e + 1, name, "speaker_answer"))
    return events


def _answer_events(body: str, officials: list[Official], mentions, starts) -> list[tuple[float, str | None, str]]:
    """"答：…" paragraphs of an interview or press conference: the official introduced as answering
    (回答了记者提问, 主持例行记者会) or the spokesperson named before; an unnamed answerer speaks
    for no official."""
    intros = [(m.start(), _answerer(body, m.start(), mentions, starts)) for m in _ANSWER_INTRO.finditer(body)
              if not _in_question(body, m.start())]
    spokes = {o.name for o in officials if any(t.endswith("发言人") for t in o.titles)}
    events: list[tuple[float, str | None, str]] = []
    for finditer in _ANSWERS:
        for m in finditer(body):
            q = m.start() - 1
            if q == 0 or body[q - 1] == "\n":
                k = bisect.bisect_left(intros, (m.start(),)) - 1
                who = intros[k][1] if k >= 0 else None
                if who is None and spokes:
                    who = _spokesperson_before(m.start(), mentions, spokes)
                events.append((m.end(), who, "speaker_answer"))
    return events


# "李强代表党中央、国务院在讲话中指出": on whose behalf someone speaks stands between the name and the verb.
_ON_BEHALF = re.compile(r"代表[^，,。；;：:“”]{1,20}?(?=在|作|发表|讲话|致辞|指出|强调|表示|说|宣布)")
# "王毅对苏吉亚托外长说，…": the official spoken to (after 对, 向, 跟, 给, 同) is not the speaker; the one
# named before him in the same clause is.
_TO_WHOM = re.compile(r"[对向跟给]|同(?!志)")
_MAX_ADDRESSEE_GAP = 12      # characters between the speaker's name and the addressee's (对印尼外长)


def _not_addressee(body: str, best: tuple[int, int, str | None], lo: int, mentions, starts):
    """The mention before `best` in its clause when `best` is whom that one speaks to."""
    k = bisect.bisect_left(starts, best[0]) - 1
    if k < 0 or mentions[k][0] < lo or mentions[k][2] == best[2]:
        return best
    gap = body[mentions[k][1]:best[0]]
    if len(gap) <= _MAX_ADDRESSEE_GAP and _TO_WHOM.search(gap) and not _LIST_PUNCT.search(gap) \
            and not any(c in gap for c in "。；;！？"):
        return mentions[k]
    return best


# "国家发展改革委副主任勾振宇就相关问题回答了记者提问", "外交部发言人林某主持例行记者会": who answers
# the "答：" paragraphs after it.
_ANSWER_INTRO = re.compile(r"回答了?(?:记者)?(?:的)?提问|答记者问|接受(?:了)?(?:本报)?(?:记者)?(?:专访|采访)"
                           r"|主持(?:了)?(?:例行|定期)?(?:记者会|新闻发布会|发布会|吹风会)")   # the spokesperson answers
_MAX_ANSWERER_GAP = 30      # characters between the answerer's name and 回答…提问


_QUESTION_OPEN = re.compile(r"[\s\u3000]*问[：:]")


def _in_question(body: str, at: int) -> bool:
    """Whether `at` lies in a reporter's question ("问：津巴布韦总统…日前在接受采访时…": the one who gave
    that interview does not answer the questions after it)."""
    return _QUESTION_OPEN.match(body, body.rfind("\n", 0, at) + 1) is not None


def _spokesperson_before(at: int, mentions, spokes: set[str]) -> str | None:
    """A press conference with no introduction of answers ("外交部发言人林某宣布：…。问：…答：…"): the
    spokesperson named last before the answer gives it."""
    for s, _e, name in reversed(mentions):
        if s < at and name in spokes:
            return name
    return None


def _answerer(body: str, at: int, mentions, starts) -> str | None:
    """The official named right before an introduction of answers (at: where 回答了记者提问 starts)."""
    k = bisect.bisect_left(starts, at) - 1
    if k >= 0 and at - mentions[k][1] <= _MAX_ANSWERER_GAP and not _SENT_BOUND.search(body, mentions[k][1], at):
        return mentions[k][2]
    return None


# What a meeting relays is someone else's: "传达学习…讲话精神", "…重要指示精神".
_RELAYED = re.compile(r"(?:精神|指示|批示)[，,]?(?:并|会议|会上|同时)?$")   # right before the verb
_RELAYING = re.compile(r"传达|学习|贯彻|领会")
_MEETING_OBJECT_VERBS = frozenset(("出席", "主持", "参加", "召开", "列席", "组织", "举行", "参与", "筹备",
                                   "听取", "征求", "审议", "讨论", "围绕", "针对"))


# "他说，各地要按照《…纲要》要求加快…": a document that is followed (按照…要求) is no subject; its 要求 is a noun.
_FOLLOWED = re.compile(r"(?:按照|根据|依照|依据|对照|遵照|依|按)[^，,。；;：:！？!?]{0,24}$")
_MAX_FOLLOWED = 26           # characters looked back from a document's word for 按照/根据


def _document_followed(body: str, s: int) -> bool:
    """Whether the meeting or document word at s is what someone acts according to (按照…纲要要求)."""
    return _FOLLOWED.search(body, max(0, s - _MAX_FOLLOWED), s) is not None


# "郭某主持召开省委常委会会议时指出": the meeting's name (省委常委会) stands between the verb and 会议.
_OBJECT_BEFORE = re.compile("(?:" + "|".join(_MEETING_OBJECT_VERBS) + r")[^，,。；;：:！？!?\s]{0,20}$")
_MAX_MEETING_NAME = 22     # characters from a verb of attending to the meeting word (出席推进“一带一路”建设工作5周年座谈会)


def _meeting_is_object(body: str, s: int, e: int = -1) -> bool:
    """Whether the meeting word at s (ending at e) is what someone attended or chaired (出席会议, 主持会议,
    主持召开省委常委会会议), heard (孔某在听取意见后要求), or whose spirit someone speaks about (王某就抓好
    会议精神落实提出要求): then the named person speaks, not the meeting. (Not 就业工作会议强调: a verb
    inside a word before the meeting is no verb of attending.)"""
    return body[max(0, s - 2):s] in _MEETING_OBJECT_VERBS or body[max(0, s - 1):s] in ("并", "了", "就") \
        or e >= 0 and body.startswith("精神", e) \
        or _OBJECT_BEFORE.search(body, max(0, s - _MAX_MEETING_NAME), s) is not None


_QUOTE_ATTRIBUTION = 24      # characters between a closing quote and its speaker's verb
# "“…要像抓自己家里的事一样抓项目服务。”10月22日，在…签约仪式上，县委副书记聂文斌说。": an attribution
# that closes its sentence may come after a time and a place.
_MAX_ATTRIBUTION_SENTENCE = 80
_SAID_LAST = re.compile(r"(?:说|表示|强调|指出|坦言)[。！!]")
# "…”5月15日，县委书记柏云峰在县信访局接待来访群众时这样说。": the words between the name and the verb that
# closes the sentence hold no clause break.
_SAID_CLOSING = re.compile(r"[^，,。；;！？!?“”\n]{0,30}?(?:说|表示|强调|指出|坦言|叮嘱|嘱咐|告诫|要求)[。！!]")
_SAID_AFTER = re.compile(r"(?:说|表示|指出|强调|谈到|介绍|告诉记者|坦言)")
# "…”甘露在督查中说。", "…”陈伟这样要求。": a few words between the name and the verb, which ends the
# sentence or the clause.
_SAID_LATER = re.compile(r"[^，,。；;！？!?“”\n]{1,8}?(?:说|表示|指出|强调|要求|谈到|坦言)[。，,：:！!]")


def _quote_events(body: str, mentions, starts) -> list[tuple[float, str | None, str]]:
    """"“我们要把群众的事当成自己的事。”县长王涛说。": a quote attributed after it. The official named
    right after the closing quote (a title may stand before the name), followed by a verb of
    saying, speaks from the opening quote on."""
    out = []
    i = body.find("”")
    while i >= 0:
        k = bisect.bisect_left(starts, i + 1)
        if k < len(mentions):
            s, e, name = mentions[k]
            gap = body[i + 1:s]
            near = s - i - 1 <= _QUOTE_ATTRIBUTION and not _LIST_PUNCT.search(gap)
            closing = s - i - 1 <= _MAX_ATTRIBUTION_SENTENCE and _SAID_CLOSING.match(body, e) is not None
            if (near or closing) and "。" not in gap \
                    and (_SAID_AFTER.match(body, e) or _SAID_LATER.match(body, e) or closing):
                opening = body.rfind("“", 0, i)
                if opening >= 0:
                    out.append((opening, name, "speaker_quote"))
        i = body.find("”", i + 1)
    return out


# "她发现…，当即叮嘱施工负责人，要…": an adverb between the comma and the verb of demand.
_ADVERB_AFTER_COMMA = re.compile(r"[，,](?:当即|随即|立即|当场|随后|同时|又|还|并|也|再|便|就)$")


def _sentence_subject(body: str, lo: int, v: int, mentions, starts) -> tuple[int, int, str | None] | None:
    """The official named in the first clause of the sentence that starts at lo (the last mention,
    in order, that lies inside it; `starts` are the mentions' starts, for bisecting); or, after a
    short clause of place or time, a pronoun or an official opening the next clause ("在污水处理厂，他仔细
    查看…，要求施工单位要倒排工期": 他 is the subject; "在…工地，高志明确定了…，叮嘱…": 高志明)."""
    first_end = lo
    while first_end < v and body[first_end] not in "，,；;":
        first_end += 1
    k = bisect.bisect_left(starts, first_end) - 1
    while k >= 0 and mentions[k][0] >= lo:
        if mentions[k][1] <= first_end:
            return mentions[k]
        k -= 1
    first = lo
    while first < first_end and body[first] in _OPEN:
        first += 1
    if body[first:first + 1] in ("他", "她") and body[first + 1:first + 2] not in ("们", "人"):
        return (first, first + 1, _antecedent(body, first, mentions, starts))   # 她发现…，当即叮嘱…
    nxt = first_end + 1
    while nxt < v and body[nxt] in _OPEN:
        nxt += 1
    if first_end - lo <= _MAX_SETTING and _SETTING.match(body, lo) and nxt < v:
        if body[nxt] in "他她" and body[nxt + 1:nxt + 2] not in ("们", "人"):
            return (nxt, nxt + 1, _antecedent(body, nxt, mentions, starts))
        k = bisect.bisect_left(starts, nxt)
        if k < len(mentions) and mentions[k][0] == nxt and mentions[k][1] <= v:
            return mentions[k]                       # 在…工地，高志明确定了…，叮嘱施工方要…
    return None


# A clause that sets the scene before its subject: "在污水处理厂，", "随后，", "座谈中，".
_SETTING = re.compile(r"[\s\u3000“]*(?:在|随后|之后|其间|期间|[\u4e00-\u9fff]{1,4}(?:中|时|后|期间)[，,])")
_MAX_SETTING = 16


def _antecedent(body: str, p: int, mentions, starts) -> str | None:
    """Who 他/她 at p stands for: the official named last before it, or the subject of the clause
    that named him ("温明确定由上官文博牵头…。他强调" -> 温明: the one who decides, not the one named
    in the object)."""
    j = bisect.bisect_right(starts, p) - 1
    while j >= 0 and mentions[j][1] > p:
        j -= 1
    if j < 0:
        return None
    s = mentions[j][0]
    c = s
    while c > 0 and body[c - 1] not in _CLAUSE_SEP:
        c -= 1
    while c < s and body[c] in _OPEN:
        c += 1
    if c < s:
        k = bisect.bisect_left(starts, c)
        if k < j and mentions[k][0] == c and mentions[k][1] <= s:
            return mentions[k][2]
    return mentions[j][2]


def _speaker_at(events: list[tuple[float, str | None, str]], positions: list[float],
                pos: int) -> tuple[str | None, str]:
    """(speaker, rule) of the last event at or before pos (events are sorted by position, and
    `positions` are their positions)."""
    k = bisect.bisect_right(positions, pos)
    return events[k - 1][1:] if k else (None, "")


# ---------------------------------------------------------------------------------------------
# Directives
# ---------------------------------------------------------------------------------------------

@dataclass
class _Found:
    start: int
    clause: int            # index of the clause the task starts in
    kind: str              # di | paren | arabic | seq | shi | yao | modal | demand | item
    ordinal: str | None
    text_start: int


# A demand or a look ahead after the retrospective words turns the list back into directives:
# "针对巡察发现的问题，他提出三点要求：一是…"; "过去一年…取得新成效。做好今年的工作，第一，…".
_DEMAND_AFTER = re.compile(r"(?:提出(?!了)|(?<![体新的重])要求|强调|部署|做好|今年|明年|下一步|今后|下一阶段|接下来|新的一年)[^。；;]*$")


# "今年，县里重点抓了三件事：一是…", "办了十件实事": a verb of doing with 了 and a count of things done
# (not 提出了三个方面的措施, 体现了4个重点: what a document or a speech sets out).
_DID_COUNT = re.compile(rf"(?:抓|做|办|干|完成|实施|推进|开展)了[{NUM}两几\d]+(?:件|项)(?:事|实事|大事|工作)")


def _is_retro(intro: str) -> bool:
    last = None
    for last in _cues().retro_re.finditer(intro):  # noqa: B007 — the loop keeps the last match
        pass
    if last is None and "了" in intro:
        for last in _DID_COUNT.finditer(intro):  # noqa: B007
            pass
    return last is not None and not _DEMAND_AFTER.search(intro, last.end())


class _Sentences:
    """Sentence number -> the range of its clause indices (a sentence's clauses are contiguous and
    sentence numbers never decrease), found by bisecting when asked: few sentences are asked for."""

    __slots__ = ("_sents",)

    def __init__(self, clauses: _Clauses) -> None:
        self._sents = clauses.sents

    def __getitem__(self, k: int) -> range:
        return range(bisect.bisect_left(self._sents, k), bisect.bisect_right(self._sents, k))

    def get(self, k: int) -> range | None:
        r = self[k]
        return r if r else None


def _sentences(clauses: _Clauses) -> _Sentences:
    return _Sentences(clauses)


# A lead-in is looked at over at most this many characters, and a colon's items over at most this
# many clauses: a text with no full stop (one sentence of a whole book) must not cost the square
# of its length.
_MAX_LEAD = 2000
_MAX_ITEMS = 400


def _intro_of(body: str, clauses: _Clauses, sents: _Sentences, ci: int) -> str:
    """The lead-in of a list whose first item is clause ci: the sentence so far and the one before."""
    c = clauses[ci]
    own = sents[c.sent]
    lo = clauses[own[0]].start
    prev = sents.get(c.sent - 1)
    if prev:
        lo = clauses[prev[0]].start
    return body[max(lo, c.start - _MAX_LEAD):c.start]


_PREP_START = re.compile(r"(?:尤其|特别是|特别|更|也|还|都|并|同时)?(?:对|在|从|把|以|向|为|给|按照|通过|围绕)")
_ADV_STRIP = re.compile(r"(?:特别是|尤其是|就是|也就是|还是|都是)")


class _Scan:
    """What the clause rules share while find_tasks walks the candidate clauses in order."""

    __slots__ = ("body", "clauses", "sents", "found", "list_retro", "pending", "order", "k", "forced", "mentions",
                 "story")

    def __init__(self, body: str, clauses: _Clauses, order: list[int], mentions: tuple = ()) -> None:
        self.body, self.clauses, self.sents = body, clauses, _sentences(clauses)
        # the words the story vetoes need (plans, mottos, habits), looked for once in the whole body:
        # most articles hold none, and the vetoes run for every modal clause
        self.story = (_PLAN_ANY.search(body) is not None, any(w in body for w in _MOTTO_WORDS),
                      _ROUTINE_ANY.search(body) is not None)
        self.mentions = mentions                    # sorted (start, end) of every official's mention
        self.found: dict[int, _Found] = {}          # clause index -> task starting in it
        self.list_retro: dict[str, bool] = {}       # list kind -> its lead-in looks back (回顾…)
        self.pending: tuple[str, int] | None = None  # a "第一，" heading whose text is the next clause
        self.order, self.k = order, 0
        self.forced = -1                            # clause to look at next, out of order

    def heading_next(self, ordinal: str, ci: int) -> None:
        """"第一，" / "首先，" alone: the heading's text is the next clause, looked at next."""
        self.pending = (ordinal, self.clauses.paras[ci])
        self.forced = _next_clause(self.order, self.k, ci, len(self.clauses))


def _rule_pending_heading(scan: _Scan, ci: int, text: str) -> bool:
    """"第一，要进一步提高政治站位": the clause after a lone "第一，" (same paragraph) is the heading."""
    if scan.pending is None:
        return False
    ordinal, para = scan.pending
    scan.pending = None
    if para == scan.clauses.paras[ci] and len(text) >= 2:
        cs = scan.clauses.starts[ci]
        scan.found[ci] = _Found(cs, ci, "di" if ordinal.startswith("第") else "seq", ordinal, cs)
        return True
    return False


def _rule_di(scan: _Scan, ci: int, text: str) -> bool:
    """"第一，…" / "第二是…": a heading. Limit: a list whose lead-in looks back ("五年来，…第一") is a
    review, not directives (retro_cues.txt)."""
    m = _DI.match(text) if text[:1] == "第" else None
    if not m:
        return False
    if m.group(1) == "一":
        scan.list_retro["di"] = _is_retro(_intro_of(scan.body, scan.clauses, scan.sents, ci))
    if scan.list_retro.get("di"):
        return True
    if m.end() == len(text):
        scan.heading_next("第" + m.group(1), ci)
    else:
        cs = scan.clauses.starts[ci]
        scan.found[ci] = _Found(cs, ci, "di", text[:m.end()], cs)
    return True


# A first item that tells what was done ("一是绘制了道路交通噪音地图", "一是研发出一套…"), an event (一是
# 黄河源头…首次断流) or how a figure
# moved ("一是固定资产投资增长8.2%"; not a target: 确保…增长7%以上) makes the list a review of work, like a retrospective lead-in (not
# 了解, 了结; a modal item stays a directive).
_DONE_ITEM = re.compile(r"[^，,；;。：:]{1,5}?(?:了(?![解然结])|出(?=[一两几\d]))"
                        r"|[^，,；;。：:]{0,16}?(?:首次|首度|历史上)"
                        r"|(?![^，,；;。：:]*(?:确保|力争|争取|保持|实现|推动|促进|推进|带动|拉动|力保|稳住|目标|以上|左右|以内))"
                        r"[^，,；;。：:]{0,16}?(?:同比)?(?:增长|下降|上升|回落|减少|增加)(?:了)?\d")


# "县林业局扎实推进国土绿化：一是完成人工造林8000亩；二是…": a first item that gives a result in figures (a
# verb of achieving, then a number and its unit) reports work done, unless the lead-in demands (县长要求，
# 一是完成造林1万亩: a target) or the item names a target (确保, 力争, 以上…).
_RESULT_ITEM = re.compile(r"(?:完成|建成|新建|新增|改造|培训|查处|办结|化解|整治|发放|引进|签约|开工|竣工|累计|共计|帮助|转移|救助|"
                          r"排查|整改|拆除|处置|清理|收回|兑现|落实)[^，,；;。：:]{0,10}?\d[\d.]*\s*(?:余|多)?(?:万|亿)?(?:余|多)?"
                          r"(?:亩|人|户|个|家|项|件|处|起|次|公里|千米|米|吨|元|台|套|所|座|条|批|场|期)"
                          r"(?![^，,；;。：:]*(?:以上|左右|目标|任务))")
_DEMANDING_LEAD = re.compile(r"要求|强调|部署|提出|要|必须|务必|确保|力争|目标|任务")


def _result_item(intro: str, text: str, at: int) -> bool:
    """Whether the first item at `at` reports a result in figures under a lead-in that demands nothing."""
    return _RESULT_ITEM.match(text, at) is not None and _DEMANDING_LEAD.search(intro) is None


# "1.河北省政协原副主席某某违规收受礼品礼金问题。": a disciplinary notice lists cases under numbers.
_CASE_HEADING = re.compile(r"违规|违纪|违法|收受|受贿|贪污|挪用|侵占|失职|渎职|公款|吃喝")
_MIN_CASE_WHO = 6          # characters of who did it before the misdeed (not 2.严肃查处违规违纪问题)


def _case_heading(text: str, at: int) -> bool:
    """An item that names a post holder and then a misdeed: who did what, not what must be done."""
    mm = _CASE_HEADING.search(text, at)
    return mm is not None and mm.start() - at >= _MIN_CASE_WHO and not _imperatives().starting_at(text, at) \
        and not text.startswith(("坚决", "严肃", "切实", "严厉", "依法", "深入"), at) \
        and lexicon().post_re.search(text, at, mm.start()) is not None


def _rule_ordinal(scan: _Scan, ci: int, text: str) -> bool:
    """"（一）", "1.", "一是", "一要", "一抓", "首先": an ordinal that opens the clause, or "一是" after
    a short subject ("常委会工作一是做好…"). Limits: a list that looks back is no directives unless its
    item holds a modal; "一是慢与快的关系" names a pair; "三保障" with no 一抓/一促 before it in the
    paragraph is a word."""
    first = text[:1]
    marker = None
    if first in _ORDINAL_FIRST or first.isdecimal():
        for kind, rx in _ORDINALS:
            m = rx.match(text)
            if m:
                marker = (kind, m, 0)
                break
    if marker is None and ("一是" in text or "一要" in text):
        m = _SHI_INNER.match(text)
        inner_m = (_SHI if m.group(2) == "一是" else _YAO).match(text[m.start(2):]) if m else None
        if m and inner_m and not m.group(1).endswith(("第", "统", "唯")):   # (not 一要求, 一要点, 第一要…)
            marker = ("shi" if m.group(2) == "一是" else "yao", inner_m, m.start(2))
    if marker is None:
        return False
    kind, m, off = marker
    paras = scan.clauses.paras
    modal_item = _MODAL_HEAD.match(text, off + m.end())
    if m.group(1) in ("一", "1", "首先"):
        intro = _intro_of(scan.body, scan.clauses, scan.sents, ci)
        scan.list_retro[kind] = _is_retro(intro) \
            or (not modal_item and _DONE_ITEM.match(text, off + m.end()) is not None) \
            or (not modal_item and _result_item(intro, text, off + m.end()))
    if scan.list_retro.get(kind) and not modal_item and kind != "yao":
        return True
    if kind == "shi" and _PAIR_ITEM.match(text, off + m.end()):
        return True
    if not modal_item and text.endswith("问题") and _case_heading(text, off + m.end()):
        return True                                  # 1.某省原副主席某某违规收受礼金问题: a case reported
    if kind == "ordinal_verb" and m.group(1) != "一" and not any(
            f.kind == "ordinal_verb" and paras[f.clause] == paras[ci] for f in scan.found.values()):
        return True
    if kind == "seq" and m.end() == len(text):
        scan.heading_next(m.group(1), ci)
        return True
    ordinal = m.group(0) if kind in ("paren", "arabic", "seq") else m.group(1) + text[off + m.end(1)]
    cs = scan.clauses.starts[ci]
    scan.found[ci] = _Found(cs + off, ci, kind, ordinal, cs + off)
    return True


_FIRM = re.compile(r"^坚决")
_MIN_FIRM = 4          # characters after 坚决 (坚决不能销号)


def _rule_firm(scan: _Scan, ci: int, text: str) -> bool:
    """"…开展拉网式隐患排查。坚决杜绝因灾造成群众重大伤亡。", "“整改不到位的，坚决不能销号。”": a
    clause that opens with 坚决 is a directive (guidelines: 坚决…) when it opens a sentence or follows
    a condition ending in 的 ("坚决反对形式主义、官僚主义。" too). Limit: at least _MIN_FIRM
    characters after 坚决; inside a sentence otherwise it goes on with the clause before."""
    if not text.startswith("坚决") or len(text) - 2 < _MIN_FIRM or not _FIRM.match(text):
        return False
    cs = scan.clauses.starts[ci]
    if ci > 0 and scan.clauses.seps[ci - 1] not in _SENT_END \
            and not scan.body[scan.clauses.starts[ci - 1]:scan.clauses.ends[ci - 1]].endswith("的"):
        return False                                 # inside a sentence it goes on with the clause before
    scan.found[ci] = _Found(cs, ci, "firm", None, cs)
    return True


_MIN_AFTER_MODAL = 4           # characters after 要/应当… (not 要的, 要去)
_MIN_AFTER_MUST = 2            # after 必须/务必 with a subject: "后续服务必须跟上", "责任必须压实"
_MIN_MUST_SUBJECT = 2


def _short_after(m: re.Match) -> int:
    """How many characters a directive needs after its modal: a strong modal with a subject of its
    own says enough in two ("措施必须到位")."""
    if m.group("modal") in ("必须", "务必") and len(m.group("subj").strip()) >= _MIN_MUST_SUBJECT \
            and not m.string.startswith("是", m.end("modal")):       # (而且必须是良田 says what it is)
        return _MIN_AFTER_MUST
    return _MIN_AFTER_MODAL


def _rule_modal(scan: _Scan, ci: int, text: str) -> bool:
    """"各级党委要…", "必须…", "务必…", "应当…" after a short subject; "总书记强调要…" starts at 要.
    Limits: the subject is no statement (not_subject_words.txt), the clause is no judgment
    (要当好县委书记是不容易的), 应当/应该 do not describe (应当坚持的…, 应该具有…); at least four
    characters after the modal."""
    if not ("要" in text or "必须" in text or "务必" in text or "应" in text or "严禁" in text or "不得" in text):
        return False
    m = _MODAL.match(text)
    if not m or len(text) - m.end("modal") < _short_after(m):
        return False
    subj = m.group("subj")
    vm = None
    for vm in _cues().verb_re.finditer(subj):  # noqa: B007 — the loop keeps the last match in vm
        pass
    if vm is not None:
        subj = subj[vm.end():]
    if scan.clauses.seps[ci] in "：:" and _LIST_INTRO.search(text):
        return False                                 # 要重点抓好以下工作：（一）…: the list's lead-in
    if m.group("modal") == "不要" and not _prohibition_directed(scan, ci, m):
        return False                                 # 不要 in a story or a quote of someone's advice
    if m.group("modal") == "应" and not _bare_should_directs(text, m.end("modal")):
        return False                                 # 会议应出席代表…, 应势而动, 李应川: 应 alone is a
                                                     # directive only before the words that open one
    if _subject_ok(subj) and not _JUDGMENT.search(text) and not _descriptive_should(text, m) \
            and not _narrative(scan, ci, text, m):
        st = scan.clauses.starts[ci] + (vm.end() if vm is not None else 0)
        scan.found[ci] = _Found(st, ci, "modal", None, st)
        return True
    return False


# "他强调，发展乡村旅游不要搞大拆大建", "菲方应当停止挑衅。有关政治人物不要为一己私利煽动对立情绪": 不要 orders
# when it opens its sentence right after a verb of demanding, or opens a sentence in a paragraph that
# already gave a directive; elsewhere it is advice told in a story ("“你不要怕。”老人说", "不发通知、
# 不要陪同").
_DEMAND_BEFORE = re.compile(r"(?:强调|(?<![的新总体些项条点和作央])要求|指出|叮嘱|嘱咐|提醒|告诫|表示|明确)$")


# Who a spokesperson's or a leader's 不要 is said to ("有关国家不要…", "美方不要…", "个别域外大国不要…").
_PARTIES = ("国家", "大国", "方", "方面", "势力", "当局", "政客", "政府")


def _prohibition_directed(scan: _Scan, ci: int, m: re.Match) -> bool:
    """不要 opens its sentence (or follows a clause that ends in a verb of demanding), and the clause
    before ends in that verb or a directive was found earlier in the same paragraph."""
    if "劝" in m.group("subj"):
        return False                                 # 有人劝他不要自讨苦吃: advice reported
    cl = scan.clauses
    first = scan.sents[cl.sents[ci]][0]
    demanded = ci > 0 and cl.seps[ci - 1] in "，,：:" and \
        _DEMAND_BEFORE.search(scan.body, cl.starts[ci - 1], cl.ends[ci - 1]) is not None
    if demanded:
        return True
    if first != ci or "、" in m.group("subj"):
        return False
    if m.group("subj").endswith(_PARTIES):
        return True                                  # 有关国家不要把南太平洋变成…: a party is told
    para = cl.paras[ci]
    return any(cl.paras[k] == para for k in scan.found if k < ci)


# ----- 要 that tells a story, not what must be done (feature reports: a villager, a plan, a wish) -----

# "村干部打来电话，要他把旧房拆掉": 要 + 他/她/你 is asking someone, reported; not 要他们 (a speaker's
# demand on a group: "要他们把工作落到实处" reads as a directive).
_ASKS_SOMEONE = re.compile(r"[他她你](?!们)")


def _asks_someone(scan: _Scan, ci: int, text: str, m: re.Match) -> bool:
    """要他/要她/要你 + a verb: someone asked someone to do something (narration)."""
    return m.group("modal") == "要" and _ASKS_SOMEONE.match(text, m.end("modal")) is not None


# "听说要修路占地", "她下决心要把茶叶卖到全国", "河西乡也打定主意，要发展林下经济": a wish or a plan heard of,
# not a demand (the wanting word ends the subject or the clause before); likewise a lesson learnt
# ("后来才明白要先把村里的情况摸透").
_WANTING = re.compile(r"(?:听说|得知|下决心|下定决心|打定主意|拿定主意|心想|想着|盘算着?|琢磨着?|立志|发誓|一心|盼着|嚷着"
                      r"|才明白|才懂得|才知道|才意识到|才体会到|慢慢明白|渐渐明白)$")
_WANTING_LAST = frozenset("说知心意想着算磨志誓白得道到")


def _wanting(scan: _Scan, ci: int, text: str, m: re.Match) -> bool:
    """A wanting or hearing word right before 要, or ending the clause before it in the sentence."""
    if m.group("modal") != "要":
        return False
    if _WANTING.search(m.group("subj")):
        return True
    cl = scan.clauses
    return not m.group("subj") and ci > 0 and cl.seps[ci - 1] in "，," \
        and _WANTING.search(scan.body, cl.starts[ci - 1], cl.ends[ci - 1]) is not None


# "过去农民只向土地要收成": 向 + whom + 要 is "to ask for" (a story of getting), not a modal; the 要 of a
# directive comes before 向 ("要向群众学习").
_ASK_FOR = re.compile(r"向[^，,、]{1,6}$")


def _ask_for(scan: _Scan, ci: int, text: str, m: re.Match) -> bool:
    """向X要Y: the subject ends with 向 and a short object."""
    return m.group("modal") == "要" and _ASK_FOR.search(m.group("subj")) is not None


# "过去，仅一项检验检测，就要把零部件快递到外地": a sentence that opens in the past tells how things were
# (要 = "had to"), unless a time to come is named before the modal (过去一年…，今年要…).
_PAST_OPENING = re.compile(r"[“\s]*(?:过去|以前|以往|从前|当年|那时|早年|原来)")
_TIME_TO_COME = re.compile(r"今后|今年|现在|如今|下一步|下一阶段|未来|将来|明年|新的一年|接下来")


def _past_time(scan: _Scan, ci: int, text: str, m: re.Match) -> bool:
    """The modal's sentence opens with a word of the past and names no time to come before it."""
    cl = scan.clauses
    first = scan.sents[cl.sents[ci]][0]
    at = cl.starts[ci] + m.start("modal")
    return _PAST_OPENING.match(scan.body, cl.starts[first]) is not None \
        and _TIME_TO_COME.search(scan.body, cl.starts[first], at) is None


# "村民老刘告诉记者，今年要多种点大豆", "“今年要多种点大豆。”种植户老刘说": a villager, a visitor or a
# worker says what they will do (a plan told to a reporter), not what must be done.
# (not 干部群众, 干部职工, 师生: "广大干部群众表示，要以…为遵循" is a body's resolve, reported as such)
_LAYPERSON = (r"(?<![部员生])(?:村民|农民|牧民|渔民|游客|市民|居民|老乡|商户|店主|摊主|老板|师傅|大妈|大爷|大姐|大哥"
              r"|小伙|姑娘|老人|家长|种植户|养殖户|贫困户|脱贫户|搬迁户|移民户|网友|乘客|司机|外卖员|快递员)")
_LAYPERSON_SAYS = re.compile(_LAYPERSON + r"[^，,。；;！？!?“”]{0,6}?(?:告诉记者|对记者说|笑着说|说|表示|感慨|坦言)[，,：:]?[“]?$")
_SAID_BY_LAYPERSON = re.compile(r"[^，,。；;！？!?“”]{0,8}?" + _LAYPERSON)
# "群众要求尽快修通村道的呼声很高", "村民们纷纷要求…": what the public asks for is news, not a directive.
_LAY_DEMANDER = re.compile(rf"(?:{_LAYPERSON}|(?<!干部)群众)们?[^，,。；;]{{0,4}}$")
# "他要求自己每天至少走访五户": a rule someone sets themselves (a story), not one set for others.
_SELF = ("自己", "自身")
_MAX_LAY_LEAD = 24           # characters looked back from the clause for the layperson who says it


def _layperson_says(scan: _Scan, ci: int, text: str, m: re.Match) -> bool:
    """A layperson and a verb of saying right before the clause, or named right after the closing quote
    that ends the clause's sentence ("…。”民宿老板说"); or a person the article names but gives no
    post, saying it ("葛长林说：“我们要把绝活传给年轻人”": a model worker's resolve, no directive)."""
    body, st = scan.body, scan.clauses.starts[ci]
    cl = scan.clauses
    if _lay_window_says(scan, st):
        return True
    if ci > 0 and cl.sents[ci - 1] == cl.sents[ci] and cl.seps[ci - 1] in "，," and (ci - 1) not in scan.found \
            and _lay_window_says(scan, cl.starts[ci - 1]):
        return True                                  # 穆桂珍说，很多矛盾其实都是小事，关键是要…: one clause between
    opened = body.rfind("“", max(0, st - _MAX_QUOTE), st)
    if opened >= 0 and body.find("”", opened, st) < 0 and _lay_window_says(scan, opened + 1):
        return True                                  # 冼月娥说：“…我会一直干。年轻人也要多来参与…”: her quote goes on
    last = bisect.bisect_right(cl.sents, cl.sents[ci], ci) - 1     # the sentence's last clause
    close = cl.ends[last] + 1 if body[cl.ends[last] + 1:cl.ends[last] + 2] == "”" else \
        cl.ends[last] if body[cl.ends[last]:cl.ends[last] + 1] == "”" else -1
    if close < 0:
        return False
    if _SAID_BY_LAYPERSON.match(body, close + 1) is not None:
        return True
    nm = _NAMED_AFTER_QUOTE.match(body, close + 1)
    return nm is not None and _no_post_name(scan, nm.group(1), close + 1)   # “…要多陪他们说说话。”蔡淑芬说。


# "“…我们不要光送东西，要多陪他们说说话。”蔡淑芬说。": a person named right after the closing quote.
_NAMED_AFTER_QUOTE = re.compile(r"([\u4e00-\u9fff·]{2,12}?)(?:笑着|动情地|感慨地|坚定地|常|常常|总)?(?:这样)?(?:说|表示|坦言)[。，,！!]")


def _no_post_name(scan: _Scan, name: str, at: int) -> bool:
    """Whether `name` (written at `at`) reads whole as a person's name and no official's mention covers it."""
    return not _official_within(scan, at, at + len(name)) and _reads_as_name(name)


def _lay_window_says(scan: _Scan, st: int) -> bool:
    """A layperson, or a person named with no post, and a verb of saying right before position st."""
    window = scan.body[max(0, st - _MAX_LAY_LEAD):st]
    return _SAYING.search(window) is not None \
        and (_LAYPERSON_SAYS.search(window) is not None or _unofficial_says(scan, window, st - len(window)))


_NAMED_SAYS = re.compile(r"(?:在发言中|发言时|笑着|动情地|感慨地)?(?:说|表示|坦言|感慨|谈到|建议|认为)[，,：:]?[“\s]*$")
# "韩桂兰结合自己三十年的装配经历谈到，…": a name, then how the speaker comes to it.
_SAYER_PHRASE = ("结合", "根据", "围绕", "针对", "从", "就", "以")
_SAYING = re.compile("说|告诉|表示|坦言|感慨|谈到|建议|认为")   # (a cheap test first)
_MAX_SAYER = 12            # characters of the subject before the verb of saying
_MAX_SAYER_PHRASE = 20     # … when the name is followed by how the speaker comes to it (结合…)
# People named with a role that is no post, before a verb of saying (获得者代表卜庆和在发言中说，要…).
_LAY_ROLE = re.compile(r"获得者|劳模|劳动模范|技师|工匠|专家|学者|教授|院士|研究员|工程师|企业家|志愿者|教师|老师|医生|律师|退休")


def _unofficial_says(scan: _Scan, window: str, at: int) -> bool:
    """The subject of the verb of saying that ends `window` is a person's name that is no official of
    the article, or a role that is no post (劳动模范, 教授…) with a name (`at`: where window starts in
    the body)."""
    vm = _NAMED_SAYS.search(window)
    if vm is None:
        return False
    cs = vm.start()
    while cs > 0 and window[cs - 1] not in _CLAUSE_SEP and vm.start() - cs < _MAX_SAYER:
        cs -= 1
    subject = window[cs:vm.start()].strip(_OPEN + "”’」』）)")   # (“…。”穆桂珍说: after a closing quote)
    if not subject or "他" in subject or "她" in subject:
        return False
    if _official_within(scan, at + cs, at + vm.start()):
        return False                                 # an official of the article speaks
    if _LAY_ROLE.search(subject) is not None or _reads_as_name(subject):
        return True
    far = cs                                         # a name, then how the speaker comes to it
    while far > 0 and window[far - 1] not in _CLAUSE_SEP and vm.start() - far < _MAX_SAYER_PHRASE:
        far -= 1
    longer = window[far:vm.start()].strip(_OPEN)
    reading = name_reading(longer, 0)
    return reading is not None and longer.startswith(_SAYER_PHRASE, reading[0]) \
        and not _official_within(scan, at + far, at + vm.start())


def _official_within(scan: _Scan, lo: int, hi: int) -> bool:
    """Whether the mention of an official that starts last before hi ends after lo."""
    k = bisect.bisect_left(scan.mentions, (hi,)) - 1
    return k >= 0 and scan.mentions[k][1] > lo


def _reads_as_name(text: str) -> bool:
    """Whether the whole of text reads as one person's name."""
    reading = name_reading(text, 0)
    return reading is not None and reading[0] == len(text)


# "“我今后要更加用心地种好每一亩地。”", "进了城，我要学一门手艺": 我 (one person, not 我们, 我国, 我省…,
# nor 自我: "自我革命关键要有…") before the modal is a personal vow, not a directive.
_FIRST_PERSON = re.compile(r"(?<![自忘])我(?![们国省市县区州盟镇乡村党军委局厅部院校])")


def _first_person_vow(scan: _Scan, ci: int, text: str, m: re.Match) -> bool:
    """The subject before the modal holds 我 alone."""
    return _FIRST_PERSON.search(m.group("subj")) is not None


# "村里要办的事还很多", "这是我们必须守住的底线", "…必须始终坚持的重要遵循": modal + a verb (one character,
# or two that verb_words.txt lists) + 的 qualifies a noun (a thing to be done), it orders nothing. Not
# 要有的放矢, 必须有好的作风 (有 + an adjective), 要以铁的纪律… (a preposition opens a verb phrase), 要看党的…
# (看党 is no verb), nor inside a 把 phrase ("把已明确的、必须做的事紧紧抓在手上" orders).
_NOUN_PHRASE = re.compile(r"(?:始终|长期)?(?![有以把对在从向用为给按将与同和])([\u4e00-\u9fff]{1,2})的(?!放矢)")


@cache
def _verbs() -> frozenset[str]:
    return frozenset(words("verb_words.txt"))


def _modal_in_noun_phrase(scan: _Scan, ci: int, text: str, m: re.Match) -> bool:
    """要/必须 + verb + 的 + noun."""
    if m.group("modal") not in ("要", "必须") or m.group("subj").startswith("把"):
        return False
    n = _NOUN_PHRASE.match(text, m.end("modal"))
    return n is not None and (len(n.group(1)) == 1 or n.group(1) in _verbs() or n.group(1)[1] in _RESULT)


# A verb with its result (守住, 做好, 办完, 打赢) is a verb even where verb_words.txt lacks it.
_RESULT = frozenset("住好完成到赢掉")



# A clause before a colon that announces a list ("要重点抓好以下工作：", "要做到三点：") is its lead-in,
# not a task of its own (the items are).
_LIST_INTRO = re.compile(rf"以下|如下|[{NUM}两几\d]+(?:点|项|个方面|方面|件事)")


# "要想把买卖做长远，必须升级", "要只卖农产品，那就是亏本了", "要建楼而不牺牲…，我们必须…", "哪个路段提出要
#变更，他就带着人去现场": a clause of 要
# that states a condition or an aim, answered by the next clause of the same sentence (必须/就/那/才), is
# "if / in order to", not a directive; the answer, when it has its own modal, is the task.
_CONDITION_ANSWER = re.compile(r"[“\s]*(?:我们|大家|你|我|他们|她们|他|她)?(?:必须|就|那|才)")


# "要兴旺发达，走向强盛，必须…", "要把山货卖出去，乡亲们觉得，就得先修好路": the answer may come one short
# clause later (a second aim, or who thinks so).
_MAX_BETWEEN_AIM = 6


def _condition_then(scan: _Scan, ci: int, text: str, m: re.Match) -> bool:
    """要/要想 + a condition, then a clause that answers it (_CONDITION_ANSWER), right after it or
    after one clause of at most _MAX_BETWEEN_AIM characters: no directive."""
    cl = scan.clauses
    if m.group("modal") != "要" or ci + 1 >= len(cl) or cl.seps[ci] not in "，,":
        return False
    if scan.body[cl.starts[ci + 1]] in _ANSWER_FIRST and _CONDITION_ANSWER.match(scan.body, cl.starts[ci + 1]) is not None:
        return True
    return ci + 2 < len(cl) and cl.seps[ci + 1] in "，," and cl.ends[ci + 1] - cl.starts[ci + 1] <= _MAX_BETWEEN_AIM \
        and _CONDITION_ANSWER.match(scan.body, cl.starts[ci + 2]) is not None


_ANSWER_FIRST = frozenset("“ \u3000我大你他她必就那才")


def _topic_say(scan: _Scan, ci: int, text: str, m: re.Match) -> bool:
    """要说 + a topic, then a clause that comments on it (_TOPIC_COMMENT): no directive."""
    e = m.end("modal")
    if m.group("modal") != "要" or text[e:e + 1] != "说" or ci + 1 >= len(scan.clauses) \
            or scan.clauses.seps[ci] not in "，,":
        return False
    return _TOPIC_COMMENT.match(scan.body, scan.clauses.starts[ci + 1]) is not None


# "张雪峰是村级湖长，每天都要分早中晚三次巡湖", "每个月巡护，她都要返回故乡": a habit told in a feature
# story (要 = "has to, every time"), not a demand. A paragraph where someone demands (会议要求，各乡镇每月
# 都要开展一次排查) keeps its directive; so does a subject of many or of cadres (各村每周要…, 党员干部平时
# 就要加强学习).
_MAX_ROUTINE_BACK = 80   # characters looked back from 要 for a word of habit in its sentence
_ROUTINE = re.compile(r"每(?:天|日|晚|早|周|星期|个?月|季度?|年|次|逢|当|回|到)|天天|年年|月月|常常|总是|往往|平日|平时|一年四季"
                      r"|经常|时常")
_ROUTINE_AFTER = ("定期", "经常", "时常")   # 队里的志愿者要定期到独居老人家里帮忙: the habit right after 要
# Whether the body holds either anywhere (_Scan.story): one search instead of one and three substring tests
_ROUTINE_ANY = re.compile("|".join([_ROUTINE.pattern] + [w for w in _ROUTINE_AFTER if not _ROUTINE.fullmatch(w)]))
# (looked for over at most this many characters before the modal: a paragraph may be a whole book)
_MAX_DIRECTED_BACK = 600
_DIRECTED = re.compile(r"强调|要求|指出|部署|叮嘱|嘱咐|提出|提醒|告诫|号召|希望|表示|明确|规定")
_MANY_SUBJECT = re.compile(r"^[“\s]*(?:各|全体|所有|凡)|干部|党员|领导|部门|单位|机关|乡镇|街道|社区|村组|企业")
# "有经验的鱼把头，先要会识冰": 要会 + a verb is a skill described (one has to know how), when nobody asks for it.
_SKILL = re.compile(r"会(?![议见谈商同审上后前场期员计])")


def _undirected(scan: _Scan, ci: int, m: re.Match) -> bool:
    """No verb of demanding in the modal's paragraph before it, and the subject is not 各…/所有…."""
    cl = scan.clauses
    para_first = bisect.bisect_left(cl.paras, cl.paras[ci])
    at = cl.starts[ci] + m.start("modal")
    lo = max(cl.starts[para_first], at - _MAX_DIRECTED_BACK)
    return _DIRECTED.search(scan.body, lo, at) is None \
        and _MANY_SUBJECT.search(m.group("subj")) is None \
        and _MANY_SUBJECT.match(scan.body, cl.starts[scan.sents[cl.sents[ci]][0]]) is None


def _routine(scan: _Scan, ci: int, text: str, m: re.Match) -> bool:
    """要 after a word of habit (每天, 每次, 常常 …) in its sentence, in a paragraph where nobody demands."""
    if m.group("modal") != "要":
        return False
    cl = scan.clauses
    first = scan.sents[cl.sents[ci]][0]
    at = cl.starts[ci] + m.start("modal")
    lo = max(cl.starts[first], at - _MAX_ROUTINE_BACK)   # (bounded: a text with no full stop stays linear)
    if _ROUTINE.search(scan.body, lo, at) is None and not (
            scan.body.startswith(_ROUTINE_AFTER, at + 1) and m.group("subj").strip(_OPEN)
            and _MANY_SUBJECT.search(scan.body, lo, at) is None):
        return False                                 # (监管部门不仅要…，而且要定期检查: an organ's duty;
                                                     # 他说，…。要定期开展消防演练: no one narrated)
    return _undirected(scan, ci, m)


# "居民们你一言我一语，有的提出要保留小区里的老槐树": what some of those present proposed, not a directive.
_SOME_SAY = re.compile(r"(?:有的|有人)[^，,]{0,4}?(?:提出|说|建议|希望|表示|认为|觉得|主张)")


# "说起今后的打算，佘秋生说，村里要建一个茶文化体验园": a plan or a wish someone tells (打算, 心愿… then 说)
# in a paragraph where nobody demands is what that person means to do, not a directive.
_PLAN_WORDS = ("打算", "设想", "心愿", "愿望", "梦想", "憧憬", "盘算")
# (and the future as a topic someone is asked about: "说起下一步，祁长林说，村里要建一个烘干车间")
_PLAN_TALK, _PLAN_TIMES = ("说起", "谈起", "谈到", "说到", "聊起", "问起"), ("下一步", "今后", "未来", "接下来", "明年")
_PLAN = re.compile("|".join(_PLAN_WORDS) + f"|(?:{'|'.join(_PLAN_TALK)})(?:{'|'.join(_PLAN_TIMES)})")
# Whether the body holds _PLAN anywhere (_Scan.story): the same words, each looked for by its last
# character and a look-behind (算, 想, 起…: rarer than 说, 打, 心, which the engine stops at for _PLAN;
# one pass over the corpus 9 -> 2 ms). Its matches start one character later: for the test only.
_PLAN_ANY = re.compile("|".join([f"{w[-1]}(?<={w})" for w in _PLAN_WORDS]
                                + [f"{w[-1]}(?<={w})(?:{'|'.join(_PLAN_TIMES)})" for w in _PLAN_TALK]))
_MAX_PLAN_BACK = 40      # characters looked back from 要 for the word of planning in its sentence
# someone tells it (not "共圆复兴梦想，民营经济要发挥更大作用": a goal named in an editorial)
_TELLS_PLAN = re.compile(r"说|表示|告诉|谈道|介绍|[：:]")


def _plan(scan: _Scan, ci: int, m: re.Match) -> bool:
    """要 after a word of planning in its sentence, in a paragraph where nobody demands."""
    if m.group("modal") != "要":
        return False
    cl = scan.clauses
    at = cl.starts[ci] + m.start("modal")
    first = scan.sents[cl.sents[ci]][0]
    lo = max(cl.starts[first], at - _MAX_PLAN_BACK)
    if first > 0 and scan.body[cl.starts[first] - 1] == "“" and cl.paras[first - 1] == cl.paras[first]:
        # a quote with no one named after the plan told ("…，村里要建烘干车间。“日子要一年比一年好…”")
        lo = max(cl.starts[scan.sents[cl.sents[first - 1]][0]], at - 2 * _MAX_PLAN_BACK)
    p = _PLAN.search(scan.body, lo, at)
    return p is not None and _TELLS_PLAN.search(scan.body, p.end(), at) is not None and _undirected(scan, ci, m)


# "“巡逻不要怕麻烦，要把每个角落都看到。”这是蓝卫国常对新队员说的话。": a quote that the next words call
# someone's saying or motto is what that person tells people habitually, not a directive of the report.
_MOTTO_WORDS = ("的话", "口头禅", "座右铭", "挂在嘴边")
_MOTTO = re.compile(r"”[\s\u3000]*(?:这|这句话|这些话)(?:就)?是[^。；;“”\n]{0,20}?(?:" + "|".join(_MOTTO_WORDS) + ")")
_MAX_QUOTE = 200          # characters looked ahead from the modal for the quote's end


def _motto(scan: _Scan, ci: int, m: re.Match) -> bool:
    """The modal stands inside a quote whose closing mark _MOTTO follows."""
    body = scan.body
    at = scan.clauses.starts[ci] + m.start("modal")
    if body.rfind("“", max(0, at - _MAX_QUOTE), at) <= body.rfind("”", max(0, at - _MAX_QUOTE), at):
        return False
    close = body.find("”", at, at + _MAX_QUOTE)
    return close >= 0 and _MOTTO.match(body, close) is not None


def _skill(scan: _Scan, ci: int, text: str, m: re.Match) -> bool:
    """要会 + a verb (a skill one needs) in a paragraph where nobody demands."""
    return m.group("modal") == "要" and _SKILL.match(text, m.end("modal")) is not None and _undirected(scan, ci, m)


def _narrative(scan: _Scan, ci: int, text: str, m: re.Match) -> bool:
    """Whether the modal clause narrates: the vetoes above, in order, each asked only when a cheap test
    of the characters it needs holds (most modal clauses pass none, and this runs for each of them)."""
    e, subj = m.end("modal"), m.group("subj")
    after = text[e:e + 1]
    comma = scan.clauses.seps[ci] in "，,"
    cl = scan.clauses
    return (comma and after == "说" and _topic_say(scan, ci, text, m)) \
        or (comma and _condition_then(scan, ci, text, m)) \
        or (after in _PRONOUN_AFTER and _asks_someone(scan, ci, text, m)) \
        or ((subj[-1:] in _WANTING_LAST or not subj and ci > 0
             and scan.body[cl.ends[ci - 1] - 1:cl.ends[ci - 1]] in _WANTING_LAST) and _wanting(scan, ci, text, m)) \
        or ("向" in subj and _ask_for(scan, ci, text, m)) \
        or ("我" in subj and _first_person_vow(scan, ci, text, m)) \
        or _layperson_says(scan, ci, text, m) \
        or (scan.body[cl.starts[bisect.bisect_left(cl.sents, cl.sents[ci])]] in _PAST_FIRST
            and _past_time(scan, ci, text, m)) \
        or ("的" in text[e:e + 5] and _modal_in_noun_phrase(scan, ci, text, m)) \
        or (after == "会" and _skill(scan, ci, text, m)) \
        or (scan.story[2] and _routine(scan, ci, text, m)) \
        or (scan.story[0] and _plan(scan, ci, m)) \
        or (subj in _ALSO and ci > 0 and _duty_described(scan, ci, m)) \
        or (("访" in subj or "此行" in subj) and _VISIT_PURPOSE.search(subj) is not None) \
        or (subj[:1] == "有" and _SOME_SAY.match(subj) is not None) \
        or (scan.story[1] and _motto(scan, ci, m))


_PRONOUN_AFTER = frozenset("他她你")
# "他本人此访就是要把这份友谊传承下去": what a visit is for, told by the visitor, not a directive.
_VISIT_PURPOSE = re.compile(r"此访|此行|此次(?:访问|访华|来华)|这次(?:访问|访华|来华)|本次访问")
# "岑守礼既是语文老师，也是数学老师，还要兼做厨师和校医": 还要/也要 going on from what someone is
# (是… with no modal, in the same sentence) tells what the job holds, not what must be done.
_ALSO = frozenset(("还", "也", "又", "还得"))
_IS_WITHOUT_MODAL = re.compile(r"[^要必务应须]*是[^要必务应须]*$")


def _duty_described(scan: _Scan, ci: int, m: re.Match) -> bool:
    """还要 after a clause that says what someone is, in a paragraph where nobody demands."""
    cl = scan.clauses
    prev = ci - 1
    return m.group("modal") == "要" and cl.sents[prev] == cl.sents[ci] and prev not in scan.found \
        and _IS_WITHOUT_MODAL.match(scan.body, cl.starts[prev], cl.ends[prev]) is not None \
        and _undirected(scan, ci, m)
_PAST_FIRST = frozenset("“ \u3000过以从当那早原")   # first characters of _PAST_OPENING


# "中方应斐方要求派出的医疗队", "应东道国政府要求": 应 + a party + 要求 is "at the request of", no demand.
_AT_REQUEST = re.compile(r"应[^，,。；;应]{0,10}(?:方|国|政府|部|委|院|总统|总理|首相|主席|国王|议长)$")


def _rule_demand(scan: _Scan, ci: int, text: str) -> bool:
    """"会议要求，狠抓…" / "王晓要求各级…": what 要求 asks for. Limits: 要求 as a noun (新要求, 要求和…),
    a long or statement-like subject, a short object before a colon (the addressees: 要求相关部门、
    乡镇：…)."""
    m = _DEMAND.search(text) if "要求" in text else None
    if m and "应" in text[:m.start()] and _AT_REQUEST.search(text, 0, m.start()):
        return False                                 # 中方应斐方要求派出医疗队: at someone's request
    if m and (_LAY_DEMANDER.search(text, 0, m.start()) or text.startswith(_SELF, m.end())):
        return False                                 # 群众要求修路的呼声 / 他要求自己每天走访: no directive
    if m and len(text) - m.end() >= 4 and _subject_ok_demand(text[:m.start()]) \
            and not (scan.clauses.seps[ci] in "：:" and len(text) - m.end() <= _MAX_ADDRESSEES):
        st = scan.clauses.starts[ci] + m.end()
        # the text keeps 要求 (要求各地抓好项目开复工: what is asked and of whom, as a reader marks it)
        scan.found[ci] = _Found(st, ci, "demand", None, scan.clauses.starts[ci] + m.start())
        return True
    return False


def _rule_colon(scan: _Scan, ci: int, text: str) -> bool:
    """"…对今后的工作进行部署：A；B；C" / "总体要求是：…": the items after a lead-in that sets out work."""
    if scan.clauses.seps[ci] in "：:" or text.endswith(("要求是", "任务是", "重点是", "总体要求")):
        _colon_items(scan.body, scan.clauses, scan.sents, ci, scan.found)
    return True


# The rules a candidate clause is offered to, in this order; the first that decides about it ends
# the turn (its docstring gives the sentence it exists for and its limits).
_CLAUSE_RULES = (
    ("pending_heading", _rule_pending_heading),
    ("di", _rule_di),
    ("ordinal", _rule_ordinal),
    ("firm", _rule_firm),
    ("modal", _rule_modal),
    ("demand", _rule_demand),
    ("colon", _rule_colon),
)


def _candidates(body: str, clauses: _Clauses) -> list[int]:
    """The clauses that hold a marker of a directive or end with a colon, in order."""
    ends = clauses.ends
    cand = set()
    for finditer in _PREFILTERS:
        cand.update([bisect.bisect_left(ends, m.start()) for m in finditer(body)])
    for colon in ("：", ":"):
        i = body.find(colon)
        while i >= 0:
            cand.add(bisect.bisect_left(ends, i))
            i = body.find(colon, i + 1)
    return sorted(i for i in cand if i < len(clauses))


def find_tasks(body: str, officials: list[Official]) -> list[Task]:
    clauses = _clauses(body)
    if not clauses:
        return []
    mentions = tuple(sorted((m.start, m.end) for o in officials for m in o.mentions))
    scan = _Scan(body, clauses, _candidates(body, clauses), mentions)
    order, starts, ends = scan.order, clauses.starts, clauses.ends
    while True:
        if scan.forced >= 0:
            ci, scan.forced = scan.forced, -1
        elif scan.k < len(order):
            ci = order[scan.k]
            scan.k += 1
        else:
            break
        text = body[starts[ci]:ends[ci]]
        for _name, rule in _CLAUSE_RULES:
            if rule(scan, ci, text):
                break
    found = scan.found
    # Passes over the whole text after the clause rules.
    if "强调" in body or "要求" in body:
        _imperative_items(body, clauses, found)
        _follow_on_imperatives(body, clauses, found)
    _semicolon_items(body, clauses, scan.sents, found)
    _drop_continuations(body, clauses, found)
    if not found:
        return []
    events = _speaker_events(body, officials)
    return _build(body, clauses, sorted(found.values(), key=lambda f: f.start), events)


# Ordinals that open a clause, tried in this order; each starts with one of _ORDINAL_FIRST or a digit.
_ORDINALS = (("paren", _PAREN), ("arabic", _ARABIC), ("shi", _SHI), ("yao", _YAO), ("ordinal_verb", _ORD_VERB),
             ("seq", _SEQ))
_ORDINAL_FIRST = frozenset("（(" + NUM + "首其再最")
_SHI_INNER = re.compile(rf"^([^{NUM}“”]{{1,8}}?)(一是|一要)")   # 常委会工作一是…, 各社区一要…
_MODAL_HEAD = re.compile(r"(?:要|必须|务必)")


# "强调：" / "要求：" before headings written without 要; "强调，坚决…".
_IMPERATIVE_LEAD = re.compile(r"(?:强调|要求)[：:，,]")
_MAX_HEADINGS = 8           # sentences looked at after one lead-in


@cache
def _imperatives() -> WordSet:
    return WordSet(words("imperative_starts.txt"))


def _imperative_items(body: str, clauses: _Clauses, found: dict[int, _Found]) -> None:
    """Directives written without 要, after a verb of demand:
    - headings after a colon: "张华强调：深刻认识防汛工作的重要性。……压实工作责任。……": the clause
      after the colon (it must open with an imperative word: imperative_starts.txt, 深刻认识, 压实,
      强化…), then each sentence of the same paragraph, and each following paragraph, that opens
      with one;
    - after a comma, a clause that opens with 坚决 ("张华强调，坚决守住…底线").
    Limits: only after 强调 and 要求 (指出 and 表示 lead to statements as often as to demands); after
    a comma only 坚决 (on national news "强调，坚持…，推动…" is mostly narrative, not marked); at most
    _MAX_HEADINGS sentences; a paragraph that does not open so ends the headings."""
    imperative = _imperatives()
    ends, starts, sents = clauses.ends, clauses.starts, clauses.sents
    n = len(ends)
    for m in _IMPERATIVE_LEAD.finditer(body):
        ci = bisect.bisect_left(ends, m.end())
        if ci >= n or starts[ci] < m.end() - 1:
            continue
        if body[m.end() - 1] in "，,":
            if ci not in found and (body.startswith("坚决", starts[ci]) or _demand_after_comma(body, clauses, m, ci)):
                found[ci] = _Found(starts[ci], ci, "imperative", None, starts[ci])
            continue
        k, seen, para = ci, 0, clauses.paras[ci]
        while k < n and seen < _MAX_HEADINGS:
            if imperative.starting_at(body, starts[k]):
                if k not in found:
                    found[k] = _Found(starts[k], k, "imperative", None, starts[k])
            elif clauses.paras[k] != para or k == ci:
                break                             # a paragraph that opens otherwise ends the headings
            para = clauses.paras[k]
            seen += 1
            sent = sents[k]
            while k < n and sents[k] == sent:
                k += 1


# A sentence that is no imperative although it opens with one's word: it tells what is or was.
_TELLS = re.compile(r"是|了|已|成为|意义|正在|目前|当前")


def _follow_on_imperatives(body: str, clauses: _Clauses, found: dict[int, _Found]) -> None:
    """"公冶某强调，…镇党委要认真履行整改主体责任。对反馈的问题逐条制定整改措施，明确责任人和时限。严格落实
    值班制度。": in a paragraph of 强调 or 要求, a sentence right after a sentence that holds a directive is
    one too when it opens with an imperative word (imperative_starts.txt) or with what it is about and
    an imperative adverb (对…逐条/限期…). Limits: the paragraph holds 强调/要求 as a verb (followed by
    punctuation); the sentence before holds a modal, demand or imperative directive (not an ordinal
    item: lists of what was done read so); the sentence right after only (each one found goes on to
    the next); its first clause tells nothing that is or was (是, 了, 已, 当前…), and the sentence
    neither judges (_STATEMENT, _JUDGED: 关键在党, 任重道远) nor makes its first clause the topic of a
    modal (做好…工作，必须…: the modal clause is the task)."""
    if not found:
        return
    starts, ends, seps, paras, sents = clauses.starts, clauses.ends, clauses.seps, clauses.paras, clauses.sents
    n = len(starts)
    imperative = _imperatives()
    for ci in sorted(found):
        if found[ci].kind not in _FOLLOWED_KINDS:
            continue                                 # (一是实施源头严控。大力开展…: a review's items)
        while True:
            k = bisect.bisect_right(sents, sents[ci], ci)   # the first clause of the next sentence
            if k >= n or paras[k] != paras[ci] or k in found:
                break
            st = starts[k]
            if not (imperative.starting_at(body, st) or _PREP_LEAD.match(body, st)):
                break
            sent_end = bisect.bisect_right(sents, sents[k], k) - 1
            if not (_DEMAND_IN_PARA.search(body, body.rfind("\n", 0, st) + 1, st)
                    and not _TELLS.search(body, st, ends[k]) and seps[k] != "："
                    and not _STATEMENT.search(body, st, ends[sent_end])
                    and not _TOPIC_THEN_MODAL.search(body, st, ends[sent_end])
                    and not _JUDGED.search(body, st, ends[sent_end])):
                break
            found[k] = _Found(st, k, "follow_on", None, st)
            ci = k


# A sentence that judges what it names: "做好民族工作关键在党", "从严治党，任重道远".
_JUDGED = re.compile(r"在于|关键在|在党|在人|任重道远|不容|之本|之要|所在|重要|根本|前提|基础|保障")
_DEMAND_IN_PARA = re.compile(r"(?<![的新总体些项条点和与及控])(?:强调|要求)[，,：:]")
_FOLLOWED_KINDS = frozenset(("modal", "imperative", "demand", "firm", "follow_on"))


_MEETING_DEMAND = re.compile(r"(?:会议|会上|大会|全会)(?:还|同时|进一步)?要求[，,]$")
_MEETING_STRESS = re.compile(r"(?:会议|会上|大会|全会)(?:还|同时|进一步)?强调[，,]$")
# A clause that opens with what it is about, then its verb: "对巡察反馈的问题逐条制定整改措施".
_PREP_LEAD = re.compile(r"(?:对|针对|对于)[^，,。；;：:]{2,16}?(?:逐条|逐项|逐一|立即|及时|限期|全面|认真|切实|坚决|抓紧|尽快"
                       r"|建立|制定|落实|实行|实施|开展|加强|严格|依法|从严|一律)")
# A clause after "强调，" that says what something is, not what to do: "坚持…是…保证", "推动…，非一日之功".
_STATEMENT = re.compile(r"是|成为|意义|不亚于|只能|不能少|[，,](?:非|是|对于|关系|事关)")
_NOUN_BEFORE_DEMAND = frozenset("重总项")
_COPULA_SENTENCE = re.compile(r"^[^，,；;要必务应]{1,12}是(?!否)[^，,；;要必务应]*$")  # "X是Y" and no modal
# "强调，推动高质量发展，必须…": a later clause with a modal makes the first one its topic.
_TOPIC_THEN_MODAL = re.compile(r"要|必须|务必|应当|应该|关键|需要")


# "当前正值森林防火关键期", "眼下已进入主汛期": the time a demand is set in, not the demand.
_SETTING_CLAUSE = re.compile(r"(?:当前|目前|眼下|现在|时下|今年|近期|近来|当下)?(?:正值|正处于|正处在|已进入|已经进入|正进入|即将进入)")


def _demand_after_comma(body: str, clauses: _Clauses, m: re.Match, ci: int) -> bool:
    """"会议要求，区住建局牵头做好项目统筹": after a meeting's 要求 and a comma the clause is a
    directive, whatever it opens with; "区长李强在讲话中强调，坚持问题导向，推动…": after 强调 or 要求
    and a comma, a clause that opens with an imperative word (imperative_starts.txt) is one. Limit:
    after a person's 强调/要求 the sentence says nothing of what something is (是, 非一日之功, 对于…:
    "强调，推动中部地区崛起是党中央作出的重要决策" is a statement); the sentence goes on after the
    clause (one clause alone sums the speech up); the sentence is looked at over
    _MAX_DEMAND_SENTENCE characters."""
    start = clauses.starts[ci]
    if m.start() > 0 and body[m.start() - 1] in _NOUN_BEFORE | _NOUN_BEFORE_DEMAND:
        return False                                 # 方针和要求，/ 总要求，: 要求 is a noun
    lead_start = m.start()
    while lead_start > 0 and body[lead_start - 1] not in _CLAUSE_SEP:
        lead_start -= 1
    lead = body[lead_start:m.start()]
    if any(c in lead for c in "把的和与及") or _imperatives().starting_at(body, lead_start):
        return False                                 # 把握从严治党要求，落实…: an item, not who speaks
    if _MEETING_DEMAND.search(body, max(0, m.start() - 4), m.end()):
        clause = body[start:clauses.ends[ci]]
        if _COPULA_SENTENCE.match(clause) and (clauses.seps[ci] in _SENT_END or _modal_follows(body, clauses, ci)):
            return False                             # 会议要求，汛期是防汛的关键期。各乡镇应…: the
                                                     # setting; the directive is the next sentence
                                                     # (or the next clause: 清明前后是火情易发时段，各乡镇必须…)
        if _SETTING_CLAUSE.match(clause):
            return False                             # 会议要求，当前正值森林防火关键期，各乡镇应当…
        return len(clause) >= 4
    meeting_stress = _MEETING_STRESS.search(body, max(0, m.start() - 4), m.end()) is not None
    if not (_imperatives().starting_at(body, start) or meeting_stress and _PREP_LEAD.match(body, start)
            or body.startswith("要求", m.start()) and _ADDRESSEES_FIRST.match(body, start)):
        return False
    sent_end = _sentence_end(body, start)
    if meeting_stress:
        # "会议强调，确保全年目标任务圆满完成。", "会议强调，对巡察反馈的问题逐条制定整改措施": a meeting's
        # 强调 is its demand even in one clause (a person's one clause sums a speech up, below)
        return _STATEMENT.search(body, start, sent_end) is None and _JUDGED.search(body, start, sent_end) is None \
            and _TOPIC_THEN_MODAL.search(body, clauses.ends[ci], sent_end) is None
    # one clause alone after the lead is a summary of the speech ("要求，推动…不断取得新成效。"), a
    # directive goes on ("强调，坚持问题导向，推动各项工作落地见效")
    return _STATEMENT.search(body, start, sent_end) is None and clauses.seps[ci] in "，,；;" \
        and _TOPIC_THEN_MODAL.search(body, clauses.ends[ci], sent_end) is None


_MAX_DEMAND_SENTENCE = 120
# "禤志坚要求，包村干部今晚全部下沉到村，…": after a person's 要求 and a comma, the clause names whom it
# asks (a body of people or an office) and what they do.
_ADDRESSEES_FIRST = re.compile(r"(?:各|全|有关|相关|广大|包村|驻村|[县区市镇乡村])?[^，,。；;是了已]{0,6}?"
                               r"(?:干部|部门|单位|乡镇|街道|社区|企业|学校|人员|党员|专班|工作组)"
                               r"[^，,。；;是了已]{0,6}?(?:立即|马上|迅速|全部|今晚|当天|连夜|务必|限期|全力|全员)")


def _sentence_end(body: str, start: int) -> int:
    """Where the sentence that goes on at `start` ends, looked at over _MAX_DEMAND_SENTENCE characters."""
    stop = start
    while stop < len(body) and body[stop] not in _SENT_END and stop - start < _MAX_DEMAND_SENTENCE:
        stop += 1
    return stop


def _modal_follows(body: str, clauses: _Clauses, ci: int) -> bool:
    """The sentence goes on after clause ci with a modal of its own (…，各乡镇必须…)."""
    end = clauses.ends[ci]
    return _TOPIC_THEN_MODAL.search(body, end, _sentence_end(body, end)) is not None


def _colon_items(body: str, clauses: _Clauses, sents: _Sentences, ci: int,
                 found: dict[int, _Found]) -> None:
    """"…对今后一年的任务进行部署：A；B；C" / "总体要求是：以…为指导，…"."""
    cues = _cues()
    c = clauses[ci]
    text = body[c.start:c.end]
    if len(text) <= 3:                                # 问： 答：
        return
    own = sents[c.sent]
    lead = body[max(clauses[own[0]].start, c.end - _MAX_LEAD):c.end]
    announced = _LIST_INTRO.search(text) is not None and _MODAL.match(text) is not None   # 下一步要推进七方面的工作：
    if not (cues.intro_re.search(lead) or announced) or _is_retro(lead):
        return
    if ci + 1 >= len(clauses) or clauses[ci + 1].para != c.para:
        return
    nxt = ci + 1
    items = [nxt]
    k = nxt
    last = min(len(clauses), nxt + _MAX_ITEMS)
    while k + 1 < last and clauses[k + 1].sent == clauses[nxt].sent:
        if clauses[k].sep in "；;":
            items.append(k + 1)
        k += 1
    if len(items) == 1:
        items = _parallel_items(body, clauses, nxt, k) or items
    if any(_FACT_SEGMENT.match(body, clauses[i].start) for i in items):
        return                                       # (…措施升级：公安部门介入…；2007年，…: what happened)
    for i in items:
        _put_item(found, clauses, i)


def _parallel_items(body: str, clauses: _Clauses, first: int, last: int) -> list[int]:
    """"提三点希望：希望大家坚定信心，希望大家真抓实干，希望大家廉洁自律": items separated by commas,
    told by the word each opens with (the first item's first two characters). Limit: at least two
    clauses of the sentence open so; the others go on with the item before them. One character (抓…，
    抓…) is enough when every clause of the sentence opens with it."""
    head = body[clauses[first].start:clauses[first].start + 2]
    if len(head) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in head):
        return []
    same = [i for i in range(first, last + 1) if body.startswith(head, clauses[i].start)]
    if len(same) < 2:                                # 抓项目建设，抓招商引资，抓民生改善: one verb opens
        same = [i for i in range(first, last + 1) if body.startswith(head[0], clauses[i].start)]
        if len(same) != last - first + 1:            # every clause of the sentence
            return []
    return same if len(same) >= 2 else []


_DEMAND_VERB = re.compile(r"(?:强调|要求)[，,：:]")
# What a meeting did, listed after its demands: "…要求稳住就业；审议通过《…条例（草案）》；听取…汇报".
_AGENDA_ITEM = re.compile(r"审议|听取|讨论通过|通过了|研究了")


# A segment that tells who did what or when, not what to do: "有人离不了根，不搬；有人…，不搬",
# "公安部门介入…；2007年，查干湖成为国家级自然保护区；…".
_FACT_SEGMENT = re.compile(r"(?:有人|有的人|还有人|也有人|有的|[12]\d{3}年)")


def _semicolon_items(body: str, clauses: _Clauses, sents: _Sentences,
                     found: dict[int, _Found]) -> None:
    """A sentence of ";"-separated items that goes on from directives ("要坚持稳进，…；狠抓落实，…；"),
    follows a lead-in that sets out work ("…进行部署。切实加强…；切实加强…"), or follows a sentence
    of 强调/要求 and opens with an imperative word ("张某强调，全面从严治党永远在路上。深刻认识…；
    压实…；锲而不舍落实…")."""
    seps = clauses.seps
    semis = Counter(compress(clauses.sents, map(_SEMI.__contains__, seps)))
    for sent, n_semi in semis.items():
        idx = sents[sent]
        if n_semi < 2 or len(idx) < 3:
            continue
        segs: list[list[int]] = [[]]
        for i in idx:
            segs[-1].append(i)
            if seps[i] in _SEMI:
                segs.append([])
        segs = [sg for sg in segs if sg]
        if len(segs) < 3:
            continue
        text = body[clauses[idx[0]].start:clauses[idx[-1]].end]
        if _is_retro(text) or _FACT_NUMBER.search(text) \
                or any(_FACT_SEGMENT.match(body, clauses[sg[0]].start) for sg in segs):
            continue
        prev = sents.get(sent - 1)
        prev_ok = False
        if prev and clauses[prev[0]].para == clauses[idx[0]].para:
            prev_text = body[clauses[prev[0]].start:clauses[prev[-1]].end]
            prev_ok = any(i in found for i in prev) or (
                bool(re.search("部署|建议", prev_text)) and not _is_retro(prev_text)) or (
                bool(_DEMAND_VERB.search(prev_text))
                and _imperatives().starting_at(body, clauses[segs[0][0]].start) > 0)
        first_has = any(i in found for i in segs[0])
        if not (first_has or prev_ok):
            continue
        for sg in segs[1:]:
            if _PREP_START.match(body, clauses[sg[0]].start) and any(i in found for i in sg[1:]):
                continue                             # 对重复信访和信访积案，应当实行…: the modal holds the item
            if not _AGENDA_ITEM.match(body, clauses[sg[0]].start):
                _put_item(found, clauses, sg[0])
        if not first_has:
            k = len(segs[1])
            first = segs[0][-k] if len(segs[0]) >= k else segs[0][0]
            _put_item(found, clauses, first)
        else:
            colon = [i for i in segs[0][:-1] if seps[i] in "：:"]
            if colon and colon[-1] + 1 not in found:
                _put_item(found, clauses, colon[-1] + 1)   # 要做到“三个坚持”：坚持…；坚持…: the first item


def _put_item(found: dict[int, _Found], clauses: _Clauses, i: int) -> None:
    """An item starts at its clause ("按照“四个机关”要求加强…" is one item, not a demand)."""
    if i not in found or found[i].kind == "demand":
        found[i] = _Found(clauses[i].start, i, "item", None, clauses[i].start)


def _drop_continuations(body: str, clauses: _Clauses, found: dict[int, _Found]) -> None:
    """"二是鼓励企业稳定就业岗位，尤其对…企业要给予特殊扶持": the second clause goes on with the
    first directive (no subject of its own), so it is not a directive of its own."""
    for ci in sorted(found):
        f = found[ci]
        if f.kind != "modal" or ci == 0 or (ci - 1) not in found:
            continue
        prev = clauses[ci - 1]
        if prev.sent != clauses[ci].sent or prev.sep not in "，,":
            continue
        if _PREP_START.match(body, f.text_start) and found[ci - 1].kind != "modal" or \
                re.match(r"(?:尤其|特别是)?(?:对|在)[^，,]*?上?(?:都|也|还)?要", body[f.text_start:clauses[ci].end]) \
                and found[ci - 1].kind in ("modal", "shi", "yao", "di"):
            del found[ci]


def _next_clause(order: list[int], k: int, ci: int, n: int) -> int:
    """Clause ci + 1 (it holds a "第一，" heading) when it must be looked at right after ci and
    order[k] (the next one in order) is not it, else -1."""
    if ci + 1 < n and (k >= len(order) or order[k] != ci + 1):
        return ci + 1
    return -1


_SHOULD_DESCRIBES = re.compile(r"(?:是|有|具有|具备|成为|属于|如何|怎样|怎么)|(?:(?![把对向在从以按将给同与])[\u4e00-\u9fff]){0,3}的")
# (a verb of at most three characters before 的 qualifies a noun: 应当坚持的指导思想, 应当承担的责任;
# a longer phrase is a directive with 的 inside its object: 应当坚持开放的区域主义, 应当纠正对非洲的历史不公)
# (a preposition opens a verb phrase: "应该把代表的意见当作…", "应当在调研的基础上…" are directives)


# After 应 alone (without 当/该) what opens a directive besides imperative_starts.txt: a preposition
# of manner or object (应把…, 应按…, 应在…) or an adverb of urgency ("应及时上报", "应尽快完成").
_BARE_SHOULD_OPENERS = ("把", "按", "对", "在", "从", "与", "由", "以", "将", "及时", "依法", "尽快", "立即",
                        "更加", "优先", "充分", "注重", "注意", "重视", "避免", "防止", "杜绝", "采取", "建立",
                        "制定", "明确", "做到", "结合", "保障", "保持", "加紧", "迅速",
                        "每周", "每月", "每季度", "每年", "每日", "每天", "定期", "逐一", "逐项", "逐月",
                        "梳理", "排查", "开展", "组织", "督促", "指导", "主动", "全面", "提前", "限期",
                        "会同", "联合", "协同", "配合", "牵头", "统筹")


def _bare_should_directs(text: str, e: int) -> bool:
    """"各乡镇应加强值班值守", "主办方应按规定报备", "分局应每周通报一次进度": 应 without 当/该 is a
    modal only before a word that opens a directive; elsewhere it is part of a word or name
    (应出席代表2900人, 应势而动, 李应川)."""
    return _imperatives().starting_at(text, e) > 0 or text.startswith(_BARE_SHOULD_OPENERS, e)


def _descriptive_should(text: str, m: re.Match) -> bool:
    """"…应当坚持的指导思想", "媒体应该具有…": 应当/应该 that qualifies a noun or says what something
    should be or have is no directive."""
    return m.group("modal") in ("应当", "应该", "应") and (
        _SHOULD_DESCRIBES.match(text, m.end("modal")) is not None
        or m.start("modal") > 0 and text[m.start("modal") - 1] in _OBJECT_PREPOSITIONS)


_OBJECT_PREPOSITIONS = frozenset("对把将")   # 对应该请示报告的重大事项做出规定: 应该 inside the object


_SHORT_TERM = re.compile(r"“[^“”]{1,5}”")
_MAX_TERM_SUBJECT = 10     # characters of a subject around a quoted term (推进“一带一路”建设工作领导小组)


def _subject_ok(subj: str) -> bool:
    """The words before a modal are a short subject ("各级党委", "资源枯竭型城市在转型发展中首先"),
    not a statement ("这些问题需要…", "认为…")."""
    if not subj:
        return True
    subj = _ADV_STRIP.sub("", subj)
    if "“" in subj and len(_SHORT_TERM.sub("", subj)) <= _MAX_TERM_SUBJECT:
        subj = _SHORT_TERM.sub("", subj)             # 各级领导干部特别是“一把手”要…: a quoted term, no quote
    if any(c in subj for c in "“”\"") and len(subj) > 6:
        return False
    return not _cues().bad_subject_re.search(subj)


def _subject_ok_demand(before: str) -> bool:
    """"要求狠抓…" after a speaker or a meeting, "会议要求…", "方案要求…"."""
    before = before.strip()
    return len(before) <= 20 and not re.search(r"[的了]$", before)


def _extent(body: str, clauses: _Clauses, ci: int, start: int, stop: int, heading: bool) -> int:
    """End of a task's text: its first clause, or two clauses when the sentence has only two
    ("要以科技创新引领产业创新，积极培育和发展新质生产力。"), when it is a heading
    ("第一，要进一步提高政治站位，把抓责任与抓作风结合起来。"), or when one of the two is too short
    to stand alone ("一要严格目标标准，全面完成任务，…", "一是对商业银行，提高…"); never past
    `stop` (where the next task starts)."""
    ends = clauses.ends
    end = ends[ci]
    if clauses.seps[ci] in "，," and ci + 1 < len(ends):
        nxt = ci + 1
        nxt_start = clauses.starts[nxt]
        if nxt_start < stop and clauses.paras[nxt] == clauses.paras[ci]:
            nxt_sep = clauses.seps[nxt]
            two = nxt_sep in "。；;！？!?\n" or nxt_sep == ""
            short = end - start < 8 or ends[nxt] - nxt_start <= 6
            if two or short or heading or _ADVERBIAL.match(body, start, end) is not None:
                end = ends[nxt]
    return min(end, stop) if stop > start else end


def _first_ordinal(ordinal: str) -> bool:
    return ordinal.startswith(("第一", "一", "（一", "(一", "1", "首先"))


# "要求相关部门、乡镇：要…；要…": a short object of 要求 before a colon names who is addressed.
_MAX_ADDRESSEES = 12

_LIST_KINDS = frozenset(("di", "paren", "arabic", "shi", "yao", "seq", "ordinal_verb"))

_task = factory(Task, ("id", "level", "text", "start", "end", "ordinal", "speaker", "parent", "rules"),
                ("t1", 2, "一要压实责任", 3, 9, "一要", "王晓", "t0", ("task_yao",)))


def _build(body: str, clauses: _Clauses, found: list[_Found],
           events: list[tuple[float, str | None, str]]) -> list[Task]:
    found.sort(key=lambda f: f.start)
    tasks: list[Task] = []
    heading_id: str | None = None
    heading_kind: str | None = None
    heading_para = -1
    list_speaker: dict[str, tuple[str | None, str]] = {}
    speakers: dict[str, tuple[str | None, str]] = {}
    positions = [e[0] for e in events]
    paras = clauses.paras
    for k, f in enumerate(found):
        para = paras[f.clause]
        stop = found[k + 1].start if k + 1 < len(found) else len(body)
        # The next task may start inside the same clause ("要求…" after a modal): keep apart.
        end = _extent(body, clauses, f.clause, f.text_start, stop, f.kind == "di")
        text = body[f.text_start:end].rstrip(" \u3000")
        if len(text) < 4:
            continue
        if para != heading_para:
            heading_id = heading_kind = None
        tid = f"t{len(tasks) + 1}"
        level, parent = 1, None
        if f.kind in ("di", "paren", "seq"):
            heading_id, heading_kind, heading_para = tid, f.kind, para
        elif f.kind in ("shi", "arabic", "ordinal_verb") and heading_kind not in ("di", "paren"):
            heading_id, heading_kind, heading_para = tid, f.kind, para
        elif f.kind in ("shi", "arabic"):
            if heading_kind in ("di", "paren"):
                level, parent = 2, heading_id
            else:
                heading_id, heading_kind, heading_para = tid, f.kind, para
        elif heading_id is not None:
            level, parent = 2, heading_id
        said = _speaker_at(events, positions, f.text_start)
        # The items of one list, and the directives under a heading, share one speaker.
        if f.kind in list_speaker and f.ordinal and not _first_ordinal(f.ordinal) and f.kind in _LIST_KINDS:
            said = (list_speaker[f.kind][0], "speaker_list")
        elif parent is not None:
            said = (speakers[parent][0], "speaker_heading")
        if f.kind in _LIST_KINDS and f.ordinal and _first_ordinal(f.ordinal):
            list_speaker[f.kind] = said
        speakers[tid] = said
        speaker = said[0]
        why = ("task_" + f.kind,) + (("under_heading",) if parent is not None else ()) \
            + ((said[1],) if speaker is not None and said[1] else ())
        tasks.append(_task(tid, level, text, f.text_start, f.text_start + len(text), f.ordinal, speaker, parent,
                           why))
    return tasks
