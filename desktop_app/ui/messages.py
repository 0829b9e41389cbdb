"""The message catalogue: every code the core returns, in words.

The core says what happened as a code with the values to show — ReadError.code and the importer's
failure codes, BackupError.code, ExportError.code and ExportReport.failed reasons, FontWarning, the
store check's problems — and never holds words. This table is where the words are: Chinese, the
source language, marked for pyside6-lupdate (context "Messages"; English in
resources/i18n/zhengwen_en.ts). The window gets them translated through the installed QTranslator;
the CLI, which never loads Qt, gets the Chinese source as it is.

Qt-free at import (the CLI imports it on its error path): the translator is looked up only when
PySide6.QtCore is already loaded, which it is in the window and never in the CLI.
"""
from __future__ import annotations

import sys

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 — the name pyside6-lupdate looks for
    """Marks `text` for the translation files; the text itself is looked up in tr()."""
    return text


# ReadError codes (readers/) and the importer's failure codes ("error: KeyError: …" -> "error").
READ = {
    "empty": QT_TRANSLATE_NOOP("Messages", "文件为空,或只有空白"),
    "binary": QT_TRANSLATE_NOOP("Messages", "不是文本文件(可能是图片、压缩包或程序等二进制文件)"),
    "bad_encoding": QT_TRANSLATE_NOOP("Messages", "无法识别文件的文字编码"),
    "too_large": QT_TRANSLATE_NOOP("Messages", "文件过大(超过 {0} MB),未导入"),
    "missing": QT_TRANSLATE_NOOP("Messages", "文件不存在,可能已被移动或删除"),
    "unreadable": QT_TRANSLATE_NOOP("Messages", "无法读取文件(没有权限,或文件正被占用)"),
    "unsupported": QT_TRANSLATE_NOOP("Messages", "不支持的文件类型(支持 .txt、.md、.html、.htm、.docx)"),
    "bad_docx": QT_TRANSLATE_NOOP("Messages", "Word 文件已损坏,或不是真正的 .docx 文件"),
    "zip_bomb": QT_TRANSLATE_NOOP("Messages", "Word 文件解压后过大,疑似恶意文件,已拒绝"),
    "bad_html": QT_TRANSLATE_NOOP("Messages", "网页文件无法解析,或其中找不到正文"),
    "no_body": QT_TRANSLATE_NOOP("Messages", "文件中找不到正文"),
    "error": QT_TRANSLATE_NOOP("Messages", "导入时出现意外错误"),
    "not_regular": QT_TRANSLATE_NOOP("Messages", "不是普通文件(命名管道、设备等),未读取"),
    "name_too_long": QT_TRANSLATE_NOOP("Messages", "文件名过长(单个名称最多 255 字节)"),
    # ImportReport.skipped codes of the folder walk (also "unsupported", "unreadable", "missing")
    "link_outside": QT_TRANSLATE_NOOP("Messages", "链接指向导入文件夹之外,未导入"),
    "hidden": QT_TRANSLATE_NOOP("Messages", "隐藏文件或 Word 临时文件,未导入"),
}
READ_OTHER = QT_TRANSLATE_NOOP("Messages", "无法导入此文件")

# StoreError codes (store/connection.py): a store file that cannot be used.
STORE = {
    "not_a_store": QT_TRANSLATE_NOOP("Messages", "不是政文阅览的文库(可能是其他程序的数据库或别的文件),未做任何改动"),
    "newer_schema": QT_TRANSLATE_NOOP("Messages", "文库由更新版本的政文阅览创建,请升级本程序后再打开"),
    "corrupt": QT_TRANSLATE_NOOP("Messages", "文库已损坏,无法读取;请从备份恢复"),
    "missing": QT_TRANSLATE_NOOP("Messages", "文库不存在"),
    "locked": QT_TRANSLATE_NOOP("Messages", "文库正被其他程序占用(等待 10 秒后仍未释放),请稍后再试"),
    "disk_full": QT_TRANSLATE_NOOP("Messages", "磁盘已满,无法写入"),
    "read_only": QT_TRANSLATE_NOOP("Messages", "没有写入权限(只读文件夹或文件)"),
    "name_too_long": QT_TRANSLATE_NOOP("Messages", "文件名过长(单个名称最多 255 字节)"),
    "cannot_open": QT_TRANSLATE_NOOP("Messages", "无法打开文库"),
}

# BackupError codes (store/backup.py).
BACKUP = {
    "missing": QT_TRANSLATE_NOOP("Messages", "备份文件不存在"),
    "corrupt": QT_TRANSLATE_NOOP("Messages", "备份文件已损坏,未使用"),
    "not_a_store": QT_TRANSLATE_NOOP("Messages", "所选文件不是政文阅览的资料库备份"),
    "failed": QT_TRANSLATE_NOOP("Messages", "备份失败(磁盘已满或没有写入权限?)"),
    "newer_schema": QT_TRANSLATE_NOOP("Messages", "该备份由更新版本的政文阅览创建,本程序无法使用,未恢复"),
    "locked": QT_TRANSLATE_NOOP("Messages", "文库正被其他窗口或程序使用,未恢复;请关闭后再试"),
}
BACKUP_OTHER = QT_TRANSLATE_NOOP("Messages", "备份操作失败")

