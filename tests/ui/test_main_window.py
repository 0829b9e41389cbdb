"""The whole window on a temporary store: open article, highlights, legend, task jump, list, state."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from desktop_app.ui.article_model import ARTICLE_ID_ROLE, COL_DATE, COL_TITLE
from desktop_app.ui.highlighter import COLORS, OFFICIAL
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.ui_state import UiState, open_settings
from handmade import add_plain, add_sample, open_window


@pytest.fixture
def window(qtbot, store, ui_state):
    older = add_plain(store, "较早的一篇", "旧闻正文。", date="2018-01-01", source="新华社")
    sample = add_sample(store)
    w = open_window(qtbot, store, ui_state)
    w.sample_id, w.older_id = sample, older
    return w


def _background(window, position) -> QColor:
    return window.reader.view.char_format_at(position).background().color()


def test_opens_on_the_newest_article(window):
    # The article first, then the app (it was "政文阅览", and "Zhengwen Reader * — Zhengwen Reader" when edited)
    assert window.windowHandle().title() == "西宁市委召开脱贫攻坚工作会议 — 政文阅览"
    assert window.article_list.current_article() == window.sample_id
    assert window.reader.article.title == "西宁市委召开脱贫攻坚工作会议"
    assert "共 2 篇文章" in window.count_label.text()


def test_highlight_legend_and_task_jump(qtbot, window):
    article = window.reader.article
    zhang = next(o for o in article.officials if o.name == "张晓容")
    first = zhang.mentions[0]
    # The body is all BMP here, so the Qt position is the base plus the Python index.
    start = window.reader.body_start + first.start
    assert window.reader.view.document().characterAt(start) == "张"
    assert _background(window, start) == QColor(COLORS[OFFICIAL])
    assert _background(window, start + 2) == QColor(COLORS[OFFICIAL])

    assert "张晓容 — 市委副书记、市长" in window.entities.official_texts()

    window.reader.checkboxes[OFFICIAL].click()
    assert _background(window, start) != QColor(COLORS[OFFICIAL])
    assert window.state.highlight_visible(OFFICIAL) is False

    window.entities.setCurrentWidget(window.entities.tasks)
    tree = window.entities.tasks
    item = tree.topLevelItem(0).child(1)  # 二要做到尽锐出战
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
    cursor = window.reader.view.textCursor()
    task = next(t for t in article.tasks if t.text == "二要做到尽锐出战")
    assert cursor.selectedText() == task.text
    assert cursor.selectionStart() == window.reader.body_start + task.start


def test_official_click_goes_to_next_mention(qtbot, window):
    tree = window.entities.officials
    row = window.entities.official_texts().index("张晓容 — 市委副书记、市长")
    item = tree.topLevelItem(row)
    starts = []
    for _ in range(2):
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
        cursor = window.reader.view.textCursor()
        assert cursor.selectedText() == "张晓容"
        starts.append(cursor.selectionStart())
    assert starts[0] < starts[1]


def test_header_click_sorts_and_j_k_step(qtbot, window):
    view = window.article_list.view

    def titles():
        return [view.model().index(r, COL_TITLE).data() for r in range(view.model().rowCount())]

    assert titles() == ["西宁市委召开脱贫攻坚工作会议", "较早的一篇"]
    header = view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(COL_DATE) + 5, 5))
    assert header.sortIndicatorSection() == COL_DATE
    assert titles() == ["较早的一篇", "西宁市委召开脱贫攻坚工作会议"]
    assert window.article_list.current_article() == window.sample_id  # selection follows the article
    assert window.state.sort(COL_TITLE)[0] == COL_DATE

    view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K)
    assert window.article_list.current_article() == window.older_id
    assert window.reader.article.id == window.older_id
    qtbot.keyClick(window, Qt.Key.Key_J)
    assert window.reader.article.id == window.sample_id


def test_search_box_filters_as_you_type(qtbot, window):
    window.actions.search.trigger()
    window.article_list.search.insert("旧闻")  # keyClicks cannot type Chinese (QTest asserts)
    model = window.article_list.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=2000)
    assert model.index(0, 0).data(ARTICLE_ID_ROLE) == window.older_id
    assert window.reader.article.id == window.older_id
    assert "找到 1 篇 / 共 2 篇" in window.count_label.text()


def test_state_is_kept_between_runs(qtbot, window, store):
    window.reader.checkboxes[OFFICIAL].click()
    window.article_list.select_article(window.older_id)
    window.reader.zoom_in()
    window.splitter.setSizes([300, 700, 360])
    sizes = window.splitter.sizes()
    window.close()
    again = MainWindow(store, UiState(open_settings()))
    qtbot.addWidget(again)
    assert again.reader.article.id == window.older_id
    assert not again.reader.highlight_visible(OFFICIAL)
    assert not again.reader.checkboxes[OFFICIAL].isChecked()
    assert again.reader.zoom == 1
    assert again.state.splitter_sizes() == sizes


def test_j_and_k_work_while_reading(qtbot, window):
    window.reader.view.setFocus()
    qtbot.keyClick(window.reader.view, Qt.Key.Key_J)
    assert window.reader.article.id == window.older_id
    window.actions.zoom_in.trigger()
    assert window.reader.zoom == 1 and window.state.reader_zoom() == 1
    window.actions.zoom_reset.trigger()
    assert window.reader.zoom == 0


def test_empty_store_shows_how_to_import(qtbot, tmp_path, ui_state):
    from desktop_app.store import Store

    with Store(tmp_path / "empty.db") as empty:
        w = MainWindow(empty, ui_state)
        qtbot.addWidget(w)
        assert "导入" in w.reader.view.toPlainText()
        assert w.count_label.text() == "共 0 篇文章"
        w.close()


def test_sample_through_the_real_importer(qtbot, store, ui_state):
    """The same checks with the real extractor (depends on it finding 张晓容 with both posts)."""
    from desktop_app.importer import import_paths
    from handmade import SAMPLE

    report = import_paths(store, [SAMPLE])
    w = MainWindow(store, ui_state)
    qtbot.addWidget(w)
    assert w.reader.article.id == report.imported[0]
    assert "张晓容 — 市委副书记、市长" in w.entities.official_texts()
    zhang = next(o for o in w.reader.article.officials if o.name == "张晓容")
    first = next(r for r in w.reader.ranges if r.kind == OFFICIAL and r.key == "张晓容")
    assert first.start == w.reader.body_start + zhang.mentions[0].start
    assert _background(w, first.start) == QColor(COLORS[OFFICIAL])
    w.reader.checkboxes[OFFICIAL].click()
    assert _background(w, first.start) != QColor(COLORS[OFFICIAL])
