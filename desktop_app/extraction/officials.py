"""Officials (name + posts + mentions) in an article body.

Rules, not lists of people: a post from resources/lexicon/posts.txt followed by a name (a surname
from surnames.txt plus one or two characters, an ethnic or foreign name with "·", a transliterated
name) is a titled mention; the title reaches left over places and organs up to punctuation or a
boundary word; titles joined by "、" or "兼" before one name form a chain, in which a bare post
takes the organ of the title before it; one title before a "、" list of names goes to each name;
"王建军书记" is the name-first form. Later occurrences of an official's name are mentions too.

Where a name ends is read by the named rules of _NAME_RULES (one function each, with the sentence
it exists for and its limits); how the person and the post stand together (title_first,
name_first, title_list, leader_list, counted_list, caption…) is recorded with each titled
mention, so every Official says which rules found it (Official.rules; see explain.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ..domain import Official, Span
from ..paths import resource
from ._fast import factory
from .lexicon import WordSet, alternation, lexicon, trie_pattern, words

_SPACES = " \u00a0\u3000\u2002\u2003\u2009"
_DOTS = "·•・‧∙"
_CHAIN_SEPARATORS = "、/／"
_CLOSE = "，。、；：！？,;:!?）)”」』 \n"   # punctuation that closes a name
_MAX_TITLE = 32        # characters a title may reach to the left of its post
_REGION_ONE = set("省市县区州旗盟乡镇村")
_ORGAN_CHARS = set("委央部局厅院府办署处组团室会司党协队所站科校心馆")
_STREETS = frozenset("路街巷")
_REGION_POSTS = ("省长", "市长", "县长", "区长", "州长", "镇长", "乡长", "村长", "旗长", "盟长")


_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:[ .\-]?[A-Z](?:[’'][A-Z])?[a-z]+)*")
_DAY = re.compile(r"[一二三四五六七八九十]{1,3}日")
_DOT_NAME = re.compile(rf"[\u4e00-\u9fff\u3400-\u4dbf]{{1,10}}(?:[-－][\u4e00-\u9fff]{{1,10}})?[{_DOTS}]")
_ANY_DOT = re.compile(f"[{_DOTS}]")
_DOT_REACH = 22        # _DOT_NAME's longest match: two runs of ten characters, a hyphen, the dot
_HYPHENS = "-－"
_PART_JOINERS = _HYPHENS + "—"   # inside one part of a dotted name (阿韦尔·马图特斯—胡安)


def _han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


@dataclass(frozen=True)
class _Rules:
    stopchars: frozenset[str]
    not_names: frozenset[str]
    common: frozenset[str]              # ordinary words that start like a name (关切, 高度)
    starts: frozenset[str]              # verbs, adverbs… a three-character name does not start with
    non_official_re: re.Pattern
    public_re: re.Pattern | None        # exceptions to non_official_re ("!人民银行")
    translit: frozenset[str]
    foreign: frozenset[str]             # translit plus Southeast Asian name characters (translit_asia.txt)
    inner: frozenset[str]               # words a name does not start inside (俄罗斯, 美国, 感谢)
    inner_firsts: frozenset[str]        # their first characters
    ja: frozenset[str]                  # Japanese family names (桥本, 安倍)
    follow: WordSet                   # frequent words a name may end before (参与, 今天)
    soft: frozenset[str]                # stop characters that may start a two-character given name (同)
    soft_words: frozenset[str]          # ordinary words that start with one (同志, 同时)
    countries: frozenset[str]           # countries, regions, blocs (乌克兰, 巴西, 欧盟)
    lead: frozenset[str]                # words ending in a surname character (这位, 实施, 长官)
    verbs: frozenset[str]               # two-character verbs and adjectives (落实, 欢送)
    frequent: frozenset[str]            # frequent two-character words of any kind (论坛, 村里, 沿线)
    plural: WordSet                   # words that make a title stand for many (各级, 中外, 全体)
    academic_re: re.Pattern             # schools, institutes, societies (academic_organs.txt)
    academic_public_re: re.Pattern | None   # state bodies among them ("!中国科学院")


@cache
def _rules() -> _Rules:
    stop = frozenset(w for w in words("name_stopchars.txt") if len(w) == 1)
    non_official = words("non_official_titles.txt")
    public = [w[1:] for w in non_official if w.startswith("!")]
    return _Rules(
        stopchars=stop,
        not_names=words("not_names.txt"),
        common=words("common_words.txt"),
        starts=words("common_starts.txt"),
        non_official_re=re.compile(alternation(w for w in non_official if not w.startswith("!"))),
        public_re=re.compile(alternation(public)) if public else None,
        translit=frozenset(c for w in words("translit_chars.txt") for c in w),
        foreign=frozenset(c for w in words("translit_chars.txt") | words("translit_asia.txt") for c in w),
        inner=words("inner_words.txt"),
        inner_firsts=frozenset(w[0] for w in words("inner_words.txt")),
        ja=words("surnames_ja.txt"),
        follow=WordSet(words("follow_words.txt")),
        soft=frozenset(words("name_soft_stops.txt")),
        soft_words=words("soft_stop_words.txt"),
        countries=words("countries.txt"),
        lead=words("lead_words.txt"),
        verbs=words("verb_words.txt"),
        frequent=words("frequent_words.txt"),
        plural=WordSet(words("plural_qualifiers.txt")),
        academic_re=re.compile(alternation(w for w in words("academic_organs.txt") if not w.startswith("!"))),
        academic_public_re=_optional_re([w[1:] for w in words("academic_organs.txt") if w.startswith("!")]),
    )


def _optional_re(items: list[str]) -> re.Pattern | None:
    return re.compile(alternation(items)) if items else None


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

def _ends_name(text: str, i: int) -> bool:
    """Whether a name may end just before position i: end of text, punctuation, a digit, a
    latin letter, or a word that typically follows a name (出席, 指出, 在…)."""
    if i >= len(text):
        return True
    c = text[i]
    if not _han(c):
        if c in "-－" and i + 1 < len(text) and (text[i + 1].isalpha() or _han(text[i + 1])):
            return False                           # 罗纳-p-斯波利: a hyphen joins the parts of a name
        return c not in _DOTS
    return lexicon().follower_set.starting_at(text, i) > 0


def _ends_weak(text: str, i: int) -> bool:
    """A name may also end before a frequent verb, adverb, time or number word ("黄奇帆参与",
    "齐骥一句", "科尔进行"): a weaker sign than the followers of name_followers.txt."""
    return i < len(text) and _rules().follow.starting_at(text, i) == 2


def _strong_any(text: str, i: int) -> bool:
    """Punctuation, a two-character follower or a frequent word follows position i."""
    return _strong_end(text, i) or _ends_weak(text, i)


def _inside_word(text: str, s: int) -> bool:
    """Whether position s is inside an ordinary word that starts before it (俄罗斯, 美国, 感谢,
    工商联): a name does not start there."""
    rules = _rules()
    inner, firsts = rules.inner, rules.inner_firsts
    for k in (1, 2, 3):
        if s - k < 0 or not _han(text[s - k]):
            break
        if text[s - k] not in firsts:
            continue
        for length in range(k + 1, 5):
            if text[s - k:s - k + length] in inner:
                return True
    return False


def _after_lead(text: str, s: int) -> bool:
    """Whether the character at s ends a frequent word begun right before it (这位, 实施, 长官):
    a name does not start there ("这位新部长", "实施毛主席…", "部长官为团长")."""
    return s > 0 and text[s - 1:s + 1] in _rules().lead


def is_non_official(title: str) -> bool:
    """A company, club or business title (non_official_titles.txt), unless it names a public organ
    listed there with "!" (中国人民银行副行长)."""
    rules = _rules()
    if rules.public_re is not None and rules.public_re.search(title):
        title = rules.public_re.sub("", title)
    return rules.non_official_re.search(title) is not None


_PARTY_POST = re.compile(r"书记|党委|党组|纪委|监委|工委")


def is_academic(title: str) -> bool:
    """A scholar's post: in a school, university, research institute or learned society
    (academic_organs.txt: 清华大学国情研究院院长, 中国法学会消法研究会副秘书长), unless it is a Party
    post (北京大学党委书记) or the organ is a state body marked "!" (中国科学院院长)."""
    rules = _rules()
    if _PARTY_POST.search(title):
        return False
    if rules.academic_public_re is not None:
        title = rules.academic_public_re.sub("", title)
    return rules.academic_re.search(title) is not None


def _needs_organ(title: str) -> bool:
    """A post flagged O (行长) is public only with a public organ written in its title."""
    lex = lexicon()
    n = lex.post_set.ending_at(title, len(title))
    if not n or title[len(title) - n:] not in lex.organ_posts:
        return False
    rules = _rules()
    return rules.public_re is None or not rules.public_re.search(title)


# An organ's chief professionals (posts.txt, flag Q): public only after a state organ's name (水利部总工程师),
# never after a research centre, design institute or firm; written in a list after a colleague (…原副部长麦某、
# 原总工程师桑某), they are his organ's.
_STAFF_POSTS = frozenset({"总工程师", "副总工程师", "总经济师", "总会计师", "总规划师", "总审计师", "总督学", "副总督学"})
_STAFF_ORGANS = ("部", "委", "委员会", "局", "厅", "署", "办", "办公室")
# Designations a country gives its leader (posts.txt, flag Q): public only with the country written before them.
_COUNTRY_ONLY_POSTS = frozenset({"民族领袖", "党代表", "党副代表"})


def _unqualified(title: str) -> bool:
    """A post flagged Q (队长) with no organ written before it: a team captain."""
    lex = lexicon()
    n = lex.post_set.ending_at(title, len(title))
    if not n or title[len(title) - n:] not in lex.qualified_posts:
        return False
    prefix = title[:len(title) - n]
    if title[len(title) - n:] in _COUNTRY_ONLY_POSTS:
        return _country_re().search(prefix) is None  # 土库曼斯坦民族领袖: a country's designation
    if title[len(title) - n:] in _STAFF_POSTS:
        return not prefix.rstrip("原前").endswith(_STAFF_ORGANS)   # 研究中心总工程师, 设计院副总工程师: no state organ
    # 国家 names a state headquarters by its short form (国家防总副总指挥, 国家减灾委…); 国 alone does
    # not (中国女排队长 is a team captain)
    return not (any(c in _ORGAN_CHARS or c in _REGION_ONE for c in prefix) or "国家" in prefix)


def _given_ok(chars: str) -> bool:
    """Every character a Chinese one and no stop character (written as a loop: 3x faster than
    all() over a generator, and this runs for every name reading)."""
    stop = _rules().stopchars
    for c in chars:
        if c in stop or not ("\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"):
            return False
    return True


def _surname_len(text: str, i: int) -> int:
    lex = lexicon()
    if text[i:i + 2] in lex.surnames2:
        return 2
    if i < len(text) and text[i] in lex.surnames1:
        return 1
    return 0


def name_at(text: str, i: int) -> int | None:
    """End of a person's name that starts at i, or None (see name_reading)."""
    r = name_reading(text, i)
    return None if r is None else r[0]


def name_reading(text: str, i: int) -> tuple[int, str] | None:
    """(end, rule) of a person's name that starts at i, or None: the first rule of _NAME_RULES
    that reads one. A country or region (countries.txt) is no name ("驻华大使巴西的说法")."""
    n = len(text)
    if i >= n:
        return None
    s = _surname_len(text, i)                    # read once: every rule below asks for it
    pair = text[i:i + 2]
    rules = _RULES_BY_START.get((s, pair))
    if rules is None:
        rules = _rules_starting(s, pair)
    for rule, read in rules:
        end = read(text, i, s)
        if end is None:
            continue
        if end is _NO_NAME:
            return None
        if end - i <= _MAX_COUNTRY and text[i:end] in _rules().countries:
            return None
        return end, rule
    return None


class _NoName:
    """A rule's answer that no name starts here at all (the later rules are not tried)."""


_NO_NAME = _NoName()
_MAX_COUNTRY = 10            # characters of the longest country name looked up (圣文森特和格林纳丁斯)
_MAX_DOT_PART = 10           # characters of one part of a dotted name (阿不都热依木)
_MAX_CLOSED_PART = 4         # a last part this long that punctuation closes is whole
_MAX_UNLISTED = 2            # characters outside translit_chars.txt at the end of a dotted part
_MAX_AFTER_PART = 3          # characters of an unlisted name part after a listed one (阿不都|热依木)
_MAX_TRANSLIT_RUN = 12       # characters of an undotted transliterated run, surname included
_MAX_TRANSLIT = 7            # characters of a short transliterated name (韦尔特罗尼)


def _rule_latin(text: str, i: int, s: int):
    """部长BrendanO’Connor近日…: a Latin name in mixed case ends where the Latin letters end; an
    all-capital run (CEO, LISA) is no name."""
    if not "A" <= text[i] <= "Z":
        return _NO_NAME if not _han(text[i]) else None
    lm = _LATIN_NAME.match(text, i)
    if lm is not None and (lm.end() == len(text) or not text[lm.end()].isascii()):
        return lm.end()
    return _NO_NAME


_REGNAL = re.compile(r"[\u4e00-\u9fff]{2,6}?[一二三四五六七八九十]{1,3}世")


def _rule_regnal(text: str, i: int, s: int):
    """伊丽莎白二世主持…: a transliterated name with a regnal number (…二世) ends after 世."""
    if text.find("世", i + 3, i + 10) < 0:
        return None                                  # (no 世 within reach: the regex is not tried)
    m = _REGNAL.match(text, i)
    if m is None:
        return None
    translit = _rules().translit
    given = text[i:m.end()].rstrip("世").rstrip("一二三四五六七八九十")
    if sum(c in translit for c in given) < len(given) - 1:
        return None
    return m.end()


# Verbs between a leader and the foreign name he writes to or meets (习近平致电胡安·…, 韩正会见玛丽亚·…);
# they never stand inside a transliterated part.
_GREETING_VERBS = ("致电", "致函", "致信", "复信", "贺电", "会见", "会晤", "会谈", "接见", "看望", "祝贺")
_WITH_WORDS = frozenset("同与和")


def _rule_dotted(text: str, i: int, s: int):
    """阿不都热依木·玉苏甫, 罗伯特·马尔登有幸: a name written with a middle dot ends where its last part's
    transliteration ends, or before a follower (圭尼贡多|日前, not 圭尼贡|多日). Limit: a dotted name does
    not start before a post (委员会主席马格坦戈尔·…: the name starts after 主席); the other readings are
    still tried there (外交部长唐家璇和智利外长何塞·…: 唐家璇)."""
    if _ANY_DOT.search(text, i + 1, i + _DOT_REACH) is None:
        return None                                  # (no dot within reach: the regex is not tried)
    if text[i] == "的":
        return None                                  # 时任…州长的努尔兰·阿布都拉: 的 ends the title, no name part
    dm = _DOT_NAME.match(text, i)
    if dm is None:
        return None
    if any(v in text[i + 2:dm.end() - 1] for v in _GREETING_VERBS):
        return None                                  # 国家主席习近平致电胡安·…: a verb inside the first part
    if s and any(c in _WITH_WORDS for c in text[i + s + 1:dm.end() - 2]):
        return None                                  # 外交部长王毅同索帕拉·肯副首相会谈: a Chinese name, then
                                                     # "with" and the foreign name
    pm = lexicon().post_re.search(text, i, dm.end())
    if pm is not None and not (pm.start() == i and pm.end() == dm.end() - 1):
        return None                                  # (a post word that is the whole first part is a
    n, translit = len(text), _rules().translit       # name part: 国务部长苏丹·本·赛义夫)
    k = dm.end() - 1
    while k < n and text[k] in _DOTS and k + 1 < n and _han(text[k + 1]):
        seg_start = k + 1
        m = seg_start
        while m < n and m - seg_start < _MAX_DOT_PART and (
                _han(text[m]) or text[m] in _PART_JOINERS and m + 1 < n and _han(text[m + 1])):
            m += 1                                   # (…·让-皮埃尔, …·马图特斯—胡安: a hyphen or a single
                                                     # dash joins two parts; "——" is punctuation)
        if m < n and text[m] in _DOTS and not _next_person_inside(text, seg_start, m):
            k = m
            continue
        inner = _ethnic_inner_ends(text, seg_start, m)
        t = seg_start
        while t < m and (text[t] in translit or t in inner     # (阿布都拉: 都 inside the name part 阿布都)
                         or text[t] in _PART_JOINERS and t + 1 < m and text[t + 1] in translit):
            t += 1
        if text[m - 1] == "等" and m - seg_start >= 3 and (m == n or text[m] in _CLOSE):
            return m - 1                             # …主席彼得·基马尼等。: 等 closes a list, it is no name part
        if m - seg_start <= _MAX_CLOSED_PART and (m == n or text[m] in _CLOSE) and text[m - 1] not in _SAY_ONE \
                and not any(lexicon().follower_set.starting_at(text, k) >= 2 for k in range(seg_start + 1, m - 1)):
            return m                                 # 麦尔丹·阿不都、: 都 is no follower here (not …·阿不说，)
        for end in range(seg_start + 1, m + 1):
            if end in inner:
                continue                             # 阿不|都: inside a name part (ethnic_name_parts.txt)
            if end < m and text[end] in _PART_JOINERS:
                continue                             # 马图特斯|—胡安: the dash joins, the name goes on
            if _ends_name(text, end) or _ends_weak(text, end):
                if end - seg_start >= 2 and _armenian_tail(text, end) \
                        and all(c in translit for c in text[seg_start:end]):
                    return end + 1                   # 瓦赫坦·米纳相|对中方: -相 ends the name, 相对 is no word here
                if end + 1 < m and (text[end] in translit or text[end] == "相") \
                        and (lexicon().follower_set.starting_at(text, end + 1) >= 2
                             or text[end] == "提" and text[end + 1] in lexicon().followers
                             and text[end:end + 2] not in _rules().frequent):   # …·吐尔逊托合提|在发言中: 提在
                                                                                # is no word (提出, 提到 are)   # …·买合木提|说: 提说 is no word
                    end += 1                         # …·买合木提|通报: 提 alone is a follower, but 提通 is no
                                                     # word and 通报 is (not …·沙吾|提出); …·托合提|出席: 提出
                                                     # and 出席 overlap, the syllable goes to the name
                if inner and max(inner) + 1 == end:
                    return end                       # 阿布都克力木|率队: name parts run up to the follower
                if t > end and lexicon().follower_set.starting_at(text, end) < 2 and _ends_name(text, t):
                    return t                         # 他纳·西提蓬|对: 提 is a follower alone, but the
                                                     # transliteration runs on to a follower (not 克里|提出)
                run_on = _asian_run_on(text, end, m)
                if run_on is not None:
                    return run_on                    # 猜集·西提翁颂|参加: 颂 is a Thai syllable
                if t < end and end - t <= _MAX_UNLISTED and _given_ok(text[t:end]) \
                        and (_strong_end(text, end) or end - t == 1 and t - seg_start >= 2 and text[end] in lexicon().followers):
                    return end                       # …·科瓦廖夫|表示: a character the list lacks, then a strong end;
                                                     # …·马托依|将访华: one, then a one-character follower
                if t - seg_start >= 2 and end - t == 1 and _list_closed(text, end) and text[t] not in lexicon().followers:
                    return end                       # 驻华大使西索·拉达那等随同访问: 那, then 等 closing a list
                if inner and t == max(inner) + 1 and end - t <= _MAX_AFTER_PART and _strong_end(text, end):
                    return end                       # 古丽米拉·阿不都热依木|主持: a listed part, then one the
                                                     # list lacks, closed by a follower of two characters
                resumed = _odd_inside(text, t if t < end else end, m)
                if resumed is not None:
                    return resumed                   # …·努里季诺夫|举行, …·哈迪让托|曾: one odd character inside
                return t if t - seg_start >= 2 and t < end else end
        return t if t - seg_start >= 2 else m
    return None


# Words that 相 makes with a following follower character ("mutually …"): there 相 is no name's end.
_XIANG_WORDS = frozenset({"相同", "相应", "相会", "相等", "相向", "相与", "相让", "相陪", "相谈", "相问", "相称",
                          "相看", "相请", "相送", "相笑", "相并", "相给", "相就"})


def _armenian_tail(text: str, k: int) -> bool:
    """相 at k is the last syllable of a transliterated name (Armenian -ян/-янц: 萨尔基相, 米纳相)
    when punctuation or a follower comes right after it: 亚美尼亚副总理瓦赫坦·米纳相对中方表示感谢,
    亚美尼亚总统萨尔基相说，. Limit: read only at the end of a run of transliteration characters (the
    callers check it); 相 + a follower that make a word (相同, 相应, 相会) is that word; 相对 is read
    as 相|对 (a name then 对) since the run before it is a foreign name."""
    n = len(text)
    if text[k:k + 1] != "相":
        return False
    if k + 1 >= n or text[k + 1] in _CLOSE:
        return True
    return text[k + 1] in lexicon().followers and text[k:k + 2] not in _XIANG_WORDS


def _list_closed(text: str, k: int) -> bool:
    """等 at k closes a list of names: punctuation or a follower comes right after it (…西索·拉达那等随同访问,
    …等参加, …等。); not 等待, 等地, 等领域."""
    if text[k:k + 1] != "等":
        return False
    return k + 1 >= len(text) or text[k + 1] in _CLOSE or _strong_any(text, k + 1)


def _next_person_inside(text: str, a: int, b: int) -> bool:
    """Whether the part text[a:b] between two dots holds a joiner and then a country or a post, so
    that the next dot belongs to another person ("会见…主席塞杜·恩迪亚耶·姆邦戈和伊朗外长阿里·礼萨…":
    the first name ends before 和)."""
    for j in range(a + 1, b):
        if text[j] in _ODD_JOINERS or text[j] == "、":
            if _country_set().starting_at(text, j + 1) or lexicon().post_re.search(text, j + 1, b):
                return True
    return False


def _asian_run_on(text: str, end: int, m: int) -> int | None:
    """"商业部长猜集·西提翁颂参加会见": the last part of a dotted name stops at a one-character follower
    (提) but runs on in transliteration and Southeast Asian syllables (translit_asia.txt: 颂) to a
    two-character follower or punctuation: it ends there. Limit: the stop was a one-character follower
    only, the run stays inside the part's characters (m) and holds no stop character."""
    if lexicon().follower_set.starting_at(text, end) >= 2:
        return None
    foreign = _rules().foreign
    e = end
    while e < m and text[e] in foreign:
        e += 1
    if e - end < 2 or not _strong_end(text, e) or not _given_ok(text[end:e]):
        return None
    return e


_ODD_JOINERS = frozenset("和与及同让")   # (让 is a transliteration syllable too: 让-皮埃尔, 哈迪让托)


