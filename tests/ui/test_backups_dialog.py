"""工具 → 备份与恢复: the list, 立即备份, 恢复 after a confirmation (current store saved first), the number
kept; and the automatic backups (daily on a worker, at close only when the store changed)."""
from __future__ import annotations

import datetime as dt
import shutil
import time

import pytest

from desktop_app.store import backup
from desktop_app.ui import auto_backup
from desktop_app.ui.auto_backup import AutoBackup, backup_folder
from desktop_app.ui.backups_dialog import BackupsDialog, human_size
from desktop_app.ui.backups_dialog import announce_backup as auto_backup_notice
from PySide6.QtWidgets import QWidget
from desktop_app.ui.ui_state import BACKUP_COUNT
from handmade import add_plain, open_window


@pytest.fixture
def dialog(qtbot, store, ui_state):
    add_plain(store, "第一篇", "第一篇的正文。", date="2019-01-01")
    d = BackupsDialog(store, ui_state)
    qtbot.addWidget(d)
    d.show()
    return d


def test_human_size():
    assert human_size(512) == "512 B" and human_size(2048) == "2.0 KB" and human_size(5 * 1024 ** 2) == "5.0 MB"


def test_empty_list_then_backup_now(qtbot, dialog, store):
    assert dialog.backups() == [] and dialog.empty_label.isVisible()
    assert not dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.backed_up, timeout=10000) as sig:
        dialog.backup_button.click()
    path = sig.args[0]
    assert path.parent == backup_folder(store.path) != store.path.parent / "backups"  # not beside the library
    assert dialog.backups() == [path] and not dialog.empty_label.isVisible()
    item = dialog.tree.topLevelItem(0)
    assert item.text(0) == backup.backup_time(path).strftime("%Y-%m-%d %H:%M:%S")
    assert item.text(1).endswith("KB") and item.isSelected() and dialog.restore_button.isEnabled()
    assert "已备份" in dialog.status.text()


def test_restore_after_confirmation_saves_the_current_store_first(qtbot, dialog, store, monkeypatch):
    with qtbot.waitSignal(dialog.backed_up, timeout=10000):
        dialog.backup_now()
    add_plain(store, "第二篇", "备份之后加的文章。", date="2019-02-01")
    assert store.count() == 2
    asked = []
    monkeypatch.setattr(dialog, "confirm_restore", lambda when: asked.append(when) or False)
    assert dialog.restore_selected() is None and store.count() == 2  # the user said no
    monkeypatch.setattr(dialog, "confirm_restore", lambda when: asked.append(when) or True)
    with qtbot.waitSignal(dialog.restored, timeout=10000) as sig:
        dialog.restore_button.click()
    assert len(asked) == 2
    assert store.count() == 1 and store.article_ids("备份之后") == []  # the same Store object, reopened
    saved = sig.args[0]
    assert saved is not None and saved.name.endswith("-before-restore.db")
    assert saved in dialog.backups()
    notes = [dialog.tree.topLevelItem(i).text(2) for i in range(dialog.tree.topLevelItemCount())]
    assert "恢复前自动保存" in notes
    # Undo the restore from the saved copy: the second article is back.
    for i in range(dialog.tree.topLevelItemCount()):
        dialog.tree.topLevelItem(i).setSelected(dialog.backups()[i] == saved)
    with qtbot.waitSignal(dialog.restored, timeout=10000):
        dialog.restore_selected()
    assert store.count() == 2 and store.check_integrity() == []


def test_a_damaged_backup_is_refused_and_the_store_left_alone(qtbot, dialog, store, monkeypatch):
    with qtbot.waitSignal(dialog.backed_up, timeout=10000) as sig:
        dialog.backup_now()
    sig.args[0].write_bytes(b"not a database at all" * 100)
    monkeypatch.setattr(dialog, "confirm_restore", lambda when: True)
    with qtbot.waitSignal(dialog.failed, timeout=10000) as failed:
        dialog.restore_selected()
    assert "已损坏" in failed.args[0] and "无法恢复" in failed.args[0]
    assert store.count() == 1
    for box in dialog.findChildren(__import__("PySide6.QtWidgets").QtWidgets.QMessageBox):
        box.close()


