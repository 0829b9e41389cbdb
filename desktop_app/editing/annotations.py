"""Spans under edits and corrections: shifting for body edits, merging corrections, anchors. Pure.

Offsets are Python string indices (code points), as everywhere in the core; the UI converts to
UTF-16 at the Qt boundary.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence

from ..domain import Corrections, Extraction, Official, Span, Task, TaskOverride

OFFICIAL = "official"
TASK = "task"


@dataclass(frozen=True)
class Edit:
    """Replace body[pos:pos+removed] with `inserted` new characters."""

    pos: int
    removed: int
    inserted: int

    @property
    def delta(self) -> int:
        return self.inserted - self.removed


@dataclass(frozen=True)
class ShiftReport:
    """What an edit did to spans: how many it cut into (now flagged) and how many it deleted."""

    flagged: int = 0
    removed: int = 0

    def __add__(self, other: ShiftReport) -> ShiftReport:
        return ShiftReport(self.flagged + other.flagged, self.removed + other.removed)


def _common_prefix(a: str, b: str) -> int:
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:  # binary search on slice equality: fast on long bodies
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str, limit: int) -> int:
    lo, hi = 0, limit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[len(a) - mid:] == b[len(b) - mid:]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def diff_edit(old: str, new: str, hint: int | None = None) -> Edit | None:
    """The one contiguous edit turning `old` into `new`; None when they are equal.

    Where the place is ambiguous (typing 王 after 王), `hint` — where the editor says the change
    happened — picks it, so that text typed just before a highlight goes before it.
    """
    if old == new:
        return None
    p = _common_prefix(old, new)
    s = _common_suffix(old, new, min(len(old), len(new)) - p)
    removed, inserted = len(old) - p - s, len(new) - p - s
    if hint is not None and 0 <= hint < p and old[hint + removed:] == new[hint + inserted:]:
        p = hint
    return Edit(p, removed, inserted)


def shift_span(start: int, end: int, edit: Edit) -> tuple[int, int, bool] | None:
    """Where [start, end) goes under `edit`: (start, end, cut) or None when the edit deletes it whole.

    Text inserted exactly at either boundary stays outside the span. An edit inside the span or
    across one of its ends adjusts it to the characters that survive and reports it as cut.
    """
    a, b, d = edit.pos, edit.pos + edit.removed, edit.delta
    if b <= start and not (edit.removed == 0 and a == start == end):
        return start + d, end + d, False
    if a >= end:
        return start, end, False
    if a >= start and b <= end:  # inside
        if a == start and b == end and edit.inserted == 0:
            return None
        return start, end + d, True
    if a < start and b >= end:  # covers the whole span
        return None
    if a < start:  # cuts off the head
        return a + edit.inserted, end + d, True
    if a == start:  # from the start to past the end
        return None
    return start, a, True  # cuts off the tail


def shift_extraction(extraction: Extraction, edit: Edit, body: str) -> tuple[Extraction, ShiftReport]:
    """The extractor's spans after an edit; `body` is the new body (cut tasks get their new text)."""
    report = ShiftReport()
    officials = []
    for o in extraction.officials:
        mentions, r = _shift_spans(o.mentions, edit)
        report += r
        if mentions:
            officials.append(replace(o, mentions=mentions))
    tasks, r = _shift_tasks(extraction.tasks, edit, body)
    return Extraction(tuple(officials), tasks), report + r


def _shift_spans(spans: Sequence[Span], edit: Edit) -> tuple[tuple[Span, ...], ShiftReport]:
    out, flagged, removed = [], 0, 0
    for m in spans:
        moved = shift_span(m.start, m.end, edit)
        if moved is None:
            removed += 1
            continue
        s, e, cut = moved
        flagged += cut
        out.append(Span(s, e, review=m.review or cut))
    return tuple(out), ShiftReport(flagged, removed)


