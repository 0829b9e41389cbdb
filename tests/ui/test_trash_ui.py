"""Delete to the trash in the window: the Delete key on the list, the 编辑 menu, the 回收站 view with
restore and empty; the list, count, source filter and reader follow at once."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.ui import trash_view
from handmade import add_plain, add_sample, open_window


@pytest.fixture
def window(qtbot, store, ui_state):
    ids = [add_plain(store, f"第{i}篇", f"正文{i}内容。", date=f"2018-01-0{i}", source="新华社" if i == 2 else "人民网")
           for i in range(1, 4)]
    sample = add_sample(store)
    w = open_window(qtbot, store, ui_state)
    w.ids = [sample] + ids[::-1]  # list order: newest first
    return w


def _sources(window) -> list[str]:
    combo = window.article_list.filters.source
    return [combo.itemData(i) for i in range(1, combo.count())]


def test_delete_key_on_the_list_moves_the_article_to_the_trash_and_opens_the_next(qtbot, window):
    lst = window.article_list
    qtbot.waitUntil(lambda: "新华社" in _sources(window))
    lst.select_article(window.ids[1])  # 第3篇
    lst.view.setFocus()
    qtbot.keyClick(lst.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: lst.model.row_of(window.ids[1]) == -1)
    assert window.store.is_trashed(window.ids[1])
    assert lst.model.row_of(window.ids[1]) == -1 and lst.model.rowCount() == 3
    assert window.reader.article.id == window.ids[2]  # the next row opened
    assert "共 3 篇文章" in window.count_label.text()
    assert "回收站" in window.statusBar().currentMessage()
    # Several at once (Ctrl/Shift selection) through the 编辑 menu; 新华社 leaves the source filter.
    lst.view.selectRow(lst.model.row_of(window.ids[2]))
    lst.view.selectionModel().select(lst.model.index(lst.model.row_of(window.ids[3]), 0),
                                     lst.view.selectionModel().SelectionFlag.Select
                                     | lst.view.selectionModel().SelectionFlag.Rows)
    edit_menu = window.menuBar().actions()[1].menu()
    assert window.actions.delete_articles in edit_menu.actions() and window.actions.trash in edit_menu.actions()
    window.actions.delete_articles.trigger()
    qtbot.waitUntil(lambda: lst.model.rowCount() == 1)
    assert window.reader.article.id == window.ids[0]
    qtbot.waitUntil(lambda: "新华社" not in _sources(window))
    assert window.store.article_ids("正文") == []


def test_delete_in_a_text_field_deletes_text_not_articles(qtbot, window):
    lst = window.article_list
    lst.search.setText("abc")
    lst.search.setFocus()
    lst.search.setCursorPosition(0)
    qtbot.keyClick(lst.search, Qt.Key.Key_Delete)
    assert lst.search.text() == "bc" and window.store.trash_count() == 0
    lst.apply_search()  # now, not from the typing timer after the test


def test_the_trash_view_restores_and_empties(qtbot, window, monkeypatch):
    lst = window.article_list
    lst.select_article(window.ids[0])
    qtbot.waitSignal(window.delete_selected().finished).wait()
    lst.select_article(window.ids[1])
    qtbot.waitSignal(window.delete_selected().finished).wait()
    view = window.open_trash()
    qtbot.addWidget(view)
    assert view.table.rowCount() == 2
    assert {view.table.item(r, 0).text() for r in range(2)} == {"西宁市委召开脱贫攻坚工作会议", "第3篇"}
    # Restore the sample: it is back in the list, searchable, and opened.
    row = next(r for r in range(2) if view.table.item(r, 0).text().startswith("西宁"))
    view.table.selectRow(row)
    view.restore_button.click()
    qtbot.waitUntil(lambda: view.table.rowCount() == 1)
    qtbot.waitUntil(lambda: window.reader.article is not None and window.reader.article.id == window.ids[0])
    assert lst.model.row_of(window.ids[0]) >= 0 and window.reader.article.id == window.ids[0]
    assert window.store.article_ids("脱贫攻坚") == [window.ids[0]]
    assert "共 3 篇文章" in window.count_label.text()
    # Empty: asked first; a refusal keeps it.
    monkeypatch.setattr(trash_view, "confirm", lambda *_a: False)
    assert view.empty() is None and view.table.rowCount() == 1
    monkeypatch.setattr(trash_view, "confirm", lambda *_a: True)
    with qtbot.waitSignal(view.purged) as purged:
        view.empty()
    assert purged.args == [1]
    assert view.table.isHidden() and "空" in view.summary.text()
    assert window.store.article(window.ids[1]) is None


def test_deleting_every_article_leaves_the_reader_saying_so(qtbot, window):
    lst = window.article_list
    lst.view.selectAll()
    with qtbot.waitSignal(window.delete_selected().finished) as done:
        pass
    assert len(done.args[0]) == 4
    assert lst.model.rowCount() == 0 and window.reader.article is None


def test_a_read_only_window_deletes_nothing(qtbot, window):
    window.set_read_only(True)
    assert not window.actions.delete_articles.isEnabled()
    assert window.delete_selected() is None and window.store.trash_count() == 0
