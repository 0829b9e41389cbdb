"""A throwaway PostgreSQL cluster (initdb + pg_ctl in a temporary folder): for the tests and bench/.

The server refuses to run as root; when we are root the cluster is made and run as the `postgres`
system user (Debian's package creates it) in a folder that user owns. Not used by the app itself.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


def bin_dir() -> Path | None:
    """Where initdb and pg_ctl are: $PG_BIN, the PATH, or Debian's /usr/lib/postgresql/N/bin."""
    if os.environ.get("PG_BIN"):
        return Path(os.environ["PG_BIN"])
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(versions[-1]).parent if versions else None


def missing_reason() -> str | None:
    """Why no cluster can be started here (one line), or None."""
    b = bin_dir()
    if b is None or not (b / "initdb").exists():
        return "PostgreSQL server binaries not found (apt-get install postgresql, or set PG_BIN)"
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no postgres system user to run the server"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Cluster:
    folder: Path
    port: int
    superuser: str

    def url(self, db: str = "postgres", user: str | None = None, password: str | None = None) -> str:
        auth = user or self.superuser
        if password:
            auth += f":{password}"
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{db}"

    def createdb(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        _run(_as_owner([str(bin_dir() / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop"]),
             check=False)
        shutil.rmtree(self.folder, ignore_errors=True)

    def kill_server(self) -> None:
        """Stop the server at once (a test of the server going away)."""
        _run(_as_owner([str(bin_dir() / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop"]),
             check=False)

    def start_server(self) -> None:
        _start(self.folder, self.port)


def _as_owner(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def _run(cmd: list[str], check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=check, capture_output=True, text=True)


_SETTINGS = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off",
             "max_connections": "100", "shared_buffers": "128MB"}


def start(settings: dict[str, str] | None = None, parent: str | None = None) -> Cluster:
    """initdb a new cluster (trust auth on 127.0.0.1, superuser `postgres`) and start it on a free port."""
    reason = missing_reason()
    if reason:
        raise RuntimeError(reason)
    folder = Path(tempfile.mkdtemp(prefix="zhengwen-pg-", dir=parent))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    os.chmod(folder, 0o755)
    _run(_as_owner([str(bin_dir() / "initdb"), "-D", str(folder / "data"), "-U", "postgres", "-A", "trust",
                    "-E", "UTF8", "--locale=C.UTF-8"]))
    conf = {**_SETTINGS, **(settings or {}), "listen_addresses": "'127.0.0.1'",
            "unix_socket_directories": f"'{folder}'"}
    with open(folder / "data" / "postgresql.auto.conf", "a", encoding="utf-8") as f:
        for k, v in conf.items():
            f.write(f"{k} = {v}\n")
    port = _free_port()
    _start(folder, port)
    return Cluster(folder, port, "postgres")


def _start(folder: Path, port: int) -> None:
    _run(_as_owner([str(bin_dir() / "pg_ctl"), "-D", str(folder / "data"), "-o", f"-p {port}",
                    "-l", str(folder / "log"), "-w", "start"]))
    import psycopg

    for _ in range(100):
        try:
            psycopg.connect(f"postgresql://postgres@127.0.0.1:{port}/postgres", connect_timeout=2).close()
            return
        except psycopg.OperationalError:
            time.sleep(0.1)
    raise RuntimeError("the test cluster did not come up")
