"""The 督办 board's rows as shown: prepared once per read, then filtered and sorted by plain functions.

Pure and Qt-free, because this is what runs on a worker thread: at 300,000 tasks a filter that asked
Qt's proxy about every row (a call from C++ into Python each) froze the window 1.3–2.7 s per change.
Here a read is prepared once (序号, each 完成时限 parsed in its article's year, the 讲话人 choices) and
a filter or sort is a pass over lists that returns the shown rows as indices into the read.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Sequence

from ..domain import TASK_STATUSES, TaskRow
from .tracking import BoardFilter, article_year, due_date

# The board's columns by what they sort on (ui/task_board maps its column numbers to these).
SORT_KEYS = ("no", "article", "date", "speaker", "text", "leader", "lead_unit", "assist_units", "due",
             "status", "progress", "remark", "tracked")


@dataclass(frozen=True)
class BoardRows:
    """One read of the board: the rows in the store's order and what is worked out from them once."""

    rows: tuple[TaskRow, ...]
    numbers: tuple[str, ...]  # 序号: 1, 1.1, 1.2, 2 … within each article
    due: tuple[_dt.date | None, ...]  # each row's 完成时限 as a day (None: none named)
    speakers: tuple[str, ...]  # the 讲话人 choices, sorted


def numbering(rows: Sequence[TaskRow]) -> list[str]:
    """序号 as offices write it: 1, 1.1, 1.2, 2 … within each article."""
    out, article, top, sub = [], None, 0, 0
    for r in rows:
        if r.article_id != article:
            article, top, sub = r.article_id, 0, 0
        if r.orphan:
            out.append("—")
        elif r.task.level == 1 or top == 0:
            top, sub = top + 1, 0
            out.append(str(top))
        else:
            sub += 1
            out.append(f"{top}.{sub}")
    return out


def row_due(row: TaskRow) -> _dt.date | None:
    return due_date(row.tracking.due, article_year(row))


def prepare(rows: Sequence[TaskRow]) -> BoardRows:
    """Work out, once per read, what every filter and sort needs."""
    rows = tuple(rows)
    return BoardRows(rows, tuple(numbering(rows)), tuple(row_due(r) for r in rows),
                     tuple(sorted({r.task.speaker for r in rows if r.task.speaker})))


def shown(rows: Sequence[TaskRow], due: Sequence[_dt.date | None], f: BoardFilter, today: _dt.date,
          key: str = "no", descending: bool = False) -> list[int]:
    """Indices of the rows `f` lets through, in the order of the column `key` (its natural order:
    statuses in their sequence, 完成时限 by day with none last, 序号 the store's order). A stable sort,
    so rows equal in `key` keep the store's order."""
    picked = list(range(len(rows)))
    if f != BoardFilter():
        picked = [i for i in picked if f.accepts(rows[i], today, due[i])]
    if key == "no":
        return picked[::-1] if descending else picked
    sort_key = _sort_key(key, rows, due)
    return sorted(picked, key=sort_key, reverse=descending)


def in_scope(rows: Sequence[TaskRow], f: BoardFilter) -> int:
    """How many of `rows` the board's 范围 takes in (督办中: the tracked ones; 全部任务: all): the
    "of N" of its count."""
    return sum(1 for r in rows if r.tracked) if f.tracked_only else len(rows)


def _sort_key(key: str, rows: Sequence[TaskRow], due: Sequence[_dt.date | None]):
    if key == "due":
        return lambda i: due[i] or _dt.date.max
    if key == "status":
        return lambda i: (TASK_STATUSES.index(rows[i].tracking.status)
                          if rows[i].tracking.status in TASK_STATUSES else 9)
    if key == "progress":
        return lambda i: rows[i].tracking.progress[-1].date if rows[i].tracking.progress else ""
    if key == "tracked":
        return lambda i: 0 if rows[i].tracked else 1
    if key in ("article", "date", "speaker", "text"):
        field = {"article": lambda r: r.article_title, "date": lambda r: r.article_date or "",
                 "speaker": lambda r: r.task.speaker or "", "text": lambda r: r.task.text}[key]
        return lambda i: field(rows[i])
    if key in ("leader", "lead_unit", "assist_units", "remark"):
        return lambda i: getattr(rows[i].tracking, key)
    raise ValueError(key)


__all__ = ["SORT_KEYS", "BoardRows", "in_scope", "numbering", "prepare", "row_due", "shown"]
