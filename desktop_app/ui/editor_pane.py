"""EditorPane: edit the open article's fields, body and highlights, with one undo stack and drafts."""
from __future__ import annotations

import difflib
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QUndoStack
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMenu, QMessageBox, QPlainTextEdit, QPushButton,
                               QSpinBox, QSplitter, QTabWidget, QTextEdit, QUndoView, QVBoxLayout, QWidget)

from .. import drafts
from ..annotations import OFFICIAL, TASK, diff_edit
from ..domain import ArticleState
from .. import official_merge
from .edit_commands import StateCommand
from .highlighter import py_to_qt_offsets
from .merge_dialog import MergeDialog, preferred_name

DRAFT_DELAY_MS = 1000  # a draft is written at most this long after an unsaved change
PREVIEW_DELAY_MS = 400


def qt_to_py(text: str, position: int) -> int:
    """A UTF-16 position in `text` -> Python string index."""
    units = 0
    for i, ch in enumerate(text):
        if units >= position:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def _is_undo_key(event) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)


class _NoOwnUndo:
    """Leave Ctrl+Z / Ctrl+Shift+Z to the pane's undo stack instead of the widget's own undo."""

    def event(self, event):
        if event.type() == QEvent.Type.ShortcutOverride and _is_undo_key(event):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event):
        if _is_undo_key(event):
            event.ignore()
            return
        super().keyPressEvent(event)


class FieldEdit(_NoOwnUndo, QLineEdit):
    pass


class TextEdit(_NoOwnUndo, QPlainTextEdit):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setUndoRedoEnabled(False)


class OfficialDialog(QDialog):
    """Name and posts of an official (posts one per line or separated by 、)."""

    def __init__(self, name: str, posts, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("标记为官员"))
        form = QFormLayout(self)
        self.name = QLineEdit(name, self)
        self.posts = QLineEdit("、".join(posts), self)
        self.posts.setPlaceholderText(self.tr("多个职务用“、”分隔"))
        form.addRow(self.tr("姓名:"), self.name)
        form.addRow(self.tr("职务:"), self.posts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, tuple[str, ...]]:
        return self.name.text().strip(), drafts.parse_tags(self.posts.text().replace(" ", ""))


class TaskDialog(QDialog):
    """Speaker and level of a task."""

    def __init__(self, speakers, speaker: str | None, level: int, parent=None, title: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("标记为任务"))
        form = QFormLayout(self)
        self.speaker = QComboBox(self)
        self.speaker.setEditable(True)
        self.speaker.addItems([""] + list(speakers))
        self.speaker.setCurrentText(speaker or "")
        self.level = QSpinBox(self)
        self.level.setRange(1, 2)
        self.level.setValue(level)
        form.addRow(self.tr("讲话人:"), self.speaker)
        form.addRow(self.tr("层级(1 为任务,2 为子任务):"), self.level)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str | None, int]:
        return self.speaker.currentText().strip() or None, self.level.value()


