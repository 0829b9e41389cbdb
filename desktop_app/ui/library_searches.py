"""The saved searches of the open library, for the list pane's ★ menu and sidebar list.

They are kept in the library (store/named_searches.py): copied with it by `zhengwen copy`, and on a
server each user's own. A desk kept them in its settings before; the first time a library is opened
here, the desk's list for it is moved in (nothing lost, nothing twice: the store skips what it has,
and the settings mark the move done). A library file is on this desk: its reads and writes take well
under a millisecond and run where they are asked. A server can be slow or gone: there they run on a
worker with a connection of its own (reads in the read lane; saves and deletes in the writer lane,
in the order asked), and a failure is one line (`trouble`) with the menu put back as it was.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

from ..search.filters import SavedSearch
from . import jobs


class LibrarySearches(QObject):
    loaded = Signal(list)   # list[SavedSearch]: what the menu shows
    trouble = Signal(str)   # one line for the status bar

    def __init__(self, store, state=None, parent: QObject | None = None):
        """`state`: the library's UiState (its desk-kept searches are moved in), or None."""
        super().__init__(parent)
        self._store = store
        self._state = state
        self.threaded = bool(getattr(store, "is_server", False))

    def _run(self, work: Callable[[Any], Any], done: Callable[[Any], None], failed: Callable[[BaseException], None],
             write: bool) -> None:
        if not self.threaded:
            try:
                if write and not getattr(self._store, "read_only", False):  # not a file opened read-only
                    # A connection of its own: the window's refuses writes while another window on
                    # the same file writes its articles, but a saved search is no article of theirs.
                    from ..store import open_location

                    with open_location(self._store.location) as store:
                        result = work(store)
                else:
                    result = work(self._store)
            except Exception as e:  # noqa: BLE001 - a read-only folder or file, a damaged file: said in one line
                failed(e)
                return
            done(result)
            return
        job = jobs.on_store(self._store.location, lambda store, _p, _c: work(store),
                            jobs.WRITE if write else jobs.READ).bind(self)
        job.finished.connect(done)
        job.failed.connect(failed)

    def load(self) -> None:
        """Read the library's searches (moving the desk's old ones in first); `loaded` then."""
        old = self._state.saved_searches_to_move() if self._state is not None else []

        def work(store) -> list[SavedSearch]:
            if old:
                store.add_saved_searches(old)
            return store.saved_searches()

        def done(found: list[SavedSearch]) -> None:
            if old and self._state is not None:
                self._state.saved_searches_moved()
            self.loaded.emit(found)

        def failed(error: BaseException) -> None:
            if old:  # not moved: the desk still shows its own, and the move is tried at the next start
                self.loaded.emit(old)
            self.trouble.emit(self.tr("未能读取已保存的搜索:{0}").format(_one_line(error)))
        self._run(work, done, failed, write=bool(old))

    def save(self, search: SavedSearch, before: list[SavedSearch]) -> None:
        """Keep `search` in the library; on failure the menu goes back to `before`."""
        def failed(error: BaseException) -> None:
            self.loaded.emit(before)
            self.trouble.emit(self.tr("未能保存搜索“{0}”:{1}").format(search.name, _one_line(error)))
        self._run(lambda store: store.save_search(search), lambda _r: None, failed, write=True)

    def remove(self, name: str, before: list[SavedSearch]) -> None:
        def failed(error: BaseException) -> None:
            self.loaded.emit(before)
            self.trouble.emit(self.tr("未能删除搜索“{0}”:{1}").format(name, _one_line(error)))
        self._run(lambda store: store.delete_saved_search(name), lambda _r: None, failed, write=True)


def _one_line(error: BaseException) -> str:
    from .window_reads import one_line

    return one_line(error)
