"""The store: the only code that talks to SQLite. Returns domain objects.

A Store belongs to the thread that opened it (sqlite3 connections do): workers open their own.
WAL mode lets the window keep reading while a worker imports.

Layout. `Store` (core.py) stays one class with the whole public API, so callers hold one object
and nothing about them changed; each method is one line that hands `self.conn` to a plain function
in the module for its concern:

    schema.py      tables, the search index, migrations keyed on PRAGMA user_version
    transaction.py the store's connection class, Transaction, index rows written at the commit
    tokens.py      text -> the search index's tokens; a search word -> the tokens that find it
    connection.py  opening the file (pragmas, migration), connect_file
    spans.py       an article's spans: the extractor's, a person's corrections, both merged (shown)
    articles.py    adding, deleting and reading articles; the search index; body_hash
    search.py      a query -> SQL over the indexes; ids in list order; texts for snippets
    edits.py       saving an edited article, corrections, revisions, revert
    tracking.py    督办 tracking rows, and anchors moved with their tasks
    stats.py       charts and the people index
    integrity.py   the store check
    trash.py       the trash (回收站): delete, restore, empty; articles.LIVE leaves it out of lists
    named_searches.py  saved searches (保存的搜索), each its owner's
    backup.py      whole-file backups and restore (Store is not needed: it copies files)

Functions rather than mixins: the modules take a connection, not a half-built Store, so each one
can be read (and tested) alone, and what one concern uses of another is an explicit call
(`spans.shown(conn, id)`) instead of a `self._…` that could live in any base class. The price is
the one-line delegating methods in core.py, which double as the API's table of contents.
Imports run one way: transaction, tokens and spans at the bottom, then articles, then connection
(which migrates with articles.reindex_all), tracking, edits; search, stats and integrity use only
what is below them; core imports them all.
"""
from __future__ import annotations

from .articles import body_hash
from .connection import (DatabaseFailure, StoreError, connect_file, error_code, is_store_file,
                         upgrade_rebuilds_index)
from .core import Store
from .location import open_location
from .search import SORT_COLUMNS

__all__ = ["Store", "DatabaseFailure", "StoreError", "error_code", "is_store_file", "open_location", "connect_file",
           "upgrade_rebuilds_index", "body_hash", "SORT_COLUMNS"]