def _odd_inside(text: str, k: int, m: int) -> int | None:
    """End of the last part of a dotted name that holds one character outside translit_chars.txt
    at k, between transliteration: 乌兹别克斯坦总统阿卜杜拉齐兹·努里季诺夫举行会谈, 印尼前议长巴斯里·
    哈迪让托曾多次访华. Limit: transliteration characters follow the odd one up to
    punctuation or a follower (m: the end of the part's characters); the odd character is no stop
    character, joiner or preposition (…·卡尔对马克龙说 is two people), 让 only when it begins no
    follower of two characters (让步); after a one-character follower (先, 访) two transliteration characters
    (…·别伊先诺夫, not …·阿帕尼|访华期间)."""
    translit, n = _rules().translit, len(text)
    c = text[k:k + 1]
    if not c or not _han(c) or c in translit or c in _PREPOSITIONS and c != "让" \
            or c in _rules().stopchars and c != "让" or c in _JOINERS \
            or lexicon().follower_set.starting_at(text, k) >= 2 or text[k:k + 2] in _rules().frequent:
        return None
    e = k + 1
    while e < m and text[e] in translit:
        e += 1
    if e - k - 1 < (2 if c in lexicon().followers and c != "让" else 1) or e < n and _han(text[e]) and not (_ends_name(text, e) or _ends_weak(text, e)) \
            or text[e - 1] in _SAY_ONE:
        return None
    return e


@cache
def _ethnic_parts() -> WordSet:
    return WordSet(words("ethnic_name_parts.txt"))


_MAX_ETHNIC_PARTS = 4
# One-character endings of Tibetan names (拉毛措, 才让措, 卓玛措) and of Mongolian ones (朝克图, 那仁朝克图:
# -图 "having"), unless they begin a word (措施, 图片, 图书).
_ETHNIC_TAILS = frozenset("措图玛")    # (and -玛 of women's names: 其其格玛)
_TAIL_WORD_NEXT = frozenset("施辞置手片书表纸谋景案像文瑙")


def _ethnic_inner_ends(text: str, i: int, stop: int) -> frozenset[int]:
    """Positions strictly inside the name parts that follow one another from i (before stop)."""
    parts = _ethnic_parts()
    inner: set[int] = set()
    k = i
    while k < stop and text[k] in parts.firsts:
        n = parts.starting_at(text, k)
        if not n or k + n > stop:
            break
        inner.update(range(k + 1, k + n))
        k += n
    return frozenset(inner)


def _rule_ethnic_parts(text: str, i: int, s: int):
    """The listed parts of a minority name (_ethnic_parts_reading), else a Mongolian name that no list
    holds in a Mongolian area (_mongolian_run)."""
    end = _ethnic_parts_reading(text, i, s)
    return end if end is not None else _mongolian_run(text, i)


# "盟委副书记、盟长巴图温都苏主持会议", "盟农牧局局长敖敦格日勒通报了…": in an article of a 盟 or 旗 a name of
# four to seven characters of Mongolian name syllables, right after a post and closed by punctuation or a
# follower of two characters, is one name even where the parts list lacks its parts.
_MONGOLIAN_AREA = ("盟委", "盟长", "盟行政公署", "全盟", "盟直", "盟领导", "旗委", "旗长", "全旗", "苏木", "嘎查", "内蒙古")
_MONGOLIAN_EXTRA = "敦勒温和"          # syllables of Mongolian names that the listed parts do not hold
_MIN_RUN, _MAX_RUN = 4, 7


@cache
def _mongolian_chars() -> frozenset[str]:
    lines = resource("lexicon", "ethnic_name_parts.txt").read_text(encoding="utf-8").splitlines()
    inside, chars = False, set(_MONGOLIAN_EXTRA)
    for line in lines:
        if line.startswith("#"):
            inside = line.startswith("# Mongolian")
        elif inside:
            chars.update(line.replace(" ", ""))
    return frozenset(chars)


_MONGOLIAN_AREA_RE = re.compile(trie_pattern(_MONGOLIAN_AREA))   # (one search: a third of twelve substring tests)


@lru_cache(maxsize=4)
def _mongolian_area(text: str) -> bool:
    return _MONGOLIAN_AREA_RE.search(text) is not None


def _mongolian_run(text: str, i: int) -> int | None:
    """A run of Mongolian name syllables after a post in a Mongolian area (see _MONGOLIAN_AREA), the
    shortest of _MIN_RUN.._MAX_RUN characters that a strong end closes. Limit: no reading of three
    characters closes strongly first (巴特尔出席 is read by the parts), no frequent word opens it."""
    if text[i] not in _mongolian_chars() or not _mongolian_area(text) or not lexicon().post_set.ending_at(text, i):
        return None
    chars = _mongolian_chars()
    if text[i:i + 2] in _rules().frequent or _strong_end(text, i + 3):
        return None
    for end in range(i + _MIN_RUN, min(len(text), i + _MAX_RUN) + 1):
        if text[end - 1] not in chars:
            return None
        if _strong_end(text, end):
            return end
    return None


def _ethnic_parts_reading(text: str, i: int, s: int):
    """县委书记次仁多吉深入…, 县领导哈斯其其格、…: a Tibetan or Mongolian name made of the name parts
    of ethnic_name_parts.txt (two to four of them, or one of three characters: 巴特尔), closed by
    punctuation, a follower or a frequent word; one part of two characters when punctuation closes
    it (州领导扎西、…). Limit: the longest part at each step; a run that
    does not close so is no name (the other rules are tried)."""
    parts = _ethnic_parts()
    if text[i] not in parts.firsts:
        return None if s else _ethnic_second_part(text, i, parts)
    k, count, ends = i, 0, []
    while count < _MAX_ETHNIC_PARTS:
        n = parts.starting_at(text, k)
        if not n:
            break
        k += n
        count += 1
        ends.append(k)
    if not count:
        return None if s else _ethnic_second_part(text, i, parts)
    tail = -1
    if ends and text[k:k + 1] in _ETHNIC_TAILS and text[k + 1:k + 2] not in _TAIL_WORD_NEXT:
        tail = k + 1                                 # 拉毛措: a Tibetan woman's name ends in 措; 朝克图
        ends.append(tail)
    for end in reversed(ends):
        if (end - i >= 4 or end - i == 3 and (count == 1 or end == tail)) \
                and (_ends_name(text, end) or _ends_weak(text, end)):
            return end
    if count == 1 and ends[0] - i == 2 and (ends[0] == len(text) or text[ends[0]] in _CLOSE):
        return ends[0]                               # 副委员长达瓦次仁、塔娜、…: one part that punctuation closes
    if count == 1 and ends[0] - i == 2 and i + 4 <= len(text) and _han(text[i + 2]) and _han(text[i + 3]) \
            and text[i + 2:i + 4] not in _rules().frequent and not _ends_name(text, i + 2) \
            and (i + 4 == len(text) or text[i + 4] in _CLOSE
                 or lexicon().follower_set.starting_at(text, i + 4) >= 2
                 or (lexicon().follower_set.starting_at(text, i + 4) == 1      # 局长勒格尔日就…作了发言
                     or _ends_weak(text, i + 4))     # 县委书记曲比尔玛深入…: a frequent verb after it
                 and not lexicon().follower_set.starting_at(text, i + 3)):   # (not 阿苏拉在会上: 在 follows)
        return i + 4                                 # 州长阿苏拉且出席, 指挥长吉克伍各主持: a Yi clan name and
                                                     # a given name of two characters, a follower after it
    if count >= 2 and ends[-1] - i >= 4 and _han(text[ends[-1]:ends[-1] + 1] or "a"):
        return ends[-1]                              # 部长娜仁高娃领学了…: two parts need no closing word
    return None


def _ethnic_second_part(text: str, i: int, parts) -> int | None:
    """县委书记俄其木呷出席: a Yi clan name that no list holds, then a listed given part of two characters
    (木呷), right after a post and closed by punctuation or a follower of two characters. Limit: the
    first two characters are no frequent or common word and begin no surname (see the caller)."""
    rules = _rules()
    if i + 4 > len(text) or parts.starting_at(text, i + 2) != 2 or not _han(text[i]) or not _han(text[i + 1]) \
            or text[i:i + 2] in rules.frequent or text[i:i + 2] in rules.common \
            or not lexicon().post_set.ending_at(text, i) or not _strong_end(text, i + 4):
        return None
    return i + 4


def _rule_japanese(text: str, i: int, s: int):
    """桥本龙太郎在…: a Japanese family name of surnames_ja.txt and one to three given characters."""
    ja = _rules().ja
    if text[i:i + 2] not in ja and text[i:i + 3] not in ja:
        if "日本" not in text[max(0, i - _MAX_JAPAN_BACK):i] or not _given_ok(text[i:i + 2]) \
                or text[i] in _PREPOSITIONS or _country_set().starting_at(text, i) \
                or text[i:i + 2] in _rules().frequent:
            return None                              # 日本外务大臣桥爪直树: after a Japanese post, a family
        k = i + 2                                    # name of two the list lacks, then the given name
        end = k + 2
        return end if end <= len(text) and _ja_given_ok(text[k:end]) \
            and (_strong_end(text, end) or _ends_name(text, end)) else None
    k = i + (3 if text[i:i + 3] in ja else 2)
    for end in range(k + 1, min(len(text), k + 3) + 1):
        if _ja_given_ok(text[k:end]) and (_strong_end(text, end) or _ends_name(text, end)):
            if end < min(len(text), k + 3) and text[end] in _JA_GIVEN_EXTRA and _ja_given_ok(text[k:end + 1]) \
                    and (_strong_end(text, end + 1) or _ends_name(text, end + 1)):
                return end + 1                       # 中村和也|昨天称: 也 ends the given name, no follower
            return end
    return None


_MAX_JAPAN_BACK = 10      # characters from a name back to the 日本 of its post (日本众议院议长)
_JA_NUMERALS = frozenset("一二三四五六七八九十百千")   # (百合子, 千代子)


# Characters that stop a Chinese name but are frequent in Japanese given names (山田贤司, 达也, 健次,
# 鸠山由纪夫): after a Japanese family name, in a given name of two or more characters, they are name
# characters.
_JA_GIVEN_EXTRA = frozenset("司也次由")


def _ja_given_ok(chars: str) -> bool:
    """A Japanese given name may hold a numeral (佐藤浩二, 山本健一, 小泽一郎, 安倍晋三) or one of
    _JA_GIVEN_EXTRA (日本外务省政务次官山田贤司表示, 日本前首相鸠山由纪夫说), never a counted or dated
    thing (佐藤二日, 三名). Limit: with those, two characters at least, one of them neither."""
    num = any(c in _JA_NUMERALS for c in chars)
    extra = any(c in _JA_GIVEN_EXTRA for c in chars)
    if not num and not extra:
        return _given_ok(chars)
    if len(chars) < 2 or num and any(c in _COUNTED_CHARS for c in chars):
        return False
    rest = "".join(c for c in chars if c not in _JA_NUMERALS and c not in _JA_GIVEN_EXTRA)
    return _given_ok(rest) and (bool(rest) or not extra)


def _rule_translit_run(text: str, i: int, s: int):
    """阿列克谢克里沃鲁奇科前几天 (a run of 7+ transliteration characters, 6 with a follower), or a
    surname and four such characters closed by punctuation (沈伊莎贝尔、): no Chinese name is that long."""
    n = len(text)
    translit = _rules().translit
    j = i + s
    while j < n and text[j] in translit and j - i < _MAX_TRANSLIT_RUN:
        j += 1
    if j - i >= 7 and lexicon().follower_set.starting_at(text, j - 1) > 1:
        j -= 1                                       # 斯塔门科维奇|通电话: the run's last character begins a follower
    if j - i >= 6 and (j - i - s >= 5 or not s) and (j - i >= 7 or _ends_name(text, j) or _ends_weak(text, j)) \
            or j - i == 5 and s and (j == n or text[j] in _CLOSE or _strong_end(text, j)):
        return j                                     # (叶尔扎诺夫出席: five characters, no Chinese name)
    return None


def _rule_not_name(text: str, i: int, s: int):
    """谢谢罗会长, 感谢朱副主席: a greeting or word of not_names.txt starts no name."""
    rules = _rules()
    if s and (text[i:i + 2] in rules.not_names or text[i:i + 3] in rules.not_names):
        return _NO_NAME
    return None


def _rule_surname_given(text: str, i: int, s: int):
    """王晓出席, 张晓容主持, 黄奇帆参与, 杨斌拿起: a surname and one or two given characters, ended by
    what follows (see _given_end). Limit: a surname that is also a preposition or a verb of motion
    (向, 来, 于…) before a frequent word is that preposition or verb, unless punctuation or a
    two-character follower closes the name (总书记来村里看看, 主席向大家问好 are no names; 陈全国在 is)."""
    if not s:
        return None
    end = _given_end(text, i, s)
    if end is not None and text[i] in _FUNCTION_SURNAMES and text[i + s:i + s + 2] in _rules().frequent \
            and not _strong_end(text, end):
        return None
    if end is not None and end - i == 3 and _translit_runs_on(text, i, end):
        return end + 1                               # 省委书记马哈买提强调: a Hui or Uyghur name of four syllables
    return end


def _translit_runs_on(text: str, i: int, end: int) -> bool:
    """Whether a surname-and-given reading text[i:end] of transliteration characters only stops at a
    one-character follower that is a transliteration syllable too (提) and the run ends right after it
    before a two-character follower (马哈买|提|强调): the syllable is the name's. Limit: every character
    transliterates, the syllable makes no frequent word with the next one (马哈买提出要求 stays)."""
    translit = _rules().translit
    return end + 1 < len(text) and text[end] in translit and text[end] in lexicon().followers \
        and all(c in translit for c in text[i:end]) and text[end:end + 2] not in _rules().frequent \
        and lexicon().follower_set.starting_at(text, end + 1) >= 2


_FUNCTION_SURNAMES = frozenset("向来于从和过到但")

# Stop characters that also end given names often (李延年, 宋立行, 韩立本): 年 counts and dates, 行 begins
# 行使/行动, 本 begins 本次/本届, so they stop a name unless the whole name is closed at once (see _rule_stop_last).
_LAST_STOPS = frozenset("年行同本")
_CLOSED_ONLY = frozenset("同")   # (同 is "with" before any word: 李强同外方…; a name's end only before punctuation)


def _rule_stop_last(text: str, i: int, s: int):
    """区委书记宋立行出席会议, 副市长胡延年主持, 全国政协副主席司徒永年出席, 副委员长郑志同、邬秀英: a surname and two given
    characters whose last is a stop character of _LAST_STOPS, when punctuation or a two-character
    follower closes the name right after it (after 同 only punctuation). Limit: the two given characters are no frequent word
    (市长李明年底前: 明年), the first given character is a name character, and the two-character
    reading is not closed strongly itself."""
    end = i + s + 2
    if not s or end > len(text) or text[end - 1] not in _LAST_STOPS or not _given_ok(text[i + s]) \
            or not (_strong_end(text, end) or text[end:end + 1] == "说") or _strong_end(text, end - 1) \
            or text[i + s:end] in _rules().frequent or text[i + s:end] in _rules().verbs \
            or text[end - 1] in _CLOSED_ONLY and end < len(text) and text[end] not in _CLOSE:
        return None
    return end


def _rule_soft_stop(text: str, i: int, s: int):
    """副市长蔡同民、/出席, 县委书记闵向东在: a soft stop character (同, 向) starts a two-character given name
    when punctuation or a two-character follower closes it, or any follower when the pair is no frequent
    word either, and the pair is no ordinary word (同志, 同时)."""
    if not s:
        return None
    rules, n = _rules(), len(text)
    end = i + s + 2
    if end <= n and text[i + s] in rules.soft and _given_ok(text[i + s + 1]) \
            and (end == n or text[end] in _CLOSE or _strong_end(text, end) and _han(text[end])
                 or _ends_name(text, end) and text[i + s:end] not in rules.frequent) \
            and text[i + s:end] not in rules.soft_words:
        return end
    return None


def _rule_spaced(text: str, i: int, s: int):
    """姜 昆: People's Daily pads two-character names with a space."""
    n = len(text)
    if s == 1 and i + 2 < n and text[i + 1] in _SPACES \
            and _given_ok(text[i + 2]) and _ends_name(text, i + 3):
        return i + 3
    return None


# Adverbs that stand between a subject and its verb (王金山正和…, 李明也表示, 张华还指出): never the last
# character of a name of four (a surname and three).
_ADVERB_LAST = frozenset("正也还就都又才便却仍亦均")


def _rule_four_chars(text: str, i: int, s: int):
    """林郑月娥, 巴音朝鲁, 敖日格勒: four characters of names before a follower; before a frequent word
    only when all four are transliteration characters (贾斯蒂卡最近). Limit: the last two characters
    are no frequent word (中外部长高峰|论坛 is no name)."""
    if not s or s == 1 and text[i + 3:i + 4] in _ADVERB_LAST:
        return None                                  # 村党支部书记王金山正和几位村民…: 正 ("just now") begins
    rules, end = _rules(), i + 4                     # what he does; the name is 王金山
    if end <= len(text) and _given_ok(text[i + 1:end]) and "一" not in text[i:end] \
            and text[i:i + 2] not in rules.common and text[i:i + 3] not in rules.common \
            and text[i + 2:end] not in rules.frequent and text[i + 1:i + 3] not in rules.frequent \
            and (_ends_name(text, end) or _ends_weak(text, end) and all(c in rules.translit for c in text[i:end])):
        return end
    return None


def _rule_translit(text: str, i: int, s: int):
    """特朗普, 韦尔特罗尼: transliteration characters only, ended by a follower; two of them before a
    frequent word, a day or 的 (库克今天, 瓦利六日, 努里的)."""
    rules, n = _rules(), len(text)
    j = i
    while j < n and j - i < _MAX_TRANSLIT and (text[j] in rules.translit or text[j] in _HYPHENS and j > i
                                              and j + 1 < n and text[j + 1] in rules.translit):
        j += 1                                       # 让-皮埃尔: a hyphen joins the parts
    for end in range(i + 2, j + 1):
        if text[end - 1] in _HYPHENS:
            continue
        if (end - i >= 3 or s) and (_ends_name(text, end) or _ends_weak(text, end)):
            return end
        if end - i == 2 and end < n and _han(text[end]) and (
                _strong_any(text, end) or _DAY.match(text, end)
                or text[end] == "的" and text[i:end] not in rules.countries):
            return end
    return None


_MAX_COUNTRY_BACK = 16     # characters from a post back to the country it serves (新加坡外长, 俄罗斯联邦总统)


def _country_title(text: str, i: int) -> bool:
    """Whether a post ends at i and its title begins with a country (countries.txt) within
    _MAX_COUNTRY_BACK characters: 俄罗斯总统|, 新加坡外长|."""
    n = lexicon().post_set.ending_at(text, i)
    if not n:
        return False
    lo = max(0, i - n - _MAX_COUNTRY_BACK)
    return _country_re().search(text, lo, i - n) is not None


@cache
def _country_re() -> re.Pattern:
    """countries.txt as one prefix tree: a search in C instead of a slice per position and length."""
    return re.compile(trie_pattern(_rules().countries))


def _rule_foreign_two(text: str, i: int, s: int):
    """俄罗斯总统普京将出席, 新加坡外长维文说, 英国外交大臣拉米。, 俄罗斯总统普京立场坚定: two
    transliteration characters after a post of a foreign country, closed by a one-character follower
    (将, 说, 在…), punctuation or a frequent word that no transliteration character starts (立场). Limit: only after a country's post; the pair is no country or frequent word."""
    n, rules = len(text), _rules()
    end = i + 2
    foreign = rules.foreign
    if end > n or text[i] not in foreign or text[i + 1] not in foreign \
            or end < n and text[end] not in lexicon().followers and text[end] not in _CLOSE \
            and not (text[end] not in rules.translit and text[end:end + 2] in rules.frequent) and not _when_clause(text, end) \
            or text[i:end] in rules.frequent \
            or text[i:end] in rules.countries or not _country_title(text, i):
        return None
    return end


def _when_clause(text: str, k: int) -> bool:
    """会见柬埔寨首相占索帕时，…, 会见缅甸总统敏昂莱时指出，…: 时 closed by punctuation or by a verb of
    saying that punctuation closes ends the clause "when meeting …" (after a Chinese name only where
    the character before 时 makes no word with it: 小时, 同时; see _given_end)."""
    return text[k:k + 1] == "时" and (k + 1 == len(text) or text[k + 1] in _CLOSE or _says_at(text, k + 1))


_WHEN_WORDS = frozenset({"准时", "定时", "彼时", "实时", "战时", "即时"})   # (with frequent_words.txt: 小时, 同时…)


def _rule_foreign_three(text: str, i: int, s: int):
    """韩国总统李在明会见, 某国总理文在寅表示: after a post of a foreign country, a one-character
    surname and two given characters that a two-character follower closes are a name even when a
    given character is a stop character of Chinese names (在). Limit: only after a country's post;
    no numeral, post or organ inside."""
    end = i + 3
    if s != 1 or end > len(text) or not all(_han(c) for c in text[i + 1:end]) \
            or any(c in _NUMERALS or c in _COUNTED_CHARS for c in text[i + 1:end]) \
            or not _strong_end(text, end) or not _country_title(text, i) \
            or lexicon().post_set.starting_at(text, i + 1) or lexicon().organ_set.starting_at(text, i + 1):
        return None
    return end


# Burmese honorifics written before a name: 吴 (U), 杜 (Daw). Their names hold syllables that are
# stop characters of Chinese names (吴年登: 年, 杜丹丹: a repeat).
_BURMESE_HONORIFICS = frozenset("吴杜")
_BURMESE_COUNTRY = "缅甸"
_MAX_BURMESE = 3           # characters of the name after the honorific (吴温敏, 吴年登, 杜钦貌温)


def _rule_burmese(text: str, i: int, s: int):
    """缅甸前副总统吴年登一直十分关心…, 缅甸总统吴温敏说: after a post of Myanmar, 吴 or 杜 and two or three
    characters closed by punctuation, a follower or a frequent word are a name, whatever stop
    characters its syllables are (年). Limit: the title before it names 缅甸; the characters are Chinese,
    none a follower or a preposition; the shortest reading that closes wins."""
    if text[i] not in _BURMESE_HONORIFICS or not _country_title(text, i):
        return None
    n = lexicon().post_set.ending_at(text, i)
    if _BURMESE_COUNTRY not in text[max(0, i - n - _MAX_COUNTRY_BACK):i - n]:
        return None
    followers = lexicon().followers
    for end in range(i + 3, min(len(text), i + 1 + _MAX_BURMESE) + 1):
        c = text[end - 1]
        if not _han(c) or c in followers or c in _PREPOSITIONS:
            return None
        if _strong_end(text, end) or _ends_weak(text, end):
            return end
    return None


_MAX_FOREIGN_LONG = 8      # characters of an undotted foreign name after a country's post (阿木尔巴亚斯格楞)
_MAX_FOREIGN_ODD = 2       # characters of it outside translit_chars.txt (呼日勒苏赫: 呼, 日)


