"""Screenshot of saved searches carried to the team library (docs/screenshot-saved-searches-server.png):
searches saved on a desk's library file are copied with it (`zhengwen copy FILE URL --owner zhangsan`)
and zhangsan's window on the server lists them in the sidebar; one of them is shown (its words and
filters restored, the list filtered).

    python tools/screenshot_saved_searches.py
"""
from __future__ import annotations

import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
from shot_env import team_library, wait  # noqa: E402  (first: the screenshots' environment, before Qt; tools/shot_env.py)
DOCS = REPO / "docs"


def main() -> None:
    from desktop_app.domain import Extraction, ParsedArticle
    from desktop_app.search.filters import Filters, SavedSearch
    from desktop_app.store import Store
    from desktop_app.store.server import open_server_store
    from desktop_app.store.server.copy import copy_library
    from desktop_app.ui.main_window import MainWindow
    from handmade import add_sample

    with team_library("zhangsan") as (app, state, url):
        path = Path(tempfile.mkdtemp(prefix="zw-desk-")) / "desk.db"
        with Store(path) as desk:
            add_sample(desk)
            for i, (title, source) in enumerate((("全市脱贫攻坚工作推进会召开", "西宁晚报"),
                                                 ("省扶贫办部署脱贫成效考核", "青海日报"),
                                                 ("市政府常务会议研究春耕生产", "西宁晚报"))):
                desk.add_article(ParsedArticle(title, f"{title}。会议要求抓好落实。", source=source,
                                               date=f"2019-04-0{i + 1}"), Extraction())
            for s in (SavedSearch("西宁晚报·脱贫", "脱贫", Filters(source="西宁晚报")),
                      SavedSearch("督办中的任务", "", Filters(open_tasks=True)),
                      SavedSearch("2019年4月以来", "会议", Filters(date_from="2019-04-01"))):
                desk.save_search(s)
            with open_server_store(url) as server:
                copy_library(desk, server, owner="zhangsan")
        mine = url.replace("postgres@", "zhangsan@")
        store = open_server_store(mine)
        w = MainWindow(store, state.for_library(mine))
        w.resize(1100, 700)
        w.show()
        pane = w.article_list
        wait(app, 5.0, lambda: len(pane.saved.searches) == 3)
        pane.saved_list.itemClicked.emit(pane.saved_list.item(0))
        wait(app, 3.0, lambda: pane.model.rowCount() == 2)
        pane.select_first()
        wait(app, 3.0, lambda: w.reader.article is not None)
        wait(app, 0.5)
        DOCS.mkdir(exist_ok=True)
        out = DOCS / "screenshot-saved-searches-server.png"
        w.grab().save(str(out))
        print(f"saved {out}")
        w.close()
        store.close()


if __name__ == "__main__":
    main()