def test_a_restore_runs_in_the_writer_lane_with_progress_and_an_end_message(qtbot, dialog, store, monkeypatch):
    """Off the GUI thread, after a write asked for before it (the writer lane is serial), the window
    going on meanwhile; its progress shown; a message when it is done."""
    import threading

    from PySide6.QtWidgets import QMessageBox, QProgressDialog

    from desktop_app.ui import jobs

    with qtbot.waitSignal(dialog.backed_up, timeout=10000):
        dialog.backup_now()
    add_plain(store, "第二篇", "备份之后加的文章。", date="2019-02-01")
    on_gui_thread, progress = [], []
    real = backup.restore_backup

    def spy(*args, **kwargs):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(backup, "restore_backup", spy)
    monkeypatch.setattr(backup, "RESTORE_STEP_PAGES", 1)  # a page a step: several progress reports
    gate = threading.Event()
    earlier = jobs.write(lambda _progress, _cancel: gate.wait(10))  # an import, say, still writing
    monkeypatch.setattr(dialog, "confirm_restore", lambda when: True)
    job = dialog.restore_selected()
    assert job is not None
    job.progressed.connect(lambda done, total: progress.append((done, total)))
    qtbot.wait(300)
    assert on_gui_thread == [] and store.count() == 2  # it waits its turn; the window reads meanwhile
    assert dialog.findChild(QProgressDialog, "restore_progress") is not None
    assert not dialog.restore_button.isEnabled() and "正在恢复" in dialog.status.text()
    with qtbot.waitSignal(dialog.restored, timeout=20000):
        gate.set()
    assert earlier.done and on_gui_thread == [False]
    assert store.count() == 1 and store.check_integrity() == []  # the window's Store, reopened
    assert progress[0] == (0, 0) and progress[-1][0] == progress[-1][1] > 1
    done = dialog.findChild(QMessageBox, "restore_done")
    assert done is not None and "已恢复" in done.text() and "-before-restore.db" in done.text()
    qtbot.waitUntil(lambda: dialog.findChild(QProgressDialog, "restore_progress") is None)
    assert dialog.restore_button.isEnabled() and dialog.backup_button.isEnabled()  # ready for the next
    done.close()


def test_no_restore_while_a_job_runs_or_read_only(qtbot, store, ui_state, monkeypatch):
    add_plain(store, "第一篇", "第一篇的正文。")
    backup.backup_store(store, backup_folder(store.path))
    busy = BackupsDialog(store, ui_state, busy=lambda: True)
    qtbot.addWidget(busy)
    monkeypatch.setattr(busy, "confirm_restore", lambda when: pytest.fail("must not ask"))
    with qtbot.waitSignal(busy.failed) as sig:
        busy.restore_selected()
    assert "请等它完成" in sig.args[0]
    read_only = BackupsDialog(store, ui_state, read_only=True)
    qtbot.addWidget(read_only)
    assert read_only.backups() and not read_only.restore_button.isEnabled() and read_only.backup_button.isEnabled()
    assert read_only.restore_selected() is None


def test_keep_count_is_the_setting(qtbot, dialog, ui_state):
    assert dialog.keep_spin.value() == 10
    dialog.keep_spin.setValue(2)
    assert ui_state.backup_count(10) == 2 and int(ui_state.settings.value(BACKUP_COUNT)) == 2
    for _ in range(3):
        with qtbot.waitSignal(dialog.backed_up, timeout=10000):
            dialog.backup_now()
    assert len(dialog.backups()) == 2


def test_window_menu_restore_refreshes_the_list(qtbot, store, ui_state, monkeypatch):
    add_plain(store, "第一篇", "第一篇的正文。", date="2019-01-01")
    backup.backup_store(store, backup_folder(store.path))
    w = open_window(qtbot, store, ui_state)
    tools = [m for m in w.menuBar().actions() if m.text().startswith("工具")][0].menu()
    assert w.actions.backups in tools.actions() and w.actions.check_store in tools.actions()
    add_plain(store, "第二篇", "后来的文章。", date="2019-02-01")
    w.refresh()
    assert w.article_list.model.rowCount() == 2
    w.actions.backups.trigger()
    dialog = w.findChild(BackupsDialog)
    monkeypatch.setattr(dialog, "confirm_restore", lambda when: True)
    with qtbot.waitSignal(dialog.restored, timeout=10000):
        dialog.restore_selected()
    qtbot.waitUntil(lambda: w.article_list.model.rowCount() == 1)
    assert w.article_list.model.rowCount() == 1 and w.reader.article.title == "第一篇"
    dialog.close()


# -- automatic backups ---------------------------------------------------------------------------
def test_daily_backup_on_a_worker_only_when_due(qtbot, store, ui_state):
    add_plain(store, "第一篇", "第一篇的正文。")
    auto = AutoBackup(store.path, ui_state)
    assert auto_backup.daily_due(store.path)
    job = auto.backup_if_due()
    with qtbot.waitSignal(auto.made, timeout=10000):
        pass
    assert job is not None and len(backup.list_backups(backup_folder(store.path))) == 1
    assert not auto_backup.daily_due(store.path) and auto.backup_if_due() is None
    tomorrow = dt.datetime.now() + dt.timedelta(days=1, minutes=1)
    assert auto_backup.daily_due(store.path, now=tomorrow)