def _rule_foreign_long(text: str, i: int, s: int):
    """蒙古国总统呼日勒苏赫会见…, 蒙古国前总统额勒贝格道尔吉在…: after a post of a foreign country, a
    run of three to _MAX_FOREIGN_LONG characters up to the first word that ends a name is one name
    when at most _MAX_FOREIGN_ODD of its characters are outside translit_chars.txt (one for three
    characters, which a two-character follower or punctuation must close), the last one inside
    (克林顿|派代表: 派 ends no name). Limit: no stop character
    (说, 在, 的…; inside the run one that transliterates may stand: 国会第一副主席占本隆一行, and at the end
    of four or more: 白俄罗斯总统卢卡申科、), numeral,
    frequent word, post or organ inside (普京高度评价: 高度 is a word)."""
    n = len(text)
    if i + 4 > n:
        return None
    rules = _rules()
    t = rules.foreign
    if (text[i] in t) + (text[i + 1] in t) + (text[i + 2] in t) + (text[i + 3] in t) < 2 or not _country_title(text, i):
        return None                                  # (two of the first four transliterate: cheap, first)
    lex = lexicon()
    k = i + 2
    while k < n and k - i <= _MAX_FOREIGN_LONG and not _ends_name(text, k) and not _when_clause(text, k):
        k += 1
    if k - i < 3 or k - i > _MAX_FOREIGN_LONG:
        return None
    while k < n and lex.follower_set.starting_at(text, k) == 1 and text[k] in t:
        e = k                                        # 额勒贝格|道尔吉在: 道 may follow a name, 道尔吉 is
        while e < n and e - i < _MAX_FOREIGN_LONG and text[e] in t and not _ends_name(text, e + 1):
            e += 1                                   # part of it when transliteration runs on to a follower
        if e < n and text[e] in t and _ends_name(text, e + 1):
            k = e + 1
        else:
            break
    run = text[i:k]
    odd = sum(c not in t for c in run)
    if odd > _MAX_FOREIGN_ODD or len(run) == 3 and (odd > 1 or not (_strong_end(text, k) or _when_clause(text, k)
                                                                     or not odd and _says_at(text, k))) \
            or run[-1] not in t and not (run[-1] == "相" and len(run) >= 3 and _armenian_tail(text, k - 1)) \
            or not _given_ok(run[0] + "".join(c for c in run[1:-1] if c not in t)
                             + (run[-1] if len(run) < 4 or run[-1] not in t else "")) \
            or any(c in _NUMERALS for c in run) \
            or any(run[j:j + 2] in rules.frequent for j in range(len(run) - 1)) \
            or any(lex.post_set.starting_at(text, j) or lex.organ_set.starting_at(text, j) for j in range(i + 1, k)) \
            or any(_country_set().starting_at(text, j) >= 2 for j in range(i + 1, k - 1)):
        return None                                  # (奥地利总理和卡塔尔首相: a country inside is no name)
    return k


_JUNIOR = "小"


def _rule_junior(text: str, i: int, s: int):
    """菲律宾总统小马科斯在…: 小 ("junior") before a transliterated name after a country's post is part
    of the name. Limit: the rest is read by the transliteration rules alone."""
    if text[i] != _JUNIOR or not _country_title(text, i):
        return None
    end = _rule_translit(text, i + 1, 0)
    return end if end is not None and end is not _NO_NAME else None


def _rule_three_chars(text: str, i: int, s: int):
    """陈德铭办公桌上: no reading is followed by a name-ending word; a three-character name when it is
    made of name characters and no ordinary word, and its given part is no frequent word (总书记|来
    村里旅游 is no name)."""
    rules, n = _rules(), len(text)
    if s != 1:
        return None
    end = i + 3
    if end <= n and _given_ok(text[i + 1:end]) and text[i:end] not in rules.common \
            and text[i:i + 2] not in rules.starts and text[i:i + 2] not in rules.common \
            and text[i + 1:end] not in rules.frequent and text[end - 1:end + 1] not in rules.frequent \
            and (end == n or _han(text[end])) and not _ends_name(text, i + 2):
        return end
    return None


def _rule_translit_bare(text: str, i: int, s: int):
    """奥巴马最初…: three or more transliteration characters, no surname, nothing else fits."""
    if s:
        return None
    translit, n = _rules().translit, len(text)
    j = i
    while j < n and text[j] in translit and j - i < _MAX_TRANSLIT:
        j += 1
    return j if j - i >= 3 else None


def _rule_minority_three(text: str, i: int, s: int):
    """旗委书记萨其尔强调…, 自治区政协副主席萨其尔，…: right after a post (or "、" in a list after one), three
    characters with no surname, two of them transliteration syllables and the last one too, closed by
    punctuation or a two-character follower, are a minority name that no name-part list knows (a
    Chinese name begins with a surname; three characters of a word do not end so).
    Limit: no surname (a surname reads its own name), none of its pairs a frequent or ordinary word, no
    post, organ or country inside, the third character no one-character follower (部长阿木说: 说)."""
    end = i + 3
    rules = _rules()
    t = rules.translit
    if s or end > len(text) or text[end - 1] not in t or (text[i] in t) + (text[i + 1] in t) < 1 \
            or not (lexicon().post_set.ending_at(text, i) or i > 0 and text[i - 1] == "、"):
        return None                                  # (the cheap tests first: this runs for most readings)
    run = text[i:end]
    if not _given_ok(run) \
            or not _strong_end(text, end) or run[2] in lexicon().followers \
            or run[:2] in rules.frequent or run[1:] in rules.frequent or run[:2] in rules.common \
            or run[1:] in rules.common or run in rules.countries or _country_set().starting_at(text, i) \
            or any(c in _NUMERALS or c in _COUNTED_CHARS for c in run) \
            or any(lexicon().post_set.starting_at(text, j) or lexicon().organ_set.starting_at(text, j)
                   for j in range(i, end)):
        return None
    return end


_NUMERALS = frozenset("二三四五六七八九")
_COUNTED_CHARS = frozenset("月日年时点次个名位天家户人项条件届期号倍批层")


def _rule_numeral_given(text: str, i: int, s: int):
    """县长郑九成主持会议, 书记王三宝出席: a one-character surname and a given name whose first
    character is a numeral (二…九, stop characters elsewhere) when punctuation or a two-character
    follower closes it. Limit: not after a surname that is also a preposition (书记于九日来到: a
    date), not when the second character counts or dates (月, 日, 次, 名…), no post or organ."""
    if s != 1 or text[i] in _FUNCTION_SURNAMES or text[i] in _PREPOSITIONS:
        return None
    end = i + 3
    if end > len(text) or text[i + 1] not in _NUMERALS or text[i + 2] in _COUNTED_CHARS \
            or not _given_ok(text[i + 2]) or not _strong_end(text, end) or not _han(text[i + 2]) \
            or lexicon().post_set.starting_at(text, i + 2) or lexicon().organ_set.starting_at(text, i + 2):
        return None
    return end


_QIAN_MING = frozenset("千名")
# 千/名 begin or end counted words, which are no given names (千万, 千米, 名单, 名额…)
_QIAN_MING_WORDS = frozenset({"千万", "千米", "千克", "千元", "千瓦", "千亿", "千家", "千年", "名单", "名额", "名义",
                              "名称", "名录", "名次", "名誉", "名片", "名号", "名字", "名师", "名校", "名牌"})


def _rule_qian_ming(text: str, i: int, s: int):
    """副县长唐翔千出席, 国务院港澳办副主任刘名启参加, 副县长马千里、…: 千 and 名 (stop characters, for
    counts) are given-name characters in a surname and two characters right after a post or "、",
    closed by punctuation or a two-character follower. Limit: one of the two is 千/名, the other a
    name character; the pair is no counted word (_QIAN_MING_WORDS) and, unless punctuation closes
    it, no frequent word (千里迢迢)."""
    end = i + 3
    given = text[i + 1:end]
    if s != 1 or end > len(text) or "千" not in given and "名" not in given \
            or not (lexicon().post_set.ending_at(text, i) or i > 0 and text[i - 1] == "、"):
        return None
    if all(c in _QIAN_MING for c in given) \
            or given in _QIAN_MING_WORDS or not _han(given[0]) or not _han(given[1]) \
            or not _given_ok("".join(c for c in given if c not in _QIAN_MING)) \
            or any(c in _NUMERALS or c in _COUNTED_CHARS and c != "名" for c in given):
        return None
    if end < len(text) and text[end] in _CLOSE:
        return end
    return end if _strong_end(text, end) and given not in _rules().frequent else None


_COUNT_AFTER_DENG = re.compile(r"等[0-9０-９一二三四五六七八九十两几数多]+(?:位|名|个)")


def _rule_word_name(text: str, i: int, s: int):
    """区人大常委会主任甘露带领…, 区长万家宁主持, 第一书记边疆等5名…: right after a post, a surname and
    one or two characters that make an ordinary word (甘露, 边疆) or begin with one (万家|宁) are a
    name when punctuation, a two-character follower or 等 + a count closes them; likewise right after
    "、" in a list (副主任梁慧敏、庞大勇、武晓红出席, 市领导汪丽君、许家豪出席: 庞大, 许家 open words).
    Limit: only after a post or "、"; never a frequent word (高度, 安全: 局长高度评价 is no name); the
    other readings first."""
    if not s or text[i] in _FUNCTION_SURNAMES \
            or not (lexicon().post_set.ending_at(text, i) or i > 0 and text[i - 1] == "、"):
        return None                                  # 参议长来华访问: 来 is a verb
    rules = _rules()
    for glen in (2, 1):
        end = i + s + glen
        if end > len(text) or not _given_ok(text[i + s:end]) or text[i:end] in rules.frequent \
                or text[i + s:end] in rules.frequent:
            continue
        if end - i == 2 and text[i:end] not in rules.common:
            continue                                 # a plain two-character name is read by surname_given
        if _strong_end(text, end) or _COUNT_AFTER_DENG.match(text, end):
            return end
    return None


@cache
def _country_set() -> WordSet:
    return WordSet(_rules().countries)


@cache
def _word_surnames() -> WordSet:
    return WordSet(words("surnames_word.txt"))


_KIN_OR_ROLE = frozenset({"夫人", "丈夫", "妻子", "女儿", "儿子", "母亲", "父亲", "女士", "同志", "代表", "委员"})


def _rule_word_surname(text: str, i: int, s: int):
    """省委常委、秘书长和丽萍，…; 全国政协副主席第五立德、…; 市委书记司空耀华出席: a surname that is also a
    frequent word (surnames_word.txt: 和, 第五, 司空) starts a name right after a post or "、", when two given
    characters follow that punctuation or a two-character follower closes. Limit: the given part is
    no frequent word, post, organ or person word (书记和县长, 委员和群众, 主席和夫人, 主席第五次会议 are
    no names)."""
    k = _word_surnames().starting_at(text, i)
    if not k or s and s >= k or not (lexicon().post_set.ending_at(text, i) or i > 0 and text[i - 1] == "、"
                                     or _DESCRIPTOR_END.search(text, max(0, i - _MAX_DESCRIPTOR), i)
                                     or i > 0 and text[i - 1] == "的" and text.startswith("同志", i + k + 2)):
        return None                                  # (after "、": 副主席王勇、第五立德; after a descriptor:
                                                     # 原自治区政协副主席、老党员纳润生; after 的 when
                                                     # 同志 closes it: 时任…副局长的和建华同志)
    lex, rules = lexicon(), _rules()
    end = i + k + 2
    given = text[i + k:end]
    if end > len(text) or not _given_ok(given) or given in rules.frequent or given in rules.common \
            or given in rules.verbs or given in _KIN_OR_ROLE or lex.post_set.starting_at(text, i + k) \
            or lex.organ_set.starting_at(text, i + k) or given[0] in _REGION_ONE or given[0] in _NUMERALS \
            or _country_set().starting_at(text, i + k):
        return None                                  # (日本前首相和韩国国会议长: a country, no given name)
    if text.startswith("同志", end):
        return end                                   # 副部长、党组副书记和建华同志: 同志 follows a name
    if end < len(text) and (text[end] in _DOTS or text[end:end + 2] in _KIN_OR_ROLE):
        return None                                  # 委员和特邀代表: 代表 is a noun here, no follower
    return end if _strong_end(text, end) else None


# Name readings, tried in this order; the first that reads a name wins. Each rule's docstring gives
# the sentence it exists for.
_NAME_RULES = (
    ("latin", _rule_latin),
    ("regnal", _rule_regnal),
    ("dotted", _rule_dotted),
    ("ethnic_parts", _rule_ethnic_parts),
    ("japanese", _rule_japanese),
    ("translit_run", _rule_translit_run),
    ("junior", _rule_junior),
    ("foreign_long", _rule_foreign_long),
    ("not_name", _rule_not_name),
    ("word_surname", _rule_word_surname),
    ("qian_ming", _rule_qian_ming),
    ("stop_last", _rule_stop_last),
    ("surname_given", _rule_surname_given),
    ("soft_stop", _rule_soft_stop),
    ("spaced", _rule_spaced),
    ("four_chars", _rule_four_chars),
    ("translit", _rule_translit),
    ("foreign_two", _rule_foreign_two),
    ("foreign_three", _rule_foreign_three),
    ("burmese", _rule_burmese),
    ("three_chars", _rule_three_chars),
    ("translit_bare", _rule_translit_bare),
    ("minority_three", _rule_minority_three),
    ("numeral_given", _rule_numeral_given),
    ("word_name", _rule_word_name),
)


# The rules that can read a name at all for a surname of length 0, 1 or 2 (the others return None
# at once for it: surname_given needs a surname, translit_bare none, three_chars a single one), in
# _NAME_RULES's order: name_reading tries only these (a third fewer calls on the corpus).
_NEEDS_SURNAME = frozenset({"not_name", "qian_ming", "stop_last", "surname_given", "soft_stop", "spaced",
                            "four_chars", "foreign_three", "three_chars", "numeral_given", "word_name"})
_NEEDS_SINGLE = frozenset({"qian_ming", "spaced", "foreign_three", "three_chars", "numeral_given"})
_NEEDS_NO_SURNAME = frozenset({"translit_bare", "minority_three"})
_RULES_BY_SURNAME = (
    tuple(r for r in _NAME_RULES if r[0] not in _NEEDS_SURNAME),
    tuple(r for r in _NAME_RULES if r[0] not in _NEEDS_NO_SURNAME),
    tuple(r for r in _NAME_RULES if r[0] not in _NEEDS_NO_SURNAME and r[0] not in _NEEDS_SINGLE),
)


def _can_start(rule: str, s: int, c: str, c2: str) -> bool:
    """Whether the name rule `rule` can read anything (a name or _NO_NAME) at a position whose first
    two characters are c and c2 (c2 "" at the end of the text: then only c is tested), after a surname
    of length s there: False only where the rule itself returns None at once for them (each test below
    restates the rule's own first tests)."""
    rules = _rules()
    given2 = not c2 or _han(c2) and c2 not in rules.stopchars    # (c2 may be a given name's first character)
    if rule == "latin":
        return not _han(c)                           # (a Chinese character: None; anything else decides)
    if rule == "regnal":                             # (_REGNAL starts with two characters of that range)
        return "\u4e00" <= c <= "\u9fff" and (not c2 or "\u4e00" <= c2 <= "\u9fff")
    if rule == "dotted":                             # (_DOT_NAME: Chinese characters, a hyphen or the dot)
        return _han(c) and c != "的" and (not c2 or _han(c2) or c2 in _HYPHENS or c2 in _DOTS)
    if rule == "ethnic_parts":                       # (listed parts, a Yi clan name, a Mongolian run)
        return c in _ethnic_parts().firsts or not s and _han(c) or c in _mongolian_chars()
    if rule == "japanese":                           # (a listed family name, or two name characters)
        return (c + c2 in _ja_prefixes() if c2 else c in _ja_firsts()) \
            or _han(c) and c not in rules.stopchars and c not in _PREPOSITIONS and given2
    if rule == "junior":
        return c == _JUNIOR
    if rule == "burmese":
        return c in _BURMESE_HONORIFICS
    if rule == "not_name":
        return c + c2 in _not_name_prefixes() if c2 else c in _not_name_firsts()
    if rule == "word_surname":
        return c in _word_surnames().firsts
    if rule == "translit_run":                       # (the run starts after the surname)
        return c in rules.translit if not s else s != 1 or not c2 or c2 in rules.translit
    if rule == "translit":                           # (two characters at least, a hyphen may join them)
        return c in rules.translit and (not c2 or c2 in rules.translit or c2 in _HYPHENS)
    if rule == "translit_bare":
        return c in rules.translit and (not c2 or c2 in rules.translit)
    if rule == "foreign_two":
        return c in rules.foreign and (not c2 or c2 in rules.foreign)
    if rule == "minority_three":                     # (one of the first two transliterates)
        return not c2 or c in rules.translit or c2 in rules.translit
    if s == 1 and rule in ("surname_given", "four_chars", "three_chars"):
        return given2                                # (the given name starts with c2)
    if s == 1 and rule == "foreign_three":
        return not c2 or _han(c2)
    if s == 1 and rule == "soft_stop":
        return not c2 or c2 in rules.soft
    if rule == "spaced":
        return not c2 or c2 in _SPACES
    if rule == "numeral_given":
        return not c2 or c2 in _NUMERALS
    if s == 1 and rule == "word_name":
        return c not in _FUNCTION_SURNAMES and given2
    return True


@cache
def _ja_firsts() -> frozenset[str]:
    return frozenset(w[0] for w in _rules().ja)


@cache
def _ja_prefixes() -> frozenset[str]:
    return frozenset(w[:2] for w in _rules().ja if len(w) in (2, 3))


@cache
def _not_name_firsts() -> frozenset[str]:
    return frozenset(w[0] for w in _rules().not_names)


@cache
def _not_name_prefixes() -> frozenset[str]:
    return frozenset(w[:2] for w in _rules().not_names if len(w) in (2, 3))


# The rules of _RULES_BY_SURNAME[s] that can read a name starting with two characters (_can_start),
# per (s, characters): name_reading tries only these (on the corpus a name reading calls about half
# the rules: the Latin, junior, word-surname, greeting and transliteration rules mostly end at once).
_RULES_BY_START: dict[tuple[int, str], tuple] = {}
_MAX_STARTS = 30000          # pairs remembered (an article uses a few hundred; bounded for odd input)


def _rules_starting(s: int, pair: str) -> tuple:
    found = tuple(r for r in _RULES_BY_SURNAME[s] if _can_start(r[0], s, pair[:1], pair[1:2]))
    if len(_RULES_BY_START) < _MAX_STARTS:
        _RULES_BY_START[(s, pair)] = found
    return found


def _given_end(text: str, i: int, s: int) -> int | None:
    """End of a name of surname (length s) + one or two characters, by what follows it, in order
    of confidence: punctuation or a two-character follower ("王晓出席", "于友先会见"); a
    one-character follower ("李强和…", "王晓称，" – the two-character reading); a frequent verb or
    adverb ("黄奇帆参与", "齐骥一句"); a character that never occurs in a given name ("杨斌拿起")."""
    rules, n = _rules(), len(text)
    ok: list[int] = []
    for glen in (1, 2):
        end = i + s + glen
        if end > n or not _given_ok(text[i + s:end]):
            break
        if text[i:end] not in rules.common and not (end - i == 3 and text[i:i + 2] in rules.starts):
            ok.append(end)
    if not ok:
        return None
    if "地" in text[ok[0]:ok[-1] + 6]:
        for end in reversed(ok):
            if _ADVERB_SAY.match(text, end):
                return end                         # 王涛|动情地说, 李明|语重心长地说, 王晓东|激动地表示
    for end in ok:
        if text[end:end + 2] == "同志":
            return end                             # 区长刘天一同志: not 刘天 + 一同
        if _when_clause(text, end) and text[end - 1:end + 1] not in rules.frequent \
                and text[end - 1:end + 1] not in _WHEN_WORDS:
            return end                             # 会见越南国家主席梁强时，…: the clause "when meeting him"
    if len(ok) == 2 and text[ok[0]] in _JOINERS and text[ok[1]:ok[1] + 2] in _KIN_OR_ROLE:
        return ok[0]                               # 主席梁强和夫人: 和 joins his wife, no given name
    if len(ok) == 2 and _DATE_AFTER.match(text, ok[1]) and text[ok[1] - 1] not in _SAY_ONE:
        return ok[1]                               # 大使李长和９日在…: a date follows the whole name, 和 is no
                                                   # conjunction before a date (not 说: 王晓说3日…)
    fset = lexicon().follower_set
    if len(ok) == 2 and ok[1] < n and text[ok[1]] in "、，,；;" and text[ok[0]] not in _SAY_ONE \
            and text[ok[0]] not in "等们" and text[ok[0]] in lexicon().followers and _given_ok(text[ok[0]]):
        return ok[1]                               # 副委员长丁志会、…: a one-character follower (会) closed by
                                                   # punctuation is the name's last character (not 王晓称，)
    if len(ok) == 2 and text[ok[0]] in _JOINERS and (ok[1] >= n or text[ok[1]] in _CLOSE or text[ok[1]] == "等"):
        return ok[1]                               # 国务委员谌贻和，…; 原主席阎志和等: nothing after 和 to join
    if len(ok) == 2 and fset.starting_at(text, ok[0]) == 2 and fset.starting_at(text, ok[1]) >= 2 \
            and text[ok[1] + 1:ok[1] + 3] not in rules.frequent:
        return ok[1]                               # 孔志强调研: 强 ends the name, 调研 follows (强调 would
                                                   # leave 研 alone); not 韦达明确要求 (确要 is no follower),
                                                   # not 张伟强调研究 (研究 is a word: 强调|研究)
    for end in ok:
        if end >= n or not _han(text[end]) and (text[end] not in "-－" or _ends_name(text, end)):
            if end == ok[0] or not _ends_name(text, end - 1):
                return end                         # 王晓称， -> 王晓, not 王晓称
        elif fset.starting_at(text, end) >= 2:
            return end
    for end in ok:
        if end < n and _ends_name(text, end):
            if len(ok) == 2 and end == ok[0] and text[end] in _PREPOSITIONS and _says_at(text, end + 1):
                return ok[1]                       # 姜某为说, 王某和表示: no preposition before a verb of saying
            if end == ok[-1] and len(ok) == 2 and rules.follow.starting_at(text, end - 1) == 2 \
                    and not _says_at(text, end):
                return ok[0]                       # 刘伟|接受审查: not 刘伟接 + 受 (but 林芳正|说，:
                                                   # a verb of saying that punctuation closes ends it)
            return end
    for end in ok:
        if _ends_weak(text, end):
            return end
    e = ok[0]
    if len(ok) == 1 and e + 1 < n and text[e] in rules.stopchars and text[e] not in rules.translit \
            and not (e - i == 3 and text[i:i + 2] in rules.common) \
            and _han(text[e + 1]) and rules.follow.starting_at(text, e - 1) != 2 \
            and not lexicon().organ_set.starting_at(text, e) and not lexicon().post_set.starting_at(text, e):
        return e                                   # 杨斌拿起: 拿 is no name character (not 全面实行: 实行 is a
                                                   # word; not 廉政委员会: an organ follows)
    return None


