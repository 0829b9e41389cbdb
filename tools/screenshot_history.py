"""Save docs/screenshot-history.png: the editor's 历史 tab (zh_CN) on a temporary store, a revision that
changed the third paragraph selected and described in words, with the post and tag revisions above it.

    python tools/screenshot_history.py   (offscreen, or under xvfb-run -a)
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
import shot_env  # noqa: E402,F401  (the screenshots' environment, before Qt: tools/shot_env.py)


def main() -> int:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from desktop_app.editing import drafts
    from desktop_app.store import Store
    from desktop_app.ui.revisions_tab import RevisionsTab
    from handmade import add_plain

    app = QApplication(sys.argv[:1])
    store = Store(Path(os.environ["ZHENGWEN_DATA_DIR"]) / "shot.db")
    body = ("省委召开常委会会议。\n\n会议听取了全省春耕备耕工作情况汇报。\n\n"
            "会议强调,要抓好春耕生产,确保粮食播种面积稳定。\n\n王建军主持会议并讲话。\n")
    aid = add_plain(store, "省委常委会会议研究春耕生产", body, date="2019-04-02", source="青海日报")
    state = store.article_state(aid)
    edited, _ = drafts.edit_body(state, state.body.replace("抓好春耕生产", "全力抓好春耕备耕"))
    store.save_article_state(aid, edited)
    state = store.article_state(aid)
    store.save_article_state(aid, drafts.set_posts(state, "王建军", ("青海省委书记",)))
    state = store.article_state(aid)
    store.save_article_state(aid, drafts.set_field(drafts.set_field(state, "title", "省委常委会会议研究部署春耕生产"),
                                                   "tags", ["重点", "春耕"]))
    tab = RevisionsTab(store, QUndoStack(), lambda: store.article_state(aid))
    tab.resize(560, 560)
    tab.fill(aid)
    tab.show()
    tab.revision_list.setCurrentRow(2)
    app.processEvents()
    out = REPO / "docs" / "screenshot-history.png"
    tab.grab().save(str(out))
    print("saved", out)
    print(tab.revision_text.toPlainText())
    tab.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
