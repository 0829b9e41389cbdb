"""Actions: every QAction of the window in one table, with its text, icon key and shortcuts."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


def standard_keys(key: QKeySequence.StandardKey) -> list[QKeySequence]:
    """The platform's bindings of a standard key (Redo is Ctrl+Shift+Z on Linux, Ctrl+Y on Windows)."""
    return list(QKeySequence.keyBindings(key))


def key_list(*keys: str, standard: QKeySequence.StandardKey | None = None) -> list[QKeySequence]:
    """`keys` first, then the platform's Ctrl bindings of `standard`, each once: a key given twice to
    one action (or to two) is ambiguous in Qt, which then triggers nothing ("Ambiguous shortcut
    overload"): Redo = [Ctrl+Shift+Z, StandardKey.Redo] was exactly that on Linux. Dedicated keys
    (Undo, Redo, Save on some keyboards) and Alt+Backspace are left out: the shortcuts page lists
    what is bound, and it lists what people type."""
    found: list[QKeySequence] = []
    extra = [s for s in (standard_keys(standard) if standard is not None else [])
             if s.count() == 1 and "Ctrl" in s.toString(QKeySequence.SequenceFormat.PortableText).split("+")[:-1]]
    for seq in [QKeySequence(k) for k in keys] + extra:
        if not seq.isEmpty() and seq not in found:
            found.append(seq)
    return found


