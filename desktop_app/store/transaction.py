"""Transactions on a store's connection, and the search-index rows they write at their commit."""
from __future__ import annotations

import sqlite3


class StoreConnection(sqlite3.Connection):
    """A store's connection: it carries the search index rows (rowid, tokens) of its open transaction,
    written in key order at the commit (see queue_index_row)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.pending_index: list[tuple[int, str]] = []


class Cancelled(Exception):
    """Raised inside a Transaction to roll it back quietly (its `cancelled` is then True)."""


def queue_index_row(conn: StoreConnection, key: int, tokens: str) -> None:
    """Add a row to the search index when the transaction commits (at once outside one).

    FTS5 writes its token buffer out as a new segment whenever a rowid is not above the last one;
    rows written in key order at the commit make an import batch of articles of any dates one
    segment, not one per article (bench/bench_app.py: ~1 ms of an article's import)."""
    if conn.in_transaction:
        conn.pending_index.append((key, tokens))
    else:
        conn.execute("INSERT INTO search_fts(rowid, tokens) VALUES (?,?)", (key, tokens))


def flush_index_rows(conn: StoreConnection) -> None:
    """Write the queued index rows now (before a delete from the index, or a search, that must see them)."""
    rows, conn.pending_index = conn.pending_index, []
    if rows:
        write_index_rows(conn, rows)


def write_index_rows(conn: StoreConnection, rows: list[tuple[int, str]]) -> None:
    """Insert (rowid, tokens) rows into the search index in key order."""
    rows.sort()
    conn.executemany("INSERT INTO search_fts(rowid, tokens) VALUES (?,?)", rows)


class Transaction:
    """BEGIN IMMEDIATE … COMMIT (ROLLBACK on error); a nested use is a SAVEPOINT, so that one failed
    article inside an import batch is undone alone and the batch goes on. Queued search index rows
    are written just before the COMMIT, and forgotten with what a rollback undoes."""

    _depth = 0

    def __init__(self, conn: StoreConnection):
        self.conn = conn
        self.outer = False
        self.cancelled = False
        self.savepoint = ""
        self.queued = 0

    def __enter__(self):
        if not self.conn.in_transaction:
            self.conn.pending_index = []
            self.conn.execute("BEGIN IMMEDIATE")
            self.outer = True
        else:
            Transaction._depth += 1
            self.savepoint = f"sp{Transaction._depth}"
            self.conn.execute(f"SAVEPOINT {self.savepoint}")
            self.queued = len(self.conn.pending_index)
        return self

    def __exit__(self, exc_type, exc, tb):
        if not self.outer:
            if not self.conn.in_transaction:
                return False  # SQLite rolled the whole transaction back (disk full): let the error rise
            if exc_type is not None:
                self.conn.execute(f"ROLLBACK TO {self.savepoint}")
                del self.conn.pending_index[self.queued:]
            self.conn.execute(f"RELEASE {self.savepoint}")
            return False
        if exc_type is None:
            try:
                flush_index_rows(self.conn)
                self.conn.execute("COMMIT")
            except BaseException:
                self._rollback()
                raise
        else:
            self._rollback()
        self.cancelled = exc_type is Cancelled
        return self.cancelled

    def _rollback(self) -> None:
        self.conn.pending_index = []
        # A full disk (SQLITE_FULL) or I/O error may already have rolled the transaction back: a
        # second ROLLBACK would hide the real error behind "no transaction is active".
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
