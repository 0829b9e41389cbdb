"""Issue 14, smaller things (2): the sort arrow, history in words, 本机 in English, the trash a page at
a time, and the theme / font size points of the last session still holding."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QUndoStack

from desktop_app.editing import drafts
from handmade import add_plain, add_sample, open_window


def _arrow_points_down(header, section: int) -> bool:
    """Read the sort arrow off the drawn header: ▼ is widest at its top row."""
    image = header.grab().toImage()
    x1 = header.sectionViewportPosition(section) + header.sectionSize(section)
    x0 = x1 - 20  # the arrow sits at the section's right end, after the label
    rows = []
    for y in range(image.height()):
        dark = sum(1 for x in range(x0, min(x1, image.width())) if QColor(image.pixel(x, y)).lightness() < 120)
        if dark:
            rows.append(dark)
    assert len(rows) >= 2, "no sort arrow drawn"
    return rows[0] > rows[-1]


def test_newest_first_shows_a_downward_arrow(qtbot, store, ui_state):
    from desktop_app.ui.article_model import COL_DATE, COL_TITLE

    add_sample(store)
    window = open_window(qtbot, store, ui_state)
    header = window.article_list.view.horizontalHeader()
    header.setSortIndicator(COL_DATE, Qt.SortOrder.DescendingOrder)  # newest first (the default)
    qtbot.wait(10)
    assert header.sortIndicatorSection() == COL_DATE
    assert _arrow_points_down(header, COL_DATE)
    header.setSortIndicator(COL_TITLE, Qt.SortOrder.AscendingOrder)  # A → Z: up
    assert not _arrow_points_down(header, COL_TITLE)


def _revisions_text(qtbot, store, aid) -> list[str]:
    from desktop_app.ui.revisions_tab import RevisionsTab

    tab = RevisionsTab(store, QUndoStack(), lambda: store.article_state(aid))
    qtbot.addWidget(tab)
    tab.fill(aid)
    out = []
    for row in range(tab.revision_list.count()):
        tab.revision_list.setCurrentRow(row)
        out.append((tab.revision_list.item(row).text(), tab.revision_text.toPlainText()))
    return out


def test_history_says_what_changed_in_words(qtbot, store):
    body = "第一段开头。\n\n第二段说明情况。\n\n会议强调,要抓好春耕生产。\n"
    aid = add_plain(store, "春耕会议", body, date="2019-04-02", source="西宁晚报")
    state = store.article_state(aid)
    edited, _ = drafts.edit_body(state, state.body.replace("抓好春耕生产", "全力抓好春耕备耕"))
    store.save_article_state(aid, edited)
    state = store.article_state(aid)
    store.save_article_state(aid, drafts.set_posts(state, "王建军", ("青海省委书记",)))
    state = store.article_state(aid)
    store.save_article_state(aid, drafts.set_field(drafts.set_field(state, "title", "全省春耕会议"), "tags", ["重点"]))
    (tags_item, tags_text), (posts_item, posts_text), (body_item, body_text) = _revisions_text(qtbot, store, aid)
    assert "正文第3段:“抓好春耕生产”改为“全力抓好春耕备耕”" in body_text
    assert "王建军的职务改为 青海省委书记" in posts_text
    assert "标题:“春耕会议”改为“全省春耕会议”" in tags_text and "标签:加上“重点”" in tags_text
    for text in (tags_text, posts_text, body_text):
        assert "@@" not in text and "---" not in text and "+++" not in text  # no unified diff
    assert "本机" in body_item


@pytest.fixture
def english(qapp):
    from desktop_app.app import install_translators, remove_translators

    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)


def test_history_in_english_names_this_computer(qtbot, english, store):
    aid = add_plain(store, "春耕会议", "会议强调,要抓好春耕生产。", date="2019-04-02")
    state = store.article_state(aid)
    store.save_article_state(aid, drafts.set_field(state, "source", "西宁晚报"))
    [(item, text)] = _revisions_text(qtbot, store, aid)
    assert "本机" not in item and "This computer" in item
    assert "Source:" in text and "西宁晚报" in text and "本机" not in text


def test_the_trash_shows_a_page_at_a_time(qtbot, store, monkeypatch):
    from desktop_app.ui import trash_view
    from desktop_app.ui.trash_view import TrashView

    monkeypatch.setattr(trash_view, "PAGE", 10)
    ids = [add_plain(store, f"第{i}篇", f"正文{i}。", date=f"2019-01-{i + 1:02d}") for i in range(25)]
    store.trash_articles(ids)
    read = []
    real = store.trashed
    monkeypatch.setattr(store, "trashed", lambda *a, **k: read.append(a or tuple(k.values())) or real(*a, **k))
    view = TrashView(store)
    qtbot.addWidget(view)
    view.show()
    assert view.table.rowCount() == 10 and read == [(10, 0)]  # one page read, not 25 rows
    assert "25" in view.summary.text() and view.page_label.text() == "第 1–10 篇,共 25 篇"
    assert not view.previous_button.isEnabled() and view.next_button.isEnabled()
    first_page = set(view.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(10))
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.table.rowCount() == 5 and view.page_label.text() == "第 21–25 篇,共 25 篇"
    assert not view.next_button.isEnabled()
    shown = set()
    view.show_page(0)
    for page in range(3):
        view.show_page(page)
        shown |= {view.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(view.table.rowCount())}
    assert shown == set(ids) and len(first_page) == 10  # every article on one page, none twice
    monkeypatch.setattr(trash_view, "confirm", lambda *a: True)
    job = view.empty()  # the whole trash, not the page shown
    qtbot.waitUntil(lambda: job.done, timeout=20000)
    qtbot.waitUntil(lambda: store.trash_count() == 0)
    assert view.total == 0 and not view.page_label.isVisible()


def test_a_small_trash_has_no_page_buttons(qtbot, store):
    from desktop_app.ui.trash_view import TrashView

    store.trash_articles([add_plain(store, "一篇", "正文。", date="2019-01-01")])
    view = TrashView(store)
    qtbot.addWidget(view)
    view.show()
    assert view.table.rowCount() == 1 and not view.next_button.isVisible() and not view.page_label.isVisible()


@pytest.fixture
def restore_style(qapp):
    from desktop_app.ui.settings_dialog import apply_theme

    style, palette = qapp.style().name(), qapp.palette()
    yield
    apply_theme(qapp, "system")
    qapp.setStyle(style)
    qapp.setPalette(palette)


def test_switching_the_theme_recolours_the_highlights_at_once(qtbot, qapp, store, ui_state, restore_style):
    """Checked again (a point of the last session): no restart needed for the dark theme's highlight colours."""
    from desktop_app.ui.highlighter import OFFICIAL
    from desktop_app.ui.settings_dialog import DARK_DEFAULT_COLORS, DEFAULT_COLORS, apply_theme

    add_sample(store)
    window = open_window(qtbot, store, ui_state)
    window.theme_changed.connect(lambda theme: apply_theme(qapp, theme))  # as app.py connects it

    def official_background() -> str:
        first = next(r for r in window.reader.ranges if r.kind == OFFICIAL)
        return window.reader.view.char_format_at(first.start).background().color().name()

    assert official_background() == DEFAULT_COLORS[OFFICIAL]
    for theme, colours in (("dark", DARK_DEFAULT_COLORS), ("light", DEFAULT_COLORS)):
        dialog = window.open_settings()
        dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(theme))
        dialog.accept()
        assert official_background() == colours[OFFICIAL]


def test_the_font_size_box_does_not_start_at_one(qtbot, ui_state):
    """Checked again: one step up from 默认 is a readable size, and the box never shows 1."""
    from desktop_app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ui_state, "/tmp/data")
    qtbot.addWidget(dialog)
    spin = dialog.size_spin
    assert spin.text() == "默认"
    spin.stepUp()
    assert spin.value() >= 8 and spin.text() != "1"
