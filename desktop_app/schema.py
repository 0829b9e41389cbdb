"""Tables, indexes, the full-text index and migrations keyed on PRAGMA user_version."""
from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 1

_V1 = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    subtitle TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    date TEXT,
    views INTEGER,
    body TEXT NOT NULL,
    path TEXT,
    body_hash TEXT NOT NULL UNIQUE,
    imported_at TEXT NOT NULL DEFAULT (datetime('now')),
    n_officials INTEGER NOT NULL DEFAULT 0,
    n_tasks INTEGER NOT NULL DEFAULT 0,
    fts_key INTEGER UNIQUE          -- rowid in the search indexes: day << 20 | n-th of that day
);
CREATE INDEX articles_date ON articles(date, id);
CREATE INDEX articles_source ON articles(source);

CREATE TABLE officials (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    titles TEXT NOT NULL            -- JSON list of posts, each standing alone
);
CREATE INDEX officials_article ON officials(article_id);
CREATE INDEX officials_name ON officials(name);

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    official_id INTEGER NOT NULL REFERENCES officials(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,         -- Python string index into articles.body
    "end" INTEGER NOT NULL
);
CREATE INDEX mentions_official ON mentions(official_id);
CREATE INDEX mentions_article ON mentions(article_id);

CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    task_key TEXT NOT NULL,         -- "t1", "t2" … within the article
    parent_key TEXT,
    level INTEGER NOT NULL,
    ordinal TEXT,
    speaker TEXT,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    UNIQUE(article_id, task_key)
);
CREATE INDEX tasks_article ON tasks(article_id);

-- Contentless: the articles table is the source of truth; the indexes hold text made in Python
-- (search_query.bigram_text / char_text). Their rowid is articles.fts_key, so index order is date order.
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='', tokenize='unicode61 remove_diacritics 0');
-- Each article's distinct characters, for 1-character search; no positions needed.
CREATE VIRTUAL TABLE chars_fts USING fts5(chars, content='', detail='none', tokenize='unicode61 remove_diacritics 0');
"""

MIGRATIONS = {1: _V1}


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the file up to SCHEMA_VERSION, one step per version, each in its own transaction."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise RuntimeError(f"store schema {version} is newer than this program ({SCHEMA_VERSION})")
    for target in range(version + 1, SCHEMA_VERSION + 1):
        conn.executescript("BEGIN;" + MIGRATIONS[target] + f"PRAGMA user_version = {target}; COMMIT;")
