"""Undo commands of the editing pane: every edit swaps one immutable article state for another."""
from __future__ import annotations

import time

from PySide6.QtGui import QUndoCommand

MERGE_WINDOW = 1.5  # seconds: keystrokes closer together than this are one undo step
_IDS: dict[str, int] = {}


def _merge_id(key: str | None) -> int:
    if key is None:
        return -1
    return _IDS.setdefault(key, len(_IDS) + 1)


class StateCommand(QUndoCommand):
    """Replace the editor's state `before` with `after`.

    `applied`: the widget already shows the change (typing), so the first redo only records it.
    Commands with the same `merge_key` pushed within MERGE_WINDOW seconds merge into one step.
    """

    def __init__(self, editor, before, after, text: str, merge_key: str | None = None, applied: bool = False):
        super().__init__(text)
        self.editor = editor
        self.before = before
        self.after = after
        self.merge_key = merge_key
        self._applied = applied
        self._time = time.monotonic()

    def id(self) -> int:
        return _merge_id(self.merge_key)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, StateCommand) or other.merge_key != self.merge_key:
            return False
        if other._time - self._time > MERGE_WINDOW:
            return False
        self.after = other.after
        self._time = other._time
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            self.editor.set_state(self.after, update_widgets=False)
        else:
            self.editor.set_state(self.after)

    def undo(self) -> None:
        self.editor.set_state(self.before)
