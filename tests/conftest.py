"""Shared fixtures. Qt must be told to draw offscreen before it is imported anywhere."""
from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE = REPO / "resources" / "samples" / "xining-2019-03-01-poverty-meeting.txt"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """No test may touch the user's real store or settings."""
    monkeypatch.setenv("ZHENGWEN_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("ZHENGWEN_DB", raising=False)


@pytest.fixture
def store(tmp_path):
    from desktop_app.store import Store

    s = Store(tmp_path / "store.db")
    yield s
    s.close()


@pytest.fixture
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


# -- the server backend: one throwaway PostgreSQL cluster per test session ---------------------------
def _server_missing() -> str | None:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install -e '.[server]')"
    from desktop_app.store.server import cluster

    return cluster.missing_reason()


@pytest.fixture(scope="session")
def pg_cluster():
    """A PostgreSQL cluster of our own (initdb + pg_ctl on a free port) with a library template
    `server init` made; skipped with a one-line reason where the server binaries are missing,
    except in CI (ZHENGWEN_REQUIRE_PG=1), where the server tests must run."""
    reason = _server_missing()
    if reason:
        if os.environ.get("ZHENGWEN_REQUIRE_PG"):
            pytest.fail(f"ZHENGWEN_REQUIRE_PG is set but {reason}")
        pytest.skip(reason)
    from desktop_app.store.server import cluster, users

    c = cluster.start()
    users.init(c.createdb("library_template"))
    yield c
    c.stop()


_DB_COUNTER = [0]


def new_server_library(pg_cluster) -> str:
    """A fresh, initialised library database on the session cluster; its URL (superuser)."""
    import psycopg

    _DB_COUNTER[0] += 1
    name = f"lib{os.getpid()}_{_DB_COUNTER[0]}"
    with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE library_template')
    return pg_cluster.url(name)


@pytest.fixture
def pg_url(pg_cluster) -> str:
    return new_server_library(pg_cluster)


@pytest.fixture(scope="module")
def own_cluster(pg_cluster):  # pg_cluster: skipped (or failed in CI) the same way when there is no server
    """A cluster of the test module's own, with an initialised library `lib` (its URL in `url_`),
    for tests that stop the server (the session's cluster is shared by the other tests).
    synchronous_commit on: an immediate stop (the server "crashing") must not lose what was committed."""
    from desktop_app.store.server import cluster, users

    c = cluster.start({"synchronous_commit": "on"})
    c.url_ = c.createdb("lib")
    users.init(c.url_)
    yield c
    c.stop()


def cluster_up(c) -> bool:
    """Whether the cluster's server answers."""
    import psycopg

    try:
        psycopg.connect(c.url("lib"), connect_timeout=2).close()
        return True
    except psycopg.OperationalError:
        return False


@pytest.fixture
def stoppable_server(own_cluster):
    """The module's own cluster with its library emptied; running again after the test whatever
    the test did to it."""
    from desktop_app.store.server import open_server_store

    with open_server_store(own_cluster.url_) as s:
        s.conn.pg("TRUNCATE articles CASCADE")
    yield own_cluster
    if not cluster_up(own_cluster):
        own_cluster.start_server()


@pytest.fixture(scope="session")
def open_backend(request):
    """open_backend(kind, folder): a new empty store of either backend, "sqlite" (a file in
    `folder`) or "server" (a fresh library on the session's cluster)."""
    def open_(kind: str, folder: Path):
        from desktop_app.store import Store

        if kind == "sqlite":
            return Store(folder / "store.db")
        from desktop_app.store.server import open_server_store

        return open_server_store(new_server_library(request.getfixturevalue("pg_cluster")))
    return open_


@pytest.fixture(params=["sqlite", "server"])
def any_store(request, tmp_path, open_backend):
    """A fresh store of each backend in turn: a test module that says `store = any_store`... (see
    tests/core/test_trash.py) checks the SQLite store and the server library alike."""
    s = open_backend(request.param, tmp_path)
    yield s
    s.close()


class HeldTable:
    """Another desk's transaction holding a table: every read of it waits until release() (a slow server)."""

    def __init__(self, url: str, table: str):
        import psycopg

        self.conn = psycopg.connect(url)  # not autocommit: the lock is held until release()
        self.conn.execute(f"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE")

    def release(self) -> None:
        if not self.conn.closed:
            self.conn.rollback()
            self.conn.close()


@pytest.fixture
def held(pg_url):
    """hold(table="articles") -> HeldTable, released at the test's end whatever happened."""
    locks: list[HeldTable] = []

    def hold(table: str = "articles") -> HeldTable:
        locks.append(HeldTable(pg_url, table))
        return locks[-1]
    yield hold
    for lock in locks:
        lock.release()
