"""Statistics and the people index: plain data for ui/stats_view.py and ui/people_index.py.

Articles a person corrected are read as people see them (spans.shown); all others are counted in
SQL straight from the extractor's tables, so that a big store needs a few grouped queries, not one
read per article.
"""
from __future__ import annotations

import json
import re
import sqlite3

from ..domain import Person, PersonArticle, PersonDetail, PersonTask, PostDates
from . import spans
from .articles import LIVE, summaries

_CORRECTED = ("SELECT article_id FROM manual_posts UNION SELECT article_id FROM manual_mentions"
              " UNION SELECT article_id FROM suppressions UNION SELECT article_id FROM manual_tasks"
              " UNION SELECT article_id FROM task_overrides")
# Rows of an article that is counted: not corrected (those are read as shown) and not in the trash.
_PLAIN = f"NOT IN ({_CORRECTED} UNION SELECT article_id FROM trash)"


def _corrected_ids(conn: sqlite3.Connection) -> list[int]:
    return sorted(r[0] for r in conn.execute(f"SELECT * FROM ({_CORRECTED}) AS c WHERE article_id {LIVE}"))


def month_counts(conn: sqlite3.Connection) -> list[tuple[str | None, int]]:
    counts: dict[str, int] = {}
    undated = 0
    for month, n in conn.execute(f"SELECT substr(date, 1, 7) AS m, count(*) FROM articles WHERE id {LIVE} GROUP BY m"):
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


def official_counts(conn: sqlite3.Connection, limit: int | None = 20) -> list[tuple[str, int, int]]:
    corrected = _corrected_ids(conn)
    arts: dict[str, int] = {}
    ments: dict[str, int] = {}
    for name, n_art, n_ment in conn.execute(
            "SELECT o.name, count(DISTINCT o.article_id),"
            " sum((SELECT count(*) FROM mentions m WHERE m.official_id = o.id)) FROM officials o"
            f" WHERE o.article_id {_PLAIN} GROUP BY o.name"):
        arts[name], ments[name] = n_art, n_ment or 0
    for aid in corrected:
        for o in spans.shown(conn, aid).officials:
            arts[o.name] = arts.get(o.name, 0) + 1
            ments[o.name] = ments.get(o.name, 0) + len(o.mentions)
    ranked = sorted(arts, key=lambda n: (-arts[n], -ments[n], n))
    return [(n, arts[n], ments[n]) for n in (ranked if limit is None else ranked[:limit])]


def task_status_counts(conn: sqlite3.Connection) -> dict[str, int]:
    from ..domain import TASK_STATUSES

    counts = dict.fromkeys(TASK_STATUSES, 0)
    total = conn.execute(f"SELECT coalesce(sum(n_tasks), 0) FROM articles WHERE id {LIVE}").fetchone()[0]
    tracked = 0
    for status, n in conn.execute(
            "SELECT status, count(*) FROM task_tracking WHERE anchor_end > anchor_start"
            f" AND article_id {LIVE} GROUP BY status"):
        counts[status] = counts.get(status, 0) + n
        tracked += n
    counts["not_started"] += max(0, total - tracked)
    return counts


def _speaker_counts(conn: sqlite3.Connection, corrected: list[int]) -> dict[str, int]:
    out = dict(conn.execute(
        "SELECT speaker, count(*) FROM tasks WHERE speaker IS NOT NULL AND speaker != ''"
        f" AND article_id {_PLAIN} GROUP BY speaker").fetchall())
    for aid in corrected:
        for t in spans.shown(conn, aid).tasks:
            if t.speaker:
                out[t.speaker] = out.get(t.speaker, 0) + 1
    return out


def people(conn: sqlite3.Connection) -> list[Person]:
    corrected = _corrected_ids(conn)
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

    for name, titles, n, first, last in conn.execute(
            "SELECT o.name, o.titles, count(DISTINCT o.article_id), min(a.date), max(a.date)"
            " FROM officials o JOIN articles a ON a.id = o.article_id"
            f" WHERE o.article_id {_PLAIN} GROUP BY o.name, o.titles"):
        add(name, tuple(json.loads(titles)), n, first, last)
    dates = {s.id: s.date for s in summaries(conn, corrected).values()}
    for aid in corrected:
        for o in spans.shown(conn, aid).officials:
            add(o.name, tuple(o.titles), 1, dates.get(aid), dates.get(aid))
    spoken = _speaker_counts(conn, corrected)
    out = [Person(name, tuple(posts for posts, _d in sorted(seen[name].items(), key=lambda kv: kv[1], reverse=True)
                              if posts), p["articles"], spoken.get(name, 0), p["first"], p["last"])
           for name, p in people.items()]
    return sorted(out, key=lambda p: (-p.articles, p.name))


def person(conn: sqlite3.Connection, name: str) -> PersonDetail:
    corrected = _corrected_ids(conn)
    found: dict[int, tuple[tuple, int]] = {}
    for aid, titles, n in conn.execute(
            "SELECT o.article_id, o.titles, (SELECT count(*) FROM mentions m WHERE m.official_id = o.id)"
            f" FROM officials o WHERE o.name = ? AND o.article_id {_PLAIN}", (name,)):
        found[aid] = (tuple(json.loads(titles)), n)
    said: list[tuple[int, str, str, int]] = [
        tuple(r) for r in conn.execute(
            "SELECT article_id, task_key, text, start FROM tasks"
            f" WHERE speaker = ? AND article_id {_PLAIN}", (name,))]
    for aid in corrected:
        shown = spans.shown(conn, aid)
        for o in shown.officials:
            if o.name == name:
                found[aid] = (tuple(o.titles), len(o.mentions))
        said += [(aid, t.id, t.text, t.start) for t in shown.tasks if t.speaker == name]
    meta = summaries(conn, set(found) | {s[0] for s in said})

    def newest(aid: int) -> tuple:  # with reverse=True: newest first, undated last
        return ((meta[aid].date or "") if aid in meta else "", aid)

    articles = [(aid, meta[aid].title, meta[aid].date, posts, n) for aid, (posts, n)
                in sorted(found.items(), key=lambda kv: newest(kv[0]), reverse=True) if aid in meta]
    by_posts: dict[tuple, set[str]] = {}
    for _aid, _title, date, article_posts, _n in articles:
        dates = by_posts.setdefault(article_posts, set())
        if date:
            dates.add(date)
    posts = sorted(((p, sorted(d)) for p, d in by_posts.items() if p),
                   key=lambda pd: pd[1][-1] if pd[1] else "", reverse=True)
    tasks = [(aid, key, text, meta[aid].date, meta[aid].title)
             for aid, key, text, _start in sorted(sorted(said, key=lambda s: s[3]), key=lambda s: newest(s[0]),
                                                  reverse=True) if aid in meta]
    return PersonDetail(name, tuple(PostDates(p, tuple(d)) for p, d in posts),
                        tuple(PersonArticle(*a) for a in articles), tuple(PersonTask(*t) for t in tasks))
