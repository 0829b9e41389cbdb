"""The server stops while the window is open: opening an article does not freeze the window, one
line says what happened, and the article opens once the server is back (a cluster of this module's
own: the session's is shared by the other tests)."""
from __future__ import annotations

import time

import pytest


@pytest.fixture
def server(stoppable_server):  # conftest.py: this module's own cluster, running again after each test
    from handmade import add_sample

    from desktop_app.store.server import open_server_store

    with open_server_store(stoppable_server.url_) as s:
        aid = add_sample(s)
    return stoppable_server, aid


def test_with_the_server_gone_the_window_stays_responsive_and_says_so(qtbot, server, ui_state):
    """Opening another article with the server stopped: the click returns at once, the window keeps
    answering, one line in the status bar (no error dialog) says the library cannot be reached;
    once the server is back it opens."""
    from PySide6.QtCore import QTimer

    from desktop_app.domain import Extraction, ParsedArticle
    from desktop_app.store.server import open_server_store
    from desktop_app.ui.main_window import MainWindow

    c, aid = server
    store = open_server_store(c.url_)
    other = store.add_article(ParsedArticle("第二篇通知", "各单位要抓好整改工作的落实。", date="2019-03-02"), Extraction())
    w = MainWindow(store, ui_state)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.article_list.model.rowCount() == 2, timeout=5000)  # read off the GUI thread
    w.article_list.select_article(aid)
    qtbot.waitUntil(lambda: w.reader.article is not None and w.reader.article.id == aid, timeout=5000)
    c.kill_server()
    ticks = [0]
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start(20)
    started = time.monotonic()
    w.article_list.select_article(other)
    assert time.monotonic() - started < 0.5
    qtbot.waitUntil(lambda: "未能打开所选文章,阅读区仍是上一篇" in w.statusBar().currentMessage(), timeout=5500)
    took = time.monotonic() - started
    timer.stop()
    line = w.statusBar().currentMessage()
    assert "无法连接团队资料库" in line and "\n" not in line, line
    assert took < 0.2 or ticks[0] > took / 0.02 * 0.5  # refused at once, or the event loop ran meanwhile
    assert w.reader.article.id == aid
    c.start_server()
    w.article_list.select_article(aid)
    w.article_list.select_article(other)
    qtbot.waitUntil(lambda: w.reader.article.id == other, timeout=8000)
    w.close()
    store.close()


def test_with_the_server_gone_the_list_keeps_its_rows_and_says_so(qtbot, server, ui_state, monkeypatch):
    """F5 and scrolling to rows not read yet with the server stopped: the window answers, the rows
    shown stay, rows still to read say so, one line says the library cannot be reached; once the
    server is back F5 reads the list again and the rows fill."""
    from handmade import add_plain, event_loop_ticks, open_window

    from desktop_app.store.server import open_server_store
    from desktop_app.ui import article_model
    from desktop_app.ui.article_model import COL_TITLE

    monkeypatch.setattr(article_model, "PAGE_SIZE", 4)
    c, aid = server
    store = open_server_store(c.url_)
    with store.transaction():
        for i in range(40):
            add_plain(store, f"旧文章{i:02d}", f"第{i}篇正文。", date=f"2018-01-{i % 28 + 1:02d}")
    w = open_window(qtbot, store, ui_state)
    model = w.article_list.model
    qtbot.waitUntil(lambda: model.complete and model.rowCount() == 41, timeout=5000)
    c.kill_server()
    started = time.monotonic()
    w.actions.refresh.trigger()
    w.article_list.view.scrollToBottom()
    last = model.index(40, COL_TITLE)
    assert time.monotonic() - started < 0.5
    said = w.statusBar().currentMessage
    ticks, took = event_loop_ticks(qtbot, 8, until=lambda: "未能读取文章列表" in said())
    assert said().startswith("未能读取文章列表") and "无法连接团队资料库" in said() and "\n" not in said(), said()
    assert took < 5.5 and (took < 0.2 or ticks > took / 0.02 * 0.5)
    assert model.rowCount() == 41  # the rows shown stay
    qtbot.waitUntil(lambda: last.data() == "未能读取(稍后重试)", timeout=8000)
    c.start_server()
    w.actions.refresh.trigger()
    qtbot.waitUntil(lambda: not model.loading and model.failure is None, timeout=8000)
    w.article_list.view.scrollToBottom()
    qtbot.waitUntil(lambda: (last.data() or "").startswith("旧文章"), timeout=8000)
    w.close()
    store.close()
