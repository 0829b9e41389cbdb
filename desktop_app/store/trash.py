"""The trash (回收站): deleting articles so that they can come back, restoring them, emptying it.

A trashed article keeps its row and every row hanging on it (spans, corrections, 督办, revisions);
it leaves the search index at once and every list, count and statistic leaves it out
(articles.LIVE). Restoring indexes it again; emptying deletes it for good (ON DELETE CASCADE).
"""
from __future__ import annotations

import sqlite3
import threading
from typing import Callable, Iterable

from ..domain import TrashedArticle
from . import articles
from .transaction import Transaction

# Articles per transaction of a bulk action: a cancel stops between batches, so what was done stays
# done in whole articles, and a reader waits on at most one batch (~0.3 s of writes).
BATCH = 100

Progress = Callable[[int, int], None]


def each_in_batches(conn: sqlite3.Connection, ids: Iterable[int], step: Callable[[int], bool],
                    progress: Progress | None = None, cancel: threading.Event | None = None,
                    batch: int | None = None) -> list[int]:
    """Run `step(id)` (True when it changed the article) on each id, BATCH ids to a transaction;
    `progress(done, total)` after each batch; stop before the next batch once `cancel` is set. The
    ids changed, in the order given (each one whole: a batch commits or rolls back as one)."""
    batch = batch or BATCH
    chosen = list(dict.fromkeys(int(i) for i in ids))
    changed: list[int] = []
    for start in range(0, len(chosen), batch):
        if cancel is not None and cancel.is_set():
            break
        with Transaction(conn):
            done_here = [aid for aid in chosen[start:start + batch] if step(aid)]
        changed += done_here
        if progress is not None:
            progress(min(start + batch, len(chosen)), len(chosen))
    return changed


def trash(conn: sqlite3.Connection, ids: Iterable[int], progress: Progress | None = None,
          cancel: threading.Event | None = None) -> list[int]:
    """Move these articles to the trash; the ids that moved (unknown or already trashed ones do not)."""
    def one(aid: int) -> bool:
        if conn.execute(f"SELECT 1 FROM articles WHERE id=? AND id {articles.LIVE}", (aid,)).fetchone() is None:
            return False
        articles.unindex(conn, aid)
        conn.execute("INSERT INTO trash(article_id) VALUES (?)", (aid,))
        return True
    return each_in_batches(conn, ids, one, progress, cancel)


def restore(conn: sqlite3.Connection, ids: Iterable[int], progress: Progress | None = None,
            cancel: threading.Event | None = None) -> list[int]:
    """Take these articles out of the trash, searchable again; the ids that came back. (No other
    article can have taken a trashed one's body meanwhile: body_hash stays unique, and importing
    the body again restores the trashed article.)"""
    return each_in_batches(conn, ids, lambda aid: bool(articles.untrash(conn, aid)), progress, cancel)


def trashed(conn: sqlite3.Connection, limit: int | None = None, offset: int = 0) -> list[TrashedArticle]:
    """What the trash holds, most recently deleted first; `limit` rows from `offset` (a page of the
    trash view: a trash of 100,000 articles is not read whole to show 500)."""
    sql = ("SELECT a.id, a.title, a.date, a.source, t.deleted_at FROM trash t JOIN articles a ON a.id = t.article_id"
           " ORDER BY t.deleted_at DESC, t.article_id DESC")
    params: tuple = ()
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = (int(limit), max(0, int(offset)))
    return [TrashedArticle(*row) for row in conn.execute(sql, params)]


def trash_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM trash").fetchone()[0]


def is_trashed(conn: sqlite3.Connection, article_id: int) -> bool:
    return conn.execute("SELECT 1 FROM trash WHERE article_id=?", (article_id,)).fetchone() is not None


def empty(conn: sqlite3.Connection, ids: Iterable[int] | None = None, progress: Progress | None = None,
          cancel: threading.Event | None = None) -> int:
    """Delete trashed articles for good (all of them, or these); how many went."""
    if ids is None:
        ids = [r[0] for r in conn.execute("SELECT article_id FROM trash ORDER BY rowid")]

    def one(aid: int) -> bool:
        if not is_trashed(conn, aid):
            return False
        # Spans, corrections, 督办 and revisions go with the row (ON DELETE CASCADE); it is not in
        # the search index any more.
        conn.execute("DELETE FROM articles WHERE id=?", (aid,))
        return True
    return len(each_in_batches(conn, ids, one, progress, cancel))
