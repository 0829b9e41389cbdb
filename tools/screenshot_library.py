"""Save the library screenshots (zh_CN, offscreen) of docs/: the trash, the list's context menu,
打开资料库 with recent libraries, and the import report naming skipped files.

    python tools/screenshot_library.py [trash] [menu] [libraries] [import]   (default: all)

Each runs the real window on a temporary store filled with articles of ../shared/corpus.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
import shot_env  # noqa: E402,F401  (the screenshots' environment, before Qt: tools/shot_env.py)
DATA = Path(os.environ["ZHENGWEN_DATA_DIR"])
CORPUS = REPO.parent / "shared" / "corpus" / "articles.jsonl"
DOCS = REPO / "docs"


def fill(store, n: int = 40) -> list[int]:
    """The first `n` corpus articles (real extraction), else the Xining sample."""
    from desktop_app.domain import ParsedArticle
    from desktop_app.extraction import extract
    from handmade import add_sample

    ids = []
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as f:
            for line in list(f)[:n]:
                a = json.loads(line)
                body = a["text"]
                parsed = ParsedArticle(a["title"], body, source=a.get("source", ""), date=a.get("date"))
                aid = store.add_article(parsed, extract(body, title=a["title"]))
                if aid:
                    ids.append(aid)
    ids.append(add_sample(store))
    return ids


def window_on(store, app):
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.ui_state import UiState, open_settings

    window = MainWindow(store, UiState(open_settings()))
    window.resize(1360, 820)
    window.show()
    app.processEvents()
    window.actions.load_icons()
    window.article_list.model.wait_complete()
    app.processEvents()
    return window


def shot_trash(app) -> None:
    from desktop_app.store import Store

    store = Store(DATA / "trash.db")
    fill(store)
    window = window_on(store, app)
    lst = window.article_list
    for row in (2, 5, 6, 11):
        lst.select_article(lst.model.article_id(row))
        window.delete_selected()
    view = window.open_trash()
    view.resize(900, 360)
    app.processEvents()
    view.table.selectRow(1)
    app.processEvents()
    view.grab().save(str(DOCS / "screenshot-trash.png"))
    window.close()
    store.close()


def shot_libraries(app) -> None:
    """打开资料库 with three recent libraries (the open one first), the File menu's 最近打开 beside it."""
    from desktop_app.paths import default_db_path
    from desktop_app.store import Store
    from desktop_app.ui.library_session import LibrarySession
    from desktop_app.ui.ui_state import UiState, open_settings

    folder = DATA / "资料库"
    folder.mkdir(exist_ok=True)
    for name, n in (("市委办公室-2019", 30), ("督查室-专项督办", 8)):
        with Store(folder / f"{name}.db") as store:
            fill(store, n)
    with Store(default_db_path()) as store:
        fill(store, 3)
    session = LibrarySession(UiState(open_settings()), lambda path: Store(path), staged=False)
    session.open(str(default_db_path()))
    session.switch(str(folder / "督查室-专项督办.db"))
    session.switch(str(folder / "市委办公室-2019.db"))
    window = session.window
    window.resize(1360, 820)
    app.processEvents()
    dialog = window.library_menu.open_library()
    dialog.resize(720, 420)
    app.processEvents()
    dialog.grab().save(str(DOCS / "screenshot-libraries.png"))
    dialog.close()
    menu = window.library_menu.recent_menu
    menu.popup(window.mapToGlobal(window.rect().topLeft()))
    app.processEvents()
    menu.grab().save(str(DOCS / "screenshot-libraries-recent.png"))
    menu.close()
    window.close()
    session.close()


