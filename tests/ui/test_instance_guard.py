"""A second window on the same store: the lock is held, it opens read-only with a banner and writes nothing."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import Qt

from desktop_app.ui.instance_guard import InstanceGuard, ReadOnlyBanner, lock_path
from desktop_app.ui.main_window import MainWindow
from handmade import add_plain, open_window

HOLDER = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication
from desktop_app.ui.instance_guard import InstanceGuard
app = QCoreApplication([])
g = InstanceGuard(sys.argv[1])
print("locked" if g.acquire() else "refused", flush=True)
sys.stdin.readline()
g.release()
print("released", flush=True)
"""


def test_lock_file_sits_beside_the_store(tmp_path):
    assert lock_path(tmp_path / "zhengwen.db") == tmp_path / "zhengwen.db.lock"


def test_two_guards_on_one_store(tmp_path, qapp):
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


def test_a_lock_held_by_another_process(tmp_path, qapp):
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
def test_the_lock_of_a_killed_window_is_taken_over(tmp_path, qapp):
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
    assert banner.isVisible() and banner.take_over.isVisible()
    a = w.actions
    for action in (a.rebuild_index, a.delete_articles):
        assert not action.isEnabled(), action.objectName()
    assert a.search.isEnabled() and a.export.isEnabled() and a.backups.isEnabled()
    assert not w.drop_import.enabled and w.paste_article() is None
    assert not w.editor_dock.isVisible()
    dialog = w.open_backups()
    assert dialog.read_only and not dialog.restore_button.isEnabled()
    dialog.close()
    w.set_read_only(False)
    assert a.rebuild_index.isEnabled() and w.drop_import.enabled and not w.read_only_bar.isVisible()


def _two_windows(qtbot, store, ui_state, tmp_path):
    """Two windows on one store file, each with its own Store and guard, as two runs of the app."""
    from desktop_app.store import Store

    add_plain(store, "已有文章", "已有正文。", date="2018-01-01")
    first = open_window(qtbot, store, ui_state)
    first.use_guard(InstanceGuard(store.path, poll_ms=50))
    other = Store(store.path)
    second = open_window(qtbot, other, ui_state)
    second.use_guard(InstanceGuard(other.path, poll_ms=50))
    return first, second, other


def _message_boxes():
    from PySide6.QtWidgets import QApplication, QMessageBox

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_write_keys_in_a_read_only_window_say_why(qtbot, store, ui_state, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    first, second, other = _two_windows(qtbot, store, ui_state, tmp_path)
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (asked.append(1), ([], ""))[1])
    assert not first.read_only and second.read_only
    ctrl = Qt.KeyboardModifier.ControlModifier
    from PySide6.QtWidgets import QApplication

    second.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is second)
    for key in (Qt.Key.Key_E, Qt.Key.Key_T, Qt.Key.Key_I):
        qtbot.keyClick(second, key, ctrl)  # they did nothing, without a word
        boxes = _message_boxes()
        assert len(boxes) == 1, key
        assert boxes[0].text() == "另一个窗口正在修改这个文章库,本窗口只能阅读。"
        assert f"进程号:{os.getpid()}" in boxes[0].informativeText()
        assert "接管修改" in [b.text() for b in boxes[0].buttons()]
        boxes[0].close()
    assert not second.editor_dock.isVisible() and second.task_board is None and not asked
    second.writer.guard.release()
    first.writer.guard.release()
    other.close()


def test_the_read_only_window_writes_once_the_other_closes(qtbot, store, ui_state, tmp_path):
    first, second, other = _two_windows(qtbot, store, ui_state, tmp_path)
    assert second.read_only
    first.writer.guard.release()  # the first window closed
    qtbot.waitUntil(lambda: not second.read_only, timeout=3000)  # it stayed read-only until a restart
    assert not second.read_only_bar.isVisible() and second.actions.rebuild_index.isEnabled()
    assert other.conn.execute("PRAGMA query_only").fetchone()[0] == 0
    assert "现在可以修改" in second.statusBar().currentMessage()
    second.writer.guard.release()
    other.close()


def test_take_over_asks_the_writer_which_hands_over_unless_it_has_unsaved_edits(qtbot, store, ui_state, tmp_path):
    first, second, other = _two_windows(qtbot, store, ui_state, tmp_path)
    # the writer has unsaved edits: it keeps the store and says why
    first.editor.load_article(first.article_list.current_article())
    first.editor.fields["title"].insert("改")
    qtbot.waitUntil(first.editor.is_dirty)
    banner = second.read_only_bar.banner
    qtbot.mouseClick(banner.take_over, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: banner.note.isVisible(), timeout=3000)
    assert banner.note.text() == "另一个窗口未交出修改权:它有未保存的修改。请先在那个窗口处理后再试。"
    assert second.read_only and not first.read_only
    first.editor.undo_stack.setClean()
    first.editor.discard_changes()
    # now it hands over: the first window reads only, the second writes
    qtbot.mouseClick(banner.take_over, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not second.read_only, timeout=3000)
    assert first.read_only and first.read_only_bar.isVisible()
    assert store.conn.execute("PRAGMA query_only").fetchone()[0] == 1
    assert "已把修改权交给另一个窗口" in first.statusBar().currentMessage()
    qtbot.wait(200)
    assert not first.writer.guard.locked and second.writer.guard.locked  # it does not take it straight back
    second.writer.guard.release()
    other.close()


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
