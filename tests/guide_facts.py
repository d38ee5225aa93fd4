"""Small views of a parsed :class:`Guide` that the extraction tests compare with what they
expect: fact texts, progression chains and their steps, moves, salaries as tuples."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from pathlib import Path

from careergraph.guides import parse_file
from careergraph.model import Guide


def parsed_page(tmp_path: Path, name: str, text: str) -> Guide:
    """The first guide parsed from ``text`` written to ``tmp_path / name`` (the file name
    matters: its extension picks the reader, its stem is the last resort for the role)."""
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return parse_file(page)[0]


def texts(facts: Iterable) -> list[str]:  # type: ignore[type-arg]
    """The text of each fact, in order."""
    return [f.text for f in facts]


def names(facts: Iterable) -> set[str]:  # type: ignore[type-arg]
    """The texts of the facts, as a set."""
    return {f.text for f in facts}


def chains(guide: Guide) -> list[list[str]]:
    """Each progression of ``guide`` as a list of role texts."""
    return [texts(chain) for chain in guide.progressions]


def steps(guide: Guide) -> set[tuple[str, str]]:
    """Every move of every progression, as a (from, to) pair of texts."""
    return {pair for chain in chains(guide) for pair in itertools.pairwise(chain)}


def pay(guide: Guide) -> set[tuple[int | None, int | None, str, str, str | None]]:
    """Each salary as (min, max, currency, period, owner)."""
    return {(s.min, s.max, s.currency, s.period, s.role) for s in guide.salaries}


def moves(guide: Guide) -> list[tuple[str, str]]:
    """The guide's moves as (from, to) pairs, "@self" for its own role: its leads and
    transitions, the moves into it and every step of its progressions."""

    def node(fact: object) -> str:
        name = str(getattr(fact, "text", fact))
        return "@self" if name == guide.role.text else name

    found = [("@self", node(t)) for t in [*guide.leads_to, *guide.transitions_to]]
    found += [(node(t), "@self") for t in guide.moves_in]
    for chain in guide.progressions:
        found += [(node(a), node(b)) for a, b in itertools.pairwise(chain)]
    return found
