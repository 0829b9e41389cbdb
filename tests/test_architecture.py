"""The layering rules of DESIGN.md: a Qt-free core, SQL only in the store."""
from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "desktop_app"
UI_ONLY = {"PySide6.QtWidgets", "qtawesome"}
CORE = [p for p in PKG.rglob("*.py") if "ui" not in p.relative_to(PKG).parts and p.name != "app.py"]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def test_core_modules_exist():
    names = {p.relative_to(PKG).as_posix() for p in CORE}
    assert {"domain.py", "store/__init__.py", "schema.py", "parsing.py", "importer.py", "cli.py"} <= names


def test_core_imports_no_widgets_and_no_qtawesome():
    offenders = {str(p.relative_to(PKG)): sorted(_imports(p) & UI_ONLY) for p in CORE}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_domain_imports_only_the_standard_library():
    imported = {n.split(".")[0] for n in _imports(PKG / "domain.py")}
    assert imported <= {"__future__", "dataclasses", "typing", "datetime", "enum"}


def _may_touch_sqlite(path: Path) -> bool:
    """The store package (desktop_app/store/*) and desktop_app/schema.py; nothing else."""
    rel = path.relative_to(PKG)
    return rel.parts[0] == "store" or rel.as_posix() == "schema.py"


def test_only_the_store_touches_sqlite():
    users = {p.relative_to(PKG).as_posix() for p in PKG.rglob("*.py")
             if {n.split(".")[0] for n in _imports(p)} & {"sqlite3", "sqlite_utils"}}
    assert {u for u in users if not _may_touch_sqlite(PKG / u)} == set()
    assert "store/connection.py" in users  # the rule still sees the store's files


def test_the_sqlite_rule_forbids_everyone_else():
    assert _may_touch_sqlite(PKG / "store" / "articles.py") and _may_touch_sqlite(PKG / "schema.py")
    for other in ("backup.py", "ui/store.py", "ui/store/x.py", "export/schema.py", "store_tools.py"):
        assert not _may_touch_sqlite(PKG / other), other
