"""A whole library from one store to another (SQLite -> server and back), verified.

Both ends are Stores (either backend): rows are read and written through the sqlite3-style calls
both connections take, ids kept, so corrections, revisions and 督办 rows still point at their
articles. Articles go in oldest first in list order, so each end's own list key (SQLite's
fts_key, the server's sort_key) gives the same newest-first list. At the end every table is
compared: row counts, and a SHA-256 of its rows in id order over the columns both ends share.

Saved searches have an owner (store/named_searches.py): a file's own ('') are one person's, a
server's are each database user's. A file copied to a server gives its own to `owner` (default: the
user who copies); a server copied to a file makes `owner`'s (default: the user who copies) the
file's own, and keeps the others' under their names. The check compares them so mapped.
"""
from __future__ import annotations

import hashlib
from typing import Callable

from .. import articles

# Table -> the columns both backends hold (what is copied and compared), in dependency order.
TABLES = {
    "articles": ("id", "title", "subtitle", "source", "date", "views", "body", "path", "body_hash", "imported_at",
                 "n_officials", "n_tasks", "tags", "note", "edited_at"),
    "officials": ("id", "article_id", "position", "name", "titles"),
    "mentions": ("id", "official_id", "article_id", "start", '"end"', "review"),
    "tasks": ("id", "article_id", "task_key", "parent_key", "level", "ordinal", "speaker", "text", "start", '"end"',
              "review"),
    "manual_posts": ("article_id", "name", "titles"),
    "manual_mentions": ("id", "article_id", "name", "start", '"end"', "review"),
    "suppressions": ("id", "article_id", "kind", "start", '"end"'),
    "manual_tasks": ("id", "article_id", "task_key", "parent_key", "level", "ordinal", "speaker", "text", "start",
                     '"end"', "review"),
    "task_overrides": ("id", "article_id", "anchor_start", "anchor_end", "anchor_text", "speaker", "level"),
    "task_tracking": ("id", "article_id", "anchor_start", "anchor_end", "anchor_text", "lead_unit", "assist_units",
                      "leader", "due", "status", "progress", "remark", "updated_at", "tracked"),
    "revisions": ("id", "article_id", "at", "who", "changes", "before"),
    "trash": ("article_id", "deleted_at"),
    "tracked_articles": ("article_id", "added_at"),
    "tracking_rules": ("id", "kind", "value", "added_at"),
    "saved_searches": ("id", "owner", "name", "text", "filters", "saved_at"),
}
# Tables without an id: their insertion order, which spans.corrections and trash.trashed read back.
_ORDER = {"manual_posts": "article_id, rowid", "trash": "rowid", "tracked_articles": "article_id"}
CHUNK = 1000

Progress = Callable[[str, int, int], None]


class CopyError(RuntimeError):
    pass


def _is_server(store) -> bool:
    return getattr(store, "is_server", False)


def _rows(store, table: str, cols: tuple[str, ...]):
    """Every row of the table in id order, a chunk at a time (a million bodies never sit in memory)."""
    order = _ORDER.get(table, "id")
    if table in _ORDER:
        yield from store.conn.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {order}").fetchall()
        return
    last = -1
    while True:
        chunk = store.conn.execute(f"SELECT {', '.join(cols)} FROM {table} WHERE id > ? ORDER BY id LIMIT ?",
                                   (last, CHUNK)).fetchall()
        if not chunk:
            return
        yield from chunk
        last = chunk[-1][0]


def owner_map(src, dst, owner: str | None = None) -> Callable[[tuple], tuple]:
    """What a saved-search row's owner (column 1) becomes on the way from `src` to `dst`."""
    if _is_server(src) == _is_server(dst):
        return lambda row: row
    if _is_server(dst):
        mine = owner or dst.user
        return lambda row: (row[0], mine, *row[2:]) if row[1] == "" else row
    mine = owner or src.user
    return lambda row: (row[0], "", *row[2:]) if row[1] == mine else row


