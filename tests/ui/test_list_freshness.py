"""The list after a change: a new search starts at the top and an empty result says why; the source
list and the official completer follow imports, deletes, restores and F5."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop_app.domain import Extraction, Official, ParsedArticle, Span
from desktop_app.search.filters import Filters
from desktop_app.store import Store
from handmade import add_plain, open_window


@pytest.fixture
def window(qtbot, store, ui_state):
    for i in range(120):
        add_plain(store, f"会议第{i}号", f"第{i}次会议的正文。", date=f"2019-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
                  source="新华社")
    return open_window(qtbot, store, ui_state)


def _sources(window) -> list[str]:
    combo = window.article_list.filters.source
    return [combo.itemData(i) for i in range(1, combo.count())]


def _names(window) -> list[str]:
    return window.article_list.filters._names.stringList()


def test_a_new_search_starts_at_the_top(qtbot, window):
    lst = window.article_list
    lst.model.wait_complete()
    far = lst.model.article_id(100)
    lst.select_article(far)
    assert lst.view.verticalScrollBar().value() > 0 and window.reader.article.id == far
    lst.search.setText("会议")  # the open article is among the results
    lst.apply_search()
    assert lst.model.row_of(far) >= 0
    assert lst.view.currentIndex().row() == 0 and lst.view.verticalScrollBar().value() == 0
    assert window.reader.article.id == lst.model.article_id(0)


def test_an_empty_result_says_so_with_a_hint(qtbot, window):
    lst = window.article_list
    lst.search.setText("不存在的词 会议")
    lst.apply_search()
    assert lst.model.rowCount() == 0
    assert lst.empty_label.isVisible()
    text = lst.empty_label.text()
    assert text.startswith("没有找到包含“不存在的词 会议”的文章") and "错别字" in text and "去掉一个词" in text
    lst.filters.set_filters(Filters(source="人民网"))
    assert "并符合筛选条件" in lst.empty_label.text() and "清除日期、来源、官员或标签筛选" in lst.empty_label.text()
    lst.search.setText("")
    lst.filters.set_filters(Filters())
    lst.apply_search()
    assert not lst.empty_label.isVisible() and lst.model.rowCount() == 120


def test_sources_and_officials_follow_an_import(qtbot, window, tmp_path, monkeypatch):
    qtbot.waitUntil(lambda: _sources(window) == ["新华社"])
    f = tmp_path / "a.txt"
    f.write_text("省委召开会议\n来源:青海日报\n日期:2020-05-01\n\n  省委书记王建军主持会议并讲话。\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(f)], ""))
    with qtbot.waitSignal(window.jobs.reported, timeout=10000):
        window.actions.import_files.trigger()
    window.jobs.report_dialog.close()
    qtbot.waitUntil(lambda: "青海日报" in _sources(window))
    qtbot.waitUntil(lambda: "王建军" in _names(window))


def test_f5_reads_the_choices_again_and_a_delete_or_restore_changes_them(qtbot, window):
    qtbot.waitUntil(lambda: _sources(window) == ["新华社"])
    body = "市长李明出席。"
    with Store(window.store.path) as other:  # another process (the CLI) adds an article
        other.add_article(ParsedArticle("外来文章", body, source="人民网", date="2021-01-01"),
                          Extraction(officials=(Official("李明", ("市长",), (Span(2, 4),)),)))
    window.actions.refresh.trigger()  # F5
    qtbot.waitUntil(lambda: "人民网" in _sources(window) and "李明" in _names(window))
    lst = window.article_list
    lst.select_article(window.store.article_ids("外来文章")[0])
    window.delete_selected()
    qtbot.waitUntil(lambda: "人民网" not in _sources(window) and "李明" not in _names(window))
    view = window.open_trash()
    view.table.selectRow(0)
    view.restore_selected()
    qtbot.waitUntil(lambda: "人民网" in _sources(window) and "李明" in _names(window))
    view.close()
