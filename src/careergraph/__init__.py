"""careergraph: career guides in, a career-path knowledge graph out.

>>> from careergraph import CareerGraph
>>> g = CareerGraph.from_guides()          # the bundled corpus
>>> g.role("Senior Machine Learning Operations (MLOps) Engineer").name
'Senior MLOps Engineer'
"""

from careergraph.errors import (
    CareerGraphError,
    GuideError,
    LexiconError,
    NoRouteError,
    ResolveError,
    StoreError,
)
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
