"""The program makes its ordinary tables with sqlite-utils (store/schema.py); stores in users' hands
were made by the SQL of versions 1-5 (tests/legacy_schema.py). Both must have the same tables:
columns in the same order with the same types, NOT NULL, defaults and primary keys, the same
foreign keys with the same ON DELETE actions, and the same indexes (a UNIQUE constraint of the old
SQL is a unique index now: the same rule on the same columns, under a name of its own)."""
from __future__ import annotations

import sqlite3

import pytest

import legacy_schema
from desktop_app.store import schema


def _structure(conn) -> dict:
    found = {}
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                                " ORDER BY name"):
        columns = [tuple(r[1:]) for r in conn.execute(f"PRAGMA table_info([{name}])")]
        keys = sorted(tuple(r[2:7]) for r in conn.execute(f"PRAGMA foreign_key_list([{name}])"))
        indexes = sorted(
            (bool(unique), tuple(c[2] for c in conn.execute(f"PRAGMA index_info([{index}])")),
             "" if unique else index)  # a constraint's index is named by SQLite, ours by us
            for _seq, index, unique, origin, _partial in conn.execute(f"PRAGMA index_list([{name}])") if origin != "pk")
        found[name] = (columns, keys, indexes)
    return found


@pytest.mark.parametrize("version", sorted(legacy_schema.LEGACY))  # the versions made by SQL (1-5)
def test_every_version_makes_the_tables_the_old_sql_made(version):
    old = sqlite3.connect(":memory:", isolation_level=None)
    legacy_schema.build(old, version)
    new = sqlite3.connect(":memory:", isolation_level=None)
    schema.migrate(new, until=version)
    assert new.execute("PRAGMA user_version").fetchone()[0] == version
    want, got = _structure(old), _structure(new)
    assert set(got) == set(want)
    for table in want:
        assert got[table] == want[table], table
    fts = {t for (t,) in old.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")}
    assert schema.tables(version) == {t for t in want if not any(t.startswith(f + "_") for f in fts)}


def test_the_check_sees_what_the_tables_are_made_of():
    """The comparison is not blind: a default, a foreign key's action or an index that differs is seen."""
    old = sqlite3.connect(":memory:", isolation_level=None)
    legacy_schema.build(old, 2)
    before = _structure(old)
    old.execute("DROP INDEX revisions_article")
    old.execute("CREATE INDEX revisions_article ON revisions(article_id)")
    assert _structure(old)["revisions"] != before["revisions"]
    edited = legacy_schema.LEGACY[1].replace("n_tasks INTEGER NOT NULL DEFAULT 0", "n_tasks INTEGER NOT NULL DEFAULT 1")
    other = sqlite3.connect(":memory:", isolation_level=None)
    other.executescript(edited)
    assert _structure(other)["articles"] != before["articles"]
    cascade = legacy_schema.LEGACY[1].replace(
        "article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,\n    position",
        "article_id INTEGER NOT NULL REFERENCES articles(id),\n    position")
    third = sqlite3.connect(":memory:", isolation_level=None)
    third.executescript(cascade)
    assert _structure(third)["officials"] != _structure(other)["officials"]


def test_opening_a_current_store_does_not_import_sqlite_utils(tmp_path):
    """The steps import sqlite-utils (~45 ms); a store already at the current version never runs one,
    so `zhengwen list` and the window's first paint do not pay for it."""
    import subprocess
    import sys

    from desktop_app.store import Store

    Store(tmp_path / "s.db").close()  # made (and migrated) here
    code = ("import sys; from desktop_app.store import Store; s = Store(sys.argv[1]); s.article_ids(None);"
            "print('sqlite_utils' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "s.db")], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_transform_changes_a_table_inside_the_step_and_keeps_its_rows(tmp_path):
    """schema.transform, for a later step SQLite's ALTER TABLE cannot do (here: a column's default
    and NOT NULL): inside the step's transaction, rows and indexes kept, and undone whole by the
    step's ROLLBACK. A table other tables point at with ON DELETE CASCADE is refused while foreign
    keys are on (rebuilding it would delete their rows)."""
    from desktop_app.store import Store

    with Store(tmp_path / "s.db") as store:
        conn = store.conn
        conn.executemany("INSERT INTO tracking_rules(kind, value) VALUES (?,?)", [("source", "新华社"), ("tag", "春耕")])
        before = conn.execute("SELECT id, kind, value, added_at FROM tracking_rules ORDER BY id").fetchall()

        def columns():
            return {r[1]: (r[3], r[4]) for r in conn.execute("PRAGMA table_info(tracking_rules)")}

        for outcome in ("ROLLBACK", "COMMIT"):
            conn.execute("BEGIN IMMEDIATE")
            schema.transform(conn, "tracking_rules", defaults={"kind": "source"}, not_null={"value": False})
            assert conn.in_transaction  # sqlite-utils did not commit the step's transaction
            assert columns()["kind"] == (1, "'source'") and columns()["value"] == (0, None)
            conn.execute(outcome)
            if outcome == "ROLLBACK":
                assert columns()["kind"] == (1, None) and columns()["value"] == (1, None)  # undone whole
        assert conn.execute("SELECT id, kind, value, added_at FROM tracking_rules ORDER BY id").fetchall() == before
        assert columns()["kind"] == (1, "'source'")
        with pytest.raises(sqlite3.IntegrityError):  # the unique index came back with the table
            conn.execute("INSERT INTO tracking_rules(kind, value) VALUES ('tag', '春耕')")
        conn.execute("BEGIN IMMEDIATE")
        with pytest.raises(Exception, match="foreign"):
            schema.transform(conn, "articles", defaults={"source": "未知"})
        conn.execute("ROLLBACK")
        assert store.check_integrity() == []
