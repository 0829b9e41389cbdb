"""Search UI costs on a store: first page, full id list, relevance ranking, snippets of a screen.

    python bench/bench_search_ui.py STORE.db [query ...]

Medians of 5 runs, in ms. The first page (FIRST_PAGE ids) is what the GUI thread waits for; the full
list and the ranking run on a worker; snippets are computed for the rows on screen only.
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.search.filters import Filters, build_query, hit_terms, relevance_order, snippet  # noqa: E402
from desktop_app.store import Store  # noqa: E402
from desktop_app.ui.article_model import FIRST_PAGE, RELEVANCE_LIMIT, SNIPPET_BLOCK  # noqa: E402

QUERIES = ["脱贫", "王晓", "整改", "会议", "的", "脱贫攻坚 整改", "国家安全", "乡村振兴 -会议"]


def ms(fn, reps=5):
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        out = fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), out


def main() -> None:
    store = Store(sys.argv[1])
    queries = sys.argv[2:] or QUERIES
    total = store.count()
    print(f"store: {sys.argv[1]}  articles: {total:,}\n")
    print("| query | matches | first page | full ids | rank (texts+score) | snippets of 32 rows |")
    print("|---|---:|---:|---:|---:|---:|")
    for text in queries + ["(date filter) 脱贫"]:
        filters = Filters()
        if text.startswith("(date filter)"):
            text, filters = text.split(") ")[1], Filters(date_from="2021-01-01", date_to="2022-12-31")
        q = build_query(text, filters)
        terms = hit_terms(text)
        first, _ = ms(lambda: store.article_ids(q, limit=FIRST_PAGE))
        full, ids = ms(lambda: store.article_ids(q), reps=3)
        if len(ids) <= RELEVANCE_LIMIT:
            rank, _ = ms(lambda: relevance_order(ids, store.search_texts(ids), terms), reps=3)
            rank_s = f"{rank:.1f}"
        else:
            rank_s = "— (> limit)"

        def snippets():
            texts = store.search_texts(ids[:SNIPPET_BLOCK])
            return [snippet(b, terms, 120, before=10) for _t, _s, b in texts.values()]

        snip, _ = ms(snippets)
        label = f"{text} + {filters.date_from}…{filters.date_to}" if not filters.empty else text
        print(f"| {label} | {len(ids):,} | {first:.1f} | {full:.1f} | {rank_s} | {snip:.1f} |")
    store.close()


if __name__ == "__main__":
    main()
