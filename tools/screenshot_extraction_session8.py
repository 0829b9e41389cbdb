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
    from screenshot_explain import shoot_invented_article

    return shoot_invented_article(TITLE, BODY, "2026-09-01", "那顺巴雅尔",
                                  REPO / "docs" / "screenshot-extraction-session8.png")


if __name__ == "__main__":
    raise SystemExit(main())
