"""Tasks as CSV (the 任务分解表 columns, UTF-8 with BOM for Excel) and articles as one JSON array."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from ..contract import article_json
from ._shared import TASK_COLUMNS, TaskTableWriter, Writer, count_top_level, formula_safe, task_rows

def csv_cell(value: str) -> str:
    """The value, with a "'" in front when a spreadsheet would run it as a formula (CSV injection)."""
    return formula_safe(value)


class TasksCsv(TaskTableWriter):
    extension = ".csv"

    def save(self, path: Path) -> None:
        # utf-8-sig: Excel opens a BOM-less UTF-8 CSV as the ANSI code page and garbles Chinese.
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(TASK_COLUMNS)
            for row in self.rows:
                w.writerow([csv_cell(v) for v in row.cells()])


class ArticlesJson(Writer):
    """One JSON array of the extract contract's objects (EXTRACT_FORMAT.md), each task with its
    tracking fields under "tracking" (序号 as "number", then the store's 督办 fields: status 未启动 and
    the rest empty for an untracked task)."""

    extension = ".json"
    wants_tracking = True

    def __init__(self, **kw):
        super().__init__(**kw)
        self.items: list[dict] = []
        self.next_number = 1

    def add(self, article, tracking=None, only=None, orphans=()) -> None:
        tasks = tuple(t for t in article.tasks if only is None or t.id in only)
        obj = article_json(title=article.title, subtitle=article.subtitle, source=article.source,
                           date=article.date, views=article.views, body=article.body,
                           officials=article.officials, tasks=tasks, path=article.path)
        rows = task_rows(article, self.next_number, tracking, only)
        by_id = {r.task.id: r.tracking() for r in rows}
        for t in obj["tasks"]:
            t["tracking"] = by_id[t["id"]]
        obj = {"id": article.id, **obj}
        self.items.append(obj)
        self.next_number += count_top_level({r.task.id: r.number for r in rows})

    def save(self, path: Path) -> None:
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            json.dump(self.items, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
