"""What the command line says, in the user's language: Chinese by default, English when --lang en
or the environment (LC_ALL, LC_MESSAGES, LANG, in POSIX order) asks for English.

Every failure the CLI can meet has a stable code (the core's ReadError/StoreError codes, and the
CLI's own) and an exit status (EXIT below, documented in README.md). The CLI's lines live here in both
languages (the CLI never loads Qt's translator); the reasons of import failures come from
ui/messages.py in Chinese.
"""
from __future__ import annotations

import os

# Exit statuses, one per kind of failure (README.md, "Exit status").
OK = 0
SOME_FAILED = 1      # some files were not imported / exported / extracted; the rest was
USAGE = 2            # wrong arguments (argparse's own status)
STORE_UNUSABLE = 3   # the store is not a store, damaged, or from a newer version
STORE_BUSY = 4       # another program holds the store's lock for longer than 10 s
CANNOT_WRITE = 5     # disk full, read-only folder, no permission, a name too long
INTERRUPTED = 130    # Ctrl-C (128 + SIGINT, as shells report it)
INTERNAL = 70        # a fault of this program (EX_SOFTWARE); still one line, no traceback

EXIT = {
    "not_a_store": STORE_UNUSABLE, "newer_schema": STORE_UNUSABLE, "corrupt": STORE_UNUSABLE,
    "missing_store": STORE_UNUSABLE,
    "locked": STORE_BUSY,
    "disk_full": CANNOT_WRITE, "read_only": CANNOT_WRITE, "name_too_long": CANNOT_WRITE,
    "cannot_open": CANNOT_WRITE, "write_failed": CANNOT_WRITE,
    "interrupted": INTERRUPTED,
    "server_unavailable": STORE_BUSY, "server_slow": STORE_BUSY,
    "not_a_library": STORE_UNUSABLE, "no_server_support": STORE_UNUSABLE,
    "server_refused": CANNOT_WRITE,
}

_WORDS = {
    # the store
    "not_a_store": ("{path} 不是政文阅览的文库(可能是其他程序的数据库或别的文件),未做任何改动",
                    "{path} is not a Zhengwen Reader store (another program's database or another file); left untouched"),
    "newer_schema": ("{path} 由更新版本的政文阅览创建,请升级本程序后再打开",
                     "{path} was written by a newer version of Zhengwen Reader; please upgrade to open it"),
    "corrupt": ("{path} 已损坏,无法读取;请从备份恢复", "{path} is damaged and cannot be read; restore it from a backup"),
    "missing_store": ("文库 {path} 不存在", "the store {path} does not exist"),
    "locked": ("文库 {path} 正被其他程序占用(等待 10 秒后仍未释放),请稍后再试",
               "the store {path} is in use by another program (still locked after 10 s); try again later"),
    "disk_full": ("磁盘已满,无法写入 {path}", "the disk is full: cannot write {path}"),
    "read_only": ("没有写入权限(只读文件夹或文件):{path}", "no permission to write (read-only folder or file): {path}"),
    "name_too_long": ("文件名过长(单个名称最多 255 字节):{path}", "a file name is too long (at most 255 bytes per name): {path}"),
    "cannot_open": ("无法打开 {path}", "cannot open {path}"),
    "write_failed": ("写入失败(磁盘已满或没有写权限):{path}", "could not write (disk full or no permission): {path}"),
    "interrupted": ("已中断 (Ctrl-C)", "interrupted (Ctrl-C)"),
    # a server library (postgresql://…; store/server)
    "server_unavailable": ("无法连接团队资料库 {path}", "cannot reach the server library {path}"),
    "server_slow": ("团队资料库没有及时响应:{path}", "the server library did not answer in time: {path}"),
    "not_a_library": ("{path} 还不是团队资料库,请先运行 zhengwen server init",
                      "{path} holds no library yet: run `zhengwen server init` first"),
    "server_refused": ("团队资料库拒绝了这项操作(你的角色不允许,或窗口只读):{path}",
                       "the server library refused this (your role does not allow it, or read-only): {path}"),
    "no_server_support": ("没有安装服务器支持:pip install 'zhengwen-reader[server]'",
                          "server support is not installed: pip install 'zhengwen-reader[server]'"),
    "internal": ("程序内部错误:{path}", "internal error: {path}"),
    # import
    "imported": ("导入 {imported} 篇,重复 {duplicates} 篇,失败 {failed} 篇,跳过 {skipped} 个",
                 "imported {imported}, duplicates {duplicates}, failed {failed}, skipped {skipped}"),
    "duplicate": ("已在库中,未重复导入:{path}", "already in the store: {path}"),
    "updated": ("已更新 #{id}:{path}", "updated #{id}: {path}"),
    "changed": ("标题和日期与已有文章 #{id} 相同但内容不同,未导入;加 --update 可更新:{path}",
                "same title and date as article #{id} but other text, not imported (--update replaces it): {path}"),
    "failed": ("导入失败:{path}:{why}", "not imported: {path}: {why}"),
    "skipped": ("已跳过:{path}:{why}", "skipped: {path}: {why}"),
    "left": ("未导入(导入已停止):{path}", "not imported (the import stopped): {path}"),
    "stopped": ("导入已停止,之前的 {imported} 篇已保存,{left} 个文件未导入",
                "the import stopped: {imported} articles before it are saved, {left} files were not imported"),
    # export
    "written": ("已写入:{path}", "written: {path}"),
    "export_failed": ("导出失败:{path}", "export failed: {path}"),
    "warning": ("注意:{path}", "warning: {path}"),
    # search
    "too_many_words": ("搜索词过多:只用了前 {max} 个,其余 {dropped} 个未用",
                       "too many search words: the first {max} were used, {dropped} left out"),
}

