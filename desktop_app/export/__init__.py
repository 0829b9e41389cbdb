"""Write stored articles (or their tasks) to files: one module per format, atomic writes, per-article errors.

Qt-free except `pdf_format`, which uses QtGui (never widgets). Errors are codes for `ui/` to translate:
ExportError.code is one of "exists", "unknown_format", "unknown_layout", "no_articles", "no_folder",
"bad_template", "write_failed"; ExportReport.failed holds (article label, reason) and warnings are FontWarnings
(code, wanted font, used font); desktop_app/catalogue.py has the words for each.
"""
from __future__ import annotations

import importlib
import os
import re
import string
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ..domain import Article
from ._shared import tracking_of

__all__ = ["ExportError", "ExportReport", "export_articles", "safe_filename", "FORMATS", "LAYOUTS",
           "extension"]


class ExportError(Exception):
    """The export as a whole could not be done; `code` is stable, `detail` is for the log."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass
class ExportReport:
    """What one export did: files written, articles that failed with why, and warnings."""

    written: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list = field(default_factory=list)  # FontWarning (export/fonts.py), each once
    cancelled: bool = False


# format -> (module, writer class, extension). Modules are imported on first use so that, for
# instance, a CSV export never loads Qt.
FORMATS: dict[str, tuple[str, str, str]] = {
    "docx": ("docx_format", "ArticleDocx", ".docx"),
    "tasks_docx": ("tasks_docx", "TasksDocx", ".docx"),
    "xlsx": ("xlsx_format", "TasksXlsx", ".xlsx"),
    "pdf": ("pdf_format", "ArticlePdf", ".pdf"),
    "html": ("html_format", "ArticleHtml", ".html"),
    "md": ("markdown_format", "ArticleMarkdown", ".md"),
    "csv": ("csv_json", "TasksCsv", ".csv"),
    "json": ("csv_json", "ArticlesJson", ".json"),
    "txt": ("text_format", "ArticleText", ".txt"),
}
LAYOUTS = ("plain", "gongwen")


def extension(fmt: str) -> str:
    try:
        return FORMATS[fmt][2]
    except KeyError:
        raise ExportError("unknown_format", fmt) from None


def _writer_class(fmt: str):
    try:
        module, cls, _ = FORMATS[fmt]
    except KeyError:
        raise ExportError("unknown_format", fmt) from None
    return getattr(importlib.import_module(f"{__name__}.{module}"), cls)


def _label(article_id, article: Article | None = None) -> str:
    return f"#{article_id} {article.title}" if article is not None else f"#{article_id}"


def export_articles(store, ids, fmt: str, out: Path, *, layout: str = "plain", overwrite: bool = False,
                    progress: Callable[[int, int], None] | None = None, cancel=None,
                    template: str = "{date}-{title}", tracking: bool = True,
                    task_keys: Iterable[tuple[int, str]] | None = None) -> ExportReport:
    """Write the articles `ids` of `store` as `fmt` to the file `out`.

    The task formats (xlsx, csv, tasks_docx, json) fill each task's 督办 columns from the store's
    tracking (Store.task_rows) unless `tracking` is False. `task_keys` — (article id, task id) pairs,
    the task board's filtered rows — keeps only those tasks (tracking whose task is gone included);
    with `ids` None or empty, the articles are those of the keys in the keys' order.

    When `out` is an existing folder, each article goes to its own file named by `template` (see
    `safe_filename`). An article that cannot be read or rendered is listed in `failed` and the rest are
    written. Files are written to a temporary file in the same folder and then renamed over the target,
    so a crash or a cancel never leaves half a file; an existing file is kept unless `overwrite`.
    `progress(done, total)` is called after each article; `cancel` (a threading.Event) stops between
    articles and then nothing (single file) or nothing more (one file per article) is written.
    Runs on the caller's thread; `store` must belong to that thread.
    """
    if layout not in LAYOUTS:
        raise ExportError("unknown_layout", layout)
    writer_class = _writer_class(fmt)
    if isinstance(out, str) and out.endswith(("/", os.sep)) and not Path(out).is_dir():
        # "out/": the user means a folder (one file per article), never a file named "out".
        if not Path(out).parent.is_dir():
            raise ExportError("no_folder", out)
        try:
            Path(out).mkdir()
        except OSError as e:
            raise ExportError("write_failed", f"{out}: {e}") from e
    out = Path(out)
    only = _only(task_keys)
    ids = list(ids or ()) or list(only or ())
    if not ids:
        raise ExportError("no_articles")
    extra = _Extra(tracking, only)
    report = ExportReport()
    if out.is_dir():
        _export_each(store, ids, writer_class, out, layout, overwrite, progress, cancel, template, report, extra)
        return report
    if not out.parent.is_dir():
        raise ExportError("no_folder", str(out.parent))
    if out.exists() and not overwrite:
        raise ExportError("exists", str(out))
    writer = writer_class(layout=layout, warnings=report.warnings)
    total = len(ids)
    for done, article_id in enumerate(ids, 1):
        if cancel is not None and cancel.is_set():
            report.cancelled = True
            return report
        _add(store, article_id, writer, report, extra)
        if progress:
            progress(done, total)
    if cancel is not None and cancel.is_set():
        report.cancelled = True
        return report
    if writer.count == 0:
        return report  # every article failed: no empty file
    _atomic_save(writer, out, overwrite)
    report.written.append(out)
    return report


@dataclass(frozen=True)
class _Extra:
    """What task writers get beside the article: the store's tracking, and the tasks to keep."""

    tracking: bool = True
    only: dict[int, set[str]] | None = None

    def add(self, store, article: Article, writer) -> None:
        if not getattr(writer, "wants_tracking", False):
            writer.add(article)
            return
        tracked, orphans = tracking_of(store, article.id) if self.tracking else ({}, ())
        only = self.only.get(article.id, set()) if self.only is not None else None
        writer.add(article, tracking=tracked, only=only, orphans=orphans if only is not None else ())


