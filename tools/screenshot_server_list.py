"""Screenshots of the article list on a slow team library (docs/): a colleague's transaction holds the
articles table. The window opens at once and says the list is being read; after the 5 s read timeout
one line says the server did not answer; a search keeps the rows shown meanwhile; rows scrolled to
before their page has come say 正在读取….

    python tools/screenshot_server_list.py

Starts a throwaway PostgreSQL cluster, `server init`, and 120 articles made as bench/make_store.py
makes them (the Xining sample first). The list's page size is cut to 16 rows here, so that rows still
on their way show a window's height below the top (in the app a page is 256 rows).
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
from shot_env import wait  # noqa: E402  (first: the screenshots' environment, before Qt; tools/shot_env.py)
sys.path.insert(0, str(REPO / "bench"))
DOCS = REPO / "docs"


def main() -> None:
    import psycopg
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import configure_app
    from desktop_app.domain import Extraction
    from desktop_app.store.server import cluster, open_server_store, users
    from desktop_app.ui import article_model
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.ui_state import UiState, open_settings
    from handmade import add_sample
    from make_store import make_article, sentences

    app = QApplication.instance() or QApplication([])
    state = UiState(open_settings())
    configure_app(app, state, "zh_CN")
    article_model.PAGE_SIZE = 16
    c = cluster.start()
    shots = []

    def shot(w, name: str) -> None:
        DOCS.mkdir(exist_ok=True)
        w.grab().save(str(DOCS / name))
        shots.append(name)
        print(f"{name}: status line {w.statusBar().currentMessage()!r}")
    try:
        url = c.createdb("office")
        users.init(url)
        store = open_server_store(url)
        add_sample(store)
        rng, pool = random.Random(7), sentences()
        with store.transaction():
            for i in range(120):
                store.add_article(make_article(rng, pool, i), Extraction())
        blocker = psycopg.connect(url)  # not autocommit: the lock is held until rollback
        blocker.execute("LOCK TABLE articles IN ACCESS EXCLUSIVE MODE")
        w = MainWindow(store, state.for_library(store.location))
        w.resize(1100, 680)
        w.show()
        wait(app, 2.0, lambda: "正在等待" in w.statusBar().currentMessage())
        shot(w, "screenshot-server-list-loading.png")
        wait(app, 8.0, lambda: "未能读取文章列表" in w.statusBar().currentMessage())
        wait(app, 0.2)
        shot(w, "screenshot-server-list-failed.png")
        blocker.rollback()
        w.actions.refresh.trigger()
        wait(app, 5.0, lambda: w.article_list.model.rowCount() > 0 and w.reader.article is not None)
        wait(app, 1.0)
        blocker.execute("LOCK TABLE articles IN ACCESS EXCLUSIVE MODE")
        w.article_list.view.verticalScrollBar().setValue(w.article_list.view.verticalScrollBar().maximum() // 2)
        wait(app, 2.0, lambda: "正在等待" in w.statusBar().currentMessage())
        shot(w, "screenshot-server-list-rows.png")
        blocker.rollback()
        blocker.close()
        wait(app, 3.0, lambda: not w.reads.waiting() and not w.article_list.model.reads.waiting())
        w.close()
        store.close()
        print("saved", ", ".join(str(DOCS / s) for s in shots))
    finally:
        c.stop()


if __name__ == "__main__":
    main()
