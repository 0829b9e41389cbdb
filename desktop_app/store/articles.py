"""Articles: adding, deleting and reading them, and keeping the search index in step."""
from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Iterable

from ..summary import ArticleSummary
from .tokens import index_text
from . import spans
from .transaction import Cancelled, Transaction, flush_index_rows, queue_index_row, write_index_rows

# The other value types are dataclasses, imported where they are built: `zhengwen list` and `search`
# build only summaries and start faster without dataclasses (docs/benchmarks.md).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..domain import Article, Extraction, ParsedArticle

_DAY_SHIFT = 20  # up to a million articles per day
# SQL after an article id: the article is not in the trash (回收站; store/trash.py). Every list,
# count and statistic uses it; search needs it only where the index does not drive it (a trashed
# article is not in the index).
LIVE = "NOT IN (SELECT article_id FROM trash)"


def _day(date: str | None) -> int:
    import datetime as _dt  # here: only writing needs it

    try:
        return _dt.date.fromisoformat(date).toordinal() if date else 0
    except ValueError:
        return 0


@functools.lru_cache(maxsize=8)  # an import asks for the same body's hash up to three times
def body_hash(body: str) -> str:
    """Duplicates are the same body once whitespace is ignored (str.split() drops exactly what
    the regex \\s+ of the first versions did, so stored hashes stay valid)."""
    import hashlib  # here: loading OpenSSL costs `zhengwen list` ~1.5 ms of start-up, and it hashes nothing

    return hashlib.sha256("".join(body.split()).encode("utf-8")).hexdigest()


# -- writing ------------------------------------------------------------------------------------
def same_title_and_date(conn: sqlite3.Connection, title: str, date: str | None) -> int | None:
    if not title or not date:
        return None
    row = conn.execute(f"SELECT id FROM articles WHERE title=? AND date=? AND id {LIVE} ORDER BY id LIMIT 1",
                       (title, date)).fetchone()
    return row[0] if row else None


def has_body(conn: sqlite3.Connection, body: str) -> bool:
    """Whether an article outside the trash has this body (a trashed one is brought back by add_article)."""
    return conn.execute(f"SELECT 1 FROM articles WHERE body_hash=? AND id {LIVE}",
                        (body_hash(body),)).fetchone() is not None


def article_with_body(conn: sqlite3.Connection, body: str) -> int | None:
    """The article outside the trash whose body is this one (the duplicate an import names)."""
    row = conn.execute(f"SELECT id FROM articles WHERE body_hash=? AND id {LIVE}", (body_hash(body),)).fetchone()
    return row[0] if row else None


def add_article(conn: sqlite3.Connection, parsed: ParsedArticle, extraction: Extraction,
                path: str | None = None) -> int | None:
    digest = body_hash(parsed.body)
    with Transaction(conn):
        found = conn.execute("SELECT id FROM articles WHERE body_hash=?", (digest,)).fetchone()
        if found:
            # Importing an article that is in the trash again is asking for it back: it comes back
            # whole (corrections, 督办, revisions) rather than as a bare copy.
            return found[0] if untrash(conn, found[0]) else None
        # The row goes in whole, counts and index key included: an UPDATE of a 4.5 KB row
        # rewrites all of it, overflow pages and all.
        key = _next_key(conn, parsed.date)
        cur = conn.execute(
            "INSERT INTO articles(title, subtitle, source, date, views, body, path, body_hash, n_officials,"
            " n_tasks, fts_key) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (parsed.title, parsed.subtitle, parsed.source, parsed.date, parsed.views, parsed.body,
             path, digest, len(extraction.officials), len(extraction.tasks), key))
        article_id = cur.lastrowid
        spans.write_extraction(conn, article_id, extraction, counts=False)
        queue_index_row(conn, key, _tokens(parsed.title, parsed.subtitle, parsed.body))
    return article_id


def untrash(conn: sqlite3.Connection, article_id: int) -> bool:
    """Take one article out of the trash (store/trash.py) and index it again; False when it is not there."""
    row = conn.execute("SELECT a.date, a.title, a.subtitle, a.body FROM trash t JOIN articles a ON a.id = t.article_id"
                       " WHERE t.article_id=?", (article_id,)).fetchone()
    if row is None:
        return False
    conn.execute("DELETE FROM trash WHERE article_id=?", (article_id,))
    _index(conn, article_id, *row)
    return True


