"""Frozen value types shared by every layer; standard library only."""
from __future__ import annotations

from dataclasses import dataclass, field


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
    tags: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class TrashedArticle:
    """A row of the trash (回收站): the article's list fields and when it was deleted."""

    id: int
    title: str
    date: str | None
    source: str
    deleted_at: str  # local time, "yyyy-mm-dd hh:mm:ss"


@dataclass
class ImportReport:
    """What one import batch did: stored ids, duplicates skipped and files that failed with why."""

    imported: list[int] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    # Files whose title and date match a stored article but whose text differs: (path, article id).
    # Not imported; the user decides whether to update the stored article (importer.update_from_file).
    changed: list[tuple[str, int]] = field(default_factory=list)
    # What a folder walk passed over, each with a stable reason code: (path, code). Codes:
    # 'unsupported' (a type import does not read), 'hidden' (a hidden or Word lock file or folder),
    # 'unreadable' (a folder that cannot be listed), 'link_outside' (a link leading out of the
    # imported folder), 'not_regular' (a FIFO, socket or device), 'missing' (a link to nothing).
    skipped: list[tuple[str, str]] = field(default_factory=list)
    # Files not imported because the import stopped early (cancel, Ctrl-C, a full disk).
    left: list[str] = field(default_factory=list)
    # The file on disk behind a shown name that differs from it (a name that is not valid UTF-8).
    sources: dict[str, str] = field(default_factory=dict)
    # The stored article each duplicate matches: path -> (article id, its title).
    duplicate_of: dict[str, tuple[int, str]] = field(default_factory=dict)


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


@dataclass(frozen=True)
class ArticleState:
    """An article as the editing pane holds it: fields, body, the extractor's spans and the
    corrections. `date` and `views` are the text typed (validated on save)."""

    title: str
    body: str
    subtitle: str = ""
    source: str = ""
    date: str = ""
    views: str = ""
    tags: tuple[str, ...] = ()
    note: str = ""
    auto: Extraction = Extraction()
    corrections: Corrections = Corrections()


TASK_STATUSES = ("not_started", "in_progress", "done", "delayed")  # 未启动 / 推进中 / 已完成 / 延期


@dataclass(frozen=True)
class ProgressNote:
    """One dated line of 进展情况."""

    date: str  # ISO yyyy-mm-dd
    text: str


@dataclass(frozen=True)
class Tracking:
    """督办 fields of one task: 责任单位, 配合单位, 责任领导, 完成时限, 状态, 进展情况, 备注."""

    lead_unit: str = ""
    assist_units: str = ""
    leader: str = ""
    due: str = ""  # a date (yyyy-mm-dd) or words such as 年底前 / 长期坚持
    status: str = "not_started"
    progress: tuple[ProgressNote, ...] = ()
    remark: str = ""


@dataclass(frozen=True)
class TaskRow:
    """One row of the task board: a task of an article with its tracking fields.

    `orphan` is True when the task the tracking was attached to is no longer found in the article
    (its text was deleted): the tracking is kept and shown for a person to re-attach or drop.
    """

    article_id: int
    article_title: str
    article_date: str | None
    task: Task
    tracking: Tracking = Tracking()
    tracking_id: int | None = None
    orphan: bool = False
    tracked: str = ""  # why it is on the 督办 board: "task", "article", "source", "tag"; "" not tracked


@dataclass(frozen=True)
class Revision:
    """One saved change of an article: who, when (ISO, local time), what changed and the state before."""

    id: int
    article_id: int
    at: str
    who: str
    changes: dict
    before: ArticleState | None = None


# -- the people index (Store.people / Store.person) -------------------------------------------------
@dataclass(frozen=True)
class Person:
    """One official across the store: the posts held (latest first), articles naming them, tasks they
    gave, the first and last dates they were named."""

    name: str
    posts: tuple[tuple[str, ...], ...] = ()
    articles: int = 0
    tasks: int = 0
    first: str | None = None
    last: str | None = None


@dataclass(frozen=True)
class PostDates:
    """A post (its titles) and the dates of the articles naming the person in it, oldest first."""

    posts: tuple[str, ...]
    dates: tuple[str, ...]


@dataclass(frozen=True)
class PersonArticle:
    article_id: int
    title: str
    date: str | None
    posts: tuple[str, ...]  # the titles the article gives the person
    mentions: int


@dataclass(frozen=True)
class PersonTask:
    article_id: int
    task_id: str
    text: str
    date: str | None
    title: str  # the article's


@dataclass(frozen=True)
class PersonDetail:
    """Everything the people index shows of one person, newest first."""

    name: str
    posts: tuple[PostDates, ...] = ()
    articles: tuple[PersonArticle, ...] = ()
    tasks: tuple[PersonTask, ...] = ()
