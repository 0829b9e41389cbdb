"""The keyboard (issue 14, point 9): Tab from the search box reaches every pane and comes back (it
stayed inside the date field, then went cell by cell through the list); Down or Enter in the
search box moves into the results; Home/End and Ctrl+Home/Ctrl+End select the first/last row."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from handmade import add_plain, add_sample, open_window

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, store, ui_state):
    add_plain(store, "较早的一篇", "旧闻正文,王晓讲话。", date="2018-01-01", source="新华社")
    add_plain(store, "最早的一篇", "更早的正文。", date="2017-01-01", source="新华社")
    add_sample(store)
    w = open_window(qtbot, store, ui_state)
    w.activateWindow()
    return w


def _focus():
    return QApplication.focusWidget()


def test_tab_from_the_search_box_reaches_every_pane_and_comes_back(qtbot, window):
    lst, bar = window.article_list, window.article_list.filters
    lst.search.setFocus()
    qtbot.waitUntil(lambda: _focus() is lst.search)
    visited = []
    for _ in range(40):
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
        visited.append(_focus())
        if _focus() is lst.search:
            break
    assert visited[-1] is lst.search, [type(w).__name__ for w in visited]  # round trip
    wanted = {"date from": bar.date_from.edit, "date to": bar.date_to.edit, "source": bar.source,
              "official": bar.official, "tag": bar.tag, "list": lst.view, "reader": window.reader.view,
              "officials/tasks tabs": window.entities.tabBar()}
    assert [name for name, w in wanted.items() if w not in visited] == []
    assert len(visited) < 25  # no widget keeps the Tab key to itself
    # Shift+Tab goes back the same way
    qtbot.keyClick(_focus(), Qt.Key.Key_Backtab)
    assert _focus() is visited[-2]


def test_down_or_enter_in_the_search_box_moves_into_the_results(qtbot, window):
    lst = window.article_list
    lst.search.setFocus()
    qtbot.keyClick(lst.search, Qt.Key.Key_Down)
    assert _focus() is lst.view and lst.view.currentIndex().isValid()
    lst.search.setFocus()
    lst.search.insert("王晓")
    qtbot.keyClick(lst.search, Qt.Key.Key_Return)  # applied at once, not after the typing pause
    assert _focus() is lst.view
    assert lst.model.rowCount() == 2
    assert lst.view.currentIndex().row() >= 0 and lst.current_article() is not None
    qtbot.keyClick(lst.view, Qt.Key.Key_Down)
    assert lst.view.currentIndex().row() == 1


@pytest.mark.parametrize("home, end", [
    ((Qt.Key.Key_Home, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_End, Qt.KeyboardModifier.NoModifier)),
    ((Qt.Key.Key_Home, CTRL), (Qt.Key.Key_End, CTRL)),
])
def test_home_and_end_select_the_first_and_last_article(qtbot, window, home, end):
    lst = window.article_list
    lst.view.setFocus()
    titles = []
    qtbot.keyClick(lst.view, *end)
    titles.append(window.reader.article.title)
    qtbot.keyClick(lst.view, *home)
    titles.append(window.reader.article.title)
    assert titles == ["最早的一篇", "西宁市委召开脱贫攻坚工作会议"]
    assert [i.row() for i in lst.view.selectionModel().selectedRows()] == [0]
