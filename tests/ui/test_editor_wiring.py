"""The editing pane and the task board inside the window: Ctrl+E, dirty mark, preview in the reader,
closing asks, Ctrl+T and the jump from the board to the task."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.editing import drafts
from desktop_app.ui.editor_pane import PREVIEW_DELAY_MS
from desktop_app.ui.task_board import COL_TEXT
from handmade import add_sample, open_window


@pytest.fixture
def window(qtbot, store, ui_state):
    sample = add_sample(store)
    w = open_window(qtbot, store, ui_state)
    w.sample_id = sample
    return w


def test_editing_in_the_window(qtbot, window, store, monkeypatch):
    assert not window.editor_dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.editor_dock.isVisible() and window.actions.edit_article.isChecked()
    editor = window.editor
    assert editor.article_id == window.sample_id
    assert "编辑(&E)" in [a.text() for a in window.menuBar().actions()]

    body = editor.state.body
    s = body.index("宋晨曦")
    editor.mark_official(s, s + 3, "宋晨曦", ("市委常委",))
    assert window.windowHandle().title() == "西宁市委召开脱贫攻坚工作会议* — 政文阅览"
    assert editor.undo_action.text() == "撤销 标记官员 宋晨曦"
    # the reader shows the working copy with the new highlight
    qtbot.waitUntil(lambda: any(o.name == "宋晨曦" for o in window.reader.article.officials), timeout=2000)
    assert any(t.startswith("宋晨曦") for t in window.entities.official_texts())

    # closing asks; Cancel keeps the window open
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.close()
    assert window.isVisible()
    with qtbot.waitSignal(editor.saved):  # the save runs in the writer lane
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.windowHandle().title() == "西宁市委召开脱贫攻坚工作会议 — 政文阅览"
    assert any(o.name == "宋晨曦" for o in store.article(window.sample_id).officials)


def test_task_board_opens_the_article_at_the_task(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    board = window.task_board
    assert board is not None and board.isVisible()
    board.scope.setCurrentIndex(board.scope.findData(False))  # 全部任务
    board.text.setText("尽锐出战")
    row = board.shown_rows()[0]
    board.table.doubleClicked.emit(board.model.index(0, COL_TEXT))
    cursor = window.reader.view.textCursor()
    assert cursor.selectedText() == row.task.text


def test_a_draft_is_offered_at_the_next_start(qtbot, store, ui_state, monkeypatch):
    sample = add_sample(store)
    state = store.article_state(sample)
    drafts.write_draft(store.path.parent / "drafts", sample, drafts.set_field(state, "note", "断电前的草稿"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    w = open_window(qtbot, store, ui_state)
    qtbot.waitUntil(lambda: w.editor.is_dirty(), timeout=2000)
    assert w.editor.state.note == "断电前的草稿" and w.editor_dock.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


class _Calls:
    """Counts a pane's show_article calls (the reader's and the entities pane's redraws)."""

    def __init__(self, monkeypatch, pane):
        self.articles = []
        show = pane.show_article

        def counted(article, *args, **kwargs):
            self.articles.append(article)
            return show(article, *args, **kwargs)

        monkeypatch.setattr(pane, "show_article", counted)


def test_opening_an_article_reads_it_once_and_draws_it_once(qtbot, store, ui_state, monkeypatch):
    """Opening an article reads it once for every pane; the hidden editor does not load it (it
    loads when its dock is shown), and loading it is no edit: it sends no preview that would make
    the reader and the entities pane draw the unchanged article a second time."""
    from handmade import add_plain

    sample = add_sample(store)
    other = add_plain(store, "另一篇", "  另一篇的正文。", date="2018-01-01")
    w = open_window(qtbot, store, ui_state)
    qtbot.wait(600)  # the first article's own load has settled
    reader, entities = _Calls(monkeypatch, w.reader), _Calls(monkeypatch, w.entities)
    reads = {"article": 0, "article_state": 0}
    for name in reads:
        def counted(*args, _name=name, _real=getattr(store, name)):
            reads[_name] += 1
            return _real(*args)
        monkeypatch.setattr(store, name, counted)
    previews = []
    w.editor.preview_changed.connect(previews.append)
    for article_id in (other, sample):
        assert w.article_list.select_article(article_id)
        qtbot.wait(PREVIEW_DELAY_MS + 200)
    assert [a.id for a in reader.articles] == [other, sample]
    assert [a.id for a in entities.articles] == [other, sample]
    assert reads == {"article": 2, "article_state": 0}  # once per article; the hidden editor read nothing
    assert previews == []

    w.actions.edit_article.trigger()  # the editor's dock shown: now it loads the open article
    assert w.editor.article_id == sample and reads == {"article": 2, "article_state": 1}
    qtbot.wait(PREVIEW_DELAY_MS + 200)
    assert previews == [] and len(reader.articles) == 2

    # A real edit shows in the reader, and undoing it shows the stored text again.
    editor = w.editor
    editor.fields["title"].setText("改过的标题")
    editor.fields["title"].textEdited.emit("改过的标题")
    qtbot.waitUntil(lambda: w.reader.article.title == "改过的标题", timeout=2000)
    assert len(previews) == 1 and entities.articles[-1].title == "改过的标题"
    editor.undo_stack.undo()
    qtbot.waitUntil(lambda: w.reader.article.title == store.article(sample).title, timeout=2000)
    assert len(previews) == 2
    qtbot.wait(PREVIEW_DELAY_MS + 200)
    assert len(previews) == 2 and len(reader.articles) == 4  # each change drawn once


def test_the_board_is_a_view_of_the_main_window_that_keeps_its_filters(qtbot, window):
    """Point 16: it was a floating window over the main window."""
    from PySide6.QtWidgets import QApplication

    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    board = window.task_board
    assert not board.isWindow() and window.views.currentWidget() is board
    assert [window.views.tabText(i) for i in range(window.views.count())] == ["阅读", "督办"]
    board.scope.setCurrentIndex(board.scope.findData(False))
    board.text.setText("尽锐出战")
    board.table.sortByColumn(COL_TEXT, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    board.table.setFocus()
    qtbot.keyClick(board.table, Qt.Key.Key_Escape)  # back to the reader
    assert window.views.currentIndex() == 0 and window.article_list.view.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.views.currentWidget() is board and board.text.text() == "尽锐出战"
    assert board.table.horizontalHeader().sortIndicatorSection() == COL_TEXT
    qtbot.keyClick(board.table, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.views.currentIndex() == 0
