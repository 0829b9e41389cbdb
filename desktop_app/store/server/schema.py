"""The server library's tables, roles and migrations (keyed on zhengwen_meta.schema_version).

The tables are the SQLite store's (store/schema.py, version 3) so that the store modules shared by
both backends (spans, edits, tracking, stats) run on either; what differs:
- the search index is a column: `tokens text[]` (store/tokens.py's distinct bigrams, characters and
  escapes) with a GIN index, and `sort_key` = day << 40 | a sequence number gives list order (the
  SQLite store's fts_key, without a per-day counter two importers would race for);
- every text column people search or sort is COLLATE "C": code-point order and an ASCII-only
  lower(), which is what SQLite's BINARY collation and lower() do;
- `version` (optimistic locking of saves), `updated_by` on 督办 rows and the database user in
  revisions.who, set by triggers so no client can leave them out;
- a trigger NOTIFYs every 督办 change (windows LISTEN, server/notify.py);
- three group roles, enforced with GRANTs: read (阅读), edit (编辑), admin (管理).
"""
from __future__ import annotations

SCHEMA_VERSION = 7
ROLES = {"read": "zhengwen_read", "edit": "zhengwen_edit", "admin": "zhengwen_admin"}
CHANNEL = "zhengwen_tracking"

_C = 'COLLATE "C"'

