"""The article list's context menu on a multi-selection: open, open in a new window, export the
selected, add/remove a tag, re-extract, copy title/citation, show the original file, delete."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMenu

from desktop_app.ui.reader_pane import ReaderPane
from handmade import add_plain, add_sample, open_window


@pytest.fixture
def window(qtbot, store, ui_state, tmp_path):
    original = tmp_path / "原文.txt"
    original.write_text("x", encoding="utf-8")
    from desktop_app.domain import Extraction, ParsedArticle

    first = store.add_article(ParsedArticle("第一篇", "正文一。", source="新华社", date="2018-01-01"), Extraction(),
                              path=str(original))
    second = add_plain(store, "第二篇", "正文二。", date="2018-01-02", source="人民网")
    sample = add_sample(store)
    w = open_window(qtbot, store, ui_state)
    w.ids = (sample, second, first)
    w.original = original
    return w


def _select(window, *ids):
    lst = window.article_list
    sel = lst.view.selectionModel()
    sel.clearSelection()
    for i in ids:
        sel.select(lst.model.index(lst.model.row_of(i), 0),
                   QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    return lst.selected_articles()


def _entry(menu: QMenu, text: str):
    return next(a for a in menu.actions() if a.text().startswith(text))


def test_the_menu_opens_on_right_click_with_every_entry(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMenu, "popup", lambda self, *_a: shown.append(self))
    lst = window.article_list
    _select(window, window.ids[1], window.ids[2])
    rect = lst.view.visualRect(lst.model.index(lst.model.row_of(window.ids[1]), 0))
    lst.view.customContextMenuRequested.emit(rect.center())
    [menu] = shown
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["打开", "在新窗口中打开", "导出所选 2 篇…", "复制标题", "复制引用(标题 · 来源 · 日期)",
                     "添加标签…", "移除标签", "纳入督办", "重新识别官员和任务(2 篇)", "显示原文件", "移到回收站(&D)"]
    assert window.actions.delete_articles in menu.actions()


def test_copy_citation_and_title_of_the_selection(qtbot, window):
    ids = _select(window, window.ids[1], window.ids[2])
    menu = window.article_menu.build(ids)
    _entry(menu, "复制引用").trigger()
    assert QGuiApplication.clipboard().text() == "第二篇 · 人民网 · 2018-01-02\n第一篇 · 新华社 · 2018-01-01"
    _entry(menu, "复制标题").trigger()
    assert QGuiApplication.clipboard().text() == "第二篇\n第一篇"


def test_add_and_remove_a_tag_on_several_articles(qtbot, window, monkeypatch):
    ids = _select(window, window.ids[0], window.ids[1])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("重点", True))
    menu = window.article_menu.build(ids)
    _entry(menu, "添加标签").trigger()
    qtbot.waitUntil(lambda: [window.store.article(i).tags for i in ids] == [("重点",), ("重点",)])
    assert window.store.revisions(ids[0])  # saved as an edit: a revision to revert
    menu = window.article_menu.build(ids)
    remove = _entry(menu, "移除标签").menu()
    assert [a.text() for a in remove.actions()] == ["重点"]
    remove.actions()[0].trigger()
    qtbot.waitUntil(lambda: [window.store.article(i).tags for i in ids] == [(), ()])


def test_reextract_keeps_corrections_and_refreshes(qtbot, window):
    sample = window.ids[0]
    before = window.store.article(sample)
    ids = _select(window, sample)
    with qtbot.waitSignal(window.article_menu.changed, timeout=20000) as got:
        menu = window.article_menu.build(ids)
        _entry(menu, "重新识别").trigger()
    assert got.args == [[sample]]
    after = window.store.article(sample)
    assert after.body == before.body and after.officials  # the real extractor's result now


def test_show_file_open_in_window_export_and_delete(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    ids = _select(window, window.ids[2])
    menu = window.article_menu.build(ids)
    _entry(menu, "显示原文件").trigger()
    assert opened == [str(window.original.parent)]
    other = window.article_menu.build([window.ids[1]])
    assert not _entry(other, "显示原文件").isEnabled()  # not from a file

    _entry(menu, "在新窗口中打开").trigger()
    readers = [w for w in window.findChildren(ReaderPane) if w is not window.reader]
    assert readers and readers[-1].isWindow() and readers[-1].article.title == "第一篇"
    assert readers[-1].windowTitle().startswith("第一篇")

    ids = _select(window, window.ids[1], window.ids[2])
    menu = window.article_menu.build(ids)
    _entry(menu, "导出所选").trigger()
    assert window.export_pane.scope_key() == "selected"
    window.export_pane.close()

    window.actions.delete_articles.trigger()
    qtbot.waitUntil(lambda: window.article_list.model.rowCount() == 1)
    assert window.store.trash_count() == 2


def test_a_read_only_window_offers_no_writes(qtbot, window):
    window.set_read_only(True)
    menu = window.article_menu.build([window.ids[0]])
    assert not _entry(menu, "添加标签").isEnabled() and not _entry(menu, "重新识别").isEnabled()
    assert not window.actions.delete_articles.isEnabled() and _entry(menu, "复制标题").isEnabled()


def test_track_the_selected_articles_on_the_board(qtbot, window):
    sample = window.ids[0]
    ids = _select(window, sample)
    menu = window.article_menu.build(ids)
    assert window.store.task_rows(tracked_only=True) == []
    _entry(menu, "纳入督办").trigger()  # in the writer lane
    qtbot.waitUntil(lambda: bool(window.store.task_rows(tracked_only=True)))
    rows = window.store.task_rows(tracked_only=True)
    assert {r.article_id for r in rows} == {sample}
    qtbot.waitUntil(lambda: "纳入督办" in window.statusBar().currentMessage())
    menu = window.article_menu.build(ids)
    _entry(menu, "移出督办").trigger()
    qtbot.waitUntil(lambda: window.store.task_rows(tracked_only=True) == [])
