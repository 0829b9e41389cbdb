#!/usr/bin/env python3
"""Write a made-up set's gold files from its articles (`articles/NN.txt`) and compact annotations
(`src/NN.ann`), refusing what a slip of the annotator would give: a name or task phrase not copied
exactly from its article, a speaker who is not one of the article's officials, an official twice.
Which articles go into which gold file is the set's `splits.json` ({"dev/gold.jsonl": [first, last]}).

    python bench/made_up/build_gold.py bench/made_up/local

.ann lines:  O name|title|title...   T speaker|level|text   A speaker|text   ('-' = no speaker)
A title need not be verbatim (a chain's shared organ is written out, GUIDELINES.md); those are listed.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def gold_line(folder: Path, n: int, errors: list[str]) -> str:
    text = (folder / f"articles/{n:02d}.txt").read_text(encoding="utf-8")
    body = text.split("\n", 1)[1]
    officials: list[dict] = []
    tasks: list[dict] = []
    acceptable: list[dict] = []
    for raw in (folder / f"src/{n:02d}.ann").read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        kind, parts = raw[0], raw[2:].split("|")
        if kind == "O":
            name, titles = parts[0], parts[1:]
            if name not in body:
                errors.append(f"{n:02d} name not in the body: {name}")
            for t in titles:
                if t not in text:
                    print(f"  {n:02d} title written out: {name} {t}")
            officials.append({"name": name, "titles": titles})
        elif kind == "T" and len(parts) >= 3 and parts[1] in ("1", "2"):
            speaker, level, phrase = parts[0], int(parts[1]), "|".join(parts[2:])
            tasks.append({"speaker": None if speaker == "-" else speaker, "level": level, "text": phrase})
        elif kind == "A" and len(parts) >= 2:
            speaker, phrase = parts[0], "|".join(parts[1:])
            acceptable.append({"speaker": None if speaker == "-" else speaker, "text": phrase})
        else:
            errors.append(f"{n:02d} bad line: {raw}")
    names = [o["name"] for o in officials]
    if len(names) != len(set(names)):
        errors.append(f"{n:02d} an official twice")
    for t in tasks + acceptable:
        if t["text"] not in text:
            errors.append(f"{n:02d} task not verbatim: {t['text']}")
        if t["speaker"] and t["speaker"] not in names:
            errors.append(f"{n:02d} speaker is not an official: {t['speaker']}")
    return json.dumps({"file": f"articles/{n:02d}.txt", "officials": officials, "tasks": tasks,
                       "acceptable_tasks": acceptable}, ensure_ascii=False)


def main(folder: Path) -> int:
    errors: list[str] = []
    try:
        splits = json.loads((folder / "splits.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        print(f"ERROR {folder}/splits.json: {e}")
        return 1
    for target, (first, last) in splits.items():
        try:
            lines = [gold_line(folder, n, errors) for n in range(first, last + 1)]
        except OSError as e:  # an article or its .ann missing: nothing written for this file
            errors.append(f"{target}: {e}")
            continue
        (folder / target).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(target, len(lines), "articles")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
