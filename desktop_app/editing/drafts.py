"""The article working copy of the editing pane: pure operations, validation, and draft files.

Every operation takes an ArticleState and returns a new one (states are immutable), so an undo
step is just the state before and the state after.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from .annotations import (OFFICIAL, TASK, Edit, ShiftReport, corrections_from_json, corrections_json, diff_edit,
                          extraction_from_json, extraction_json, merge, shift_corrections, shift_extraction)
from ..domain import Article, ArticleState, Corrections, Extraction, Span, Task, TaskOverride

META_FIELDS = ("title", "subtitle", "source", "date", "views", "tags", "note")

# -- from and to the store's Article -------------------------------------------------------------


def state_of(article: Article, auto: Extraction, corrections: Corrections) -> ArticleState:
    return ArticleState(title=article.title, body=article.body, subtitle=article.subtitle, source=article.source,
                        date=article.date or "", views="" if article.views is None else str(article.views),
                        tags=tuple(article.tags), note=article.note, auto=auto, corrections=corrections)


def merged(state: ArticleState) -> Extraction:
    return merge(state.auto, state.corrections)


def preview(state: ArticleState, article_id: int = 0, path: str | None = None) -> Article:
    """The working copy as an Article for the reader (an unparsable date or views shows as none)."""
    date, _ = validate_date(state.date)
    views, _ = validate_views(state.views)
    m = merged(state)
    return Article(id=article_id, title=state.title, body=state.body, subtitle=state.subtitle, source=state.source,
                   date=date, views=views, path=path, officials=m.officials, tasks=m.tasks, tags=state.tags,
                   note=state.note)


# -- validation ------------------------------------------------------------------------------------

_DATE = re.compile(r"^\s*(\d{4})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})\s*日?\s*$")


def validate_date(text: str, today: _dt.date | None = None) -> tuple[str | None, str | None]:
    """(ISO date or None, error code or None). Empty means no date.

    Codes: "date_format" (not year-month-day), "date_invalid" (no such day, e.g. 2019-02-30),
    "date_range" (before 1900 or more than a year ahead)."""
    text = (text or "").strip()
    if not text:
        return None, None
    m = _DATE.match(text)
    if not m:
        return None, "date_format"
    try:
        day = _dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None, "date_invalid"
    today = today or _dt.date.today()
    if day.year < 1900 or day > today + _dt.timedelta(days=366):
        return None, "date_range"
    return day.isoformat(), None


def validate_views(text: str) -> tuple[int | None, str | None]:
    """(views or None, error code or None): "views_invalid" unless a whole number ≥ 0."""
    text = (text or "").strip().replace(",", "").replace(",", "")
    if not text:
        return None, None
    if not text.isdigit():
        return None, "views_invalid"
    return int(text), None


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags typed as one line, separated by commas, 、, semicolons or spaces; duplicates dropped."""
    seen: list[str] = []
    for t in re.split(r"[,,、;;\s]+", text or ""):
        if t and t not in seen:
            seen.append(t)
    return tuple(seen)


def state_errors(state: ArticleState) -> list[str]:
    """Error codes that keep the state from being saved ("title_empty", "body_empty", date and views codes)."""
    errors = []
    if not state.title.strip():
        errors.append("title_empty")
    if not state.body.strip():
        errors.append("body_empty")
    errors += [e for e in (validate_date(state.date)[1], validate_views(state.views)[1]) if e]
    return errors


# -- operations --------------------------------------------------------------------------------------

def set_field(state: ArticleState, name: str, value) -> ArticleState:
    if name not in META_FIELDS:
        raise KeyError(name)
    changes: dict[str, Any] = {name: tuple(value) if name == "tags" else value}
    return replace(state, **changes)


def edit_body(state: ArticleState, new_body: str, hint: int | None = None) -> tuple[ArticleState, ShiftReport]:
    """The state with a new body; every span is shifted and spans the edit cut into are flagged."""
    edit = diff_edit(state.body, new_body, hint)
    if edit is None:
        return state, ShiftReport()
    return apply_edit(state, edit, new_body)


def apply_edit(state: ArticleState, edit: Edit, new_body: str) -> tuple[ArticleState, ShiftReport]:
    auto, r1 = shift_extraction(state.auto, edit, new_body)
    corr, r2 = shift_corrections(state.corrections, edit, new_body)
    return replace(state, body=new_body, auto=auto, corrections=corr), r1 + r2


