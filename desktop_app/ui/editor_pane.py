"""EditorPane: edit the open article's fields, body and highlights, with one undo stack and drafts.

The pane owns the working copy, its undo stack, saving and drafts; the 内容 tab is article_form, the
历史 tab revisions_tab, and the highlight corrections with the reader's context menu highlight_corrections."""
from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .window_reads import WindowReads

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ..editing import drafts
from ..domain import ArticleState
from .actions import key_list
from . import jobs
from .article_form import ArticleForm
from .background_save import BackgroundSaver
from .edit_commands import StateCommand
from .edit_widgets import qt_to_py
from .highlight_corrections import HighlightCorrections
from .plain_text import literal
from .revisions_tab import RevisionsTab

__all__ = ["EditorPane", "qt_to_py", "DRAFT_DELAY_MS", "PREVIEW_DELAY_MS"]

DRAFT_DELAY_MS = 1000  # a draft is written at most this long after an unsaved change
PREVIEW_DELAY_MS = 400


class EditorPane(HighlightCorrections, QWidget):
    """The editing pane. Holds a working copy (an ArticleState) of one article; every change is an
    undo command; Ctrl+S saves it to the store; a draft file follows it so that a crash loses
    at most a second or two of typing."""

    dirty_changed = Signal(bool)
    saved = Signal(int)  # article id
    preview_changed = Signal(object)  # Article: the working copy, for the reader and the tasks tab
    message = Signal(str)

    def __init__(self, store, drafts_dir: Path, parent=None, extract=None):
        super().__init__(parent)
        self.store = store
        self._reads: WindowReads | None = None  # the window's WindowReads (MainWindow sets `reads`); None: read here
        self.drafts_dir = Path(drafts_dir)
        self._extract = extract
        self.article_id: int | None = None
        self.path: str | None = None
        self.state: ArticleState | None = None
        self.base: ArticleState | None = None  # as stored
        # The working copy the window last drew (the stored state when it opened the article, then
        # every preview sent): the preview timer sends nothing when the state is still that one.
        self._drawn: ArticleState | None = None
        self._updating = False
        self._loading = False

        self.undo_stack = QUndoStack(self)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("撤销"))
        self.undo_action.setObjectName("undo")
        self.undo_action.setShortcuts(key_list("Ctrl+Z", standard=QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("重做"))
        self.redo_action.setObjectName("redo")
        # Both usual keys on every platform, each once (key_list: a key bound twice does nothing).
        self.redo_action.setShortcuts(key_list("Ctrl+Shift+Z", "Ctrl+Y", standard=QKeySequence.StandardKey.Redo))
        self.addActions([self.undo_action, self.redo_action])
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.undo_stack.indexChanged.connect(self._after_step)
        self.save_action = QAction(self.tr("保存(&S)"), self)
        self.save_action.setObjectName("save")
        self.save_action.setShortcuts(key_list("Ctrl+S", standard=QKeySequence.StandardKey.Save))
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)

        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.write_draft)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._emit_preview)

        self.saver = BackgroundSaver(lambda: self.store.location, self)
        self.saver.saved.connect(self._save_landed)
        self.saver.held.connect(self._save_held)
        self.saver.failed.connect(self._save_failed)
        self._held: set[int] = set()  # articles whose save waits for the library to come back

        self._build()
        self.setEnabled(False)

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # the title is data: never rich text (<img …>)
        self.heading.setWordWrap(True)
        self.form = ArticleForm(self)
        self.fields, self.note, self.body = self.form.fields, self.form.note, self.form.body
        self.date_message = self.form.date_message
        self.form.field_edited.connect(self._field_edited)
        self.form.note_edited.connect(self._note_edited)
        self.form.body_changed.connect(self._body_changed)

        self.history = RevisionsTab(self.store, self.undo_stack, lambda: self.state, self)
        self.undo_view, self.revision_list = self.history.undo_view, self.history.revision_list
        self.revision_text, self.revert_button = self.history.revision_text, self.history.revert_button
        self.history.revert_requested.connect(self._revert_to)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.form, self.tr("内容"))
        self.tabs.addTab(self.history, self.tr("历史"))
        self.tabs.currentChanged.connect(lambda i: self.tabs.widget(i) is self.history and self._fill_revisions())

        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.setToolTip(self.tr("保存修改 (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.reextract_button = QPushButton(self.tr("重新识别"), self)
        self.reextract_button.setToolTip(self.tr("对当前正文重新识别官员和任务;手工修正会保留"))
        self.reextract_button.clicked.connect(self.reextract)
        self.reset_button = QPushButton(self.tr("恢复自动结果"), self)
        self.reset_button.setToolTip(self.tr("丢弃本文全部手工修正,只保留自动识别的结果(可撤销)"))
        self.reset_button.clicked.connect(self.reset_to_automatic)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.reextract_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    @property
    def reads(self) -> WindowReads | None:
        return self._reads

    @reads.setter
    def reads(self, value: WindowReads | None) -> None:
        self._reads = value
        self.history.reads = value  # the 历史 tab reads a chosen revision the same way

    # -- loading -------------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self.state is not None and not self.undo_stack.isClean()

    def load_article(self, article_id: int | None, article=None, stored=None) -> bool:
        """Edit this article; False when the user keeps editing the current one (unsaved changes).
        `article`: the window's copy of it, when it has one (its file path is not read again);
        `stored`: (its stored state, its version) when the window has read them (off the GUI thread
        on a server library), else they are read here."""
        if article_id == self.article_id:
            return True
        if not self.confirm_discard():
            return False
        self._load(article_id, None, article, stored)
        return True

    def _load(self, article_id: int | None, state: ArticleState | None, article=None, read=None) -> None:
        """`read`: (stored state, version) or (stored state, version, file path) as already read."""
        path_read: str | None | bool = False  # False: not read with it
        if read is not None and len(read) == 3:  # the file path came with the read (_read_stored)
            stored, version, path_read = read
        elif read is not None:
            stored, version = read
        else:
            stored = self.store.article_state(article_id) if article_id is not None else None
            version = self.store.article_version(article_id) if stored is not None else None
        if article_id != self.article_id or self._drawn is None:
            # Another article: the window draws it as stored (MainWindow.open_article). Loading it is
            # no edit and sends no preview (it made the reader draw every opened article twice).
            # Reloading the same one (changes discarded) keeps what was drawn, so the stored state
            # is sent when the reader shows edits.
            self._drawn = stored
        path, same = self.path, article_id == self.article_id
        self.article_id = article_id if stored is not None else None
        self.base = stored
        # What the save will start from: a colleague's save since (a server library) is a conflict.
        self.base_version = version if stored is not None else None
        self.state = stored
        self.path = None
        if stored is not None and path_read is not False:
            self.path = path_read  # type: ignore[assignment]
        elif stored is not None and article is None and same and read is not None:
            self.path = path  # the same article again, read elsewhere: its file path has not changed
        elif stored is not None:
            a = article if article is not None and article.id == article_id else self.store.article(article_id)
            self.path = a.path if a else None
        self._loading = True
        try:
            self.undo_stack.clear()
        finally:
            self._loading = False
        self.set_state(stored)
        self.setEnabled(stored is not None)
        self._show_status("")
        if state is not None and stored is not None and state != stored:
            self._push(state, self.tr("恢复草稿"))
            self.write_draft()
        self.revision_list.clear()
        if self.tabs.currentIndex() == 1:
            self._fill_revisions()

    def set_state(self, state: ArticleState | None, update_widgets: bool = True) -> None:
        """Show `state` (called by undo commands)."""
        self.state = state
        if update_widgets:
            self._updating = True
            try:
                self.form.show_state(state)
            finally:
                self._updating = False
        self._validate()
        self._update_heading()
        if state is not None and self.article_id is not None:
            self._preview_timer.start()

    def _clean_changed(self, clean: bool) -> None:
        self.dirty_changed.emit(not clean)

    def _after_step(self, _index: int) -> None:
        """After every push, undo and redo: the dirty mark, and a draft soon if there is anything unsaved."""
        self._update_heading()
        if self.is_dirty():
            if not self._draft_timer.isActive():
                self._draft_timer.start()
        elif self.article_id is not None and not self._loading:
            self._draft_timer.stop()
            drafts.discard_draft(self.drafts_dir, self.article_id)  # back to what is stored

    # -- editing -------------------------------------------------------------------------------
    def _push(self, after: ArticleState, text: str, merge_key: str | None = None, applied: bool = False) -> None:
        if self.state is None or after == self.state:
            return
        self.undo_stack.push(StateCommand(self, self.state, after, text, merge_key, applied))

    def _field_edited(self, name: str, text: str) -> None:
        if self._updating or self.state is None:
            return
        value = drafts.parse_tags(text) if name == "tags" else text
        labels = {"title": self.tr("修改标题"), "subtitle": self.tr("修改副标题"), "source": self.tr("修改来源"),
                  "date": self.tr("修改日期"), "views": self.tr("修改浏览量"), "tags": self.tr("修改标签")}
        after = drafts.set_field(self.state, name, value)
        if after == self.state:
            return
        self._push(after, labels[name], merge_key=f"field:{name}", applied=True)

    def _note_edited(self) -> None:
        if self._updating or self.state is None:
            return
        self._push(drafts.set_field(self.state, "note", self.note.toPlainText()), self.tr("修改备注"),
                   merge_key="field:note", applied=True)

    def _body_changed(self, position: int) -> None:
        if self._updating or self.state is None:
            return
        text = self.body.toPlainText()
        after, report = drafts.edit_body(self.state, text, hint=qt_to_py(text, position))
        self._push(after, self.tr("编辑正文"), merge_key="body", applied=True)
        if report.flagged or report.removed:
            self._show_status(self.tr("编辑触及 {0} 处高亮,已标记待复核;{1} 处随文字删除。").format(
                report.flagged, report.removed))
    def reset_to_automatic(self) -> None:
        if self.state is not None:
            self._push(drafts.reset_to_automatic(self.state), self.tr("恢复自动识别结果"))

    def reextract(self) -> None:
        if self.state is None:
            return
        extract = self._extract
        if extract is None:
            from ..extraction import extract
        self._push(drafts.reextract(self.state, extract), self.tr("重新识别"))
        self._show_status(self.tr("已重新识别;手工修正已保留。"))

    # -- validation and status -----------------------------------------------------------------
    def _validate(self) -> None:
        self.form.validate(self.state)

    def error_text(self, code: str) -> str:
        return {"title_empty": self.tr("标题不能为空。"), "body_empty": self.tr("正文不能为空。"),
                "date_format": self.tr("日期格式不对,未保存:请写成 2019-03-01。"),
                "date_invalid": self.tr("没有这一天,未保存。"),
                "date_range": self.tr("日期超出范围,未保存。"),
                "views_invalid": self.tr("浏览量应为不小于 0 的整数,未保存。"),
                "duplicate_body": self.tr("另一篇文章的正文与此相同,未保存。"),
                "no_article": self.tr("这篇文章已被删除。")}.get(code, code)

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        if text:
            self.message.emit(text)

    def _update_heading(self) -> None:
        if self.state is None:
            self.heading.setText(self.tr("未打开文章"))
            return
        mark = " *" if self.is_dirty() else ""
        review = sum(m.review for o in drafts.merged(self.state).officials for m in o.mentions) + sum(
            t.review for t in drafts.merged(self.state).tasks)
        extra = self.tr(" · {0} 处高亮待复核").format(review) if review else ""
        self.heading.setText(self.tr("正在编辑:{0}{1}{2}").format(self.state.title, mark, extra))

    def preview_article(self):
        """The working copy as an Article (None when no article is open), for the window to draw now
        (a restored draft): the preview timer then does not send it again."""
        if self.state is None or self.article_id is None:
            return None
        self._drawn = self.state
        return drafts.preview(self.state, self.article_id, self.path)

    def _emit_preview(self) -> None:
        if self.state is None or self.article_id is None or self.state == self._drawn:
            return  # nothing changed since the window drew it (loaded, or an edit undone within the delay)
        self._drawn = self.state
        self.preview_changed.emit(drafts.preview(self.state, self.article_id, self.path))

    # -- saving, drafts, closing ---------------------------------------------------------------
    def save(self) -> bool:
        """Save the working copy in the writer lane (ui/background_save.py: a server that is gone
        must not freeze the window). True when the save started — its outcome comes back as
        `saved`, the conflict dialog or a message —, False when the copy cannot be saved."""
        if self.state is None or self.article_id is None:
            return True
        errors = drafts.state_errors(self.state)
        if errors:
            self._show_status(self.error_text(errors[0]))
            return False
        # On the desk first: if the library is gone, or the program ends before the save lands,
        # the draft is there (and is saved once the library answers, or offered at the next start).
        drafts.write_draft(self.drafts_dir, self.article_id, self.state, self.base, self.base_version)
        self._draft_timer.stop()
        self.saver.save(self.article_id, self.state, self.base_version)
        self._show_status(self.tr("正在保存…"))
        return True

    def _save_landed(self, article_id: int, state: ArticleState, stored, version) -> None:
        was_held = article_id in self._held
        self._held.discard(article_id)
        if article_id == self.article_id:
            self.base, self.base_version = stored, version
            if self.state == state:  # (typing after the save stays unsaved)
                self.undo_stack.setClean()
                self._draft_timer.stop()
                drafts.discard_draft(self.drafts_dir, article_id)
            self._update_heading()
            if self.tabs.currentIndex() == 1:
                self._fill_revisions()
        else:
            found = drafts.read_draft(drafts.draft_path(self.drafts_dir, article_id))
            if found is not None and found[2] == state:
                drafts.discard_draft(self.drafts_dir, article_id)
        if was_held:
            self._show_status(self.tr("团队资料库已恢复连接,“{0}”已保存。").format(state.title))
        else:
            self._show_status(self.tr("已保存。"))
        self.saved.emit(article_id)

    def _save_held(self, article_id: int, state: ArticleState, _error) -> None:
        self._held.add(article_id)
        self._show_status(self.tr("资料库连接不上:“{0}”的修改已存为本机草稿,连接恢复后自动保存。").format(state.title))

    def _save_failed(self, article_id: int, state: ArticleState, error) -> None:
        self._held.discard(article_id)
        current = article_id == self.article_id
        if isinstance(error, drafts.EditConflict) and current:
            self._resolve_conflict(error)
        elif isinstance(error, drafts.EditConflict):
            self._show_status(self.tr("“{0}”未保存:已被其他人修改;草稿已保留。").format(state.title))
        elif isinstance(error, drafts.EditRefused):
            self._show_status(self.error_text(error.code))
        else:  # refused by the server (a read-only user), or another failure: one line, the draft kept
            from .window_reads import one_line

            self._show_status(self.tr("“{0}”未保存:{1}").format(state.title, one_line(error)))

    def wait_saved(self, timeout_ms: int = 10000) -> bool:
        """Block until no save is running (tests, scripts); False on timeout."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        deadline = QDeadlineTimer(timeout_ms)
        while self.saver.running and not deadline.hasExpired():
            QCoreApplication.processEvents()
            jobs.pool(jobs.WRITE).waitForDone(10)
        QCoreApplication.processEvents()
        return not self.saver.running

    def _resolve_conflict(self, conflict) -> bool:
        """Someone saved this article since it was loaded: show theirs and mine, do what is chosen."""
        from .conflict_dialog import KEEP_MINE, TAKE_THEIRS, ConflictDialog

        # Who saved theirs came with the conflict from the saver's worker (no read here: the GUI thread).
        dialog = ConflictDialog(self.state.title, conflict.theirs, self.state, getattr(conflict, "who", ""), self)
        self.conflict_dialog = dialog  # for tests and screenshots
        dialog.exec()
        if dialog.choice == KEEP_MINE:
            self.base_version = conflict.version  # saved over theirs, which stays in the history
            return self.save()
        if dialog.choice == TAKE_THEIRS:  # theirs as the conflict brought it: nothing is read again here
            self.discard_changes((conflict.theirs, conflict.version))
            return True
        self._show_status(self.tr("未保存:这篇文章已被其他人修改。"))
        return False

    def write_draft(self) -> Path | None:
        """Write the working copy to the drafts folder (called by the draft timer)."""
        if not self.is_dirty() or self.article_id is None:
            return None
        return drafts.write_draft(self.drafts_dir, self.article_id, self.state, self.base, self.base_version)

    def discard_changes(self, stored=None) -> None:
        """Drop the unsaved changes: back to the stored state (`stored`: (state, version) as already
        read, e.g. theirs from a conflict). Without it the pane goes back at once to the state it
        loaded (`base`: nothing to wait for) and reads the article again — off the GUI thread on a
        server library (a colleague's save or a change made from the list's menu since): what is
        read replaces it only while nothing new has been typed and the article is still the one."""
        aid = self.article_id
        if aid is not None:
            drafts.discard_draft(self.drafts_dir, aid)
        self._draft_timer.stop()
        self.undo_stack.setClean()  # so the reload below does not ask again
        if stored is not None or self.reads is None or aid is None:
            self._load(aid, None, read=stored)
            return
        if self.base is not None:
            self._load(aid, None, read=(self.base, self.base_version))

        def reread(read) -> None:
            if self.article_id == aid and not self.is_dirty():
                self._load(aid, None, read=read)
        self._read_stored(aid, reread)

    def _read_stored(self, article_id: int, then, failed=None) -> None:
        """`then((stored state, version, file path))` — or `then(None)`: no such article — through the
        window's reads (off the GUI thread on a server library), else read here."""
        def read(store):
            stored = store.article_state(article_id)
            if stored is None:
                return None
            article = store.article(article_id)
            return stored, store.article_version(article_id), article.path if article is not None else None
        if self.reads is None:
            then(read(self.store))
        else:
            self.reads.read(f"editor_stored:{article_id}", read, then, failed)

    def confirm_discard(self) -> bool:
        """Ask what to do with unsaved changes: True when it is fine to go on (saved or dropped)."""
        if not self.is_dirty():
            return True
        Btn = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, self.tr("未保存的修改"),
            literal(self.tr("“{0}”有未保存的修改。要保存吗?").format(self.state.title)),
            Btn.Save | Btn.Discard | Btn.Cancel, Btn.Save)
        if answer == Btn.Save:
            return self.save()
        if answer == Btn.Discard:
            drafts.discard_draft(self.drafts_dir, self.article_id)
            self._draft_timer.stop()
            self.undo_stack.setClean()
            return True
        return False

    def pending_drafts(self) -> list[Path]:
        """Drafts left unsaved — not those of the saves this pane is running or holding for the
        library (their drafts are on the desk while they run)."""
        busy = {drafts.draft_path(self.drafts_dir, i) for i in (*self.saver.running, *self.saver.pending)}
        return [p for p in drafts.pending_drafts(self.drafts_dir) if p not in busy]

    def restore_draft(self, path: Path, then=None) -> bool:
        """Open a draft left by a session that ended without saving; False when it is unusable or the
        user keeps the changes open now. The article is read first (off the GUI thread on a server
        library): `then(article_id)` once the draft is in the pane. A failed read keeps the draft
        file (it is offered again at the next start) and says so in one line."""
        found = drafts.read_draft(path)
        if found is None:
            Path(path).unlink(missing_ok=True)
            return False
        article_id, _when, state = found
        if not self.confirm_discard():
            return False
        started_from = drafts.draft_base_version(path)

        def restore(read) -> None:
            if read is None:  # the article is gone (deleted since): its draft has nothing to go to
                Path(path).unlink(missing_ok=True)
                self._show_status(self.tr("“{0}”已不在资料库中,它的草稿已删除。").format(state.title))
                return
            if self.is_dirty() and self.article_id != article_id:
                return  # the user started editing another article meanwhile: the draft stays for next time
            self._load(article_id, state, read=read)
            if started_from is not None:
                self.base_version = started_from  # a colleague's save since the draft is a conflict
            self._show_status(self.tr("已恢复未保存的草稿;保存后生效。"))
            if then is not None:
                then(article_id)

        def failed(error) -> None:
            from .window_reads import one_line

            self._show_status(self.tr("未能读取“{0}”,草稿未恢复(仍保留,下次启动时再问):{1}").format(
                state.title, one_line(error)))
        if self.reads is not None and self.reads.threaded:
            self._show_status(self.tr("正在读取“{0}”以恢复草稿…").format(state.title))
        self._read_stored(article_id, restore, failed)
        return True

    def offer_drafts(self, then=None) -> int | None:
        """At start: offer to restore the newest draft; the article id restored (or being read to
        restore it, on a server library), or None. `then(article_id)` once it is in the pane."""
        for path in self.pending_drafts():
            found = drafts.read_draft(path)
            if found is None:
                continue
            article_id, when, state = found
            Btn = QMessageBox.StandardButton
            answer = QMessageBox.question(
                self, self.tr("恢复草稿"),
                self.tr("上次关闭前“{0}”有未保存的修改({1})。要恢复吗?").format(state.title, when.replace("T", " ")),
                Btn.Yes | Btn.No, Btn.Yes)
            if answer == Btn.Yes and self.restore_draft(path, then):
                return article_id
            Path(path).unlink(missing_ok=True)
        return None

    # -- revisions -----------------------------------------------------------------------------
    def _fill_revisions(self) -> None:
        aid = self.article_id
        if self.reads is None or aid is None:
            self.history.fill(aid)
            return
        self.history.fill(None)  # until the window's read (off the GUI thread on a server) is back
        self.reads.read("revisions", lambda store: store.revisions(aid),
                        lambda revs: self.article_id == aid and self.history.fill(aid, revs))

    def _revert_to(self, before: ArticleState, at: str) -> None:
        """The 历史 tab's 恢复到此修订之前: the state before that revision, as one undo step."""
        self._push(before, self.tr("恢复到修订 {0} 之前").format(at))
        self._show_status(self.tr("已恢复到所选修订之前的内容;保存后生效。"))
