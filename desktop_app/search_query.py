"""User search text -> a structured query, and text -> the bigram tokens the full-text index holds.

Chinese has no spaces, and SQLite's tokenizers either treat a run of Chinese as one token (unicode61)
or ignore terms under three characters (trigram). So the index holds every run of letters, digits and
CJK characters as overlapping character bigrams plus the run's last character; a search term becomes
the phrase of its bigrams. That gives exact substring semantics for terms of any length
(see ../shared/reference/search-and-scale.md for the measurements behind this choice).
"""
from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field

# Runs the index keeps: ASCII letters and digits and CJK ideographs (BMP and beyond). Everything else
# separates, and a search term containing it is re-checked as a plain substring.
_RUN = re.compile(r"[0-9A-Za-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")

_BIGRAM = re.compile(f"(?=({_RUN.pattern[:-1]}{{2}}))")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

_SURROGATE = re.compile("[\ud800-\udfff]")

FIELD_PREFIXES = {"官员": "official", "official": "official", "任务": "task", "task": "task",
                  "职务": "post", "post": "post", "来源": "source", "source": "source"}


def bigram_text(text: str) -> str:
    """The bigram index's view of `text`: the overlapping character bigrams of each run."""
    # One C-level pass: a lookahead finds every pair of adjacent run characters. The joined result
    # holds only ASCII letters, digits, CJK and spaces, so lower() folds ASCII case alone.
    return " ".join(_BIGRAM.findall(text or "")).lower()


def char_text(text: str) -> str:
    """The character index's view of `text`: each distinct character once (for 1-character search)."""
    distinct = "".join(set(text or ""))
    return " ".join(sorted(set("".join(_RUN.findall(distinct)).lower())))


@dataclass(frozen=True)
class TermPlan:
    """How one search term is found: `bigrams` (FTS5 phrase text for the bigram index), `char` (one
    character for the character index), and whether a plain substring test must confirm the match
    (for terms with characters the indexes drop, such as 〔〕 or ·)."""

    bigrams: str | None
    char: str | None
    recheck: bool


def plan_term(term: str) -> TermPlan:
    runs = [r.translate(_ASCII_LOWER) for r in _RUN.findall(term)]
    exact = len(runs) == 1 and runs[0] == term.translate(_ASCII_LOWER)
    long_runs = [r for r in runs if len(r) > 1]
    if long_runs:
        phrases = " AND ".join('"' + " ".join(r[i:i + 2] for i in range(len(r) - 1)) + '"' for r in long_runs)
        return TermPlan(phrases, None, not exact or len(long_runs) != len(runs))
    if exact:
        return TermPlan(None, f'"{runs[0]}"', False)
    return TermPlan(None, None, True)


@dataclass
class Query:
    """A parsed search: words that must occur, words that must not, and entity filters."""

    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    fields: list[tuple[str, str]] = field(default_factory=list)  # (official|task|post|source, value)

    @property
    def empty(self) -> bool:
        return not (self.include or self.exclude or self.fields)


def parse_query(text: str) -> Query:
    """Split what the user typed: words AND-ed, "quoted phrases", -word to exclude, 官员:王晓 filters."""
    text = (text or "").replace("“", '"').replace("”", '"').replace("\u3000", " ")
    # Lone surrogates (a command-line argument in a broken encoding) cannot go to SQLite as UTF-8.
    text = _SURROGATE.sub("\ufffd", text)
    try:
        parts = shlex.split(text, posix=True)
    except ValueError:  # an unbalanced quote: take the words as they are
        parts = text.replace('"', " ").split()
    q = Query()
    for part in parts:
        if not part:
            continue
        key, sep, value = part.replace("：", ":").partition(":")
        if sep and key.lower() in FIELD_PREFIXES and value:
            q.fields.append((FIELD_PREFIXES[key.lower()], value))
        elif part.startswith("-") and len(part) > 1:
            q.exclude.append(part[1:])
        else:
            q.include.append(part)
    return q
