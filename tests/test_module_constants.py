"""No module binds the same top-level name twice.

Two helpers merged on the same day once both added a `_FIELD_TITLE` pattern to one module:
the later binding silently replaced the earlier one, and the earlier rule stopped matching
anything. Linters flag redefined functions and imports, not re-assigned constants.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

SOURCES = sorted((Path(__file__).parent.parent / "src" / "careergraph").rglob("*.py"))


def _rebound(tree: ast.Module) -> list[tuple[str, int]]:
    seen: dict[str, int] = {}
    twice: list[tuple[str, int]] = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, ast.AnnAssign) and node.value is not None else [])
        for target in targets:
            if isinstance(target, ast.Name) and target.id != "__all__":
                if target.id in seen:
                    twice.append((target.id, node.lineno))
                seen[target.id] = node.lineno
    return twice


def test_the_check_finds_a_rebound_constant() -> None:
    tree = ast.parse("_A = 1\n_B = 2\n_A = 3\n")
    assert _rebound(tree) == [("_A", 3)]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(p.parents[2])))
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    assert _rebound(ast.parse(path.read_text(encoding="utf-8"))) == []
