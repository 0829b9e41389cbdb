"""RevisionsTab: the editor's 历史 tab — this session's undo steps and the article's saved revisions."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QLabel, QListWidget, QListWidgetItem, QPushButton, QSplitter, QTextEdit, QUndoView,
                               QVBoxLayout, QWidget)

from ..domain import ArticleState
from .revision_words import RevisionWords


class RevisionsTab(QWidget):
    """Lists the saved revisions of one article and shows what each changed (the body as a diff
    against the working copy, which `current()` returns); asks the editor pane to go back to one."""

    revert_requested = Signal(object, str)  # the ArticleState before the revision, when it was saved

    def __init__(self, store, undo_stack, current: Callable[[], ArticleState | None], parent=None):
        super().__init__(parent)
        self.store = store
        self.reads = None  # the window's WindowReads (the editor pane passes it on); None: read here
        self._current = current
        self.words = RevisionWords(self)
        self.article_id: int | None = None
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

    def fill(self, article_id: int | None, revisions=None) -> None:
        """`revisions`: the article's, when the caller has read them (the window's background read)."""
        self.revision_list.clear()
        self.revision_text.clear()
        self.article_id = article_id
        if article_id is None:
            return
        for rev in self.store.revisions(article_id) if revisions is None else revisions:
            what = "、".join(self.words.field_name(k) for k in rev.changes)
            item = QListWidgetItem(f"{rev.at} · {self.words.who(rev.who)} · {what}")
            item.setData(Qt.ItemDataRole.UserRole, rev.id)
            self.revision_list.addItem(item)
        self.revert_button.setEnabled(self.revision_list.count() > 0)

    def _show_revision(self, item, _previous=None) -> None:
        """What the revision changed, in words: its `before` against what it left (the next revision's
        `before`, or the stored article for the newest)."""
        if item is None:
            return
        rev_id = item.data(Qt.ItemDataRole.UserRole)
        row = self.revision_list.row(item)
        newer_item = self.revision_list.item(row - 1) if row > 0 else None
        newer_id = newer_item.data(Qt.ItemDataRole.UserRole) if newer_item is not None else None
        article_id = self.article_id

        def read(store):
            rev = store.revision(rev_id)
            if rev is None:
                return None
            if newer_id is not None:
                newer = store.revision(newer_id)
                return rev, newer.before if newer is not None else None
            return rev, store.article_state(article_id) if article_id is not None else None

        def show(found) -> None:
            current = self.revision_list.currentItem()
            if found is None or current is None or current.data(Qt.ItemDataRole.UserRole) != rev_id:
                return  # another revision was chosen meanwhile
            rev, after = found
            lines = [f"{rev.at} · {self.words.who(rev.who)}", ""] + self.words.describe(rev.changes, rev.before, after)
            self.revision_text.setPlainText("\n".join(lines))
        if self.reads is None:
            show(read(self.store))
        else:  # the window's reads: off the GUI thread on a server library
            self.reads.read("revision", read, show)

    def _revert_selected(self) -> None:
        item = self.revision_list.currentItem()
        if item is None or self._current() is None:
            return
        rev_id, aid = item.data(Qt.ItemDataRole.UserRole), self.article_id

        def revert(rev) -> None:
            if rev is not None and rev.before is not None and self.article_id == aid:
                self.revert_requested.emit(rev.before, rev.at)
        if self.reads is None:
            revert(self.store.revision(rev_id))
        else:  # the window's reads: off the GUI thread on a server library
            self.reads.read("revert", lambda store: store.revision(rev_id), revert)
