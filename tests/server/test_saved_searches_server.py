"""Saved searches on a server library are each user's own: readers keep theirs too; nobody but an
administrator sees or changes another's, and the database enforces it (row-level security), not the
window. `zhengwen copy` carries them both ways with their owners."""
from __future__ import annotations

import pytest

from desktop_app.cli import main
from desktop_app.search.filters import Filters, SavedSearch
from desktop_app.store import Store
from desktop_app.store.server import ServerRefused, open_server_store, users
from desktop_app.store.server.copy import copy_library, verify


def _as(url: str, name: str) -> str:
    return url.replace("postgres@", f"{name}@", 1)


@pytest.fixture
def office(pg_url):
    for name, role in (("reader", "read"), ("editor", "edit"), ("boss", "admin")):
        users.add_user(pg_url, name, role)
    return pg_url


def test_each_user_sees_and_changes_only_their_own(office):
    mine = SavedSearch("我的督办", "整改", Filters(open_tasks=True))
    with open_server_store(_as(office, "reader")) as r:
        r.save_search(mine)  # a reader may keep searches: they change no article
        assert r.saved_searches() == [mine]
    with open_server_store(_as(office, "editor")) as e:
        assert e.saved_searches() == []
        e.save_search(SavedSearch("我的督办", "别的", Filters()))  # the same name is another user's row
        # Raw SQL gets no further than the window: the reader's row is not there for the editor.
        assert e.conn.pg("SELECT count(*) FROM saved_searches").fetchone()[0] == 1
        assert e.conn.pg("UPDATE saved_searches SET text = 'x' WHERE owner = 'reader'").rowcount == 0
        assert e.conn.pg("DELETE FROM saved_searches WHERE owner = 'reader'").rowcount == 0
        # A row claimed for someone else is the editor's own: the server sets the owner.
        e.conn.pg("INSERT INTO saved_searches(owner, name) VALUES ('reader', '冒名')")
        assert e.conn.pg("SELECT owner FROM saved_searches WHERE name = '冒名'").fetchone()[0] == "editor"
        with pytest.raises(ServerRefused):  # nor can a row be given away
            e.conn.pg("UPDATE saved_searches SET owner = 'reader' WHERE name = '冒名'")
    with open_server_store(_as(office, "reader")) as r:
        assert r.saved_searches() == [mine]
        assert r.delete_saved_search("我的督办") is True
        r.save_search(mine)
    with open_server_store(_as(office, "boss")) as b:
        assert b.saved_searches() == []  # the window lists an administrator's own
        owners = b.conn.pg("SELECT owner, name FROM saved_searches ORDER BY owner, name").fetchall()
        assert owners == [("editor", "冒名"), ("editor", "我的督办"), ("reader", "我的督办")]
        assert b.conn.pg("DELETE FROM saved_searches WHERE name = '冒名'").rowcount == 1  # may tidy up


def test_a_read_only_window_connection_cannot_save(office):
    with open_server_store(_as(office, "reader"), read_only=True) as r:
        with pytest.raises(ServerRefused):
            r.save_search(SavedSearch("甲", "会议"))