_V1 = f"""
CREATE TABLE articles (
    id bigserial PRIMARY KEY,
    title text {_C} NOT NULL,
    subtitle text {_C} NOT NULL DEFAULT '',
    source text {_C} NOT NULL DEFAULT '',
    date text {_C},
    views bigint,
    body text {_C} NOT NULL,
    path text {_C},
    body_hash text {_C} NOT NULL UNIQUE,   -- two importers of one file: ON CONFLICT keeps one copy
    imported_at text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'),
    n_officials integer NOT NULL DEFAULT 0,
    n_tasks integer NOT NULL DEFAULT 0,
    sort_key bigint,                      -- day << 40 | nextval(article_order): newest first = DESC
    tokens text[] {_C},                   -- the search index (store/tokens.py)
    tags text {_C} NOT NULL DEFAULT '[]',
    note text {_C} NOT NULL DEFAULT '',
    edited_at text,
    version integer NOT NULL DEFAULT 1    -- +1 on every save: a save from an older version conflicts
);
CREATE SEQUENCE article_order;
CREATE INDEX articles_sort ON articles(sort_key);
CREATE INDEX articles_date ON articles(date, id);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_tokens ON articles USING gin(tokens);
-- The body is read only to confirm a substring: kept out of line and uncompressed, so the list's
-- row stays small and strpos() reads it without decompressing.
ALTER TABLE articles ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE articles ALTER COLUMN tokens SET STATISTICS 1000;

CREATE TABLE officials (
    id bigserial PRIMARY KEY,
    article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position integer NOT NULL,
    name text {_C} NOT NULL,
    titles text {_C} NOT NULL
);
CREATE INDEX officials_article ON officials(article_id);
CREATE INDEX officials_name ON officials(name);

CREATE TABLE mentions (
    id bigserial PRIMARY KEY,
    official_id bigint NOT NULL REFERENCES officials(id) ON DELETE CASCADE,
    article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start integer NOT NULL,
    "end" integer NOT NULL,
    review integer NOT NULL DEFAULT 0
);
CREATE INDEX mentions_official ON mentions(official_id);
CREATE INDEX mentions_article ON mentions(article_id);

CREATE TABLE tasks (
    id bigserial PRIMARY KEY,
    article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    task_key text {_C} NOT NULL,
    parent_key text {_C},
    level integer NOT NULL,
    ordinal text {_C},
    speaker text {_C},
    text text {_C} NOT NULL,
    start integer NOT NULL,
    "end" integer NOT NULL,
    review integer NOT NULL DEFAULT 0,
    UNIQUE(article_id, task_key)
);

CREATE TABLE manual_posts (
    rowid bigserial,                      -- insertion order, which spans.corrections reads back
    article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name text {_C} NOT NULL,
    titles text {_C} NOT NULL,
    PRIMARY KEY (article_id, name)
);
CREATE TABLE manual_mentions (
    id bigserial PRIMARY KEY,
    article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name text {_C} NOT NULL,
    start integer NOT NULL,
    "end" integer NOT NULL,
    review integer NOT NULL DEFAULT 0
);
CREATE INDEX manual_mentions_article ON manual_mentions(article_id);
CREATE TABLE suppressions (
    id bigserial PRIMARY KEY,
    article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind text {_C} NOT NULL,
    start integer NOT NULL,
    "end" integer NOT NULL
);
CREATE INDEX suppressions_article ON suppressions(article_id);
CREATE TABLE manual_tasks (
    id bigserial PRIMARY KEY,
    article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    task_key text {_C} NOT NULL,
    parent_key text {_C},
    level integer NOT NULL,
    ordinal text {_C},
    speaker text {_C},
    text text {_C} NOT NULL,
    start integer NOT NULL,
    "end" integer NOT NULL,
    review integer NOT NULL DEFAULT 0,
    UNIQUE(article_id, task_key)
);
CREATE TABLE task_overrides (
    id bigserial PRIMARY KEY,
    article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    anchor_start integer NOT NULL,
    anchor_end integer NOT NULL,
    anchor_text text {_C} NOT NULL,
    speaker text {_C},
    level integer
);
CREATE INDEX task_overrides_article ON task_overrides(article_id);
CREATE TABLE task_tracking (
    id bigserial PRIMARY KEY,
    article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    anchor_start integer NOT NULL,
    anchor_end integer NOT NULL,
    anchor_text text {_C} NOT NULL,
    lead_unit text {_C} NOT NULL DEFAULT '',
    assist_units text {_C} NOT NULL DEFAULT '',
    leader text {_C} NOT NULL DEFAULT '',
    due text {_C} NOT NULL DEFAULT '',
    status text {_C} NOT NULL DEFAULT 'not_started',
    progress text {_C} NOT NULL DEFAULT '[]',
    remark text {_C} NOT NULL DEFAULT '',
    updated_at text NOT NULL DEFAULT to_char(localtimestamp, 'YYYY-MM-DD HH24:MI:SS'),
    updated_by text NOT NULL DEFAULT session_user
);
CREATE INDEX task_tracking_article ON task_tracking(article_id);
CREATE INDEX task_tracking_status ON task_tracking(status);
CREATE TABLE revisions (
    id bigserial PRIMARY KEY,
    article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    at text NOT NULL DEFAULT to_char(localtimestamp, 'YYYY-MM-DD HH24:MI:SS'),
    who text NOT NULL,
    changes text NOT NULL,
    before text NOT NULL
);
CREATE INDEX revisions_article ON revisions(article_id, id);
-- The trash (回收站, store/trash.py): a trashed article keeps its rows, leaves search (tokens NULL).
CREATE TABLE trash (
    article_id bigint PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    deleted_at text NOT NULL DEFAULT to_char(localtimestamp, 'YYYY-MM-DD HH24:MI:SS'),
    rowid bigserial                       -- deletion order, which trash.trashed reads back
);

-- SQLite's datetime('now'[, 'localtime']) and instr(), which the shared store modules call.
CREATE FUNCTION datetime(what text, modifier text DEFAULT NULL) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT to_char(CASE WHEN modifier = 'localtime' THEN localtimestamp ELSE now() AT TIME ZONE 'UTC' END,
                   'YYYY-MM-DD HH24:MI:SS') $$;
CREATE FUNCTION instr(haystack text, needle text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
    SELECT strpos(haystack, needle) $$;

-- Who did it: the database user, whatever the client says (kept beside what it says, e.g. 导入更新).
-- `zhengwen copy` keeps the who of copied history: only an admin may ask for that (zhengwen.keep_who).
CREATE FUNCTION stamp_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('zhengwen.keep_who', true) = 'on'
       AND pg_has_role(session_user, 'zhengwen_admin', 'MEMBER') THEN
        RETURN NEW;
    END IF;
    IF NEW.who IS NULL OR NEW.who IN ('', '本机') OR NEW.who = session_user THEN
        NEW.who := session_user;
    ELSE
        NEW.who := session_user || ' (' || NEW.who || ')';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER revisions_who BEFORE INSERT ON revisions FOR EACH ROW EXECUTE FUNCTION stamp_revision();

CREATE FUNCTION stamp_tracking() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('zhengwen.keep_who', true) = 'on' AND TG_OP = 'INSERT'
       AND pg_has_role(session_user, 'zhengwen_admin', 'MEMBER') THEN
        RETURN NEW;
    END IF;
    NEW.updated_by := session_user;
    RETURN NEW;
END $$;
CREATE TRIGGER task_tracking_who BEFORE INSERT OR UPDATE ON task_tracking FOR EACH ROW
    EXECUTE FUNCTION stamp_tracking();

-- Every 督办 change tells the open windows which article changed (payload: article id).
CREATE FUNCTION notify_tracking() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', COALESCE(NEW.article_id, OLD.article_id)::text);
    RETURN NULL;
END $$;
CREATE TRIGGER task_tracking_notify AFTER INSERT OR UPDATE OR DELETE ON task_tracking FOR EACH ROW
    EXECUTE FUNCTION notify_tracking();
"""

