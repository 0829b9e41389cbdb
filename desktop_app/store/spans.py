"""An article's spans as stored: the extractor's, a person's corrections, and both merged as shown."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator

# The value types (dataclasses) are imported in the functions that build them: `zhengwen list`
# and `search` load this module but build none, and start faster without dataclasses.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..values import Corrections, Extraction, Official, Span, Task


def _officials(conn: sqlite3.Connection, article_id: int) -> Iterator[Official]:
    from ..values import Official, Span

    spans: dict[int, list[Span]] = {}
    for oid, s, e, review in conn.execute(
            'SELECT official_id, start, "end", review FROM mentions WHERE article_id=? ORDER BY start',
            (article_id,)):
        spans.setdefault(oid, []).append(Span(s, e, review=bool(review)))
    for oid, name, titles in conn.execute(
            "SELECT id, name, titles FROM officials WHERE article_id=? ORDER BY position", (article_id,)):
        yield Official(name=name, titles=tuple(json.loads(titles)), mentions=tuple(spans.get(oid, ())))


def _tasks(conn: sqlite3.Connection, article_id: int) -> Iterator[Task]:
    from ..values import Task

    for key, parent, level, ordinal, speaker, text, s, e, review in conn.execute(
            'SELECT task_key, parent_key, level, ordinal, speaker, text, start, "end", review FROM tasks'
            " WHERE article_id=? ORDER BY start", (article_id,)):
        yield Task(id=key, level=level, text=text, start=s, end=e, ordinal=ordinal, speaker=speaker, parent=parent,
                   review=bool(review))


def automatic_extraction(conn: sqlite3.Connection, article_id: int) -> Extraction:
    from ..values import Extraction

    return Extraction(tuple(_officials(conn, article_id)), tuple(_tasks(conn, article_id)))


def corrections(conn: sqlite3.Connection, article_id: int) -> Corrections:
    from ..values import Corrections, Span, Task, TaskOverride

    q = conn.execute
    return Corrections(
        posts=tuple((n, tuple(json.loads(t))) for n, t in q(
            "SELECT name, titles FROM manual_posts WHERE article_id=? ORDER BY rowid", (article_id,))),
        mentions=tuple((n, Span(s, e, review=bool(r))) for n, s, e, r in q(
            'SELECT name, start, "end", review FROM manual_mentions WHERE article_id=? ORDER BY start, id',
            (article_id,))),
        suppressed=tuple((k, Span(s, e)) for k, s, e in q(
            'SELECT kind, start, "end" FROM suppressions WHERE article_id=? ORDER BY id', (article_id,))),
        tasks=tuple(Task(id=key, level=lv, text=tx, start=s, end=e, ordinal=o, speaker=sp, parent=pk, manual=True,
                         review=bool(r))
                    for key, pk, lv, o, sp, tx, s, e, r in q(
            'SELECT task_key, parent_key, level, ordinal, speaker, text, start, "end", review FROM manual_tasks'
            " WHERE article_id=? ORDER BY start", (article_id,))),
        task_overrides=tuple(TaskOverride(s, e, tx, sp, lv) for s, e, tx, sp, lv in q(
            "SELECT anchor_start, anchor_end, anchor_text, speaker, level FROM task_overrides"
            " WHERE article_id=? ORDER BY id", (article_id,))))


def shown(conn: sqlite3.Connection, article_id: int) -> Extraction:
    """The spans as people see them: the extractor's with the corrections applied."""
    from ..editing.annotations import merge

    auto = automatic_extraction(conn, article_id)
    corr = corrections(conn, article_id)
    return auto if corr.is_empty() else merge(auto, corr)


def write_extraction(conn: sqlite3.Connection, article_id: int, extraction: Extraction, counts: bool = True) -> None:
    """Store the extractor's spans of an article; with `counts`, its n_officials / n_tasks too."""
    for pos, o in enumerate(extraction.officials):
        oid = conn.execute(
            "INSERT INTO officials(article_id, position, name, titles) VALUES (?,?,?,?)",
            (article_id, pos, o.name, json.dumps(list(o.titles), ensure_ascii=False))).lastrowid
        conn.executemany(
            'INSERT INTO mentions(official_id, article_id, start, "end", review) VALUES (?,?,?,?,?)',
            [(oid, article_id, m.start, m.end, int(m.review)) for m in o.mentions])
    conn.executemany(
        'INSERT INTO tasks(article_id, task_key, parent_key, level, ordinal, speaker, text, start, "end", review)'
        " VALUES (?,?,?,?,?,?,?,?,?,?)",
        [(article_id, t.id, t.parent, t.level, t.ordinal, t.speaker, t.text, t.start, t.end, int(t.review))
         for t in extraction.tasks])
    if counts:
        conn.execute("UPDATE articles SET n_officials=?, n_tasks=? WHERE id=?",
                     (len(extraction.officials), len(extraction.tasks), article_id))


def write_corrections(conn: sqlite3.Connection, article_id: int, c: Corrections) -> None:
    for table in ("manual_posts", "manual_mentions", "suppressions", "manual_tasks", "task_overrides"):
        conn.execute(f"DELETE FROM {table} WHERE article_id=?", (article_id,))
    # An upsert both SQLite and PostgreSQL speak (the server backend shares this module).
    conn.executemany("INSERT INTO manual_posts(article_id, name, titles) VALUES (?,?,?)"
                     " ON CONFLICT(article_id, name) DO UPDATE SET titles = excluded.titles",
                     [(article_id, n, json.dumps(list(p), ensure_ascii=False)) for n, p in c.posts])
    conn.executemany('INSERT INTO manual_mentions(article_id, name, start, "end", review) VALUES (?,?,?,?,?)',
                     [(article_id, n, m.start, m.end, int(m.review)) for n, m in c.mentions])
    conn.executemany('INSERT INTO suppressions(article_id, kind, start, "end") VALUES (?,?,?,?)',
                     [(article_id, k, m.start, m.end) for k, m in c.suppressed])
    conn.executemany(
        'INSERT INTO manual_tasks(article_id, task_key, parent_key, level, ordinal, speaker, text, start, "end",'
        " review) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [(article_id, t.id, t.parent, t.level, t.ordinal, t.speaker, t.text, t.start, t.end, int(t.review))
         for t in c.tasks])
    conn.executemany(
        "INSERT INTO task_overrides(article_id, anchor_start, anchor_end, anchor_text, speaker, level)"
        " VALUES (?,?,?,?,?,?)",
        [(article_id, o.start, o.end, o.text, o.speaker, o.level) for o in c.task_overrides])
