"""Names -> nodes of a built graph: exact keys first, then a fuzzy match that says so.

A name is looked up by its strict key (qualifiers kept: "SaaS (service-oriented
modelling)"), then by its key (as resolution compared names), then fuzzily.  A key that two
nodes share (a shared alias, or a qualifier-less name of two qualified ones) is ambiguous:
:class:`~careergraph.errors.AmbiguousNameError` lists the candidates.  A fuzzy match says it
was fuzzy (:attr:`NameMatch.fuzzy`, :attr:`NameMatch.note`).

>>> from careergraph import CareerGraph
>>> match = CareerGraph.from_guides().match("Machine Lerning Operations Manager")
>>> match.fuzzy, match.matched
(True, 'Machine Learning Operations Manager')
>>> match.note.startswith("matched 'Machine Lerning Operations Manager' to ")
True
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel

from careergraph.errors import AmbiguousNameError, ResolveError
from careergraph.lexicon import Lexicon
from careergraph.model import NodeType
from careergraph.names import Normaliser, is_generic_head, strip_qualifiers, words

__all__ = ["ACCEPT_MARGIN", "ACCEPT_SCORE", "NameIndex", "NameMatch"]

#: Fuzzy matches at or above this score (0-100) are accepted without asking …
ACCEPT_SCORE = 88.0
#: … provided the next-best different node scores at least this much lower.
ACCEPT_MARGIN = 4.0

Nodes = Iterable[tuple[str, dict[str, Any]]]


class NameMatch(BaseModel):
    """A name resolved to a node, with a score (100 = same name after normalising).

    ``fuzzy`` is True when no spelling of the node has the name's key: ``matched`` is the
    spelling the name was closest to.
    """

    id: str
    name: str
    score: float
    fuzzy: bool = False
    query: str = ""
    matched: str = ""

    @property
    def note(self) -> str | None:
        """"matched 'data analist' to 'data analyst' (94)" for a fuzzy match, else None."""
        if not self.fuzzy:
            return None
        return f"matched {self.query!r} to {self.matched or self.name!r} ({self.score:.0f})"


class NameIndex:
    """The keys of every spelling of every node of a graph, by node type."""

    def __init__(self, nodes: Nodes, lexicon: Lexicon) -> None:
        items = list(nodes)
        normaliser = Normaliser(lexicon.acronyms)
        for _, attrs in items:
            for alias in attrs["aliases"]:
                for acronym, expansion in strip_qualifiers(alias)[1].items():
                    normaliser.learn(acronym, expansion)
        self.normaliser = normaliser
        self.names = {node_id: str(attrs["name"]) for node_id, attrs in items}
        self.loose: dict[NodeType, dict[str, set[str]]] = {t: {} for t in NodeType}
        self.strict: dict[NodeType, dict[str, set[str]]] = {t: {} for t in NodeType}
        self.spellings: dict[NodeType, list[tuple[str, str]]] = {t: [] for t in NodeType}
        for node_id, attrs in items:
            type_ = NodeType(attrs["type"])
            for alias in attrs["aliases"]:
                loose, strict = normaliser._keys(alias, type_ is NodeType.ROLE)
                self.loose[type_].setdefault(loose, set()).add(node_id)
                self.strict[type_].setdefault(strict, set()).add(node_id)
                self.spellings[type_].append((alias, node_id))
        # A slash title ("MLOps / ML Platform Engineer") also answers to each title it
        # stands for, as resolution decided, unless that title is another node's own.
        level_words = {w.lower() for words in lexicon.levels.values() for w in words}
        alternatives: dict[str, set[str]] = {}
        for node_id, attrs in items:
            if attrs["type"] != NodeType.ROLE.value:
                continue
            for alias in attrs["aliases"]:
                if "/" in alias:
                    for alt in normaliser.role_alternatives(alias, level_words):
                        key = normaliser.key(alt, role=True)
                        alternatives.setdefault(key, set()).add(node_id)
        for key, ids in alternatives.items():
            self.loose[NodeType.ROLE].setdefault(key, ids)

    def exact(self, name: str, type_: NodeType) -> list[str]:
        """The nodes whose spellings have the name's strict key, else its key, sorted."""
        loose, strict = self.normaliser._keys(name, type_ is NodeType.ROLE)
        hits = self.strict[type_].get(strict, set())
        if len(hits) != 1:
            hits = self.loose[type_].get(loose, set()) or hits
        return sorted(hits)

    def candidates(self, name: str, type_: NodeType, limit: int = 5) -> list[NameMatch]:
        """The nodes of a type whose spellings are closest to ``name``, best first."""
        from rapidfuzz import fuzz, process

        choices = self.spellings[type_]
        # Compared as lowercase words that keep "+", "#" and a leading ".": C# is not C++.
        scored = process.extract(name, [c[0] for c in choices], scorer=fuzz.WRatio,
                                 processor=lambda s: " ".join(words(s)), limit=None)
        best: dict[str, tuple[float, str]] = {}
        for spelling, score, index in scored:
            node_id = choices[index][1]
            if node_id not in best or float(score) > best[node_id][0]:
                best[node_id] = (float(score), spelling)
        ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))[:limit]
        return [NameMatch(id=n, name=self.names[n], score=round(s, 1), fuzzy=True, query=name,
                          matched=spelling) for n, (s, spelling) in ranked]

    def match(self, name: str, type_: NodeType) -> NameMatch:
        """Resolve a name, alias or close misspelling to one node (see the module doc)."""
        exact = self.exact(name, type_)
        kind = type_.value.lower()
        if len(exact) == 1:
            return NameMatch(id=exact[0], name=self.names[exact[0]], score=100.0, query=name,
                             matched=self.names[exact[0]])
        if len(exact) > 1:
            raise AmbiguousNameError(name, f"ambiguous {kind} name",
                                     [(self.names[n], 100.0) for n in exact])
        ranked = self.candidates(name, type_)
        shown = [(c.name, c.score) for c in ranked]
        if type_ is NodeType.ROLE and is_generic_head(name):
            # "manager" alone names no role: a fuzzy match would pick an arbitrary one.
            raise ResolveError(name, f"too generic to name one {kind}", shown)
        if not ranked or ranked[0].score < ACCEPT_SCORE:
            raise ResolveError(name, f"no {kind} named", shown)
        if len(ranked) > 1 and ranked[0].score - ranked[1].score < ACCEPT_MARGIN:
            raise AmbiguousNameError(name, f"ambiguous {kind} name", shown)
        return ranked[0]
