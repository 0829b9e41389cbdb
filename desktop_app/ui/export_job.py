"""Export in the background (start_export) and the summary of what it did."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from ..export import ExportReport, export_articles
from .. import logs
from ..search.listing import ListView
from . import jobs, messages

log = logs.get("export")


def start_export(location: str | Path, ids: list[int] | ListView, fmt: str, out: str | Path, *,
                 layout: str = "plain", overwrite: bool = False, template: str = "{date}-{title}",
                 task_keys: list[tuple[int, str]] | None = None) -> jobs.Job:
    """Write the articles `ids` as `fmt` to `out` (a file, or a folder for one file per article) in
    the reader lane, with the worker's own Store. `ids` may be a ListView (the list's search,
    filters and sort): the worker then reads every id it shows, however far the list had got.
    `task_keys` keeps only these (article id, task id) rows of a 任务分解表 (the task board's).
    The Job finishes with an ExportReport or fails with the ExportError (or other exception) raised.
    """
    scope = ids if isinstance(ids, ListView) else list(ids)
    keys = list(task_keys) if task_keys is not None else None

    def work(store, progress, cancel) -> ExportReport:
        chosen = scope.ids(store) if isinstance(scope, ListView) else scope
        log.info("export of %d article(s) as %s (%s) to %s", len(chosen), fmt, layout, out)
        report = export_articles(store, chosen, fmt, Path(out), layout=layout, overwrite=overwrite,
                                 progress=progress, cancel=cancel, template=template, task_keys=keys)
        log.info("export: %d file(s) written, %d article(s) failed%s; warnings: %s", len(report.written),
                 len(report.failed), " (cancelled)" if report.cancelled else "",
                 ", ".join(map(str, report.warnings)) or "none")
        for label, why in report.failed:
            log.info("not exported: %s: %s", label.split(" ", 1)[0], why)  # the id, not the title
        return report
    return jobs.on_store(location, work)


class ExportMessages(QObject):

    """The export's summary; each code in words comes from ui/messages (the one catalogue)."""

    def error(self, code: str) -> str:
        return messages.export_error(code)

    def reason(self, why: str) -> str:
        return messages.export_reason(why)

    def warning(self, warning) -> str:
        return messages.font_warning(warning)

    def summary(self, report: ExportReport, max_listed: int = 12) -> tuple[str, str]:
        """(one line, details): files written, articles that failed and why, font warnings."""
        m = self
        if report.cancelled:
            n = len(report.written)
            head = self.tr("导出已取消。") + (self.tr("已写入的 1 个文件保留。") if n == 1 else
                                          self.tr("已写入的 {0} 个文件保留。").format(n) if n else self.tr("没有写入文件。"))
        elif report.written:  # "1 file written", not "1 files written"
            head = (self.tr("导出完成:写入 1 个文件。") if len(report.written) == 1
                    else self.tr("导出完成:写入 {0} 个文件。").format(len(report.written)))
        else:
            head = self.tr("没有写入文件。")
        if report.failed:
            head += (self.tr("1 篇文章未能导出。") if len(report.failed) == 1
                     else self.tr("{0} 篇文章未能导出。").format(len(report.failed)))
        lines = []
        if report.written:
            lines.append(self.tr("已写入:"))
            lines += [f"  {p}" for p in report.written[:max_listed]]
            if len(report.written) > max_listed:
                lines.append(self.tr("  …… 另 {0} 个文件").format(len(report.written) - max_listed))
        if report.failed:
            lines.append(self.tr("未能导出:"))
            lines += [f"  {label}:{m.reason(why)}" for label, why in report.failed[:max_listed * 8]]
            if len(report.failed) > max_listed * 8:
                lines.append(self.tr("  …… 另 {0} 篇").format(len(report.failed) - max_listed * 8))
        if report.warnings:
            lines.append(self.tr("字体提示:"))
            lines += [f"  {m.warning(w)}" for w in report.warnings]
        return head, "\n".join(lines)
