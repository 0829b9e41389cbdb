"""zhengwen export: articles, or the 任务分解表 of their tasks, to a file or a folder."""
from __future__ import annotations

import sys


def cmd_export(args) -> int:
    from ..export import ExportError, export_articles
    from . import words as w
    from .library import _open_read_only

    store = _open_read_only(args.db)  # export never writes to the store
    if store is None:
        from ..seed import resolve_db
        from ..store import StoreError

        raise StoreError("missing_store", str(resolve_db(args.db)[0]))
    with store:
        ids = store.article_ids(args.search or None)
        try:
            # the 任务分解表 formats (xlsx, csv, tasks_docx, json) carry each task's 督办 tracking;
            # OUT as typed: "out/" names a folder even before it exists
            report = export_articles(store, ids, args.format, args.out, layout=args.layout,
                                     overwrite=args.force, template=args.template, tracking=True)
        except ExportError as e:
            print(w.say("export_failed", path=f"{w.export_words(e.code)} ({e})"), file=sys.stderr)
            return w.CANNOT_WRITE if e.code == "write_failed" else w.SOME_FAILED
    for path in report.written:
        print(w.say("written", path=path))
    for what, why in report.failed:
        print(w.say("export_failed", path=f"{what}: {w.export_words(why)} ({why})"), file=sys.stderr)
    for warning in report.warnings:
        print(w.say("warning", path=f"{w.font_words(warning)} ({warning})"), file=sys.stderr)
    if report.failed and all(why == "write_failed" for _, why in report.failed):
        return w.CANNOT_WRITE
    return w.SOME_FAILED if report.failed else w.OK


def register(sub) -> None:
    x = sub.add_parser("export", help="write articles (or their tasks) to a file")
    x.add_argument("--format", required=True, choices=["docx", "tasks_docx", "xlsx", "pdf", "html", "md", "csv", "json", "txt"],
                   help="xlsx, csv and tasks_docx write the 任务分解表 of the articles' tasks")
    x.add_argument("--layout", choices=["plain", "gongwen"], default="plain", help="docx layout")
    x.add_argument("--search", help="export only what this search finds (default: every article)")
    x.add_argument("--force", action="store_true", help="overwrite an existing file")
    x.add_argument("--template", default="{date}-{title}",
                   help="file names when OUT is a folder (one file per article)")
    x.add_argument("out", help="the file to write, or a folder for one file per article")
    x.set_defaults(func=cmd_export)