def _shift_tasks(tasks: Sequence[Task], edit: Edit, body: str) -> tuple[tuple[Task, ...], ShiftReport]:
    out, flagged, gone = [], 0, set()
    for t in tasks:
        moved = shift_span(t.start, t.end, edit)
        if moved is None:
            gone.add(t.id)
            continue
        s, e, cut = moved
        flagged += cut
        out.append(replace(t, start=s, end=e, text=body[s:e] if cut else t.text, review=t.review or cut))
    out = [replace(t, parent=None) if t.parent in gone else t for t in out]
    return tuple(out), ShiftReport(flagged, len(gone))


def shift_corrections(corr: Corrections, edit: Edit, body: str) -> tuple[Corrections, ShiftReport]:
    """The corrections' spans after an edit (manual marks are flagged like automatic ones)."""
    report = ShiftReport()
    mentions = []
    for name, m in corr.mentions:
        moved, r = _shift_spans([m], edit)
        report += r
        mentions += [(name, x) for x in moved]
    suppressed = []
    for kind, m in corr.suppressed:
        moved = shift_span(m.start, m.end, edit)
        if moved is not None:  # a suppression range is no highlight: not worth a flag
            suppressed.append((kind, Span(moved[0], moved[1])))
    tasks, r = _shift_tasks(corr.tasks, edit, body)
    report += r
    overrides = []
    for o in corr.task_overrides:
        moved = shift_span(o.start, o.end, edit)
        if moved is not None:
            s, e, cut = moved
            overrides.append(replace(o, start=s, end=e, text=body[s:e] if cut else o.text))
    return Corrections(corr.posts, tuple(mentions), tuple(suppressed), tasks, tuple(overrides)), report


# -- anchors: finding a task again after re-extraction -----------------------------------------

def match_anchors(anchors: Sequence[tuple[int, int, str]], tasks: Sequence[Task]) -> dict[int, int]:
    """anchor index -> task index. Same place and text first, then the same text nearest the old
    place, then the task overlapping at least half of the anchor most. Each task is taken once."""
    found: dict[int, int] = {}
    taken: set[int] = set()
    by_place = {(t.start, t.end, t.text): i for i, t in enumerate(tasks)}
    for a, key in enumerate(anchors):
        i = by_place.get(tuple(key))
        if i is not None and i not in taken:
            found[a] = i
            taken.add(i)
    for a, (start, _end, text) in enumerate(anchors):
        if a in found:
            continue
        same = [i for i, t in enumerate(tasks) if i not in taken and t.text == text]
        if same:
            i = min(same, key=lambda i: abs(tasks[i].start - start))
            found[a] = i
            taken.add(i)
    for a, (start, end, _text) in enumerate(anchors):
        if a in found or end <= start:
            continue
        best, best_overlap = None, 0
        for i, t in enumerate(tasks):
            overlap = min(end, t.end) - max(start, t.start)
            if i not in taken and overlap > best_overlap:
                best, best_overlap = i, overlap
        if best is not None and best_overlap * 2 >= end - start:
            found[a] = best
            taken.add(best)
    return found


# -- merging: what the reader shows ------------------------------------------------------------

def _hidden(suppressed: Sequence[Span], start: int, end: int) -> bool:
    return any(s.start <= start and end <= s.end for s in suppressed)


