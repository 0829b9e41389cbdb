"""Search: a parsed query -> which index drives it and SQL on the article row; ids in list order."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from ..search.query import Query, parse_query
from .articles import LIVE
from .tokens import has_ascii_letter, plan_term
from .transaction import StoreConnection, flush_index_rows

SORT_COLUMNS = {"title": "title", "date": "date", "source": "source",
                "n_officials": "n_officials", "n_tasks": "n_tasks", "id": "id"}

# An automatic span (alias {t}) of this kind that no suppression of the article covers (annotations.merge).
_NOT_SUPPRESSED = ('NOT EXISTS (SELECT 1 FROM suppressions s WHERE s.article_id = {t}.article_id AND s.kind = \'{kind}\''
                   ' AND s.start <= {t}.start AND {t}."end" <= s."end")')


def article_ids(conn: StoreConnection, query: str | Query | None = None, sort: str = "date",
                descending: bool = True, limit: int | None = None) -> list[int]:
    q = parse_query(query) if isinstance(query, str) or query is None else query
    flush_index_rows(conn)  # a search inside a transaction sees the articles it added
    index, match, where, params = plan_query(q, conn)
    limit_sql = " LIMIT ?" if limit is not None else ""
    tail = [int(limit)] if limit is not None else []
    if index and sort == "date" and descending:
        # Index rowids run in date order: read the page straight off the index, no sort step.
        sql = (f"SELECT a.id FROM {index} f JOIN articles a ON a.fts_key = f.rowid"
               f" WHERE {index} MATCH ?{' AND ' + where if where else ''}"
               f" ORDER BY f.rowid DESC{limit_sql}")
        return [r[0] for r in conn.execute(sql, [match, *params, *tail])]
    if index:
        where = f"a.fts_key IN (SELECT rowid FROM {index} WHERE {index} MATCH ?)" + (f" AND {where}" if where else "")
        params = [match, *params]
    # Trashed articles are not in the index (the MATCH above leaves them out); here they are rows.
    where = f"a.id {LIVE}" + (f" AND {where}" if where else "")
    direction = "DESC" if descending else "ASC"
    if sort == "date" and descending:
        # fts_key sorts by date then arrival, undated last; its unique index is walked in
        # order, so even a million rows need no sort step for the first page.
        order = "a.fts_key DESC"
    else:
        column = SORT_COLUMNS.get(sort, "date")
        order = f"{column} IS NULL, {column} {direction}, id {direction}"
    sql = f"SELECT id FROM articles a WHERE {where} ORDER BY {order}{limit_sql}"
    return [r[0] for r in conn.execute(sql, [*params, *tail])]


def plan_query(q: Query, conn: sqlite3.Connection | None = None) -> tuple[str | None, str | None, str, list]:
    """The index table that drives the search (None: the articles table alone) and its MATCH text;
    SQL conditions on the article row (alias a) for everything else.

    Every wanted word's tokens go into one MATCH; a word the tokens do not decide alone is
    confirmed with a substring test on the rows the index yields. Unwanted words the index decides
    are subtracted inside the MATCH, others by a substring test. With `conn`, a long word brings
    only its rarest tokens (its substring test checks the rest).
    """
    wanted: list[str] = []
    unwanted: list[str] = []
    clauses: list[str] = []
    params: list = []
    for term in q.include:
        plan = plan_term(term)
        wanted += plan.tokens if conn is None or plan.exact else _rarest(conn, plan.tokens)
        if not plan.exact:
            clauses.append(_contains(term, params))
    for term in q.exclude:
        plan = plan_term(term)
        if plan.exact:
            unwanted += plan.tokens
        else:
            clauses.append(f"NOT {_contains(term, params)}")
    wanted, unwanted = list(dict.fromkeys(wanted)), list(dict.fromkeys(unwanted))
    match = None
    if wanted:
        match = _tokens_match(wanted, "AND") + (f" NOT {_tokens_match(unwanted, 'OR')}" if unwanted else "")
    elif unwanted:
        clauses.append("a.fts_key NOT IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)")
        params.append(_tokens_match(unwanted, "OR"))
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
            clauses.append(_filter_clause(kind))
            if kind == "open_tasks":
                params.append(value)
        params.append(value)
    return ("search_fts" if match else None), match, " AND ".join(clauses), params


_KEEP, _PROBE = 3, 500


def _rarest(conn: sqlite3.Connection, tokens: tuple[str, ...]) -> list[str]:
    """The tokens of a long word worth intersecting (its substring test checks the others).

    FTS5 reads the whole list of articles of every token of an AND: each common bigram costs ~1 ms
    per 100k articles even beside a rare one. So each token's newest _PROBE articles are read
    (~0.05 ms): a token in fewer is rare and its count exact; of the others, the one whose
    _PROBE-th newest article is oldest is the rarest. Kept: the rare tokens (at most _KEEP), else
    the two rarest.
    """
    if len(tokens) <= _KEEP:
        return list(tokens)
    probed = []
    for t in tokens:
        n, oldest = conn.execute("SELECT count(*), min(rowid) FROM (SELECT rowid FROM search_fts WHERE search_fts"
                                 " MATCH ? ORDER BY rowid DESC LIMIT ?)", (f'"{t}"', _PROBE)).fetchone()
        probed.append((n >= _PROBE, n if n < _PROBE else oldest, t))
    probed.sort()
    rare = [t for common, _, t in probed[:_KEEP] if not common]
    return rare or [t for *_, t in probed[:2]]


def _tokens_match(tokens: list[str], op: str) -> str:
    # Tokens hold only letters, digits, CJK and hex escapes: quoting each is enough.
    return "(" + f" {op} ".join(f'"{t}"' for t in tokens) + ")"


def _contains(term: str, params: list) -> str:
    """SQL: the title, subtitle or body contains `term`, ASCII case ignored (its parameters are
    appended to `params`). Each field on its own, as a word never spans two of them; lower() only
    where it can matter."""
    field = "lower(a.{})" if has_ascii_letter(term) else "a.{}"
    fields = ("title", "subtitle", "body")
    params += [term] * len(fields)
    return "(" + " OR ".join(f"instr({field.format(c)}, lower(?)) > 0" for c in fields) + ")"


def ids_with_tasks(conn: sqlite3.Connection) -> list[int]:
    """The articles with at least one task, in the list's order (newest first): one statement, for
    the export's 含任务的文章 (it read every id and then their summaries in chunks)."""
    return [r[0] for r in conn.execute(
        f"SELECT id FROM articles a WHERE n_tasks > 0 AND a.id {LIVE} ORDER BY a.fts_key DESC")]


