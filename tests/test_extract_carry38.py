"""Set 38's page types read at scale (helper carry38, 2026-12-05): letter grades before pay
owners, an organisation's internal plan on its own site, rounding units, "So a X …" worked
examples, benchmark strips, a field before a copyright cell, a pay grid's coded levels, gazette
scales with lettered dollars and their promotions, a sheet's post at its host, lower-case table
rows, angle-mark chains, stage rows under a ladder, bracketed lines of labelled figures, "gets"
before a figure and two-cell similar jobs.  Every page here is invented."""

from __future__ import annotations

from tests.guide_facts import chains, names, pay

from careergraph.guides import parse_text
from careergraph.guides.ladders import coded_runs
from careergraph.guides.similar_offers import listed_offers


def _owned(guide) -> set[tuple[str | None, int | None, int | None, str | None]]:  # type: ignore[no-untyped-def]
    """Each salary of ``guide`` as (owner in lower case or None, min, max, period)."""
    return {(owner.lower() if owner else None, None if low is None else round(low),
             None if high is None else round(high), period)
            for low, high, _, period, owner in pay(guide)}


_PLAN_PAGE = """\
Harrowgate Borough Council   |  Search  |  Bins and recycling  |  Work for us  |  Accessibility
About us > Staff > Succession

Succession plan: Parks Operations Manager
Grade: Grade 10 | pay £44,200–£49,800 | also called Green Spaces Manager

| Successor | Current post | Readiness |
|---|---|---|
| Candidate A | Parks Supervisor (Grade 7) | Ready now |
| Candidate B | Tree Officer (Grade 8) | 1-2 years |

Route above the post: Parks Operations Manager → Head of Green Spaces → Director of Environment

Pay references: Grade B Parks Supervisor £30,100 – £34,400 · Grade C Tree Officer £35,000 – £38,900
Prepared by Mona Lisk, HR adviser
"""


def test_letter_grade_before_owner_and_the_plans_own_body() -> None:
    """"Grade B Parks Supervisor £…" is the supervisor's figure at grade B (no grade in the
    owner's name), and the council whose site menu opens an internal succession plan employs
    the post, with no footer repeating its name."""
    guide = parse_text(_PLAN_PAGE, "parks-operations-manager.txt")
    paid = _owned(guide)
    assert ("parks supervisor", 30100, 34400, "year") in paid
    assert ("tree officer", 35000, 38900, "year") in paid
    assert "Harrowgate Borough Council" in names(guide.employers)


_GRID_PAGE = """\
Tallow Bakeries Group  Home  About  Careers home  Openness  Find a shop
Careers > Openness > Pay

OPEN PAY — the Bakery family

How we set it: pay = grid point × region factor (rounded to the nearest £25)
Level B1 – Trainee Baker – £21,400 (band £20,600–£22,800)
Level B2 – Baker – £24,900 (band £24,000–£26,300)
Level B3 – Senior Baker – £28,300 (band £27,400–£29,700)
Level B4 – Bakery Manager – £32,600 (band £31,500–£33,900)

So a baker (B2) in Bristol earns £26,150.
Survey benchmarks we used (medians): Cake Decorator £24,400 · Bakery Assistant £21,900
Most of our bakers came from kitchen porter or shop assistant jobs.
Sector: Food manufacturing  ·  © Tallow Bakeries Group plc
"""


def test_open_pay_grid() -> None:
    """A pay grid's coded levels in order are a ladder through the role; the rounding unit
    is no pay; "So a baker (B2) in Bristol earns" is the role's; a benchmark strip's first
    title owns its figure; the field before a copyright cell stays; the firm before its
    two-space menu, repeated in the footer, employs the role."""
    guide = parse_text(_GRID_PAGE, "baker.txt")
    assert ["Trainee Baker", "Baker", "Senior Baker", "Bakery Manager"] in chains(guide)
    paid = _owned(guide)
    assert not any(low == 25 for _, low, _, _ in paid)
    assert (None, 26150, 26150, "year") in paid
    assert ("cake decorator", 24400, 24400, "year") in paid
    assert ("bakery assistant", 21900, 21900, "year") in paid
    assert "Food manufacturing" in names(guide.sectors)
    assert "Tallow Bakeries Group" in names(guide.employers)


