"""Save docs/screenshot-extraction-session10.png: the reader on an invented article that shows the
extraction rules of session 10 (a post taken up after the name, 担任驻村第一书记; a name read before
冒雨; the convener of a joint meeting; a villager's quote and a plan told when asked about the future
left unmarked; a demand of named staff without a modal), with the tooltip of the first secretary.

    python tools/screenshot_extraction_session10.py   (offscreen, or under xvfb-run -a)
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

TITLE = "青石镇部署防汛和村集体经济工作"
BODY = (
    "  2024年春天，欧阳晓岚从市数据局来到青石镇岩口村，担任驻村第一书记。她带着村民开网店，"
    "去年村集体收入突破30万元。\n"
    "  7月8日，县委副书记、县长柴翀冒雨到青石镇督导防汛工作。柴翀要求，包村干部今晚全部下沉到村，"
    "与村干部一起巡查值守。镇应急办要备足冲锋舟、沙袋等物资。\n"
    "  县信访工作联席会议召集人、副县长司马青强调，各村要把矛盾化解在基层。\n"
    "  村民杨桂兰说：“她教我开直播，我现在每天能卖几十单。年轻人也要多来学一学。”\n"
    "  说起下一步，欧阳晓岚说，村里要建一个分拣包装车间。\n"
)


def main() -> int:
    from screenshot_explain import shoot_invented_article

    return shoot_invented_article(TITLE, BODY, "2024-07-08", "欧阳晓岚",
                                  REPO / "docs" / "screenshot-extraction-session10.png")


if __name__ == "__main__":
    raise SystemExit(main())
