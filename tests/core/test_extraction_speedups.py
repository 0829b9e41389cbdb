"""The extractor's speed-ups give what the plain code gives: the post regex with its two-character
filter finds the same posts as the plain prefix tree (for any pos/endpos), WordSet.any_ending_at
answers as a scan of every start would, and name_reading's per-character choice of rules reads the
same names as trying every rule in order."""
from __future__ import annotations

import random
import re

from desktop_app.extraction import officials as O
from desktop_app.extraction.lexicon import WordSet, fast_trie_pattern, lexicon, trie_pattern

_TEXTS = (
    "2月27日,市委召开脱贫攻坚工作会议,市委书记王晓出席会议并讲话,市委副书记、市长张晓容主持会议。",
    "国家主席习近平会见乌兹别克斯坦总统米尔济约耶夫，外交部长王毅、副部长帮办詹姆斯·米勒参加。",
    "县领导李明、赵华出席；欧阳海涛书记强调，要压实责任。泰国王储、马来西亚最高元首苏丹依布拉欣",
    "日本外务大臣桥爪直树表示，菲律宾总统小马科斯在…伊丽莎白二世主持；副县长唐翔千、马千里出席",
)


def _plain_reading(text: str, i: int):
    """name_reading as it was written first: every rule for the surname's length, in order."""
    if i >= len(text):
        return None
    s = O._surname_len(text, i)
    for rule, read in O._RULES_BY_SURNAME[s]:
        end = read(text, i, s)
        if end is None:
            continue
        if end is O._NO_NAME:
            return None
        if end - i <= O._MAX_COUNTRY and text[i:end] in O._rules().countries:
            return None
        return end, rule
    return None


def _random_texts(n: int) -> list[str]:
    rng = random.Random(12)
    rules = O._rules()
    pool = sorted(lexicon().posts)[:80] + sorted(rules.countries)[:60] + sorted(rules.translit)[:120] \
        + list("王李张欧阳司马和第五小的在说·-－ 　AB一二三九千名世同向来于，。、") + ["日本", "盟委", "同志", "指出"]
    return ["".join(rng.choice(pool) for _ in range(rng.randint(1, 12))) for _ in range(n)]


def test_the_post_regex_finds_what_the_plain_tree_finds():
    posts = lexicon().posts
    plain, fast = re.compile(trie_pattern(posts)), re.compile(fast_trie_pattern(posts))
    assert fast.pattern != plain.pattern                        # the filter is there (all posts are long enough)
    for text in _TEXTS + tuple(_random_texts(300)):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for pos in range(0, len(text), 3):
            for end in (pos + 2, pos + 5, len(text)):
                a, b = fast.search(text, pos, end), plain.search(text, pos, end)
                assert (a and a.span()) == (b and b.span())
                a, b = fast.match(text, pos, end), plain.match(text, pos, end)
                assert (a and a.span()) == (b and b.span())


def test_a_one_character_word_keeps_the_plain_tree():
    assert fast_trie_pattern(["长", "部长"]) == trie_pattern(["长", "部长"])


def test_any_ending_at_is_a_scan_of_every_start():
    words = WordSet(["乌兹别克斯坦", "秘鲁", "克斯", "坦"])
    text = "乌兹别克斯坦总统、东道国秘鲁总统"
    for end in range(len(text) + 1):
        for lo in range(0, end + 1):
            for hi in range(lo, end + 1):
                assert words.any_ending_at(text, end, lo, hi) == any(text[k:end] in words for k in range(lo, hi))


def test_name_reading_reads_what_every_rule_in_turn_reads():
    for text in _TEXTS + tuple(_random_texts(1500)):
        for i in range(len(text) + 1):
            assert O.name_reading(text, i) == _plain_reading(text, i), (text, i)
