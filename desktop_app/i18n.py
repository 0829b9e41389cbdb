"""Which language the interface speaks, and where its translation file lives. Qt-free.

The strings in the code are Chinese (the source language); English comes from
resources/i18n/zhengwen_en.qm, built from zhengwen_en.ts by pyside6-lrelease (`python build_installer.py
--translations` runs pyside6-lupdate and pyside6-lrelease). Loading the QTranslator is app.py's job.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from .paths import resource

SOURCE_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")  # what the app can speak; the settings dialog offers these
LANGUAGE_NAMES = {"zh_CN": "中文", "en": "English"}  # each in its own language, as menus show them
TRANSLATION_BASENAME = "zhengwen"  # zhengwen_<lang>.ts / .qm
ENV_LANGUAGE = "ZHENGWEN_LANG"


def normalize(code: str | None) -> str | None:
    """"zh", "zh_CN", "zh-Hans-CN", "zh_TW.UTF-8" -> "zh_CN"; "en", "en_US" -> "en"; others -> None."""
    if not code:
        return None
    code = code.strip().split(".")[0].replace("-", "_").lower()
    if code.startswith("zh"):
        return "zh_CN"
    if code.startswith("en"):
        return "en"
    return None


def choose_language(cli: str | None = None, setting: str | None = None,
                    system_locale: str | Sequence[str] = "", env: str | None = None) -> str:
    """The interface language: `--lang`, then $ZHENGWEN_LANG, then the saved setting, then the system's
    languages in order of preference (QLocale.uiLanguages(): $LANGUAGE, then the locale): the first
    that is Chinese or English decides. Chinese where nothing asks for English: the app is made for
    Chinese offices and its source strings are Chinese, and a bare desktop (LANG=C, POSIX) showed
    English menus around Chinese articles."""
    if env is None:
        env = os.environ.get(ENV_LANGUAGE)
    for choice in (cli, env, setting):
        lang = normalize(choice)
        if lang:
            return lang
    preferred = [system_locale] if isinstance(system_locale, str) else list(system_locale)
    for code in preferred:
        lang = normalize(code)
        if lang:
            return lang
    return SOURCE_LANGUAGE


def translation_dir() -> Path:
    return resource("i18n")


def qm_path(lang: str) -> Path | None:
    """The compiled translation for `lang`; None for the source language, which needs none."""
    if lang == SOURCE_LANGUAGE:
        return None
    return translation_dir() / f"{TRANSLATION_BASENAME}_{lang}.qm"


def ts_path(lang: str) -> Path:
    return translation_dir() / f"{TRANSLATION_BASENAME}_{lang}.ts"
