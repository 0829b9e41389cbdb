"""Every distinct official the extractor finds in the corpus articles, for a precision audit by eye.

    python bench/audit_officials.py [--corpus PATH] [--tsv]

One line per distinct name over all articles of ../shared/corpus/articles.jsonl: the name, its
titles (all articles together), the number of articles it is found in, and its first titled
context (the article id and the characters around its first mention). Read them all: a line whose
name is no person, or whose person holds no public post, is a false official. The count of false
ones goes in docs/benchmarks-extraction.md. Skips with a message when ../shared is absent.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "articles.jsonl"
sys.path.insert(0, str(ROOT))

_CONTEXT = 14           # characters shown on each side of the first mention


def audit(path: Path) -> list[dict]:
    from desktop_app.extraction import extract

    seen: dict[str, dict] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        body = row["text"]
        for o in extract(body, title=row.get("title", "")).officials:
            entry = seen.get(o.name)
            if entry is None:
                m = o.mentions[0] if o.mentions else None
                context = ""
                if m is not None:
                    a, b = max(0, m.start - _CONTEXT), min(len(body), m.end + _CONTEXT)
                    context = (body[a:m.start] + "【" + body[m.start:m.end] + "】" + body[m.end:b]).replace("\n", " ")
                entry = seen[o.name] = {"name": o.name, "titles": [], "articles": 0,
                                        "first": row["id"], "context": context}
            entry["articles"] += 1
            for t in o.titles:
                if t not in entry["titles"]:
                    entry["titles"].append(t)
    return list(seen.values())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--tsv", action="store_true", help="tab-separated, one official a line")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"skipped: {args.corpus} is absent")
        return 0
    rows = audit(args.corpus)
    for r in rows:
        titles = "、".join(r["titles"])
        if args.tsv:
            print("\t".join([r["name"], titles, str(r["articles"]), r["first"], r["context"]]))
        else:
            print(f"{r['name']} | {titles} | ×{r['articles']} | {r['first']} | {r['context']}")
    print(f"{len(rows)} distinct officials")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
