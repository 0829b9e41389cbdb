"""ConflictBar: one line saying that a 督办 edit was not saved because a colleague changed the same
field meanwhile (who, to what), with 保留我的 and 采用他们的. Shown by the side panel and the task board
when a write comes back with a TrackingConflict (ui/tracking_writes.py); never a silent overwrite."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ..editing.tracking import progress_text

SHOWN_CHARS = 24  # a value longer than this is cut with …: the line stays one line


class ConflictBar(QFrame):
    def __init__(self, parent: QWidget | None = None, stacked: bool = False):
        """`stacked`: the buttons under the line (a narrow side panel), else beside it (the board)."""
        super().__init__(parent)
        self.setObjectName("tracking_conflict")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#tracking_conflict { background: #fff1f0; border: 1px solid #ffa39e; }")
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.keep_button = QPushButton(self.tr("保留我的"), self)
        self.keep_button.setToolTip(self.tr("用我的修改覆盖对方改过的字段"))
        self.take_button = QPushButton(self.tr("采用他们的"), self)
        self.take_button.setToolTip(self.tr("放弃我的修改,显示资料库中现在的内容"))
        outer = QVBoxLayout(self) if stacked else QHBoxLayout(self)
        outer.setContentsMargins(6, 3, 6, 3)
        outer.addWidget(self.label, 1)
        row = QHBoxLayout()
        if stacked:
            row.addStretch(1)
        row.addWidget(self.keep_button)
        row.addWidget(self.take_button)
        outer.addLayout(row)
        self.keep_button.clicked.connect(lambda: self._choose(self._keep))
        self.take_button.clicked.connect(lambda: self._choose(self._take))
        self._keep: Callable[[], None] | None = None
        self._take: Callable[[], None] | None = None
        self.hide()

    def field_name(self, field: str) -> str:
        return {"leader": self.tr("责任领导"), "lead_unit": self.tr("责任单位"), "assist_units": self.tr("配合单位"),
                "due": self.tr("完成时限"), "status": self.tr("状态"), "progress": self.tr("进展情况"),
                "remark": self.tr("备注")}.get(field, field)

    def value_text(self, field: str, value) -> str:
        if field == "status":
            text = {"not_started": self.tr("未启动"), "in_progress": self.tr("推进中"), "done": self.tr("已完成"),
                    "delayed": self.tr("延期")}.get(value, str(value))
        elif field == "progress":
            text = progress_text(value[-1:]) if value else ""
        else:
            text = str(value or "")
        text = " ".join(text.split())
        if not text:
            return self.tr("(空)")
        return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…"

    def line(self, conflict, task_name: str = "") -> str:
        """「进展情况」已被 张三 改为“…”;你的修改未保存 — every clashing field, in the window's language."""
        parts = []
        for c in conflict.clashes:
            value = self.value_text(c.field, c.theirs)
            if c.who:
                parts.append(self.tr("「{0}」已被 {1} 改为“{2}”").format(self.field_name(c.field), c.who, value))
            else:
                parts.append(self.tr("「{0}」已在别处被改为“{1}”").format(self.field_name(c.field), value))
        text = self.tr(";").join(parts) + self.tr(";你的修改未保存")
        return self.tr("任务“{0}”:").format(task_name) + text if task_name else text

    def show_conflict(self, conflict, task_name: str, keep: Callable[[], None], take: Callable[[], None]) -> str:
        """Show the line with its two choices; the line."""
        self._keep, self._take = keep, take
        text = self.line(conflict, task_name)
        self.label.setText(text)
        self.show()
        return text

    def dismiss(self) -> None:
        self._keep = self._take = None
        self.hide()

    def _choose(self, then: Callable[[], None] | None) -> None:
        self.dismiss()
        if then is not None:
            then()
