"""The article list of a team library (a PostgreSQL server) never freezes the window: its first page,
its row pages and its snippets are read off the GUI thread. A colleague's transaction holding the
articles table stands for a slow server (tests/ui/test_server_list_gone.py: the server stopped)."""
from __future__ import annotations

import time

import pytest
from handmade import add_plain, add_sample, event_loop_ticks, open_window

from desktop_app.ui import article_model
from desktop_app.ui.article_model import COL_TITLE, SNIPPET_ROLE
from desktop_app.ui.window_reads import READ_TIMEOUT_MS


@pytest.fixture
def library(pg_url):
    from desktop_app.store.server import open_server_store

    store = open_server_store(pg_url)
    first = add_sample(store)  # 2019-03-01
    other = add_plain(store, "第二篇通知", "各单位要抓好整改工作的落实。", date="2019-03-02")
    yield store, first, other
    store.close()


def _titles(w) -> list[str]:
    model = w.article_list.model
    return [model.index(r, COL_TITLE).data() for r in range(model.rowCount())]


def test_the_window_opens_at_once_on_a_slow_server_and_says_the_list_is_being_read(qtbot, library, held,
                                                                                    ui_state, pg_url):
    """Start-up with the articles table held: the window is built without waiting, the list says
    正在读取文章列表…, the event loop runs, and after the read timeout one line says the server did not
    answer; F5 once it is free again fills the list and opens the newest article."""
    from desktop_app.ui.main_window import MainWindow

    store, first, other = library
    lock = held()
    started = time.monotonic()
    w = MainWindow(store, ui_state)
    qtbot.addWidget(w)
    w.show()
    assert time.monotonic() - started < 1.0  # built and shown without waiting for the server
    lst = w.article_list
    assert lst.empty_label.isVisible() and lst.empty_label.text() == "正在读取文章列表…"
    assert w.count_label.text() == "正在读取文章列表…"
    assert w.reader.view.toPlainText() == "正在读取文章列表…"  # not "文章库中还没有文章"
    qtbot.waitUntil(lambda: w.statusBar().currentMessage() == "正在等待团队资料库…", timeout=2000)
    said = w.statusBar().currentMessage
    ticks, took = event_loop_ticks(qtbot, READ_TIMEOUT_MS / 1000 + 3, until=lambda: "未能读取文章列表" in said())
    assert said().startswith("未能读取文章列表:团队资料库没有及时响应") and "\n" not in said(), said()
    assert took < READ_TIMEOUT_MS / 1000 + 2.5
    assert ticks > took / 0.02 * 0.5  # the event loop ran all along (a frozen window: 0 ticks)
    assert lst.empty_label.text().startswith("未能读取文章列表:团队资料库没有及时响应") and "按 F5 重试" in lst.empty_label.text()
    assert w.count_label.text() == "未能读取文章列表"
    assert "按 F5 重试" in w.reader.view.toPlainText()
    lock.release()
    w.actions.refresh.trigger()
    qtbot.waitUntil(lambda: _titles(w) == ["第二篇通知", "西宁市委召开脱贫攻坚工作会议"], timeout=5000)
    qtbot.waitUntil(lambda: w.reader.article is not None and w.reader.article.id == other, timeout=5000)
    assert not lst.empty_label.isVisible() and w.count_label.text() == "共 2 篇文章"


def test_the_article_open_last_time_is_selected_when_the_slow_list_comes(qtbot, library, held, ui_state):
    from desktop_app.ui.main_window import MainWindow

    store, first, other = library
    ui_state.set_last_article(first)  # not the newest: the list must select it, not its first row
    lock = held()
    w = MainWindow(store, ui_state)
    qtbot.addWidget(w)
    w.show()
    qtbot.wait(600)
    assert w.article_list.model.rowCount() == 0 and w.article_list.model.loading
    lock.release()
    qtbot.waitUntil(lambda: w.article_list.model.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: w.reader.article is not None and w.reader.article.id == first, timeout=5000)
    assert w.article_list.view.currentIndex().row() == 1  # the open article is the selected row
    assert w.article_list.selected_articles() == [first]


def test_a_search_on_a_slow_server_keeps_the_rows_and_the_window_answers(qtbot, library, held, ui_state):
    """A search while the server is slow: the search returns at once, the previous rows stay with
    (正在读取…) in the count, one line after the timeout says the list still shows what it showed;
    a search once the server answers shows its rows, the first selected, with snippets."""
    store, first, other = library
    w = open_window(qtbot, store, ui_state)
    lst = w.article_list
    assert _titles(w) == ["第二篇通知", "西宁市委召开脱贫攻坚工作会议"]
    lock = held()
    lst.search.setText("整改")
    started = time.monotonic()
    lst.apply_search()
    assert time.monotonic() - started < 0.5
    assert _titles(w) == ["第二篇通知", "西宁市委召开脱贫攻坚工作会议"]
    assert w.count_label.text().endswith("(正在读取…)")
    said = w.statusBar().currentMessage
    ticks, took = event_loop_ticks(qtbot, READ_TIMEOUT_MS / 1000 + 3, until=lambda: "未能读取文章列表" in said())
    assert said().startswith("未能读取文章列表,列表仍是之前的内容:团队资料库没有及时响应") and "\n" not in said(), said()
    assert ticks > took / 0.02 * 0.5
    assert w.count_label.text().endswith("(未能更新)")
    lock.release()
    lst.search.setText("抓好整改")
    lst.apply_search()
    qtbot.waitUntil(lambda: _titles(w) == ["第二篇通知"], timeout=5000)
    assert lst.current_article() == other and lst.view.currentIndex().row() == 0
    qtbot.waitUntil(lambda: w.reader.article.id == other, timeout=5000)
    # The snippet of the title cell is read off the GUI thread too; the row repaints when it comes.
    qtbot.waitUntil(lambda: lst.model.index(0, COL_TITLE).data(SNIPPET_ROLE) is not None, timeout=5000)
    hits, snip = lst.model.index(0, COL_TITLE).data(SNIPPET_ROLE)
    assert "抓好整改" in snip.text


