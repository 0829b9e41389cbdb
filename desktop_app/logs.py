"""The app's log: stdlib logging to a rotating file in the data folder, and faulthandler beside it.

A windowed Windows build has no stderr, so without a file a crash there leaves nothing. What is
logged: imports, exports, migrations, backups and errors with their tracebacks — counts, codes, file
names and paths, never article text. Qt-free; the window calls setup() at start, the CLI does not
(its errors go to stderr).
"""
from __future__ import annotations

import faulthandler
import logging
import sys
from pathlib import Path

LOGGER = "zhengwen"
LOG_NAME = "zhengwen.log"
CRASH_NAME = "crash.log"  # faulthandler: a hard crash (segfault in Qt, a deadlock dump) in C's own words
MAX_BYTES = 1024 * 1024
BACKUPS = 3  # zhengwen.log.1 … .3: a few MB at most

_crash_file = None  # faulthandler writes to this file at crash time: it must stay open


def log_dir(data_folder: str | Path) -> Path:
    return Path(data_folder) / "logs"


def setup(data_folder: str | Path, level: int = logging.INFO) -> Path:
    """Send the `zhengwen` loggers to logs/zhengwen.log (rotating) and faulthandler to
    logs/crash.log. Returns the log's path. Calling it again (tests, a second window) changes
    nothing but the level."""
    global _crash_file
    import logging.handlers  # (socket, pickle …: not for the first paint's import time)

    folder = log_dir(data_folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    logger = logging.getLogger(LOGGER)
    logger.setLevel(level)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) and Path(h.baseFilename) == path
               for h in logger.handlers):
        for old in [h for h in logger.handlers if getattr(h, "_zhengwen", False)]:
            logger.removeHandler(old)
            old.close()
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8", delay=True)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler._zhengwen = True  # type: ignore[attr-defined]  # ours, replaced when the folder changes
        logger.addHandler(handler)
    if _crash_file is None:
        try:
            _crash_file = open(folder / CRASH_NAME, "a", encoding="utf-8")  # noqa: SIM115 — kept open on purpose
            faulthandler.enable(_crash_file)
        except OSError:  # a read-only data folder: the app still runs, without a crash file
            _crash_file = None
    return path


def stop() -> None:
    """Undo setup(): the log file closed, faulthandler back on stderr (tests; the app never stops)."""
    global _crash_file
    logger = logging.getLogger(LOGGER)
    for h in [h for h in logger.handlers if getattr(h, "_zhengwen", False)]:
        logger.removeHandler(h)
        h.close()
    if _crash_file is not None:
        faulthandler.enable(sys.stderr)
        _crash_file.close()
        _crash_file = None


def log_path() -> Path | None:
    """The file the log is written to, once setup() ran."""
    for h in logging.getLogger(LOGGER).handlers:
        if getattr(h, "_zhengwen", False):
            return Path(getattr(h, "baseFilename"))  # noqa: B009 — a FileHandler of ours
    return None


def get(name: str) -> logging.Logger:
    """The logger for a part of the app: `zhengwen.<name>`."""
    return logging.getLogger(f"{LOGGER}.{name}")


def environment() -> str:
    """One line on what runs: app, Python, Qt and system versions (for a crash report)."""
    import platform

    from . import __version__

    qt = ""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        import PySide6

        qt = f", PySide6 {PySide6.__version__}, Qt {qtcore.qVersion()}"
    # system, release and machine come from uname(); platform.platform() also scans the Python binary
    # for its C library's version (~7 ms), and this line is written before the window's first paint.
    system = f"{platform.system()} {platform.release()} {platform.machine()}"
    return f"Zhengwen Reader {__version__}, Python {platform.python_version()}{qt}, {system}"
