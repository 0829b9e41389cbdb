"""zhengwen import, list and search: filling the store and reading its articles."""
from __future__ import annotations

import sys
from pathlib import Path

from .output import print_rows


def cmd_import(args) -> int:
    from ..importer import BATCH, import_paths
    from ..seed import open_store

    missing = [p for p in args.paths if not Path(p).exists()]
    with open_store(args.db) as store:
        report = import_paths(store, [p for p in args.paths if p not in missing], batch=args.batch or BATCH)
        updated = []
        if args.update:
            from ..importer import update_from_file

            for path, article_id in report.changed:
                update_from_file(store, article_id, path)
                updated.append(path)
    for path, article_id in report.changed:
        if path in updated:
            print(f"已更新 (updated) #{article_id}: {path}")
        else:
            print(f"标题和日期与已有文章 #{article_id} 相同但内容不同,未导入;加 --update 可更新 "
                  f"(changed, not imported; --update replaces the stored text): {path}")
    for p in missing:
        report.failed.append((p, "missing"))
    for path in report.duplicates:
        print(f"已在库中,未重复导入 (already in the store): {path}")
    if report.failed:
        from ..ui.messages import read_failure  # the window's catalogue, Qt-free: the Chinese words

        for path, why in report.failed:
            print(f"导入失败 (failed): {path}: {read_failure(why)} ({why})", file=sys.stderr)
    print(f"导入 {len(report.imported)} 篇,重复 {len(report.duplicates)} 篇,失败 {len(report.failed)} 篇"
          f" (imported {len(report.imported)}, duplicates {len(report.duplicates)}, failed {len(report.failed)})")
    return 1 if report.failed else 0


def cmd_list(args) -> int:
    from ..seed import open_store

    with open_store(args.db) as store:
        print_rows(store, store.article_ids(None, limit=args.limit), args.json)
    return 0


def cmd_search(args) -> int:
    from ..seed import open_store

    with open_store(args.db) as store:
        ids = store.article_ids(" ".join(args.words), limit=args.limit)
        print_rows(store, ids, args.json)
    return 0


def register(sub) -> None:
    i = sub.add_parser("import", help="add article files and folders to the store")
    i.add_argument("paths", nargs="+")
    i.add_argument("--batch", type=int, metavar="N",
                   help="commit every N files (default 500; fewer loses less work to a crash, more is faster)")
    i.add_argument("--update", action="store_true",
                   help="a file with the title and date of a stored article but other text replaces it")
    i.set_defaults(func=cmd_import)

    for name, func, helptext in (("list", cmd_list, "list the store's articles, newest first"),
                                 ("search", cmd_search, "articles that contain every word, newest first")):
        c = sub.add_parser(name, help=helptext)
        if name == "search":
            c.add_argument("words", nargs="+", help='words (AND), "phrases", -word, 官员:姓名, 任务:词, 职务:市长')
        c.add_argument("--json", action="store_true", help="one JSON object per line")
        c.add_argument("--limit", type=int, default=None, help="print at most N articles")
        c.set_defaults(func=func)
