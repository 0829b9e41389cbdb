"""Editing: an article saved as the editing pane holds it, corrections, revisions and reverts."""
from __future__ import annotations

import dataclasses
import json
import sqlite3

from ..domain import Article, ArticleState, Corrections, Extraction, Revision
from . import articles, spans, tracking
from .transaction import Transaction


def replace_extraction(conn: sqlite3.Connection, article_id: int, extraction: Extraction) -> None:
    with Transaction(conn):
        conn.execute("DELETE FROM officials WHERE article_id=?", (article_id,))
        conn.execute("DELETE FROM tasks WHERE article_id=?", (article_id,))
        spans.write_extraction(conn, article_id, extraction)
        tracking.after_spans_changed(conn, article_id)


def article_state(conn: sqlite3.Connection, article_id: int) -> ArticleState | None:
    from ..editing.drafts import state_of

    row = conn.execute(
        "SELECT id, title, body, subtitle, source, date, views, path, tags, note FROM articles WHERE id=?",
        (article_id,)).fetchone()
    if row is None:
        return None
    article = Article(*row[:8], tags=tuple(json.loads(row[8] or "[]")), note=row[9] or "")
    return state_of(article, spans.automatic_extraction(conn, article_id), spans.corrections(conn, article_id))


def article_version(conn: sqlite3.Connection, article_id: int) -> int | None:
    """The article's version for optimistic locking: here its latest revision's id (every save
    that changes anything adds one; 0 before the first). None when there is no such article."""
    row = conn.execute("SELECT (SELECT coalesce(max(id), 0) FROM revisions WHERE article_id = a.id)"
                       " FROM articles a WHERE a.id=?", (article_id,)).fetchone()
    return row[0] if row else None


def save_article_state(conn: sqlite3.Connection, article_id: int, state: ArticleState,
                       who: str = "本机", base_version: int | None = None) -> int | None:
    from ..editing.drafts import (EditConflict, EditRefused, changes, state_errors, state_json, validate_date,
                                  validate_views)

    errors = state_errors(state)
    if errors:
        raise EditRefused(errors[0])
    date, _ = validate_date(state.date)
    views, _ = validate_views(state.views)
    with Transaction(conn):
        before = article_state(conn, article_id)
        if before is None:
            raise EditRefused("no_article")
        if base_version is not None:
            current = article_version(conn, article_id)
            if current != base_version:
                raise EditConflict(before, current)
        what = changes(before, state)
        if not what:
            return None
        if state.body != before.body:
            other = conn.execute("SELECT id FROM articles WHERE body_hash=? AND id!=?",
                                 (articles.body_hash(state.body), article_id)).fetchone()
            if other:
                raise EditRefused("duplicate_body")
        reindex = any(k in what for k in ("title", "subtitle", "body", "date"))
        if reindex:
            articles.unindex(conn, article_id)  # needs the text as it was indexed
        conn.execute(
            "UPDATE articles SET title=?, subtitle=?, source=?, date=?, views=?, body=?, body_hash=?, tags=?,"
            " note=?, edited_at=datetime('now', 'localtime') WHERE id=?",
            (state.title, state.subtitle, state.source, date, views, state.body, articles.body_hash(state.body),
             json.dumps(list(state.tags), ensure_ascii=False), state.note, article_id))
        if reindex:
            articles.index(conn, article_id, date, state.title, state.subtitle, state.body)
        if state.auto != before.auto or state.body != before.body or _reviews(state.auto) != _reviews(before.auto):
            conn.execute("DELETE FROM officials WHERE article_id=?", (article_id,))
            conn.execute("DELETE FROM tasks WHERE article_id=?", (article_id,))
            spans.write_extraction(conn, article_id, state.auto)
        spans.write_corrections(conn, article_id, state.corrections)
        tracking.after_spans_changed(conn, article_id, before.body, state.body)
        rev = conn.execute(
            "INSERT INTO revisions(article_id, who, changes, before) VALUES (?,?,?,?)",
            (article_id, who, json.dumps(what, ensure_ascii=False),
             json.dumps(state_json(before), ensure_ascii=False))).lastrowid
    return rev


def reset_corrections(conn: sqlite3.Connection, article_id: int, who: str = "本机") -> int | None:
    state = article_state(conn, article_id)
    if state is None:
        return None
    return save_article_state(conn, article_id, dataclasses.replace(state, corrections=Corrections()), who)


def revisions(conn: sqlite3.Connection, article_id: int, with_before: bool = False) -> list[Revision]:
    from ..editing.drafts import state_from_json

    return [Revision(rid, article_id, at, who, json.loads(what), state_from_json(json.loads(before))
                     if with_before else None)
            for rid, at, who, what, before in conn.execute(
                "SELECT id, at, who, changes, before FROM revisions WHERE article_id=? ORDER BY id DESC",
                (article_id,))]


def revision(conn: sqlite3.Connection, revision_id: int) -> Revision | None:
    from ..editing.drafts import state_from_json

    row = conn.execute("SELECT id, article_id, at, who, changes, before FROM revisions WHERE id=?",
                       (revision_id,)).fetchone()
    if row is None:
        return None
    return Revision(row[0], row[1], row[2], row[3], json.loads(row[4]), state_from_json(json.loads(row[5])))


def revert(conn: sqlite3.Connection, revision_id: int, who: str = "本机") -> int | None:
    rev = revision(conn, revision_id)
    if rev is None:
        return None
    return save_article_state(conn, rev.article_id, rev.before, who)


def _reviews(e: Extraction) -> tuple:
    """The review flags, which span equality ignores."""
    return (tuple(m.review for o in e.officials for m in o.mentions), tuple(t.review for t in e.tasks))
