"""The small dialogs of a highlight correction: an official's name and posts, a task's speaker and level."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox

from ..editing import drafts


class OfficialDialog(QDialog):
    """Name and posts of an official (posts one per line or separated by 、)."""

    def __init__(self, name: str, posts, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("标记为官员"))
        form = QFormLayout(self)
        self.name = QLineEdit(name, self)
        self.posts = QLineEdit("、".join(posts), self)
        self.posts.setPlaceholderText(self.tr("多个职务用“、”分隔"))
        form.addRow(self.tr("姓名:"), self.name)
        form.addRow(self.tr("职务:"), self.posts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, tuple[str, ...]]:
        return self.name.text().strip(), drafts.parse_tags(self.posts.text().replace(" ", ""))


class TaskDialog(QDialog):
    """Speaker and level of a task."""

    def __init__(self, speakers, speaker: str | None, level: int, parent=None, title: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("标记为任务"))
        form = QFormLayout(self)
        self.speaker = QComboBox(self)
        self.speaker.setEditable(True)
        self.speaker.addItems([""] + list(speakers))
        self.speaker.setCurrentText(speaker or "")
        self.level = QSpinBox(self)
        self.level.setRange(1, 2)
        self.level.setValue(level)
        form.addRow(self.tr("讲话人:"), self.speaker)
        form.addRow(self.tr("层级(1 为任务,2 为子任务):"), self.level)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str | None, int]:
        return self.speaker.currentText().strip() or None, self.level.value()
