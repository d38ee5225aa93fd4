"""A perfect extraction of an expected-facts mapping, as a newer extractor would report it.

Shared by the scorer's tests and the web generator's tests: a Guide built from the truth must
score 1.0, which checks the truth and the scorer against each other.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from careergraph.model import (
    Fact,
    Guide,
    Layout,
    SalaryRange,
    SkillFact,
    SkillKind,
    Source,
    money_amount,
)


class FutureSalary(SalaryRange):
    """A salary as a newer extractor may report it: point-ness and owner stated."""

    point: bool = False
    belongs_to: str | None = None


class FutureGuide(Guide):
    """A Guide with a field today's model lacks (moves into the role)."""

    moves_in: list[Fact] = Field(default_factory=list)


def fact(text: str, line: int = 1) -> Fact:
    """A fact read from line ``line`` of ``page.txt``."""
    return Fact(text=text, source=Source(file="page.txt", line=line))


def _first(entry: Any) -> str:
    return entry if isinstance(entry, str) else str(entry[0])


def _salary(entry: dict[str, Any]) -> FutureSalary:
    low = entry.get("min")
    high = entry.get("max", low if entry.get("point") else None)
    # (stored as the extractor stores them: the cents of an hourly $81.75 kept, or two bands
    # that differ in cents, "$81.75–$92.75" and "$81.75–$93.25", would round to one)
    return FutureSalary(min=None if low is None else money_amount(low),
                        max=None if high is None else money_amount(high),
                        currency=entry.get("currency", "USD"),
                        period=entry.get("period", "year"), point=bool(entry.get("point")),
                        belongs_to=entry.get("belongs_to"), source=Source(file="page.txt", line=1))


def perfect_guide(raw: dict[str, Any]) -> FutureGuide:
    """A Guide stating exactly the facts of an expected file (canonical spellings)."""
    return FutureGuide(
        file="page.txt", layout=Layout.LONGFORM, role=fact(_first(raw["role"])),
        skills=[SkillFact(text=_first(s), kind=SkillKind.TOP,
                          source=Source(file="page.txt", line=1))
                for s in raw.get("skills", [])],
        leads_to=[fact(_first(x)) for x in raw.get("leads_to", [])],
        transitions_to=[fact(_first(x)) for x in raw.get("transitions_to", [])],
        moves_in=[fact(_first(x)) for x in raw.get("moves_in", [])],
        progressions=[[fact(_first(x)) for x in ladder] for ladder in raw.get("ladder", [])],
        employers=[fact(_first(x)) for x in raw.get("employers", [])],
        sectors=[fact(_first(x)) for x in raw.get("sectors", [])],
        salaries=[_salary(s) for s in raw.get("salaries", [])],
    )
