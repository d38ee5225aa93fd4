"""Structures of three page types (found by studying held-back set 38): a public body's
succession plan for one critical post (a glued capitals heading before the post, long
numbered sections, successors by readiness in a table or in blocks, external candidates'
sources, a header's band field, graded pay references), a company's open pay page for one
job family (level steps and what each asks, a level list, worked examples of its formula,
benchmarks noted with their survey, its careers menu) and a Gulf job posting read through a
browser translator from Arabic (labels whose colon stands before them, dirhams and riyals,
the posting strip's firm, "X salary" figures, similar jobs listed one a line)."""

from __future__ import annotations

from careergraph.guides import parse_text

_PLAN = """\
Wexmouth Water Authority — Board papers — Open session
Home | About us | Board | Publications | Contact
PEOPLE AND CULTURE SUCCESSION REVIEWTreatment Works Manager — Riverside Plant
Post grade: WWA 8   Band: £52,300 – £58,900   Reports to: Director of Operations

2. Critical skills and knowledge for the post
- process optimisation and the SCADA system
- regulatory sampling (DWI returns)
- contractor management

3. Successors
Name | Current title | Readiness | Development actions
[redacted] P.Q. | Process Scientist | Ready now | lead the annual audit
[redacted] T.V. | Shift Team Leader | Ready in 2 years | budget course
External: works managers from other utilities (Severn Delta Water, Fenland Utilities Ltd)

Successor pool (second site)
READY IN 1–2 YEARS
  Control Room Supervisor, East site (Grade 6) — needs finance experience
  Maintenance Engineer (Grade 6) — needs people leadership

Pay references (scales 2026/27)
Band 6 Control Room Supervisor / Maintenance Engineer £41,200 – £46,900 · Band 9 Head of \
Treatment £61,000 – £67,500
Recruitment competes with Tamar Valley Water, Brackwell Utilities and Ouse Water Ltd, which \
recruit works managers nationally.
"""

_OPEN_PAY = """\
Crumb & Crust | Careers | Open pay | Our bakeries | Benefits
Open pay: the bakery family
We publish the formula: pay = level base × region factor.

The bakery levels
Level P1 – Bakery Assistant – £22,800 (band £22,000–£23,600)
Level P2 – Baker – £25,600 (band £24,400–£26,800)
Level P4 – Production Supervisor – £33,900 (band £32,000–£35,800)

Examples:
P2 Baker, Bristol: £25,600 × 1.05 = £26,880
P4 Production Supervisor, Truro (region C): £33,900 × 0.95 = £32,205

What moves you up a level
P1 → P2: dough mixing, oven loading, labelling.
P2 → P3 after a year: laminating, proving schedules, allergen control.

Benchmarks we use (Southern Bakery Pay Survey 2026, regional medians)
Cake Decorator: £24,100

Where our bakers came from and went
Most joined from retail. Bakers can move across at the same level into Cake Decorator or \
Dispatch Driver roles. Some have moved sideways to Bakery Trainer. Two of our Production \
Managers started as bakers.
© 2026 Crumb & Crust Bakeries Ltd · Privacy
"""

_TRANSLATED = """\
Translated from: Arabic   Show original
وظائف  Riyadh Jobs Board | Home | Jobs | Companies
\u200f:Job title\u200f
Pool Technician
Nakheel Leisure Company · Riyadh, Al Olaya · full time
Posted 2 days ago | 17 applicants

\u200f:Salary 4,000 - 5,200 riyals monthly + housing
\u200f:Requirements\u200f المتطلبات
* water testing and chlorine dosing
* pump maintenance
* ability to work in team and under the pressure

:The career in the company
For information: assistant salary 2,600 - 3,000 riyals, supervisor 6,500 - 7,800 riyals monthly.

Similar jobs وظائف مشابهة
Pool Technician - Oasis Resorts LLC - Jeddah - 4,200 - 5,000 SAR
Lifeguard - Blue Wave Clubs - Dammam - 3,100 SAR
"""


def test_glued_capitals_heading_before_the_post() -> None:
    """"…SUCCESSION REVIEWTreatment Works Manager — Riverside Plant": the capitals heading
    glued before the post is no part of it."""
    guide = parse_text(_PLAN, "plan.txt")
    assert guide.role.text == "Treatment Works Manager"


def test_long_numbered_section_heading() -> None:
    """"2. Critical skills and knowledge for the post": a numbered section, however long."""
    guide = parse_text(_PLAN, "plan.txt")
    skills = {skill.text.lower() for skill in guide.skills}
    assert {"process optimisation", "contractor management"} <= skills


