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


_LENDER = """\
Fernlea Home Loans   Home  Remortgage  Rotational workers
Mortgages for crane operators on rotation
Updated 3 March 2027

How lenders see a crane operator's pay
- On the staff payroll: a basic salary of £36,500 - £44,000 a year.
Example: a crane operator on £40,000 borrowing alone might get about £180,000 at 4.5x.

Promotion on the platform
Our clients move crane operator → lifting supervisor → deck foreman.
Lifting Supervisors we see earn around £52,500, and a yard boss £61,000 - £70,000.
Many came offshore from onshore work as mobile crane drivers; others moved across to ports.

What to bring
- Last 3 payslips
- 6 months' bank statements
- Contract letter

More guides: Mortgages for Welders | Mortgages for Riggers | Mortgages for Div
"""


def test_an_arrow_chain_after_a_verb_of_moving_starts_at_the_title() -> None:
    guide = parse_text(_LENDER, "c.txt")
    chains = [[f.text for f in chain] for chain in guide.progressions]
    assert any(chain[-2:] == ["Lifting Supervisor", "Deck Foreman"] for chain in chains)
    assert not any("Clients" in step for chain in chains for step in chain)


def test_a_contact_clause_after_an_owner_is_no_part_of_its_title() -> None:
    pay = _pay(parse_text(_LENDER, "c.txt"))
    assert (52500, 52500, "Lifting Supervisor") in pay
    assert (61000, 70000, "Yard Boss") in pay


def test_a_borrowing_example_income_is_no_pay() -> None:
    pay = _pay(parse_text(_LENDER, "c.txt"))
    assert not any(low == 40000 for low, _, _ in pay)
    assert (36500, 44000, None) in pay


def test_a_group_from_other_work_moves_in() -> None:
    assert "Mobile Crane Driver" in {f.text for f in parse_text(_LENDER, "c.txt").moves_in}


def test_papers_to_bring_are_no_skills() -> None:
    skills = {s.text.lower() for s in parse_text(_LENDER, "c.txt").skills}
    assert not any("payslip" in s or "statement" in s or "letter" in s for s in skills)


def test_a_strip_of_other_guides_names_no_moves() -> None:
    moves = _moves(parse_text(_LENDER, "c.txt"))
    assert not any("Mortgages" in m or "Guides" in m for m in moves)


def test_a_camel_case_site_name_before_its_tagline_heads_no_tools() -> None:
    page = ("KitClaim Direct — Tool and uniform tax refunds for tradespeople\n"
            "Home / Trades / Joinery / Shopfitter\n\n"
            "Which costs count for a shopfitter?\n"
            "The flat rate covers small tools and their repair.\n")
    guide = parse_text(page, "s.txt")
    assert guide.role is not None and guide.role.text == "Shopfitter"
    skills = {s.text for s in guide.skills}
    assert not {"Claim Direct", "Home", "Trades", "Joinery"} & skills


def test_a_public_post_grade_after_its_title_in_capitals() -> None:
    page = ("Home » Vacancies » Forestry Ranger Grade G19\n\n"
            "VACANCY: FORESTRY RANGER GRADE G19\n"
            "State Forestry Department | Permanent | Closing date: 4 May 2027\n\n"
            "Duties\nRangers patrol reserves and record timber movements.\n")
    guide = parse_text(page, "f.txt")
    assert guide.role is not None and guide.role.text == "Forestry Ranger"


def test_two_bodies_joined_by_and_are_two_employers() -> None:
    page = ("Teaching Assistant\n\n"
            "Employer: Larchmere Academy and Fellside Learning Trust\nHours: 20 a week\n")
    employers = {e.text for e in parse_text(page, "t.txt").employers}
    assert "Larchmere Academy and Fellside Learning Trust" not in employers
    assert {"Larchmere Academy", "Fellside Learning Trust"} <= employers
