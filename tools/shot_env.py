"""What every tools/screenshot_*.py sets before Qt is imported: the offscreen platform (unless a real
display is asked for), a throwaway data folder (settings, backups and logs never touch the user's),
the Chinese interface, and tests/ui on the path for the hand-made sample extraction (handmade.py).

    import shot_env  # noqa: F401  (first, before PySide6)
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests" / "ui")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ZHENGWEN_DATA_DIR"] = tempfile.mkdtemp(prefix="zw-shot-")
os.environ["ZHENGWEN_LANG"] = "zh_CN"


def wait(app, seconds: float, until=lambda: False) -> None:
    """Let the window work (workers, timers, NOTIFY) for up to `seconds`, or until `until()`."""
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end and not until():
        app.processEvents()
        time.sleep(0.02)
