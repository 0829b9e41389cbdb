"""The server library against the SQLite store, in one run: search, open, many desks, parallel imports.

    python bench/make_store.py /tmp/bench-200k.db 200000
    python bench/bench_server.py /tmp/bench-200k.db [--url postgresql://…] [--reps 5]
        [--desks 8 --seconds 120] [--importers 4 --files 400]

Without --url a throwaway cluster is started (bench settings: fsync and synchronous_commit on,
shared_buffers 2GB, work_mem 64MB) and the SQLite store is copied into it with `zhengwen copy`'s
code (timed). Prints markdown tables for docs/benchmarks.md:
1. the first page (50, newest first) of every bench_search.py query on both stores, the server's
   page compared with the SQLite store's (same semantics: they must be equal), the full id list;
2. opening an article (Store.article) p50/p95 on both;
3. N desks (separate processes) for S seconds on the server mixing search, open, save (optimistic
   locking on a hot set of articles, so conflicts happen), 督办 updates and imports: p50/p95 per
   operation, errors, and the lost-update check (every save either landed — exactly one revision —
   or was reported as a conflict; the last landed note is what is stored); 督办 updates change one or
   two fields from what the desk read (field-level, optimistic): each landed change is in the
   server's history once, none is there that no desk made, the last one is stored; conflicts counted;
4. the first pages while an import's tokens wait in the GIN pending list, and after;
5. K importers in parallel (separate processes, their own folders, the extractor on) into the
   server and into one SQLite file: articles/s in total.
"""
from __future__ import annotations

import argparse
import dataclasses
import multiprocessing as mp
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_search import QUERIES  # noqa: E402

from desktop_app.store import Store  # noqa: E402

BENCH_SETTINGS = {"fsync": "on", "synchronous_commit": "on", "full_page_writes": "on", "shared_buffers": "2GB",
                  "work_mem": "64MB", "max_wal_size": "8GB", "effective_cache_size": "12GB",
                  "max_connections": "100", "random_page_cost": "1.1"}


def pct(values, p):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def timed(fn, reps):
    times, out = [], None
    for _ in range(reps):
        t = time.perf_counter()
        out = fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), out