# Version 2: 督办 of chosen tasks, as the SQLite store's version 5 (store/tracking.py).
_V2 = f"""
ALTER TABLE task_tracking ADD COLUMN tracked integer;
UPDATE task_tracking SET tracked = 1;
CREATE TABLE tracked_articles (
    article_id bigint PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    added_at text NOT NULL DEFAULT to_char(localtimestamp, 'YYYY-MM-DD HH24:MI:SS')
);
CREATE TABLE tracking_rules (
    id bigserial PRIMARY KEY,
    kind text {_C} NOT NULL,
    value text {_C} NOT NULL,
    added_at text NOT NULL DEFAULT to_char(localtimestamp, 'YYYY-MM-DD HH24:MI:SS'),
    UNIQUE (kind, value)
);
"""

# Version 3: the tokens column compressed with lz4 where the server has it (PostgreSQL 14+ built with
# lz4, as Debian's is): storing an article's ~1,500 tokens with pglz took about as long as adding
# them to the GIN index; lz4 is several times faster to write and to read. New rows only.
_V3 = """
DO $$ BEGIN
    ALTER TABLE articles ALTER COLUMN tokens SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR syntax_error THEN NULL;
END $$;
"""

# Version 4: an import's session lets the GIN index's pending list grow (server/core.py,
# ServerStore.importing) and empties it into the index when the import ends. Emptying it
# (gin_clean_pending_list) is the index owner's right; this function lends it to editors, and only it.
_V4 = """
CREATE FUNCTION zhengwen_flush_search_index() RETURNS bigint LANGUAGE sql SECURITY DEFINER
    SET search_path FROM CURRENT SET maintenance_work_mem = '64MB'
    AS $$ SELECT gin_clean_pending_list('articles_tokens'::regclass) $$;
REVOKE ALL ON FUNCTION zhengwen_flush_search_index() FROM PUBLIC;
"""

# Version 5: 督办 history. Every change of a 督办 row is recorded by the server itself, with the
# database user (ui/tracking_history.py shows it in words). The trigger function runs as the
# library's owner (SECURITY DEFINER) and no desk may write the table: history cannot be made up or
# rewritten from a desk. No foreign key to articles: deleting an article deletes its 督办 rows, whose
# trigger runs while the article is already gone (those last deletions are not recorded).
_V5 = f"""
CREATE TABLE tracking_history (
    id bigserial PRIMARY KEY,
    article_id bigint NOT NULL,
    tracking_id bigint NOT NULL,
    task text {_C} NOT NULL,              -- the task's text when it was changed
    at text NOT NULL DEFAULT to_char(localtimestamp, 'YYYY-MM-DD HH24:MI:SS'),
    who text NOT NULL DEFAULT session_user,
    action text NOT NULL,                 -- insert / update / delete
    changes jsonb NOT NULL                -- {{field: [before, after]}} of the fields that changed
);
CREATE INDEX tracking_history_article ON tracking_history(article_id, id);

CREATE FUNCTION record_tracking_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
DECLARE
    before jsonb := CASE WHEN TG_OP = 'INSERT' THEN '{{}}'::jsonb ELSE to_jsonb(OLD) END;
    after jsonb := CASE WHEN TG_OP = 'DELETE' THEN '{{}}'::jsonb ELSE to_jsonb(NEW) END;
    diff jsonb := '{{}}'::jsonb;
    f text;
BEGIN
    IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM articles WHERE id = OLD.article_id) THEN
        RETURN NULL;
    END IF;
    FOREACH f IN ARRAY ARRAY['tracked', 'status', 'lead_unit', 'assist_units', 'leader', 'due', 'progress', 'remark']
    LOOP
        IF (before -> f) IS DISTINCT FROM (after -> f) THEN
            diff := diff || jsonb_build_object(f, jsonb_build_array(before -> f, after -> f));
        END IF;
    END LOOP;
    IF TG_OP = 'UPDATE' AND diff = '{{}}'::jsonb THEN
        RETURN NULL;  -- saved again as it was (or only the anchor moved with an edit of the text)
    END IF;
    INSERT INTO tracking_history(article_id, tracking_id, task, who, action, changes)
    VALUES (COALESCE(NEW.article_id, OLD.article_id), COALESCE(NEW.id, OLD.id),
            COALESCE(NEW.anchor_text, OLD.anchor_text), session_user, lower(TG_OP), diff);
    RETURN NULL;
END $$;
CREATE TRIGGER task_tracking_history AFTER INSERT OR UPDATE OR DELETE ON task_tracking FOR EACH ROW
    EXECUTE FUNCTION record_tracking_change();
"""

