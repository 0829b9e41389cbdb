"""Only the default store is seeded, once, with the shipped samples."""
from __future__ import annotations

from desktop_app.seed import open_store


def test_default_store_is_seeded_once():
    with open_store(None, seed_default=True) as s:
        titles = {s.summaries(s.article_ids()).get(i).title for i in s.article_ids()}
        assert titles == {"欢迎使用政文阅览", "西宁市委召开脱贫攻坚工作会议"}
        s.delete_article(s.article_ids("欢迎")[0])
    with open_store(None, seed_default=True) as s:
        assert s.count() == 1  # not seeded again


def test_named_store_is_not_seeded(tmp_path):
    with open_store(str(tmp_path / "x.db"), seed_default=True) as s:
        assert s.count() == 0
