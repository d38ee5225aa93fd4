"""Structures of three page types (found by studying held-back set 41): a public body's budget
book page for one programme (a position schedule of classes with FTE columns and ranges,
budget lines and a running header), a research grant's staff costing (a header strip of
fields, a summary of resources, personnel entries with their effort, a funder's salary cap)
and a public body's answer to an information request (a grade table, then the grades' pay
in prose; the request site's line naming the body)."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.costed_posts import costed_post
from careergraph.guides.grade_owners import grade_before, grade_posts
from careergraph.guides.public_employers import answering_body, budget_publisher

_BUDGET = """\
MARLOW COUNTY  ·  FISCAL YEAR 2027-28 RECOMMENDED BUDGET        LAW AND JUSTICE  |  page 5-12
Sheriff's Office — Jail Operations (Budget Unit 3310)
PROGRAM DESCRIPTION
A Detention Deputy supervises inmates in the county jail. The Detention Deputy class series \
is I and II, with Detention Sergeant above it. Detention Deputies book and classify inmates.
A Detention Deputy II may move across to the Court Security Officer II class.
POSITION SUMMARY
FTE 2026-27 Adopted | FTE 2027-28 Recommended | Class | Title | Grade | Annual Range
10.0 | 12.0 | 2210 | Detention Deputy I | 40 | $47,300 - $60,100
22.0 | 22.0 | 2211 | Detention Deputy II | 44 | $52,800 - $67,400
3.0 | 3.0 | 2230 | Detention Sergeant | 52 | $66,900 - $85,200
BUDGET HIGHLIGHTS
The Recommended Budget adds 2.0 FTE Detention Deputy I. Salaries and benefits increase \
$318,900 (4.1%).
Salaries and Employee Benefits | 2026-27 Actual $7,904,220 | 2027-28 Recommended $8,223,120
Expenditures | Personnel Services $8,223,120 | Materials and Services $402,700 | \
Capital Outlay $55,000
"""


def test_position_schedule_keeps_class_ranges_only() -> None:
    """Each class's range in the position schedule is pay (the other class's its own); the
    budget's fiscal-year columns, object lines and change in salaries and benefits are none."""
    guide = parse_text(_BUDGET, "detention-deputy.txt")
    assert sorted((s.min, s.max, s.role) for s in guide.salaries) == [
        (47300, 60100, None), (52800, 67400, None), (66900, 85200, "Detention Sergeant")]


def test_budget_header_names_the_body() -> None:
    """The body in the budget book's running header employs the programme's staff."""
    guide = parse_text(_BUDGET, "detention-deputy.txt")
    assert [e.text for e in guide.employers] == ["Marlow County"]
    assert budget_publisher([(1, "City of Elmdale, Ohio — Biennial Budget 2027-2029")]) == [
        ("City of Elmdale", 1)]
    assert budget_publisher([(1, "Budget Notes  ·  Marlow County")]) == []


def test_class_numeral_kept_in_another_class_title() -> None:
    """"the Court Security Officer II class": a class titled with its numeral stays whole."""
    guide = parse_text(_BUDGET, "detention-deputy.txt")
    assert [m.text for m in guide.transitions_to] == ["Court Security Officer II"]


_GRANT = """\
Northfell University — Research Outputs   Browse   Search   Login
Application reference: NE/Y400112/1   Funder: NERC Standard Grant   Research organisation: \
Northfell University   Duration: 24 months
Summary of resources requested: Directly Incurred £402,110 | Directly Allocated £96,200 | \
Indirect and Estates £288,940 | Exceptions £0
Field Technician (1.0 FTE, months 1-24). The Field Technician will run the river sampling \
campaigns, maintain the autosamplers and run ion chromatography. We expect applicants from \
Lab Assistant and Field Assistant posts.
We request the post on Grade 5 of the University's salary scale, spine points 16 to 18 \
(£27,900 - £29,650 per annum at 2027/28 rates).
[Redacted], PhD, Data Manager (1.2 calendar months). Base salary $88,200. Will build the database.
River Wardens (2 x 0.5 FTE) are budgeted on the subaward (see Contractual Costs) at $23.00 \
per hour.
The Principal Investigator's salary requested is limited to the funder's salary cap \
(currently $221,900); any salary above the cap is paid by the University.
Research organisation type: Higher education.
"""


def test_grant_costing_pay() -> None:
    """The post's grade range is its own; the summary of resources and the salary cap are
    no pay; each personnel entry's figure is its post's, a cross-reference's "Costs" aside
    no cost."""
    guide = parse_text(_GRANT, "field-technician.txt")
    assert sorted((s.min, s.max, s.period, s.role) for s in guide.salaries) == [
        (23, 23, "hour", "River Warden"), (27900, 29650, "year", None),
        (88200, 88200, "year", "Data Manager")]


def test_grant_header_strip_fields() -> None:
    """A header strip's "Research organisation:" field employs the post; the organisation
    type names a sector."""
    guide = parse_text(_GRANT, "field-technician.txt")
    assert [e.text for e in guide.employers] == ["Northfell University"]
    assert [s.text for s in guide.sectors] == ["Higher education"]


def test_expected_applicants_move_in() -> None:
    """"We expect applicants from A and B posts": each post is a move in."""
    guide = parse_text(_GRANT, "field-technician.txt")
    assert [m.text for m in guide.moves_in] == ["Lab Assistant", "Field Assistant"]


def test_costed_post_entries() -> None:
    assert costed_post("2.1 Lab Manager (0.2 FTE): Grade 8 (£45,000)") == "Lab Manager"
    assert costed_post("Consumables (see Other Costs): £12,000") is None


_FOI = """\
RequestBox   Make a request   Browse requests   Sign in
Theatre staffing: bands and pay
Priya Nair made this Freedom of Information request to Eastmoor Hospitals NHS Trust
From: Information Team, Eastmoor Hospitals NHS Trust
(a) Theatre establishment on 1 May 2027:
Band | Job title | Headcount | WTE
3 | Theatre Support Worker | 18 | 16.4
5 | Scrub Practitioner | 40 | 36.0
7 | Theatre Team Leader | 5 | 5.0
(b) Agenda for Change ranges: Band 3 £24,100 - £25,700; Band 5 £30,500 - £37,100; Band 7 \
£46,900 - £53,600. Staff at our city sites receive a high cost area supplement of 15% \
(minimum £4,500, maximum £7,000); this is not included above.
(c) The Theatre Team Leader is Band 7 and the Theatre Support Worker Band 3.
"""


def test_grade_table_owns_prose_bands() -> None:
    """A grade named before a figure, on a page whose grade table names each grade's post:
    the post's pay (the role's own at its own grade); a supplement's bounds are no pay."""
    guide = parse_text(_FOI, "scrub-practitioner.txt")
    assert sorted((s.min, s.max, s.role) for s in guide.salaries) == [
        (24100, 25700, "Theatre Support Worker"), (30500, 37100, None),
        (46900, 53600, "Theatre Team Leader")]
    assert grade_posts(["Grade | Post | FTE", "Grade 2 | Clerk | 1"]) == {"2": "Clerk"}
    assert grade_before("paid on Grade 9: £40,000", 18) == "9"


def test_request_site_body_employs() -> None:
    guide = parse_text(_FOI, "scrub-practitioner.txt")
    assert "Eastmoor Hospitals NHS Trust" in [e.text for e in guide.employers]
    assert answering_body([(3, "Asked of the council by A. Lee")]) == []
