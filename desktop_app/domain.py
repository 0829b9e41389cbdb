"""Frozen value types shared by every layer; standard library only."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A half-open character range [start, end) into an article body (Python string indices)."""

    start: int
    end: int


@dataclass(frozen=True)
class Official:
    """A named person given a post in the article, with every place the body mentions them."""

    name: str
    titles: tuple[str, ...]
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Task:
    """One directive: what a speaker says must be done.

    `id` is unique within the article ("t1", "t2" …); `parent` is the id of the level-1 heading a
    level-2 directive sits under, or None.
    """

    id: str
    level: int
    text: str
    start: int
    end: int
    ordinal: str | None = None
    speaker: str | None = None
    parent: str | None = None


@dataclass(frozen=True)
class Extraction:
    """What the extractor found in one article body."""

    officials: tuple[Official, ...] = ()
    tasks: tuple[Task, ...] = ()


@dataclass(frozen=True)
class ParsedArticle:
    """The fields of one raw article file, before it is stored."""

    title: str
    body: str
    subtitle: str = ""
    source: str = ""
    date: str | None = None  # ISO yyyy-mm-dd, or None when the file gives no valid date
    views: int | None = None


@dataclass(frozen=True)
class ArticleSummary:
    """One row of the article list."""

    id: int
    title: str
    date: str | None
    source: str
    n_officials: int
    n_tasks: int


@dataclass(frozen=True)
class Article:
    """A stored article with what was extracted from it."""

    id: int
    title: str
    body: str
    subtitle: str = ""
    source: str = ""
    date: str | None = None
    views: int | None = None
    path: str | None = None
    officials: tuple[Official, ...] = ()
    tasks: tuple[Task, ...] = ()


@dataclass
class ImportReport:
    """What one import batch did: stored ids, duplicates skipped and files that failed with why."""

    imported: list[int] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