def untrash_many(conn: sqlite3.Connection, ids: list[int]) -> list[int]:
    """untrash() of several articles inside the caller's transaction, a statement per kind of change
    (store/trash.restore); the ids that were in the trash. Each gets the next key of its day, as
    _index gives one."""
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"SELECT a.id, a.date, a.title, a.subtitle, a.body FROM trash t JOIN articles a"
                        f" ON a.id = t.article_id WHERE t.article_id IN ({marks})", ids).fetchall()
    if not rows:
        return []
    back = [(row[0],) for row in rows]
    conn.executemany("DELETE FROM trash WHERE article_id=?", back)
    last: dict[int, int] = {}  # day -> the last key given in it
    keys = []
    for aid, date, title, subtitle, body in rows:
        day = _day(date)
        key = last[day] + 1 if day in last else _next_key(conn, date)
        last[day] = key
        keys.append((key, aid))
        queue_index_row(conn, key, _tokens(title, subtitle, body))
    conn.executemany("UPDATE articles SET fts_key=? WHERE id=?", keys)
    return [aid for aid, in back]


def delete_article(conn: sqlite3.Connection, article_id: int) -> None:
    with Transaction(conn):
        unindex(conn, article_id)
        conn.execute("DELETE FROM articles WHERE id=?", (article_id,))


# -- the search index --------------------------------------------------------------------------
def index(conn: sqlite3.Connection, article_id: int, date: str | None, title: str, subtitle: str,
          body: str) -> None:
    """Add the article to the search index under a key that sorts by date.

    The key (day << 20 | n-th article of that day) is the index rowid, so index order is date
    order: the first page of a search is read straight off the index (ORDER BY rowid DESC
    LIMIT 50) instead of sorting every match.
    """
    if conn.execute("SELECT 1 FROM trash WHERE article_id=?", (article_id,)).fetchone():
        return  # a trashed article stays out of search (an edit saved meanwhile must not bring it in)
    _index(conn, article_id, date, title, subtitle, body)


def _index(conn: sqlite3.Connection, article_id: int, date: str | None, title: str, subtitle: str,
           body: str) -> None:
    if getattr(conn, "search_index", None) is not None:  # the server keeps it in the row (server/index.py)
        return conn.search_index.index(article_id, date, title, subtitle, body)
    key = _next_key(conn, date)
    conn.execute("UPDATE articles SET fts_key=? WHERE id=?", (key, article_id))
    queue_index_row(conn, key, _tokens(title, subtitle, body))


def _next_key(conn: sqlite3.Connection, date: str | None) -> int:
    low = _day(date) << _DAY_SHIFT
    top = conn.execute("SELECT max(fts_key) FROM articles WHERE fts_key BETWEEN ? AND ?",
                       (low, low + (1 << _DAY_SHIFT) - 1)).fetchone()[0]
    return low if top is None else top + 1


def _tokens(title: str, subtitle: str, body: str) -> str:
    return index_text(f"{title}\n{subtitle}\n{body}")


index_tokens = _tokens  # what the index holds of an article (store/trash.py deletes it in bulk)


def unindex(conn: sqlite3.Connection, article_id: int) -> None:
    # A contentless FTS5 table forgets a row only when given the exact text it indexed, and only a
    # row it holds: queued rows go in first.
    if getattr(conn, "search_index", None) is not None:
        return conn.search_index.unindex(article_id)
    flush_index_rows(conn)
    row = conn.execute("SELECT fts_key, title, subtitle, body FROM articles WHERE id=?",
                       (article_id,)).fetchone()
    if row is None or row[0] is None:
        return
    key, title, subtitle, body = row
    conn.execute("INSERT INTO search_fts(search_fts, rowid, tokens) VALUES ('delete',?,?)",
                 (key, _tokens(title, subtitle, body)))
    conn.execute("UPDATE articles SET fts_key=NULL WHERE id=?", (article_id,))


