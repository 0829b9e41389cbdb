"""The filter bar beside the search box (issue 14, point 7): the calendar opens at the newest
article's month (it opened at January 1900), typed dates are understood, every filter has its own
clear (×), and "已筛选 … 清除全部" shows whenever a filter is on — also one kept from the last run."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QToolButton

from desktop_app.search.filters import Filters
from desktop_app.ui.article_list import ArticleListPane
from desktop_app.ui.article_model import COL_TITLE
from desktop_app.ui.search_filters import typed_date
from handmade import add_plain


@pytest.fixture
def store3(store):
    add_plain(store, "九月的会", "九月的正文。", "2019-09-20", "新华社")
    add_plain(store, "十月的会", "十月的正文。", "2019-10-08", "西宁晚报")
    add_plain(store, "旧闻", "旧闻的正文。", "2018-01-01", "新华社")
    return store


def _pane(qtbot, store, state=None):
    pane = ArticleListPane(store, state=state)
    qtbot.addWidget(pane)
    pane.resize(520, 600)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def _titles(pane):
    return sorted(pane.model.index(r, COL_TITLE).data() for r in range(pane.model.rowCount()))


def _clear_button(line_edit) -> QToolButton:
    """The × a QLineEdit shows once it has text (setClearButtonEnabled)."""
    buttons = [b for b in line_edit.findChildren(QToolButton) if b.isVisible()]
    assert len(buttons) == 1
    return buttons[0]


def test_the_calendar_opens_at_the_newest_article(qtbot, store3):
    pane = _pane(qtbot, store3)
    field = pane.filters.date_from
    assert field.edit.text() == "" and field.edit.placeholderText() == "不限"
    qtbot.mouseClick(field.button, Qt.MouseButton.LeftButton)
    calendar = field.calendar
    assert calendar.isVisible()
    assert (calendar.yearShown(), calendar.monthShown()) == (2019, 10)  # not January 1900
    calendar.clicked.emit(QDate(2019, 10, 1))  # a day clicked in the calendar
    assert not calendar.isVisible()
    assert field.edit.text() == "2019-10-01"
    assert _titles(pane) == ["十月的会"]
    # opened again, the calendar shows the chosen date
    field.open_calendar()
    assert calendar.selectedDate() == QDate(2019, 10, 1)
    calendar.hide()


@pytest.mark.parametrize("typed", ["2019-10-01", "2019年10月1日", "20191001", "2019/10/1", "２０１９年１０月１日",
                                   " 2019.10.01 "])
def test_typed_dates_are_understood(qtbot, store3, typed):
    pane = _pane(qtbot, store3)
    field = pane.filters.date_from
    field.edit.setFocus()
    field.edit.insert(typed)  # as typed (keyClicks cannot type Chinese)
    qtbot.waitUntil(lambda: _titles(pane) == ["十月的会"], timeout=2000)
    assert pane.filters.filters().date_from == "2019-10-01"
    field.edit.editingFinished.emit()  # leaving the field shows the date as it is read
    assert field.edit.text() == "2019-10-01"


def test_months_years_and_mistakes(qtbot, store3):
    assert typed_date("2019-10") == "2019-10-01" and typed_date("2019年10月", end=True) == "2019-10-31"
    assert typed_date("2019", end=True) == "2019-12-31" and typed_date("2020年2月", end=True) == "2020-02-29"
    assert typed_date("") == "" and typed_date("2019-13-01") is None and typed_date("昨天") is None
    pane = _pane(qtbot, store3)
    field = pane.filters.date_to
    field.edit.insert("2019-02-30")  # no such day: marked, and the list is not filtered by it
    qtbot.wait(400)
    assert "c0392b" in field.edit.styleSheet()
    assert pane.filters.filters().date_to == "" and len(_titles(pane)) == 3
    field.edit.setText("2019年9月")  # the whole of September
    qtbot.waitUntil(lambda: _titles(pane) == ["九月的会", "旧闻"], timeout=2000)
    assert field.edit.styleSheet() == ""


def test_every_filter_has_its_clear_button_and_the_strip_clears_all(qtbot, store3):
    pane = _pane(qtbot, store3)
    bar = pane.filters
    assert not bar.active_strip.isVisible() and not bar.clear_source.isVisible()
    bar.set_filters(Filters(date_from="2019-01-01", date_to="2019-12-31", source="新华社", official="王晓",
                            tag="重点"))
    assert bar.active_strip.isVisible()
    assert bar.active_label.text() == "已筛选:日期、来源、官员、标签" and bar.clear_all.text() == "清除全部"
    assert bar.labels["source"].font().bold()

    qtbot.mouseClick(_clear_button(bar.date_from.edit), Qt.MouseButton.LeftButton)
    assert bar.filters().date_from == "" and bar.filters().date_to == "2019-12-31"
    qtbot.mouseClick(_clear_button(bar.date_to.edit), Qt.MouseButton.LeftButton)
    assert bar.active_label.text() == "已筛选:来源、官员、标签" and not bar.labels["date"].font().bold()
    qtbot.mouseClick(bar.clear_source, Qt.MouseButton.LeftButton)
    assert bar.filters().source == "" and not bar.clear_source.isVisible()
    qtbot.mouseClick(_clear_button(bar.official), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.active_label.text() == "已筛选:标签", timeout=2000)

    bar.open_tasks.setChecked(True)
    assert bar.active_label.text() == "已筛选:标签、有未完成任务"
    qtbot.mouseClick(bar.clear_all, Qt.MouseButton.LeftButton)
    assert bar.filters() == Filters() and not bar.active_strip.isVisible()
    assert len(_titles(pane)) == 3


def test_a_filter_kept_from_the_last_run_is_shown(qtbot, store3, ui_state):
    first = _pane(qtbot, store3, ui_state)
    first.filters.set_filters(Filters(source="西宁晚报"))
    first.close()
    again = _pane(qtbot, store3, ui_state)  # the next start
    assert _titles(again) == ["十月的会"]
    assert again.filters.active_strip.isVisible() and again.filters.active_label.text() == "已筛选:来源"
    qtbot.mouseClick(again.filters.clear_all, Qt.MouseButton.LeftButton)
    assert len(_titles(again)) == 3 and ui_state.search_filters() == Filters()
