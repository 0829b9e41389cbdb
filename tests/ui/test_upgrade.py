"""Opening a store written by an older version: its search index is rebuilt on a worker while a modal
busy dialog says so, then the window opens on it; a failed upgrade ends in the open-failure message."""
from __future__ import annotations

import sqlite3
import threading

import legacy_schema
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import app as app_module
from desktop_app.app import run_gui
from desktop_app.store import articles as store_articles
from desktop_app.store import body_hash, upgrade_rebuilds_index
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.upgrade_dialog import UpgradeDialog

TITLE, BODY, DATE = "旧版本里的文章", "  各区县要抓好春耕备耕工作,确保粮食生产稳定。", "2019-03-01"


@pytest.fixture(autouse=True)
def _chinese_interface(monkeypatch):
    monkeypatch.setenv("ZHENGWEN_LANG", "zh_CN")


def _build_version_2(path) -> None:
    """A store as version 2 of the schema left it, with one article (as tests/core/test_migrations does)."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        legacy_schema.build(conn, 2)
        key = (__import__("datetime").date.fromisoformat(DATE).toordinal()) << 20
        conn.execute("INSERT INTO articles(title, subtitle, source, date, views, body, path, body_hash, n_officials,"
                     " n_tasks, fts_key) VALUES (?,'','西宁晚报',?,1,?,'/old/a.txt',?,0,0,?)",
                     (TITLE, DATE, BODY, body_hash(BODY), key))
    finally:
        conn.close()


@pytest.fixture
def old_store(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    _build_version_2(path)
    assert upgrade_rebuilds_index(path) == 1
    monkeypatch.setattr(app_module, "UPGRADE_DIALOG_THRESHOLD", 0)  # one article is enough to show it
    return path


def _held_reindex(monkeypatch, fail: Exception | None = None) -> threading.Event:
    """The worker's index rebuild waits for the returned event, so the test sees the dialog up."""
    release = threading.Event()
    rebuild = store_articles.reindex_all

    def held(conn):
        assert threading.current_thread() is not threading.main_thread()  # off the GUI thread
        release.wait(10)
        if fail is not None:
            raise fail
        rebuild(conn)

    monkeypatch.setattr(store_articles, "reindex_all", held)
    return release


def _visible(kind):
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)


def _run(qapp, db, look_at_dialog, look_at_window=None):
    """run_gui(db) with the real event loop: look at the dialog while the upgrade waits, then at the window."""
    seen = {"polls": 0}
    qapp.setQuitOnLastWindowClosed(False)

    def poll():
        if seen.get("returned"):  # run_gui has ended (a failed upgrade): no later test's window is ours
            return
        seen["polls"] += 1
        dialog, window = _visible(UpgradeDialog), _visible(MainWindow)
        if dialog is not None and "dialog" not in seen:
            seen["dialog"] = True
            look_at_dialog(dialog, seen)
        if window is not None and window.built:  # its second stage ran (after its first paint)
            if look_at_window is not None:
                look_at_window(window, seen)
            window.close()
            qapp.quit()
        elif seen["polls"] < 400:
            QTimer.singleShot(25, poll)

    QTimer.singleShot(0, poll)
    try:
        return run_gui(str(db)), seen
    finally:
        seen["returned"] = True
        qapp.setQuitOnLastWindowClosed(True)


def test_an_old_store_is_upgraded_under_a_busy_dialog_then_the_window_lists_it(qapp, old_store, monkeypatch):
    release = _held_reindex(monkeypatch)

    def look_at_dialog(dialog, seen):
        seen["text"] = dialog.label.text()
        seen["modal"] = dialog.isModal()
        seen["busy"] = (dialog.bar.minimum(), dialog.bar.maximum())
        seen["window_meanwhile"] = _visible(MainWindow) is not None
        dialog.reject()  # Esc does not close it: the upgrade cannot be cancelled
        seen["after_esc"] = dialog.isVisible()
        release.set()

    def look_at_window(window, seen):
        model = window.article_list.model
        seen["titles"] = [model.index(r, 0).data() for r in range(model.rowCount())]
        seen["article"] = window.reader.article.title if window.reader.article else None
        seen["found"] = window.store.article_ids("春耕")

    code, seen = _run(qapp, old_store, look_at_dialog, look_at_window)
    assert code == 0
    assert seen["text"] == "正在升级文章库:重建搜索索引(约 1 篇文章)…"
    assert seen["modal"] and seen["busy"] == (0, 0) and seen["after_esc"] is True
    assert seen["window_meanwhile"] is False  # the window follows the upgrade
    assert seen["titles"] == [TITLE] and seen["article"] == TITLE
    assert len(seen["found"]) == 1  # the rebuilt index finds it
    assert upgrade_rebuilds_index(old_store) == 0


def test_a_failed_upgrade_shows_the_open_failure_and_leaves_the_file_as_it_was(qapp, old_store, monkeypatch):
    release = _held_reindex(monkeypatch, fail=sqlite3.OperationalError("database or disk is full"))
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text)))

    code, seen = _run(qapp, old_store, lambda _dialog, _seen: release.set())
    assert code == 1 and seen.get("dialog") is True
    # the words for the kind of failure (ui/messages.py STORE), not SQLite's English
    assert shown == [("政文阅览", f"无法打开文章库:{old_store}\n磁盘已满,无法写入")]
    assert upgrade_rebuilds_index(old_store) == 1  # rolled back: the next start tries again


def test_a_small_upgrade_opens_without_the_dialog(qapp, old_store, monkeypatch):
    monkeypatch.setattr(app_module, "UPGRADE_DIALOG_THRESHOLD", 2000)

    def look_at_window(window, seen):
        seen["article"] = window.reader.article.title if window.reader.article else None

    code, seen = _run(qapp, old_store, lambda _dialog, _seen: None, look_at_window)
    assert code == 0 and "dialog" not in seen and seen["article"] == TITLE


def test_the_dialog_counts_articles_and_time(qtbot):
    dialog = UpgradeDialog(123456, "/data/zhengwen.db")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "约 123,456 篇文章" in dialog.label.text() and "一次" in dialog.note.text()
    assert dialog.elapsed_label.text() == "已用时 0:00" and dialog.path_label.text() == "文章库:/data/zhengwen.db"
    dialog.close()
    assert dialog.isVisible()  # not before the upgrade has ended
    dialog.finish(None)
    assert not dialog.isVisible()


def test_the_dialog_speaks_english(qapp, qtbot):
    from desktop_app.app import install_translators, remove_translators

    translators = install_translators(qapp, "en")
    try:
        dialog = UpgradeDialog(2500, "/data/zhengwen.db")
        qtbot.addWidget(dialog)
        texts = [dialog.windowTitle(), dialog.label.text(), dialog.note.text(), dialog.elapsed_label.text(),
                 dialog.path_label.text()]
    finally:
        remove_translators(qapp, translators)
    assert texts == ["Upgrading the article store",
                     "Upgrading the article store: rebuilding the search index (about 2,500 articles)…",
                     "The new search index is built only once; the article store opens as soon as it is done.\n"
                     "Please wait, and do not close the program.",
                     "Elapsed: 0:00", "Store: /data/zhengwen.db"]
    dialog.finish()
