"""SortHeader: a header whose sort arrow points the way the rows run — ▼ for newest first (dates
descending), ▲ for A→Z.

Qt draws a descending sort as an arrow pointing up (QHeaderView hands the style SortUp for
DescendingOrder), so the list sorted newest first showed ▲. The header swaps the two in the
option it gives the style, so every style and theme draws it the right way round.
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QHeaderView, QStyleOptionHeader

_SWAP = {QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
         QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp}


class SortHeader(QHeaderView):
    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)  # as the table's own header: click to sort, sections highlight
        self.setHighlightSections(True)

    def setSelectionModel(self, selection) -> None:  # noqa: N802 (Qt name)
        """The header gets a selection of its own, always empty, not the view's: to draw a section
        Qt asks whether its column is selected, which asks the model about every selected row —
        after Ctrl+A in a 100,000-article list each paint of the header froze the window 7 s. Rows
        are selected whole, so a selected column said nothing anyway."""
        super().setSelectionModel(QItemSelectionModel(selection.model(), self))

    def initStyleOptionForIndex(self, option, logical_index: int) -> None:  # noqa: N802 (Qt name)
        super().initStyleOptionForIndex(option, logical_index)
        option.sortIndicator = _SWAP.get(option.sortIndicator, option.sortIndicator)