def test_backup_at_close_only_when_the_store_changed(qtbot, store, ui_state):
    add_plain(store, "第一篇", "第一篇的正文。")
    ui_state.set_backup_count(2)
    auto = AutoBackup(store.path, ui_state)
    first = auto.at_close(store)
    assert first is not None
    assert auto.at_close(store) is None  # nothing written since
    time.sleep(0.05)
    add_plain(store, "第二篇", "新的正文。")
    second = auto.at_close(store)
    assert second is not None and second != first
    time.sleep(0.05)
    add_plain(store, "第三篇", "又一篇。")
    auto.at_close(store)
    assert len(backup.list_backups(backup_folder(store.path))) == 2  # keep N from the settings


def test_backup_at_close_never_raises(store, ui_state, monkeypatch):
    def broken(*a, **k):
        raise backup.BackupError("failed", "disk full")
    monkeypatch.setattr(backup, "backup_store", broken)
    assert AutoBackup(store.path, ui_state).at_close(store) is None


# -- where backups go, announced, off, moved, weekly for a large library (issue 14 point 4) ----------
def test_a_named_library_is_backed_up_in_the_data_folder_under_its_name(qtbot, store, ui_state):
    from desktop_app.paths import data_dir

    add_plain(store, "第一篇", "第一篇的正文。")
    auto = AutoBackup(store.path, ui_state)
    with qtbot.waitSignal(auto.made, timeout=10000) as made:
        auto.backup_if_due()
    path = made.args[0]
    assert path.parent.parent == data_dir() / "backups" and path.parent.name.startswith("store-")
    assert not (store.path.parent / "backups").exists()  # nothing written beside the library


def test_the_first_backup_of_a_library_is_announced_once_with_size_and_place(qtbot, store, ui_state):
    add_plain(store, "第一篇", "第一篇的正文。")
    state = ui_state.for_library(store.path)
    auto = AutoBackup(store.path, state)
    with qtbot.waitSignal(auto.announced, timeout=10000) as said:
        auto.backup_if_due()
    path = said.args[0]
    parent = QWidget()
    qtbot.addWidget(parent)
    box = auto_backup_notice(parent, path, 10, store.path)
    assert str(path.parent) in box.informativeText() and "每天" in box.informativeText()
    assert human_size(path.stat().st_size) in box.text() and "“store”" in box.text()
    box.close()
    again = AutoBackup(store.path, state)  # the next day, the next window
    announced = []
    again.announced.connect(announced.append)
    with qtbot.waitSignal(again.made, timeout=10000):
        shutil.rmtree(path.parent)  # due again
        again.backup_if_due()
    assert announced == [] and state.backup_announced()
    assert not ui_state.for_library(store.path.with_name("other.db")).backup_announced()


def test_backups_can_be_turned_off_and_moved(qtbot, store, ui_state, tmp_path):
    add_plain(store, "第一篇", "第一篇的正文。")
    ui_state.set_backup_enabled(False)
    auto = AutoBackup(store.path, ui_state)
    assert auto.backup_if_due() is None and auto.at_close(store) is None
    ui_state.set_backup_enabled(True)
    elsewhere = tmp_path / "U盘"
    ui_state.set_backup_root(str(elsewhere))
    made = auto.at_close(store)
    assert made is not None and made.parent.parent == elsewhere and made.parent.name.startswith("store-")
    dialog = BackupsDialog(store, ui_state)
    qtbot.addWidget(dialog)
    assert dialog.backups() == [made] and str(made.parent) in dialog.folder_label.text()


def test_a_large_library_is_backed_up_weekly_not_at_every_close(qtbot, store, ui_state, monkeypatch):
    monkeypatch.setattr(auto_backup, "LARGE_BYTES", 1)  # every library is "large" here
    add_plain(store, "第一篇", "第一篇的正文。")
    auto = AutoBackup(store.path, ui_state)
    assert auto.at_close(store) is not None  # the first one
    time.sleep(0.05)
    add_plain(store, "第二篇", "新的正文。")
    assert auto.at_close(store) is None  # changed, but the week is not over
    now = dt.datetime.now()
    assert not auto_backup.daily_due(store.path, now=now + dt.timedelta(days=2))
    assert auto_backup.daily_due(store.path, now=now + dt.timedelta(days=7, minutes=1))


def test_the_settings_dialog_turns_backups_off_and_moves_them(qtbot, ui_state, tmp_path):
    from desktop_app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ui_state, str(tmp_path))
    qtbot.addWidget(dialog)
    options = dialog.backup_options
    assert options.enabled.isChecked() and options.folder.text() == ""
    options.folder.setText(str(tmp_path / "备份"))
    options.enabled.setChecked(False)
    assert not options.folder.isEnabled()
    dialog.save()
    assert ui_state.backup_enabled() is False and ui_state.backup_root() == str(tmp_path / "备份")
