"""ArticleTableModel: the article list as a list of ids, display rows fetched lazily in pages.

The windowed design of search-and-scale.md §3: the model holds only the ids the store returned for
the current search, filters and sort (8 bytes a row); rows are fetched from `store.summaries()` a
page at a time when the view first asks for them, and a bounded cache keeps the most recent pages.

The first FIRST_PAGE ids are read first (straight off the date-ordered index: a few ms even at a
million articles); when there are more, the full id list (and so the count, and the relevance order)
is computed by a worker with its own Store and appended when it arrives. At start-up the list holds
that read back until its first page is painted (`hold`, `release()`).

Where the first page, the row pages and the snippets are read depends on the library, through one
path (`self.reads`, ui/window_reads.py): from a file they are read where they are asked for (a few
ms; the list's measured speed), from a server on the list's own read thread with its 5 s statement
timeout, so that a slow or gone server never freezes the window. Meanwhile the list keeps the rows
it shows (empty at start-up: the pane says 正在读取…), rows of a page still on its way say 正在读取…,
a newer search, filter or sort supersedes an older one's reads, and a failure comes out as one line
(`read_failed`).
"""
from __future__ import annotations

import functools
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from ..summary import ArticleSummary  # not ..domain: its dataclasses cost ~4 ms at start-up
from ..search.filters import Filters, find_hits, hit_terms, relevance_order, snippet
from ..search.listing import RELEVANCE_LIMIT as RELEVANCE_LIMIT  # the list and bench_search_ui read it here
from ..search.listing import ListView
from . import jobs
from .plain_text import tip
from .window_reads import WindowReads, one_line

COL_TITLE, COL_DATE, COL_SOURCE, COL_OFFICIALS, COL_TASKS = range(5)
COLUMN_COUNT = 5
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# (title hits, Snippet of the body) of a row while a search with words is active, else None.
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2

# Model column -> the store's sort key.
SORT_KEYS = {COL_TITLE: "title", COL_DATE: "date", COL_SOURCE: "source",
             COL_OFFICIALS: "n_officials", COL_TASKS: "n_tasks"}
_NUMERIC = (COL_OFFICIALS, COL_TASKS)
# The first click on a header sorts dates and counts biggest first, text A→Z.
_INITIAL_ORDER = {COL_TITLE: Qt.SortOrder.AscendingOrder, COL_SOURCE: Qt.SortOrder.AscendingOrder}

PAGE_SIZE = 256
MAX_PAGES = 64
FIRST_PAGE = 200  # ids read on the GUI thread; the rest come from a worker
# The worker reads this many first and shows them ("10,000+") before it reads the full list, which
# can take many seconds on a big store (a common word of 3+ characters: a substring test a row).
PARTIAL = 10_000
SNIPPET_BLOCK = 32  # rows whose texts are read together for snippets
SNIPPET_CACHE = 1024
SNIPPET_WIDTH = 120
RETRY_AFTER_S = 5.0  # a page whose read failed is asked for again when shown this long after


def _first_read(store, view: ListView, limit: int | None, rows: int):
    """The list's first ids (all of them with `limit` None), whether that is all, whether they are
    in relevance order, and the display rows of the first `rows` of them (read together on a server,
    so that the list never shows a first page of placeholders). Runs where the model's reads run."""
    if limit is None:  # (stand-in stores of the tests take no limit)
        ids, complete = store.article_ids(view.query(), sort=view.sort, descending=view.descending), True
    else:
        ids = store.article_ids(view.query(), sort=view.sort, descending=view.descending, limit=limit)
        complete = len(ids) < limit
    ranked = False
    if complete and view.ranking and len(ids) > 1:
        ids, ranked = relevance_order(ids, store.search_texts(ids), view.terms), True
    return ids, complete, ranked, (store.summaries(ids[:rows]) if rows else None)


def _snippets(store, ids: list[int], terms: list[str]) -> dict[int, tuple]:
    """(title hits, Snippet of the body, or of the subtitle when only it has hits) of these articles."""
    found = {}
    for aid, (title, subtitle, body) in store.search_texts(ids).items():
        text = body if find_hits(body, terms) or not find_hits(subtitle, terms) else subtitle
        found[aid] = (tuple(find_hits(title, terms)), snippet(text, terms, width=SNIPPET_WIDTH, before=10))
    return found


def _full_ids(store, view: ListView, cancel: threading.Event, limit: int | None = None):
    """Runs on a worker thread with its own Store. (ids, ranked, partial): `partial` when `limit`
    cut the list (the full list is still to be read)."""
    store.interrupt_when(cancel)  # a newer search cancels this one: stop SQLite mid-query
    return view.read(store, limit, cancel)


