"""The server stops while the window is open: opening an article does not freeze the window, one
line says what happened, and the article opens once the server is back (a cluster of this module's
own: the session's is shared by the other tests)."""
from __future__ import annotations

import time

import pytest


@pytest.fixture(scope="module")
def own_cluster(pg_cluster):  # pg_cluster: skipped (or failed in CI) the same way when there is no server
    from desktop_app.store.server import cluster, users

    c = cluster.start({"synchronous_commit": "on"})
    c.url_ = c.createdb("lib")
    users.init(c.url_)
    yield c
    c.stop()


@pytest.fixture
def server(own_cluster):
    from handmade import add_sample

    from desktop_app.store.server import open_server_store

    with open_server_store(own_cluster.url_) as s:
        aid = add_sample(s)
    yield own_cluster, aid
    own_cluster.start_server() if not _up(own_cluster) else None


def _up(c) -> bool:
    import psycopg

    try:
        psycopg.connect(c.url("lib"), connect_timeout=2).close()
        return True
    except psycopg.OperationalError:
        return False


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
