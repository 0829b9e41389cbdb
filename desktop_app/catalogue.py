"""The message catalogue: every code the core returns, in Chinese and in English.

The core says what happened as a code with the values to show (ReadError.code and the importer's
failure codes, StoreError.code, BackupError.code, ExportError.code and ExportReport.failed reasons,
FontWarning, the store check's problems) and never holds words. The words are here, once, in both
languages: each entry is (Chinese, English). Standard library only and nothing done at import, so the
CLI (which never loads Qt) and the window read the same table: ui/messages.py picks the window's
language, cli/words.py the command line's. Strings of the window itself (menus, dialogs) are not here:
they go through self.tr() and resources/i18n/zhengwen_en.ts.

`{0}`, `{1}` are the values a code comes with; the CLI's lines (CLI) name theirs.
"""
from __future__ import annotations

ZH, EN = 0, 1  # the index of each language in an entry

# ReadError codes (readers/) and the importer's failure codes ("error: KeyError: …" -> "error").
READ = {
    "empty": ("文件为空,或只有空白",
        "The file is empty or holds only white space"),
    "binary": ("不是文本文件(可能是图片、压缩包或程序等二进制文件)",
        "Not a text file (perhaps a picture, an archive, a program or other binary file)"),
    "bad_encoding": ("无法识别文件的文字编码",
        "The file's text encoding could not be recognised"),
    "too_large": ("文件过大(超过 {0} MB),未导入",
        "The file is too large (over {0} MB) and was not imported"),
    "missing": ("文件不存在,可能已被移动或删除",
        "The file does not exist; it may have been moved or deleted"),
    "unreadable": ("无法读取文件(没有权限,或文件正被占用)",
        "The file cannot be read (no permission, or it is in use)"),
    "unsupported": ("不支持的文件类型(支持 .txt、.md、.html、.htm、.docx)",
        "Unsupported file type (supported: .txt, .md, .html, .htm, .docx)"),
    "bad_docx": ("Word 文件已损坏,或不是真正的 .docx 文件",
        "The Word file is damaged, or not a real .docx file"),
    "zip_bomb": ("Word 文件解压后过大,疑似恶意文件,已拒绝",
        "The Word file unpacks to too much data and may be malicious; refused"),
    "bad_html": ("网页文件无法解析,或其中找不到正文",
        "The web page cannot be parsed, or it has no article text"),
    "no_body": ("文件中找不到正文",
        "No article text was found in the file"),
    "error": ("导入时出现意外错误",
        "An unexpected error occurred while importing"),
    "not_regular": ("不是普通文件(命名管道、设备等),未读取",
        "Not a regular file (a named pipe, a device …); not read"),
    "name_too_long": ("文件名过长(单个名称最多 255 字节)",
        "The file name is too long (at most 255 bytes per name)"),
    # ImportReport.skipped codes of the folder walk (also "unsupported", "unreadable", "missing")
    "link_outside": ("链接指向导入文件夹之外,未导入",
        "A link leading outside the imported folder; not imported"),
    "hidden": ("隐藏文件或 Word 临时文件,未导入",
        "A hidden file or a Word lock file; not imported"),
}
READ_OTHER = ("无法导入此文件",
        "This file cannot be imported")

# StoreError codes (store/connection.py): a store file that cannot be used.
STORE = {
    "not_a_store": ("不是政文阅览的文库(可能是其他程序的数据库或别的文件),未做任何改动",
        "Not a Zhengwen Reader store (another program's database or another file); left untouched"),
    "newer_schema": ("文库由更新版本的政文阅览创建,请升级本程序后再打开",
        "The store was written by a newer version of Zhengwen Reader; upgrade to open it"),
    "corrupt": ("文库已损坏,无法读取;请从备份恢复",
        "The store is damaged and cannot be read; restore it from a backup"),
    "missing": ("文库不存在",
        "The store does not exist"),
    "locked": ("文库正被其他程序占用(等待 10 秒后仍未释放),请稍后再试",
        "The store is in use by another program (still locked after 10 s); try again later"),
    "disk_full": ("磁盘已满,无法写入",
        "The disk is full; cannot write"),
    "read_only": ("没有写入权限(只读文件夹或文件)",
        "No permission to write (a read-only folder or file)"),
    "name_too_long": READ["name_too_long"],
    "cannot_open": ("无法打开文库",
        "Cannot open the store"),
}

