"""Issue 15, point 7: a title is data, never markup — the editor's heading shows it as plain text.
(In tests/ui, not tests/core/test_hostile_*.py: it needs widgets.)"""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.ui.editor_pane import EditorPane
from handmade import add_plain

HOSTILE = '<img src="/usr/share/icons/hicolor/48x48/apps/python3.png"><b>粗体</b>'


def test_the_editor_heading_shows_a_markup_title_as_its_characters(qtbot, store, tmp_path):
    article = add_plain(store, HOSTILE, "正文一段。")
    pane = EditorPane(store, tmp_path / "drafts")
    qtbot.addWidget(pane)
    pane.show()
    pane.load_article(article)
    assert pane.heading.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE in pane.heading.text()
    # drawn as text: the label is as wide as the characters, not as an image
    assert pane.heading.sizeHint().height() < 100
