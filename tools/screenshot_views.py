"""Save docs/screenshot-stats.png and docs/screenshot-people.png: the statistics view and the people
index on a temporary store with the shipped samples (imported with the real extractor) and a few
generated articles of other months.

    python tools/screenshot_views.py   (offscreen, or under xvfb-run -a)
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
import shot_env  # noqa: E402,F401  (the screenshots' environment, before Qt: tools/shot_env.py)

SAMPLE = "xining-2019-03-01-poverty-meeting.txt"  # the shipped sample of a government meeting
GENERATED = (  # (date, title, body): official posts and 要求 sentences the extractor finds
    ("2018-11-20", "市政府常务会议研究冬季供暖", "11月20日,市长张晓容主持召开市政府常务会议。张晓容要求,要确保群众温暖过冬。"),
    ("2018-12-05", "全市经济工作会议召开", "市委书记王晓出席会议并讲话。王晓强调,要坚持稳中求进工作总基调。"
                   "市委副书记、市长张晓容作总结讲话。"),
    ("2018-12-18", "市人大常委会举行会议", "市人大常委会党组书记、主任曹健松主持会议。会议审议了有关报告。"),
    ("2019-01-09", "市委常委会专题研究脱贫攻坚", "市委书记王晓主持会议。王晓要求,要压实脱贫攻坚责任。"),
    ("2019-01-25", "市政协召开主席会议", "市政协党组书记、主席段发达主持会议并讲话。段发达要求,要围绕中心建言献策。"),
    ("2019-02-14", "全市安全生产工作会议召开", "副市长李明出席会议。李明要求,要抓好节后复工安全。"),
    ("2019-03-12", "市委理论学习中心组集体学习", "市委书记王晓主持学习并讲话。市委副书记马坚参加学习。"),
    ("2019-03-26", "市长张晓容调研城市建设", "市委副书记、市长张晓容到城东区调研。张晓容要求,要加快棚户区改造。"),
    ("2019-04-08", "全市春季植树造林动员会召开", "市委书记王晓、市长张晓容出席。王晓要求,要高质量完成植树任务。"),
    ("2019-04-22", "市政府召开优化营商环境推进会", "副市长李明主持会议。李明要求,要持续深化放管服改革。"),
    ("2019-05-10", "市人大常委会开展执法检查", "市人大常委会主任曹健松带队检查。曹健松要求,要推动法律法规落实。"),
    ("2019-06-03", "市委召开巡视整改推进会", "市委书记王晓主持会议。王晓要求,要逐项整改到位。市委副书记马坚通报情况。"),
)


def build_store(path: Path):
    from desktop_app.domain import ParsedArticle, Tracking
    from desktop_app.importer import import_parsed
    from desktop_app.importer import import_text
    from desktop_app.paths import resource
    from desktop_app.readers import read_text_file
    from desktop_app.store import Store

    store = Store(path)
    import_text(store, read_text_file(resource("samples", SAMPLE)), name=Path(SAMPLE).stem)  # real extraction
    for date, title, body in GENERATED:
        import_parsed(store, ParsedArticle(title=title, body=body, date=date, source="西宁日报"))
    statuses = ["done", "in_progress", "in_progress", "delayed", "done"]
    rows = [r for r in store.task_rows() if not r.orphan]
    for row, status in zip(rows, statuses):
        store.set_tracking(row.article_id, row.task, Tracking(lead_unit="市扶贫局", status=status))
    return store


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.people_index import PeopleIndex
    from desktop_app.ui.stats_view import StatsView

    app = QApplication(sys.argv[:1])
    store = build_store(Path(os.environ["ZHENGWEN_DATA_DIR"]) / "shot.db")

    stats = StatsView(store, background=False)
    stats.resize(1000, 720)
    stats.show()
    stats.refresh()
    app.processEvents()
    out = REPO / "docs" / "screenshot-stats.png"
    stats.grab().save(str(out))
    print("saved", out, stats.summary.text(), stats.months.items())

    people = PeopleIndex(store, background=False)
    people.resize(1180, 720)
    people.show()
    people.refresh()
    people.select_person("张晓容")
    app.processEvents()
    out = REPO / "docs" / "screenshot-people.png"
    people.grab().save(str(out))
    print("saved", out, people.names(), people.rows(people.posts))
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
