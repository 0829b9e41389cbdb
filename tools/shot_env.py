"""What every tools/screenshot_*.py sets before Qt is imported: the offscreen platform (unless a real
display is asked for), a throwaway data folder (settings, backups and logs never touch the user's),
the Chinese interface, and tests/ui on the path for the hand-made sample extraction (handmade.py).

    import shot_env  # noqa: F401  (first, before PySide6)
"""
from __future__ import annotations

import os
import sys
import tempfile
from contextlib import contextmanager
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


@contextmanager
def team_library(*editors: str):
    """The program's Qt application and settings, and a throwaway PostgreSQL cluster holding the library
    `office` after `server init`, with `editors` as database users of role edit; yields (app, state, url).
    The cluster is stopped on the way out, whatever happened."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import configure_app
    from desktop_app.store.server import cluster, users
    from desktop_app.ui.ui_state import UiState, open_settings

    app = QApplication.instance() or QApplication([])
    state = UiState(open_settings())
    configure_app(app, state, "zh_CN")
    c = cluster.start()
    try:
        url = c.createdb("office")
        users.init(url)
        for name in editors:
            users.add_user(url, name, "edit")
        yield app, state, url
    finally:
        c.stop()