# BackupError codes (store/backup.py).
BACKUP = {
    "missing": ("备份文件不存在",
        "The backup file does not exist"),
    "corrupt": ("备份文件已损坏,未使用",
        "The backup file is damaged and was not used"),
    "not_a_store": ("所选文件不是政文阅览的资料库备份",
        "The chosen file is not a Zhengwen Reader library backup"),
    "failed": ("备份失败(磁盘已满或没有写入权限?)",
        "The backup failed (is the disk full, or is writing not permitted?)"),
    "newer_schema": ("该备份由更新版本的政文阅览创建,本程序无法使用,未恢复",
        "This backup was made by a newer version of Zhengwen Reader and cannot be used by this one; nothing was restored"),
    "locked": ("文库正被其他窗口或程序使用,未恢复;请关闭后再试",
        "The store is in use by another window or program; nothing was restored. Close it and try again"),
}
BACKUP_OTHER = ("备份操作失败",
        "The backup operation failed")

# ExportError codes and per-article reasons (export/).
EXPORT = {
    "exists": ("文件已存在,没有覆盖。",
        "The file exists and was not overwritten."),
    "unknown_format": ("不支持这种导出格式。",
        "This export format is not supported."),
    "unknown_layout": ("不支持这种版式。",
        "This layout is not supported."),
    "no_articles": ("没有可导出的文章。",
        "There are no articles to export."),
    "no_folder": ("保存位置所在的文件夹不存在。",
        "The folder to save in does not exist."),
    "bad_template": ("文件名模板有误:只能使用 {date} {title} {source} {subtitle} {id}。",
        "The file name template is wrong: only {date} {title} {source} {subtitle} {id} can be used."),
    "write_failed": ("无法写入文件:可能文件正被 Word/WPS/Excel 打开,或没有写入权限。",
        "Cannot write the file: it may be open in Word/WPS/Excel, or you may not have permission to write there."),
    "not_found": ("文章已不在文章库中。",
        "The article is no longer in the store."),
}
EXPORT_NO_PERMISSION = ("没有写入权限。",
        "No permission to write.")
EXPORT_OS_ERROR = ("无法写入文件:{0}",
        "Cannot write the file: {0}")
EXPORT_OTHER = ("生成文件时出错:{0}",
        "Error while making the file: {0}")

# FontWarning codes (export/fonts.py): {0} the font the layout asks for, {1} the one written.
FONT = {
    "font_substituted": ("本机没有字体“{0}”,已改用“{1}”。在装有该字体的电脑上打开时会按原字体显示。",
        "This computer has no font “{0}”; “{1}” was used instead. On a computer with that font the file shows in the original font."),
    "font_missing": ("本机没有字体“{0}”及其替代字体,文件中写的是“{1}”,打开时由 Word/WPS 代替显示。",
        "This computer has neither the font “{0}” nor a substitute; the file names “{1}”, which Word/WPS will substitute when opening it."),
    "font_missing_kept": ("本机没有字体“{0}”;文件中仍写“{0}”,在装有该字体的电脑(如 Windows)上正常显示。",
        "This computer has no font “{0}”; the file still names “{0}” and shows correctly on a computer that has it (such as Windows)."),
    "no_chinese_font": ("本机没有中文字体,PDF 中的汉字可能无法显示。",
        "This computer has no Chinese font; Chinese characters in the PDF may not show."),
}

# Store.check_integrity codes; {0} the detail SQLite gave.
CHECK = {
    "integrity": ("文件结构损坏:{0}",
        "The file structure is damaged: {0}"),
    "foreign_key": ("有数据指向已不存在的文章:{0}",
        "Some data points to articles that no longer exist: {0}"),
    "fts": ("搜索索引损坏({0})",
        "The search index is damaged ({0})"),
    "unindexed": ("{0} 篇文章不在搜索索引中,搜索时找不到",
        "{0} articles are missing from the search index and cannot be found by search"),
    "index_count": ("搜索索引与文章不一致({0})",
        "The search index does not match the articles ({0})"),
    "schema": ("文件缺少本版本需要的表或列:{0}",
        "The file lacks a table or column this version needs: {0}"),
}


