"""The store check (工具 → 检查文章库; ui/check_store.py): the file and its search indexes."""
from __future__ import annotations

import sqlite3

_INDEXES = ("search_fts",)


def check_integrity(conn: sqlite3.Connection, max_rows: int = 20) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    rows = conn.execute(f"PRAGMA integrity_check({int(max_rows)})").fetchall()
    if rows != [("ok",)]:
        problems += [("integrity", str(r[0])) for r in rows]
        return problems  # a damaged file: the other checks would only add noise or fail
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
