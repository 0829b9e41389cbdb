"""文件 → 新建资料库… / 打开资料库… / 最近打开: choosing a library file. LibraryMenu asks (file dialogs,
LibrariesDialog, the recent submenu) and emits `library_requested(path)`; the session opens it."""
from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QLabel, QListWidget, QListWidgetItem, QMenu,
                               QPushButton, QVBoxLayout, QWidget)

from . import icons

FILTER_SUFFIX = ".db"


def _size(path: str) -> str:
    n: float
    try:
        n = os.path.getsize(path)
    except OSError:
        return ""
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return ""


def _modified(path: str) -> str:
    try:
        return _dt.datetime.fromtimestamp(os.path.getmtime(path)).strftime("%Y-%m-%d %H:%M")
    except OSError:
        return ""


class LibraryMenu(QObject):
    """The library actions of the 文件 menu. `current` is the open library's file."""

    library_requested = Signal(str)

    def __init__(self, state, current: str | Path, default: str | Path, parent: QWidget):
        super().__init__(parent)
        self.state = state
        self.current = os.path.abspath(current)
        self.default = os.path.abspath(default)
        self.recent_menu = QMenu(self.tr("最近打开(&R)"), parent)
        self.recent_menu.setObjectName("recent_libraries")
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        self.fill_recent()

    def name(self, path: str) -> str:
        """What a library is called: 默认资料库 for the one in the data folder, else its file name."""
        return self.tr("默认资料库") if os.path.abspath(path) == self.default else Path(path).stem

    def libraries(self) -> list[str]:
        """The recent libraries, the open one first, and the default one (always offered)."""
        found = [self.current] + [p for p in self.state.recent_libraries() if os.path.abspath(p) != self.current]
        if self.default not in found and os.path.exists(self.default):
            found.append(self.default)
        return found

    def fill_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        for i, path in enumerate(self.libraries()):
            # The path is shown: two libraries may have the same file name in different folders.
            label = f"{self.name(path)}    {path}".replace("&", "&&")
            action = menu.addAction(f"&{i + 1}  {label}" if i < 9 else label)
            action.setData(path)
            action.setCheckable(True)
            action.setChecked(path == self.current)
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.request(p))
        if menu.isEmpty():
            menu.addAction(self.tr("(没有)")).setEnabled(False)

    def request(self, path: str) -> None:
        if os.path.abspath(path) != self.current:
            self.library_requested.emit(os.path.abspath(path))

    def new_library(self) -> str | None:
        """文件 → 新建资料库…: a file name for an empty library, opened in this window."""
        owner = self.parent()
        parent = owner if isinstance(owner, QWidget) else None
        start = str(Path(self.default).parent / self.tr("新资料库"))
        path, _ = QFileDialog.getSaveFileName(parent, self.tr("新建资料库"), start,
                                              self.tr("政文阅览资料库 (*.db)"))
        if not path:
            return None
        if not path.lower().endswith(FILTER_SUFFIX):
            path += FILTER_SUFFIX
        self.request(path)
        return path

    def open_library(self) -> LibrariesDialog:
        """文件 → 打开资料库…: the recent libraries with their place and size, or another file."""
        dialog = LibrariesDialog(self, self.parent())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self.request)
        dialog.open()
        return dialog


class LibrariesDialog(QDialog):
    """Pick a library: the recent ones (name, path, size, last change), 浏览… for another file,
    新建… for an empty one."""

    chosen = Signal(str)

    def __init__(self, menu: LibraryMenu, parent=None):
        super().__init__(parent)
        self.menu = menu
        self.setWindowTitle(self.tr("打开资料库"))
        self.resize(640, 380)
        intro = QLabel(self.tr("每个资料库是一个独立的文件,有自己的文章、筛选条件、保存的搜索和上次阅读的文章。"), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAlternatingRowColors(True)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept_selected())
        for path in menu.libraries():
            details = " · ".join(x for x in (_size(path), self.tr("修改于 {0}").format(_modified(path))
                                              if _modified(path) else "") if x)
            mark = self.tr("(当前)") if path == menu.current else ""
            item = QListWidgetItem(icons.icon("open_library"), f"{menu.name(path)}{mark}\n{path}\n{details}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.list.addItem(item)
        self.list.setCurrentRow(1 if self.list.count() > 1 else 0)
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(self.tr("打开"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.browse_button = QPushButton(self.tr("浏览其他文件…"), self)
        self.new_button = QPushButton(self.tr("新建资料库…"), self)
        buttons.addButton(self.browse_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.clicked.connect(self.accept_selected)
        self.browse_button.clicked.connect(self.browse)
        self.new_button.clicked.connect(self.new)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def accept_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.accept()
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("打开资料库"), str(Path(self.menu.current).parent),
                                              self.tr("政文阅览资料库 (*.db);;所有文件 (*)"))
        if path:
            self.accept()
            self.chosen.emit(path)

    def new(self) -> None:
        self.accept()
        self.menu.new_library()
