"""zhengwen extract: the officials and tasks of article files, as text or JSON lines (EXTRACT_FORMAT)."""
from __future__ import annotations

import sys

from ..contract import article_json
from .output import print_json


def cmd_extract(args) -> int:
    from ..extraction import extract
    from ..parsing import parse_text
    from ..readers import ReadError, read_article

    status = 0
    for path in args.files:
        try:
            # Every format the importer reads (.txt/.md, .html, .docx), read the same way.
            parsed = parse_text(sys.stdin.read()) if path == "-" else read_article(path)
            found = extract(parsed.body, title=parsed.title, subtitle=parsed.subtitle)
        except ReadError as e:
            print_json({"path": path, "error": e.code + (f": {e.detail}" if e.detail else "")})
            status = 1
            continue
        except Exception as e:  # one bad file must not stop the rest
            print_json({"path": path, "error": f"{type(e).__name__}: {e}"})
            status = 1
            continue
        if args.json:
            row = article_json(path=path, title=parsed.title, subtitle=parsed.subtitle,
                               source=parsed.source, date=parsed.date, views=parsed.views,
                               body=parsed.body, officials=found.officials, tasks=found.tasks)
            if args.explain:
                _add_explanations(row, found)
            print_json(row)
        else:
            print(f"== {parsed.title} ({path})")
            from ..extraction.explain import official_why, task_why

            by_id = {t.id: t for t in found.tasks}
            for o in found.officials:
                why = f"  （依据：{official_why(o)}）" if args.explain else ""
                print(f"  官员 {o.name} — {'、'.join(o.titles)} ×{len(o.mentions)}{why}")
            for t in found.tasks:
                why = f"  （依据：{task_why(t, by_id)}）" if args.explain else ""
                print(f"  {'    ' * (t.level - 1)}任务 [{t.speaker or '—'}] {t.text}{why}")
    return status


def _add_explanations(row: dict, found) -> None:
    """--explain: each official and task also says which rules found it ("rules") and, in words,
    why ("why"). The default JSON stays exactly as EXTRACT_FORMAT.md describes it."""
    from ..extraction.explain import official_explained, task_explained

    by_id = {t.id: t for t in found.tasks}
    for out, o in zip(row["officials"], found.officials):
        out.update(official_explained(o))
    for out, t in zip(row["tasks"], found.tasks):
        out.update(task_explained(t, by_id))


def register(sub) -> None:
    e = sub.add_parser("extract", help="print the officials and tasks of article files")
    e.add_argument("--json", action="store_true", help="one JSON object per file (JSON lines)")
    e.add_argument("--explain", action="store_true",
                   help="with --json: add to each official and task the rules that found it (rules, why)")
    e.add_argument("files", nargs="+", help="article files; - reads standard input")
    e.set_defaults(func=cmd_extract)
