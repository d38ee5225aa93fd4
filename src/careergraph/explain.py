"""Why a name resolved as it did: the spellings that joined its node (who said each, by which
rule, with what confidence), the merges across guides, and why each close candidate was
*not* merged.

>>> from careergraph import CareerGraph
>>> why = explain_name(CareerGraph.from_guides(), "MLOps / ML Platform Engineer")
>>> why.name, [s.rule for s in why.spellings if s.text == "MLOps / ML Platform Engineer"]
('MLOps Engineer', ['slash'])
>>> why.not_merged[0].reason.startswith("different names")
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field

from careergraph.errors import AmbiguousNameError, ResolveError
from careergraph.evidence import Ambiguity, CrossGuideMerge, MentionRecord
from careergraph.lookup import NameMatch
from careergraph.model import EdgeType, NodeType

if TYPE_CHECKING:
    from careergraph.graph import CareerGraph

__all__ = ["Explanation", "NotMerged", "explain_name"]

#: Candidates below this fuzzy score are too far to be worth explaining.
MIN_CANDIDATE_SCORE = 60.0


class NotMerged(BaseModel):
    """A close node the name was not joined to, and why."""

    id: str
    name: str
    score: float
    reason: str


class Explanation(BaseModel):
    """The resolution chain of one name (``status`` ``ambiguous``: ``candidates`` lists the
    nodes it could mean and ``ambiguity`` who claimed it)."""

    query: str
    type: NodeType
    status: Literal["resolved", "ambiguous"]
    id: str | None = None
    name: str | None = None
    lookup: NameMatch | None = None
    spellings: list[MentionRecord] = Field(default_factory=list)
    merges: list[CrossGuideMerge] = Field(default_factory=list)
    candidates: list[str] = Field(default_factory=list)
    ambiguity: Ambiguity | None = None
    not_merged: list[NotMerged] = Field(default_factory=list)


def explain_name(graph: CareerGraph, name: str, type_: NodeType | None = None) -> Explanation:
    """Explain how ``name`` resolves (a role first, then a skill, sector or employer).

    Raises :class:`~careergraph.errors.ResolveError` when no node is named so closely enough.
    """
    types = [type_] if type_ is not None else list(NodeType)
    first: ResolveError | None = None
    for kind in types:
        try:
            match = graph.match(name, kind)
        except AmbiguousNameError as exc:
            return _ambiguous(graph, name, kind, exc)
        except ResolveError as exc:
            first = first or exc
            continue
        return _resolved(graph, name, kind, match)
    assert first is not None
    raise first


def _ambiguous(graph: CareerGraph, name: str, type_: NodeType,
               exc: AmbiguousNameError) -> Explanation:
    names = {c for c, _ in exc.candidates}
    ids = [n for n, attrs in graph.nodes(type_) if attrs["name"] in names]
    key = graph._names().normaliser.key(name, role=type_ is NodeType.ROLE)
    ambiguity = next((a for a in graph.report.ambiguous if a.type is type_ and any(
        graph._names().normaliser.key(c.text, role=type_ is NodeType.ROLE) == key
        for c in a.claims)), None)
    return Explanation(query=name, type=type_, status="ambiguous", candidates=ids,
                       ambiguity=ambiguity)


def _resolved(graph: CareerGraph, name: str, type_: NodeType, match: NameMatch) -> Explanation:
    attrs = graph.node(match.id)
    spellings = [MentionRecord(**m) for m in attrs.get("mentions", [])]
    merges = [m for m in graph.report.merges if m.node == match.id]
    not_merged = [
        NotMerged(id=c.id, name=c.name, score=c.score, reason=_why_apart(graph, match.id, c.id))
        for c in graph.candidates(name, type_, limit=6)
        if c.id != match.id and c.score >= MIN_CANDIDATE_SCORE
    ]
    return Explanation(query=name, type=type_, status="resolved", id=match.id,
                       name=match.name, lookup=match, spellings=spellings, merges=merges,
                       not_merged=not_merged)


def _why_apart(graph: CareerGraph, node: str, other: str) -> str:
    """Why two nodes are two: the strongest reason the records give."""
    for ambiguity in graph.report.ambiguous:
        if {node, other} <= set(ambiguity.candidates):
            where = ", ".join(f"{c.file}:{c.line}" for c in ambiguity.claims)
            return (f"both claim the alias {ambiguity.name!r} ({where}); a shared alias is an "
                    "ambiguous name, not evidence that they are one")
    spellings = {*graph.node(node)["aliases"], *graph.node(other)["aliases"]}
    for refusal in graph.report.refusals:
        if set(refusal.names) <= spellings:
            return f"the lexicon says {refusal.names[0]!r} and {refusal.names[1]!r} are different"
    for edge in (graph.nx.get_edge_data(node, other, EdgeType.RELATED_TO.value),
                 graph.nx.get_edge_data(other, node, EdgeType.RELATED_TO.value)):
        if edge:
            return (f"related, not the same ({edge['rule']}, score {edge['score']}): one "
                    "names more than the other")
    mine, theirs = graph.node(node), graph.node(other)
    if mine.get("guides") and theirs.get("guides"):
        return (f"each is the subject of its own guide ({', '.join(mine['guides'])}; "
                f"{', '.join(theirs['guides'])}) and no alias either gives for its own role, "
                "acronym or lexicon entry says they are one job")
    normaliser = graph._names().normaliser
    role = mine.get("type") == NodeType.ROLE.value
    a, b = normaliser._keys(mine["name"], role), normaliser._keys(theirs["name"], role)
    if a[0] == b[0]:
        return (f"the same name but for a qualifier that tells them apart ({a[1]!r} vs "
                f"{b[1]!r})")
    return (f"different names (keys {a[0]!r} and {b[0]!r}) and no alias, acronym or lexicon "
            "entry joins them; similar spelling is not evidence")
