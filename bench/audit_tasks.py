"""Every task the extractor finds in chosen corpus articles, for a precision audit by eye.

    python bench/audit_tasks.py [IDS...] [--corpus PATH] [--all] [--dump]

With no ids, the 23 articles of local or provincial content audited in session 5 (the sample of
docs/benchmarks-extraction.md, "Tasks precision audit"). Each task is printed with its speaker, its
rules and the characters around it (the task in 【】), one per line, grouped by article; read them all
against ../shared/gold/GUIDELINES.md ("Tasks") and count the false ones.

--all lists every article of the corpus; --dump prints one tab-separated line per task
(id, start, speaker, text) and per official (id, name, titles) with no context, for a `diff` of the
whole corpus before and after a change. Skips with a message when ../shared is absent.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "articles.jsonl"
sys.path.insert(0, str(ROOT))

# The session-5 sample: corpus articles with local or provincial content (feature reports, 调研, 一线).
SAMPLE = ("rmrb-0001 rmrb-0004 rmrb-0007 rmrb-0008 rmrb-0009 rmrb-0016 rmrb-0017 rmrb-0018 rmrb-0020 "
          "rmrb-0021 rmrb-0023 rmrb-0024 rmrb-0025 rmrb-0031 rmrb-0044 rmrb-0045 rmrb-0049 rmrb-0072 "
          "rmrb-0075 rmrb-0084 xwlb-0144 xwlb-0217 xwlb-0228").split()
_CONTEXT = 20           # characters shown before a task (the task itself is shown whole)


def _rows(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ids", nargs="*")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--all", action="store_true", help="every article of the corpus")
    ap.add_argument("--dump", action="store_true", help="tab-separated tasks and officials, for diff")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"skipped: {args.corpus} is absent")
        return 0
    from desktop_app.extraction import extract

    wanted = None if args.all or args.dump else set(args.ids or SAMPLE)
    total = 0
    for row in _rows(args.corpus):
        if wanted is not None and row["id"] not in wanted:
            continue
        body = row["text"]
        result = extract(body, title=row.get("title", ""))
        if args.dump:
            for o in result.officials:
                print(f"{row['id']}\tO\t{o.name}\t{'、'.join(o.titles)}")
            for t in result.tasks:
                print(f"{row['id']}\tT\t{t.start}\t{t.speaker}\t{t.text}")
            continue
        print(f"== {row['id']} {row.get('title', '')}")
        for t in result.tasks:
            before = body[max(0, t.start - _CONTEXT):t.start].replace("\n", "¶")
            after = body[t.end:t.end + 6].replace("\n", "¶")
            print(f"  {t.id} L{t.level} [{t.speaker or '-'}] {before}【{t.text}】{after}"
                  f"   ({' '.join(t.rules)})")
            total += 1
    if not args.dump:
        print(f"{total} tasks")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
