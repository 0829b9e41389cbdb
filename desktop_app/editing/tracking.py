"""督办: task statuses, due dates written as words, progress notes and the task board's filters. Pure."""
from __future__ import annotations

import calendar
import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Sequence, cast

from ..domain import TASK_STATUSES, ProgressNote, TaskRow

DONE = "done"

_FULL = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_MONTH = re.compile(r"(?:(\d{4})\s*年)?\s*(\d{1,2})\s*月(?:底|末|份)?")
_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def due_date(text: str, year: int | None = None) -> _dt.date | None:
    """The last day a 完成时限 allows, or None when it names none (长期坚持, 持续推进).

    Understands 2019-06-30 / 2019年6月30日, 6月底前 / 2019年6月, 年底前 / 年内, 上半年 / 下半年,
    第三季度; a year left out is `year` (the article's year)."""
    text = (text or "").strip()
    if not text:
        return None
    m = _FULL.search(text)
    if m:
        try:
            return _dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    explicit = re.search(r"(\d{4})\s*年", text)
    y = int(explicit[1]) if explicit else year
    if y is None:
        return None
    m = _MONTH.search(text)
    if m and 1 <= int(m[2]) <= 12:
        month = int(m[2])
        return _dt.date(y, month, calendar.monthrange(y, month)[1])
    q = re.search(r"第?([一二三四1-4])季度", text)
    if q:
        month = _QUARTER[q[1]] * 3
        return _dt.date(y, month, calendar.monthrange(y, month)[1])
    if "上半年" in text:
        return _dt.date(y, 6, 30)
    if any(w in text for w in ("年底", "年末", "年内", "下半年", "全年", "本年")) or explicit:
        return _dt.date(y, 12, 31)
    return None


# A typed day: 2019-10-01, 2019/10/1, 2019.10.1, 2019年10月1日, 20191001 (the whole text, nothing else).
_DAY = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
DUE_NOTE = "完成时限:"  # what 备注 says of a 完成时限 written in words


