"""文件 → 新建资料库 / 打开资料库 / 最近打开: the window switches libraries, and what belongs to one
library (last article, filters, saved searches, columns) stays with it."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.search.filters import Filters
from desktop_app.store import Store
from desktop_app.ui.library_session import LibrarySession
from handmade import add_plain


def _library(path, titles):
    with Store(path) as store:
        return [add_plain(store, t, f"{t}的正文。", date=f"2020-01-0{i + 1}", source=f"来源{i}")
                for i, t in enumerate(titles)]


@pytest.fixture
def two(tmp_path):
    a, b = tmp_path / "甲.db", tmp_path / "乙.db"
    ids_a = _library(a, ["甲一", "甲二"])
    ids_b = _library(b, ["乙一", "乙二"])
    assert ids_a == ids_b  # the same ids in both: the trap of shared settings
    return a, b


@pytest.fixture
def session(qtbot, ui_state):
    s = LibrarySession(ui_state, lambda path: Store(path), staged=False)
    yield s
    if s.window is not None:
        s.window.close()
    s.close()


def test_each_library_keeps_its_own_article_filters_and_saved_searches(qtbot, session, two):
    a, b = two
    window = session.open(str(a))
    qtbot.waitExposed(window)
    assert window.reader.article.title == "甲二"  # the newest
    lst = window.article_list
    lst.select_article(window.store.article_ids("甲一")[0])
    assert window.reader.article.title == "甲一"
    lst.filters.set_filters(Filters(source="来源0"))  # emits: the list filters and the state keeps it
    lst.search.setText("正文")
    lst.apply_search()
    lst.saved.save_current("甲的搜索")
    lst.search.clear()
    lst.apply_search()

    assert session.switch(str(b))
    other = session.window
    assert other is not window and other.store.path == b
    # Not 甲一's id (1), which is 乙一 here: B opens its own newest, unfiltered, with no saved search.
    assert other.reader.article.title == "乙二"
    assert other.article_list.filters.filters() == Filters()
    assert other.article_list.saved.searches == []
    assert other.article_list.model.rowCount() == 2

    assert session.switch(str(a))
    back = session.window
    assert back.reader.article.title == "甲一"
    assert back.article_list.filters.filters() == Filters(source="来源0")
    assert [s.name for s in back.article_list.saved.searches] == ["甲的搜索"]


def test_recent_libraries_menu_shows_each_with_its_path(qtbot, session, two):
    a, b = two
    session.open(str(a))
    session.switch(str(b))
    menu = session.window.library_menu
    menu.fill_recent()
    texts = [act.text() for act in menu.recent_menu.actions()]
    assert any("乙" in t and str(b) in t for t in texts) and any("甲" in t and str(a) in t for t in texts)
    assert [act.isChecked() for act in menu.recent_menu.actions()][0]  # the open one, first and checked
    file_menu = session.window.menuBar().actions()[0].menu()
    assert menu.recent_menu.menuAction() in file_menu.actions()
    assert session.window.actions.open_library in file_menu.actions()
    with qtbot.waitSignal(session.window.library_requested) as got:
        next(act for act in menu.recent_menu.actions() if str(a) in act.text()).trigger()
    assert got.args == [str(a)]
    qtbot.waitUntil(lambda: session.store is not None and session.store.path == a)


def test_the_libraries_dialog_lists_recent_libraries_and_opens_one(qtbot, session, two):
    a, b = two
    session.open(str(a))
    session.switch(str(b))
    dialog = session.window.library_menu.open_library()
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert str(b) in texts[0] and "当前" in texts[0] and str(a) in texts[1]
    dialog.list.setCurrentRow(1)
    with qtbot.waitSignal(session.window.library_requested):
        dialog.open_button.click()


def test_a_new_library_starts_empty(qtbot, session, two, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    a, _b = two
    session.open(str(a))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "新的"), ""))
    session.window.library_menu.new_library()
    qtbot.waitUntil(lambda: session.store.path == tmp_path / "新的.db")
    assert session.window.article_list.model.rowCount() == 0 and session.window.reader.article is None
    assert str(tmp_path / "新的.db") in session.state.recent_libraries()


def test_a_file_that_is_not_a_library_is_refused_and_the_open_one_stays(qtbot, session, two, tmp_path, monkeypatch):
    a, _b = two
    window = session.open(str(a))
    other = tmp_path / "notes.db"
    other.write_bytes(b"not a database at all" * 10)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **k: said.append(args[2]))
    assert session.switch(str(other)) is False
    assert session.window is window and window.isVisible() and "不是政文阅览的资料库" in said[0]
    assert other.read_bytes().startswith(b"not a database")


def test_settings_of_the_default_library_fall_back_to_the_shared_keys(ui_state, tmp_path):
    ui_state.set_last_article(7)  # written before libraries had their own settings
    default = ui_state.for_library(tmp_path / "zhengwen.db", legacy=True)
    other = ui_state.for_library(tmp_path / "其他.db")
    assert default.last_article() == 7 and other.last_article() is None
    other.set_last_article(3)
    default.set_last_article(9)
    assert other.last_article() == 3 and default.last_article() == 9 and ui_state.last_article() == 7


def test_a_library_opened_last_is_opened_at_the_next_start(ui_state, tmp_path):
    a = tmp_path / "甲.db"
    _library(a, ["甲一"])
    ui_state.add_recent_library(a)
    assert ui_state.last_library() == str(a)
    a.unlink()
    assert ui_state.last_library() is None and ui_state.recent_libraries() == []


def test_the_first_backup_of_an_opened_library_is_announced_in_its_window(qtbot, session, two):
    from desktop_app.ui.backups_dialog import BackupNotice

    a, _b = two
    window = session.open(str(a))
    with qtbot.waitSignal(session.backups.announced, timeout=10000):
        session.backups.backup_if_due()
    qtbot.waitUntil(lambda: window.findChild(BackupNotice) is not None)
    notice = window.findChild(BackupNotice)
    assert "“甲”" in notice.text() and "备份位置" in notice.informativeText()
    notice.close()


def test_each_library_keeps_its_own_column_layout(qtbot, session, two):
    from desktop_app.ui.article_model import COL_SOURCE

    a, b = two
    window = session.open(str(a))
    header = window.article_list.view.horizontalHeader()
    default = header.sectionSize(COL_SOURCE)
    header.resizeSection(COL_SOURCE, default + 90)
    session.switch(str(b))
    assert session.window.article_list.view.horizontalHeader().sectionSize(COL_SOURCE) == default
    session.switch(str(a))
    assert session.window.article_list.view.horizontalHeader().sectionSize(COL_SOURCE) == default + 90
