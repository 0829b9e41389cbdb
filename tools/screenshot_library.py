"""Save the library screenshots (zh_CN, offscreen) of docs/: the trash, the list's context menu,
打开资料库 with recent libraries, and the import report naming skipped files.

    python tools/screenshot_library.py [trash] [menu] [libraries] [import]   (default: all)

Each runs the real window on a temporary store filled with articles of ../shared/corpus.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path[:0] = [str(REPO), str(REPO / "tests" / "ui")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ZHENGWEN_DATA_DIR"] = tempfile.mkdtemp(prefix="zw-shot-")
DATA = Path(os.environ["ZHENGWEN_DATA_DIR"])
CORPUS = REPO.parent / "shared" / "corpus" / "articles.jsonl"
DOCS = REPO / "docs"


def fill(store, n: int = 40) -> list[int]:
    """The first `n` corpus articles (real extraction), else the Xining sample."""
    from desktop_app.domain import ParsedArticle
    from desktop_app.extraction import extract
    from handmade import add_sample

    ids = []
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as f:
            for line in list(f)[:n]:
                a = json.loads(line)
                body = a["text"]
                parsed = ParsedArticle(a["title"], body, source=a.get("source", ""), date=a.get("date"))
                aid = store.add_article(parsed, extract(body, title=a["title"]))
                if aid:
                    ids.append(aid)
    ids.append(add_sample(store))
    return ids


def window_on(store, app):
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.ui_state import UiState, open_settings

    window = MainWindow(store, UiState(open_settings()))
    window.resize(1360, 820)
    window.show()
    app.processEvents()
    window.actions.load_icons()
    window.article_list.model.wait_complete()
    app.processEvents()
    return window


def shot_trash(app) -> None:
    from desktop_app.store import Store

    store = Store(DATA / "trash.db")
    fill(store)
    window = window_on(store, app)
    lst = window.article_list
    for row in (2, 5, 6, 11):
        lst.select_article(lst.model.article_id(row))
        window.delete_selected()
    view = window.open_trash()
    view.resize(900, 360)
    app.processEvents()
    view.table.selectRow(1)
    app.processEvents()
    view.grab().save(str(DOCS / "screenshot-trash.png"))
    window.close()
    store.close()


SHOTS = {"trash": shot_trash}


def main() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    for name in (sys.argv[1:] or list(SHOTS)):
        SHOTS[name](app)
        print("saved", name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
