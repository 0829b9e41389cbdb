"""About and Help, the status bar, and the statistics view and people index inside the window:
the shortcut list read from the actions, version, folders, licence; F1, Ctrl+Shift+P, click-through."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop_app import __version__
from desktop_app.search.filters import Filters
from desktop_app.ui.about_dialog import PAGE_SHORTCUTS, AboutDialog, licence_text, plain_text, shortcut_rows
from desktop_app.ui.actions import Actions
from desktop_app.ui.status_bar import StatusIndicators
from handmade import add_plain, add_sample, open_window

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot, store, ui_state):
    sample = add_sample(store)
    w = open_window(qtbot, store, ui_state)
    w.sample_id = sample
    return w


def test_shortcut_list_comes_from_the_actions_table(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    actions = Actions(owner)
    rows = shortcut_rows(actions.all())
    by_name = {name: keys for name, keys, _tip in rows}
    assert by_name["导入文件"] == "Ctrl+I"
    assert by_name["人物索引"] == "Ctrl+Shift+P"
    assert by_name["放大字号"] == "Ctrl+= / Ctrl++"
    assert by_name["下一篇"] == "J" and by_name["下一处搜索结果"] == "F3"
    # every action with a shortcut is listed, none without
    assert len(rows) == sum(1 for a in actions.all() if a.shortcuts())
    actions.import_files.setShortcut("Ctrl+Alt+I")  # not a copy: a changed table shows up
    assert {n: k for n, k, _ in shortcut_rows(actions.all())}["导入文件"] == "Ctrl+Alt+I"


def test_plain_text_drops_mnemonics_and_ellipsis():
    assert plain_text("导入文件(&I)…") == "导入文件"
    assert plain_text("&Import files…") == "Import files"
    assert plain_text("Save && close") == "Save & close"


def test_about_dialog_shows_version_folders_shortcuts_and_licence(qtbot, tmp_path):
    owner = QWidget()
    qtbot.addWidget(owner)
    dialog = AboutDialog(Actions(owner).all(), str(tmp_path), str(tmp_path / "zhengwen.db"), owner, PAGE_SHORTCUTS)
    qtbot.addWidget(dialog)
    assert dialog.tabs.currentIndex() == PAGE_SHORTCUTS
    assert dialog.version.text() == __version__
    assert dialog.data_label.text() == str(tmp_path)
    assert dialog.store_label.text() == str(tmp_path / "zhengwen.db")
    assert ("导入文件", "Ctrl+I", "导入 .txt / .md 文章文件") in dialog.shortcut_list()
    assert "MIT License" in dialog.licence.toPlainText()
    assert "MIT" in dialog.licence_label.text()


def test_licence_file_is_mit():
    assert (REPO / "LICENSE").read_text(encoding="utf-8") == licence_text()
    assert licence_text().startswith("MIT License")


def test_help_menu_and_f1_open_the_shortcut_list(qtbot, window):
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "帮助(&H)")
    assert [a.text() for a in help_menu.actions() if not a.isSeparator()] == ["键盘快捷键(&K)", "关于政文阅览(&A)"]
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "工具(&T)")
    assert {"统计(&S)…", "人物索引(&P)…"} <= {a.text() for a in tools.actions()}
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible() and dialog.tabs.currentIndex() == PAGE_SHORTCUTS
    listed = dict((n, k) for n, k, _ in dialog.shortcut_list())
    assert listed["导入文件"] == "Ctrl+I" and listed["保存"] == "Ctrl+S"
    assert dialog.store_label.text() == str(window.store.path)
    dialog.close()


def test_people_index_in_the_window_opens_the_article(qtbot, window, store):
    other = add_plain(store, "另一篇", "与人物无关的正文。", "2019-05-01")
    window.article_list.refresh()
    window.article_list.select_article(other)
    assert window.reader.article.id == other
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    index = window.people_index
    assert index.isVisible()
    qtbot.waitUntil(lambda: "张晓容" in index.names(), timeout=5000)
    index.select_person("张晓容")
    qtbot.waitUntil(lambda: index.shown_name == "张晓容", timeout=5000)
    assert index.rows(index.posts) == [["市委副书记、市长", "2019-03-01"]]
    item = index.articles.topLevelItem(0)
    index.articles.itemClicked.emit(item, 1)
    assert window.reader.article.id == window.sample_id
    assert window.article_list.current_article() == window.sample_id
    index.tasks.itemClicked.emit(index.tasks.topLevelItem(0), 1)  # 张晓容's first task
    assert window.reader.article.id == window.sample_id


def test_statistics_in_the_window(qtbot, window):
    window.actions.statistics.trigger()
    view = window.stats_view
    qtbot.waitUntil(lambda: view.data is not None, timeout=5000)
    assert view.months.value("2019-03") == 1 and view.isVisible()


def test_status_bar_shows_count_search_and_background_work(qtbot, window):
    status = window.status
    assert status.count_label.text() == "共 1 篇文章"
    assert not status.filter_label.isVisibleTo(status)
    window.article_list.filters.set_filters(Filters(source="西宁日报", date_from="2019-01-01"))
    window.article_list.search.setText("脱贫")
    window.article_list.apply_search()
    qtbot.waitUntil(lambda: status.filter_label.isVisibleTo(status), timeout=5000)
    assert status.filter_label.text() == "筛选:搜索“脱贫” · 2019-01-01 起 · 来源:西宁日报"


def test_busy_indicator_follows_running_jobs(qtbot):
    running = [0]
    status = StatusIndicators(jobs=lambda: running[0])
    qtbot.addWidget(status)
    status.show()
    assert not status.busy
    running[0] = 2
    qtbot.waitUntil(lambda: status.busy, timeout=2000)
    assert status.busy_label.text() == "后台任务 2 项"
    running[0] = 0
    qtbot.waitUntil(lambda: not status.busy, timeout=2000)


def test_busy_indicator_sees_a_real_job(qtbot):
    import threading

    from desktop_app.ui import jobs

    status = StatusIndicators()
    qtbot.addWidget(status)
    status.show()
    gate = threading.Event()
    job = jobs.run(lambda progress, cancel: gate.wait(5))
    qtbot.waitUntil(lambda: status.busy, timeout=2000)
    gate.set()
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    qtbot.waitUntil(lambda: not status.busy, timeout=2000)


def test_page_constants_match_the_dialog():
    from desktop_app.ui import about_dialog, main_window

    assert (main_window.PAGE_ABOUT, main_window.PAGE_SHORTCUTS) == (about_dialog.PAGE_ABOUT, about_dialog.PAGE_SHORTCUTS)
