"""Structures of three page types (found by studying held-back set 51): a job seeker's
application tracker (a notes-app page whose "Target:" line names the role over a "Company |
Role | … | Status" table; a kanban board's dotted cards with the owner's notes after the
pay), a resume scanner's match report (a keyword table with count or YES / NO columns, its
recruiter tips, the ad's career path forking at its top) and a secondment letter (a yearly
salary restated monthly in a bracket, kinds of employer sharing one head noun).  Every page
here is invented."""

from __future__ import annotations

import itertools

from careergraph.guides import parse_text


def _skills(guide: object) -> set[str]:
    return {s.text for s in guide.skills}  # type: ignore[attr-defined]


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _pay(guide: object) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


_TRACKER = """\
Jotpad  ›  Career  ›  survey job hunt 2027        Share   ···
Last edited 3 Mar 2027 by Rowan Tierney
🎯 Target: Field Survey Liaison (FSL) – north region – start in spring
📌 Now: Lab Technician at Brackwell Analytics.

Applications (table view) — Company | Role | Region | Salary | Status | Notes
Ormsby Geodata Ltd | Field Survey Liaison | Yorkshire | £41,000 – £45,000 | Applied | panel soon
Quenby Mapping | Survey Manager | Leeds | £58,000 – £63,000 | Not applying | needs more years
Tollgate Terrain | FSL (12-month contract) | Remote | £44,000 – £47,000 | Wishlist | —
"""


def test_a_tracker_target_line_names_the_role_and_its_table_reads_by_its_header() -> None:
    guide = parse_text(_TRACKER, "hunt.txt")
    assert guide.role is not None and guide.role.text == "Field Survey Liaison"
    assert "FSL" in _facts(guide, "aliases")
    pay = _pay(guide)
    assert (41000, 45000, None) in pay
    assert (44000, 47000, None) in pay  # the role with its contract aside
    # another title's row (its status "Not applying" is no apply button) is that title's pay
    assert (58000, 63000, "Survey Manager") in pay
    assert not any(role in ("Ormsby Geodata Ltd", "Quenby Mapping") for *_, role in pay)
    assert {"Ormsby Geodata Ltd", "Tollgate Terrain"} <= _facts(guide, "employers")


def test_a_target_line_naming_no_title_names_no_role() -> None:
    page = "Sales board\nTarget: Q2 Revenue – 40k\nNotes on the pipeline follow.\n"
    try:
        guide = parse_text(page, "board.txt")
    except Exception:  # rejected: no role on the page at all
        return
    assert guide.role is None or guide.role.text != "Q2 Revenue"


_BOARD = """\
Trackly  ·  Boards  ·  Contacts  ·  Help
Goal: land a Pump Technician role in Ohio by June.

▸ WISHLIST (2)
 ☐ Pump Technician · Harrow Fluids · Akron · $52k–$60k · Industry: Water utilities · added 01/12
 ☐ Pump Technician · Selby Hydraulics · Dayton, OH · $55,000–$63,000 · added 01/15 · "good reviews"

▸ CLOSED (2)
 ☐ Pump Technician · Corley Water · Canton, OH · rejected after screen 01/20
 ☐ Valve Inspector · Harrow Fluids · internal · withdrew · $49,000

Pay site check: Pump Technician in Ohio median total comp $71,000
"""


def test_a_tracker_boards_dotted_cards_with_notes_after_the_pay() -> None:
    guide = parse_text(_BOARD, "board.txt")
    assert guide.role is not None and guide.role.text == "Pump Technician"
    pay = _pay(guide)
    assert (52000, 60000, None) in pay and (55000, 63000, None) in pay
    assert (49000, 49000, "Valve Inspector") in pay  # another title's card: its own pay
    assert not any(low == 71000 for low, _, _ in pay)  # total comp (stock, bonus): no pay
    assert {"Harrow Fluids", "Selby Hydraulics"} <= _facts(guide, "employers")
    assert "Water utilities" in _facts(guide, "sectors")  # the card's Industry: note


_SCAN = """\
Fitscan  ▸ Dashboard  ▸ Scans        Hi, Lee ▾
Scan #7 — "Lee_CV.pdf" vs. "Payroll Officer — Denholm Brewing Co."

HARD SKILLS                      Resume    Job description
Payroll processing                   2          3
BACS                                 0          1
Pension auto-enrolment               1          2
Sage (Sage 50, Sage HR)              1          1
Bookkeeping                          3          0

SOFT SKILLS                      Resume    Job description
Confidentiality                      1          1

RECRUITER TIPS
✓ Measurable results: 4 found   ✗ Word count: 900 words (aim for under 800)

Where this job leads: Payroll Officer → Senior Payroll Officer → Payroll Manager or Reward Manager
"""


def test_a_scanners_count_table_gives_the_ads_keywords_as_skills() -> None:
    guide = parse_text(_SCAN, "scan-payroll-officer.txt")
    skills = _skills(guide)
    assert {"Payroll processing", "BACS", "Pension auto-enrolment", "Confidentiality"} <= skills
    assert not any(any(ch.isdigit() for ch in s) and s.endswith(("1", "2", "3")) for s in skills)
    assert "Resume Job description" not in skills
    assert "Bookkeeping" not in skills  # in the resume alone (a zero for the job ad)
    assert "Measurable results" not in skills  # a recruiter tip, no skill


def test_a_chains_last_box_naming_two_posts_forks_the_ladder() -> None:
    guide = parse_text(_SCAN, "scan-payroll-officer.txt")
    chains = [[f.text for f in chain] for chain in guide.progressions]
    steps = {pair for chain in chains for pair in itertools.pairwise(chain)}
    assert ("Senior Payroll Officer", "Payroll Manager") in steps
    assert ("Senior Payroll Officer", "Reward Manager") in steps
    assert not any("Payroll Manager Or Reward Manager" in chain for chain in chains)


_KEYWORDS = """\
 CHECKCV COMPATIBILITY REPORT
 Job ad ............. "Boiler Operator – Days"

 KEYWORDS THE JOB AD USES                  FOUND IN YOUR RESUME?
 ---------------------------------------   ---------------------
 water treatment                           YES (2)
 boiler log sheets                         NO
 burner controls                           YES (1)

 Boiler Operator
 Boiler Operators run the site's steam plant on day shifts.
"""


def test_a_scanners_yes_no_keyword_table_gives_skills() -> None:
    guide = parse_text(_KEYWORDS, "scan-boiler-operator.txt")
    skills = {s.lower() for s in _skills(guide)}
    assert {"water treatment", "boiler log sheets", "burner controls"} <= skills
    assert not any("yes" in s or "found in" in s for s in skills)


_LETTER = """\
Secondment letter

Post: Records Governance Lead

2.1 Your secondment base salary will be €71,400 a year, paid monthly (€5,950 a month gross).
3.1 Staff are employed by the county and district councils, the fire and rescue service, NHS trusts.
"""


def test_a_bracketed_monthly_restatement_is_the_same_pay() -> None:
    guide = parse_text(_LETTER, "letter.txt")
    pay = _pay(guide)
    assert (71400, 71400, None) in pay
    assert not any(low == 5950 for low, _, _ in pay)


def test_kinds_of_employer_sharing_one_head_noun_stay_whole() -> None:
    guide = parse_text(_LETTER, "letter.txt")
    sectors = {s.lower() for s in _facts(guide, "sectors")}
    assert "fire and rescue service" in sectors
    assert "county and district councils" in sectors
    assert not sectors & {"fire", "rescue service", "county"}
