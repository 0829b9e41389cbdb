"""The schema's migration scripts as versions 1-5 of the program shipped them, in SQL: stores in
users' hands were made by exactly these. The program now makes the ordinary tables with sqlite-utils
(store/schema.py); tests build old stores from these scripts and check that the program's tables
have the same structure (tests/core/test_schema_structure.py)."""

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
-- (version 1's search_query made bigrams with positions / distinct characters; version 3 replaces both).
-- Their rowid is articles.fts_key, so index order is date order.
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='', tokenize='unicode61 remove_diacritics 0');
-- Each article's distinct characters, for 1-character search; no positions needed.
CREATE VIRTUAL TABLE chars_fts USING fts5(chars, content='', detail='none', tokenize='unicode61 remove_diacritics 0');
"""

# Version 2: what people change is kept apart from what the extractor found (officials, mentions,
# tasks stay the extractor's, shifted with body edits), so that re-running extraction keeps every
# correction; 督办 tracking of tasks; edited article fields; a revision history.
_V2 = """
ALTER TABLE articles ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';   -- JSON list
ALTER TABLE articles ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN edited_at TEXT;
ALTER TABLE mentions ADD COLUMN review INTEGER NOT NULL DEFAULT 0;  -- an edit cut into it
ALTER TABLE tasks ADD COLUMN review INTEGER NOT NULL DEFAULT 0;

-- Posts a person set for an official of the article (overriding the extractor's).
CREATE TABLE manual_posts (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    titles TEXT NOT NULL,           -- JSON list
    PRIMARY KEY (article_id, name)
);
-- Mentions marked by hand.
CREATE TABLE manual_mentions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    review INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX manual_mentions_article ON manual_mentions(article_id);
-- Ranges whose automatic highlights of one kind ('official' / 'task') a person removed.
CREATE TABLE suppressions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);
CREATE INDEX suppressions_article ON suppressions(article_id);
-- Tasks marked by hand (task_key "m1", "m2" …).
CREATE TABLE manual_tasks (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    task_key TEXT NOT NULL,
    parent_key TEXT,
    level INTEGER NOT NULL,
    ordinal TEXT,
    speaker TEXT,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    review INTEGER NOT NULL DEFAULT 0,
    UNIQUE(article_id, task_key)
);
-- Speaker or level changes of automatic tasks, anchored by text and place (NULL: the extractor's).
CREATE TABLE task_overrides (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    anchor_start INTEGER NOT NULL,
    anchor_end INTEGER NOT NULL,
    anchor_text TEXT NOT NULL,
    speaker TEXT,
    level INTEGER
);
CREATE INDEX task_overrides_article ON task_overrides(article_id);
-- 督办 fields of a task, anchored like an override; re-anchored whenever the article's tasks change.
CREATE TABLE task_tracking (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    anchor_start INTEGER NOT NULL,
    anchor_end INTEGER NOT NULL,
    anchor_text TEXT NOT NULL,
    lead_unit TEXT NOT NULL DEFAULT '',
    assist_units TEXT NOT NULL DEFAULT '',
    leader TEXT NOT NULL DEFAULT '',
    due TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'not_started',
    progress TEXT NOT NULL DEFAULT '[]',   -- JSON list of [date, text]
    remark TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
);
CREATE INDEX task_tracking_article ON task_tracking(article_id);
CREATE INDEX task_tracking_status ON task_tracking(status);
-- Every saved change of an article: the state before it (JSON) makes a revert possible.
CREATE TABLE revisions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    who TEXT NOT NULL,
    changes TEXT NOT NULL,          -- JSON {field: [old, new]}
    before TEXT NOT NULL            -- JSON of the article state before the change
);
CREATE INDEX revisions_article ON revisions(article_id, id);
"""

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
_V4 = """
CREATE TABLE trash (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    deleted_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
);
"""

# Version 5: 督办 of chosen tasks (store/tracking.py). A tracking row's `tracked`: 1 chosen, 0 left out,
# NULL as its article says; rows written before were someone's 督办 work, so they stay tracked.
# Whole articles and rules ("every task of articles from source X / with tag Y") in tables of their own.
_V5 = """
ALTER TABLE task_tracking ADD COLUMN tracked INTEGER;
UPDATE task_tracking SET tracked = 1;
CREATE TABLE tracked_articles (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    added_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
);
CREATE TABLE tracking_rules (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,             -- 'source' or 'tag'
    value TEXT NOT NULL,
    added_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    UNIQUE (kind, value)
);
"""

LEGACY = {1: _V1, 2: _V2, 3: _V3, 4: _V4, 5: _V5}


def build(conn, version: int) -> None:
    """Bring an empty file (a connection with isolation_level=None) to schema `version` as the
    program of that version did."""
    for v in range(1, min(version, max(LEGACY)) + 1):
        conn.executescript("BEGIN;" + LEGACY[v] + f"PRAGMA user_version = {v}; COMMIT;")
    if version > max(LEGACY):  # later versions were never SQL scripts: their steps made them
        from desktop_app.store import schema

        schema.migrate(conn, until=version)