# An adverb of two or four characters, 地 and a verb of saying after a name: the name ends before it.
_ADVERB_SAY = re.compile(r"(?:[\u4e00-\u9fff]{2}|[\u4e00-\u9fff]{4})地(?:说|讲|表示|指出|强调|告诉|回答|介绍|问|谈|道|叮嘱|要求)")
_PREPOSITIONS = frozenset("为以与和同对从向于到给将把被让请跟")
# A day or month written in digits right after a name (李长和９日, 王长和12月): the time of the event.
_DATE_AFTER = re.compile(r"[0-9０-９]{1,2}[日月]")
# Last characters of a name-first candidate that make it no name: "former" (印度前总理, 原局长) and
# verbs or prepositions that do not end a given name (某某请总书记品尝, 向…).
_NOT_LAST = frozenset("前原请让把被向对给跟将由兼")   # (…内阁副主席兼外长: 兼 joins two posts)
_SAY_ONE = frozenset("说称道讲谈问答")


def _says_at(text: str, j: int) -> bool:
    """Whether a verb of saying that punctuation closes starts at j ("说。", "表示，"; not 谈判,
    问题, 表示感谢)."""
    n = len(text)
    if j < n and text[j] in _SAY_ONE:
        k = j + 1
    elif text[j:j + 2] in lexicon().speech_verbs:
        k = j + 2
    else:
        return False
    return k >= n or not _han(text[k])


# Surnames that are also prepositions: right after a verb they are the preposition (滞留于…, 走向…).
_PREP_SURNAMES = frozenset("于向")
_MAX_COUNTRY_LEFT = 8       # characters of a country name that a name-first candidate may end (斯坦;
                            # 圣文森特和格林纳丁斯总理: 格林纳丁斯 ends one of ten)


_MAX_DOT_LEFT = 12          # characters from a name-first candidate back to a middle dot
_MAX_DOT_PARTS = 4          # dotted parts read back from it (萨阿德·本·哈利法·穆尔希德)


def _dotted_start(text: str, s: int) -> int:
    """Where a dotted name ends by text[s:] begins: "请班禅额尔德尼·确吉坚赞副委员长" -> 班禅…, the
    first part running left to a one-character follower, a boundary word or punctuation; else s."""
    if _ANY_DOT.search(text, max(0, s - _MAX_DOT_LEFT), s) is None:
        return s                                 # (no dot near: the usual case, one search in C)
    k = s
    while k > 0 and s - k < _MAX_DOT_LEFT and (_han(text[k - 1]) or text[k - 1] in _DOTS):
        k -= 1
    d = max((text.rfind(dot, k, s) for dot in _DOTS), default=-1)
    if d < 0:
        return s
    lex = lexicon()
    translit = _rules().translit
    start = s
    for _ in range(_MAX_DOT_PARTS):              # 胡安·帕布洛·塞佩达总统: every dotted part before it
        j = d
        while j > 0 and d - j < _MAX_DOT_PART and _han(text[j - 1]) and not lex.boundary_set.ending_at(text, j) \
                and not (text[j - 1] in lex.followers and j < d and (j < 2 or text[j - 2] not in translit)):
            j -= 1                               # 阿布都拉: 都 between transliteration is no follower; 雪克来提·:
                                                 # right before the dot 提 follows nothing
        if j == d:
            break
        start = j
        if j < 2 or text[j - 1] not in _DOTS or not _han(text[j - 2]):
            break
        d = j - 1
    return start


def _country_tail(text: str, s: int, p: int) -> bool:
    """Whether the candidate text[s:p] is the end of a country's name begun before it: "乌兹别克斯坦
    总统米尔济约耶夫" (斯坦 is no name; the president is named after the post)."""
    return _country_set().any_ending_at(text, p, max(0, p - _MAX_COUNTRY_LEFT - 2), s)


def _ends_with_country(text: str, s: int, p: int) -> bool:
    """Whether text[s:p] ends with a country, region or bloc (countries.txt)."""
    return _country_set().any_ending_at(text, p, max(s, p - _MAX_COUNTRY), p - 1)


_COUNTED_NATIONS = frozenset("两三四五六七八九十各诸多几数")   # before 国: 两国, 各国, 多国


def _name_before_at(text: str, s: int, p: int) -> bool:
    """Whether text[s:p] is a name right before the post at p (see _name_before)."""
    if s < 0:
        return False
    lex, rules = lexicon(), _rules()
    sl = 2 if text[s:s + 2] in lex.surnames2 else 1 if text[s] in lex.surnames1 else 0   # (_surname_len, inline)
    if not sl:
        return False                             # (most positions before a post: no surname, nothing else to read)
    cand = text[s:p]
    if len(cand) <= sl or cand in rules.not_names or cand[-2:] in rules.not_names \
            or cand in rules.common or (len(cand) == 3 and cand[:2] in rules.starts) \
            or cand in rules.countries:        # 乌克兰总统: a country's president
        return False
    if _inside_word(text, s) or _country_tail(text, s, p):   # 俄罗斯总统, 乌兹别克斯坦总统
        return False
    if len(cand) == 3 and _ends_with_country(text, s + 1, p):
        return False                           # 东道国秘鲁总统: 秘鲁 is a country, 国秘鲁 no name
    if lex.organ_set.ending_at(text, p) >= p - s:
        return False                           # 蒙古国大呼拉尔主席: the name of an organ
    if text[p:p + 1] == "部" and cand[sl:] in rules.frequent \
            and (not _strong_left(text, s) or cand[0] in _FUNCTION_SURNAMES):
        return False                           # 成员国交通部长会议: 交通部 is a ministry, 国交通 no name;
                                               # 但外交部长: 但 is "but"
    if cand[0] in _PREP_SURNAMES and text[max(0, s - 2):s] in rules.verbs:
        return False                           # 滞留于账外长达…: 于 after a verb is a preposition
    if len(cand) == 2 and _after_lead(text, s) and not _strong_left(text, s):
        return False                           # 这位新部长, 实施毛主席 (实习|近平总书记 stays)
    if len(cand) == 3 and cand[1:] in rules.verbs and not _strong_left(text, s):
        return False                           # 一项|落实总书记, 赵某|成告诉总书记: a verb, no given name
    if cand[-1] in _NOT_LAST or len(cand) == 2 and cand[0] == cand[1]:
        return False                           # 印度前总理 ("former"), X请总书记, 二班班主任
    if len(cand) == 2 and cand[-1] == "为" and not (s == 0 or not _han(text[s - 1])
                                                    or lex.boundary_set.ending_at(text, s)):
        return False                           # 以习近平为总书记, 都来为总书记 (but "，庄为主席", "由庄为…")
    if cand[:2] in rules.not_names or s > 0 and text[s - 1:s + 1] in rules.not_names:
        return False                           # 谢谢罗会长, 感谢朱副主席
    if cand[-1] in _ORGAN_CHARS or any(c in "委央院府厅局部" for c in cand):
        return False
    if cand[-1] == "国" and cand[-2] in _COUNTED_NATIONS:
        return False                           # 会见日韩两国外长, 各国外长: countries counted, no given name
    if lex.post_re.search(text, s, p) is not None:
        return False                           # 巴林王储兼首相: 王储 is a post, 王储兼 no name
    if not _given_ok(cand[sl:]):
        return False
    # 省委书记雷明和省长…: 雷明 is title-first, 明和 is no name.
    # (a post before punctuation is another person's: "李明镇长、王红乡长")
    return not any(_post_before(text, s - k) is not None and all(_han(c) for c in text[s - k:s])
                   and not (k and all(c in _PREPOSITIONS or c == "将" for c in text[s - k:s]))
                   for k in (0, 1, 2))         # (李强总理将同阮文泰总理: 将同 links two people)


def _name_before(text: str, p: int) -> int | None:
    """Start of a name that ends at p (the name-first form "王建军书记"), or None."""
    lex, rules = lexicon(), _rules()
    if p >= 4 and text[p - 4:p - 2] in lex.surnames2 and _name_before_at(text, p - 4, p):
        return p - 4                               # 慕容海涛书记: a compound surname and two characters
    if p >= 4 and text[p - 4:p - 2] in rules.ja and _ja_given_ok(text[p - 2:p]) and _strong_left(text, p - 4) \
            and text[p - 2:p] not in rules.frequent and not _country_set().starting_at(text, p - 4):
        return p - 4                               # 。桥爪直树外务大臣表示: a Japanese family name, two given
                                                   # characters (not 的加纳外交部长: a country, a word)
    c3, c2 = _name_before_at(text, p - 3, p), _name_before_at(text, p - 2, p)
    if c3 and c2:
        before = text[p - 3]
        return p - 2 if before in lex.boundaries or before in lex.followers else p - 3
    if c3:
        return p - 3
    if c2:
        return p - 2
    return None


def _former_head_before(text: str, p: int, post: str) -> int | None:
    """Start of a name right before 前 + a head's post ("恩科西前总统", "，李明前总理"), or None; a Chinese
    name must stand after punctuation or a boundary word; never a country (印度前总理)."""
    s = _name_before(text, p)
    if s is not None and _strong_left(text, s):
        return s
    return _translit_before(text, p, post)     # (a head's transliterated name needs no boundary)


def _translit_before(text: str, p: int, post: str = "") -> int | None:
    """Start of a transliterated name of three or more characters that ends at p (the post `post`
    starts there) and stands after punctuation or a boundary word, or None. Before a head of state
    or government (flag H: 总统, 总理) the name may also be of two characters (卡特总统) or a word
    that jieba lists as a place (奥巴马总统); a country or region (countries.txt: 乌克兰总统, 巴西
    总统) is never a name."""
    rules = _rules()
    head = post in lexicon().head_posts
    translit = rules.foreign if head else rules.translit    # (占索帕首相: Khmer syllables, translit_asia.txt)
    j = p
    while j > 0 and p - j < 6 and text[j - 1] in translit:
        j -= 1
    if p - j >= (3 if head else 4) and j > 0 and text[j] not in rules.translit \
            and (text[j - 1:j + 1] in rules.verbs or text[j - 1:j + 1] in rules.frequent):
        j += 1                                       # 欢迎|西里拉国王: 迎 (a Thai syllable, translit_asia.txt)
                                                     # ends the verb; not 愿同比利亚努埃瓦总统 (比: translit);
                                                     # 李强欢迎|巴差总理: a head's name of two is left
    run = text[j:p]
    if len(run) < 2 or run[:2] in rules.not_names:   # 谢谢罗会长
        return None
    if not _strong_left(text, j) and not (head and len(run) >= 3):
        return None                                  # 希望克林顿总统: a head's name needs no boundary
    countries = rules.countries
    if run in countries or any(run[k:] in countries for k in range(1, len(run) - 2)) \
            or any(run[k - 1] in _ON_BEHALF and run[k:] in countries for k in range(1, len(run) - 1)) \
            or _country_tail(text, j, p):
        return None                                  # 和哥伦比亚总统: 伦比亚 ends a country's name; 还代加纳前总统:
                                                     # 代 (on behalf of) before a country
    if len(run) >= 3 and (head or run not in rules.inner) or len(run) == 2 and head:
        return j
    return None


_ON_BEHALF = frozenset("代向对同和与")   # a preposition before a country ends no transliterated name (代加纳前总统)


# Malaysian honorifics written as the first dotted part (马来西亚外交部长拿督斯里·阿旺·贾马鲁丁): a rank, not a name.
_HONORIFIC = re.compile(rf"^(?:(?:拿督斯里|拿汀斯里|丹斯里|拿督|拿汀|敦)[{_DOTS}](?=[\u4e00-\u9fff])"
                        rf"|(?:拿督斯里|拿汀斯里|丹斯里|拿督|拿汀)(?=[\u4e00-\u9fff]+[{_DOTS}]))")
# (written without its dot before a dotted name too: 马来西亚副总理拿督斯里法德鲁尔·扎卡里亚; 敦 alone only with the dot)


def clean_name(name: str) -> str:
    """The name as an official's key: no padding spaces, no honorific before it (拿督斯里·阿旺·贾马鲁丁 ->
    阿旺·贾马鲁丁, 拿督斯里法德鲁尔·扎卡里亚 -> 法德鲁尔·扎卡里亚; the title 马来西亚外交部长 is unchanged).
    Limit: the honorific is a whole dotted part, or opens a dotted name."""
    name = name.translate(_NO_SPACES)
    return _HONORIFIC.sub("", name) if name[:1] in "拿丹敦" else name


_NO_SPACES = str.maketrans("", "", _SPACES)


# ---------------------------------------------------------------------------------------------
# Titles
# ---------------------------------------------------------------------------------------------

def _title_start(text: str, p: int) -> int:
    """Where a title whose post starts at p begins: left over places and organs, up to
    punctuation, a boundary word (在, 和, 由, 时任…) or _MAX_TITLE characters; see _whole_organ and
    _bracketed_alias for the two ways a title goes on past them, and _held_before for 时任."""
    lex = lexicon()
    organs, countries, boundaries, verbs = lex.organ_set, _country_set(), lex.boundary_set, _rules().verbs
    j = p
    limit = max(0, p - _MAX_TITLE)
    while j > limit:                                 # (a lookup below is made only where its last character fits)
        if j < p and text.startswith(_TITLE_OPENERS, j):
            j -= text[j - 1] in "原前" if j > 0 else 0   # 原中共…省委书记: "former" stays
            break                                    # 《求是》杂志发表中共中央总书记…: the Party's name opens it
        if text[j - 1] in _HYPHENS and j - 2 >= limit and _han(text[j - 2]) and _han(text[j]):
            j -= 1                                   # 巴登-符腾堡州州长: a hyphen inside a place name
            continue
        if text[j - 1] == "》":
            k = text.rfind("《", max(0, j - _MAX_BOOK), j - 1)
            if k >= 0 and lexicon().post_re.search(text, k, j) is None:
                j = k                                # 《中华人民共和国安全生产法》执法检查组组长: a law's name
                continue                             # names the inspection group
        if not _han(text[j - 1]):
            k = _bracketed_alias(text, j, limit)
            if k is None:
                k = _listed_field(text, j, p, limit)
            if k is None:
                n = _country_set().ending_at(text, j)
                if not n:
                    break
                k = j - n                            # 刚果（布）总统: a country written with brackets
            j = k
            continue
        c = text[j - 1]
        n = (c in organs.lasts and organs.ending_at(text, j)) or (c in countries.lasts and countries.ending_at(text, j))
        if n:
            j -= n                                   # (埃及总统: 及 inside a country is no boundary)
            if _described_country(text, j, n) or _country_opens(text, j, n):
                break
            continue
        if c == "代" and countries.starting_at(text, j):
            break                                    # 还代哈萨克斯坦前总统…向…问好: 代 is "on behalf of"
        if j - 2 >= limit and text[j - 2:j] in verbs and _village_at(text, j, p):
            break                                    # 翻开|石坪村驻村第一书记: a verb before a place name
        if c in "位名个" and _counted_before(text, j):
            break                                    # 2名|副县长吴波: the count is no part of the title
        if c in boundaries.lasts and boundaries.ending_at(text, j) and _can_cut(text, j) \
                and (text[j - 2:j] not in _NOT_BOUNDARY or text[j - 2:j] == "会同" and text[j:j + 1] != "县") \
                and text[j - 1:j + 1] not in _ORGAN_OPENINGS:
            k = _whole_organ(text, j, p, limit)
            if k is None:
                break
            j = k
            continue
        j -= 1
    if text[j] == "应" and "邀请" in text[p:p + _MAX_INVITED]:
        j += 1                                       # 应国家主席习近平邀请: 应 (at the invitation of) is no title
    return _held_before(text, j)


_MAX_BOOK = 30     # characters of a law's title in 《》 inside a post's title


def _village_at(text: str, j: int, p: int) -> bool:
    """Whether a place name of two or three characters ending in a place suffix (石坪村, 城关镇) starts
    at j, before the post at p, and does not start one character earlier (走进|城关镇, not 进城|关镇)."""
    for k in (2, 3):
        e = j + k
        if e <= p and text[e - 1] in _REGION_ONE and not any(c in _REGION_ONE for c in text[j:e - 1]):
            if text.startswith(_ORGAN_REGION_WORDS, e - 2):
                return False                         # 幸福|里社区: 社区 is a word, 里社区 no place
            return not (k < _MAX_VILLAGE and text[j - 1] not in _REGION_ONE)
    return False


_MAX_VILLAGE = 3      # characters of a village or town name with its suffix (石坪村)


def _described_country(text: str, j: int, n: int) -> bool:
    """东盟轮值主席国马来西亚总理阿兹曼·拉赫曼, 东道国秘鲁总统…: a country (text[j:j+n]) right after a
    word ending in 国 that describes it (主席国, 东道国, 成员国), or after 成员 (代表团成员中非国民议会第一副议长):
    the title starts at the country.
    Limit: the country is in countries.txt and stands right after 国 (中国驻美国大使 stays whole:
    中国 is itself a country, read as one before 驻; 联合国亚太经社会执行秘书 too: 联合国 is an organ, and
    亚太 one of its bodies)."""
    return j > 0 and (text[j - 1] == "国" or text.startswith(_MEMBER, j - len(_MEMBER))) \
        and text[j:j + n] in _rules().countries and not _country_set().ending_at(text, j) \
        and not lexicon().organ_set.ending_at(text, j)


def _country_opens(text: str, j: int, n: int) -> bool:
    """"答：我们注意到菲律宾外交部长拉扎罗的有关表态": a country (text[j:j+n]) opens the title when the
    words before it are no organ, place or 驻 of an embassy (中国驻美国大使, 联合国驻…): they are the
    sentence's. Limit: a foreign country of countries.txt (中国 opens organs' names inside longer ones), not
    inside a place's name (内蒙古), and not after 原/前 (原菲律宾外长)."""
    if j == 0 or not _han(text[j - 1]) or text[j:j + n] not in _rules().countries or text[j:j + n] in _HOME \
            or text.startswith(_PLACES_HOLDING_COUNTRY, j - 1):
        return False
    c = text[j - 1]
    if c in "驻原前" or c in _JOINERS or c in _ORGAN_CHARS or c in _REGION_ONE or c == "国" \
            or lexicon().organ_set.ending_at(text, j) or _country_set().ending_at(text, j):
        return False                                 # (坦桑尼亚外交和东非合作部长: 和 joins fields)
    if text.startswith(("自治", "族"), j + n):
        return False                                 # 伊犁哈萨克自治州州长: a people's name inside a Chinese place
    return text[j + n:j + n + 1] not in _REGION_ONE     # 加拿大不列颠哥伦比亚省: a country inside a place


_HOME = frozenset({"中国", "中华", "香港", "澳门", "台湾"})   # (桑顿中国中心研究部: China opens organs' names)
_PLACES_HOLDING_COUNTRY = ("内蒙古",)


_MEMBER = "成员"   # 代表团成员中非国民议会第一副议长若斯林·马兰巴: a member of the delegation, then his title


# Names that open a title: nothing before them belongs to it (杂志发表|中共中央总书记).
_TITLE_OPENERS = ("中共", "中国共产党")


# Words that end in a boundary character but are part of an organ's name (韩国共同民主党党首: 同 is no "with").
_NOT_BOUNDARY = frozenset({"共同", "协同", "合同", "会同", "大同",
                           "新任", "候任", "常任"})   # (哥伦比亚新任外交部长: "newly appointed" stays in the title;
                                                     # 朝鲜最高人民会议常任委员会委员长: a standing committee)
# Words that begin with a boundary character and open an organ's name (越共中央对外部部长: 对 is no "to").
_ORGAN_OPENINGS = frozenset({"对外"})
_MAX_INVITED = 24      # characters from a post to the 邀请 of "应…邀请" (应国家主席习近平邀请)


_JOINERS = frozenset("和与及")
_COMMITTEES = ("委员会", "领导小组", "工作组", "研究院", "中心", "局", "厅", "部", "司", "组织", "党")   # (联合国粮食及农业组织,
#                                                                                         缅甸联邦巩固与发展党)
_FIELD_POSTS = ("大臣", "高级代表")   # posts named by their fields (外交与国际合作大臣, 欧盟外交和安全政策高级代表)
_UNIT_ENDS = ("司", "处")   # departments of a ministry or bureau (招标采购司, 综合处)
_UNIT_OF = "部委局署厅办"    # the last character of the ministry or bureau they belong to
_MAX_JOINED_LEFT = 8   # characters of an organ's name before its 和 (县人力资源和社会保障局: 县人力资源)
_MAX_CHAIN_COMMITTEE = 4   # characters before 和 of a committee written after 、 (社会和法制委员会)
_MAX_MINISTRY_LEFT = 4  # characters before the 和 of a ministry (人力资源和社会保障部, 文化和旅游部)
_MAX_ALIAS = 12        # characters inside the brackets of an organ's second name (滨江区委)


