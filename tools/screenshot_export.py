"""Save docs/screenshot-export*.png: the export pane over the window, with the Xining sample open.

    python tools/screenshot_export.py [OUT_DIR]   (offscreen)

Also writes the sample as DOCX (plain and 公文), PDF and XLSX into OUT_DIR (default: a temporary
folder) through the pane, so that they can be rendered to PNG and looked at.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
import shot_env  # noqa: E402,F401  (the screenshots' environment, before Qt: tools/shot_env.py)


def main() -> int:
    from PySide6.QtWidgets import QApplication, QFileDialog

    from desktop_app.store import Store
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.ui_state import UiState, open_settings
    from handmade import add_plain, add_sample

    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="zw-export-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    store = Store(Path(os.environ["ZHENGWEN_DATA_DIR"]) / "shot.db")
    add_plain(store, "市政府常务会议研究部署春季农业生产", "会议要求,各地要抓好春耕备耕。", date="2019-02-20",
              source="西宁晚报")
    sample = add_sample(store)
    window = MainWindow(store, UiState(open_settings()))
    window.resize(1360, 820)
    window.show()
    window.article_list.select_article(sample)
    app.processEvents()
    pane = window.open_export()
    pane.resize(900, 700)
    for fmt, name in (("xlsx", "screenshot-export.png"), ("docx", "screenshot-export-docx.png")):
        pane.set_format(fmt)
        pane.update_preview()
        app.processEvents()
        pane.grab().save(str(REPO / "docs" / name))
        print("saved", REPO / "docs" / name)

    def write(fmt: str, layout: str, name: str) -> None:
        pane.set_format(fmt)
        pane.layout_box.setCurrentIndex(pane.layout_box.findData(layout))
        target = out_dir / name
        QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(target), ""))
        job = pane.export()
        while not job.done:
            app.processEvents()
        print(pane.last_summary)

    write("docx", "plain", "plain.docx")
    write("docx", "gongwen", "gongwen.docx")
    write("pdf", "plain", "article.pdf")
    write("tasks_docx", "plain", "tasks.docx")
    app.processEvents()
    pane.grab().save(str(REPO / "docs" / "screenshot-export-done.png"))
    print("saved", REPO / "docs" / "screenshot-export-done.png", "files in", out_dir)
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
