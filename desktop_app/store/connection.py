"""Opening a store's file: pragmas and migration, plain connections for backups."""
from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from . import schema
from . import articles
from .transaction import StoreConnection


def connect(path: Path) -> sqlite3.Connection:
    """The store's own connection: WAL, foreign keys on, schema migrated to the current version."""
    conn = sqlite3.connect(str(path), timeout=10.0, isolation_level=None, factory=StoreConnection)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        before = conn.execute("PRAGMA user_version").fetchone()[0]
        schema.migrate(conn, reindex=articles.reindex_all)
        after = conn.execute("PRAGMA user_version").fetchone()[0]
        if after != before:
            logging.getLogger("zhengwen.store").info("migrated %s from schema %d to %d", path, before, after)
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
        return sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True, isolation_level=None,
                               factory=StoreConnection)
    return sqlite3.connect(str(path), isolation_level=None, timeout=10.0, factory=StoreConnection)


def has_column(conn: sqlite3.Connection, table: str, column: str) -> bool:
    return any(r[1] == column for r in conn.execute(f"PRAGMA table_info({table})"))
