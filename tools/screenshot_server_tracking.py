"""Screenshots of a 督办 edit while the team library's server is gone (docs/): the task's status shows as
typed, one line says the change is kept in the window and tried again; once the server is back the
line says it was saved.

    python tools/screenshot_server_tracking.py

Starts a throwaway PostgreSQL cluster with the Xining sample, stops and starts its server.
"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
from shot_env import wait  # noqa: E402  (first: the screenshots' environment, before Qt; tools/shot_env.py)
DOCS = REPO / "docs"


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import configure_app
    from desktop_app.domain import Tracking
    from desktop_app.store.server import cluster, open_server_store, users
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.ui_state import UiState, open_settings
    from handmade import add_sample

    app = QApplication.instance() or QApplication([])
    state = UiState(open_settings())
    configure_app(app, state, "zh_CN")
    c = cluster.start({"synchronous_commit": "on"})
    try:
        url = c.createdb("office")
        users.init(url)
        store = open_server_store(url)
        add_sample(store)
        w = MainWindow(store, state.for_library(store.location))
        w.resize(1100, 680)
        w.show()
        wait(app, 5.0, lambda: w.reader.article is not None and not w.reads.waiting())
        w.entities.setCurrentIndex(1)  # the 任务 tab
        item = next(i for i in w.entities._task_items() if "一要坚持靠前指挥" in i.text(0))
        w.entities.tasks.setCurrentItem(item)
        row = next(r for r in w.entities._stored if r.task.text == "一要坚持靠前指挥")
        c.kill_server()
        w.entities.save_tracking(row.task.id, Tracking(status="in_progress", lead_unit="市扶贫局"))
        wait(app, 8.0, lambda: "尚未存入资料库" in w.statusBar().currentMessage())
        DOCS.mkdir(exist_ok=True)
        w.grab().save(str(DOCS / "screenshot-server-tracking-held.png"))
        print("held:", w.statusBar().currentMessage())
        c.start_server()
        wait(app, 15.0, lambda: "已保存" in w.statusBar().currentMessage())
        wait(app, 0.5)
        w.grab().save(str(DOCS / "screenshot-server-tracking-landed.png"))
        print("landed:", w.statusBar().currentMessage())
        w.close()
        store.close()
        print(f"saved {DOCS / 'screenshot-server-tracking-held.png'} and {DOCS / 'screenshot-server-tracking-landed.png'}")
    finally:
        c.stop()


if __name__ == "__main__":
    main()
