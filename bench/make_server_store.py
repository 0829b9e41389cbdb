"""Generate a server library of N synthetic articles for benchmarks, fast (COPY, one GIN build at the end).

The articles are bench/make_store.py's, same seeds and same order, so the server library and a
SQLite store made by make_store.py with the same N hold the same articles under the same ids in the
same list order (bench/bench_server.py compares their pages). `zhengwen copy` of a 200k SQLite store
took 777 s (row by row through the Store API, verified); this writes rows straight with COPY:

    python bench/make_server_store.py postgresql://postgres@127.0.0.1:PORT/bench 1000000
    python bench/make_server_store.py --start-cluster /tmp/pgbench 1000000   # a new cluster, bench settings

Resumable: a run continues after the last id already stored. The database must be `server init`ed
(--start-cluster does that).
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from make_store import make_article, sentences  # noqa: E402

from desktop_app.store.articles import _day, body_hash  # noqa: E402
from desktop_app.store.server import index  # noqa: E402

COLS = ("id", "title", "subtitle", "source", "date", "body", "body_hash", "sort_key", "tokens")
CHUNK = 10_000


def load(url: str, n: int) -> None:
    import psycopg

    pool = sentences()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SET synchronous_commit = off")
        done = conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]
        # The seed of article i is i (make_store.py); ids are i + 1 when no body repeats. A repeated
        # body is skipped by both generators, so the seed to go on from is counted, not the id.
        seed = conn.execute("SELECT coalesce(max(value::bigint), -1) + 1 FROM zhengwen_meta"
                            " WHERE key = 'bench_next_seed'").fetchone()[0] if done else 0
        seen = {h for (h,) in conn.execute("SELECT body_hash FROM articles")} if done else set()
        if conn.execute("SELECT to_regclass('articles_tokens')").fetchone()[0]:
            conn.execute("DROP INDEX articles_tokens")  # one GIN build at the end
        start = time.perf_counter()
        aid = done
        while aid < n:
            with conn.transaction(), conn.cursor().copy(f"COPY articles ({', '.join(COLS)}) FROM STDIN") as cp:
                for _ in range(CHUNK):
                    if aid >= n:
                        break
                    a = make_article(random.Random(seed), pool, seed)
                    seed += 1
                    digest = body_hash(a.body)
                    if digest in seen:
                        continue
                    seen.add(digest)
                    aid += 1
                    # sort_key as index.KEY_SQL makes it: day << 40 | arrival number (the id here).
                    cp.write_row((aid, a.title, a.subtitle, a.source, a.date, a.body, digest,
                                  (_day(a.date) << 40) | aid, index.tokens(a.title, a.subtitle, a.body)))
            conn.execute("INSERT INTO zhengwen_meta VALUES ('bench_next_seed', %s) ON CONFLICT (key)"
                         " DO UPDATE SET value = excluded.value", (str(seed - 1),))
            rate = (aid - done) / (time.perf_counter() - start)
            print(f"{aid:,}/{n:,} {rate:.0f}/s", file=sys.stderr, flush=True)
        conn.execute("SELECT setval('articles_id_seq', %s)", (aid,))
        conn.execute("SELECT setval('article_order', %s)", (aid,))
        t = time.perf_counter()
        conn.execute("SET maintenance_work_mem = '1GB'")
        conn.execute("CREATE INDEX articles_tokens ON articles USING gin(tokens)")
        print(f"GIN index built in {time.perf_counter() - t:.0f} s", file=sys.stderr, flush=True)
        t = time.perf_counter()
        conn.execute("VACUUM ANALYZE articles")
        print(f"VACUUM ANALYZE in {time.perf_counter() - t:.0f} s", file=sys.stderr, flush=True)
    print(f"{n:,} articles in {time.perf_counter() - start:.0f} s -> {url}", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("url", help="a server library URL, or with --start-cluster the folder for a new cluster")
    ap.add_argument("n", type=int)
    ap.add_argument("--start-cluster", action="store_true",
                    help="start a cluster with bench_server.py's settings in the folder URL and keep it running")
    args = ap.parse_args()
    url = args.url
    if args.start_cluster:
        from bench_server import BENCH_SETTINGS

        from desktop_app.store.server import cluster, users

        c = cluster.start(BENCH_SETTINGS, parent=args.url)
        url = c.createdb("bench")
        users.init(url)
        Path(args.url, "url").write_text(url, encoding="utf-8")
        print(f"cluster running: {url} (stop: pg_ctl -D {c.folder}/data stop)", file=sys.stderr, flush=True)
    load(url, args.n)


if __name__ == "__main__":
    main()
