"""Write bundle.lock: the exact versions of the app's run-time dependencies (and theirs) in this
environment, for the installer bundle to be built from the same versions every time.

    python tools/lock_bundle.py            # after pip install -e . in a fresh venv: writes bundle.lock
    pip install -r bundle.lock && pip install -e ".[build]" --no-deps && python build_installer.py

Only what `pip install .` needs (pyproject's [project] dependencies and what they require on this
platform), not the test, lint, build or server extras.
"""
from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = "zhengwen-reader"


def _name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;(]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _applies(requirement: str) -> bool:
    """A requirement without an extra marker whose environment marker holds here."""
    from packaging.requirements import Requirement

    req = Requirement(requirement)
    if req.marker is None:
        return True
    return req.marker.evaluate({"extra": ""})


def closure() -> dict[str, str]:
    """name -> installed version of every run-time dependency of the app, recursively."""
    seen: dict[str, str] = {}
    todo = [r for r in metadata.requires(DIST) or [] if _applies(r)]
    while todo:
        name = _name(todo.pop())
        if name in seen:
            continue
        dist = metadata.distribution(name)
        seen[name] = dist.version
        todo += [r for r in dist.requires or [] if _applies(r)]
    return dict(sorted(seen.items()))


def main() -> None:
    pins = closure()
    lines = [f"# The bundle's exact run-time versions (tools/lock_bundle.py, Python {sys.version.split()[0]},"
             f" {sys.platform}).", *(f"{n}=={v}" for n, v in pins.items())]
    (ROOT / "bundle.lock").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
