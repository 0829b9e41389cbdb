"""The command line's start-up against the floor of a Python process that does nothing.

    python bench/make_store.py /tmp/bench-10k.db 10000      # once
    python bench/bench_cli.py /tmp/bench-10k.db [--reps 21] [--word 会议]

Each command runs in a fresh process, interleaved with the floor (`python -c pass`) so that the load
of a shared machine falls on both alike; bytecode is compiled first (one untimed run), as an
installed app has it. Printed: the median wall time of each and its ratio to the floor's median,
and the same for the CPU time the process used (user + system, from getrusage): on a busy machine
the wall times stretch with the waiting, the CPU times much less.
Goal (issue 16): `search X --json` and `list --json` ≤ 2× the floor. `python -X importtime -m
desktop_app search X` shows what a command imports.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _child_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(cmd: list[str], env: dict) -> tuple[float, float]:
    """(wall ms, CPU ms) of one run of `cmd`."""
    cpu, t = _child_cpu(), time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, timeout=120,
                          cwd=REPO)  # -m puts the working folder first on sys.path: this tree, wherever run from
    ms = (time.perf_counter() - t) * 1000
    cpu_ms = (_child_cpu() - cpu) * 1000
    if done.returncode not in (0,):
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.decode()[-1000:]}")
    return ms, cpu_ms


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--reps", type=int, default=21)
    ap.add_argument("--word", default="会议", help="the search word (default 会议)")
    args = ap.parse_args()
    env = {**os.environ, "PYTHONPATH": str(REPO), "ZHENGWEN_DATA_DIR": tempfile.mkdtemp(),
           "PYTHONPYCACHEPREFIX": tempfile.mkdtemp()}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    py = [sys.executable]
    runs = {
        "python -c pass (floor)": py + ["-c", "pass"],
        f"search {args.word} --json --limit 20": py + ["-m", "desktop_app", "--db", args.db, "search", args.word,
                                                        "--json", "--limit", "20"],
        "list --json --limit 20": py + ["-m", "desktop_app", "--db", args.db, "list", "--json", "--limit", "20"],
        "--help": py + ["-m", "desktop_app", "--help"],
    }
    times: dict[str, list[float]] = {name: [] for name in runs}
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    for rep in range(args.reps + 1):
        for name, cmd in runs.items():
            ms, cpu_ms = timed(cmd, env)
            if rep:  # the first round compiles the bytecode
                times[name].append(ms)
                cpu[name].append(cpu_ms)
    floor = statistics.median(times["python -c pass (floor)"])
    cpu_floor = statistics.median(cpu["python -c pass (floor)"])
    print(f"load average {os.getloadavg()[0]:.1f}")
    print(f"| command ({args.reps} runs, interleaved) | median wall ms | × floor | median CPU ms | × floor |")
    print("| --- | --- | --- | --- | --- |")
    for name, ts in times.items():
        med, cmed = statistics.median(ts), statistics.median(cpu[name])
        print(f"| `{name}` | {med:.0f} | {med / floor:.2f}× | {cmed:.0f} | {cmed / cpu_floor:.2f}× |")


if __name__ == "__main__":
    main()
