"""Opening a store's file: pragmas and migration, plain connections for backups, transactions."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from .. import schema


def connect(path: Path) -> sqlite3.Connection:
    """The store's own connection: WAL, foreign keys on, schema migrated to the current version."""
    conn = sqlite3.connect(str(path), timeout=10.0, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        from .articles import reindex_all  # articles needs this module's Transaction

        schema.migrate(conn, reindex=reindex_all)
    except BaseException:
        conn.close()  # a file that cannot be opened or migrated keeps no lock held by a lost connection
        raise
    return conn


def upgrade_rebuilds_index(path: str | Path) -> int:
    """How many articles opening `path` will index anew (a schema step that rebuilds the search
    index is pending): 0 for a current, new or unreadable file. Lets a window say why it waits."""
    try:
        conn = connect_file(path, read_only=True)
    except sqlite3.Error:
        return 0
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if not 0 < version < max(schema.REINDEX_AFTER):
            return 0
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


def connect_file(path: str | Path, read_only: bool = False) -> sqlite3.Connection:
    """A plain connection to a database file (no migration, no WAL switch): for backups and checks."""
    if read_only:
        return sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True, isolation_level=None)
    return sqlite3.connect(str(path), isolation_level=None, timeout=10.0)


def has_column(conn: sqlite3.Connection, table: str, column: str) -> bool:
    return any(r[1] == column for r in conn.execute(f"PRAGMA table_info({table})"))


class Cancelled(Exception):
    """Raised inside a Transaction to roll it back quietly (its `cancelled` is then True)."""


# Search index rows (rowid, tokens) of each connection's open transaction, written at its commit.
_pending_index: dict[int, list[tuple[int, str]]] = {}


def queue_index_row(conn: sqlite3.Connection, key: int, tokens: str) -> None:
    """Add a row to the search index when the transaction commits (at once outside one).

    FTS5 writes its token buffer out as a new segment whenever a rowid is not above the last one;
    rows written in key order at the commit make an import batch of articles of any dates one
    segment, not one per article (bench/bench_app.py: ~1 ms of an article's import)."""
    if conn.in_transaction:
        _pending_index.setdefault(id(conn), []).append((key, tokens))
    else:
        conn.execute("INSERT INTO search_fts(rowid, tokens) VALUES (?,?)", (key, tokens))


def flush_index_rows(conn: sqlite3.Connection) -> None:
    """Write the queued index rows now (before a delete from the index, or a search, that must see them)."""
    rows = _pending_index.pop(id(conn), None)
    if rows:
        write_index_rows(conn, rows)


def write_index_rows(conn: sqlite3.Connection, rows: list[tuple[int, str]]) -> None:
    """Insert (rowid, tokens) rows into the search index in key order."""
    rows.sort()
    conn.executemany("INSERT INTO search_fts(rowid, tokens) VALUES (?,?)", rows)


class Transaction:
    """BEGIN IMMEDIATE … COMMIT (ROLLBACK on error); a nested use is a SAVEPOINT, so that one failed
    article inside an import batch is undone alone and the batch goes on. Queued search index rows
    are written just before the COMMIT, and forgotten with what a rollback undoes."""

    _depth = 0

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.outer = False
        self.cancelled = False
        self.savepoint = ""
        self.queued = 0

    def __enter__(self):
        if not self.conn.in_transaction:
            _pending_index.pop(id(self.conn), None)
            self.conn.execute("BEGIN IMMEDIATE")
            self.outer = True
        else:
            Transaction._depth += 1
            self.savepoint = f"sp{Transaction._depth}"
            self.conn.execute(f"SAVEPOINT {self.savepoint}")
            self.queued = len(_pending_index.get(id(self.conn), ()))
        return self

    def __exit__(self, exc_type, exc, tb):
        if not self.outer:
            if exc_type is not None:
                self.conn.execute(f"ROLLBACK TO {self.savepoint}")
                del _pending_index.get(id(self.conn), [])[self.queued:]
            self.conn.execute(f"RELEASE {self.savepoint}")
            return False
        if exc_type is None:
            try:
                flush_index_rows(self.conn)
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
        else:
            _pending_index.pop(id(self.conn), None)
            self.conn.execute("ROLLBACK")
        self.cancelled = exc_type is Cancelled
        return self.cancelled
