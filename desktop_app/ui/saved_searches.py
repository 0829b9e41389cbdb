"""Saved searches: SavedSearchesButton, a menu beside the search box to save the current search and
filters under a name and bring them back, and SavedSearchesList, the same searches as a list in the
sidebar (one click brings one back). Both emit restore_requested(SavedSearch). The searches are the
library's (ui/library_searches.py keeps them there): the button shows a save or delete at once and
says so with `saved` / `removed`, giving the list before it to go back to if the library refuses."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QInputDialog, QListWidget, QListWidgetItem, QMenu, QMessageBox, QToolButton

from ..search.filters import SavedSearch
from .plain_text import tip


class SavedSearchesButton(QToolButton):
    restore_requested = Signal(object)  # SavedSearch
    changed = Signal(list)  # the whole list after a save or delete, or when the library's is shown
    saved = Signal(object, list)  # (the SavedSearch saved, the list before it)
    removed = Signal(str, list)  # (the name deleted, the list before it)

    def __init__(self, current: Callable[[], SavedSearch], searches: list[SavedSearch] | None = None,
                 parent=None):
        super().__init__(parent)
        self._current = current
        self.searches: list[SavedSearch] = list(searches or [])
        self.setText(self.tr("★"))
        self.setToolTip(self.tr("已保存的搜索:保存当前的搜索词和筛选条件,或再次打开"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAutoRaise(True)
        self.menu_ = QMenu(self)
        self.menu_.aboutToShow.connect(self._fill)
        self.setMenu(self.menu_)
        self._fill()

    def set_searches(self, searches: list[SavedSearch]) -> None:
        """Show these (the library's, once read)."""
        self.searches = list(searches)
        self._fill()
        self.changed.emit(list(self.searches))

    def _fill(self) -> None:
        menu = self.menu_
        menu.clear()
        menu.addAction(self.tr("保存当前搜索(&S)…"), self.save_current)
        if self.searches:
            menu.addSeparator()
            for s in self.searches:
                action = menu.addAction(s.name)
                action.setToolTip(tip(self._describe(s)))
                action.triggered.connect(lambda _checked=False, s=s: self.restore_requested.emit(s))
            menu.addSeparator()
            remove = menu.addMenu(self.tr("删除(&D)"))
            for s in self.searches:
                remove.addAction(s.name).triggered.connect(lambda _checked=False, s=s: self.remove(s.name))
        menu.setToolTipsVisible(True)

    def _describe(self, s: SavedSearch) -> str:
        parts = [s.text] if s.text else []
        f = s.filters
        if f.date_from or f.date_to:
            parts.append(f"{f.date_from or '…'} – {f.date_to or '…'}")
        parts += [x for x in (f.source, f.official and self.tr("官员:") + f.official, f.tag) if x]
        return " · ".join(parts)

    def save_current(self, name: str | None = None) -> SavedSearch | None:
        """Save what the list shows now; asks for a name unless given one (a same name replaces)."""
        current = self._current()
        if not current.text and current.filters.empty:
            QMessageBox.information(self, self.tr("保存搜索"), self.tr("请先输入搜索词或设置筛选条件。"))
            return None
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("保存搜索"), self.tr("名称:"),
                                            text=current.text or self._describe(current))
            if not ok:
                return None
        name = name.strip()
        if not name:
            return None
        saved = SavedSearch(name, current.text, current.filters)
        before = list(self.searches)
        self.searches = [s for s in self.searches if s.name != name] + [saved]
        self._fill()
        self.changed.emit(list(self.searches))
        self.saved.emit(saved, before)
        return saved

    def remove(self, name: str) -> None:
        before = list(self.searches)
        self.searches = [s for s in self.searches if s.name != name]
        self._fill()
        self.changed.emit(list(self.searches))
        self.removed.emit(name, before)


class SavedSearchesList(QListWidget):
    """The saved searches in the sidebar under the filters; hidden while there are none."""

    restore_requested = Signal(object)  # SavedSearch

    def __init__(self, searches: list[SavedSearch], parent=None):
        super().__init__(parent)
        self.setToolTip(self.tr("已保存的搜索:单击即按它搜索"))
        self.setMaximumHeight(6 * self.fontMetrics().height() + 8)
        self.itemClicked.connect(lambda item: self.restore_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.show_searches(searches)

    def show_searches(self, searches: list[SavedSearch]) -> None:
        self.clear()
        for s in searches:
            item = QListWidgetItem("★ " + s.name, self)
            item.setData(Qt.ItemDataRole.UserRole, s)
        self.setVisible(bool(searches))