# Reasons of import failures and skips (ReadError codes, ImportReport.skipped codes), in English;
# the Chinese words are ui/messages.py's READ catalogue.
_REASONS_EN = {
    "empty": "the file is empty", "binary": "not a text file", "bad_encoding": "unknown text encoding",
    "too_large": "the file is too large", "missing": "the file does not exist",
    "unreadable": "cannot be read (no permission, or in use)", "unsupported": "a file type import does not read",
    "bad_docx": "a damaged or fake .docx", "zip_bomb": "a .docx that inflates far too much",
    "bad_html": "a web page without readable text", "no_body": "no article text found",
    "error": "an unexpected error", "not_regular": "not a regular file (a pipe or device)",
    "link_outside": "a link leading outside the imported folder", "hidden": "a hidden or Word lock file",
    "write_failed": "could not write", "name_too_long": "a name longer than 255 bytes",
}


_EXPORT_EN = {
    "exists": "the file exists and was not overwritten (--force overwrites it)",
    "unknown_format": "an unknown export format", "unknown_layout": "an unknown layout",
    "no_articles": "no articles to export", "no_folder": "the folder to write into does not exist",
    "bad_template": "a bad file name template (fields: {date} {title} {source} {subtitle} {id})",
    "write_failed": "could not write the file (disk full, no permission, or open in another program)",
    "not_found": "the article is no longer in the store",
}


def export_words(why: str) -> str:
    """Why an export (or one article of it) failed: an ExportError code or "Exception: detail"."""
    if _LANG == "en":
        return _EXPORT_EN.get(why, why)
    from ..ui.messages import export_reason  # Qt-free at import: the Chinese source words

    return export_reason(why)


def language(choice: str | None = None, environ=os.environ) -> str:
    """'en' or 'zh': --lang first, then the first locale variable that is set."""
    if choice:
        return "en" if choice.startswith("en") else "zh"
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(var)
        if value:
            return "en" if value.lower().startswith("en") else "zh"
    return "zh"


_LANG = "zh"


def set_language(lang: str) -> None:
    global _LANG
    _LANG = lang


def say(key: str, **fields) -> str:
    zh, en = _WORDS[key]
    return (en if _LANG == "en" else zh).format(**{"path": "", **fields})


def reason(code: str) -> str:
    """The words for an import failure or skip code (`code: detail` keeps its head)."""
    from ..ui.messages import read_failure  # Qt-free at import: the Chinese source words

    head = code.split(":", 1)[0].strip()
    if _LANG == "en":
        return _REASONS_EN.get(head, head)
    return read_failure(head)


def error_line(code: str, path: str = "") -> str:
    return say(code if code in _WORDS else "cannot_open", path=path)


def exit_status(code: str) -> int:
    return EXIT.get(code, CANNOT_WRITE)
