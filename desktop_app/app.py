"""Composition root: QApplication, translators, the Store and the MainWindow. The only wiring place."""
from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from .paths import resource
from .ui import tasks
from .ui.ui_state import APPLICATION, ORGANIZATION, UiState, open_settings

APP_TRANSLATIONS = "zhengwen"  # resources/translations/zhengwen_<locale>.qm, when there are any


def _install_translators(app: QApplication) -> None:
    """The app's own strings are Chinese; a .qm for the user's locale may translate them. Qt's own
    dialogs (file picker, buttons) follow the same language: Chinese unless the app is translated."""
    locale = QLocale.system()
    translators = []
    own = QTranslator(app)
    if own.load(locale, APP_TRANSLATIONS, "_", str(resource("translations"))):
        translators.append(own)
        qt_locale = locale
    else:
        qt_locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    qt = QTranslator(app)
    if qt.load(qt_locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    for t in translators:
        app.installTranslator(t)


def run_gui(db: str | None = None) -> int:
    """Open the main window on the store `db` (default: the user's store, seeded on first run)."""
    from .seed import open_store
    from .ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("政文阅览")
    _install_translators(app)
    try:
        store = open_store(db, seed_default=True)
    except Exception as e:  # a locked, unreadable or damaged file: say so instead of a traceback
        QMessageBox.critical(None, app.translate("app", "政文阅览"),
                             app.translate("app", "无法打开文章库:{0}\n{1}").format(db or "", e))
        return 1
    window = MainWindow(store, UiState(open_settings()))
    window.show()
    from .ui import icons
    app.setWindowIcon(icons.icon("app"))
    try:
        return app.exec()
    finally:
        tasks.wait_all()
        store.close()
