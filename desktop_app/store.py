"""Store: the only code that talks to SQLite. Returns domain objects.

A Store belongs to the thread that opened it (sqlite3 connections do): workers open their own.
WAL mode lets the window keep reading while a worker imports.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import re
import sqlite3
from pathlib import Path
from typing import Iterable, Iterator

import sqlite_utils

from . import schema
from .domain import Article, ArticleSummary, Extraction, Official, ParsedArticle, Span, Task
from .search_query import Query, bigram_text, char_text, parse_query, plan_term

SORT_COLUMNS = {"title": "title", "date": "date", "source": "source",
                "n_officials": "n_officials", "n_tasks": "n_tasks", "id": "id"}


_DAY_SHIFT = 20  # up to a million articles per day


def _day(date: str | None) -> int:
    try:
        return _dt.date.fromisoformat(date).toordinal() if date else 0
    except ValueError:
        return 0


def connect_file(path: str | Path, read_only: bool = False) -> sqlite3.Connection:
    """A plain connection to a database file (no migration, no WAL switch): for backups and checks."""
    if read_only:
        return sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True, isolation_level=None)
    return sqlite3.connect(str(path), isolation_level=None, timeout=10.0)


def body_hash(body: str) -> str:
    """Duplicates are the same body once whitespace is ignored."""
    return hashlib.sha256(re.sub(r"\s+", "", body).encode("utf-8")).hexdigest()


class Store:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(self.path), timeout=10.0, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        schema.migrate(conn)
        self.db = sqlite_utils.Database(conn)
        self.conn = conn

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------------
    def transaction(self):
        """`with store.transaction():` groups writes; nested calls join the outer transaction."""
        return _Transaction(self.conn)

    def has_body(self, body: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE body_hash=?", (body_hash(body),)).fetchone() is not None

    def add_article(self, parsed: ParsedArticle, extraction: Extraction, path: str | None = None) -> int | None:
        """Store one article with its extraction and index; None when the same body is already stored."""
        digest = body_hash(parsed.body)
        with self.transaction():
            if self.conn.execute("SELECT 1 FROM articles WHERE body_hash=?", (digest,)).fetchone():
                return None
            cur = self.conn.execute(
                "INSERT INTO articles(title, subtitle, source, date, views, body, path, body_hash)"
                " VALUES (?,?,?,?,?,?,?,?)",
                (parsed.title, parsed.subtitle, parsed.source, parsed.date, parsed.views, parsed.body,
                 path, digest))
            article_id = cur.lastrowid
            self._write_extraction(article_id, extraction)
            self._index(article_id, parsed.date, parsed.title, parsed.subtitle, parsed.body)
        return article_id

    def replace_extraction(self, article_id: int, extraction: Extraction) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM officials WHERE article_id=?", (article_id,))
            self.conn.execute("DELETE FROM tasks WHERE article_id=?", (article_id,))
            self._write_extraction(article_id, extraction)

    def delete_article(self, article_id: int) -> None:
        with self.transaction():
            self._unindex(article_id)
            self.conn.execute("DELETE FROM articles WHERE id=?", (article_id,))

    def _write_extraction(self, article_id: int, extraction: Extraction) -> None:
        for pos, o in enumerate(extraction.officials):
            oid = self.conn.execute(
                "INSERT INTO officials(article_id, position, name, titles) VALUES (?,?,?,?)",
                (article_id, pos, o.name, json.dumps(list(o.titles), ensure_ascii=False))).lastrowid
            self.conn.executemany(
                'INSERT INTO mentions(official_id, article_id, start, "end") VALUES (?,?,?,?)',
                [(oid, article_id, m.start, m.end) for m in o.mentions])
        self.conn.executemany(
            'INSERT INTO tasks(article_id, task_key, parent_key, level, ordinal, speaker, text, start, "end")'
            " VALUES (?,?,?,?,?,?,?,?,?)",
            [(article_id, t.id, t.parent, t.level, t.ordinal, t.speaker, t.text, t.start, t.end)
             for t in extraction.tasks])
        self.conn.execute("UPDATE articles SET n_officials=?, n_tasks=? WHERE id=?",
                          (len(extraction.officials), len(extraction.tasks), article_id))

    def _index(self, article_id: int, date: str | None, title: str, subtitle: str, body: str) -> None:
        """Add the article to both search indexes under a key that sorts by date.

        The key (day << 20 | n-th article of that day) is the rowid in both indexes, so index order
        is date order: the first page of a search is read straight off the index (ORDER BY rowid
        DESC LIMIT 50) instead of sorting every match.
        """
        low = _day(date) << _DAY_SHIFT
        top = self.conn.execute("SELECT max(fts_key) FROM articles WHERE fts_key BETWEEN ? AND ?",
                                (low, low + (1 << _DAY_SHIFT) - 1)).fetchone()[0]
        key = low if top is None else top + 1
        self.conn.execute("UPDATE articles SET fts_key=? WHERE id=?", (key, article_id))
        head = f"{title}\n{subtitle}"
        self.conn.execute("INSERT INTO articles_fts(rowid, title, body) VALUES (?,?,?)",
                          (key, bigram_text(head), bigram_text(body)))
        self.conn.execute("INSERT INTO chars_fts(rowid, chars) VALUES (?,?)", (key, char_text(f"{head}\n{body}")))

    def _unindex(self, article_id: int) -> None:
        # A contentless FTS5 table forgets a row only when given the exact text it indexed.
        row = self.conn.execute("SELECT fts_key, title, subtitle, body FROM articles WHERE id=?",
                                (article_id,)).fetchone()
        if row is None or row[0] is None:
            return
        key, title, subtitle, body = row
        head = f"{title}\n{subtitle}"
        self.conn.execute("INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete',?,?,?)",
                          (key, bigram_text(head), bigram_text(body)))
        self.conn.execute("INSERT INTO chars_fts(chars_fts, rowid, chars) VALUES ('delete',?,?)",
                          (key, char_text(f"{head}\n{body}")))
        self.conn.execute("UPDATE articles SET fts_key=NULL WHERE id=?", (article_id,))

    def rebuild_index(self, progress=None, cancel=None) -> bool:
        """Rebuild the search index from the articles; False when cancelled (the old index stays)."""
        total = self.count()
        tx = self.transaction()
        with tx:
            self.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')")
            self.conn.execute("INSERT INTO chars_fts(chars_fts) VALUES ('delete-all')")
            self.conn.execute("UPDATE articles SET fts_key=NULL")
            for done, (aid, date, title, subtitle, body) in enumerate(
                    self.conn.execute("SELECT id, date, title, subtitle, body FROM articles"), 1):
                if cancel is not None and cancel.is_set():
                    raise _Cancelled
                self._index(aid, date, title, subtitle, body)
                if progress and done % 200 == 0:
                    progress(done, total)
        if tx.cancelled:
            return False
        if progress:
            progress(total, total)
        return True

    # -- reading ---------------------------------------------------------------------------------
    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def article(self, article_id: int) -> Article | None:
        row = self.conn.execute(
            "SELECT id, title, body, subtitle, source, date, views, path FROM articles WHERE id=?",
            (article_id,)).fetchone()
        if row is None:
            return None
        return Article(*row, officials=tuple(self._officials(article_id)), tasks=tuple(self._tasks(article_id)))

    def _officials(self, article_id: int) -> Iterator[Official]:
        spans: dict[int, list[Span]] = {}
        for oid, s, e in self.conn.execute(
                'SELECT official_id, start, "end" FROM mentions WHERE article_id=? ORDER BY start', (article_id,)):
            spans.setdefault(oid, []).append(Span(s, e))
        for oid, name, titles in self.conn.execute(
                "SELECT id, name, titles FROM officials WHERE article_id=? ORDER BY position", (article_id,)):
            yield Official(name=name, titles=tuple(json.loads(titles)), mentions=tuple(spans.get(oid, ())))

    def _tasks(self, article_id: int) -> Iterator[Task]:
        for key, parent, level, ordinal, speaker, text, s, e in self.conn.execute(
                'SELECT task_key, parent_key, level, ordinal, speaker, text, start, "end" FROM tasks'
                " WHERE article_id=? ORDER BY start", (article_id,)):
            yield Task(id=key, level=level, text=text, start=s, end=e, ordinal=ordinal, speaker=speaker, parent=parent)

    def summaries(self, ids: Iterable[int]) -> dict[int, ArticleSummary]:
        """List rows for these ids (a page of the list at a time)."""
        ids = list(ids)
        out: dict[int, ArticleSummary] = {}
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start:chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                    f"SELECT id, title, date, source, n_officials, n_tasks FROM articles WHERE id IN ({marks})",
                    chunk):
                out[row[0]] = ArticleSummary(*row)
        return out

    def article_ids(self, query: str | Query | None = None, sort: str = "date", descending: bool = True,
                    limit: int | None = None) -> list[int]:
        """Ids of the articles the query finds (all without one), sorted; newest first by default.

        Words are AND-ed and match as exact substrings of title, subtitle or body (ASCII case ignored).
        """
        q = parse_query(query) if isinstance(query, str) or query is None else query
        index, match, where, params = self._plan(q)
        limit_sql = " LIMIT ?" if limit is not None else ""
        tail = [int(limit)] if limit is not None else []
        if index and sort == "date":
            # Index rowids run in date order: read the page straight off the index, no sort step.
            sql = (f"SELECT a.id FROM {index} f JOIN articles a ON a.fts_key = f.rowid"
                   f" WHERE {index} MATCH ?{' AND ' + where if where else ''}"
                   f" ORDER BY f.rowid {'DESC' if descending else 'ASC'}{limit_sql}")
            return [r[0] for r in self.conn.execute(sql, [match, *params, *tail])]
        if index:
            where = f"a.fts_key IN (SELECT rowid FROM {index} WHERE {index} MATCH ?)" + (f" AND {where}" if where else "")
            params = [match, *params]
        column = SORT_COLUMNS.get(sort, "date")
        direction = "DESC" if descending else "ASC"
        sql = (f"SELECT id FROM articles a {'WHERE ' + where if where else ''}"
               f" ORDER BY {column} IS NULL, {column} {direction}, id {direction}{limit_sql}")
        return [r[0] for r in self.conn.execute(sql, [*params, *tail])]

    def _plan(self, q: Query) -> tuple[str | None, str | None, str, list]:
        """Which index drives the search and its MATCH text; SQL conditions on the article row
        (alias a) for everything else.

        Multi-character words go to the bigram index, single characters to the character index.
        The index with wanted words drives (bigrams first); the words of the other kind, words with
        characters no index keeps, and entity filters are checked on the rows the driver yields.
        """
        plans = [(plan_term(t), t, True) for t in q.include] + [(plan_term(t), t, False) for t in q.exclude]
        if any(p.bigrams and inc for p, _, inc in plans):
            index, attr = "articles_fts", "bigrams"
        elif any(p.char and inc for p, _, inc in plans):
            index, attr = "chars_fts", "char"
        else:
            index, attr = None, None
        wanted, unwanted, clauses, params = [], [], [], []
        for plan, term, include in plans:
            indexed = getattr(plan, attr) if attr else None
            if indexed and (include or not plan.recheck):
                (wanted if include else unwanted).append(f"({indexed})")
                if not plan.recheck:
                    continue
            elif not include and not plan.recheck and (plan.bigrams or plan.char):
                table, text = ("articles_fts", plan.bigrams) if plan.bigrams else ("chars_fts", plan.char)
                clauses.append(f"a.fts_key NOT IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)")
                params.append(text)
                continue
            clauses.append("instr(lower(a.title || char(10) || a.subtitle || char(10) || a.body), lower(?))"
                           f" {'>' if include else '='} 0")
            params.append(term)
        for kind, value in q.fields:
            if kind == "official":
                clauses.append("a.id IN (SELECT article_id FROM officials WHERE name = ?)")
            elif kind == "post":
                clauses.append("a.id IN (SELECT article_id FROM officials WHERE instr(titles, ?) > 0)")
            elif kind == "task":
                clauses.append("a.id IN (SELECT article_id FROM tasks WHERE instr(text, ?) > 0)")
            elif kind == "source":
                clauses.append("instr(a.source, ?) > 0")
            else:  # the filters beside the search box (search_filters.Filters)
                clauses.append(self._filter_clause(kind))
            params.append(value)
        match = " AND ".join(wanted) + "".join(f" NOT {u}" for u in unwanted) if wanted else None
        return index, match, " AND ".join(clauses), params

    def sources(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT source FROM articles WHERE source != '' GROUP BY source ORDER BY count(*) DESC")]

    def official_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT name FROM officials GROUP BY name ORDER BY count(*) DESC, name")]

    # -- search filters and hit texts (search UI; see search_filters.py) ------------------------
    def _filter_clause(self, kind: str) -> str:
        """SQL condition on the article row (alias a) for one filter field, taking one parameter."""
        if kind == "date_from":
            return "a.date >= ?"
        if kind == "date_to":
            return "a.date <= ?"
        if kind == "source_is":
            return "a.source = ?"
        if kind == "tag":  # schema v2: articles.tags is a JSON list
            return "EXISTS (SELECT 1 FROM json_each(a.tags) WHERE json_each.value = ?)"
        raise ValueError(f"unknown search field {kind!r}")

    def has_column(self, table: str, column: str) -> bool:
        return any(r[1] == column for r in self.conn.execute(f"PRAGMA table_info({table})"))

    def search_texts(self, ids: Iterable[int]) -> dict[int, tuple[str, str, str]]:
        """(title, subtitle, body) of these articles, for snippets and relevance ranking."""
        ids = list(ids)
        out: dict[int, tuple[str, str, str]] = {}
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start:chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                    f"SELECT id, title, subtitle, body FROM articles WHERE id IN ({marks})", chunk):
                out[row[0]] = (row[1], row[2], row[3])
        return out


class _Cancelled(Exception):
    pass


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT (ROLLBACK on error); a nested use is a SAVEPOINT, so that one failed
    article inside an import batch is undone alone and the batch goes on."""

    _depth = 0

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.outer = False
        self.cancelled = False
        self.savepoint = ""

    def __enter__(self):
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self.outer = True
        else:
            _Transaction._depth += 1
            self.savepoint = f"sp{_Transaction._depth}"
            self.conn.execute(f"SAVEPOINT {self.savepoint}")
        return self

    def __exit__(self, exc_type, exc, tb):
        if not self.outer:
            if exc_type is not None:
                self.conn.execute(f"ROLLBACK TO {self.savepoint}")
            self.conn.execute(f"RELEASE {self.savepoint}")
            return False
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")
        self.cancelled = exc_type is _Cancelled
        return self.cancelled
