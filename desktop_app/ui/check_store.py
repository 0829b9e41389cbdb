"""StoreCheck (工具 → 检查文章库): PRAGMA integrity_check and the search indexes' own checks, run on
a worker, reported in plain Chinese with what to do about each problem."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from . import jobs, messages


@dataclass
class CheckResult:
    problems: list[tuple[str, str]] = field(default_factory=list)  # Store.check_integrity codes
    articles: int = 0
    size: int = 0  # bytes of the store file and its -wal

    @property
    def ok(self) -> bool:
        return not self.problems


def check(store, _progress=None, _cancel=None) -> CheckResult:
    """Runs on a worker thread with its own Store."""
    problems = store.check_integrity()
    count = store.count() if not any(code == "integrity" for code, _ in problems) else 0
    p = Path(store.path)
    size = sum(q.stat().st_size for q in (p, p.with_name(p.name + "-wal")) if q.exists())
    return CheckResult(problems, count, size)


class StoreCheck(QObject):
    """Runs the check and shows the outcome in a message box that does not block."""

    checked = Signal(str)  # the report text, also in `last_report`
    result_ready = Signal(object)  # CheckResult

    def __init__(self, location: str | Path, parent: QWidget):
        super().__init__(parent)
        self.location = location
        self._window = parent
        self.job: jobs.Job | None = None
        self.last_report = ""

    def run(self) -> jobs.Job:
        if self.job is not None and not self.job.done:
            return self.job
        self.job = jobs.on_store(self.location, check)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        return self.job

    def describe_problem(self, code: str, detail: str) -> str:
        return messages.check_problem(code, detail)

    def report_text(self, result: CheckResult) -> str:
        size = f"{result.size / (1024 * 1024):.1f} MB"
        if result.ok:
            return self.tr("检查完成:文章库完好。\n共 {0} 篇文章,文件大小 {1}。").format(result.articles, size)
        lines = [self.tr("检查发现 {0} 个问题:").format(len(result.problems))]
        lines += ["  • " + self.describe_problem(code, detail) for code, detail in result.problems[:20]]
        codes = {code for code, _ in result.problems}
        if codes & {"integrity", "foreign_key", "schema"}:
            lines.append(self.tr("建议:在“工具 → 备份与恢复”中恢复最近一份完好的备份。"))
        if codes & {"fts", "unindexed", "index_count"}:
            lines.append(self.tr("建议:运行“工具 → 重建搜索索引”,文章本身不受影响。"))
        return "\n".join(lines)

    def _finished(self, result: CheckResult) -> None:
        self.result_ready.emit(result)
        self._show(QMessageBox.Icon.Information if result.ok else QMessageBox.Icon.Warning, self.report_text(result))

    def _failed(self, exc: BaseException) -> None:
        self._show(QMessageBox.Icon.Critical, self.tr("无法检查文章库:文件无法打开或已严重损坏({0})。\n"
                                                     "建议:在“工具 → 备份与恢复”中恢复一份备份。").format(exc))

    def _show(self, icon, text: str) -> None:
        self.last_report = text
        box = QMessageBox(icon, self.tr("检查文章库"), text, QMessageBox.StandardButton.Ok, self._window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
        self.checked.emit(text)
