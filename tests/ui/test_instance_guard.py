"""A second window on the same store: the lock is held, it opens read-only with a banner and writes nothing."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from desktop_app.ui.instance_guard import InstanceGuard, ReadOnlyBanner, lock_path
from desktop_app.ui.main_window import MainWindow
from handmade import add_plain, open_window

HOLDER = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from desktop_app.ui.instance_guard import InstanceGuard
g = InstanceGuard(sys.argv[1])
print("locked" if g.acquire() else "refused", flush=True)
sys.stdin.readline()
g.release()
print("released", flush=True)
"""


def test_lock_file_sits_beside_the_store(tmp_path):
    assert lock_path(tmp_path / "zhengwen.db") == tmp_path / "zhengwen.db.lock"


def test_two_guards_on_one_store(tmp_path):
    first, second = InstanceGuard(tmp_path / "s.db"), InstanceGuard(tmp_path / "s.db")
    assert first.acquire() and first.locked
    assert first.acquire()  # asking again keeps it
    assert not second.acquire() and not second.locked
    assert second.owner() == os.getpid()
    other = InstanceGuard(tmp_path / "other.db")
    assert other.acquire()  # another store is another lock
    first.release()
    assert second.acquire()
    second.release()
    other.release()


def _holder(db):
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, cwd=os.getcwd())
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_a_lock_held_by_another_process(tmp_path):
    db = tmp_path / "s.db"
    proc = _holder(db)
    try:
        guard = InstanceGuard(db)
        assert not guard.acquire()
        assert guard.owner() == proc.pid
        proc.stdin.write("\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "released"
        proc.wait(10)
        assert guard.acquire()  # the first window closed: the next one writes
        guard.release()
    finally:
        proc.kill()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_the_lock_of_a_killed_window_is_taken_over(tmp_path):
    db = tmp_path / "s.db"
    proc = _holder(db)
    guard = InstanceGuard(db)
    assert not guard.acquire()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    assert lock_path(db).exists()  # left behind by the killed process
    deadline = time.monotonic() + 5
    while not guard.acquire() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert guard.locked
    guard.release()


def test_read_only_window_has_a_banner_and_writes_nothing(qtbot, store, ui_state):
    add_plain(store, "已有文章", "已有正文。", date="2018-01-01")
    w = open_window(qtbot, store, ui_state)
    assert w.read_only_bar is None
    w.set_read_only(True)
    banner = w.read_only_bar.findChild(ReadOnlyBanner)
    assert banner.text() == "另一个窗口正在使用此文章库,本窗口只读"
    assert banner.isVisible()
    a = w.actions
    for action in (a.import_files, a.import_folder, a.paste_article, a.rebuild_index, a.edit_article, a.task_board):
        assert not action.isEnabled(), action.objectName()
    assert a.search.isEnabled() and a.export.isEnabled() and a.backups.isEnabled()
    assert not w.drop_import.enabled and w.paste_article() is None
    assert not w.editor_dock.isVisible()
    dialog = w.open_backups()
    assert dialog.read_only and not dialog.restore_button.isEnabled()
    dialog.close()
    w.set_read_only(False)
    assert a.import_files.isEnabled() and w.drop_import.enabled and not w.read_only_bar.isVisible()


def test_second_app_on_the_same_store_opens_read_only(qtbot, store, ui_state, monkeypatch):
    """What app.py does: the guard decides, the window follows."""
    first = InstanceGuard(store.path)
    assert first.acquire()
    second = InstanceGuard(store.path)
    w = MainWindow(store, ui_state)
    qtbot.addWidget(w)
    w.set_read_only(not second.acquire())
    assert w.read_only
    first.release()
