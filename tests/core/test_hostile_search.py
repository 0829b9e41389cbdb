"""Hostile searches (issue 15, points 13 and 18): 999 words, a lone quote."""
from __future__ import annotations

import itertools
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.importer import import_text
from desktop_app.search.query import MAX_WORDS, parse_query
from desktop_app.store import Store

REPO = Path(__file__).resolve().parents[2]
CHARS = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也主下"


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "s.db") as s:
        import_text(s, '市委召开会议\n  会议强调,要抓好"三农"工作。书记出席。')
        import_text(s, "市政府常务会议\n  研究部署安全生产工作。")
        yield s


def _words(n: int, prefix: str = "") -> str:
    """n distinct three-character words, in a shuffled order."""
    words = ["".join(p) for p in itertools.islice(itertools.permutations(CHARS, 3), 0, None, 7)][:n]
    random.Random(n).shuffle(words)
    return " ".join(prefix + w for w in words)


@pytest.mark.parametrize("prefix", ["", "-", "官员:", "任务:", "职务:", "来源:"])
def test_999_words_do_not_crash(store, prefix):
    """The audit's reproduction: 999 words -> "Expression tree is too large (maximum depth 1000)"."""
    ids = store.article_ids(_words(999, prefix))
    assert ids == ([] if prefix != "-" else store.article_ids(None))


def test_the_words_past_the_cap_are_reported_not_silently_dropped():
    q = parse_query(_words(999))
    assert len(q.include) == MAX_WORDS and len(q.dropped) == 999 - MAX_WORDS
    # the same word many times is one word
    q = parse_query(" ".join(["会议"] * 999))
    assert q.include == ["会议"] and q.dropped == []


def test_the_cli_says_words_were_left_out(tmp_path):
    db = tmp_path / "s.db"
    subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(db), "import",
                    str(REPO / "resources" / "samples" / "welcome.txt")], check=True, cwd=REPO, capture_output=True)
    r = subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(db), "search", *_words(999).split()],
                       capture_output=True, text=True, encoding="utf-8", cwd=REPO,
                       env={**os.environ, "LANG": "zh_CN.UTF-8", "LC_ALL": ""})
    assert r.returncode == 0 and "Traceback" not in r.stderr
    assert f"只用了前 {MAX_WORDS} 个" in r.stderr


@pytest.mark.parametrize("text", ['"', "“", '""" "', '会议 "'])
def test_a_lone_quote_does_not_return_every_article(store, text):
    found = store.article_ids(text)
    assert len(found) < store.count()
    # it is looked for as a character: the article that has one
    if text in ('"', '会议 "'):
        assert [store.article(i).title for i in found] == ["市委召开会议"]


def test_an_open_phrase_still_finds_its_words(store):
    assert [store.article(i).title for i in store.article_ids('"安全生产')] == ["市政府常务会议"]
