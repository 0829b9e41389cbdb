"""Store: the only code that talks to SQLite. Returns domain objects.

A Store belongs to the thread that opened it (sqlite3 connections do): workers open their own.
WAL mode lets the window keep reading while a worker imports.
"""
from __future__ import annotations

import dataclasses
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
from .domain import (ArticleState, Corrections, ProgressNote, Revision, TaskOverride, TaskRow, Tracking)
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
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            schema.migrate(conn)
        except BaseException:
            conn.close()  # a file that cannot be opened or migrated keeps no lock held by a lost connection
            raise
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

    def same_title_and_date(self, title: str, date: str | None) -> int | None:
        """The stored article with this title and date (a changed version of the same report), if any."""
        if not title or not date:
            return None
        row = self.conn.execute("SELECT id FROM articles WHERE title=? AND date=? ORDER BY id LIMIT 1",
                                (title, date)).fetchone()
        return row[0] if row else None

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
        """A new automatic extraction (a better extractor, or after a body edit). A person's
        corrections are kept apart and still apply; task tracking finds its tasks again."""
        with self.transaction():
            self.conn.execute("DELETE FROM officials WHERE article_id=?", (article_id,))
            self.conn.execute("DELETE FROM tasks WHERE article_id=?", (article_id,))
            self._write_extraction(article_id, extraction)
            self._after_spans_changed(article_id)

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
                'INSERT INTO mentions(official_id, article_id, start, "end", review) VALUES (?,?,?,?,?)',
                [(oid, article_id, m.start, m.end, int(m.review)) for m in o.mentions])
        self.conn.executemany(
            'INSERT INTO tasks(article_id, task_key, parent_key, level, ordinal, speaker, text, start, "end", review)'
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(article_id, t.id, t.parent, t.level, t.ordinal, t.speaker, t.text, t.start, t.end, int(t.review))
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
        """The article as people see it: the extractor's spans with their corrections applied."""
        row = self.conn.execute(
            "SELECT id, title, body, subtitle, source, date, views, path, tags, note FROM articles WHERE id=?",
            (article_id,)).fetchone()
        if row is None:
            return None
        shown = self._shown(article_id)
        return Article(*row[:8], officials=shown.officials, tasks=shown.tasks,
                       tags=tuple(json.loads(row[8] or "[]")), note=row[9] or "")

    def _officials(self, article_id: int) -> Iterator[Official]:
        spans: dict[int, list[Span]] = {}
        for oid, s, e, review in self.conn.execute(
                'SELECT official_id, start, "end", review FROM mentions WHERE article_id=? ORDER BY start',
                (article_id,)):
            spans.setdefault(oid, []).append(Span(s, e, review=bool(review)))
        for oid, name, titles in self.conn.execute(
                "SELECT id, name, titles FROM officials WHERE article_id=? ORDER BY position", (article_id,)):
            yield Official(name=name, titles=tuple(json.loads(titles)), mentions=tuple(spans.get(oid, ())))

    def _tasks(self, article_id: int) -> Iterator[Task]:
        for key, parent, level, ordinal, speaker, text, s, e, review in self.conn.execute(
                'SELECT task_key, parent_key, level, ordinal, speaker, text, start, "end", review FROM tasks'
                " WHERE article_id=? ORDER BY start", (article_id,)):
            yield Task(id=key, level=level, text=text, start=s, end=e, ordinal=ordinal, speaker=speaker, parent=parent,
                       review=bool(review))

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
        if index and sort == "date" and descending:
            # Index rowids run in date order: read the page straight off the index, no sort step.
            sql = (f"SELECT a.id FROM {index} f JOIN articles a ON a.fts_key = f.rowid"
                   f" WHERE {index} MATCH ?{' AND ' + where if where else ''}"
                   f" ORDER BY f.rowid DESC{limit_sql}")
            return [r[0] for r in self.conn.execute(sql, [match, *params, *tail])]
        if index:
            where = f"a.fts_key IN (SELECT rowid FROM {index} WHERE {index} MATCH ?)" + (f" AND {where}" if where else "")
            params = [match, *params]
        direction = "DESC" if descending else "ASC"
        if sort == "date" and descending:
            # fts_key sorts by date then arrival, undated last; its unique index is walked in
            # order, so even a million rows need no sort step for the first page.
            order = "a.fts_key DESC"
        else:
            column = SORT_COLUMNS.get(sort, "date")
            order = f"{column} IS NULL, {column} {direction}, id {direction}"
        sql = f"SELECT id FROM articles a {'WHERE ' + where if where else ''} ORDER BY {order}{limit_sql}"
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
            # Entity fields see the articles as people see them: a person's corrections (hand-marked
            # officials and tasks, removed highlights, changed posts) count, as in Store.article().
            if kind == "official":
                clauses.append(f"a.id IN (SELECT o.article_id FROM officials o JOIN mentions m ON m.official_id = o.id"
                               f" WHERE o.name = ? AND {_NOT_SUPPRESSED.format(kind='official', t='m')}"
                               " UNION SELECT article_id FROM manual_mentions WHERE name = ?)")
                params.append(value)
            elif kind == "post":
                clauses.append(f"a.id IN (SELECT o.article_id FROM officials o JOIN mentions m ON m.official_id = o.id"
                               f" WHERE instr(o.titles, ?) > 0 AND {_NOT_SUPPRESSED.format(kind='official', t='m')}"
                               " AND NOT EXISTS (SELECT 1 FROM manual_posts p WHERE p.article_id = o.article_id"
                               " AND p.name = o.name)"
                               " UNION SELECT article_id FROM manual_posts WHERE instr(titles, ?) > 0)")
                params.append(value)
            elif kind == "task":
                clauses.append(f"a.id IN (SELECT t.article_id FROM tasks t WHERE instr(t.text, ?) > 0"
                               f" AND {_NOT_SUPPRESSED.format(kind='task', t='t')}"
                               " UNION SELECT article_id FROM manual_tasks WHERE instr(text, ?) > 0)")
                params.append(value)
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


    # == editing, corrections, 督办 tracking and revisions =========================================
    # (the editing pane and the task board; nothing above this line depends on it but article())

    def automatic_extraction(self, article_id: int) -> Extraction:
        """What the extractor found (shifted with body edits), without a person's corrections."""
        return Extraction(tuple(self._officials(article_id)), tuple(self._tasks(article_id)))

    def corrections(self, article_id: int) -> Corrections:
        q = self.conn.execute
        return Corrections(
            posts=tuple((n, tuple(json.loads(t))) for n, t in q(
                "SELECT name, titles FROM manual_posts WHERE article_id=? ORDER BY rowid", (article_id,))),
            mentions=tuple((n, Span(s, e, review=bool(r))) for n, s, e, r in q(
                'SELECT name, start, "end", review FROM manual_mentions WHERE article_id=? ORDER BY start, id',
                (article_id,))),
            suppressed=tuple((k, Span(s, e)) for k, s, e in q(
                'SELECT kind, start, "end" FROM suppressions WHERE article_id=? ORDER BY id', (article_id,))),
            tasks=tuple(Task(id=key, level=lv, text=tx, start=s, end=e, ordinal=o, speaker=sp, parent=pk, manual=True,
                             review=bool(r))
                        for key, pk, lv, o, sp, tx, s, e, r in q(
                'SELECT task_key, parent_key, level, ordinal, speaker, text, start, "end", review FROM manual_tasks'
                " WHERE article_id=? ORDER BY start", (article_id,))),
            task_overrides=tuple(TaskOverride(s, e, tx, sp, lv) for s, e, tx, sp, lv in q(
                "SELECT anchor_start, anchor_end, anchor_text, speaker, level FROM task_overrides"
                " WHERE article_id=? ORDER BY id", (article_id,))))

    def _shown(self, article_id: int) -> Extraction:
        from .annotations import merge

        auto = self.automatic_extraction(article_id)
        corr = self.corrections(article_id)
        return auto if corr.is_empty() else merge(auto, corr)

    def article_state(self, article_id: int) -> ArticleState | None:
        """The article as the editing pane holds it."""
        from .drafts import state_of

        row = self.conn.execute(
            "SELECT id, title, body, subtitle, source, date, views, path, tags, note FROM articles WHERE id=?",
            (article_id,)).fetchone()
        if row is None:
            return None
        article = Article(*row[:8], tags=tuple(json.loads(row[8] or "[]")), note=row[9] or "")
        return state_of(article, self.automatic_extraction(article_id), self.corrections(article_id))

    def save_article_state(self, article_id: int, state: ArticleState, who: str = "本机") -> int | None:
        """Store an edited article in one transaction: fields, body (re-indexed), spans, corrections,
        a revision with the state before. The new revision's id; None when nothing changed.
        Raises EditRefused(code) for a bad date or views, an empty title or body, or a body that
        another article already has ("duplicate_body")."""
        from .drafts import EditRefused, changes, state_errors, state_json, validate_date, validate_views

        errors = state_errors(state)
        if errors:
            raise EditRefused(errors[0])
        date, _ = validate_date(state.date)
        views, _ = validate_views(state.views)
        with self.transaction():
            before = self.article_state(article_id)
            if before is None:
                raise EditRefused("no_article")
            what = changes(before, state)
            if not what:
                return None
            if state.body != before.body:
                other = self.conn.execute("SELECT id FROM articles WHERE body_hash=? AND id!=?",
                                          (body_hash(state.body), article_id)).fetchone()
                if other:
                    raise EditRefused("duplicate_body")
            reindex = any(k in what for k in ("title", "subtitle", "body", "date"))
            if reindex:
                self._unindex(article_id)  # needs the text as it was indexed
            self.conn.execute(
                "UPDATE articles SET title=?, subtitle=?, source=?, date=?, views=?, body=?, body_hash=?, tags=?,"
                " note=?, edited_at=datetime('now', 'localtime') WHERE id=?",
                (state.title, state.subtitle, state.source, date, views, state.body, body_hash(state.body),
                 json.dumps(list(state.tags), ensure_ascii=False), state.note, article_id))
            if reindex:
                self._index(article_id, date, state.title, state.subtitle, state.body)
            if state.auto != before.auto or state.body != before.body or _reviews(state.auto) != _reviews(before.auto):
                self.conn.execute("DELETE FROM officials WHERE article_id=?", (article_id,))
                self.conn.execute("DELETE FROM tasks WHERE article_id=?", (article_id,))
                self._write_extraction(article_id, state.auto)
            self._write_corrections(article_id, state.corrections)
            self._after_spans_changed(article_id, before.body, state.body)
            rev = self.conn.execute(
                "INSERT INTO revisions(article_id, who, changes, before) VALUES (?,?,?,?)",
                (article_id, who, json.dumps(what, ensure_ascii=False),
                 json.dumps(state_json(before), ensure_ascii=False))).lastrowid
        return rev

    def _write_corrections(self, article_id: int, c: Corrections) -> None:
        for table in ("manual_posts", "manual_mentions", "suppressions", "manual_tasks", "task_overrides"):
            self.conn.execute(f"DELETE FROM {table} WHERE article_id=?", (article_id,))
        self.conn.executemany("INSERT OR REPLACE INTO manual_posts(article_id, name, titles) VALUES (?,?,?)",
                              [(article_id, n, json.dumps(list(p), ensure_ascii=False)) for n, p in c.posts])
        self.conn.executemany('INSERT INTO manual_mentions(article_id, name, start, "end", review) VALUES (?,?,?,?,?)',
                              [(article_id, n, m.start, m.end, int(m.review)) for n, m in c.mentions])
        self.conn.executemany('INSERT INTO suppressions(article_id, kind, start, "end") VALUES (?,?,?,?)',
                              [(article_id, k, m.start, m.end) for k, m in c.suppressed])
        self.conn.executemany(
            'INSERT INTO manual_tasks(article_id, task_key, parent_key, level, ordinal, speaker, text, start, "end",'
            " review) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(article_id, t.id, t.parent, t.level, t.ordinal, t.speaker, t.text, t.start, t.end, int(t.review))
             for t in c.tasks])
        self.conn.executemany(
            "INSERT INTO task_overrides(article_id, anchor_start, anchor_end, anchor_text, speaker, level)"
            " VALUES (?,?,?,?,?,?)",
            [(article_id, o.start, o.end, o.text, o.speaker, o.level) for o in c.task_overrides])

    def _after_spans_changed(self, article_id: int, old_body: str | None = None, new_body: str | None = None) -> None:
        """Counts for the list, and tracking moved to where its tasks are now.

        With a body edit, anchors first move with the edit; an anchor whose text the edit deleted
        may find its task again only by the same text, never by overlap with whatever took its
        place. Tracking whose task is gone keeps its text with an empty range (an orphan)."""
        from .annotations import diff_edit, match_anchors, shift_span

        shown = self._shown(article_id)
        self.conn.execute("UPDATE articles SET n_officials=?, n_tasks=? WHERE id=?",
                          (len(shown.officials), len(shown.tasks), article_id))
        rows = self.conn.execute("SELECT id, anchor_start, anchor_end, anchor_text FROM task_tracking"
                                 " WHERE article_id=? ORDER BY id", (article_id,)).fetchall()
        if not rows:
            return
        edit = diff_edit(old_body, new_body) if old_body is not None and new_body is not None else None
        anchors = []
        for _id, s, e, text in rows:
            moved = shift_span(s, e, edit) if edit is not None and e > s else (s, e, False)
            anchors.append((moved[0], moved[1], text) if moved else (edit.pos, edit.pos, text))
        found = match_anchors(anchors, shown.tasks)
        for a, (rid, *_old) in enumerate(rows):
            if a in found:
                t = shown.tasks[found[a]]
                anchor = (t.start, t.end, t.text)
            else:
                anchor = (anchors[a][0], anchors[a][0], anchors[a][2])
            self.conn.execute("UPDATE task_tracking SET anchor_start=?, anchor_end=?, anchor_text=? WHERE id=?",
                              (*anchor, rid))

    def reset_corrections(self, article_id: int, who: str = "本机") -> int | None:
        """Back to what the extractor found (a revision keeps the corrections for a revert)."""
        state = self.article_state(article_id)
        if state is None:
            return None
        return self.save_article_state(article_id, dataclasses.replace(state, corrections=Corrections()), who)

    def revisions(self, article_id: int, with_before: bool = False) -> list[Revision]:
        """Saved changes of the article, newest first."""
        from .drafts import state_from_json

        return [Revision(rid, article_id, at, who, json.loads(what), state_from_json(json.loads(before))
                         if with_before else None)
                for rid, at, who, what, before in self.conn.execute(
                    "SELECT id, at, who, changes, before FROM revisions WHERE article_id=? ORDER BY id DESC",
                    (article_id,))]

    def revision(self, revision_id: int) -> Revision | None:
        from .drafts import state_from_json

        row = self.conn.execute("SELECT id, article_id, at, who, changes, before FROM revisions WHERE id=?",
                                (revision_id,)).fetchone()
        if row is None:
            return None
        return Revision(row[0], row[1], row[2], row[3], json.loads(row[4]), state_from_json(json.loads(row[5])))

    def revert(self, revision_id: int, who: str = "本机") -> int | None:
        """Put the article back as it was before this revision (itself saved as a new revision)."""
        rev = self.revision(revision_id)
        if rev is None:
            return None
        return self.save_article_state(rev.article_id, rev.before, who)

    # -- 督办 tracking ------------------------------------------------------------------------------
    def task_rows(self, article_ids: Iterable[int] | None = None) -> list[TaskRow]:
        """Every task of these articles (all without) with its tracking, newest article first;
        tracking whose task is gone comes as an orphan row."""
        from .annotations import match_anchors

        if article_ids is None:
            ids = [r[0] for r in self.conn.execute(
                "SELECT id FROM articles WHERE n_tasks > 0 OR id IN (SELECT article_id FROM task_tracking)"
                " ORDER BY date IS NULL, date DESC, id DESC")]
        else:
            ids = list(article_ids)
        meta = self.summaries(ids)
        tracking: dict[int, list[tuple]] = {}
        for row in self.conn.execute(
                "SELECT article_id, id, anchor_start, anchor_end, anchor_text, lead_unit, assist_units, leader, due,"
                " status, progress, remark FROM task_tracking ORDER BY id"):
            tracking.setdefault(row[0], []).append(row[1:])
        out: list[TaskRow] = []
        for aid in ids:
            if aid not in meta:
                continue
            s = meta[aid]
            tasks = self._shown(aid).tasks
            tracks = tracking.get(aid, [])
            found = match_anchors([t[1:4] for t in tracks], tasks)
            by_task = {i: tracks[a] for a, i in found.items()}
            for i, t in enumerate(tasks):
                tr = by_task.get(i)
                out.append(TaskRow(aid, s.title, s.date, t, _tracking(tr) if tr else Tracking(),
                                   tr[0] if tr else None))
            for a, tr in enumerate(tracks):
                if a not in found:
                    ghost = Task(id=f"?{tr[0]}", level=1, text=tr[3], start=tr[1], end=tr[2], review=True)
                    out.append(TaskRow(aid, s.title, s.date, ghost, _tracking(tr), tr[0], orphan=True))
        return out

    def set_tracking(self, article_id: int, task: Task, tracking: Tracking, tracking_id: int | None = None) -> int:
        """Store a task's 督办 fields (a new row unless `tracking_id`); the row id."""
        progress = json.dumps([[n.date, n.text] for n in tracking.progress], ensure_ascii=False)
        values = (tracking.lead_unit, tracking.assist_units, tracking.leader, tracking.due, tracking.status,
                  progress, tracking.remark)
        with self.transaction():
            if tracking_id is not None:
                self.conn.execute(
                    "UPDATE task_tracking SET lead_unit=?, assist_units=?, leader=?, due=?, status=?, progress=?,"
                    " remark=?, updated_at=datetime('now', 'localtime') WHERE id=?", (*values, tracking_id))
                return tracking_id
            return self.conn.execute(
                "INSERT INTO task_tracking(article_id, anchor_start, anchor_end, anchor_text, lead_unit, assist_units,"
                " leader, due, status, progress, remark) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (article_id, task.start, task.end, task.text, *values)).lastrowid

    def delete_tracking(self, tracking_id: int) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM task_tracking WHERE id=?", (tracking_id,))

    # == statistics and the people index (ui/stats_view.py, ui/people_index.py) ======================
    # Plain data for the charts and the index. Articles a person corrected are read as people see
    # them (_shown); all others are counted in SQL straight from the extractor's tables, so that a big
    # store needs a few grouped queries, not one read per article.

    _CORRECTED = ("SELECT article_id FROM manual_posts UNION SELECT article_id FROM manual_mentions"
                  " UNION SELECT article_id FROM suppressions UNION SELECT article_id FROM manual_tasks"
                  " UNION SELECT article_id FROM task_overrides")

    def _corrected_ids(self) -> list[int]:
        return sorted(r[0] for r in self.conn.execute(self._CORRECTED))

    def month_counts(self) -> list[tuple[str | None, int]]:
        """Articles per month: ("yyyy-mm", n) oldest first, every month from the first to the last
        (0 where none), then (None, n) for the undated articles when there are any."""
        counts: dict[str, int] = {}
        undated = 0
        for month, n in self.conn.execute("SELECT substr(date, 1, 7) AS m, count(*) FROM articles GROUP BY m"):
            if month and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", month):
                counts[month] = n
            else:
                undated += n
        out: list[tuple[str | None, int]] = []
        if counts:
            y, m = map(int, min(counts).split("-"))
            last = max(counts)
            while True:
                key = f"{y:04d}-{m:02d}"
                out.append((key, counts.get(key, 0)))
                if key >= last:
                    break
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        if undated:
            out.append((None, undated))
        return out

    def official_counts(self, limit: int | None = 20) -> list[tuple[str, int, int]]:
        """The most-mentioned officials: (name, articles, mentions), most articles first."""
        corrected = self._corrected_ids()
        arts: dict[str, int] = {}
        ments: dict[str, int] = {}
        for name, n_art, n_ment in self.conn.execute(
                "SELECT o.name, count(DISTINCT o.article_id),"
                " sum((SELECT count(*) FROM mentions m WHERE m.official_id = o.id)) FROM officials o"
                f" WHERE o.article_id NOT IN ({self._CORRECTED}) GROUP BY o.name"):
            arts[name], ments[name] = n_art, n_ment or 0
        for aid in corrected:
            for o in self._shown(aid).officials:
                arts[o.name] = arts.get(o.name, 0) + 1
                ments[o.name] = ments.get(o.name, 0) + len(o.mentions)
        ranked = sorted(arts, key=lambda n: (-arts[n], -ments[n], n))
        return [(n, arts[n], ments[n]) for n in (ranked if limit is None else ranked[:limit])]

    def task_status_counts(self) -> dict[str, int]:
        """Tasks by 督办 status (every code of TASK_STATUSES); a task without tracking is not_started.

        Tracking is re-anchored whenever an article's tasks change, so a tracking row with a
        non-empty anchor is on a task that is shown; an empty anchor is an orphan (task gone)."""
        from .domain import TASK_STATUSES

        counts = dict.fromkeys(TASK_STATUSES, 0)
        total = self.conn.execute("SELECT coalesce(sum(n_tasks), 0) FROM articles").fetchone()[0]
        tracked = 0
        for status, n in self.conn.execute(
                "SELECT status, count(*) FROM task_tracking WHERE anchor_end > anchor_start GROUP BY status"):
            counts[status] = counts.get(status, 0) + n
            tracked += n
        counts["not_started"] += max(0, total - tracked)
        return counts

    def _speaker_counts(self, corrected: list[int]) -> dict[str, int]:
        out = dict(self.conn.execute(
            "SELECT speaker, count(*) FROM tasks WHERE speaker IS NOT NULL AND speaker != ''"
            f" AND article_id NOT IN ({self._CORRECTED}) GROUP BY speaker").fetchall())
        for aid in corrected:
            for t in self._shown(aid).tasks:
                if t.speaker:
                    out[t.speaker] = out.get(t.speaker, 0) + 1
        return out

    def people(self) -> list[dict]:
        """Every official in the store, most articles first: {"name", "articles" (count), "tasks"
        (tasks they gave), "posts" (tuple of post tuples, latest first), "first", "last" (dates)}."""
        corrected = self._corrected_ids()
        people: dict[str, dict] = {}
        seen: dict[str, dict[tuple, str]] = {}  # name -> posts -> latest date

        def add(name: str, posts: tuple, n: int, first: str | None, last: str | None) -> None:
            p = people.setdefault(name, {"name": name, "articles": 0, "tasks": 0, "first": None, "last": None})
            p["articles"] += n
            if first and (p["first"] is None or first < p["first"]):
                p["first"] = first
            if last and (p["last"] is None or last > p["last"]):
                p["last"] = last
            latest = seen.setdefault(name, {})
            latest[posts] = max(latest.get(posts) or "", last or "")

        for name, titles, n, first, last in self.conn.execute(
                "SELECT o.name, o.titles, count(DISTINCT o.article_id), min(a.date), max(a.date)"
                " FROM officials o JOIN articles a ON a.id = o.article_id"
                f" WHERE o.article_id NOT IN ({self._CORRECTED}) GROUP BY o.name, o.titles"):
            add(name, tuple(json.loads(titles)), n, first, last)
        dates = {s.id: s.date for s in self.summaries(corrected).values()}
        for aid in corrected:
            for o in self._shown(aid).officials:
                add(o.name, tuple(o.titles), 1, dates.get(aid), dates.get(aid))
        spoken = self._speaker_counts(corrected)
        for name, p in people.items():
            p["tasks"] = spoken.get(name, 0)
            p["posts"] = tuple(posts for posts, _d in sorted(seen[name].items(), key=lambda kv: kv[1], reverse=True)
                               if posts)
        return sorted(people.values(), key=lambda p: (-p["articles"], p["name"]))

    def person(self, name: str) -> dict:
        """One official: {"name", "posts": [(posts, dates)] latest first, "articles": [(article id,
        title, date, posts, mentions)] newest first, "tasks": [(article id, task id, text, date,
        title)] they gave, newest article first and in text order}."""
        corrected = self._corrected_ids()
        found: dict[int, tuple[tuple, int]] = {}
        for aid, titles, n in self.conn.execute(
                "SELECT o.article_id, o.titles, (SELECT count(*) FROM mentions m WHERE m.official_id = o.id)"
                f" FROM officials o WHERE o.name = ? AND o.article_id NOT IN ({self._CORRECTED})", (name,)):
            found[aid] = (tuple(json.loads(titles)), n)
        said: list[tuple[int, str, str, int]] = [
            tuple(r) for r in self.conn.execute(
                "SELECT article_id, task_key, text, start FROM tasks"
                f" WHERE speaker = ? AND article_id NOT IN ({self._CORRECTED})", (name,))]
        for aid in corrected:
            shown = self._shown(aid)
            for o in shown.officials:
                if o.name == name:
                    found[aid] = (tuple(o.titles), len(o.mentions))
            said += [(aid, t.id, t.text, t.start) for t in shown.tasks if t.speaker == name]
        meta = self.summaries(set(found) | {s[0] for s in said})

        def newest(aid: int) -> tuple:  # with reverse=True: newest first, undated last
            return ((meta[aid].date or "") if aid in meta else "", aid)

        articles = [(aid, meta[aid].title, meta[aid].date, posts, n) for aid, (posts, n)
                    in sorted(found.items(), key=lambda kv: newest(kv[0]), reverse=True) if aid in meta]
        by_posts: dict[tuple, set[str]] = {}
        for _aid, _title, date, posts, _n in articles:
            dates = by_posts.setdefault(posts, set())
            if date:
                dates.add(date)
        posts = sorted(((p, sorted(d)) for p, d in by_posts.items() if p),
                       key=lambda pd: pd[1][-1] if pd[1] else "", reverse=True)
        tasks = [(aid, key, text, meta[aid].date, meta[aid].title)
                 for aid, key, text, _start in sorted(sorted(said, key=lambda s: s[3]), key=lambda s: newest(s[0]),
                                                      reverse=True) if aid in meta]
        return {"name": name, "posts": posts, "articles": articles, "tasks": tasks}

    # == store check and restore (工具 → 检查文章库 / 备份与恢复; ui/check_store.py, ui/backups_dialog.py) ==
    def reopen(self) -> None:
        """Open the file again after close() (a backup was restored into it): the same Store object,
        so every pane holding it sees the restored articles; a new connection."""
        try:
            self.conn.close()
        except sqlite3.Error:
            pass
        self.__init__(self.path)

    def check_integrity(self, max_rows: int = 20) -> list[tuple[str, str]]:
        """Problems found in the file and its search indexes, as (code, detail); [] when all is well.

        Codes: "integrity" (PRAGMA integrity_check), "foreign_key" (rows pointing at nothing),
        "fts" (an FTS5 index fails its own integrity-check; detail: the index), "unindexed"
        (articles missing from the search index; detail: how many), "index_count" (the index holds
        a different number of rows than the articles; detail: "index/articles").
        Reads only, but FTS5's integrity-check is an INSERT: it takes the write lock for a moment.
        """
        problems: list[tuple[str, str]] = []
        rows = self.conn.execute(f"PRAGMA integrity_check({int(max_rows)})").fetchall()
        if rows != [("ok",)]:
            problems += [("integrity", str(r[0])) for r in rows]
            return problems  # a damaged file: the other checks would only add noise or fail
        for table, _rowid, parent, _fk in self.conn.execute("PRAGMA foreign_key_check").fetchmany(max_rows):
            problems.append(("foreign_key", f"{table} -> {parent}"))
        for index in ("articles_fts", "chars_fts"):
            try:
                self.conn.execute(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as e:
                problems.append(("fts", f"{index}: {e}"))
        missing = self.conn.execute("SELECT count(*) FROM articles WHERE fts_key IS NULL").fetchone()[0]
        if missing:
            problems.append(("unindexed", str(missing)))
        indexed = self.conn.execute("SELECT count(*) FROM articles WHERE fts_key IS NOT NULL").fetchone()[0]
        for index in ("articles_fts", "chars_fts"):
            try:
                n = self.conn.execute(f"SELECT count(*) FROM {index}").fetchone()[0]
            except sqlite3.DatabaseError as e:
                problems.append(("fts", f"{index}: {e}"))
                continue
            if n != indexed:
                problems.append(("index_count", f"{index}: {n}/{indexed}"))
        return problems


# An automatic span (alias {t}) of this kind that no suppression of the article covers (annotations.merge).
_NOT_SUPPRESSED = ('NOT EXISTS (SELECT 1 FROM suppressions s WHERE s.article_id = {t}.article_id AND s.kind = \'{kind}\''
                   ' AND s.start <= {t}.start AND {t}."end" <= s."end")')


def _tracking(row) -> Tracking:
    _id, _s, _e, _t, lead, assist, leader, due, status, progress, remark = row
    return Tracking(lead, assist, leader, due, status,
                    tuple(ProgressNote(d, t) for d, t in json.loads(progress or "[]")), remark)


def _reviews(e: Extraction) -> tuple:
    """The review flags, which span equality ignores."""
    return (tuple(m.review for o in e.officials for m in o.mentions), tuple(t.review for t in e.tasks))


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
