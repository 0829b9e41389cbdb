"""Files and folders -> stored articles, with progress, cancel and a reason for every failure.

Runs on any thread; it never touches Qt. Commits every `batch` files (BATCH by default) so that a
crash loses at most the batch in flight and the store stays consistent; a re-run of the same import
skips what was committed.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Callable, Iterable

from .domain import Extraction, ImportReport, ParsedArticle
from .extraction import extract
from .parsing import parse_text
from .readers import IMPORTABLE, ReadError, read_article
from .store import Store

# Each commit writes the search index's buffered tokens out as a new segment: 50 files a commit cost
# ~2.1 ms of indexing an article, 1,000 ~1.2 ms (bench/bench_app.py). 500 files are ~2 s of work.
BATCH = 500
# Longer bodies (a book, or a year of articles pasted into one file) are stored and indexed but not
# run through the extractor: it is linear in the text, but a million characters already cost ~2 s of
# the import (docs/benchmarks-extraction.md), and such files are not meeting reports.
EXTRACT_LIMIT = 1_000_000

Progress = Callable[[int, int], None]


def _skipped(name: str) -> bool:
    # Word's lock files (~$name.docx) and hidden files (.DS_Store, ._name from macOS) are no articles.
    return name.startswith(("~$", "."))


def _walk(folder: Path) -> list[Path]:
    """Importable files under a folder, recursively; folders that cannot be listed are passed over
    (os.walk's default) and symbolic links to folders are not followed, so a link loop cannot hang."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not _skipped(name) and os.path.splitext(name)[1].lower() in IMPORTABLE:
                found.append(Path(root, name))
    return sorted(found)


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and the importable files inside folders named (recursively), sorted, each once."""
    out: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        found = _walk(p) if p.is_dir() else [p]
        for f in found:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


def _printable(s: str) -> str:
    """A file name as text SQLite takes: undecodable bytes in a name (lone surrogates) become U+FFFD."""
    return s.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def import_text(store: Store, text: str, name: str = "", path: str | None = None) -> int | None:
    """Parse, extract and store one article's text; None when it is already in the store."""
    return import_parsed(store, parse_text(text, fallback_title=name), path=path)


def import_parsed(store: Store, parsed: ParsedArticle, path: str | None = None) -> int | None:
    """Extract and store one parsed article; None when it is already in the store."""
    if not parsed.body.strip():
        raise ReadError("empty")
    if store.has_body(parsed.body):
        return None
    if len(parsed.body) > EXTRACT_LIMIT:
        found = Extraction()
    else:
        found = extract(parsed.body, title=parsed.title, subtitle=parsed.subtitle)
    return store.add_article(parsed, found, path=path)


def update_from_file(store: Store, article_id: int, path: str | Path) -> None:
    """Replace a stored article's text and fields with a changed file's, keeping the person's
    corrections and task tracking (a revision records the change; extraction runs again)."""
    import dataclasses

    parsed = read_article(Path(path), fallback_title=_printable(Path(path).stem))
    state = store.article_state(article_id)
    if state is None:
        raise ReadError("missing", f"article {article_id}")
    with store.transaction():
        store.save_article_state(article_id, dataclasses.replace(
            state, title=parsed.title, subtitle=parsed.subtitle, source=parsed.source,
            date=parsed.date or "", views="" if parsed.views is None else str(parsed.views), body=parsed.body),
            who="导入更新")
        found = extract(parsed.body, title=parsed.title, subtitle=parsed.subtitle) \
            if len(parsed.body) <= EXTRACT_LIMIT else Extraction()
        store.replace_extraction(article_id, found)


def import_paths(store: Store, paths: Iterable[str | Path], progress: Progress | None = None,
                 cancel: threading.Event | None = None, batch: int = BATCH) -> ImportReport:
    files = expand_paths(paths)
    report = ImportReport()
    total = len(files)
    done = 0
    while done < total:
        if cancel is not None and cancel.is_set():
            report.cancelled = True
            break
        with store.transaction():
            for f in files[done:done + max(1, batch)]:
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
    name = _printable(str(f))
    try:
        parsed = read_article(f, fallback_title=_printable(f.stem))
        if not store.has_body(parsed.body):
            existing = store.same_title_and_date(parsed.title, parsed.date)
            if existing is not None:
                report.changed.append((name, existing))
                return
        article_id = import_parsed(store, parsed, path=name)
    except ReadError as e:
        report.failed.append((name, e.code))
        return
    except Exception as e:  # an unexpected parser or extractor error must not stop the batch
        report.failed.append((name, f"error: {type(e).__name__}: {e}"))
        return
    if article_id is None:
        report.duplicates.append(name)
    else:
        report.imported.append(article_id)
