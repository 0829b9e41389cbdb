"""Backups: online copy checked and timestamped, rotation, listing, restore (after saving the current store)."""
from __future__ import annotations

import sqlite3
import time

import pytest

from desktop_app.catalogue import backup_failure
from desktop_app.store.backup import (BackupError, backup_store, backup_time, list_backups, restore_backup,
                                verify_backup)
from desktop_app.importer import import_text
from desktop_app.store import Store


def _add(store, n: int, start: int = 0) -> None:
    with store.transaction():
        for i in range(start, start + n):
            import_text(store, f"第{i}篇\n  第{i}篇的正文,内容各不相同。")


def _count(path) -> int:
    with sqlite3.connect(path) as c:
        return c.execute("SELECT count(*) FROM articles").fetchone()[0]


def test_backup_is_a_checked_timestamped_single_file(tmp_path, store):
    _add(store, 3)
    path = backup_store(store, tmp_path / "backups")
    assert path.parent == tmp_path / "backups" and path.name.startswith("zhengwen-") and path.suffix == ".db"
    assert backup_time(path) is not None and abs(time.time() - backup_time(path).timestamp()) < 60
    assert _count(path) == 3
    with sqlite3.connect(path) as c:
        assert c.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no -wal, no .partial
    verify_backup(path)


def test_backup_takes_committed_state_while_another_connection_writes(tmp_path, store):
    _add(store, 2)
    writer = Store(store.path)
    try:
        with pytest.raises(RuntimeError):
            with writer.transaction():
                _add(writer, 5, start=10)
                path = backup_store(store, tmp_path / "b")  # the writer's batch is not committed
                raise RuntimeError("roll the writer back")
    finally:
        writer.close()
    assert _count(path) == 2


def test_rotation_keeps_the_newest(tmp_path, store):
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a backup")
    (folder / "zhengwen-20200101-000000-000000.db.partial").write_bytes(b"half a backup")
    made = []
    for i in range(5):
        _add(store, 1, start=i)
        made.append(backup_store(store, folder, keep=3))
    kept = list_backups(folder)
    assert kept == made[:-4:-1]  # the last three, newest first
    assert [_count(p) for p in kept] == [5, 4, 3]
    assert (folder / "notes.txt").exists()  # not ours: never deleted
    assert backup_store(store, folder, keep=None) and len(list_backups(folder)) == 4


def test_list_backups_of_a_missing_folder(tmp_path):
    assert list_backups(tmp_path / "none") == []


def test_restore_brings_back_the_backup_and_saves_the_current_store(tmp_path):
    db = tmp_path / "store.db"
    with Store(db) as store:
        _add(store, 2)
        backup = backup_store(store, tmp_path / "b")
        _add(store, 3, start=2)
        assert store.count() == 5
    saved = restore_backup(backup, db)
    assert saved is not None and saved.name.endswith("-before-restore.db") and _count(saved) == 5
    assert saved in list_backups(tmp_path / "b")
    with Store(db) as store:
        assert store.count() == 2
        _add(store, 1, start=50)  # the restored store is a working store
        assert store.count() == 3
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restore_refuses_a_corrupt_backup_and_leaves_the_store_alone(tmp_path):
    db = tmp_path / "store.db"
    with Store(db) as store:
        _add(store, 2)
        good = backup_store(store, tmp_path / "b")
    bad = tmp_path / "b" / "zhengwen-20200101-000000-000000.db"
    data = bytearray(good.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # trash the schema page
    bad.write_bytes(bytes(data))
    with pytest.raises(BackupError) as e:
        restore_backup(bad, db)
    assert e.value.code == "corrupt" and backup_failure(e.value.code, "zh_CN") == "备份文件已损坏,未使用"
    not_db = tmp_path / "plain.db"
    not_db.write_text("hello")
    with pytest.raises(BackupError) as e:
        restore_backup(not_db, db)
    assert e.value.code == "corrupt"
    with pytest.raises(BackupError) as e:
        restore_backup(tmp_path / "gone.db", db)
    assert e.value.code == "missing"
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as c:
        c.execute("CREATE TABLE t(x)")
    with pytest.raises(BackupError) as e:
        restore_backup(other, db)
    assert e.value.code == "not_a_store"
    assert _count(db) == 2


def test_restore_over_a_damaged_store(tmp_path):
    db = tmp_path / "store.db"
    with Store(db) as store:
        _add(store, 4)
        backup = backup_store(store, tmp_path / "b")
    db.write_bytes(b"this is no longer a database" * 100)
    saved = restore_backup(backup, db)
    assert saved.name.startswith("damaged-") and saved.read_bytes().startswith(b"this is no longer")
    assert saved not in list_backups(tmp_path / "b")
    assert _count(db) == 4


def test_restore_when_there_is_no_store_yet(tmp_path, store):
    _add(store, 2)
    backup = backup_store(store, tmp_path / "b")
    target = tmp_path / "new" / "store.db"
    assert restore_backup(backup, target) is None
    assert _count(target) == 2