def _clip(state: ArticleState, start: int, end: int) -> tuple[int, int]:
    start, end = max(0, min(start, end)), min(len(state.body), max(start, end))
    if start >= end:
        raise ValueError("empty_selection")
    return start, end


def mark_official(state: ArticleState, start: int, end: int, name: str,
                  posts: tuple[str, ...] | None = None) -> ArticleState:
    """Mark body[start:end] as a mention of `name` (replacing other official highlights there);
    `posts` given sets the official's posts."""
    start, end = _clip(state, start, end)
    name = name.strip() or state.body[start:end]
    state = remove_highlights(state, start, end, (OFFICIAL,))
    c = state.corrections
    mentions = c.mentions + ((name, Span(start, end)),)
    c = replace(c, mentions=tuple(sorted(mentions, key=lambda x: (x[1].start, x[1].end))))
    state = replace(state, corrections=c)
    return set_posts(state, name, posts) if posts is not None else state


def set_posts(state: ArticleState, name: str, posts: tuple[str, ...]) -> ArticleState:
    posts = tuple(p.strip() for p in posts if p.strip())
    c = state.corrections
    kept = tuple((n, p) for n, p in c.posts if n != name)
    return replace(state, corrections=replace(c, posts=kept + ((name, posts),)))


def apply_to_every_occurrence(state: ArticleState, name: str) -> tuple[ArticleState, int]:
    """Mark every occurrence of `name` in the body not yet highlighted as an official; how many."""
    taken = [(m.start, m.end) for o in merged(state).officials for m in o.mentions]
    added = []
    pos = state.body.find(name)
    while name and pos >= 0:
        end = pos + len(name)
        if not any(s < end and pos < e for s, e in taken):
            added.append((name, Span(pos, end)))
        pos = state.body.find(name, end)
    if not added:
        return state, 0
    c = state.corrections
    mentions = tuple(sorted(c.mentions + tuple(added), key=lambda x: (x[1].start, x[1].end)))
    return replace(state, corrections=replace(c, mentions=mentions)), len(added)


def _next_manual_id(c: Corrections) -> str:
    numbers = [int(t.id[1:]) for t in c.tasks if t.id[:1] == "m" and t.id[1:].isdigit()]
    return f"m{max(numbers, default=0) + 1}"


def mark_task(state: ArticleState, start: int, end: int, speaker: str | None = None, level: int = 1,
              parent: str | None = None) -> tuple[ArticleState, str]:
    """Mark body[start:end] as a task (replacing task highlights inside); the new task's id."""
    start, end = _clip(state, start, end)
    c = state.corrections
    key = _next_manual_id(c)
    task = Task(id=key, level=level, text=state.body[start:end], start=start, end=end, speaker=speaker or None,
                parent=parent if level > 1 else None, manual=True)
    tasks = tuple(t for t in c.tasks if not (start <= t.start and t.end <= end)) + (task,)
    c = replace(c, tasks=tuple(sorted(tasks, key=lambda t: t.start)),
                suppressed=c.suppressed + ((TASK, Span(start, end)),))
    return replace(state, corrections=c), key


def remove_highlights(state: ArticleState, start: int, end: int, kinds=(OFFICIAL, TASK)) -> ArticleState:
    """Remove every highlight of these kinds overlapping body[start:end]."""
    start, end = _clip(state, start, end)
    shown = merged(state)
    c = state.corrections
    suppressed = list(c.suppressed)
    if OFFICIAL in kinds:
        for o in shown.officials:
            suppressed += [(OFFICIAL, Span(m.start, m.end)) for m in o.mentions if m.start < end and start < m.end]
        c = replace(c, mentions=tuple((n, m) for n, m in c.mentions if not (m.start < end and start < m.end)))
    if TASK in kinds:
        suppressed += [(TASK, Span(t.start, t.end)) for t in shown.tasks
                       if not t.manual and t.start < end and start < t.end]
        c = replace(c, tasks=tuple(t for t in c.tasks if not (t.start < end and start < t.end)))
    return replace(state, corrections=replace(c, suppressed=tuple(dict.fromkeys(suppressed))))


