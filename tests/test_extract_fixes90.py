"""Stat cells, other titles' rows, posting industry labels (helper fixes90, stop 56).

Each structure with the case it must not fire on: a strip's cell labelled by another title
and a statistic word ("Speech Therapist median: $70,000") is that title's; a pay list by
level code set one level a line is read through the code's legend; the posts a holder moved
on to own the bracketed figure after them; plural titles "are on points …" own their band;
a bulleted lower-case post keeps its title past the firm after a comma; a posting's
"Activity:" field names its industry when the lexicon knows it; a job board's "Title –
Place – ₹ 2.0 – 2.8 Lacs P.A." row is the listed title's package.  Every page is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.longform_pay import stat_label_title


def _owned(guide: object) -> dict[float | None, str | None]:
    """Each figure's low end and its owner (None: the page's role)."""
    return {b.min: b.role for b in guide.salaries}  # type: ignore[attr-defined]


def _sectors(guide: object) -> set[str]:
    return {s.text for s in guide.sectors}  # type: ignore[attr-defined]


# --- wrong facts: a statistic cell of another title --------------------------------------

_REGISTER = """\
Occupational Therapist
Prairie Allied Health Register · Record 44871
Status: Active
Scope of practice
An Occupational Therapist in this register may assess daily living and plan home adaptations.
Labour market (provincial data)
Median in Manitoba: $81,000 a year · Range: $66,000 - $97,000 · {cell} median: $70,500
Report a concern   Back to results
"""


def test_a_stat_cell_names_its_own_title() -> None:
    assert stat_label_title("Speech Therapist median") == "Speech Therapist"
    assert stat_label_title("Median advertised wage") is None
    guide = parse_text(_REGISTER.format(cell="Speech Therapist"), "occupational-therapist.txt")
    owned = _owned(guide)
    assert owned[70500] == "Speech Therapist"  # not the role's, no "Median" glued on
    assert owned[81000] is None


def test_a_stat_cell_of_the_role_or_a_level_stays_the_roles() -> None:
    for cell in ("Occupational Therapist", "Senior"):
        guide = parse_text(_REGISTER.format(cell=cell), "occupational-therapist.txt")
        assert _owned(guide)[70500] is None


# --- wrong facts: other titles' rows ------------------------------------------------------

_MATRIX = """\
RIGGERS' SKILLS COUNCIL
Rigger Competency Matrix 2026  |  Levels R1–R4
LEVELS
R1  Trainee Rigger                      works at stage 1
R2  Rigger                              works at stage 2
R3  Senior Rigger                       works at stage 3
R4  Head of                             leads and signs off work
    Rigging
UNIT 1  LIFTING PLANS
 R1: Reads the lift plan.
 R2: Writes the lift plan.
 R3: Checks others' lift plans.
 R4: Approves every lift plan.
UNIT 2  SLINGING
 R1: Uses chain slings.
 R2: Inspects chain slings.
 R3: Trains others on chain slings.
 R4: Signs off chain sling registers.
PAY GUIDANCE (hourly, £)
 R1  £12.10 – £13.40
 R2  £15.20 – £16.90
 R3  £18.60 – £20.80
 R4  £23.50 – £26.10
