"""The domain's value types that `zhengwen list` and `search` never build: the trash, import
reports, the editing pane, the task board, revisions and the people index. Import them from
domain.py (which loads this module on first use)."""
from __future__ import annotations

from dataclasses import dataclass, field

from .values import Corrections, Extraction, Task


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
class TrackingChange:
    """One change of a task's 督办 fields as a server library records it (server/schema.py version 5)."""

    at: str                    # yyyy-mm-dd hh:mm:ss, the server's local time
    who: str                   # the database user who made it
    article_id: int
    article_title: str | None  # None: the article has been deleted since
    task: str                  # the task's text when it was changed
    action: str                # "insert" (纳入督办), "update", "delete"
    changes: dict              # field -> [before, after], the fields that changed


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
