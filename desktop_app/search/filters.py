"""Search filters (date range, source, official, …) as extra query fields; hit spans and snippets.

Qt-free. `Filters` is what the widgets beside the search box hold; `Filters.apply(query)` adds them
to a parsed `Query` as fields the store understands. `find_hits` and `snippet` give the places a
search matches in a text with the store's semantics (exact substring, ASCII case ignored), so the
list and the reader mark exactly what the store found.
"""
from __future__ import annotations

import re
from typing import Any

from ..frozen import Frozen
from .query import Query, parse_query

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_HAS_ASCII_LETTER = re.compile(r"[A-Za-z]")

# Field kinds the filters add to Query.fields (the store's _filter_clause knows them).
DATE_FROM, DATE_TO, SOURCE_IS, OFFICIAL, OPEN_TASKS, TAG = (
    "date_from", "date_to", "source_is", "official", "open_tasks", "tag")
# Fields whose value is text that occurs in the body, and so is marked as a hit.
_HIT_FIELDS = ("official", "task", "post")


def _iso(value) -> str:
    if not value:
        return ""
    import datetime  # here: the list's first paint (no date filter) need not import it

    try:
        return datetime.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        return ""


class Filters(Frozen):
    """The filters beside the search box; empty strings / False mean "any". A Frozen value (as the
    frozen dataclass it was): the list's first paint needs one, and not `dataclasses`."""

    __slots__ = ("date_from", "date_to", "source", "official", "open_tasks", "tag")
    date_from: str  # ISO yyyy-mm-dd, inclusive
    date_to: str  # ISO yyyy-mm-dd, inclusive
    source: str  # exact source name
    official: str  # exact official name
    open_tasks: bool  # only articles with a task not yet done (needs schema v2)
    tag: str  # needs schema v2

    def __init__(self, date_from: str = "", date_to: str = "", source: str = "", official: str = "",
                 open_tasks: bool = False, tag: str = "") -> None:
        self._init(date_from, date_to, source, official, open_tasks, tag)

    @property
    def empty(self) -> bool:
        return self == Filters()

    def apply(self, query: Query) -> Query:
        """`query` with these filters added as fields (a new Query; the argument is unchanged)."""
        extra: list[tuple[str, str]] = []
        if _iso(self.date_from):
            extra.append((DATE_FROM, _iso(self.date_from)))
        if _iso(self.date_to):
            extra.append((DATE_TO, _iso(self.date_to)))
        if self.source:
            extra.append((SOURCE_IS, self.source))
        if self.official.strip():
            extra.append((OFFICIAL, self.official.strip()))
        if self.open_tasks:
            extra.append((OPEN_TASKS, "1"))
        if self.tag.strip():
            extra.append((TAG, self.tag.strip()))
        return query.copy(fields=list(query.fields) + extra)

    def to_dict(self) -> dict:
        return {k: v for k, v in self.as_dict().items() if v}

    @classmethod
    def from_dict(cls, data) -> Filters:
        """Tolerant of missing, unknown or mistyped keys (settings written by another version)."""
        if not isinstance(data, dict):
            return cls()
        known: dict[str, Any] = {}
        for name, default in cls().as_dict().items():
            value = data.get(name, default)
            if isinstance(default, bool):
                known[name] = value is True or str(value).lower() in ("true", "1")
            else:
                known[name] = str(value) if value is not None else ""
        known["date_from"], known["date_to"] = _iso(known["date_from"]), _iso(known["date_to"])
        return cls(**known)


def build_query(text: str | None, filters: Filters | None = None) -> Query:
    """What the store is asked: the search text parsed, with the filters added."""
    q = parse_query(text or "")
    return filters.apply(q) if filters is not None else q


def hit_terms(query: Query | str | None) -> list[str]:
    """The strings whose occurrences are hits: wanted words and phrases, and entity values that
    occur in the text (官员:, 任务:, 职务:). Excluded words and filters are not hits."""
    if query is None:
        return []
    q = parse_query(query) if isinstance(query, str) else query
    terms = list(q.include) + [value for kind, value in q.fields if kind in _HIT_FIELDS]
    seen, out = set(), []
    for t in terms:
        key = t.translate(_ASCII_LOWER)
        if t and key not in seen:
            seen.add(key)
            out.append(t)
    return out


def _occurrences(text: str, term: str):
    """Start indices of every occurrence of `term` in `text`, overlapping ones included, ASCII
    letters matched without case (as SQLite's lower() does); other characters exactly."""
    if _HAS_ASCII_LETTER.search(term):
        # re.ASCII | re.IGNORECASE folds only A-Z/a-z: the store's semantics, at C speed.
        return (m.start() for m in re.finditer(f"(?={re.escape(term)})", text, re.ASCII | re.IGNORECASE))
    return _plain_occurrences(text, term)


