"""MergeDialog: which officials of the article are one person, and the name to keep."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QVBoxLayout)


class MergeDialog(QDialog):
    """`names`: the officials offered (the likeliest first); `checked`: those ticked at the start;
    `keep`: the name proposed to keep. The kept name may be typed (a spelling none of them has)."""

    def __init__(self, names, checked, keep: str, parent=None, counts: dict | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("合并为同一人"))
        self.counts = counts or {}
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("勾选指同一个人的官员(如“王晓”和“王晓同志”),合并后在本文中显示为一人;"
                              "重新识别后仍然有效,可撤销。"), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.list = QListWidget(self)
        for name in names:
            n = self.counts.get(name)
            item = QListWidgetItem(name if n is None else self.tr("{0}({1} 处)").format(name, n))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        layout.addWidget(QLabel(self.tr("保留的姓名:"), self))
        self.keep = QComboBox(self)
        self.keep.setEditable(True)
        layout.addWidget(self.keep)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("合并"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill_keep(keep)
        self.list.itemChanged.connect(lambda _item: self._fill_keep(self.keep.currentText()))
        self.keep.editTextChanged.connect(lambda _text: self._check())

    def names(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, names) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in names
                               else Qt.CheckState.Unchecked)

    def _fill_keep(self, current: str) -> None:
        names = self.names()
        self.keep.blockSignals(True)
        self.keep.clear()
        self.keep.addItems(names)
        if current:
            self.keep.setCurrentText(current)
        elif names:
            self.keep.setCurrentText(preferred_name(names, self.counts))
        self.keep.blockSignals(False)
        self._check()

    def _check(self) -> None:
        ok = bool(self.keep.currentText().strip()) and len(set(self.names()) | {self.keep.currentText().strip()}) > 1
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> tuple[list[str], str]:
        return self.names(), self.keep.currentText().strip()


def preferred_name(names, counts: dict | None = None) -> str:
    """The name to propose keeping: one the others contain (王晓 of 王晓同志), else the most mentioned."""
    counts = counts or {}
    inner = [n for n in names if any(n != m and n in m for m in names)]
    pool = inner or list(names)
    return max(pool, key=lambda n: (counts.get(n, 0), -len(n)))
