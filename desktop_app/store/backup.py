"""Backups of the store: online copies through SQLite's backup API, verified, timestamped, rotated;
and restoring one (after backing up the current store first).

Qt-free; runs on any thread, with its own connections. No `import sqlite3` here (only the store
touches SQLite by import): connections come from the class of the Store's own connection.
"""
from __future__ import annotations

import datetime as _dt
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

from . import schema
from .connection import connect_file, error_code
from .core import Store

PREFIX = "zhengwen-"
SUFFIX = ".db"
KEEP = 10
_STAMP = "%Y%m%d-%H%M%S-%f"
# zhengwen-20261127-231529-123456.db, or …-before-restore.db for the copy restore_backup makes.
_NAME = re.compile(r"^zhengwen-(\d{8}-\d{6}-\d{6})(-before-restore)?\.db$")


class BackupError(Exception):
    """A backup that cannot be made or used. `code`: 'missing', 'corrupt', 'not_a_store',
    'newer_schema' (made by a newer version: restoring it would leave a library this one cannot
    open), 'locked' (the store is in use: nothing was changed), 'failed'."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


def _connect(path: str | Path, read_only: bool = False):
    """A plain connection to a database file (not a Store: no migration, no WAL switch)."""
    return connect_file(path, read_only)


def _quick_check(conn) -> str:
    rows = conn.execute("PRAGMA quick_check").fetchall()
    return "ok" if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:5])


def _new_path(folder: Path, tag: str = "") -> Path:
    now = _dt.datetime.now()
    while True:
        path = folder / f"{PREFIX}{now.strftime(_STAMP)}{tag}{SUFFIX}"
        if not path.exists() and not path.with_name(path.name + ".partial").exists():
            return path
        now += _dt.timedelta(microseconds=1)


def _copy_into(source_conn, path: Path) -> None:
    """Online-backup `source_conn` into a new file at `path` (via `path.partial`, renamed when whole
    and checked, so that a crash never leaves a half backup under a backup's name)."""
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        dest = _connect(partial)
        try:
            source_conn.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
            check = _quick_check(dest)
        finally:
            dest.close()
    except Exception as e:
        partial.unlink(missing_ok=True)
        raise BackupError("failed", f"{type(e).__name__}: {e}") from e
    if check != "ok":
        partial.unlink(missing_ok=True)
        raise BackupError("corrupt", check)
    os.replace(partial, path)


# A .partial file no one has written for this long is what a crashed (killed) backup left behind.
PARTIAL_STALE_S = 60


def clean_partials(folder: str | Path) -> list[Path]:
    """Delete the half backups (zhengwen-<time>.db.partial) that crashed backups left in `folder`: a
    killed backup leaves a file as large as the store each time (28 kills left 1.9 GB). A .partial
    still being written (by another window) is left alone: it is recent, or SQLite holds a lock on it."""
    folder = Path(folder)
    removed: list[Path] = []
    try:
        candidates = [p for p in folder.iterdir()
                      if p.name.endswith(".partial") and _NAME.match(p.name[:-len(".partial")])]
    except OSError:
        return removed
    now = _dt.datetime.now().timestamp()
    for p in candidates:
        try:
            if now - p.stat().st_mtime < PARTIAL_STALE_S or _in_use(p):
                continue
            p.unlink()
            removed.append(p)
        except OSError:
            continue
    return removed


def _in_use(path: Path) -> bool:
    """Whether a connection holds a lock on the database file at `path` (a backup writing it)."""
    try:
        conn = connect_file(path)
    except Exception:
        return False
    try:
        conn.execute("PRAGMA busy_timeout = 0")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
        return False
    except Exception as e:
        return error_code(e) == "locked"
    finally:
        conn.close()


def backup_store(store: Store, folder: str | Path, keep: int | None = KEEP) -> Path:
    """Copy the store (its committed state; it may be in use) to `folder`/zhengwen-<time>.db, check the
    copy with PRAGMA quick_check, then keep only the newest `keep` backups (None: keep all). Half
    backups of earlier crashed runs are deleted first (clean_partials)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    clean_partials(folder)
    path = _new_path(folder)
    _copy_into(store.conn, path)
    if keep is not None:
        rotate(folder, keep)
    return path


def list_backups(folder: str | Path) -> list[Path]:
    """The backups in `folder`, newest first (other files are not ours and are left out)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    stamps = {p: m.group(1) for p in folder.iterdir() if p.is_file() and (m := _NAME.match(p.name))}
    return sorted(stamps, key=stamps.__getitem__, reverse=True)


def backup_time(path: str | Path) -> _dt.datetime | None:
    """When a backup was made, from its name."""
    m = _NAME.match(Path(path).name)
    return _dt.datetime.strptime(m.group(1), _STAMP) if m else None


def rotate(folder: str | Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups (at least one is always kept); the deleted ones."""
    old = list_backups(folder)[max(keep, 1):]
    for p in old:
        p.unlink(missing_ok=True)
    return old


def verify_backup(backup: str | Path) -> None:
    """BackupError unless `backup` is a whole database file holding a store."""
    backup = Path(backup)
    if not backup.is_file():
        raise BackupError("missing", str(backup))
    try:
        conn = _connect(backup, read_only=True)
    except Exception as e:
        raise BackupError("corrupt", str(e)) from e
    try:
        check = _quick_check(conn)
        if check != "ok":
            raise BackupError("corrupt", check)
        # The layout a store of its version has: every table the migrations up to it create.
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > schema.SCHEMA_VERSION:
            raise BackupError("newer_schema", f"schema {version}, this program reads up to {schema.SCHEMA_VERSION}")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        missing = _expected_tables(version) - tables
        if version < 1 or missing:
            raise BackupError("not_a_store", f"schema {version}; missing: {', '.join(sorted(missing)[:5])}")
    except BackupError:
        raise
    except Exception as e:  # "file is not a database" and the like
        raise BackupError("corrupt", f"{type(e).__name__}: {e}") from e
    finally:
        conn.close()


def _expected_tables(version: int) -> set[str]:
    """The tables (and virtual tables) a store of schema `version` has, from the migrations themselves."""
    return schema.tables(version)


def _save_current(store_path: Path, folder: Path) -> Path | None:
    """Back up the store about to be replaced; a store too damaged to open is copied file by file."""
    if not store_path.exists():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    try:
        conn = _connect(store_path)
        try:
            if _quick_check(conn) != "ok":
                raise BackupError("corrupt")
            path = _new_path(folder, "-before-restore")
            _copy_into(conn, path)
            return path
        finally:
            conn.close()
    except Exception:
        # Keep the damaged files as they are, under a name list_backups does not offer.
        stamp = _dt.datetime.now().strftime(_STAMP)
        kept = folder / f"damaged-{stamp}{SUFFIX}"
        for ext in ("", "-wal", "-shm"):
            src = store_path.with_name(store_path.name + ext)
            if src.exists():
                shutil.copy2(src, kept.with_name(kept.name + ext))
        return kept


def restore_backup(backup: str | Path, store_path: str | Path, folder: str | Path | None = None,
                   progress: Callable[[int, int], None] | None = None) -> Path | None:
    """Replace the store at `store_path` with `backup`; returns the backup made of the current store
    first (in `folder`, by default the backup's own folder), or None when there was no store.

    Runs on any thread with connections of its own (the window runs it in its writer lane). Other
    connections may stay open on the store: the pages go in through SQLite's backup API in one write
    transaction, so a reader sees the old store or the restored one, never a mix; a Store that was
    open should still reopen() afterwards (fresh caches). The backup is checked before anything
    changes; a store file too damaged to open is set aside. `progress(done, total)` counts the
    restored pages (0, 0 while the backup is checked and the current store saved).
    """
    backup, store_path = Path(backup), Path(store_path)
    report = progress or (lambda done, total: None)
    report(0, 0)
    verify_backup(backup)
    saved = _save_current(store_path, Path(folder) if folder is not None else backup.parent)
    source = _connect(backup, read_only=True)
    try:
        try:
            _restore_into(source, store_path, report)
        except BackupError:
            raise
        except Exception as e:
            if error_code(e) not in ("not_a_store", "corrupt"):
                # A lock (another window or program has the store open), a full disk, no permission:
                # the store is as it was, its -wal holds committed articles; never delete it then.
                raise BackupError("locked" if error_code(e) == "locked" else "failed",
                                  f"{type(e).__name__}: {e}") from e
            # The old file would not take the pages (not a database at all): start from a new file.
            for ext in ("", "-wal", "-shm"):
                store_path.with_name(store_path.name + ext).unlink(missing_ok=True)
            _restore_into(source, store_path, report)
    except BackupError:
        raise
    except Exception as e:
        raise BackupError("failed", f"{type(e).__name__}: {e}") from e
    finally:
        source.close()
    return saved


RESTORE_STEP_PAGES = 1024  # pages copied between two progress reports (4 MB at the default page size)


def _restore_into(source, store_path: Path, progress: Callable[[int, int], None]) -> None:
    store_path.parent.mkdir(parents=True, exist_ok=True)
    # Through the backup API, not a file copy: an old -wal beside the store is dealt with by SQLite.
    dest = _connect(store_path)
    try:
        # The backup API retries a locked destination for ever; a write lock taken first fails with
        # "database is locked" after the busy timeout instead (another window writes the store).
        dest.execute("BEGIN IMMEDIATE")
        dest.execute("ROLLBACK")
        # In steps, for the progress; the destination stays locked from the first step to the last,
        # and the pages are committed together at the end.
        source.backup(dest, pages=RESTORE_STEP_PAGES,
                      progress=lambda _status, remaining, total: progress(total - remaining, total))
        dest.execute("PRAGMA journal_mode=WAL")
        check = _quick_check(dest)
    finally:
        dest.close()
    if check != "ok":
        raise BackupError("corrupt", check)
