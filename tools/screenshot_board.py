"""Save docs/screenshot-board.png: the 督办 view of the main window (zh_CN) on a temporary store with the
Xining sample and a second article: the tasks the office tracks (one article whole, single tasks), with
overdue rows (red) and one due this week (amber), as on 2019-08-01, and the 完成时限 date editor open
on one row with its calendar.

    python tools/screenshot_board.py   (offscreen, or under xvfb-run -a)
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
import shot_env  # noqa: E402,F401  (the screenshots' environment, before Qt: tools/shot_env.py)


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from desktop_app.domain import Extraction, Tracking
    from desktop_app.editing import drafts
    from desktop_app.store import Store
    from PySide6.QtGui import QPainter

    from desktop_app.ui.date_field import DateField
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.task_board import COL_DUE
    from desktop_app.ui.ui_state import UiState, open_settings
    from handmade import add_plain, add_sample, tasks_in

    app = QApplication(sys.argv[:1])
    store = Store(Path(os.environ["ZHENGWEN_DATA_DIR"]) / "shot.db")
    sample = add_sample(store)
    body = "会议要求,要抓好春耕生产,要做好农资保障。"
    other = add_plain(store, "省政府常务会议研究部署春耕生产", body, date="2019-04-02", source="青海日报",
                      extraction=Extraction(tasks=tasks_in(body, ((1, "要抓好春耕生产"), (1, "要做好农资保障")))))
    rows = {r.task.text: r for r in store.task_rows()}
    store.track_articles([other])
    store.set_tracking(sample, rows["一要坚持靠前指挥"].task,
                       Tracking(lead_unit="市扶贫局", leader="王晓", due="2019-06-30", status="in_progress"))
    store.set_tracking(sample, rows["二要狠抓巡视整改,解决突出问题"].task,
                       Tracking(lead_unit="市纪委监委", assist_units="市委巡察办", due="2019-08-05", status="in_progress"))
    store.set_tracking(sample, rows["要在学习领会上再发力"].task,
                       Tracking(lead_unit="市委宣传部", due="年底前", status="done"))
    store.set_tracking(sample, rows["三要始终真抓实干"].task, Tracking(lead_unit="市发展改革委", due="下月底"))
    store.set_tracking(other, rows["要抓好春耕生产"].task, Tracking(lead_unit="省农业农村厅", due="5月底前"))
    window = MainWindow(store, UiState(open_settings()))
    window.resize(1500, 820)
    window.show()
    app.processEvents()
    window.actions.load_icons()
    board = window.open_task_board()
    board.model.today = dt.date(2019, 8, 1)  # the marks as on that day
    board.refresh()
    app.processEvents()
    row = [r.task.text for r in board.shown_rows()].index("要在学习领会上再发力")
    index = board.model.index(row, COL_DUE)
    board.table.setCurrentIndex(index)
    board.table.edit(index)
    app.processEvents()
    editor = next(w for w in board.table.findChildren(DateField) if w.isVisible())
    calendar = editor.open_calendar()
    app.processEvents()
    shot = window.grab()
    painter = QPainter(shot)  # the calendar is a popup window of its own: drawn where it sits
    painter.drawPixmap(calendar.mapToGlobal(calendar.rect().topLeft()) - window.mapToGlobal(window.rect().topLeft()),
                       calendar.grab())
    painter.end()
    out = REPO / "docs" / "screenshot-board.png"
    shot.save(str(out))
    print("saved", out, board.count.text(), calendar.yearShown(), calendar.monthShown())
    calendar.hide()
    board.table.closePersistentEditor(index)
    board.table.setCurrentIndex(board.model.index(0, 0))

    # The 督办规则 dialog over the board: a source rule and a tag rule, a new one being chosen.
    store.save_article_state(other, drafts.set_field(store.article_state(other), "tags", ["重点", "春耕"]))
    store.add_tracking_rule("source", "西宁晚报")
    store.add_tracking_rule("tag", "重点")
    dialog = board.open_rules()
    for _ in range(200):
        app.processEvents()
        if dialog.table.rowCount() == 2 and dialog.value.count():
            break
        time.sleep(0.01)
    dialog.kind.setCurrentIndex(dialog.kind.findData("source"))
    dialog.value.setEditText("青海日报")
    dialog.table.selectRow(1)
    app.processEvents()
    out = REPO / "docs" / "screenshot-tracking-rules.png"
    dialog.grab().save(str(out))
    print("saved", out, dialog.table.rowCount())
    dialog.close()
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
