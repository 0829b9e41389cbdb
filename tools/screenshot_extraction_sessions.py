"""Save docs/screenshot-extraction-sessionN.png: the reader on an invented article that shows the
extraction rules a session added, with the tooltip of one official (what was found is printed, so a run
shows what the picture should hold).

    python tools/screenshot_extraction_sessions.py [N ...]   (all sessions without N; offscreen, or under xvfb-run -a)
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

# session: (title, body, date, the official whose tooltip is shown)
ARTICLES = {
    # an obituary's career line over commas, 原 carried over a chain, a foreign name written untitled that
    # takes the post of its last part, 不要 as a prohibition, a habit in a story left unmarked; tooltip: the
    # obituary's official
    7: ("原水利部副部长钟立新同志逝世", (
        "  新华社北京3月2日电  我国水利事业的杰出领导干部，第十届全国政协常委，原湖南省副省长，原水利部副部长、"
        "党组副书记钟立新同志，因病医治无效逝世。\n"
        "  同日，国家主席习近平致电安东尼奥·梅内塞斯，祝贺他就任。习近平表示，愿同梅内塞斯总统一道努力。\n"
        "  省委书记郭明主持召开省委常委会会议时指出，汛期是事故易发多发期。全省上下必须绷紧安全生产这根弦。"
        "他强调，防汛工作不要心存侥幸麻痹大意，要立即整改到位。\n"
        "  老周是水库的管护员，每天都要沿着库区走上两圈。\n"
    ), "2026-03-02", "钟立新"),
    # a Mongolian name before a name-first post, a law's name in 《》 inside an inspection group's title, a
    # village before a post after a verb, 他 standing for the subject of the clause that named him, a model
    # worker's resolve left unmarked; tooltip: the Mongolian official
    8: ("那顺巴雅尔总统将对我国进行国事访问", (
        "  外交部发言人宣布：应国家主席习近平邀请，蒙古国总统那顺巴雅尔将于9月8日至11日对我国进行国事访问。"
        "那顺巴雅尔总统表示期待此访。\n"
        "  会议听取了全国人大常委会副委员长、《中华人民共和国种子法》执法检查组组长欧阳珏关于检查情况的汇报。\n"
        "  区长贺立新确定由副区长汤斌牵头，区城管局具体负责。他强调，各街道要把保洁队伍配齐配强。"
        "翻开石坪村驻村第一书记祁文博的民情日记，村里的大事小情都在上面。\n"
        "  座谈会上，全国劳动模范、高级技师聂长松发言。聂长松说：“我们要把手艺毫无保留地传给年轻人。”\n"
    ), "2026-09-01", "那顺巴雅尔"),
    # a Mongolian name no parts list holds, read in a 盟's report; a speaker named after a clause of place;
    # a quote said at the close of a long attribution; what some residents propose and a plan told in a
    # story left unmarked; a demand that keeps 要求; tooltip: the Mongolian official
    9: ("全盟草原生态保护推进会召开", (
        "  5月12日，全盟草原生态保护推进会召开。盟委副书记、盟长呼日乐图雅主持会议。\n"
        "  在乌兰苏木草场，呼日乐图雅查看了禁牧区围栏，叮嘱苏木干部要守好每一道网围栏。\n"
        "  “草场是牧民的饭碗，各旗要把禁牧任务分解到每户。”5月12日，盟委书记敖其尔巴图在座谈时这样说。"
        "他要求各旗县抓好春季休牧，确保草原植被恢复。\n"
        "  座谈会上，牧民们你一言我一语，有的提出要多建几处饮水点，有的盼着增加补贴。\n"
        "  说起今后的打算，嘎查党支部书记巴雅尔说，嘎查要办一个奶食品加工点。\n"
    ), "2026-05-12", "呼日乐图雅"),
    # a post taken up after the name, 担任驻村第一书记; a name read before 冒雨; the convener of a joint meeting; a
    # villager's quote and a plan told when asked about the future left unmarked; a demand of named staff
    # without a modal; tooltip: the first secretary
    10: ("青石镇部署防汛和村集体经济工作", (
        "  2024年春天，欧阳晓岚从市数据局来到青石镇岩口村，担任驻村第一书记。她带着村民开网店，"
        "去年村集体收入突破30万元。\n"
        "  7月8日，县委副书记、县长柴翀冒雨到青石镇督导防汛工作。柴翀要求，包村干部今晚全部下沉到村，"
        "与村干部一起巡查值守。镇应急办要备足冲锋舟、沙袋等物资。\n"
        "  县信访工作联席会议召集人、副县长司马青强调，各村要把矛盾化解在基层。\n"
        "  村民杨桂兰说：“她教我开直播，我现在每天能卖几十单。年轻人也要多来学一学。”\n"
        "  说起下一步，欧阳晓岚说，村里要建一个分拣包装车间。\n"
    ), "2024-07-08", "欧阳晓岚"),
}


def main(argv: list[str]) -> int:
    from screenshot_explain import shoot_invented_article

    sessions = [int(a) for a in argv] or sorted(ARTICLES)
    for n in sessions:
        title, body, date, official = ARTICLES[n]
        shoot_invented_article(title, body, date, official, REPO / "docs" / f"screenshot-extraction-session{n}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