# -- 1. search and 2. open ---------------------------------------------------------------------------
def bench_search(lite: Store, server, reps: int) -> None:
    print("| query | term | SQLite first 50 (ms) | server first 50 (ms) | same page | SQLite all ids (ms) |"
          " server all ids (ms) | matches |")
    print("|---|---|---:|---:|---|---:|---:|---:|")
    firsts = []
    for label, q in QUERIES:
        t_srv, page_srv = timed(lambda: server.article_ids(q, limit=50), reps)
        t_all_srv, all_srv = timed(lambda: server.article_ids(q), max(1, reps // 2))
        firsts.append(t_srv)
        if lite is None:  # --no-sqlite: the server alone
            print(f"| {label} | {q} | – | {t_srv:.1f} | – | – | {t_all_srv:.0f} | {len(all_srv):,} |")
            continue
        t_lite, page_lite = timed(lambda: lite.article_ids(q, limit=50), reps)
        t_all_lite, all_lite = timed(lambda: lite.article_ids(q), max(1, reps // 2))
        same = "yes" if page_lite == page_srv and sorted(all_lite) == sorted(all_srv) else "NO"
        print(f"| {label} | {q} | {t_lite:.1f} | {t_srv:.1f} | {same} | {t_all_lite:.0f} | {t_all_srv:.0f} |"
              f" {len(all_srv):,} |")
    print(f"\nserver first page: p50 {statistics.median(firsts):.1f} ms, max {max(firsts):.1f} ms")


def bench_open(lite: Store | None, server, n: int = 300) -> None:
    ids = random.Random(5).sample(server.article_ids(None, sort="id", descending=False), n)
    rows = []
    for name, store in (("SQLite", lite), ("server", server)):
        if store is None:
            continue
        times = []
        for i in ids:
            t = time.perf_counter()
            store.article(i)
            times.append((time.perf_counter() - t) * 1000)
        rows.append(f"| {name} | {pct(times, 50):.2f} | {pct(times, 95):.2f} |")
    print("| store | open an article p50 (ms) | p95 (ms) |\n|---|---:|---:|")
    print("\n".join(rows))


# -- 3. desks -----------------------------------------------------------------------------------------
HOT = 30  # articles the desks save and track: enough overlap for conflicts
TRACKED_FIELDS = ["lead_unit", "leader", "remark", "progress"]  # the 督办 fields the desks change


def desk(url: str, seed: int, seconds: float, hot: list[int], out: mp.Queue) -> None:
    from desktop_app.domain import Extraction, ParsedArticle, ProgressNote
    from desktop_app.editing.drafts import EditConflict
    from desktop_app.editing.tracking import TrackingConflict
    from desktop_app.store.server import open_server_store

    rng = random.Random(seed)
    words = [q for _label, q in QUERIES]
    lat: dict[str, list[float]] = {}
    saved, conflicts, errors, imported = [], 0, [], 0
    tracked: list[tuple[int, dict]] = []  # 督办 writes that landed: (row id, {field: unique value})
    tracking_conflicts = 0
    with open_server_store(url) as s:
        top = s.article_ids(None, limit=5000)
        end = time.monotonic() + seconds
        n = 0
        while time.monotonic() < end:
            r = rng.random()
            t = time.perf_counter()
            try:
                if r < 0.40:
                    op = "search"
                    s.article_ids(rng.choice(words), limit=50)
                elif r < 0.70:
                    op = "open"
                    s.article(rng.choice(top))
                elif r < 0.85:
                    op = "save"
                    aid = rng.choice(hot)
                    base = s.article_version(aid)
                    state = s.article_state(aid)
                    note = f"desk{seed}-{n}"
                    try:
                        s.save_article_state(aid, dataclasses.replace(state, note=note), base_version=base)
                        saved.append((aid, note))
                    except EditConflict:
                        conflicts += 1
                elif r < 0.95:
                    op = "督办"
                    aid = rng.choice(hot)
                    rows = s.task_rows([aid])
                    if rows:
                        # One or two fields changed from the read, as the board and the side panel do;
                        # each value written is unique, so the history shows whether every landed
                        # change is there and nothing else was written (the lost-update check).
                        row = rng.choice(rows)
                        tag = f"{seed}-{n}"
                        fields = rng.sample(TRACKED_FIELDS, rng.choice((1, 1, 2)))
                        new = {f: (ProgressNote("2026-01-01", f"进展{tag}"),) if f == "progress" else f"{f}{tag}"
                               for f in fields}
                        try:
                            tid = s.set_tracking(aid, row.task, dataclasses.replace(row.tracking, **new),
                                                 row.tracking_id, base=row.tracking)
                            tracked.append((tid, {f: (f"进展{tag}" if f == "progress" else v) for f, v in new.items()}))
                        except TrackingConflict:
                            tracking_conflicts += 1
                else:
                    op = "import"
                    body = f"第{seed}号桌面第{n}次导入的测试文章。" + "各单位要抓好落实。" * rng.randint(20, 80)
                    if s.add_article(ParsedArticle(f"导入{seed}-{n}", body, date="2026-01-01"), Extraction()):
                        imported += 1
            except Exception as e:  # counted, never hidden
                op = "error"
                errors.append(f"{type(e).__name__}: {e}"[:200])
            lat.setdefault(op, []).append((time.perf_counter() - t) * 1000)
            n += 1
    out.put({"lat": lat, "saved": saved, "conflicts": conflicts, "errors": errors, "imported": imported,
             "tracked": tracked, "tracking_conflicts": tracking_conflicts})


def bench_desks(url: str, n_desks: int, seconds: float) -> None:
    from desktop_app.domain import Task, Tracking
    from desktop_app.store.server import open_server_store

    with open_server_store(url) as s:
        hot = s.article_ids(None, limit=HOT)
        # Each hot article gets a task, so that 督办 rows have something to track.
        for aid in hot:
            if not s.task_rows([aid]):
                body = s.article(aid).body
                from desktop_app.domain import Extraction

                s.replace_extraction(aid, Extraction(tasks=(Task("t1", 1, body[:8], 0, 8),)))
            for row in s.task_rows([aid]):  # a 督办 row each: the desks' writes are updates the history records
                if row.tracking_id is None:
                    s.set_tracking(aid, row.task, Tracking())
        count_before = s.count()
        revs_before = s.conn.pg("SELECT count(*) FROM revisions").fetchone()[0]
        history_before = s.conn.pg("SELECT coalesce(max(id), 0) FROM tracking_history").fetchone()[0]
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    procs = [ctx.Process(target=desk, args=(url, i, seconds, hot, q)) for i in range(n_desks)]
    for p in procs:
        p.start()
    results = [q.get() for _ in procs]
    for p in procs:
        p.join()
    lat: dict[str, list[float]] = {}
    saved, conflicts, errors, imported = [], 0, [], 0
    tracked: list[tuple[int, dict]] = []
    tracking_conflicts = 0
    for r in results:
        tracked += r["tracked"]
        tracking_conflicts += r["tracking_conflicts"]
        for op, v in r["lat"].items():
            lat.setdefault(op, []).extend(v)
        saved += r["saved"]
        conflicts += r["conflicts"]
        errors += r["errors"]
        imported += r["imported"]
    with open_server_store(url) as s:
        revs_after = s.conn.pg("SELECT count(*) FROM revisions").fetchone()[0]
        notes = dict(s.conn.pg("SELECT id, note FROM articles WHERE id = ANY(%s)", (hot,)).fetchall())
        last = dict(s.conn.pg(
            "SELECT DISTINCT ON (article_id) article_id, changes FROM revisions WHERE article_id = ANY(%s)"
            " ORDER BY article_id, id DESC", (hot,)).fetchall())
        count_after = s.count()
        history = s.conn.pg("SELECT tracking_id, changes FROM tracking_history WHERE id > %s AND action = 'update'"
                            " ORDER BY id", (history_before,)).fetchall()
        stored = {tid: dict(zip(TRACKED_FIELDS, values)) for tid, *values in s.conn.pg(
            f"SELECT id, {', '.join(TRACKED_FIELDS)} FROM task_tracking WHERE article_id = ANY(%s)", (hot,)).fetchall()}
    import json

    lost_tracking = tracking_lost(tracked, history, stored)

    lost = [aid for aid in hot if aid in last and json.loads(last[aid]).get("note", [None, notes[aid]])[1] != notes[aid]]
    total_ops = sum(len(v) for v in lat.values())
    print(f"{n_desks} desks x {seconds:.0f} s: {total_ops:,} operations ({total_ops / seconds:.0f}/s)\n")
    print("| operation | count | p50 (ms) | p95 (ms) | max (ms) |\n|---|---:|---:|---:|---:|")
    for op in ("search", "open", "save", "督办", "import", "error"):
        v = lat.get(op, [])
        if v:
            print(f"| {op} | {len(v):,} | {pct(v, 50):.1f} | {pct(v, 95):.1f} | {max(v):.0f} |")
    print(f"\nsaves landed {len(saved):,}, conflicts reported {conflicts:,}, revisions added "
          f"{revs_after - revs_before:,} (must equal the saves landed: "
          f"{'yes' if revs_after - revs_before == len(saved) else 'NO'}); last landed note stored on every hot"
          f" article: {'yes' if not lost else 'NO ' + str(lost)}; articles {count_before:,} + {imported:,} imported"
          f" = {count_after:,} ({'yes' if count_before + imported == count_after else 'NO'}); errors {len(errors)}")
    print(f"督办 writes landed {len(tracked):,}, conflicts reported {tracking_conflicts:,}; every landed field change"
          f" recorded once, none written that no desk changed, the last one stored: "
          f"{'yes (0 lost updates)' if not lost_tracking else 'NO: ' + '; '.join(lost_tracking[:5])}")
    for e in errors[:5]:
        print(f"  error: {e}")


def tracking_lost(tracked: list[tuple[int, dict]], history: list[tuple[int, dict]], stored: dict) -> list[str]:
    """What the 督办 lost-update check found wrong ([] when nothing). `tracked`: the writes the desks saw
    land, (row id, {field: unique value}); `history`: the server's record of every update in the run,
    (row id, {field: [before, after]}); `stored`: row id -> {field: value} at the end. A whole-row
    write from a stale read shows as a recorded change no desk asked for (a colleague's value put
    back), and the value it replaced as one that is not stored although it was the last landed."""
    def value(field: str, v):
        if field == "progress":
            notes = json.loads(v or "[]")
            return notes[-1][1] if notes else ""
        return v

    import json

    wanted = {(tid, f, v) for tid, fields in tracked for f, v in fields.items()}
    found: dict[tuple[int, str, str], int] = {}
    last: dict[tuple[int, str], str] = {}
    wrong = []
    for tid, changes in history:
        for f, (_before, after) in changes.items():
            if f not in TRACKED_FIELDS:
                continue
            key = (tid, f, value(f, after))
            found[key] = found.get(key, 0) + 1
            last[(tid, f)] = key[2]
            if key not in wanted:
                wrong.append(f"row {tid} {f} set to {key[2]!r} by no desk's change")
    wrong += [f"row {t} {f} {v!r} landed {found.get((t, f, v), 0)} times in the history" for t, f, v in wanted
              if found.get((t, f, v), 0) != 1]
    wrong += [f"row {t} {f} stored {value(f, stored.get(t, {}).get(f))!r}, last change {v!r}"
              for (t, f), v in last.items() if value(f, stored.get(t, {}).get(f)) != v]
    return wrong


# -- 4. parallel importers -----------------------------------------------------------------------------
def write_files(folder: Path, k: int, n: int, seed: int = 0) -> None:
    from make_store import make_article, sentences

    pool = sentences()
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        a = make_article(random.Random(10_000_000 + seed * 1_000_000 + k * 100_000 + i), pool, i)
        body = a.body.replace("\n", "\n\n")
        (folder / f"{i:05d}.txt").write_text(f"{a.title}{k}-{i}\n来源:{a.source} 日期:{a.date}\n\n{body}\n",
                                             encoding="utf-8")


def importer(location: str, folder: str, out: mp.Queue) -> None:
    from desktop_app.importer import import_paths
    from desktop_app.store import open_location

    with open_location(location) as s:
        backend = s.conn.raw.info.backend_pid if getattr(s, "is_server", False) else None
        t, c, b = time.perf_counter(), _cpu(os.getpid()), _cpu(backend)
        report = import_paths(s, [folder], batch=50)
        out.put((len(report.imported), len(report.failed), time.perf_counter() - t, _cpu(os.getpid()) - c,
                 _cpu(backend) - b))


def _cpu(pid: int | None) -> float:
    """CPU seconds (user + system) of a process on this machine (0 when not here: a remote server)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, TypeError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def bench_importers(targets: dict[str, str], k: int, files: int, seed: int = 0) -> None:
    ctx = mp.get_context("spawn")
    print("| store | importers | articles | failed | wall (s) | articles/s | importer CPU ms/article |"
          " server CPU ms/article |\n|---|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        folders = []
        for i in range(k):
            write_files(Path(tmp) / f"f{i}", i, files, seed)
            folders.append(str(Path(tmp) / f"f{i}"))
        for name, location in targets.items():
            q = ctx.Queue()
            procs = [ctx.Process(target=importer, args=(location, f, q)) for f in folders]
            t = time.perf_counter()
            for p in procs:
                p.start()
            res = [q.get() for _ in procs]
            for p in procs:
                p.join()
            wall = time.perf_counter() - t
            n = sum(r[0] for r in res)
            per = 1000 / max(1, n)
            server_cpu = f"{sum(r[4] for r in res) * per:.2f}" if name == "server" else "–"
            print(f"| {name} | {k} | {n:,} | {sum(r[1] for r in res)} | {wall:.1f} | {n / wall:.0f} |"
                  f" {sum(r[3] for r in res) * per:.2f} | {server_cpu} |")


def bench_search_while_importing(url: str, files: int, seed: int) -> None:
    """First pages of the bench_search queries before an import, with the import's tokens still in
    the GIN pending list (ServerStore.importing lets it grow to IMPORT_PENDING_LIST; every search
    reads it), and after the import merged them."""
    from desktop_app.importer import import_paths
    from desktop_app.store.server import open_server_store

    def firsts(s) -> list[float]:
        return [timed(lambda: s.article_ids(q, limit=50), 3)[0] for _label, q in QUERIES]

    with tempfile.TemporaryDirectory() as tmp, open_server_store(url, statement_timeout_ms=0) as s:
        write_files(Path(tmp), 0, files, seed + 100)
        rows = [("before the import", firsts(s))]
        with s.importing():
            t = time.perf_counter()
            report = import_paths(s, [tmp], batch=50)
            took = time.perf_counter() - t
            rows.append((f"{len(report.imported):,} articles imported, not yet merged", firsts(s)))
            t = time.perf_counter()
        rows.append((f"after the merge ({time.perf_counter() - t:.1f} s)", firsts(s)))
    print(f"one importer: {len(report.imported) / took:.0f} articles/s\n")
    print("| when | first page p50 (ms) | max (ms) |\n|---|---:|---:|")
    for label, v in rows:
        print(f"| {label} | {statistics.median(v):.1f} | {max(v):.1f} |")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("db", help="a SQLite store (bench/make_store.py)")
    ap.add_argument("--url", help="an initialised, empty or already loaded server library (default: a new cluster)")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--desks", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=120)
    ap.add_argument("--importers", type=int, default=4)
    ap.add_argument("--files", type=int, default=400, help="files per importer")
    ap.add_argument("--import-seed", type=int, default=0,
                    help="another set of files to import (a library that has the default set already)")
    ap.add_argument("--no-sqlite", action="store_true",
                    help="measure the server library at --url alone (db is then only named, not opened)")
    ap.add_argument("--skip", default="", help="comma list of parts to skip: search,open,desks,import,pending")
    ap.add_argument("--pending-files", type=int, default=1000,
                    help="files imported while searching (the part `pending`: searches during an import)")
    args = ap.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    from desktop_app.store.server import cluster, open_server_store, users
    from desktop_app.store.server.copy import copy_library

    c = None
    url = args.url
    if url is None:
        c = cluster.start(BENCH_SETTINGS)
        url = c.createdb("bench")
    try:
        users.init(url)
        lite = None if args.no_sqlite else Store(args.db, read_only=True)
        server = open_server_store(url, statement_timeout_ms=0)
        if server.count() == 0 and lite is not None:
            t = time.perf_counter()
            copy_library(lite, server, lambda table, done, total: print(
                f"\r{table} {done}/{total}", end="", file=sys.stderr))
            took = time.perf_counter() - t
            server.conn.pg("VACUUM ANALYZE")
            print(f"\ncopied {lite.count():,} articles SQLite -> server (verified) in {took:.0f} s"
                  f" ({lite.count() / took:.0f}/s)\n")
        size = server.conn.pg("SELECT pg_size_pretty(pg_database_size(current_database())),"
                              " pg_size_pretty(pg_relation_size('articles_tokens'))").fetchone()
        sqlite = f"SQLite {lite.count():,} articles, {Path(args.db).stat().st_size / 1e6:,.0f} MB; " if lite else ""
        print(f"stores: {sqlite}server {server.count():,} articles, database {size[0]}"
              f" (GIN index on tokens {size[1]})\n")
        if "search" not in skip:
            bench_search(lite, server, args.reps)
            print()
        if "open" not in skip:
            bench_open(lite, server)
            print()
        server.close()
        if "desks" not in skip:
            bench_desks(url, args.desks, args.seconds)
            print()
        if "pending" not in skip:
            bench_search_while_importing(url, args.pending_files, args.import_seed)
            print()
        if "import" not in skip:
            with tempfile.TemporaryDirectory() as tmp:
                imp_url = c.createdb("imports") if c else url
                if c:
                    users.init(imp_url)
                bench_importers({"server": imp_url, "SQLite (one file)": str(Path(tmp) / "imports.db")},
                                args.importers, args.files, args.import_seed)
    finally:
        if c is not None:
            c.stop()


if __name__ == "__main__":
    main()
