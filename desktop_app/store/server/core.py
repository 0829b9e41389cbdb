"""ServerStore: the Store API on a PostgreSQL library; what differs from SQLite is overridden here."""
from __future__ import annotations

import contextlib
import json

import psycopg

from ...domain import ArticleState, Extraction, ParsedArticle
from .. import articles, edits
from ..core import Store
from ..transaction import Transaction
from . import index, schema
from . import search as server_search
from .connection import PgConnection, connect_raw
from .trouble import NotInitialised, OutdatedLibrary


IMPORT_PENDING_LIST = "32MB"  # 16 MB: searches during an import less slowed, merges ~15 % dearer; 64 MB: the reverse


def _mb(size: str) -> int:
    return int(size.removesuffix("MB"))


# The article and its extraction in one statement (ServerStore.add_article): mentions find their
# official by position, so the order RETURNING gives the officials back in does not matter.
_ADD_ARTICLE = """
WITH a AS (
    INSERT INTO articles(title, subtitle, source, date, views, body, path, body_hash, n_officials, n_tasks,
                         sort_key, tokens)
    VALUES (%(title)s, %(subtitle)s, %(source)s, %(date)s, %(views)s, %(body)s, %(path)s, %(hash)s, %(n_off)s,
            %(n_tasks)s, ((%(day)s::bigint << 40) | nextval('article_order')),
            array_remove(string_to_array(%(tokens)s, ' '), ''))
    ON CONFLICT (body_hash) DO NOTHING RETURNING id
), o AS (
    INSERT INTO officials(article_id, position, name, titles)
    SELECT a.id, x.pos, x.name, x.titles FROM a,
        unnest(%(o_pos)s::int[], %(o_name)s::text[], %(o_titles)s::text[]) AS x(pos, name, titles)
    RETURNING id, position
), m AS (
    INSERT INTO mentions(official_id, article_id, start, "end", review)
    SELECT o.id, a.id, x.s, x.e, x.r FROM a,
        unnest(%(m_pos)s::int[], %(m_start)s::int[], %(m_end)s::int[], %(m_review)s::int[]) AS x(pos, s, e, r)
        JOIN o ON o.position = x.pos
), t AS (
    INSERT INTO tasks(article_id, task_key, parent_key, level, ordinal, speaker, text, start, "end", review)
    SELECT a.id, x.* FROM a,
        unnest(%(t_key)s::text[], %(t_parent)s::text[], %(t_level)s::int[], %(t_ordinal)s::text[],
               %(t_speaker)s::text[], %(t_text)s::text[], %(t_start)s::int[], %(t_end)s::int[],
               %(t_review)s::int[]) AS x
)
SELECT id FROM a
"""


