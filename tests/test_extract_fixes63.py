"""Defects noticed in stop 43 and left alone, each on an invented page (helper fixes63)."""

from benchmarks.extraction import facts_of

from careergraph.guides.read import parse_text


def _skills(text: str, name: str) -> set[str]:
    return {s.text for s in parse_text(text, name).skills}


_KNOWLEDGE = """# Museum Guide

Museum guides lead visitors through exhibits and explain the collection.

## What's required for the role?

- Local history knowledge
- Medical knowledge
- Criminal history check
- Confident public speaking

## Pay

Museum guides earn $31,000 a year on average.
"""


def test_a_noun_phrase_ending_in_knowledge_is_a_skill_despite_a_condition_word() -> None:
    skills = _skills(_KNOWLEDGE, "museum-guide.txt")
    assert {"Local history knowledge", "Medical knowledge"} <= skills
    assert not any("check" in s.lower() for s in skills)  # a check on the applicant stays out


_PREFERRED = """# Dispatch Nurse

Dispatch nurses answer calls and advise callers on care.

## Requirements

- Phone assessment skills, preferably the MTS
- Degree, preferably a BSN

## Salary

Dispatch nurses earn $61,000 a year.
"""


def test_an_acronym_after_preferably_is_a_skill_when_the_head_names_one() -> None:
    skills = _skills(_PREFERRED, "dispatch-nurse.txt")
    assert {"Phone assessment skills", "MTS"} <= skills
    assert "BSN" not in skills  # (a degree's head names no skill)


_SENTENCE_VERSUS = """Post job

Regional sales manager vs account executive

The differences between regional sales managers and account executives are a few.

Regional sales manager vs account executive overview

Regional Sales ManagerAccount Executive
Yearly salary$97,210$61,480
Hourly rate$46.74$29.56

What does a regional sales manager do?

A regional sales manager leads the sales teams of several branches.
"""


def test_a_sentence_case_versus_title_names_the_first_role() -> None:
    guide = parse_text(_SENTENCE_VERSUS, "compare-sales.txt")
    assert guide.role.text == "Regional Sales Manager"
    owned = {(s.min, s.role) for s in guide.salaries}
    assert (97210, None) in owned
    assert (61480, None) not in owned  # the second column's figure is not the role's


_SERP = """Google
crane operator skills
AllNewsImagesVideosShoppingMore  Tools
About 1,200,000 results (0.41 seconds)
Featured snippet from the web
Crane operators lift steel on sites. In Harbour City they earn $58,000 to $71,000 a year.
HireHub
https://www.hirehub.example › careers › crane-operator
Crane Operator - Skills and Salary | HireHub
Key skills: load charts, rigging, signalling, slinging and HelpSend feedbackPrivacyTer
"""


def test_a_glued_footer_tail_names_no_skill() -> None:
    skills = _skills(_SERP, "crane-operator.serp.txt")
    assert {"load charts", "rigging", "slinging"} <= skills
    assert not any("Privacy" in s or "feedback" in s for s in skills)


_STEPS = """HARBOUR SWIM   Lessons · Find a pool · Careers

FROM POOLSIDE TO OWNER: YOUR CAREER PATH

Our Pool Managers run one pool from open to close.

STEP 1 · Crew Member — $13.10–$15.30/hr
STEP 2 · Head Lifeguard — $16.20–$18.40/hr
STEP 3 · Deputy Pool Manager — $38,000–$43,000 a year
STEP 4 · Pool Manager — $49,000–$57,000 a year
STEP 5 · Area Manager — $68,000–$79,000 a year

WHAT WE LOOK FOR
✔ Water rescue
✔ Rota planning
"""


def test_the_first_step_row_of_a_pay_ladder_owns_its_pay() -> None:
    guide = parse_text(_STEPS, "pool-manager.txt")
    assert guide.role.text == "Pool Manager"
    owned = {(s.min, s.role) for s in guide.salaries}
    assert (13.10, "Crew Member") in owned
    assert (49000, None) in owned  # the role's own row


_BULLET_FIGURES = """# Warehouse Operative

Warehouse operatives pick, pack and load orders for delivery.

## Career path

- Warehouse Operative
  $24,500
- Team Leader
  $38,000
- Shift Manager
  $45,000
"""


def test_a_title_bullet_over_a_figure_owns_it() -> None:
    owned = {(s.min, s.role) for s in parse_text(_BULLET_FIGURES, "ops.txt").salaries}
    assert (24500, None) in owned
    assert (38000, "Team Leader") in owned
    assert (45000, "Shift Manager") in owned


_RATE_CARD = """NORTHWIND EVENT STAFFING
Concerts & Conferences  ·  Join our crew | Timesheets

CREW RATE CARD  —  effective May 4, 2026

POSITION                         PAY RATE (to you)       MIN. CALL
Rigger                           $34.00/hr               5 hrs
Lead Rigger                      $42.50/hr               4 hrs
Truck Loader                     $24.00/hr               4 hrs

MOVING UP WITH NORTHWIND
Riggers get bumped to Lead Rigger at 400 hours, and leads who excel can train to Head Rigger.
"""


def test_leads_who_train_on_are_the_lead_rung() -> None:
    found = set(facts_of(parse_text(_RATE_CARD, "rigger.ratecard.txt")).moves)
    assert ("Lead Rigger", "Head Rigger") in found
    assert ("@self", "Head Rigger") not in found


_RESIDENCY = """# Dermatology Residency Program

Our 3-year accredited program trains dermatologists at Larkfield University Hospital.

## Salary

PGY-2: $68,400. PGY-3: $70,900. PGY-4: $73,300.

Board-certified dermatologists here earn a median of $402,000; academic dermatology
faculty start at $311,000–$334,000.
"""


def test_a_fields_faculty_owns_its_starting_pay() -> None:
    guide = parse_text(_RESIDENCY, "dermatologist.residency.txt")
    owned = {(s.min, s.role) for s in guide.salaries}
    assert (311000, "Academic Dermatology Faculty") in owned
    assert (402000, None) in owned
