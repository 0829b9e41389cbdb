"""The trash (回收站): deleting articles so that they can come back, restoring them, emptying it.

A trashed article keeps its row and every row hanging on it (spans, corrections, 督办, revisions);
it leaves the search index at once and every list, count and statistic leaves it out
(articles.LIVE). Restoring indexes it again; emptying deletes it for good (ON DELETE CASCADE).
"""
from __future__ import annotations

import sqlite3
from typing import Iterable

from ..domain import TrashedArticle
from . import articles
from .transaction import Transaction


def trash(conn: sqlite3.Connection, ids: Iterable[int]) -> list[int]:
    """Move these articles to the trash; the ids that moved (unknown or already trashed ones do not)."""
    moved = []
    with Transaction(conn):
        for aid in dict.fromkeys(int(i) for i in ids):
            if conn.execute(f"SELECT 1 FROM articles WHERE id=? AND id {articles.LIVE}", (aid,)).fetchone() is None:
                continue
            articles.unindex(conn, aid)
            conn.execute("INSERT INTO trash(article_id) VALUES (?)", (aid,))
            moved.append(aid)
    return moved


def restore(conn: sqlite3.Connection, ids: Iterable[int]) -> list[int]:
    """Take these articles out of the trash, searchable again; the ids that came back. (No other
    article can have taken a trashed one's body meanwhile: body_hash stays unique, and importing
    the body again restores the trashed article.)"""
    back = []
    with Transaction(conn):
        for aid in dict.fromkeys(int(i) for i in ids):
            if articles.untrash(conn, aid):
                back.append(aid)
    return back


def trashed(conn: sqlite3.Connection) -> list[TrashedArticle]:
    """What the trash holds, most recently deleted first."""
    return [TrashedArticle(*row) for row in conn.execute(
        "SELECT a.id, a.title, a.date, a.source, t.deleted_at FROM trash t JOIN articles a ON a.id = t.article_id"
        " ORDER BY t.deleted_at DESC, t.rowid DESC")]


def trash_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM trash").fetchone()[0]


def is_trashed(conn: sqlite3.Connection, article_id: int) -> bool:
    return conn.execute("SELECT 1 FROM trash WHERE article_id=?", (article_id,)).fetchone() is not None


def empty(conn: sqlite3.Connection, ids: Iterable[int] | None = None) -> int:
    """Delete trashed articles for good (all of them, or these); how many went."""
    with Transaction(conn):
        if ids is None:
            chosen = [r[0] for r in conn.execute("SELECT article_id FROM trash")]
        else:
            chosen = [aid for aid in dict.fromkeys(int(i) for i in ids) if is_trashed(conn, aid)]
        for aid in chosen:
            # Spans, corrections, 督办 and revisions go with the row (ON DELETE CASCADE); it is not
            # in the search index any more.
            conn.execute("DELETE FROM articles WHERE id=?", (aid,))
    return len(chosen)
