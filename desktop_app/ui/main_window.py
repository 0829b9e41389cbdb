"""MainWindow: builds the panes, menus, toolbar and status bar, and connects them. Nothing else.

Two stages (issue 16: the first paint close to a bare window's). Stage 1, in the constructor, builds
what the first paint shows: the article list (search box and table), an empty frame where the
reader and the entities go, the menu bar's titles, the toolbar (its icons come later), the status
bar. Stage 2, ensure_built(), imports and builds the rest — the reader, the entities pane, the
editor dock, the menus' items and the window's shortcuts, the icons — and opens the article; the
app runs it on the event loop's first turn after the first paint (staged=True), tests and tools at
once (the default). Anything that needs a stage-2 part before then calls ensure_built() first.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QFrame, QMainWindow, QSplitter, QTabWidget, QToolBar

from .actions import Actions
from .article_list import ArticleListPane
from .article_model import COL_DATE
from .first_paint import after_first_paint
from .status_bar import StatusIndicators
from .ui_state import UiState
from .window_chrome import add_items, restore_geometry, window_title

if TYPE_CHECKING:  # imported where they are built or opened (see below); named here for the annotations
    from PySide6.QtWidgets import QDockWidget

    from .about_dialog import AboutDialog
    from .backups_dialog import BackupsDialog
    from .editor_pane import EditorPane
    from .entities_pane import EntitiesPane
    from .export_pane import ExportPane
    from .paste_dialog import PasteDialog
    from .people_index import PeopleIndex
    from .reader_pane import ReaderPane
    from .settings_dialog import SettingsDialog
    from .stats_view import StatsView
    from .store_jobs import StoreJobs
    from .task_board import TaskBoard
    from .tracking_history import TrackingHistoryDialog
    from .trash_view import TrashView

# Dialogs and tool windows (about, backups, export, paste, people index, print, statistics, task
# board) are imported where they are opened; the panes the first paint does not show, in stage 2.
PAGE_ABOUT, PAGE_SHORTCUTS = 0, 1  # about_dialog's tab indexes

DEFAULT_SPLIT = [440, 620, 300]
MENU_LATE_S = 1.5  # a context menu that waited longer than this for the server does not pop up  # the list wide enough for a title (the others are narrow columns)


class MainWindow(QMainWindow):
    theme_changed = Signal(str)  # from the settings dialog; app.py applies it to the application
    library_requested = Signal(str)  # 文件 → 新建/打开资料库, 最近打开: the session shows that library

    # QWidget.actions() is shadowed by the window's table of actions (ui/actions.py), which every
    # part of the window reads as window.actions; the one place the type checker is told so.
    actions: Actions  # type: ignore[assignment]
    reader: ReaderPane
    entities: EntitiesPane
    editor: EditorPane
    editor_dock: QDockWidget
    jobs: StoreJobs

    def __init__(self, store, state: UiState, parent=None, staged: bool = False):
        """`staged`: show the list first and build the rest after the first paint (the app);
        else the whole window now (tests, tools, the self-test)."""
        super().__init__(parent)
        self.store = store
        self.state = state
        self.built = False  # stage 2 done (ensure_built)
        self.read_only = False
        self.read_only_bar: QToolBar | None = None
        self.export_pane: ExportPane | None = None  # built on first use
        self._printer = None  # ArticlePrinter, made on first print
        self.task_board: TaskBoard | None = None  # built on first use
        self.tracking_history: TrackingHistoryDialog | None = None  # 督办修改记录 while it is open (a colleague's change refreshes it)
        self.setWindowTitle(self.tr("政文阅览"))
        self.setObjectName("MainWindow")

        self.actions = Actions(self)
        self.article_list = ArticleListPane(store, self, sort=state.sort(COL_DATE), state=state, staged=True)
        # Where the reader and the entities pane go in stage 2: empty frames the size they will have.
        self._frames = [self._empty_frame(), self._empty_frame()] if staged else []
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for pane in (self.article_list, *self._frames):
            self.splitter.addWidget(pane)
        if not staged:
            self._build_panes()
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setContentsMargins(6, 6, 6, 0)
        # The reader and the 督办 board are two views of the window (the board's tab is added on
        # first use); the board keeps its filters and sort while the window is open.
        self.views = QTabWidget(self)
        self.views.setObjectName("views")
        self.views.setDocumentMode(True)
        self.views.addTab(self.splitter, self.tr("阅读"))
        self.views.tabBar().setVisible(False)  # one view until the board is opened
        self.views.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+T / Esc switch; Tab stays in the view
        self.setCentralWidget(self.views)

        # The menu bar's titles now (its height is part of the first paint), their items in stage 2.
        self.menus = [self.menuBar().addMenu(title) for title in (
            self.tr("文件(&F)"), self.tr("编辑(&E)"), self.tr("视图(&V)"), self.tr("工具(&T)"), self.tr("帮助(&H)"))]
        self._build_toolbar()
        self.status = StatusIndicators(self)  # search and filters, background jobs, article count
        self.statusBar().addPermanentWidget(self.status)
        self.count_label = self.status.count_label
        lst = self.article_list
        lst.count_changed.connect(self._show_count)
        lst.sort_changed.connect(state.set_sort)
        # The list's reads of a server library (ui/article_model.py): waiting and failure in one line.
        self._waiting: dict[str, str] = {}
        lst.model.reads.busy.connect(lambda text: self._show_waiting(text, "list"))
        lst.model.read_failed.connect(self._list_failed)
        lst.model.modelReset.connect(self._after_list_read)
        if staged:
            self._restore()
            after_first_paint(lst.view.viewport(), self.ensure_built)
        else:
            self._build_rest()
            self._restore()
            self._open_current()

    def _empty_frame(self) -> QFrame:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setBackgroundRole(QPalette.ColorRole.Base)  # as the reader's page
        frame.setAutoFillBackground(True)
        return frame

    def ensure_built(self) -> None:
        """Stage 2 (see the module note): the rest of the window, and the article opened; once."""
        if self.built:
            return
        self._build_rest()
        self._open_current()

    def _build_panes(self) -> None:
        """The reader and the entities pane, in the empty frames' places and sizes when there are."""
        from .entities_pane import EntitiesPane
        from .highlighter import OFFICIAL, SEARCH, TASK
        from .reader_pane import ReaderPane
        from .window_reads import WindowReads

        state = self.state
        # The open article's reads: off the GUI thread on a server library (ui/window_reads.py).
        self.reads = WindowReads(self.store, self)
        self.reader = ReaderPane(self, visible_kinds={k for k in (OFFICIAL, TASK, SEARCH) if state.highlight_visible(k)},
                                 zoom=state.reader_zoom())
        self.entities = EntitiesPane(self, self.store)
        self.entities.reads = self.reads
        if not self._frames:
            self.splitter.addWidget(self.reader)
            self.splitter.addWidget(self.entities)
            return
        sizes = self.splitter.sizes() if self.isVisible() else (state.splitter_sizes() or DEFAULT_SPLIT)
        for index, pane in ((1, self.reader), (2, self.entities)):
            self.splitter.replaceWidget(index, pane)
        self.splitter.setSizes(sizes)
        for frame in self._frames:
            frame.deleteLater()
        self._frames = []

    def _build_rest(self) -> None:
        self.built = True
        from . import server_library
        from .editor_pane import EditorPane
        from .store_jobs import StoreJobs

        from PySide6.QtWidgets import QDockWidget

        store = self.store
        self.article_list.finish()
        if self._frames:
            self._build_panes()
        self.jobs = StoreJobs(store.location, self)
        self.editor = EditorPane(store, server_library.drafts_dir(store), self)
        self.editor.reads = self.reads
        self.editor_dock = QDockWidget(self.tr("编辑"), self)
        self.editor_dock.setObjectName("editor_dock")
        self.editor_dock.setWidget(self.editor)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.editor_dock)
        self.editor_dock.hide()
        # A team library: colleagues' 督办 changes show here as they happen (None for a file).
        self.tracking_feed = server_library.follow(self)
        self.reads.busy.connect(lambda text: self._show_waiting(text, "window"))
        self.reads.trouble.connect(lambda text: self.statusBar().showMessage(self.tr("未能读取:{0}").format(text), 30000))
        self._build_menus()
        self.actions.load_icons()
        self._connect()
        self.apply_reader_settings()
        self.reader.set_search_terms(self.article_list.model.terms)
        if self.read_only:
            self.set_read_only(True)  # asked before this stage: now for the parts built here

    def _open_current(self) -> None:
        """The article selected in the list (_restore) in the reader, or the empty store's words."""
        current = self.article_list.current_article()
        if current is None and self.article_list.model.loading:  # a server's first page is on its way
            self.reader.show_placeholder(self.tr("正在读取文章列表…"))
        elif current is None:
            self._show_empty()
        elif self.reader.article is None or self.reader.article.id != current:
            self.open_article(current)

    # -- building ----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        from ..paths import default_db_path
        from . import server_library
        from .library_menu import LibraryMenu

        a = self.actions
        self.library_menu = LibraryMenu(self.state, server_library.describe(self.store), default_db_path(), self)
        self.library_menu.library_requested.connect(self.library_requested)
        a.new_library.triggered.connect(self.library_menu.new_library)
        a.open_library.triggered.connect(self.library_menu.open_library)
        a.connect_server.triggered.connect(self.connect_server)
        for menu, items in zip(self.menus, (
                [a.new_library, a.open_library, self.library_menu.recent_menu.menuAction(), a.connect_server, None,
                 a.import_files, a.import_folder, a.paste_article, None, a.export, a.print, None, a.quit],
                [self.editor.undo_action, self.editor.redo_action, None, self.editor.save_action,
                 a.edit_article, None, a.delete_articles, a.trash],
                [a.search, a.find_next, a.find_previous, a.refresh, None, a.next_article, a.previous_article, None,
                 a.zoom_in, a.zoom_out, a.zoom_reset],
                [a.task_board, a.tracking_history, a.statistics, a.people_index, None, a.rebuild_index, a.check_store,
                 a.backups, None, a.settings],
                [a.shortcuts, None, a.about])):
            add_items(menu, items)
        for action in a.all():  # shortcuts work even where the menu bar is hidden
            self.addAction(action)
        # Delete deletes articles only where the list has the focus (elsewhere it deletes text).
        self.removeAction(a.delete_articles)
        a.delete_articles.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.article_list.view.addAction(a.delete_articles)

    def _build_toolbar(self) -> None:
        a = self.actions
        bar = QToolBar(self.tr("工具栏"), self)
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        add_items(bar, (a.import_files, a.import_folder, None, a.refresh, a.previous_article, a.next_article,
                        None, a.zoom_out, a.zoom_in))
        self.addToolBar(bar)  # its icons come in stage 2 (drawing them costs about as much as the list)
        # Until then a blank icon of the same size holds each button's place, so that the toolbar
        # does not grow and push the window down when the icons come.
        blank = QPixmap(bar.iconSize())
        blank.fill(Qt.GlobalColor.transparent)
        self.blank_icon = QIcon(blank)
        for action in bar.actions():
            if not action.isSeparator():
                action.setIcon(self.blank_icon)

    def _connect(self) -> None:
        a, lst, reader, ents, st = self.actions, self.article_list, self.reader, self.entities, self.state
        a.import_files.triggered.connect(self._writing(self.jobs.import_files))
        a.import_folder.triggered.connect(self._writing(self.jobs.import_folder))
        a.rebuild_index.triggered.connect(self.jobs.rebuild_index)
        a.quit.triggered.connect(self.close)
        a.search.triggered.connect(lst.focus_search)
        a.refresh.triggered.connect(self.refresh)
        a.next_article.triggered.connect(lst.select_next)
        a.previous_article.triggered.connect(lst.select_previous)
        a.zoom_in.triggered.connect(reader.zoom_in)
        a.zoom_out.triggered.connect(reader.zoom_out)
        a.zoom_reset.triggered.connect(reader.reset_zoom)
        a.about.triggered.connect(lambda: self.open_about(PAGE_ABOUT))
        a.shortcuts.triggered.connect(lambda: self.open_about(PAGE_SHORTCUTS))
        a.statistics.triggered.connect(self.open_statistics)
        a.tracking_history.triggered.connect(self.open_tracking_history)
        a.people_index.triggered.connect(self.open_people_index)
        a.export.triggered.connect(self.open_export)
        a.print.triggered.connect(self.print_article)
        a.settings.triggered.connect(self.open_settings)

        from .article_actions import ArticleActions

        lst.article_selected.connect(self.open_article)
        lst.selection_cleared.connect(self._show_empty)
        self.article_actions = ArticleActions(self)
        self.article_menu = self.article_actions.menu
        lst.search_changed.connect(reader.set_search_terms)
        a.find_next.triggered.connect(reader.next_hit)
        a.find_previous.triggered.connect(reader.previous_hit)
        ents.official_clicked.connect(reader.next_mention)
        ents.task_clicked.connect(reader.select_task)
        reader.highlights_toggled.connect(st.set_highlight_visible)
        reader.zoom_changed.connect(st.set_reader_zoom)
        self.jobs.imported.connect(self._after_import)
        self.jobs.article_requested.connect(self.reveal_article)
        self._connect_editing()
        self._connect_store_tools()

    def _restore(self) -> None:
        restore_geometry(self, self.state.geometry())
        self.splitter.setSizes(self.state.splitter_sizes() or DEFAULT_SPLIT)
        self._show_count(self.article_list.model.rowCount())
        # Never an empty reader: the article open last time, else the newest one, selected in the
        # list now and opened in stage 2 (an empty store: the reader says how to add articles).
        last = self.state.last_article()
        if self.article_list.model.loading:  # a server library: its first page is still being read
            self.article_list.select_when_read(last)
            return
        newest = self.store.article_ids(None, limit=1)
        for candidate in (last, newest[0] if newest else None):
            if candidate is not None and self.article_list.select_article(candidate):
                break
        else:
            self.article_list.select_first()

    def _show_empty(self) -> None:
        self.reader.show_placeholder(self.tr(
            "文章库中还没有文章。\n\n请通过“文件 → 导入文件”(Ctrl+I)或“导入文件夹”添加文章。"))

    # -- slots -------------------------------------------------------------------------------
    def open_article(self, article_id: int) -> None:
        """Read the article once, with its tasks' 督办 and (for the editor) its stored state, and hand
        it to every pane. The editor loads it only when its dock is shown (or it holds unsaved
        changes, which it asks about first): see with_editor. On a server library the read runs
        off the GUI thread and the panes fill when it comes back (self.reads)."""
        for_editor = (self.editor_dock.isVisible() or self.editor.is_dirty()) and self.editor.article_id != article_id

        def read(store):
            article = store.article(article_id)
            if article is None:
                return None
            stored = (store.article_state(article_id), store.article_version(article_id)) if for_editor else None
            return article, store.task_rows([article_id]), stored
        self.reads.read("article", read, lambda found: self._show_opened(article_id, found), self._not_opened)

    def _not_opened(self, error: BaseException) -> None:
        """The server did not give the article (slow or gone): one line; the reader keeps what it shows."""
        from .window_reads import one_line

        text = self.tr("未能打开所选文章,阅读区仍是上一篇:{0}") if self.reader.article is not None \
            else self.tr("未能打开所选文章:{0}")
        self.statusBar().showMessage(text.format(one_line(error)), 30000)

    def _show_opened(self, article_id: int, found) -> None:
        if found is None:  # deleted meanwhile
            self.article_list.refresh()
            return
        article, tracking, stored = found
        if (self.editor_dock.isVisible() or self.editor.is_dirty()) and \
                self.editor.load_article(article_id, article, stored) and self.editor.is_dirty():
            article = self.editor.preview_article() or article  # a restored draft
        self.reader.show_article(article)
        self.entities.show_article(article, tracking)
        self._show_title(article.title)
        self.state.set_last_article(article_id)

    def refresh(self) -> None:
        self.article_list.refresh()
        self.library_changed()
        current = self.article_list.current_article()
        if current is not None:
            self.open_article(current)

    def library_changed(self) -> None:
        """Articles came or went (import, delete, restore, F5): what counts or lists them reads again."""
        self.article_list.filters.load_choices()  # sources and officials of the filter bar
        for view in (self.task_board, getattr(self, "stats_view", None), getattr(self, "people_index", None),
                     getattr(self, "trash_view", None)):
            if view is not None and view.isVisible():
                view.refresh()

    # -- the list's articles: context menu, delete, trash (article_actions.py) ---------------------
    def delete_selected(self):  # the Job (article_actions.py)
        return self.article_actions.delete_selected()

    def open_trash(self) -> TrashView:
        return self.article_actions.open_trash()

    def _after_import(self, report) -> None:
        self.article_list.refresh()
        self.library_changed()
        if report.imported:
            self.article_list.select_article(report.imported[0])

    def _show_count(self, _shown: int) -> None:
        # The list knows the count (read in the background on a big store: "200+" until then).
        self.count_label.setText(self.article_list.count_text())
        self.status.show_search(self.article_list.model.query, self.article_list.model.filters)

    def open_settings(self) -> SettingsDialog:
        from ..paths import data_dir
        from .settings_dialog import SettingsDialog
        from .tool_windows import open_dialog

        dialog = SettingsDialog(self.state, str(data_dir()), self)
        dialog.highlight_colors_changed.connect(self.apply_reader_settings)
        dialog.reader_font_changed.connect(self.apply_reader_settings)
        dialog.theme_changed.connect(self.theme_changed)
        dialog.theme_changed.connect(self.apply_reader_settings)  # after app.py has applied the theme
        return open_dialog(dialog)

    def apply_reader_settings(self, *_args) -> None:
        """Saved highlight colours and reader font -> the reader."""
        from .settings_dialog import highlight_colors, is_dark

        family, size = self.state.reader_font()
        # The application's palette: the window's own follows a theme switch only once its posted
        # palette events are handled, and the highlights kept the old theme's colours until a restart.
        self.reader.set_highlight_colors(highlight_colors(self.state, is_dark(QApplication.palette())))
        self.reader.set_text_font(family, size)

    def open_export(self) -> ExportPane:
        """File → 导出: the export pane, told what the list and the reader show now."""
        from .export_pane import ExportPane

        if self.export_pane is None:
            self.export_pane = ExportPane(self.store, self, self.state)
        lst = self.article_list
        self.export_pane.set_context(lst.current_article(), lst.selected_articles(), lst.shown_articles(),
                                     lst.model.query, shown_view=lst.pending_view())
        self.export_pane.set_board_tasks(self.task_board.shown_task_keys() if self.task_board is not None else None)
        self.export_pane.show()
        self.export_pane.raise_()
        self.export_pane.activateWindow()
        return self.export_pane

    def export_board_tasks(self, keys: list) -> ExportPane:
        """The task board's 导出筛选结果: the export pane on the rows the board shows."""
        pane = self.open_export()
        pane.set_board_tasks(keys)
        pane.set_scope("board")
        return pane

    def print_article(self):
        """File → 打印: print preview of the open article with its highlights."""
        return self.printer.preview(self.reader.article)

    @property
    def printer(self):
        if self._printer is None:
            from .print_support import ArticlePrinter

            self._printer = ArticlePrinter(self)
        return self._printer

    # -- editing and 督办 -----------------------------------------------------------------------
    def _connect_editing(self) -> None:
        a, ed, reader = self.actions, self.editor, self.reader
        a.edit_article.setCheckable(True)
        a.edit_article.toggled.connect(self._toggle_editor)
        self.editor_dock.visibilityChanged.connect(a.edit_article.setChecked)
        a.task_board.triggered.connect(self._writing(self.open_task_board))
        ed.dirty_changed.connect(self._show_dirty)
        ed.preview_changed.connect(self._show_preview)
        ed.saved.connect(self._after_save)
        self.entities.merge_requested.connect(lambda names, keep: self.with_editor(lambda: ed.merge_officials(names, keep)))
        self.editor_dock.visibilityChanged.connect(lambda shown: self._load_editor_soon() if shown else None)
        self.entities.tracking_changed.connect(lambda _aid: self.task_board.refresh() if self.task_board else None)
        self.entities.message.connect(lambda text: self.statusBar().showMessage(text, 30000))
        reader.zoom_changed.connect(lambda _z: self.entities.follow_reader(reader.view.font().pointSizeF()))
        self.entities.follow_reader(reader.view.font().pointSizeF())
        ed.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        reader.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        reader.view.customContextMenuRequested.connect(self._highlight_menu)
        after_first_paint(self, self._offer_drafts)  # a dialog over the window, once the window is up

    def with_editor(self, then: Callable[[], object]) -> None:
        """Run `then()` with the editor on the open article (a highlight's context menu, a merge):
        at once when it is loaded; else once its stored state is read (off the GUI thread on a
        server library; at once from a file). Nothing when there is no article, another one was
        opened meanwhile, or the user keeps editing another one (unsaved changes)."""
        article = self.reader.article
        if article is None:
            return
        if self.editor.article_id == article.id:
            then()
            return
        aid = article.id

        def loaded(stored) -> None:
            shown = self.reader.article
            if shown is not None and shown.id == aid and self.editor.load_article(aid, shown, stored):
                then()  # not another article opened meanwhile
        self.reads.read("editor", lambda store: (store.article_state(aid), store.article_version(aid)), loaded)

    def _load_editor_soon(self) -> None:
        """The editor dock was shown: load the open article once its stored state is read."""
        self.with_editor(lambda: None)

    def _highlight_menu(self, pos) -> None:
        """The reader's context menu with the highlight corrections. When the editor must read the
        article first (a server library) and that takes longer than MENU_LATE_S, no menu pops up
        out of the blue seconds after the click: the status bar asks for the right-click again."""
        import time

        asked = time.monotonic()

        def show() -> None:
            if time.monotonic() - asked > MENU_LATE_S:
                self.statusBar().showMessage(self.tr("文章的标注已读取,请再次右击以修改高亮。"), 10000)
                return
            self.editor.highlight_menu(self.reader.view, self.reader.body_start, pos)
        self.with_editor(show)

    def _offer_drafts(self) -> None:
        """A draft left by the last run: offered; once restored (its article read off the GUI thread
        on a server library) the article is opened with the editor beside it. Then 督办 edits a team
        library had not taken when the last session ended (kept on the desk) are offered."""
        if self.editor.pending_drafts():
            self.editor.offer_drafts(then=self._show_restored)
        self.entities.offer_held_tracking()

    def _show_restored(self, article_id: int) -> None:
        # The article first, then the editor: shown first, the editor would be loaded with the
        # article the reader still shows and ask about the restored draft's unsaved changes.
        self.reveal_article(article_id)
        self.editor_dock.show()

    def _show_waiting(self, text: str, source: str) -> None:
        """A slow read of the server says so; the line goes when the reads are back (the list's and
        the article's: each says when it is over)."""
        bar = self.statusBar()
        if text:
            self._waiting[source] = text
            bar.showMessage(text)
            return
        shown = self._waiting.pop(source, None)
        if shown is not None and not self._waiting and bar.currentMessage() == shown:
            bar.clearMessage()

    def _after_list_read(self) -> None:
        """A server's first page came at start-up with no article to open: the empty library's words
        (the reader said 正在读取文章列表… meanwhile)."""
        if self.built and self.reader.article is None and self.article_list.current_article() is None \
                and not self.article_list.model.loading:
            self._show_empty()

    def _list_failed(self, line: str) -> None:
        """The server did not give the list (or a page of it): one line; what is shown stays."""
        lst = self.article_list
        kept = lst.model.rowCount() > 0 and lst.model.failure is not None
        text = self.tr("未能读取文章列表,列表仍是之前的内容:{0}") if kept else self.tr("未能读取文章列表:{0}")
        self.statusBar().showMessage(text.format(line), 30000)
        if self.built and self.reader.article is None and lst.current_article() is None:
            self.reader.show_placeholder(self.tr("未能读取文章列表:{0}\n\n按 F5 重试。").format(line))

    def _show_title(self, article_title: str | None) -> None:
        self.setWindowTitle(window_title(article_title, self.tr("政文阅览")))

    def _show_dirty(self, dirty: bool) -> None:
        self.setWindowModified(dirty)  # the title's [*] shows as "*"

    def _show_preview(self, article) -> None:
        """The editor's working copy in the reader and the entities pane, keeping the reader's place."""
        if self.reader.article is None or self.reader.article.id != article.id:
            return
        bar = self.reader.view.verticalScrollBar()
        top = bar.value()
        self.reader.show_article(article)
        self.entities.show_article(article)
        self._show_title(article.title)
        bar.setValue(top)

    def _after_save(self, article_id: int) -> None:
        self.article_list.refresh()
        self.entities.refresh_tracking(article_id)  # a task marked by hand can now be tracked
        if self.task_board is not None:
            self.task_board.refresh()

    def open_task_board(self) -> TaskBoard:
        """Tools → 任务督办: every task of every article with its tracking fields."""
        from .task_board import TaskBoard

        board = self.task_board
        if board is None:
            board = self.task_board = TaskBoard(self.store, self.views, state=self.state, writes=self.entities.writes)
            board.task_activated.connect(self.show_task)
            board.tracking_changed.connect(self.entities.refresh_tracking)
            board.export_requested.connect(self.export_board_tasks)
            board.filter_changed.connect(
                lambda: self.export_pane.set_board_tasks(board.shown_task_keys()) if self.export_pane else None)
            board.close_requested.connect(self.show_reader)
            board.rules_changed.connect(self.entities.refresh_tracking)
            board.message.connect(lambda text: self.statusBar().showMessage(text, 30000))
            self.views.addTab(board, self.tr("督办"))
            self.views.tabBar().setVisible(True)
        else:
            board.refresh()
        self.views.setCurrentWidget(board)
        board.table.setFocus()
        return board

    def show_reader(self) -> None:
        """Back from the 督办 view to the reader (Esc or Ctrl+W on the board, or its tab)."""
        self.views.setCurrentIndex(0)
        self.article_list.view.setFocus()

    def show_task(self, article_id: int, task_id: str) -> None:
        """Open the article and select the task in the reader (from the task board)."""
        self.views.setCurrentIndex(0)
        if not self.article_list.select_article(article_id):
            self.open_article(article_id)
        if self.reader.article is not None and self.reader.article.id == article_id:
            self.reader.select_task(task_id)
        self.activateWindow()

    # -- statistics, people index, about (帮助) ---------------------------------------------------
    def open_statistics(self) -> StatsView:
        from .stats_view import StatsView
        from .tool_windows import show_tool_window

        return show_tool_window(self, "stats_view", lambda: StatsView(self.store, self))

    def open_tracking_history(self):
        """Tools → 督办修改记录: who changed which task's 督办 and when (the open article's first)."""
        from .tool_windows import open_dialog
        from .tracking_history import TrackingHistoryDialog

        article = self.reader.article
        dialog = TrackingHistoryDialog(self.store, self.reads, article.id if article else None, self)
        self.tracking_history = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "tracking_history", None))  # closed: deleted
        return open_dialog(dialog)

    def open_people_index(self) -> PeopleIndex:
        from .people_index import PeopleIndex
        from .tool_windows import show_tool_window

        def make():
            index = PeopleIndex(self.store, self)
            index.article_activated.connect(self.reveal_article)
            index.task_activated.connect(self.show_task)
            return index
        return show_tool_window(self, "people_index", make)

    def reveal_article(self, article_id: int) -> None:
        """Open the article, selected in the list when the list shows it."""
        if not self.article_list.select_article(article_id):
            self.open_article(article_id)
        self.activateWindow()

    def open_about(self, page: int = PAGE_ABOUT) -> AboutDialog:
        from ..paths import data_dir
        from . import server_library
        from .about_dialog import AboutDialog
        from .tool_windows import open_dialog

        return open_dialog(AboutDialog(self.shortcut_actions(), str(data_dir()), server_library.describe(self.store), self, page))

    def shortcut_actions(self) -> list:
        """Every action with its keys, as the shortcuts page lists them (the editor's undo, redo, save too)."""
        return self.actions.all() + [self.editor.undo_action, self.editor.redo_action, self.editor.save_action]

    # -- paste, drop, backups, store check, read-only (a second window on the store) --------------
    def _connect_store_tools(self) -> None:
        from .check_store import StoreCheck
        from .drop_import import DropImport

        a = self.actions
        self.drop_import = DropImport(self)  # files and folders dropped on the window are imported
        self.drop_import.paths_dropped.connect(self.jobs.start_import)
        self.store_check = StoreCheck(self.store.location, self)
        a.check_store.triggered.connect(self.store_check.run)
        a.backups.triggered.connect(self.open_backups)
        a.paste_article.triggered.connect(self.paste_article)

    def paste_article(self) -> PasteDialog | None:
        """Ctrl+Shift+V: a new article from the clipboard, its fields shown before it is saved."""
        from .paste_dialog import PasteDialog
        from .tool_windows import open_dialog

        if self.read_only:
            self.explain_read_only()
            return None
        dialog = PasteDialog.from_clipboard(self.store.location, self)
        def show_saved(article_id: int) -> None:
            self.article_list.refresh()
            self.article_list.select_article(article_id)
        dialog.saved.connect(show_saved)
        return open_dialog(dialog)

    def open_backups(self) -> BackupsDialog:
        """Tools → 备份与恢复; after a restore the list and the reader show the restored store."""
        from .backups_dialog import BackupsDialog
        from .tool_windows import open_dialog

        dialog = BackupsDialog(self.store, self.state, self, read_only=self.read_only,
                               busy=lambda: self.jobs.job is not None and not self.jobs.job.done)
        dialog.restored.connect(lambda _saved: self.refresh())
        return open_dialog(dialog)

    def set_read_only(self, read_only: bool = True) -> None:
        """Another window writes to this store (instance_guard): say so, and write nothing from here.
        Import, paste, 编辑 and 督办 stay enabled: they say why they do not run and offer 接管."""
        from .window_chrome import ReadOnlyBar

        a = self.actions
        self.read_only = read_only
        for action in (a.rebuild_index, a.delete_articles):
            action.setEnabled(not read_only)
        if self.built:  # else ensure_built() calls this again for the parts it builds
            self.article_menu.read_only = read_only
            self.entities.read_only = read_only
            self.drop_import.enabled = not read_only
            if read_only:
                self.editor_dock.hide()
        if read_only and self.read_only_bar is None:
            self.read_only_bar = ReadOnlyBar(self)
            self.read_only_bar.banner.take_over_requested.connect(self.take_over)
            self.addToolBarBreak()
            self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.read_only_bar)
        if self.read_only_bar is not None:
            self.read_only_bar.setVisible(read_only)

    def connect_server(self) -> None:
        """文件 → 连接团队资料库…: the session opens the library the dialog names."""
        from . import server_library

        url = server_library.choose_server(self.state, self)
        if url:
            self.library_requested.emit(url)

    def use_guard(self, guard) -> None:
        """The store's writer lock (instance_guard): read-only while another window holds it."""
        from .instance_guard import WriterSwitch

        self.writer = WriterSwitch(self, self.store, guard)

    def _writing(self, slot):
        """A writing action's slot: in a read-only window, say why and offer 接管 instead."""
        return lambda *args: self.explain_read_only() if self.read_only else slot()

    def _toggle_editor(self, on: bool) -> None:
        if on and self.read_only:
            self.actions.edit_article.setChecked(False)
            self.explain_read_only()
            return
        self.editor_dock.setVisible(on)

    def explain_read_only(self):
        writer = getattr(self, "writer", None)
        if writer is not None:
            return writer.explain()
        self.statusBar().showMessage(self.tr("本窗口只读:另一个窗口正在修改这个文章库"), 10000)
        return None

    def take_over(self) -> None:
        writer = getattr(self, "writer", None)
        if writer is not None:
            writer.guard.take_over()

    def release_reason(self) -> str:
        """"" when this window may hand the store to another one (接管), else why not."""
        if not self.built:
            return ""
        if self.editor.is_dirty():
            return self.tr("它有未保存的修改")
        if self.unsaved_tracking():
            return self.tr("它有尚未存入资料库的督办修改")
        if self.jobs.job is not None and not self.jobs.job.done:
            return self.tr("它正在导入文章")
        return ""

    def unsaved_tracking(self) -> int:
        """督办 edits not in the library yet (held while it cannot be reached, or still being written)."""
        writers = [self.entities.writes] + ([self.task_board.model.writes] if self.task_board is not None else [])
        return sum(w.unsaved() for w in {id(w): w for w in writers if w is not None}.values())  # shared: once

    def _confirm_unsaved_tracking(self) -> bool:
        """Closing with 督办 edits the library has not taken: say so; True to close anyway. (They are
        kept on the desk, as article drafts are, and offered again at the next start.)"""
        from PySide6.QtWidgets import QMessageBox

        n = self.unsaved_tracking()
        if not n:
            return True
        Btn = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, self.tr("督办修改尚未保存"),
            self.tr("有 {0} 项督办修改还没有存入团队资料库,已留在本机。现在关闭,下次打开时会提示重新保存。仍要关闭吗?").format(n),
            Btn.Close | Btn.Cancel, Btn.Cancel)
        return answer == Btn.Close

    def closeEvent(self, event) -> None:
        if self.built:  # closed before stage 2 (at once, or by a switch of library): nothing to stop
            if not self.editor.confirm_discard() or not self._confirm_unsaved_tracking():
                event.ignore()  # unsaved edits: the user chose to stay
                return
            if self.tracking_feed is not None:
                self.tracking_feed.stop()
            self.reads.close()
            if self.jobs.job is not None and not self.jobs.job.done:
                self.jobs.job.cancel()  # an import stops at the next file; run_gui waits for it
        self.article_list.model.reads.close()
        if self.export_pane is not None:
            self.export_pane.cancel()  # an export stops at the next article
        self.state.set_geometry(self.saveGeometry())
        self.state.set_splitter_sizes(self.splitter.sizes())
        self.state.set_list_header(self.article_list.header_state())
        self.state.settings.sync()
        super().closeEvent(event)
