"""RevisionsTab: the editor's 历史 tab — this session's undo steps and the article's saved revisions."""
from __future__ import annotations

import difflib
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QLabel, QListWidget, QListWidgetItem, QPushButton, QSplitter, QTextEdit, QUndoView,
                               QVBoxLayout, QWidget)

from ..domain import ArticleState


class RevisionsTab(QWidget):
    """Lists the saved revisions of one article and shows what each changed (the body as a diff
    against the working copy, which `current()` returns); asks the editor pane to go back to one."""

    revert_requested = Signal(object, str)  # the ArticleState before the revision, when it was saved

    def __init__(self, store, undo_stack, current: Callable[[], ArticleState | None], parent=None):
        super().__init__(parent)
        self.store = store
        self._current = current
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(self.tr("本次编辑(可撤销的步骤):"), self))
        self.undo_view = QUndoView(undo_stack, self)
        self.undo_view.setEmptyLabel(self.tr("<打开时的状态>"))
        box.addWidget(self.undo_view, 1)
        box.addWidget(QLabel(self.tr("已保存的修订:"), self))
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.revision_list = QListWidget(split)
        self.revision_list.currentItemChanged.connect(self._show_revision)
        self.revision_text = QTextEdit(split)
        self.revision_text.setReadOnly(True)
        box.addWidget(split, 2)
        self.revert_button = QPushButton(self.tr("恢复到此修订之前"), self)
        self.revert_button.clicked.connect(self._revert_selected)
        box.addWidget(self.revert_button)

    def fill(self, article_id: int | None) -> None:
        self.revision_list.clear()
        self.revision_text.clear()
        if article_id is None:
            return
        names = {"title": self.tr("标题"), "subtitle": self.tr("副标题"), "source": self.tr("来源"),
                 "date": self.tr("日期"), "views": self.tr("浏览量"), "tags": self.tr("标签"), "note": self.tr("备注"),
                 "body": self.tr("正文"), "corrections": self.tr("高亮修正"), "extraction": self.tr("重新识别")}
        for rev in self.store.revisions(article_id):
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
        state = self._current()
        if rev.before is not None and state is not None and rev.before.body != state.body:
            diff = difflib.unified_diff(rev.before.body.splitlines(), state.body.splitlines(),
                                        self.tr("修订前"), self.tr("当前"), lineterm="", n=0)
            lines += ["", *diff]
        self.revision_text.setPlainText("\n".join(lines))

    def _revert_selected(self) -> None:
        item = self.revision_list.currentItem()
        if item is None or self._current() is None:
            return
        rev = self.store.revision(item.data(Qt.ItemDataRole.UserRole))
        if rev is not None and rev.before is not None:
            self.revert_requested.emit(rev.before, rev.at)
