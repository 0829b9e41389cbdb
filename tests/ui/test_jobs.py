"""ui/jobs: a serial writer lane and a reader pool; each worker opens its own Store."""
from __future__ import annotations

import threading

from desktop_app.ui import jobs
from handmade import add_plain


def test_a_count_is_not_held_up_by_a_long_write_and_writes_keep_their_order(qtbot, store):
    add_plain(store, "一篇", "正文。")
    gate = threading.Event()
    order: list[str] = []

    def first_write(_p, _c):
        gate.wait(10)
        order.append("first")

    long_write = jobs.write(first_write)
    next_write = jobs.write(lambda _p, _c: order.append("second"))
    count = jobs.on_store(store.location, lambda s, _p, _c: s.count())
    try:
        qtbot.waitUntil(lambda: count.done, timeout=5000)
        assert count.result == 1  # read while the writer lane was busy
        assert not long_write.done and not next_write.done and order == []
    finally:
        gate.set()
    qtbot.waitUntil(lambda: next_write.done, timeout=5000)
    assert order == ["first", "second"]


def test_a_worker_store_is_its_own_connection_and_is_closed(qtbot, store):
    seen = []
    job = jobs.on_store(store.location, lambda s, _p, _c: seen.append(s) or threading.get_ident())
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert job.result != threading.get_ident()
    assert seen[0] is not store and seen[0].path == store.path
    import sqlite3

    try:
        seen[0].conn.execute("SELECT 1")
        closed = False
    except sqlite3.ProgrammingError:
        closed = True
    assert closed


def test_cancel_interrupts_a_reader_mid_query(qtbot, store):
    import sqlite3

    cancel_seen = threading.Event()

    def slow(s, _p, cancel):
        s.interrupt_when(cancel)
        cancel_seen.wait(5)
        # A query that would run for a long time: a recursive count to 10^9.
        return s.conn.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000)"
                              " SELECT count(*) FROM c").fetchone()

    job = jobs.on_store(store.location, slow)
    job.cancel()
    cancel_seen.set()
    qtbot.waitUntil(lambda: job.done, timeout=10000)
    assert isinstance(job.error, sqlite3.OperationalError) and "interrupt" in str(job.error)


def test_a_job_whose_pane_is_gone_delivers_nothing(qtbot):
    """The reader pool may finish a count after its window closed: a bound job neither calls the
    dead pane's slots nor fails; it is cancelled when its owner goes."""
    from PySide6.QtCore import QObject

    gate = threading.Event()
    owner = QObject()
    job = jobs.run(lambda _p, cancel: gate.wait(5) and not cancel.is_set()).bind(owner)
    delivered = []
    job.finished.connect(delivered.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: job.orphaned, timeout=5000)
    assert job.cancel_event.is_set()
    gate.set()
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert delivered == []


EXIT_WITH_A_READ_IN_FLIGHT = """
import os, sys, time
sys.path.insert(0, sys.argv[1])
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop_app.store import Store
from desktop_app.ui import jobs
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.ui_state import UiState, open_settings
store = Store(sys.argv[2])
window = MainWindow(store, UiState(open_settings()))
window.show()
app.processEvents()
# A count that is still running when the window closes and the program ends (a script, or a
# benchmark, that does not wait for its jobs): it reports progress and its result after its Job is gone.
jobs.on_store(store.location, lambda s, progress, _c: (time.sleep(0.5), progress(1, 2), s.count())[-1])
window.close()
app.processEvents()
print("closed")
"""


def test_a_read_that_ends_after_the_window_and_its_job_are_gone_is_dropped_quietly(tmp_path, store):
    """Closing the window while reads ran printed "RuntimeError: Signal source has been deleted"
    (a traceback from jobs.py) when a worker finished after Python had torn its Job down."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    add_plain(store, "一篇", "正文。")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ZHENGWEN_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", EXIT_WITH_A_READ_IN_FLIGHT, str(Path(__file__).parents[2]),
                           str(store.path)], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "closed" in done.stdout
    assert "Traceback" not in done.stderr and "RuntimeError" not in done.stderr, done.stderr
    logs = list((tmp_path / "data").rglob("*.log"))
    assert all("Traceback" not in p.read_text(encoding="utf-8") for p in logs)
