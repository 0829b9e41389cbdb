"""EXPLAIN (ANALYZE, BUFFERS) of the SQL a server library's search runs for one query's first page.

    python bench/bench_server_explain.py URL '全面建成小康社会目标' ['"王晓 出席"' …] [--limit 50]

Runs each query three times (the time of each run), then explains every statement the last run sent
(the token lookup, the slice of the list, the rest of it); what docs/benchmarks.md's 1M analysis
quotes. Reads only.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.store.server import open_server_store  # noqa: E402
from desktop_app.store.server import search  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("queries", nargs="+")
    ap.add_argument("--limit", type=int, default=50)
    args = ap.parse_args()
    with open_server_store(args.url, statement_timeout_ms=0) as s:
        conn = s.conn
        for q in args.queries:
            sent: list[tuple] = []
            run = conn.pg

            def pg(sql, params=None, run=run, sent=sent):
                sent.append((sql, params))
                return run(sql, params)
            conn.pg = pg
            for _ in range(3):
                sent.clear()
                t = time.perf_counter()
                ids = search.article_ids(conn, q, limit=args.limit)
                print(f"{q}: {len(ids)} ids in {(time.perf_counter() - t) * 1000:.1f} ms")
            conn.pg = run
            for sql, params in sent:
                if sql.startswith("SET") or "pg_stats" in sql:
                    continue
                print("SQL:", " ".join(sql.split())[:400], params if params and len(str(params)) < 400 else "")
                with conn.raw.transaction():
                    conn.pg("SET LOCAL enable_seqscan = off")  # as the search runs a token lookup
                    for (line,) in conn.pg("EXPLAIN (ANALYZE, BUFFERS) " + sql, params).fetchall():
                        print("   ", line)
            print()


if __name__ == "__main__":
    main()
