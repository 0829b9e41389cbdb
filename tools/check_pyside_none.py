"""Does the installed PySide6 keep None's reference count? The check behind the `PySide6 < 6.12` pin.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method that returns
void (found by this project: after a few thousand calls the count of None reaches zero and the
process aborts in none_dealloc); 6.11.3 does not. Python 3.12+ makes None immortal, so the count
cannot drift there and the bug cannot abort; the check then only makes the calls.

    python tools/check_pyside_none.py [--calls 20000]     # exit 0: fine; 1: None is leaking

tests/test_dependencies.py runs it against the installed PySide6: the pin in pyproject.toml can
be lifted when this passes on the newer PySide6 (install it in a venv and run the script).
"""
from __future__ import annotations

import argparse
import os
import sys


def drift(calls: int) -> int:
    """How far sys.getrefcount(None) moved over `calls` calls of void Qt methods (0 when sound)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import PySide6  # noqa: F401
    from PySide6.QtCore import QObject

    obj = QObject()
    for _ in range(100):  # warm up caches, lazy signatures and the like
        obj.setObjectName("x")
        obj.blockSignals(False)
    before = sys.getrefcount(None)
    for i in range(calls):
        obj.setObjectName("x" if i % 2 else "y")  # void
        obj.blockSignals(False)  # returns bool: for contrast, must not matter
    return sys.getrefcount(None) - before


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=20_000)
    args = ap.parse_args()
    import PySide6

    moved = drift(args.calls)
    print(f"PySide6 {PySide6.__version__}, Python {sys.version.split()[0]}: None's reference count moved "
          f"by {moved} over {args.calls} void calls")
    # A few references may come and go with caches; a leak is one per call.
    return 1 if abs(moved) > args.calls // 10 else 0


if __name__ == "__main__":
    raise SystemExit(main())
