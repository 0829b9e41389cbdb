"""find_hits / snippet: the places a search matches, with the store's semantics."""
from __future__ import annotations


from hypothesis import given, settings, strategies as st

from desktop_app.search.filters import ELLIPSIS, find_hits, hit_terms, snippet


def test_hits_of_words_phrases_and_entity_values():
    text = "王晓主持会议。王晓强调,脱贫攻坚要整改到位。"
    assert find_hits(text, "王晓") == [(0, 2), (7, 9)]
    assert find_hits(text, '"脱贫攻坚" -会议') == [(12, 16)]
    assert find_hits(text, "官员:王晓 任务:整改") == [(0, 2), (7, 9), (17, 19)]
    assert find_hits(text, "来源:新华社") == []
    assert find_hits(text, "") == []


def test_overlapping_hits_merge_and_ascii_case_is_ignored():
    assert find_hits("脱贫攻坚", "脱贫 贫攻") == [(0, 3)]
    assert find_hits("5G网络与5g基站", "5G") == [(0, 2), (5, 7)]
    assert find_hits("aaa", "aa") == [(0, 3)]


def test_hits_after_a_non_bmp_character_are_python_indices():
    text = "𠮷野家的王晓"
    assert find_hits(text, "王晓") == [(4, 6)]
    assert text[4:6] == "王晓"


def test_hit_terms_skip_excludes_and_duplicates():
    assert hit_terms("脱贫 -会议 脱贫 官员:王晓 来源:新华社") == ["脱贫", "王晓"]


def test_snippet_marks_hits_around_the_first_one():
    body = "开头的话。" * 20 + "会上,王晓强调脱贫攻坚。" + "结尾的话。" * 20
    s = snippet(body, "王晓 脱贫", width=30)
    assert s.text.startswith(ELLIPSIS) and s.text.endswith(ELLIPSIS)
    assert [s.text[a:b] for a, b in s.hits] == ["王晓", "脱贫"]
    assert len(s.text) <= 32
    assert "\n" not in snippet("王晓\n脱贫", "脱贫").text


def test_snippet_without_hits_is_the_start():
    s = snippet("短文", "没有", width=30)
    assert s.text == "短文" and s.hits == ()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="王晓脱贫aA𠮷 ,", max_size=40), st.text(alphabet="王晓脱贫aA𠮷", min_size=1, max_size=3))
def test_hits_equal_a_substring_scan(text, term):
    hits = find_hits(text, [term])
    covered = set()
    for s, e in hits:
        covered.update(range(s, e))
    low, needle = text.lower(), term.lower()
    expected = set()
    for i in range(len(text)):
        if low.startswith(needle, i):
            expected.update(range(i, i + len(needle)))
    assert covered == expected


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="王晓脱贫攻坚,。\n", max_size=300), st.sampled_from(["王晓", "脱贫", "攻坚", "王"]),
       st.integers(min_value=8, max_value=80))
def test_snippet_hits_point_at_the_term(text, term, width):
    s = snippet(text, [term], width=width)
    for a, b in s.hits:
        assert term in s.text[a:b] or s.text[a:b] in term or len(s.text[a:b]) >= len(term)
        assert 0 <= a < b <= len(s.text)
