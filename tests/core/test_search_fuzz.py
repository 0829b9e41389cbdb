"""Search never raises: 10,000 random strings full of FTS5 syntax thrown at Store.article_ids.

Every result is a list of stored ids (possibly empty); quotes, stars, NEAR(, AND/OR/NOT, minus signs,
brackets, column filters, NULs and lone surrogates never reach SQLite as syntax and never raise.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain import Extraction, Official, ParsedArticle, Span

FTS_SYNTAX = ['"', '""', "*", "NEAR(", "NEAR", ")", "(", "AND", "OR", "NOT", "and", "or", "-", "--", "+", "^",
              ":", "title:", "body:", "chars:", "{title body}:", "官员:", "来源:", "任务:", "职务:", "official:",
              "source:", "'", ";", "%", "_", "\\", "\x00", "\ud800", "𠮷", "\u3000", " ", "  ", "\n", "\t",
              ",", "NEAR(春耕 工作, 2)", '"春耕', "春耕*", "-春耕", "脱贫", "攻坚", "王晓", "a", "A", "1",
              "DROP TABLE articles", "rowid", "MATCH", "〔", "〕", "·"]

# Pieces of FTS syntax and words of the articles, joined; or any text at all. (Kept cheap to draw:
# hypothesis's own drawing is most of the time of 10,000 examples.)
PIECES = FTS_SYNTAX + list("春耕工作脱贫攻坚王晓会议要落实文章")
query = st.one_of(st.lists(st.sampled_from(PIECES), max_size=8).map("".join), st.text(max_size=12))
EVERY: dict = {}
SORTS = ["date", "title", "source", "n_officials", "n_tasks", "id", "nonsense"]


@pytest.fixture(scope="module", params=["sqlite", "server"])
def fuzz_store(tmp_path_factory, request, open_backend):
    EVERY.clear()
    s = open_backend(request.param, tmp_path_factory.mktemp("fuzz"))
    bodies = ["  各区县要抓好春耕备耕工作。", "  王晓主持会议,研究脱贫攻坚工作。", "  𠮷野家 ABC and OR NEAR 测试〔2019〕1号·文件",
              '  他说:"要 - 抓 * 落实"(原文)。']
    for i, body in enumerate(bodies):
        officials = (Official("王晓", ("市委书记",), (Span(body.index("王晓"), body.index("王晓") + 2),)),) \
            if "王晓" in body else ()
        s.add_article(ParsedArticle(f"文章{i}", body, source="西宁晚报" if i % 2 else "人民网",
                                    date=f"2019-03-0{i + 1}" if i != 2 else None), Extraction(officials=officials))
    yield s
    s.close()


@settings(max_examples=10_000, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=query, sort=st.sampled_from(SORTS), descending=st.booleans(), limit=st.sampled_from([None, None, 0, 1, 3]))
def test_random_search_strings_never_raise(fuzz_store, text, sort, descending, limit):
    every = EVERY.setdefault("ids", set(fuzz_store.article_ids(None)))
    found = fuzz_store.article_ids(text, sort=sort, descending=descending, limit=limit)
    assert isinstance(found, list)
    assert set(found) <= every and len(set(found)) == len(found)
    if limit is not None:
        assert len(found) <= limit


@pytest.mark.parametrize("text", ['"', '"""', "*", "NEAR(", "NEAR(春耕", "AND", "OR", "NOT", "-", "(", ")",
                                  "春耕 OR", "- -", "title:春耕", "{title}:春耕", "^春耕", "春耕*", "\x00",
                                  "'; DROP TABLE articles; --", "\ud800", ""])
def test_fts_syntax_is_searched_as_text(fuzz_store, text):
    assert isinstance(fuzz_store.article_ids(text), list)
    assert fuzz_store.count() == 4  # nothing was dropped


def test_syntax_words_are_found_as_plain_words(fuzz_store):
    # "OR", "NEAR" and quoted text are words of the article, not operators.
    [with_words] = fuzz_store.article_ids("文章2")
    assert fuzz_store.article_ids("NEAR") == [with_words]
    assert fuzz_store.article_ids("and OR") == [with_words]
    [quoted] = fuzz_store.article_ids("文章3")
    assert fuzz_store.article_ids("* 落实") == [quoted]
