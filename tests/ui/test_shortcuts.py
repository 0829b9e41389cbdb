"""Every shortcut the shortcuts dialog lists works: the test presses each key of each listed command
in the window and checks what the user sees happen. Redo answers Ctrl+Shift+Z and Ctrl+Y on every
platform, and no key is bound twice (Qt then does nothing but warn "Ambiguous shortcut overload")."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop_app.ui import actions as actions_module
from desktop_app.ui.about_dialog import AboutDialog, plain_text
from handmade import add_plain, add_sample, open_window

NATIVE = QKeySequence.SequenceFormat.NativeText


@pytest.fixture
def window(qtbot, store, ui_state, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (asked.append("files"), ([], ""))[1])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: (asked.append("folder"), "")[1])
    add_plain(store, "较早的一篇", "旧闻正文。王晓在会上讲话。", date="2018-01-01", source="新华社")
    add_sample(store)
    w = open_window(qtbot, store, ui_state)
    w.asked = asked
    return w


def _press(qtbot, window, key: QKeySequence) -> None:
    """The key, as a user presses it, with the focus in the article list (where it is after start)."""
    window.activateWindow()
    window.article_list.view.setFocus()
    combo = key[0]
    qtbot.keyClick(QApplication.focusWidget() or window, combo.key(), combo.keyboardModifiers())


def _listed(window) -> list[tuple[str, list[QKeySequence]]]:
    """(action name, keys) as the shortcuts dialog lists them, read from the dialog itself."""
    dialog = window.open_about(1)
    rows = dialog.shortcut_list()
    dialog.close()
    by_text = {plain_text(a.text()): a for a in window.shortcut_actions()}
    return [(by_text[command].objectName(), [QKeySequence(k, NATIVE) for k in keys.split(" / ")])
            for command, keys, _tip in rows]


def _top(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def _close_dialogs():
    for w in QApplication.topLevelWidgets():
        if w.isVisible() and w.isWindow() and w.objectName() != "MainWindow":
            w.close()


def _effects(qtbot, window, store):
    """name -> (prepare, check): what each command visibly does. prepare() runs before the key."""
    from desktop_app.ui.library_menu import LibrariesDialog
    from desktop_app.ui.paste_dialog import PasteDialog
    from desktop_app.ui.settings_dialog import SettingsDialog

    lst, reader = window.article_list, window.reader
    ctx = {}

    def zoom_check(sign):
        def prepare():
            ctx["zoom"] = reader.zoom
        def check():
            return (reader.zoom - ctx["zoom"]) * sign > 0 if sign else reader.zoom == 0
        return prepare, check

    def article_changes():
        def prepare():
            ctx["article"] = lst.current_article()
        return prepare, lambda: lst.current_article() != ctx["article"]

    def search_hit(step):
        def prepare():
            lst.search.setText("王晓")
            lst.apply_search()
            lst.select_first()
            qtbot.waitUntil(lambda: bool(reader.hits))
            ctx["hit"] = reader.hit_index
        return prepare, lambda: reader.hit_index != ctx["hit"] and reader.view.textCursor().selectedText() == "王晓"

    def refresh():
        def prepare():
            lst.search.clear()
            lst.apply_search()
            add_plain(store, "刚加入的一篇", "新的正文。", date="2017-05-05")
        return prepare, lambda: lst.model.row_of(store.article_ids("刚加入")[0]) >= 0

    def editor_ready():
        if not window.editor_dock.isVisible():
            window.actions.edit_article.trigger()
        field = window.editor.fields["title"]
        field.selectAll()
        field.insert("改过的标题")  # as typed (textEdited); keyClicks cannot type Chinese
        qtbot.waitUntil(lambda: window.editor.state.title == "改过的标题")

    def undo():
        def prepare():
            editor_ready()
        return prepare, lambda: window.editor.state.title != "改过的标题"

    def redo():
        def prepare():
            editor_ready()
            window.editor.undo_action.trigger()
            assert window.editor.state.title != "改过的标题"
        return prepare, lambda: window.editor.state.title == "改过的标题"

    def save():
        def prepare():
            editor_ready()
        # (the save runs in the writer lane: done when it is stored and the editor is clean again)
        return prepare, lambda: not window.editor.is_dirty() and any(
            store.article(i).title == "改过的标题" for i in store.article_ids(None))

    def shown(attr):
        return lambda: None, lambda: getattr(window, attr, None) is not None and getattr(window, attr).isVisible()

    def deletes():
        def prepare():
            ctx["count"] = len(store.article_ids(None))
        return prepare, lambda: len(store.article_ids(None)) == ctx["count"] - 1 and len(store.trashed()) >= 1

    nothing = lambda: None  # noqa: E731
    return {
        "import_files": (nothing, lambda: window.asked[-1:] == ["files"]),
        "import_folder": (nothing, lambda: window.asked[-1:] == ["folder"]),
        "paste_article": (lambda: QApplication.clipboard().setText("标题\n正文一段。"), lambda: bool(_top(PasteDialog))),
        "export": shown("export_pane"),
        "print": (nothing, lambda: window.printer.dialog is not None and window.printer.dialog.isVisible()),
        "quit": (nothing, lambda: not window.isVisible()),
        "search": (nothing, lambda: lst.search.hasFocus()),
        "find_next": search_hit(1),
        "find_previous": search_hit(-1),
        "refresh": refresh(),
        "next_article": article_changes(),
        "previous_article": article_changes(),
        "zoom_in": zoom_check(1),
        "zoom_out": zoom_check(-1),
        "zoom_reset": (lambda: reader.set_zoom(3), lambda: reader.zoom == 0),
        "settings": (nothing, lambda: bool(_top(SettingsDialog))),
        "edit_article": (lambda: window.editor_dock.hide(), lambda: window.editor_dock.isVisible()),
        "task_board": shown("task_board"),
        "statistics": shown("stats_view"),
        "people_index": shown("people_index"),
        "shortcuts": (nothing, lambda: any(d.tabs.currentIndex() == 1 for d in _top(AboutDialog))),
        "open_library": (nothing, lambda: bool(_top(LibrariesDialog))),
        "delete_articles": deletes(),
        "undo": undo(),
        "redo": redo(),
        "save": save(),
    }


def test_every_listed_shortcut_does_what_it_says(qtbot, window, store):
    listed = _listed(window)
    names = [name for name, _keys in listed]
    assert {"undo", "redo", "save", "search", "shortcuts"} <= set(names)
    effects = _effects(qtbot, window, store)
    assert set(names) <= set(effects), f"no check for {set(names) - set(effects)}"
    failed = []
    order = ("delete_articles", "quit")  # these two last: they take an article, the window away
    for name, keys in sorted(listed, key=lambda item: order.index(item[0]) if item[0] in order else -1):
        for key in keys:
            _close_dialogs()
            window.show_reader()  # Ctrl+T shows the 督办 view; the list keys work in the reader
            if name == "previous_article":
                window.article_list.select_next()
            prepare, check = effects[name]
            prepare()
            _press(qtbot, window, key)
            try:
                qtbot.waitUntil(check, timeout=2000)
            except (AssertionError, TimeoutError, Exception):  # noqa: B014
                failed.append(f"{name} {key.toString()}")
            if name == "quit":
                window.show()
                qtbot.waitExposed(window)
    _close_dialogs()
    assert not failed


def test_redo_answers_both_keys_and_no_key_is_bound_twice(qtbot, store, ui_state, monkeypatch):
    """On Linux (X11 key scheme) Qt's standard Redo is Ctrl+Shift+Z alone: Ctrl+Shift+Z was bound twice
    (ambiguous: nothing happened) and Ctrl+Y not at all. Simulate that scheme here."""
    x11 = {QKeySequence.StandardKey.Redo: [QKeySequence("Ctrl+Shift+Z")],
           QKeySequence.StandardKey.Undo: [QKeySequence("Ctrl+Z")],
           QKeySequence.StandardKey.Save: [QKeySequence("Ctrl+S")]}
    monkeypatch.setattr(actions_module, "standard_keys", lambda key: x11.get(key, []))
    add_sample(store)
    w = open_window(qtbot, store, ui_state)
    redo = [k.toString() for k in w.editor.redo_action.shortcuts()]
    assert sorted(redo) == ["Ctrl+Shift+Z", "Ctrl+Y"]
    bound = [k.toString() for a in w.shortcut_actions() for k in a.shortcuts()]
    assert len(bound) == len(set(bound)), sorted(k for k in bound if bound.count(k) > 1)