# ExportError codes and per-article reasons (export/).
EXPORT = {
    "exists": QT_TRANSLATE_NOOP("Messages", "文件已存在,没有覆盖。"),
    "unknown_format": QT_TRANSLATE_NOOP("Messages", "不支持这种导出格式。"),
    "unknown_layout": QT_TRANSLATE_NOOP("Messages", "不支持这种版式。"),
    "no_articles": QT_TRANSLATE_NOOP("Messages", "没有可导出的文章。"),
    "no_folder": QT_TRANSLATE_NOOP("Messages", "保存位置所在的文件夹不存在。"),
    "bad_template": QT_TRANSLATE_NOOP("Messages", "文件名模板有误:只能使用 {date} {title} {source} {subtitle} {id}。"),
    "write_failed": QT_TRANSLATE_NOOP("Messages", "无法写入文件:可能文件正被 Word/WPS/Excel 打开,或没有写入权限。"),
    "not_found": QT_TRANSLATE_NOOP("Messages", "文章已不在文章库中。"),
}
EXPORT_NO_PERMISSION = QT_TRANSLATE_NOOP("Messages", "没有写入权限。")
EXPORT_OS_ERROR = QT_TRANSLATE_NOOP("Messages", "无法写入文件:{0}")
EXPORT_OTHER = QT_TRANSLATE_NOOP("Messages", "生成文件时出错:{0}")

# FontWarning codes (export/fonts.py): {0} the font the layout asks for, {1} the one written.
FONT = {
    "font_substituted": QT_TRANSLATE_NOOP(
        "Messages", "本机没有字体“{0}”,已改用“{1}”。在装有该字体的电脑上打开时会按原字体显示。"),
    "font_missing": QT_TRANSLATE_NOOP(
        "Messages", "本机没有字体“{0}”及其替代字体,文件中写的是“{1}”,打开时由 Word/WPS 代替显示。"),
    "font_missing_kept": QT_TRANSLATE_NOOP(
        "Messages", "本机没有字体“{0}”;文件中仍写“{0}”,在装有该字体的电脑(如 Windows)上正常显示。"),
    "no_chinese_font": QT_TRANSLATE_NOOP("Messages", "本机没有中文字体,PDF 中的汉字可能无法显示。"),
}

# Store.check_integrity codes; {0} the detail SQLite gave.
CHECK = {
    "integrity": QT_TRANSLATE_NOOP("Messages", "文件结构损坏:{0}"),
    "foreign_key": QT_TRANSLATE_NOOP("Messages", "有数据指向已不存在的文章:{0}"),
    "fts": QT_TRANSLATE_NOOP("Messages", "搜索索引损坏({0})"),
    "unindexed": QT_TRANSLATE_NOOP("Messages", "{0} 篇文章不在搜索索引中,搜索时找不到"),
    "index_count": QT_TRANSLATE_NOOP("Messages", "搜索索引与文章不一致({0})"),
    "schema": QT_TRANSLATE_NOOP("Messages", "文件缺少本版本需要的表或列:{0}"),
}

CATALOGUES = {"read": READ, "store": STORE, "backup": BACKUP, "export": EXPORT, "font": FONT, "check": CHECK}


def tr(text: str) -> str:
    """`text` in the window's language: translated when Qt is loaded (the window), else the
    Chinese source (the CLI)."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return text
    return qtcore.QCoreApplication.translate(CONTEXT, text)


def read_failure(code: str) -> str:
    """Why a file was not imported (a ReadError code, or "error: <exception>")."""
    head = code.split(":", 1)[0].strip()
    text = READ.get(code) or READ.get(head)
    if text is None:
        return tr(READ_OTHER)
    if head == "too_large":
        from ..readers import MAX_BYTES

        return tr(text).format(MAX_BYTES // (1024 * 1024))
    return tr(text)


def store_failure(code: str) -> str:
    """Why a store file cannot be used (a StoreError code, store.error_code of a SQLite error)."""
    return tr(STORE.get(code, STORE["cannot_open"]))


def backup_failure(code: str) -> str:
    return tr(BACKUP.get(code, BACKUP_OTHER))


def export_error(code: str) -> str:
    """An ExportError code in words; "" for a code the catalogue does not know."""
    return tr(EXPORT[code]) if code in EXPORT else ""


def export_reason(why: str) -> str:
    """Why one article was not exported: a code ("exists", "not_found", "write_failed") or
    "ExceptionName: detail"."""
    if why in EXPORT:
        return tr(EXPORT[why])
    kind, _, detail = why.partition(": ")
    if kind == "PermissionError":
        return tr(EXPORT_NO_PERMISSION)
    if kind in ("OSError", "FileNotFoundError", "IsADirectoryError"):
        return tr(EXPORT_OS_ERROR).format(detail or kind)
    return tr(EXPORT_OTHER).format(why)


def font_warning(warning) -> str:
    """A FontWarning (code, wanted, used) in words."""
    code = warning.code
    if code == "font_missing" and not warning.used:
        code = "font_missing_kept"
    text = FONT.get(code)
    if text is None:
        return str(warning)
    return tr(text).format(warning.wanted, warning.used)


def check_problem(code: str, detail: str) -> str:
    """A problem the store check found."""
    if code == "fts":
        detail = detail.split(":", 1)[0]
    text = CHECK.get(code)
    return tr(text).format(detail) if text is not None else f"{code}: {detail}"