def copy_library(src, dst, progress: Progress | None = None, owner: str | None = None) -> dict[str, int]:
    """Copy everything from `src` into the empty store `dst`; {table: rows}. Raises CopyError when
    `dst` holds articles or when the check after the copy finds a difference. `owner`: the server
    user whose saved searches are the file's own (see the module note)."""
    if dst.conn.execute("SELECT count(*) FROM articles").fetchone()[0]:
        raise CopyError("目标资料库不是空的 (the destination already holds articles)")
    server = _is_server(dst)
    mapped = owner_map(src, dst, owner)
    seen: set[tuple[str, str]] = set()
    for row in _rows(src, "saved_searches", TABLES["saved_searches"]):
        key = tuple(mapped(tuple(row))[1:3])
        if key in seen:  # the file's own and the user's both have this name: one would be lost
            raise CopyError(f"已保存的搜索“{key[1]}”在 {key[0] or '本机'} 名下有两条,请用 --owner 指定另一位用户"
                            f" (two saved searches named “{key[1]}” would both be {key[0] or 'the file'}'s: give"
                            " another --owner)")
        seen.add(key)
    copied: dict[str, int] = {}
    with dst.transaction():
        if server:
            # Keep who wrote the copied history (the triggers would stamp the copier; admin only).
            dst.conn.pg("SET LOCAL zhengwen.keep_who = 'on'")
            # One GIN build at the end is several times faster than adding 1,500 tokens a row to it.
            dst.conn.pg("DROP INDEX articles_tokens")
        _copy_articles(src, dst, progress)
        copied["articles"] = src.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        for table, cols in TABLES.items():
            if table == "articles":
                continue
            marks = ",".join("?" * len(cols))
            sql = f"INSERT INTO {table}({', '.join(cols)}) VALUES ({marks})"
            total = src.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            batch, done = [], 0
            for row in _rows(src, table, cols):
                batch.append(mapped(tuple(row)) if table == "saved_searches" else tuple(row))
                if len(batch) >= CHUNK:
                    dst.conn.executemany(sql, batch)
                    done += len(batch)
                    batch = []
                    if progress:
                        progress(table, done, total)
            dst.conn.executemany(sql, batch)
            done += len(batch)
            if progress:
                progress(table, done, total)
            copied[table] = done
        for (aid,) in src.conn.execute("SELECT article_id FROM trash").fetchall():
            articles.unindex(dst.conn, aid)  # trashed articles stay out of search on the copy too
        if server:
            dst.conn.pg("SET LOCAL maintenance_work_mem = '512MB'")
            dst.conn.pg("CREATE INDEX articles_tokens ON articles USING gin(tokens)")
            for table, cols in TABLES.items():
                if "id" in cols:
                    dst.conn.pg(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                                f" coalesce((SELECT max(id) FROM {table}), 0) + 1, false)")
    problems = verify(src, dst, owner)
    if problems:
        raise CopyError("复制后核对不一致 (the copy differs): " + "; ".join(problems))
    return copied


def _copy_articles(src, dst, progress: Progress | None) -> None:
    cols = TABLES["articles"]
    order = list(reversed(src.article_ids(None)))  # oldest first: each end's list key keeps the order
    order += [r[0] for r in src.conn.execute("SELECT article_id FROM trash ORDER BY article_id").fetchall()]
    total = len(order)
    insert = f"INSERT INTO articles({', '.join(cols)}) VALUES ({','.join('?' * len(cols))})"
    if _is_server(dst):
        # The row goes in with its tokens and key: one write of each article, not an INSERT and an UPDATE.
        from . import index

        insert = (f"INSERT INTO articles({', '.join(cols)}, sort_key, tokens)"
                  f" VALUES ({','.join(['%s'] * len(cols))}, {index.KEY_SQL}, %s)")
    for start in range(0, total, CHUNK):
        ids = order[start:start + CHUNK]
        marks = ",".join("?" * len(ids))
        rows = {r[0]: tuple(r) for r in src.conn.execute(
            f"SELECT {', '.join(cols)} FROM articles WHERE id IN ({marks})", ids).fetchall()}
        batch = [rows[i] for i in ids if i in rows]
        # (id, title, subtitle, source, date, …, body at 6): each end indexes and keys in its own way
        if _is_server(dst):
            from . import index

            dst.conn.raw.cursor().executemany(insert, [
                (*r, articles._day(r[4]), index.tokens(r[1], r[2], r[6])) for r in batch])
        else:
            dst.conn.executemany(insert, batch)
            for r in batch:
                articles.index(dst.conn, r[0], r[4], r[1], r[2], r[6])
        if progress:
            progress("articles", min(start + CHUNK, total), total)


def table_digest(store, table: str, mapped: Callable[[tuple], tuple] | None = None) -> tuple[int, str]:
    """(rows, SHA-256 of the rows in id order over the shared columns, each through `mapped`)."""
    h = hashlib.sha256()
    n = 0
    for row in _rows(store, table, TABLES[table]):
        row = tuple(row)
        h.update(repr(mapped(row) if mapped else row).encode("utf-8", "surrogatepass"))
        n += 1
    return n, h.hexdigest()


def verify(src, dst, owner: str | None = None) -> list[str]:
    """The tables that differ between the two stores, each as one line; [] when they are the same
    (saved searches compared with their owners mapped as copy_library maps them)."""
    problems = []
    mapped = owner_map(src, dst, owner)
    for table in TABLES:
        a = table_digest(src, table, mapped if table == "saved_searches" else None)
        b = table_digest(dst, table)
        if a != b:
            problems.append(f"{table}: {a[0]} rows / {b[0]} rows" + (" (checksums differ)" if a[0] == b[0] else ""))
    if src.article_ids(None) != dst.article_ids(None):
        problems.append("article list order differs")
    return problems
