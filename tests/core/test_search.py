"""Search equals a plain substring scan for Chinese of any length, and no input makes it raise."""
from __future__ import annotations

import json
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared"
from desktop_app.domain import Extraction, Official, ParsedArticle, Span, Task
from desktop_app.search.query import Query, parse_query
from desktop_app.store.tokens import index_text, plan_term
from desktop_app.store import Store

# A small alphabet so that random short queries often hit; ASCII, digits and punctuation mixed in.
ALPHABET = "王晓张容脱贫攻坚会议市委书记要求整改工作五G5g〔〕2025号·、,𠮷 "


def _scan(store: Store, include=(), exclude=()) -> list[int]:
    """Ground truth: the articles whose title, subtitle or body contain every word (ASCII case ignored)."""
    low = lambda s: s.translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"))
    out = []
    for (aid, title, subtitle, body) in store.conn.execute("SELECT id, title, subtitle, body FROM articles"):
        fields = [low(title), low(subtitle), low(body)]
        has = lambda w: any(low(w) in f for f in fields)
        if all(has(w) for w in include) and not any(has(w) for w in exclude):
            out.append(aid)
    return sorted(out)


@pytest.fixture(scope="module", params=["sqlite", "server"])
def random_store(tmp_path_factory, request, open_backend):
    """The same 300 random articles in either backend: search must equal the scan on both."""
    rng = random.Random(7)
    s = open_backend(request.param, tmp_path_factory.mktemp("search"))
    with s.transaction():
        for i in range(300):
            body = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(5, 120)))
            title = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 12)))
            s.add_article(ParsedArticle(title=title.strip() or "题", body=f"{i}{body}", date=f"2020-01-{i % 28 + 1:02d}"),
                          Extraction())
    if getattr(s, "is_server", False):
        # The planner's statistics of the tokens: the server then looks up only the rarest tokens of
        # a word its text confirms (server/search.py), which must not change what is found.
        s.conn.pg("ANALYZE articles")
    yield s
    s.close()


query_word = st.text(alphabet=ALPHABET.replace(" ", ""), min_size=1, max_size=6)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(query_word, min_size=1, max_size=3), excluded=st.lists(query_word, max_size=1))
def test_search_equals_substring_scan(random_store, words, excluded):
    got = random_store.article_ids(Query(include=words, exclude=excluded))
    assert sorted(got) == _scan(random_store, words, excluded)


# Phrases with spaces inside (a quoted "王晓 出席"): the server looks them up by its spaced tokens.
phrase = st.text(alphabet=ALPHABET, min_size=2, max_size=6).filter(lambda w: w.strip())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(phrase | query_word, min_size=1, max_size=2), excluded=st.lists(phrase, max_size=1))
def test_phrases_with_spaces_equal_substring_scan(random_store, words, excluded):
    got = random_store.article_ids(Query(include=words, exclude=excluded))
    assert sorted(got) == _scan(random_store, words, excluded)
    # the first page (its own plans on the server: a walk, a slice of the list) is the list's start
    assert random_store.article_ids(Query(include=words, exclude=excluded), limit=5) == got[:5]


@pytest.mark.parametrize("q", ["王", "晓", "王晓", "脱贫攻坚", "5g", "5G", "〔2025〕", "2025号", "·", "𠮷", "G5"])
def test_fixed_queries_equal_substring_scan(random_store, q):
    assert sorted(random_store.article_ids(q)) == _scan(random_store, [q])


FTS_SYNTAX = ['"', '""', "*", "NEAR(", "NEAR(王 晓)", "AND", "OR", "NOT", "-", "(", ")", "王 OR 晓", "title:王",
              "^王", "王*", "'", "\\", "%", "_", ";DROP TABLE articles;--", "-\"", "官员:", "官员:\"", "任务:(", "\x00"]


@pytest.mark.parametrize("q", FTS_SYNTAX)
def test_fts_syntax_never_raises(random_store, q):
    assert isinstance(random_store.article_ids(q), list)
    assert random_store.count() == 300


@settings(max_examples=2500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list(ALPHABET) + list('"*()-:^+ANDORNEAR\'\\%_官员任务职务')), max_size=20)
       | st.text(max_size=20))
def test_random_strings_never_raise(random_store, text):
    assert isinstance(random_store.article_ids(text), list)


def test_parse_query_words_phrases_exclusions_and_fields():
    q = parse_query('脱贫 "王晓 出席" -整改 官员:王晓 任务：整改 职务:市长')
    assert q.include == ["脱贫", "王晓 出席"]
    assert q.exclude == ["整改"]
    assert q.fields == [("official", "王晓"), ("task", "整改"), ("post", "市长")]


def test_index_text_holds_bigrams_characters_and_escaped_punctuation():
    assert set(index_text("王晓出席").split()) == {
        "王晓", "晓出", "出席", "王", "晓", "出", "席"}
    assert set(index_text("5G网络,十四五\u3000党〔").split()) == {
        "5g", "g网", "网络", "十四", "四五", "5", "g", "网", "络", "十", "四", "五", "党", "u002c", "u3014"}


def test_a_word_is_exact_only_when_one_token_decides_it():
    assert plan_term("王晓").tokens == ("王晓",) and plan_term("王晓").exact
    assert plan_term("王").exact and plan_term("5G").exact and plan_term("〔").exact
    assert plan_term("习近平").tokens == ("习近", "近平") and not plan_term("习近平").exact
    assert plan_term("〔2025〕").tokens == ("u3014", "20", "02", "25", "u3015")
    assert not plan_term("王晓 出席").exact and plan_term("王晓 出席").tokens == ("王晓", "出席")


