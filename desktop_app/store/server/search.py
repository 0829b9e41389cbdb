"""Search on the server: a parsed query -> SQL with exactly the SQLite store's semantics.

Every word is looked up by store/tokens.py's plan: the article rows whose `tokens` (GIN) hold all
its tokens; a word the tokens decide alone (one or two run characters, one other character) needs
nothing more, any other is confirmed with strpos() on the title, subtitle or body, ASCII case
ignored (columns are COLLATE "C", whose lower() folds only A-Z, like SQLite's). The substring tests
sit outside an ordered subquery (OFFSET 0 keeps PostgreSQL from pushing them down), so the first
page confirms candidates newest first and stops at the page's end instead of reading every body.
"""
from __future__ import annotations

from typing import Iterable

from ...search.query import Query, parse_query
from ..search import SORT_COLUMNS
from ..tokens import has_ascii_letter, plan_term
from .index import spaced_tokens

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

# An automatic span (alias {t}) of this kind that no suppression of the article covers.
_NOT_SUPPRESSED = ("NOT EXISTS (SELECT 1 FROM suppressions s WHERE s.article_id = {t}.article_id"
                   " AND s.kind = '{kind}' AND s.start <= {t}.start AND {t}.\"end\" <= s.\"end\")")


class _Plan:
    def __init__(self):
        self.where: list[str] = []     # on the article row (alias a): decided by indexes
        self.params: list = []
        self.confirm: list[str] = []   # substring tests, run on the ordered candidates
        self.confirm_params: list = []
        self.impossible = False        # a word no text can hold (NUL): nothing matches


# The GIN lookup of a word confirmed by its text anyway (a phrase, a word of three characters or more)
# takes its rarest tokens only: the index's cost grows with every token's posting list, and the
# common bigrams of a phrase narrow nothing the rare ones have not (1M articles, 全面建成小康社会目标:
# all 9 bigrams 16 ms for 384 candidates, the rarest 2 1 ms for the same 384; docs/benchmarks.md).
# Such a word's tokens in fewer than LOOKUP_RARE of the articles are looked up (at most LOOKUP_TOKENS),
# and commoner ones while the lookup would still find more than LOOKUP_CANDIDATES articles (each one
# found is a text to test: "王晓 出席" needs 出席 beside 王晓).
LOOKUP_TOKENS = 4
LOOKUP_RARE = 0.2
LOOKUP_CANDIDATES = 500


# On a first page, a word the tokens decide but most articles hold (发展 beside 王晓) is tested on the
# text of the newest candidates the other words found instead of being looked up: its posting list
# is most of the library (1M: "王晓 发展" 14-20 ms with it in the lookup). Not for a whole list, where
# every candidate's text would be read.
COMMON_EXACT = 0.5


def plan_query(q: Query, freq=None, total: float = 0.0, first_page: bool = False) -> _Plan:
    """`freq(token)`: the share of articles holding a token (the planner's statistics; `total`
    articles), to look up only the rarest tokens of words their text confirms; None: every token.
    `first_page`: the newest few are asked for (COMMON_EXACT)."""
    p = _Plan()
    wanted, unwanted, optional = [], [], []
    common: list[tuple[str, str]] = []  # (word, its one token) of words COMMON_EXACT leaves to the text
    for term in q.include:
        if "\x00" in term:  # PostgreSQL text holds no NUL, so no article contains this word
            p.impossible = True
            continue
        plan = plan_term(term)
        if plan.exact and first_page and freq is not None and freq(plan.tokens[0]) >= COMMON_EXACT:
            common.append((term, plan.tokens[0]))
        elif plan.exact or freq is None:
            wanted += plan.tokens
        else:
            optional += plan.tokens
        wanted += sorted(spaced_tokens(term))  # rare by nature: the text of such a phrase is
        if not plan.exact:
            p.confirm.append(_contains(term, p.confirm_params))
    if optional:
        expected = total
        for t in wanted:
            expected *= freq(t)
        chosen = 0
        for t in sorted(dict.fromkeys(t for t in optional if t not in wanted), key=freq):
            if chosen >= LOOKUP_TOKENS or (freq(t) >= LOOKUP_RARE and expected <= LOOKUP_CANDIDATES and wanted):
                break
            wanted.append(t)
            expected *= freq(t)
            chosen += 1
    for term, token in common:
        if wanted:
            p.confirm.append(_contains(term, p.confirm_params))
        else:  # nothing else to look up: the walk of the list (article_ids) or this token
            wanted.append(token)
    for term in q.exclude:
        if "\x00" in term:
            continue
        plan = plan_term(term)
        if plan.exact:
            unwanted += plan.tokens
        else:
            p.confirm.append(f"NOT {_contains(term, p.confirm_params)}")
    wanted, unwanted = list(dict.fromkeys(wanted)), list(dict.fromkeys(unwanted))
    if wanted:
        p.where.append("a.tokens @> %s::text[]")
        p.params.append(wanted)
        if unwanted:
            p.where.append("NOT (a.tokens && %s::text[])")
            p.params.append(unwanted)
    else:
        # No word to look up. Trashed articles have no tokens (the lookup above leaves them out);
        # here they are rows.
        p.where.append("a.id NOT IN (SELECT article_id FROM trash)")
        if unwanted:  # the articles the unwanted tokens find, found once through the GIN index
            p.where.append("a.id NOT IN (SELECT id FROM articles WHERE tokens && %s::text[])")
            p.params.append(unwanted)
    for kind, value in q.fields:
        if "\x00" in value:
            p.impossible = True
            continue
        p.where.append(_field(kind))
        p.params += [value] * (2 if kind in ("official", "post", "task") else 1)
    return p


