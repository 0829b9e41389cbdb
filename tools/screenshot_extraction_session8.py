"""Save docs/screenshot-extraction-session8.png: the reader on an invented article that shows the
extraction rules of session 8 (a Mongolian name before a name-first post, a law's name in 《》 inside an
inspection group's title, a village before a post after a verb, 他 standing for the subject of the clause
that named him, a model worker's resolve left unmarked), with the tooltip of the Mongolian official.

    python tools/screenshot_extraction_session8.py   (offscreen, or under xvfb-run -a)
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TITLE = "那顺巴雅尔总统将对我国进行国事访问"
BODY = (
    "  外交部发言人宣布：应国家主席习近平邀请，蒙古国总统那顺巴雅尔将于9月8日至11日对我国进行国事访问。"
    "那顺巴雅尔总统表示期待此访。\n"
    "  会议听取了全国人大常委会副委员长、《中华人民共和国种子法》执法检查组组长欧阳珏关于检查情况的汇报。\n"
    "  区长贺立新确定由副区长汤斌牵头，区城管局具体负责。他强调，各街道要把保洁队伍配齐配强。"
    "翻开石坪村驻村第一书记祁文博的民情日记，村里的大事小情都在上面。\n"
    "  座谈会上，全国劳动模范、高级技师聂长松发言。聂长松说：“我们要把手艺毫无保留地传给年轻人。”\n"
)


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from desktop_app.domain import Article
    from desktop_app.extraction import extract
    from desktop_app.ui.highlighter import OFFICIAL
    from desktop_app.ui.reader_pane import ReaderPane
    from screenshot_explain import _shot

    app = QApplication(sys.argv[:1])
    found = extract(BODY, title=TITLE)
    article = Article(id=1, title=TITLE, body=BODY, subtitle="", source="新华社", date="2026-09-01", views=None,
                      officials=found.officials, tasks=found.tasks)
    pane = ReaderPane()
    pane.resize(900, 640)
    pane.show()
    pane.show_article(article)
    app.processEvents()
    for o in found.officials:
        print("official", o.name, o.titles)
    for t in found.tasks:
        print("task", t.text, t.speaker)
    r = next(r for r in pane.ranges if r.kind == OFFICIAL and r.key == "那顺巴雅尔")
    _shot(app, pane, r.start + 1, REPO / "docs" / "screenshot-extraction-session8.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