def test_coded_runs_need_the_role_and_rising_codes() -> None:
    """Three coded rows or more, rising one by one, one of them the role."""
    rows = [(2, "R1 | Junior Roofer | £20,000 | £19,000 – £21,500"),
            (3, "R2 | Roofer | £24,000 | £23,000 – £25,500"),
            (4, "R3 | Roofing Supervisor | £29,000 | £28,000 – £30,500")]
    assert [[t for t, _ in chain] for chain in coded_runs(rows, "Roofer")] == [
        ["Junior Roofer", "Roofer", "Roofing Supervisor"]]
    assert coded_runs(rows, "Glazier") == []
    assert coded_runs([rows[0], rows[2]], "Roofer") == []


_SCALE_GAZETTE = """\
MONTSERRANT GAZETTE  ·  Vol. 88  ·  No. 12
Published by Authority

MINISTRY OF PORTS
HARBOUR DIVISION

No. 212                                   APPOINTMENTS
The following persons are appointed Harbour Pilots on probation, \
Grade P (EC$41,300 x 910 – EC$50,400 per annum):—
   Ms. Ada N. Quill  — North Quay

No. 213                                   PROMOTIONS
The following Pilot Cadets (Grade L: EC$30,200 x 650 – EC$36,700) are promoted to \
Harbour Pilot, Grade P:— Mr. Oto B. Lane
"""


def test_small_state_scales() -> None:
    """"Grade P (EC$41,300 x 910 – EC$50,400 per annum)" is the post's scale (the middle
    figure its increment); the feeders' bracketed scale is theirs."""
    guide = parse_text(_SCALE_GAZETTE, "harbour-pilot.txt")
    paid = _owned(guide)
    assert (None, 41300, 50400, "year") in paid
    assert ("pilot cadet", 30200, 36700, "year") in {
        (o.rstrip("s") if o else o, lo, hi, p) for o, lo, hi, p in paid}


_NOTICE = """\
THE EXAMPLE STATE GAZETTE
FISHERIES DEPARTMENT
NOTIFICATION
No. FD-77/2026.— The Government of Example State (Fisheries Department) are pleased to \
promote the following Fisheries Inspectors (Level 6, ₹35,400—1,12,400) to the rank of \
Assistant Fisheries Officer in Level 9 of the Pay Matrix (₹53,100—1,67,800) with effect \
from the date they join:—
Sl. No. | Name of the Officer | Place of posting on promotion
1 | Sri A. Rao | Assistant Fisheries Officer, Port Town
2 | Smt. B. Das | Assistant Fisheries Officer, Lake Town
2. The next promotion of the cadre is to Fisheries Officer in Level 11 (₹67,700—2,08,700), \
and then Deputy Director of Fisheries.
"""


def test_notice_promotions() -> None:
    """The feeders promoted "to the rank of" the role move in, the rank's own figure after the
    feeders' bracket is the role's, "the next promotion of the cadre is to X in Level N (…),
    and then Y" gives the rung above its figure and the ladder on; a column repeating the
    role's title is no ladder; "Fisheries Officer" is no tail of "Assistant Fisheries
    Officer"."""
    guide = parse_text(_NOTICE, "assistant-fisheries-officer.txt")
    paid = _owned(guide)
    assert ("fisheries inspector", 35400, 112400, "month") in paid
    assert (None, 53100, 167800, "month") in paid
    assert ("fisheries officer", 67700, 208700, "month") in paid
    assert "Fisheries Inspector" in names(guide.moves_in)
    assert ["Fisheries Officer", "Deputy Director of Fisheries"] in chains(guide)
    assert not any(len(set(chain)) == 1 for chain in chains(guide))


_TASK_SHEET = """\
Northway Supported Work | Easy read | Referrals | Contact
PLACEMENT SHEET: Stock Room Helper at Ferrybank Hardware

Task | From whose job | How often
fold delivery boxes | Retail Assistant | daily
price small items | Retail Assistant | daily

Pay: £12.50 an hour, 16 hours a week.
A retail assistant earns £13.60 an hour; a store supervisor £15.90.
Where it can grow: Stock Room Helper › Retail Assistant › Store Supervisor.
Host industry: Hardware retail
"""


