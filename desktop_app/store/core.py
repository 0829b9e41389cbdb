"""Store: the one class the rest of the app holds; each method hands its connection to a module."""
from __future__ import annotations

import importlib
import sqlite3
from pathlib import Path

from . import articles, connection, search, spans
from .transaction import Transaction

TYPE_CHECKING = False  # typing itself is not imported: `zhengwen list` starts faster without it
if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..domain import (Article, ArticleState, ArticleSummary, Corrections, Extraction, ParsedArticle, Person,
                          PersonDetail, Revision, Task, TaskRow, Tracking, TrashedArticle)
    from ..search.filters import SavedSearch
    from ..search.query import Query
    from . import edits, integrity, named_searches as saved, stats, trash
    from . import tracking as task_tracking
else:
    class _OnFirstUse:
        """A module imported when one of its functions is first called: `zhengwen list` and
        `search` never edit, track, count or check, and importing those modules cost them a
        good part of their start-up (docs/benchmarks.md). import_module is thread-safe."""

        def __init__(self, name: str):
            self._name = name

        def __getattr__(self, attr: str):
            return getattr(importlib.import_module(self._name, __package__), attr)

    edits, integrity, stats, trash = (_OnFirstUse(f".{m}") for m in ("edits", "integrity", "stats", "trash"))
    saved = _OnFirstUse(".named_searches")
    task_tracking = _OnFirstUse(".tracking")


