"""Tables, indexes, the full-text index and migrations keyed on PRAGMA user_version.

The ordinary tables are made with sqlite-utils (`create_table`, `create_index`, `add_column`): each
step is a Python function on the step's connection, inside the step's transaction. The search
index, an FTS5 virtual table sqlite-utils does not make in this form, stays SQL (_V3). A later step
that SQLite's ALTER TABLE cannot do — change a column's type, default or NOT NULL, drop a column
on SQLite < 3.35, reorder columns — calls transform() below. sqlite-utils is imported only when a
step runs (a new or an older file): opening a current store, and so `zhengwen list` and the
window's first paint, never import it (~45 ms).

The tables are exactly those versions 1-5 made with SQL (tests/legacy_schema.py holds those
scripts; tests/core/test_schema_structure.py compares columns, types, defaults, keys, foreign-key
actions and unique indexes): stores in users' hands were made by that SQL.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable

SCHEMA_VERSION = 6

TYPE_CHECKING = False
if TYPE_CHECKING:
    import sqlite_utils

CASCADE = "CASCADE"  # the rows of an article's tables go with their article


def database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """sqlite-utils on the step's own connection, changing nothing about it (no recursive triggers,
    no plugins)."""
    import sqlite_utils

    return sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)


def _fk(column: str, table: str, other: str = "id"):
    from sqlite_utils.db import ForeignKey

    return ForeignKey(table="", column=column, other_table=table, other_column=other, on_delete=CASCADE)


def _v1(conn: sqlite3.Connection) -> None:
    db = database(conn)
    db.create_table("articles", {
        "id": int, "title": str, "subtitle": str, "source": str, "date": str, "views": int, "body": str,
        "path": str, "body_hash": str, "imported_at": str, "n_officials": int, "n_tasks": int,
        "fts_key": int,  # rowid in the search index: day << 20 | n-th of that day
    }, pk="id", not_null={"title", "subtitle", "source", "body", "body_hash", "imported_at", "n_officials", "n_tasks"},
        defaults={"subtitle": "", "source": "", "imported_at": "datetime('now')", "n_officials": 0, "n_tasks": 0})
    articles = db.table("articles")
    articles.create_index(["body_hash"], unique=True, index_name="articles_body_hash")
    articles.create_index(["fts_key"], unique=True, index_name="articles_fts_key")
    articles.create_index(["date", "id"], index_name="articles_date")
    articles.create_index(["source"], index_name="articles_source")
    db.create_table("officials", {"id": int, "article_id": int, "position": int, "name": str,
                                  "titles": str},  # JSON list of posts, each standing alone
                    pk="id", not_null={"article_id", "position", "name", "titles"}, foreign_keys=[_fk("article_id", "articles")])
    db.table("officials").create_index(["article_id"], index_name="officials_article")
    db.table("officials").create_index(["name"], index_name="officials_name")
    db.create_table("mentions", {"id": int, "official_id": int, "article_id": int,
                                 "start": int, "end": int},  # Python string indices into articles.body
                    pk="id", not_null={"official_id", "article_id", "start", "end"},
                    foreign_keys=[_fk("official_id", "officials"), _fk("article_id", "articles")])
    db.table("mentions").create_index(["official_id"], index_name="mentions_official")
    db.table("mentions").create_index(["article_id"], index_name="mentions_article")
    db.create_table("tasks", {"id": int, "article_id": int,
                              "task_key": str,  # "t1", "t2" … within the article
                              "parent_key": str, "level": int, "ordinal": str, "speaker": str, "text": str,
                              "start": int, "end": int},
                    pk="id", not_null={"article_id", "task_key", "level", "text", "start", "end"},
                    foreign_keys=[_fk("article_id", "articles")])
    db.table("tasks").create_index(["article_id", "task_key"], unique=True, index_name="tasks_article_key")
    db.table("tasks").create_index(["article_id"], index_name="tasks_article")
    for statement in _statements(_V1_SEARCH):
        conn.execute(statement)


# Contentless: the articles table is the source of truth; the indexes hold text made in Python
# (version 1's search_query made bigrams with positions / distinct characters; version 3 replaces both).
# Their rowid is articles.fts_key, so index order is date order.
_V1_SEARCH = """
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='', tokenize='unicode61 remove_diacritics 0');
-- Each article's distinct characters, for 1-character search; no positions needed.
CREATE VIRTUAL TABLE chars_fts USING fts5(chars, content='', detail='none', tokenize='unicode61 remove_diacritics 0');
"""


# Version 2: what people change is kept apart from what the extractor found (officials, mentions,
# tasks stay the extractor's, shifted with body edits), so that re-running extraction keeps every
# correction; 督办 tracking of tasks; edited article fields; a revision history.
def _v2(conn: sqlite3.Connection) -> None:
    db = database(conn)
    db.table("articles").add_column("tags", str, not_null_default="[]")  # JSON list
    db.table("articles").add_column("note", str, not_null_default="")
    db.table("articles").add_column("edited_at", str)
    db.table("mentions").add_column("review", int, not_null_default=0)  # an edit cut into it
    db.table("tasks").add_column("review", int, not_null_default=0)
    article = [_fk("article_id", "articles")]
    # Posts a person set for an official of the article (overriding the extractor's).
    db.create_table("manual_posts", {"article_id": int, "name": str, "titles": str},  # titles: JSON list
                    pk=("article_id", "name"), not_null={"article_id", "name", "titles"}, foreign_keys=article)
    # Mentions marked by hand.
    db.create_table("manual_mentions", {"id": int, "article_id": int, "name": str, "start": int, "end": int,
                                        "review": int},
                    pk="id", not_null={"article_id", "name", "start", "end", "review"}, defaults={"review": 0},
                    foreign_keys=article)
    db.table("manual_mentions").create_index(["article_id"], index_name="manual_mentions_article")
    # Ranges whose automatic highlights of one kind ('official' / 'task') a person removed.
    db.create_table("suppressions", {"id": int, "article_id": int, "kind": str, "start": int, "end": int},
                    pk="id", not_null={"article_id", "kind", "start", "end"}, foreign_keys=article)
    db.table("suppressions").create_index(["article_id"], index_name="suppressions_article")
    # Tasks marked by hand (task_key "m1", "m2" …).
    db.create_table("manual_tasks", {"id": int, "article_id": int, "task_key": str, "parent_key": str, "level": int,
                                     "ordinal": str, "speaker": str, "text": str, "start": int, "end": int,
                                     "review": int},
                    pk="id", not_null={"article_id", "task_key", "level", "text", "start", "end", "review"},
                    defaults={"review": 0}, foreign_keys=article)
    db.table("manual_tasks").create_index(["article_id", "task_key"], unique=True, index_name="manual_tasks_article_key")
    # Speaker or level changes of automatic tasks, anchored by text and place (NULL: the extractor's).
    anchor = {"id": int, "article_id": int, "anchor_start": int, "anchor_end": int, "anchor_text": str}
    anchored = {"article_id", "anchor_start", "anchor_end", "anchor_text"}
    db.create_table("task_overrides", {**anchor, "speaker": str, "level": int}, pk="id", not_null=anchored,
                    foreign_keys=article)
    db.table("task_overrides").create_index(["article_id"], index_name="task_overrides_article")
    # 督办 fields of a task, anchored like an override; re-anchored whenever the article's tasks change.
    fields = {"lead_unit": "", "assist_units": "", "leader": "", "due": "", "status": "not_started",
              "progress": "[]",  # JSON list of [date, text]
              "remark": "", "updated_at": "datetime('now', 'localtime')"}
    db.create_table("task_tracking", {**anchor, **{name: str for name in fields}}, pk="id",
                    not_null=anchored | set(fields), defaults=fields, foreign_keys=article)
    db.table("task_tracking").create_index(["article_id"], index_name="task_tracking_article")
    db.table("task_tracking").create_index(["status"], index_name="task_tracking_status")
    # Every saved change of an article: the state before it (JSON) makes a revert possible.
    db.create_table("revisions", {"id": int, "article_id": int, "at": str, "who": str,
                                  "changes": str,  # JSON {field: [old, new]}
                                  "before": str},  # JSON of the article state before the change
                    pk="id", not_null={"article_id", "at", "who", "changes", "before"},
                    defaults={"at": "datetime('now', 'localtime')"}, foreign_keys=article)
    db.table("revisions").create_index(["article_id", "id"], index_name="revisions_article")


# Version 3: one search index without positions (detail=none) instead of a bigram index with
# positions and a character index: about 1.3x the text instead of 2.2x, and every word is narrowed by
# it (search_query.index_text). The articles keep their keys; the new index is filled in the same
# transaction (REINDEX_AFTER), so a store is never left half-indexed.
_V3 = """
DROP TABLE articles_fts;
DROP TABLE chars_fts;
CREATE VIRTUAL TABLE search_fts USING fts5(tokens, content='', detail='none',
                                           tokenize='unicode61 remove_diacritics 0');
