"""Regenerate word lists of resources/lexicon/ from jieba's dictionary (MIT licence, shipped with
the jieba package; person names, tagged nr, are never taken):
- common_words.txt: two- and three-character words that start with a surname character but are
  ordinary words, not names (关切, 高度, 文艺). A candidate name equal to one of them is rejected.
- common_starts.txt: the verbs, adverbs… among them; a three-character name does not begin with one.
- inner_words.txt: names of places and organisations, and abbreviations, with a surname character
  after their first character (俄罗斯, 美国, 美联储, 工商联); a name does not start inside one ("俄罗斯总统" is not 罗斯 + 总统).
- soft_stop_words.txt: two-character words that start with a character of name_soft_stops.txt (同志,
  同时, 作为); such a character starts a given name only when the pair is not one of them (蔡同民、).
- follow_words.txt: frequent two-character verbs, adverbs, prepositions, time and number words
  (参与, 进行, 今天, 一句); a name may end before one ("黄奇帆参与…", "库克今天…").
- lead_words.txt: frequent two-character words of any kind whose second character is a surname
  character (这位, 实施, 长官); a name does not start on that character ("这位新部长" is not 位新 +
  部长, "实施毛主席…" not 施毛, "部长官为团长" not 部长 + 官为).
- frequent_words.txt: frequent two-character words of any kind but person names (论坛, 村里, 沿线);
  the given part of a weakly read name is none of them ("总书记来村里旅游" is no 来村里).
- verb_words.txt: two-character verbs and adjectives (落实, 欢送); after a frequent word of
  lead_words.txt, a three-character name-first candidate whose given part is one of them is no name
  ("一项一项落实总书记" is not 项落实 + 总书记; "落实习近平总书记" stays: 近平 is no verb).

    pip install -e ".[lexicon]"      # jieba: only this script needs it
    python -m desktop_app.extraction.build_lexicon
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

MIN_FREQ = 50


# Parts of speech of words that do not start a three-character name (关切询问 is not 关切询).
NOT_NAME_START = ("v", "a", "d", "c", "p", "u", "r", "m", "q", "f", "t", "z", "l", "i")


INNER_MIN_FREQ = 50
INNER_POS = ("ns", "nt", "nz", "j")      # places, organisations, abbreviations (not 实习: 落实习近平)
FOLLOW_MIN_FREQ = 200
FOLLOW_POS = ("v", "vd", "d", "ad", "p", "c", "t", "f", "m")


def _jieba_words():
    """(word, frequency, part of speech) of every entry of jieba's shipped dictionary."""
    try:
        import jieba
    except ImportError:
        raise SystemExit('build_lexicon needs jieba: pip install -e ".[lexicon]"') from None

    path = Path(jieba.__file__).with_name("dict.txt")
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3:
            yield parts[0], int(parts[1]), parts[2]


def build() -> tuple[list[str], list[str]]:
    from .lexicon import lexicon

    lex = lexicon()
    out, starts = [], []
    for word, freq, pos in _jieba_words():
        if 2 <= len(word) <= 3 and freq >= MIN_FREQ and not pos.startswith("nr") \
                and (word[0] in lex.surnames1 or word[:2] in lex.surnames2):
            out.append(word)
            if len(word) == 2 and pos.startswith(NOT_NAME_START) and not pos.startswith("vn"):
                starts.append(word)
    return sorted(set(out)), sorted(set(starts))


def build_inner_follow() -> tuple[list[str], list[str]]:
    from .lexicon import lexicon

    lex = lexicon()
    inner, follow = [], []
    for word, freq, pos in _jieba_words():
        if pos.startswith("nr") or not all("\u4e00" <= c <= "\u9fff" for c in word):
            continue
        if 2 <= len(word) <= 4 and freq >= INNER_MIN_FREQ and pos in INNER_POS \
                and any(c in lex.surnames1 for c in word[1:]):
            inner.append(word)
        if len(word) == 2 and freq >= FOLLOW_MIN_FREQ and pos in FOLLOW_POS:
            follow.append(word)
    return sorted(set(inner)), sorted(set(follow))