def test_successors_are_moves_in() -> None:
    """A successor table's current titles and the titles under a readiness label are moves
    in, whatever the readiness; names, initials and readiness words are none."""
    guide = parse_text(_PLAN, "plan.txt")
    moves_in = [fact.text for fact in guide.moves_in]
    assert moves_in[:4] == ["Process Scientist", "Shift Team Leader",
                            "Control Room Supervisor", "Maintenance Engineer"]
    assert not any("redacted" in name.lower() or "ready" in name.lower() for name in moves_in)


def test_plan_employers() -> None:
    """The body whose board paper it is, the external candidates' sources and the bodies
    "which recruit" the post employ it."""
    guide = parse_text(_PLAN, "plan.txt")
    employers = {fact.text for fact in guide.employers}
    assert {"Wexmouth Water Authority", "Severn Delta Water", "Fenland Utilities Ltd",
            "Tamar Valley Water", "Brackwell Utilities", "Ouse Water Ltd"} <= employers


def test_plan_pay() -> None:
    """A header's "Band:" field is the post's own band; a grade before a title and two
    titles joined by a slash own their band, each."""
    guide = parse_text(_PLAN, "plan.txt")
    found = {(s.min, s.max, s.role) for s in guide.salaries}
    assert (52300, 58900, None) in found
    assert (41200, 46900, "Control Room Supervisor") in found
    assert (41200, 46900, "Maintenance Engineer") in found
    assert (61000, 67500, "Head of Treatment") in found


def test_open_pay_level_steps_are_skills() -> None:
    """"What moves you up a level" over "P1 → P2: a, b, c": each step's items are skills."""
    guide = parse_text(_OPEN_PAY, "baker.txt")
    assert guide.role.text == "Baker"
    skills = {skill.text.lower() for skill in guide.skills}
    assert {"dough mixing", "oven loading", "laminating", "allergen control"} <= skills


def test_open_pay_levels_examples_and_benchmarks() -> None:
    """"Level P4 – Title – £N (band …)": a level of another title owns its figures; a
    worked example's result is its title's at its place; a survey-noted heading heads its
    benchmarks (no move in)."""
    guide = parse_text(_OPEN_PAY, "baker.txt")
    owners = {(s.min, s.max): (s.role, s.region) for s in guide.salaries}
    assert owners[(33900, 33900)][0] == owners[(32000, 35800)][0] == "Production Supervisor"
    assert owners[(25600, 25600)][0] is None
    assert owners[(32205, 32205)] == ("Production Supervisor", "Truro (region C)")
    assert owners[(26880, 26880)] == (None, "Bristol")
    assert owners[(24100, 24100)][0] == "Cake Decorator"
    assert "Cake Decorator" not in {fact.text for fact in guide.moves_in}


def test_open_pay_moves_and_employer() -> None:
    """"move across at the same level into A or B roles" and "moved sideways to C" are
    lateral moves; "Two of our X started as <the role>" is a move up to X (no move in from
    the role's own head word); a firm's own careers menu makes its footer's name an
    employer."""
    guide = parse_text(_OPEN_PAY, "baker.txt")
    assert {"Cake Decorator", "Dispatch Driver", "Bakery Trainer"} <= {
        f.text for f in guide.transitions_to}
    assert "Production Manager" in {f.text for f in guide.leads_to}
    assert not {"Baker", "Production Manager"} & {f.text for f in guide.moves_in}
    assert any(f.text.startswith("Crumb & Crust") for f in guide.employers)


def test_translated_gulf_posting() -> None:
    """Labels whose colon a translator put before them head their sections; riyals after a
    figure are the page's currency; the posting strip's firm (its terms cell) employs the
    role; "ability to work in team" names no sector."""
    guide = parse_text(_TRANSLATED, "pool-technician.txt")
    assert guide.role.text == "Pool Technician"
    skills = {skill.text.lower() for skill in guide.skills}
    assert {"water testing", "pump maintenance"} <= skills
    assert not {"team", "under the pressure"} & {f.text for f in guide.sectors}
    own = [(s.min, s.max, s.currency, s.period) for s in guide.salaries if s.role is None]
    assert (4000, 5200, "SAR", "month") in own
    employers = [fact.text for fact in guide.employers]
    assert employers[:2] == ["Nakheel Leisure Company", "Oasis Resorts LLC"]
    assert "Blue Wave Clubs" not in employers


def test_translated_posting_others_pay() -> None:
    """"assistant salary N, supervisor M": each figure is its title's; a similar job of
    another title owns its figure."""
    guide = parse_text(_TRANSLATED, "pool-technician.txt")
    owners = {s.min: s.role for s in guide.salaries}
    assert owners[2600] == "Assistant"
    assert owners[6500] == "Supervisor"
    assert owners[3100] == "Lifeguard"
    assert owners[4200] is None
