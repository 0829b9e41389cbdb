"""Line and text edits that leave Ctrl+Z to the editor pane's undo stack; Qt -> Python text offsets."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit


def qt_to_py(text: str, position: int) -> int:
    """A UTF-16 position in `text` -> Python string index."""
    units = 0
    for i, ch in enumerate(text):
        if units >= position:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


UNDO_KEYS = (QKeySequence("Ctrl+Z"), QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


def _is_undo_key(event) -> bool:
    """The pane's undo/redo keys (editor_pane binds these on every platform) and the platform's own."""
    pressed = QKeySequence(event.keyCombination())
    return (pressed in UNDO_KEYS or event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo))


class _NoOwnUndo:
    """Leave Ctrl+Z / Ctrl+Shift+Z to the pane's undo stack instead of the widget's own undo."""

    def event(self, event):
        if event.type() == QEvent.Type.ShortcutOverride and _is_undo_key(event):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event):
        if _is_undo_key(event):
            event.ignore()
            return
        super().keyPressEvent(event)


class FieldEdit(_NoOwnUndo, QLineEdit):
    pass


class TextEdit(_NoOwnUndo, QPlainTextEdit):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
