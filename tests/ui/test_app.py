"""run_gui: the composition root opens the window on the seeded default store or on --db."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.app import run_gui
from desktop_app.ui.main_window import MainWindow
from handmade import add_plain


@pytest.fixture(autouse=True)
def _chinese_interface(monkeypatch):
    """These tests read the Chinese menus; the machine's locale (C, en_US…) would choose English."""
    monkeypatch.setenv("ZHENGWEN_LANG", "zh_CN")


def _run_and_capture(qapp, db):
    """Run the real event loop until the window has been looked at, then quit it."""
    seen = {}
    # Closing the window must not post a second, late quit that would stop later tests' event loops.
    qapp.setQuitOnLastWindowClosed(False)

    def look():
        window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)
        if window is None or not window.built:  # shown, and its second stage run (after its first paint)
            QTimer.singleShot(25, look)
            return
        seen["title"] = window.windowHandle().title()  # as the task bar shows it
        seen["article"] = window.reader.article.title if window.reader.article else None
        seen["count"] = window.count_label.text()
        seen["menus"] = [a.text() for a in window.menuBar().actions()]
        seen["read_only"] = window.read_only
        seen["store_writes"] = window.store.conn.execute("PRAGMA query_only").fetchone()[0] == 0
        window.close()
        qapp.quit()

    QTimer.singleShot(200, look)
    try:
        return run_gui(db), seen
    finally:
        qapp.setQuitOnLastWindowClosed(True)


def test_default_store_is_seeded_and_the_newest_article_open(qapp):
    code, seen = _run_and_capture(qapp, None)  # ZHENGWEN_DATA_DIR is a temporary folder in tests
    assert code == 0
    assert seen["title"] == "欢迎使用政文阅览 — 政文阅览"
    assert seen["menus"][:4] == ["文件(&F)", "编辑(&E)", "视图(&V)", "工具(&T)"]
    assert seen["count"] == "共 2 篇文章"
    assert seen["article"] == "欢迎使用政文阅览"  # the newest of the two seeded articles


def test_named_store_is_not_seeded(qapp, tmp_path):
    from desktop_app.store import Store

    db = tmp_path / "mine.db"
    with Store(db) as store:
        add_plain(store, "我的文章", "正文。", date="2020-02-02")
    code, seen = _run_and_capture(qapp, str(db))
    assert code == 0
    assert seen["count"] == "共 1 篇文章" and seen["article"] == "我的文章"


def test_a_second_window_on_a_locked_store_reads_only(qapp, tmp_path):
    from desktop_app.store import Store
    from desktop_app.ui.instance_guard import InstanceGuard

    db = tmp_path / "shared.db"
    with Store(db) as store:
        add_plain(store, "共用的文章", "正文。", date="2020-02-02")
    first = InstanceGuard(db)  # another window holds the store
    assert first.acquire()
    try:
        code, seen = _run_and_capture(qapp, str(db))
    finally:
        first.release()
    assert code == 0 and seen["article"] == "共用的文章"
    assert seen["read_only"] is True and seen["store_writes"] is False
    code, seen = _run_and_capture(qapp, str(db))  # the lock is free again: a normal window
    assert seen["read_only"] is False and seen["store_writes"] is True
