"""Save docs/screenshot.png: the real window on a temporary store with the Xining sample open.

    python tools/screenshot.py [--handmade]   (offscreen, or under xvfb-run -a)

Uses the real extractor; with --handmade, or when the extractor finds nothing, a hand-made
extraction of the sample (handmade.py) instead.
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

    from desktop_app.importer import import_paths
    from desktop_app.paths import resource
    from desktop_app.store import Store
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.ui_state import UiState, open_settings
    from handmade import SAMPLE, add_sample

    app = QApplication(sys.argv[:1])
    store = Store(Path(os.environ["ZHENGWEN_DATA_DIR"]) / "shot.db")
    report = import_paths(store, [resource("samples", "welcome.txt"), SAMPLE])
    sample_id = store.article_ids("西宁市委召开脱贫攻坚工作会议")[0]
    article = store.article(sample_id)
    if "--handmade" in sys.argv or not article.officials:
        store.delete_article(sample_id)
        sample_id = add_sample(store)
        print("hand-made extraction")
    print(report)
    window = MainWindow(store, UiState(open_settings()))
    window.resize(1360, 820)
    window.show()
    window.article_list.select_article(sample_id)
    app.processEvents()
    window.actions.load_icons()
    window.entities.officials.setCurrentItem(window.entities.officials.topLevelItem(1))
    app.processEvents()
    out = REPO / "docs" / "screenshot.png"
    window.grab().save(str(out))
    # The 任务 tab, with a level-2 task selected: the reader scrolls to it.
    window.entities.setCurrentWidget(window.entities.tasks)
    tasks = window.entities.tasks
    first = tasks.topLevelItem(0)
    item = first.child(0) if first.childCount() else first
    tasks.setCurrentItem(item)
    tasks.itemClicked.emit(item, 0)
    app.processEvents()
    window.grab().save(str(out.with_name("screenshot-tasks.png")))
    print("saved", out, out.with_name("screenshot-tasks.png"))
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
