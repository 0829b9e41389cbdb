"""Printing for the subcommands: JSON lines and the one-line rows of list and search."""
from __future__ import annotations

import json
import sys


def print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def summary_json(s) -> dict:
    return {"id": s.id, "title": s.title, "date": s.date, "source": s.source,
            "officials": s.n_officials, "tasks": s.n_tasks}


def print_rows(store, ids, as_json: bool) -> None:
    rows = store.summaries(ids)
    for i in ids:
        s = rows[i]
        if as_json:
            print_json(summary_json(s))
        else:
            print(f"{s.id:>6}  {s.date or '—':<10}  {s.source or '—':<8}  官员{s.n_officials:>3} 任务{s.n_tasks:>3}  {s.title}")