class Actions(QObject):
    """Owns the window's actions; main_window puts them in menus and connects `triggered`.

    Icons are set by `load_icons()` (main_window calls it in its second stage, after the first paint).
    """

    # One attribute per row of the table below (set there by name), declared for the type checker.
    new_library: QAction
    open_library: QAction
    connect_server: QAction
    import_files: QAction
    import_folder: QAction
    paste_article: QAction
    export: QAction
    print: QAction
    quit: QAction
    search: QAction
    find_next: QAction
    find_previous: QAction
    refresh: QAction
    next_article: QAction
    previous_article: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    rebuild_index: QAction
    check_store: QAction
    backups: QAction
    settings: QAction
    delete_articles: QAction
    trash: QAction
    edit_article: QAction
    task_board: QAction
    tracking_history: QAction
    statistics: QAction
    people_index: QAction
    shortcuts: QAction
    about: QAction

    def __init__(self, parent: QObject):
        super().__init__(parent)
        # name: (text, icon key, shortcuts, status tip); self.tr() literally, so that lupdate finds them
        table = {
            "new_library": (self.tr("新建资料库(&N)…"), "new_library", [],
                            self.tr("新建一个空的资料库文件并在本窗口打开")),
            "open_library": (self.tr("打开资料库(&O)…"), "open_library", ["Ctrl+O"],
                             self.tr("打开另一个资料库,或从最近打开的资料库中选择")),
            "connect_server": (self.tr("连接团队资料库(&T)…"), "connect_server", [],
                               self.tr("打开 PostgreSQL 服务器上的团队资料库:多个桌面同时使用同一批文章和督办")),
            "import_files": (self.tr("导入文件(&I)…"), "import", ["Ctrl+I"], self.tr("导入 .txt / .md 文章文件")),
            "import_folder": (self.tr("导入文件夹(&F)…"), "import_folder", ["Ctrl+Shift+I"],
                              self.tr("导入一个文件夹中的全部文章")),
            "paste_article": (self.tr("从剪贴板新建文章(&V)…"), "paste", ["Ctrl+Shift+V"],
                              self.tr("把复制的文章文字识别为标题、来源、日期和正文,核对后保存")),
            "export": (self.tr("导出(&E)…"), "export", ["Ctrl+Shift+E"],
                       self.tr("把文章或任务分解表导出为 Word、PDF、Excel、网页等文件")),
            "print": (self.tr("打印(&P)…"), "print", ["Ctrl+P"], self.tr("打印当前文章(带高亮),先显示打印预览")),
            "quit": (self.tr("退出(&Q)"), "quit", ["Ctrl+Q"], ""),
            "search": (self.tr("搜索(&S)"), "search", ["Ctrl+F"], self.tr("跳到文章列表上方的搜索框")),
            "find_next": (self.tr("下一处搜索结果(&N)"), "next", ["F3"], self.tr("在正文中跳到搜索词的下一处")),
            "find_previous": (self.tr("上一处搜索结果(&P)"), "previous", ["Shift+F3"],
                              self.tr("在正文中跳到搜索词的上一处")),
            "refresh": (self.tr("刷新(&R)"), "refresh", ["F5"], self.tr("重新读取文章列表")),
            "next_article": (self.tr("下一篇(&J)"), "next", ["J"], ""),
            "previous_article": (self.tr("上一篇(&K)"), "previous", ["K"], ""),
            "zoom_in": (self.tr("放大字号"), "zoom_in", ["Ctrl+=", "Ctrl++"], ""),
            "zoom_out": (self.tr("缩小字号"), "zoom_out", ["Ctrl+-"], ""),
            "zoom_reset": (self.tr("默认字号"), "zoom_reset", ["Ctrl+0"], ""),
            "rebuild_index": (self.tr("重建搜索索引(&B)"), "rebuild_index", [],
                              self.tr("从全部文章重新建立全文搜索索引")),
            "check_store": (self.tr("检查文章库(&C)…"), "check_store", [],
                            self.tr("检查文章库文件和搜索索引是否完好")),
            "backups": (self.tr("备份与恢复(&U)…"), "backups", [],
                        self.tr("查看自动备份,立即备份,或从备份恢复文章库")),
            "settings": (self.tr("设置(&S)…"), "settings", ["Ctrl+,"], self.tr("高亮颜色、字体、主题、语言和备份")),
            # Delete acts on the list's selected rows only: its context is the list (main_window),
            # so that Delete in a text field still deletes text.
            "delete_articles": (self.tr("移到回收站(&D)"), "delete", ["Del"],
                                self.tr("把所选文章移到回收站;可在“回收站”中恢复")),
            "trash": (self.tr("回收站(&R)…"), "trash", [], self.tr("查看已删除的文章,恢复或永久删除")),
            "edit_article": (self.tr("编辑文章(&E)"), "edit", ["Ctrl+E"],
                             self.tr("显示或隐藏编辑窗格:修改标题、日期、正文和高亮")),
            "task_board": (self.tr("任务督办(&T)…"), "task", ["Ctrl+T"],
                           self.tr("全部文章的任务及责任单位、完成时限、状态和进展")),
            "tracking_history": (self.tr("督办修改记录(&H)…"), "task", [],
                                 self.tr("谁在何时改了哪项任务的督办(团队资料库记录)")),
            "statistics": (self.tr("统计(&S)…"), "statistics", ["Ctrl+Shift+G"],
                           self.tr("每月文章数、被提及最多的官员和任务督办状态的图表")),
            "people_index": (self.tr("人物索引(&P)…"), "official", ["Ctrl+Shift+P"],
                             self.tr("全部官员及其职务、出现日期、相关文章和交办的任务")),
            "shortcuts": (self.tr("键盘快捷键(&K)"), "keyboard", ["F1"], self.tr("列出全部键盘快捷键")),
            "about": (self.tr("关于政文阅览(&A)"), "about", [], self.tr("版本、数据文件夹和许可协议")),
        }
        self._icon_keys: dict[str, str] = {}
        for name, (text, icon_key, shortcuts, tip) in table.items():
            action = QAction(text, self)
            action.setObjectName(name)
            if shortcuts:
                action.setShortcuts([QKeySequence(s) for s in shortcuts])
                shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                action.setToolTip(f"{text.split('(')[0].rstrip('…')} ({shown})")
            if tip:
                action.setStatusTip(tip)
            setattr(self, name, action)
            self._icon_keys[name] = icon_key
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)

    def all(self) -> list[QAction]:
        return [getattr(self, name) for name in self._icon_keys]

    def load_icons(self) -> None:
        from . import icons  # after the window's first paint: drawing them costs more than the list

        for name, key in self._icon_keys.items():
            getattr(self, name).setIcon(icons.icon(key))
