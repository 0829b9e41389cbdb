"""Screenshot of 工具 → 督办修改记录 on a team library (docs/screenshot-tracking-history.png): two
colleagues (zhangsan, lisi: database users of role edit) change the 督办 of the Xining sample's tasks,
the window lists who changed what and when, in words.

    python tools/screenshot_tracking_history.py
"""
from __future__ import annotations

import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
from shot_env import team_library, wait  # noqa: E402  (first: the screenshots' environment, before Qt; tools/shot_env.py)
DOCS = REPO / "docs"


def main() -> None:
    from desktop_app.domain import ProgressNote, Tracking
    from desktop_app.store.server import open_server_store
    from desktop_app.ui.main_window import MainWindow
    from handmade import add_sample

    with team_library("zhangsan", "lisi") as (app, state, url):
        with open_server_store(url) as s:
            aid = add_sample(s)
        desk_a = open_server_store(url.replace("postgres@", "zhangsan@"))
        desk_b = open_server_store(url.replace("postgres@", "lisi@"))
        rows = {r.task.text: r for r in desk_a.task_rows([aid])}
        first, second = rows["一要坚持靠前指挥"], rows["二要做到尽锐出战"]
        t1 = desk_a.set_tracking(aid, first.task, Tracking(lead_unit="市扶贫局", leader="王晓", due="2019-06-30"))
        t2 = desk_a.set_tracking(aid, second.task, Tracking(lead_unit="市农业农村局", assist_units="各区县政府",
                                                            due="2019-09-30"))
        time.sleep(1.1)  # the history's times are to the second
        desk_b.set_tracking(aid, first.task, Tracking(lead_unit="市扶贫局", leader="王晓", due="2019-06-30",
                                                      status="in_progress",
                                                      progress=(ProgressNote("2019-04-10", "已完成入户走访"),)), t1)
        desk_b.set_tracking(aid, second.task, Tracking(lead_unit="市农业农村局", assist_units="各区县政府",
                                                       due="2019-10-31", status="delayed",
                                                       remark="受汛期影响,申请延期一个月"), t2)
        time.sleep(1.1)
        desk_a.set_tracking(aid, first.task, Tracking(lead_unit="市扶贫局", leader="王晓", due="2019-06-30",
                                                      status="done",
                                                      progress=(ProgressNote("2019-04-10", "已完成入户走访"),
                                                                ProgressNote("2019-06-20", "全部整改到位"))), t1)
        w = MainWindow(desk_b, state.for_library(desk_b.location))
        w.resize(1100, 700)
        w.show()
        wait(app, 3.0, lambda: not w.article_list.model.loading)  # the list is read off the GUI thread
        w.article_list.select_article(aid)
        wait(app, 3.0, lambda: w.reader.article is not None)
        dialog = w.open_tracking_history()
        wait(app, 3.0, lambda: dialog.tree.topLevelItemCount() > 0)
        wait(app, 0.3)
        DOCS.mkdir(exist_ok=True)
        path = DOCS / "screenshot-tracking-history.png"
        dialog.grab().save(str(path))
        print(f"saved {path}")
        dialog.close()
        w.close()
        desk_a.close()
        desk_b.close()


if __name__ == "__main__":
    main()