def _whole_organ(text: str, j: int, p: int, limit: int) -> int | None:
    """全国政协文化文史和学习委员会副主任: a 和 (与, 及) inside the name of a committee, institute,
    centre or bureau is no boundary when the words before it run back to an organ word (政协, 人大…) or, from
    punctuation, begin with a place character (县水利和…中心) — then the title goes on to the left of
    和 (returns where to go on from), else None. Limit: the post follows the organ's name at once."""
    organ = text[j:p + 1] if text.startswith("部长", p) else text[j:p]   # (交通和通信部长: 部 is in the post)
    if organ.endswith(_FORMER):
        organ = organ[:-1]                           # 国家粮食和物资储备局河南分局原局长
    if text[j - 1] not in _JOINERS or not (organ.endswith(_COMMITTEES) or text.startswith(_FIELD_POSTS, p)):
        return None                                  # (外交与国际合作大臣: a minister named by his fields)
    lex = lexicon()
    organ_set = lex.organ_set
    k = j - 1
    while k > limit and _han(text[k - 1]) and not lex.boundary_set.ending_at(text, k):
        if lex.post_set.ending_at(text, k):
            return None                              # 县委书记张伟和县公安局局长: two people
        if organ_set.ending_at(text, k) > 1:
            return k
        if k < j - 2 and j - 1 - k <= _MAX_MINISTRY_LEFT and (organ.endswith("部") or text.startswith(_FIELD_POSTS, p)) \
                and _country_set().ending_at(text, k) and lex.post_re.search(text, k, j - 1) is None:
            return k                                 # 巴布亚新几内亚外交与国际贸易部长: the country ends
                                                     # where the ministry's first field begins
        k -= 1
    # 县水利和防汛抗旱服务中心主任, 县自然资源和规划局局长: the words before 和 begin with a place
    # (县, 市…) after punctuation or a boundary word, and hold no post
    if k < j - 2 and j - 1 - k <= _MAX_JOINED_LEFT \
            and (text[k] in _REGION_ONE or text.startswith("国家", k)
                 or _country_set().starting_at(text, k) and organ.endswith(("部", "党"))   # 吉尔吉斯斯坦交通和通信部长,
                                                                                       # 缅甸联邦巩固与发展党
                 or j - 1 - k <= _MAX_MINISTRY_LEFT and ("部" in organ or text.startswith("大臣", p))
                 and not is_name_reading(text, k, j - 1)) \
            and (k == 0 or not _han(text[k - 1]) or lex.boundary_set.ending_at(text, k)) \
            and lex.post_re.search(text, k, j - 1) is None:
        return k                                     # also 国家粮食和物资储备局, 文化和旅游部,
                                                     # 人力资源和社会保障部副部长
    if k < j - 2 and j - 1 - k <= _MAX_CHAIN_COMMITTEE and text[k - 1:k] in _CHAIN_SEPARATORS \
            and organ.endswith("委员会") and lex.post_re.search(text, k, j - 1) is None:
        return k                                     # 全国政协常委、社会和法制委员会主任: a committee of the
                                                     # body named in the title before it
    if organ.endswith(_UNIT_ENDS) and k < j - 2 and (k == 0 or not _han(text[k - 1]) or lex.boundary_set.ending_at(text, k)) \
            and lex.post_re.search(text, k, j - 1) is None:
        cut = max(text.rfind(c, k, j - 1) for c in _UNIT_OF)
        if cut - k >= 2 and 1 <= j - 2 - cut <= _MAX_JOINED_LEFT and not any(c in _UNIT_OF for c in organ[:-1]):
            return k                                 # 国家医保局医药价格和招标采购司司长: a department
                                                     # of a ministry or bureau, its name joined by 和
    if k < j - 2 and j - 1 - k <= _MAX_JOINED_LEFT and text[k - 1:k] in _CHAIN_SEPARATORS \
            and (lex.post_set.ending_at(text, k - 1) or organ.endswith(_UNIT_ENDS)) \
            and lex.post_re.search(text, k, j - 1) is None and not is_name_reading(text, k, j - 1):
        return k                                     # 县委书记、人力资源和社会保障局局长: after a post and
                                                     # "、", the next post's organ (a bureau, centre…) begins;
                                                     # a department after any "、" of a list (…副秘书长阎某、
                                                     # 就业收入分配和消费司司长其某)
    return None


# What follows a movement's or party's short name in brackets inside a title (巴勒斯坦民族解放运动（法塔赫）中央委员会委员).
_AFTER_ALIAS = ("中央", "中委", "全国委员会", "政治局", "执行委员会", "领导委员会")


def _bracketed_alias(text: str, j: int, limit: int) -> int | None:
    """高新区党工委（滨江区委）原副书记: an organ's second name in brackets, written right after an
    organ (or a movement's short name before its central organ: 巴勒斯坦民族解放运动（法塔赫）中央委员会), stays in the title; returns the position of "（" (the title goes on before it), else None."""
    if text[j - 1] not in "）)":
        return None
    k = j - 2
    while k > max(limit, j - 2 - _MAX_ALIAS) and _han(text[k]):
        k -= 1
    if k < 1 or text[k] not in "（(" or k == j - 2 or not _han(text[k - 1]):
        return None
    if text.startswith(_AFTER_ALIAS, j) and j - 2 - k >= 2:
        return k                                     # …运动（法塔赫）中央委员会: a short name before the central organ
    return k if text[j - 2] in _ORGAN_CHARS | _REGION_ONE and text[k - 1] in _ORGAN_CHARS else None


_MAX_FIELD = 4     # characters of one field listed in a ministry's name (贸易、合作社和中小企业部)
_MAX_FIELDS = 4    # fields listed before the last two (农业、土地、林业和渔业部)
_FIELD_BEFORE = "兼，,。；;：:（(\n 　"   # what may stand before the first field (not a name's dot: …·门萨、贸易和工业部长)


def _listed_field(text: str, j: int, p: int, limit: int) -> int | None:
    """斐济副总理兼贸易、合作社和中小企业部长维利亚梅·纳伊卢卡: a ministry named by its fields, listed with
    "、" and closed by 和 (与), is one organ: the title goes on left of the "、" (returns where the
    field before it starts), else None. Limit: the name after the "、" holds 和/与 and ends in 部 (部长)
    or 大臣; the field is at most _MAX_FIELD characters with no post or organ, and 兼, punctuation or
    a country stands before it (县委书记、县长 are two posts, 卫生和计划生育委员会主任、 stays a chain)."""
    if text[j - 1] not in "、" or not (text.startswith("部长", p) or text.startswith("大臣", p)
                                      or text[p - 1:p] == "部"):
        return None
    if "和" not in text[j:p] and "与" not in text[j:p]:
        return None
    lex = lexicon()
    sep = j - 1
    for _ in range(_MAX_FIELDS):                     # 农业、土地、林业和渔业部长: field by field to the left
        k = sep
        while k > limit and sep - k < _MAX_FIELD and _han(text[k - 1]) and text[k - 1] != "兼" \
                and not _country_set().ending_at(text, k):
            k -= 1
        if k == sep or lex.post_re.search(text, k, sep) is not None or lex.organ_set.ending_at(text, sep) \
                or text[k:sep] in _rules().countries:
            return None
        if k == 0 or text[k - 1] in _FIELD_BEFORE or _country_set().ending_at(text, k):
            return k
        if text[k - 1] != "、":
            return None
        sep = k - 1
    return None


_HELD_BEFORE = ("时任", "前任", "原任")


def _held_before(text: str, j: int) -> int:
    """时任浙江省委书记习近平: a post held before keeps its 时任 in the title (guidelines); so does the
    place or organ written before 时任 ("梧桐镇时任镇长房某": the title is 梧桐镇时任镇长)."""
    if text[max(0, j - 2):j] in _HELD_BEFORE:
        h = j - 2
        if h > 0 and (text[h - 1] in _REGION_ONE or text[h - 1] in _ORGAN_CHARS
                      or lexicon().organ_set.ending_at(text, h)):
            return _title_start(text, h)
        return h
    return j


# Organ words of two characters whose second is a one-character place suffix (区, 县…): the word is
# whole, no place cut in two (unlike 宁夏同|心县).
_ORGAN_REGION_WORDS = ("社区", "园区", "景区", "校区", "片区", "城区", "矿区", "辖区", "军区", "战区",
                       "东盟", "欧盟", "非盟", "联盟", "驻村", "包村")   # (贴着|驻村第一书记)


def _can_cut(text: str, j: int) -> bool:
    """A title may not start with a one-character place (宁夏同心县: 心县 is not a place), but it may
    start with a post (会议由|副县长吴波主持) or a two-character province or city written with 省/市
    (习近平在|贵州省委书记)."""
    lex = lexicon()
    if text.startswith(_ORGAN_REGION_WORDS, j + 1) and not lex.post_set.starting_at(text, j):
        return False                                 # 向|阳社区党委书记: no one-character place before 社区
    return not (j + 1 < len(text) and text[j + 1] in _REGION_ONE and text[j] not in _REGION_ONE
                and not lex.post_set.starting_at(text, j) and text[j] != "原"   # 看望了|原省政协副主席
                and not text.startswith(_ORGAN_REGION_WORDS, j)    # 服务站是|社区党委书记: 社区 is a word
                and not (j + 2 < len(text) and text[j + 2] in "省市"))   # 习近平在|贵州省委书记


def _organ_prefix(title: str) -> str:
    n = lexicon().post_set.ending_at(title, len(title))
    return title[:len(title) - n] if n else ""


# A short bracketed note after a post in a chain: "（兼）", "（挂职）", "（正县级）".
_CHAIN_NOTE = re.compile(r"[（(][\u4e00-\u9fff]{1,4}[）)]$")
_MAX_CHAIN_NOTE = 6


def _post_before(text: str, end: int) -> int | None:
    """Start of the longest post ending exactly at `end`, or None."""
    n = lexicon().post_set.ending_at(text, end) if end > 0 else 0
    return end - n if n else None


def _chain(text: str, post_start: int, post_end: int) -> tuple[int, list[str]]:
    """The chain of titles whose last post is text[post_start:post_end]: (start, titles)."""
    segments, joints = [], []                        # (joints: the separator after each segment but the last)
    s = _title_start(text, post_start)
    segments.append(text[s:post_end])
    if text[s - 2:s] == "现任" and s > 2 and text[s - 3] in _CHAIN_SEPARATORS:
        s -= 2                                       # 原地区交通局局长、现任沙湾县委书记: one chain, 现任 dropped
    while s > 1 and (text[s - 1] in _CHAIN_SEPARATORS or text[s - 1] == "兼"):
        ps = _post_before(text, s - 1)
        if ps is None:
            note = _CHAIN_NOTE.search(text, max(0, s - 1 - _MAX_CHAIN_NOTE), s - 1)
            ps = _post_before(text, note.start()) if note is not None else None
            if ps is None:
                break
            s = note.start() + 1                     # 县政协副主席（兼）、县工商联主席: the note is dropped
        s2 = _title_start(text, ps)
        segments.insert(0, text[s2:s - 1])
        joints.insert(0, text[s - 1])
        s = s2
    titles: list[str] = []
    lex = lexicon()
    former = segments[0].startswith(_FORMER) and "现任" not in text[s:post_end]
    for seg in segments:
        seg = _strip_title(seg)
        if titles and seg in lex.bare_posts:
            seg = _shared_prefix(titles[-1], seg) + seg
        elif titles:
            seg = _department_prefix(titles[-1], seg) + seg   # (a country is not carried across 兼: see below)
        if titles and former and not seg.startswith(_HELD):
            seg = "原" + seg                         # 原国务院副秘书长、国家计委副主任: both posts were held
        titles.append(seg)
    return s, titles                                 # (titles joined by "，" before it: _comma_chain)


_FORMER = ("原", "前")
_HELD = ("原", "前", "时任", "曾任")

# A foreign country is not carried across 兼 (泰国副总理兼外交部长X -> 泰国副总理, 外交部长), as a region is
# not carried across 、 (陕西省委副书记、省长 -> 省长): the guideline's chain example and most annotators keep
# the second post as written. Carrying it was measured in session 9: a wash on the read sets (15 chains
# carry, 16 do not) and 0.009 of titles lost on the never-read judges.


_PARTY_ORGANS = ("党委", "党组", "分党组", "党工委", "党总支", "党支部")
_PARTY_BARE = frozenset({"书记", "副书记", "委员", "常委"})


def _shared_prefix(previous: str, post: str) -> str:
    """The organ prefix a bare post takes from the title before it in a chain. A post that is no
    Party post leaves the Party committee out: "县应急管理局党委委员、副局长" -> 县应急管理局副局长
    (the deputy director is the bureau's, not its Party committee's); "县委常委、秘书长" keeps 县委.
    A prefix of one character stands for "this organ" and is not repeated: "局党组书记、局长" -> 局长."""
    prefix = _organ_prefix(previous)
    if post not in _PARTY_BARE:
        if prefix in _PARTY_ORGANS:
            return ""                                # 党委委员、副主任: the unnamed organ's, not its Party committee's
        prefix = _place_part(prefix) or prefix
    return "" if len(prefix) == 1 and prefix[0] == post[-2:-1] else prefix


def _one_char(prefix: str) -> str:
    """A prefix of one character stands for "this organ" ("村党支部书记、村委会主任" -> 村委会主任)."""
    return "" if len(prefix) == 1 else prefix


def _place_part(prefix: str) -> str:
    """"社区党委" -> 社区, "高新区党工委" -> 高新区: the place before a Party organ ("" when the prefix
    does not end with one, or nothing stands before it)."""
    for organ in _PARTY_ORGANS:
        if prefix.endswith(organ) and len(prefix) > len(organ):
            return prefix[:-len(organ)]
    return ""


# Departments of a Party committee, written without it after a title of that committee ("县委常委、
# 组织部部长" -> 县委组织部部长), and bodies of a place written without the place after a title of
# its Party organ ("街道党工委副书记、办事处主任" -> 街道办事处主任, "镇党委书记、人大主席" -> 镇人大主席).
_PARTY_DEPARTMENTS = ("组织部", "宣传部", "统战部", "政法委", "办公室", "办公厅", "编委办", "网信办", "政研室",
                      "巡察办", "党校", "社会工作部", "老干部局", "机关工委", "农办")
_MINISTRY_OFFICES = ("办公厅", "政治部")   # a ministry's general office or political department, written
                                               # without the ministry after its title (司法部党组成员、政治部主任)
_PLACE_BODIES = ("办事处", "管委会", "居委会", "村委会", "人大", "政府", "纪工委", "武装部", "人武部")
# The secretariat of a mass organisation, written without it after another of its titles ("全国妇联党组
# 书记、副主席、书记处第一书记" -> 全国妇联书记处第一书记).
_SECRETARIAT = "书记处"
_COMMITTEE_END = re.compile(r"(?:[省市县区州旗盟镇乡]委|党委|党工委)$")


# A committee of a people's congress or a CPPCC, written after a title of that body without its name.
_ASSEMBLY_END = re.compile(r"(?:政协|人大|议会|国会|大呼拉尔|众议院|参议院)(?:议员)?$")
_COMMITTEE_POST = re.compile(r"委员会(?:副?主任(?:委员)?|委员|副?主席)$")
# An organ and one of its bureaus (国务院新闻办公室 + 新闻局): a spokesperson speaks for the organ.
_UNIT_OF_ORGAN = re.compile(r"(.+?(?:办公室|办|部|委|院|署))[\u4e00-\u9fff]{1,6}(?:局|司|处)$")
_REGION_START = re.compile(r"全国|中国|中央|国家|[\u4e00-\u9fff]{1,6}[省市县区州旗盟]")
# A party's youth and women's wings, written without the party after a title of its central committee.
_PARTY_WINGS = ("青年联盟", "妇女联盟", "青年团", "青年阵线", "青年组织", "妇女组织", "青年委员会", "妇女委员会", "青年翼", "妇女翼")
_PARTY_CENTRE = re.compile(r"^(.{1,12}?党)中央(?:委员会)?$")


def _department_prefix(previous: str, title: str) -> str:
    """The prefix a title written without its organ's place takes from the title before it in a
    chain (see _PARTY_DEPARTMENTS); "" when it stands alone. Limit: the title starts with the
    department or body, and the previous title's prefix ends with the committee or Party organ."""
    prefix = _organ_prefix(previous)
    if title.startswith(_PARTY_DEPARTMENTS) and _COMMITTEE_END.search(prefix):
        return prefix
    if title.startswith(_SECRETARIAT) and prefix and not _place_part(prefix) and "政治局" not in prefix:
        return prefix                                # 中华全国总工会副主席、书记处第一书记
    if _is_group(title) and prefix and not _place_part(prefix):
        return prefix                                # 县委书记、理论学习中心组组长
    if title in _SPOKESPERSONS and prefix:
        return _ministry_of(prefix)                  # 国务院新闻办新闻局副局长、新闻发言人 (the bureau
                                                     # cut from the right: not 国务院|新闻办…)
    if title.startswith(_MINISTRY_OFFICES) and prefix[-1:] in _ORGAN_CHARS and not _place_part(prefix):
        return prefix                                # 农业农村部新闻发言人、办公厅主任: the ministry's office
                                                     # (市政府副秘书长、办公厅主任: the government's)
    if title.endswith("发言人") and (m := _UNIT_OF_ORGAN.match(prefix)) is not None:
        return m.group(1)                            # 国务院新闻办公室新闻局局长、新闻发言人: the office speaks
    if title.startswith(_PARTY_WINGS) and (m := _PARTY_CENTRE.search(prefix)) is not None:
        return m.group(1)                            # 人组党中央委员兼青年联盟书记 -> 人组党青年联盟书记
    if _ASSEMBLY_END.search(prefix) and _COMMITTEE_POST.search(title) and not _REGION_START.match(title):
        return prefix                                # 全国政协常委、社会和法制委员会主任: the committee is 全国政协's
    if title.startswith(_PLACE_BODIES):
        if previous[len(prefix):].startswith("党"):
            return _one_char(prefix)                 # 光明社区党委书记、居委会主任: the post holds 党委
        return _one_char(_place_part(prefix))
    return ""


# Working groups of an organ, written without it after another of its titles: 执法检查组, 中心组, 督导组,
# 视察团 (the organ's part ends with 组 or 团 and names no organ or place of its own).
_GROUP = re.compile(r"[\u4e00-\u9fff]{1,8}(?:组|团|专班)")
_MAX_GROUP = 10


_SPOKESPERSONS = frozenset({"发言人", "新闻发言人"})
_MINISTRY_ENDS = frozenset("办部委院府厅署")
_BUREAU_ENDS = ("局", "司", "处", "室")   # (室: 交通运输部政策研究室主任、新闻发言人 speaks for the ministry)
_MAX_BUREAU = 6


def _ministry_of(prefix: str) -> str:
    """国务院新闻办新闻局副局长、新闻发言人 -> 国务院新闻办新闻发言人: a spokesperson speaks for the
    ministry, not for the bureau inside it whose post is written first. Limit: the bureau is cut only
    when an organ character (办, 部, 委…) ends the name before it; else the prefix stays whole."""
    if not prefix.endswith(_BUREAU_ENDS):
        return prefix
    for k in range(len(prefix) - 2, 0, -1):
        end = k + 3 if prefix.startswith("办公室", k) else k + 1 if prefix[k] in _MINISTRY_ENDS else 0
        if end and end < len(prefix) and len(prefix) - end <= _MAX_BUREAU:
            return prefix[:end]
    return prefix


# Groups that are an organ of their own as written (annotators keep 全国人大常委会副委员长、执法检查组组长 ->
# 执法检查组组长, the lead's decision of session 10): no organ is carried to them.
_OWN_GROUPS = ("执法检查组", "分组")   # (…副委员长、第二分组召集人: a group of a congress's review, as written)


def _is_group(title: str) -> bool:
    """县委书记、理论学习中心组组长 -> 县委理论学习中心组组长. Limit: the group's name (the title before its
    post) is of at most _MAX_GROUP characters, starts with no place character and holds no organ word
    (县委巡察组组长 has its own organ; 中央第一巡视组 its own name); an inspection group of the law
    (_OWN_GROUPS: 全国人大常委会副委员长、执法检查组组长) stands as written."""
    lex = lexicon()
    n = lex.post_set.ending_at(title, len(title))
    body = title[:len(title) - n]
    if not n or not body or len(body) > _MAX_GROUP or _GROUP.fullmatch(body) is None \
            or body[0] in _REGION_ONE or body.startswith(("中央", "国家", "全国")) or body.endswith(_OWN_GROUPS):
        return False
    return not any(lex.organ_set.starting_at(body, k) for k in range(len(body) - 1))


def _strip_title(title: str) -> str:
    for prefix in ("现任", "曾任", "兼任", "担任", "兼"):
        if title.startswith(prefix):
            title = title[len(prefix):]
    return title


# ---------------------------------------------------------------------------------------------
# Finding officials
# ---------------------------------------------------------------------------------------------

@dataclass
class _Person:
    name: str
    titles: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)   # titled mentions in the body
    first: int = 10 ** 9
    rules: list[str] = field(default_factory=list)                # how the titled mentions were read


def _strong_left(text: str, s: int) -> bool:
    """Whether a name starting at s is preceded by the start, punctuation or a boundary word."""
    if s == 0 or not _han(text[s - 1]):
        return True
    lex = lexicon()
    return lex.boundary_set.ending_at(text, s) > 0 or text[s - 1] in lex.followers


def _strong_end(text: str, end: int) -> bool:
    """A name ending at `end` is followed by punctuation or a word of two or more characters
    ("出席", "指出"), not just by a character that may also begin an ordinary word."""
    if end >= len(text) or not _han(text[end]):
        return True
    if text[end] in _AND_POST and lexicon().post_re.match(text, end + 1) is not None:
        return True                                  # 副主任许丽萍、韩立本和委员共19人: 和 + a post
    return lexicon().follower_set.starting_at(text, end) >= 2


_AND_POST = frozenset("和与及")


@cache
def _country_pairs() -> frozenset[str]:
    """Every two characters that stand next to each other inside a country's name (阿拉伯联合酋长国: 酋长, 长国)."""
    return frozenset(c[k:k + 2] for c in _rules().countries for k in range(len(c) - 1))


def _inside_country(text: str, start: int, end: int) -> bool:
    """Whether a country's name (countries.txt) runs over text[start:end] and past its end."""
    if text[end - 1:end + 1] not in _country_pairs():
        return False                                 # (a name running past the end holds these two: cheap, first)
    countries = _country_set()
    return any(countries.ending_at(text, e) >= e - start for e in range(end + 1, min(len(text), end + 3) + 1))


# Legislatures written between a name and its post in the name-first form (洪森参议院主席)
_LEGISLATURES = frozenset({"参议院", "众议院", "国会", "议会", "国民议会", "上议院", "下议院"})
# Posts that follow a name only right before a verb of saying (posts.txt does not flag them N: 卫体委员)
_MEMBER_POSTS = frozenset({"委员"})
_MIN_MEMBER_RUN, _MAX_MEMBER_RUN = 4, 7


def _member_run_before(text: str, p: int, s: int | None) -> int | None:
    """。敖特根巴雅尔委员结合…说: the whole run of Chinese characters from punctuation to the member's post
    is one name when it is four to seven characters of Mongolian name syllables or transliteration
    (a Chinese name of two or three is read by _name_before). Else s, as it was."""
    k = p
    while k > 0 and p - k <= _MAX_MEMBER_RUN and _han(text[k - 1]):
        k -= 1
    chars, translit = _mongolian_chars(), _rules().translit
    if _MIN_MEMBER_RUN <= p - k <= _MAX_MEMBER_RUN and (k == 0 or not _han(text[k - 1])) \
            and _given_ok(text[k:p]) and all(c in chars or c in translit for c in text[k:p]):
        return k
    return s


# …敖某委员结合在内蒙古的调研说，: what the member speaks from, then the verb of saying, in the same clause
_MEMBER_SAYS_LATER = re.compile(r"(?:结合|围绕|针对|联系|就)[^，,。；;：:！？\n]{1,20}?(?:说|表示|认为|建议|指出)[，,：:]")


def _titled_mentions(text: str):
    """(name, name_start, name_end, span_start, span_end, titles, rules) of each titled mention: at each
    post the text holds (the lexicon's post_re), a member named first (丁志刚委员表示), a name written
    before the post (王建军书记), else a name after it (市委书记王晓); then the passes over the whole text."""
    lex = lexicon()
    out: list = []
    for m in lex.post_re.finditer(text):
        post_start, post_end = m.span()
        post = m.group()
        overlap = lex.post_set.starting_at(text, post_end - 1)
        if overlap > 1:                              # 泰国王储: 国王 runs into 王储, the post read here
            post_start, post_end = post_end - 1, post_end - 1 + overlap
            post = text[post_start:post_end]
        if _no_post_here(text, post_start, post_end, post):
            continue
        if post in _MEMBER_POSTS and _member_named_first(text, post_start, post_end, post, out):
            continue
        reading, looked_after = None, False
        if post in lex.name_first_posts and not (post_end < len(text) and text[post_end] in "处团台府"):
            done, reading = _name_first(text, post_start, post_end, post, out)
            if done:
                continue
            looked_after = True
        _title_first(text, post_start, post_end, post, reading, looked_after, out)
    for words_needed, whole_text_pass in _whole_text_passes():
        if any(w in text for w in words_needed):
            whole_text_pass(text, out)
    return out


