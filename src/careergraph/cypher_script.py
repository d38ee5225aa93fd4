"""A ``.cypher`` script that ``cypher-shell`` runs to recreate the graph in Neo4j.

The script holds no Cypher of its own: it is the schema and the ``cypher/load/`` statements
(the same the Neo4j store runs), each preceded by a ``:param {rows: …}`` command that sets
its rows.  Values are written as Cypher literals — strings with Cypher's escapes — so guide
text is data in a parameter, never part of a statement.

Run it with ``cypher-shell -a neo4j://localhost:7687 -u neo4j -f graph.cypher``
(cypher-shell 5).

>>> cypher_literal({"name": 'Say "hi"\\n', "rank": 4, "tags": ["a", "b"], "note": None})
'{name: "Say \\\\"hi\\\\"\\\\n", rank: 4, tags: ["a", "b"], note: null}'
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from careergraph.errors import CareerGraphError

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["ScriptCommand", "cypher_literal", "parse_script", "write_cypher_script"]

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
#: Rows per ``:param`` command: small enough for cypher-shell to read as one line.
BATCH_ROWS = 200


def _key(name: str) -> str:
    return name if _IDENTIFIER.fullmatch(name) else "`" + name.replace("`", "``") + "`"


def cypher_literal(value: Any) -> str:
    """``value`` (JSON-like data) as a Cypher literal expression."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CareerGraphError(f"{value!r} has no Cypher literal")
        return repr(value)
    if isinstance(value, str):
        # JSON's escapes (\" \\ \n \t \uXXXX for control characters) are all Cypher escapes;
        # non-ASCII stays as is, so no surrogate pairs are needed.
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(str(k))}: {cypher_literal(v)}"
                               for k, v in value.items()) + "}"
    raise CareerGraphError(f"cannot write {type(value).__name__} as a Cypher literal")


def _commands(graph: nx.MultiDiGraph) -> Iterator[str]:
    from careergraph.graph import CareerGraph
    from careergraph.stores.cypher import statement
    from careergraph.stores.rows import batches, load_plan

    yield "// careergraph: recreates the career graph. Run with cypher-shell 5:"
    yield "//   cypher-shell -a neo4j://localhost:7687 -u neo4j -f graph.cypher"
    for text in statement("schema", "neo4j").statements:
        yield text.strip() + ";"
    for step in load_plan(CareerGraph(graph)).steps:
        body = _strip_comments(statement(step.statement).text)
        for rows in batches(step.rows, BATCH_ROWS):
            yield ":param {rows: " + cypher_literal(rows) + "}"
            yield body + ";"


def _strip_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines()
                     if not line.lstrip().startswith("//")).strip()


def write_cypher_script(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write the script that recreates ``graph`` (schema, then nodes, then relationships)."""
    path = Path(path)
    path.write_text("\n".join(_commands(graph)) + "\n", encoding="utf-8")
    return path


class ScriptCommand:
    """One command of a script: a ``:param`` map literal, or a statement."""

    def __init__(self, kind: str, text: str) -> None:
        self.kind = kind
        self.text = text

    def __repr__(self) -> str:
        return f"ScriptCommand({self.kind!r}, {self.text[:40]!r})"


def parse_script(text: str) -> list[ScriptCommand]:
    """Split a script as cypher-shell does: ``:param`` lines, and statements ending in ``;``.

    >>> [c.kind for c in parse_script(":param {rows: []}\\nRETURN 1;\\n// note\\nRETURN 2;")]
    ['param', 'statement', 'statement']
    """
    commands: list[ScriptCommand] = []
    pending: list[str] = []
    for line in text.splitlines():
        if line.startswith(":param "):
            commands.append(ScriptCommand("param", line[len(":param "):].strip()))
        elif line.lstrip().startswith("//") or not line.strip():
            continue
        else:
            pending.append(line)
            if line.rstrip().endswith(";"):
                commands.append(ScriptCommand("statement", "\n".join(pending).rstrip()[:-1]))
                pending = []
    return commands