def _field(kind: str) -> str:
    # Entity fields see the articles as people see them (a person's corrections count), as in
    # the SQLite store (store/search.py).
    if kind == "official":
        return (f"a.id IN (SELECT o.article_id FROM officials o JOIN mentions m ON m.official_id = o.id"
                f" WHERE o.name = %s AND {_NOT_SUPPRESSED.format(kind='official', t='m')}"
                " UNION SELECT article_id FROM manual_mentions WHERE name = %s)")
    if kind == "post":
        return (f"a.id IN (SELECT o.article_id FROM officials o JOIN mentions m ON m.official_id = o.id"
                f" WHERE strpos(o.titles, %s) > 0 AND {_NOT_SUPPRESSED.format(kind='official', t='m')}"
                " AND NOT EXISTS (SELECT 1 FROM manual_posts p WHERE p.article_id = o.article_id"
                " AND p.name = o.name)"
                " UNION SELECT article_id FROM manual_posts WHERE strpos(titles, %s) > 0)")
    if kind == "task":
        return (f"a.id IN (SELECT t.article_id FROM tasks t WHERE strpos(t.text, %s) > 0"
                f" AND {_NOT_SUPPRESSED.format(kind='task', t='t')}"
                " UNION SELECT article_id FROM manual_tasks WHERE strpos(text, %s) > 0)")
    if kind == "source":
        return "strpos(a.source, %s) > 0"
    if kind == "date_from":
        return "a.date >= %s"
    if kind == "date_to":
        return "a.date <= %s"
    if kind == "source_is":
        return "a.source = %s"
    if kind == "tag":  # a JSON list of strings: jsonb_exists is the function behind jsonb's ? operator
        return "jsonb_exists(a.tags::jsonb, %s)"
    if kind == "open_tasks":
        # Some task the extractor found is not marked 已完成 (the value is unused, "1").
        return ("(a.n_tasks > (SELECT count(*) FROM task_tracking t WHERE t.article_id = a.id"
                " AND t.status = 'done') AND %s::text IS NOT NULL)")
    raise ValueError(f"unknown search field {kind!r}")


def _contains(term: str, params: list) -> str:
    """The title, subtitle or body contains `term` (ASCII case ignored); each field on its own."""
    if has_ascii_letter(term):
        params += [term.translate(_ASCII_LOWER)] * 3
        return "(" + " OR ".join(f"strpos(lower(a.{c}), %s) > 0" for c in ("title", "subtitle", "body")) + ")"
    params += [term] * 3
    return "(" + " OR ".join(f"strpos(a.{c}, %s) > 0" for c in ("title", "subtitle", "body")) + ")"


