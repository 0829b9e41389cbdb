"""User search text -> a structured query: words that must occur, words that must not, field filters.

How a word is then looked up in the full-text index is the store's business (store/tokens.py)."""
from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")

# Every word is a condition of the SQL (and a field filter a subquery): SQLite refuses an expression
# tree deeper than 1,000 ("Expression tree is too large"), which 999 words reached. No one types 64
# distinct words into a search box; a pasted paragraph is cut there and the rest reported.
MAX_WORDS = 64

FIELD_PREFIXES = {"官员": "official", "official": "official", "任务": "task", "task": "task",
                  "职务": "post", "post": "post", "来源": "source", "source": "source"}


class Query:
    """A parsed search: words that must occur, words that must not, and entity filters.

    A plain class, not a dataclass: `zhengwen search` starts faster without importing dataclasses
    (docs/benchmarks.md). Compares and prints as the dataclass did."""

    __slots__ = ("include", "exclude", "fields", "dropped")

    def __init__(self, include: list[str] | None = None, exclude: list[str] | None = None,
                 fields: list[tuple[str, str]] | None = None, dropped: list[str] | None = None) -> None:
        self.include: list[str] = [] if include is None else include
        self.exclude: list[str] = [] if exclude is None else exclude
        self.fields: list[tuple[str, str]] = [] if fields is None else fields  # (official|task|post|source, value)
        # Words beyond MAX_WORDS, left out of the search (the caller says so: code 'too_many_words').
        self.dropped: list[str] = [] if dropped is None else dropped

    def copy(self, **changes) -> Query:
        """A new Query with fresh lists (changed where `changes` names a field)."""
        values = {name: list(getattr(self, name)) for name in self.__slots__}
        return Query(**{**values, **changes})

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Query):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    def __repr__(self) -> str:
        return "Query(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__) + ")"

    @property
    def empty(self) -> bool:
        return not (self.include or self.exclude or self.fields)


def _split(text: str) -> list[str]:
    import shlex  # here: the list's first paint (nothing typed) need not import it

    return shlex.split(text, posix=True)


def parse_query(text: str | None) -> Query:
    """Split what the user typed: words AND-ed, "quoted phrases", -word to exclude, 官员:王晓 filters."""
    text = (text or "").replace("“", '"').replace("”", '"').replace("\u3000", " ")
    # Lone surrogates (a command-line argument in a broken encoding) cannot go to SQLite as UTF-8.
    text = _SURROGATE.sub("\ufffd", text)
    try:
        parts = _split(text) if text.strip() else []
    except ValueError:  # an unbalanced quote: take the words as they are
        # A word made only of quotes (a lone ") is looked for as it is; it must not vanish and
        # leave an empty query, which finds every article.
        parts = [p.replace('"', "") or p for p in text.split()]
    q = Query()
    seen: set[tuple[str, str]] = set()
    for part in parts:
        if not part:
            continue
        key, sep, value = part.replace("：", ":").partition(":")
        item: str | tuple[str, str]
        if sep and key.lower() in FIELD_PREFIXES and value:
            where, item = "fields", (FIELD_PREFIXES[key.lower()], value)
        elif part.startswith("-") and len(part) > 1:
            where, item = "exclude", part[1:]
        else:
            where, item = "include", part
        if (where, str(item)) in seen:  # the same word twice asks nothing more
            continue
        if len(seen) >= MAX_WORDS:
            q.dropped.append(part)
            continue
        seen.add((where, str(item)))
        getattr(q, where).append(item)
    return q
