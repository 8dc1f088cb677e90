"""The architecture holds: layers, no import cycle anywhere, one list of the public API.

The layer contracts themselves are import-linter's (``[tool.importlinter]`` in
pyproject.toml, run as ``lint-imports`` by the test command); this file proves
what they do not state: no two modules import each other even indirectly,
imports inside functions included, and the public names are listed once.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import grimp

import qualityplans

ROOT = Path(__file__).resolve().parent.parent


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for start in sorted(graph.modules):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.find_modules_directly_imported_by(start))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append(
                        (child, iter(sorted(graph.find_modules_directly_imported_by(child))))
                    )
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycle_between_any_two_modules() -> None:
    graph = grimp.build_graph("qualityplans", include_external_packages=False)
    assert len(graph.modules) > 50  # the whole package was read
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = grimp.ImportGraph()
    for name in ("p", "p.a", "p.b", "p.c"):
        graph.add_module(name)
    graph.add_import(importer="p.a", imported="p.b")
    graph.add_import(importer="p.b", imported="p.c")
    graph.add_import(importer="p.c", imported="p.a")
    assert _cycles(graph) == [["p.a", "p.b", "p.c"]]


def test_layer_contracts_are_kept() -> None:
    done = subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports"), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:]
    assert "0 broken" in done.stdout


def test_the_model_imports_only_the_enums_values_and_formatter_below_it() -> None:
    graph = grimp.build_graph("qualityplans", include_external_packages=False)
    above = {"catalog", "data", "query", "compare", "validate", "export", "site", "cli", "rows"}
    for module in sorted(graph.modules):
        if module == "qualityplans.model" or module.startswith("qualityplans.model."):
            for imported in graph.find_modules_directly_imported_by(module):
                assert imported.split(".")[1] not in above, (module, imported)


def test_public_names_are_listed_once_and_type_checked_the_same() -> None:
    """``__all__`` is made from ``_HOMES``; the TYPE_CHECKING imports say the same."""
    assert qualityplans.__all__ == sorted(qualityplans._MODULE_OF)
    tree = ast.parse(Path(qualityplans.__file__).read_text(encoding="utf-8"))
    checked: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            for stmt in node.body:
                assert isinstance(stmt, ast.ImportFrom)
                for alias in stmt.names:
                    assert alias.asname == alias.name  # an explicit re-export
                    checked[alias.name] = (stmt.module or "").removeprefix("qualityplans.")
    assert checked == qualityplans._MODULE_OF
    for name in qualityplans.__all__:
        assert getattr(qualityplans, name) is not None