# The first page of a common word is found by walking the list newest first and testing each
# article's text (strpos reads a body in ~10 µs; testing a row's 1,500 tokens costs ~30-90 µs, so the
# walk tests text, which for a word the tokens decide is the same condition: a token is in an article
# exactly when its text holds it). A rarer word is looked up in the GIN index, within the newest slice
# of the list that should hold a page of it (then the whole list when the slice holds too few).
WALK_FREQ = 0.05       # a word in ≥ 5 % of the articles: walk (≤ ~1,000 rows for a page of 50)
SLICE_MIN = 2000       # expected matches above which the GIN lookup is tried on a slice first
SLICE_HITS = 400       # matches the slice is sized to hold


def article_ids(conn, query: str | Query | None = None, sort: str = "date", descending: bool = True,
                limit: int | None = None) -> list[int]:
    q = parse_query(query) if isinstance(query, str) or query is None else query
    first_page = bool(limit is not None and sort == "date" and descending and q.include)
    p = plan_query(q, *_token_freq(conn), first_page=first_page) if q.include else plan_query(q)
    if p.impossible or (limit is not None and int(limit) <= 0):
        return []
    if first_page:
        freq, total = _estimate(conn, q.include)
        if freq >= WALK_FREQ:
            return _walk(conn, q, int(limit))
        if freq * total >= SLICE_MIN:
            floor = conn.pg("SELECT sort_key FROM articles ORDER BY sort_key DESC OFFSET %s LIMIT 1",
                            (int(SLICE_HITS / max(freq, 1e-9)),)).fetchone()
            if floor is not None:
                found = _run(conn, p, sort, descending, limit, floor=floor[0])
                if len(found) >= int(limit):
                    return found
                # The slice held too few (a phrase whose tokens are common but whose text is rare):
                # the rest of the list below it, not the whole list again — at 1M a phrase no
                # article holds took the slice's 25 ms and then the whole list's 25 ms more.
                return found + _run(conn, p, sort, descending, int(limit) - len(found), ceiling=floor[0])
    return _run(conn, p, sort, descending, limit)


def _run(conn, p: _Plan, sort: str, descending: bool, limit: int | None, floor: int | None = None,
         ceiling: int | None = None) -> list[int]:
    direction = "DESC" if descending else "ASC"
    if sort == "date" and descending:
        order, keys = "a.sort_key DESC", "a.sort_key"
    else:
        column = SORT_COLUMNS.get(sort, "date")
        order = f"a.{column} IS NULL, a.{column} {direction}, a.id {direction}"
        keys = f"a.{column}" if column != "id" else ""
    where, params = list(p.where), list(p.params)
    if floor is not None:
        where.append("a.sort_key >= %s")
        params.append(floor)
    lookup = bool(where) and where[0].startswith("a.tokens @>")
    # Below the slice: tested on the index's candidates, outside the fence. Inside, beside the token
    # lookup, PostgreSQL answered "sort_key < x" by walking the list index testing every row's tokens
    # (a phrase no article holds at 1M: 60 ms instead of the lookup's 15).
    outer, outer_params = list(p.confirm), list(p.confirm_params)
    if ceiling is not None and lookup:
        outer, outer_params = ["a.sort_key < %s", *outer], [ceiling, *outer_params]
    elif ceiling is not None:
        where.append("a.sort_key < %s")
        params.append(ceiling)
    where_sql = " AND ".join(where)
    tail = f" LIMIT {int(limit)}" if limit is not None else ""
    if not lookup and not p.confirm:
        sql = f"SELECT a.id FROM articles a{' WHERE ' + where_sql if where_sql else ''} ORDER BY {order}{tail}"
        return [r[0] for r in conn.pg(sql, params)]
    cols = ", ".join(dict.fromkeys(c for c in ("a.id", keys, *(("a.title", "a.subtitle", "a.body") if p.confirm
                                                                 else ())) if c))
    # The candidates first, through the GIN index (OFFSET 0: no ORDER BY … LIMIT for the planner to
    # answer by walking the list and testing each row's 1,500 tokens — 8 s for a word no article
    # holds); then in list order; then, lazily, the substring tests up to the page's end.
    if outer:
        sql = (f"SELECT a.id FROM (SELECT * FROM (SELECT {cols} FROM articles a WHERE {where_sql} OFFSET 0) a"
               f" ORDER BY {order} OFFSET 0) a WHERE {' AND '.join(outer)}{tail}")
        params = [*params, *outer_params]
    else:
        sql = f"SELECT a.id FROM (SELECT {cols} FROM articles a WHERE {where_sql} OFFSET 0) a ORDER BY {order}{tail}"
    if not lookup:
        return [r[0] for r in conn.pg(sql, params)]
    return [r[0] for r in _without_seqscan(conn, sql, params)]


