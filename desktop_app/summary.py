"""ArticleSummary: one row of the article list, as `zhengwen list` and `search` print it.

A plain slotted class rather than a dataclass on purpose: `list` and `search` build nothing else,
and importing `dataclasses` (with `inspect`, `ast`, `dis`, `tokenize`) plus generating the other
value types' methods was a third of their start-up (docs/benchmarks.md). It behaves as the frozen
dataclass it replaces: keyword or positional fields, ==, hash, repr, and no assignment.
"""
from __future__ import annotations

_FIELDS = ("id", "title", "date", "source", "n_officials", "n_tasks")


class ArticleSummary:
    """One row of the article list."""

    __slots__ = _FIELDS
    id: int
    title: str
    date: str | None
    source: str
    n_officials: int
    n_tasks: int

    def __init__(self, id: int, title: str, date: str | None, source: str,
                 n_officials: int, n_tasks: int) -> None:
        setter = object.__setattr__
        setter(self, "id", id)
        setter(self, "title", title)
        setter(self, "date", date)
        setter(self, "source", source)
        setter(self, "n_officials", n_officials)
        setter(self, "n_tasks", n_tasks)

    def _values(self) -> tuple:
        return (self.id, self.title, self.date, self.source, self.n_officials, self.n_tasks)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ArticleSummary):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return "ArticleSummary(" + ", ".join(f"{n}={v!r}" for n, v in zip(_FIELDS, self._values())) + ")"

    def __setattr__(self, name: str, value) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")  # frozen, as the dataclass was

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")
