"""TrackingDialog: every 督办 field of one task (责任单位 … 备注), as the task board stores them."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QStringListModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit)

from ..domain import TASK_STATUSES, Tracking
from ..editing.tracking import parse_progress, progress_text, split_due
from .date_field import DateField


class TrackingDialog(QDialog):
    """`leaders`: names offered for 责任领导 (the store's officials); `today` dates undated progress."""

    def __init__(self, task_text: str, tracking: Tracking, leaders=(), parent=None, today: dt.date | None = None,
                 article_date: str | None = None):
        """`article_date`: the article's date; its year completes 6月底前, its month opens the calendar."""
        super().__init__(parent)
        self.article_date = article_date
        self.setWindowTitle(self.tr("督办详情"))
        self.today = today or dt.date.today()
        self.original = tracking
        form = QFormLayout(self)
        task = QLabel(task_text, self)
        task.setWordWrap(True)
        task.setTextFormat(Qt.TextFormat.PlainText)
        task.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("任务:"), task)
        self.lead_unit = QLineEdit(tracking.lead_unit, self)
        self.lead_unit.setPlaceholderText(self.tr("牵头(主办)单位"))
        self.assist_units = QLineEdit(tracking.assist_units, self)
        self.assist_units.setPlaceholderText(self.tr("多个单位用“、”分隔"))
        self.leader = QLineEdit(tracking.leader, self)
        self.leader.setPlaceholderText(self.tr("文章库中的官员,如 王晓"))
        self.leaders = QStringListModel(list(leaders), self)  # set_leaders() fills it when read later
        completer = QCompleter(self.leaders, self.leader)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.leader.setCompleter(completer)
        article = QDate.fromString((article_date or "")[:10], "yyyy-MM-dd")
        self.due = DateField(self.tr("完成时限"), True, lambda: article if article.isValid() else None, self,
                             words_note=self.tr("不是日期:保存时记入“备注”,完成时限留空"))
        self.due.set_iso(tracking.due)
        self.due.edit.setPlaceholderText(self.tr("如 2019-06-30、2019年6月30日;无则留空"))
        self.status = QComboBox(self)
        for code, text in zip(TASK_STATUSES, (self.tr("未启动"), self.tr("推进中"), self.tr("已完成"), self.tr("延期"))):
            self.status.addItem(text, code)
        self.status.setCurrentIndex(max(0, self.status.findData(tracking.status)))
        self.progress = QPlainTextEdit(progress_text(tracking.progress), self)
        self.progress.setPlaceholderText(self.tr("每行一条,如:2019-04-01 已召开推进会(不写日期则记为今天)"))
        self.progress.setMinimumHeight(90)
        self.remark = QLineEdit(tracking.remark, self)
        form.addRow(self.tr("责任单位:"), self.lead_unit)
        form.addRow(self.tr("配合单位:"), self.assist_units)
        form.addRow(self.tr("责任领导:"), self.leader)
        form.addRow(self.tr("完成时限:"), self.due)
        form.addRow(self.tr("状态:"), self.status)
        form.addRow(self.tr("进展情况:"), self.progress)
        form.addRow(self.tr("备注:"), self.remark)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        close = QShortcut(QKeySequence("Ctrl+W"), self)  # as Esc: closes without saving, like the board's Ctrl+W
        close.activated.connect(self.reject)
        self.resize(520, 420)

    def set_leaders(self, names) -> None:
        """The names offered for 责任领导, once read (off the GUI thread on a server library)."""
        self.leaders.setStringList(list(names))

    def tracking(self) -> Tracking:
        """The fields as typed; progress notes keep their dates (an unchanged text keeps the notes)."""
        text = self.progress.toPlainText()
        progress = (self.original.progress if text.strip() == progress_text(self.original.progress).strip()
                    else parse_progress(text, self.today))
        year = int(self.article_date[:4]) if self.article_date and self.article_date[:4].isdigit() else None
        due, remark = split_due(self.due.edit.text(), self.remark.text().strip(), year)  # words go to 备注
        return Tracking(lead_unit=self.lead_unit.text().strip(), assist_units=self.assist_units.text().strip(),
                        leader=self.leader.text().strip(), due=due,
                        status=self.status.currentData(), progress=progress, remark=remark)
