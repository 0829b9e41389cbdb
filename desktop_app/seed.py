"""Opening a store by name; the default store is seeded once with the shipped sample articles."""
from __future__ import annotations

import os
from pathlib import Path

from .paths import default_db_path, resource
from .store import Store
from .store.server import is_server_url

SEED_FILES = ("welcome.txt", "xining-2019-03-01-poverty-meeting.txt")


def resolve_db(db: str | None) -> tuple[Path, bool]:
    """The store file to open, and whether it is the default store (the only one that is seeded)."""
    chosen = db or os.environ.get("ZHENGWEN_DB")
    return (Path(chosen), False) if chosen else (default_db_path(), True)


def seed(store: Store) -> None:
    # Imported here: `zhengwen list/search` open a store without the importer (parsing, readers,
    # the extractor), which costs their start-up more than the command itself.
    from .importer import import_text
    from .readers import read_text_file

    with store.transaction():
        for name in SEED_FILES:
            import_text(store, read_text_file(resource("samples", name)), name=Path(name).stem)


def open_store(db: str | None, *, seed_default: bool = False) -> Store:
    """Open (creating if need be) the named store or the default one; a postgresql:// URL (or
    service=NAME) opens that server library (made by `zhengwen server init`).

    With `seed_default`, a default store that did not exist yet is seeded, so the first window is
    never empty; a store named with --db/ZHENGWEN_DB starts from what is in its file.
    """
    chosen = db or os.environ.get("ZHENGWEN_DB")
    if chosen and is_server_url(chosen):  # postgresql://user@host:port/db: a library many desks share
        from .store.server import open_server_store

        return open_server_store(chosen.strip(), interactive=True)
    path, is_default = resolve_db(db)
    new = not path.exists()
    store = Store(path)
    if seed_default and is_default and new:
        seed(store)
    return store