def set_task(state: ArticleState, task_id: str, speaker: str | None = None, level: int | None = None) -> ArticleState:
    """Change a task's speaker and level (a manual task directly, an automatic one by an override)."""
    c = state.corrections
    manual = next((t for t in c.tasks if t.id == task_id), None)
    if manual is not None:
        changed = replace(manual, speaker=speaker if speaker is not None else manual.speaker,
                          level=level if level is not None else manual.level)
        return replace(state, corrections=replace(c, tasks=tuple(changed if t is manual else t for t in c.tasks)))
    task = next((t for t in state.auto.tasks if t.id == task_id), None)
    if task is None:
        raise KeyError(task_id)
    old = next((o for o in c.task_overrides if (o.start, o.end, o.text) == (task.start, task.end, task.text)), None)
    new = TaskOverride(task.start, task.end, task.text,
                       speaker if speaker is not None else (old.speaker if old else None),
                       level if level is not None else (old.level if old else None))
    overrides = tuple(o for o in c.task_overrides if o is not old) + (new,)
    return replace(state, corrections=replace(c, task_overrides=overrides))


def reset_to_automatic(state: ArticleState) -> ArticleState:
    return replace(state, corrections=Corrections())


def reextract(state: ArticleState, extract) -> ArticleState:
    """The state with a fresh extraction of its body (`extract(body, title, subtitle)`); corrections stay."""
    return replace(state, auto=extract(state.body, title=state.title, subtitle=state.subtitle))


# -- JSON and draft files ---------------------------------------------------------------------------

def state_json(state: ArticleState) -> dict:
    return {"title": state.title, "subtitle": state.subtitle, "source": state.source, "date": state.date,
            "views": state.views, "tags": list(state.tags), "note": state.note, "body": state.body,
            "auto": extraction_json(state.auto), "corrections": corrections_json(state.corrections)}


def state_from_json(d: dict) -> ArticleState:
    return ArticleState(title=d["title"], body=d["body"], subtitle=d.get("subtitle", ""), source=d.get("source", ""),
                        date=d.get("date") or "", views=str(d.get("views") or ""), tags=tuple(d.get("tags", ())),
                        note=d.get("note", ""), auto=extraction_from_json(d.get("auto", {})),
                        corrections=corrections_from_json(d.get("corrections", {})))


def changes(before: ArticleState, after: ArticleState) -> dict:
    """What differs, for the revision history: {field: [old, new]}; body and highlights by size."""
    out: dict = {}
    for name in META_FIELDS:
        old, new = getattr(before, name), getattr(after, name)
        if old != new:
            out[name] = [list(old), list(new)] if name == "tags" else [old, new]
    if before.body != after.body:
        edit = diff_edit(before.body, after.body)
        assert edit is not None  # the bodies differ
        out["body"] = {"pos": edit.pos, "removed": before.body[edit.pos:edit.pos + edit.removed],
                       "inserted": after.body[edit.pos:edit.pos + edit.inserted]}
    if before.corrections != after.corrections:
        out["corrections"] = True
    if before.auto != after.auto and before.body == after.body:
        out["extraction"] = True
    return out


def draft_path(folder: Path, article_id: int) -> Path:
    return Path(folder) / f"article-{int(article_id)}.json"


def write_draft(folder: Path, article_id: int, state: ArticleState, base: ArticleState | None = None,
                base_version: int | None = None) -> Path:
    """Write the working copy atomically (a half-written draft must never replace a whole one).
    `base_version`: the stored version the edits started from (a server library), so that a draft
    saved later — after a restart, or once the server is back — still finds a colleague's save in
    between a conflict instead of overwriting it."""
    path = draft_path(folder, article_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"article_id": int(article_id), "saved_at": _dt.datetime.now().isoformat(timespec="seconds"),
            "state": state_json(state)}
    if base is not None:
        data["base_body_length"] = len(base.body)
    if base_version is not None:
        data["base_version"] = int(base_version)
    _write_json(path, data)
    return path


