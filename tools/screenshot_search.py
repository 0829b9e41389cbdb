"""Save docs/screenshot-search.png: the window with a search active (snippets in the list, hits in the
reader, the second hit reached with F3), on a temporary store with the Xining sample.

    python tools/screenshot_search.py   (offscreen, or under xvfb-run -a)
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
import shot_env  # noqa: E402,F401  (the screenshots' environment, before Qt: tools/shot_env.py)


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from desktop_app.search.filters import Filters
    from desktop_app.store import Store
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.ui_state import UiState, open_settings
    from handmade import add_plain, add_sample

    app = QApplication(sys.argv[:1])
    store = Store(Path(os.environ["ZHENGWEN_DATA_DIR"]) / "shot.db")
    sample_id = add_sample(store)
    add_plain(store, "全市巡视整改工作推进会召开", "会议指出,要以巡视整改为契机,巩固脱贫攻坚成果,"
              "王晓要求各级各部门对照问题清单逐项整改。", "2019-04-12", "西宁晚报")
    add_plain(store, "脱贫攻坚“回头看”督查情况通报", "督查组深入各县区,对脱贫攻坚责任落实、政策落实、"
              "工作落实情况进行了全面检查。", "2019-03-20", "西宁晚报")
    add_plain(store, "省政府常务会议研究部署春耕生产", "会议听取了春耕备耕工作汇报,研究了农资保障。",
              "2019-03-15", "青海日报")
    window = MainWindow(store, UiState(open_settings()))
    window.resize(1360, 820)
    window.show()
    app.processEvents()
    window.actions.load_icons()
    lst = window.article_list
    lst.filters.set_filters(Filters(source="西宁晚报", date_from="2019-01-01"), emit=False)
    lst.search.setText("脱贫 王晓")
    lst.apply_search()
    lst.select_article(sample_id)
    app.processEvents()
    window.actions.find_next.trigger()
    window.actions.find_next.trigger()
    app.processEvents()
    out = REPO / "docs" / "screenshot-search.png"
    window.grab().save(str(out))
    print("saved", out, window.count_label.text(), len(window.reader.hits), "hits")
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
