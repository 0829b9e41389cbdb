"""The conflict dialog: a colleague saved the article since this desk loaded it. Their version and
mine side by side, field by field; keep mine (saved over theirs, theirs stays in the history), take
theirs (my changes are dropped), or go back to editing."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

KEEP_MINE, TAKE_THEIRS, KEEP_EDITING = "mine", "theirs", "edit"


class ConflictDialog(QDialog):
    def __init__(self, title: str, theirs, mine, who: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        from ..editing.drafts import changes

        self.choice = KEEP_EDITING
        self.setWindowTitle(self.tr("保存冲突"))
        self.resize(760, 360)
        head = QLabel(self.tr("“{0}”在你打开之后已被{1}保存。请对比两个版本,选择保留哪一个。")
                      .format(title, who or self.tr("其他人")), self)
        head.setWordWrap(True)
        diff = changes(theirs, mine)  # {field: [theirs, mine]}
        self.table = QTableWidget(len(diff), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("字段"), self.tr("他们的版本"), self.tr("我的版本")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for row, (field, what) in enumerate(diff.items()):
            if field == "body":  # where the two bodies differ: their text there, and mine
                their, my = what["removed"], what["inserted"]
            elif not isinstance(what, list):  # corrections / extraction: only that they differ
                their = my = self.tr("(不同)")
            else:
                their, my = what
            for col, value in enumerate((self.field_name(field), _short(their), _short(my))):
                self.table.setItem(row, col, QTableWidgetItem(value))
        # Rows as tall as their wrapped text, measured when the columns have their widths.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(self)
        self.keep_mine = QPushButton(self.tr("保留我的版本"), self)
        self.take_theirs = QPushButton(self.tr("采用他们的版本"), self)
        self.back = QPushButton(self.tr("继续编辑"), self)
        for button, role, choice in ((self.keep_mine, QDialogButtonBox.ButtonRole.AcceptRole, KEEP_MINE),
                                     (self.take_theirs, QDialogButtonBox.ButtonRole.DestructiveRole, TAKE_THEIRS),
                                     (self.back, QDialogButtonBox.ButtonRole.RejectRole, KEEP_EDITING)):
            buttons.addButton(button, role)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def field_name(self, field: str) -> str:
        names = {"title": self.tr("标题"), "subtitle": self.tr("副标题"), "source": self.tr("来源"),
                 "date": self.tr("日期"), "views": self.tr("浏览量"), "tags": self.tr("标签"), "note": self.tr("备注"),
                 "body": self.tr("正文"), "corrections": self.tr("人工更正"), "extraction": self.tr("自动标注")}
        return names.get(field, field)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.done(QDialog.DialogCode.Accepted if choice != KEEP_EDITING else QDialog.DialogCode.Rejected)


def _short(value, width: int = 160) -> str:
    text = value if isinstance(value, str) else ("、".join(map(str, value)) if isinstance(value, (list, tuple))
                                                 else str(value if value is not None else ""))
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width] + "…"
