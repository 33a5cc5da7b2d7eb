"""One direction of imports, no cycles (issue 14 item 4, STYLE habit 16).

The graph is read from the sources with ``ast``: every ``import`` anywhere in a module — at its
top, inside a function, under ``if TYPE_CHECKING`` — is an edge, because an import moved into a
function to dodge a cycle is still the same cycle (it only fails later, at a worse moment).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def module_names(root: Path) -> dict[str, Path]:
    modules = {}
    for path in sorted((root / "hptracker").rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    return modules


def _known(name: str, modules: dict[str, Path]) -> str | None:
    """The hptracker module ``name`` is, or lies in (``pkg.mod.Class`` → ``pkg.mod``)."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def imports_of(module: str, path: Path, modules: dict[str, Path]) -> set[str]:
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - (node.level - 1)])
                source = f"{base}.{node.module}" if node.module else base
            else:
                source = node.module or ""
            # ``from pkg import name``: a submodule when there is one, else something of pkg.
            targets = [f"{source}.{alias.name}" for alias in node.names]
        else:
            continue
        for target in targets:
            known = _known(target, modules)
            if known is not None and known != module:
                found.add(known)
    return found


def import_graph(root: Path = ROOT) -> dict[str, set[str]]:
    modules = module_names(root)
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
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

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_reader_sees_cycles_and_function_level_imports(tmp_path):
    """The checker itself: a cycle closed by an import inside a function is found."""
    package = tmp_path / "hptracker"
    (package / "core").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "core" / "__init__.py").write_text("")
    (package / "core" / "db.py").write_text("def upgrade():\n    from .backup import backup\n")
    (package / "core" / "backup.py").write_text("from .db import upgrade\nfrom hptracker.core import files\n")
    (package / "core" / "files.py").write_text("import os\n")
    graph = import_graph(tmp_path)
    assert graph["hptracker.core.backup"] == {"hptracker.core.db", "hptracker.core.files"}
    assert cycles(graph) == [["hptracker.core.backup", "hptracker.core.db"]]


def test_no_import_cycles_among_hptracker_modules():
    assert cycles(import_graph()) == []


def test_the_store_does_not_import_the_backups():
    """Backups call the store; what the store needs of them it is handed (core.db.Safeguards)."""
    assert "hptracker.core.backup" not in import_graph()["hptracker.core.db"]


# The command line reaches into ui only to open the window and to print: a brief, and the periodic
# report's PDF (both are QTextDocuments laid out on A4 by ui.printing).
ALLOWED_UI = {
    "hptracker.cli": {"hptracker.ui.app"},
    "hptracker.cli.cmd_brief": {"hptracker.ui.printing"},
    "hptracker.cli.cmd_report": {"hptracker.ui.printing", "hptracker.ui.report_print"},
}


def test_the_command_line_reaches_into_ui_only_to_open_the_window_and_print_a_brief():
    graph = import_graph()
    reached = {
        module: {t for t in targets if t == "hptracker.ui" or t.startswith("hptracker.ui.")}
        for module, targets in graph.items()
        if module == "hptracker.cli" or module.startswith("hptracker.cli.")
    }
    assert {module: targets for module, targets in reached.items() if targets} == ALLOWED_UI


@pytest.mark.parametrize("layer", ["hptracker.core", "hptracker.ui"])
def test_lower_layers_never_import_the_entry_points(layer):
    """core and ui never import the command line (nor the names kept in hptracker.app)."""
    graph = import_graph()
    offenders = {
        module: sorted(t for t in targets if t.startswith(("hptracker.cli", "hptracker.app")))
        for module, targets in graph.items()
        if module.startswith(layer)
    }
    assert {m: t for m, t in offenders.items() if t} == {}
