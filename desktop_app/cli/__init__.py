"""The `zhengwen` command: no arguments opens the window; subcommands script the store.

Each subcommand lives in its own module of this package with a `register(subparsers)` that adds its
parser and sets `func`; COMMANDS lists them in the order `--help` shows them. A module is imported
only to build the parser, and the work it does imports what it needs when it runs.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys

COMMANDS = ("extract", "library", "export", "trash", "server", "copy")  # modules of this package, each with register(sub)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="zhengwen", description="政文阅览 Zhengwen Reader")
    p.add_argument("--db", help="the store file, or postgresql://user@host:port/db for a server library"
                                " (default: $ZHENGWEN_DB or the user's data folder)")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="interface language (default: the setting, else the system's)")
    p.add_argument("--self-test", action="store_true",
                   help="check the installation headless (temporary store, sample, window, DOCX) and exit")
    sub = p.add_subparsers(dest="command")
    for name in COMMANDS:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(sys.stdout, "reconfigure", None):
        sys.stdout.reconfigure(encoding="utf-8")
    if args.self_test:
        from ..self_test import run

        return run(args.lang)
    if args.command is None:
        from ..app import run_gui

        return run_gui(args.db or os.environ.get("ZHENGWEN_DB"), lang=args.lang)
    try:
        return args.func(args)
    except (ConnectionError, PermissionError) as e:
        # A server library that is gone, too slow, or refuses the user's change: one line, no traceback.
        print(str(e).splitlines()[0] if str(e) else type(e).__name__, file=sys.stderr)
        return 2
    except ImportError as e:
        if getattr(e, "name", "") and e.name.split(".")[0] in ("psycopg", "psycopg_pool"):
            print("需要安装服务器支持 (server support is not installed): pip install 'zhengwen-reader[server]'",
                  file=sys.stderr)
            return 2
        raise