# The command line's own lines (cli/): store failures with the path, the import's report, export, search.
CLI = {
    # the store
    "not_a_store": ("{path} 不是政文阅览的文库(可能是其他程序的数据库或别的文件),未做任何改动",
                    "{path} is not a Zhengwen Reader store (another program's database or another file); left untouched"),
    "newer_schema": ("{path} 由更新版本的政文阅览创建,请升级本程序后再打开",
                     "{path} was written by a newer version of Zhengwen Reader; please upgrade to open it"),
    "corrupt": ("{path} 已损坏,无法读取;请从备份恢复", "{path} is damaged and cannot be read; restore it from a backup"),
    "missing_store": ("文库 {path} 不存在;先用 zhengwen import 导入文章,或用 --db 指定已有的文库",
                      "the store {path} does not exist: import articles with `zhengwen import`, "
                      "or name an existing store with --db"),
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
    "library_outdated": ("团队资料库是旧版本 {path},请管理员运行 zhengwen server init 升级",
                         "the server library is older than this program {path}: an administrator runs"
                         " `zhengwen server init` to upgrade it"),
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
    "search_needs_words": ("请给出搜索词,或用 --saved 名称 按已保存的搜索查找",
                           "give search words, or --saved NAME to run a saved search"),
    "no_saved_search": ("没有名为“{name}”的已保存搜索(zhengwen search --saved 列出全部)",
                        "no saved search named “{name}” (zhengwen search --saved lists them)"),
    "no_saved_searches": ("这个资料库里还没有你保存的搜索", "no saved searches of yours in this library"),
}

CATALOGUES = {"read": READ, "store": STORE, "backup": BACKUP, "export": EXPORT, "font": FONT, "check": CHECK,
              "cli": CLI}


def words(entry: tuple[str, str], lang: str) -> str:
    """The entry in `lang` ("en"; anything else is Chinese, the source language)."""
    return entry[EN] if lang.startswith("en") else entry[ZH]


def read_failure(code: str, lang: str) -> str:
    """Why a file was not imported (a ReadError code, or "error: <exception>")."""
    head = code.split(":", 1)[0].strip()
    entry = READ.get(code) or READ.get(head)
    if entry is None:
        return words(READ_OTHER, lang)
    if head == "too_large":
        from .readers import MAX_BYTES

        return words(entry, lang).format(MAX_BYTES // (1024 * 1024))
    return words(entry, lang)


def store_failure(code: str, lang: str) -> str:
    """Why a store file cannot be used (a StoreError code, store.error_code of a SQLite error)."""
    return words(STORE.get(code, STORE["cannot_open"]), lang)


def backup_failure(code: str, lang: str) -> str:
    return words(BACKUP.get(code, BACKUP_OTHER), lang)


def export_error(code: str, lang: str) -> str:
    """An ExportError code in words; "" for a code the catalogue does not know."""
    return words(EXPORT[code], lang) if code in EXPORT else ""


def export_reason(why: str, lang: str) -> str:
    """Why one article was not exported: a code ("exists", "not_found", "write_failed") or
    "ExceptionName: detail"."""
    if why in EXPORT:
        return words(EXPORT[why], lang)
    kind, _, detail = why.partition(": ")
    if kind == "PermissionError":
        return words(EXPORT_NO_PERMISSION, lang)
    if kind in ("OSError", "FileNotFoundError", "IsADirectoryError"):
        return words(EXPORT_OS_ERROR, lang).format(detail or kind)
    return words(EXPORT_OTHER, lang).format(why)


def font_warning(warning, lang: str) -> str:
    """A FontWarning (code, wanted, used) in words."""
    code = warning.code
    if code == "font_missing" and not warning.used:
        code = "font_missing_kept"
    entry = FONT.get(code)
    if entry is None:
        return str(warning)
    return words(entry, lang).format(warning.wanted, warning.used)


def check_problem(code: str, detail: str, lang: str) -> str:
    """A problem the store check found."""
    if code == "fts":
        detail = detail.split(":", 1)[0]
    entry = CHECK.get(code)
    return words(entry, lang).format(detail) if entry is not None else f"{code}: {detail}"


def cli_line(key: str, lang: str, **fields) -> str:
    """One of the command line's lines, its fields filled in."""
    return words(CLI[key], lang).format(**{"path": "", **fields})
