#!/usr/bin/env python3
"""Per article, the matched tasks whose speaker differs from the gold one, and the officials the
extractor gave (the scorer's --details does not show speakers). Uses the scorer's own matching.
Run from the project's root (the scorer is ../shared/tools/score_extraction.py):
    python bench/made_up/speaker_report.py bench/made_up/local/dev/gold.jsonl | grep SPEAKER
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCORER = Path(__file__).resolve().parents[3] / "shared" / "tools" / "score_extraction.py"


def main(gold_file: str) -> None:
    if not SCORER.exists():
        sys.exit(f"the scorer is not at {SCORER}")
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    assert spec is not None and spec.loader is not None
    se = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(se)
    gold = se.load_gold(Path(gold_file))
    pred = se.run_extractor(f"{sys.executable} -m desktop_app extract --json", gold, None)
    for g, p in zip(gold, pred):
        required = [(se.core(t["text"]), t) for t in g.get("tasks", [])]
        matched: set[int] = set()
        for task in p.get("tasks", []):
            text = se.norm(task.get("text", ""))
            hit = next((i for i, (c, _) in enumerate(required) if i not in matched and c and c in text), None)
            if hit is None:
                continue
            matched.add(hit)
            gs, ps = required[hit][1].get("speaker"), task.get("speaker")
            if se.name_key(gs) != se.name_key(ps):
                print(f"{g['file']}\tSPEAKER gold={gs} pred={ps}\t{required[hit][1]['text']}")
        for o in p.get("officials", []):
            print(f"{g['file']}\tPRED {o['name']} {o.get('titles')}")


if __name__ == "__main__":
    main(sys.argv[1])
