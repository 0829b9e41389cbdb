"""The store check (工具 → 检查文章库; ui/check_store.py): the file and its search indexes."""
from __future__ import annotations

import sqlite3

_INDEXES = ("search_fts",)


def schema_problems(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """("schema", "table" or "table.column") for each table or column the current schema has and
    this file lacks (a half-finished upgrade, a file edited by hand): the file's tables and columns,
    read with sqlite-utils' introspection, against a fresh in-memory store migrated to the current
    version."""
    import sqlite_utils  # (~0.2 s: the check runs on a worker, never at start-up)

    from . import articles, schema
    from .transaction import StoreConnection

    reference = sqlite3.connect(":memory:", isolation_level=None, factory=StoreConnection)
    try:
        schema.migrate(reference, reindex=articles.reindex_all)
        have = {t.name: set(t.columns_dict) for t in sqlite_utils.Database(conn).tables}
        problems = []
        for table in sqlite_utils.Database(reference).tables:
            if table.name not in have:
                problems.append(("schema", table.name))
            else:
                problems += [("schema", f"{table.name}.{c}") for c in table.columns_dict
                             if c not in have[table.name]]
        return problems
    finally:
        reference.close()


def check_integrity(conn: sqlite3.Connection, max_rows: int = 20) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    rows = conn.execute(f"PRAGMA integrity_check({int(max_rows)})").fetchall()
    if rows != [("ok",)]:
        problems += [("integrity", str(r[0])) for r in rows]
        return problems  # a damaged file: the other checks would only add noise or fail
    problems += schema_problems(conn)[:max_rows]
    for table, _rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchmany(max_rows):
        problems.append(("foreign_key", f"{table} -> {parent}"))
    for index in _INDEXES:
        try:
            conn.execute(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as e:
            problems.append(("fts", f"{index}: {e}"))
    # Trashed articles are out of the index on purpose.
    missing = conn.execute("SELECT count(*) FROM articles WHERE fts_key IS NULL"
                           " AND id NOT IN (SELECT article_id FROM trash)").fetchone()[0]
    if missing:
        problems.append(("unindexed", str(missing)))
    indexed = conn.execute("SELECT count(*) FROM articles WHERE fts_key IS NOT NULL").fetchone()[0]
    for index in _INDEXES:
        try:
            n = conn.execute(f"SELECT count(*) FROM {index}").fetchone()[0]
        except sqlite3.DatabaseError as e:
            problems.append(("fts", f"{index}: {e}"))
            continue
        if n != indexed:
            problems.append(("index_count", f"{index}: {n}/{indexed}"))
    return problems
