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


def test_the_window_refuses_another_programs_database_in_words(qtbot, tmp_path, monkeypatch):
    """Issue 15 point 3 in the window: the store is refused untouched, the message names the reason."""
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from desktop_app import app

    db = tmp_path / "History"
    conn = sqlite3.connect(str(db))
    conn.execute("CREATE TABLE urls (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(app, "start_logging", lambda: None)
    assert app.run_gui(str(db)) == 1
    assert shown and "不是政文阅览的文库" in shown[0] and "not_a_store" not in shown[0]
    assert db.read_bytes() == before
