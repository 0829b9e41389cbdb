"""Word lists of resources/lexicon/, read once per process.

Each file holds words separated by spaces or newlines; `#` starts a comment line. posts.txt also
carries flags after each post (see the file's header).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..paths import resource


def _lines(name: str) -> list[str]:
    text = resource("lexicon", name).read_text(encoding="utf-8")
    return [l.strip() for l in text.splitlines() if l.strip() and not l.lstrip().startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """Every whitespace-separated word of a lexicon file."""
    return frozenset(w for line in _lines(name) for w in line.split())


def alternation(items, *, longest_first: bool = True) -> str:
    """A regex alternation of literal words, longest first so that the longest one wins."""
    ordered = sorted(set(items), key=len, reverse=True) if longest_first else list(items)
    return "|".join(re.escape(w) for w in ordered)


def trie_pattern(items) -> str:
    """A regex that matches the longest of the literal words at a position, written as a prefix
    tree ("书记(?:处书记)?|副(?:书记|主席)") so that the engine tries each character once instead of
    each word in turn. Same matches as alternation(items)."""
    trie: dict = {}
    for w in set(items):
        if not w:
            continue
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return (body if len(branches) > 1 else "(?:" + body + ")") + "?"
        return body

    return build(trie)


def fast_trie_pattern(items) -> str:
    """trie_pattern(items) behind a lookahead on the first two characters ("[国副…][务长…]"), when
    every word has two at least: the engine then tries the tree only where both could begin a word
    (on the corpus, posts.txt: 36k of 121k positions whose first character fits; the scan takes 12.8
    instead of 21.4 ms). Same matches as trie_pattern(items), for any pos and endpos: a word that fits
    before endpos has its two first characters there."""
    words_ = [w for w in set(items) if w]
    tree = trie_pattern(words_)
    if not words_ or min(map(len, words_)) < 2:
        return tree
    firsts = "".join(sorted({re.escape(w[0]) for w in words_}))
    seconds = "".join(sorted({re.escape(w[1]) for w in words_}))
    return f"(?=[{firsts}][{seconds}])(?:{tree})"


class WordSet:
    """Words looked up by what starts or ends at a position (faster than a regex alternation)."""

    def __init__(self, items) -> None:
        self.words = frozenset(items)
        self.lengths = sorted({len(w) for w in self.words}, reverse=True)
        self.firsts = frozenset(w[0] for w in self.words)
        self.lasts = frozenset(w[-1] for w in self.words)
        # the lengths of the words that end (start) with each character, longest first: a lookup
        # slices only for those (organs.txt has words of 2 to 12 characters, most ending in 委, 部…)
        by_last: dict[str, set[int]] = {}
        by_first: dict[str, set[int]] = {}
        for w in self.words:
            by_last.setdefault(w[-1], set()).add(len(w))
            by_first.setdefault(w[0], set()).add(len(w))
        self._by_last = {c: tuple(sorted(ns, reverse=True)) for c, ns in by_last.items()}
        self._by_first = {c: tuple(sorted(ns, reverse=True)) for c, ns in by_first.items()}

    def __contains__(self, word: str) -> bool:
        return word in self.words

    def ending_at(self, text: str, end: int, lo: int = 0) -> int:
        """Length of the longest word that ends at `end` (and starts at or after lo), else 0."""
        if end <= lo:
            return 0
        lengths = self._by_last.get(text[end - 1])
        if lengths is None:
            return 0
        for n in lengths:
            if end - n >= lo and text[end - n:end] in self.words:
                return n
        return 0

    def any_ending_at(self, text: str, end: int, lo: int, hi: int) -> bool:
        """Whether a word ends at `end` and starts at a position in [lo, hi): the same as
        any(text[k:end] in words for k in range(lo, hi)), trying only the lengths of the words that
        end with text[end - 1]."""
        if end <= 0 or end > len(text) or hi <= lo:
            return False
        for n in self._by_last.get(text[end - 1], ()):
            k = end - n
            if lo <= k < hi and text[k:end] in self.words:
                return True
        return False

    def starting_at(self, text: str, i: int) -> int:
        """Length of the longest word that starts at i, else 0."""
        if i >= len(text):
            return 0
        lengths = self._by_first.get(text[i])
        if lengths is None:
            return 0
        room = len(text) - i
        for n in lengths:
            if n <= room and text[i:i + n] in self.words:   # a slice past the end is shorter than n
                return n
        return 0


@dataclass(frozen=True)
class Lexicon:
    surnames1: frozenset[str]           # single-character surnames
    surnames2: frozenset[str]           # compound surnames (欧阳, 司马…)
    posts: frozenset[str]
    bare_posts: frozenset[str]          # take the previous title's organ prefix in a chain
    name_first_posts: frozenset[str]    # may follow a name ("王建军书记")
    head_posts: frozenset[str]          # heads of state or government (总统): 奥巴马总统, 卡特总统
    organ_posts: frozenset[str]         # public only with a public organ in the title (行长)
    qualified_posts: frozenset[str]     # public only with an organ written before them (队长)
    organs: frozenset[str]
    region_suffixes: frozenset[str]
    followers: frozenset[str]           # words that may follow a name
    boundaries: frozenset[str]          # words that end a title on its left
    speech_verbs: frozenset[str]
    post_re: re.Pattern                 # finds posts in a text
    post_set: WordSet
    organ_set: WordSet
    boundary_set: WordSet
    follower_set: WordSet


@cache
def lexicon() -> Lexicon:
    posts, bare, first, organ, qualified, head = set(), set(), set(), set(), set(), set()
    for line in _lines("posts.txt"):
        parts = line.split()
        word, flags = parts[0], (parts[1] if len(parts) > 1 else "")
        posts.add(word)
        if "B" in flags:
            bare.add(word)
        if "N" in flags:
            first.add(word)
        if "O" in flags:
            organ.add(word)
        if "Q" in flags:
            qualified.add(word)
        if "H" in flags:
            head.add(word)
    surnames = words("surnames.txt")
    organs = words("organs.txt")
    followers = words("name_followers.txt")
    boundaries = words("title_boundaries.txt")
    return Lexicon(
        surnames1=frozenset(s for s in surnames if len(s) == 1),
        surnames2=frozenset(s for s in surnames if len(s) == 2),
        posts=frozenset(posts),
        bare_posts=frozenset(bare),
        name_first_posts=frozenset(first),
        head_posts=frozenset(head),
        organ_posts=frozenset(organ),
        qualified_posts=frozenset(qualified),
        organs=organs,
        region_suffixes=words("region_suffixes.txt"),
        followers=followers,
        boundaries=boundaries,
        speech_verbs=words("speech_verbs.txt"),
        post_re=re.compile(fast_trie_pattern(posts)),   # a prefix tree behind a two-character filter
        post_set=WordSet(posts),
        organ_set=WordSet(organs),
        boundary_set=WordSet(boundaries),
        follower_set=WordSet(followers),
    )