def merge(auto: Extraction, corr: Corrections) -> Extraction:
    """The extractor's spans with a person's corrections applied: suppressed highlights removed,
    manual marks added, posts, speakers and levels overridden."""
    hidden = {OFFICIAL: [s for k, s in corr.suppressed if k == OFFICIAL],
              TASK: [s for k, s in corr.suppressed if k == TASK]}
    posts = dict(corr.posts)
    people: dict[str, tuple[tuple[str, ...], list[Span]]] = {}
    for o in auto.officials:
        kept = [m for m in o.mentions if not _hidden(hidden[OFFICIAL], m.start, m.end)]
        if kept:
            people.setdefault(o.name, (o.titles, []))[1].extend(kept)
    for name, m in corr.mentions:
        people.setdefault(name, (posts.get(name, ()), []))[1].append(m)
    officials = tuple(Official(name, posts.get(name, titles), tuple(sorted(spans, key=lambda m: (m.start, m.end))))
                      for name, (titles, spans) in people.items())

    auto_tasks = [t for t in auto.tasks if not _hidden(hidden[TASK], t.start, t.end)]
    matches = match_anchors([(o.start, o.end, o.text) for o in corr.task_overrides], auto_tasks)
    relevel: set[str] = set()
    for a, i in matches.items():
        o, t = corr.task_overrides[a], auto_tasks[i]
        if o.level is not None and o.level != t.level:
            relevel.add(t.id)
        auto_tasks[i] = replace(t, speaker=o.speaker if o.speaker is not None else t.speaker,
                                level=o.level if o.level is not None else t.level)
    tasks = sorted(auto_tasks + [replace(t, manual=True) for t in corr.tasks], key=lambda t: (t.start, -t.end))
    ids = {t.id: t for t in tasks}
    out, last_top = [], None
    for t in tasks:
        if t.level == 1:
            t = replace(t, parent=None) if t.parent else t
            last_top = t.id
        elif t.id in relevel or t.parent not in ids or ids[t.parent].level != 1:
            t = replace(t, parent=last_top)
        out.append(t)
    return Extraction(officials, tuple(out))


# -- JSON: drafts and revisions ------------------------------------------------------------------

def _span_json(m: Span) -> list:
    return [m.start, m.end, 1] if m.review else [m.start, m.end]


def _span(x) -> Span:
    return Span(int(x[0]), int(x[1]), review=bool(x[2]) if len(x) > 2 else False)


def task_json(t: Task) -> dict:
    d = {"id": t.id, "level": t.level, "text": t.text, "start": t.start, "end": t.end,
         "ordinal": t.ordinal, "speaker": t.speaker, "parent": t.parent}
    if t.review:
        d["review"] = True
    return d


def task_from_json(d: dict, manual: bool = False) -> Task:
    return Task(id=d["id"], level=int(d["level"]), text=d["text"], start=int(d["start"]), end=int(d["end"]),
                ordinal=d.get("ordinal"), speaker=d.get("speaker"), parent=d.get("parent"),
                manual=manual, review=bool(d.get("review")))


def extraction_json(e: Extraction) -> dict:
    return {"officials": [{"name": o.name, "titles": list(o.titles), "mentions": [_span_json(m) for m in o.mentions]}
                          for o in e.officials],
            "tasks": [task_json(t) for t in e.tasks]}


def extraction_from_json(d: dict) -> Extraction:
    return Extraction(
        tuple(Official(o["name"], tuple(o["titles"]), tuple(_span(m) for m in o["mentions"]))
              for o in d.get("officials", ())),
        tuple(task_from_json(t) for t in d.get("tasks", ())))


def corrections_json(c: Corrections) -> dict:
    return {"posts": [[n, list(p)] for n, p in c.posts],
            "mentions": [[n, _span_json(m)] for n, m in c.mentions],
            "suppressed": [[k, _span_json(m)] for k, m in c.suppressed],
            "tasks": [task_json(t) for t in c.tasks],
            "task_overrides": [{"start": o.start, "end": o.end, "text": o.text, "speaker": o.speaker, "level": o.level}
                               for o in c.task_overrides]}


def corrections_from_json(d: dict) -> Corrections:
    return Corrections(
        posts=tuple((n, tuple(p)) for n, p in d.get("posts", ())),
        mentions=tuple((n, _span(m)) for n, m in d.get("mentions", ())),
        suppressed=tuple((k, _span(m)) for k, m in d.get("suppressed", ())),
        tasks=tuple(task_from_json(t, manual=True) for t in d.get("tasks", ())),
        task_overrides=tuple(TaskOverride(int(o["start"]), int(o["end"]), o["text"], o.get("speaker"), o.get("level"))
                             for o in d.get("task_overrides", ())))
