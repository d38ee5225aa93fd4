"""Cypher statements by name, read from the ``cypher/`` library (the only home of Cypher text).

A statement file starts with a ``//`` comment header: what it answers, its parameters (one
``//   $name  type  description`` line each, ``(default X)`` optional) and an example.  An
engine-specific variant sits next to the portable file as ``<name>.<engine>.cypher`` and is
used on that engine only.

>>> shortest = statement("queries/shortest_route")
>>> [p.name for p in shortest.params]
['from', 'to']
>>> statement("schema", "falkordb").path.name
'schema.falkordb.cypher'
>>> statement("queries/top_skills").bind({"limit": "3"})
{'limit': 3}
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from careergraph.errors import StoreError
from careergraph.resources import cypher_dir

__all__ = [
    "ENGINES",
    "Engine",
    "Param",
    "Statement",
    "library",
    "parse_statement",
    "split_statements",
    "statement",
]

Engine = Literal["neo4j", "falkordb"]
ENGINES: tuple[Engine, ...] = ("neo4j", "falkordb")

_PARAM_LINE = re.compile(r"^//\s+\$(\w+)\s+(string|integer|float|boolean|list|map)\b\s*(.*)$")
_DEFAULT = re.compile(r"\(default ([^)]*)\)")
_USED = re.compile(r"\$(\w+)")


class Param(BaseModel):
    """A parameter a statement's header declares."""

    model_config = ConfigDict(frozen=True)

    name: str
    type: str
    description: str
    default: Any = None

    @property
    def required(self) -> bool:
        return self.default is None

    def coerce(self, value: Any) -> Any:
        """Turn a command-line string into the declared type; other values pass unchanged.

        >>> Param(name="limit", type="integer", description="").coerce("5")
        5
        """
        if not isinstance(value, str) or self.type == "string":
            return value
        try:
            if self.type == "integer":
                return int(value)
            if self.type == "float":
                return float(value)
            if self.type == "boolean" and value.lower() in ("true", "false"):
                return value.lower() == "true"
            if self.type in ("list", "map"):
                return json.loads(value)
        except (ValueError, RecursionError):  # RecursionError: absurdly deep JSON
            pass
        shown = repr(value) if len(value) <= 60 else f"{value[:40]!r}… ({len(value):,} characters)"
        raise StoreError(f"parameter ${self.name} must be a {self.type}, not {shown}")


class Statement(BaseModel):
    """One ``.cypher`` file: its text, what it answers, its declared parameters."""

    model_config = ConfigDict(frozen=True)

    name: str
    path: Path
    text: str
    summary: str
    params: tuple[Param, ...] = ()
    example: str = ""

    @property
    def statements(self) -> list[str]:
        """The file's statements (schema files hold several, separated by ``;``)."""
        return split_statements(self.text)

    def bind(self, given: Mapping[str, Any]) -> dict[str, Any]:
        """Parameters to run with: ``given`` coerced to declared types, defaults filled in.

        Raises :class:`~careergraph.errors.StoreError` naming a missing required parameter.
        Undeclared parameters pass through unchanged (a user's own file may have no header).
        """
        bound = dict(given)
        for param in self.params:
            if param.name in bound:
                bound[param.name] = param.coerce(bound[param.name])
            elif param.required:
                raise StoreError(f"{self.path.name} needs parameter ${param.name} "
                                 f"({param.description}); pass -p {param.name}=…")
            else:
                bound[param.name] = param.default
        return bound


def split_statements(text: str) -> list[str]:
    """Statements of a file: ``//`` comment lines dropped, split at a ``;`` ending a line.

    >>> split_statements("// c\\nCREATE (a);\\nCREATE (b);\\n")
    ['CREATE (a)', 'CREATE (b)']
    """
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    parts = re.split(r";[ \t]*(?:\n|$)", code)
    return [part.strip() for part in parts if part.strip()]


def parse_statement(path: Path, name: str | None = None) -> Statement:
    """Read a ``.cypher`` file and its header (a user's file without a header is fine)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise StoreError(f"cannot read Cypher file {path}: {exc.strerror}") from exc
    header: list[str] = []
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        header.append(line)
    params: list[Param] = []
    example: list[str] = []
    in_example = False
    for line in header:
        match = _PARAM_LINE.match(line)
        if match:
            description = match.group(3).strip()
            default = _DEFAULT.search(description)
            param = Param(name=match.group(1), type=match.group(2), description=description)
            if default:
                param = param.model_copy(update={"default": param.coerce(default.group(1))})
            params.append(param)
        elif line.startswith("// Example"):
            in_example = True
        elif in_example and line.strip("/ "):
            example.append(line.lstrip("/").strip())
    summary = header[0].lstrip("/").strip() if header else ""
    return Statement(name=name or path.stem, path=path, text=text, summary=summary,
                     params=tuple(params), example="\n".join(example))


def _path_for(name: str, engine: Engine | None, root: Path) -> Path:
    if engine is not None:
        variant = root / f"{name}.{engine}.cypher"
        if variant.is_file():
            return variant
    return root / f"{name}.cypher"


@lru_cache(maxsize=256)
def _cached(path: Path, name: str, mtime_ns: int) -> Statement:
    return parse_statement(path, name)


def statement(name: str, engine: Engine | None = None) -> Statement:
    """The statement ``cypher/<name>.cypher`` (or its ``<engine>`` variant when one exists)."""
    path = _path_for(name, engine, cypher_dir())
    if not path.is_file():
        raise StoreError(f"no Cypher statement named {name!r} in {cypher_dir()}")
    return _cached(path, name, path.stat().st_mtime_ns)


def library(folder: str = "queries") -> list[Statement]:
    """The portable statements of a ``cypher/`` sub-folder (default: the query library).

    >>> "shortest_route" in [s.path.stem for s in library()]
    True
    """
    root = cypher_dir() / folder
    return [statement(f"{folder}/{path.stem}") for path in sorted(root.glob("*.cypher"))
            if path.stem.count(".") == 0]


def used_params(text: str) -> set[str]:
    """Parameter names a statement uses (comments excluded).

    >>> sorted(used_params("// $x\\nMATCH (n {id: $id}) RETURN n LIMIT $limit"))
    ['id', 'limit']
    """
    return set(_USED.findall("\n".join(split_statements(text))))
