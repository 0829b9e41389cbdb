"""Articles and extractions as the JSON objects of ../shared/EXTRACT_FORMAT.md (also used by JSON export)."""
from __future__ import annotations

from typing import Any

from .domain import Official, Task


def official_json(o: Official) -> dict[str, Any]:
    return {"name": o.name, "titles": list(o.titles),
            "mentions": [{"start": m.start, "end": m.end} for m in o.mentions]}


def task_json(t: Task) -> dict[str, Any]:
    return {"id": t.id, "parent": t.parent, "level": t.level, "ordinal": t.ordinal,
            "speaker": t.speaker, "text": t.text, "start": t.start, "end": t.end}


def article_json(*, title: str, subtitle: str, source: str, date: str | None, views: int | None,
                 body: str, officials, tasks, path: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if path is not None:
        out["path"] = path
    out.update(title=title, subtitle=subtitle, source=source, date=date, views=views, body=body,
               officials=[official_json(o) for o in officials], tasks=[task_json(t) for t in tasks])
    return out
