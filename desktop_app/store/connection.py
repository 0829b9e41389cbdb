"""Opening a store's file: pragmas and migration, plain connections for backups."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from . import schema
from . import articles
from .transaction import StoreConnection

MMAP_BYTES = 256 * 1024 * 1024


SQLITE_HEADER = b"SQLite format 3\x00"
# Seconds a connection waits for another program's lock before SQLite says "database is locked"
# (StoreError code 'locked'; the CLI exits with status 4).
BUSY_TIMEOUT = 10.0
# What a failing store raises (disk full, lock, damage), for code outside the store to catch without
# importing sqlite3 itself; error_code() says which kind it is.
DatabaseFailure = sqlite3.Error


class StoreError(RuntimeError):
    """A store file that cannot be used. `code` is stable (the CLI and window turn it into words):
    'not_a_store' (another program's database, or no database at all), 'newer_schema' (written by a
    newer version of this program), 'corrupt', 'locked' (another program holds it too long),
    'read_only', 'disk_full', 'name_too_long', 'cannot_open'."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


def error_code(exc: BaseException) -> str:
    """The StoreError code for an error SQLite or the file system raised while using a store."""
    import errno

    if isinstance(exc, StoreError):
        return exc.code
    if isinstance(exc, OSError):
        return {errno.ENOSPC: "disk_full", errno.EDQUOT: "disk_full", errno.ENAMETOOLONG: "name_too_long",
                errno.EACCES: "read_only", errno.EPERM: "read_only", errno.EROFS: "read_only",
                errno.EFBIG: "disk_full"}.get(exc.errno or 0, "cannot_open")
    text = str(exc).lower()
    for words, code in (("disk is full", "disk_full"), ("disk i/o error", "disk_full"),
                        ("locked", "locked"), ("busy", "locked"), ("readonly", "read_only"),
                        ("read-only", "read_only"), ("not a database", "not_a_store"),
                        ("malformed", "corrupt"), ("no transaction is active", "disk_full"),
                        ("unable to open", "cannot_open"), ("no such table", "corrupt"),
                        ("no such column", "corrupt")):
        if words in text:
            return code
    return "cannot_open"


def _uri(path: Path, **params: str) -> str:
    # as_uri percent-encodes '?' and '#' in a folder's name, which a bare "file:{path}" would cut at.
    return Path(path).resolve().as_uri() + "?" + "&".join(f"{k}={v}" for k, v in params.items())


def inspect(path: str | Path) -> int | None:
    """The schema version of the store at `path`, None when there is no file (or an empty one, which
    SQLite makes a new store of). StoreError when the file is not ours to use: not a SQLite database,
    another program's non-empty database, a newer or negative schema, damaged. Only reads."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except FileNotFoundError:
        return None
    except IsADirectoryError as e:
        raise StoreError("not_a_store", "a folder") from e
    except OSError as e:
        raise StoreError(error_code(e), str(e)) from e
    if not head:
        return None
    if not head.startswith(SQLITE_HEADER):
        raise StoreError("not_a_store", "not a SQLite database")
    conn = _connect_read_only(path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.Error as e:
        code = error_code(e)
        raise StoreError("corrupt" if code in ("not_a_store", "cannot_open") else code, str(e)) from e
    finally:
        conn.close()
    if version > schema.SCHEMA_VERSION:
        raise StoreError("newer_schema", f"schema {version}, this program reads up to {schema.SCHEMA_VERSION}")
    if version < 0 or (version == 0 and tables) or (version > 0 and "articles" not in tables):
        raise StoreError("not_a_store", f"schema {version}, tables: {', '.join(sorted(tables)[:5])}")
    return version


def connect(path: Path, read_only: bool = False) -> StoreConnection:
    """The store's own connection: WAL, foreign keys on, schema migrated to the current version.

    The file is inspected first (nothing is written to a file that is not a store). `read_only`: a
    connection that never writes (list, search, export), also in a read-only folder; a store of an
    older schema is still migrated first (it is ours), a missing one is StoreError('missing')."""
    version = inspect(path)
    if read_only:
        if version is None:
            raise StoreError("missing", str(path))
        if version == schema.SCHEMA_VERSION:
            return _connect_read_only(path)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT, isolation_level=None, factory=StoreConnection)
    try:
        _use_wal(conn)
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        # Reads through a memory map instead of read() calls: the full count of a common word at
        # 200k articles was 1.35x faster (issue 16). Address space only; the OS pages it in.
        conn.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        before = conn.execute("PRAGMA user_version").fetchone()[0]
        schema.migrate(conn, reindex=articles.reindex_all)
        after = conn.execute("PRAGMA user_version").fetchone()[0]
        if after != before:
            import logging  # only when a migration ran: the CLI's start-up does not pay for it

            logging.getLogger("zhengwen.store").info("migrated %s from schema %d to %d", path, before, after)
    except BaseException:
        conn.close()  # a file that cannot be opened or migrated keeps no lock held by a lost connection
        raise
    return conn


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch the store to WAL unless it is already. The switch needs the file to itself and SQLite
    answers "database is locked" at once (no busy wait) while another process opens the same new
    store: retried for up to BUSY_TIMEOUT, so two processes creating one store do not fail."""
    import time

    deadline = time.monotonic() + BUSY_TIMEOUT
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if error_code(e) != "locked" or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _connect_read_only(path: Path) -> StoreConnection:
    """A connection that cannot write the file, also in a folder where SQLite cannot make the -shm
    file a WAL store needs: the file is then read as it is on disk (immutable), which is all there
    is, since nothing else can be writing it there."""
    conn = sqlite3.connect(_uri(path, mode="ro"), uri=True, timeout=BUSY_TIMEOUT, isolation_level=None, factory=StoreConnection)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error as e:
        conn.close()
        if error_code(e) not in ("read_only", "cannot_open"):
            raise
    return sqlite3.connect(_uri(path, mode="ro", immutable="1"), uri=True, isolation_level=None, factory=StoreConnection)


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
        return sqlite3.connect(_uri(Path(path), mode="ro"), uri=True, isolation_level=None,
                               factory=StoreConnection)
    return sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT, factory=StoreConnection)


def has_column(conn: sqlite3.Connection, table: str, column: str) -> bool:
    return any(r[1] == column for r in conn.execute(f"PRAGMA table_info({table})"))


def is_store_file(path: str | Path) -> bool:
    """Whether opening `path` as a library is safe: no file yet, an empty one, or an SQLite file of
    this program (also one of a newer version, which opening then refuses with its reason).
    Another program's database is not turned into a library by opening it (inspect decides)."""
    try:
        inspect(path)
    except StoreError as e:
        return e.code == "newer_schema"
    except OSError:
        return False
    return True
