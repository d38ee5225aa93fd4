"""Small readers the real-pages tests share: a page parsed under a neutral file name, the
texts of some facts, a guide's pay as (min, max) pairs."""

from __future__ import annotations

from collections.abc import Iterable

from careergraph.guides import parse_text
from careergraph.model import Fact, Guide


def parse_page(page: str) -> Guide:
    """``page`` read as a guide whose file name says nothing ("page.txt")."""
    return parse_text(page, "page.txt")


def texts(facts: Iterable[Fact]) -> set[str]:
    """The texts of ``facts``."""
    return {fact.text for fact in facts}


def pay_pairs(guide: Guide) -> set[tuple[float | None, float | None]]:
    """Each salary range of ``guide`` as (min, max)."""
    return {(s.min, s.max) for s in guide.salaries}
