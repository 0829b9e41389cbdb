"""An import into a server library does its search-index upkeep in bulk and leaves nothing behind:
the index's pending list is merged when the import ends, and the session is as it was."""
from __future__ import annotations

import psycopg

from desktop_app.importer import import_paths
from desktop_app.store.server import open_server_store, users


def _pending_pages(url: str) -> int:
    """What is still waiting in the GIN index's pending list (merging it now reports how much)."""
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute("SELECT gin_clean_pending_list('articles_tokens')").fetchone()[0]


def test_an_editors_import_leaves_the_index_merged_and_the_session_as_it_was(pg_url, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(30):
        (folder / f"{i:03d}.txt").write_text(
            f"第{i}号督办通知\n\n  各单位要抓好第{i}项整改工作的落实,{i}月底前报送进展。", encoding="utf-8")
    users.add_user(pg_url, "clerk", "edit")  # not the index's owner: the merge is lent by a function
    clerk_url = pg_url.replace("postgres@", "clerk@", 1)
    with open_server_store(clerk_url) as s:
        report = import_paths(s, [folder], batch=7)
        assert len(report.imported) == 30 and not report.failed
        assert s.conn.pg("SHOW gin_pending_list_limit").fetchone()[0] == "4MB"  # a desk's saves stay small
        assert s.article_ids("第17号督办") == [report.imported[17]]
    assert _pending_pages(pg_url) == 0


def test_without_an_import_the_pending_list_holds_new_articles(pg_url, tmp_path):
    """The other side of the check above: single additions (a pasted article) stay pending as
    before, so a pending count of 0 after an import is the import's doing."""
    from desktop_app.domain import Extraction, ParsedArticle

    with open_server_store(pg_url) as s:
        s.add_article(ParsedArticle("粘贴的文章", "各单位要抓好整改工作的落实。"), Extraction())
    assert _pending_pages(pg_url) > 0
