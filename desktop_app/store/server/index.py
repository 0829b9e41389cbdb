"""The server's search index: each article row holds its tokens (text[], GIN) and its list key.

The tokens are the SQLite index's (store/tokens.py: distinct bigrams, characters and escapes of
the title, subtitle and body), so a word finds the same articles on both backends. The list key
sort_key = day << 40 | nextval('article_order') orders newest day first and, within a day, the last
arrival first, as the SQLite store's fts_key does; a sequence instead of "max + 1 of the day" lets
any number of importers write at once without racing for a key.
"""
from __future__ import annotations

import functools
import re

from ..articles import _day
from ..tokens import _RUN_CLASS, _ascii_lower, index_text

KEY_SQL = "((%s::bigint << 40) | nextval('article_order'))"
# Beside the SQLite index's tokens, the server keeps one more kind (schema 7): two run characters
# with one space between them, as "晓_出" (three characters: no other token has three). A phrase
# with a space ("王晓 出席") is then looked up by it instead of by the articles holding both words,
# thousands at a million articles, each body read to find none (docs/benchmarks.md).
SPACED_SEP = "_"


@functools.cache
def _spaced() -> re.Pattern[str]:
    return re.compile(f"(?=({_RUN_CLASS}) ({_RUN_CLASS}))")  # a lookahead: overlapping pairs ("a b c")


def spaced_tokens(text: str) -> set[str]:
    """The server's spaced tokens of a text (ASCII folded to lower case, as every token)."""
    if " " not in text:
        return set()
    return {a + SPACED_SEP + b for a, b in _spaced().findall(_ascii_lower(text))}


def token_text(title: str, subtitle: str, body: str) -> str:
    """The tokens separated by spaces (SQL: array_remove(string_to_array(x, ' '), '') = tokens())."""
    text = f"{title}\n{subtitle}\n{body}"
    spaced = spaced_tokens(text)
    return index_text(text) + (" " + " ".join(spaced) if spaced else "")


def tokens(title: str, subtitle: str, body: str) -> list[str]:
    return [t for t in token_text(title, subtitle, body).split(" ") if t]


class ServerIndex:
    """articles.index / articles.unindex for a server connection (see PgConnection.search_index)."""

    def __init__(self, conn):
        self.conn = conn

    def index(self, article_id: int, date: str | None, title: str, subtitle: str, body: str) -> None:
        self.conn.pg(f"UPDATE articles SET sort_key = {KEY_SQL}, tokens = %s WHERE id = %s",
                     (_day(date), tokens(title, subtitle, body), article_id))

    def unindex(self, article_id: int) -> None:
        """Out of search (the trash; an edit indexes the article again right after)."""
        self.conn.pg("UPDATE articles SET tokens = NULL WHERE id = %s", (article_id,))


def rebuild(conn, progress=None, cancel=None, chunk: int = 500) -> bool:
    """Tokens of every article anew (keys kept; articles without one get one); one transaction."""
    from ..transaction import Cancelled, Transaction

    total = conn.pg("SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM trash)").fetchone()[0]
    tx = Transaction(conn)
    with tx:
        done, last = 0, 0
        while True:
            if cancel is not None and cancel.is_set():
                raise Cancelled
            rows = conn.pg("SELECT id, date, title, subtitle, body, sort_key FROM articles WHERE id > %s"
                           " AND id NOT IN (SELECT article_id FROM trash) ORDER BY id LIMIT %s",
                           (last, chunk)).fetchall()
            if not rows:
                break
            for aid, date, title, subtitle, body, key in rows:
                if key is None:
                    conn.search_index.index(aid, date, title, subtitle, body)
                else:
                    conn.pg("UPDATE articles SET tokens = %s WHERE id = %s", (tokens(title, subtitle, body), aid))
            last = rows[-1][0]
            done += len(rows)
            if progress:
                progress(done, total)
    return not tx.cancelled
