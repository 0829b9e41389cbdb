"""A read replica serves the reading desks (docs/scale.md): a streaming standby of the library made
with pg_basebackup, on which search, list and opening articles work and every write is refused in
one line (the standby itself refuses it: no role or button decides)."""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from desktop_app.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


@pytest.fixture(scope="module")
def primary_and_replica(pg_cluster):  # pg_cluster: skipped / failed in CI as the other server tests
    from desktop_app.store.server import cluster, users

    if not (cluster.bin_dir() / "pg_basebackup").exists() and not shutil.which("pg_basebackup"):
        pytest.skip("pg_basebackup not found")
    primary = cluster.start({"wal_level": "replica", "max_wal_senders": "4", "synchronous_commit": "on"})
    url = primary.createdb("office")
    users.init(url)
    assert main(["--db", url, "import", str(SAMPLES)]) == 0
    replica_dir = primary.folder / "replica"
    base = str(cluster.bin_dir() / "pg_basebackup") if (cluster.bin_dir() / "pg_basebackup").exists() \
        else shutil.which("pg_basebackup")
    cluster._run(cluster._as_owner([base, "-h", "127.0.0.1", "-p", str(primary.port), "-U", "postgres",
                                    "-D", str(replica_dir), "-R", "-X", "stream", "-c", "fast"]))
    with open(replica_dir / "postgresql.auto.conf", "a", encoding="utf-8") as f:
        f.write(f"hot_standby = on\nunix_socket_directories = '{primary.folder}'\n")
    port = cluster._free_port()
    cluster._run(cluster._as_owner([str(cluster.bin_dir() / "pg_ctl"), "-D", str(replica_dir), "-o", f"-p {port}",
                                    "-l", str(primary.folder / "replica.log"), "-w", "start"]))
    yield primary, url, f"postgresql://postgres@127.0.0.1:{port}/office"
    cluster._run(cluster._as_owner([str(cluster.bin_dir() / "pg_ctl"), "-D", str(replica_dir), "-m", "immediate",
                                    "stop"]), check=False)
    primary.stop()


def test_the_reading_desks_work_on_a_replica_and_cannot_write(primary_and_replica, capsys, tmp_path):
    from desktop_app.store.server import ServerRefused, open_server_store

    _primary, url, replica = primary_and_replica
    capsys.readouterr()
    with open_server_store(replica, read_only=True) as r:
        assert r.count() == 2 and r.conn.pg("SELECT pg_is_in_recovery()").fetchone()[0]
        ids = r.article_ids("脱贫")
        assert ids and r.article(ids[0]).title
    assert main(["--db", replica, "search", "脱贫"]) == 0
    assert "西宁" in capsys.readouterr().out
    # A colleague's import on the primary reaches the replica (streaming, well under a second here).
    extra = tmp_path / "new.txt"
    extra.write_text("复制测试\n\n这是一篇只在主库导入的文章,副本随后可以读到。", encoding="utf-8")
    assert main(["--db", url, "import", str(extra)]) == 0
    with open_server_store(replica, read_only=True) as r:
        deadline = time.monotonic() + 10
        while r.count() < 3 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert r.count() == 3
        with pytest.raises(ServerRefused):
            r.conn.pg("DELETE FROM articles")
    capsys.readouterr()
    other = tmp_path / "other.txt"
    other.write_text("只读测试\n\n副本上的导入被数据库拒绝。", encoding="utf-8")
    code = main(["--db", replica, "import", str(other)])
    err = capsys.readouterr().err
    assert code != 0 and err.strip() and len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.fixture(autouse=True)
def _no_pgpass(monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    os.environ.setdefault("PGCONNECT_TIMEOUT", "5")
