"""Generate a store of N synthetic articles for benchmarks (not for tests).

Articles are ~1,500 characters of sentences recombined from ../shared/corpus (or the shipped sample
when the corpus is absent), with the names replaced by random ones so that names vary like real ones.

    python bench/make_store.py /tmp/bench-10k.db 10000 [--extract]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_app.domain import Extraction, ParsedArticle  # noqa: E402
from desktop_app.extraction import extract  # noqa: E402
from desktop_app.store import Store  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "articles.jsonl"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "晓建国明华军平志伟强文洁红英丽敏静涛鹏飞超磊勇刚峰辉波宁海燕霞玲云松林"


def sentences() -> list[str]:
    if CORPUS.exists():
        texts = [json.loads(l)["text"] for l in CORPUS.read_text(encoding="utf-8").splitlines() if l.strip()]
    else:
        texts = [(REPO / "resources" / "samples" / "xining-2019-03-01-poverty-meeting.txt").read_text(encoding="utf-8")]
    out = [s for t in texts for s in re.findall(r"[^。！？\n]+[。！？]", t) if 8 <= len(s) <= 200]
    return out


def make_article(rng: random.Random, pool: list[str], i: int) -> ParsedArticle:
    parts, size = [], 0
    while size < 1500:
        s = rng.choice(pool)
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))
        s = re.sub(r"(书记|市长|省长|主任|主席)[\u4e00-\u9fff]{2,3}", lambda m: m[1] + name, s, count=1)
        parts.append(s)
        size += len(s)
    paragraphs = ["".join(parts[k:k + 4]) for k in range(0, len(parts), 4)]
    day = 1 + i % 28
    return ParsedArticle(title=parts[0][:30], body="\n".join(paragraphs), source=rng.choice(["人民日报", "新华社", "西宁晚报"]),
                         date=f"{2000 + (i // 336) % 26}-{1 + (i // 28) % 12:02d}-{day:02d}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("db")
    ap.add_argument("n", type=int)
    ap.add_argument("--extract", action="store_true", help="run the extractor on every article (slower)")
    args = ap.parse_args()
    pool = sentences()
    store = Store(args.db)
    start = time.perf_counter()
    done = store.count()
    while done < args.n:
        with store.transaction():
            for i in range(done, min(args.n, done + 1000)):
                # Seeded per article, so that a resumed run makes the same articles as an unbroken one.
                a = make_article(random.Random(i), pool, i)
                store.add_article(a, extract(a.body, title=a.title) if args.extract else Extraction())
        done = min(args.n, done + 1000)
        print(f"\r{done}/{args.n} {done / (time.perf_counter() - start):.0f}/s", end="", file=sys.stderr)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"\n{args.n} articles in {time.perf_counter() - start:.1f} s -> {args.db}", file=sys.stderr)


if __name__ == "__main__":
    main()