def typed_day(text: str) -> str | None:
    """`text` as ISO yyyy-mm-dd when it is a day and nothing else (full-width digits count)."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    m = _DAY.fullmatch(text) or _COMPACT.fullmatch(text)
    if not m:
        return None
    try:
        return _dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def split_due(due: str, remark: str, year: int | None = None) -> tuple[str, str]:
    """(完成时限 as a date yyyy-mm-dd or "", 备注): the 完成时限 field holds a date, words go to 备注.

    A typed day becomes its ISO date. Words that name a day (6月底前, 年底前, 第三季度 in the article's
    `year`) give that day, and the words are kept in 备注 too; words that name none (下月底, 长期坚持)
    leave the date empty and are kept in 备注 — nothing typed is lost. Idempotent."""
    text = unicodedata.normalize("NFKC", due or "").strip()
    if not text:
        return "", remark
    day = typed_day(text)
    if day:
        return day, remark
    named = due_date(text, year)
    note = DUE_NOTE + text
    if note not in remark:
        remark = note + (";" + remark if remark else "")
    return (named.isoformat() if named else ""), remark


def is_overdue(due: str, status: str, today: _dt.date, year: int | None = None) -> bool:
    """Past its 完成时限 and not 已完成."""
    d = due_date(due, year)
    return d is not None and d < today and status != DONE


def parse_progress(text: str, today: _dt.date) -> tuple[ProgressNote, ...]:
    """进展情况 typed one note a line, "2019-04-01 已召开推进会"; a line without a date gets today's."""
    notes = []
    for line in (text or "").splitlines():
        line = line.strip()
        if not line:
            continue
        m = re.match(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?[\s::,,]*(.*)$", line)
        date = None
        if m:
            try:
                date = _dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
                line = m[4].strip()
            except ValueError:
                date = None
        notes.append(ProgressNote(date or today.isoformat(), line))
    return tuple(notes)


def progress_text(notes: Iterable[ProgressNote]) -> str:
    return "\n".join(f"{n.date} {n.text}".rstrip() for n in notes)


_PARSE = object()  # BoardFilter.accepts: parse the row's 完成时限 (no day given)


@dataclass(frozen=True)
class BoardFilter:
    """What the task board shows: empty fields do not filter."""

    status: str = ""
    speaker: str = ""
    unit: str = ""  # found in 责任单位 or 配合单位
    due_before: _dt.date | None = None
    overdue: bool = False
    text: str = ""  # found in the task text or the article title
    tracked_only: bool = False  # the 督办 board: only the tasks the office tracks (TaskRow.tracked)

    def accepts(self, row: TaskRow, today: _dt.date, due: object = _PARSE) -> bool:
        """`due`: the row's 完成时限 as a day when already worked out (editing/board_view), else parsed here."""
        t = row.tracking
        if self.tracked_only and not row.tracked:
            return False
        if self.status and t.status != self.status:
            return False
        if self.speaker and (row.task.speaker or "") != self.speaker:
            return False
        if self.unit and self.unit not in t.lead_unit and self.unit not in t.assist_units:
            return False
        if self.due_before is not None or self.overdue:
            d = due_date(t.due, _year(row.article_date)) if due is _PARSE else cast("_dt.date | None", due)
            if self.due_before is not None and (d is None or d > self.due_before):
                return False
            if self.overdue and not (d is not None and d < today and t.status != DONE):  # is_overdue
                return False
        if self.text and self.text not in row.task.text and self.text not in row.article_title:
            return False
        return True


def _year(date: str | None) -> int | None:
    try:
        return int(date[:4]) if date else None
    except ValueError:
        return None


def due_soon(due: str, status: str, today: _dt.date, year: int | None = None, days: int = 7) -> bool:
    """Not done and due within `days` from today (today included): 本周到期."""
    d = due_date(due, year)
    return d is not None and today <= d <= today + _dt.timedelta(days=days) and status != DONE


def filter_rows(rows: Sequence[TaskRow], f: BoardFilter, today: _dt.date) -> list[TaskRow]:
    return [r for r in rows if f.accepts(r, today)]


def article_year(row: TaskRow) -> int | None:
    return _year(row.article_date)


__all__ = ["TASK_STATUSES", "BoardFilter", "DUE_NOTE", "due_date", "split_due", "typed_day", "due_soon", "filter_rows", "is_overdue", "parse_progress",
           "progress_text", "article_year"]


# -- field-level 督办 writes ------------------------------------------------------------------------
# The fields a 督办 write compares and writes one by one (Tracking's, in the order the board shows them).
FIELDS = ("leader", "lead_unit", "assist_units", "due", "status", "progress", "remark")


def changed_fields(base, new) -> tuple[str, ...]:
    """The fields of `new` that differ from `base` (the fields as read): what the user changed."""
    return tuple(f for f in FIELDS if getattr(new, f) != getattr(base, f))


@dataclass(frozen=True)
class FieldClash:
    """One field that someone else changed since this desk read it, and that this desk changed too."""

    field: str
    mine: object    # what this desk typed
    theirs: object  # what is stored now
    who: str = ""   # the database user who stored it ("" when the library does not record it: a file)


class TrackingConflict(Exception):
    """A 督办 write found fields changed by someone else since they were read: nothing was written.
    `theirs` is the task's 督办 as stored now, `tracking_id` its row; writing again with base=theirs
    keeps mine, showing theirs takes theirs."""

    def __init__(self, tracking_id: int, theirs, clashes: tuple[FieldClash, ...]):
        super().__init__("conflict: " + ", ".join(c.field for c in clashes))
        self.tracking_id = tracking_id
        self.theirs = theirs
        self.clashes = clashes

    def with_who(self, who: dict[str, str]) -> TrackingConflict:
        """The same conflict naming who stored each field (field -> database user)."""
        from dataclasses import replace

        return TrackingConflict(self.tracking_id, self.theirs,
                                tuple(replace(c, who=who.get(c.field, c.who)) for c in self.clashes))
