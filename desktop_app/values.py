"""The value types every list and search builds (articles, spans, officials, tasks, corrections).
Import them from domain.py, which also gives the rest (records.py)."""
from __future__ import annotations

from dataclasses import dataclass, field

from .summary import ArticleSummary as ArticleSummary  # re-exported; not a dataclass: `zhengwen list` needs only this one (summary.py)


@dataclass(frozen=True)
class Span:
    """A half-open character range [start, end) into an article body (Python string indices)."""

    start: int
    end: int
    review: bool = field(default=False, compare=False)  # an edit cut into it: a person should check it


@dataclass(frozen=True)
class Official:
    """A named person given a post in the article, with every place the body mentions them."""

    name: str
    titles: tuple[str, ...]
    mentions: tuple[Span, ...] = ()
    # Which extractor rules found this person (extraction/explain.py names them); not stored, not
    # compared: the reader re-runs the extractor to say why a highlight is there.
    rules: tuple[str, ...] = field(default=(), compare=False)


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
    manual: bool = field(default=False, compare=False)  # marked by a person, not the extractor
    review: bool = field(default=False, compare=False)  # an edit cut into it: a person should check it
    rules: tuple[str, ...] = field(default=(), compare=False)  # the extractor's rules (see Official.rules)


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
    tags: tuple[str, ...] = ()
    note: str = ""


# -- corrections, tracking and revisions (the editing pane and the task board) -------------------

@dataclass(frozen=True)
class TaskOverride:
    """A person's change to an automatic task, anchored to the task's text and place so that it
    finds the task again after re-extraction. None keeps what the extractor said."""

    start: int
    end: int
    text: str
    speaker: str | None = None
    level: int | None = None


@dataclass(frozen=True)
class Corrections:
    """Everything a person changed in an article's highlights, kept apart from what the extractor found.

    `posts`: (name, posts) overriding or adding an official's posts; `mentions`: (name, span) marked
    by hand; `suppressed`: (kind, span) ranges whose automatic highlights of that kind are removed
    ("official" / "task"); `tasks`: tasks marked by hand (ids "m1", "m2" …); `task_overrides`:
    speaker or level changes of automatic tasks.
    """

    posts: tuple[tuple[str, tuple[str, ...]], ...] = ()
    mentions: tuple[tuple[str, Span], ...] = ()
    suppressed: tuple[tuple[str, Span], ...] = ()
    tasks: tuple[Task, ...] = ()
    task_overrides: tuple[TaskOverride, ...] = ()

    def is_empty(self) -> bool:
        return not (self.posts or self.mentions or self.suppressed or self.tasks or self.task_overrides)


TASK_STATUSES = ("not_started", "in_progress", "done", "delayed")  # 未启动 / 推进中 / 已完成 / 延期
