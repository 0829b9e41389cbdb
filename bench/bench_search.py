"""Search latency (first page of 50, newest first) and correctness against a substring scan.

    python bench/make_store.py /tmp/bench-100k.db 100000
    python bench/bench_search.py /tmp/bench-100k.db [--reps 5] [--sizes]

Prints a markdown table: median ms for the first page, median ms for the full id list (what the
list model holds), the match count, and whether the first page equals a substring scan (checked on
the newest 2,000 articles for speed). With --sizes, also the bytes on disk per 1,000 articles of the
text, the search index and the whole file, and the index / text ratio (dbstat; reads the whole file).
"""
from __future__ import annotations

import argparse
import shlex
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.store import Store  # noqa: E402

QUERIES = [("1-char common", "会"), ("1-char rare", "鳍"), ("2-char name", "王晓"), ("2-char common", "发展"),
           ("2-char mid", "脱贫"), ("2-char rare", "尾鳍"), ("3-char", "习近平"), ("4-char", "乡村振兴"),
           ("two words", "王晓 发展"), ("10-char phrase", "全面建成小康社会目标"), ("no hit", "王晓出席并讲话了吗"),
           ("mixed Latin", "5G"), ("punctuation", "〔2019〕"), ("punctuation only", "，"),
           ("phrase with a space", '"王晓 出席"')]


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
    ap.add_argument("--sizes", action="store_true", help="report text and index bytes (reads the whole file)")
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
        words = shlex.split(q)
        truth = [i for i, *f in newest if all(any(w.lower() in x.lower() for x in f) for w in words)][:50]
        ok = page[:len(truth)] == truth if len(ids) >= 50 or len(truth) < 50 else False
        print(f"| {label} | {q} | {t_page:.1f} | {t_all:.1f} | {len(ids):,} | {'yes' if ok else 'NO'} |")
    if args.sizes:
        sizes(store, n)


def sizes(store: Store, n: int) -> None:
    text = store.conn.execute("SELECT sum(length(CAST(title AS BLOB)) + length(CAST(subtitle AS BLOB))"
                              " + length(CAST(body AS BLOB))) FROM articles").fetchone()[0] or 0
    index = store.conn.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search_fts%'").fetchone()[0] or 0
    total = store.conn.execute("SELECT sum(pgsize) FROM dbstat").fetchone()[0] or 0
    per = 1000 / max(n, 1) / 1e6
    print(f"\n| per 1,000 articles | MB |\n|---|---:|\n| text (UTF-8) | {text * per:.2f} |"
          f"\n| search index | {index * per:.2f} |\n| whole file | {total * per:.2f} |"
          f"\n\nindex / text = {index / max(text, 1):.2f}")


if __name__ == "__main__":
    main()
