"""The `zhengwen` command: no arguments opens the window; subcommands script the store.

Each subcommand lives in its own module of this package with a `register(subparsers)` that adds its
parser and sets `func`; COMMANDS lists them in the order `--help` shows them. A module is imported
only to build the parser, and the work it does imports what it needs when it runs.
"""
from __future__ import annotations

import importlib
import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

COMMANDS = ("extract", "library", "export", "trash", "server", "copy")  # modules of this package, each with register(sub)
# The subcommands each module registers: `zhengwen search …` builds (and imports) only library's
# parsers, since building all of them cost the short commands a fifth of their start-up
# (docs/benchmarks.md). A test checks this table against what the modules register.
SUBCOMMANDS = {"extract": "extract", "import": "library", "list": "library", "search": "library",
               "export": "export", "delete": "trash", "trash": "trash", "server": "server", "copy": "copy"}


def _command_at(argv: list[str]) -> int:
    """Where the subcommand is in argv: after the global options (len(argv) if there is none)."""
    at = 0
    while at < len(argv) and argv[at].startswith("-"):
        at += 2 if argv[at] in ("--db", "--lang") else 1
    return at


def _command_name(argv: list[str]) -> str | None:
    at = _command_at(argv)
    return argv[at] if at < len(argv) else None


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The whole parser; given argv naming a known subcommand, only that subcommand's module's
    parsers (the same parser for that command: an unknown one or `--help` gets them all)."""
    import argparse

    p = argparse.ArgumentParser(prog="zhengwen", description="政文阅览 Zhengwen Reader")
    p.add_argument("--db", help="the store file, or postgresql://user@host:port/db for a server library"
                                " (default: $ZHENGWEN_DB or the user's data folder)")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="interface language (default: the setting, else the system's)")
    p.add_argument("--self-test", action="store_true",
                   help="check the installation headless (temporary store, sample, window, DOCX) and exit")
    sub = p.add_subparsers(dest="command")
    chosen = SUBCOMMANDS.get(_command_name(argv) or "") if argv is not None else None
    for name in (chosen,) if chosen else COMMANDS:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return p


# Options of `search`; every other argument after it is a word, also one that starts with "-"
# (`zhengwen search 会议 -书记`: -书记 excludes, argparse would take it for an unknown option).
_SEARCH_FLAGS = {"--json", "-h", "--help"}
_SEARCH_VALUED = {"--limit"}


def _words_after_options(argv: list[str]) -> list[str]:
    """`search` arguments reordered as options, then "--", then the words, so that argparse reads
    every word as one (a leading "-" included). Other subcommands are left as they are."""
    if _command_name(argv) != "search":
        return argv
    at = _command_at(argv)
    head, rest = argv[:at + 1], argv[at + 1:]
    options: list[str] = []
    words: list[str] = []
    i = 0
    while i < len(rest):
        a = rest[i]
        if a == "--":
            words.extend(rest[i + 1:])
            break
        if a == "--saved":
            # Its name is optional: the next argument is the name unless there is none or it is an
            # option (`--saved` alone lists them). A word meant after it goes after the name.
            if i + 1 < len(rest) and rest[i + 1] not in _SEARCH_FLAGS | _SEARCH_VALUED | {"--saved", "--"}:
                options.extend(rest[i:i + 2])
                i += 1
            else:
                options.append(a)
        elif a in _SEARCH_FLAGS or any(a.startswith(v + "=") for v in _SEARCH_VALUED | {"--saved"}):
            options.append(a)
        elif a in _SEARCH_VALUED:
            options.extend(rest[i:i + 2])
            i += 1
        else:
            words.append(a)
        i += 1
    return head + options + (["--"] + words if words else [])


def _files_to_open(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[list[str], list[str]]:
    """`zhengwen a.txt b.docx` (the desktop entry's Exec=zhengwen %F, "Open with"): no subcommand but
    files, which the window imports when it opens. Returns the arguments left and the files."""
    import argparse

    at = _command_at(argv)
    commands = next((set(a.choices) for a in parser._actions if isinstance(a, argparse._SubParsersAction)), set())
    if at >= len(argv) or argv[at] in commands:
        return argv, []
    return argv[:at], argv[at:]


def _quick_args(argv: list[str]):
    """The arguments of a plain `list` or `search` (the commands scripts run in loops), and of the
    window (`zhengwen`, `zhengwen --db x.db`), read without argparse, whose import (with gettext,
    locale and shutil) was a tenth of list's start-up (docs/benchmarks.md) and building every
    subcommand's parser ~13 ms of the window's. Exactly what argparse would give, or None for
    anything else — help, an unknown or abbreviated option, a value argparse might read otherwise, a
    missing word, files to open — which then goes through argparse with its own messages and exit
    status."""
    from types import SimpleNamespace

    args = SimpleNamespace(db=None, lang=None, self_test=False, command=None)
    at = 0
    while at < len(argv) and argv[at] in ("--db", "--lang"):
        if at + 1 >= len(argv) or argv[at + 1].startswith("-"):
            return None
        setattr(args, argv[at][2:], argv[at + 1])
        at += 2
    if args.lang not in (None, "zh_CN", "en"):
        return None
    if at == len(argv):
        return args  # the window
    if argv[at] not in ("list", "search"):
        return None
    args.json, args.limit = False, None
    args.command = argv[at]
    words: list[str] = []
    rest = argv[at + 1:]
    i = 0
    while i < len(rest):
        a = rest[i]
        if a == "--json":
            args.json = True
        elif a == "--limit" or a.startswith("--limit="):
            value = a[len("--limit="):] if "=" in a else (rest[i + 1] if i + 1 < len(rest) else "")
            i += a == "--limit"
            if not value.isascii() or not value.isdigit():
                return None
            args.limit = int(value)
        elif a == "--saved" or a.startswith("--saved="):
            return None  # a saved search: argparse reads it (the window's searches, not a loop's)
        elif args.command == "search" and a == "--":
            words.extend(rest[i + 1:])
            break
        elif args.command == "search" and a not in ("-h", "--help"):
            words.append(a)  # as _words_after_options: anything else, "-word" too, is a word
        else:
            return None
        i += 1
    from . import library

    if args.command == "search":
        if not words or "--" in words:
            return None
        args.words, args.saved = words, None
        args.func = library.cmd_search
    else:
        args.func = library.cmd_list
    return args


def main(argv: list[str] | None = None) -> int:
    """Run one command. Whatever goes wrong ends in one line in the user's language and an exit
    status per kind of failure (cli/words.py, README.md), never a Python traceback."""
    from . import words as w

    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        if getattr(stream, "reconfigure", None):
            # errors="replace": a file name that is not valid UTF-8 is printed, not a UnicodeEncodeError
            stream.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]  # TextIOWrapper
    files: list[str] = []
    args = _quick_args(argv)
    if args is None:
        parser = build_parser(argv)
        argv, files = _files_to_open(parser, argv)
        args = parser.parse_args(_words_after_options(argv))
    w.set_language(w.language(args.lang))
    try:
        if args.self_test:
            from ..self_test import run

            return run(args.lang)
        if args.command is None:
            from ..app import run_gui

            return run_gui(args.db or os.environ.get("ZHENGWEN_DB"), lang=args.lang, files=files)
        return args.func(args)
    except KeyboardInterrupt:
        print(w.say("interrupted"), file=sys.stderr)
        return w.INTERRUPTED
    except BrokenPipeError:
        # `zhengwen list | head`: the reader went away; nothing more to say to it.
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return w.OK
    except Exception as e:
        code, where = _failure(e, args)
        print(w.error_line(code, where), file=sys.stderr)
        return w.INTERNAL if code == "internal" else w.exit_status(code)


def _failure(e: BaseException, args) -> tuple[str, str]:
    """(code, the path or words to name) of an exception that reached main."""
    from ..seed import resolve_db
    from ..store import DatabaseFailure, StoreError, error_code
    from ..store.server.trouble import failure as server_failure

    server = server_failure(e)
    if server is not None:
        return server
    store_path = str(resolve_db(getattr(args, "db", None))[0])
    if isinstance(e, StoreError):
        return e.code, store_path
    if isinstance(e, DatabaseFailure):
        return error_code(e), store_path
    if isinstance(e, OSError):
        return error_code(e), str(e.filename or store_path)
    return "internal", f"{type(e).__name__}: {e}"
