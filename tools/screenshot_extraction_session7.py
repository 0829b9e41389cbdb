"""Save docs/screenshot-extraction-session7.png: the reader on an invented article that shows the
extraction rules of session 7 (an obituary's career line over commas, 原 carried over a chain, a foreign
name written untitled that takes the post of its last part, 不要 as a prohibition, a habit in a story left
unmarked), with the tooltip of the obituary's official.

    python tools/screenshot_extraction_session7.py   (offscreen, or under xvfb-run -a)
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

TITLE = "原水利部副部长钟立新同志逝世"
BODY = (
    "  新华社北京3月2日电  我国水利事业的杰出领导干部，第十届全国政协常委，原湖南省副省长，原水利部副部长、"
    "党组副书记钟立新同志，因病医治无效逝世。\n"
    "  同日，国家主席习近平致电安东尼奥·梅内塞斯，祝贺他就任。习近平表示，愿同梅内塞斯总统一道努力。\n"
    "  省委书记郭明主持召开省委常委会会议时指出，汛期是事故易发多发期。全省上下必须绷紧安全生产这根弦。"
    "他强调，防汛工作不要心存侥幸麻痹大意，要立即整改到位。\n"
    "  老周是水库的管护员，每天都要沿着库区走上两圈。\n"
)


def main() -> int:
    from screenshot_explain import shoot_invented_article

    return shoot_invented_article(TITLE, BODY, "2026-03-02", "钟立新",
                                  REPO / "docs" / "screenshot-extraction-session7.png")


if __name__ == "__main__":
    raise SystemExit(main())