def _no_post_here(text: str, post_start: int, post_end: int, post: str) -> bool:
    """The post word read at text[post_start:post_end] is part of an organ, a meeting, a country or a
    longer word here."""
    lex = lexicon()
    if post_end < len(text) and (text[post_end] == "馆" or text[post_end] == "司"
                                 and text[post_end:post_end + 2] not in lex.surnames2
                                 and not _word_surnames().starting_at(text, post_end)):
        return True                              # 大使馆, 领事司: an organ, not a post
    if _MEETING_AFTER_POST.match(text, post_end):
        return True                              # 欧佩克部长会议, 部长级会议: a meeting's name
    if post_end < len(text) and text[post_end] == "国" and post.endswith("主席"):
        return True                              # 轮值主席国马来西亚: the chairing country
    if _inside_country(text, post_start, post_end):
        return True                              # 阿拉伯联合酋长国: 酋长 inside a country's name
    if post[-1] == "相" and text[post_end - 1:post_end + 1] in _rules().frequent:
        return True                              # 海内外相关机构: 相 begins 相关, no 外相 here
    if text[post_end - 1] in lex.organ_set.firsts and lex.organ_set.starting_at(text, post_end - 1) > 1:
        return True                              # 廉政委员会: 政委 runs into 委员会
    return False


def _member_named_first(text: str, post_start: int, post_end: int, post: str, out: list) -> bool:
    """。丁志刚委员表示，/ 洛桑土登委员说，: a member (委员…) named first, then a verb of saying."""
    if not (_says_at(text, post_end) or _MEMBER_SAYS_LATER.match(text, post_end)):
        return False
    s = _name_before(text, post_start)       # 。丁志刚委员表示，/ 洛桑土登委员说，: a member named first,
    e = _ethnic_before(text, post_start) if text[post_start - 1:post_start] in _ethnic_last_chars() else None
    if e is not None and (s is None or e < s):   # then a verb of saying (卫体委员 is no name: no
        s = e                                    # punctuation or boundary before 卫体)
    if s is None or not _strong_left(text, s):
        s = _member_run_before(text, post_start, s)   # 。敖特根巴雅尔委员结合…说: a long name
    if s is not None and _strong_left(text, s):
        out.append((text[s:post_start], s, post_start, s, post_end, [post], ("name_first",)))
        return True
    return False


def _name_first(text: str, post_start: int, post_end: int, post: str, out: list):
    """A name written before the post (王建军书记, 习近平总书记, 宝音图门总统): (True, None) when a mention
    was added, else (False, the reading of a name after the post, for the title-first reading)."""
    # Name first: 王建军书记, 习近平总书记. It wins over a title-first reading when the name
    # stands after punctuation or a boundary word ("，栗战书委员长向大会…"), or when no name
    # follows the post ("贯彻习近平总书记关于…"); "马来西亚总理安瓦尔…" is title-first.
    lex = lexicon()
    s = _name_before(text, post_start)
    if s is None and (n := lex.organ_set.ending_at(text, post_start)) \
            and text[post_start - n:post_start] in _LEGISLATURES:
        s2 = _name_before(text, post_start - n)  # 。洪森参议院主席表示: a name, a legislature, its post
        if s2 is not None and _strong_left(text, s2):
            out.append((text[s2:post_start - n], s2, post_start - n, s2, post_end,
                        [text[post_start - n:post_end]], ("name_first",)))
            return True, None
    if s is None and post_start > 2 and text[post_start - 1] == "前" and post in lex.head_posts:
        former = _former_head_before(text, post_start - 1, post)
        if former is not None:                 # 中方赞赏恩科西前总统的观点: 前总统 is his title
            out.append((text[former:post_start - 1], former, post_start - 1, former, post_end,
                        [text[post_start - 1:post_end]], ("name_first_former",)))
            return True, None
    reading = name_reading(text, post_end)
    after = reading[0] if reading else None
    first_rule = "name_first"
    if after is None or s is not None and s > 0 and text[s - 1] in (
            _rules().foreign if post in lex.head_posts else _rules().translit):   # 占|索帕首相
        t = _translit_before(text, post_start, post)   # 克林顿总统对…, 奥巴马总统要求…
        if t is not None and (s is None or t < s):     # 克林顿总统此次…: not 林顿
            s, first_rule = t, "name_first_translit"
    e = _ethnic_before(text, post_start) if text[post_start - 1:post_start] in _ethnic_last_chars() else None
    if e is not None and (s is None or e < s):
        s, first_rule = e, "name_first_ethnic"         # 。宝音图门总统表示, 次仁多吉书记: name parts
    d = _dotted_start(text, post_start if s is None else s)
    if d < (post_start if s is None else s) and not _ends_with_country(text, d, post_start) \
            and (_rule_dotted(text, d, 0) or -1) >= (post_start if s is None else s):
        s = d                                # 班禅额尔德尼·确吉坚赞副委员长, 阿布都拉·吐尔逊副主任
                                             # (not …·科瓦廖夫和哈萨克斯坦副总理: a country's post;
                                             # not …·卡里莫夫对习近平主席: the dotted name ends at 对)
    if s is not None and text[s] in "原前" and after is not None:
        s = None                             # 原沭阳副县长陈震: "former", the name follows
    if s is not None and post[0] in _REGION_ONE and not _ends_name(text, post_end):
        s = None                             # 房山区长阳镇, 沙河口区长兴: a place, not 区长
    if s is not None and (_strong_left(text, s) or after is None or not _strong_end(text, after)):
        out.append((text[s:post_start], s, post_start, s, post_end, [post], (first_rule,)))
        if s > 1 and (text[s - 1] == "、" or text[s - 1] in _JOINERS):
            _names_listed_before(text, s, [post], out)
        return True, None
    return False, reading


def _title_first(text: str, post_start: int, post_end: int, post: str, reading, looked_after: bool,
                 out: list) -> None:
    """A name written after the post and its title before it: 市委书记王晓, 市委常委宋晨曦、周戈…"""
    lex = lexicon()
    if text.startswith(_KIN, post_end):
        return                                   # 总统夫人玛丽亚·洛佩斯: the spouse holds no post
    if not looked_after:
        reading = name_reading(text, post_end)
    if reading is None:
        reading = _repeated_name(text, post_end)
        if reading is None:
            return
    end, name_rule = reading
    pm = lex.post_re.match(text, post_end, end)
    if pm is not None and not (name_rule == "dotted" and text[pm.end():pm.end() + 1] in _DOTS):
        return                                   # 副部长帮办詹姆斯·米勒: the name is after the next post
                                                 # (not 国务部长苏丹·本·赛义夫: 苏丹 is a name part)
    if post in _REGION_POSTS and text[end - 1] in _REGION_ONE | _STREETS and end - post_end == 2:
        return                                   # 区长丰村1号: 长丰村 is a village, begun in the post
                                                 # (上海市长寿路1118号: a street)
    if not ((_ends_name(text, end) or _ends_weak(text, end)) and text[end - 1] not in _REGION_ONE
            and (text[end - 1] not in _ORGAN_CHARS or name_rule == "japanese")) and (_inside_word(text, post_end)
                                                        or _after_lead(text, post_end)):
        return                                   # 社科院长江经济所, 科长阳半岛: a place begun in the post
    if text[post_end + _surname_len(text, post_end):end] in _rules().frequent and _inside_word(text, post_end):
        return                                   # 宜昌市长江沿线1公里: 长江 begun in the post, 沿线 a word
    style = _style_after_post(text, post_start, post)
    if style:                                    # 马来西亚最高元首苏丹依布拉欣: 苏丹 is his style
        start, titles = _chain(text, post_start - style, post_start)
    else:
        start, titles = _chain(text, post_start, post_end)
    comma = ()
    if start > 1 and text[start - 1] == "，":
        start, chained = _comma_chain(text, start, titles)
        comma = ("comma_chain",) if len(chained) > len(titles) else ()
        titles = chained
    if len(titles) > 1:
        titles = [t for t in titles if not is_non_official(t)] or titles   # 村支书、…合作社社长
        # a chain's member whose organ we cannot read (防总副总指挥、应急管理部部长X) does not
        # take away the public posts beside it
        titles = [t for t in titles if not _unqualified(t)] or titles
    listed = ()
    if len(titles) == 1 and post in _STAFF_POSTS and _unqualified(titles[0]) and _colleague_before(text, start, out):
        listed = ("listed_colleague",)           # …原副部长麦某、原总工程师桑某: the organ is the colleague's
    elif len(titles) == 1 and titles[0].startswith(_PARTY_ORGANS) and _colleague_before(text, start, out) \
            and not _COMMITTEE_END.search(organ := _colleague_organ(text, start, out)):
        titles = [organ + titles[0]]
        listed = ("listed_colleague",)           # 中国科协原副主席韩某、党组原副书记汤某: the colleague's
                                                 # organ (not a Party committee's: 县委书记王某、党组书记李某)
    if not titles or not listed and any(is_non_official(t) or _needs_organ(t) or _unqualified(t) for t in titles) \
            or all(is_academic(t) for t in titles):
        return
    if _stands_for_many(text, start, post_start):
        return                                   # 各级政协委员全覆盖, 中外部长高峰论坛
    if titles == [post] and post in _BARE_ACADEMIC_POSTS and _academic_nearby(text, post_start):
        return                                   # …产业技术研究院…。副院长胡某告诉记者: the institute's
    lead = "leader_list" if post.endswith("领导") else "title_first"
    why = (lead, "name:" + name_rule) + (("chain",) if len(titles) > 1 else ()) + comma + listed
    out.append((text[post_end:end], post_end, end, start, end, titles, why))
    _list_goes_on(text, end, titles, "leader_list" if post.endswith("领导") else "title_list", out)


@cache
def _whole_text_passes():
    """Passes over the whole text after the post-by-post reading, each run only when a word it needs
    is in the text: (words, pass)."""
    return ((("、",), _organ_across_list), (("领导",), _leaders_after_link), (("）", ")"), _names_after_note),
            (("、", "兼"), _names_after_descriptor), (("的",), _names_after_de), (("作者为",), _author_notes),
            (("祝贺",), _congratulated), (("中共",), _name_then_party_title), (("等",), _counted_list),
            (_APPOINTED_WORDS, _appointments), (("作为",), _titled_as), (("担任", "出任"), _posts_taken_up))


_APPOINTED_WORDS = ("任命", "免去", "选举", "补选", "增补", "推选", "推举")   # (all but 免去: the post follows 为)
_APPOINTED = re.compile("|".join(_APPOINTED_WORDS))
_AS = "作为"


def _titled_as(text: str, out: list) -> None:
    """作为国务院副秘书长，李明表示，…: a chain of titles between 作为 and "，", then the name of the one who
    speaks: he holds them. Limit: nothing but titles between 作为 and the comma (作为一名党员，… is no title);
    the name is read as after a post and a verb of saying closed by punctuation follows it at once."""
    lex = lexicon()
    i = text.find(_AS)
    while i >= 0:
        begin = i + len(_AS)
        comma = text.find("，", begin, begin + _MAX_TITLE + 1)
        n = lex.post_set.ending_at(text, comma) if comma > begin else 0
        if n:
            start, titles = _chain(text, comma - n, comma)
            reading = name_reading(text, comma + 1) if start == begin and titles else None
            if reading is not None and _says_at(text, reading[0]) \
                    and lex.post_re.match(text, comma + 1, reading[0]) is None \
                    and not any(is_non_official(t) or _needs_organ(t) or _unqualified(t) or is_academic(t)
                                for t in titles) and not _stands_for_many(text, start, comma - n):
                out.append((text[comma + 1:reading[0]], comma + 1, reading[0], comma + 1, reading[0], titles,
                            ("title_as", "name:" + reading[1])))
        i = text.find(_AS, begin)
_DUTIES = "职务"


def _appointments(text: str, out: list) -> None:
    """国务院任免国家工作人员：任命李明为教育部副部长；免去张强的国家统计局局长职务: the person named after
    任命 holds the post written after 为; the one after 免去 the post written between 的 and 职务; an
    election reads as an appointment (会议选举米晓峰为全国总工会副主席; 补选, 增补, 推选, 推举). Limit:
    the name is read whole right after the verb and 为/的 follows it at once; the title is a chain of
    posts closed by punctuation (任命) or by 职务 (免去), with no company or academic post."""
    lex = lexicon()
    for m in _APPOINTED.finditer(text):
        reading = name_reading(text, m.end())
        if reading is None:
            continue
        e = reading[0]
        if text[e:e + 1] != ("的" if m.group() == "免去" else "为"):
            continue
        stop = e + 1
        while stop < len(text) and _han(text[stop]) and stop - e <= _MAX_TITLE:
            stop += 1
        if m.group() == "免去":
            if text[stop - len(_DUTIES):stop] != _DUTIES:
                continue
            stop -= len(_DUTIES)
        elif stop < len(text) and text[stop] not in _CLOSE:
            continue
        n = lex.post_set.ending_at(text, stop)
        if not n:
            continue
        start, titles = _chain(text, stop - n, stop)
        if start <= e or not titles or any(is_non_official(t) or _needs_organ(t) or _unqualified(t) or is_academic(t)
                                           for t in titles):
            continue
        out.append((text[m.end():e], m.end(), e, m.end(), e, titles, ("appointed",)))


_TAKES_UP = re.compile("担任|出任")
# a clause of time that opens the sentence before its subject ("2024年春天，", "去年3月，")
_TIME_LEAD = re.compile(r"[^，,。；;！？\n]{0,12}?(?:年|月|日|春天|夏天|秋天|冬天|年初|年底|那年|以来)[，,]")
# 曾担任, 先后担任: a career told; 在担任…期间: the time of a deed; not a post taken up
_CAREER_BEFORE = "曾历后先在"


def _posts_taken_up(text: str, out: list) -> None:
    """"2024年春天，慕容晓辉从市数据局来到云台乡岩口村，担任驻村第一书记。": the person who opens the
    sentence (after at most one clause of time) takes up the post written after 担任/出任. Limit: the
    post chain is closed by punctuation; nothing but that person's own words lies between (no 他/她,
    no second name read at a clause start); not 曾担任/先后担任 (a career); no company or academic post."""
    lex = lexicon()
    for m in _TAKES_UP.finditer(text):
        if m.start() > 0 and text[m.start() - 1] in _CAREER_BEFORE:
            continue
        stop = m.end()
        while stop < len(text) and _han(text[stop]) and stop - m.end() <= _MAX_TITLE:
            stop += 1
        if stop >= len(text) or text[stop] not in _CLOSE:
            continue
        n = lex.post_set.ending_at(text, stop)
        if not n:
            continue
        start, titles = _chain(text, stop - n, stop)
        if start < m.end() or not titles or any(is_non_official(t) or _needs_organ(t) or _unqualified(t)
                                                 or is_academic(t) for t in titles):
            continue
        s0 = max(text.rfind(c, 0, m.start()) for c in "。！？\n") + 1
        while s0 < m.start() and text[s0] in " \u3000":
            s0 += 1
        lead = _TIME_LEAD.match(text, s0, m.start())
        if lead is not None:
            s0 = lead.end()
        reading = name_reading(text, s0)
        if reading is None or reading[0] >= m.start() or any(c in text[reading[0]:m.start()] for c in "他她"):
            continue
        e = reading[0]
        out.append((text[s0:e], s0, e, s0, e, titles, ("post_taken_up",)))


# Posts that are also a ruler's style written before his name, after the post he holds (苏丹 Sultan).
_ROYAL_STYLES = frozenset({"苏丹"})


def _style_after_post(text: str, post_start: int, post: str) -> int:
    """"马来西亚最高元首苏丹依布拉欣会见…": a royal style (_ROYAL_STYLES) written right after another post
    is part of the name's style, not of the title: returns the length of the post before it (the
    title ends there), else 0. Limit: the post before it ends right at the style (文莱苏丹哈桑纳尔:
    文莱 is a country, 苏丹 the post)."""
    if post not in _ROYAL_STYLES:
        return 0
    return lexicon().post_set.ending_at(text, post_start)


_SEGMENT_STARTS = "，。；：！？\n"




def _colleague_before(text: str, start: int, out: list) -> bool:
    """前往送别的有交通运输部原副部长麦国梁、原总工程师桑晓彤等: a post that is public only with its organ
    written (_STAFF_POSTS: 总工程师, 总经济师…) stands right after "、" and the name of a person whose title writes a
    public organ: the two are colleagues of that organ, the post is public as written. Limit: not
    other flag-Q posts (县委书记张伟、队长李明: a captain stays no one); the colleague's name ends right at the "、"; his title holds an organ (部, 委, 局…) and is public."""
    if start < 2 or text[start - 1] != "、":
        return False
    for item in reversed(out):                       # (the main loop adds them left to right: stop once before)
        if item[2] < start - 1:
            break
        if item[2] == start - 1:
            title = item[5][-1]
            prefix = _organ_prefix(title)
            return any(c in _ORGAN_CHARS for c in prefix) and not is_non_official(title) \
                and not _needs_organ(title) and not _unqualified(title) and not is_academic(title)
    return False


def _colleague_organ(text: str, start: int, out: list) -> str:
    """The organ written in the title of the colleague named right before the "、" at start - 1
    (中国科协原副主席韩某、… -> 中国科协), without a 原/前 between the organ and the post."""
    for item in reversed(out):
        if item[2] == start - 1:
            return _organ_prefix(item[5][-1]).rstrip("原前")
    return ""


def _comma_chain(text: str, start: int, titles: list[str]) -> tuple[int, list[str]]:
    """第九届全国政协常委，原国家民委副主任曲比拉铁同志，因病…: titles of one person joined by "，" (an
    obituary's or a career's chain). The segment before the comma is taken into the chain when it is
    nothing but titles, from punctuation or the start of the text up to a post right before the
    comma. Limit: a segment that holds anything else (出席会议的有省委书记，…; 县长王某，…: a name)
    stays out."""
    while start > 1 and text[start - 1] == "，":
        ps = _post_before(text, start - 1)
        if ps is None:
            break
        s2, more = _chain(text, ps, start - 1)
        if s2 > 0 and text[s2 - 1] not in _SEGMENT_STARTS or not more \
                or any(is_non_official(t) or _needs_organ(t) or _unqualified(t) for t in more):
            break
        start, titles = s2, more + titles
    return start, titles


# The organ a bare post after "、" shares with the title of the person before it (全国人大常委会副委员长
# 索南平措、秘书长公冶明): a legislature's or a political consultative conference's.
_SHARED_ORGAN = re.compile(r"(?:人大常委会|人大|政协)$")


def _organ_across_list(text: str, out: list) -> None:
    """全国人大常委会副委员长索南平措、秘书长公冶明参加会见 -> 公冶明 is 全国人大常委会秘书长: a bare post
    (flag B) right after "、" and the name of a person whose title is of a people's congress or a
    CPPCC takes that organ. Limit: only those organs (县委书记张伟、县长李明: 县长 stays), only a
    post standing alone (its own organ written: kept)."""
    lex = lexicon()
    by_end = {item[2]: item for item in out}
    for k, item in enumerate(out):
        name, ns, ne, ss, se, titles, why = item
        if len(titles) != 1 or titles[0] not in lex.bare_posts or ss < 2 or text[ss - 1] != "、" or ss != ns - len(titles[0]):
            continue
        before = by_end.get(ss - 1)
        if before is None:
            continue
        prefix = _organ_prefix(before[5][-1])
        if _SHARED_ORGAN.search(prefix) and not prefix.startswith(("原", "前")):
            out[k] = (name, ns, ne, ss, se, [prefix + titles[0]], why + ("shared_organ",))


# Posts of a court or procuratorate as well as of a school, institute or hospital: written bare, the
# organ is the one named nearby.
_BARE_ACADEMIC_POSTS = frozenset({"院长", "副院长", "常务副院长", "所长", "副所长"})
_PUBLIC_INSTITUTES = re.compile(r"法院|检察院|国务院|中国科学院|中国工程院|中国社会科学院|社科院|党校|行政学院")
_MAX_ORGAN_NEARBY = 300    # characters before a bare post looked at for the organ it belongs to
_MAX_ORGAN_AFTER = 60      # and after it ("副院长胡某告诉记者，某某研究院至今…")


def _academic_nearby(text: str, p: int) -> bool:
    """Whether a bare 院长/所长 at p belongs to a school, institute or hospital named nearby
    (academic_organs.txt) and no court, procuratorate or state academy is named there."""
    lo, hi = max(0, p - _MAX_ORGAN_NEARBY), min(len(text), p + _MAX_ORGAN_AFTER)
    return _rules().academic_re.search(text, lo, hi) is not None and _PUBLIC_INSTITUTES.search(text, lo, hi) is None


# "致电X，祝贺他就任Y" / "致电祝贺X就任Y": a message of congratulation names the post taken up.
_CONGRATULATED = (re.compile(r"致(?:电|函|信|贺电)([^，。、；：！？\s]{2,24})，祝贺(?:他|她|其)"
                             r"(?:就任|当选|再次当选|连任|再度当选|荣任)([^，。、；：！？\s]{2,24}?)(?=[。，；]|$)"),
                  re.compile(r"致(?:电|函|信)祝贺([^，。、；：！？\s]{2,24}?)"
                             r"(?:就任|当选|再次当选|连任|再度当选|荣任)([^，。、；：！？\s]{2,24}?)(?=[。，；\s]|$)"))


def _congratulated(text: str, out: list) -> None:
    """国家主席习近平致电胡安·帕布洛·塞佩达，祝贺他就任哥伦比亚总统; 习近平致电祝贺塞佩达就任哥伦比亚总统:
    the person congratulated holds the post named after 就任/当选. Limit: the name is read whole by
    the name rules (a dotted or transliterated name, or a surname and a given name); the post ends
    the clause and begins with a country or an organ (就任以来…, 当选为代表 are no posts)."""
    lex = lexicon()
    for pattern in _CONGRATULATED:
        for m in pattern.finditer(text):
            ns, ne = m.span(1)
            reading = name_reading(text, ns)
            if reading is None or reading[0] != ne:
                continue
            title = m.group(2)
            n = lex.post_set.ending_at(title, len(title))
            if not n or n == len(title) or not (_country_re().match(title) or lex.organ_set.starting_at(title, 0)):
                continue
            out.append((text[ns:ne], ns, ne, ns, ne, [title], ("congratulated", "name:" + reading[1])))