class Store:
    """One article file. Belongs to the thread that opened it; workers open their own."""

    def __init__(self, path: str | Path, read_only: bool = False):
        """`read_only`: never write to the file (list, search, export; a read-only folder)."""
        self.path = Path(path)
        self.read_only = read_only
        self._open()

    def _open(self) -> None:
        if not self.read_only:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise connection.StoreError(connection.error_code(e), str(e)) from e
        self.conn = connection.connect(self.path, read_only=self.read_only)
        self._db = None

    @property
    def db(self):
        """A sqlite-utils view of the same connection, for scripts and ad-hoc queries. Imported on
        first use: sqlite-utils costs ~0.2 s of start-up, which the first paint must not wait for."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    @property
    def location(self) -> Path:
        """What store.open_location() opens again (a worker's own Store on the same articles)."""
        return self.path

    def interrupt_when(self, cancel) -> None:
        """Stop a running query (sqlite3.OperationalError "interrupted") once the threading.Event
        `cancel` is set: a newer search makes an old count pointless. For read-only workers; a
        writer checks its cancel event between steps instead, so that a step is never cut."""
        self.conn.set_progress_handler(lambda: 1 if cancel.is_set() else 0, 20_000)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def reopen(self) -> None:
        """Open the file again after close() (a backup was restored into it): the same Store object,
        so every pane holding it sees the restored articles; a new connection."""
        try:
            self.conn.close()
        except sqlite3.Error:
            pass
        self._open()

    def set_read_only(self) -> None:
        """Refuse every write on this connection: for a second window on a store that another
        window writes (one writer per store; the UI disables its write actions too)."""
        self.conn.execute("PRAGMA query_only=ON")

    def set_writable(self) -> None:
        """Writes allowed again: the other window closed or handed this one the store."""
        self.conn.execute("PRAGMA query_only=OFF")

    def transaction(self):
        """`with store.transaction():` groups writes; nested calls join the outer transaction."""
        return Transaction(self.conn)

    def importing(self):
        """`with store.importing():` around an import's many add_article calls: a backend may do
        its index upkeep in bulk and finish it on leaving (the server does; SQLite has nothing to defer)."""
        import contextlib

        return contextlib.nullcontext()

    def each_in_batches(self, ids: Iterable[int], step, progress=None, cancel=None) -> list[int]:
        """A bulk write of the caller's (tags on a selection): `step(id)` (True when it changed the
        article) on each id, trash.BATCH articles to a transaction, `progress(done, total)` after
        each batch, stopping before the next once the threading.Event `cancel` is set. The ids changed."""
        return trash.each_in_batches(self.conn, ids, step, progress, cancel)

    def has_column(self, table: str, column: str) -> bool:
        return connection.has_column(self.conn, table, column)

    # -- articles (articles.py) --------------------------------------------------------------------
    def same_title_and_date(self, title: str, date: str | None) -> int | None:
        """The stored article with this title and date (a changed version of the same report), if any."""
        return articles.same_title_and_date(self.conn, title, date)

    def has_body(self, body: str) -> bool:
        """Whether an article outside the trash has this body (whitespace ignored)."""
        return articles.has_body(self.conn, body)

    def article_with_body(self, body: str) -> int | None:
        """The id of the article outside the trash with this body: what an import's duplicate matches."""
        return articles.article_with_body(self.conn, body)

    def add_article(self, parsed: ParsedArticle, extraction: Extraction, path: str | None = None) -> int | None:
        """Store one article with its extraction and index; None when the same body is already stored.
        An article in the trash with this body is restored instead (its id is returned)."""
        return articles.add_article(self.conn, parsed, extraction, path)

    def delete_article(self, article_id: int) -> None:
        """Delete for good, bypassing the trash (tests, scripts); the window and CLI use trash_articles."""
        articles.delete_article(self.conn, article_id)

    # -- the trash (trash.py) ----------------------------------------------------------------------
    def trash_articles(self, ids: Iterable[int], progress=None, cancel=None) -> list[int]:
        """Delete to the trash (回收站): out of search, lists, counts and statistics at once, every
        row kept for a restore. The ids that moved. `progress(done, total)` is called after each
        batch of trash.BATCH articles (one transaction each); once the threading.Event `cancel` is
        set it stops before the next batch, so what moved moved whole."""
        return trash.trash(self.conn, ids, progress, cancel)

    def restore_articles(self, ids: Iterable[int], progress=None, cancel=None) -> list[int]:
        """Bring trashed articles back whole (corrections, 督办, revisions), searchable again
        (progress and cancel as in trash_articles)."""
        return trash.restore(self.conn, ids, progress, cancel)

    def trashed(self, limit: int | None = None, offset: int = 0) -> list[TrashedArticle]:
        """The trash, most recently deleted first (`limit` rows from `offset`: one page)."""
        return trash.trashed(self.conn, limit, offset)

    def trash_count(self) -> int:
        return trash.trash_count(self.conn)

    def is_trashed(self, article_id: int) -> bool:
        return trash.is_trashed(self.conn, article_id)

    def empty_trash(self, ids: Iterable[int] | None = None, progress=None, cancel=None) -> int:
        """Delete trashed articles for good (all, or these); how many (progress and cancel as in
        trash_articles)."""
        return trash.empty(self.conn, ids, progress, cancel)

    def merge_index(self, cancel=None) -> int:
        """Merge the search index's segments in small steps (after a large import); stops when done
        or when the threading.Event `cancel` is set."""
        return articles.merge_index(self.conn, cancel)

    def rebuild_index(self, progress=None, cancel=None) -> bool:
        """Rebuild the search index from the articles; False when cancelled (the old index stays)."""
        return articles.rebuild_index(self.conn, progress, cancel)

    def count(self) -> int:
        """Articles outside the trash."""
        return articles.count(self.conn)

    def article(self, article_id: int) -> Article | None:
        """The article as people see it: the extractor's spans with their corrections applied."""
        return articles.article(self.conn, article_id)

    def summaries(self, ids: Iterable[int]) -> dict[int, ArticleSummary]:
        """List rows for these ids (a page of the list at a time)."""
        return articles.summaries(self.conn, ids)

    # -- search (search.py) ------------------------------------------------------------------------
    def article_ids(self, query: str | Query | None = None, sort: str = "date", descending: bool = True,
                    limit: int | None = None) -> list[int]:
        """Ids of the articles the query finds (all without one), sorted; newest first by default.

        Words are AND-ed and match as exact substrings of title, subtitle or body (ASCII case ignored).
        """
        return search.article_ids(self.conn, query, sort, descending, limit)

    def ids_with_tasks(self) -> list[int]:
        """Ids of the articles with at least one task, in the list's order (newest first)."""
        return search.ids_with_tasks(self.conn)

    def sources(self) -> list[str]:
        return search.sources(self.conn)

    def official_names(self) -> list[str]:
        return search.official_names(self.conn)

    def search_texts(self, ids: Iterable[int]) -> dict[int, tuple[str, str, str]]:
        """(title, subtitle, body) of these articles, for snippets and relevance ranking."""
        return search.search_texts(self.conn, ids)

    # -- editing, corrections and revisions (spans.py, edits.py) -----------------------------------
    def automatic_extraction(self, article_id: int) -> Extraction:
        """What the extractor found (shifted with body edits), without a person's corrections."""
        return spans.automatic_extraction(self.conn, article_id)

    def corrections(self, article_id: int) -> Corrections:
        return spans.corrections(self.conn, article_id)

    def replace_extraction(self, article_id: int, extraction: Extraction) -> None:
        """A new automatic extraction (a better extractor, or after a body edit). A person's
        corrections are kept apart and still apply; task tracking finds its tasks again."""
        edits.replace_extraction(self.conn, article_id, extraction)

    def article_state(self, article_id: int) -> ArticleState | None:
        """The article as the editing pane holds it."""
        return edits.article_state(self.conn, article_id)

    def article_version(self, article_id: int) -> int | None:
        """The version a save from this desk must start from (see save_article_state's base_version)."""
        return edits.article_version(self.conn, article_id)

    def save_article_state(self, article_id: int, state: ArticleState, who: str = "本机",
                           base_version: int | None = None) -> int | None:
        """Store an edited article in one transaction: fields, body (re-indexed), spans, corrections,
        a revision with the state before. The new revision's id; None when nothing changed.
        Raises EditRefused(code) for a bad date or views, an empty title or body, or a body that
        another article already has ("duplicate_body"); EditConflict when `base_version` is given
        and someone saved the article since (optimistic locking: nothing is overwritten unseen)."""
        return edits.save_article_state(self.conn, article_id, state, who, base_version)

    def reset_corrections(self, article_id: int, who: str = "本机") -> int | None:
        """Back to what the extractor found (a revision keeps the corrections for a revert)."""
        return edits.reset_corrections(self.conn, article_id, who)

    def revisions(self, article_id: int, with_before: bool = False) -> list[Revision]:
        """Saved changes of the article, newest first."""
        return edits.revisions(self.conn, article_id, with_before)

    def revision(self, revision_id: int) -> Revision | None:
        return edits.revision(self.conn, revision_id)

    def revert(self, revision_id: int, who: str = "本机") -> int | None:
        """Put the article back as it was before this revision (itself saved as a new revision)."""
        return edits.revert(self.conn, revision_id, who)

    # -- 督办 tracking (tracking.py) ----------------------------------------------------------------
    def task_rows(self, article_ids: Iterable[int] | None = None, tracked_only: bool = False) -> list[TaskRow]:
        """Every task of these articles (all without) with its tracking, newest article first;
        tracking whose task is gone comes as an orphan row. `tracked_only`: the 督办 board's tasks
        (TaskRow.tracked says why each is there)."""
        return task_tracking.task_rows(self.conn, article_ids, tracked_only)

    def track_articles(self, article_ids: Iterable[int]) -> int:
        """纳入督办: every task of these articles, now and after re-extraction; how many were new."""
        return task_tracking.track_articles(self.conn, article_ids)

    def untrack_articles(self, article_ids: Iterable[int]) -> None:
        """移出督办: these articles and their tasks chosen one by one (督办 fields are kept)."""
        task_tracking.untrack_articles(self.conn, article_ids)

    def tracked_articles(self) -> set[int]:
        """Ids of the articles tracked as a whole."""
        return task_tracking.tracked_articles(self.conn)

    def set_task_tracked(self, article_id: int, task: Task, tracked: bool, tracking_id: int | None = None) -> int:
        """纳入督办 / 移出督办 for one task, whatever its article or a rule says; its tracking row id."""
        return task_tracking.set_task_tracked(self.conn, article_id, task, tracked, tracking_id)

    def tracking_rules(self) -> list[tuple[str, str]]:
        """("source", name) / ("tag", tag): every task of such articles is tracked."""
        return task_tracking.tracking_rules(self.conn)

    def add_tracking_rule(self, kind: str, value: str) -> bool:
        return task_tracking.add_tracking_rule(self.conn, kind, value)

    def remove_tracking_rule(self, kind: str, value: str) -> None:
        task_tracking.remove_tracking_rule(self.conn, kind, value)

    def tracking_rule_counts(self) -> dict[tuple[str, str], int]:
        """Each rule, in the order added, with how many live articles it covers."""
        return task_tracking.tracking_rule_counts(self.conn)

    def tag_names(self) -> list[str]:
        """Every tag of the live articles, the most used first."""
        return task_tracking.tag_names(self.conn)

    def set_tracking(self, article_id: int, task: Task, tracking: Tracking, tracking_id: int | None = None,
                     base: Tracking | None = None) -> int:
        """Store a task's 督办 fields (its row, or a new one); the row id. `base`: the fields as the
        desk read them — only the fields changed from it are written, and one someone else changed
        meanwhile raises TrackingConflict (editing/tracking.py) instead of being overwritten."""
        return task_tracking.set_tracking(self.conn, article_id, task, tracking, tracking_id, base)

    def delete_tracking(self, tracking_id: int) -> None:
        task_tracking.delete_tracking(self.conn, tracking_id)

    def tracking_history(self, article_id: int | None = None, limit: int = 500):
        """Who changed which 督办 fields when (TrackingChange, newest first; one article's or the
        library's), or None: a library file does not record them (a server library does)."""
        return None

    # -- saved searches (named_searches.py) -------------------------------------------------------
    @property
    def search_owner(self) -> str:
        """Whose saved searches this desk reads and writes: '' in a library file (the desk's own);
        the database user on a server."""
        return ""

    def saved_searches(self) -> list[SavedSearch]:
        """This desk's (this user's) saved searches, in the order saved."""
        return saved.saved_searches(self.conn, self.search_owner)

    def save_search(self, search: SavedSearch) -> None:
        """Keep a named search (text and filters); one of the same name is replaced."""
        with self.transaction():
            saved.save_search(self.conn, self.search_owner, search)

    def delete_saved_search(self, name: str) -> bool:
        return saved.delete_saved_search(self.conn, self.search_owner, name)

    def add_saved_searches(self, searches: list[SavedSearch]) -> int:
        """Searches kept elsewhere (the desk's settings) added without losing any, and none twice:
        adding the same list again adds nothing. How many were added."""
        with self.transaction():
            return saved.add_saved_searches(self.conn, self.search_owner, searches)

    # -- statistics and the people index (stats.py) ------------------------------------------------
    def month_counts(self) -> list[tuple[str | None, int]]:
        """Articles per month: ("yyyy-mm", n) oldest first, every month from the first to the last
        (0 where none), then (None, n) for the undated articles when there are any."""
        return stats.month_counts(self.conn)

    def official_counts(self, limit: int | None = 20) -> list[tuple[str, int, int]]:
        """The most-mentioned officials: (name, articles, mentions), most articles first."""
        return stats.official_counts(self.conn, limit)

    def task_status_counts(self) -> dict[str, int]:
        """Tasks by 督办 status (every code of TASK_STATUSES); a task without tracking is not_started.

        Tracking is re-anchored whenever an article's tasks change, so a tracking row with a
        non-empty anchor is on a task that is shown; an empty anchor is an orphan (task gone)."""
        return stats.task_status_counts(self.conn)

    def people(self) -> list[Person]:
        """Every official in the store, most articles first."""
        return stats.people(self.conn)

    def person(self, name: str) -> PersonDetail:
        """One official: posts with their dates (latest first), the articles naming them (newest
        first) and the tasks they gave (newest article first, in text order)."""
        return stats.person(self.conn, name)

    # -- the store check (integrity.py) ------------------------------------------------------------
    def check_integrity(self, max_rows: int = 20) -> list[tuple[str, str]]:
        """Problems found in the file and its search indexes, as (code, detail); [] when all is well.

        Codes: "integrity" (PRAGMA integrity_check), "foreign_key" (rows pointing at nothing),
        "fts" (an FTS5 index fails its own integrity-check; detail: the index), "unindexed"
        (articles missing from the search index; detail: how many), "index_count" (the index holds
        a different number of rows than the articles; detail: "index/articles").
        Reads only, but FTS5's integrity-check is an INSERT: it takes the write lock for a moment.
        """
        return integrity.check_integrity(self.conn, max_rows)
