"""ListKeys: the keyboard between the search box and the article list. Down or Enter in the search
box moves into the results; Home and End in the list go to the first and last article (a table's
Home/End move between its columns, which select nothing new in a list of whole rows)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

_INTO_RESULTS = (Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Return, Qt.Key.Key_Enter)
_ENDS = (Qt.Key.Key_Home, Qt.Key.Key_End)


class ListKeys(QObject):
    def __init__(self, search, view, apply_search, select_first, parent=None):
        super().__init__(parent)
        self._search, self._view = search, view
        self._apply_search, self._select_first = apply_search, select_first
        search.installEventFilter(self)
        view.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if obj is self._search and key in _INTO_RESULTS and mods == Qt.KeyboardModifier.NoModifier:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._apply_search()  # at once, not after the typing pause
            self.enter_results()
            return True
        if obj is self._view and key in _ENDS and not mods & Qt.KeyboardModifier.ControlModifier:
            # Home/End as Ctrl+Home/Ctrl+End: first/last row (Shift still extends the selection)
            QApplication.sendEvent(self._view, QKeyEvent(QEvent.Type.KeyPress, key,
                                                         mods | Qt.KeyboardModifier.ControlModifier))
            return True
        return False

    def enter_results(self) -> None:
        """Focus on the list, on the open article's row (the first when none is selected)."""
        self._view.setFocus(Qt.FocusReason.TabFocusReason)
        if not self._view.currentIndex().isValid():
            self._select_first()
