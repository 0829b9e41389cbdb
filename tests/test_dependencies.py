"""The dependencies as pyproject.toml names them: bundle.lock pins every run-time one at a version
its bounds allow, and jieba is only an extra (the app never imports it)."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from packaging.requirements import Requirement

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

ROOT = Path(__file__).resolve().parents[1]


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_the_lock_pins_every_run_time_dependency_within_its_bounds():
    pins = {}
    for line in (ROOT / "bundle.lock").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pins[_norm(name)] = version
    for spec in _project()["dependencies"]:
        req = Requirement(spec)
        assert _norm(req.name) in pins, f"{req.name} is not in bundle.lock (python tools/lock_bundle.py)"
        assert req.specifier.contains(pins[_norm(req.name)], prereleases=True), (spec, pins[_norm(req.name)])


def test_jieba_is_an_extra_that_only_the_lexicon_builder_imports():
    project = _project()
    assert not any(_norm(Requirement(s).name) == "jieba" for s in project["dependencies"])
    assert any(_norm(Requirement(s).name) == "jieba" for s in project["optional-dependencies"]["lexicon"])
    importers = set()
    for path in (ROOT / "desktop_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            if any(n.split(".")[0] == "jieba" for n in names):
                importers.add(path.relative_to(ROOT).as_posix())
    assert importers == {"desktop_app/extraction/build_lexicon.py"}


def test_the_installed_pyside6_keeps_none_alive():
    """The reason for `PySide6 < 6.12` (tools/check_pyside_none.py): on 6.12.0 with Python 3.11 every
    void call drops a reference to None and the process aborts. This passes on 6.11; when it passes
    on a newer PySide6 (in CI after the pin is raised), the pin can go."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(ROOT / "tools" / "check_pyside_none.py"), "--calls", "20000"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "moved by" in done.stdout
