"""Start-up: what the first paint shows, and what comes after it (the full list and its count, the
filters' choices), as the user sees it. Timings are in bench/bench_app.py, not here."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget

from desktop_app.ui import article_model
from desktop_app.ui.first_paint import after_first_paint
from desktop_app.ui.main_window import MainWindow
from handmade import add_plain


class _Paints(QObject):
    def __init__(self, widget):
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _obj, event):
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_after_first_paint_waits_for_the_paint(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    paints = _Paints(widget)
    seen = []
    after_first_paint(widget, lambda: seen.append(paints.count))
    widget.show()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    qtbot.wait(20)
    assert seen == [1]  # after the first paint, and once


def test_after_first_paint_does_not_wait_for_a_widget_never_shown(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    seen = []
    after_first_paint(widget, lambda: seen.append(True))
    qtbot.waitUntil(lambda: bool(seen), timeout=1000)


class _AtFirstPaint(QObject):
    """What the window showed when the list was first painted."""

    def __init__(self, window):
        super().__init__(window)
        self.window, self.seen = window, None
        window.article_list.view.viewport().installEventFilter(self)

    def eventFilter(self, _obj, event):
        if event.type() == QEvent.Type.Paint and self.seen is None:
            w = self.window
            toolbar = w.findChild(QToolBar, "main_toolbar")
            self.seen = {
                "built": w.built,
                "rows": w.article_list.model.rowCount(),
                "selected": w.article_list.current_article(),
                "menus": [m.title() for m in w.menus],
                "menu_items": sum(len(m.actions()) for m in w.menus),
                "toolbar": [a.text() for a in toolbar.actions() if not a.isSeparator()],
                "icons": sum(not a.icon().isNull() and a.icon().cacheKey() != w.blank_icon.cacheKey()
                             for a in toolbar.actions()),
                "list_top": w.article_list.view.mapTo(w, QPoint(0, 0)).y(),
            }
        return False


def test_the_window_paints_its_list_first_then_builds_the_rest(qtbot, store, ui_state, monkeypatch):
    """Stage 1 (the first paint): the list's first page with the newest article selected, the menu
    titles, the toolbar's words. Stage 2, right after: the article in the reader, the menus' items,
    the icons, the filter bar with its choices, the whole list and its count."""
    monkeypatch.setattr(article_model, "FIRST_PAGE", 5)  # more articles than the first page
    with store.transaction():
        for i in range(12):
            add_plain(store, f"标题{i:02d}", f"正文{i}", date=f"2022-03-{i + 1:02d}",
                      source="新华社" if i % 2 else "西宁晚报")
    w = MainWindow(store, ui_state, staged=True)
    qtbot.addWidget(w)
    painted = _AtFirstPaint(w)
    w.show()
    qtbot.waitUntil(lambda: w.built, timeout=5000)
    first = painted.seen
    assert first is not None and first["built"] is False
    assert first["rows"] == 5  # the first page; the rest is read after the first paint
    assert first["menus"] == ["文件(&F)", "编辑(&E)", "视图(&V)", "工具(&T)", "帮助(&H)"] and first["menu_items"] == 0
    assert "导入文件(&I)…" in first["toolbar"] and first["icons"] == 0
    newest = store.article_ids(None, limit=1)[0]
    assert first["selected"] == newest

    # the rows stay where the user first saw them when the filter bar and the icons come (a combo
    # box in the bar may be a few pixels higher than the room kept for it)
    qtbot.wait(50)
    assert abs(w.article_list.view.mapTo(w, QPoint(0, 0)).y() - first["list_top"]) <= 4

    assert w.reader.article is not None and w.reader.article.id == newest
    assert w.windowTitle().startswith("标题11")
    toolbar = w.findChild(QToolBar, "main_toolbar")
    assert all(not a.icon().isNull() for a in toolbar.actions() if not a.isSeparator())
    assert [a.text() for a in w.menus[0].actions()][:2] == ["新建资料库(&N)…", "打开资料库(&O)…"]
    assert w.actions.search in QMainWindow.actions(w)  # its shortcut (Ctrl+F) works anywhere in the window
    qtbot.waitUntil(lambda: w.article_list.model.complete, timeout=5000)
    assert w.article_list.model.rowCount() == 12
    assert w.count_label.text() == "共 12 篇文章"
    source = w.article_list.filters.source
    qtbot.waitUntil(lambda: source.count() == 3, timeout=5000)
    assert {source.itemData(i) for i in range(1, 3)} == {"新华社", "西宁晚报"}


def test_a_read_only_window_stays_read_only_through_its_second_stage(qtbot, store, ui_state):
    """A second window on a store is made read-only before its first paint (instance_guard): the
    parts built after it (editor, entities, the list's menu) read only too."""
    add_plain(store, "标题", "正文。", date="2022-03-01")
    w = MainWindow(store, ui_state, staged=True)
    qtbot.addWidget(w)
    w.set_read_only(True)
    assert w.read_only_bar is not None and not w.actions.delete_articles.isEnabled()
    w.show()
    qtbot.waitUntil(lambda: w.built, timeout=5000)
    assert w.entities.read_only and w.article_menu.read_only and not w.drop_import.enabled
    w.actions.edit_article.trigger()  # says why instead of opening the editor
    assert not w.editor_dock.isVisible()
    assert "只读" in w.statusBar().currentMessage()


def test_a_held_model_reads_the_rest_only_when_released(qtbot, store, monkeypatch):
    monkeypatch.setattr(article_model, "FIRST_PAGE", 3)
    with store.transaction():
        for i in range(8):
            add_plain(store, f"标题{i}", f"正文{i}", date=f"2021-05-{i + 1:02d}")
    model = article_model.ArticleTableModel(store, hold=True)
    model.set_query("正文")  # a newer read replaces the held one
    qtbot.wait(50)
    assert model.rowCount() == 3 and not model.complete
    with qtbot.waitSignal(model.ids_completed, timeout=5000):
        model.release()
    assert model.rowCount() == 8


def test_showing_and_opening_articles_never_reads_the_extractor_lexicons(qtbot, store, ui_state):
    """The lexicons (~150 ms) are read on the first extraction, not to show the window or an
    article whose officials and tasks are stored."""
    from desktop_app.extraction.lexicon import lexicon
    from desktop_app.importer import import_text
    from handmade import open_window

    import_text(store, "市长讲话\n  市委书记王晓指出，要抓好落实。", name="a")
    lexicon.cache_clear()
    w = open_window(qtbot, store, ui_state)
    qtbot.waitUntil(lambda: w.article_list.model.complete, timeout=5000)
    w.article_list.view.selectRow(0)
    qtbot.waitUntil(lambda: "王晓" in w.reader.view.toPlainText(), timeout=5000)
    qtbot.wait(600)  # the editor's preview delay
    assert lexicon.cache_info().currsize == 0
