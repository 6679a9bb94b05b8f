"""The house rules of the source tree, read from the code itself: which package may import
which (each package's docstring says the same), no import loop, no reaching into another
module's private names, and Qt only in ui/."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROJECT = ("app", "models", "ui")

ALLOWED = {
    # package: the project packages it may import (besides itself)
    # app.messages (words for people, translatable) may be used by every app package
    "models": set(),
    "app.messages": set(),
    "app.errors": {"app.messages"},
    "app.settings": {"app.messages"},
    "app.identity": set(),
    "app.crashlog": {"app.settings", "app.messages"},
    "app.collector": set(),
    "app.rules": {"models", "app.errors", "app.messages"},
    "app.services": {"models", "app.errors", "app.rules", "app.messages"},
    "app.queries": {"models", "app.errors", "app.rules", "app.services", "app.messages"},
    "app.store": {"models", "app.errors", "app.settings", "app.rules", "app.messages"},
    "app.exporting": {
        "models", "app.errors", "app.settings", "app.rules", "app.services", "app.queries",
        "app.messages",
    },
    "app.importing": {
        "models", "app.errors", "app.settings", "app.rules", "app.services", "app.queries",
        "app.store", "app.exporting", "app.messages", "app.collector",
    },
    "app.cli": {
        "models", "app.errors", "app.settings", "app.crashlog", "app.rules", "app.services",
        "app.queries", "app.store", "app.exporting", "app.importing", "app.messages",
        "app.identity",
    },
}  # fmt: skip


def modules() -> Iterator[tuple[str, Path]]:
    for top in PROJECT:
        for path in sorted((ROOT / top).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            yield name.removesuffix(".__init__"), path


MODULES = dict(modules())


def is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports(path: Path, *, at_run_time: bool = True) -> Iterator[tuple[str, list[str]]]:
    """(module, names) for every import in the file; with `at_run_time`, not those under
    `if TYPE_CHECKING:`."""

    def walk(node: ast.AST) -> Iterator[ast.AST]:
        for child in ast.iter_child_nodes(node):
            if at_run_time and isinstance(child, ast.If) and is_type_checking(child):
                children = child.orelse  # the `else:` of `if TYPE_CHECKING:` runs
            else:
                children = [child]
            for node in children:
                yield node
                yield from walk(node)

    for node in walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module, [a.name for a in node.names]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, []


def project_targets(module: str, names: list[str]) -> set[str]:
    found = {f"{module}.{n}" for n in names if f"{module}.{n}" in MODULES}
    if module in MODULES:
        found.add(module)
    return found


def package_of(module: str) -> str:
    parts = module.split(".")
    return parts[0] if parts[0] != "app" else ".".join(parts[:2])


def graph() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {name: set() for name in MODULES}
    for name, path in MODULES.items():
        for module, names in imports(path):
            edges[name] |= project_targets(module, names) - {name}
    return edges


def test_no_import_loop_at_run_time() -> None:
    """Loops are found with Tarjan's strongly connected components; the ORM classes' ring
    (a supplier has negotiations, a negotiation its supplier) is under TYPE_CHECKING."""
    edges = graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    loops: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                loops.append(sorted(component))

    for v in edges:
        if v not in index:
            visit(v)
    assert loops == []


def test_no_module_imports_another_modules_private_names() -> None:
    reached = [
        f"{name} imports {module}.{n}"
        for name, path in MODULES.items()
        for module, names in imports(path, at_run_time=False)
        if module in MODULES and module != name
        for n in names
        if n.startswith("_") and not n.startswith("__")
    ]
    assert reached == []


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_each_package_imports_only_what_it_may(package: str) -> None:
    wrong = sorted(
        f"{name} imports {target}"
        for name, path in MODULES.items()
        if package_of(name) == package
        for module, names in imports(path, at_run_time=False)
        for target in project_targets(module, names)
        if package_of(target) not in ALLOWED[package] | {package, "app"}
    )
    assert wrong == []


def test_every_app_package_is_ruled() -> None:
    assert {package_of(name) for name in MODULES if name.startswith("app.")} == set(ALLOWED) - {
        "models"
    }


@pytest.mark.parametrize("top", ["app", "models"])
def test_qt_only_in_ui(top: str) -> None:
    qt = [
        name
        for name, path in MODULES.items()
        if name.split(".")[0] == top
        for module, _ in imports(path, at_run_time=False)
        if module.split(".")[0] in ("PySide6", "shiboken6", "ui")
    ]
    assert qt == []
