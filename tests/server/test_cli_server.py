"""Every subcommand on a server library: init, adduser, import, list, search, export, copy; errors in one line."""
from __future__ import annotations

import json
import time

import pytest

from desktop_app.cli import main
from desktop_app.store.server.schema import SCHEMA_VERSION

SAMPLES = "resources/samples"


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def fresh_db(pg_cluster):
    """A database with no library yet."""
    return pg_cluster.createdb(f"fresh{time.monotonic_ns()}")


def test_init_import_list_search_export_on_the_server(fresh_db, capsys, tmp_path, monkeypatch):
    from tests.conftest import REPO

    code, out, _ = _run(capsys, "server", "init", fresh_db)
    assert code == 0 and f"schema version {SCHEMA_VERSION}" in out
    code, out, _ = _run(capsys, "--db", fresh_db, "import", str(REPO / SAMPLES))
    assert code == 0 and "导入 2 篇" in out
    # The same folder again: nothing twice.
    code, out, _ = _run(capsys, "--db", fresh_db, "import", str(REPO / SAMPLES))
    assert "导入 0 篇,重复 2 篇" in out
    monkeypatch.setenv("ZHENGWEN_DB", fresh_db)  # the environment picks the server as well as --db
    code, out, _ = _run(capsys, "list", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == 2
    code, out, _ = _run(capsys, "search", "脱贫攻坚", "官员:王晓", "--json")
    [hit] = [json.loads(line) for line in out.splitlines()]
    assert "脱贫攻坚" in hit["title"]
    code, out, _ = _run(capsys, "export", "--format", "md", "--search", "脱贫", str(tmp_path / "out.md"))
    assert code == 0 and "脱贫" in (tmp_path / "out.md").read_text(encoding="utf-8")
    code, out, _ = _run(capsys, "extract", str(REPO / SAMPLES / "xining-2019-03-01-poverty-meeting.txt"))
    assert code == 0


def test_a_database_without_a_library_says_so(fresh_db, capsys):
    code, _, err = _run(capsys, "--db", fresh_db, "list")
    assert code == 3 and "server init" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_server_gone_is_one_line_within_five_seconds(capsys):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    started = time.monotonic()
    code, _, err = _run(capsys, "--db", f"postgresql://nobody@127.0.0.1:{port}/lib", "list")
    assert time.monotonic() - started < 5
    assert code == 4 and "无法连接团队资料库" in err and f"127.0.0.1:{port}/lib" in err
    assert len(err.strip().splitlines()) == 1


def test_copy_sqlite_to_server_and_back(pg_url, capsys, tmp_path):
    from tests.conftest import REPO

    src = tmp_path / "desk.db"
    assert _run(capsys, "--db", str(src), "import", str(REPO / SAMPLES))[0] == 0
    code, out, err = _run(capsys, "copy", str(src), pg_url)
    assert code == 0 and "copied and verified" in out and "articles: 2/2" in err
    back = tmp_path / "back.db"
    code, out, _ = _run(capsys, "copy", pg_url, str(back))
    assert code == 0 and "articles 2" in out
    code, out, err = _run(capsys, "copy", str(src), pg_url)
    assert code == 1 and "already holds articles" in err


def test_copy_is_not_cut_short_by_the_statement_timeout(pg_url, capsys, tmp_path, monkeypatch):
    """A copy's one long statement (the search index of a large library is built at its end, minutes
    at 200,000 articles) must not be cancelled by the desks' statement timeout: here 1 ms."""
    from desktop_app.store.server import connection
    from tests.conftest import REPO

    src = tmp_path / "desk.db"
    assert _run(capsys, "--db", str(src), "import", str(REPO / SAMPLES))[0] == 0
    monkeypatch.setattr(connection, "STATEMENT_TIMEOUT_MS", 1)
    code, out, err = _run(capsys, "copy", str(src), pg_url)
    assert code == 0 and "copied and verified" in out, err