-- A 16 MB token buffer (default 1 MB) halves the cost of indexing a large batch (bench/bench_app.py).
INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 16777216);
"""


# Version 4: the trash (回收站). A deleted article keeps its row and everything hanging on it
# (corrections, 督办, revisions) so that a restore brings it back whole; it only leaves the search
# index, and every list, count and statistic leaves out the ids of this table. A table of its own
# rather than a column: `id NOT IN (SELECT article_id FROM trash)` is answered from the rowid the
# date and key indexes already carry, so the list of a million articles is still read off an
# index without touching one 4.5 KB row, and adding it rewrites nothing.
def _v4(conn: sqlite3.Connection) -> None:
    database(conn).create_table("trash", {"article_id": int, "deleted_at": str}, pk="article_id",
                                not_null={"deleted_at"}, defaults={"deleted_at": "datetime('now', 'localtime')"},
                                foreign_keys=[_fk("article_id", "articles")])


# Version 5: 督办 of chosen tasks (store/tracking.py). A tracking row's `tracked`: 1 chosen, 0 left out,
# NULL as its article says; rows written before were someone's 督办 work, so they stay tracked.
# Whole articles and rules ("every task of articles from source X / with tag Y") in tables of their own.
def _v5(conn: sqlite3.Connection) -> None:
    db = database(conn)
    db.table("task_tracking").add_column("tracked", int)
    conn.execute("UPDATE task_tracking SET tracked = 1")
    added = {"added_at": "datetime('now', 'localtime')"}
    db.create_table("tracked_articles", {"article_id": int, "added_at": str}, pk="article_id",
                    not_null={"added_at"}, defaults=added, foreign_keys=[_fk("article_id", "articles")])
    db.create_table("tracking_rules", {"id": int, "kind": str,  # 'source' or 'tag'
                                       "value": str, "added_at": str},
                    pk="id", not_null={"kind", "value", "added_at"}, defaults=added)
    db.table("tracking_rules").create_index(["kind", "value"], unique=True, index_name="tracking_rules_kind_value")


# Version 6: saved searches belong to the library (store/named_searches.py), no longer to the desk's
# settings, so that `zhengwen copy` carries them. `owner` '' is the desk's own; a row copied from a
# server library keeps its user's name. `filters`: JSON of search.filters.Filters.to_dict().
def _v6(conn: sqlite3.Connection) -> None:
    db = database(conn)
    db.create_table("saved_searches", {"id": int, "owner": str, "name": str, "text": str, "filters": str,
                                       "saved_at": str},
                    pk="id", not_null={"owner", "name", "text", "filters", "saved_at"},
                    defaults={"owner": "", "text": "", "filters": "{}", "saved_at": "datetime('now', 'localtime')"})
    db.table("saved_searches").create_index(["owner", "name"], unique=True, index_name="saved_searches_owner_name")


# A step is SQL (run statement by statement) or a function of the connection; each runs inside its
# own transaction (migrate).
MIGRATIONS: dict[int, str | Callable[[sqlite3.Connection], None]] = {1: _v1, 2: _v2, 3: _V3, 4: _v4, 5: _v5, 6: _v6}
REINDEX_AFTER = {3}


def transform(conn: sqlite3.Connection, table: str, **changes) -> None:
    """A change SQLite's ALTER TABLE cannot make (a column's type, default or NOT NULL; dropping or
    reordering columns): sqlite-utils' table.transform() — a new table, the rows copied, the old one
    dropped, its indexes made again — inside the step's transaction. For a migration step; `changes`
    as transform() takes them (types=, defaults=, not_null=, drop=, rename=, column_order=).
    The rows of tables whose foreign keys point at `table` with ON DELETE CASCADE would go with the
    old table: sqlite-utils refuses such a table while foreign keys are on, as they are here."""
    database(conn).table(table).transform(**changes)


def tables(version: int = SCHEMA_VERSION) -> set[str]:
    """The tables (virtual tables included, their shadow tables not) a store of schema `version`
    has: the migrations run on an empty database in memory."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(conn, until=version)
        return {name for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
                if not name.startswith("sqlite_") and not _is_shadow(name, sql)}
    finally:
        conn.close()