def sources(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        f"SELECT source FROM articles WHERE source != '' AND id {LIVE} GROUP BY source ORDER BY count(*) DESC")]


def official_names(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        f"SELECT name FROM officials WHERE article_id {LIVE} GROUP BY name ORDER BY count(*) DESC, name")]


def _filter_clause(kind: str) -> str:
    """SQL condition on the article row (alias a) for one filter field, taking one parameter."""
    if kind == "date_from":
        return "a.date >= ?"
    if kind == "date_to":
        return "a.date <= ?"
    if kind == "source_is":
        return "a.source = ?"
    if kind == "tag":  # schema v2: articles.tags is a JSON list
        return "EXISTS (SELECT 1 FROM json_each(a.tags) WHERE json_each.value = ?)"
    if kind == "open_tasks":
        # Some task the extractor found is not marked 已完成 on the 督办 board (untracked = 未启动).
        # The parameter is unused ("1"); ? = ? keeps one parameter per clause.
        return ("(a.n_tasks > (SELECT count(*) FROM task_tracking t WHERE t.article_id = a.id"
                " AND t.status = 'done') AND ? = ?)")
    raise ValueError(f"unknown search field {kind!r}")


def search_texts(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, tuple[str, str, str]]:
    ids = list(ids)
    out: dict[int, tuple[str, str, str]] = {}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start:chunk_start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
                f"SELECT id, title, subtitle, body FROM articles WHERE id IN ({marks})", chunk):
            out[row[0]] = (row[1], row[2], row[3])
    return out