class EditorPane(QWidget):
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
        self.drafts_dir = Path(drafts_dir)
        self._extract = extract
        self.article_id: int | None = None
        self.path: str | None = None
        self.state: ArticleState | None = None
        self.base: ArticleState | None = None  # as stored
        self._updating = False
        self._loading = False

        self.undo_stack = QUndoStack(self)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("撤销"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("重做"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
        self.addActions([self.undo_action, self.redo_action])
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.undo_stack.indexChanged.connect(self._after_step)
        self.save_action = QAction(self.tr("保存(&S)"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)

        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.write_draft)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._emit_preview)

        self._build()
        self.setEnabled(False)

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {"title": self.tr("标题:"), "subtitle": self.tr("副标题:"), "source": self.tr("来源:"),
                  "date": self.tr("日期:"), "views": self.tr("浏览量:"), "tags": self.tr("标签:")}
        for name, label in labels.items():
            edit = FieldEdit(self)
            edit.setObjectName(f"field_{name}")
            edit.textEdited.connect(lambda text, n=name: self._field_edited(n, text))
            self.fields[name] = edit
            form.addRow(label, edit)
        self.fields["date"].setPlaceholderText(self.tr("如 2019-03-01"))
        self.fields["tags"].setPlaceholderText(self.tr("用逗号或“、”分隔"))
        self.date_message = QLabel(self)
        self.date_message.setStyleSheet("color: #c0392b")
        self.date_message.hide()
        form.insertRow(4, "", self.date_message)
        self.note = TextEdit(self)
        self.note.setObjectName("field_note")
        self.note.setMaximumHeight(64)
        self.note.setPlaceholderText(self.tr("备注(仅自己可见)"))
        self.note.textChanged.connect(self._note_edited)
        form.addRow(self.tr("备注:"), self.note)

        self.body = TextEdit(self)
        self.body.setObjectName("field_body")
        self.body.document().contentsChange.connect(self._body_changed)

        content = QWidget(self)
        box = QVBoxLayout(content)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(form)
        box.addWidget(QLabel(self.tr("正文:"), self))
        box.addWidget(self.body, 1)

        history = QWidget(self)
        hbox = QVBoxLayout(history)
        hbox.setContentsMargins(0, 0, 0, 0)
        hbox.addWidget(QLabel(self.tr("本次编辑(可撤销的步骤):"), self))
        self.undo_view = QUndoView(self.undo_stack, history)
        self.undo_view.setEmptyLabel(self.tr("<打开时的状态>"))
        hbox.addWidget(self.undo_view, 1)
        hbox.addWidget(QLabel(self.tr("已保存的修订:"), self))
        split = QSplitter(Qt.Orientation.Vertical, history)
        self.revision_list = QListWidget(split)
        self.revision_list.currentItemChanged.connect(self._show_revision)
        self.revision_text = QTextEdit(split)
        self.revision_text.setReadOnly(True)
        hbox.addWidget(split, 2)
        self.revert_button = QPushButton(self.tr("恢复到此修订之前"), history)
        self.revert_button.clicked.connect(self._revert_selected)
        hbox.addWidget(self.revert_button)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(content, self.tr("内容"))
        self.tabs.addTab(history, self.tr("历史"))
        self.tabs.currentChanged.connect(lambda i: self.tabs.widget(i) is history and self._fill_revisions())

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

    # -- loading -------------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self.state is not None and not self.undo_stack.isClean()

    def load_article(self, article_id: int | None) -> bool:
        """Edit this article; False when the user keeps editing the current one (unsaved changes)."""
        if article_id == self.article_id:
            return True
        if not self.confirm_discard():
            return False
        self._load(article_id, None)
        return True

    def _load(self, article_id: int | None, state: ArticleState | None) -> None:
        stored = self.store.article_state(article_id) if article_id is not None else None
        self.article_id = article_id if stored is not None else None
        self.base = stored
        self.state = stored
        self.path = None
        if stored is not None:
            a = self.store.article(article_id)
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
                self._fill(state)
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

    def _fill(self, state: ArticleState | None) -> None:
        values = {"title": "", "subtitle": "", "source": "", "date": "", "views": ""} if state is None else {
            "title": state.title, "subtitle": state.subtitle, "source": state.source, "date": state.date,
            "views": state.views}
        for name, value in values.items():
            if self.fields[name].text() != value:
                self.fields[name].setText(value)
        tags = () if state is None else state.tags
        if drafts.parse_tags(self.fields["tags"].text()) != tags:
            self.fields["tags"].setText("、".join(tags))
        note = "" if state is None else state.note
        if self.note.toPlainText() != note:
            self.note.setPlainText(note)
        body = "" if state is None else state.body
        current = self.body.toPlainText()
        if current != body:
            edit = diff_edit(current, body)
            start, end = py_to_qt_offsets(current, [edit.pos, edit.pos + edit.removed])
            cursor = QTextCursor(self.body.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(body[edit.pos:edit.pos + edit.inserted])
            self.body.setTextCursor(cursor)  # the caret where the undone or redone change was

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

    def _body_changed(self, position: int, _removed: int, _added: int) -> None:
        if self._updating or self.state is None:
            return
        text = self.body.toPlainText()
        after, report = drafts.edit_body(self.state, text, hint=qt_to_py(text, position))
        self._push(after, self.tr("编辑正文"), merge_key="body", applied=True)
        if report.flagged or report.removed:
            self._show_status(self.tr("编辑触及 {0} 处高亮,已标记待复核;{1} 处随文字删除。").format(
                report.flagged, report.removed))

    def mark_official(self, start: int, end: int, name: str, posts) -> None:
        """Mark body[start:end] (Python indices) as an official (undoable)."""
        self._push(drafts.mark_official(self.state, start, end, name, tuple(posts)),
                   self.tr("标记官员 {0}").format(name))

    def apply_to_every_occurrence(self, name: str) -> int:
        after, n = drafts.apply_to_every_occurrence(self.state, name)
        self._push(after, self.tr("全文标记官员 {0}").format(name))
        return n

    def set_posts(self, name: str, posts) -> None:
        self._push(drafts.set_posts(self.state, name, tuple(posts)), self.tr("修改 {0} 的职务").format(name))

    def mark_task(self, start: int, end: int, speaker: str | None, level: int = 1) -> str:
        parent = None
        if level > 1:
            tops = [t for t in drafts.merged(self.state).tasks if t.level == 1 and t.start < start]
            parent = tops[-1].id if tops else None
        after, key = drafts.mark_task(self.state, start, end, speaker, level, parent)
        self._push(after, self.tr("标记任务"))
        return key

    def remove_highlights(self, start: int, end: int, kinds=(OFFICIAL, TASK)) -> None:
        self._push(drafts.remove_highlights(self.state, start, end, kinds), self.tr("移除高亮"))

    def set_task(self, task_id: str, speaker: str | None, level: int | None) -> None:
        self._push(drafts.set_task(self.state, task_id, speaker, level), self.tr("修改任务"))

    def merge_officials(self, names, keep: str) -> bool:
        """Show the officials `names` as one person named `keep` (undoable); False when nothing changed."""
        if self.state is None:
            return False
        try:
            after = official_merge.merge_officials(self.state, list(names), keep)
        except ValueError:
            return False
        others = "、".join(n for n in names if n != keep)
        self._push(after, self.tr("合并官员 {0} → {1}").format(others, keep))
        self._show_status(self.tr("已把 {0} 合并为 {1};保存 (Ctrl+S) 后生效,可撤销。").format(others, keep))
        return True

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
        codes = {"date_format": self.tr("日期格式不对:请写成 2019-03-01 或 2019年3月1日。"),
                 "date_invalid": self.tr("没有这一天(请检查月份和日期)。"),
                 "date_range": self.tr("日期超出范围(1900 年以后,且不晚于明年)。")}
        code = drafts.validate_date(self.state.date)[1] if self.state is not None else None
        self.date_message.setText(codes.get(code, ""))
        self.date_message.setVisible(code is not None)
        views_bad = self.state is not None and drafts.validate_views(self.state.views)[1] is not None
        self.fields["views"].setToolTip(self.tr("浏览量应为不小于 0 的整数") if views_bad else "")
        for name, bad in (("date", code is not None), ("views", views_bad)):
            self.fields[name].setStyleSheet("border: 1px solid #c0392b" if bad else "")

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
        """The working copy as an Article (None when no article is open)."""
        if self.state is None or self.article_id is None:
            return None
        return drafts.preview(self.state, self.article_id, self.path)

    def _emit_preview(self) -> None:
        if self.state is not None and self.article_id is not None:
            self.preview_changed.emit(drafts.preview(self.state, self.article_id, self.path))

    # -- saving, drafts, closing ---------------------------------------------------------------
    def save(self) -> bool:
        if self.state is None or self.article_id is None:
            return True
        errors = drafts.state_errors(self.state)
        if errors:
            self._show_status(self.error_text(errors[0]))
            return False
        try:
            self.store.save_article_state(self.article_id, self.state)
        except drafts.EditRefused as e:
            self._show_status(self.error_text(e.code))
            return False
        self.base = self.store.article_state(self.article_id)
        self.undo_stack.setClean()
        self._draft_timer.stop()
        drafts.discard_draft(self.drafts_dir, self.article_id)
        self._update_heading()
        self._show_status(self.tr("已保存。"))
        self.saved.emit(self.article_id)
        if self.tabs.currentIndex() == 1:
            self._fill_revisions()
        return True

    def write_draft(self) -> Path | None:
        """Write the working copy to the drafts folder (called by the draft timer)."""
        if not self.is_dirty() or self.article_id is None:
            return None
        return drafts.write_draft(self.drafts_dir, self.article_id, self.state, self.base)

    def discard_changes(self) -> None:
        if self.article_id is not None:
            drafts.discard_draft(self.drafts_dir, self.article_id)
        self._draft_timer.stop()
        self.undo_stack.setClean()  # so the reload below does not ask again
        self._load(self.article_id, None)

    def confirm_discard(self) -> bool:
        """Ask what to do with unsaved changes: True when it is fine to go on (saved or dropped)."""
        if not self.is_dirty():
            return True
        Btn = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, self.tr("未保存的修改"),
            self.tr("“{0}”有未保存的修改。要保存吗?").format(self.state.title),
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
        return drafts.pending_drafts(self.drafts_dir)

    def restore_draft(self, path: Path) -> bool:
        """Open a draft left by a session that ended without saving; False when it is unusable."""
        found = drafts.read_draft(path)
        if found is None or self.store.article_state(found[0]) is None:
            Path(path).unlink(missing_ok=True)
            return False
        article_id, _when, state = found
        if not self.confirm_discard():
            return False
        self._load(article_id, state)
        self._show_status(self.tr("已恢复未保存的草稿;保存后生效。"))
        return True

    def offer_drafts(self) -> int | None:
        """At start: offer to restore the newest draft; the article id restored, or None."""
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
            if answer == Btn.Yes and self.restore_draft(path):
                return article_id
            Path(path).unlink(missing_ok=True)
        return None

    # -- revisions -----------------------------------------------------------------------------
    def _fill_revisions(self) -> None:
        self.revision_list.clear()
        self.revision_text.clear()
        if self.article_id is None:
            return
        names = {"title": self.tr("标题"), "subtitle": self.tr("副标题"), "source": self.tr("来源"),
                 "date": self.tr("日期"), "views": self.tr("浏览量"), "tags": self.tr("标签"), "note": self.tr("备注"),
                 "body": self.tr("正文"), "corrections": self.tr("高亮修正"), "extraction": self.tr("重新识别")}
        for rev in self.store.revisions(self.article_id):
            what = "、".join(names.get(k, k) for k in rev.changes)
            item = QListWidgetItem(f"{rev.at} · {rev.who} · {what}")
            item.setData(Qt.ItemDataRole.UserRole, rev.id)
            self.revision_list.addItem(item)
        self.revert_button.setEnabled(self.revision_list.count() > 0)

    def _show_revision(self, item, _previous=None) -> None:
        if item is None:
            return
        rev = self.store.revision(item.data(Qt.ItemDataRole.UserRole))
        lines = []
        for key, value in rev.changes.items():
            if key == "body":
                lines.append(self.tr("正文:删去“{0}”,插入“{1}”").format(value["removed"], value["inserted"]))
            elif isinstance(value, list):
                lines.append(f"{key}: {value[0]} → {value[1]}")
            else:
                lines.append(self.tr("{0}:已修改").format(key))
        if rev.before is not None and self.state is not None and rev.before.body != self.state.body:
            diff = difflib.unified_diff(rev.before.body.splitlines(), self.state.body.splitlines(),
                                        self.tr("修订前"), self.tr("当前"), lineterm="", n=0)
            lines += ["", *diff]
        self.revision_text.setPlainText("\n".join(lines))

    def _revert_selected(self) -> None:
        item = self.revision_list.currentItem()
        if item is None or self.state is None:
            return
        rev = self.store.revision(item.data(Qt.ItemDataRole.UserRole))
        if rev is not None and rev.before is not None:
            self._push(rev.before, self.tr("恢复到修订 {0} 之前").format(rev.at))
            self._show_status(self.tr("已恢复到所选修订之前的内容;保存后生效。"))

    # -- highlight corrections from the reader ----------------------------------------------------
    def highlight_menu(self, view, body_start: int, pos) -> None:
        """The reader's context menu with highlight corrections (`view` is the reader's text view)."""
        menu = view.createStandardContextMenu(pos)
        self.add_highlight_actions(menu, view, body_start, view.cursorForPosition(pos).position())
        menu.exec(view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def add_highlight_actions(self, menu: QMenu, view, body_start: int, click: int) -> None:
        if self.state is None:
            return
        body = self.state.body
        cursor = view.textCursor()
        shown = drafts.merged(self.state)
        menu.addSeparator()
        if cursor.hasSelection():
            start = qt_to_py(body, cursor.selectionStart() - body_start)
            end = qt_to_py(body, cursor.selectionEnd() - body_start)
            if 0 <= start < end <= len(body):
                menu.addAction(self.tr("标记为官员…"), lambda: self._ask_official(start, end))
                menu.addAction(self.tr("标记为任务…"), lambda: self._ask_task(start, end))
                menu.addAction(self.tr("移除高亮"), lambda: self.remove_highlights(start, end))
        at = qt_to_py(body, click - body_start) if click >= body_start else -1
        official = next((o for o in shown.officials for m in o.mentions if m.start <= at < m.end), None)
        if official is not None:
            menu.addAction(self.tr("修改 {0} 的职务…").format(official.name),
                           lambda: self._ask_posts(official.name, official.titles))
            menu.addAction(self.tr("全文标记“{0}”").format(official.name),
                           lambda: self.apply_to_every_occurrence(official.name))
            if len(shown.officials) > 1:
                menu.addAction(self.tr("与其他官员合并为同一人…"), lambda: self.ask_merge(official.name))
        task = next((t for t in reversed(shown.tasks) if t.start <= at < t.end), None)
        if task is not None:
            menu.addAction(self.tr("修改任务的讲话人和层级…"), lambda: self._ask_task_change(task))

    def _speakers(self) -> list[str]:
        return [o.name for o in drafts.merged(self.state).officials]

    def _ask_official(self, start: int, end: int) -> None:
        name = self.state.body[start:end]
        known = dict((o.name, o.titles) for o in drafts.merged(self.state).officials)
        dialog = OfficialDialog(name, known.get(name, ()), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            name, posts = dialog.values()
            self.mark_official(start, end, name, posts)

    def ask_merge(self, name: str) -> MergeDialog | None:
        """From the reader: choose the officials that are the same person as `name`, and the name kept."""
        if self.state is None:
            return None
        candidates = official_merge.merge_candidates(self.state, name)
        likely = [c for c in candidates[:1] if c in name or name in c]
        counts = {o.name: len(o.mentions) for o in drafts.merged(self.state).officials}
        dialog = MergeDialog([name, *candidates], {name, *likely}, preferred_name([name, *likely], counts), self,
                             counts)
        dialog.accepted.connect(lambda: self.merge_officials(*dialog.values()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _ask_posts(self, name: str, titles) -> None:
        dialog = OfficialDialog(name, titles, self)
        dialog.name.setReadOnly(True)
        dialog.setWindowTitle(self.tr("修改职务"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_posts(name, dialog.values()[1])

    def _ask_task(self, start: int, end: int) -> None:
        dialog = TaskDialog(self._speakers(), None, 1, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.mark_task(start, end, *dialog.values())

    def _ask_task_change(self, task) -> None:
        dialog = TaskDialog(self._speakers(), task.speaker, task.level, self, self.tr("修改任务"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            speaker, level = dialog.values()
            self.set_task(task.id, speaker or "", level)
