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


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="zhengwen", description="政文阅览 Zhengwen Reader")
    p.add_argument("--db", help="the store file (default: $ZHENGWEN_DB or the user's data folder)")
    sub = p.add_subparsers(dest="command")

    e = sub.add_parser("extract", help="print the officials and tasks of article files")
    e.add_argument("--json", action="store_true", help="one JSON object per file (JSON lines)")
    e.add_argument("files", nargs="+", help="article files; - reads standard input")
    e.set_defaults(func=cmd_extract)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(sys.stdout, "reconfigure", None):
        sys.stdout.reconfigure(encoding="utf-8")
    if args.command is None:
        from .app import run_gui

        return run_gui(args.db or os.environ.get("ZHENGWEN_DB"))
    return args.func(args)
