"""Time every export format on N copies of the sample article: python bench/bench_export.py [N].

Each copy gets a distinct first line (the store refuses duplicate bodies) and a hand-made extraction
of 2 officials and 5 tasks. PDF runs in this process, so it creates an offscreen QGuiApplication.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "core"))

from desktop_app.domain import ParsedArticle  # noqa: E402
from desktop_app.export import FORMATS, export_articles  # noqa: E402
from desktop_app.parsing import parse_text  # noqa: E402
from desktop_app.store import Store  # noqa: E402
from test_export import SAMPLE, sample_extraction  # noqa: E402


def main(n: int = 200) -> None:
    parsed = parse_text(SAMPLE.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        store = Store(tmp / "bench.db")
        ids = []
        for i in range(n):
            body = f"第{i}号。" + parsed.body
            p = ParsedArticle(title=f"{parsed.title}（{i}）", body=body, subtitle=parsed.subtitle,
                              source=parsed.source, date=parsed.date)
            ids.append(store.add_article(p, sample_extraction(body)))
        print(f"{n} articles of {len(parsed.body)} characters, 2 officials and 5 tasks each")
        for fmt, (_, _, ext) in FORMATS.items():
            for layout in (("plain", "gongwen") if fmt == "docx" else ("plain",)):
                out = tmp / f"out-{fmt}-{layout}{ext}"
                t0 = time.perf_counter()
                report = export_articles(store, ids, fmt, out, layout=layout)
                dt = time.perf_counter() - t0
                size = out.stat().st_size / 1024
                print(f"{fmt:10} {layout:8} {dt:7.2f} s  {n / dt:7.1f} articles/s  {size:9.0f} KiB"
                      f"  failed={len(report.failed)}")
        store.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
