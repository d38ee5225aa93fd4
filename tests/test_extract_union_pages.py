"""Trade unions' "about the job" pages (the ``unionpage`` family of ``page_families``): the
union's bar, join offer, rep, member quotes, "Know your rights" and address are chrome; a
contract's dotted-leader rate rows belong to their own classifications; dues are no pay.

Each page here is written for the test (invented unions, people, employers and figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.leader_rows import leader_owner
from careergraph.guides.page_families import family_page

CARETAKER = """FAIRSHARE PUBLIC SERVICES UNION
Join  Find your rep  Campaigns  Member benefits  Log in
Home › Sectors › Education › Support staff
Working as a school caretaker
Download this leaflet (PDF, 3 pages)  |  Print  |  Share
Join today from £3.10 a week
What the job is
School caretakers (also called site supervisors) open and lock up the school, carry out \
small repairs and keep the grounds safe.
Your pay (local agreement, April 2026)
School caretaker: £23,400 – £24,900 a year
Know your rights
• Paid breaks on shifts over six hours
• Overalls, gloves and goggles provided free
Talk to your rep: Brenda Okafor, Northgate office, 07700 900 812
"The union sorted my missing overtime in a week." – Priya, caretaker, Hollins Green
Already a member? Update your details
Fairshare Public Services Union, 40 Marsh Lane, Leeds LS9 8AB. Registered under the Trade \
Union and Labour Relations (Consolidation) Act 1992.
"""

LINE_COOK = """LOCAL 412 FOOD SERVICE WORKERS
Home | Contracts | Organize Your Workplace | Know Your Rights | Donate
LINE COOKS: WHAT THE UNION MEANS
Share on Facebook   Print this page
Line cooks work the grill, fryer and sauté stations in our stadium and airport kitchens.
WHAT YOU EARN
Union kitchens (2026–2029 master contract):
  Line cook ............. $24.10/hr
  Prep attendant ........ $21.35/hr
  Dishperson ............ $20.40/hr
Plus: health care at $0 premium. Dues: 1.2% of base pay, capped at $65 a month.
OUR EMPLOYERS
Harbor Field Concessions · Skyport Dining Group · Bayview Kitchens · \
Redline Catering (organizing now!)
"I got my back pay in a week once we had a contract." — Dolores P., line cook, 9 years
KNOW YOUR RIGHTS
Water breaks every two hours. Heat illness training required by state law.
Organize your workplace → Call the organizing hotline 1-800-555-0144
© 2026 Local 412 · Affiliated with the Food Service Workers International · Privacy
"""


def every_name(guide) -> set[str]:  # type: ignore[no-untyped-def]
    found = {f.text for f in [*guide.skills, *guide.employers, *guide.sectors,
                              *guide.leads_to, *guide.transitions_to, *guide.moves_in]}
    return found | {f.text for ladder in guide.progressions for f in ladder}


def test_union_page_chrome_names_nothing() -> None:
    page = family_page(list(enumerate(CARETAKER.split("\n"), 1)))
    assert page is not None and page.family == "unionpage"
    guide = parse_text(CARETAKER, "school-caretaker.txt")
    found = " ".join(every_name(guide))
    for chrome in ("Brenda", "Okafor", "Priya", "Hollins", "Marsh Lane", "Fairshare",
                   "gloves", "goggles", "Overalls"):
        assert chrome not in found
    # the subscription is no pay; the agreement's band is the role's
    assert {(s.role, s.min, s.max, s.currency, s.period) for s in guide.salaries} == {
        (None, 23400, 24900, "GBP", "year")}


def test_dotted_rate_rows_belong_to_their_classifications() -> None:
    guide = parse_text(LINE_COOK, "line-cook.txt")
    assert guide.role.text == "Line Cook"
    assert {(s.role, s.min, s.currency, s.period) for s in guide.salaries} == {
        (None, 24.10, "USD", "hour"), ("Prep Attendant", 21.35, "USD", "hour"),
        ("Dishperson", 20.40, "USD", "hour")}  # dues ("capped at $65 a month") are no pay
    # the employers' strip, without the hotel still being organised
    assert {e.text for e in guide.employers} == {
        "Harbor Field Concessions", "Skyport Dining Group", "Bayview Kitchens"}
    assert "Dolores" not in " ".join(every_name(guide))


def test_leader_owner_reads_only_job_titles() -> None:
    def is_title(text: str) -> bool:
        return text.endswith(("Attendant", "Porter"))

    def never(text: str) -> bool:
        return False

    assert leader_owner("Night porter", is_title, never) == "Night Porter"
    assert leader_owner("Chairperson", is_title, never) == "Chairperson"  # a "-person" noun
    assert leader_owner("Overtime", is_title, never) is None
    assert leader_owner("Grade 2 attendant", is_title, never) is None  # a grade, no title
    assert leader_owner("Room attendant", is_title, lambda t: t == "Room Attendant") is None
