"""Screenshots of two windows on one team library (docs/): a 督办 change made in one window showing
in the other, and the conflict dialog of a second save.

    python tools/screenshot_server.py

Starts a throwaway PostgreSQL cluster (store/server/cluster.py), `server init`, two users (张三 and
李四, role edit), the Xining sample; window A is 张三's desk, window B 李四's.
"""
from __future__ import annotations

import dataclasses
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
from shot_env import team_library, wait  # noqa: E402  (first: the screenshots' environment, before Qt; tools/shot_env.py)
DOCS = REPO / "docs"


def main() -> None:
    from PySide6.QtGui import QPainter, QPixmap

    from desktop_app.domain import Tracking
    from desktop_app.store.server import open_server_store
    from desktop_app.ui.conflict_dialog import ConflictDialog
    from desktop_app.ui.main_window import MainWindow
    from handmade import add_sample

    with team_library("zhangsan", "lisi") as (app, state, url):
        aid = add_sample(open_server_store(url))
        desk_a = open_server_store(url.replace("postgres@", "zhangsan@"))
        desk_b = open_server_store(url.replace("postgres@", "lisi@"))
        windows = []
        for store in (desk_a, desk_b):
            w = MainWindow(store, state.for_library(store.location))
            w.resize(960, 640)
            w.show()
            wait(app, 3.0, lambda w=w: not w.article_list.model.loading)  # the list is read off the GUI thread
            w.article_list.select_article(aid)
            w.open_article(aid)
            w.entities.setCurrentWidget(w.entities.tasks)
            windows.append(w)
        wa, wb = windows
        wait(app, 1.0)
        row = next(r for r in desk_a.task_rows([aid]) if r.task.text == "一要坚持靠前指挥")
        wa.entities.save_tracking(row.task.id, Tracking(status="done", lead_unit="市扶贫局", due="2019-06-30"))
        for w in windows:
            item = next(it for it in w.entities._task_items() if it.toolTip(0) == "一要坚持靠前指挥")
            w.entities.tasks.setCurrentItem(item)
        started = time.monotonic()
        wait(app, 3.0, lambda: any(r.tracking.status == "done" for r in wb.entities._stored
                                   if r.task.text == "一要坚持靠前指挥"))
        print(f"window B showed the change after {time.monotonic() - started:.2f} s")
        wa.setWindowTitle("张三的桌面 — 政文阅览")
        wb.setWindowTitle("李四的桌面 — 政文阅览")
        shots = [w.grab() for w in windows]
        both = QPixmap(shots[0].width() + shots[1].width() + 16, max(s.height() for s in shots))
        both.fill()
        p = QPainter(both)
        p.drawPixmap(0, 0, shots[0])
        p.drawPixmap(shots[0].width() + 16, 0, shots[1])
        p.end()
        both.save(str(DOCS / "screenshot-server-two-windows.png"))

        # The conflict: 李四 saves a new title while 张三 edits the same article.
        base = desk_a.article_version(aid)
        mine = dataclasses.replace(desk_a.article_state(aid), title="西宁市委召开脱贫攻坚工作推进会议",
                                   note="张三:核对了标题")
        desk_b.save_article_state(aid, dataclasses.replace(desk_b.article_state(aid),
                                                           title="西宁市召开脱贫攻坚工作会议"), who="本机")
        try:
            desk_a.save_article_state(aid, mine, base_version=base)
        except Exception as e:  # EditConflict: what the editor pane shows
            dialog = ConflictDialog(mine.title, e.theirs, mine, desk_a.revisions(aid)[0].who, wa)
            dialog.show()
            wait(app, 0.5)
            dialog.grab().save(str(DOCS / "screenshot-server-conflict.png"))
            dialog.close()
        for w in windows:
            w.close()
        desk_a.close()
        desk_b.close()


if __name__ == "__main__":
    main()