def _is_shadow(name: str, sql: str | None) -> bool:
    # FTS5's own tables (search_fts_data, _idx, _docsize, _config) are made by SQLite, not by a step.
    return (sql or "").startswith("CREATE TABLE '") and "_fts_" in name


def _statements(script: str) -> list[str]:
    """A migration script's statements one by one (executescript would commit the open transaction)."""
    out: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            out.append(current)
            current = ""
    return out


def migrate(conn: sqlite3.Connection, reindex: Callable[[sqlite3.Connection], None] | None = None,
            until: int = SCHEMA_VERSION) -> None:
    """Bring the file up to SCHEMA_VERSION (or `until`), one step per version, each in its own
    transaction. `reindex(conn)` fills the search index inside the steps of REINDEX_AFTER."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise RuntimeError(f"store schema {version} is newer than this program ({SCHEMA_VERSION})")
    secure_delete = conn.execute("PRAGMA secure_delete").fetchone()[0]
    for target in range(version + 1, min(until, SCHEMA_VERSION) + 1):
        if target in REINDEX_AFTER:
            # Builds such as Debian's zero every freed page; a dropped index holds nothing the
            # articles do not, and zeroing it doubled the writes of the step (gigabytes at 1M).
            conn.execute("PRAGMA secure_delete = FAST")
        try:
            # The version is read again under the write lock: another process creating or upgrading
            # the same file at the same moment has then either done this step or not begun it.
            conn.execute("BEGIN IMMEDIATE")
            if conn.execute("PRAGMA user_version").fetchone()[0] >= target:
                conn.execute("COMMIT")
                continue
            step = MIGRATIONS[target]
            if isinstance(step, str):
                for statement in _statements(step):
                    conn.execute(statement)
            else:
                step(conn)
            if target in REINDEX_AFTER and reindex is not None:
                reindex(conn)
            conn.execute(f"PRAGMA user_version = {target}")
            conn.execute("COMMIT")
        except BaseException:
            # A step that fails half-way must not leave its transaction (and the write lock) open.
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        finally:
            conn.execute(f"PRAGMA secure_delete = {int(secure_delete)}")
