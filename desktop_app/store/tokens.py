"""Text -> the tokens the full-text index holds, and a search word -> the tokens that find it.

Chinese has no spaces, and SQLite's tokenizers either treat a run of Chinese as one token (unicode61)
or ignore terms under three characters (trigram). So the index (one contentless FTS5 table with
detail=none: which articles hold a token, no positions) holds for each article every distinct
bigram of its runs of letters, digits and CJK characters, every distinct character of those runs, and
every other visible character as an escape token `u` + its code point in hex. A search word becomes
the AND of its tokens: exact for a word of one or two run characters (or one other character),
confirmed with a plain substring test otherwise. Every word is narrowed by the index; none scans the
store. (../shared/reference/search-and-scale.md measured the bigram design; docs/benchmarks.md has
why positions were dropped: the index shrank from 2.2x to ~1.3x the text.)
"""
from __future__ import annotations

import functools
import operator
import re

# Runs the index keeps as bigrams: ASCII letters and digits and CJK ideographs (BMP and beyond).
_RUN_CLASS = "[0-9A-Za-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]"
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_ASCII_LOWER_BYTES = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")
_ASCII_LETTER = re.compile("[A-Za-z]")



@functools.cache  # compiled on first use (~1 ms): the list's first paint and `zhengwen list` never tokenize
def _run() -> re.Pattern[str]:
    return re.compile(_RUN_CLASS + "+")


def _escape(ch: str) -> str:
    # At least five characters, so it never equals a one-character or bigram token.
    return f"u{ord(ch):04x}"


def _ascii_lower(text: str) -> str:
    # Ten times faster than str.translate on CJK text; UTF-8 never puts an ASCII byte inside a
    # multi-byte character, so only ASCII letters change.
    return text.encode("utf-8", "surrogatepass").translate(_ASCII_LOWER_BYTES).decode("utf-8", "surrogatepass")


def index_text(text: str) -> str:
    """The index's view of `text`: its distinct tokens, space-separated (ASCII folded to lower case)."""
    text = _ascii_lower(text or "")
    chars = set(text)
    run = _run()
    run_chars = set("".join(run.findall("".join(chars))))
    others = [_escape(c) for c in chars - run_chars if not c.isspace()]
    bigrams: set[str] = set()
    for found in run.findall(text):
        bigrams.update(map(operator.add, found, found[1:]))  # adjacent pairs, at C speed
    return " ".join([*bigrams, *run_chars, *others])


class TermPlan:
    """How one search word is found: the index `tokens` every article containing it holds, and
    whether they decide alone (`exact`) or a substring test must confirm the match.
    (A plain class: `zhengwen search` starts faster without importing dataclasses.)"""

    __slots__ = ("tokens", "exact")

    def __init__(self, tokens: tuple[str, ...], exact: bool) -> None:
        self.tokens = tokens
        self.exact = exact

    def __repr__(self) -> str:
        return f"TermPlan(tokens={self.tokens!r}, exact={self.exact!r})"

    @property
    def match(self) -> str:
        """FTS5 query text for the tokens (each quoted: a token holds no quote or operator)."""
        return " AND ".join(f'"{t}"' for t in self.tokens)


def plan_term(term: str) -> TermPlan:
    low = term.translate(_ASCII_LOWER)
    tokens: list[str] = []
    run = _run()
    for piece in re.split(f"({_RUN_CLASS}+)", low):
        if run.fullmatch(piece):
            tokens += [piece] if len(piece) == 1 else [piece[i:i + 2] for i in range(len(piece) - 1)]
        else:
            tokens += [_escape(c) for c in piece if not c.isspace()]
    tokens = list(dict.fromkeys(tokens))
    exact = len(tokens) == 1 and (len(low) <= 2 and bool(run.fullmatch(low)) or len(low) == 1)
    return TermPlan(tuple(tokens), exact)


def has_ascii_letter(text: str) -> bool:
    return _ASCII_LETTER.search(text) is not None
