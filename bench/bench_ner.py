"""Recall and precision of the officials extractor on public NER sets in ../shared/corpus/.

    python bench/bench_ner.py

CLUENER2020 (cluener2020/train.json). A gold official is a CLUENER `name` entity that is paired
with a public post:
  - a `position` entity right before the name ("市委书记" + "王晓", nothing in between) or right
    after it ("王建军" + "书记"), or, where CLUENER left the post unmarked or cut it short
    ("东盟博览会秘书处副秘书长李文杰", position marked "副秘书"), a post of posts.txt written right
    before the name in the text;
  - the post is public: it ends with a post of posts.txt, and neither it nor the organisation
    written right before it (at most two characters between: "an战队的队长"; in the name-first
    form, the organisation written before the name, at most four characters between:
    "《中国国家地理》杂志社的李栓科社长") is a company,
    team or club (non_official_titles.txt: 公司, 集团, 银行, 战队, 俱乐部 …) or an entity CLUENER types as
    `company` (unless it is a state organ that CLUENER typed as one: 中国人民银行, …局),
    `book` (a magazine's 社长) or `game` (an e-sports team's 队长). Guidelines: company
    managers and team captains are not officials; associations (协会, 商会) are kept, as the gold
    set keeps 中国戏剧家协会主席. A bare 队长/副队长 counts only after a `government` entity: in
    CLUENER it is a sports or e-sports captain ("队长LISA", "队长杜恩").
Each sentence is extracted on its own.
  recall    = gold names the extractor returns as officials / gold names
  precision = returned officials that are gold names / returned officials (on every sentence)
Known CLUENER annotation slips are scored as they are (颜鲲副, 陈志谈 for 陈志 + 谈, 王红 for
王红专, 穆赫辛·, 佩尔·施泰 + 布吕克): each costs one miss and, where the extractor returns the
whole name, one false positive.

People's Daily 1998 (peoples-daily-ner/example.dev, BIO tags, titles not tagged) and MSRA val
(msra-ner/val.bio, same layout, full-width digits, many transliterated foreign names). Gold: a PER
entity right after a post word of posts.txt, unless the title written before the name is a
scholar's (see below). recall as above; precision = returned officials that are a PER entity of the
sentence / returned officials.

Scholars (all three sets): by the guidelines experts and scholars are no officials, so a post in a
school, university, research institute or learned society (the extractor's is_academic:
academic_organs.txt, Party posts and state bodies such as 中国科学院 excepted) is not public, like
a company's. `--old-pairing` counts them as before (the figures of earlier rounds).

Skips with a message when ../shared is absent. Prints markdown tables.
"""
from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))


def _clean(name: str) -> str:
    return "".join(c for c in name if not c.isspace())


_PUNCT = set("，。；：、,.;:！？!?（）()“”\"《》 ")
_NOT_PUBLIC_TYPES = {"company", "book", "game"}
_CAPTAIN = {"队长", "副队长"}
_STATE_ORGAN = re.compile(r"人民银行|中央银行|(?:局|部|委|厅|署|政府)$")