class ServerStore(Store):
    """One server library. Belongs to the thread that opened it; workers open their own (one
    connection each). The schema is made by `zhengwen server init`, not by opening: desks log in
    with roles that may not create tables; an older schema is migrated when the user may."""

    is_server = True
    _importing = False

    def __init__(self, url: str, *, read_only: bool = False, ask_password=None,
                 statement_timeout_ms: int | None = None):
        self.url = url
        self.read_only = read_only
        self.path = None  # no file: backups are pg_dump's job (README, administrator section)
        raw = connect_raw(url, statement_timeout_ms=statement_timeout_ms, ask_password=ask_password)
        self.conn = PgConnection(raw, url, reconnect=lambda: self._connect_again(statement_timeout_ms))
        self.conn.search_index = index.ServerIndex(self.conn)
        self._db = None
        try:
            found = schema.version(self.conn.raw)
            if found == 0:
                raise NotInitialised(url)
            if found < schema.SCHEMA_VERSION and not read_only:
                try:
                    # On a connection without the desk's timeouts: a step may read every article
                    # (version 7, minutes at a million), as `zhengwen server init` does.
                    with connect_raw(url, statement_timeout_ms=0, ask_password=ask_password) as own:
                        schema.migrate(own)
                except psycopg.errors.InsufficientPrivilege:
                    # A desk upgraded before the library: only its owner may change the tables.
                    raise OutdatedLibrary(url, found, schema.SCHEMA_VERSION) from None
            if read_only:
                self.set_read_only()
        except BaseException:
            self.conn.close()
            raise

    def _connect_again(self, statement_timeout_ms: int | None):
        """A new connection after the old one broke (the server restarted, the network came back)."""
        raw = connect_raw(self.url, statement_timeout_ms=statement_timeout_ms)
        if self.read_only:
            raw.execute("SET default_transaction_read_only = on")
        return raw

    @property
    def location(self) -> str:
        """What store.open_location() opens again: the URL (a worker's own connection)."""
        return self.url

    def interrupt_when(self, cancel) -> None:
        """Cancel the running query on the server once `cancel` is set (a newer search came)."""
        import threading

        raw = self.conn.raw

        def watch():
            cancel.wait()
            if not raw.closed:
                try:
                    raw.cancel_safe()
                except Exception:
                    pass
        threading.Thread(target=watch, daemon=True).start()

    @property
    def db(self):
        raise NotImplementedError("sqlite-utils works on SQLite files only")

    @property
    def user(self) -> str:
        """The database user this desk works as (recorded in revisions and 督办 changes)."""
        return self.conn.user

    @property
    def search_owner(self) -> str:
        """Saved searches are each user's own (the server checks it: row-level security)."""
        return self.user

    def saved_searches(self):
        """As Store.saved_searches; a library opened read-only is not migrated, and one older than
        schema 6 has no saved searches: said as such (OutdatedLibrary), not as a missing table."""
        if self.read_only and self.conn.pg("SELECT to_regclass('saved_searches')").fetchone()[0] is None:
            raise OutdatedLibrary(self.url, schema.version(self.conn.raw), schema.SCHEMA_VERSION)
        return super().saved_searches()

    def reopen(self) -> None:
        try:
            self.conn.close()
        finally:
            self.__init__(self.url, read_only=self.read_only)

    def set_read_only(self) -> None:
        self.read_only = True
        self.conn.pg("SET default_transaction_read_only = on")

    def set_writable(self) -> None:
        self.read_only = False
        self.conn.pg("SET default_transaction_read_only = off")

    def has_column(self, table: str, column: str) -> bool:
        return self.conn.pg("SELECT 1 FROM information_schema.columns WHERE table_name = %s AND column_name = %s",
                            (table, column)).fetchone() is not None

    # -- articles ----------------------------------------------------------------------------------
    def add_article(self, parsed: ParsedArticle, extraction: Extraction, path: str | None = None) -> int | None:
        """One statement, one round trip: the row with its tokens and key, its officials, mentions
        and tasks (data-modifying CTEs; spans.write_extraction's rows, which took a round trip per
        official). None when the body is stored already — by this desk or, at the same moment, by
        another (the unique body hash: ON CONFLICT DO NOTHING waits for the other importer's
        transaction and then keeps its copy; nothing else is written then). An article in the
        trash with this body comes back instead (its id), as in the SQLite store."""
        digest = articles.body_hash(parsed.body)
        offs, tasks = extraction.officials, extraction.tasks
        mentions = [(pos, m.start, m.end, int(m.review)) for pos, o in enumerate(offs) for m in o.mentions]
        row = self.conn.pg(_ADD_ARTICLE, {
            "title": parsed.title, "subtitle": parsed.subtitle, "source": parsed.source, "date": parsed.date,
            "views": parsed.views, "body": parsed.body, "path": path, "hash": digest, "n_off": len(offs),
            "n_tasks": len(tasks), "day": articles._day(parsed.date),
            # index.tokens() as one string split by the server: psycopg builds a 1,500-element
            # array parameter in Python (~0.6 ms an article, a tenth of an import's client time).
            "tokens": index.token_text(parsed.title, parsed.subtitle, parsed.body),
            "o_pos": list(range(len(offs))), "o_name": [o.name for o in offs],
            "o_titles": [json.dumps(list(o.titles), ensure_ascii=False) for o in offs],
            "m_pos": [m[0] for m in mentions], "m_start": [m[1] for m in mentions],
            "m_end": [m[2] for m in mentions], "m_review": [m[3] for m in mentions],
            "t_key": [t.id for t in tasks], "t_parent": [t.parent for t in tasks], "t_level": [t.level for t in tasks],
            "t_ordinal": [t.ordinal for t in tasks], "t_speaker": [t.speaker for t in tasks],
            "t_text": [t.text for t in tasks], "t_start": [t.start for t in tasks], "t_end": [t.end for t in tasks],
            "t_review": [int(t.review) for t in tasks]}).fetchone()
        if row is not None:
            return row[0]
        with Transaction(self.conn):
            found = self.conn.pg("SELECT id FROM articles WHERE body_hash = %s", (digest,)).fetchone()
            return found[0] if found and articles.untrash(self.conn, found[0]) else None

    @contextlib.contextmanager
    def importing(self):
        """An import's session: new articles' tokens gather in the GIN index's pending list up to
        IMPORT_PENDING_LIST (the default 4 MB was merged into the index every ~130 articles; each
        merge touches the posting list of every token it holds, so at a million articles the
        merges were most of an import's server time: 4 importers 111/s -> 422/s, docs/benchmarks.md),
        with the memory to merge it in one pass; on leaving, the list is merged at once
        (zhengwen_flush_search_index), so that searches (which read the whole pending list) and
        the next desk's save (which would merge what is left) do not pay for the import."""
        if self._importing:  # an import inside an import: the outer one merges at its end
            yield self
            return
        # work_mem bounds a merge an insert starts; lowered never (an administrator's larger value stays).
        work_mem_kb = self.conn.pg("SELECT setting::bigint FROM pg_settings WHERE name = 'work_mem'").fetchone()[0]
        self.conn.pg(f"SET gin_pending_list_limit = '{IMPORT_PENDING_LIST}'")
        if work_mem_kb < 2 * _mb(IMPORT_PENDING_LIST) * 1024:
            self.conn.pg(f"SET work_mem = '{2 * _mb(IMPORT_PENDING_LIST)}MB'")
        self._importing = True
        try:
            yield self
        finally:
            self._importing = False
            try:
                self.conn.pg("RESET gin_pending_list_limit")
                self.conn.pg("RESET work_mem")
                self.conn.pg("SELECT zhengwen_flush_search_index()")
            except Exception:  # noqa: BLE001 - the server went away or the import's own error is on its way:
                pass             # the list is merged by the next insert past 4 MB or by autovacuum instead

    def rebuild_index(self, progress=None, cancel=None) -> bool:
        return index.rebuild(self.conn, progress, cancel)

    # -- search ------------------------------------------------------------------------------------
    def article_ids(self, query=None, sort: str = "date", descending: bool = True, limit: int | None = None):
        return server_search.article_ids(self.conn, query, sort, descending, limit)

    def ids_with_tasks(self) -> list[int]:
        return server_search.ids_with_tasks(self.conn)

    def sources(self) -> list[str]:
        return server_search.sources(self.conn)

    def search_texts(self, ids):
        return server_search.search_texts(self.conn, ids)

    # -- saving with optimistic locking ------------------------------------------------------------
    def article_version(self, article_id: int) -> int | None:
        row = self.conn.pg("SELECT version FROM articles WHERE id = %s", (article_id,)).fetchone()
        return row[0] if row else None

    def save_article_state(self, article_id: int, state: ArticleState, who: str = "本机",
                           base_version: int | None = None) -> int | None:
        """As Store.save_article_state; the row is locked (FOR UPDATE) while its version is compared,
        so of two desks saving from the same version one saves and the other gets EditConflict."""
        from ...editing.drafts import EditConflict, EditRefused, state_errors

        errors = state_errors(state)
        if errors:
            raise EditRefused(errors[0])
        with Transaction(self.conn):
            row = self.conn.pg("SELECT version FROM articles WHERE id = %s FOR UPDATE", (article_id,)).fetchone()
            if row is None:
                raise EditRefused("no_article")
            if base_version is not None and row[0] != base_version:
                raise EditConflict(edits.article_state(self.conn, article_id), row[0])
            rev = edits.save_article_state(self.conn, article_id, state, who)
            if rev is not None:
                self.conn.pg("UPDATE articles SET version = version + 1 WHERE id = %s", (article_id,))
        return rev

    # -- the store check ---------------------------------------------------------------------------
    def check_integrity(self, max_rows: int = 20) -> list[tuple[str, str]]:
        """"unindexed" (articles without tokens or key) and "foreign_key" cannot happen by
        construction on the server (constraints), so only the index is checked."""
        missing = self.conn.pg("SELECT count(*) FROM articles WHERE (tokens IS NULL OR sort_key IS NULL)"
                               " AND id NOT IN (SELECT article_id FROM trash)").fetchone()[0]
        return [("unindexed", str(missing))] if missing else []

    def tracking_history(self, article_id: int | None = None, limit: int = 500):
        """Every recorded change of a 督办 row (the trigger of schema 5), newest first."""
        from ...domain import TrackingChange

        where = "WHERE h.article_id = %(aid)s" if article_id is not None else ""
        rows = self.conn.pg(
            "SELECT h.at, h.who, h.article_id, a.title, h.task, h.action, h.changes FROM tracking_history h"
            f" LEFT JOIN articles a ON a.id = h.article_id {where} ORDER BY h.id DESC LIMIT %(limit)s",
            {"aid": article_id, "limit": limit}).fetchall()
        return [TrackingChange(at, who, aid, title, task, action, {k: tuple(v) for k, v in changes.items()})
                for at, who, aid, title, task, action, changes in rows]

    def set_tracking(self, article_id, task, tracking, tracking_id=None, base=None) -> int:
        """As the file's, and a conflict names who stored each clashing field (the 督办 history)."""
        from ...editing.tracking import TrackingConflict

        try:
            return super().set_tracking(article_id, task, tracking, tracking_id, base)
        except TrackingConflict as conflict:
            raise conflict.with_who(self._who_changed(conflict)) from None

    def _who_changed(self, conflict) -> dict[str, str]:
        """field -> the database user of the newest change of it on the conflict's row (history, schema 5)."""
        wanted = {c.field for c in conflict.clashes}
        found: dict[str, str] = {}
        try:
            rows = self.conn.pg("SELECT who, changes FROM tracking_history WHERE tracking_id = %s"
                                " ORDER BY id DESC LIMIT 200", (conflict.tracking_id,)).fetchall()
        except Exception:  # the name is a courtesy: the conflict is reported without it
            return found
        for who, changes in rows:
            for f in wanted - set(found):
                if f in changes:
                    found[f] = who
            if len(found) == len(wanted):
                break
        return found

    # -- the server's own ------------------------------------------------------------------------
    def tracking_changes(self, article_id: int) -> list[tuple]:
        """(updated_at, updated_by, status, lead_unit, due) of the article's 督办 rows, newest first."""
        return self.conn.pg("SELECT updated_at, updated_by, status, lead_unit, due FROM task_tracking"
                            " WHERE article_id = %s ORDER BY updated_at DESC, id DESC", (article_id,)).fetchall()