# Version 6: saved searches in the library (store/named_searches.py), each its owner's: the database
# user who saved it (set by the server, not the desk). Row-level security: a user sees and changes
# only their own, readers included (a saved search changes no article); an administrator sees and
# changes all (zhengwen copy keeps their owners, with zhengwen.keep_who as for the history).
_ADMIN = ROLES["admin"]
_V6 = f"""
CREATE TABLE saved_searches (
    id bigserial PRIMARY KEY,
    owner text {_C} NOT NULL DEFAULT session_user,
    name text {_C} NOT NULL,
    text text {_C} NOT NULL DEFAULT '',
    filters text {_C} NOT NULL DEFAULT '{{}}',
    saved_at text NOT NULL DEFAULT to_char(localtimestamp, 'YYYY-MM-DD HH24:MI:SS'),
    UNIQUE (owner, name)
);
CREATE FUNCTION stamp_saved_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('zhengwen.keep_who', true) = 'on'
       AND pg_has_role(session_user, '{_ADMIN}', 'MEMBER') THEN
        RETURN NEW;
    END IF;
    NEW.owner := session_user;
    RETURN NEW;
END $$;
CREATE TRIGGER saved_searches_owner BEFORE INSERT ON saved_searches FOR EACH ROW
    EXECUTE FUNCTION stamp_saved_search();
ALTER TABLE saved_searches ENABLE ROW LEVEL SECURITY;
CREATE POLICY saved_searches_own ON saved_searches
    USING (owner = session_user) WITH CHECK (owner = session_user);
CREATE POLICY saved_searches_admin ON saved_searches TO {_ADMIN} USING (true) WITH CHECK (true);
"""


def _v7(conn) -> None:
    """Version 7: every article's spaced tokens (server/index.py: "晓_出" for 晓, a space, 出), added
    to the tokens it has. Only articles with such a pair change (0.7 % of the bench's million); the
    others are read once to find them (the test runs on the server, the tokens are made here by the
    same code as an import's)."""
    from ..tokens import _RUN_CLASS
    from .index import spaced_tokens

    pattern = f"{_RUN_CLASS} {_RUN_CLASS}"  # finds the articles to read; spaced_tokens decides
    rows = conn.execute(
        "SELECT id, title, subtitle, body FROM articles WHERE tokens IS NOT NULL"
        " AND (strpos(body, ' ') > 0 OR strpos(title, ' ') > 0 OR strpos(subtitle, ' ') > 0)"
        " AND (body ~ %(p)s OR title ~ %(p)s OR subtitle ~ %(p)s)", {"p": pattern}).fetchall()
    for aid, title, subtitle, body in rows:
        extra = sorted(spaced_tokens(f"{title}\n{subtitle}\n{body}"))
        if extra:
            conn.execute("UPDATE articles SET tokens = tokens || %s::text[] WHERE id = %s", (extra, aid))


MIGRATIONS = {1: _V1, 2: _V2, 3: _V3, 4: _V4, 5: _V5, 6: _V6, 7: _v7}
# Steps that read every article: run without a statement timeout (migrate()).
_LONG_STEPS = {7}

