"""The editing pane alone: typing is stored, undo/redo restore exact text and spans, drafts, asking."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QTextEdit

from desktop_app.editing import drafts
from desktop_app.ui.editor_pane import EditorPane, qt_to_py
from handmade import add_plain, add_sample, sample_extraction

Btn = QMessageBox.StandardButton


@pytest.fixture
def pane(qtbot, store, tmp_path):
    sample = add_sample(store)
    other = add_plain(store, "另一篇", "另一篇的正文。", date="2018-01-01")
    p = EditorPane(store, tmp_path / "drafts", extract=lambda body, title="", subtitle="": sample_extraction(body))
    qtbot.addWidget(p)
    p.resize(700, 900)
    p.show()
    p.load_article(sample)
    p.sample_id, p.other_id = sample, other
    return p


def _spans(state):
    m = drafts.merged(state)
    return ([(o.name, [(x.start, x.end) for x in o.mentions]) for o in m.officials],
            [(t.id, t.start, t.end, t.text, t.speaker, t.level) for t in m.tasks])


def type_text(widget, text: str) -> None:
    """Type as a Chinese input method does: each phrase arrives committed (QTest cannot type non-ASCII)."""
    widget.setFocus()
    for ch in text:
        event = QInputMethodEvent("", [])
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)


def _caret_at(edit, py_index: int) -> None:
    text = edit.toPlainText()
    cursor = edit.textCursor()
    cursor.setPosition(py_index + sum(1 for ch in text[:py_index] if ord(ch) > 0xFFFF))
    edit.setTextCursor(cursor)


def test_typing_is_stored_on_save(qtbot, pane, store):
    title = pane.fields["title"]
    title.selectAll()
    type_text(title, "西宁市脱贫攻坚会议")
    pane.fields["source"].clear()
    type_text(pane.fields["source"], "西宁日报")
    type_text(pane.fields["tags"], "脱贫、会议")
    type_text(pane.note, "待核对")
    pane.body.setFocus()
    _caret_at(pane.body, 0)
    type_text(pane.body, "青海湖畔")
    assert pane.is_dirty()
    assert "*" in pane.heading.text()
    with qtbot.waitSignal(pane.saved):
        qtbot.keyClick(pane, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    a = store.article(pane.sample_id)
    assert (a.title, a.source, a.tags, a.note) == ("西宁市脱贫攻坚会议", "西宁日报", ("脱贫", "会议"), "待核对")
    assert a.body.startswith("青海湖畔2月27日")
    assert store.article_ids("青海湖畔") == [pane.sample_id]
    assert all(a.body[m.start:m.end] == o.name for o in a.officials for m in o.mentions)
    assert all(a.body[t.start:t.end] == t.text for t in a.tasks)
    assert not pane.is_dirty() and "*" not in pane.heading.text()


def test_undo_redo_restore_exact_text_and_spans(qtbot, pane):
    original = pane.state
    task = next(t for t in original.auto.tasks if t.text == "二要做到尽锐出战")
    pane.body.setFocus()
    _caret_at(pane.body, task.start + 2)  # inside the task: 二要|做到
    type_text(pane.body, "𠮷切实")
    _caret_at(pane.body, 0)
    qtbot.keyClick(pane.body, Qt.Key.Key_Delete)  # a deletion before every span
    edited = pane.state
    assert edited.body == original.body.replace("二要做到", "二要𠮷切实做到")[1:]
    moved = next(t for t in drafts.merged(edited).tasks if t.id == task.id)
    assert moved.text == "二要𠮷切实做到尽锐出战" and moved.review
    assert pane.undo_stack.count() >= 1

    while pane.undo_stack.canUndo():
        qtbot.keyClick(pane.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pane.body.toPlainText() == original.body
    assert pane.state == original and _spans(pane.state) == _spans(original)
    assert not pane.is_dirty()

    while pane.undo_stack.canRedo():
        qtbot.keyClick(pane.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert pane.body.toPlainText() == edited.body
    assert _spans(pane.state) == _spans(edited)


def test_one_stack_for_text_metadata_and_highlights(qtbot, pane):
    original = pane.state
    qtbot.keyClicks(pane.fields["views"], "123")
    s = original.body.index("宋晨曦")
    pane.mark_official(s, s + 3, "宋晨曦", ("市委常委", "秘书长"))
    pane.set_task("t1", "张晓容", None)
    texts = [pane.undo_stack.text(i) for i in range(pane.undo_stack.count())]
    assert texts == ["修改浏览量", "标记官员 宋晨曦", "修改任务"]
    assert pane.undo_action.text() == "撤销 修改任务"
    pane.undo_stack.undo()
    pane.undo_stack.undo()
    assert drafts.merged(pane.state) == drafts.merged(original)
    assert pane.fields["views"].text() == "123"
    pane.undo_stack.undo()
    assert pane.fields["views"].text() == "" and pane.state == original


def test_a_bad_date_says_why_and_is_not_saved(qtbot, pane, store):
    date = pane.fields["date"]
    date.selectAll()
    qtbot.keyClicks(date, "2019-02-30")
    assert pane.date_message.isVisible() and "没有这一天" in pane.date_message.text()
    assert pane.save() is False
    assert "未保存" in pane.status.text()
    assert store.article(pane.sample_id).date == "2019-03-01"
    date.selectAll()
    type_text(date, "2019年3月2日")
    assert not pane.date_message.isVisible()
    assert pane.save() and pane.wait_saved() and store.article(pane.sample_id).date == "2019-03-02"


def test_reextraction_keeps_a_manual_correction(qtbot, pane, store):
    body = pane.state.body
    s = body.index("宋晨曦")
    pane.mark_official(s, s + 3, "宋晨曦", ("市委常委",))
    w = body.index("王晓")
    pane.remove_highlights(w, w + 2)
    assert pane.save() and pane.wait_saved()
    pane.reextract()  # the extractor runs again on the body
    shown = drafts.merged(pane.state)
    assert any(o.name == "宋晨曦" for o in shown.officials)
    assert all(m.start != w for o in shown.officials for m in o.mentions)
    assert pane.save() is True and pane.wait_saved()
    store.replace_extraction(pane.sample_id, sample_extraction(body))
    a = store.article(pane.sample_id)
    assert next(o for o in a.officials if o.name == "宋晨曦").mentions[0].start == s
    pane.reset_to_automatic()
    assert not any(o.name == "宋晨曦" for o in drafts.merged(pane.state).officials)
    pane.undo_stack.undo()
    assert any(o.name == "宋晨曦" for o in drafts.merged(pane.state).officials)


def test_abandoned_window_leaves_a_restorable_draft(qtbot, store, tmp_path, monkeypatch):
    sample = add_sample(store)
    folder = tmp_path / "drafts"
    first = EditorPane(store, folder)
    qtbot.addWidget(first)
    first.load_article(sample)
    first.body.setFocus()
    _caret_at(first.body, 0)
    type_text(first.body, "草稿文字")
    qtbot.waitUntil(lambda: drafts.draft_path(folder, sample).exists(), timeout=3000)
    typed = first.state
    first.hide()  # the process "dies": no save, no question, nothing cleaned up
    assert store.article(sample).body == drafts.state_of(store.article(sample), typed.auto, typed.corrections).body

    second = EditorPane(store, folder)
    qtbot.addWidget(second)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Btn.Yes)
    assert second.offer_drafts() == sample
    assert second.state == typed and second.body.toPlainText().startswith("草稿文字")
    assert second.is_dirty()
    assert second.save() and second.wait_saved()
    assert store.article(sample).body.startswith("草稿文字") and not second.pending_drafts()


def test_switching_with_unsaved_changes_asks(qtbot, pane, store, monkeypatch):
    type_text(pane.fields["subtitle"], "补充")
    answers = iter([Btn.Cancel, Btn.Discard])
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), next(answers))[1])
    assert pane.load_article(pane.other_id) is False and pane.article_id == pane.sample_id
    assert pane.load_article(pane.other_id) is True and pane.article_id == pane.other_id
    assert len(asked) == 2 and "未保存" in asked[0]
    assert "补充" not in store.article(pane.sample_id).subtitle
    type_text(pane.fields["subtitle"], "再改")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Btn.Save)
    assert pane.confirm_discard() and pane.wait_saved() and store.article(pane.other_id).subtitle == "再改"


def test_reader_menu_marks_and_removes_highlights(qtbot, pane):
    body = pane.state.body
    view = QTextEdit()
    qtbot.addWidget(view)
    view.setPlainText("标题\n" + body)
    base = 3
    s = body.index("宋晨曦")
    cursor = view.textCursor()
    cursor.setPosition(base + s)
    cursor.setPosition(base + s + 3, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    menu = QMenu()
    pane.add_highlight_actions(menu, view, base, base + s)
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert {"标记为官员…", "标记为任务…", "移除高亮"} <= set(actions)
    monkeypatch_dialog = lambda start, end: pane.mark_official(start, end, body[start:end], ("市委常委",))  # noqa: E731
    pane._ask_official = monkeypatch_dialog
    menu = QMenu()
    pane.add_highlight_actions(menu, view, base, base + s)
    next(a for a in menu.actions() if a.text() == "标记为官员…").trigger()
    assert any(o.name == "宋晨曦" for o in drafts.merged(pane.state).officials)
    menu = QMenu()
    pane.add_highlight_actions(menu, view, base, base + s)
    texts = [a.text() for a in menu.actions()]
    assert "修改 宋晨曦 的职务…" in texts and "全文标记“宋晨曦”" in texts
    next(a for a in menu.actions() if a.text() == "移除高亮").trigger()
    assert not any(o.name == "宋晨曦" for o in drafts.merged(pane.state).officials)


def test_qt_to_py_with_astral_characters():
    assert qt_to_py("𠮷a𠮷b", 0) == 0
    assert qt_to_py("𠮷a𠮷b", 2) == 1
    assert qt_to_py("𠮷a𠮷b", 5) == 3
    assert qt_to_py("𠮷a𠮷b", 99) == 4


def test_a_preview_is_sent_for_changes_only(qtbot, pane, store):
    """Loading an article sends no preview (the window draws it as stored); an edit sends one; discarding
    the edits sends the stored state back; an edit undone before the preview was due sends nothing."""
    from desktop_app.ui.editor_pane import PREVIEW_DELAY_MS

    previews = []
    pane.preview_changed.connect(previews.append)
    pane.load_article(pane.other_id)
    qtbot.wait(PREVIEW_DELAY_MS + 200)
    assert previews == []
    pane.fields["title"].setText("新标题")
    pane.fields["title"].textEdited.emit("新标题")
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=2000)
    assert previews[0].title == "新标题"
    pane.discard_changes()
    qtbot.waitUntil(lambda: len(previews) == 2, timeout=2000)
    assert previews[1].title == "另一篇" and previews[1].id == pane.other_id
    pane.fields["source"].setText("新华社")
    pane.fields["source"].textEdited.emit("新华社")
    pane.undo_stack.undo()
    qtbot.wait(PREVIEW_DELAY_MS + 200)
    assert len(previews) == 2
