"""The window's two start-up stages (issue 16): what the first paint shows (the list, the menu titles,
the toolbar's words, empty frames where the reader and entities go) and the window right after its
second stage. Writes docs/screenshot-start-stage1.png and docs/screenshot-start-stage2.png.

    python tools/screenshot_start.py [STORE]      # default: bench/make_store.py's 10k store if present
"""
from __future__ import annotations

import shot_env  # noqa: F401  (first, before PySide6)

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop_app.store import Store
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.ui_state import UiState, open_settings

DOCS = shot_env.REPO / "docs"


def main() -> None:
    app = QApplication.instance() or QApplication([])
    db = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/bench-10k.db")
    store = Store(db)
    window = MainWindow(store, UiState(open_settings()), staged=True)
    window.resize(1360, 820)
    window.show()
    window.grab().save(str(DOCS / "screenshot-start-stage1.png"))  # painted before the event loop runs
    assert not window.built
    while not window.built:
        app.processEvents()
    for _ in range(20):
        app.processEvents()
    window.grab().save(str(DOCS / "screenshot-start-stage2.png"))
    window.close()
    store.close()


if __name__ == "__main__":
    main()
