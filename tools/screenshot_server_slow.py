"""Screenshots of a window on a slow team library (docs/): a colleague's transaction holds the
tables an article is read from; the window stays responsive, says it is waiting, and after the 5 s
read timeout says in one line what happened.

    python tools/screenshot_server_slow.py

Starts a throwaway PostgreSQL cluster, `server init`, the Xining sample and a second article.
"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
from shot_env import team_library, wait  # noqa: E402  (first: the screenshots' environment, before Qt; tools/shot_env.py)
DOCS = REPO / "docs"


def main() -> None:
    import psycopg

    from desktop_app.domain import Extraction, ParsedArticle
    from desktop_app.store.server import open_server_store
    from desktop_app.ui.main_window import MainWindow
    from handmade import add_sample

    with team_library() as (app, state, url):
        store = open_server_store(url)
        first = add_sample(store)
        other = store.add_article(ParsedArticle("市政府召开常务会议研究部署近期重点工作",
                                                "会议要求,各单位要抓好整改工作的落实。", date="2019-03-02",
                                                source="西宁晚报"), Extraction())
        w = MainWindow(store, state.for_library(store.location))
        w.resize(1100, 680)
        w.show()
        wait(app, 3.0, lambda: not w.article_list.model.loading)  # the list is read off the GUI thread
        w.article_list.select_article(first)
        wait(app, 3.0, lambda: w.reader.article is not None)
        blocker = psycopg.connect(url)
        blocker.execute("LOCK TABLE officials, mentions, tasks IN ACCESS EXCLUSIVE MODE")
        try:
            w.article_list.select_article(other)
            wait(app, 2.0, lambda: "正在等待" in w.statusBar().currentMessage())
            DOCS.mkdir(exist_ok=True)
            w.grab().save(str(DOCS / "screenshot-server-slow-waiting.png"))
            wait(app, 8.0, lambda: "未能打开" in w.statusBar().currentMessage())
            wait(app, 0.2)
            w.grab().save(str(DOCS / "screenshot-server-slow-timeout.png"))
            print("status line:", w.statusBar().currentMessage())
        finally:
            blocker.rollback()
            blocker.close()
        w.close()
        store.close()
        print(f"saved {DOCS / 'screenshot-server-slow-waiting.png'} and {DOCS / 'screenshot-server-slow-timeout.png'}")


if __name__ == "__main__":
    main()
