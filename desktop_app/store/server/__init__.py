"""The server backend: the same Store API on a PostgreSQL library that many desks share.

`open_store("postgresql://user@host:port/db")` gives a ServerStore; the UI and the CLI hold it as
they hold the SQLite Store. Only this package imports psycopg (tests/test_architecture.py), and only
when a server library is opened: psycopg is the optional `[server]` extra.

    connection.py  PgConnection: the sqlite3-style calls of the shared store modules, timeouts
    schema.py      tables, triggers (who, NOTIFY), roles and GRANTs, migrations
    index.py       the search index in the article row (tokens text[] + GIN), list order
    search.py      a parsed query -> SQL with exactly the SQLite store's semantics
    core.py        ServerStore: Store with the server's articles, search, locking and check
    notify.py      LISTEN for 督办 changes on a thread of its own
    trouble.py     ServerUnavailable / ServerRefused: one readable line each
    users.py       server init / adduser
    copy.py        a whole library SQLite <-> server, verified
    cluster.py     a throwaway cluster for tests and benchmarks
"""
from __future__ import annotations

SCHEMES = ("postgresql://", "postgres://")


def is_server_url(name) -> bool:
    return isinstance(name, str) and name.strip().lower().startswith(SCHEMES) or \
        isinstance(name, str) and name.strip().lower().startswith("service=")


from .trouble import (NotInitialised, OutdatedLibrary, ServerRefused, ServerUnavailable, describe_url,  # noqa: E402
                      url_parts)  # (re-exported)


def open_server_store(url: str, interactive: bool = False, **kwargs):
    """The ServerStore at `url`; `interactive`: ask on the terminal for a password libpq has none for
    (the command line; a window asks with a dialog, workers use what was typed this run)."""
    from .core import ServerStore

    if interactive:
        from .connection import ask_on_terminal

        kwargs.setdefault("ask_password", ask_on_terminal)
    return ServerStore(url, **kwargs)
