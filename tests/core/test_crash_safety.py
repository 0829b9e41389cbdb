"""SIGKILL a real `python -m desktop_app import` at random moments: the store must stay whole, lose at
most the batch in flight, and a re-run must finish the import with no duplicates."""
from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.importer import import_paths
from desktop_app.store import Store

REPO = Path(__file__).resolve().parents[2]
N_ARTICLES = 400
BATCH = 50  # commits of the import command (--batch), small so that kills land between them
TRIALS = 20
SEED = 20261127

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def _write_articles(folder: Path) -> None:
    folder.mkdir()
    for i in range(N_ARTICLES):
        (folder / f"{i:04d}.txt").write_text(
            f"第{i}号会议简讯\n来源:测试  日期:2021-03-{i % 28 + 1:02d}\n"
            f"  第{i}号简讯:市长出席会议并讲话,要求各部门抓好第{i}项工作落实。\n", encoding="utf-8")


def _import_cmd(db: Path, folder: Path) -> list[str]:
    return [sys.executable, "-m", "desktop_app", "--db", str(db), "import", "--batch", str(BATCH), str(folder)]


def _committed(db: Path) -> int:
    """Articles committed so far, read beside the running import (WAL lets a reader in)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1.0) as c:
            return c.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:  # not created yet, or the schema is being written
        return 0


def _wait_first_batch(db: Path, proc: subprocess.Popen, timeout: float = 60.0) -> float:
    """Seconds until the first batch is committed (or the process ended)."""
    t0 = time.perf_counter()
    while proc.poll() is None and time.perf_counter() - t0 < timeout:
        if db.exists() and _committed(db) >= BATCH:
            break
        time.sleep(0.003)
    return time.perf_counter() - t0


def _timed_run(db: Path, folder: Path) -> tuple[float, float]:
    """(seconds until the first batch was committed, seconds until the import finished) of a run."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(_import_cmd(db, folder), cwd=REPO, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    first = _wait_first_batch(db, proc)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode("utf-8", "replace")
    return first, time.perf_counter() - t0


def _state(db: Path) -> tuple[str, int, int]:
    """integrity_check, article count, distinct bodies; opening the file also replays a hot WAL."""
    with sqlite3.connect(db) as c:
        check = c.execute("PRAGMA integrity_check").fetchone()[0]
        has_table = c.execute("SELECT 1 FROM sqlite_master WHERE name='articles'").fetchone()
        if not has_table:
            return check, 0, 0
        n, distinct = c.execute("SELECT count(*), count(DISTINCT body_hash) FROM articles").fetchone()
    return check, n, distinct


def test_sigkill_during_import_loses_at_most_the_open_batch(tmp_path, capsys):
    folder = tmp_path / "articles"
    _write_articles(folder)
    assert N_ARTICLES % BATCH == 0  # so every committed state is a multiple of BATCH

    # Start-up (Python, imports, lexicons) varies with the machine's load, so most kills are timed
    # from the first committed batch, by a delay drawn over the rest of the writing time measured
    # once here. Every fifth kill lands earlier: in start-up, schema creation or the first batch.
    first, full = _timed_run(tmp_path / "calibrate.db", folder)
    assert _state(tmp_path / "calibrate.db") == ("ok", N_ARTICLES, N_ARTICLES)
    writing = max(full - first, 0.05)

    rng = random.Random(SEED)
    results = []
    for trial in range(TRIALS):
        db = tmp_path / f"trial{trial:02d}.db"
        early = trial % 5 == 0
        delay = rng.uniform(0.0, first) if early else rng.uniform(0.0, 0.8 * writing)
        proc = subprocess.Popen(_import_cmd(db, folder), cwd=REPO, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        if not early:
            _wait_first_batch(db, proc)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        killed = proc.returncode == -signal.SIGKILL

        check, n, distinct = _state(db)
        assert check == "ok", (trial, check)
        assert n % BATCH == 0 or n == N_ARTICLES, (trial, n)
        assert distinct == n

        with Store(db) as store:  # the re-run finishes the job; the committed articles are duplicates
            report = import_paths(store, [folder])
            assert report.failed == []
            assert len(report.imported) == N_ARTICLES - n and len(report.duplicates) == n
            assert store.count() == N_ARTICLES
        assert _state(db) == ("ok", N_ARTICLES, N_ARTICLES)
        results.append((round(delay, 2), killed, n))
        db.unlink()

    mid_import = sum(1 for _, killed, n in results if killed and BATCH <= n < N_ARTICLES)
    with capsys.disabled():
        print(f"\n[crash] first batch after {first:.2f} s, full run {full:.2f} s; {TRIALS} kills (delay s, killed, articles kept): {results}")
    assert sum(killed for _, killed, _ in results) >= TRIALS // 2
    assert mid_import >= TRIALS // 3  # the kills did land while articles were being written