def merge_index(conn: sqlite3.Connection, cancel=None, pages: int = 256) -> int:
    """Merge the search index's segments a step at a time (FTS5 'merge', `pages` pages a step),
    until a step changes nothing or `cancel` is set; the number of steps. A large import leaves
    many small segments (the index 0.96x the text at 200k, 0.71x after an optimize); merging them
    in small steps keeps each write short, so the window's other writers wait little."""
    steps = 0
    while not (cancel is not None and cancel.is_set()):
        before = conn.total_changes
        conn.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('merge', ?)", (int(pages),))
        steps += 1
        if conn.total_changes - before <= 1:  # the INSERT itself: nothing was left to merge
            break
    return steps


def rebuild_index(conn: sqlite3.Connection, progress=None, cancel=None) -> bool:
    """Index every article anew (Tools → Rebuild search index; the schema 3 migration). One
    transaction: a cancelled or failed rebuild leaves the old index as it was."""
    tx = Transaction(conn)
    with tx:
        reindex_all(conn, progress, cancel)
    return not tx.cancelled


_REINDEX_CHUNK = 1000  # articles sorted by key before they go into the index


def reindex_all(conn: sqlite3.Connection, progress=None, cancel=None) -> None:
    """The body of rebuild_index, inside the caller's transaction.

    Articles keep their keys (their dates have not changed since they were given; rewriting each
    4.5 KB row for a new key would write the whole store again). Rows are read in file order (a
    read in key order jumps about a file larger than memory: 3 random page reads an article) and
    each chunk goes into the index sorted by key (see transaction.queue_index_row). Articles
    without a key get one."""
    # The schema 3 migration runs this before version 4 made the trash.
    has_trash = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='trash'").fetchone()
    live = f" AND id {LIVE}" if has_trash else ""
    total = conn.execute(f"SELECT count(*) FROM articles WHERE 1{live}").fetchone()[0]
    flush_index_rows(conn)
    conn.execute("INSERT INTO search_fts(search_fts) VALUES ('delete-all')")
    done, chunk = 0, []
    for key, title, subtitle, body in conn.execute(
            "SELECT fts_key, title, subtitle, body FROM articles WHERE fts_key IS NOT NULL"):
        if cancel is not None and cancel.is_set():
            raise Cancelled
        chunk.append((key, _tokens(title, subtitle, body)))
        if len(chunk) == _REINDEX_CHUNK:
            done += len(chunk)
            write_index_rows(conn, chunk)
            chunk = []
            if progress:
                progress(done, total)
    write_index_rows(conn, chunk)
    for aid, date, title, subtitle, body in conn.execute(
            f"SELECT id, date, title, subtitle, body FROM articles WHERE fts_key IS NULL{live}").fetchall():
        _index(conn, aid, date, title, subtitle, body)
    flush_index_rows(conn)
    # Merge the segments a bulk insert leaves behind: a smaller index that answers faster.
    conn.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
    if progress:
        progress(total, total)


# -- reading ------------------------------------------------------------------------------------
def count(conn: sqlite3.Connection) -> int:
    """Articles outside the trash (two counts off indexes, not a scan of the rows)."""
    return conn.execute("SELECT (SELECT count(*) FROM articles) - (SELECT count(*) FROM trash)").fetchone()[0]


def article(conn: sqlite3.Connection, article_id: int) -> Article | None:
    row = conn.execute(
        "SELECT id, title, body, subtitle, source, date, views, path, tags, note FROM articles WHERE id=?",
        (article_id,)).fetchone()
    if row is None:
        return None
    from ..domain import Article

    seen = spans.shown(conn, article_id)
    return Article(*row[:8], officials=seen.officials, tasks=seen.tasks,
                   tags=tuple(json.loads(row[8] or "[]")), note=row[9] or "")


def summaries(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, ArticleSummary]:
    ids = list(ids)
    out: dict[int, ArticleSummary] = {}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start:chunk_start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
                f"SELECT id, title, date, source, n_officials, n_tasks FROM articles WHERE id IN ({marks})",
                chunk):
            out[row[0]] = ArticleSummary(*row)
    return out