def shot_menu(app) -> None:
    """The list's context menu on three selected rows, drawn over the window where it pops up."""
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtGui import QPainter

    from desktop_app.store import Store

    store = Store(DATA / "menu.db")
    fill(store)
    window = window_on(store, app)
    lst = window.article_list
    lst.select_article(lst.model.article_id(2))
    sel = lst.view.selectionModel()
    for row in (3, 4):
        sel.select(lst.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    app.processEvents()
    rect = lst.view.visualRect(lst.model.index(3, 0))
    menu = window.article_menu.popup(lst.view, rect.center(), lst.selected_articles())
    app.processEvents()
    shot = window.grab()
    at = window.mapFromGlobal(menu.pos())
    painter = QPainter(shot)
    painter.drawPixmap(at, menu.grab())
    painter.end()
    shot.save(str(DOCS / "screenshot-context-menu.png"))
    menu.close()
    window.close()
    store.close()


def shot_import(app) -> None:
    """The import report of a folder holding what an office's folders hold: articles, a duplicate,
    scans, data files, a link out of the folder, a Word lock file."""
    from desktop_app.store import Store
    from desktop_app.ui import jobs

    store = Store(DATA / "import.db")
    fill(store, 5)
    window = window_on(store, app)
    folder = DATA / "收件箱"
    (folder / "2019年10月").mkdir(parents=True)
    with CORPUS.open(encoding="utf-8") as f:
        lines = [json.loads(line) for line in list(f)[3:9]]
    for i, a in enumerate(lines):
        (folder / "2019年10月" / f"{a['date']}-{i}.txt").write_text(
            f"{a['title']}\n来源:{a['source']}\n日期:{a['date']}\n\n{a['text']}", encoding="utf-8")
    first = store.article(store.article_ids(None, sort="id", descending=False)[0])
    (folder / "已导入过的文章.txt").write_text(f"{first.title}\n\n{first.body}", encoding="utf-8")
    (folder / "会议纪要扫描件.pdf").write_bytes(b"%PDF-1.4 scanned")
    (folder / "统计数据.dat").write_bytes(bytes(range(64)))
    (folder / "~$通知.docx").write_bytes(b"lock")
    (folder / "空白.txt").write_text("  \n", encoding="utf-8")
    (folder / "共享盘上的通知.txt").symlink_to(DATA / "elsewhere.txt")
    (DATA / "elsewhere.txt").write_text("外部文件\n\n正文。", encoding="utf-8")
    window.jobs.start_import([str(folder)])
    while window.jobs.report_dialog is None:
        jobs.wait_all(100)
        app.processEvents()
    dialog = window.jobs.report_dialog
    dialog.resize(820, 520)
    app.processEvents()
    dialog.grab().save(str(DOCS / "screenshot-import-report.png"))
    dialog.close()
    window.close()
    store.close()


def shot_backup(app) -> None:
    """The notice of a library's first automatic backup (size, place, how often, where to change it)."""
    from desktop_app.store import Store
    from desktop_app.store import backup
    from desktop_app.ui.auto_backup import backup_folder
    from desktop_app.ui.backups_dialog import announce_backup

    store = Store(DATA / "市委办公室-2019.db")
    fill(store, 20)
    window = window_on(store, app)
    path = backup.backup_store(store, backup_folder(store.path), 10)
    box = announce_backup(window, path, 10, store.path)
    app.processEvents()
    box.grab().save(str(DOCS / "screenshot-backup-notice.png"))
    box.close()
    window.close()
    store.close()


def shot_empty(app) -> None:
    """A search that finds nothing: the list says so and what to try."""
    from desktop_app.store import Store

    store = Store(DATA / "empty.db")
    fill(store, 10)
    window = window_on(store, app)
    window.article_list.search.setText("乡村振兴 督查")
    window.article_list.apply_search()
    app.processEvents()
    window.article_list.grab().save(str(DOCS / "screenshot-empty-search.png"))
    window.close()
    store.close()


SHOTS = {"trash": shot_trash, "backup": shot_backup, "empty": shot_empty, "libraries": shot_libraries, "menu": shot_menu, "import": shot_import}


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import configure_app
    from desktop_app.ui.ui_state import UiState, open_settings

    app = QApplication(sys.argv[:1])
    configure_app(app, UiState(open_settings()), "zh_CN")  # Qt's own buttons in Chinese too
    for name in (sys.argv[1:] or list(SHOTS)):
        SHOTS[name](app)
        print("saved", name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
