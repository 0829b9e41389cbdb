"""The window's words for the codes the core returns: the catalogue (desktop_app/catalogue.py) in the
window's language.

The catalogue holds every code's words in Chinese and English, Qt-free, for the window and the CLI
alike; this module only knows which language the window speaks. That is what its installed
translator says: LANGUAGE_MARK is translated in resources/i18n/zhengwen_en.ts to the language code
of the .qm ("en"), so a window without a translator (Chinese, the source language), or code with no
Qt loaded at all, reads "zh_CN".
"""
from __future__ import annotations

import sys

from .. import catalogue

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 — the name pyside6-lupdate looks for
    """Marks `text` for the translation files."""
    return text


# Translated to its own language code in each .ts file (English: "en").
LANGUAGE_MARK = QT_TRANSLATE_NOOP("Messages", "zh_CN")


def language() -> str:
    """The window's language: "en", or "zh_CN" (also when Qt is not loaded)."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return LANGUAGE_MARK
    return qtcore.QCoreApplication.translate(CONTEXT, LANGUAGE_MARK)


def read_failure(code: str) -> str:
    """Why a file was not imported (a ReadError code, or "error: <exception>")."""
    return catalogue.read_failure(code, language())


def store_failure(code: str) -> str:
    """Why a store file cannot be used (a StoreError code, store.error_code of a SQLite error)."""
    return catalogue.store_failure(code, language())


def backup_failure(code: str) -> str:
    return catalogue.backup_failure(code, language())


def export_error(code: str) -> str:
    """An ExportError code in words; "" for a code the catalogue does not know."""
    return catalogue.export_error(code, language())


def export_reason(why: str) -> str:
    """Why one article was not exported: a code or "ExceptionName: detail"."""
    return catalogue.export_reason(why, language())


def font_warning(warning) -> str:
    """A FontWarning (code, wanted, used) in words."""
    return catalogue.font_warning(warning, language())


def check_problem(code: str, detail: str) -> str:
    """A problem the store check found."""
    return catalogue.check_problem(code, detail, language())