def _only(task_keys) -> dict[int, set[str]] | None:
    """article id -> task ids, in the keys' order of articles (dicts keep it); None: every task."""
    if task_keys is None:
        return None
    only: dict[int, set[str]] = {}
    for article_id, task_id in task_keys:
        only.setdefault(int(article_id), set()).add(str(task_id))
    return only


def _add(store, article_id, writer, report: ExportReport, extra: _Extra = _Extra()) -> bool:
    article = None
    try:
        article = store.article(article_id)
        if article is None:
            report.failed.append((_label(article_id), "not_found"))
            return False
        extra.add(store, article, writer)
        writer.count += 1
        return True
    except Exception as e:  # one bad article must not stop the others
        report.failed.append((_label(article_id, article), f"{type(e).__name__}: {e}"))
        return False


def _export_each(store, ids, writer_class, folder: Path, layout, overwrite, progress, cancel, template,
                 report: ExportReport, extra: _Extra = _Extra()) -> None:
    ext = writer_class.extension
    used: set[str] = set()
    total = len(ids)
    for done, article_id in enumerate(ids, 1):
        if cancel is not None and cancel.is_set():
            report.cancelled = True
            return
        try:
            article = store.article(article_id)
        except Exception as e:
            report.failed.append((_label(article_id), f"{type(e).__name__}: {e}"))
            article = None
        else:
            if article is None:
                report.failed.append((_label(article_id), "not_found"))
        if article is not None:
            stem = safe_filename(template, article)
            name, k = stem + ext, 2
            while name.lower() in used:
                name, k = f"{stem} ({k}){ext}", k + 1
            used.add(name.lower())
            target = folder / name
            if target.exists() and not overwrite:
                report.failed.append((_label(article_id, article), "exists"))
            else:
                writer = writer_class(layout=layout, warnings=[])
                try:
                    extra.add(store, article, writer)
                    writer.count += 1
                    _atomic_save(writer, target, overwrite)
                    report.written.append(target)
                except ExportError as e:
                    report.failed.append((_label(article_id, article), e.code))
                except Exception as e:
                    report.failed.append((_label(article_id, article), f"{type(e).__name__}: {e}"))
                for w in writer.warnings:  # font warnings repeat per file: keep each once
                    if w not in report.warnings:
                        report.warnings.append(w)
        if progress:
            progress(done, total)


