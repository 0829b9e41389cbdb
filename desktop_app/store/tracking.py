"""督办 tracking: the task rows of the task board, their tracking fields, anchors kept on their tasks,
and which tasks the office tracks (纳入督办).

An office tracks the tasks it chooses, not every task the extractor found. A task is tracked when
- its own tracking row says so (tracked = 1: chosen one by one, or given a 责任单位 …), or
- its article is tracked as a whole (tracked_articles: every task of it, found now or later), or
- a rule covers its article (tracking_rules: every task of articles from a source or with a tag);
and its own row can leave it out of the last two (tracked = 0). The SQL runs on SQLite and on the
server library (store/server): ON CONFLICT DO NOTHING rather than INSERT OR IGNORE, tags read in Python.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from typing import Iterable

from ..domain import ProgressNote, Task, TaskRow, Tracking
from ..editing.tracking import split_due
from . import articles, spans
from .transaction import Transaction

# Why a task is tracked (TaskRow.tracked); "" when it is not.
BY_TASK, BY_ARTICLE, BY_SOURCE, BY_TAG = "task", "article", "source", "tag"
RULE_KINDS = (BY_SOURCE, BY_TAG)


def _chunks(ids: list[int], size: int = 500):
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def task_rows(conn: sqlite3.Connection, article_ids: Iterable[int] | None = None,
              tracked_only: bool = False) -> list[TaskRow]:
    from ..editing.annotations import match_anchors

    if article_ids is None:
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM articles WHERE (n_tasks > 0 OR id IN (SELECT article_id FROM task_tracking))"
            f" AND id {articles.LIVE} ORDER BY date IS NULL, date DESC, id DESC")]
    else:
        ids = list(article_ids)
    why = _article_reasons(conn, ids)
    if tracked_only:
        chosen = {r[0] for r in conn.execute("SELECT DISTINCT article_id FROM task_tracking WHERE tracked = 1")}
        ids = [i for i in ids if i in why or i in chosen]
    meta = articles.summaries(conn, ids)
    tracking: dict[int, list[tuple]] = {}
    for row in conn.execute(
            "SELECT article_id, id, anchor_start, anchor_end, anchor_text, lead_unit, assist_units, leader, due,"
            " status, progress, remark, tracked FROM task_tracking ORDER BY id"):
        tracking.setdefault(row[0], []).append(row[1:])
    out: list[TaskRow] = []
    for aid in ids:
        if aid not in meta:
            continue
        s = meta[aid]
        tasks = spans.shown(conn, aid).tasks
        tracks = tracking.get(aid, [])
        found = match_anchors([t[1:4] for t in tracks], tasks)
        by_task = {i: tracks[a] for a, i in found.items()}
        for i, t in enumerate(tasks):
            tr = by_task.get(i)
            reason = _reason(tr[-1] if tr else None, why.get(aid, ""))
            if tracked_only and not reason:
                continue
            out.append(TaskRow(aid, s.title, s.date, t, _tracking(tr, s.date) if tr else Tracking(),
                               tr[0] if tr else None, tracked=reason))
        for a, tr in enumerate(tracks):
            if a not in found:
                reason = _reason(tr[-1], why.get(aid, ""))
                if tracked_only and not reason:
                    continue
                ghost = Task(id=f"?{tr[0]}", level=1, text=tr[3], start=tr[1], end=tr[2], review=True)
                out.append(TaskRow(aid, s.title, s.date, ghost, _tracking(tr, s.date), tr[0], orphan=True,
                                   tracked=reason))
    return out


def _reason(own: int | None, article_reason: str) -> str:
    if own == 1:
        return BY_TASK
    if own == 0:
        return ""
    return article_reason


def _article_reasons(conn: sqlite3.Connection, ids: list[int]) -> dict[int, str]:
    """article id -> why all its tasks are tracked (BY_ARTICLE, BY_SOURCE, BY_TAG), for those that are."""
    out: dict[int, str] = {}
    whole = {r[0] for r in conn.execute("SELECT article_id FROM tracked_articles")}
    rules = tracking_rules(conn)
    sources = {v for k, v in rules if k == BY_SOURCE}
    tags = {v for k, v in rules if k == BY_TAG}
    wanted = set(ids)
    for aid in whole & wanted:
        out[aid] = BY_ARTICLE
    if sources or tags:
        rest = [i for i in ids if i not in out]
        for chunk in _chunks(rest):
            marks = ",".join("?" * len(chunk))
            for aid, source, tag_json in conn.execute(
                    f"SELECT id, source, tags FROM articles WHERE id IN ({marks})", chunk):
                if source in sources:
                    out[aid] = BY_SOURCE
                elif tags and tags & set(_tags(tag_json)):
                    out[aid] = BY_TAG
    return out


def _tags(value) -> list[str]:
    try:
        found = json.loads(value or "[]")
    except ValueError:
        return []
    return [t for t in found if isinstance(t, str)] if isinstance(found, list) else []


def track_articles(conn: sqlite3.Connection, article_ids: Iterable[int]) -> int:
    """纳入督办 for whole articles: every task of them, found now or later. Tasks left out one by one
    come back in. How many articles were not tracked before."""
    ids = sorted({int(i) for i in article_ids})
    added = 0
    with Transaction(conn):
        for aid in ids:
            before = conn.execute("SELECT 1 FROM tracked_articles WHERE article_id=?", (aid,)).fetchone()
            if before is None:
                conn.execute("INSERT INTO tracked_articles(article_id) VALUES (?) ON CONFLICT DO NOTHING", (aid,))
                added += 1
            conn.execute("UPDATE task_tracking SET tracked = NULL WHERE article_id=? AND tracked = 0", (aid,))
    return added


def untrack_articles(conn: sqlite3.Connection, article_ids: Iterable[int]) -> None:
    """移出督办: the articles and the tasks chosen one by one in them. Their 督办 fields are kept (they
    come back if the article is tracked again); a rule that covers the article still applies."""
    ids = sorted({int(i) for i in article_ids})
    with Transaction(conn):
        for aid in ids:
            conn.execute("DELETE FROM tracked_articles WHERE article_id=?", (aid,))
            conn.execute("UPDATE task_tracking SET tracked = NULL WHERE article_id=? AND tracked = 1", (aid,))


def tracked_articles(conn: sqlite3.Connection) -> set[int]:
    """Ids of the articles tracked as a whole (not those covered by a rule)."""
    return {r[0] for r in conn.execute("SELECT article_id FROM tracked_articles")}


def set_task_tracked(conn: sqlite3.Connection, article_id: int, task: Task, tracked: bool,
                     tracking_id: int | None = None) -> int:
    """纳入督办 / 移出督办 for one task, whatever its article or a rule says; the tracking row's id."""
    with Transaction(conn):
        if tracking_id is None:
            tracking_id = _row_of(conn, article_id, task)
        if tracking_id is not None:
            conn.execute("UPDATE task_tracking SET tracked=? WHERE id=?", (1 if tracked else 0, tracking_id))
            return tracking_id
        return conn.execute(
            "INSERT INTO task_tracking(article_id, anchor_start, anchor_end, anchor_text, tracked)"
            " VALUES (?,?,?,?,?)", (article_id, task.start, task.end, task.text, 1 if tracked else 0)).lastrowid


