"""Save docs/screenshot-backups.png (工具 → 备份与恢复 over the window, with a few backups) and
docs/screenshot-paste.png (从剪贴板新建文章 with the parsed fields), on a temporary store.

    python tools/screenshot_store_tools.py   (offscreen, or under xvfb-run -a)
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
import shot_env  # noqa: E402,F401  (the screenshots' environment, before Qt: tools/shot_env.py)

COPIED = ("西宁市召开春耕生产工作会议\n●部署全年粮食生产和农业农村重点工作\n来源:西宁晚报    日期:2019-03-05\n\n"
          "  3月5日,西宁市召开春耕生产工作会议,总结去年农业农村工作,安排部署今年春耕生产任务。\n"
          "  会议要求,各区县要抓好春耕备耕工作,确保农资供应充足、价格稳定;要加强农田水利设施建设,"
          "做好耕地保护和高标准农田建设;要落实粮食安全党政同责,稳定粮食播种面积。\n"
          "  会议强调,要扎实推进乡村振兴,持续巩固拓展脱贫攻坚成果。\n")


def _render(widget, path: Path, app) -> None:
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(path))
    print("saved", path)


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from desktop_app.store import backup
    from desktop_app.store import Store
    from desktop_app.ui import jobs
    from desktop_app.ui.auto_backup import backup_folder
    from desktop_app.ui.backups_dialog import BackupsDialog
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.paste_dialog import PasteDialog
    from desktop_app.ui.ui_state import UiState, open_settings
    from handmade import add_plain, add_sample

    app = QApplication(sys.argv[:1])
    store = Store(Path(os.environ["ZHENGWEN_DATA_DIR"]) / "zhengwen.db")
    add_sample(store)
    folder = backup_folder(store.path)
    for i, (title, body) in enumerate([("省政府常务会议研究部署春耕生产", "会议听取了春耕备耕工作汇报。"),
                                       ("全市巡视整改工作推进会召开", "会议指出,要以巡视整改为契机。"),
                                       ("脱贫攻坚督查情况通报", "督查组深入各县区进行了全面检查。")]):
        add_plain(store, title, body, f"2019-04-1{i}", "西宁晚报")
        backup.backup_store(store, folder)
        time.sleep(0.01)
    # Made a second apart here; dated as a week of daily backups would be.
    import datetime as dt
    now = dt.datetime.now().replace(hour=18, minute=2)
    for days, path in enumerate(backup.list_backups(folder)):
        when = now - dt.timedelta(days=days, minutes=7 * days, seconds=13 * days)
        path.rename(folder / f"zhengwen-{when.strftime('%Y%m%d-%H%M%S-%f')}.db")
    state = UiState(open_settings())
    window = MainWindow(store, state)
    window.resize(1360, 820)
    window.show()

    docs = REPO / "docs"
    dialog = BackupsDialog(store, state, window)
    dialog.show()
    made = backup.list_backups(folder)
    # One "before restore" copy, as a restore leaves it, so the list shows both kinds.
    saved = folder / made[1].name.replace(".db", "-before-restore.db").replace("-18", "-19")
    saved.write_bytes(made[1].read_bytes())
    dialog.refresh()
    dialog.status.setText(dialog.tr("已备份:{0}").format(made[0].name))
    _compose(window, dialog, docs / "screenshot-backups.png", app)
    dialog.close()

    paste = PasteDialog(store.path, COPIED, window)
    paste.show()
    _compose(window, paste, docs / "screenshot-paste.png", app)
    paste.close()
    jobs.wait_all()
    window.close()
    store.close()
    return 0


def _compose(window, dialog, path: Path, app) -> None:
    """The window with the dialog drawn centred over it (offscreen there is no window manager)."""
    from PySide6.QtGui import QColor, QPainter

    for _ in range(5):
        app.processEvents()
    shot = window.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 70))
    d = dialog.grab()
    x, y = (shot.width() - d.width()) // 2, (shot.height() - d.height()) // 2
    painter.fillRect(x - 1, y - 1, d.width() + 2, d.height() + 2, QColor("#888888"))
    painter.drawPixmap(x, y, d)
    painter.end()
    shot.save(str(path))
    print("saved", path)


if __name__ == "__main__":
    raise SystemExit(main())
