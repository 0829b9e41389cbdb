"""StatusIndicators: the status bar's permanent part — the current search and filters, a busy sign
while background jobs (ui/jobs.py) run, and the article count."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QWidget

from . import jobs
from .plain_text import tip

POLL_MS = 250


def running_jobs() -> int:
    """Background jobs not yet reported. Polled on a timer (a quarter second; it costs nothing):
    jobs.py has no "job started" signal, and a poll also catches jobs started before this widget."""
    return jobs.running()


class StatusIndicators(QWidget):
    def __init__(self, parent=None, jobs=running_jobs):
        super().__init__(parent)
        self._jobs = jobs
        self.filter_label = QLabel(self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # indeterminate: jobs report progress in their own dialogs
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedSize(60, 10)
        self.busy_label = QLabel(self)
        self.count_label = QLabel(self)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self._separator = line
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(8)
        for w in (self.filter_label, self.busy_bar, self.busy_label, line, self.count_label):
            layout.addWidget(w)
        self.filter_label.hide()
        line.hide()
        self.show_jobs(0)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    # -- what the bar says -------------------------------------------------------------------
    def set_count_text(self, text: str) -> None:
        self.count_label.setText(text)

    def search_text(self, query: str | None, filters) -> str:
        """"搜索“脱贫” · 来源:西宁晚报 · 2019-01-01 起", or "" for the whole store."""
        parts = []
        if query:
            parts.append(self.tr("搜索“{0}”").format(query))
        if filters is not None:
            f = filters
            if f.date_from and f.date_to:
                parts.append(self.tr("{0} 至 {1}").format(f.date_from, f.date_to))
            elif f.date_from:
                parts.append(self.tr("{0} 起").format(f.date_from))
            elif f.date_to:
                parts.append(self.tr("截至 {0}").format(f.date_to))
            if f.source:
                parts.append(self.tr("来源:{0}").format(f.source))
            if f.official.strip():
                parts.append(self.tr("官员:{0}").format(f.official.strip()))
            if f.open_tasks:
                parts.append(self.tr("有未完成任务"))
            if getattr(f, "tag", "").strip():
                parts.append(self.tr("标签:{0}").format(f.tag.strip()))
        return " · ".join(parts)

    def show_search(self, query: str | None, filters) -> None:
        text = self.search_text(query, filters)
        self.filter_label.setText(self.tr("筛选:{0}").format(text) if text else "")
        self.filter_label.setToolTip(tip(text))
        self.filter_label.setVisible(bool(text))
        self._separator.setVisible(bool(text))

    def show_jobs(self, n: int) -> None:
        self.busy_bar.setVisible(n > 0)
        self.busy_label.setVisible(n > 0)
        self.busy_label.setText(self.tr("后台任务 {0} 项").format(n) if n > 1 else self.tr("正在后台处理…"))
        self.busy_bar.setToolTip(self.tr("后台任务 {0} 项").format(n))

    @property
    def busy(self) -> bool:
        return self.busy_bar.isVisibleTo(self)

    def poll(self) -> None:
        n = self._jobs()
        if n != getattr(self, "_shown_jobs", None):
            self._shown_jobs = n
            self.show_jobs(n)
