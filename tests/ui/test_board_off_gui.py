"""The 督办 board on a large library: the 督办中 scope reads only the tracked tasks, and a filter or sort
over many rows runs on a worker, the GUI thread only swapping in the result (at 300,000 tasks each
filter change froze the window 1.3–2.7 s)."""
from __future__ import annotations

import threading

from desktop_app.domain import Tracking
from handmade import add_sample, open_window


def _track_three(store, aid):
    rows = {r.task.text: r for r in store.task_rows()}
    for text in ("一要坚持靠前指挥", "要在学习领会上再发力", "三要始终真抓实干"):
        store.set_tracking(aid, rows[text].task, Tracking(lead_unit="市扶贫局"))


def test_the_tracked_scope_reads_only_the_tracked_tasks(qtbot, store, ui_state, monkeypatch):
    aid = add_sample(store)
    _track_three(store, aid)
    every = len(store.task_rows())
    asked = []
    real = store.task_rows

    def task_rows(article_ids=None, **k):
        if article_ids is None:  # the whole library's (the side panel reads its article's)
            asked.append(k.get("tracked_only", False))
        return real(article_ids, **k)
    monkeypatch.setattr(store, "task_rows", task_rows)
    window = open_window(qtbot, store, ui_state)
    board = window.open_task_board()
    assert asked == [True]  # the 督办中 board read the tracked tasks, not every task of the library
    assert board.model.total() == 3 and len(board.shown_rows()) == 3
    assert board.count.text() == "3 / 3 项任务"
    board.scope.setCurrentIndex(board.scope.findData(False))  # 全部任务: every task is one read away
    assert asked == [True, False]
    assert len(board.shown_rows()) == every and board.count.text() == f"{every} / {every} 项任务"
    board.scope.setCurrentIndex(board.scope.findData(True))  # back: the tracked ones of what was read
    assert asked == [True, False]
    assert len(board.shown_rows()) == 3 and board.count.text() == "3 / 3 项任务"


def test_a_filter_over_many_rows_runs_on_a_worker_and_the_rows_swap_in(qtbot, store, ui_state, monkeypatch):
    from desktop_app.editing import board_view
    from desktop_app.ui import task_board

    add_sample(store)
    window = open_window(qtbot, store, ui_state)
    board = window.open_task_board()
    board.scope.setCurrentIndex(board.scope.findData(False))  # 全部任务
    every = len(board.shown_rows())
    monkeypatch.setattr(task_board, "BACKGROUND_ROWS", 3)  # the sample's tasks count as many
    threads = []
    real = board_view.shown
    monkeypatch.setattr(board_view, "shown", lambda *a, **k: threads.append(threading.current_thread()) or real(*a, **k))

    board.text.setText("尽锐出战")
    # The GUI thread is back at once: the rows shown stay until the worker's result is swapped in.
    assert len(board.shown_rows()) == every and board.count.text() == "正在筛选…"
    qtbot.waitUntil(lambda: len(board.shown_rows()) == 1)
    assert board.shown_rows()[0].task.text == "二要做到尽锐出战"
    assert board.count.text() == f"1 / {every} 项任务"
    assert threads and threading.main_thread() not in threads

    board.text.setText("")  # typed fast: an older pass that ends later does not win
    board.text.setText("靠前")
    qtbot.waitUntil(lambda: not board.model.busy)
    qtbot.wait(50)
    assert [r.task.text for r in board.shown_rows()] == ["一要坚持靠前指挥"]

    from PySide6.QtCore import Qt

    from desktop_app.ui.task_board import COL_TEXT
    board.text.setText("")
    qtbot.waitUntil(lambda: len(board.shown_rows()) == every)
    board.table.sortByColumn(COL_TEXT, Qt.SortOrder.AscendingOrder)  # a sort too
    assert board.model.busy
    qtbot.waitUntil(lambda: not board.model.busy)
    texts = [r.task.text for r in board.shown_rows()]
    assert texts == sorted(texts) and len(texts) == every
    assert all(t is not threading.main_thread() for t in threads)
