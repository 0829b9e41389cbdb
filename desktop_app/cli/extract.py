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
            print_json(article_json(path=path, title=parsed.title, subtitle=parsed.subtitle,
                                     source=parsed.source, date=parsed.date, views=parsed.views,
                                     body=parsed.body, officials=found.officials, tasks=found.tasks))
        else:
            print(f"== {parsed.title} ({path})")
            for o in found.officials:
                print(f"  官员 {o.name} — {'、'.join(o.titles)} ×{len(o.mentions)}")
            for t in found.tasks:
                print(f"  {'    ' * (t.level - 1)}任务 [{t.speaker or '—'}] {t.text}")
    return status


def register(sub) -> None:
    e = sub.add_parser("extract", help="print the officials and tasks of article files")
    e.add_argument("--json", action="store_true", help="one JSON object per file (JSON lines)")
    e.add_argument("files", nargs="+", help="article files; - reads standard input")
    e.set_defaults(func=cmd_extract)