def test_a_newer_search_supersedes_an_older_one_still_waiting(qtbot, library, held, ui_state):
    store, first, other = library
    w = open_window(qtbot, store, ui_state)
    lst = w.article_list
    lock = held()
    resets = []
    lst.model.modelReset.connect(lambda: resets.append(_titles(w)))
    for text in ("整改", "脱贫", "会议"):
        lst.search.setText(text)
        lst.apply_search()
    qtbot.wait(300)
    lock.release()
    qtbot.waitUntil(lambda: not lst.model.loading, timeout=8000)
    qtbot.wait(200)
    assert _titles(w) == ["西宁市委召开脱贫攻坚工作会议"]
    assert resets == [["西宁市委召开脱贫攻坚工作会议"]]  # only the newest search's rows were shown
    assert "未能" not in w.statusBar().currentMessage()


def test_rows_of_a_page_still_on_its_way_say_so_and_fill_when_it_comes(qtbot, library, held, ui_state, monkeypatch):
    """Scrolling to rows whose page is not read yet: they say 正在读取… instead of freezing the
    window, and fill when the server answers."""
    monkeypatch.setattr(article_model, "PAGE_SIZE", 4)
    store, first, other = library
    with store.transaction():
        for i in range(40):
            add_plain(store, f"旧文章{i:02d}", f"第{i}篇正文。", date=f"2018-01-{i % 28 + 1:02d}")
    w = open_window(qtbot, store, ui_state)
    model = w.article_list.model
    qtbot.waitUntil(lambda: model.complete and model.rowCount() == 42, timeout=5000)
    assert model.index(0, COL_TITLE).data() == "第二篇通知"  # page 0 came with the first ids
    last = model.index(41, COL_TITLE)
    assert not w.article_list.view.visualRect(last).intersects(w.article_list.view.viewport().rect())
    lock = held()
    started = time.monotonic()
    w.article_list.view.scrollToBottom()
    assert last.data() == "正在读取…"
    assert time.monotonic() - started < 0.5
    qtbot.waitUntil(lambda: w.statusBar().currentMessage() == "正在等待团队资料库…", timeout=2000)
    lock.release()
    qtbot.waitUntil(lambda: last.data() not in ("正在读取…", None), timeout=5000)
    assert last.data().startswith("旧文章")
    qtbot.waitUntil(lambda: w.statusBar().currentMessage() == "", timeout=2000)  # when every page is back


def test_rows_after_the_first_page_are_not_blank_once_the_full_list_comes(qtbot, store, monkeypatch):
    """The first page was read with FIRST_PAGE ids; the rows the full list appended to that same page
    were blank (their page had been cached without them). A file library: the same model code."""
    monkeypatch.setattr(article_model, "FIRST_PAGE", 3)
    monkeypatch.setattr(article_model, "PAGE_SIZE", 5)
    with store.transaction():
        for i in range(8):
            add_plain(store, f"标题{i}", f"正文{i}", date=f"2021-05-{i + 1:02d}")
    model = article_model.ArticleTableModel(store, hold=True)
    assert model.index(0, COL_TITLE).data() == "标题7"  # page 0 read while it held 3 rows
    assert model.wait_complete()
    assert [model.index(r, COL_TITLE).data() for r in range(8)] == [f"标题{i}" for i in range(7, -1, -1)]


def test_the_list_menu_on_a_slow_server_pops_up_when_its_facts_are_read(qtbot, library, held, ui_state):
    """Right-click in the list with the articles table held: the click returns at once (the menu's
    tags, 督办 state and file are read off the GUI thread), the menu pops up once they are read; one
    that waited past MENU_LATE_S does not pop up late: the status bar asks for the right-click again."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QMenu

    from desktop_app.ui.article_menu import MENU_LATE_S

    store, first, other = library
    w = open_window(qtbot, store, ui_state)
    view = w.article_list.view

    def menus():
        return [m for m in QApplication.topLevelWidgets() if isinstance(m, QMenu)
                and m.objectName() == "article_menu" and m.isVisible()]
    lock = held()
    started = time.monotonic()
    view.customContextMenuRequested.emit(QPoint(20, 10))
    assert time.monotonic() - started < 0.5 and menus() == []
    ticks, took = event_loop_ticks(qtbot, 0.5)
    assert ticks > took / 0.02 * 0.5
    lock.release()
    qtbot.waitUntil(lambda: len(menus()) == 1, timeout=3000)
    texts = [a.text() for a in menus()[0].actions()]
    assert "纳入督办" in texts and "打开" in texts
    menus()[0].close()
    lock = held()
    view.customContextMenuRequested.emit(QPoint(20, 10))
    qtbot.wait(int(MENU_LATE_S * 1000) + 300)
    lock.release()
    qtbot.waitUntil(lambda: w.statusBar().currentMessage() == "所选文章的信息已读取,请再次右击。", timeout=5000)
    assert menus() == []