_AUTHOR_NOTE = re.compile(r"[（(]作者为([^（()）\n]{2,60})[）)]")
_NOTE_PARTS = re.compile(r"[，,、；;]")
_MAX_BYLINE = 8            # characters of a byline that holds only the author's name


def _author_notes(text: str, out: list) -> None:
    """A column of signed essays: the author's name alone on a line under the essay's title, and at
    the essay's end "（作者为京剧演员，中国戏剧家协会名誉主席）": the public posts of the note go to that
    name. Limit: the byline is the last line before the note (after the previous note) that is a
    whole name of at most _MAX_BYLINE characters; a note with no public post names no official."""
    lex = lexicon()
    prev_end = 0
    for m in _AUTHOR_NOTE.finditer(text):
        titles = []
        for part in _NOTE_PARTS.split(m.group(1)):
            part = part.strip()
            if part and lex.post_set.ending_at(part, len(part)) and not is_non_official(part) \
                    and not _needs_organ(part) and not _unqualified(part) and not is_academic(part):
                titles.append(part)
        byline = _byline_before(text, prev_end, m.start()) if titles else None
        prev_end = m.end()
        if byline is not None:
            s, e = byline
            out.append((text[s:e], s, e, s, e, titles, ("author_note",)))


def _byline_before(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """(start, end) of the last line between lo and hi that is one whole name, or None."""
    end = text.rfind("\n", lo, hi)
    while end > lo:
        start = text.rfind("\n", lo, end) + 1
        line = text[start:end]
        core = line.strip(_SPACES)
        if 2 <= len(clean_name(core)) <= _MAX_BYLINE and all(_han(c) or c in _SPACES or c in _DOTS for c in core):
            s = start + line.index(core[0])
            reading = name_reading(text, s)
            if reading is not None and reading[0] == s + len(core):
                return s, reading[0]
        end = start - 1
    return None


def _list_goes_on(text: str, end: int, titles: list[str], rule: str, out: list) -> None:
    """市委常委宋晨曦、周戈、王霞: the names after "、" that follow a titled name hold its titles,
    up to a name that has a post of its own."""
    lex = lexicon()
    while end < len(text) and text[end] == "、":
        nxt = name_at(text, end + 1)
        if (nxt is None or not (_ends_name(text, nxt) or _ends_weak(text, nxt))) and _unread_member(text, end + 1):
            k = text.index("、", end + 1)            # 副委员长王某、额尔敦巴根图、李某: a member between two
            out.append((text[end + 1:k], end + 1, k, end + 1, k, titles, (rule, "list_member")))
            end = k                                  # names that no rule reads whole is a name too
            continue
        if nxt is None or _post_before(text, nxt) is not None or lex.post_re.match(text, nxt) \
                or _starts_title(text, end + 1) or _place_goes_on(text, nxt) \
                or not (_ends_name(text, nxt) or _ends_weak(text, nxt)):
            break                                    # 、科利华集团总裁…: an organ's name goes on
        out.append((text[end + 1:nxt], end + 1, nxt, end + 1, nxt, titles, (rule,)))
        end = nxt


_MAX_LISTED = 16           # characters of one member of a list before a name-first post (雪克来提·扎克尔)


def _names_listed_before(text: str, s: int, titles: list[str], out: list) -> None:
    """"李鸿忠、王东明、…、雪克来提·扎克尔副委员长出席会议": the names listed with "、" (和 before the last) right
    before a name-first post that the last of them holds hold it too. Limit: every member is read
    whole as a name (a dotted one too), none is a place or a country (北京、天津…); the first member
    stands after punctuation, the start or a boundary word (会议由…, 出席的有…); the list stops at the
    first member that is no name, and nothing is given when a member in the middle is none."""
    lex, rules = lexicon(), _rules()
    found: list[tuple[int, int]] = []
    end = s - 1                                      # the separator before the name read name-first
    while end > 0 and (text[end] == "、" or text[end] in _JOINERS and not found):
        start, rule = None, ""
        for a in range(end - 2, max(-1, end - _MAX_LISTED - 1), -1):
            if not (_han(text[a]) or text[a] in _DOTS):
                break
            if not (a == 0 or text[a - 1] in "、，。；：\n" or lex.boundary_set.ending_at(text, a)):
                continue                             # (no member starts here: no name is read)
            reading = name_reading(text, a)
            if reading is not None and reading[0] == end:
                start, rule = a, reading[1]
        if start is None:
            break
        member = text[start:end]
        if member in rules.countries or (member[-1] in _REGION_ONE or member[-1] == "庄") \
                and rule not in ("ethnic_parts", "dotted"):
            return                                   # 石家庄、王家村…: places, no names (洛桑江村 is one)
        found.append((start, end))
        if start == 0 or text[start - 1] != "、":
            break
        end = start - 1
    for a, b in found:
        out.append((text[a:b], a, b, a, b, titles, ("name_list_first",)))


_MAX_UNREAD = 6            # characters of a list member no name rule reads, skipped to go on (额尔敦巴根图)


def _unread_member(text: str, i: int) -> bool:
    """Whether text[i:] is a list member of two to _MAX_UNREAD Chinese characters that no rule reads
    whole, closed by "、" and followed by a name that is read: it is a name, and the list goes on.
    Limit: the member holds no post, organ, place or frequent word (、科利华集团…, 、各乡镇… end the
    list) and no stop character after its first."""
    k = i
    while k < len(text) and _han(text[k]) and k - i <= _MAX_UNREAD:
        k += 1
    if not (2 <= k - i <= _MAX_UNREAD) or k >= len(text) or text[k] != "、":
        return False
    seg, lex, rules = text[i:k], lexicon(), _rules()
    if lex.post_re.search(seg) or any(lex.organ_set.starting_at(seg, j) for j in range(len(seg))) \
            or any(c in _REGION_ONE or c in _ORGAN_CHARS for c in seg) \
            or any(seg[j:j + 2] in rules.frequent for j in range(len(seg) - 1)) or not _given_ok(seg[1:]):
        return False
    nxt = name_at(text, k + 1)
    return nxt is not None and (_ends_name(text, nxt) or _ends_weak(text, nxt))


def _place_goes_on(text: str, i: int) -> bool:
    """Whether a place's organ goes on at i ("、凤城|市委原书记": 凤城 is a city, not a name)."""
    return i + 1 < len(text) and text[i] in _REGION_ONE and text[i + 1] in _ORGAN_CHARS


# What may stand between a leadership designation and its list of names: "出席会议的县领导还有
# 田野、石磊", "参加会议的市领导有：林立、郭勇".
_LEADER_LINK = re.compile(r"(?:还有|有|分别是|分别为|包括)[：:]?|[：:]")
_LEADER_POST = re.compile(r"领导(?=还有|有|分别|包括|[：:])")


_POST_NOTE = re.compile(r"[（(][\u4e00-\u9fff]{1,6}[）)]")


def _names_after_note(text: str, out: list) -> None:
    """县委常委、副县长（挂职）陈思远: a short note in brackets between a post and the name (挂职, 兼,
    正处级) leaves the name holding the titles before it. Limit: the name reads as any name after
    a post does and ends before punctuation or a follower."""
    lex = lexicon()
    for m in _POST_NOTE.finditer(text):
        ps = _post_before(text, m.start())
        if ps is None:
            continue
        reading = name_reading(text, m.end())
        if reading is None or lex.post_re.match(text, m.end(), reading[0]) is not None:
            continue
        end = reading[0]
        if not (_strong_end(text, end) or _ends_weak(text, end)):
            continue
        start, titles = _chain(text, ps, m.start())
        if not titles or any(is_non_official(t) or _needs_organ(t) or _unqualified(t) for t in titles) \
                or _stands_for_many(text, start, ps):
            continue
        out.append((text[m.end():end], m.end(), end, m.end(), end, titles, ("title_note", "name:" + reading[1])))
        _list_goes_on(text, end, titles, "title_list", out)


# What a person is besides a public post, written last in a chain: "全国工商联副主席、华岳集团董事长
# 戚耀华", "驻村第一书记、市水利局干部陈珂", "市政协委员、某律师事务所律师杨某". None is a public post.
_DESCRIPTOR_WORDS = ("董事长 总经理 经理 干部 负责人 工作人员 律师 校长 副校长 教授 专家 收藏家 总工程师 设计师 党员 老同志 "
                     "劳动模范 劳模 全国先进工作者 "
                     "上将 中将 少将 上校 中校 少校 上尉 中尉 少尉 大校").split()   # military ranks (海军发言人、海军上尉…)
# one prefix tree: it is searched after every "、" of an article (half the time of a plain alternation)
_DESCRIPTORS = re.compile(trie_pattern(_DESCRIPTOR_WORDS))
_MAX_DESCRIBED = 14    # characters from the "、" to the end of the descriptor
_DESCRIPTOR_END = re.compile(f"(?:{_DESCRIPTORS.pattern})$")
_MAX_DESCRIPTOR = 7    # characters of the longest descriptor (全国先进工作者)
_COUNT_OR_DENG = re.compile("等")   # 等 closes the last name of a list (…教授巫马林等参加)
_ENUM_COMMA = re.compile("[、兼]")   # (全国工商联副主席兼某农牧集团董事长X: 兼 joins the descriptor too)


def _commas_before_descriptors(text: str) -> list[int]:
    """The positions of the "、" (or 兼) that have a descriptor word starting within _MAX_DESCRIBED
    characters after them, in order: the only ones after which _names_after_descriptor's search can
    find one. One pass for the descriptor words (and the words inside a found one: 副校长, 校长)
    instead of a search after each of an article's ≈ 50 "、" (10 -> 4 ms a corpus pass)."""
    starts = []
    for d in _DESCRIPTORS.finditer(text):
        starts.append(d.start())
        starts.extend(p for p in range(d.start() + 1, d.end()) if _DESCRIPTORS.match(text, p))
    commas: set[int] = set()
    for p in starts:
        commas.update(k.start() for k in _ENUM_COMMA.finditer(text, max(0, p - _MAX_DESCRIBED), p))
    return sorted(commas)


def _names_after_descriptor(text: str, out: list) -> None:
    """全国工商联副主席、华岳集团董事长戚耀华说: a chain of public posts, then "、" and a descriptor
    that is no public post (_DESCRIPTORS: a company's chairman, a bureau's cadre), then the name:
    the name holds the public titles. Limit: the descriptor ends within _MAX_DESCRIBED characters of
    the "、", with nothing but Chinese characters between; the name is closed as after a post."""
    lex = lexicon()
    seen: set[int] = set()
    found = (d for k in _commas_before_descriptors(text)
             for d in _DESCRIPTORS.finditer(text, k + 1, k + 1 + _MAX_DESCRIBED))
    for d in found:
        if d.start() in seen:
            continue
        seen.add(d.start())
        reading = name_reading(text, d.end())
        if reading is None or not (_strong_end(text, reading[0]) or _ends_weak(text, reading[0])
                                   or _says_at(text, reading[0]) or _COUNT_OR_DENG.match(text, reading[0])
                                   or reading[0] - d.end() == 3 and _ends_name(text, reading[0])
                                   or reading[1] == "dotted" and _ends_name(text, reading[0])):
            continue                                 # (…教授呼延卓说，; a dotted name is whole before 说;
                                                     # …教授巫马林等参加: 等 closes a list's last name;
                                                     # …厅干部闫晓东向总书记汇报: three characters, a follower)
        sep = d.start()
        while sep > 0 and _han(text[sep - 1]) and text[sep - 1] != "兼" and d.end() - sep < _MAX_DESCRIBED:
            sep -= 1
        if sep == 0 or text[sep - 1] not in "、兼" or lex.post_re.search(text, sep, d.start()) is not None:
            continue
        ps = _post_before(text, sep - 1)
        if ps is None:
            continue
        start, titles = _chain(text, ps, sep - 1)
        if start > 1 and text[start - 1] == "，":
            start, titles = _comma_chain(text, start, titles)   # 全国政协委员，原…委员、一级教授X
        titles = [t for t in titles if not is_non_official(t) and not _needs_organ(t) and not _unqualified(t)]
        if not titles or all(is_academic(t) for t in titles) or _stands_for_many(text, start, ps):
            continue
        end = reading[0]
        if d.group().endswith("校长") and titles[-1].startswith("党委") and len(titles[-1]) <= 5:
            titles = titles + [d.group()]            # 党委副书记、校长: the school's own Party committee and head
        out.append((text[d.end():end], d.end(), end, d.end(), end, titles, ("title_descriptor", "name:" + reading[1])))


# "他看望了时任乡党委书记的老党员钟发祥": a post, 的, then what the person is now, then the name.
_DE_PERSON = re.compile(r"的(?:老|退休|离休)?(?:党员|模范|同志|干部|战士|英雄|功臣)")


# "时任省委书记的俞振华同志": a post held before, 的, then the name closed by 同志.
_DE_COMRADE = re.compile(r"的(?:(?=[^，。、；：！？\s]{2,8}同志)|(?<=[长记任员席理官使]的)(?=[\u4e00-\u9fff]))")
# (written to begin with 的 itself: the search then skips to each 的 at C speed)


def _joins_next_titled(text: str, end: int) -> bool:
    """"时任…州长的诸葛鸿钧与时任州委书记多杰才让一道": 和/与 after a name, then another titled name (or 时任/原
    + one): the name ends at the joiner."""
    return text[end:end + 1] in _JOINERS and (text.startswith(_HELD_BEFORE, end + 1) or _starts_title(text, end + 1))


def _names_after_de(text: str, out: list) -> None:
    """时任乡党委书记的老党员钟发祥: a title, 的, a word for a person (_DE_PERSON: 老党员, 老模范,
    老同志…), then the name: the name holds the title. Also 时任河西省委书记的俞振华同志: only after
    时任/前任/原任 (_held_before), a name that 同志 or a follower closes right away. Limit: the post ends right
    before 的; the name is closed as after a post."""
    lex = lexicon()
    found = list(_DE_PERSON.finditer(text)) + list(_DE_COMRADE.finditer(text))
    for m in found:
        ps = _post_before(text, m.start())
        if ps is None:
            continue
        reading = name_reading(text, m.end())
        if reading is None or not (_strong_end(text, reading[0]) or _ends_weak(text, reading[0])
                                   or _joins_next_titled(text, reading[0])) \
                or lex.post_re.match(text, m.end(), reading[0]) is not None:
            continue
        if m.re is _DE_COMRADE:
            first = _chain(text, ps, m.start())[0]
            if text[first:first + 2] not in _HELD_BEFORE or not (
                    text[reading[0]:reading[0] + 2] == "同志" or _strong_end(text, reading[0])
                    or _joins_next_titled(text, reading[0])):
                continue                             # (他同时任国家计委副主任的蔡永年一道…: held then,
                                                     # a name closed at once)
        start, titles = _chain(text, ps, m.start())
        if not titles or any(is_non_official(t) or _needs_organ(t) or _unqualified(t) for t in titles) \
                or all(is_academic(t) for t in titles) or _stands_for_many(text, start, ps):
            continue
        end = reading[0]
        out.append((text[m.end():end], m.end(), end, m.end(), end, titles, ("title_de", "name:" + reading[1])))


def _leaders_after_link(text: str, out: list) -> None:
    """出席会议的县领导还有田野、石磊: a leadership designation (posts.txt, …领导) followed by 还有,
    有, 分别是, 包括 or a colon, then a "、" list of names: each name holds the designation.
    Limit: the first name is read as any name after a post is (name_reading)."""
    lex = lexicon()
    for m in _LEADER_POST.finditer(text):
        post_end = m.end()
        ps = _post_before(text, post_end)
        if ps is None:
            continue
        link = _LEADER_LINK.match(text, post_end)
        if link is None:
            continue
        reading = name_reading(text, link.end())
        if reading is None or lex.post_re.match(text, link.end(), reading[0]) is not None:
            continue
        end = reading[0]
        if not (_strong_end(text, end) or _ends_weak(text, end)):
            continue
        start, titles = _chain(text, ps, post_end)
        if not titles or _stands_for_many(text, start, ps):
            continue
        out.append((text[link.end():end], link.end(), end, link.end(), end, titles,
                    ("leader_list", "name:" + reading[1])))
        _list_goes_on(text, end, titles, "leader_list", out)


_KIN = ("夫人", "丈夫", "妻子", "女儿", "儿子", "母亲", "父亲", "女士")
_MEETING_AFTER_POST = re.compile(r"(?:级|特别|非正式|扩大|联席)?(?:会议|会谈|会晤|论坛|理事会)")
_COUNT = re.compile(r"[0-9０-９一二三四五六七八九十两几数多百]+(?:位|名|个)")
_MAX_COUNTED_TITLE = 16     # characters between the count and the end of its post (驻村第一书记)
_MAX_LEADER_PREFIX = 4      # characters of place or organ before 领导 after 等 (等开发区领导)


def _repeated_name(text: str, i: int) -> tuple[int, str] | None:
    """县长郑九成主持会议……郑九成强调: a surname and one or two characters right after a post that no
    rule reads as a name (九 is a numeral) is one when the same characters stand elsewhere in the
    text as a name does: after punctuation or a boundary word and before punctuation or a
    two-character follower. Limit: no ordinary word (common_words.txt, frequent_words.txt), no
    organ character in the given part (宣讲团)."""
    s = _surname_len(text, i)
    if not s:
        return None
    rules = _rules()
    for glen in (2, 1):
        e = i + s + glen
        cand = text[i:e]
        if e > len(text) or not all(_han(c) for c in cand) or cand in rules.common \
                or cand[s:] in rules.frequent or lexicon().post_set.starting_at(text, i + s) \
                or any(c in _ORGAN_CHARS for c in cand[s:]):          # 委员|宣讲团: an organ
            continue
        k = text.find(cand, e)
        while k >= 0:
            if _strong_left(text, k) and _strong_end(text, k + len(cand)) \
                    and not lexicon().post_set.ending_at(text, k):
                return e, "repeated"
            k = text.find(cand, k + 1)
    return None


def _counted_before(text: str, j: int) -> bool:
    """Whether a count ("2名", "三位") ends at j."""
    m = _COUNT.search(text, max(0, j - 5), j)
    return m is not None and m.end() == j


def _stands_for_many(text: str, start: int, post_start: int) -> bool:
    """A title that stands for many people, not one: "各级政协委员", "中外部长", "全体村党支部书记"
    (plural_qualifiers.txt, written in the title). The words after it are no name. A counted title
    ("3名副县长吴波、郑敏") may still be followed by the names it counts."""
    plural = _rules().plural
    for k in range(start, post_start):
        if text[k] in plural.firsts and plural.starting_at(text, k):
            return True
    return False


# "卢某等8位委员和专家发言": the count covers officials and others, so it names no one's post.
_MIXED_COUNT = re.compile(r"[和及与、](?:专家|学者|代表|群众|企业家|教授|嘉宾|同志|工作人员|师生)")


def _counted_list(text: str, out: list) -> None:
    """"周平等4名第一书记代表", "A、B等3位驻村第一书记": the names before 等 and a count hold the post
    written after the count (guidelines: 张三 is a 第一书记); "张华、陈晓等县领导参加" without a count
    when the post is a leadership designation (…领导) written right after 等. Limit: the post ends within
    _MAX_COUNTED_TITLE characters of the count, with nothing but Chinese characters between."""
    lex = lexicon()
    i = text.find("等")
    while i > 0:
        m = _COUNT.match(text, i + 1)
        rule = "counted_list"
        pm = None
        if m is not None:
            pm = lex.post_re.search(text, m.end(), min(len(text), m.end() + _MAX_COUNTED_TITLE))
            after = m.end()
        else:                                        # 张华、陈晓等县领导: a designation, no count
            stop = min(len(text), i + 1 + _MAX_LEADER_PREFIX + 4)
            pm = lex.post_re.search(text, i + 1, stop) if text.find("领导", i + 1, stop) >= 0 else None
            after, rule = i + 1, "leader_list"       # (no 领导 in reach: no designation, the search is saved)
            if pm is not None and (not pm.group().endswith("领导") or any(
                    text[k:k + 2] in _rules().verbs for k in range(i + 1, pm.start()))
                    and not lex.organ_set.starting_at(text, i + 1)):
                pm = None                            # 张三等看望县领导: a verb, no designation
        if pm is not None:
            if all(_han(c) for c in text[after:pm.end()]) \
                    and not (pm.end() < len(text) and lex.post_set.starting_at(text, pm.end())) \
                    and not _MIXED_COUNT.match(text, pm.end()):
                title = text[after:pm.end()]
                end = i
                while True:
                    s = _ethnic_before(text, end)
                    if s is None:
                        s = _name_before(text, end)
                    if s is not None and lex.post_set.ending_at(text, s + 1) > 1:
                        s += 1                       # 县政协主席|赵刚等县领导: not 席赵刚 (席 ends a post)
                    if s is None or not is_name_reading(text, s, end) \
                            or rule == "leader_list" and lex.post_set.ending_at(text, s):
                        break                        # (赵刚 holds his own post: 县四套班子领导 sums up the list)
                    out.append((text[s:end], s, end, s, end, [title], (rule,)))
                    if s == 0 or text[s - 1] != "、":
                        break
                    end = s - 1
        i = text.find("等", i + 1)


@cache
def _ethnic_last_chars() -> frozenset[str]:
    """The last characters of ethnic name parts (a cheap test before _ethnic_before)."""
    return frozenset(w[-1] for w in words("ethnic_name_parts.txt"))


def _ethnic_before(text: str, end: int) -> int | None:
    """Start of a name of ethnic name parts (ethnic_name_parts.txt) that ends at `end` and stands after
    punctuation or a boundary word: "也有桑吉卓玛等3名驻村第一书记" -> 桑吉卓玛 (not 吉卓玛, a surname
    reading). Limit: two to four parts, or one of three characters."""
    parts = _ethnic_parts()
    k, count = end, 0
    while count < _MAX_ETHNIC_PARTS:
        n = parts.ending_at(text, k)
        if not n:
            return None
        k -= n
        count += 1
        if (count >= 2 or end - k == 3) and _strong_left(text, k):
            return k
    return None


def is_name_reading(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] reads as a whole name (a name reading that starts at s ends at e)."""
    r = name_reading(text, s)
    return r is not None and r[0] == e


def _name_then_party_title(text: str, out: list) -> None:
    """A name written before its titles, as in a caption or a list of people: "王某某中共某县县委
    常委、纪委书记". The name stands at the start or after punctuation and is followed at once by
    中共; the titles are the "、"-separated parts that end with a post, up to other punctuation."""
    lex = lexicon()
    i = text.find("中共")
    while i > 0:
        for k in (3, 2):                          # given names of two, then one character
            s = i - k
            if s < 0 or not (s == 0 or not _han(text[s - 1]) and text[s - 1] not in _DOTS):
                continue
            sl = _surname_len(text, s)
            if not sl or k - sl < 1 or not _given_ok(text[s + sl:i]) or text[s:i] in _rules().common:
                continue
            titles, j = [], i
            while True:
                e = j
                while e < len(text) and _han(text[e]) and e - j <= _MAX_TITLE:
                    e += 1
                seg = text[j:e]
                if not seg or not lex.post_set.ending_at(seg, len(seg)):
                    break
                if titles and seg in lex.bare_posts:
                    seg = _organ_prefix(titles[-1]) + seg
                titles.append(seg)
                if e < len(text) and text[e] == "、":
                    j = e + 1
                    continue
                break
            if titles and not any(is_non_official(t) for t in titles):
                out.append((text[s:i], s, i, s, i, titles, ("caption",)))
            break
        i = text.find("中共", i + 2)


def _starts_title(text: str, i: int) -> bool:
    """Whether a titled name begins at i ("宁夏同心县委书记马洪海" after a list's "、")."""
    lex = lexicon()
    for m in lex.post_re.finditer(text, i, min(len(text), i + _MAX_TITLE)):
        if name_at(text, m.end()) is not None and _title_start(text, m.start()) <= i:
            return True
        if any(not _han(c) for c in text[i:m.start()]):
            break
    return False


def find_officials(body: str, title: str = "", subtitle: str = "") -> list[Official]:
    people: dict[str, _Person] = {}
    for name, ns, ne, ss, se, titles, why in _titled_mentions(body):
        key = clean_name(name)
        p = people.get(key)
        if p is None:
            p = people[key] = _Person(key)
            p.spans.append((ss, se))              # the first titled mention keeps its title
        else:
            p.spans.append((ss, se) if ns == ss else (ns, ne))   # name-first keeps its post
        for t in titles:
            if t not in p.titles:
                p.titles.append(t)
        p.rules.extend(r for r in why if r not in p.rules)
    for extra in (title, subtitle):
        for name, *_rest, titles, why in (_titled_mentions(extra) if extra else ()):
            p = people.setdefault(clean_name(name), _Person(clean_name(name)))
            for t in titles:
                if t not in p.titles:
                    p.titles.append(t)
            p.rules.extend(r for r in ("headline",) + why if r not in p.rules)
    if not people:
        return []
    has_parts = any(_name_parts(key) for key in people)
    if has_parts:
        _merge_dotted_parts(people)
        _dotted_part_posts(body, people)
    if any(d in body for d in _DOTS):
        _widen_to_dotted(body, people)
    if has_parts:
        _merge_part_tails(body, people)
    _merge_name_tails(body, people)
    _merge_cut_names(body, people)
    if "越" in body:
        _last_syllable_posts(body, people)
    if any(w in body for w in _CAREER_WORDS) and _CAREER_CUE.search(body):
        _career_titles(body, people)
    spans = {key: list(p.spans) for key, p in people.items()}
    taken = bytearray(len(body))                  # characters already in a mention
    for p in people.values():
        for a, b in p.spans:
            taken[a:b] = b"\x01" * (b - a)
    # Bare mentions of each name anywhere in the body ("王晓指出", "以习近平同志为核心"), longest
    # names first so that 王晓晖 is not taken for 王晓.
    spaces = [c for c in _SPACES if c in body]
    keyed_forms = [(key, form) for key in sorted(people, key=len, reverse=True)
                   for form in [key] + ([key[0] + c + key[1] for c in spaces] if len(key) == 2 else [])]
    # Each form's occurrences (non-overlapping, left to right, as str.find would give them): one
    # str.find pass per form on an article; one regex pass over a long text, where a pass per form
    # would cost (number of officials) x (length of the text).
    occurrences = _occurrences(body, [f for _, f in keyed_forms])
    bare: set[str] = set()
    for key, form in keyed_forms:
        n = len(form)
        for i in occurrences(form):
            e = i + n
            if taken.find(1, i, e) < 0:
                e = _known_name_post(body, e, people[key])
                spans[key].append((i, e))
                taken[i:e] = b"\x01" * (e - i)
                bare.add(key)
    if has_parts:
        _part_mentions(body, people, spans, taken, bare)
    result = []
    for key, p in people.items():
        mentions = _non_overlapping(sorted(spans[key]))
        first = mentions[0].start if mentions else 10 ** 9
        why = tuple(p.rules) + (("bare_mention",) if key in bare else ())
        result.append((first, Official(name=key, titles=tuple(p.titles), mentions=tuple(mentions), rules=why)))
    result.sort(key=lambda x: x[0])
    return [o for _, o in result]


def _known_name_post(body: str, e: int, person: _Person) -> int:
    """"日本外务大臣桥爪直树…。桥爪直树外务大臣表示": an official's name, found again, with a post of the
    name-first kind (posts.txt, N) right after it: the post is his (his name was read title-first, the
    name-first reading alone could not read it). Returns the end of the mention (after the post).
    Limit: the post is no organ's or meeting's first word (总理府, 主席团, 部长会议)."""
    pm = lexicon().post_re.match(body, e)
    if pm is None or pm.group() not in lexicon().name_first_posts or body[pm.end():pm.end() + 1] in "处团台府" \
            or _MEETING_AFTER_POST.match(body, pm.end()):
        return e
    if pm.group() not in person.titles:
        person.titles.append(pm.group())
    if "known_name_first" not in person.rules:
        person.rules.append("known_name_first")
    return pm.end()


# "他历任…等职": the posts a person held, in an obituary's or a biography's career paragraph.
_CAREER_CUE = re.compile(r"(?:他|她|同志|[。；])(?:曾|还|先后|曾先后)?(?:历任|曾任|任过|担任过|先后任|先后担任)")
# (a sentence may open with the cue, its subject the paragraph's person: …加入中国共产党。历任…; the pattern
# begins with a character class, so that the search over a whole body skips at C speed)
_CAREER_WORDS = ("历任", "曾任", "任过", "先后任", "先后担任")   # (looked for first: a plain substring test)
_CAREER_END = re.compile(r"等职|等职务|[。；;\n]")
_MAX_CAREER = 160     # characters of a career line read after its cue
# A "，"-part of a career line that opens with when the post was taken (1983年起任…, 1990年5月任…, 后任…, 同年兼任…)
_CAREER_PART_LEAD = re.compile(r"(?:\d{4}年(?:\d{1,2}月)?(?:起|后|底|初)?|此后|其后|后|又|再|同年|次年|随后)"
                               r"(?:任|担任|兼任|调任|升任|改任|出任)")
_MAX_CAREER_BACK = 240   # characters back to the person a "他" of the career line stands for


def _career_titles(body: str, people: dict) -> None:
    """令狐志远同志1935年1月出生…。他历任湖南省水利厅副厅长、厅长，水利部长江水利委员会副主任、主任等职:
    the person held each post of the career line, a bare post taking its organ from the title before
    it ("、" chains, as after a post; "，" between organs). The person is the official named last
    before the cue (他/她 + 历任, the name + 同志 + 历任, or 历任 opening a sentence) in the same paragraph, within
    _MAX_CAREER_BACK characters. Limit: the line runs to 等职 or the sentence's end; each "，"-part
    is read only when it is nothing but a chain of titles, or a date or a word of sequence and 任
    before one (_CAREER_PART_LEAD: …，1983年起任交通部副部长、党组成员)."""
    lex = lexicon()
    for cue in _CAREER_CUE.finditer(body):
        lo = max(0, cue.start() - _MAX_CAREER_BACK, body.rfind("\n", 0, cue.start()) + 1)
        best, best_at = None, -1
        for key in people:
            at = body.rfind(key, lo, cue.start() + 2)
            if at > best_at:
                best, best_at = key, at
        if best is None:
            continue
        stop = _CAREER_END.search(body, cue.end(), cue.end() + _MAX_CAREER)
        if stop is None:
            continue
        found: list[str] = []
        begin = cue.end()
        for part in body[begin:stop.start()].split("，"):
            end = begin + len(part)
            pm = lex.post_set.ending_at(body, end)
            if pm and part:
                start, titles = _chain(body, end - pm, end)
                lead = _CAREER_PART_LEAD.match(body, begin, end) if start != begin else None
                if (start == begin or lead is not None and start == lead.end()) \
                        and not any(is_non_official(t) or _needs_organ(t) or _unqualified(t)
                                    or is_academic(t) for t in titles):
                    found.extend(titles)
            begin = end + 1
        person = people[best]
        for t in found:
            if t not in person.titles:
                person.titles.append(t)
        if found and "career_line" not in person.rules:
            person.rules.append("career_line")


_DOT_SPLIT = re.compile(f"[{_DOTS}]")


def _name_parts(key: str) -> list[str]:
    """The parts by which a foreigner is named later: those of a dotted name (胡安·加西亚: 胡安,
    加西亚); a Japanese family name and given name (佐藤浩二: 佐藤, 浩二 – "佐藤首相"); the given name
    of a Vietnamese name with the middle name 氏 (阮氏秋河: 秋河 – "秋河主席"). Chinese names have
    none: 王建军 is never named by 建军."""
    if any(d in key for d in _DOTS):
        return [p for p in _DOT_SPLIT.split(key) if len(p) >= 2 and p != key]
    if len(key) >= 4:
        ja = _rules().ja
        fam = 3 if key[:3] in ja else 2 if key[:2] in ja else 0
        if fam and len(key) - fam >= 2:
            return [key[:fam], key[fam:]]
        if key[1] == "氏":
            return [key[2:]]
    return []


def _part_mentions(body: str, people: dict, spans: dict, taken: bytearray, bare: set) -> None:
    """"会见哥伦比亚总统卡洛斯·门多萨。…门多萨表示，…": a foreign official named later by one part of
    the name (_name_parts) alone is mentioned there, so that what he says is his. Limit: the part
    belongs to one official of the article; it stands after no transliteration character or dot
    (not inside a longer name) and a follower or punctuation closes it."""
    owner: dict[str, str | None] = {}
    for key in people:
        for part in _name_parts(key):
            owner[part] = key if part not in owner else None
    translit = _rules().translit
    for part, key in owner.items():
        if key is None or part in people:
            continue
        i = body.find(part)
        while i >= 0:
            e = i + len(part)
            if taken.find(1, i, e) < 0 and (i == 0 or body[i - 1] not in translit and body[i - 1] not in _DOTS) \
                    and (e >= len(body) or body[e] not in _DOTS) and _ends_name(body, e):
                spans[key].append((i, e))
                taken[i:e] = b"\x01" * (e - i)
                bare.add(key)
            i = body.find(part, e)


def _dotted_part_posts(body: str, people: dict) -> None:
    """"褚建平对迈尔市长一行表示欢迎": a part of a foreign official's name (_name_parts) written before a
    post of the name-first kind (posts.txt, N), or before the post of a title the official holds
    ("亚洲开发银行行长山田昌弘…山田行长表示"), adds that post to the official, and the mention."""
    lex = lexicon()
    owner: dict[str, str | None] = {}
    for key in people:
        for part in _name_parts(key):
            owner[part] = key if part not in owner else None
    for part, key in owner.items():
        if key is None:
            continue
        i = body.find(part)
        while i >= 0:
            e = i + len(part)
            m = lex.post_re.match(body, e)
            if m is not None and (m.group() in lex.name_first_posts
                                  or any(t.endswith(m.group()) for t in people[key].titles)) \
                    and (i == 0 or body[i - 1] not in _DOTS) \
                    and (e >= len(body) or body[e] not in _DOTS):
                p = people[key]
                if m.group() not in p.titles:
                    p.titles.append(m.group())
                p.spans.append((i, m.end()))
                if "dotted_part" not in p.rules:
                    p.rules.append("dotted_part")
            i = body.find(part, e)


_LAST_SYLLABLE_COUNTRIES = ("越南", "越共")   # where a leader is called by the last syllable of the name
_LAST_SYLLABLE_BEFORE = frozenset("同与和及跟向对为把将请由")   # words that may stand before such a mention


def _last_syllable_posts(body: str, people: dict) -> None:
    """"越南政府总理范明隆…。隆总理表示，…": a Vietnamese official (a title beginning with 越南/越共, a
    name of three or four characters) is called by the last syllable of the name before a post he
    holds; the post is his title as written there, and the mention his. Limit: the post is one of
    his titles' posts (隆总理 only for a 总理); the syllable stands after punctuation, the start or a
    preposition (同隆总理举行会谈), never inside a word; the syllable belongs to one such official."""
    owner: dict[str, str | None] = {}
    for key, p in people.items():
        if 3 <= len(key) <= 4 and all(_han(c) for c in key) and any(t.startswith(_LAST_SYLLABLE_COUNTRIES)
                                                                   for t in p.titles):
            owner[key[-1]] = key if key[-1] not in owner else None
    if not owner:
        return
    lex = lexicon()
    for syllable, key in owner.items():
        if key is None:
            continue
        p = people[key]
        i = body.find(syllable)
        while i >= 0:
            e = i + 1
            m = lex.post_re.match(body, e)
            if m is not None and any(t.endswith(m.group()) for t in p.titles) \
                    and (i == 0 or not _han(body[i - 1]) or body[i - 1] in _LAST_SYLLABLE_BEFORE
                         and not (i > 1 and _han(body[i - 2]) and body[i - 2:i] in _rules().frequent)) \
                    and body[max(0, i - len(key) + 1):e] != key:
                if m.group() not in p.titles:
                    p.titles.append(m.group())
                p.spans.append((i, m.end()))
                if "last_syllable" not in p.rules:
                    p.rules.append("last_syllable")
            i = body.find(syllable, e)


def _merge_dotted_parts(people: dict) -> None:
    """墨西哥总统胡安·加西亚…加西亚总统表示: a foreigner named later by one part of the dotted name
    (surname or given name, name-first) is the same person; the part's titles and mentions go to
    the full name. Limit: the part belongs to one dotted name of the article only."""
    owner: dict[str, str | None] = {}
    for key in people:
        for part in _name_parts(key):
            owner[part] = key if part not in owner else None
    for key in [k for k in people if k in owner]:
        full = owner[key]
        if full is None or full == key:
            continue
        short, whole = people.pop(key), people[full]
        whole.spans.extend(short.spans)
        whole.titles.extend(t for t in short.titles if t not in whole.titles)
        whole.rules.extend(r for r in short.rules + ["dotted_part"] if r not in whole.rules)


def _widen_to_dotted(body: str, people: dict) -> None:
    """"习近平致电阿卜杜拉耶·康特，祝贺他就任…。愿同康特总统一道…": a foreigner given a post only by the
    last (or first) part of a dotted name written untitled elsewhere in the article is that person; the
    official takes the whole name. Limit: one dotted name of the article ends (or starts) with the part.
    One pass over the dots of the body (a long text has thousands of them and hundreds of officials)."""
    keys = {k for k in people if 2 <= len(k) <= _MAX_DOT_PART and not any(d in k for d in _DOTS)}
    if not keys:
        return
    lens = sorted({len(k) for k in keys})
    fulls: dict[str, set[str]] = {}
    n = len(body)
    for m in _DOT_SPLIT.finditer(body):
        i = m.start()
        for ln in lens:
            e = i + 1 + ln
            key = body[i + 1:e]                          # …·康特: the last part
            if e <= n and key in keys and (e == n or not _han(body[e]) or _ends_name(body, e) or _ends_weak(body, e)):
                st = _dotted_start(body, i + 1)
                while 0 < st < i and body[st - 1] in _DOTS:    # 胡安·卡洛斯·比利亚努埃瓦: every part
                    k = st - 1
                    while k > 0 and _han(body[k - 1]) and st - 1 - k < _MAX_DOT_PART \
                            and body[k - 2:k] not in _GREETING_VERBS:
                        k -= 1
                    if k == st - 1:
                        break
                    st = k
                if st < i:
                    fulls.setdefault(key, set()).add(body[st:e])
            s0 = i - ln
            key = body[max(0, s0):i]                     # 阿努查·…: the first part
            if s0 >= 0 and key in keys and (s0 == 0 or not _han(body[s0 - 1]) or body[s0 - 2:s0] in _GREETING_VERBS
                                           or lexicon().boundary_set.ending_at(body, s0)):
                e = _rule_dotted(body, s0, 0)
                if e is not None and e > i + 1:
                    fulls.setdefault(key, set()).add(body[s0:e])
    for key, found in fulls.items():
        if len(found) != 1 or key not in people:
            continue
        full = found.pop()
        at = body.find(full)
        if full in people or _rule_dotted(body, at, 0) != at + len(full):
            continue                                 # (the dotted name as a whole must read as a name)
        person = people.pop(key)
        person.name = full
        person.rules.append("dotted_part")
        people[full] = person


_MIN_LONG_NAME = 5         # characters of an undotted name a later mention may shorten to its end;
                           # a Chinese name (surname + one or two, compound surname + two) is shorter


def _merge_part_tails(body: str, people: dict) -> None:
    """"卡塔尔首相兼外交大臣哈立德·本·贾西姆·阿勒马哈茂德…。李强将会见阿勒马哈茂德首相": a name-first reading
    that took only the end of one part of a dotted name (哈茂德: 哈 reads as a surname) is that person,
    when the part is written whole at each of its mentions; its titles and mentions (widened to the
    part) go to the dotted name. Limit: the tail ends a part of one dotted name of the article only."""
    tails: dict[str, list[tuple[str, str]]] = {}
    for key in people:
        if any(d in key for d in _DOTS):
            for part in _DOT_SPLIT.split(key):
                for n in range(2, len(part)):     # (会见纳武卢总理时: 武卢 of 约瑟夫·纳武卢, one character before it)
                    tails.setdefault(part[-n:], []).append((key, part))
    for key in [k for k in people if k in tails]:
        owners = {full for full, _ in tails[key]}
        if len(owners) != 1 or key in owners:
            continue
        full, part = tails[key][0]
        head = len(part) - len(key)
        short = people[key]
        if not short.spans or not all(body[max(0, a - head):a + len(key)] == part for a, _ in short.spans):
            continue
        people.pop(key)
        whole = people[full]
        whole.spans.extend((a - head, b) for a, b in short.spans)
        whole.titles.extend(t for t in short.titles if t not in whole.titles)
        whole.rules.extend(r for r in short.rules + ["name_tail"] if r not in whole.rules)


def _merge_name_tails(body: str, people: dict) -> None:
    """"盟长额尔敦巴特尔主持会议…巴特尔书记强调": a long undotted name (Mongolian, Tibetan) named later by
    its last word, name-first, is the same person; so is a name-first reading that took only the end
    of the long name written whole before the post ("特木尔巴根主席强调" read as 巴根). The tail's
    titles go to the full name, its mentions widened to the whole name where it is written whole.
    Limit: the tail ends one long name of the article only."""
    longs = [k for k in people if len(k) >= _MIN_LONG_NAME - 1 and not any(d in k for d in _DOTS)]
    if not longs:
        return
    for key in [k for k in people if 2 <= len(k) < _MIN_LONG_NAME]:
        owners = [full for full in longs if full.endswith(key) and len(full) > len(key)]
        if len(owners) != 1:
            continue
        full = owners[0]
        head = len(full) - len(key)
        if len(full) < _MIN_LONG_NAME and not all(body[max(0, a - head):a + len(key)] == full
                                                  for a, _ in people[key].spans):
            continue                                 # 同宋索万纳副首相 read as 索万纳: a name of four only
                                                     # where each mention of the tail is written whole
        short, whole = people.pop(key), people[full]
        whole.spans.extend((a - head, b) if body[max(0, a - head):a + len(key)] == full else (a, b)
                           for a, b in short.spans)
        whole.titles.extend(t for t in short.titles if t not in whole.titles)
        whole.rules.extend(r for r in short.rules + ["name_tail"] if r not in whole.rules)


def _merge_cut_names(body: str, people: dict) -> None:
    """"市委书记孙志强调研…。孙志强察看…": a name read one character short where its last character
    begins a word (孙志|强调研) is the longer name when the article confirms it: every mention of the
    short name is followed by the same character, and at one of them that character begins no word
    while a name ends after it (孙志强|察看). Not 王晓强调…王晓强调: 强 begins 强调 each time."""
    fset = lexicon().follower_set
    for key in [k for k in people if 2 <= len(k) <= 3]:
        # only a name whose titled mentions all stop where a word begins is in doubt: the search of
        # the whole text below is made for those few (a long text has hundreds of officials)
        ends = [b for _a, b in people[key].spans if body[b - len(key):b] == key]
        if not ends or len({body[b:b + 1] for b in ends}) != 1 or any(fset.starting_at(body, b) < 2 for b in ends):
            continue
        starts = []                              # (str.find, not a regex compiled for each name)
        i = body.find(key)
        while i >= 0:
            starts.append(i)
            i = body.find(key, i + len(key))
        if len(starts) < 2:
            continue
        after = {body[i + len(key):i + len(key) + 1] for i in starts}
        if len(after) != 1 or not _han(c := after.pop()):
            continue
        if not any(fset.starting_at(body, i + len(key)) == 0 and _ends_name(body, i + len(key) + 1)
                   and fset.starting_at(body, i + len(key) + 1) >= 2 for i in starts):
            continue
        full = key + c
        short = people.pop(key)
        whole = people.setdefault(full, _Person(full))
        whole.spans.extend((a, b + 1) if body[b - len(key):b] == key else (a, b) for a, b in short.spans)
        whole.titles[:0] = [t for t in short.titles if t not in whole.titles]
        whole.rules.extend(r for r in short.rules + ["name_confirmed"] if r not in whole.rules)


_FIND_BUDGET = 400_000     # (forms) x (characters) below which one str.find pass per form is used


def _occurrences(body: str, forms: list[str]):
    """A function form -> the starts of the form's non-overlapping occurrences in body, left to
    right (each search goes on after the previous occurrence's end, as with str.find)."""
    if len(forms) * len(body) <= _FIND_BUDGET:
        def find_all(form: str):
            i = body.find(form)
            while i >= 0:
                yield i
                i = body.find(form, i + len(form))
        return find_all
    # One pass: every position where a form starts, with the longest form there (a search skips
    # to the next match; the positions inside a match are tried one by one, so that forms that
    # overlap each other are all seen), then the shorter forms that are its prefixes.
    form_set = set(forms)
    lengths = sorted({len(f) for f in forms}, reverse=True)
    at: dict[str, list[int]] = {}
    rx = re.compile(trie_pattern(forms))
    search, match = rx.search, rx.match

    def record(i: int, longest: str) -> None:
        at.setdefault(longest, []).append(i)
        for n in lengths:
            if n < len(longest) and body[i:i + n] in form_set:
                at.setdefault(body[i:i + n], []).append(i)

    m = search(body)
    while m is not None:
        i, e = m.span()
        record(i, m.group())
        for j in range(i + 1, e):
            mj = match(body, j)
            if mj is not None:
                record(j, mj.group())
        m = search(body, e)

    def from_index(form: str):
        last_end = 0
        for i in at.get(form, ()):
            if i >= last_end:
                yield i
                last_end = i + len(form)
    return from_index


_span = factory(Span, ("start", "end"), (0, 1))


def _non_overlapping(spans: list[tuple[int, int]]) -> list[Span]:
    out: list[Span] = []
    for s, e in spans:
        if out and s < out[-1].end:
            continue
        out.append(_span(s, e))
    return out