def test_entity_search(store):
    body = "市委书记王晓出席会议。王晓要求抓好整改落实。"
    a = store.add_article(ParsedArticle(title="甲", body=body),
                          Extraction(officials=(Official("王晓", ("市委书记",), (Span(0, 6),)),),
                                     tasks=(Task("t1", 1, "抓好整改落实", 15, 21, speaker="王晓"),)))
    store.add_article(ParsedArticle(title="乙", body="王晓是一位农民。"), Extraction())
    assert store.article_ids("官员:王晓") == [a]
    assert store.article_ids("职务:书记") == [a]
    assert store.article_ids("任务:整改") == [a]
    assert sorted(store.article_ids("王晓")) == sorted([a, a + 1])


@pytest.mark.parametrize("backend", ["sqlite", "server"])
def test_corpus_queries_equal_substring_scan(tmp_path, open_backend, backend):
    corpus = SHARED / "corpus" / "articles.jsonl"
    if not corpus.exists():
        pytest.skip("../shared/corpus is not here")
    rows = [json.loads(l) for l in corpus.read_text(encoding="utf-8").splitlines() if l.strip()]
    s = open_backend(backend, tmp_path)
    with s.transaction():
        for r in rows:
            s.add_article(ParsedArticle(title=r["title"], body=r["text"], date=r.get("date")), Extraction())
    rng = random.Random(3)
    queries = ["习近平", "脱贫", "整改", "王", "中国", "5G", "十四五", "“两个维护”"]
    for _ in range(60):
        body = rng.choice(rows)["text"]
        n = rng.randint(1, 6)
        i = rng.randrange(0, max(1, len(body) - n))
        queries.append(body[i:i + n].strip() or "的")
    for q in queries:
        assert sorted(s.article_ids(Query(include=[q]))) == _scan(s, [q]), q
    s.close()


def test_index_rows_follow_their_transaction(tmp_path):
    """Index rows are written at the commit in date order: a search inside the transaction sees
    what it added, an article undone by its savepoint leaves no row, a rolled-back batch none."""
    with Store(tmp_path / "s.db") as s:
        with s.transaction():
            a = s.add_article(ParsedArticle("甲", "春耕备耕正当时", date="2020-05-01"), Extraction())
            assert s.article_ids("春耕") == [a]
            with pytest.raises(RuntimeError):
                with s.transaction():
                    s.add_article(ParsedArticle("乙", "秋收冬藏", date="2019-01-01"), Extraction())
                    raise RuntimeError("a failed article")
            b = s.add_article(ParsedArticle("丙", "春耕生产", date="2018-01-01"), Extraction())
        with pytest.raises(RuntimeError):
            with s.transaction():
                s.add_article(ParsedArticle("丁", "夏种夏管", date="2021-01-01"), Extraction())
                raise RuntimeError("a failed batch")
        assert s.article_ids("春耕") == [a, b] and s.article_ids("秋收") == [] and s.article_ids("夏种") == []
        assert s.count() == 2 and s.check_integrity() == []


@pytest.mark.parametrize("probe", [1, 500])
def test_long_words_found_through_their_rarest_tokens_equal_a_scan(random_store, monkeypatch, probe):
    """A word of 5+ characters is looked up by its rarest bigrams (probe=1: every token counts as
    common and the two with the oldest first articles are taken) and confirmed by substring."""
    from desktop_app.store import search as search_module

    monkeypatch.setattr(search_module, "_PROBE", probe)
    rng = random.Random(probe)
    bodies = [r[0] for r in random_store.conn.execute("SELECT body FROM articles")]
    words = []
    for _ in range(150):
        body = rng.choice(bodies)
        start = rng.randrange(max(1, len(body) - 8))
        words.append(body[start:start + rng.randint(5, 8)].strip() or "王晓")
    words += ["".join(rng.choice(ALPHABET.replace(" ", "")) for _ in range(rng.randint(5, 8))) for _ in range(50)]
    hits = 0
    for w in words:
        got = sorted(random_store.article_ids(Query(include=[w])))
        assert got == _scan(random_store, [w]), w
        hits += bool(got)
    assert hits >= 100  # the sampled words do occur


@pytest.mark.parametrize("shape", ["walk", "slice"])
def test_every_first_page_shape_of_the_server_equals_a_scan(open_backend, tmp_path, monkeypatch, shape):
    """The server finds a common word's first page by walking the list and testing text, a mid one
    in a slice of the list first: both give the SQLite store's page (forced here on a small store)."""
    from desktop_app.store.server import search as server_search

    s = open_backend("server", tmp_path)
    lite = open_backend("sqlite", tmp_path)
    rng = random.Random(11)
    for store in (s, lite):
        with store.transaction():
            for i in range(200):
                body = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(5, 80)))
                store.add_article(ParsedArticle(title=f"题{i}", body=f"{i}{body}", date=f"2020-02-{i % 28 + 1:02d}"),
                                  Extraction())
        rng = random.Random(11)
    s.conn.pg("ANALYZE articles")
    if shape == "walk":
        monkeypatch.setattr(server_search, "WALK_FREQ", 0.0)
    else:
        monkeypatch.setattr(server_search, "WALK_FREQ", 2.0)
        monkeypatch.setattr(server_search, "SLICE_MIN", 0)
        monkeypatch.setattr(server_search, "SLICE_HITS", 20)
    for q in ["王", "晓", "王晓", "脱贫攻坚", "5g", "G5", "〔2025〕", "·", "𠮷", "王 -晓", "工作 -5G", "会议 要求", "书记"]:
        for limit in (1, 5, 50):
            assert s.article_ids(q, limit=limit) == lite.article_ids(q, limit=limit), (q, limit)
    s.close()
    lite.close()
