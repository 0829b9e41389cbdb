"""The trash (回收站) at scale: what every list, count and statistic pays for leaving trashed articles
out, and how fast articles go to the trash and come back.

    python bench/make_store.py /tmp/bench-100k.db 100000
    python bench/bench_trash.py /tmp/bench-100k.db [--trash 1000] [--reps 5]

Works on a copy of the store (the original is left as it was). Prints a markdown table: median ms of
each read with an empty trash, with --trash articles in it and after they are restored, then the ms per article of moving
them to the trash, restoring them and emptying the trash; and checks that no trashed article is
found by the list or a search while it is in the trash, and that each is found again once restored.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.store import Store  # noqa: E402

READS = [
    ("count", lambda s: s.count()),
    ("list: first page (200, newest first)", lambda s: s.article_ids(None, limit=200)),
    ("list: every id, newest first", lambda s: s.article_ids(None)),
    ("list: every id by title", lambda s: s.article_ids(None, sort="title")),
    ("search 发展: every id", lambda s: s.article_ids("发展")),
    ("sources (filter choices)", lambda s: s.sources()),
    ("articles per month (statistics)", lambda s: s.month_counts()),
]


def timed(fn, store, reps: int) -> float:
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        fn(store)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--trash", type=int, default=1000, help="articles to move to the trash")
    ap.add_argument("--reps", type=int, default=5)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="zw-bench-trash-")) / "store.db"
    shutil.copy(args.db, work)
    try:
        with Store(work) as store:
            total = store.count()
            empty = {name: timed(fn, store, args.reps) for name, fn in READS}
            # Every 100th article of the date order: trashed rows spread over the whole list.
            every = store.article_ids(None)
            chosen = every[:: max(1, len(every) // args.trash)][: args.trash]
            t = time.perf_counter()
            store.trash_articles(chosen)
            trash_ms = (time.perf_counter() - t) * 1000
            full = {name: timed(fn, store, args.reps) for name, fn in READS}
            gone = set(chosen)
            left = set(store.article_ids(None))
            found = set(store.article_ids("发展"))
            hidden_ok = not (gone & left) and not (gone & found) and store.count() == total - len(chosen)
            t = time.perf_counter()
            store.restore_articles(chosen)
            restore_ms = (time.perf_counter() - t) * 1000
            back_ok = gone <= set(store.article_ids(None)) and store.count() == total
            after = {name: timed(fn, store, args.reps) for name, fn in READS}
            store.trash_articles(chosen)
            t = time.perf_counter()
            store.empty_trash()
            empty_ms = (time.perf_counter() - t) * 1000
            check_ok = store.check_integrity() == []
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)

    print(f"{total:,} articles; {len(chosen):,} in the trash for the second column; median of {args.reps}\n")
    print(f"| read | ms, trash empty | ms, trash holds {len(chosen):,} | ms, all restored |")
    print("| --- | ---: | ---: | ---: |")
    for name, _fn in READS:
        print(f"| {name} | {empty[name]:.1f} | {full[name]:.1f} | {after[name]:.1f} |")
    n = len(chosen)
    print(f"\nmove to the trash: {trash_ms / n:.2f} ms/article; restore: {restore_ms / n:.2f} ms/article; "
          f"empty the trash: {empty_ms / n:.2f} ms/article")
    print(f"trashed articles left out of list, count and search: {hidden_ok}; all back after restore: {back_ok}; "
          f"store check clean after emptying: {check_ok}")


if __name__ == "__main__":
    main()
