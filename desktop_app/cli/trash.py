"""zhengwen delete and trash: deleting articles to the trash (回收站), listing, restoring, emptying it."""
from __future__ import annotations

import sys

from .output import print_json


def _missing(ids, done) -> int:
    """Say which ids did nothing; the exit status (1 when any)."""
    done = set(done)  # 100,000 ids: a list here made this quadratic
    left = [i for i in dict.fromkeys(ids) if i not in done]
    for i in left:
        print(f"没有这篇文章 (no such article): #{i}", file=sys.stderr)
    return 1 if left else 0


def cmd_delete(args) -> int:
    from ..seed import open_store

    with open_store(args.db) as store:
        titles = {i: s.title for i, s in store.summaries(args.ids).items()}
        moved = store.trash_articles(args.ids)
    for i in moved:
        print(f"已移到回收站 (moved to the trash): #{i} {titles.get(i, '')}")
    if moved:
        print("可用 zhengwen trash restore ID 恢复 (restore with: zhengwen trash restore ID)")
    return _missing(args.ids, moved)


def cmd_trash(args) -> int:
    from ..seed import open_store

    with open_store(args.db) as store:
        if args.action == "list":
            for t in store.trashed():
                if args.json:
                    print_json({"id": t.id, "title": t.title, "date": t.date, "source": t.source,
                                "deleted_at": t.deleted_at})
                else:
                    print(f"{t.id:>6}  删除于 {t.deleted_at}  {t.date or '—':<10}  {t.source or '—':<8}  {t.title}")
            return 0
        if args.action == "restore":
            if not args.ids:
                print("请给出要恢复的文章编号 (give the ids to restore; see: zhengwen trash list)", file=sys.stderr)
                return 2
            back = store.restore_articles(args.ids)
            titles = {i: s.title for i, s in store.summaries(back).items()}
            for i in back:
                print(f"已恢复 (restored): #{i} {titles.get(i, '')}")
            came = set(back)
            left = [i for i in dict.fromkeys(args.ids) if i not in came]
            for i in left:
                print(f"回收站中没有这篇文章 (not in the trash): #{i}", file=sys.stderr)
            return 1 if left else 0
        # empty: every trashed article, or the ones named, deleted for good
        n = store.empty_trash(args.ids or None)
        print(f"已永久删除 {n} 篇文章 (deleted for good: {n})")
        return 0


def register(sub) -> None:
    d = sub.add_parser("delete", help="move articles to the trash (zhengwen trash restore brings them back)")
    d.add_argument("ids", nargs="+", type=int, metavar="ID", help="article ids (as zhengwen list shows them)")
    d.set_defaults(func=cmd_delete)

    t = sub.add_parser("trash", help="the trash: list, restore ID..., empty [ID...] (deletes for good)")
    t.add_argument("action", choices=["list", "restore", "empty"])
    t.add_argument("ids", nargs="*", type=int, metavar="ID")
    t.add_argument("--json", action="store_true", help="list: one JSON object per line")
    t.set_defaults(func=cmd_trash)
