"""Frozen value types shared by every layer; standard library only.

Two modules hold them: values.py the types every list and search builds, records.py the rest
(trash, import reports, the editing pane, the task board, revisions, the people index), made on
first use (PEP 562): `zhengwen list` and `search` never build those, and making a dataclass costs a
fraction of a millisecond each, which added up to a sixth of those commands' start-up
(docs/benchmarks.md). Everyone imports from here.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .values import (TASK_STATUSES, Article, ArticleSummary, Corrections, Extraction, Official,
                     ParsedArticle, Span, Task, TaskOverride)

if TYPE_CHECKING:
    from .records import (ArticleState, ImportReport, Person, PersonArticle, PersonDetail, PersonTask,
                          PostDates, ProgressNote, Revision, TaskRow, Tracking, TrackingChange, TrashedArticle)

__all__ = ["TASK_STATUSES", "Article", "ArticleSummary", "Corrections", "Extraction", "Official",
           "ParsedArticle", "Span", "Task", "TaskOverride",
           "ArticleState", "ImportReport", "Person", "PersonArticle", "PersonDetail", "PersonTask",
           "PostDates", "ProgressNote", "Revision", "TaskRow", "Tracking", "TrackingChange", "TrashedArticle"]

_IN_RECORDS = frozenset(__all__[10:])


def __getattr__(name: str):
    if name in _IN_RECORDS:
        from . import records

        return getattr(records, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
