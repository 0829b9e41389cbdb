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
    assert {"domain.py", "store/__init__.py", "store/schema.py", "parsing.py", "importer.py", "cli/__init__.py"} <= names


def test_core_imports_no_widgets_and_no_qtawesome():
    offenders = {str(p.relative_to(PKG)): sorted(_imports(p) & UI_ONLY) for p in CORE}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_domain_imports_only_the_standard_library():
    for module in ("domain.py", "values.py", "records.py", "summary.py", "catalogue.py", "frozen.py"):
        imported = {n.split(".")[0] for n in _imports(PKG / module)}
        assert imported <= {"__future__", "dataclasses", "typing", "datetime", "enum"}, module


def _may_touch_sqlite(path: Path) -> bool:
    """The store package (desktop_app/store/*); nothing else."""
    return path.relative_to(PKG).parts[0] == "store"


def test_only_the_store_touches_sqlite():
    users = {p.relative_to(PKG).as_posix() for p in PKG.rglob("*.py")
             if {n.split(".")[0] for n in _imports(p)} & {"sqlite3", "sqlite_utils"}}
    assert {u for u in users if not _may_touch_sqlite(PKG / u)} == set()
    assert "store/connection.py" in users  # the rule still sees the store's files


def _may_touch_psycopg(path: Path) -> bool:
    """The server backend (desktop_app/store/server/*); nothing else, so psycopg stays optional."""
    return path.relative_to(PKG).parts[:2] == ("store", "server")


def test_only_the_server_backend_touches_psycopg():
    users = {p.relative_to(PKG).as_posix() for p in PKG.rglob("*.py")
             if {n.split(".")[0] for n in _imports(p)} & {"psycopg", "psycopg_pool", "psycopg2"}}
    assert {u for u in users if not _may_touch_psycopg(PKG / u)} == set()
    assert "store/server/connection.py" in users
    assert not _may_touch_psycopg(PKG / "store" / "core.py") and not _may_touch_psycopg(PKG / "cli" / "server.py")


def test_the_sqlite_rule_forbids_everyone_else():
    assert _may_touch_sqlite(PKG / "store" / "articles.py") and _may_touch_sqlite(PKG / "store" / "schema.py")
    for other in ("schema.py", "ui/store.py", "ui/store/x.py", "export/schema.py", "store_tools.py"):
        assert not _may_touch_sqlite(PKG / other), other


# -- the import graph ----------------------------------------------------------------------------
def _module_name(path: Path) -> str:
    parts = ("desktop_app",) + path.relative_to(PKG).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in PKG.rglob("*.py")}


def _edges(name: str, path: Path) -> set[str]:
    """The package modules `name` imports anywhere in its file (function-level imports count: a lazy
    import still ties the two modules together). `from pkg import sub` names the submodule."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            subs = {f"{module}.{a.name}" for a in node.names} & MODULES.keys()
            found.update(subs or {module})
    return {m for m in found if m in MODULES and m != name}


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return []

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return []


def test_no_import_circle():
    graph = {name: _edges(name, path) for name, path in MODULES.items()}
    assert _cycle(graph) == []


def test_the_circle_finder_sees_a_circle_and_a_lazy_import():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) == []
    assert "desktop_app.readers.html" in _edges("desktop_app.readers", MODULES["desktop_app.readers"])


def test_no_two_modules_share_a_name_across_core_and_ui():
    ui = {p.stem for p in (PKG / "ui").glob("*.py")} - {"__init__"}
    core = {p.stem for p in PKG.rglob("*.py") if "ui" not in p.relative_to(PKG).parts} - {"__init__", "__main__"}
    assert ui & core == set()


def test_every_package_is_installed():
    """pyproject.toml lists the packages by name (resources/ is mapped into the package), so a new
    folder not added there is missing from `pip install .` and from the bundle's wheel."""
    import pytest

    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    listed = set(tomllib.loads((PKG.parent / "pyproject.toml").read_text(encoding="utf-8"))
                 ["tool"]["setuptools"]["packages"])
    found = {_module_name(p) for p in PKG.rglob("__init__.py")}
    assert found <= listed


def _all_imports(path: Path) -> set[str]:
    """Every module `path` imports, relative imports resolved (`from ..ui import x` in
    desktop_app/cli/words.py -> desktop_app.ui, desktop_app.ui.x), function-level ones included."""
    package = list(path.relative_to(PKG.parent).with_suffix("").parts[:-1])
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            names.add(module)
            names.update(f"{module}.{a.name}" for a in node.names)
    return names


def test_nothing_outside_ui_imports_ui():
    """One direction: ui -> core. The core, the CLI included, never reaches into the window's package
    (the CLI's words come from desktop_app/catalogue.py, as the window's do); app.py, the
    composition root that builds the window, is the one exception."""
    offenders = {}
    for path in CORE:  # app.py is not in CORE
        used = sorted(n for n in _all_imports(path) if n == "desktop_app.ui" or n.startswith("desktop_app.ui."))
        if used:
            offenders[path.relative_to(PKG).as_posix()] = used
    assert offenders == {}
    # the check resolves relative imports: a module of ui/ is seen importing ui
    assert any(n.startswith("desktop_app.ui.") for n in _all_imports(PKG / "ui" / "main_window.py"))
