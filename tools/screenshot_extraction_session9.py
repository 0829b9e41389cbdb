"""Save docs/screenshot-extraction-session9.png: the reader on an invented article that shows the
extraction rules of session 9 (a Mongolian name no parts list holds, read in a 盟's report; a speaker
named after a clause of place; a quote said at the close of a long attribution; what some residents
propose and a plan told in a story left unmarked; a demand that keeps 要求), with the tooltip of the
Mongolian official.

    python tools/screenshot_extraction_session9.py   (offscreen, or under xvfb-run -a)
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

TITLE = "全盟草原生态保护推进会召开"
BODY = (
    "  5月12日，全盟草原生态保护推进会召开。盟委副书记、盟长呼日乐图雅主持会议。\n"
    "  在乌兰苏木草场，呼日乐图雅查看了禁牧区围栏，叮嘱苏木干部要守好每一道网围栏。\n"
    "  “草场是牧民的饭碗，各旗要把禁牧任务分解到每户。”5月12日，盟委书记敖其尔巴图在座谈时这样说。"
    "他要求各旗县抓好春季休牧，确保草原植被恢复。\n"
    "  座谈会上，牧民们你一言我一语，有的提出要多建几处饮水点，有的盼着增加补贴。\n"
    "  说起今后的打算，嘎查党支部书记巴雅尔说，嘎查要办一个奶食品加工点。\n"
)


def main() -> int:
    from screenshot_explain import shoot_invented_article

    return shoot_invented_article(TITLE, BODY, "2026-05-12", "呼日乐图雅",
                                  REPO / "docs" / "screenshot-extraction-session9.png")


if __name__ == "__main__":
    raise SystemExit(main())
