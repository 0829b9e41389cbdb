"""TrackingRulesDialog: the rules "every task of articles from source X / with tag Y" of the 督办
board (store/tracking.py): list them with how many articles each covers, add one, remove some.

Reads run in the reader lane and writes in the writer lane (jobs.on_store), each with a Store of its
own: counting what a rule covers reads every article's source and tags (a second at a million), and
the window must not wait for it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
                               QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from . import jobs

KINDS = ("source", "tag")


def _read(store, _progress, _cancel):
    """On a worker: the rules with the articles each covers, and the choices for a new rule."""
    return store.tracking_rule_counts(), store.sources(), store.tag_names()


class TrackingRulesDialog(QDialog):
    """督办规则. `read_only`: a window that may not write shows the rules and changes nothing."""

    rules_changed = Signal()  # a rule was added or removed (the board reads its rows again)
    loaded = Signal()  # the rules and choices were read (tests wait for it)

    def __init__(self, location, parent=None, read_only: bool = False):
        super().__init__(parent)
        self.location, self.read_only = location, read_only
        self.job: jobs.Job | None = None
        self.rules: list[tuple[str, str, int]] = []
        self.setWindowTitle(self.tr("督办规则"))
        intro = QLabel(self.tr("符合规则的文章,其全部任务(包括以后识别出的)自动纳入督办;"
                               "在看板上单独移出的任务不受规则影响。删除规则不会删除已填写的督办信息。"), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("规则"), self.tr("来源或标签"), self.tr("涉及文章")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("还没有规则。下面选择来源或标签后点“添加规则”。"), self)
        self.empty.setStyleSheet("color: gray")

        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("来源为"), "source")
        self.kind.addItem(self.tr("带标签"), "tag")
        self.value = QComboBox(self)
        self.value.setEditable(True)  # a source or tag not in the library yet may be typed
        self.value.setMinimumContentsLength(16)
        typed = self.value.lineEdit()
        assert typed is not None  # an editable combo box has its line edit
        typed.setPlaceholderText(self.tr("选择或输入"))
        self.add_button = QPushButton(self.tr("添加规则"), self)
        self.add_button.clicked.connect(self.add_rule)
        typed.returnPressed.connect(self.add_rule)
        self.remove_button = QPushButton(self.tr("删除所选规则"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.kind.currentIndexChanged.connect(self._fill_choices)
        self.table.itemSelectionChanged.connect(self._enable)
        self.value.editTextChanged.connect(self._enable)
        self._choices: dict[str, list[str]] = {"source": [], "tag": []}

        add_row = QHBoxLayout()
        add_row.addWidget(QLabel(self.tr("文章"), self))
        add_row.addWidget(self.kind)
        add_row.addWidget(self.value, 1)
        add_row.addWidget(self.add_button)
        remove_row = QHBoxLayout()
        remove_row.addWidget(self.empty)
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        self.status = QLabel(self)
        self.status.setStyleSheet("color: gray")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(remove_row)
        layout.addSpacing(6)
        layout.addWidget(QLabel(self.tr("新规则:"), self))
        layout.addLayout(add_row)
        layout.addLayout(bottom)
        close = QShortcut(QKeySequence("Ctrl+W"), self)  # Esc closes a dialog already
        close.activated.connect(self.reject)
        if read_only:
            self.status.setText(self.tr("本窗口只读:可以查看规则,不能修改。"))
        self.resize(560, 420)
        self._enable()
        self.reload()

    def kind_text(self, kind: str) -> str:
        return self.tr("来源") if kind == "source" else self.tr("标签")

    def reload(self) -> jobs.Job:
        job = self.job = jobs.on_store(self.location, _read).bind(self)
        job.finished.connect(self._show)
        job.failed.connect(self._failed)
        return job

    def _show(self, result) -> None:
        counts, sources, tags = result
        self.rules = [(k, v, n) for (k, v), n in counts.items()]
        self.table.setRowCount(len(self.rules))
        for r, (kind, value, n) in enumerate(self.rules):
            self.table.setItem(r, 0, QTableWidgetItem(self.kind_text(kind)))
            self.table.setItem(r, 1, QTableWidgetItem(value))
            count = QTableWidgetItem(self.tr("{0} 篇").format(n))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, 2, count)
        self.empty.setVisible(not self.rules)
        self._choices = {"source": sources, "tag": tags}
        self._fill_choices()
        self._enable()
        self.loaded.emit()

    def _fill_choices(self, *_args) -> None:
        typed = self.value.currentText()
        self.value.blockSignals(True)
        self.value.clear()
        self.value.addItems(self._choices.get(self.kind.currentData(), []))
        self.value.setEditText(typed)
        self.value.blockSignals(False)
        self._enable()

    def _enable(self) -> None:
        idle = self.job is None or self.job.done
        self.add_button.setEnabled(idle and not self.read_only and bool(self.value.currentText().strip()))
        self.remove_button.setEnabled(idle and not self.read_only and bool(self.selected_rules()))

    def selected_rules(self) -> list[tuple[str, str]]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.rules[r][:2] for r in rows if r < len(self.rules)]

    def add_rule(self) -> jobs.Job | None:
        kind, value = self.kind.currentData(), self.value.currentText().strip()
        if self.read_only or not value or not (self.job is None or self.job.done):
            return None
        return self._write(lambda store, _p, _c: store.add_tracking_rule(kind, value),
                           self.tr("已添加规则:{0}“{1}”").format(self.kind_text(kind), value), clear=True)

    def remove_selected(self) -> jobs.Job | None:
        chosen = self.selected_rules()
        if self.read_only or not chosen or not (self.job is None or self.job.done):
            return None

        def work(store, _p, _c):
            for kind, value in chosen:
                store.remove_tracking_rule(kind, value)
        return self._write(work, self.tr("已删除 {0} 条规则").format(len(chosen)))

    def _write(self, work, message: str, clear: bool = False) -> jobs.Job:
        job = self.job = jobs.on_store(self.location, work, jobs.WRITE).bind(self)
        self._enable()

        def done(_result) -> None:
            self.status.setText(message)
            if clear:
                self.value.setEditText("")
            self.rules_changed.emit()
            self.reload()
        job.finished.connect(done)
        job.failed.connect(self._failed)
        return job

    def _failed(self, error) -> None:
        self.status.setText(self.tr("操作失败:{0}").format(error))
        self._enable()
