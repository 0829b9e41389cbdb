"""ImportReportDialog: after every import batch, what was imported, what was already in the store and
which files failed and why (in words, ui/messages); the failed files can be retried."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QListWidget, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..domain import ImportReport
from .messages import read_failure
from .plain_text import tip


class ImportReportDialog(QDialog):
    """Shown with open() (never blocks the import queue); `retry_requested(paths)` with the failed
    files when the user asks to try them again."""

    retry_requested = Signal(list)
    update_requested = Signal(list)  # [(path, article id)] of changed files the user wants to update

    def __init__(self, report: ImportReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("导入报告"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        n, d, f = len(report.imported), len(report.duplicates), len(report.failed)
        c = len(report.changed)
        text = self.tr("导入 {0} 篇,重复 {1} 篇,失败 {2} 篇。").format(n, d, f)
        if c:
            text += self.tr("另有 {0} 篇与库中文章标题、日期相同但内容有变化。").format(c)
        if report.cancelled:
            text = self.tr("导入已取消。") + text
        self.summary = QLabel(text, self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)

        self.failed_table = QTableWidget(f, 2, self)
        self.failed_table.setHorizontalHeaderLabels([self.tr("文件"), self.tr("原因")])
        self.failed_table.verticalHeader().hide()
        self.failed_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.failed_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.failed_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.failed_table.horizontalHeader().setStretchLastSection(True)
        for row, (path, why) in enumerate(report.failed):
            name = QTableWidgetItem(Path(path).name)
            name.setToolTip(tip(path))  # a file name may look like HTML: tip() keeps it literal
            name.setData(Qt.ItemDataRole.UserRole, path)
            self.failed_table.setItem(row, 0, name)
            self.failed_table.setItem(row, 1, QTableWidgetItem(read_failure(why)))
        self.failed_table.resizeColumnToContents(0)
        self.failed_label = QLabel(self.tr("以下文件无法导入:"), self)
        layout.addWidget(self.failed_label)
        layout.addWidget(self.failed_table, 2)

        self.duplicates_list = QListWidget(self)
        for path in report.duplicates:
            self.duplicates_list.addItem(Path(path).name)
            self.duplicates_list.item(self.duplicates_list.count() - 1).setToolTip(tip(path))
        self.duplicates_label = QLabel(self.tr("以下文章已在库中,未重复导入:"), self)
        layout.addWidget(self.duplicates_label)
        layout.addWidget(self.duplicates_list, 1)
        self.changed_list = QListWidget(self)
        for path, article_id in report.changed:
            self.changed_list.addItem(Path(path).name)
            self.changed_list.item(self.changed_list.count() - 1).setToolTip(tip(path))
        self.changed_label = QLabel(self.tr("以下文件与库中文章标题、日期相同但内容不同,未导入。要用新内容更新库中文章吗?"
                                            "(手工更正与督办信息会保留)"), self)
        self.changed_label.setWordWrap(True)
        layout.addWidget(self.changed_label)
        layout.addWidget(self.changed_list, 1)
        for w in (self.changed_label, self.changed_list):
            w.setVisible(bool(c))
        for w in (self.failed_label, self.failed_table):
            w.setVisible(bool(f))
        for w in (self.duplicates_label, self.duplicates_list):
            w.setVisible(bool(d))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.retry_button = QPushButton(self.tr("重试失败的文件"), self)
        self.retry_button.setEnabled(bool(f))
        self.buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.retry_button.setVisible(bool(f))  # after addButton, which shows it
        self.retry_button.clicked.connect(self.retry)
        self.update_button = QPushButton(self.tr("用新内容更新"), self)
        self.buttons.addButton(self.update_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.update_button.setVisible(bool(c))
        self.update_button.clicked.connect(self.update_changed)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, 420 if (f or d or c) else 140)

    def failed_paths(self) -> list[str]:
        return [path for path, _why in self.report.failed]

    def rows(self) -> list[tuple[str, str]]:
        """(file name, reason) as the table shows them."""
        t = self.failed_table
        return [(t.item(r, 0).text(), t.item(r, 1).text()) for r in range(t.rowCount())]

    def update_changed(self) -> None:
        if self.report.changed:
            self.update_requested.emit(list(self.report.changed))
        self.accept()

    def retry(self) -> None:
        paths = self.failed_paths()
        if paths:
            self.retry_requested.emit(paths)
        self.accept()
