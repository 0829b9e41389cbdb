"""Screenshots of the editor saving while the team library's server is gone and after it is back.

    python tools/screenshot_server_gone.py

A throwaway cluster with the Xining sample; the server is stopped, a note is typed and saved (the
pane keeps the draft and says so), the server is started again (the retry saves it and says so).
Writes docs/screenshot-server-gone-draft-kept.png and docs/screenshot-server-back-saved.png.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["ZHENGWEN_DATA_DIR"] = tempfile.mkdtemp(prefix="zhengwen-shot-")


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_app.extraction import extract
    from desktop_app.parsing import parse_text
    from desktop_app.store.server import cluster, open_server_store, users
    from desktop_app.ui.editor_pane import EditorPane

    app = QApplication([])

    def spin(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def wait_for(text: str, seconds: float) -> float:
        start = time.monotonic()
        while text not in pane.status.text() and time.monotonic() - start < seconds:
            spin(0.05)
        return time.monotonic() - start

    c = cluster.start({"synchronous_commit": "on"})
    try:
        url = c.createdb("office")
        users.init(url)
        store = open_server_store(url)
        sample = REPO / "resources" / "samples" / "xining-2019-03-01-poverty-meeting.txt"
        parsed = parse_text(sample.read_text(encoding="utf-8"), fallback_title="sample")
        aid = store.add_article(parsed, extract(parsed.body, title=parsed.title))
        pane = EditorPane(store, Path(os.environ["ZHENGWEN_DATA_DIR"]) / "drafts")
        pane.resize(760, 640)
        pane.show()
        pane.load_article(aid)
        pane.note.setPlainText("断网时补充的备注:请市扶贫局本周内报送进展。")
        spin(0.5)
        c.kill_server()
        pane.save()
        took = wait_for("连接不上", 8)
        print(f"held after {took:.2f} s: {pane.status.text()}")
        pane.grab().save(str(REPO / "docs" / "screenshot-server-gone-draft-kept.png"))
        c.start_server()
        took = wait_for("已恢复连接", 15)
        print(f"saved {took:.2f} s after the server came back: {pane.status.text()}")
        pane.grab().save(str(REPO / "docs" / "screenshot-server-back-saved.png"))
        pane.wait_saved()
        store.close()
    finally:
        c.stop()


if __name__ == "__main__":
    main()