def cluener(path: Path):
    from desktop_app.extraction.lexicon import lexicon
    from desktop_app.extraction.officials import find_officials, is_academic, is_non_official

    lex = lexicon()

    def private(text: str) -> bool:
        # Companies (with the "!人民银行" exceptions of the word list) and, by the guidelines, scholars:
        # a post in a school, institute or learned society (is_academic) is no public office.
        return is_non_official(text) or (ACADEMIC and is_academic(text))

    gold_n = found = predicted = correct = sentences = 0
    misses: list[str] = []
    extras: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text, label = row["text"], row.get("label", {})
        ents = sorted((s, e + 1, kind, t) for kind, d in label.items() for t, spans in d.items()
                      for s, e in spans)
        names = [(s, e, t) for s, e, kind, t in ents if kind == "name"]
        positions = [(s, e, t) for s, e, kind, t in ents if kind == "position"]

        def organisation_ok(post_start: int, gap: int = 2) -> bool:
            """The organisation written before the post in the same clause is a public one."""
            before = [(s, e, kind, t) for s, e, kind, t in ents
                      if e <= post_start and kind not in ("name", "position")
                      and post_start - e <= gap and not any(c in _PUNCT for c in text[e:post_start])]
            if not before:
                return True
            _s, _e, kind, t = before[-1]
            if kind == "company" and _STATE_ORGAN.search(t):
                return True                   # CLUENER types 中国人民银行, 香港…库务局 as companies
            return kind not in _NOT_PUBLIC_TYPES and not private(t)

        def public(post: str, post_start: int) -> bool:
            if (post in _CAPTAIN or post in lex.qualified_posts) and not any(kind == "government" and e <= post_start and post_start - e <= 2
                                            for s, e, kind, t in ents):
                return False                  # a team's captain or leader (球队, 战队; the Q posts of
                                              # posts.txt: 领队), not a 工作队 post
            return lex.post_set.ending_at(post, len(post)) > 0 and not private(post) \
                and organisation_ok(post_start)

        def chain_public(post_start: int) -> bool:
            """"全国政协委员、民建中央常委、林达集团董事长李晓林": a public post earlier in the same "、"
            chain makes the person an official (guidelines: a company manager is one when the article
            also gives them a public post)."""
            seg = post_start
            for _ in range(8):
                k = seg
                while k > 0 and text[k - 1] not in _PUNCT:
                    k -= 1
                if k == 0 or text[k - 1] != "、":
                    return False
                prev = [(qs, q) for qs, qe, q in positions if qe == k - 1]
                if not prev:
                    return False
                qs, q = prev[0]
                if CHAINS and public(q, qs):
                    return True
                seg = qs
            return False

        pairs = set()
        for ns, ne, n in names:
            # Name first ("《…》杂志社的李栓科社长"): the organisation is written before the name, with
            # at most four characters between (a type word and 的).
            ok = any((pe == ns or ps == ne and organisation_ok(ns, 4)) and public(p, ps)
                     for ps, pe, p in positions)
            if not ok:
                ok = any(pe == ns and chain_public(ps) for ps, pe, p in positions)
            if not ok and not any(pe == ns for ps, pe, p in positions):
                k = lex.post_set.ending_at(text, ns)          # post unmarked or cut short
                if k:
                    ok = public(text[ns - k:ns], ns - k)
            if ok:
                pairs.add(_clean(n))
        got = {o.name for o in find_officials(text)}
        sentences += 1
        gold_n += len(pairs)
        found += len(pairs & got)
        predicted += len(got)
        correct += len(got & pairs)
        if pairs - got:
            misses.append(f"{text}  →  missed {sorted(pairs - got)}")
        if got - pairs:
            extras.append(f"{text}  →  extra {sorted(got - pairs)}")
    return sentences, gold_n, found, predicted, correct, misses, extras


def peoples_daily(path: Path):
    """People's Daily 1998 dev and MSRA val share the layout: a character and its BIO tag a line."""
    from desktop_app.extraction.lexicon import lexicon
    from desktop_app.extraction.officials import _title_start, find_officials, is_academic

    lex = lexicon()
    gold_n = found = predicted = correct = sentences = 0
    misses: list[str] = []
    extras: list[str] = []
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
        gold = {n for s, e, n in pers if lex.post_set.ending_at(text, s) > 0
                and not (ACADEMIC and is_academic(text[_title_start(text, s - lex.post_set.ending_at(text, s)):s]))}
        got = {o.name for o in find_officials(text)}
        sentences += 1
        gold_n += len(gold)
        found += len(gold & got)
        predicted += len(got)
        correct += len(got & {n for _, _, n in pers})
        if gold - got:
            misses.append(f"{text}  →  missed {sorted(gold - got)}")
        if got - {n for _, _, n in pers}:
            extras.append(f"{text}  →  extra {sorted(got - {n for _, _, n in pers})}")
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
    return sentences, gold_n, found, predicted, correct, misses, extras


ACADEMIC = "--old-pairing" not in sys.argv    # scholars' posts are no gold officials (guidelines)
CHAINS = "--old-pairing" not in sys.argv      # a public post earlier in the chain counts (guidelines)


def main() -> int:
    sets = [("CLUENER2020 train (public post + name pairs)", SHARED / "cluener2020" / "train.json", cluener),
            ("People's Daily 1998 dev (PER after a post word)", SHARED / "peoples-daily-ner" / "example.dev",
             peoples_daily),
            ("MSRA val (PER after a post word)", SHARED / "msra-ner" / "val.bio", peoples_daily)]
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
