"""Screenshots of the states issue 13 point 6 added last (docs/): starting on a team library behind a cut
network (正在连接团队资料库…, then the one line with 重试 / 打开本机资料库), and the export pane on a slow
server (含任务的文章 being read, then its one-line failure), and 文件 → 连接团队资料库… failing over an open
local library (取消 keeps it).

    python tools/screenshot_server_start.py

Starts a throwaway PostgreSQL cluster with the Xining sample and a few made-up articles; the network
is cut by tests/netcut.py's proxy; the slow server is a colleague's transaction holding `articles`.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
from shot_env import wait  # noqa: E402  (first: the screenshots' environment, before Qt; tools/shot_env.py)
sys.path[:0] = [str(REPO / "bench"), str(REPO / "tests")]
DOCS = REPO / "docs"


def main() -> None:
    import psycopg
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import configure_app
    from desktop_app.domain import Extraction
    from desktop_app.store import Store
    from desktop_app.store.server import cluster, open_server_store, users
    from desktop_app.ui.library_session import LibrarySession
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.ui_state import UiState, open_settings
    from handmade import add_sample
    from make_store import make_article, sentences
    from netcut import CuttableProxy

    app = QApplication.instance() or QApplication([])
    state = UiState(open_settings())
    configure_app(app, state, "zh_CN")
    c = cluster.start()
    shots = []

    def shot(w, name: str) -> None:
        DOCS.mkdir(exist_ok=True)
        w.grab().save(str(DOCS / name))
        shots.append(name)
        print(name)
    try:
        url = c.createdb("office")
        users.init(url)
        store = open_server_store(url)
        add_sample(store)
        rng, pool = random.Random(7), sentences()
        with store.transaction():
            for i in range(40):
                store.add_article(make_article(rng, pool, i), Extraction())
        # 1. Start-up behind a cut network.
        port = int(url.rsplit(":", 1)[1].split("/", 1)[0])
        proxy = CuttableProxy(port)
        proxy.cut()
        session = LibrarySession(state, lambda path: Store(path), staged=False)
        connecting = session.open(proxy.url(url))
        connecting.resize(760, 420)
        wait(app, 1.0)
        shot(connecting, "screenshot-server-start-connecting.png")
        wait(app, 8.0, lambda: connecting.failure != "")
        wait(app, 0.2)
        shot(connecting, "screenshot-server-start-failed.png")
        connecting.close()
        # 1b. 文件 → 连接团队资料库… from a local library, the network still cut: 取消 keeps the open one.
        local = Path(state.settings.fileName()).parent / "本机资料库.db"
        Store(local).close()
        switcher = LibrarySession(state, lambda path: Store(path), staged=False)
        switcher.open(str(local))
        switcher.switch(proxy.url(url))
        over = switcher.connecting
        over.resize(760, 420)
        wait(app, 8.0, lambda: over.failure != "")
        wait(app, 0.2)
        shot(over, "screenshot-server-switch-failed.png")
        over.close()
        switcher.window.close()
        switcher.close()
        proxy.close()
        # 2. The export pane on a slow server.
        w = MainWindow(store, state.for_library(store.location))
        w.resize(1100, 680)
        w.show()
        wait(app, 5.0, lambda: w.reader.article is not None and not w.reads.waiting())
        pane = w.open_export()
        wait(app, 5.0, lambda: not pane.reads.waiting())
        blocker = psycopg.connect(url)
        blocker.execute("LOCK TABLE articles IN ACCESS EXCLUSIVE MODE")
        pane.set_scope("tasks")
        wait(app, 0.6)
        shot(pane, "screenshot-server-export-reading.png")
        wait(app, 8.0, lambda: pane.sample_name.text().startswith("未能读取"))
        wait(app, 0.2)
        shot(pane, "screenshot-server-export-failed.png")
        blocker.rollback()
        blocker.close()
        pane.set_scope("shown")
        pane.set_scope("tasks")
        wait(app, 5.0, lambda: bool(pane.ids()) and not pane.reads.waiting())
        wait(app, 0.3)
        shot(pane, "screenshot-server-export-read.png")
        pane.close()
        w.close()
        wait(app, 3.0, lambda: not w.reads.waiting())
        store.close()
    finally:
        c.stop()
    print("saved:", ", ".join(f"docs/{s}" for s in shots))


if __name__ == "__main__":
    main()
