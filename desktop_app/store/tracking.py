"""督办 tracking: the task rows of the task board, their tracking fields, and anchors kept on their tasks."""
from __future__ import annotations

import json
import sqlite3
from typing import Iterable

from ..domain import ProgressNote, Task, TaskRow, Tracking
from . import articles, spans
from .transaction import Transaction


def task_rows(conn: sqlite3.Connection, article_ids: Iterable[int] | None = None) -> list[TaskRow]:
    from ..editing.annotations import match_anchors

    if article_ids is None:
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM articles WHERE (n_tasks > 0 OR id IN (SELECT article_id FROM task_tracking))"
            f" AND id {articles.LIVE} ORDER BY date IS NULL, date DESC, id DESC")]
    else:
        ids = list(article_ids)
    meta = articles.summaries(conn, ids)
    tracking: dict[int, list[tuple]] = {}
    for row in conn.execute(
            "SELECT article_id, id, anchor_start, anchor_end, anchor_text, lead_unit, assist_units, leader, due,"
            " status, progress, remark FROM task_tracking ORDER BY id"):
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
            out.append(TaskRow(aid, s.title, s.date, t, _tracking(tr) if tr else Tracking(),
                               tr[0] if tr else None))
        for a, tr in enumerate(tracks):
            if a not in found:
                ghost = Task(id=f"?{tr[0]}", level=1, text=tr[3], start=tr[1], end=tr[2], review=True)
                out.append(TaskRow(aid, s.title, s.date, ghost, _tracking(tr), tr[0], orphan=True))
    return out


def set_tracking(conn: sqlite3.Connection, article_id: int, task: Task, tracking: Tracking,
                 tracking_id: int | None = None) -> int:
    progress = json.dumps([[n.date, n.text] for n in tracking.progress], ensure_ascii=False)
    values = (tracking.lead_unit, tracking.assist_units, tracking.leader, tracking.due, tracking.status,
              progress, tracking.remark)
    with Transaction(conn):
        if tracking_id is not None:
            conn.execute(
                "UPDATE task_tracking SET lead_unit=?, assist_units=?, leader=?, due=?, status=?, progress=?,"
                " remark=?, updated_at=datetime('now', 'localtime') WHERE id=?", (*values, tracking_id))
            return tracking_id
        return conn.execute(
            "INSERT INTO task_tracking(article_id, anchor_start, anchor_end, anchor_text, lead_unit, assist_units,"
            " leader, due, status, progress, remark) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
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


def _tracking(row) -> Tracking:
    _id, _s, _e, _t, lead, assist, leader, due, status, progress, remark = row
    return Tracking(lead, assist, leader, due, status,
                    tuple(ProgressNote(d, t) for d, t in json.loads(progress or "[]")), remark)
