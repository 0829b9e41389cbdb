"""AboutDialog: 帮助 → 关于 / 键盘快捷键 — version, data folder, store path, the shortcut list read
from the window's actions (never a hand-written copy) and the licence."""
from __future__ import annotations

import platform
import re
import sys
from pathlib import Path
from typing import Iterable

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QPlainTextEdit, QPushButton, QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from .. import __version__

PAGE_ABOUT, PAGE_SHORTCUTS, PAGE_LICENCE = range(3)

# The project's licence, shown when the LICENSE file is not beside the program (an installed wheel).
MIT_FALLBACK = """MIT License

Copyright (c) 2026 Zhengwen Reader contributors

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def licence_text() -> str:
    """LICENSE from the source tree or the installer bundle, else the same MIT text built in."""
    roots = [Path(getattr(sys, "_MEIPASS", "")) if getattr(sys, "_MEIPASS", None) else None,
             Path(__file__).resolve().parents[2]]
    for root in roots:
        if root is not None and (root / "LICENSE").is_file():
            return (root / "LICENSE").read_text(encoding="utf-8")
    return MIT_FALLBACK


def plain_text(action_text: str) -> str:
    """A menu text without its mnemonic and ellipsis: "导入文件(&I)…" -> "导入文件"."""
    text = re.sub(r"\(&\w\)", "", action_text)
    text = re.sub(r"&(?=[^&])", "", text).replace("&&", "&")
    return text.rstrip("…").rstrip(".").strip()


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str, str]]:
    """(command, shortcuts, what it does) for every action that has a shortcut, in menu-table order."""
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        if keys:
            rows.append((plain_text(action.text()), " / ".join(keys), action.statusTip()))
    return rows


class AboutDialog(QDialog):
    def __init__(self, actions: Iterable[QAction], data_folder: str, store_path: str, parent=None,
                 page: int = PAGE_ABOUT):
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于政文阅览"))
        self.setObjectName("about_dialog")
        self.data_folder = data_folder
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._about_page(data_folder, store_path), self.tr("关于"))
        self.shortcuts = QTreeWidget(self)
        self.shortcuts.setHeaderLabels([self.tr("命令"), self.tr("快捷键"), self.tr("说明")])
        self.shortcuts.setRootIsDecorated(False)
        self.shortcuts.setAlternatingRowColors(True)
        for row in shortcut_rows(actions):
            item = QTreeWidgetItem(list(row))
            item.setToolTip(2, row[2])
            self.shortcuts.addTopLevelItem(item)
        self.shortcuts.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.shortcuts.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.shortcuts, self.tr("键盘快捷键"))
        self.licence = QPlainTextEdit(licence_text(), self)
        self.licence.setReadOnly(True)
        self.tabs.addTab(self.licence, self.tr("许可协议"))
        self.tabs.setCurrentIndex(page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def _about_page(self, data_folder: str, store_path: str) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("政文阅览 {0}").format(__version__), page)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        blurb = QLabel(self.tr("阅读、检索和归档政务新闻与会议报道。正文中的官员与任务以不同颜色标出,"
                               "任务可逐项督办。"), page)
        blurb.setWordWrap(True)
        self.version = QLabel(__version__, page)
        self.data_label = QLabel(data_folder, page)
        self.store_label = QLabel(store_path, page)
        self.licence_label = QLabel(self.tr("MIT 许可协议(见“许可协议”页)"), page)
        runtime = QLabel(f"Python {platform.python_version()} · Qt for Python {PYSIDE_VERSION}", page)
        for label in (self.version, self.data_label, self.store_label, runtime):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.data_label, self.store_label):
            label.setWordWrap(True)
        open_folder = QPushButton(self.tr("打开数据文件夹"), page)
        open_folder.clicked.connect(self.open_data_folder)
        form = QFormLayout()
        form.addRow(self.tr("版本:"), self.version)
        form.addRow(self.tr("数据文件夹:"), self.data_label)
        form.addRow(self.tr("文章库文件:"), self.store_label)
        form.addRow(self.tr("许可:"), self.licence_label)
        form.addRow(self.tr("运行环境:"), runtime)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(open_folder)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(row)
        return page

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.data_folder))

    def shortcut_list(self) -> list[tuple[str, str, str]]:
        """What the shortcut page shows."""
        items = (self.shortcuts.topLevelItem(i) for i in range(self.shortcuts.topLevelItemCount()))
        return [(item.text(0), item.text(1), item.text(2)) for item in items if item is not None]
