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


def connect_file(path: str | Path, read_only: bool = False) -> sqlite3.Connection:
    """A plain connection to a database file (no migration, no WAL switch): for backups and checks."""
    if read_only:
        return sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True, isolation_level=None)
    return sqlite3.connect(str(path), isolation_level=None, timeout=10.0)


def has_column(conn: sqlite3.Connection, table: str, column: str) -> bool:
    return any(r[1] == column for r in conn.execute(f"PRAGMA table_info({table})"))


class Cancelled(Exception):
    """Raised inside a Transaction to roll it back quietly (its `cancelled` is then True)."""


class Transaction:
    """BEGIN IMMEDIATE … COMMIT (ROLLBACK on error); a nested use is a SAVEPOINT, so that one failed
    article inside an import batch is undone alone and the batch goes on."""

    _depth = 0

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.outer = False
        self.cancelled = False
        self.savepoint = ""

    def __enter__(self):
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self.outer = True
        else:
            Transaction._depth += 1
            self.savepoint = f"sp{Transaction._depth}"
            self.conn.execute(f"SAVEPOINT {self.savepoint}")
        return self

    def __exit__(self, exc_type, exc, tb):
        if not self.outer:
            if exc_type is not None:
                self.conn.execute(f"ROLLBACK TO {self.savepoint}")
            self.conn.execute(f"RELEASE {self.savepoint}")
            return False
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")
        self.cancelled = exc_type is Cancelled
        return self.cancelled
