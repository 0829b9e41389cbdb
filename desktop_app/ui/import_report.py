"""ImportReportDialog: after every import batch, what was imported, and every file that was not, each
with its reason in words (ui/messages): files that failed (retry), files the folder walk passed over
(unsupported types, unreadable folders, links out of the folder, hidden and non-regular files),
duplicates naming the stored article they match (open it), changed versions of stored articles
(update them), and the files a cancelled import left (import them now)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ..domain import ImportReport
from .messages import read_failure
from .plain_text import tip

MAX_ROWS = 5000  # a folder of 100,000 images is summed up, not listed row by row
# Row kinds, in the order the table lists them.
FAILED, SKIPPED, DUPLICATE, CHANGED, LEFT = "failed", "skipped", "duplicate", "changed", "left"


def short_name(path: str) -> str:
    """The file's name with its folder (two files of one name in different subfolders differ)."""
    p = Path(path)
    return f"{p.parent.name}/{p.name}" if p.parent.name else p.name


class ImportReportDialog(QDialog):
    """Shown with open() (never blocks the import queue)."""

    retry_requested = Signal(list)  # failed files, or the files a cancelled import left
    update_requested = Signal(list)  # [(path, article id)] of changed files the user wants to update
    open_requested = Signal(int)  # the stored article a duplicate or changed file matches

    def __init__(self, report: ImportReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("导入报告"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        n, d, f = len(report.imported), len(report.duplicates), len(report.failed)
        c, s, left = len(report.changed), len(report.skipped), len(report.left)
        text = self.tr("导入 {0} 篇,重复 {1} 篇,失败 {2} 篇。").format(n, d, f)
        if c:
            text += self.tr("另有 {0} 篇与库中文章标题、日期相同但内容有变化。").format(c)
        if s:
            text += self.tr("跳过 {0} 个不能导入的文件或文件夹。").format(s)
        if report.cancelled:
            text = self.tr("导入已取消。") + text
            if left:
                text += self.tr("{0} 个文件未处理。").format(left)
        self.summary = QLabel(text, self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)

        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("文件"), self.tr("原因"), ""])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._kinds: list[str] = []
        self._fill(report)
        self.table.resizeColumnToContents(0)
        header.resizeSection(0, min(header.sectionSize(0), 320))
        self.failed_table = self.table  # the name earlier callers used
        self.table_label = QLabel(self.tr("以下文件未导入:"), self)
        for w in (self.table_label, self.table):
            w.setVisible(self.table.rowCount() > 0)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.retry_button = self._button(self.tr("重试失败的文件"), bool(f), self.retry)
        self.continue_button = self._button(self.tr("导入未处理的 {0} 个文件").format(left), bool(left),
                                            self.import_left)
        self.update_button = self._button(self.tr("用新内容更新"), bool(c), self.update_changed)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 460 if self.table.rowCount() else 140)

    def _button(self, text: str, shown: bool, slot) -> QPushButton:
        button = QPushButton(text, self)
        self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        button.setVisible(shown)  # after addButton, which shows it
        button.clicked.connect(slot)
        return button

    # -- the rows ------------------------------------------------------------------------------
    def _fill(self, report: ImportReport) -> None:
        rows: list[tuple[str, str, str, int | None]] = []  # (kind, path, reason, article to open)
        rows += [(FAILED, p, read_failure(why), None) for p, why in report.failed]
        # Hidden and Word lock files last: they are rarely what the user is looking for.
        skipped = sorted(report.skipped, key=lambda pw: pw[1] == "hidden")
        rows += [(SKIPPED, p, read_failure(why), None) for p, why in skipped]
        for p in report.duplicates:
            match = report.duplicate_of.get(p)
            reason = (self.tr("已在库中:《{0}》").format(match[1]) if match else self.tr("已在库中,未重复导入"))
            rows.append((DUPLICATE, p, reason, match[0] if match else None))
        rows += [(CHANGED, p, self.tr("与库中文章标题、日期相同但内容不同,未导入"), aid) for p, aid in report.changed]
        rows += [(LEFT, p, self.tr("导入已取消,未处理"), None) for p in report.left]
        extra = len(rows) - MAX_ROWS
        rows = rows[:MAX_ROWS]
        self.table.setRowCount(len(rows) + (1 if extra > 0 else 0))
        for r, (kind, path, reason, article_id) in enumerate(rows):
            name = QTableWidgetItem(short_name(path))
            name.setToolTip(tip(path))  # a file name may look like HTML: tip() keeps it literal
            name.setData(Qt.ItemDataRole.UserRole, path)
            self.table.setItem(r, 0, name)
            why = QTableWidgetItem(reason)
            why.setToolTip(tip(reason))
            self.table.setItem(r, 1, why)
            if article_id is not None:
                button = QPushButton(self.tr("打开"), self.table)
                button.setToolTip(self.tr("在阅读区打开库中的这篇文章"))
                button.clicked.connect(lambda _c=False, a=article_id: self.open_requested.emit(a))
                self.table.setCellWidget(r, 2, button)
            self._kinds.append(kind)
        if extra > 0:
            self.table.setItem(len(rows), 0, QTableWidgetItem(self.tr("…还有 {0} 个").format(extra)))
            self._kinds.append("")

    def rows(self, kind: str | None = FAILED) -> list[tuple[str, str]]:
        """(file, reason) as the table shows them, of one kind of row (None: all)."""
        def text(r: int, c: int) -> str:
            item = self.table.item(r, c)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1)) for r in range(len(self._kinds)) if kind is None or self._kinds[r] == kind]

    def open_button(self, row: int) -> QPushButton | None:
        button = self.table.cellWidget(row, 2)
        return button if isinstance(button, QPushButton) else None

    def failed_paths(self) -> list[str]:
        return [path for path, _why in self.report.failed]

    # -- the buttons ---------------------------------------------------------------------------
    def update_changed(self) -> None:
        if self.report.changed:
            self.update_requested.emit(list(self.report.changed))
        self.accept()

    def retry(self) -> None:
        paths = self.failed_paths()
        if paths:
            self.retry_requested.emit(paths)
        self.accept()

    def import_left(self) -> None:
        if self.report.left:
            self.retry_requested.emit([self.report.sources.get(p, p) for p in self.report.left])
        self.accept()
