"""Import throughput, opening an article with its highlights, and cold start to the first painted list.

    python bench/make_store.py /tmp/bench-100k.db 100000      # once
    python bench/bench_app.py /tmp/bench-100k.db [--import-n 1000] [--import-only]
    python bench/bench_app.py /tmp/bench-100k.db --start-only [--reps 11] [--command]   # cold start only

Each figure is printed beside the floor it compares with, measured in the same run:
- import: articles/s through importer.import_paths (parse + extract + store + index) of generated files;
- open: store.article(id) + ReaderPane.show_article (highlights applied), p50 and p99 over 200 articles;
- start: a fresh process to the first paint of the article list on the store, against a fresh process
  that imports PySide6, makes a QApplication and shows a bare window with a toolbar (the floor), run
  alternately; each stops on the event loop's first turn after that paint. Goal: ≤ 1.5× the floor.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Both scripts stop at the event loop's first turn after the first paint of what they show (the
# window for the floor; the article list's rows for the app): a high-priority posted event, so that
# it runs before the callbacks the window queued for after its first paint. Same hook in both.
PAINTED = """
import time, sys
t0, c0 = time.perf_counter(), time.process_time()

def stop_after_first_paint(widget):
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt

    class Painted(QObject):
        seen = False

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                QCoreApplication.postEvent(self, QEvent(QEvent.Type.User),
                                             Qt.EventPriority.HighEventPriority.value)
            return False

        def event(self, event):
            if event.type() == QEvent.Type.User:
                print(time.perf_counter() - t0, time.process_time() - c0, flush=True)
                QCoreApplication.quit()
                return True
            return super().event(event)

    widget.painted_hook = Painted()
    widget.installEventFilter(widget.painted_hook)
"""

# The floor: a bare PySide6 window (a main window with a toolbar action), without qtawesome, which
# the app does not import before its first paint either (issue 16: a floor that imported it read
# 0.96× while the app took 2.4× a bare window).
FLOOR = PAINTED + """
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar
app = QApplication([])
w = QMainWindow(); tb = QToolBar(); w.addToolBar(tb); tb.addAction("x")
stop_after_first_paint(w)
w.show()
app.exec()
"""

# A second, informative floor (the goal stays against FLOOR): the same window holding a table view
# over a small model, stopped at the table's first paint. Any window that shows a table pays for
# what PySide6 builds on first use of Qt's namespaces (Python enum types: the `Qt` namespace alone
# has 93), which the bare window never touches; the app's ratio to this floor is what it adds.
TABLE_FLOOR = PAINTED + """
from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QToolBar

class Rows(QAbstractTableModel):
    def rowCount(self, parent=None): return 200
    def columnCount(self, parent=None): return 5
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return f"{index.row()}-{index.column()}" if role == Qt.ItemDataRole.DisplayRole else None

app = QApplication([])
w = QMainWindow(); tb = QToolBar(); w.addToolBar(tb); tb.addAction("x")
view = QTableView(); model = Rows(); view.setModel(model); w.setCentralWidget(view)
stop_after_first_paint(view.viewport())
w.show()
app.exec()
"""

APP = PAINTED + """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop_app.ui import gui_gc
gui_gc.install(app)  # as run_gui does first: cycles collected on a timer of the GUI thread, not mid-import
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.ui_state import UiState, open_settings
from desktop_app.store import Store
store = Store(sys.argv[1])
w = MainWindow(store, UiState(open_settings()), staged=True)  # as the app (library_session) builds it
stop_after_first_paint(w.article_list.view.viewport())
w.show()
app.exec()
from desktop_app.ui import jobs
jobs.wait_all()  # the background reads started after the first paint (as app.py does at exit)
"""

# The same through the `zhengwen --db DB` command (cli -> app.run_gui: translators, theme, the store
# lock, the window), stopped the same way.
COMMAND = PAINTED + """
import desktop_app.ui.main_window as main_window
built = main_window.MainWindow.__init__

def init(self, *args, **kwargs):
    built(self, *args, **kwargs)
    stop_after_first_paint(self.article_list.view.viewport())

main_window.MainWindow.__init__ = init
from desktop_app.cli import main
sys.argv[1:] = ["--db", sys.argv[1]]
main()
"""


def cold(scripts: list[tuple[str, tuple[str, ...]]], reps: int = 5,
         cpu: list[list[float]] | None = None) -> list[list[float]]:
    """Each script run `reps` times in a fresh process, interleaved (floor, app, floor, app, …) so
    that the load of a shared machine falls on both alike: the wall times in ms, per script (and
    the CPU times the process used, into `cpu` when given)."""
    times: list[list[float]] = [[] for _ in scripts]
    cpu_times: list[list[float]] = cpu if cpu is not None else []
    cpu_times[:] = [[] for _ in scripts]
    # Compiled bytecode as an installed app has it (pip and the installer compile the modules): a
    # cache of its own, filled by one untimed run of each script.
    env = {**os.environ, "PYTHONPATH": str(REPO), "ZHENGWEN_DATA_DIR": tempfile.mkdtemp(),
           "PYTHONPYCACHEPREFIX": tempfile.mkdtemp()}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for rep in range(reps + 1):
        for out_times, out_cpu, (script, args) in zip(times, cpu_times, scripts):
            out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, env=env,
                                 timeout=120, cwd=REPO)  # -c puts the working folder first on sys.path
            lines = out.stdout.strip().splitlines()
            if out.returncode != 0 or not lines:
                raise SystemExit(f"start-up script failed ({out.returncode}):\n{out.stderr[-2000:]}")
            if rep:
                wall, used = lines[-1].split()
                out_times.append(float(wall) * 1000)
                out_cpu.append(float(used) * 1000)
    return times


def bench_import(n: int, mixed: bool) -> tuple[float, float, Path]:
    """Articles/s (wall, CPU) importing `n` generated files into a new store, the extractor's
    lexicons loaded first (a once-per-process cost, reported by bench_extraction.py). `mixed`: the
    files' names do not follow their dates, as in a folder gathered by hand; else date order."""
    from make_store import make_article, sentences

    from desktop_app.extraction import extract
    from desktop_app.importer import import_paths
    from desktop_app.store import Store

    rng = random.Random(5)
    pool = sentences()
    folder = Path(tempfile.mkdtemp())
    names = list(range(n))
    if mixed:
        random.Random(6).shuffle(names)
    for i in range(n):
        a = make_article(rng, pool, i)
        (folder / f"{names[i]:05d}.txt").write_text(f"{a.title}\n\n来源:{a.source}    日期:{a.date}\n\n{a.body}",
                                                    encoding="utf-8")
    extract("市委书记王晓指出,要抓好落实。")
    store = Store(folder / "store.db")
    t, c = time.perf_counter(), time.thread_time()
    report = import_paths(store, [folder])
    wall, cpu = time.perf_counter() - t, time.thread_time() - c
    assert len(report.imported) == n, report.failed[:3]
    store.close()
    return n / wall, n / cpu, folder / "store.db"


