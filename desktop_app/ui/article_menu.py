"""ArticleMenu: the article list's context menu, acting on the selected articles: open, open in a new
window, export, add/remove a tag, 纳入督办, re-extract, copy title or citation, show the original file,
delete.

What needs the window (opening, the export pane, deleting) is asked for by signal or by the window's
own action; what only needs the store (tags, re-extraction, the clipboard, the file manager) is done
here. Tags are saved as edits (each article gets a revision, so a tag can be taken back);
re-extraction runs in the writer lane with its own store and keeps every correction.
"""
from __future__ import annotations

import dataclasses
import os
import time
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from . import bulk_jobs, icons

TAG_READ_LIMIT = 500  # the 移除标签 submenu reads the tags of at most this many selected articles


def citation(title: str, source: str, date: str | None) -> str:
    """标题 · 来源 · 日期 (what is missing is left out)."""
    return " · ".join(x for x in (title, source, date) if x)


def reextract_articles(store, ids, progress, cancel) -> list[int]:
    """Runs on a worker with its own store: a fresh extraction of each article; corrections stay
    (they are kept apart and apply again), 督办 finds its tasks again. The ids done."""
    from ..extraction import extract

    done = []
    for n, aid in enumerate(ids, 1):
        if cancel.is_set():
            break
        article = store.article(aid)
        if article is not None:
            store.replace_extraction(aid, extract(article.body, title=article.title, subtitle=article.subtitle))
            done.append(aid)
        progress(n, len(ids))
    return done


def retag(store, ids, add: str = "", remove: str = "", progress=None, cancel=None) -> list[int]:
    """Add or remove one tag on these articles (a worker with its own store, bulk_jobs.py), in
    batches of whole articles that a cancel stops between; the ids changed."""
    def one(aid: int) -> bool:
        state = store.article_state(aid)
        if state is None:
            return False
        tags = [t for t in state.tags if t != remove]
        if add and add not in tags:
            tags.append(add)
        if tuple(tags) == tuple(state.tags):
            return False
        store.save_article_state(aid, dataclasses.replace(state, tags=tuple(tags)))
        return True
    return store.each_in_batches(ids, one, progress, cancel)


MENU_LATE_S = 1.5  # a menu that waited longer than this for the server does not pop up (as the reader's)


def menu_facts(store, ids: list[int]) -> tuple[list[str], bool, str | None]:
    """What the menu shows of the store for these ids: the tags of (up to TAG_READ_LIMIT of) them,
    whether all are tracked as a whole, the first one's original file if it is still there. Read
    where the menu's reads run (on a server library off the GUI thread: ArticleMenu.reads)."""
    found: dict[str, None] = {}
    for aid in ids[:TAG_READ_LIMIT]:
        article = store.article(aid)
        for t in (article.tags if article else ()):
            found[t] = None
    tracked = store.tracked_articles()
    first = store.article(ids[0]) if ids else None
    path = first.path if first else None
    return sorted(found), all(i in tracked for i in ids), path if path and os.path.exists(path) else None


