"""Structures behind the misses of the generator's set-44 families on a fresh cover corpus
(carry44): a tax agent's claim question naming the worker ("Which costs count for a X?"),
tax relief named by the payer's band right after its figure (no pay), a pay sentence naming
the skills that raise pay ("Those who add A, B or C earn more").  Every page here is
invented."""

from __future__ import annotations

from careergraph.guides import parse_text


def _pay(guide: object) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


def _moves(guide: object) -> set[str]:
    return {f.text for bucket in ("leads_to", "transitions_to", "moves_in")
            for f in getattr(guide, bucket)}


_CLAIM = """\
KitRefund — claims for working people
Home › Building › Plasterer

Which costs count for a plasterer?
The flat rate covers hawks, trowels and overalls you wash yourself.

Plasterer | flat rate expense £140 a year | relief £28 (basic rate) or £56 (higher rate)

What the job pays
A qualified plasterer usually earns £27,000 - £33,000 a year.
Those who add venetian plastering, screeding or dry lining earn more.
"""


def test_a_claim_question_names_the_worker() -> None:
    guide = parse_text(_CLAIM, "p.txt")
    assert guide.role is not None and guide.role.text == "Plasterer"


def test_tax_relief_by_band_is_no_pay() -> None:
    pay = _pay(parse_text(_CLAIM, "p.txt"))
    assert not any(low in (28, 56) for low, _, _ in pay)
    assert (27000, 33000, None) in pay


def test_the_skills_that_raise_pay_are_read_without_the_pay_clause() -> None:
    skills = {s.text.lower() for s in parse_text(_CLAIM, "p.txt").skills}
    assert {"venetian plastering", "screeding", "dry lining"} <= skills
    assert not any("earn" in s for s in skills)