"""


def test_a_pay_list_by_code_one_level_a_line() -> None:
    guide = parse_text(_MATRIX, "rigger.txt")
    bands = {b.min: b for b in guide.salaries}
    assert bands[23.5].role == "Head of Rigging"  # the legend's title for R4, wrapped
    assert bands[15.2].role is None and bands[15.2].period == "hour"  # the heading's period


def test_a_single_coded_pay_line_is_no_list() -> None:
    # (the negative case: one coded line is no run of the list; read as before, no owner)
    page = _MATRIX.split("PAY GUIDANCE")[0] + "PAY GUIDANCE (hourly, £)\n R4  £23.50 – £26.10\n"
    assert _owned(parse_text(page, "rigger.txt")).get(23.5) is None


_SCORECARD = """\
Research Technician – interview scorecard
Pay and progression
Harbourside University · School of Marine Biology · Grade 6 (£30,100 - £35,900)
Prep notes: past holders {verb} Senior Research Technician posts (£37,200 - £42,900) and \
to Laboratory Manager posts.
"""


def test_the_posts_moved_on_to_own_their_bracket() -> None:
    guide = parse_text(_SCORECARD.format(verb="have moved on to"), "research-technician.txt")
    assert _owned(guide)[37200] == "Senior Research Technician"


def test_the_roles_own_senior_posts_without_a_move() -> None:
    guide = parse_text(_SCORECARD.format(verb="can apply for"), "research-technician.txt")
    assert _owned(guide).get(37200) is None


_PACK = """\
Chief Financial Officer – candidate pack
Riverside Learning Trust
PAY AND BENEFITS
Pay range: Central team scale points 46 - 50 (£105,900 - £114,300)
(For information: Trust Finance Managers are on points 34 - 38, £88,400 - £96,900; School \
Business Managers are on points 25 - 29, £75,300 - £83,100.)
"""


def test_plural_titles_on_spine_points_own_their_band() -> None:
    owned = _owned(parse_text(_PACK, "chief-financial-officer.txt"))
    assert owned[88400] == "Trust Finance Manager"
    assert owned[75300] == "School Business Manager"
    assert owned[105900] is None


_MAP = """\
# NURSE — my plan 2027
## Pay (notes)
- ward clerk, Northgate General: £23,100 – £25,400 salary
- state median for nurses ~£33,000
## Skills
- wound care
"""


def test_a_bulleted_post_keeps_its_title_past_the_firm() -> None:
    owned = _owned(parse_text(_MAP, "nurse.txt"))
    assert owned[23100] == "Ward Clerk"
    assert owned[33000] is None  # (a statistic of the role names no other post)


# --- misses: a posting's industry field ---------------------------------------------------

_POSTING = """\
Hotel Animator
Blue Cove Resort Hotels AD
Remuneration: 1 200 – 1 500 EUR monthly
ABOUT US
Blue Cove is a beach complex with 310 rooms.
{field}
WHAT WILL YOU DO
• evening shows on the stage
• children's club for ages 4 to 12
"""


def test_a_postings_activity_field_names_its_industry() -> None:
    guide = parse_text(_POSTING.format(field="Activity: Tourism and hospitality"),
                       "hotel-animator.txt")
    assert {"Tourism", "hospitality"} <= _sectors(guide)
    strip = ("About the employer: Vila Mora d.d., Split · Activity: Tourism, hotel industry"
             " · 180 employees")
    assert "Tourism" in _sectors(parse_text(_POSTING.format(field=strip), "hotel-animator.txt"))


def test_an_activity_label_of_no_known_sector_is_no_industry() -> None:
    budget = ("Department Head: Chief Probation Officer   Fund: General Fund 0001   "
              "Function: Public Protection   Activity: Detention and Corrections")
    guide = parse_text(_POSTING.format(field=budget), "hotel-animator.txt")
    assert not {"Detention", "Corrections", "Detention and Corrections"} & _sectors(guide)
    guide = parse_text(_POSTING.format(field="Activity: games, crafts and a quiz night"),
                       "hotel-animator.txt")
    assert not {"games", "crafts", "quiz night"} & _sectors(guide)


# --- misses: a job board's listing row ------------------------------------------------------

_WALKIN = """\
Walk-in Drive for Telecaller – Coimbatore
Telecaller
Salary & Benefits
₹ 1.8 – 2.6 Lacs P.A. (CTC)
Job description
Outbound calls for loan collections, in Tamil and Hindi.
Key Skills: Telecalling · Tele Sales · Outbound Calling
Similar walk-ins
{row}
About Us | Careers | Employer Home | Sitemap
"""


def test_a_listing_rows_title_owns_its_lakh_package() -> None:
    row = "Field Sales Executive – Madurai – ₹ 2.2 – 3.0 Lacs P.A."
    guide = parse_text(_WALKIN.format(row=row), "telecaller.txt")
    bands = {b.min: b for b in guide.salaries}
    assert bands[220000].role == "Field Sales Executive" and bands[220000].period == "year"


def test_a_listing_row_of_the_role_is_the_roles() -> None:
    guide = parse_text(_WALKIN.format(row="Telecaller – Madurai – ₹ 2.2 – 3.0 Lacs P.A."),
                       "telecaller.txt")
    assert _owned(guide).get(220000) is None
