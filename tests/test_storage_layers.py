"""The layers point one way: storage at the bottom, the graph model over it, routes and views
over the graph, the CLI on top.  Checked on the imports each module makes when it is loaded
(imports inside functions, the lazy delegates, and ``TYPE_CHECKING`` blocks are not loads)."""

from __future__ import annotations

import ast
from pathlib import Path

import careergraph

PACKAGE = Path(careergraph.__file__).parent
#: Layer of each module prefix, bottom (0) to top; a module may load only its layer or lower.
LAYERS = {
    "careergraph.storage": 1,
    "careergraph.graph": 2,
    "careergraph.cards": 2,
    "careergraph.cache": 2,
    "careergraph.incremental": 2,  # the cache's partial resolver, over its state file
    "careergraph.patch": 2,  # the cache's rebuild: the previous store patched
    "careergraph.rebuild": 2,
    "careergraph.routing": 3,
    "careergraph.routes": 3,
    "careergraph.views": 3,
    "careergraph.cli": 4,
    "careergraph.__main__": 4,  # `python -m careergraph`: the command line
}


def _layer(module: str) -> int:
    matches = [(len(prefix), layer) for prefix, layer in LAYERS.items()
               if module == prefix or module.startswith(prefix + ".")]
    return max(matches)[1] if matches else 0


def _loaded_imports(path: Path) -> set[str]:
    """careergraph modules imported at module level (not under ``if TYPE_CHECKING``)."""
    found: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {m for m in found if m.startswith("careergraph")}


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def test_no_module_loads_a_layer_above_its_own() -> None:
    wrong = []
    for module, path in sorted(_modules().items()):
        if module == "careergraph":
            continue  # the package façade re-exports the public objects
        for imported in _loaded_imports(path):
            if _layer(imported) > _layer(module):
                wrong.append(f"{module} (layer {_layer(module)}) loads {imported} "
                             f"(layer {_layer(imported)})")
    assert wrong == []


def test_module_level_imports_have_no_cycle() -> None:
    modules = _modules()
    edges = {m: {i for i in _loaded_imports(p) if i in modules} for m, p in modules.items()}
    state: dict[str, int] = {}
    cycle: list[str] = []

    def visit(module: str, trail: list[str]) -> None:
        state[module] = 1
        for target in sorted(edges[module]):
            if state.get(target) == 1 and not cycle and not module.startswith(target + "."):
                cycle.extend([*trail, module, target])
            elif target not in state:
                visit(target, [*trail, module])
        state[module] = 2

    for module in sorted(modules):
        if module not in state:
            visit(module, [])
    assert cycle == []
