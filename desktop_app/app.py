"""Composition root: QApplication, translators, theme, the Store and the MainWindow. The only wiring place."""
from __future__ import annotations

import os
import sys
from typing import cast

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from . import logs
from .i18n import choose_language, qm_path
from .ui import gui_gc, jobs
from .ui.ui_state import APPLICATION, ORGANIZATION, UiState, open_settings

# Opening a store whose upgrade re-indexes more articles than this (~3 ms each) shows a busy dialog
# while it runs on a worker; below it the few seconds pass before the window as they always did.
UPGRADE_DIALOG_THRESHOLD = 2000


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Install the app's translation for `lang` (none for Chinese, the source language) and Qt's own
    (file dialogs, standard buttons) in the same language. Returns them, for remove_translators()."""
    installed = []
    path = qm_path(lang)
    if path is not None:
        own = QTranslator(app)
        if own.load(str(path)):
            installed.append(own)
        else:  # a missing .qm must not stop the app: it shows its Chinese source strings
            print(f"warning: no translation {path}", file=sys.stderr)
    qt = QTranslator(app)
    if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.append(qt)
    for t in installed:
        app.installTranslator(t)
    return installed


def remove_translators(app: QApplication, translators: list[QTranslator]) -> None:
    for t in translators:
        app.removeTranslator(t)


def configure_app(app: QApplication, state: UiState, lang: str | None = None) -> tuple[str, list[QTranslator]]:
    """Names, language and theme of the application; the chosen language and the installed translators."""
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    language = choose_language(cli=lang, setting=state.language(), system_locale=QLocale.system().uiLanguages())
    translators = install_translators(app, language)
    app.setApplicationDisplayName(app.translate("app", "政文阅览"))
    if state.theme() != "system":
        _apply_theme(app, state.theme())
    return language, translators


def _apply_theme(app: QApplication, theme: str) -> None:
    """settings_dialog.apply_theme, imported when a theme is applied: the settings dialog's module
    costs ~10 ms, which the window's first paint (the system theme) need not wait for."""
    from .ui.settings_dialog import apply_theme

    apply_theme(app, theme)


def start_logging() -> None:
    """The log file and faulthandler in the data folder; uncaught errors (a menu action's slot
    included) logged and shown in a dialog with a report to copy."""
    from .paths import data_dir
    from .ui import errors

    path = logs.setup(data_dir())
    errors.install()
    logs.get("app").info("start: %s; log %s", logs.environment(), path)


def run_gui(db: str | None = None, lang: str | None = None, files: list[str] | None = None) -> int:
    """Open the main window on the store `db` (default: the user's store, seeded on first run).
    `lang` ("zh_CN" or "en") overrides the saved setting and the system locale. `files` (opened with
    the app from a file manager: the .desktop entry's %F) are imported once the window is up."""
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    gui_gc.install(app)  # before any worker starts: cycles holding Qt objects are freed on this thread only
    start_logging()
    state = UiState(open_settings())
    _language, translators = configure_app(app, state, lang)
    try:
        from .ui.library_session import LibrarySession

        # Without --db (or ZHENGWEN_DB) the window opens the library it showed last (文件 → 打开资料库).
        db = db or os.environ.get("ZHENGWEN_DB") or state.last_library()
        session = LibrarySession(state, lambda path: _open_store_showing_upgrade(app, path),
                                 on_window=lambda w: w.theme_changed.connect(lambda theme: _apply_theme(app, theme)))
        try:
            session.open(db)
        except Exception as e:  # a locked, unreadable or damaged file: say so instead of a traceback
            logs.get("app").exception("cannot open the store %s", db or "(default)")
            from .store import StoreError, error_code
            from .ui.messages import store_failure

            # Not a store, a newer version's, damaged, locked: the words for the kind, not the exception.
            why = store_failure(e.code if isinstance(e, StoreError) else error_code(e)) \
                if isinstance(e, (StoreError, OSError)) or type(e).__module__ == "sqlite3" else e
            QMessageBox.critical(None, app.translate("app", "政文阅览"),
                                 app.translate("app", "无法打开文章库:{0}\n{1}").format(db or "", why))
            return 1
        app.setWindowIcon(_app_icon())
        if files:
            def import_files(window) -> None:
                window.ensure_built()  # its import jobs are built in the second stage
                window.jobs.start_import([str(f) for f in files])
            session.when_open(import_files)  # (a team library: once connected)
        try:
            return app.exec()
        finally:
            jobs.cancel_all()  # an import stops at its next file, an index merge at its next step
            jobs.wait_all()
            session.close()
    finally:
        remove_translators(app, translators)  # tests share one QApplication


def _open_store_showing_upgrade(app: QApplication, db: str | None):
    """open_store(db, seed_default=True) on the GUI thread, which owns the Store. A store written by an
    older version whose upgrade rebuilds the search index of more than UPGRADE_DIALOG_THRESHOLD
    articles is first opened (migrated) and closed on a worker, under a modal busy dialog, so that the
    app does not look frozen for minutes; the second opening is then instant. Raises what opening
    raised, in either thread."""
    from .seed import open_store, resolve_db
    from .store import upgrade_rebuilds_index
    from .store.server import is_server_url

    if is_server_url(db):  # 文件 → 连接团队资料库… (at start: ui/connecting.py, on a worker)
        from .store.server import open_server_store
        from .ui.server_library import open_team_library

        return open_team_library(str(db).strip(), None, open_server_store)
    path, _is_default = resolve_db(db)
    articles = upgrade_rebuilds_index(path)
    if articles > UPGRADE_DIALOG_THRESHOLD:
        from .ui.upgrade_dialog import run_upgrade

        app.setWindowIcon(_app_icon())
        error = run_upgrade(lambda: open_store(db).close(), articles, str(path))
        if error is not None:
            raise error
    return open_store(db, seed_default=True)


def _app_icon():
    """The app's own icon (resources/icons), drawn for it; qtawesome's newspaper when it is missing."""
    from PySide6.QtGui import QIcon

    from .paths import resource

    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        png = resource("icons", f"zhengwen-{size}.png")
        if png.exists():
            icon.addFile(str(png))
    if icon.isNull():
        from .ui import icons
        return icons.icon("app")
    return icon


def check_window(store, languages: list[str]) -> str:
    """For --self-test: build the main window on `store` in each language, offscreen, and check that it
    shows an article, that the menus speak the language and that qtawesome's icon fonts load."""
    from PySide6.QtCore import QCoreApplication

    from .ui import icons
    from .ui.main_window import MainWindow

    def check(condition, what: str) -> None:
        if not condition:
            raise RuntimeError(what)

    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    state = UiState(open_settings())
    sizes = []
    for language in languages:
        chosen, translators = configure_app(app, state, language)
        try:
            window = MainWindow(store, state)
            window.show()
            app.processEvents()
            window.actions.load_icons()
            check(window.reader.article is not None, "the reader shows no article")
            menus = [a.text() for a in window.menuBar().actions()]
            expected = QCoreApplication.translate("MainWindow", "文件(&F)")
            check(bool(menus) and menus[0] == expected, f"menus {menus} (expected {expected})")
            check(chosen != "en" or expected == "&File", f"English translation not loaded: {expected}")
            image = window.grab()
            check(not image.isNull() and image.width() > 100, "the window did not render")
            sizes.append(f"{chosen} {image.width()}x{image.height()}")
            window.close()
            window.deleteLater()
            app.processEvents()
        finally:
            remove_translators(app, translators)
    check(not icons.icon("app").isNull(), "qtawesome icons did not load")
    check(not _app_icon().isNull(), "no app icon")
    return ", ".join(sizes)

