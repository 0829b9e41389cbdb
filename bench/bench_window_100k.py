"""The window on a large library, as a new user meets it: how long each everyday step takes and how
long the GUI thread stays frozen during it (the longest gap between two turns of the event loop; the
window paints and takes keys only between turns — over 100 ms is felt).

    python bench/make_store.py /tmp/bench-100k.db 100000          # once (~3 min)
    QT_QPA_PLATFORM=offscreen python bench/bench_window_100k.py /tmp/bench-100k.db [--tasks 3] [--trash-all]

Works on a copy of the store. make_store.py writes no extraction, so the copy first gets synthetic
extraction rows (--tasks tasks and two officials per article, spans inside the text) for the people
index and the 督办 board to have something at scale. Prints a markdown table: step, wall ms, longest
freeze ms (and the GUI thread's own CPU time in its longest gap). --trash-all also moves every article to the trash (as `zhengwen delete` would) and times
the trash view and the list then.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
WORK = Path(tempfile.mkdtemp(prefix="zw-bench-window-"))
os.environ["ZHENGWEN_DATA_DIR"] = str(WORK / "data")  # settings and backups of this run only
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.store import Store  # noqa: E402


class FreezeMeter:
    """A 5 ms timer on the GUI thread; the longest gap between its ticks is the longest freeze.
    `worst_cpu`: the most CPU time the GUI thread itself spent between two ticks. On a machine
    shared with other work the wall gap also holds the time the system gave to others (and to
    this program's workers); the CPU gap is the window's own work."""

    def __init__(self):
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = 0
        self.worst = 0
        self.last_cpu = 0.0
        self.worst_cpu = 0.0

    def _tick(self) -> None:
        now, cpu = self.clock.elapsed(), time.thread_time()
        self.worst = max(self.worst, now - self.last)
        self.worst_cpu = max(self.worst_cpu, cpu - self.last_cpu)
        self.last, self.last_cpu = now, cpu

    def start(self) -> None:
        self.clock.start()
        self.last, self.worst, self.last_cpu, self.worst_cpu = 0, 0, time.thread_time(), 0.0
        self.timer.start()

    def stop(self) -> int:
        self._tick()
        self.timer.stop()
        return self.worst


def spin_until(app, done, timeout: float = 600.0) -> None:
    end = time.perf_counter() + timeout
    while not done():
        app.processEvents()
        time.sleep(0.002)
        if time.perf_counter() > end:
            raise TimeoutError
    for _ in range(5):  # what the finish queued (repaints, follow-up reads)
        app.processEvents()
        time.sleep(0.002)


def add_extraction_rows(path: Path, tasks: int) -> None:
    """Synthetic officials, mentions and tasks, all in SQL (the extractor would take hours at 100k)."""
    import sqlite3

    conn = sqlite3.connect(path)
    with conn:
        for k in range(tasks):
            conn.execute(f"""INSERT INTO tasks(article_id, task_key, parent_key, level, ordinal, speaker, text, start, "end")
                             SELECT id, 't{k + 1}', NULL, 1, NULL, NULL, substr(body, {1 + 60 * k}, 40), {60 * k}, {60 * k + 40}
                             FROM articles""")
        for k, name in enumerate(("王建军", "李晓明")):
            conn.execute("INSERT INTO officials(article_id, position, name, titles) "
                         f"SELECT id, {k}, '{name}' || (id % 500), '[\"书记\"]' FROM articles")
        conn.execute("""INSERT INTO mentions(official_id, article_id, start, "end")
                        SELECT id, article_id, 0, 2 FROM officials""")
        conn.execute(f"UPDATE articles SET n_tasks = {tasks}, n_officials = 2")
    conn.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--tasks", type=int, default=3, help="synthetic tasks per article")
    ap.add_argument("--delete", type=int, default=1000, help="articles deleted from the list at once")
    ap.add_argument("--trash-all", action="store_true")
    args = ap.parse_args()
    path = WORK / "library.db"
    shutil.copy(args.db, path)
    if args.tasks:
        add_extraction_rows(path, args.tasks)

    from desktop_app.ui import trash_view
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.ui_state import UiState, open_settings

    app = QApplication.instance() or QApplication([])
    from desktop_app.ui import gui_gc
    gui_gc.install(app)  # as the app does: cycles are collected on the GUI thread, by a timer
    meter = FreezeMeter()
    rows: list[tuple[str, float, int]] = []

    def step(name: str, action, done) -> None:
        meter.start()
        t = time.perf_counter()
        action()
        spin_until(app, done)
        rows.append((name, (time.perf_counter() - t) * 1000, meter.stop(), meter.worst_cpu * 1000))
        print(f"{name}: {rows[-1][1]:.0f} ms, freeze {rows[-1][2]} ms (GUI thread CPU {rows[-1][3]:.0f} ms)",
              file=sys.stderr, flush=True)

    store = Store(path)
    state = UiState(open_settings())
    holder: dict = {}

    def open_window():
        holder["w"] = MainWindow(store, state)
        holder["w"].resize(1400, 900)
        holder["w"].show()

    step("open the window: first rows", open_window, lambda: holder["w"].article_list.model.rowCount() > 0)
    w = holder["w"]
    lst = w.article_list
    step("…and the whole list and count read", lambda: None, lambda: lst.model.complete and lst._total is not None)
    step("search 发展 (typed, debounce included)", lambda: lst.search.setText("发展"),
         lambda: lst.model.query is not None and lst.model.complete)
    step("search text emptied", lambda: lst.search.setText(""), lambda: lst.model.query is None and lst.model.complete)
    from desktop_app.search.filters import Filters
    step("date filter 2019-01-01…2019-12-31", lambda: lst.filters.set_filters(Filters(date_from="2019-01-01", date_to="2019-12-31")),
         lambda: lst.model.complete and lst.model.rowCount() > 0)
    step("filters cleared", lambda: lst.filters.clear(), lambda: lst.model.complete and lst.model.filters.empty)
    step("open the people index", w.open_people_index, lambda: w.people_index.model.rowCount() > 0)
    step("open statistics", w.open_statistics, lambda: w.stats_view.refresh_button.isEnabled())

    lst.view.selectAll() if args.delete >= lst.model.rowCount() else None
    lst.view.setFocus()
    from PySide6.QtCore import QItemSelection, QItemSelectionModel
    sel = QItemSelection(lst.model.index(0, 0), lst.model.index(args.delete - 1, 0))
    lst.view.selectionModel().select(sel, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    before = store.count()
    jobs = {}
    step(f"delete {args.delete} selected (to the trash)", lambda: jobs.setdefault("d", w.delete_selected()),
         lambda: jobs["d"].done)
    assert store.count() == before - args.delete
    step("…people index and statistics read again", lambda: None,
         lambda: w.stats_view.refresh_button.isEnabled() and not w.people_index.count.text().startswith("正在"))
    step("open the trash", w.open_trash, lambda: w.trash_view.table.rowCount() > 0 and not w.trash_view.reading)
    tv = w.trash_view
    tv.table.selectAll()
    step(f"restore a page ({tv.table.rowCount()}) from the trash", tv.restore_selected,
         lambda: (tv.job is None or tv.job.done) and not tv.reading)
    trash_view.confirm = lambda *a: True
    step("empty the trash", tv.empty, lambda: (tv.job is None or tv.job.done) and not tv.reading)

    from desktop_app.ui.task_board import COL_DUE

    def board_read():  # the read and its filter and sort done (both on workers), the rows swapped in
        return (w.task_board is not None and not w.task_board.count.text().startswith("正在读取")
                and not w.task_board.model.busy)

    store.add_tracking_rule("source", "西宁晚报")  # every task of a third of the library is tracked
    step("open the 督办 board (rule: every task of 西宁晚报)", w.open_task_board, board_read)
    board = w.task_board
    print(f"board rows read: {board.model.total()}, shown {board.model.rowCount()}", file=sys.stderr)
    step("board: 全部任务 (every task read)", lambda: board.scope.setCurrentIndex(1), board_read)
    print(f"board rows read: {board.model.total()}", file=sys.stderr)
    step("board: sort by 完成时限", lambda: board.table.sortByColumn(COL_DUE, board.table.horizontalHeader().sortIndicatorOrder()),
         board_read)
    step("board: 查找 typed (one character)", lambda: board.text.setText("会"), board_read)
    step("board: 查找 emptied", lambda: board.text.setText(""), board_read)
    step("board: 状态 已完成", lambda: board.status.setCurrentIndex(board.status.findData("done")), board_read)
    board.status.setCurrentIndex(0)
    spin_until(app, board_read)
    step("board: 督办中的任务 again (no read)", lambda: board.scope.setCurrentIndex(0), board_read)
    step("board re-read (F5 / after a save)", board.refresh, board_read)
    step("open the rules dialog (counts)", board.open_rules,
         lambda: board.rules_dialog is not None and board.rules_dialog.table.rowCount() > 0)
    board.rules_dialog.close()
    w.show_reader()

    if args.trash_all:
        t = time.perf_counter()
        with Store(path) as other:
            other.trash_articles(other.article_ids(None))
        print(f"trash every article (store.trash_articles): {time.perf_counter() - t:.1f} s", file=sys.stderr)
        step("F5 after every article went to the trash", w.refresh,
             lambda: lst.model.complete)
        step("trash view re-read (100k in the trash)", tv.refresh, lambda: tv.table.rowCount() > 0 and not tv.reading)
        step("trash: next page", lambda: tv.show_page(1), lambda: not tv.reading)

    w.close()
    from desktop_app.ui import jobs as lanes
    lanes.cancel_all()  # as the app does at exit: no worker outlives the window
    lanes.wait_all()
    print("| Step | Wall (ms) | Longest freeze (ms) | …of it the GUI thread's CPU (ms) |\n| --- | ---: | ---: | ---: |")
    for name, wall, freeze, cpu in rows:
        print(f"| {name} | {wall:.0f} | {freeze} | {cpu:.0f} |")
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
