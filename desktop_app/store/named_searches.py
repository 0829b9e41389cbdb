"""Saved searches (保存的搜索): a name, the search text and the filters, kept in the library.

Each row has an owner. In a library file it is '' (the desk's own: one file, one person); rows
copied from a server library keep their owner's name there (so a copy back gives them back) and are
not shown in the file's menu. On a server it is the database user who saved it: everyone, readers
included, keeps their own, and sees and changes only their own (row-level security,
store/server/schema.py version 6); an administrator may see and change all of them (zhengwen copy).
The same SQL serves both backends (the server's connection translates `?`).
"""
from __future__ import annotations

import json

from ..search.filters import Filters, SavedSearch

_COLUMNS = "name, text, filters"


def _filters_json(filters: Filters) -> str:
    return json.dumps(filters.to_dict(), ensure_ascii=False, sort_keys=True)


def _search(name: str, text: str, filters: str) -> SavedSearch:
    try:
        data = json.loads(filters or "{}")
    except ValueError:  # a row written by hand or by another program: the name and text still count
        data = {}
    return SavedSearch(name, text or "", Filters.from_dict(data))


def saved_searches(conn, owner: str) -> list[SavedSearch]:
    """The owner's saved searches, in the order they were saved (a search saved again comes last)."""
    return [_search(*row) for row in conn.execute(
        f"SELECT {_COLUMNS} FROM saved_searches WHERE owner = ? ORDER BY id", (owner,)).fetchall()]


def save_search(conn, owner: str, search: SavedSearch) -> None:
    """Keep `search` under its name; one of the same name is replaced (and moves to the end, as the
    menu shows it)."""
    name = search.name.strip()
    if not name:
        raise ValueError("a saved search needs a name")
    conn.execute("DELETE FROM saved_searches WHERE owner = ? AND name = ?", (owner, name))
    conn.execute("INSERT INTO saved_searches(owner, name, text, filters) VALUES (?, ?, ?, ?)",
                 (owner, name, search.text, _filters_json(search.filters)))


def delete_saved_search(conn, owner: str, name: str) -> bool:
    """Forget the owner's search of this name; whether there was one."""
    return conn.execute("DELETE FROM saved_searches WHERE owner = ? AND name = ?", (owner, name)).rowcount > 0


def add_saved_searches(conn, owner: str, searches: list[SavedSearch]) -> int:
    """Add searches kept elsewhere (a desk's settings before libraries kept them) without losing any:
    one already here with the same name (or the name it was given then), text and filters is not
    added twice (so adding the same list again changes nothing); one whose name is taken by another search comes in as "名称 (2)".
    How many were added."""
    have = {s.name: s for s in saved_searches(conn, owner)}
    added = 0
    for s in searches:
        name = s.name.strip()
        if not name:
            continue
        if any((h.text, h.filters) == (s.text, s.filters) and (h.name == name or h.name.startswith(name + " ("))
               for h in have.values()):
            continue
        same = SavedSearch(name, s.text, s.filters)
        n = 2
        while name in have:
            name = f"{s.name.strip()} ({n})"
            same = SavedSearch(name, s.text, s.filters)
            n += 1
        conn.execute("INSERT INTO saved_searches(owner, name, text, filters) VALUES (?, ?, ?, ?)",
                     (owner, name, s.text, _filters_json(s.filters)))
        have[name] = same
        added += 1
    return added
