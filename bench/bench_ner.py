"""Recall and precision of the officials extractor on public NER sets in ../shared/corpus/.

    python bench/bench_ner.py

CLUENER2020 (cluener2020/train.json). Gold pairs: a `position` entity that is a public post
immediately followed by a `name` entity ("市委书记" + "王晓", nothing in between), or a `name`
immediately followed by such a `position` ("王建军" + "书记"). A position is a public post when it
ends with a post of resources/lexicon/posts.txt and names no company or school
(non_official_titles.txt: 公司, 集团, 董事, 经理 …). Each sentence is extracted on its own.
  recall    = gold pairs whose name the extractor returns as an official / gold pairs
  precision = returned officials that are the name of a gold pair / returned officials
              (counted on every sentence, so an official returned where CLUENER marks no public
              post pair is an error; CLUENER sometimes leaves posts unmarked, which lowers this)

People's Daily 1998 (peoples-daily-ner/example.dev, BIO tags, titles not tagged). Gold: a PER
entity right after a post word of posts.txt. recall as above; precision = returned officials that
are a PER entity of the sentence / returned officials.

Skips with a message when ../shared is absent. Prints markdown tables.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))


def _clean(name: str) -> str:
    return "".join(c for c in name if not c.isspace())


def cluener(path: Path):
    from desktop_app.extraction.lexicon import lexicon, words
    from desktop_app.extraction.officials import find_officials

    lex = lexicon()
    non_official = sorted(words("non_official_titles.txt"), key=len, reverse=True)

    def public(post: str) -> bool:
        return lex.post_set.ending_at(post, len(post)) > 0 and not any(w in post for w in non_official)

    gold_n = found = predicted = correct = sentences = 0
    misses: list[str] = []
    extras: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text, label = row["text"], row.get("label", {})
        names = [(s, e + 1, n) for n, spans in label.get("name", {}).items() for s, e in spans]
        posts = [(s, e + 1, p) for p, spans in label.get("position", {}).items() for s, e in spans]
        pairs = set()
        for ps, pe, p in posts:
            if not public(p):
                continue
            for ns, ne, n in names:
                if ns == pe or ne == ps:
                    pairs.add(_clean(n))
        got = {o.name for o in find_officials(text)}
        sentences += 1
        gold_n += len(pairs)
        found += len(pairs & got)
        predicted += len(got)
        correct += len(got & pairs)
        if pairs - got and len(misses) < 8:
            misses.append(f"{text}  →  missed {sorted(pairs - got)}")
        if got - pairs and len(extras) < 8:
            extras.append(f"{text}  →  extra {sorted(got - pairs)}")
    return sentences, gold_n, found, predicted, correct, misses, extras


def peoples_daily(path: Path):
    from desktop_app.extraction.lexicon import lexicon
    from desktop_app.extraction.officials import find_officials

    lex = lexicon()
    gold_n = found = predicted = correct = sentences = 0
    misses: list[str] = []
    chars: list[str] = []
    tags: list[str] = []

    def flush():
        nonlocal gold_n, found, predicted, correct, sentences
        if not chars:
            return
        text = "".join(chars)
        pers, i = [], 0
        while i < len(tags):
            if tags[i] == "B-PER":
                j = i + 1
                while j < len(tags) and tags[j] == "I-PER":
                    j += 1
                pers.append((i, j, text[i:j]))
                i = j
            else:
                i += 1
        gold = {n for s, e, n in pers if lex.post_set.ending_at(text, s) > 0}
        got = {o.name for o in find_officials(text)}
        sentences += 1
        gold_n += len(gold)
        found += len(gold & got)
        predicted += len(got)
        correct += len(got & {n for _, _, n in pers})
        if gold - got and len(misses) < 8:
            misses.append(f"{text}  →  missed {sorted(gold - got)}")
        chars.clear()
        tags.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2:
            flush()
            continue
        chars.append(parts[0])
        tags.append(parts[1])
    flush()
    return sentences, gold_n, found, predicted, correct, misses, []


def main() -> int:
    sets = [("CLUENER2020 train (public post + name pairs)", SHARED / "cluener2020" / "train.json", cluener),
            ("People's Daily 1998 dev (PER after a post word)", SHARED / "peoples-daily-ner" / "example.dev",
             peoples_daily)]
    if not any(p.exists() for _, p, _ in sets):
        print(f"skipped: {SHARED} is absent")
        return 0
    verbose = "-v" in sys.argv
    print("| set | sentences | gold officials | recall | precision | time |")
    print("| --- | --- | --- | --- | --- | --- |")
    notes = []
    for title, path, fn in sets:
        if not path.exists():
            print(f"| {title} | skipped: {path.name} absent | | | | |")
            continue
        t0 = time.perf_counter()
        n, gold, found, pred, correct, misses, extras = fn(path)
        dt = time.perf_counter() - t0
        r = found / gold if gold else 1.0
        p = correct / pred if pred else 1.0
        print(f"| {title} | {n:,} | {gold:,} | {r:.3f} ({found}/{gold}) | {p:.3f} ({correct}/{pred}) | {dt:.1f} s |")
        notes.append((title, misses, extras))
    if verbose:
        for title, misses, extras in notes:
            print(f"\n{title}: examples")
            for m in misses + extras:
                print("  " + m)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
