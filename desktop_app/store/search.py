"""Search: a parsed query -> which index drives it and SQL on the article row; ids in list order."""
from __future__ import annotations

import sqlite3
from typing import Iterable

from ..search_query import Query, parse_query, plan_term

SORT_COLUMNS = {"title": "title", "date": "date", "source": "source",
                "n_officials": "n_officials", "n_tasks": "n_tasks", "id": "id"}

# An automatic span (alias {t}) of this kind that no suppression of the article covers (annotations.merge).
_NOT_SUPPRESSED = ('NOT EXISTS (SELECT 1 FROM suppressions s WHERE s.article_id = {t}.article_id AND s.kind = \'{kind}\''
                   ' AND s.start <= {t}.start AND {t}."end" <= s."end")')


def article_ids(conn: sqlite3.Connection, query: str | Query | None = None, sort: str = "date",
                descending: bool = True, limit: int | None = None) -> list[int]:
    q = parse_query(query) if isinstance(query, str) or query is None else query
    index, match, where, params = plan_query(q)
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
    direction = "DESC" if descending else "ASC"
    if sort == "date" and descending:
        # fts_key sorts by date then arrival, undated last; its unique index is walked in
        # order, so even a million rows need no sort step for the first page.
        order = "a.fts_key DESC"
    else:
        column = SORT_COLUMNS.get(sort, "date")
        order = f"{column} IS NULL, {column} {direction}, id {direction}"
    sql = f"SELECT id FROM articles a {'WHERE ' + where if where else ''} ORDER BY {order}{limit_sql}"
    return [r[0] for r in conn.execute(sql, [*params, *tail])]


def plan_query(q: Query) -> tuple[str | None, str | None, str, list]:
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
            clauses.append(_filter_clause(kind))
            if kind == "open_tasks":
                params.append(value)
        params.append(value)
    match = " AND ".join(wanted) + "".join(f" NOT {u}" for u in unwanted) if wanted else None
    return index, match, " AND ".join(clauses), params


def sources(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT source FROM articles WHERE source != '' GROUP BY source ORDER BY count(*) DESC")]


def official_names(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM officials GROUP BY name ORDER BY count(*) DESC, name")]


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