def test_copy_gives_a_files_searches_to_a_user_and_brings_them_back(office, tmp_path, capsys):
    desk = tmp_path / "desk.db"
    a, b = SavedSearch("新华社脱贫", "脱贫", Filters(source="新华社")), SavedSearch("重点", "", Filters(tag="重点"))
    with Store(desk) as s:
        s.save_search(a)
        s.save_search(b)
    code = main(["copy", str(desk), office, "--owner", "reader", "--quiet"])
    out = capsys.readouterr().out
    assert code == 0 and "saved_searches 2" in out
    with open_server_store(_as(office, "reader")) as r:
        assert r.saved_searches() == [a, b]
        r.save_search(SavedSearch("读者新存", "会议"))
    with open_server_store(_as(office, "editor")) as e:
        e.save_search(SavedSearch("编辑的", "整改"))
    # The reader takes a copy home: theirs become the file's own; the editor's are not theirs to copy.
    laptop = tmp_path / "laptop.db"
    assert main(["copy", _as(office, "reader"), str(laptop), "--quiet"]) == 0
    with Store(laptop) as home:
        assert home.saved_searches() == [a, b, SavedSearch("读者新存", "会议")]
        assert home.conn.execute("SELECT count(*) FROM saved_searches").fetchone()[0] == 3
    # The administrator's whole copy keeps everyone's under their names; a copy back restores them.
    whole = tmp_path / "whole.db"
    assert main(["copy", office, str(whole), "--quiet"]) == 0
    with Store(whole) as w:
        assert w.saved_searches() == []  # postgres saved none of its own
        rows = w.conn.execute("SELECT owner, name FROM saved_searches ORDER BY id").fetchall()
        assert rows == [("reader", "新华社脱贫"), ("reader", "重点"), ("reader", "读者新存"), ("editor", "编辑的")]
        with open_server_store(office) as server:
            assert verify(server, w) == []
            server.conn.pg("UPDATE saved_searches SET text = '改' WHERE name = '重点'")
            assert verify(server, w) == ["saved_searches: 4 rows / 4 rows (checksums differ)"]


def test_copy_to_a_server_without_an_owner_gives_them_to_the_user_who_copies(pg_url, tmp_path):
    with Store(tmp_path / "desk.db") as desk:
        desk.save_search(SavedSearch("甲", "会议"))
        with open_server_store(pg_url) as server:
            copy_library(desk, server)
            assert server.saved_searches() == [SavedSearch("甲", "会议")]
            assert server.conn.pg("SELECT owner FROM saved_searches").fetchone()[0] == "postgres"


def test_a_desk_upgraded_before_the_library_is_told_to_ask_the_administrator(office, capsys):
    """The library is still at schema 5 (no saved searches) and an editor's desk runs this program:
    only the library's owner may add the table, so the desk says so in one line instead of failing
    with the server's error; once the administrator has run `server init`, the desk works."""
    import psycopg

    from desktop_app.store.server import OutdatedLibrary
    from desktop_app.store.server.schema import SCHEMA_VERSION

    with psycopg.connect(office, autocommit=True) as conn:  # back to what version 5 made
        conn.execute("DROP TABLE saved_searches; DROP FUNCTION stamp_saved_search();"
                     " UPDATE zhengwen_meta SET value = '5' WHERE key = 'schema_version'")
    editor = _as(office, "editor")
    with pytest.raises(OutdatedLibrary):
        open_server_store(editor)
    assert main(["--db", editor, "import", "resources/samples"]) == 3
    err = capsys.readouterr().err
    assert "server init" in err and f"(5 < {SCHEMA_VERSION})" in err and len(err.strip().splitlines()) == 1, err
    assert main(["--db", editor, "list"]) == 0  # reading needs no upgrade
    assert main(["--db", editor, "search", "--saved"]) == 3  # but there are no saved searches yet
    err = capsys.readouterr().err
    assert "server init" in err and len(err.strip().splitlines()) == 1, err
    assert main(["server", "init", office]) == 0
    capsys.readouterr()
    with open_server_store(editor) as e:
        e.save_search(SavedSearch("升级以后", "会议"))
        assert e.saved_searches() == [SavedSearch("升级以后", "会议")]


def test_a_copy_that_would_give_one_user_two_searches_of_a_name_is_refused(pg_url, tmp_path, capsys):
    """A file holding its own 甲 and zhangsan's 甲 (from an earlier copy) cannot give its own to
    zhangsan: one would be lost. The copy says so in one line and copies nothing."""
    path = tmp_path / "desk.db"
    with Store(path) as s:
        s.save_search(SavedSearch("甲", "会议"))
        s.conn.execute("INSERT INTO saved_searches(owner, name, text) VALUES ('zhangsan', '甲', '别的')")
    assert main(["copy", str(path), pg_url, "--owner", "zhangsan", "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "--owner" in err and len(err.strip().splitlines()) == 1
    with open_server_store(pg_url) as server:
        assert server.count() == 0 and server.conn.pg("SELECT count(*) FROM saved_searches").fetchone()[0] == 0
    assert main(["copy", str(path), pg_url, "--owner", "lisi", "--quiet"]) == 0
