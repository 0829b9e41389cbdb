"""ArticleActions: what the window does to the list's articles — the context menu (article_menu.py),
delete to the trash, the trash view, a reader window of its own. Kept out of main_window so that the
window stays a place that builds and connects; it reaches the panes through the window it is given."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from . import bulk_jobs
from .highlighter import OFFICIAL, SEARCH, TASK
from .reader_pane import ReaderPane
from .settings_dialog import highlight_colors, is_dark
from .tool_windows import show_tool_window


class ArticleActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        from .article_menu import ArticleMenu

        self.window = w = window
        lst, a = w.article_list, w.actions
        a.delete_articles.triggered.connect(self.delete_selected)
        a.trash.triggered.connect(self.open_trash)
        menu = self.menu = ArticleMenu(w.store, a.delete_articles, w)
        menu.reads = w.reads  # its store reads off the GUI thread on a server library
        lst.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        lst.view.customContextMenuRequested.connect(lambda pos: menu.popup(lst.view, pos, lst.selected_articles()))
        menu.open_requested.connect(w.reveal_article)
        menu.window_requested.connect(self.open_in_window)
        menu.export_requested.connect(lambda: w.open_export().set_scope("selected"))
        menu.changed.connect(self._after_articles_changed)
        menu.tracking_changed.connect(self._after_tracking_changed)
        menu.message.connect(self._say)

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)

    def open_in_window(self, article_id: int):
        """在新窗口中打开: the article in a reader window of its own (read-only, with highlights). The
        article is read through the window's reads (off the GUI thread on a server library): the
        reader window, or None when it opens later (a server) or the article is gone."""
        w = self.window
        opened: list = []
        w.reads.read(f"own_window:{article_id}", lambda store: store.article(article_id),
                     lambda article: opened.append(self._reader_window(article)))
        return opened[0] if opened else None

    def _reader_window(self, article):
        if article is None:
            return None
        w = self.window
        shown = {k for k in (OFFICIAL, TASK, SEARCH) if w.reader.highlight_visible(k)}
        reader = ReaderPane(w, visible_kinds=shown, zoom=w.state.reader_zoom())
        reader.setWindowFlag(Qt.WindowType.Window)
        reader.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        reader.setWindowTitle(self.tr("{0} — 政文阅览").format(article.title))
        family, size = w.state.reader_font()
        reader.set_highlight_colors(highlight_colors(w.state, is_dark(QApplication.palette())))
        reader.set_text_font(family, size)
        reader.show_article(article)
        reader.resize(860, 900)
        reader.show()
        return reader

    def _after_articles_changed(self, ids: list) -> None:
        """Tags or extraction of these articles changed (the context menu): list, reader, editor."""
        w = self.window
        w.article_list.refresh()
        current = w.article_list.current_article()
        if current in ids:
            if w.editor.article_id == current and not w.editor.is_dirty():
                w.editor.discard_changes()  # reload what was stored (nothing of the user's to lose)
            w.open_article(current)
        w.library_changed()

    def _after_tracking_changed(self, ids: list) -> None:
        w = self.window
        if w.task_board is not None:
            w.task_board.refresh()
        current = w.article_list.current_article()
        if current in ids:
            w.entities.refresh_tracking(current)

    def delete_selected(self):
        """Delete (编辑 menu, the list's Delete key and context menu): the selected articles go to the
        trash in the writer lane (bulk_jobs.py); the list, count and filters follow when it is done.
        The Job, or None when there is nothing to do."""
        w = self.window
        ids = w.article_list.selected_articles()
        if w.read_only or not ids:
            return None
        if w.editor.article_id in ids and not w.editor.confirm_discard():
            return None  # unsaved edits of one of them, and the user chose to stay
        job = bulk_jobs.start(w, w.store.location, lambda store, progress, cancel:
                              store.trash_articles(ids, progress, cancel), len(ids), self.tr("正在移到回收站…"))
        job.finished.connect(lambda moved: self._deleted(job, len(ids), moved))
        job.failed.connect(self._failed)
        return job

    def _deleted(self, job, asked: int, moved: list) -> None:
        w = self.window
        w.article_list.remove_articles(moved)
        w.library_changed()
        self._say(self.tr("已将 {0} 篇文章移到回收站(编辑 → 回收站 可恢复)").format(len(moved))
                  + bulk_jobs.cancelled_note(job, asked, len(moved)))

    def _failed(self, error) -> None:
        w = self.window
        w.article_list.refresh()  # batches done before the failure stay done
        w.library_changed()
        self._say(self.tr("操作失败:{0}").format(error))

    def open_trash(self):
        from .trash_view import TrashView

        w = self.window

        def make():
            view = TrashView(w.store, w, read_only=w.read_only)
            view.restored.connect(self._after_restore)
            view.purged.connect(lambda _n: w.library_changed())
            return view
        return show_tool_window(w, "trash_view", make, refresh_new=False)

    def _after_restore(self, ids: list) -> None:
        w = self.window
        w.article_list.refresh()
        w.library_changed()
        self._say(self.tr("已恢复 {0} 篇文章").format(len(ids)))
        if ids:
            w.reveal_article(ids[0])