def _flush_to_disk(path: Path) -> None:
    """fsync: a disk that fills up reports it here at the latest (delayed allocation), while the
    file still has its temporary name; OSError then, and nothing is left at the target name."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _atomic_save(writer, out: Path, overwrite: bool) -> None:
    # A fresh name the writer creates itself (mkstemp would leave the file readable by its owner only).
    tmp = out.parent / f".~{out.stem[:40]}.{secrets.token_hex(6)}.tmp"
    try:
        writer.save(tmp)
        _flush_to_disk(tmp)
        if out.exists() and not overwrite:  # appeared while we were writing
            raise ExportError("exists", str(out))
        os.replace(tmp, out)
    except ExportError:
        tmp.unlink(missing_ok=True)
        raise
    except OSError as e:  # e.g. the target is open in Word on Windows
        tmp.unlink(missing_ok=True)
        raise ExportError("write_failed", f"{out}: {e}") from e
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# -- file names ---------------------------------------------------------------------------------
_FIELDS = ("id", "title", "date", "source", "subtitle")
_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
# Windows reserves these device names whatever the extension, also with the superscript digits ¹²³
# (which it reads as 1 2 3) and the console's CONIN$/CONOUT$.
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
             *(f"{dev}{d}" for dev in ("COM", "LPT") for d in "123456789\u00b9\u00b2\u00b3")}
# Invisible format characters (Unicode Cf: bidi overrides such as U+202E, zero-width marks, BOM):
# in a file name "report\u202Efdp.exe" shows as "reportexe.pdf".
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]")
MAX_NAME = 120
# Linux and macOS file systems count a name in bytes (255 at most): 120 CJK characters are 360 bytes
# in UTF-8. Room is left for " (2)", the extension and the temporary name beside it.
MAX_NAME_BYTES = 200


def safe_filename(template: str, article: Article, max_length: int = MAX_NAME) -> str:
    """A file name stem (no extension) from `template`, e.g. "{date}-{title}", safe on Windows.

    Fields: {id}, {title}, {date}, {source}, {subtitle}; a missing date is empty. Characters Windows
    refuses (\\ / : * ? " < > | and controls) become "_", runs of spaces collapse, names Windows reserves
    (CON, NUL, COM1 …) get a "_" in front, trailing dots and spaces go, and the stem is cut to
    `max_length` characters and MAX_NAME_BYTES bytes of UTF-8 (a 300-character Chinese title would
    otherwise be refused by Linux with "File name too long"). Unknown fields raise ExportError("bad_template").
    """
    values = {"id": str(article.id), "title": article.title or "", "date": article.date or "",
              "source": article.source or "", "subtitle": article.subtitle or ""}
    parts: list[str] = []
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as e:
        raise ExportError("bad_template", str(e)) from None
    for literal, name, spec, conv in parsed:
        parts.append(literal)
        if name is None:
            continue
        if name not in _FIELDS or spec or conv:
            raise ExportError("bad_template", name)
        parts.append(values[name])
    name = _FORBIDDEN.sub("_", _INVISIBLE.sub("", "".join(parts)))
    name = re.sub(r"\s+", " ", name)
    name = name.strip(" .-_\u3000")  # an empty field leaves a dangling separator
    name = name[:max_length]
    name = name.encode("utf-8", "ignore")[:MAX_NAME_BYTES].decode("utf-8", "ignore")  # whole characters
    name = name.rstrip(" .\u3000")
    if not name:
        name = f"article-{article.id}"
    if name.split(".")[0].strip(" .").upper() in _RESERVED:
        name = "_" + name
    return name
