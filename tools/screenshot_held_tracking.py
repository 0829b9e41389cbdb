"""Screenshots of a 督办 edit kept on the desk across a restart (docs/): the server is stopped, an edit
is held, the window is closed (it says the edit stays on this computer); at the next start the
window offers it again; after Yes it lands and the status bar says so.

    python tools/screenshot_held_tracking.py

Starts a throwaway PostgreSQL cluster with the Xining sample, stops and starts its server.
"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
from shot_env import wait  # noqa: E402  (first: the screenshots' environment, before Qt; tools/shot_env.py)
DOCS = REPO / "docs"
TASK = "一要坚持靠前指挥"


def _grabbing(path: Path, answer):
    """A stand-in for QMessageBox.question that shows the same box, saves a picture of it, answers."""
    from PySide6.QtWidgets import QMessageBox

    def question(parent, title, text, buttons=QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                 default=QMessageBox.StandardButton.NoButton):
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
        box.setDefaultButton(default)
        box.show()
        from PySide6.QtWidgets import QApplication

        wait(QApplication.instance(), 0.3)
        box.grab().save(str(path))
        print("asked:", text)
        box.close()
        return answer
    return question


def main() -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop_app.app import configure_app
    from desktop_app.domain import Tracking
    from desktop_app.store.server import cluster, open_server_store, users
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.ui_state import UiState, open_settings
    from handmade import add_sample

    app = QApplication.instance() or QApplication([])
    state = UiState(open_settings())
    configure_app(app, state, "zh_CN")
    c = cluster.start({"synchronous_commit": "on"})
    DOCS.mkdir(exist_ok=True)
    try:
        url = c.createdb("office")
        users.init(url)
        store = open_server_store(url)
        add_sample(store)
        w = MainWindow(store, state.for_library(store.location))
        w.resize(1100, 680)
        w.show()
        wait(app, 5.0, lambda: w.reader.article is not None and not w.reads.waiting())
        row = next(r for r in w.entities._stored if r.task.text == TASK)
        c.kill_server()
        w.entities.save_tracking(row.task.id, Tracking(status="delayed", remark="等待省厅回复"))
        wait(app, 8.0, lambda: "尚未存入资料库" in w.statusBar().currentMessage())
        QMessageBox.question = _grabbing(DOCS / "screenshot-held-tracking-close.png", QMessageBox.StandardButton.Close)
        w.close()
        c.start_server()
        QMessageBox.question = _grabbing(DOCS / "screenshot-held-tracking-offer.png", QMessageBox.StandardButton.Yes)
        w2 = MainWindow(store, state.for_library(store.location))
        w2.resize(1100, 680)
        w2.show()
        wait(app, 15.0, lambda: "上次未存入的督办修改已保存" in w2.statusBar().currentMessage())
        w2.entities.setCurrentIndex(1)
        wait(app, 1.0)
        w2.grab().save(str(DOCS / "screenshot-held-tracking-landed.png"))
        print("landed:", w2.statusBar().currentMessage())
        w2.close()
        store.close()
    finally:
        c.stop()


if __name__ == "__main__":
    main()
