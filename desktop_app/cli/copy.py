"""zhengwen copy SRC DST: a whole library from one store to another (SQLite file <-> server)."""
from __future__ import annotations

import sys


def _open(name: str, create: bool):
    from ..store import Store
    from ..store.server import is_server_url, open_server_store

    if is_server_url(name):
        # No statement timeout: building the search index of a large library in one statement
        # takes minutes at 200,000 articles (42 min at a million), and the 30 s default cancelled it and the copy.
        return open_server_store(name, interactive=True, statement_timeout_ms=0)
    from pathlib import Path

    if not create and not Path(name).exists():
        raise FileNotFoundError(name)
    return Store(name)


def cmd_copy(args) -> int:
    from ..store.server.copy import CopyError, copy_library

    try:
        src = _open(args.src, create=False)
    except FileNotFoundError:
        print(f"找不到资料库 (no such store): {args.src}", file=sys.stderr)
        return 1
    last = [""]

    def progress(table: str, done: int, total: int) -> None:
        if args.quiet:
            return
        line = f"\r复制 (copying) {table}: {done}/{total}"
        print(line, end="", file=sys.stderr, flush=True)
        if done >= total:
            print(file=sys.stderr)
        last[0] = table

    with src:
        with _open(args.dst, create=True) as dst:
            try:
                copied = copy_library(src, dst, progress, owner=args.owner)
            except CopyError as e:
                print(f"复制失败 (copy failed): {e}", file=sys.stderr)
                return 1
    summary = ", ".join(f"{t} {n}" for t, n in copied.items())
    print(f"已复制并核对 (copied and verified: counts and SHA-256 checksums of every table): {summary}")
    return 0


def register(sub) -> None:
    c = sub.add_parser("copy", help="copy a whole library, SQLite file <-> postgresql:// server, and verify it")
    c.add_argument("src", help="a store file or postgresql://user@host:port/db")
    c.add_argument("dst", help="an empty (or new) store file, or an initialised server library")
    c.add_argument("--quiet", action="store_true", help="no progress lines")
    c.add_argument("--owner", metavar="USER",
                   help="the server user whose saved searches are the file's own (file -> server: they become"
                        " USER's; server -> file: USER's become the file's); default: the user who copies")
    c.set_defaults(func=cmd_copy)