class ArticleMenu(QObject):
    open_requested = Signal(int)
    window_requested = Signal(int)  # 在新窗口中打开
    export_requested = Signal()  # the export pane, on the selection
    changed = Signal(list)  # ids whose tags or extraction changed
    message = Signal(str)  # for the status bar
    tracking_changed = Signal(list)  # 纳入督办 / 移出督办 of these articles

    def __init__(self, store, delete_action, parent=None):
        super().__init__(parent)
        self.store = store
        self.delete_action = delete_action
        self.read_only = False
        self.job = None
        self.reads = None  # the window's WindowReads (ArticleActions sets it): the menu's reads off the GUI thread on a server

    def build(self, ids: list[int], parent=None, facts=None) -> QMenu:
        """The menu for these selected ids (list order; the first is the one right-clicked or current).
        `facts`: menu_facts() as read already (else read here)."""
        menu = QMenu(parent)
        menu.setObjectName("article_menu")
        if not ids:
            return menu
        n = len(ids)
        one = n == 1
        writable = not self.read_only

        def add(text, key, slot, enabled=True):
            action = menu.addAction(icons.icon(key), text)
            action.setEnabled(enabled)
            action.triggered.connect(slot)
            return action

        add(self.tr("打开"), "open", lambda: self.open_requested.emit(ids[0]))
        add(self.tr("在新窗口中打开"), "open_window", lambda: self.window_requested.emit(ids[0]))
        menu.addSeparator()
        add(self.tr("导出所选 {0} 篇…").format(n) if not one else self.tr("导出…"), "export",
            self.export_requested.emit)
        add(self.tr("复制标题"), "copy", lambda: self.copy(ids, citations=False))
        add(self.tr("复制引用(标题 · 来源 · 日期)"), "copy", lambda: self.copy(ids, citations=True))
        menu.addSeparator()
        add(self.tr("添加标签…"), "tag_add", lambda: self.ask_tag(ids, parent), writable)
        remove = menu.addMenu(icons.icon("tag_remove"), self.tr("移除标签"))
        tags, all_tracked, path = facts if facts is not None else menu_facts(self.store, ids)
        for tag in tags:
            remove.addAction(tag).triggered.connect(lambda _c=False, t=tag: self.change_tags(ids, remove=t))
        remove.setEnabled(writable and bool(tags))
        if all_tracked:
            add(self.tr("移出督办"), "track", lambda: self.track(ids, False), writable)
        else:
            add(self.tr("纳入督办"), "track", lambda: self.track(ids, True), writable)
        add(self.tr("重新识别官员和任务") if one else self.tr("重新识别官员和任务({0} 篇)").format(n), "reextract",
            lambda: self.reextract(ids), writable and (self.job is None or self.job.done))
        menu.addSeparator()
        shown = add(self.tr("显示原文件"), "show_file", lambda: self.show_file(path), path is not None)
        shown.setToolTip(path or self.tr("这篇文章不是从文件导入的,或原文件已不在"))
        menu.addSeparator()
        menu.addAction(self.delete_action)
        return menu

    def popup(self, view, pos, ids: list[int]) -> QMenu | None:
        """Pop the menu up at `pos`: at once from a file; from a server once its facts are read, unless
        that took over MENU_LATE_S (then the status bar asks for the right-click again). The menu, or
        None when it comes later or not at all."""
        def show(facts) -> QMenu:
            menu = self.build(ids, view, facts)
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(view.viewport().mapToGlobal(pos))
            return menu
        if self.reads is None or not self.reads.threaded:
            return show(None)
        asked = time.monotonic()

        def read(facts) -> None:
            if time.monotonic() - asked > MENU_LATE_S:
                self.message.emit(self.tr("所选文章的信息已读取,请再次右击。"))
            elif shiboken6.isValid(view) and view.isVisible():
                show(facts)
        self.reads.read("article_menu", lambda store: menu_facts(store, ids), read)
        return None

    # -- what the entries do -------------------------------------------------------------------
    def copy(self, ids: list[int], citations: bool) -> str | None:
        """Titles (or citations) of the selection to the clipboard; the text, or None when it is
        read off the GUI thread (a server library) and copied when it comes."""
        def copied(rows) -> str:
            lines = [citation(rows[i].title, rows[i].source, rows[i].date) if citations else rows[i].title
                     for i in ids if i in rows]
            text = "\n".join(lines)
            QGuiApplication.clipboard().setText(text)
            self.message.emit(self.tr("已复制 {0} 行").format(len(lines)))
            return text
        if self.reads is None or not self.reads.threaded:
            return copied(self.store.summaries(ids))
        self.reads.read("article_copy", lambda store: store.summaries(ids), copied)
        return None

    def ask_tag(self, ids: list[int], parent=None) -> None:
        tag, ok = QInputDialog.getText(parent, self.tr("添加标签"),
                                       self.tr("给所选的 {0} 篇文章添加标签:").format(len(ids)))
        if ok and tag.strip():
            self.change_tags(ids, add=tag.strip())

    def _parent_widget(self):
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def change_tags(self, ids: list[int], add: str = "", remove: str = ""):
        """Add or remove a tag on the selection in the writer lane; the Job (None when read-only)."""
        if self.read_only:
            return None
        ids = list(ids)
        job = bulk_jobs.start(self._parent_widget(), self.store.location, lambda store, progress, cancel:
                              retag(store, ids, add, remove, progress, cancel), len(ids),
                              self.tr("正在添加标签…") if add else self.tr("正在移除标签…"))

        def done(changed: list) -> None:
            if changed:
                self.changed.emit(changed)
            self.message.emit((self.tr("已给 {0} 篇文章添加标签“{1}”").format(len(changed), add) if add
                               else self.tr("已从 {0} 篇文章移除标签“{1}”").format(len(changed), remove))
                              + bulk_jobs.cancelled_note(job, len(ids), len(changed)))
        job.finished.connect(done)
        job.failed.connect(self._failed)
        return job

    def _failed(self, error) -> None:
        self.message.emit(self.tr("操作失败:{0}").format(error))

    def track(self, ids: list[int], on: bool = True):
        """纳入督办: every task of these articles (now and after re-extraction) goes on the 督办 board;
        移出督办 takes them off (their 督办 fields are kept). Runs in the writer lane (bulk_jobs), after
        an import queued before it; the Job, or None in a read-only window."""
        if self.read_only:
            return None
        ids = list(ids)

        def work(store, _progress, _cancel):
            if on:
                store.track_articles(ids)
            else:
                store.untrack_articles(ids)
        self.job = job = bulk_jobs.start(self._parent_widget(), self.store.location, work, 0,
                                         self.tr("正在纳入督办…") if on else self.tr("正在移出督办…"))

        def done(_result) -> None:
            self.message.emit(self.tr("已将 {0} 篇文章的任务纳入督办").format(len(ids)) if on
                              else self.tr("已将 {0} 篇文章移出督办").format(len(ids)))
            self.tracking_changed.emit(ids)
        job.finished.connect(done)
        job.failed.connect(self._failed)
        return job

    def reextract(self, ids: list[int]):
        if self.read_only:
            return None
        ids = list(ids)
        self.message.emit(self.tr("正在重新识别 {0} 篇文章…").format(len(ids)))
        self.job = bulk_jobs.start(self._parent_widget(), self.store.location, lambda store, progress, cancel:
                                   reextract_articles(store, ids, progress, cancel), len(ids),
                                   self.tr("正在重新识别官员和任务…"))
        self.job.finished.connect(self._reextracted)
        self.job.failed.connect(self._failed)
        return self.job

    def _reextracted(self, done: list) -> None:
        self.message.emit(self.tr("已重新识别 {0} 篇文章;手工修正已保留。").format(len(done)))
        if done:
            self.changed.emit(done)

    def show_file(self, path: str | None) -> bool:
        """The folder holding the original file, in the system's file manager."""
        if not path:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))
