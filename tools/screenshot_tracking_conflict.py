"""Screenshot of a 督办 conflict (docs/screenshot-tracking-conflict.png): this desk opened 督办详情, a
colleague (zhangsan) recorded progress meanwhile, this desk's 进展 was not written; the side panel
says who changed it to what in one line, with 保留我的 / 采用他们的.

    python tools/screenshot_tracking_conflict.py

Starts a throwaway PostgreSQL cluster with the Xining sample.
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
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import configure_app
    from desktop_app.domain import ProgressNote, Tracking
    from desktop_app.store.server import cluster, open_server_store, users
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.ui_state import UiState, open_settings
    from handmade import add_sample

    app = QApplication.instance() or QApplication([])
    state = UiState(open_settings())
    configure_app(app, state, "zh_CN")
    c = cluster.start()
    try:
        url = c.createdb("office")
        users.init(url)
        users.add_user(url, "zhangsan", "edit")
        store = open_server_store(url)
        aid = add_sample(store)
        first = next(r for r in store.task_rows([aid]) if r.task.text == TASK)
        store.set_tracking(aid, first.task, Tracking(lead_unit="市扶贫局", status="in_progress"))
        w = MainWindow(store, state.for_library(store.location))
        w.resize(1100, 680)
        w.show()
        wait(app, 5.0, lambda: w.reader.article is not None and not w.reads.waiting())
        w.entities.setCurrentIndex(1)  # the 任务 tab
        item = next(i for i in w.entities._task_items() if TASK in i.text(0))
        w.entities.tasks.setCurrentItem(item)
        dialog = w.entities.ask_tracking()
        with open_server_store(url.replace("postgres@", "zhangsan@", 1)) as zhang:
            row = next(r for r in zhang.task_rows([aid]) if r.task.text == TASK)
            zhang.set_tracking(aid, row.task, dataclasses.replace(row.tracking, progress=(
                ProgressNote("2019-05-10", "已召开专题推进会"),)), row.tracking_id, base=row.tracking)
        dialog.progress.setPlainText("2019-05-11 正在实地调研")
        dialog.accept()
        wait(app, 8.0, lambda: w.entities.conflict_bar.isVisible())
        wait(app, 0.5)
        DOCS.mkdir(exist_ok=True)
        w.grab().save(str(DOCS / "screenshot-tracking-conflict.png"))
        print("line:", w.entities.conflict_bar.label.text())
        w.close()
        store.close()
        print(f"saved {DOCS / 'screenshot-tracking-conflict.png'}")
    finally:
        c.stop()


if __name__ == "__main__":
    main()