def bench_open(db: str | Path) -> tuple[float, float]:
    """p50 and p99 ms of store.article + ReaderPane.show_article over 200 articles that have
    officials or tasks to highlight."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.store import Store
    from desktop_app.ui.reader_pane import ReaderPane

    app = QApplication.instance() or QApplication([])
    store = Store(db)
    ids = [r[0] for r in store.conn.execute(
        "SELECT id FROM articles WHERE n_officials > 0 OR n_tasks > 0 ORDER BY id DESC LIMIT 5000")]
    ids = random.Random(1).sample(ids, min(200, len(ids)))
    pane = ReaderPane()
    pane.resize(800, 900)
    times = []
    for i in ids:
        t = time.perf_counter()
        pane.show_article(store.article(i))
        app.processEvents()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return times[len(times) // 2], times[int(len(times) * 0.99) - 1]


def main() -> None:
    from desktop_app.store import Store

    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--import-n", type=int, default=1000)
    ap.add_argument("--import-only", action="store_true", help="only the import throughput")
    ap.add_argument("--start-only", action="store_true", help="only the cold start to first paint")
    ap.add_argument("--reps", type=int, default=5, help="cold starts of each script (the median is shown)")
    ap.add_argument("--command", action="store_true", help="also time the start through `zhengwen --db DB`")
    args = ap.parse_args()
    if args.start_only:
        bench_start(args.db, args.reps, args.command)
        return
    for mixed in (False, True):
        wall, cpu, imported = bench_import(args.import_n, mixed)
        print(f"| import {args.import_n} files ({'names not in date order' if mixed else 'in date order'}; read, parse,"
              f" extract, store, index) | {wall:.0f} articles/s wall, {cpu:.0f} articles/s CPU | target ≥ 300/s |")
    if args.import_only:
        return
    # The article itself is read by id, whatever the store's size; a store generated without
    # --extract has nothing to highlight, so the imported one stands in for it.
    extracted = Store(args.db).conn.execute("SELECT count(*) FROM articles WHERE n_officials > 0").fetchone()[0]
    opened = args.db if extracted >= 200 else imported
    p50, p99 = bench_open(opened)
    print(f"| open an article with highlights ({'this store' if opened == args.db else 'the imported store'})"
          f" | p50 {p50:.1f} ms, p99 {p99:.1f} ms | target ≤ 30 / ≤ 100 ms |")
    bench_start(args.db, args.reps, args.command)


def bench_start(db: str, reps: int, command: bool = False) -> None:
    scripts = [(FLOOR, ()), (TABLE_FLOOR, ()), (APP, (db,))] + ([(COMMAND, (db,))] if command else [])
    cpu: list[list[float]] = []
    floors, table_floors, *starts = cold(scripts, reps=reps, cpu=cpu)
    table_cpu = cpu.pop(1)
    floor, cpu_floor = statistics.median(floors), statistics.median(cpu[0])
    # CPU time (user + system of the process, all its threads) beside the wall time: on a busy
    # machine the wall time stretches with the waiting, the CPU time much less.
    print(f"load average {os.getloadavg()[0]:.1f}")
    for name, times, used in zip(("cold start to first paint", "the same through `zhengwen --db`"), starts, cpu[1:]):
        start = statistics.median(times)
        pairs = statistics.median(a / f for f, a in zip(floors, times))
        print(f"| {name} | {start:.0f} ms (floor {floor:.0f} ms, ratio {start / floor:.2f}; "
              f"median of {reps} paired ratios {pairs:.2f}); CPU {statistics.median(used):.0f} ms "
              f"(floor {cpu_floor:.0f} ms, ratio {statistics.median(used) / cpu_floor:.2f}) | target ≤ 1.5× floor |")
    table, table_used = statistics.median(table_floors), statistics.median(table_cpu)
    print(f"| (a window with a table view, not the goal's floor) | {table:.0f} ms = {table / floor:.2f}× the floor; "
          f"CPU {table_used:.0f} ms = {table_used / cpu_floor:.2f}×; the app is {statistics.median(starts[0]) / table:.2f}× "
          f"it (CPU {statistics.median(cpu[1]) / table_used:.2f}×) | — |")


if __name__ == "__main__":
    main()
