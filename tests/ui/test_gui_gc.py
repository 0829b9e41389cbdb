"""Cycles are collected on the GUI thread only (ui/gui_gc.py): a worker that allocates never runs
the collector, so a Qt object caught in a cycle is never deleted on a worker thread."""
from __future__ import annotations

import gc
import threading

from desktop_app.ui import gui_gc, jobs


class _Cycle:
    freed_on: list[str] = []

    def __init__(self):
        self.me = self

    def __del__(self):
        _Cycle.freed_on.append(threading.current_thread().name)


def test_garbage_dropped_by_a_worker_is_freed_on_the_gui_thread(qtbot, qapp):
    collector = gui_gc.install(qapp)
    assert not gc.isenabled()
    _Cycle.freed_on.clear()

    def work(progress, cancel):
        _Cycle()  # unreachable at once: only the cycle collector can free it
        # Far past generation 0's threshold: an enabled collector would run right here, on the worker.
        # (Kept alive as the job's result: freed objects would lower the count again.)
        return [[i] for i in range(50 * gc.get_threshold()[0])]

    job = jobs.run(work)
    qtbot.waitUntil(lambda: job.done, timeout=20000)
    assert _Cycle.freed_on == []  # nothing collected on the worker
    qtbot.waitUntil(lambda: _Cycle.freed_on != [], timeout=5000)  # the GUI thread's timer did it
    assert _Cycle.freed_on == [threading.main_thread().name]
    assert collector is gui_gc.install(qapp)  # one collector per application
