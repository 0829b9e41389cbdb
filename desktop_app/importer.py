"""Files and folders -> stored articles, with progress, cancel and a reason for every failure.

Runs on any thread; it never touches Qt. Commits every BATCH files so that a crash loses at most
the batch in flight and the store stays consistent.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable, Iterable

from .domain import ImportReport
from .extraction import extract
from .parsing import parse_text
from .readers import TEXT_SUFFIXES, ReadError, read_text_file
from .store import Store

BATCH = 50
IMPORTABLE = {".txt", ".md", ".text"}

Progress = Callable[[int, int], None]


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and the importable files inside folders named (recursively), sorted, each once."""
    out: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in IMPORTABLE) \
            if p.is_dir() else [p]
        for f in found:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


def import_text(store: Store, text: str, name: str = "", path: str | None = None) -> int | None:
    """Parse, extract and store one article's text; None when it is already in the store."""
    parsed = parse_text(text, fallback_title=name)
    if not parsed.body.strip():
        raise ReadError("empty")
    if store.has_body(parsed.body):
        return None
    return store.add_article(parsed, extract(parsed.body, title=parsed.title, subtitle=parsed.subtitle), path=path)


def import_paths(store: Store, paths: Iterable[str | Path], progress: Progress | None = None,
                 cancel: threading.Event | None = None) -> ImportReport:
    files = expand_paths(paths)
    report = ImportReport()
    total = len(files)
    done = 0
    while done < total:
        if cancel is not None and cancel.is_set():
            report.cancelled = True
            break
        with store.transaction():
            for f in files[done:done + BATCH]:
                if cancel is not None and cancel.is_set():
                    break
                _import_one(store, f, report)
                done += 1
                if progress:
                    progress(done, total)
    if cancel is not None and cancel.is_set() and done < total:
        report.cancelled = True
    return report


def _import_one(store: Store, f: Path, report: ImportReport) -> None:
    try:
        if f.suffix.lower() not in TEXT_SUFFIXES and f.suffix.lower() not in IMPORTABLE:
            raise ReadError("unsupported", f.suffix)
        text = read_text_file(f)
        article_id = import_text(store, text, name=f.stem, path=str(f))
    except ReadError as e:
        report.failed.append((str(f), e.code))
        return
    except Exception as e:  # an unexpected parser or extractor error must not stop the batch
        report.failed.append((str(f), f"error: {type(e).__name__}: {e}"))
        return
    if article_id is None:
        report.duplicates.append(str(f))
    else:
        report.imported.append(article_id)
