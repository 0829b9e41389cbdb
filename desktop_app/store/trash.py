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
from .transaction import StoreConnection, Transaction, flush_index_rows

# Articles per transaction of a bulk action: a cancel stops between batches, so what was done stays
# done in whole articles, and a reader waits on at most one batch (~0.3 s of writes).
BATCH = 100

Progress = Callable[[int, int], None]


def each_in_batches(conn: StoreConnection, ids: Iterable[int], step: Callable[[int], bool],
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


def trash(conn: StoreConnection, ids: Iterable[int], progress: Progress | None = None,
          cancel: threading.Event | None = None) -> list[int]:
    """Move these articles to the trash; the ids that moved, in the order given (unknown or already
    trashed ones do not move).

    The search index is contentless: it forgets an article only when given the tokens it indexed,
    worked out again from the text (~0.4 ms) and written as a delete (~0.8 ms with its share of the
    commit). One article at a time, newest first, that was ~4 ms an article and `zhengwen delete` of
    100,000 took ~7 min. Now the articles leave in batches of BULK_BATCH in index order (FTS5 starts
    a new segment whenever a rowid is not above the last one) with one statement each; and when
    more articles leave than stay, the index is emptied and what stays is indexed again (one
    transaction: a cancel then leaves everything where it was)."""
    if getattr(conn, "search_index", None) is not None:  # the server keeps its index in the row
        return _trash_one_by_one(conn, ids, progress, cancel)
    chosen = list(dict.fromkeys(int(i) for i in ids))
    keyed = _live_by_key(conn, chosen)
    leaving = sum(1 for key, _ in keyed if key is not None)
    staying = conn.execute("SELECT count(*) FROM articles WHERE fts_key IS NOT NULL").fetchone()[0] - leaving
    order = [aid for _, aid in keyed]
    if leaving >= REBUILD_FROM and staying < REBUILD_RATIO * leaving:
        moved = _trash_and_rebuild(conn, order, progress, cancel)
    else:
        moved = []
        for start in range(0, len(order), BULK_BATCH):
            if cancel is not None and cancel.is_set():
                break
            with Transaction(conn):
                moved += _trash_batch(conn, order[start:start + BULK_BATCH])
            if progress is not None:
                progress(min(start + BULK_BATCH, len(order)), len(order))
    gone = set(moved)
    return [aid for aid in chosen if aid in gone]


# Articles per transaction of a bulk trash (each batch ~1 s at 100k articles).
BULK_BATCH = 1000
# Rebuild the index from what stays, rather than delete from it, when at least REBUILD_FROM articles
# leave and fewer than REBUILD_RATIO times as many stay (indexing an article costs about half of
# deleting one: each costs its tokens, but a delete's commit also merges the deletes in).
REBUILD_FROM, REBUILD_RATIO = 2000, 2


def _live_by_key(conn: sqlite3.Connection, ids: list[int]) -> list[tuple[int | None, int]]:
    """(search index key, id) of the ids that are live articles, in index order (unindexed last)."""
    out: list[tuple[int | None, int]] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        out += conn.execute(f"SELECT fts_key, id FROM articles WHERE id IN ({marks}) AND id {articles.LIVE}",
                            chunk).fetchall()
    out.sort(key=lambda row: (row[0] is None, row[0] or 0))
    return out


def _trash_batch(conn: StoreConnection, ids: list[int], unindex: bool = True) -> list[int]:
    """Inside a transaction: these articles (those still live) leave the index and go to the trash."""
    flush_index_rows(conn)  # a delete must find the rows queued before it
    marks = ",".join("?" * len(ids))
    text = "title, subtitle, body" if unindex else "NULL, NULL, NULL"  # a rebuild needs no text here
    rows = conn.execute(f"SELECT id, fts_key, {text} FROM articles WHERE id IN ({marks})"
                        f" AND id {articles.LIVE} ORDER BY fts_key", ids).fetchall()
    if unindex:
        conn.executemany("INSERT INTO search_fts(search_fts, rowid, tokens) VALUES ('delete',?,?)",
                         ((key, articles.index_tokens(title, subtitle, body))
                          for _, key, title, subtitle, body in rows if key is not None))
    moved = [(row[0],) for row in rows]
    conn.executemany("UPDATE articles SET fts_key=NULL WHERE id=?", moved)
    conn.executemany("INSERT INTO trash(article_id) VALUES (?)", moved)
    return [aid for aid, in moved]


def _trash_and_rebuild(conn: StoreConnection, ids: list[int], progress: Progress | None,
                       cancel: threading.Event | None) -> list[int]:
    """Most of the index leaves: mark them trashed, empty the index and index again what stays,
    all in one transaction (progress: the articles trashed, then the ones indexed again)."""
    total = len(ids)
    moved: list[int] = []
    with Transaction(conn) as tx:
        for start in range(0, total, 500):
            moved += _trash_batch(conn, ids[start:start + 500], unindex=False)
        if progress is not None:
            progress(total // 2, total)

        def step(done: int, of: int) -> None:
            if progress is not None:
                progress(total // 2 + (total - total // 2) * done // max(1, of), total)
        articles.reindex_all(conn, step, cancel)
    return [] if tx.cancelled else moved


def _trash_one_by_one(conn, ids, progress, cancel) -> list[int]:
    def one(aid: int) -> bool:
        if conn.execute(f"SELECT 1 FROM articles WHERE id=? AND id {articles.LIVE}", (aid,)).fetchone() is None:
            return False
        articles.unindex(conn, aid)
        conn.execute("INSERT INTO trash(article_id) VALUES (?)", (aid,))
        return True
    return each_in_batches(conn, ids, one, progress, cancel)


def restore(conn: StoreConnection, ids: Iterable[int], progress: Progress | None = None,
            cancel: threading.Event | None = None) -> list[int]:
    """Take these articles out of the trash, searchable again; the ids that came back, in the order
    given. (No other article can have taken a trashed one's body meanwhile: body_hash stays unique,
    and importing the body again restores the trashed article.) In batches of BULK_BATCH, each
    with one statement per kind of change (it was ~1 ms an article, one at a time)."""
    if getattr(conn, "search_index", None) is not None:  # the server keeps its index in the row
        return each_in_batches(conn, ids, lambda aid: bool(articles.untrash(conn, aid)), progress, cancel)
    chosen = list(dict.fromkeys(int(i) for i in ids))
    back: set[int] = set()
    for start in range(0, len(chosen), BULK_BATCH):
        if cancel is not None and cancel.is_set():
            break
        with Transaction(conn):
            back.update(articles.untrash_many(conn, chosen[start:start + BULK_BATCH]))
        if progress is not None:
            progress(min(start + BULK_BATCH, len(chosen)), len(chosen))
    return [aid for aid in chosen if aid in back]


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


def empty(conn: StoreConnection, ids: Iterable[int] | None = None, progress: Progress | None = None,
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
