"""ArticleForm: the editor's 内容 tab — title, subtitle, source, date, views, tags, note and body."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..editing import drafts
from ..editing.annotations import diff_edit
from ..domain import ArticleState
from .edit_widgets import FieldEdit, TextEdit
from .highlighter import py_to_qt_offsets


class ArticleForm(QWidget):
    """Shows an ArticleState in the field widgets and reports what the user types; the editor pane
    turns the reports into undo commands. Edits made by show_state() are reported too: the pane
    ignores them while it updates."""

    field_edited = Signal(str, str)  # field name ("title", …, "tags"), its text
    note_edited = Signal()
    body_changed = Signal(int)  # UTF-16 position of the change in the body

    def __init__(self, parent=None):
        super().__init__(parent)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {"title": self.tr("标题:"), "subtitle": self.tr("副标题:"), "source": self.tr("来源:"),
                  "date": self.tr("日期:"), "views": self.tr("浏览量:"), "tags": self.tr("标签:")}
        for name, label in labels.items():
            edit = FieldEdit(self)
            edit.setObjectName(f"field_{name}")
            edit.textEdited.connect(lambda text, n=name: self.field_edited.emit(n, text))
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
        self.note.textChanged.connect(self.note_edited)
        form.addRow(self.tr("备注:"), self.note)

        self.body = TextEdit(self)
        self.body.setObjectName("field_body")
        self.body.document().contentsChange.connect(lambda position, _removed, _added: self.body_changed.emit(position))

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(form)
        box.addWidget(QLabel(self.tr("正文:"), self))
        box.addWidget(self.body, 1)

    def show_state(self, state: ArticleState | None) -> None:
        """Put `state` into the widgets, touching only what differs (the body by one minimal edit)."""
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
            assert edit is not None  # the texts differ
            start, end = py_to_qt_offsets(current, [edit.pos, edit.pos + edit.removed])
            cursor = QTextCursor(self.body.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(body[edit.pos:edit.pos + edit.inserted])
            self.body.setTextCursor(cursor)  # the caret where the undone or redone change was

    def validate(self, state: ArticleState | None) -> None:
        """Mark a bad date or view count (saving refuses them; typing them is allowed)."""
        codes = {"date_format": self.tr("日期格式不对:请写成 2019-03-01 或 2019年3月1日。"),
                 "date_invalid": self.tr("没有这一天(请检查月份和日期)。"),
                 "date_range": self.tr("日期超出范围(1900 年以后,且不晚于明年)。")}
        code = drafts.validate_date(state.date)[1] if state is not None else None
        self.date_message.setText(codes.get(code or "", ""))
        self.date_message.setVisible(code is not None)
        views_bad = state is not None and drafts.validate_views(state.views)[1] is not None
        self.fields["views"].setToolTip(self.tr("浏览量应为不小于 0 的整数") if views_bad else "")
        for name, bad in (("date", code is not None), ("views", views_bad)):
            self.fields[name].setStyleSheet("border: 1px solid #c0392b" if bad else "")
