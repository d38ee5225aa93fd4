"""Names -> nodes of a built graph: exact keys first, then a fuzzy match that says so.

A name is looked up by its key (as resolution compared names; the graph stores these), narrowed
by its strict key (qualifiers kept: "Sound Engineer (film)") where several nodes share the
key, then fuzzily.  A key that two
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

from collections.abc import Callable
from typing import Any, Protocol

from pydantic import BaseModel

from careergraph.errors import AmbiguousNameError, ResolveError
from careergraph.model import NodeType
from careergraph.names import Normaliser, is_generic_head, words

__all__ = ["ACCEPT_MARGIN", "ACCEPT_SCORE", "NameIndex", "NameMatch", "NameSource"]

#: Fuzzy matches at or above this score (0-100) are accepted without asking …
ACCEPT_SCORE = 88.0
#: … provided the next-best different node scores at least this much lower.
ACCEPT_MARGIN = 4.0


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


class NameSource(Protocol):
    """What a lookup reads from a graph (a :class:`~careergraph.graph.CareerGraph`)."""

    def lookup(self, kind: str, key: str) -> list[str]: ...

    def name(self, node_id: str) -> str: ...

    def node(self, node_id: str) -> dict[str, Any]: ...


class NameIndex:
    """Name lookups over a graph's stored keys: strict key, key, then fuzzy."""

    def __init__(self, source: NameSource, normaliser: Normaliser,
                 spellings: Callable[[str], list[tuple[str, str]]]) -> None:
        self.source = source
        self.normaliser = normaliser
        self._spellings = spellings

    def exact(self, name: str, type_: NodeType) -> list[str]:
        """The nodes whose spellings have the name's key; where several do, those whose
        spellings also have its strict key (qualifiers kept), if exactly one does."""
        role = type_ is NodeType.ROLE
        loose, strict = self.normaliser._keys(name, role)
        hits = sorted(set(self.source.lookup(type_.value, loose)))
        if len(hits) > 1:
            narrowed = [n for n in hits if any(
                self.normaliser._keys(a, role)[1] == strict
                for a in self.source.node(n).get("aliases", []))]
            if len(narrowed) == 1:
                return narrowed
        return hits

    def candidates(self, name: str, type_: NodeType, limit: int = 5) -> list[NameMatch]:
        """The nodes of a type whose spellings are closest to ``name``, best first."""
        from rapidfuzz import fuzz, process

        choices = self._spellings(type_.value)
        # Compared as lowercase words that keep "+", "#" and a leading ".": C# is not C++.
        scored = process.extract(name, [c[0] for c in choices], scorer=fuzz.WRatio,
                                 processor=lambda s: " ".join(words(s)), limit=None)
        best: dict[str, tuple[float, str]] = {}
        for spelling, score, index in scored:
            node_id = choices[index][1]
            if node_id not in best or float(score) > best[node_id][0]:
                best[node_id] = (float(score), spelling)
        ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))[:limit]
        return [NameMatch(id=n, name=self.source.name(n), score=round(s, 1), fuzzy=True,
                          query=name, matched=spelling) for n, (s, spelling) in ranked]

    def match(self, name: str, type_: NodeType) -> NameMatch:
        """Resolve a name, alias or close misspelling to one node (see the module doc)."""
        exact = self.exact(name, type_)
        kind = type_.value.lower()
        if len(exact) == 1:
            found = self.source.name(exact[0])
            return NameMatch(id=exact[0], name=found, score=100.0, query=name, matched=found)
        if len(exact) > 1:
            raise AmbiguousNameError(name, f"ambiguous {kind} name",
                                     [(self.source.name(n), 100.0) for n in exact])
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
