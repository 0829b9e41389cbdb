"""Files and folders -> stored articles, with progress, cancel and a reason for every failure.

Runs on any thread; it never touches Qt. Commits every `batch` files (BATCH by default) so that a
crash loses at most the batch in flight and the store stays consistent; a re-run of the same import
skips what was committed.
"""
from __future__ import annotations

import os
import stat
import threading
from pathlib import Path
from typing import Callable, Iterable

from .domain import Extraction, ImportReport, ParsedArticle
from .extraction import extract
from .parsing import parse_text
from .readers import IMPORTABLE, ReadError, read_article
from .store import DatabaseFailure, Store, error_code

# Each commit writes the search index's buffered tokens out as a new segment: 50 files a commit cost
# ~2.1 ms of indexing an article, 1,000 ~1.2 ms (bench/bench_app.py). 500 files are ~2 s of work.
BATCH = 500
# Longer bodies (a book, or a year of articles pasted into one file) are stored and indexed but not
# run through the extractor: it is linear in the text, but a million characters already cost ~2 s of
# the import (docs/benchmarks-extraction.md), and such files are not meeting reports.
EXTRACT_LIMIT = 1_000_000

Progress = Callable[[int, int], None]


def _hidden(name: str) -> bool:
    # Word's lock files (~$name.docx) and hidden files (.DS_Store, ._name from macOS) are no articles.
    return name.startswith(("~$", "."))


def _inside(path: str, top: str) -> bool:
    """Whether a link's target lies inside the imported folder (`top` already resolved)."""
    target = os.path.realpath(path)
    return target == top or target.startswith(top.rstrip(os.sep) + os.sep)


def _why_not(full: str, name: str, top: str) -> str | None:
    """Why a file found in a folder is not read (a reason code of ImportReport.skipped), or None.

    Only regular files are read: a FIFO named x.txt would block the reader for ever (with the
    store's write lock held), a device would never end. A link is followed only when its target
    stays inside the imported folder: `passwd.txt -> /etc/passwd` must not become an article.
    """
    if _hidden(name):
        return "hidden"
    if os.path.islink(full) and not _inside(full, top):
        return "link_outside"
    try:
        st = os.stat(full)
    except FileNotFoundError:
        return "missing"  # a link to nothing, or a file removed while we walk
    except OSError:
        return "unreadable"
    if not stat.S_ISREG(st.st_mode):
        return "not_regular"
    if os.path.splitext(name)[1].lower() not in IMPORTABLE:
        return "unsupported"
    return None


def _walk(folder: Path, skipped: list[tuple[str, str]]) -> list[Path]:
    """Importable files under a folder, recursively; everything passed over goes to `skipped` with
    its reason (folders that cannot be listed, hidden ones, links leaving the folder, other types).
    Links to folders are never followed (a link inside is walked where it really is; a loop cannot
    hang the walk)."""
    top = os.path.realpath(folder)
    found: list[Path] = []

    def unreadable(err: OSError) -> None:
        skipped.append((_printable(err.filename or str(folder)), "unreadable"))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        kept = []
        for d in sorted(dirs):
            full = os.path.join(root, d)
            if d.startswith("."):
                skipped.append((_printable(full), "hidden"))
            elif os.path.islink(full):
                if not _inside(full, top):
                    skipped.append((_printable(full), "link_outside"))
            else:
                kept.append(d)
        dirs[:] = kept
        for name in sorted(files):
            full = os.path.join(root, name)
            why = _why_not(full, name, top)
            if why is None:
                found.append(Path(full))
            else:
                skipped.append((_printable(full), why))
    return sorted(found)


def expand_paths(paths: Iterable[str | Path], skipped: list[tuple[str, str]] | None = None) -> list[Path]:
    """Files named, and the importable files inside folders named (recursively), sorted, each once.
    What the folder walk passes over is appended to `skipped` as (path, reason code)."""
    skipped = [] if skipped is None else skipped
    out: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        found = _walk(p, skipped) if p.is_dir() else [p]
        for f in found:
            try:
                key = f.resolve()
            except (OSError, RuntimeError):  # a link loop named on the command line
                key = f.absolute()
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


def import_parsed(store: Store, parsed: ParsedArticle, path: str | None = None, checked: bool = False) -> int | None:
    """Extract and store one parsed article; None when it is already in the store. `checked`: the
    caller has just asked store.has_body (a round trip less per article on a server library)."""
    if not parsed.body.strip():
        raise ReadError("empty")
    if not checked and store.has_body(parsed.body):
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


class ImportStopped(Exception):
    """The import stopped before its end: the store failed (disk full, locked: `code` as
    store.error_code gives it) or the user pressed Ctrl-C ('interrupted'). `report` says what was
    committed (imported) and what was not (report.left); the batch in flight was rolled back."""

    def __init__(self, code: str, report: ImportReport, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.report = report


def import_paths(store: Store, paths: Iterable[str | Path], progress: Progress | None = None,
                 cancel: threading.Event | None = None, batch: int = BATCH) -> ImportReport:
    with store.importing():
        return _import_files(store, paths, progress, cancel, batch)


def _import_files(store: Store, paths, progress, cancel, batch: int) -> ImportReport:
    report = ImportReport()
    files = expand_paths(paths, report.skipped)
    total = len(files)
    done = 0
    while done < total:
        if cancel is not None and cancel.is_set():
            report.cancelled = True
            break
        start = done
        kept = len(report.imported), len(report.duplicates), len(report.changed), len(report.failed)
        try:
            with store.transaction():
                for f in files[done:done + max(1, batch)]:
                    if cancel is not None and cancel.is_set():
                        break
                    _import_one(store, f, report)
                    done += 1
                    if progress:
                        progress(done, total)
        except (DatabaseFailure, OSError, KeyboardInterrupt) as e:
            # The batch in flight was rolled back: what it did is undone, its files are left over.
            del report.imported[kept[0]:], report.duplicates[kept[1]:], report.changed[kept[2]:], \
                report.failed[kept[3]:]
            report.left = [_printable(str(f)) for f in files[start:]]
            report.cancelled = True
            code = "interrupted" if isinstance(e, KeyboardInterrupt) else error_code(e)
            raise ImportStopped(code, report, str(e)) from e
    if cancel is not None and cancel.is_set() and done < total:
        report.cancelled = True
    if report.cancelled:
        report.left = [_printable(str(f)) for f in files[done:]]
    return report


def _import_one(store: Store, f: Path, report: ImportReport) -> None:
    name = _printable(str(f))
    try:
        parsed = read_article(f, fallback_title=_printable(f.stem))
        stored = store.has_body(parsed.body)
        if not stored:
            existing = store.same_title_and_date(parsed.title, parsed.date)
            if existing is not None:
                report.changed.append((name, existing))
                if name != str(f):  # a name that is not valid UTF-8: keep the way to open the file
                    report.sources[name] = str(f)
                return
        if stored and parsed.body.strip():
            article_id = None
        else:
            article_id = import_parsed(store, parsed, path=name, checked=True)
    except ReadError as e:
        report.failed.append((name, e.code))
        return
    except DatabaseFailure:
        raise  # the store failed (disk full, lock): the batch stops, it is no fault of this file
    except Exception as e:  # an unexpected parser or extractor error must not stop the batch
        report.failed.append((name, f"error: {type(e).__name__}: {e}"))
        return
    if article_id is None:
        report.duplicates.append(name)
        match = store.article_with_body(parsed.body)  # the report names it, with a button to open it
        if match is not None:
            report.duplicate_of[name] = (match, store.summaries([match])[match].title)
    else:
        report.imported.append(article_id)
