"""Role cards: everything the graph knows about one role, with sources.

>>> from careergraph import CareerGraph
>>> card = CareerGraph.from_guides().role("MLOps Engineer")
>>> "MLOps / ML Platform Engineer" in card.aliases
True
"""

from __future__ import annotations

from typing import Any

import networkx as nx
from pydantic import BaseModel, Field

from careergraph.evidence import MentionRecord
from careergraph.lookup import NameMatch
from careergraph.model import EdgeType, SalaryRange, Seniority, SkillKind, Source, Track

__all__ = ["Link", "RoleCard", "SkillLink", "role_card"]


class Link(BaseModel):
    """A neighbouring node and the guide lines that state the link."""

    id: str
    name: str
    sources: list[Source] = Field(default_factory=list)


class SkillLink(Link):
    kinds: list[SkillKind] = Field(default_factory=list)


class RoleCard(BaseModel):
    """A role, its level and neighbourhood; ``mentions`` explains every merged spelling."""

    id: str
    name: str
    aliases: list[str]
    level: Seniority
    rank: int
    track: Track
    guides: list[str]
    summary: str | None = None
    salaries: list[SalaryRange] = Field(default_factory=list)
    skills: list[SkillLink] = Field(default_factory=list)
    leads_to: list[Link] = Field(default_factory=list)
    transitions_to: list[Link] = Field(default_factory=list)
    comes_from: list[Link] = Field(default_factory=list)
    employers: list[Link] = Field(default_factory=list)
    sectors: list[Link] = Field(default_factory=list)
    mentions: list[MentionRecord] = Field(default_factory=list)
    #: How the name asked for was matched (``fuzzy`` and ``note`` say if it was fuzzy).
    lookup: NameMatch | None = None


def _link(graph: nx.MultiDiGraph, node: str, attrs: dict[str, Any]) -> Link:
    return Link(id=node, name=graph.nodes[node]["name"], sources=attrs["sources"])


def role_card(graph: nx.MultiDiGraph, role_id: str, lookup: NameMatch | None = None) -> RoleCard:
    """Assemble the card of the role with id ``role_id``."""
    attrs = graph.nodes[role_id]
    out: dict[EdgeType, list[Link]] = {t: [] for t in EdgeType}
    skills: list[SkillLink] = []
    for _, dst, key, data in graph.out_edges(role_id, keys=True, data=True):
        if key == EdgeType.REQUIRES:
            skills.append(SkillLink(id=dst, name=graph.nodes[dst]["name"],
                                    sources=data["sources"], kinds=data.get("kinds", [])))
        else:
            out[EdgeType(key)].append(_link(graph, dst, data))
    comes_from: list[Link] = []
    employers: list[Link] = []
    for src, _, key, data in graph.in_edges(role_id, keys=True, data=True):
        if key == EdgeType.HIRES:
            employers.append(_link(graph, src, data))
        elif key in (EdgeType.LEADS_TO, EdgeType.TRANSITIONS_TO):
            comes_from.append(_link(graph, src, data))

    def by_name(links: list[Any]) -> list[Any]:
        return sorted(links, key=lambda link: (link.name.lower(), link.id))

    return RoleCard(
        id=role_id, name=attrs["name"], aliases=attrs["aliases"], level=attrs["level"],
        rank=attrs["rank"], track=attrs["track"], guides=attrs["guides"],
        summary=attrs.get("summary"), salaries=attrs.get("salaries", []),
        skills=by_name(skills), leads_to=by_name(out[EdgeType.LEADS_TO]),
        transitions_to=by_name(out[EdgeType.TRANSITIONS_TO]), comes_from=by_name(comes_from),
        employers=by_name(employers), sectors=by_name(out[EdgeType.IN_SECTOR]),
        mentions=attrs.get("mentions", []), lookup=lookup,
    )
