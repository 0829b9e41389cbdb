"""ListView: what the article list shows (search text, filters, sort, relevance), as plain data.

Enough to read the same ids again anywhere: the list's worker reads them for the count, and the
export's "shown" scope carries a ListView so that its own worker resolves every id (as
`zhengwen export --search` does) instead of taking what the list had read so far.
"""
from __future__ import annotations

import threading

from ..frozen import Frozen
from .filters import Filters, build_query, hit_terms, relevance_order
from .query import Query

RELEVANCE_LIMIT = 20_000  # rank by relevance only result sets up to this size


class ListView(Frozen):
    __slots__ = ("text", "filters", "sort", "descending", "relevance")
    text: str | None  # the search text, None for no search
    filters: Filters
    sort: str  # a Store.article_ids sort key
    descending: bool
    relevance: bool  # relevance order asked for (applies up to RELEVANCE_LIMIT results)

    def __init__(self, text: str | None = None, filters: Filters | None = None, sort: str = "date",
                 descending: bool = True, relevance: bool = False) -> None:
        self._init(text, filters if filters is not None else Filters(), sort, descending, relevance)

    @property
    def terms(self) -> list[str]:
        return hit_terms(self.text)

    @property
    def ranking(self) -> bool:
        return self.relevance and bool(self.terms)

    def query(self) -> Query:
        return build_query(self.text, self.filters)

    def read(self, store, limit: int | None = None,
             cancel: threading.Event | None = None) -> tuple[list[int], bool, bool]:
        """(ids, ranked, partial): `partial` when `limit` cut the list short. Ranking needs the
        whole result set, so a ranking view ignores `limit`."""
        limit = None if self.ranking else limit
        ids = store.article_ids(self.query(), sort=self.sort, descending=self.descending, limit=limit)
        if limit is not None and len(ids) >= limit:
            return ids, False, True
        if self.ranking and 1 < len(ids) <= RELEVANCE_LIMIT and not (cancel is not None and cancel.is_set()):
            return relevance_order(ids, store.search_texts(ids), self.terms), True, False
        return ids, False, False

    def ids(self, store) -> list[int]:
        """Every id the list shows, in its order."""
        return self.read(store)[0]
