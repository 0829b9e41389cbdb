"""What the command line says, in the user's language: Chinese by default, English when --lang en
or the environment (LC_ALL, LC_MESSAGES, LANG, in POSIX order) asks for English.

Every failure the CLI can meet has a stable code (the core's ReadError/StoreError codes, and the
CLI's own) and an exit status (EXIT below, documented in README.md). The words, the CLI's own lines
and the core's reasons alike, are in the one catalogue (desktop_app/catalogue.py) that the window
uses too, in Chinese and English; the CLI never loads Qt.
"""
from __future__ import annotations

import os

# Exit statuses, one per kind of failure (README.md, "Exit status").
OK = 0
SOME_FAILED = 1      # some files were not imported / exported / extracted; the rest was
USAGE = 2            # wrong arguments (argparse's own status)
STORE_UNUSABLE = 3   # the store is not a store, damaged, or from a newer version
STORE_BUSY = 4       # another program holds the store's lock for longer than 10 s
CANNOT_WRITE = 5     # disk full, read-only folder, no permission, a name too long
INTERRUPTED = 130    # Ctrl-C (128 + SIGINT, as shells report it)
INTERNAL = 70        # a fault of this program (EX_SOFTWARE); still one line, no traceback

EXIT = {
    "not_a_store": STORE_UNUSABLE, "newer_schema": STORE_UNUSABLE, "corrupt": STORE_UNUSABLE,
    "missing_store": STORE_UNUSABLE,
    "locked": STORE_BUSY,
    "disk_full": CANNOT_WRITE, "read_only": CANNOT_WRITE, "name_too_long": CANNOT_WRITE,
    "cannot_open": CANNOT_WRITE, "write_failed": CANNOT_WRITE,
    "interrupted": INTERRUPTED,
    "server_unavailable": STORE_BUSY, "server_slow": STORE_BUSY,
    "not_a_library": STORE_UNUSABLE, "library_outdated": STORE_UNUSABLE, "no_server_support": STORE_UNUSABLE,
    "server_refused": CANNOT_WRITE,
}

def export_words(why: str) -> str:
    """Why an export (or one article of it) failed: an ExportError code or "Exception: detail"."""
    from .. import catalogue

    return catalogue.export_reason(why, _LANG)


def font_words(warning) -> str:
    """An export's FontWarning in words."""
    from .. import catalogue

    return catalogue.font_warning(warning, _LANG)


def language(choice: str | None = None, environ=os.environ) -> str:
    """'en' or 'zh': --lang first, then the first locale variable that is set."""
    if choice:
        return "en" if choice.startswith("en") else "zh"
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(var)
        if value:
            return "en" if value.lower().startswith("en") else "zh"
    return "zh"


_LANG = "zh"


def set_language(lang: str) -> None:
    global _LANG
    _LANG = lang


def say(key: str, **fields) -> str:
    """One of the command line's lines (catalogue.CLI) in its language, the fields filled in."""
    from .. import catalogue  # here: a plain `list` or `search` prints no line of it

    return catalogue.cli_line(key, _LANG, **fields)


def reason(code: str) -> str:
    """The words for an import failure or skip code (`code: detail` keeps its head)."""
    from .. import catalogue

    return catalogue.read_failure(code.split(":", 1)[0].strip(), _LANG)


def error_line(code: str, path: str = "") -> str:
    from .. import catalogue

    return say(code if code in catalogue.CLI else "cannot_open", path=path)


def exit_status(code: str) -> int:
    return EXIT.get(code, CANNOT_WRITE)
