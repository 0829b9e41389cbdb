"""ExportPane: choose scope, format, layout and file names; preview; write in the background.

What the pane reads to show its choices — the articles with tasks, the first article for the file name
proposed, the sample file names, the preview — goes through a WindowReads of its own: off the GUI thread
on a server library (a slow or gone server never freezes the window; the pane says 正在读取… and, on
failure, one line), where it is asked on a library file (a few local milliseconds, as before)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QStandardItemModel
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QMessageBox, QPlainTextEdit, QProgressBar, QPushButton, QRadioButton,
                               QVBoxLayout, QWidget)

from ..export import FORMATS, ExportError, ExportReport, extension, safe_filename
from ..domain import Article
from ..export.preview import TASK_FORMATS, Preview, build_preview, file_names
from ..search.listing import ListView
from . import export_job
from .export_preview import ExportPreview
from .plain_text import literal
from .ui_state import EXPORT_FOLDER, EXPORT_FORMAT, EXPORT_LAYOUT, EXPORT_PER_ARTICLE, EXPORT_TEMPLATE

SCOPE_OPEN, SCOPE_SELECTED, SCOPE_SHOWN, SCOPE_TASKS = "open", "selected", "shown", "tasks"
SCOPE_BOARD = "board"  # the rows the task board shows now (its filters applied)
TASK_SCOPES = (SCOPE_TASKS, SCOPE_BOARD)
DEFAULT_TEMPLATE = "{date}-{title}"
PREVIEW_DELAY_MS = 150
MAX_LISTED = 12  # files or failures named in the summary before "…"


def with_extension(path: Path, ext: str) -> Path:
    """The file the chosen format writes: "任务分解表.xlsx" chosen for Word becomes "任务分解表.docx" (it
    was "任务分解表.xlsx.docx"); a name without an export format's extension gets `ext` added."""
    if path.suffix.lower() == ext:
        return path
    if path.suffix.lower() in {e for _m, _c, e in FORMATS.values()}:
        return path.with_suffix(ext)
    return path.with_name(path.name + ext)


def _items(combo: QComboBox) -> QStandardItemModel:
    """A combo box's own model (a QStandardItemModel), whose items can be disabled one by one."""
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    return model