def _without_seqscan(conn, sql: str, params) -> list:
    """Run a token lookup with sequential scans off: the planner prices testing a row's tokens
    like any operator, but it reads ~1,500 of them (30-90 µs a row), while the GIN index answers
    without reading the rows' tokens at all (a common word's full list: 9.5 s -> well under 1 s)."""
    if conn.in_transaction:
        conn.pg("SET LOCAL enable_seqscan = off")
        try:
            return conn.pg(sql, params).fetchall()
        finally:
            conn.pg("SET LOCAL enable_seqscan = on")
    with conn.raw.transaction():
        conn.pg("SET LOCAL enable_seqscan = off")
        return conn.pg(sql, params).fetchall()


def _walk(conn, q: Query, limit: int) -> list[int]:
    """The newest `limit` articles of the query, walking the list key and testing each article's
    text: the query's definition (every word a substring, no unwanted one), with no index lookup."""
    conds, params = [], []
    for term in q.include:
        conds.append(_contains(term, params))
    for term in q.exclude:
        if "\x00" not in term:
            conds.append(f"NOT {_contains(term, params)}")
    for kind, value in q.fields:
        conds.append(_field(kind))
        params += [value] * (2 if kind in ("official", "post", "task") else 1)
    conds.append("a.id NOT IN (SELECT article_id FROM trash)")
    sql = f"SELECT a.id FROM articles a WHERE {' AND '.join(conds)} ORDER BY a.sort_key DESC LIMIT {int(limit)}"
    return [r[0] for r in conn.pg(sql, params)]


def _token_freq(conn):
    """(token -> the share of articles holding it (a token not among the most common: the least
    common one's share, an upper bound), articles)."""
    _, freqs, floor, total = _stats(conn)
    return (lambda t: freqs.get(t, floor)), total


def _estimate(conn, words: list[str]) -> tuple[float, float]:
    """(an upper bound of the share of articles holding every word, articles) from the planner's
    statistics of the tokens (most common elements and their frequencies), kept for ten minutes."""
    _, freqs, floor, total = _stats(conn)
    best = 1.0
    for term in words:
        tokens = [*plan_term(term).tokens, *spaced_tokens(term)]
        if tokens:
            best = min(best, min(freqs.get(t, floor) for t in tokens))
    return best, total


def _stats(conn) -> tuple:
    import time

    stats = getattr(conn, "token_stats", None)
    if stats is None or time.monotonic() - stats[0] > 600:
        row = conn.pg("SELECT most_common_elems::text::text[], most_common_elem_freqs,"
                      " (SELECT reltuples FROM pg_class WHERE relname = 'articles')"
                      " FROM pg_stats WHERE tablename = 'articles' AND attname = 'tokens'").fetchone()
        if row and row[0]:
            freqs = dict(zip(row[0], row[1]))
            stats = (time.monotonic(), freqs, min(row[1][:len(row[0])]), max(float(row[2] or 0), 0.0))
        else:
            stats = (time.monotonic(), {}, 0.0, 0.0)
        conn.token_stats = stats
    return stats


def ids_with_tasks(conn) -> list[int]:
    """As the SQLite store's: the articles with a task, newest first (the list's order)."""
    return [r[0] for r in conn.pg(
        "SELECT id FROM articles a WHERE n_tasks > 0 AND id NOT IN (SELECT article_id FROM trash)"
        " ORDER BY a.sort_key DESC")]


def sources(conn) -> list[str]:
    return [r[0] for r in conn.pg(
        "SELECT source FROM articles WHERE source != '' AND id NOT IN (SELECT article_id FROM trash)"
        " GROUP BY source ORDER BY count(*) DESC")]


def search_texts(conn, ids: Iterable[int]) -> dict[int, tuple[str, str, str]]:
    ids = [int(i) for i in ids]
    return {r[0]: (r[1], r[2], r[3]) for r in conn.pg(
        "SELECT id, title, subtitle, body FROM articles WHERE id = ANY(%s)", (ids,))}