class ArticleTableModel(QAbstractTableModel):
    ids_completed = Signal(int)  # the full id list is known: the number of rows
    ids_grew = Signal(int)  # more of the list is known, not all of it yet: the number of rows
    read_failed = Signal(str)  # a read of the list from a server failed: one line (the rows shown stay)
    loading_started = Signal()  # a new first page is being read from a server (the rows shown stay meanwhile)

    def __init__(self, store, parent=None, background: bool = True, hold: bool = False):
        """`hold`: start no background read until release() (the list calls it after its first paint)."""
        super().__init__(parent)
        self._store = store
        self._hold = hold
        self._held: Callable[[], None] | None = None  # the background read waiting for release()
        # A worker needs a path to open its own Store; stand-in stores without one are read in full.
        self._background = background and getattr(store, "location", None) is not None
        self._ids: list[int] = []
        self._complete = True
        self._ranked = False
        self._pages: OrderedDict[int, dict[int, ArticleSummary]] = OrderedDict()
        self._snippets: OrderedDict[int, tuple] = OrderedDict()
        self._query: str | None = None
        self._filters = Filters()
        self._terms: list[str] = []
        self._relevance = False
        self._sort_column = COL_DATE
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._generation = 0
        self._job: jobs.Job | None = None
        # The first page, row pages and snippets: inline from a file, on a thread of their own from
        # a server (see the module note).
        self.reads = WindowReads(store, self)
        self._loading = False  # the first page of the current search is on its way (a server)
        self._failure: str | None = None  # why the current search's first page could not be read
        self._asked: dict[str, float | None] = {}  # page/snippet reads out (None) or failed (when)
        self._failed_pages: set[int] = set()
        self._headers = (self.tr("标题"), self.tr("日期"), self.tr("来源"), self.tr("官员"), self.tr("任务"))
        self._header_tips = (self.tr("文章标题"), self.tr("发布日期"), self.tr("来源"),
                             self.tr("识别出的官员人数"), self.tr("识别出的任务条数"))
        self.reload()

    # -- what the list shows -----------------------------------------------------------------
    @property
    def query(self) -> str | None:
        """The search text, or None."""
        return self._query

    @property
    def filters(self) -> Filters:
        return self._filters

    @property
    def searching(self) -> bool:
        """A search text or a filter narrows the list."""
        return self._query is not None or not self._filters.empty

    @property
    def terms(self) -> list[str]:
        """What counts as a hit of the current search (for snippets and the reader)."""
        return list(self._terms)

    @property
    def complete(self) -> bool:
        """The full id list is known (rowCount() is the true count)."""
        return self._complete

    @property
    def relevance(self) -> bool:
        return self._relevance

    @property
    def loading(self) -> bool:
        """The current search's first page is still being read (from a server): the rows shown, if
        any, are the previous search's."""
        return self._loading

    @property
    def failure(self) -> str | None:
        """One line: why the current search's first page could not be read (the rows shown, if any,
        are the previous search's); None when it was read."""
        return self._failure

    @property
    def ranked(self) -> bool:
        """The rows are in relevance order now (asked for, and the result set was small enough)."""
        return self._ranked

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def set_query(self, text: str | None) -> None:
        self.set_search(text, self._filters)

    def set_filters(self, filters: Filters) -> None:
        self.set_search(self._query, filters)

    def set_search(self, text: str | None, filters: Filters | None = None) -> None:
        text = (text or "").strip() or None
        filters = filters if filters is not None else Filters()
        if (text, filters) != (self._query, self._filters):
            self._query, self._filters = text, filters
            self._terms = hit_terms(text)
            self.reload()

    def set_relevance(self, on: bool) -> None:
        """Relevance order (by hit count) instead of the column sort, for small result sets."""
        if bool(on) != self._relevance:
            self._relevance = bool(on)
            self.reload()

    def reload(self) -> None:
        """Ask the store again (after an import, a search or a refresh)."""
        self._generation += 1
        self._held = None
        if self._job is not None:
            self._job.cancel()
            self._job = None
        for key in self._asked:  # the old list's pages and snippets are of no use now
            self.reads.drop(key)
        self._asked.clear()
        view, generation = self.view(), self._generation
        limit = FIRST_PAGE if self._background else None
        rows = PAGE_SIZE if self.reads.threaded else 0  # from a file the view asks for its rows itself
        self._loading, self._failure = True, None
        if self.reads.threaded:
            self.loading_started.emit()
        self.reads.read("list", lambda store: _first_read(store, view, limit, rows),
                        lambda found: self._show_first(generation, view, found),
                        lambda error: self._first_failed(generation, error))

    def _show_first(self, generation: int, view: ListView, found) -> None:
        if generation != self._generation:
            return  # a newer search replaced this one
        ids, complete, ranked, page = found
        self._loading = False
        self.beginResetModel()
        self._ids, self._complete, self._ranked = ids, complete, ranked
        self._clear_rows()
        if page is not None:
            self._pages[0] = page
        self.endResetModel()
        if complete:
            self.ids_completed.emit(len(ids))
            return
        # Ranking needs the whole result set (up to RELEVANCE_LIMIT), so it is read at once.
        start = functools.partial(self._read, view, None if view.ranking else PARTIAL)
        if self._hold:
            self._held = start  # replaces an older held read
        else:
            start()

    def _first_failed(self, generation: int, error: BaseException) -> None:
        """The server did not give the first page (slow or gone): the rows shown stay, one line."""
        if generation != self._generation:
            return
        self._loading, self._failure = False, one_line(error)
        self.read_failed.emit(self._failure)

    def _clear_rows(self) -> None:
        """Forget the cached rows and snippets (inside a reset: the rows they were read for moved)."""
        self._pages.clear()
        self._snippets.clear()
        self._failed_pages.clear()
        for key in self._asked:
            self.reads.drop(key)
        self._asked.clear()

    def release(self) -> None:
        """Start the background read held back since the model was made (and hold no more)."""
        self._hold = False
        start, self._held = self._held, None
        if start is not None:
            start()

    def _read(self, view: ListView, limit: int | None) -> None:
        """Read the list (its first `limit` ids, then the rest) on a worker; the rows arrive in _on_full_ids."""
        generation = self._generation
        job = jobs.on_store(self._store.location,
                           lambda store, _progress, cancel: _full_ids(store, view, cancel, limit)).bind(self)
        job.finished.connect(lambda result, g=generation: self._on_full_ids(g, result, view))
        job.failed.connect(lambda error, g=generation: self._on_full_ids_failed(g, error))
        self._job = job

    def view(self) -> ListView:
        """What the list shows now, as plain data a worker can read the same ids from."""
        return ListView(self._query, self._filters, SORT_KEYS[self._sort_column],
                        self._sort_order == Qt.SortOrder.DescendingOrder, self._relevance)

    def _on_full_ids(self, generation: int, result, view: ListView) -> None:
        if generation != self._generation:
            return  # a newer search replaced this one
        self._job = None
        ids, ranked, partial = result
        shown = len(self._ids)
        if partial:
            if ids[:shown] == self._ids and len(ids) > shown:
                self._pages.pop(shown // PAGE_SIZE, None)  # read when it held fewer rows
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._ids = ids
                self.endInsertRows()
                self.ids_grew.emit(len(ids))
            self._read(view, None)
            return
        if not ranked and ids[:shown] == self._ids and len(ids) > shown:
            # The usual case: the first page was the head of the full list; the rest is appended,
            # so the selection and the scroll position stay.
            self._pages.pop(shown // PAGE_SIZE, None)  # read when it held fewer rows
            self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
            self._ids, self._complete = ids, True
            self.endInsertRows()
        else:
            self.beginResetModel()
            self._ids, self._complete, self._ranked = ids, True, ranked
            self._clear_rows()
            self.endResetModel()
        self._complete = True
        self.ids_completed.emit(len(self._ids))

    def _on_full_ids_failed(self, generation: int, error) -> None:
        # Cancelled (interrupted) or the store is busy: the first page stays; the count is unknown.
        if generation == self._generation:
            job, self._job = self._job, None
            if self.reads.threaded and not (job is not None and job.cancel_event.is_set()):
                self.read_failed.emit(one_line(error))  # the server: say why the count does not come

    def wait_complete(self, msecs: int = 10000) -> bool:
        """Block until the full id list has been read (tests and benchmarks only: the window never
        waits for a worker)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        self.release()
        deadline = QDeadlineTimer(msecs)
        while not self._complete and not deadline.hasExpired():
            jobs.wait_all(20)
            QCoreApplication.processEvents()
        return self._complete

    def article_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def article_ids_at(self, rows) -> list[int]:
        """The ids of these rows (those that exist), in the order given."""
        ids, n = self._ids, len(self._ids)
        return [ids[r] for r in rows if 0 <= r < n]

    def remove_ids(self, ids) -> int:
        """Take these articles out of the list without asking the store (they were just deleted);
        how many rows went. One reset: the cached pages are by row and every row after moves."""
        gone = set(ids)
        kept = [i for i in self._ids if i not in gone]
        removed = len(self._ids) - len(kept)
        if removed:
            self.beginResetModel()
            self._ids = kept
            self._clear_rows()
            self.endResetModel()
        return removed

    def row_of(self, article_id: int) -> int:
        """The row showing this article, or -1."""
        try:
            return self._ids.index(article_id)
        except ValueError:
            return -1

    def summary(self, row: int) -> ArticleSummary | None:
        """The display row, or None: deleted since the ids were read, or (from a server) its page
        is still being read (see pending())."""
        article_id = self.article_id(row)
        if article_id is None:
            return None
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * PAGE_SIZE
            ids = self._ids[start:start + PAGE_SIZE]
            if self.reads.threaded:
                self._ask(f"page:{page_no}", lambda store: store.summaries(ids),
                          lambda found: self._page_read(page_no, found), range(start, start + len(ids)))
                return None
            page = self._store.summaries(ids)
            self._keep_page(page_no, page)
        else:
            self._pages.move_to_end(page_no)
        return page.get(article_id)

    def pending(self, row: int) -> bool:
        """This row's page has not been read yet (a server library): the row shows a placeholder."""
        return self.reads.threaded and row // PAGE_SIZE not in self._pages

    def _keep_page(self, page_no: int, page: dict) -> None:
        self._pages[page_no] = page
        self._pages.move_to_end(page_no)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)

    def _ask(self, key: str, fn, done, rows: range) -> None:
        """A page or snippet read on the list's read thread, once: again only RETRY_AFTER_S after a
        failure (a gone server is not asked at every repaint). The rows repaint when it is back."""
        if key in self._asked:
            failed_at = self._asked[key]
            if failed_at is None or time.monotonic() - failed_at < RETRY_AFTER_S:
                return
        self._asked[key] = None
        generation = self._generation

        def back(found) -> None:
            if generation == self._generation and self._asked.pop(key, 0) is None:
                done(found)
                self._repaint(rows)

        def failed(error: BaseException) -> None:
            if generation != self._generation or key not in self._asked:
                return
            self._asked[key] = time.monotonic()
            if key.startswith("page:"):
                self._failed_pages.add(int(key[5:]))
                self._repaint(rows)
            self.read_failed.emit(one_line(error))
        self.reads.read(key, fn, back, failed)

    def _page_read(self, page_no: int, page: dict) -> None:
        self._failed_pages.discard(page_no)
        self._keep_page(page_no, page)

    def _repaint(self, rows: range) -> None:
        last = min(rows.stop, len(self._ids)) - 1
        if last >= rows.start:
            self.dataChanged.emit(self.index(rows.start, 0), self.index(last, COLUMN_COUNT - 1))

    def snippet(self, row: int):
        """(title hits, Snippet of the body) for a row, computed for shown rows only, or None."""
        article_id = self.article_id(row)
        if article_id is None or not self._terms:
            return None
        found = self._snippets.get(article_id)
        if found is not None:
            self._snippets.move_to_end(article_id)
            return found
        start = row // SNIPPET_BLOCK * SNIPPET_BLOCK
        block = [i for i in self._ids[start:start + SNIPPET_BLOCK] if i not in self._snippets]
        terms = list(self._terms)
        if self.reads.threaded:
            self._ask(f"snippets:{start}", lambda store: _snippets(store, block, terms), self._keep_snippets,
                      range(start, start + SNIPPET_BLOCK))
            return None
        self._keep_snippets(_snippets(self._store, block, terms))
        return self._snippets.get(article_id)

    def _keep_snippets(self, found: dict) -> None:
        self._snippets.update(found)
        while len(self._snippets) > SNIPPET_CACHE:
            self._snippets.popitem(last=False)

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == ARTICLE_ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() in _NUMERIC or index.column() == COL_DATE:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == SNIPPET_ROLE:
            return self.snippet(index.row()) if index.column() == COL_TITLE else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        s = self.summary(index.row())
        column = index.column()
        if s is None:  # deleted since the ids were read, or its page is on its way from the server
            if column != COL_TITLE or role != Qt.ItemDataRole.DisplayRole or not self.pending(index.row()):
                return None
            failed = index.row() // PAGE_SIZE in self._failed_pages
            return self.tr("未能读取(稍后重试)") if failed else self.tr("正在读取…")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column != COL_TITLE:
                return None
            found = self.snippet(index.row())
            return tip(f"{s.title}\n{found[1].text}" if found else s.title)
        if column == COL_TITLE:
            return s.title
        if column == COL_DATE:
            return s.date or "—"
        if column == COL_SOURCE:
            return s.source or "—"
        if column == COL_OFFICIALS:
            return s.n_officials
        if column == COL_TASKS:
            return s.n_tasks
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section]
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            return _INITIAL_ORDER.get(section, Qt.SortOrder.DescendingOrder)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Re-query the store in the new order (a header click also leaves relevance order)."""
        if column not in SORT_KEYS:
            return
        order = Qt.SortOrder(order)
        if (column, order) == (self._sort_column, self._sort_order) and (self._ids or self._loading) \
                and not self._relevance:
            return
        self._sort_column, self._sort_order = column, order
        self._relevance = False
        self.reload()
