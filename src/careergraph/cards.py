"""Role cards: everything the graph knows about one role, with sources.

>>> from careergraph import CareerGraph
>>> card = CareerGraph.from_guides().role("MLOps Engineer")
>>> "MLOps / ML Platform Engineer" in card.aliases
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from careergraph.evidence import MentionRecord
from careergraph.lexicon import Lexicon
from careergraph.lookup import NameMatch
from careergraph.model import EdgeType, SalaryRange, Seniority, SkillKind, Source, Track
from careergraph.storage import GraphAccess, MemoryGraph
from careergraph.storage.content import rank_of
from careergraph.storage.memory import is_networkx_graph

if TYPE_CHECKING:
    import networkx as nx

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


def role_card(graph: GraphAccess | nx.MultiDiGraph, role_id: str,
              lookup: NameMatch | None = None) -> RoleCard:
    """Assemble the card of the role with id ``role_id`` (reading only its neighbourhood)."""
    access = MemoryGraph(graph, Lexicon()) if is_networkx_graph(graph) else graph
    attrs = access.node(role_id)
    if attrs is None:
        raise KeyError(role_id)
    outgoing = access.out_edges(role_id)
    incoming = [e for e in access.in_edges(role_id)
                if e[2] in (EdgeType.HIRES, EdgeType.LEADS_TO, EdgeType.TRANSITIONS_TO)]
    names = access.names(sorted({d for _, d, _, _ in outgoing} | {s for s, _, _, _ in incoming}))

    def link(node: str, data: dict[str, Any]) -> Link:
        return Link(id=node, name=names[node], sources=data.get("sources") or [])

    out: dict[EdgeType, list[Link]] = {t: [] for t in EdgeType}
    skills: list[SkillLink] = []
    for _, dst, key, data in outgoing:
        if key == EdgeType.REQUIRES:
            skills.append(SkillLink(id=dst, name=names[dst], sources=data.get("sources") or [],
                                    kinds=data.get("kinds", [])))
        else:
            out[EdgeType(key)].append(link(dst, data))
    comes_from: list[Link] = []
    employers: list[Link] = []
    for src, _, key, data in incoming:
        (employers if key == EdgeType.HIRES else comes_from).append(link(src, data))

    def by_name(links: list[Any]) -> list[Any]:
        return sorted(links, key=lambda link: (link.name.lower(), link.id))

    # Saved graphs may leave out what the level implies (hand-made ones often do).
    level = Seniority(attrs.get("level") or Seniority.MID)
    return RoleCard(
        id=role_id, name=attrs["name"], aliases=attrs["aliases"], level=level,
        rank=rank_of(attrs), track=attrs.get("track") or level.track,
        guides=attrs.get("guides") or [],
        summary=attrs.get("summary"), salaries=attrs.get("salaries", []),
        skills=by_name(skills), leads_to=by_name(out[EdgeType.LEADS_TO]),
        transitions_to=by_name(out[EdgeType.TRANSITIONS_TO]), comes_from=by_name(comes_from),
        employers=by_name(employers), sectors=by_name(out[EdgeType.IN_SECTOR]),
        mentions=attrs.get("mentions", []), lookup=lookup,
    )
