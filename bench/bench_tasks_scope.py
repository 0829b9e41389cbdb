"""The export pane's 含任务的文章: which articles have tasks, the way the pane asked before and the way it asks now.

    python bench/bench_tasks_scope.py postgresql://…/bench /tmp/lib/bench-100k.db [--reps 5]

Before: every id of the list (article_ids(None)), then their summaries 256 at a time, keeping those
with n_tasks > 0 (export/preview.articles_with_tasks) — on the GUI thread. Now: Store.ids_with_tasks(),
one statement (and on the read thread of the pane for a server library). Both backends in the same
run; best and median of --reps runs each, and that both give the same ids. A library whose articles
all have n_tasks = 0 (bench/make_server_store.py writes no tasks) gets one article in fifty marked as
having one, on the server, so that there is something to find (an UPDATE of more rows rewrites their
search-index entries: minutes).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def timed(fn, reps: int) -> tuple[float, float, object]:
    times, result = [], None
    for _ in range(reps):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return min(times), statistics.median(times), result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("libraries", nargs="+", help="server URLs and SQLite store files")
    ap.add_argument("--reps", type=int, default=5)
    args = ap.parse_args()

    from desktop_app.export.preview import articles_with_tasks
    from desktop_app.store import open_location

    print("| library | articles | with tasks | before: all ids + summaries (best / median) | now: ids_with_tasks (best / median) |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for lib in args.libraries:
        with open_location(lib) as store:
            if getattr(store, "is_server", False) and \
                    store.conn.pg("SELECT count(*) FROM articles WHERE n_tasks > 0").fetchone()[0] == 0:
                import psycopg

                with psycopg.connect(lib, autocommit=True) as conn:
                    conn.execute("SET statement_timeout = 0")
                    conn.execute("UPDATE articles SET n_tasks = 1 WHERE id % 50 = 0")
            n = store.count()
            b_best, b_med, before = timed(lambda: list(articles_with_tasks(store, store.article_ids(None))), args.reps)
            a_best, a_med, after = timed(store.ids_with_tasks, args.reps)
            assert before == after, "ids_with_tasks differs from the old way"
            kind = "server" if getattr(store, "is_server", False) else "SQLite"
            print(f"| {kind} | {n:,} | {len(after):,} | {b_best:,.0f} / {b_med:,.0f} ms | {a_best:,.0f} / {a_med:,.0f} ms |")


if __name__ == "__main__":
    main()
