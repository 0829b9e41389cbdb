"""Import throughput, opening an article with its highlights, and cold start to the first painted list.

    python bench/make_store.py /tmp/bench-100k.db 100000      # once
    python bench/bench_app.py /tmp/bench-100k.db [--import-n 300]

Each figure is printed beside the floor it compares with, measured in the same run:
- import: articles/s through importer.import_paths (parse + extract + store + index) of generated files;
- open: store.article(id) + ReaderPane.show_article (highlights applied), p50 and p99 over 200 articles;
- start: a fresh process to the first paint of the main window on the store, against a fresh process
  that imports PySide6, makes a QApplication and shows an empty window with one qtawesome icon.
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

FLOOR = """
import time, sys
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar
from PySide6.QtCore import QTimer
import qtawesome
app = QApplication([])
w = QMainWindow(); tb = QToolBar(); w.addToolBar(tb); tb.addAction(qtawesome.icon("fa5s.file-import"), "x")
w.show()
QTimer.singleShot(0, lambda: (print(time.perf_counter() - t0), app.quit()))
app.exec()
"""

APP = """
import time, sys
t0 = time.perf_counter()
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.ui_state import UiState, open_settings
from desktop_app.store import Store
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QTimer
app = QApplication([])
store = Store(sys.argv[1])
w = MainWindow(store, UiState(open_settings()))
w.show()
QTimer.singleShot(0, lambda: (print(time.perf_counter() - t0), app.quit()))
app.exec()
"""


def cold(script: str, *args: str, reps: int = 5) -> float:
    times = []
    env = {**os.environ, "PYTHONPATH": str(REPO), "ZHENGWEN_DATA_DIR": tempfile.mkdtemp()}
    for _ in range(reps):
        out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, env=env)
        times.append(float(out.stdout.strip().splitlines()[-1]) * 1000)
    return statistics.median(times)


def bench_import(n: int) -> tuple[float, float]:
    from make_store import make_article, sentences

    from desktop_app.importer import import_paths
    from desktop_app.store import Store

    rng = random.Random(5)
    pool = sentences()
    folder = Path(tempfile.mkdtemp())
    for i in range(n):
        a = make_article(rng, pool, i)
        (folder / f"{i:05d}.txt").write_text(f"{a.title}\n\n来源:{a.source}    日期:{a.date}\n\n{a.body}", encoding="utf-8")
    store = Store(folder / "store.db")
    t, c = time.perf_counter(), time.thread_time()
    report = import_paths(store, [folder])
    wall, cpu = time.perf_counter() - t, time.thread_time() - c
    assert len(report.imported) == n, report.failed[:3]
    return n / wall, n / cpu


def bench_open(db: str) -> tuple[float, float]:
    from PySide6.QtWidgets import QApplication

    from desktop_app.store import Store
    from desktop_app.ui.reader_pane import ReaderPane

    app = QApplication.instance() or QApplication([])
    store = Store(db)
    ids = random.Random(1).sample(store.article_ids(limit=5000), 200)
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
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--import-n", type=int, default=300)
    args = ap.parse_args()
    wall, cpu = bench_import(args.import_n)
    print(f"| import (parse+extract+store+index) | {wall:.0f} articles/s wall, {cpu:.0f} articles/s CPU | target ≥ 300/s |")
    p50, p99 = bench_open(args.db)
    print(f"| open an article with highlights | p50 {p50:.1f} ms, p99 {p99:.1f} ms | target ≤ 30 / ≤ 100 ms |")
    floor = cold(FLOOR)
    start = cold(APP, args.db)
    print(f"| cold start to first paint | {start:.0f} ms (floor {floor:.0f} ms, ratio {start / floor:.2f}) | target ≤ 1.5× floor |")


if __name__ == "__main__":
    main()
