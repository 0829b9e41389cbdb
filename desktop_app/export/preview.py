"""A short look at what an export will write, before it is written: the first rows of the 任务分解表,
the first paragraphs of the first article, or the start of the text file itself. Qt-free.

Everything here reads at most a few articles, so the export pane can call it on the GUI thread each
time the user changes a choice.
"""
from __future__ import annotations

import importlib
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from . import FORMATS, safe_filename
from ._shared import TASK_COLUMNS, Segment, count_top_level, meta_line, paragraphs, task_rows, tracking_of

# Formats that write the tasks of the articles (one row each), not the articles themselves.
TASK_FORMATS = ("xlsx", "tasks_docx", "csv")
# Text formats read as text: the preview is the start of the very file the export writes (HTML, like
# DOCX and PDF, is previewed as the rendered page).
SOURCE_FORMATS = ("md", "txt", "json")
SCAN_LIMIT = 5000  # ids looked at (by their summary) when hunting for articles that have tasks
_CHUNK = 256


@dataclass
class Preview:
    """kind "table": `rows` of TASK_COLUMNS cells; "document": the first article's title, meta line and
    first `paragraphs` (highlight segments); "source": the first characters of the written file."""

    kind: str
    articles: int = 0  # articles in the scope
    headers: tuple[str, ...] = TASK_COLUMNS
    rows: list[list[str]] = field(default_factory=list)
    levels: list[int] = field(default_factory=list)  # 1 for a top-level task, 2 … below it
    title: str = ""
    subtitle: str = ""
    meta: str = ""
    paragraphs: list[list[Segment]] = field(default_factory=list)
    text: str = ""
    more: bool = False  # the file holds more than the preview shows
    empty: bool = False  # nothing to show: no article, or no task in the scope


def articles_with_tasks(store, ids: Iterable[int], limit: int | None = None) -> Iterator[int]:
    """The ids (in the given order) whose articles have at least one task; looks at `limit` ids at most."""
    ids = list(ids) if limit is None else list(_take(ids, limit))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        summaries = store.summaries(chunk)
        for i in chunk:
            s = summaries.get(i)
            if s is not None and s.n_tasks:
                yield i


def _take(ids: Iterable[int], n: int) -> Iterator[int]:
    for k, i in enumerate(ids):
        if k >= n:
            return
        yield i


def build_preview(store, ids: list[int], fmt: str, *, layout: str = "plain", max_rows: int = 8,
                  max_paragraphs: int = 6, max_chars: int = 3000, only: dict[int, set[str]] | None = None) -> Preview:
    """The preview of exporting `ids` as `fmt` (for task formats, only the tasks in `only` when given).
    Raises ExportError("unknown_format") for a bad format."""
    if fmt not in FORMATS:
        from . import ExportError
        raise ExportError("unknown_format", fmt)
    ids = list(ids)
    if fmt in TASK_FORMATS:
        return _table(store, ids, max_rows, only)
    first = next((a for a in (store.article(i) for i in ids[:20]) if a is not None), None)
    if first is None:
        return Preview(kind="source" if fmt in SOURCE_FORMATS else "document", articles=len(ids), empty=True)
    if fmt in SOURCE_FORMATS:
        text = _written_text(first, fmt, layout)
        more = len(text) > max_chars or len(ids) > 1
        return Preview(kind="source", articles=len(ids), text=text[:max_chars], more=more)
    paras = [p for p in paragraphs(first) if any(s.text.strip() for s in p)]
    return Preview(kind="document", articles=len(ids), title=first.title, subtitle=first.subtitle,
                   meta=meta_line(first), paragraphs=paras[:max_paragraphs],
                   more=len(paras) > max_paragraphs or len(ids) > 1)


def _table(store, ids: list[int], max_rows: int, only: dict[int, set[str]] | None = None) -> Preview:
    """The first rows of the 任务分解表 as the export writes them, 督办 columns included; with `only`
    (article id -> task ids, e.g. the task board's filtered rows) just those tasks."""
    out = Preview(kind="table", articles=len(ids))
    number = 1
    scan = ids if only is not None else articles_with_tasks(store, ids, SCAN_LIMIT)
    for article_id in scan:
        article = store.article(article_id)
        if article is None:
            continue
        tracked, orphans = tracking_of(store, article_id)
        keep = only.get(article_id, set()) if only is not None else None
        rows = task_rows(article, number, tracked, keep, orphans if keep is not None else ())
        number += count_top_level({r.task.id: r.number for r in rows})
        for r in rows:
            if len(out.rows) == max_rows:
                out.more = True
                return out
            out.rows.append(r.cells())
            out.levels.append(r.level)
    out.empty = not out.rows
    return out


def _written_text(article, fmt: str, layout: str) -> str:
    """The text file the export would write for this one article (written to a temporary folder)."""
    module, cls, ext = FORMATS[fmt]
    writer = getattr(importlib.import_module(f"{__package__}.{module}"), cls)(layout=layout, warnings=[])
    writer.add(article)
    writer.count += 1
    with tempfile.TemporaryDirectory(prefix="zw-preview-") as tmp:
        path = Path(tmp) / f"preview{ext}"
        writer.save(path)
        return path.read_text(encoding="utf-8-sig", errors="replace")


def file_names(store, ids: list[int], template: str, ext: str, n: int | None = 3) -> list[str]:
    """The names the first `n` files (all with n=None) of a one-file-per-article export get, by the
    export's own rules (including " (2)" for a repeated name). Raises ExportError("bad_template").

    Reads article summaries, not whole articles, unless the template names {subtitle}."""
    from ..domain import Article

    safe_filename(template, Article(id=0, title="", body=""))  # a bad template fails before any reading
    names: list[str] = []
    used: set[str] = set()
    ids = list(ids)
    need_subtitle = "subtitle" in template
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        summaries = store.summaries(chunk)
        for article_id in chunk:
            s = summaries.get(article_id)
            if s is None:
                continue
            article = (store.article(article_id) if need_subtitle else
                       Article(id=s.id, title=s.title, body="", source=s.source, date=s.date))
            if article is None:
                continue
            stem = safe_filename(template, article)
            name, k = stem + ext, 2
            while name.lower() in used:
                name, k = f"{stem} ({k}){ext}", k + 1
            used.add(name.lower())
            names.append(name)
            if n is not None and len(names) == n:
                return names
    return names
