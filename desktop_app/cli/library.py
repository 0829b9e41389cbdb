"""zhengwen import, list and search: filling the store and reading its articles."""
from __future__ import annotations

import contextlib
import os
import sys

from .output import print_rows


def _named_failures(paths: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """The paths named on the command line that exist, and (path, code) for those that cannot be
    used: missing, in a folder we may not enter, a name too long."""
    from ..store import error_code

    usable, failed = [], []
    for p in paths:
        try:
            os.stat(p)
        except FileNotFoundError:
            failed.append((p, "missing"))
        except OSError as e:
            code = error_code(e)
            failed.append((p, "name_too_long" if code == "name_too_long" else "unreadable"))
        else:
            usable.append(p)
    return usable, failed


def _print_import_report(report, updated: dict[str, int]) -> None:
    """Every file the import named or found, once: imported (counted), updated, changed, already in
    the store, failed, skipped by the folder walk, left over when the import stopped."""
    from . import words as w

    for path, article_id in report.changed:
        key = "updated" if path in updated else "changed"
        print(w.say(key, id=article_id, path=path))
    for path in report.duplicates:
        print(w.say("duplicate", path=path))
    for path, why in report.failed:
        print(w.say("failed", path=path, why=w.reason(why)), file=sys.stderr)
    for path, why in report.skipped:
        print(w.say("skipped", path=path, why=w.reason(why)), file=sys.stderr)
    for path in report.left:
        print(w.say("left", path=path), file=sys.stderr)
    print(w.say("imported", imported=len(report.imported), duplicates=len(report.duplicates),
                failed=len(report.failed), skipped=len(report.skipped)))


@contextlib.contextmanager
def _ctrl_c_cancels():
    """The first Ctrl-C asks the import to stop after the file in hand (the batch so far is committed,
    so the report says exactly what is saved); a second one interrupts at once. A KeyboardInterrupt
    raised anywhere, as Python's default handler does, could land between a batch's COMMIT and the
    report's bookkeeping and count saved articles as rolled back."""
    import signal  # here, as threading: `list` and `search` start faster without them
    import threading

    cancel = threading.Event()

    def on_sigint(_signum, _frame):
        cancel.set()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    try:
        previous = signal.signal(signal.SIGINT, on_sigint)
    except ValueError:  # not the main thread (a test calling main() from a worker): no handler
        yield cancel
        return
    try:
        yield cancel
    finally:
        signal.signal(signal.SIGINT, previous)


def cmd_import(args) -> int:
    from ..importer import BATCH, ImportStopped, import_paths
    from ..readers import ReadError
    from ..seed import open_store, resolve_db
    from . import words as w

    usable, named_failed = _named_failures(args.paths)
    updated: dict[str, int] = {}
    with open_store(args.db) as store:
        try:
            with _ctrl_c_cancels() as cancel:
                report = import_paths(store, usable, batch=args.batch or BATCH, cancel=cancel)
            if report.cancelled:
                raise ImportStopped("interrupted", report)
        except ImportStopped as e:
            e.report.failed[:0] = named_failed
            _print_import_report(e.report, updated)
            print(w.say("stopped", imported=len(e.report.imported), left=len(e.report.left)), file=sys.stderr)
            if e.code != "interrupted":
                print(w.error_line(e.code, str(resolve_db(args.db)[0])), file=sys.stderr)
            else:
                print(w.say("interrupted"), file=sys.stderr)
            return w.exit_status(e.code)
        report.failed[:0] = named_failed
        if args.update:
            from ..importer import update_from_file

            for name, article_id in report.changed:
                try:
                    # the file on disk: a name that is not valid UTF-8 is shown with U+FFFD
                    update_from_file(store, article_id, report.sources.get(name, name))
                except ReadError as e:
                    report.failed.append((name, e.code))
                    continue
                updated[name] = article_id
    _print_import_report(report, updated)
    return w.SOME_FAILED if report.failed else w.OK


def _open_read_only(db):
    """The store for list/search/export, opened so that nothing is written (None: no store yet)."""
    from ..seed import resolve_db
    from ..store import Store, StoreError
    from ..store.server import is_server_url, open_server_store

    chosen = db or os.environ.get("ZHENGWEN_DB")
    if is_server_url(chosen):  # a server library: read-only on the server's side too
        return open_server_store(chosen.strip(), interactive=True, read_only=True)
    try:
        return Store(resolve_db(db)[0], read_only=True)
    except StoreError as e:
        if e.code == "missing":
            return None
        raise


def _no_store(db) -> None:
    """Reading a library that does not exist says so (as export does) instead of printing nothing:
    an empty answer would read as "no article matches"."""
    from ..seed import resolve_db
    from ..store import StoreError

    raise StoreError("missing_store", str(resolve_db(db)[0]))


def cmd_list(args) -> int:
    store = _open_read_only(args.db)
    if store is None:
        _no_store(args.db)
    with store:
        print_rows(store, store.article_ids(None, limit=args.limit), args.json)
    return 0


def _print_saved(searches, as_json: bool) -> None:
    from .output import print_json

    for s in searches:
        if as_json:
            print_json(s.to_dict())
        else:
            filters = " ".join(f"{k}={v}" for k, v in s.filters.to_dict().items())
            print("\t".join((s.name, s.text or "—", filters or "—")))


def cmd_search(args) -> int:
    from ..search.query import MAX_WORDS, parse_query
    from . import words as w

    if not args.words and args.saved is None:
        print(w.say("search_needs_words"), file=sys.stderr)
        return w.USAGE
    store = _open_read_only(args.db)
    if store is None:
        _no_store(args.db)
    with store:
        text, filters = " ".join(args.words), None
        if args.saved is not None:
            # The searches saved in the window (this desk's, or this user's on a server library).
            searches = store.saved_searches()
            if not args.saved:
                _print_saved(searches, args.json)
                if not searches:
                    print(w.say("no_saved_searches"), file=sys.stderr)
                return 0
            found = next((s for s in searches if s.name == args.saved.strip()), None)
            if found is None:
                print(w.say("no_saved_search", name=args.saved), file=sys.stderr)
                return w.SOME_FAILED
            text, filters = " ".join([found.text, *args.words]), found.filters
        query = parse_query(text)
        if filters is not None:  # search.filters is imported only here: a plain search starts faster without it
            query = filters.apply(query)
        if query.dropped:
            print(w.say("too_many_words", max=MAX_WORDS, dropped=len(query.dropped)), file=sys.stderr)
        ids = store.article_ids(query, limit=args.limit)
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
            c.add_argument("words", nargs="*", help='words (AND), "phrases", -word, 官员:姓名, 任务:词, 职务:市长')
            c.add_argument("--saved", nargs="?", const="", metavar="NAME",
                           help="run the search saved in the window under NAME (its words and filters; words"
                                " given here are added); without NAME: list the saved searches")
        c.add_argument("--json", action="store_true", help="one JSON object per line")
        c.add_argument("--limit", type=int, default=None, help="print at most N articles")
        c.set_defaults(func=func)