def _row_of(conn: sqlite3.Connection, article_id: int, task: Task) -> int | None:
    """The tracking row anchored on this task, if it has one."""
    from ..editing.annotations import match_anchors

    rows = conn.execute("SELECT id, anchor_start, anchor_end, anchor_text FROM task_tracking WHERE article_id=?"
                        " ORDER BY id", (article_id,)).fetchall()
    found = match_anchors([r[1:4] for r in rows], (task,))
    return next((rows[a][0] for a, i in found.items() if i == 0), None)


def tracking_rules(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(kind, value) of the rules, in the order they were added: ("source", "西宁晚报"), ("tag", "重点")."""
    return [(k, v) for k, v in conn.execute("SELECT kind, value FROM tracking_rules ORDER BY id")]


def add_tracking_rule(conn: sqlite3.Connection, kind: str, value: str) -> bool:
    """A rule "every task of articles from this source / with this tag"; False when it was there."""
    value = (value or "").strip()
    if kind not in RULE_KINDS or not value:
        raise ValueError(f"bad tracking rule {kind!r}: {value!r}")
    with Transaction(conn):
        if conn.execute("SELECT 1 FROM tracking_rules WHERE kind=? AND value=?", (kind, value)).fetchone():
            return False
        conn.execute("INSERT INTO tracking_rules(kind, value) VALUES (?,?)", (kind, value))
        return True


def _live_tags(conn: sqlite3.Connection) -> list[list[str]]:
    """The tags of every live article that has any (tags are JSON lists: read in Python, as on the server)."""
    return [_tags(t) for (t,) in conn.execute(
        f"SELECT tags FROM articles WHERE tags IS NOT NULL AND tags != '[]' AND tags != '' AND id {articles.LIVE}")]


def tag_names(conn: sqlite3.Connection) -> list[str]:
    """Every tag of the live articles, the most used first (the rules dialog offers them)."""
    counts: dict[str, int] = {}
    for tags in _live_tags(conn):
        for t in set(tags):
            counts[t] = counts.get(t, 0) + 1
    return sorted(counts, key=lambda t: (-counts[t], t))


def tracking_rule_counts(conn: sqlite3.Connection) -> dict[tuple[str, str], int]:
    """Each rule (in the order added) with how many live articles it covers."""
    rules = tracking_rules(conn)
    out = {rule: 0 for rule in rules}
    sources = [v for k, v in rules if k == BY_SOURCE]
    for chunk in _chunks(sources):
        marks = ",".join("?" * len(chunk))
        for source, n in conn.execute(f"SELECT source, count(*) FROM articles WHERE source IN ({marks})"
                                      f" AND id {articles.LIVE} GROUP BY source", chunk):
            out[(BY_SOURCE, source)] = n
    wanted = {v for k, v in rules if k == BY_TAG}
    if wanted:
        for tags in _live_tags(conn):
            for t in wanted.intersection(tags):
                out[(BY_TAG, t)] += 1
    return out


def remove_tracking_rule(conn: sqlite3.Connection, kind: str, value: str) -> None:
    with Transaction(conn):
        conn.execute("DELETE FROM tracking_rules WHERE kind=? AND value=?", (kind, value))


_COLUMNS = {"lead_unit": "lead_unit", "assist_units": "assist_units", "leader": "leader", "due": "due",
            "status": "status", "progress": "progress", "remark": "remark"}


def _stored_value(tracking: Tracking, field: str):
    value = getattr(tracking, field)
    return json.dumps([[n.date, n.text] for n in value], ensure_ascii=False) if field == "progress" else value


def set_tracking(conn: sqlite3.Connection, article_id: int, task: Task, tracking: Tracking,
                 tracking_id: int | None = None, base: Tracking | None = None) -> int:
    """Store a task's 督办 fields; the row id.

    `base`: the fields as this desk read them. Then only the fields the user changed (tracking vs
    base) are written, and one of them that someone else changed since the read (stored vs base, to
    another value than mine) is a conflict: TrackingConflict, nothing written. Without `base` every
    field is written (a new row, a copy, a script). Two desks that change different fields of one
    task both keep theirs; the same field changed by both is never silently overwritten.

    The article's row is locked first (FOR UPDATE on a server; SQLite's BEGIN IMMEDIATE locks the
    file): one task's 督办 writes run one after another, and two desks giving a task its first
    fields at once make one row, not two."""
    from ..editing.tracking import FieldClash, TrackingConflict, changed_fields

    with Transaction(conn):
        date = conn.execute("SELECT date FROM articles WHERE id=?" + getattr(conn, "row_lock", ""),
                            (article_id,)).fetchone()
        article_date = date[0] if date else None
        tracking = _dated(tracking, article_date)
        if tracking_id is None:
            tracking_id = _row_of(conn, article_id, task)
        stored = None
        if tracking_id is not None:
            row = conn.execute(
                "SELECT id, anchor_start, anchor_end, anchor_text, lead_unit, assist_units, leader, due, status,"
                " progress, remark FROM task_tracking WHERE id=?", (tracking_id,)).fetchone()
            stored = _tracking(tuple(row), article_date) if row is not None else None
        if stored is None and tracking_id is not None and base is None:
            return tracking_id  # the row is gone (its article deleted meanwhile): nothing to update
        if base is None:
            fields: tuple[str, ...] = tuple(_COLUMNS)
        else:
            fields = changed_fields(_dated(base, article_date), tracking)
            theirs = stored if stored is not None else Tracking()
            clashes = tuple(FieldClash(f, getattr(tracking, f), getattr(theirs, f)) for f in fields
                            if getattr(theirs, f) != getattr(_dated(base, article_date), f)
                            and getattr(theirs, f) != getattr(tracking, f))
            if clashes:
                raise TrackingConflict(tracking_id or 0, theirs, clashes)
        if stored is not None and tracking_id is not None:
            if fields:
                sets = ", ".join(f"{_COLUMNS[f]}=?" for f in fields)
                conn.execute(f"UPDATE task_tracking SET {sets}, updated_at=datetime('now', 'localtime') WHERE id=?",
                             (*(_stored_value(tracking, f) for f in fields), tracking_id))
            return tracking_id
        if tracking_id is not None:  # a base was given for a row deleted meanwhile: made again below
            tracking_id = None
        values = tuple(_stored_value(tracking, f) for f in _COLUMNS)
        # A task given 督办 fields is one the office follows: tracked, whatever its article is.
        return conn.execute(
            "INSERT INTO task_tracking(article_id, anchor_start, anchor_end, anchor_text, lead_unit, assist_units,"
            " leader, due, status, progress, remark, tracked) VALUES (?,?,?,?,?,?,?,?,?,?,?,1)",
            (article_id, task.start, task.end, task.text, *values)).lastrowid


def delete_tracking(conn: sqlite3.Connection, tracking_id: int) -> None:
    with Transaction(conn):
        conn.execute("DELETE FROM task_tracking WHERE id=?", (tracking_id,))


def after_spans_changed(conn: sqlite3.Connection, article_id: int, old_body: str | None = None,
                        new_body: str | None = None) -> None:
    """Counts for the list, and tracking moved to where its tasks are now.

    With a body edit, anchors first move with the edit; an anchor whose text the edit deleted
    may find its task again only by the same text, never by overlap with whatever took its
    place. Tracking whose task is gone keeps its text with an empty range (an orphan)."""
    from ..editing.annotations import diff_edit, match_anchors, shift_span

    shown = spans.shown(conn, article_id)
    conn.execute("UPDATE articles SET n_officials=?, n_tasks=? WHERE id=?",
                 (len(shown.officials), len(shown.tasks), article_id))
    rows = conn.execute("SELECT id, anchor_start, anchor_end, anchor_text FROM task_tracking"
                        " WHERE article_id=? ORDER BY id", (article_id,)).fetchall()
    if not rows:
        return
    edit = diff_edit(old_body, new_body) if old_body is not None and new_body is not None else None
    anchors = []
    for _id, s, e, text in rows:
        moved = shift_span(s, e, edit) if edit is not None and e > s else (s, e, False)
        anchors.append((moved[0], moved[1], text) if moved else (edit.pos, edit.pos, text))
    found = match_anchors(anchors, shown.tasks)
    for a, (rid, *_old) in enumerate(rows):
        if a in found:
            t = shown.tasks[found[a]]
            anchor = (t.start, t.end, t.text)
        else:
            anchor = (anchors[a][0], anchors[a][0], anchors[a][2])
        conn.execute("UPDATE task_tracking SET anchor_start=?, anchor_end=?, anchor_text=? WHERE id=?",
                     (*anchor, rid))


def _dated(tracking: Tracking, article_date: str | None) -> Tracking:
    """完成时限 as a date, words in 备注 (editing.tracking.split_due). Applied when a row is written and
    when it is read, so rows written before the date editor (free text such as 下月底) read the same
    way without a rewrite of the file; their stored text is never lost."""
    year = int(article_date[:4]) if article_date and article_date[:4].isdigit() else None
    due, remark = split_due(tracking.due, tracking.remark, year)
    return tracking if (due, remark) == (tracking.due, tracking.remark) else replace(tracking, due=due, remark=remark)


def _tracking(row, article_date: str | None = None) -> Tracking:
    _id, _s, _e, _t, lead, assist, leader, due, status, progress, remark, *_tracked = row
    return _dated(Tracking(lead, assist, leader, due, status,
                           tuple(ProgressNote(d, t) for d, t in json.loads(progress or "[]")), remark), article_date)
