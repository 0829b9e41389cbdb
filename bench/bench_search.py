"""Search latency (first page of 50, newest first) and correctness against a substring scan.

    python bench/make_store.py /tmp/bench-100k.db 100000
    python bench/bench_search.py /tmp/bench-100k.db [--reps 5]

Prints a markdown table: median ms for the first page, median ms for the full id list (what the
list model holds), the match count, and whether the first page equals a substring scan (checked on
the newest 2,000 articles for speed).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.store import Store  # noqa: E402

QUERIES = [("1-char common", "会"), ("1-char rare", "鳍"), ("2-char name", "王晓"), ("2-char common", "发展"),
           ("2-char mid", "脱贫"), ("2-char rare", "尾鳍"), ("3-char", "习近平"), ("4-char", "乡村振兴"),
           ("two words", "王晓 发展"), ("10-char phrase", "全面建成小康社会目标"), ("no hit", "王晓出席并讲话了吗"),
           ("mixed Latin", "5G"), ("punctuation", "〔2019〕")]


def timed(fn, reps):
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        out = fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--reps", type=int, default=5)
    args = ap.parse_args()
    store = Store(args.db)
    n = store.count()
    newest = store.conn.execute("SELECT id, title, subtitle, body FROM articles ORDER BY date DESC, id DESC LIMIT 2000").fetchall()
    print(f"store: {n:,} articles, {Path(args.db).stat().st_size / 1e6:,.0f} MB\n")
    print("| query | term | first 50 (ms) | all ids (ms) | matches | first page = substring scan |")
    print("|---|---|---:|---:|---:|---|")
    for label, q in QUERIES:
        t_page, page = timed(lambda: store.article_ids(q, limit=50), args.reps)
        t_all, ids = timed(lambda: store.article_ids(q), max(1, args.reps // 2))
        truth = [i for i, *f in newest if all(w.lower() in "\n".join(f).lower() for w in q.split())][:50]
        ok = page[:len(truth)] == truth if len(ids) >= 50 or len(truth) < 50 else False
        print(f"| {label} | {q} | {t_page:.1f} | {t_all:.1f} | {len(ids):,} | {'yes' if ok else 'NO'} |")


if __name__ == "__main__":
    main()