def _write_json(path: Path, data: dict) -> None:
    """Write a draft whole or not at all (a crash mid-write leaves the old file): temporary file,
    fsync, rename."""
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def read_draft(path: Path) -> tuple[int, str, ArticleState] | None:
    """(article id, when written, state) of a draft file; None when it is unreadable."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return int(data["article_id"]), data.get("saved_at", ""), state_from_json(data["state"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def draft_base_version(path: Path) -> int | None:
    """The stored version a draft's edits started from (None: unknown, or an older draft)."""
    try:
        value = json.loads(Path(path).read_text(encoding="utf-8")).get("base_version")
        return int(value) if value is not None else None
    except (OSError, ValueError, TypeError, AttributeError):
        return None


def is_unreachable(error: BaseException) -> bool:
    """The save failed because the library could not be reached (a server that is gone, a network
    cut, a timeout), not because of what was saved: the draft is kept and the save tried again.
    (Both backends' "cannot reach" errors are ConnectionErrors: store/server/trouble.py.)"""
    return isinstance(error, ConnectionError) and not getattr(error, "needs_password", False)


def pending_drafts(folder: Path) -> list[Path]:
    """Draft files left by a session that did not save (newest first)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("article-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)


def discard_draft(folder: Path, article_id: int) -> None:
    try:
        draft_path(folder, article_id).unlink()
    except FileNotFoundError:
        pass


class EditRefused(ValueError):
    """A save the store refuses; `code` says why (see state_errors, and "duplicate_body", "no_article")."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


class EditConflict(EditRefused):
    """Someone else saved the article since this desk loaded it (code "conflict"): `theirs` is the
    article as it is stored now, `version` its version, so the window can show theirs and mine and
    let the person keep one (saving again with base_version=version keeps mine)."""

    def __init__(self, theirs, version: int, who: str = ""):
        super().__init__("conflict")
        self.theirs = theirs
        self.version = version
        self.who = who  # the database user who saved theirs, when the saver read it ("" unknown)


# -- held 督办 edits ---------------------------------------------------------------------------------
# A 督办 edit a team library has not taken yet (ui/tracking_writes.py) is kept here too, beside the
# article drafts, so that a crash or a closed window does not lose it: offered again at the next start.

def tracking_draft_path(folder: Path, article_id: int, task_id: str) -> Path:
    import hashlib

    key = hashlib.sha1(str(task_id).encode("utf-8")).hexdigest()[:12]  # a task id may hold any character
    return Path(folder) / f"tracking-{int(article_id)}-{key}.json"


def _tracking_json(t) -> dict | None:
    if t is None:
        return None
    from dataclasses import asdict

    d = asdict(t)
    d["progress"] = [[n.date, n.text] for n in t.progress]
    return d


def _tracking_from_json(d):
    from ..domain import ProgressNote, Tracking

    if d is None:
        return None
    d = dict(d)
    d["progress"] = tuple(ProgressNote(str(a), str(b)) for a, b in d.get("progress", []))
    return Tracking(**d)


def write_tracking_draft(folder: Path, article_id: int, task, tracking, base, tracking_id: int | None) -> Path:
    """Keep a 督办 edit not yet stored (atomically, as an article draft): the task it is for, the
    fields typed, and the fields as read (`base`: a colleague's change meanwhile is still a conflict)."""
    from dataclasses import asdict

    path = tracking_draft_path(folder, article_id, task.id)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"article_id": int(article_id), "saved_at": _dt.datetime.now().isoformat(timespec="seconds"),
            "task": asdict(task), "tracking": _tracking_json(tracking), "base": _tracking_json(base),
            "tracking_id": tracking_id}
    _write_json(path, data)
    return path


def read_tracking_draft(path: Path):
    """(article id, when, task, tracking, base, tracking id) of a held 督办 edit; None when unreadable."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        tid = data.get("tracking_id")
        return (int(data["article_id"]), str(data.get("saved_at", "")), Task(**data["task"]),
                _tracking_from_json(data["tracking"]), _tracking_from_json(data.get("base")),
                int(tid) if tid is not None else None)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def pending_tracking_drafts(folder: Path) -> list[Path]:
    """Held 督办 edits left by a session that ended before the library took them (oldest first: sent
    again in the order they were made)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("tracking-*.json"), key=lambda p: p.stat().st_mtime)


def discard_tracking_draft(folder: Path, article_id: int, task_id: str) -> None:
    try:
        tracking_draft_path(folder, article_id, task_id).unlink()
    except FileNotFoundError:
        pass