# What each role may do. Edit users change articles, corrections and 督办 (saving an article rewrites
# its span rows: DELETE there); only admin deletes articles or history, and manages users.
_SPAN_TABLES = ("officials", "mentions", "tasks", "manual_posts", "manual_mentions", "suppressions",
                "manual_tasks", "task_overrides", "task_tracking",
                "tracked_articles", "tracking_rules")  # 督办 choices: edit users add and remove them


def grants(schema: str = "public") -> list[str]:
    r, e, a = ROLES["read"], ROLES["edit"], ROLES["admin"]
    spans = ", ".join(_SPAN_TABLES)
    return [
        f"GRANT USAGE ON SCHEMA {schema} TO {r}, {e}, {a}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {r}, {e}, {a}",
        f"GRANT INSERT, UPDATE ON ALL TABLES IN SCHEMA {schema} TO {e}, {a}",
        f"REVOKE UPDATE ON revisions FROM {e}",
        f"GRANT DELETE ON {spans} TO {e}, {a}",
        f"GRANT DELETE ON articles, revisions, trash TO {a}",
        f"REVOKE INSERT, UPDATE ON trash FROM {e}",  # delete and restore are the admin's
        f"GRANT INSERT, UPDATE ON trash TO {a}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {e}, {a}",
        f"GRANT UPDATE ON revisions TO {a}",
        f"REVOKE INSERT, UPDATE ON zhengwen_meta FROM {e}, {a}",
        f"GRANT EXECUTE ON FUNCTION zhengwen_flush_search_index() TO {e}, {a}",
        f"REVOKE INSERT, UPDATE, DELETE ON tracking_history FROM {e}, {a}",  # written by its trigger only
        # Everyone keeps their own saved searches (row-level security decides whose rows).
        f"GRANT INSERT, UPDATE, DELETE ON saved_searches TO {r}, {e}, {a}",
        f"GRANT USAGE ON SEQUENCE saved_searches_id_seq TO {r}",
    ]


def ensure_roles(conn) -> None:
    """The three group roles (NOLOGIN: people log in as their own users, members of one)."""
    for role in ROLES.values():
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
        if not exists:
            conn.execute(f"CREATE ROLE {role} NOLOGIN")
    # An admin can do what an editor can, an editor what a reader can.
    conn.execute(f"GRANT {ROLES['read']} TO {ROLES['edit']}")
    conn.execute(f"GRANT {ROLES['edit']} TO {ROLES['admin']}")


def version(conn) -> int:
    """The library's schema version; 0 for a database `server init` has not prepared."""
    has_meta = conn.execute("SELECT to_regclass('zhengwen_meta') IS NOT NULL").fetchone()[0]
    if not has_meta:
        return 0
    row = conn.execute("SELECT value FROM zhengwen_meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(conn) -> int:
    """Bring the database to SCHEMA_VERSION, one step per version, each in its own transaction;
    the roles' GRANTs are renewed with the last step. The version reached."""
    with conn.transaction():
        # One migrator at a time: two desks upgrading at once wait for each other.
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('zhengwen_migrate'))")
        conn.execute("CREATE TABLE IF NOT EXISTS zhengwen_meta (key text PRIMARY KEY, value text NOT NULL)")
        current = version(conn)
        if current > SCHEMA_VERSION:
            raise RuntimeError(f"server library schema {current} is newer than this program ({SCHEMA_VERSION})")
        if current < SCHEMA_VERSION:
            # Only the library's owner may upgrade it: a desk learns that at once, not after a step
            # that reads every article (version 7) fails at its end (InsufficientPrivilege).
            conn.execute("UPDATE zhengwen_meta SET value = value WHERE key = 'schema_version'")
        ensure_roles(conn)  # a step's policies name them
        for target in range(current + 1, SCHEMA_VERSION + 1):
            with conn.transaction():
                step = MIGRATIONS[target]
                if target in _LONG_STEPS:
                    conn.execute("SET LOCAL statement_timeout = 0")
                if callable(step):
                    step(conn)
                else:
                    conn.execute(step)
                conn.execute("INSERT INTO zhengwen_meta VALUES ('schema_version', %s) ON CONFLICT (key)"
                             " DO UPDATE SET value = excluded.value", (str(target),))
        ensure_roles(conn)
        for g in grants():
            conn.execute(g)
    return SCHEMA_VERSION
