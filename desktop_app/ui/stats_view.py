"""StatsView: 工具 → 统计 — articles per month, the most-mentioned officials and tasks by 督办 status
as bar charts, counted off the GUI thread and exportable as one PNG."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSizePolicy, QVBoxLayout,
                               QWidget)

from ..domain import TASK_STATUSES
from . import jobs
from .charts import BarChart
from .ui_state import EXPORT_FOLDER

TOP_OFFICIALS = 20
MAX_MONTHS = 60  # a longer span is shown per year: five years of months is as many bars as reads well
MONTH_COLOR = "#1677ff"
UNDATED_COLOR = "#8c8c8c"
OFFICIAL_COLOR = "#d46b08"
STATUS_COLORS = {"not_started": "#8c8c8c", "in_progress": "#1677ff", "done": "#389e0d", "delayed": "#d4380d"}


def by_year(months: list[tuple[str | None, int]]) -> list[tuple[str | None, int]]:
    """Monthly counts summed per year ("yyyy"), undated kept last."""
    years: dict[str, int] = {}
    for m, n in months:
        if m is not None:
            years[m[:4]] = years.get(m[:4], 0) + n
    return list(years.items()) + [(m, n) for m, n in months if m is None]


def compute(store) -> dict:
    """Every number the view shows, as plain data. Runs on a worker thread with its own Store."""
    officials = store.official_counts(limit=None)
    return {"articles": store.count(), "months": store.month_counts(), "officials": officials[:TOP_OFFICIALS],
            "n_officials": len(officials), "statuses": store.task_status_counts()}


class StatsView(QWidget):
    """Three charts and a summary line; `refresh()` counts again (in the background for a store file)."""

    loaded = Signal()  # the charts show fresh numbers
    exported = Signal(str)  # the PNG written

    def __init__(self, store, parent=None, background: bool = True):
        super().__init__(parent)
        self.setWindowTitle(self.tr("统计"))
        self.setObjectName("stats_view")
        self.store = store
        self._background = background and getattr(store, "location", None) is not None
        self._generation = 0
        self.data: dict | None = None

        self.summary = QLabel(self)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refresh_button = QPushButton(self.tr("刷新"), self)
        self.export_button = QPushButton(self.tr("导出 PNG…"), self)
        self.export_button.setToolTip(self.tr("把三张统计图保存为一张 PNG 图片"))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)

        self.charts = QWidget(self)  # what the PNG shows
        self.charts.setAutoFillBackground(True)
        self.months = BarChart(self.tr("每月文章数"), Qt.Orientation.Vertical, self.charts)
        self.officials = BarChart(self.tr("被提及最多的官员(前 {0} 位,按文章数)").format(TOP_OFFICIALS),
                                  Qt.Orientation.Horizontal, self.charts)
        self.statuses = BarChart(self.tr("任务督办状态"), Qt.Orientation.Vertical, self.charts)
        for chart in (self.months, self.officials, self.statuses):
            chart.empty_text = self.tr("暂无数据")
        self.statuses.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        lower = QHBoxLayout()
        lower.addWidget(self.officials, 3)
        lower.addWidget(self.statuses, 2)
        grid = QVBoxLayout(self.charts)
        grid.addWidget(self.months, 2)
        grid.addLayout(lower, 3)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.charts, 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.export_png)
        self.resize(980, 720)

    # -- numbers -----------------------------------------------------------------------------
    def status_text(self, code: str) -> str:
        return {"not_started": self.tr("未启动"), "in_progress": self.tr("推进中"), "done": self.tr("已完成"),
                "delayed": self.tr("延期")}.get(code, code)

    def refresh(self) -> None:
        """Count again; on a store file the counting runs on a worker (a big store takes seconds)."""
        self._generation += 1
        generation = self._generation
        self.summary.setText(self.tr("正在统计…"))
        self.refresh_button.setEnabled(False)
        if not self._background:
            self.show_data(compute(self.store))
            return
        job = jobs.on_store(self.store.location, lambda store, _progress, _cancel: compute(store)).bind(self)
        job.finished.connect(lambda data: self.show_data(data) if generation == self._generation else None)
        job.failed.connect(lambda exc: self._failed(exc) if generation == self._generation else None)

    def _failed(self, exc) -> None:
        self.refresh_button.setEnabled(True)
        self.summary.setText(self.tr("统计失败:{0}").format(exc))

    def show_data(self, data: dict) -> None:
        self.data = data
        self.refresh_button.setEnabled(True)
        periods = data["months"]
        yearly = sum(1 for m, _ in periods if m is not None) > MAX_MONTHS
        if yearly:
            periods = by_year(periods)
        self.months.title = self.tr("每年文章数") if yearly else self.tr("每月文章数")
        self.months.set_data([(m if m is not None else self.tr("无日期"), n) for m, n in periods],
                             [MONTH_COLOR if m is not None else UNDATED_COLOR for m, _ in periods])
        self.officials.set_data([(name, n) for name, n, _mentions in data["officials"]],
                                [OFFICIAL_COLOR] * len(data["officials"]))
        statuses = data["statuses"]
        self.statuses.set_data([(self.status_text(code), statuses.get(code, 0)) for code in TASK_STATUSES],
                               [STATUS_COLORS[code] for code in TASK_STATUSES])
        self.summary.setText(self.tr("共 {0} 篇文章 · {1} 位官员 · {2} 项任务").format(
            f"{data['articles']:,}", f"{data['n_officials']:,}", f"{sum(statuses.values()):,}"))
        self.loaded.emit()

    # -- export ------------------------------------------------------------------------------
    @property
    def state(self):
        """The main window's UiState (the export folder is the desk's), None without a window."""
        return getattr(self.parentWidget(), "state", None)

    def export_png(self) -> str | None:
        """Ask for a file name and save the three charts as one PNG; the path written, or None."""
        folder = self.state.text(EXPORT_FOLDER, "") if self.state is not None else ""  # where exports went last
        folder = folder if folder and Path(folder).is_dir() else str(Path.home())
        default = str(Path(folder) / self.tr("统计-{0}.png").format(dt.date.today().isoformat()))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出统计图"), default, self.tr("PNG 图片 (*.png)"))
        if not path:
            return None
        if not path.lower().endswith(".png"):
            path += ".png"
        if self.state is not None:
            self.state.set_text(EXPORT_FOLDER, str(Path(path).parent))
        if not self.charts.grab().save(path, "PNG"):
            QMessageBox.warning(self, self.tr("导出统计图"), self.tr("无法写入文件:{0}").format(path))
            return None
        self.exported.emit(path)
        return path
