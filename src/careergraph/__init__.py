"""careergraph: career guides in, a career-path knowledge graph out.

>>> from careergraph import CareerGraph
>>> g = CareerGraph.from_guides()          # the bundled corpus
>>> g.role("Senior Machine Learning Operations (MLOps) Engineer").name
'Senior MLOps Engineer'

The public objects are imported when first used (PEP 562), so a command that needs only
some of them does not pay for the others' imports.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from careergraph.errors import (
    CareerGraphError,
    GuideError,
    LexiconError,
    NoRouteError,
    ResolveError,
    StoreError,
)

if TYPE_CHECKING:
    from careergraph.graph import CareerGraph
    from careergraph.model import EdgeType, Guide, NodeType, Seniority, SkillKind, Source
    from careergraph.routing.models import Route, SkillsGap, Step

__all__ = [
    "CareerGraph",
    "CareerGraphError",
    "EdgeType",
    "Guide",
    "GuideError",
    "LexiconError",
    "NoRouteError",
    "NodeType",
    "ResolveError",
    "Route",
    "Seniority",
    "SkillKind",
    "SkillsGap",
    "Source",
    "Step",
    "StoreError",
]

__version__ = "0.1.0"

#: Where each lazily imported public object lives.
_LAZY = {
    "CareerGraph": "careergraph.graph",
    **dict.fromkeys(("EdgeType", "Guide", "NodeType", "Seniority", "SkillKind", "Source"),
                    "careergraph.model"),
    **dict.fromkeys(("Route", "SkillsGap", "Step"), "careergraph.routing.models"),
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'careergraph' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
