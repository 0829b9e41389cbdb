"""Save docs/screenshot-filters.png: the article list with active filters (a typed date range, a
source), each with its clear button, the "已筛选 … 清除全部" strip and the calendar opened at the
newest article's month; zh_CN, on a temporary store.

    python tools/screenshot_filters.py   (offscreen, or under xvfb-run -a)
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
import shot_env  # noqa: E402,F401  (the screenshots' environment, before Qt: tools/shot_env.py)


def main() -> int:
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    from desktop_app.search.filters import Filters
    from desktop_app.store import Store
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.ui_state import UiState, open_settings
    from handmade import add_plain, add_sample

    app = QApplication(sys.argv[:1])
    store = Store(Path(os.environ["ZHENGWEN_DATA_DIR"]) / "shot.db")
    add_sample(store)
    for title, body, date, source in (
            ("全市巡视整改工作推进会召开", "会议要求对照问题清单逐项整改。", "2019-04-12", "西宁晚报"),
            ("脱贫攻坚“回头看”督查情况通报", "督查组深入各县区全面检查。", "2019-03-20", "西宁晚报"),
            ("省政府常务会议研究部署春耕生产", "会议听取了春耕备耕工作汇报。", "2019-03-15", "青海日报"),
            ("全省经济工作会议召开", "会议总结今年经济工作。", "2019-10-08", "青海日报")):
        add_plain(store, title, body, date, source)
    window = MainWindow(store, UiState(open_settings()))
    window.resize(1360, 820)
    window.show()
    app.processEvents()
    window.actions.load_icons()
    bar = window.article_list.filters
    bar.load_choices()
    bar.set_filters(Filters(source="西宁晚报"))
    bar.date_from.edit.setText("2019年3月1日")
    bar.date_from.edit.editingFinished.emit()  # shown as the filter reads it
    bar.date_to.edit.setText("2019-04")
    for _ in range(20):
        app.processEvents()
    bar._emit()
    app.processEvents()
    calendar = bar.date_to.open_calendar()
    app.processEvents()
    shot = window.grab()
    # The calendar is a popup window of its own: draw it where it sits over the window.
    painter = QPainter(shot)
    painter.drawPixmap(calendar.mapToGlobal(calendar.rect().topLeft()) - window.mapToGlobal(window.rect().topLeft()),
                       calendar.grab())
    painter.end()
    out = REPO / "docs" / "screenshot-filters.png"
    shot.save(str(out))
    print("saved", out, bar.active_label.text(), window.count_label.text(), calendar.yearShown(), calendar.monthShown())
    calendar.hide()
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
