"""Memory and time with a large store open: the list scrolled to the end, then jumps around.

    python bench/make_store.py /tmp/bench-1m.db 1000000      # once (resumable)
    python bench/bench_scale.py /tmp/bench-1m.db

Prints the RSS after opening the store, after the first page is shown, after the full id list has
arrived, after scrolling to the last row and after 200 random jumps (each repainting the view).
"""
from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    from PySide6.QtWidgets import QApplication, QTableView

    from desktop_app.store import Store
    from desktop_app.ui.article_model import ArticleTableModel

    app = QApplication([])
    base = rss_mb()
    t0 = time.perf_counter()
    store = Store(sys.argv[1])
    model = ArticleTableModel(store)
    view = QTableView()
    view.setModel(model)
    view.resize(800, 900)
    view.show()
    app.processEvents()
    first = time.perf_counter() - t0
    rows_first = model.rowCount()
    rss_first = rss_mb()
    model.wait_complete(600_000)
    app.processEvents()
    full = time.perf_counter() - t0
    rows = model.rowCount()
    rss_full = rss_mb()
    t = time.perf_counter()
    view.scrollToBottom()
    app.processEvents()
    to_end = (time.perf_counter() - t) * 1000
    last = model.summary(rows - 1)
    rss_end = rss_mb()
    rng = random.Random(1)
    jumps = []
    for _ in range(200):
        t = time.perf_counter()
        view.scrollTo(model.index(rng.randrange(rows), 0))
        app.processEvents()
        jumps.append((time.perf_counter() - t) * 1000)
    jumps.sort()
    print(f"store: {store.count():,} articles, {Path(sys.argv[1]).stat().st_size / 1e9:.2f} GB")
    print("| step | result |\n|---|---|")
    print(f"| Python + Qt before the store | RSS {base:.0f} MB |")
    print(f"| first page shown | {first * 1000:.0f} ms, {rows_first:,} rows, RSS {rss_first:.0f} MB |")
    print(f"| full id list arrived (worker) | {full * 1000:.0f} ms, {rows:,} rows, RSS {rss_full:.0f} MB |")
    print(f"| scroll to the last row | {to_end:.1f} ms, last row dated {last.date if last else '?'}, RSS {rss_end:.0f} MB |")
    print(f"| 200 random jumps + repaint | p50 {jumps[100]:.1f} ms, p99 {jumps[197]:.1f} ms, RSS {rss_mb():.0f} MB |")
    store.close()


if __name__ == "__main__":
    main()
