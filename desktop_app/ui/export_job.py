"""Export in the background (start_export) and the export's codes and warnings in plain Chinese."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject

from ..export import ExportReport, export_articles
from ..search.listing import ListView
from . import jobs


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
        return export_articles(store, chosen, fmt, Path(out), layout=layout, overwrite=overwrite,
                               progress=progress, cancel=cancel, template=template, task_keys=keys)
    return jobs.on_store(location, work)


class ExportMessages(QObject):
    """Error codes, per-article reasons and warnings of the export core, told in plain Chinese."""

    def error(self, code: str) -> str:
        texts = {
            "exists": self.tr("文件已存在,没有覆盖。"),
            "unknown_format": self.tr("不支持这种导出格式。"),
            "unknown_layout": self.tr("不支持这种版式。"),
            "no_articles": self.tr("没有可导出的文章。"),
            "no_folder": self.tr("保存位置所在的文件夹不存在。"),
            "bad_template": self.tr("文件名模板有误:只能使用 {date} {title} {source} {subtitle} {id}。"),
            "write_failed": self.tr("无法写入文件:可能文件正被 Word/WPS/Excel 打开,或没有写入权限。"),
            "not_found": self.tr("文章已不在文章库中。"),
        }
        return texts.get(code, "")

    def reason(self, why: str) -> str:
        """A per-article failure ("exists", "not_found", "write_failed" or "ValueError: …")."""
        known = self.error(why)
        if known:
            return known
        kind, _, detail = why.partition(": ")
        if kind == "PermissionError":
            return self.tr("没有写入权限。")
        if kind in ("OSError", "FileNotFoundError", "IsADirectoryError"):
            return self.tr("无法写入文件:{0}").format(detail or kind)
        return self.tr("生成文件时出错:{0}").format(why)

    def warning(self, text: str) -> str:
        """"font_substituted: 仿宋_GB2312 → 仿宋" and "font_missing: 方正小标宋简体 → 宋体" in words."""
        code, _, detail = text.partition(": ")
        wanted, arrow, used = (p.strip() for p in detail.partition("→"))
        if code == "font_substituted" and arrow:
            return self.tr("本机没有字体“{0}”,已改用“{1}”。在装有该字体的电脑上打开时会按原字体显示。").format(wanted, used)
        if code == "font_missing" and arrow:
            return self.tr("本机没有字体“{0}”及其替代字体,文件中写的是“{1}”,打开时由 Word/WPS 代替显示。").format(
                wanted, used)
        if code == "font_missing" and re.search(r"no Chinese font", detail):
            return self.tr("本机没有中文字体,PDF 中的汉字可能无法显示。")
        if code == "font_missing":
            return self.tr("本机没有字体“{0}”;文件中仍写“{0}”,在装有该字体的电脑(如 Windows)上正常显示。").format(detail)
        return text

    def summary(self, report: ExportReport, max_listed: int = 12) -> tuple[str, str]:
        """(one line, details): files written, articles that failed and why, font warnings."""
        m = self
        if report.cancelled:
            head = self.tr("导出已取消。") + (self.tr("已写入的 {0} 个文件保留。").format(len(report.written))
                                          if report.written else self.tr("没有写入文件。"))
        elif report.written:
            head = self.tr("导出完成:写入 {0} 个文件。").format(len(report.written))
        else:
            head = self.tr("没有写入文件。")
        if report.failed:
            head += self.tr("{0} 篇文章未能导出。").format(len(report.failed))
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
