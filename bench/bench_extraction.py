"""Extraction speed on the 305 articles of ../shared/corpus/articles.jsonl.

    python bench/bench_extraction.py [--repeat N] [--long]

Prints a markdown table: one-off lexicon load cost, articles per second on one core, median and
95th-percentile time per article, and the median article length. With --long, also the time of
long texts (10k, 100k, 300k, 1M characters): the corpus articles joined one after another, and the
importer's test book (one paragraph with the same official repeated). Skips with a message when
../shared is absent.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "articles.jsonl"
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="passes over the corpus (best pass is reported)")
    ap.add_argument("--long", action="store_true", help="also time long texts (10k to 1M characters)")
    args = ap.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent")
        return 0
    rows = [json.loads(l) for l in CORPUS.read_text(encoding="utf-8").splitlines() if l.strip()]
    bodies = [(r.get("title", ""), r["text"]) for r in rows]

    t0 = time.perf_counter()
    from desktop_app.extraction import extract
    from desktop_app.extraction.lexicon import lexicon
    from desktop_app.extraction.officials import _rules
    from desktop_app.extraction.tasks import _cues
    lexicon(), _rules(), _cues()
    load = time.perf_counter() - t0

    # Each article's time is its fastest over the passes (the machine may be busy with others).
    per_article = [float("inf")] * len(bodies)
    best_total = None
    n_off = n_tasks = 0
    for _ in range(args.repeat):
        n_off = n_tasks = 0
        start = time.perf_counter()
        for k, (title, body) in enumerate(bodies):
            a = time.thread_time()               # CPU time of this thread: robust to a busy machine
            ex = extract(body, title=title)
            per_article[k] = min(per_article[k], time.thread_time() - a)
            n_off += len(ex.officials)
            n_tasks += len(ex.tasks)
        total = time.perf_counter() - start
        best_total = total if best_total is None else min(best_total, total)
    per_2000 = statistics.median(t / max(1, len(b)) * 2000 for t, (_, b) in zip(per_article, bodies))
    lengths = sorted(len(b) for _, b in bodies)
    ordered = sorted(per_article)
    median = statistics.median(ordered)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    print("| measure | value |")
    print("| --- | --- |")
    print(f"| articles | {len(bodies)} (median length {statistics.median(lengths):.0f} chars) |")
    print(f"| one-off lexicon load | {load * 1000:.0f} ms |")
    print(f"| throughput (one core, wall clock, best pass of {args.repeat}) | {len(bodies) / best_total:,.0f} articles/s |")
    print(f"| throughput (one core, CPU time) | {len(bodies) / sum(per_article):,.0f} articles/s |")
    print(f"| median CPU time per article | {median * 1000:.2f} ms |")
    print(f"| 95th percentile per article | {p95 * 1000:.2f} ms |")
    print(f"| median CPU time per 2,000 chars | {per_2000 * 1000:.2f} ms (≈ {1 / per_2000:,.0f} articles/s) |")
    print(f"| officials / tasks found | {n_off} / {n_tasks} |")
    if args.long:
        _long_texts([b for _, b in bodies], args.repeat)
    return 0


_BOOK_PARAGRAPH = "市委书记王晓出席会议并讲话,要求各部门认真落实各项工作任务,确保取得实效。"


def _joined(bodies: list[str], length: int) -> str:
    parts, total, i = [], 0, 0
    while total < length:
        parts.append(bodies[i % len(bodies)])
        total += len(parts[-1]) + 1
        i += 1
    return "\n".join(parts)[:length]


def _book(length: int) -> str:
    text = "一本很长的汇编\n" + "\n".join(f"第{i}段,{_BOOK_PARAGRAPH}" for i in range(length // 40 + 1))
    return text[:length]


def _long_texts(bodies: list[str], repeat: int) -> None:
    from desktop_app.extraction import extract

    print()
    print("| text | characters | CPU time | µs per 1,000 chars | officials / tasks |")
    print("| --- | --- | --- | --- | --- |")
    for label, make in (("corpus articles joined", lambda n: _joined(bodies, n)),
                        ("importer's test book", _book)):
        for n in (10_000, 100_000, 300_000, 1_000_000):
            text = make(n)
            best = float("inf")
            for _ in range(max(1, repeat if n <= 300_000 else 1)):
                a = time.thread_time()
                ex = extract(text)
                best = min(best, time.thread_time() - a)
            print(f"| {label} | {len(text):,} | {best * 1000:,.0f} ms | {best / len(text) * 1e9:,.0f} | "
                  f"{len(ex.officials)} / {len(ex.tasks)} |")


if __name__ == "__main__":
    raise SystemExit(main())