def _plain_occurrences(text: str, term: str):
    pos = text.find(term)
    while pos >= 0:
        yield pos
        pos = text.find(term, pos + 1)


def find_hits(text: str, query: Query | str | list[str] | None) -> list[tuple[int, int]]:
    """Every place in `text` a hit term occurs, as sorted, non-overlapping [start, end) Python
    string indices (overlapping or touching occurrences are merged). ASCII case is ignored, as the
    store ignores it."""
    terms = query if isinstance(query, list) else hit_terms(query)
    if not text or not terms:
        return []
    spans = [(pos, pos + len(term)) for term in terms if term for pos in _occurrences(text, term)]
    if not spans:
        return []
    spans.sort()
    merged = [spans[0]]
    for s, e in spans[1:]:
        if s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def count_hits(text: str, terms: list[str]) -> int:
    """How many times the terms occur in `text` (ASCII case ignored); for relevance ranking."""
    total = 0
    for t in terms:
        if not t:
            continue
        if _HAS_ASCII_LETTER.search(t):
            total += len(re.findall(re.escape(t), text, re.ASCII | re.IGNORECASE))
        else:
            total += text.count(t)
    return total


class Snippet(Frozen):
    """A short excerpt and the hits inside it, as [start, end) indices into `text`."""

    __slots__ = ("text", "hits")
    text: str
    hits: tuple[tuple[int, int], ...]

    def __init__(self, text: str, hits: tuple[tuple[int, int], ...] = ()) -> None:
        self._init(text, hits)


ELLIPSIS = "…"


def snippet(text: str, query: Query | str | list[str] | None, width: int = 60,
            before: int | None = None) -> Snippet:
    """About `width` characters of `text` around its first hit (the start when there is none),
    on one line, with "…" where text was cut; hits are given relative to the snippet.
    `before`: characters of context kept before the first hit (default: a third of the room)."""
    text = text or ""
    hits = find_hits(text, query)
    if hits:
        first_start, first_end = hits[0]
        if before is None:
            before = max(4, (width - (first_end - first_start)) // 3)
        start = max(0, first_start - before)
    else:
        start = 0
    end = min(len(text), start + width)  # the hit stays near the start, where a narrow column shows it
    # Never cut inside a hit: widen to take it whole.
    for s, e in hits:
        if s < start < e:
            start = s
        if s < end < e:
            end = e
    piece = text[start:end]
    # One line: newlines and tabs become spaces (same length, so offsets hold).
    piece = piece.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(text) else ""
    shift = len(prefix) - start
    inside = tuple((max(s, start) + shift, min(e, end) + shift) for s, e in hits if e > start and s < end)
    return Snippet(prefix + piece + suffix, inside)


def relevance_order(ids: list[int], texts: dict[int, tuple[str, str, str]], terms: list[str]) -> list[int]:
    """`ids` ranked by how often the terms occur (a hit in the title or subtitle counts 3 times);
    ties keep their order in `ids` (newest first)."""
    if not terms:
        return list(ids)

    def score(article_id: int) -> int:
        title, subtitle, body = texts.get(article_id, ("", "", ""))
        return 3 * count_hits(f"{title}\n{subtitle}", terms) + count_hits(body, terms)

    return sorted(ids, key=lambda i: -score(i))


class SavedSearch(Frozen):
    """A search the user named: its text and filters."""

    __slots__ = ("name", "text", "filters")
    name: str
    text: str
    filters: Filters

    def __init__(self, name: str, text: str = "", filters: Filters | None = None) -> None:
        self._init(name, text, filters if filters is not None else Filters())

    def to_dict(self) -> dict:
        return {"name": self.name, "text": self.text, "filters": self.filters.to_dict()}

    @classmethod
    def from_dict(cls, data) -> SavedSearch | None:
        if not isinstance(data, dict) or not str(data.get("name") or "").strip():
            return None
        return cls(str(data["name"]).strip(), str(data.get("text") or ""), Filters.from_dict(data.get("filters")))


def saved_searches_from_json(text: str | None) -> list[SavedSearch]:
    """The saved searches in settings; damaged entries are skipped, never fatal."""
    import json

    try:
        items = json.loads(text or "[]")
    except ValueError:
        return []
    found = [SavedSearch.from_dict(d) for d in items] if isinstance(items, list) else []
    return [s for s in found if s is not None]


def saved_searches_to_json(searches: list[SavedSearch]) -> str:
    import json

    return json.dumps([s.to_dict() for s in searches], ensure_ascii=False)