SOFT_MIN_FREQ = 20
LEAD_MIN_FREQ = 300
VERB_MIN_FREQ = 50


def build_lead() -> list[str]:
    from .lexicon import lexicon

    lex = lexicon()
    out = []
    for word, freq, pos in _jieba_words():
        if len(word) == 2 and freq >= LEAD_MIN_FREQ and not pos.startswith("nr") \
                and word[1] in lex.surnames1 and all("\u4e00" <= c <= "\u9fff" for c in word):
            out.append(word)
    return sorted(set(out))


def build_soft() -> list[str]:
    from .lexicon import words

    soft = words("name_soft_stops.txt")
    out = []
    for word, freq, pos in _jieba_words():
        if len(word) == 2 and word[0] in soft and freq >= SOFT_MIN_FREQ and not pos.startswith("nr"):
            out.append(word)
    return sorted(set(out))


def build_verbs() -> list[str]:
    out = []
    for word, freq, pos in _jieba_words():
        if len(word) == 2 and freq >= VERB_MIN_FREQ and pos[0] in "va" \
                and all("\u4e00" <= c <= "\u9fff" for c in word):
            out.append(word)
    return sorted(set(out))


FREQUENT_MIN_FREQ = 500


NAME_LIKE_MIN = 2


def build_frequent() -> list[str]:
    """Frequent two-character words of any kind but person names (论坛, 村里, 沿线, 覆盖), without
    those that are the given name of NAME_LIKE_MIN or more three-character names of the dictionary
    (建国, 建平, 胜利: 李建国 is a name)."""
    entries = list(_jieba_words())
    given = Counter(w[1:] for w, _f, pos in entries if len(w) == 3 and pos.startswith("nr"))
    out = []
    for word, freq, pos in entries:
        if len(word) == 2 and freq >= FREQUENT_MIN_FREQ and not pos.startswith("nr") \
                and given[word] < NAME_LIKE_MIN and all("\u4e00" <= c <= "\u9fff" for c in word):
            out.append(word)
    return sorted(set(out))


def main() -> None:
    from ..paths import resource

    common, starts = build()
    inner, follow = build_inner_follow()
    for name, words, what in (
            ("inner_words.txt", inner, "Places, organisations, abbreviations with a surname character after their first character; "
                                       "a name does not start inside one (俄罗斯总统 is not 罗斯 + 总统)"),
            ("soft_stop_words.txt", build_soft(), "Ordinary two-character words that start with a character of "
                                                  "name_soft_stops.txt; a given name is not one of them (同志, 同时)"),
            ("follow_words.txt", follow, "Frequent verbs, adverbs, prepositions, time and number words; "
                                         "a name may end before one (黄奇帆参与, 库克今天)"),
            ("verb_words.txt", build_verbs(), "Two-character verbs and adjectives; a three-character "
                                              "name-first candidate after a frequent word is no name when its "
                                              "given part is one (一项一项落实总书记, 过来欢送总书记)"),
            ("frequent_words.txt", build_frequent(), "Frequent two-character words of any kind but person names; "
                                                     "the given part of a weakly read name is no such word "
                                                     "(总书记来村里, 部长高峰论坛, 市长江沿线)"),
            ("lead_words.txt", build_lead(), "Frequent words whose second character is a surname character; "
                                             "a name does not start on it (这位新部长, 实施毛主席, 部长官为)"),
            ("common_words.txt", common, "Ordinary words that start with a surname character"),
            ("common_starts.txt", starts, "Verbs, adjectives, adverbs… that start with a surname character; "
                                          "a three-character name does not begin with one")):
        header = (f"# {what}\n# (generated from jieba's dict.txt by desktop_app/extraction/build_lexicon.py;"
                  " do not edit by hand).\n")
        target = resource("lexicon", name)
        lines = [" ".join(words[i:i + 20]) for i in range(0, len(words), 20)]
        target.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(words)} words -> {target}")


if __name__ == "__main__":
    main()
