"""Merging two officials that are one person: from the officials tab (multi-select → 合并为同一人) and
from the reader's context menu; one undo step on the editor's stack; saved, and kept by re-extraction."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QTextEdit

from desktop_app.editing import drafts
from desktop_app.domain import Extraction, Official, Span, Task
from desktop_app.ui.editor_pane import EditorPane
from desktop_app.ui.entities_pane import EntitiesPane
from desktop_app.ui.merge_dialog import MergeDialog, preferred_name
from handmade import add_plain, open_window

BODY = "王晓同志主持会议。王晓强调,要抓好整改落实。市委书记王晓要求各地要压实责任。马坚出席。"


def _extraction(body: str = BODY) -> Extraction:
    a, b, c, d = body.index("王晓同志"), body.index("王晓强调"), body.index("王晓要求"), body.index("马坚")
    t1, t2 = body.index("要抓好整改落实"), body.index("要压实责任")
    return Extraction(
        officials=(Official("王晓同志", (), (Span(a, a + 4),)),
                   Official("王晓", ("市委书记",), (Span(b, b + 2), Span(c, c + 2))),
                   Official("马坚", ("市委副书记",), (Span(d, d + 2),))),
        tasks=(Task("t1", 1, "要抓好整改落实", t1, t1 + 7, speaker="王晓同志"),
               Task("t2", 1, "要压实责任", t2, t2 + 5, speaker="王晓")))


@pytest.fixture
def aid(store):
    return add_plain(store, "市委常委会会议", BODY, date="2019-03-01", extraction=_extraction())


@pytest.fixture
def editor(qtbot, store, aid, tmp_path):
    p = EditorPane(store, tmp_path / "drafts", extract=lambda body, title="", subtitle="": _extraction(body))
    qtbot.addWidget(p)
    p.load_article(aid)
    return p


def _names(state) -> list[str]:
    return [o.name for o in drafts.merged(state).officials]


def test_officials_tab_multi_select_asks_the_kept_name_and_emits(qtbot, store, aid):
    pane = EntitiesPane(store=store)
    qtbot.addWidget(pane)
    pane.show_article(store.article(aid))
    assert not pane.merge_button.isEnabled()
    items = [pane.officials.topLevelItem(i) for i in range(pane.officials.topLevelItemCount())]
    by_name = {it.data(0, Qt.ItemDataRole.UserRole + 1): it for it in items}
    by_name["王晓同志"].setSelected(True)
    assert not pane.merge_button.isEnabled()  # one is not a merge
    by_name["王晓"].setSelected(True)
    assert pane.merge_button.isEnabled()
    assert sorted(pane.selected_officials()) == ["王晓", "王晓同志"]
    dialog = pane.ask_merge()
    assert isinstance(dialog, MergeDialog)
    assert dialog.keep.currentText() == "王晓"  # the name the other contains
    with qtbot.waitSignal(pane.merge_requested) as sig:
        dialog.accept()
    assert sorted(sig.args[0]) == ["王晓", "王晓同志"] and sig.args[1] == "王晓"


def test_editor_merge_is_one_undo_step_and_is_saved(qtbot, editor, store, aid):
    before = editor.state
    assert editor.merge_officials(["王晓同志", "王晓"], "王晓")
    assert _names(editor.state) == ["王晓", "马坚"]
    assert {t.speaker for t in drafts.merged(editor.state).tasks} == {"王晓"}
    assert editor.undo_action.text() == "撤销 合并官员 王晓同志 → 王晓"
    assert editor.is_dirty()
    editor.undo_stack.undo()
    assert editor.state == before and not editor.is_dirty()
    editor.undo_stack.redo()
    assert _names(editor.state) == ["王晓", "马坚"]
    assert editor.save() and editor.wait_saved()
    assert [o.name for o in store.article(aid).officials] == ["王晓", "马坚"]
    editor.reextract()  # the extractor splits them again: the merge stays
    assert _names(editor.state) == ["王晓", "马坚"]
    steps = editor.undo_stack.count()
    assert not editor.merge_officials(["马坚"], "马坚")  # nothing to merge: no undo step
    assert editor.undo_stack.count() == steps


def test_reader_context_menu_merges(qtbot, editor):
    view = QTextEdit()
    qtbot.addWidget(view)
    view.setPlainText("标题\n" + BODY)
    base = 3
    at = base + BODY.index("王晓同志") + 1
    cursor = view.textCursor()
    cursor.setPosition(at)
    view.setTextCursor(cursor)
    menu = QMenu()
    editor.add_highlight_actions(menu, view, base, at)
    action = next(a for a in menu.actions() if a.text() == "与其他官员合并为同一人…")
    dialogs = []
    editor.ask_merge = lambda name: dialogs.append(EditorPane.ask_merge(editor, name)) or dialogs[-1]
    action.trigger()
    dialog = dialogs[0]
    assert dialog.names() == ["王晓同志", "王晓"]  # the clicked one and the likely same person, ticked
    assert dialog.keep.currentText() == "王晓"
    dialog.accept()
    assert _names(editor.state) == ["王晓", "马坚"]
    assert editor.undo_action.text().startswith("撤销 合并官员")


def test_merge_dialog_kept_name_can_be_typed(qtbot):
    dialog = MergeDialog(["王小", "王晓", "马坚"], {"王小", "王晓"}, "王晓")
    qtbot.addWidget(dialog)
    assert dialog.names() == ["王小", "王晓"]
    dialog.keep.setEditText("王晓明")
    assert dialog.values() == (["王小", "王晓"], "王晓明")
    dialog.set_checked({"王晓"})
    dialog.keep.setEditText("王晓")
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()  # one name kept as itself merges nothing
    assert preferred_name(["王晓同志", "王晓"]) == "王晓"
    assert preferred_name(["王小", "王晓"], {"王晓": 3, "王小": 1}) == "王晓"


def test_merge_in_the_window_from_the_officials_tab(qtbot, store, aid, ui_state):
    w = open_window(qtbot, store, ui_state)
    assert w.reader.article.id == aid
    w.entities.merge_requested.emit(["王晓同志", "王晓"], "王晓")
    qtbot.waitUntil(lambda: [o.name for o in w.reader.article.officials] == ["王晓", "马坚"], timeout=2000)
    assert [t.split(" — ")[0] for t in w.entities.official_texts()] == ["王晓", "马坚"]
    assert w.isWindowModified() and "* — 政文阅览" in w.windowHandle().title()
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(w.reader.article.officials) == 3, timeout=2000)
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(w.editor.saved):  # the save runs in the writer lane
        qtbot.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [o.name for o in store.article(aid).officials] == ["王晓", "马坚"]
    assert store.article_ids("官员:王晓同志") == []
