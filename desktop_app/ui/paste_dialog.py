"""PasteDialog (Ctrl+Shift+V, 从剪贴板新建文章): the clipboard's text parsed into title, subtitle,
source, date and body, shown editable before it is saved through importer.import_parsed."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QVBoxLayout, QWidget)

from ..domain import ParsedArticle
from ..editing.drafts import validate_date
from ..importer import import_parsed
from ..parsing import parse_text
from ..readers import ReadError
from ..store import Store
from . import jobs


def parse_clipboard(text: str) -> ParsedArticle:
    """The clipboard's text as article fields (the same rules as an imported .txt file)."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.strip():
        return ParsedArticle(title="", body="")
    parsed = parse_text(text, fallback_title="")
    if not parsed.body.strip():  # one line only: a sentence is the body, not a title
        return ParsedArticle(title="", body=parsed.title)
    return parsed


def save_article(store: Store, parsed: ParsedArticle) -> int | None:
    """Runs on the writer lane with its own Store: the new article's id, None when the body is already stored."""
    with store.transaction():
        return import_parsed(store, parsed, path=None)


class PasteDialog(QDialog):
    """`saved(article_id)` once stored; a duplicate body or a bad field keeps the dialog open with a message."""

    saved = Signal(int)

    def __init__(self, store_path: str | Path, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store_path = store_path  # the store's location, opened again by the worker
        self.job: jobs.Job | None = None
        self.setWindowTitle(self.tr("从剪贴板新建文章"))
        self.setObjectName("paste_dialog")
        parsed = parse_clipboard(text)

        self.hint = QLabel(self.tr("已从剪贴板识别出以下内容,请核对后保存。") if text.strip()
                           else self.tr("剪贴板中没有文字。可以直接在下面输入或粘贴文章。"), self)
        self.hint.setWordWrap(True)
        self.title_edit = QLineEdit(parsed.title, self)
        self.subtitle_edit = QLineEdit(parsed.subtitle, self)
        self.source_edit = QLineEdit(parsed.source, self)
        self.date_edit = QLineEdit(parsed.date or "", self)
        self.date_edit.setPlaceholderText(self.tr("年-月-日,例如 2019-03-01;可留空"))
        # Plain text: what was copied from a web page is never read as markup.
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setPlainText(parsed.body)
        self.body_edit.setTabChangesFocus(True)
        for edit in (self.title_edit, self.subtitle_edit, self.source_edit, self.date_edit):
            edit.setClearButtonEnabled(True)
        self.title_edit.setMaxLength(500)  # a whole paragraph pasted as the title is a mistake

        form = QFormLayout()
        form.addRow(self.tr("标题(&T)"), self.title_edit)
        form.addRow(self.tr("副标题"), self.subtitle_edit)
        form.addRow(self.tr("来源(&S)"), self.source_edit)
        form.addRow(self.tr("日期(&D)"), self.date_edit)
        form.addRow(self.tr("正文(&B)"), self.body_edit)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存到文章库"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.title_edit, self.date_edit):
            edit.textChanged.connect(self._clear_message)
        self.body_edit.textChanged.connect(self._clear_message)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(720, 560)

    @classmethod
    def from_clipboard(cls, store_path: str | Path, parent: QWidget | None = None) -> PasteDialog:
        return cls(store_path, QGuiApplication.clipboard().text(), parent)

    def _clear_message(self) -> None:
        self.message.clear()

    def article(self) -> tuple[ParsedArticle | None, str]:
        """The fields as edited, or None and what is wrong with them."""
        title = self.title_edit.text().strip()
        body = self.body_edit.toPlainText()
        if not body.strip():
            return None, self.tr("正文为空,无法保存。")
        if not title:
            return None, self.tr("请填写标题。")
        date, error = validate_date(self.date_edit.text())
        if error == "date_invalid":
            return None, self.tr("日期“{0}”不存在,请改正或留空。").format(self.date_edit.text().strip())
        if error:
            return None, self.tr("日期应为“年-月-日”,例如 2019-03-01;也可以留空。")
        return ParsedArticle(title=title, body=body, subtitle=self.subtitle_edit.text().strip(),
                             source=self.source_edit.text().strip(), date=date), ""

    def save(self) -> jobs.Job | None:
        parsed, problem = self.article()
        if parsed is None:
            self.message.setText(problem)
            return None
        if self.job is not None and not self.job.done:
            return self.job
        self.save_button.setEnabled(False)
        self.job = jobs.on_store(self.store_path, lambda store, _progress, _cancel: save_article(store, parsed),
                                 jobs.WRITE)
        self.job.finished.connect(self._saved)
        self.job.failed.connect(self._failed)
        return self.job

    def _saved(self, article_id: int | None) -> None:
        self.save_button.setEnabled(True)
        if article_id is None:
            self.message.setText(self.tr("文章库中已有正文相同的文章,未重复保存。"))
            return
        self.saved.emit(article_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ReadError):
            from .messages import read_failure

            self.message.setText(read_failure(exc.code))
        else:
            self.message.setText(self.tr("保存失败:{0}").format(exc))
