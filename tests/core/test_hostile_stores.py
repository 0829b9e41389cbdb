"""Hostile stores and backups (issue 15, points 3, 4 and 14)."""
from __future__ import annotations

import hashlib
import os
import sqlite3
import time

import pytest

from desktop_app.importer import import_text
from desktop_app.store import Store, StoreError, connection, schema
from desktop_app.store.backup import BackupError, backup_store, clean_partials, restore_backup, verify_backup


def _add(store, n: int, start: int = 0) -> None:
    with store.transaction():
        for i in range(start, start + n):
            import_text(store, f"第{i}篇\n  第{i}篇的正文,内容各不相同。")


def _md5(path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


# -- point 3: another program's database ------------------------------------------------------------
@pytest.mark.parametrize("read_only", [False, True])
def test_a_foreign_database_is_refused_untouched(tmp_path, read_only):
    db = tmp_path / "History"
    conn = sqlite3.connect(str(db))
    conn.execute("CREATE TABLE urls (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    before = _md5(db)
    with pytest.raises(StoreError) as e:
        Store(db, read_only=read_only)
    assert e.value.code == "not_a_store"
    assert _md5(db) == before and sorted(p.name for p in tmp_path.iterdir()) == ["History"]


def test_an_empty_file_and_an_empty_database_become_stores(tmp_path):
    (tmp_path / "empty.db").write_bytes(b"")
    sqlite3.connect(str(tmp_path / "blank.db")).execute("PRAGMA user_version").fetchone()
    for name in ("empty.db", "blank.db"):
        with Store(tmp_path / name) as s:
            assert s.count() == 0


def test_wal_only_on_our_own_stores(tmp_path):
    db = tmp_path / "other.db"
    conn = sqlite3.connect(str(db))
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError):
        Store(db)
    conn = sqlite3.connect(str(db))
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


# -- point 4: restore verifies version and layout; a lock deletes nothing ----------------------------
def _backup(tmp_path, n=2):
    db = tmp_path / "store.db"
    with Store(db) as store:
        _add(store, n)
        return db, backup_store(store, tmp_path / "b")


def test_a_backup_of_a_newer_schema_is_not_restored(tmp_path):
    db, backup = _backup(tmp_path)
    conn = sqlite3.connect(str(backup))
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError) as e:
        restore_backup(backup, db)
    assert e.value.code == "newer_schema"
    with Store(db) as store:  # the library still opens, as it was
        assert store.count() == 2


def test_a_backup_whose_layout_is_not_a_store_is_not_restored(tmp_path):
    db, _ = _backup(tmp_path)
    fake = tmp_path / "b" / "zhengwen-20200101-000000-000000.db"
    conn = sqlite3.connect(str(fake))
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT)")  # a table of that name only
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError) as e:
        verify_backup(fake)
    assert e.value.code == "not_a_store"
    with pytest.raises(BackupError):
        restore_backup(fake, db)
    with Store(db) as store:
        assert store.count() == 2


def test_a_restore_that_meets_a_lock_keeps_the_wal(tmp_path, monkeypatch):
    db, backup = _backup(tmp_path)
    with Store(db) as store:
        _add(store, 3, start=10)  # committed in the -wal, not yet in the main file
        monkeypatch.setattr(connection, "BUSY_TIMEOUT", 0.2)
        holder = sqlite3.connect(str(db), isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # another window is writing
        try:
            with pytest.raises(BackupError) as e:
                restore_backup(backup, db)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert e.value.code == "locked"
        assert store.count() == 5
    monkeypatch.setattr(connection, "BUSY_TIMEOUT", 10.0)
    with Store(db) as store:
        assert store.count() == 5


# -- point 14: half backups of crashed runs --------------------------------------------------------
def _partial(folder, stamp: str, size: int, age_s: float):
    p = folder / f"zhengwen-{stamp}.db.partial"
    p.write_bytes(b"\0" * size)
    t = time.time() - age_s
    os.utime(p, (t, t))
    return p


def test_crashed_backups_are_cleaned_at_the_next_backup(tmp_path):
    db = tmp_path / "store.db"
    folder = tmp_path / "b"
    folder.mkdir()
    old = [_partial(folder, f"20200101-00000{i}-000000", 1_000_000, 3600) for i in range(3)]
    fresh = _partial(folder, "20990101-000000-000000", 10, 0)  # being written right now
    other = folder / "notes.partial"
    other.write_text("not ours")
    with Store(db) as store:
        _add(store, 1)
        made = backup_store(store, folder)
    left = sorted(p.name for p in folder.iterdir())
    assert left == sorted([made.name, fresh.name, other.name])
    assert not any(p.exists() for p in old)


def test_a_half_backup_another_backup_is_writing_is_left_alone(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    busy = folder / "zhengwen-20200101-000000-000000.db.partial"
    writer = sqlite3.connect(str(busy), isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    writer.execute("CREATE TABLE t (x)")
    t = time.time() - 3600
    os.utime(busy, (t, t))
    try:
        assert clean_partials(folder) == []
        assert busy.exists()
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert clean_partials(folder) == [busy] and not busy.exists()
