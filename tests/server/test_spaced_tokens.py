"""The server's spaced tokens (schema 7): a phrase with a space ("王晓 出席") is looked up by "晓_出"
instead of by every article holding both words; it finds exactly what the substring scan finds, and
a library of schema 6 gets them for the articles it holds when it is migrated."""
from __future__ import annotations

import psycopg

from desktop_app.domain import Extraction, ParsedArticle
from desktop_app.store.server import open_server_store
from desktop_app.store.server.index import spaced_tokens

TEXTS = {
    "spaced": "市委书记王晓 出席会议并讲话。",
    "joined": "市长王晓出席会议并讲话。",  # (the body hash ignores spaces: each text its own words)
    "two spaces": "书记王晓  出席会议。",
    "newline": "常委王晓\n出席会议。",
    "latin": "WANG Xiao 出席 5G 大会",
    "rare plane": "𠮷 王 晓 出 席",
}


def _library(url: str) -> dict[str, int]:
    with open_server_store(url) as s:
        return {k: s.add_article(ParsedArticle(f"文章{i}", body, date="2024-01-01"), Extraction())
                for i, (k, body) in enumerate(TEXTS.items())}


def test_spaced_tokens_are_pairs_around_one_space():
    assert spaced_tokens("王晓 出席 会议") == {"晓_出", "席_会"}
    assert spaced_tokens("WANG Xiao 5G") == {"g_x", "o_5"}  # ASCII folded, as every token
    assert spaced_tokens("王 晓 出") == {"王_晓", "晓_出"}  # overlapping pairs
    assert spaced_tokens("王晓  出席") == set() and spaced_tokens("王晓\n出席") == set()
    assert spaced_tokens("〔 2019 〕") == set()  # only run characters on both sides


def test_phrases_with_a_space_find_what_the_text_holds(pg_url):
    ids = _library(pg_url)
    with open_server_store(pg_url) as s:
        s.conn.pg("ANALYZE articles")
        assert s.article_ids('"王晓 出席"') == [ids["spaced"]]
        assert s.article_ids('"王晓 出席"', limit=50) == [ids["spaced"]]
        assert s.article_ids('"王晓  出席"') == [ids["two spaces"]]
        assert s.article_ids('"wang xiao 出席"') == [ids["latin"]]  # ASCII case ignored
        assert s.article_ids('"xiao 出席 5g"') == [ids["latin"]]
        assert s.article_ids('"王 晓 出"') == [ids["rare plane"]]
        assert sorted(s.article_ids("王晓 出席")) == sorted([ids["spaced"], ids["joined"], ids["two spaces"],
                                                          ids["newline"]])  # two words: anywhere
        assert s.article_ids('"王晓 出席" -讲话') == []


def test_a_library_of_schema_6_gets_them_when_migrated(pg_url):
    ids = _library(pg_url)
    with psycopg.connect(pg_url, autocommit=True) as c:  # as version 6 wrote them: no spaced tokens
        c.execute("UPDATE articles SET tokens = ARRAY(SELECT t FROM unnest(tokens) t"
                  " WHERE NOT (length(t) = 3 AND substr(t, 2, 1) = '_'))")
        c.execute("UPDATE zhengwen_meta SET value = '6' WHERE key = 'schema_version'")
        assert c.execute("SELECT count(*) FROM articles WHERE tokens @> '{晓_出}'").fetchone()[0] == 0
    with open_server_store(pg_url) as s:  # the owner opens it: migrated to 7
        assert s.conn.pg("SELECT value FROM zhengwen_meta WHERE key = 'schema_version'").fetchone()[0] == "7"
        assert s.article_ids('"王晓 出席"') == [ids["spaced"]]
        assert s.article_ids('"wang xiao 出席"') == [ids["latin"]]
        assert s.article_ids('"王 晓 出"') == [ids["rare plane"]]
        # only the articles with such a pair were given tokens; the others are as they were
        rows = dict(s.conn.pg("SELECT id, tokens FROM articles").fetchall())
        assert {k for k, i in ids.items() if any(len(t) == 3 and t[1] == "_" for t in rows[i])} == {
            "spaced", "latin", "rare plane"}
