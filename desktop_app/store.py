"""Store: the only code that talks to SQLite. Returns domain objects.

A Store belongs to the thread that opened it (sqlite3 connections do): workers open their own.
WAL mode lets the window keep reading while a worker imports.
"""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from pathlib import Path
from typing import Iterable, Iterator

import sqlite_utils

from . import schema
from .domain import Article, ArticleSummary, Extraction, Official, ParsedArticle, Span, Task
from .search_query import Query, bigram_text, parse_query, term_match

SORT_COLUMNS = {"title": "title", "date": "date", "source": "source",
                "n_officials": "n_officials", "n_tasks": "n_tasks", "id": "id"}


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
            self._index(article_id, parsed.title, parsed.subtitle, parsed.body)
        return article_id

    def replace_extraction(self, article_id: int, extraction: Extraction) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM officials WHERE article_id=?", (article_id,))
            self.conn.execute("DELETE FROM tasks WHERE article_id=?", (article_id,))
            self._write_extraction(article_id, extraction)

    def delete_article(self, article_id: int) -> None:
        row = self.conn.execute("SELECT title, subtitle, body FROM articles WHERE id=?", (article_id,)).fetchone()
        if row is None:
            return
        with self.transaction():
            self._unindex(article_id, *row)
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

    def _index(self, article_id: int, title: str, subtitle: str, body: str) -> None:
        self.conn.execute("INSERT INTO articles_fts(rowid, title, body) VALUES (?,?,?)",
                          (article_id, bigram_text(f"{title}\n{subtitle}"), bigram_text(body)))

    def _unindex(self, article_id: int, title: str, subtitle: str, body: str) -> None:
        # A contentless FTS5 table forgets a row only when given the exact text it indexed.
        self.conn.execute("INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete',?,?,?)",
                          (article_id, bigram_text(f"{title}\n{subtitle}"), bigram_text(body)))

    def rebuild_index(self, progress=None, cancel=None) -> bool:
        """Rebuild the search index from the articles; False when cancelled (the old index stays)."""
        total = self.count()
        tx = self.transaction()
        with tx:
            self.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')")
            for done, (aid, title, subtitle, body) in enumerate(
                    self.conn.execute("SELECT id, title, subtitle, body FROM articles").fetchall(), 1):
                if cancel is not None and cancel.is_set():
                    raise _Cancelled
                self._index(aid, title, subtitle, body)
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
        column = SORT_COLUMNS.get(sort, "date")
        direction = "DESC" if descending else "ASC"
        where, params = self._where(q)
        sql = f"SELECT id FROM articles {where} ORDER BY {column} IS NULL, {column} {direction}, id {direction}"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [r[0] for r in self.conn.execute(sql, params)]

    def _where(self, q: Query) -> tuple[str, list]:
        clauses: list[str] = []
        params: list = []
        for term, wanted in [(t, True) for t in q.include] + [(t, False) for t in q.exclude]:
            match, inexact = term_match(term)
            if match is not None and (wanted or not inexact):
                # The index decides, or (for terms with punctuation it drops) narrows, the match.
                clauses.append(f"id {'' if wanted else 'NOT '}IN"
                               " (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
                params.append(match)
            if inexact:
                clauses.append(f"instr(lower(title || char(10) || subtitle || char(10) || body), lower(?))"
                               f" {'>' if wanted else '='} 0")
                params.append(term)
        for kind, value in q.fields:
            if kind == "official":
                clauses.append("id IN (SELECT article_id FROM officials WHERE name = ?)")
            elif kind == "post":
                clauses.append("id IN (SELECT article_id FROM officials WHERE instr(titles, ?) > 0)")
            elif kind == "task":
                clauses.append("id IN (SELECT article_id FROM tasks WHERE instr(text, ?) > 0)")
            else:
                clauses.append("instr(source, ?) > 0")
            params.append(value)
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

    def sources(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT source FROM articles WHERE source != '' GROUP BY source ORDER BY count(*) DESC")]

    def official_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT name FROM officials GROUP BY name ORDER BY count(*) DESC, name")]


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
