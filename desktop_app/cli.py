"""The `zhengwen` command: no arguments opens the window; subcommands script the store."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .contract import article_json


def _print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def cmd_extract(args) -> int:
    from .extraction import extract
    from .parsing import parse_text
    from .readers import ReadError, read_text_file

    status = 0
    for path in args.files:
        try:
            text = sys.stdin.read() if path == "-" else read_text_file(path)
            parsed = parse_text(text, fallback_title=Path(path).stem if path != "-" else "")
            found = extract(parsed.body, title=parsed.title, subtitle=parsed.subtitle)
        except ReadError as e:
            _print_json({"path": path, "error": e.code + (f": {e.detail}" if e.detail else "")})
            status = 1
            continue
        except Exception as e:  # one bad file must not stop the rest
            _print_json({"path": path, "error": f"{type(e).__name__}: {e}"})
            status = 1
            continue
        if args.json:
            _print_json(article_json(path=path, title=parsed.title, subtitle=parsed.subtitle,
                                     source=parsed.source, date=parsed.date, views=parsed.views,
                                     body=parsed.body, officials=found.officials, tasks=found.tasks))
        else:
            print(f"== {parsed.title} ({path})")
            for o in found.officials:
                print(f"  官员 {o.name} — {'、'.join(o.titles)} ×{len(o.mentions)}")
            for t in found.tasks:
                print(f"  {'    ' * (t.level - 1)}任务 [{t.speaker or '—'}] {t.text}")
    return status


def _summary_json(s) -> dict:
    return {"id": s.id, "title": s.title, "date": s.date, "source": s.source,
            "officials": s.n_officials, "tasks": s.n_tasks}


def _print_rows(store, ids, as_json: bool) -> None:
    rows = store.summaries(ids)
    for i in ids:
        s = rows[i]
        if as_json:
            _print_json(_summary_json(s))
        else:
            print(f"{s.id:>6}  {s.date or '—':<10}  {s.source or '—':<8}  官员{s.n_officials:>3} 任务{s.n_tasks:>3}  {s.title}")


def cmd_import(args) -> int:
    from .importer import BATCH, import_paths
    from .seed import open_store

    missing = [p for p in args.paths if not Path(p).exists()]
    with open_store(args.db) as store:
        report = import_paths(store, [p for p in args.paths if p not in missing], batch=args.batch or BATCH)
        updated = []
        if args.update:
            from .importer import update_from_file

            for path, article_id in report.changed:
                update_from_file(store, article_id, path)
                updated.append(path)
    for path, article_id in report.changed:
        if path in updated:
            print(f"已更新 (updated) #{article_id}: {path}")
        else:
            print(f"标题和日期与已有文章 #{article_id} 相同但内容不同,未导入;加 --update 可更新 "
                  f"(changed, not imported; --update replaces the stored text): {path}")
    for p in missing:
        report.failed.append((p, "missing"))
    for path in report.duplicates:
        print(f"已在库中,未重复导入 (already in the store): {path}")
    from .readers import describe

    for path, why in report.failed:
        print(f"导入失败 (failed): {path}: {describe(why.split(':')[0])} ({why})", file=sys.stderr)
    print(f"导入 {len(report.imported)} 篇,重复 {len(report.duplicates)} 篇,失败 {len(report.failed)} 篇"
          f" (imported {len(report.imported)}, duplicates {len(report.duplicates)}, failed {len(report.failed)})")
    return 1 if report.failed else 0


def cmd_list(args) -> int:
    from .seed import open_store

    with open_store(args.db) as store:
        _print_rows(store, store.article_ids(None, limit=args.limit), args.json)
    return 0


def cmd_search(args) -> int:
    from .seed import open_store

    with open_store(args.db) as store:
        ids = store.article_ids(" ".join(args.words), limit=args.limit)
        _print_rows(store, ids, args.json)
    return 0


def cmd_export(args) -> int:
    from .export import ExportError, export_articles
    from .seed import open_store

    with open_store(args.db) as store:
        ids = store.article_ids(args.search or None)
        try:
            # the 任务分解表 formats (xlsx, csv, tasks_docx, json) carry each task's 督办 tracking
            report = export_articles(store, ids, args.format, Path(args.out), layout=args.layout,
                                     overwrite=args.force, template=args.template, tracking=True)
        except ExportError as e:
            print(f"导出失败 (export failed): {e}", file=sys.stderr)
            return 1
    for path in report.written:
        print(f"已写入 (written): {path}")
    for what, why in report.failed:
        print(f"失败 (failed): {what}: {why}", file=sys.stderr)
    for warning in report.warnings:
        print(f"注意 (warning): {warning}", file=sys.stderr)
    return 1 if report.failed else 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="zhengwen", description="政文阅览 Zhengwen Reader")
    p.add_argument("--db", help="the store file (default: $ZHENGWEN_DB or the user's data folder)")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="interface language (default: the setting, else the system's)")
    p.add_argument("--self-test", action="store_true",
                   help="check the installation headless (temporary store, sample, window, DOCX) and exit")
    sub = p.add_subparsers(dest="command")

    e = sub.add_parser("extract", help="print the officials and tasks of article files")
    e.add_argument("--json", action="store_true", help="one JSON object per file (JSON lines)")
    e.add_argument("files", nargs="+", help="article files; - reads standard input")
    e.set_defaults(func=cmd_extract)

    i = sub.add_parser("import", help="add article files and folders to the store")
    i.add_argument("paths", nargs="+")
    i.add_argument("--batch", type=int, metavar="N",
                   help="commit every N files (default 500; fewer loses less work to a crash, more is faster)")
    i.add_argument("--update", action="store_true",
                   help="a file with the title and date of a stored article but other text replaces it")
    i.set_defaults(func=cmd_import)

    for name, func, helptext in (("list", cmd_list, "list the store's articles, newest first"),
                                 ("search", cmd_search, "articles that contain every word, newest first")):
        c = sub.add_parser(name, help=helptext)
        if name == "search":
            c.add_argument("words", nargs="+", help='words (AND), "phrases", -word, 官员:姓名, 任务:词, 职务:市长')
        c.add_argument("--json", action="store_true", help="one JSON object per line")
        c.add_argument("--limit", type=int, default=None, help="print at most N articles")
        c.set_defaults(func=func)

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
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(sys.stdout, "reconfigure", None):
        sys.stdout.reconfigure(encoding="utf-8")
    if args.self_test:
        from .self_test import run

        return run(args.lang)
    if args.command is None:
        from .app import run_gui

        return run_gui(args.db or os.environ.get("ZHENGWEN_DB"), lang=args.lang)
    return args.func(args)
