"""Screenshots of live updates during a network cut (docs/): the window's LISTEN connection gets no
answer, the status bar says live updates paused; once the link is back it says they resumed and the
colleague's change made meanwhile shows.

    python tools/screenshot_live_paused.py

Starts a throwaway PostgreSQL cluster with the Xining sample and a proxy that cuts the network
(tests/netcut.py).
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
from shot_env import wait  # noqa: E402  (first: the screenshots' environment, before Qt; tools/shot_env.py)
DOCS = REPO / "docs"
TASK = "一要坚持靠前指挥"


def main() -> None:
    import sys

    from PySide6.QtWidgets import QApplication

    sys.path.insert(0, str(REPO / "tests"))
    from netcut import CuttableProxy

    from desktop_app.app import configure_app
    from desktop_app.store.server import cluster, open_server_store, users
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.ui_state import UiState, open_settings
    from handmade import add_sample

    app = QApplication.instance() or QApplication([])
    state = UiState(open_settings())
    configure_app(app, state, "zh_CN")
    c = cluster.start()
    proxy = None
    try:
        url = c.createdb("office")
        users.init(url)
        with open_server_store(url) as s:
            aid = add_sample(s)
        proxy = CuttableProxy(c.port)
        store = open_server_store(proxy.url(url))
        w = MainWindow(store, state.for_library(store.location))
        w.resize(1100, 680)
        w.show()
        wait(app, 5.0, lambda: w.reader.article is not None and not w.reads.waiting()
             and w.tracking_feed.listener.up is True)
        w.entities.setCurrentIndex(1)  # the 任务 tab
        item = next(i for i in w.entities._task_items() if TASK in i.text(0))
        w.entities.tasks.setCurrentItem(item)
        proxy.cut()
        wait(app, 10.0, lambda: "实时更新已暂停" in w.statusBar().currentMessage())
        with open_server_store(url) as colleague:
            row = next(r for r in colleague.task_rows([aid]) if r.task.text == TASK)
            colleague.set_tracking(aid, row.task, dataclasses.replace(row.tracking, status="done"), row.tracking_id,
                                   base=row.tracking)
        wait(app, 0.5)
        DOCS.mkdir(exist_ok=True)
        w.grab().save(str(DOCS / "screenshot-live-updates-paused.png"))
        print("paused:", w.statusBar().currentMessage())
        proxy.mend()
        wait(app, 15.0, lambda: "实时更新已恢复" in w.statusBar().currentMessage())
        wait(app, 1.5)
        w.grab().save(str(DOCS / "screenshot-live-updates-resumed.png"))
        print("resumed:", w.statusBar().currentMessage())
        w.close()
        store.close()
    finally:
        if proxy is not None:
            proxy.close()
        c.stop()


if __name__ == "__main__":
    main()
