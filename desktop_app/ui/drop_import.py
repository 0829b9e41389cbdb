"""DropImport: an event filter that takes files and folders dropped anywhere on a window and emits
their paths (main_window hands them to the import job). Text drops are left to the widgets."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget


def local_paths(mime) -> list[str]:
    """The local files and folders in a drag's data (web links and other URLs are not ours)."""
    if mime is None or not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]


class DropImport(QObject):
    """Installed on a window and on its drop-accepting children (line edits and text views take text
    drops themselves, and a file dropped there would be pasted as its path). Emits
    `paths_dropped(list[str])`; while disabled (a read-only window) drops of files are refused."""

    paths_dropped = Signal(list)

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.enabled = True
        self._window = window
        self.install(window)

    def install(self, root: QWidget) -> None:
        """Watch `root` and every child of it that accepts drops now (call again for panes built later)."""
        root.setAcceptDrops(True)
        for w in [root, *root.findChildren(QWidget)]:
            if w is root or w.acceptDrops():
                w.removeEventFilter(self)
                w.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        # QDragEnterEvent and QDragMoveEvent are QDropEvents (PySide6 hands the filter the subclass)
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop) and isinstance(event, QDropEvent):
            paths = local_paths(event.mimeData())
            if not paths:
                return False  # text or links: the widget under the cursor handles them as usual
            if not self.enabled:
                event.ignore()
                return True
            event.acceptProposedAction()
            if kind == QEvent.Type.Drop:
                self.paths_dropped.emit(paths)
            return True
        return False