class ExportPane(QDialog):
    """A non-modal dialog. main_window calls set_context() with what the list and reader show now."""

    exported = Signal(object)  # ExportReport, after a job has ended

    def __init__(self, store, parent=None, state=None):
        super().__init__(parent)
        self.store = store
        self.state = state
        self.messages = export_job.ExportMessages(self)
        self.job = None
        self.report: ExportReport | None = None
        self.last_summary = ""
        self._ids: dict[str, list[int]] = {SCOPE_OPEN: [], SCOPE_SELECTED: [], SCOPE_SHOWN: []}
        self._query: str | None = None
        self._shown_view: ListView | None = None  # the shown scope, while the list still reads it
        self._tasks_ids: list[int] | None = None  # the task board's articles, looked up when first chosen
        self._board_keys: list[tuple[int, str]] | None = None  # (article id, task id) the board shows
        # The first article of the scope (for the file name proposed), as last read: (its id, it).
        self._first: tuple[int, object] | None = None
        self._names: tuple[tuple, list[str] | ExportError] | None = None  # (what they were read for, names)
        self._tasks_failed = ""  # the articles with tasks could not be read: why, in one line
        from .window_reads import WindowReads

        self.reads = WindowReads(store, self)  # inline for a library file; its own thread for a server
        self.reads.trouble.connect(self._read_failed)
        self.setWindowTitle(self.tr("导出"))
        self.setObjectName("export_pane")
        self._build()
        self._restore()
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        # A scope chosen again after its articles could not be read: read them again.
        self.scope.currentIndexChanged.connect(lambda _i: setattr(self, "_tasks_failed", ""))
        for signal in (self.scope.currentIndexChanged, self.format.currentIndexChanged,
                       self.layout_box.currentIndexChanged, self.template.textChanged, self.per_article.toggled):
            signal.connect(self._changed)
        self._update_board_scope()  # disabled until main_window passes the board's rows

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.scope = QComboBox(self)
        for key, text in ((SCOPE_OPEN, self.tr("当前打开的文章")), (SCOPE_SELECTED, self.tr("文章列表中选中的文章")),
                          (SCOPE_SHOWN, self.tr("当前搜索结果中的全部文章")), (SCOPE_TASKS, self.tr("任务看板:全部任务")),
                          (SCOPE_BOARD, self.tr("任务看板中筛选出的任务"))):
            self.scope.addItem(text, key)
        self.format = QComboBox(self)
        for key, text in (("docx", self.tr("Word 文档 (.docx)")), ("pdf", self.tr("PDF 文档 (.pdf)")),
                          ("xlsx", self.tr("任务分解表 — Excel (.xlsx)")), ("tasks_docx", self.tr("任务分解表 — Word 表格 (.docx)")),
                          ("csv", self.tr("任务分解表 — CSV (.csv)")), ("html", self.tr("网页 (.html)")),
                          ("md", self.tr("Markdown (.md)")), ("json", self.tr("JSON 数据 (.json)")), ("txt", self.tr("纯文本 (.txt)"))):
            self.format.addItem(text, key)
        self.layout_box = QComboBox(self)
        self.layout_box.addItem(self.tr("普通版式(带高亮和图例)"), "plain")
        self.layout_box.addItem(self.tr("公文格式(GB/T 9704-2012)"), "gongwen")
        self.one_file = QRadioButton(self.tr("合为一个文件"), self)
        self.per_article = QRadioButton(self.tr("每篇文章一个文件(选择文件夹)"), self)
        self.one_file.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.one_file)
        group.addButton(self.per_article)
        target = QWidget(self)
        row = QHBoxLayout(target)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.one_file)
        row.addWidget(self.per_article)
        row.addStretch(1)
        self.template = QLineEdit(self)
        self.template.setPlaceholderText(DEFAULT_TEMPLATE)
        self.template.setToolTip(self.tr("可用字段:{date} 日期,{title} 标题,{source} 来源,{subtitle} 副标题,{id} 编号"))
        self.sample_name = QLabel(self)
        self.sample_name.setTextFormat(Qt.TextFormat.PlainText)
        self.sample_name.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("导出范围:"), self.scope)
        form.addRow(self.tr("格式:"), self.format)
        form.addRow(self.tr("版式:"), self.layout_box)
        form.addRow(self.tr("保存为:"), target)
        form.addRow(self.tr("文件名模板:"), self.template)
        form.addRow("", self.sample_name)

        box = self.preview_box = ExportPreview(self)
        self.preview_note, self.preview_text = box.note, box.text
        self.preview_table, self.preview_stack = box.table, box.stack

        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("取消导出"), self)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(110)
        self.details.hide()
        self.open_folder_button = QPushButton(self.tr("打开所在文件夹"), self)
        self.open_folder_button.hide()
        self.open_folder_button.clicked.connect(self.open_folder)
        self.export_button = QPushButton(self.tr("导出…"), self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.close)

        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.open_folder_button)
        bottom.addStretch(0)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addLayout(bottom)
        self.resize(760, 640)

    def _restore(self) -> None:
        if self.state is None:
            self.template.setText(DEFAULT_TEMPLATE)
            return
        _select(self.format, self.state.text(EXPORT_FORMAT, "docx"))
        _select(self.layout_box, self.state.text(EXPORT_LAYOUT, "plain"))
        self.template.setText(self.state.text(EXPORT_TEMPLATE, DEFAULT_TEMPLATE) or DEFAULT_TEMPLATE)
        self.per_article.setChecked(self.state.text(EXPORT_PER_ARTICLE, "0") == "1")

    def _remember(self) -> None:
        if self.state is None:
            return
        self.state.set_text(EXPORT_FORMAT, self.fmt())
        self.state.set_text(EXPORT_LAYOUT, self.layout_box.currentData())
        self.state.set_text(EXPORT_TEMPLATE, self.template_text())
        self.state.set_text(EXPORT_PER_ARTICLE, "1" if self.per_article.isChecked() else "0")

    # -- what to export ----------------------------------------------------------------------
    def set_context(self, open_article: int | None, selected: list[int], shown: list[int],
                    query: str | None = None, shown_view: ListView | None = None) -> None:
        """What the window shows now: the open article, the list's selection and its rows.
        `shown_view`: the list was still reading its rows (`shown` is their head); the export's
        worker reads them all from this view, so nothing here waits for the list."""
        self._ids = {SCOPE_OPEN: [open_article] if open_article is not None else [],
                     SCOPE_SELECTED: list(selected), SCOPE_SHOWN: list(shown)}
        self._query = query
        self._shown_view = shown_view
        self._tasks_ids = None
        self.reads.drop("tasks_ids")  # the library may have changed: asked again when chosen
        n_shown = f"{len(shown):,}+" if shown_view is not None else str(len(shown))
        labels = {SCOPE_OPEN: self.tr("当前打开的文章"),
                  # "(1 article)", not "(1 articles)": the English has a singular
                  SCOPE_SELECTED: (self.tr("文章列表中选中的文章(1 篇)") if len(selected) == 1
                                   else self.tr("文章列表中选中的文章({0} 篇)").format(len(selected))),
                  SCOPE_SHOWN: ((self.tr("当前搜索“{0}”的结果(1 篇)").format(query) if n_shown == "1" else
                                 self.tr("当前搜索“{0}”的结果({1} 篇)").format(query, n_shown)) if query
                                else self.tr("文章列表中的全部文章(1 篇)") if n_shown == "1"
                                else self.tr("文章列表中的全部文章({0} 篇)").format(n_shown)),
                  SCOPE_TASKS: self.tr("任务看板:全部任务(xlsx / csv / Word 表格)")}
        model = _items(self.scope)
        for i in range(self.scope.count()):
            key = self.scope.itemData(i)
            if key in labels:
                self.scope.setItemText(i, labels[key])
            if key in self._ids:
                model.item(i).setEnabled(bool(self._ids[key]))
        self._update_board_scope()

    def set_board_tasks(self, keys: list[tuple[int, str]] | None) -> None:
        """The task board's shown rows as (article id, task id), in its order; None: no board open."""
        self._board_keys = None if keys is None else [(int(a), str(t)) for a, t in keys]
        self._update_board_scope()

    def board_keys(self) -> list[tuple[int, str]] | None:
        return self._board_keys

    def _update_board_scope(self) -> None:
        i = self.scope.findData(SCOPE_BOARD)
        keys = self._board_keys
        if keys is None:
            text = self.tr("任务看板中筛选出的任务(请先打开“工具 → 任务督办”)")
        else:
            text = self.tr("任务看板中筛选出的任务({0} 项,含督办信息)").format(len(keys))
        self.scope.setItemText(i, text)
        model = _items(self.scope)
        model.item(i).setEnabled(bool(keys))
        if not model.item(self.scope.currentIndex()).isEnabled():
            first = next((i for i in range(self.scope.count()) if model.item(i).isEnabled()), 0)
            self.scope.setCurrentIndex(first)
        self._changed()

    def set_scope(self, key: str) -> None:
        _select(self.scope, key)

    def set_format(self, key: str) -> None:
        _select(self.format, key)

    def scope_key(self) -> str:
        return self.scope.currentData()

    def fmt(self) -> str:
        return self.format.currentData()

    def layout_key(self) -> str:
        return self.layout_box.currentData() if self.fmt() == "docx" else "plain"

    def template_text(self) -> str:
        return self.template.text().strip() or DEFAULT_TEMPLATE

    def ids(self) -> list[int]:
        """The articles of the chosen scope, in list order."""
        key = self.scope_key()
        if key == SCOPE_BOARD:
            return list(dict.fromkeys(a for a, _t in self._board_keys or ()))
        if key == SCOPE_TASKS:
            if self._tasks_ids is None and not self._tasks_failed:  # (after a failure: when chosen again)
                self._read_tasks_ids()
            return self._tasks_ids or []
        return self._ids.get(key, [])

    def _read_tasks_ids(self) -> None:
        """The articles with tasks, asked of the store in one statement (Store.ids_with_tasks): at
        once from a file, on the read thread from a server (until then the scope is empty and says so)."""
        if self.reads.waiting_for("tasks_ids"):
            return

        def read(ids) -> None:
            self._tasks_ids, self._tasks_failed = list(ids), ""
            if self.reads.threaded and self.scope_key() == SCOPE_TASKS:
                self._changed()

        def failed(error) -> None:
            from .window_reads import one_line

            self._tasks_failed = one_line(error)
            if self.scope_key() == SCOPE_TASKS:
                self._changed()
        self._tasks_failed = ""
        self.reads.read("tasks_ids", lambda store: store.ids_with_tasks(), read, failed)

    # -- live feedback -----------------------------------------------------------------------
    def _changed(self, *_args) -> None:
        tasks_scope = self.scope_key() in TASK_SCOPES
        model = _items(self.format)
        for i in range(self.format.count()):
            model.item(i).setEnabled(not tasks_scope or self.format.itemData(i) in TASK_FORMATS)
        if tasks_scope and self.fmt() not in TASK_FORMATS:
            _select(self.format, "xlsx")
        self.layout_box.setEnabled(self.fmt() == "docx")
        self._update_sample_name()
        self._preview_timer.start()

    def _update_sample_name(self) -> bool:
        ids = self.ids()
        ext = extension(self.fmt())
        if self._reading_scope():
            self.sample_name.setStyleSheet("color: #c00000;" if self._tasks_failed else "color: #555;")
            self.sample_name.setText(self._reading_text())
            self.export_button.setEnabled(False)
            return False
        try:
            if self.per_article.isChecked():
                names = self._sample_names(ids, ext)
                text = (self.tr("文件名示例:{0}").format("、".join(names) + ("…" if len(ids) > 2 else ""))
                        if names else "") if names is not None else self.tr("文件名示例:正在读取…")
            else:
                text = self.tr("默认文件名:{0}").format(self.default_name())
        except ExportError as e:
            self.sample_name.setStyleSheet("color: #c00000;")
            self.sample_name.setText(self.messages.error(e.code) + (f"({e.detail})" if e.detail else ""))
            self.export_button.setEnabled(False)
            return False
        self.sample_name.setStyleSheet("color: #555;")
        self.sample_name.setText(text)
        self.export_button.setEnabled(bool(ids) and self.job is None)
        return True

    def _reading_scope(self) -> bool:
        """The scope's articles are still being read (含任务的文章 on a server), or could not be."""
        return self.scope_key() == SCOPE_TASKS and self._tasks_ids is None

    def _reading_text(self) -> str:
        if self._tasks_failed:
            return self.tr("未能读取含任务的文章:{0}(重新选择这个范围即可重试)").format(self._tasks_failed)
        return self.tr("正在读取含任务的文章…")

    def _sample_names(self, ids: list[int], ext: str) -> list[str] | None:
        """The first two files' names (one file per article), read as the export names them: None
        while they are read (a server library; the sample says so and fills in when they come)."""
        template = self.template_text()
        key = (tuple(ids[:2]), len(ids) > 2, template, ext)
        if self._names is not None and self._names[0] == key:
            found = self._names[1]
            if isinstance(found, ExportError):
                raise found
            return found
        safe_filename(template, Article(id=0, title="", body=""))  # a bad template says so at once

        def read(store):
            try:
                return file_names(store, ids[:3], template, ext, n=2)
            except ExportError as e:
                return e

        def got(names) -> None:
            self._names = (key, names)
            if self.reads.threaded:
                self._update_sample_name()
        self.reads.read("sample_names", read, got)
        return self._names[1] if self._names is not None and self._names[0] == key and \
            not isinstance(self._names[1], ExportError) else None

    def _first_article(self, ids: list[int]):
        """The scope's first article (for the file name proposed) as read; read now from a file, on
        the read thread from a server (None until then: the name proposed is the generic one)."""
        if not ids:
            return None
        if self._first is not None and self._first[0] == ids[0]:
            return self._first[1]
        aid = ids[0]

        def got(article) -> None:
            self._first = (aid, article)
            if self.reads.threaded:
                self._update_sample_name()
        self.reads.read("first_article", lambda store: store.article(aid), got)
        return self._first[1] if self._first is not None and self._first[0] == aid else None

    def _read_failed(self, line: str) -> None:
        """A read for the file names shown failed (the server slow or gone): one line where they go."""
        self.sample_name.setStyleSheet("color: #c00000;")
        self.sample_name.setText(self.tr("未能读取文件名:{0}").format(line))

    def default_name(self) -> str:
        """The file name the save dialog proposes: the first article's by the template, "任务分解表" …"""
        ids, ext = self.ids(), extension(self.fmt())
        first = self._first_article(ids)
        if self.scope_key() in TASK_SCOPES or self.fmt() in TASK_FORMATS:
            stem = self.tr("任务分解表")
            if first is not None and len(ids) == 1 and self.scope_key() not in TASK_SCOPES:
                stem = safe_filename(self.template_text(), first) + "-" + stem
            return stem + ext
        if first is None:
            return self.tr("导出") + ext
        stem = safe_filename(self.template_text(), first)
        if len(ids) > 1:
            stem = safe_filename("{title}", first, max_length=60) + self.tr("等{0}篇").format(len(ids))
        return stem + ext

    def update_preview(self) -> Preview | None:
        """Build the preview of the choices now: the Preview from a library file; from a server it is
        read on the read thread and shown when it comes (None here; 正在读取预览… meanwhile)."""
        self._preview_timer.stop()
        box = self.preview_box
        ids = self.ids()
        if self._reading_scope():
            box.note.setText(self._reading_text())
            box.show_preview(None)
            return None
        if not ids:
            box.note.setText(self.tr("这个范围里没有文章。"))
            box.show_preview(None)
            return None
        fmt, layout, only = self.fmt(), self.layout_key(), export_only(self.task_keys())

        def read(store):
            try:
                if fmt in TASK_FORMATS:
                    return build_preview(store, ids, fmt, max_rows=8, only=only)
                return build_preview(store, ids, fmt, layout=layout)
            except Exception as e:  # a preview must never break the pane
                return e
        shown: list[Preview | None] = []

        def got(found) -> None:
            shown.append(self._show_preview(found))
        if self.reads.threaded:
            box.note.setText(self.tr("正在读取预览…"))

        def failed(error) -> None:
            from .window_reads import one_line

            box.note.setText(self.tr("无法预览:{0}").format(one_line(error)))
        self.reads.read("preview", read, got, failed)
        return shown[0] if shown else None

    def _show_preview(self, preview) -> Preview | None:
        box = self.preview_box
        if isinstance(preview, Exception):
            from .window_reads import one_line

            box.note.setText(self.tr("无法预览:{0}").format(one_line(preview)))
            return None
        self.last_preview = preview
        n = preview.articles
        fonts = None
        if preview.kind == "document" and self.layout_key() == "gongwen":
            from ..export.fonts import resolve

            fonts = resolve()[0]  # the fonts the 公文 file will name on this computer
        box.show_preview(preview, fonts)
        if preview.kind == "table" and self.scope_key() == SCOPE_BOARD:
            note = self.tr("任务看板中筛选出的 {0} 项任务的前 {1} 行(含督办信息)").format(
                len(self._board_keys or ()), len(preview.rows))
        elif preview.kind == "table":
            note = self.tr("任务分解表的前 {0} 行(范围内共 {1} 篇文章)").format(len(preview.rows), n)
            if preview.empty:
                note = self.tr("这些文章中没有识别出任务,任务分解表将只有表头。")
        elif preview.kind == "document":
            note = self.tr("第一篇文章的开头(共 {0} 篇,导出时全部写入)").format(n)
            if fonts is not None:
                from ..export.fonts import CHAINS

                note += self.tr(";公文格式:A4,标题 2号{0},正文 3号{1},每页 22 行 × 28 字,不标出官员和任务").format(
                    fonts["title"], fonts["body"])
                if fonts["title"] != CHAINS["title"][0]:
                    note += self.tr("(本机没有{0},以{1}代替)").format(CHAINS["title"][0], fonts["title"])
        else:
            note = self.tr("将写入的文件开头(第一篇文章;共 {0} 篇)").format(n)
        box.note.setText(note)
        return preview

    def task_keys(self) -> list[tuple[int, str]] | None:
        """The tasks to keep: the board's filtered rows for that scope, else None (every task)."""
        return list(self._board_keys or ()) if self.scope_key() == SCOPE_BOARD else None

    # -- writing -----------------------------------------------------------------------------
    def export(self):
        """Ask where, ask before replacing anything, then write in the background. The Job, or None."""
        if self.job is not None or not self._update_sample_name():
            return None
        ids, fmt, ext = self.ids(), self.fmt(), extension(self.fmt())
        if not ids:
            self._say(self.messages.error("no_articles"))
            return None
        start_dir = self.state.text(EXPORT_FOLDER, "") if self.state is not None else ""
        if self.per_article.isChecked():
            folder = QFileDialog.getExistingDirectory(self, self.tr("选择导出到的文件夹"), start_dir)
            if not folder:
                return None
            return self._export_to_folder(ids, fmt, Path(folder))
        else:
            proposed = str(Path(start_dir) / self.default_name()) if start_dir else self.default_name()
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("导出为"), proposed, self.tr("{0} (*{1})").format(self.format.currentText(), ext),
                "", QFileDialog.Option.DontConfirmOverwrite)  # we ask ourselves, below
            if not path:
                return None
            out = with_extension(Path(path), ext)
            overwrite = False
            if out.exists():
                answer = QMessageBox.question(
                    self, self.tr("文件已存在"), literal(self.tr("“{0}”已经存在。要替换它吗?").format(out.name)),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
                if answer != QMessageBox.StandardButton.Yes:
                    self._say(self.tr("没有导出:“{0}”已存在,未覆盖。").format(out.name))
                    return None
                overwrite = True
            folder_for_state = out.parent
        if self.state is not None:
            self.state.set_text(EXPORT_FOLDER, str(folder_for_state))
        self._remember()
        return self._start(ids, fmt, out, overwrite)

    def _export_to_folder(self, ids: list[int], fmt: str, out: Path):
        """One file per article into `out`: the files' names are read first (off the GUI thread on a
        server library) to ask before replacing any; then the export starts. Its Job, or None (not
        started, or started later when the names come from the server)."""
        template, ext = self.template_text(), extension(fmt)
        started: list = []

        def named(names: list[str]) -> None:
            existing = [n for n in names if (out / n).exists()]
            overwrite = False
            if existing:
                shown = "\n".join(existing[:MAX_LISTED]) + ("\n…" if len(existing) > MAX_LISTED else "")
                answer = QMessageBox.question(
                    self, self.tr("文件已存在"),
                    literal(self.tr("文件夹中已有 {0} 个同名文件:\n{1}\n\n替换这些文件吗?选“否”则跳过它们,只写其余文章。")
                            .format(len(existing), shown)),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.No)
                if answer == QMessageBox.StandardButton.Cancel:
                    return
                overwrite = answer == QMessageBox.StandardButton.Yes
            if self.state is not None:
                self.state.set_text(EXPORT_FOLDER, str(out))
            self._remember()
            started.append(self._start(ids, fmt, out, overwrite))

        def failed(error) -> None:
            from .window_reads import one_line

            self._say(self.tr("没有导出:未能读取文章的文件名:{0}").format(one_line(error)))
        if self.reads.threaded:
            self._say(self.tr("正在读取文章的文件名…"))
        self.reads.read("export_names", lambda store: file_names(store, ids, template, ext, n=None), named, failed)
        return started[0] if started else None

    def _start(self, ids: list[int], fmt: str, out: Path, overwrite: bool):
        self.out = out
        keys = self.task_keys()
        # The list had not read all its rows: the worker reads them (ids are only their head).
        scope = self._shown_view if self.scope_key() == SCOPE_SHOWN and self._shown_view is not None else ids
        self.job = job = export_job.start_export(
            self.store.location, scope, fmt, out, layout=self.layout_key() if keys is None else "plain",
            overwrite=overwrite, template=self.template_text(), task_keys=keys)
        self.progress.setRange(0, len(ids))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("正在导出… %v / %m"))
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.open_folder_button.hide()
        self.details.hide()
        self.export_button.setEnabled(False)
        self.summary.setText(self.tr("正在导出 {0} 篇文章…").format(
            f"{len(ids):,}+" if isinstance(scope, ListView) else len(ids)))
        job.progressed.connect(self._progressed)
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("正在取消…"))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _end(self) -> None:
        self.job = None
        self.progress.hide()
        self.cancel_button.hide()
        self._update_sample_name()

    def _finished(self, report: ExportReport) -> None:
        self._end()
        self.report = report
        self._say(*self.messages.summary(report, MAX_LISTED))
        self.open_folder_button.setVisible(bool(report.written))
        self.exported.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._end()
        self.report = None
        if isinstance(error, ExportError):
            text = self.messages.error(error.code) or str(error)
        else:
            text = self.tr("导出失败:{0}").format(error)
        self._say(self.tr("没有导出。") + text)

    def _say(self, head: str, details: str = "") -> None:
        self.last_summary = "\n".join(x for x in (head, details) if x)
        self.summary.setText(head)
        self.details.setPlainText(details)
        self.details.setVisible(bool(details))

    def written_folder(self) -> Path | None:
        if not self.report or not self.report.written:
            return None
        return self.out if self.out.is_dir() else self.report.written[0].parent

    def open_folder(self) -> bool:
        folder = self.written_folder()
        return folder is not None and QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def export_only(keys) -> dict[int, set[str]] | None:
    if keys is None:
        return None
    only: dict[int, set[str]] = {}
    for article_id, task_id in keys:
        only.setdefault(article_id, set()).add(task_id)
    return only


def _select(combo: QComboBox, key) -> None:
    i = combo.findData(key)
    if i >= 0:
        combo.setCurrentIndex(i)