def test_sheet_post_at_its_host() -> None:
    """"SHEET: X at Host" names the post (the task table's cells name whose tasks they were,
    no title of the page), the source job's rate is its own, the angle marks after a lead-in
    are a ladder and "Host industry" names the sector."""
    guide = parse_text(_TASK_SHEET, "placement.txt")
    assert guide.role.text == "Stock Room Helper"
    paid = _owned(guide)
    assert (None, 12, 12, "hour") in {(o, round(lo or 0), round(hi or 0), p)
                                     for o, lo, hi, p in paid}
    assert ("retail assistant", 14, 14, "hour") in {(o, round(lo or 0), round(hi or 0), p)
                                                   for o, lo, hi, p in paid}
    assert ["Stock Room Helper", "Retail Assistant", "Store Supervisor"] in chains(guide)
    assert "Hardware retail" in names(guide.sectors)


_CRAFT_CARD = """\
Saddlery — a craft card   [Find a maker]  [Log in]

THE ROUTE
Apprentice Saddler › Journeyman Saddler › Master Saddler

| Stage | Pay (2026) |
|---|---|
| Apprentice | £8.90 to £11.40 per hour |
| Journeyman | £150 to £205 per day |
| Master | £240 to £320 per day |
For comparison: Farrier £180–£240 a day.
"""


def test_stage_rows_under_a_ladder() -> None:
    """A stage row's one word, a rung the page's ladder puts before the role, is the role's
    own pay at that stage; a trail of angle marks whose steps share their head is a ladder."""
    guide = parse_text(_CRAFT_CARD, "saddler.txt")
    assert ["Apprentice Saddler", "Journeyman Saddler", "Master Saddler"] in chains(guide)
    paid = _owned(guide)
    assert (None, 150, 205, "day") in paid
    assert (None, 240, 320, "day") in paid
    assert not any(owner in ("apprentice", "journeyman", "master") for owner, *_ in paid)


_GULF_PAGE = """\
Desert Star Staffing — licensed — Dubai, UAE
Job code DS/412   |   Call us   |   Share this job

Job title: Scaffolder
For a building contractor in Dubai. Visa and ticket by the company.

Skills required
- Tube and fitting scaffolds
- Working at height

Salary: AED 2,400 to 3,100 monthly + food allowance AED 300

Note: a scaffold helper gets AED 1,500; the scaffold supervisor gets AED 4,300–5,200.
(Scaffold Helper: AED 1,400 - 1,700 monthly. Scaffold Supervisor: from AED 4,500.)

Similar jobs
Scaffolder — Falcon Access Systems
Scaffolder (Gulf Towers Contracting)
"""


def test_gulf_posting_owners_and_similar_jobs() -> None:
    """A line wholly in brackets of labelled figures is read without its brackets (no owner
    "(Scaffold Helper"); similar jobs of the role's own title with their firm after a dash or
    in a bracket name employers."""
    guide = parse_text(_GULF_PAGE, "scaffolder.txt")
    paid = _owned(guide)
    assert ("scaffold helper", 1400, 1700, "month") in paid
    assert not any(owner and owner.startswith("(") for owner, *_ in paid)
    assert {"Falcon Access Systems", "Gulf Towers Contracting"} <= names(guide.employers)


def test_two_cell_similar_jobs() -> None:
    """A similar job of two cells (title and firm, dashed or bracketed) is read as one of
    three; a figure in the bracket is no firm."""
    assert listed_offers([(1, "Similar jobs"), (2, "Welder — Kestrel Fabrication"),
                          (3, "Welder (North Yard Engineering)")]) == [
        (2, "Welder", "Kestrel Fabrication"), (3, "Welder", "North Yard Engineering")]
    assert listed_offers([(1, "Similar jobs"), (2, "Welder (AED 2,000)")]) == []


def test_gets_before_a_figure() -> None:
    """"a helper gets AED N; the foreman gets AED N–N": each holder owns its figure."""
    guide = parse_text("Scaffolder\nSalary: AED 2,400 to 3,100 monthly\nNote: a scaffold helper "
                       "gets AED 1,500; the scaffold supervisor gets AED 4,300–5,200.\n",
                       "scaffolder.txt")
    paid = _owned(guide)
    assert ("scaffold helper", 1500, 1500, "month") in paid
    assert ("scaffold supervisor", 4300, 5200, "month") in paid
