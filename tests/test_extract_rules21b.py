"""Held-back set 21's `payhandbook` and `gigearn` structures (rules21b): a company's public
compensation handbook for one job family (a search bar cut into pieces, levels with brackets,
a formula with a labelled benchmark and factors, a worked example, one currency for staff
everywhere) and a gig platform's "earn with us" page (pay per job, per-active-hour
guarantees, prices the customer pays, a requirements list in clauses, a "Grow with us"
section, the platform's footer).

Every page is invented here (companies, platforms, people, figures); file names are neutral
so the role must come from the text.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.not_pay import timed_money
from careergraph.guides.placed_dollars import placed_dollars
from careergraph.guides.requirement_items import listed_skills
from careergraph.guides.text import Line


def _names(facts: object) -> set[str]:
    return {fact.text.lower() for fact in facts}  # type: ignore[attr-defined]


def _pay(guide: object) -> set[tuple[float | None, float | None, str, str]]:
    return {(s.min, s.max, s.currency, s.period)
            for s in guide.salaries}  # type: ignore[attr-defined]


def test_gig_rates_per_job_are_no_pay() -> None:
    for text in ("Surge bonus: +$2 to +$5 per trip when it rains",
                 "Streak rewards, for example an extra $90 for 40 trips",
                 "Base fare: $3.10 per drop"):
        assert find_amounts(text) == [], text
    found = find_amounts("Leeds ...... at least £11.90 per engaged hour before tips")
    assert [(m.low, m.period) for m in found] == [(11.9, "hour")]
    assert find_amounts("the top 10% of riders made more than $29 per online hour") == []


def test_formula_benchmark_and_worked_example() -> None:
    assert [m.low for m in find_amounts("Role benchmark, Copy Editor ...... $71,000")] == [71000]
    assert [m.low for m in find_amounts("NYC Benchmark (Copy Editor, Mid): $90,000")] == [90000]
    assert find_amounts("the regulator's informal benchmark suggests about $2,000 a month") == []
    worked = find_amounts("so $71,000 × 1.2 × 0.85 = $72,420")
    assert [m.low for m in worked] == [72420]
    assert find_amounts("plus a $900 annual wellness stipend") == []


def test_customer_prices_and_a_weekly_service() -> None:
    assert not timed_money("Fortnightly deep clean, 4 hours ...... £95")
    assert timed_money("Typical hourly rate ...... £14")


def test_one_currency_for_staff_everywhere() -> None:
    lines = [Line(1, "All salaries are paid in US dollars."),
             Line(2, "Toronto, Canada     $91,000"), Line(3, "Sydney, Australia   $88,500")]
    assert placed_dollars(lines) == lines


def test_requirement_list_in_clauses() -> None:
    assert listed_skills("Solid SQL and dbt; comfortable with Looker, Airbyte and Metabase") == [
        "SQL", "dbt", "Looker", "Airbyte", "Metabase"]
    assert listed_skills("Good phone manner, route planning and polite customer contact; "
                         "for vans, knowledge of loading limits") == [
        "phone manner", "route planning", "customer contact", "loading limits"]
    assert listed_skills("Be 21 or over and hold a clean licence") is None


HANDBOOK = """The Quillbyte Handbook
Search the handbook…   Company · Finance · Product · Job Families   Edit this page

Job Families › Product › Data Analyst

Data Analyst

Data Analysts at Quillbyte turn product events into decisions for the squads.

Levels
Associate Data Analyst
Data Analyst (Intermediate)
Senior Data Analyst
Manager, Data Analytics (management track)

Compensation
SF Benchmark (Data Analyst, Intermediate): $118,000
Level factors: Associate 0.8 · Intermediate 1.0 · Senior 1.2
The bands: $92,000 – $124,000 at Intermediate.
Was this page helpful?  Yes  No
"""


def test_compensation_handbook_page() -> None:
    guide = parse_text(HANDBOOK, "page.txt")
    assert guide.role.text == "Data Analyst"
    assert (118000, 118000, "USD", "year") in _pay(guide)
    assert "quillbyte" in _names(guide.employers)
    ladder = [[step.text for step in chain] for chain in guide.progressions]
    assert ladder[0][:3] == ["Associate Data Analyst", "Data Analyst", "Senior Data Analyst"]


EARN_PAGE = """Rydeo   Ride · Cities · Help · Sign in      ⬇ App Store   ⬇ Google Play

Earn with Rydeo
Become a Rydeo rider in Leeds & York
[ Sign up to ride ]

How pay works
  • Base pay: £3.20 per drop
  • Rain boost: +£1 to +£2 per drop

Earnings guarantee
  Leeds .... at least £11.90 per engaged hour before tips

What you need
- A road bike or e-bike, a smartphone with the Rydeo app, and a thermal bag
- Good sense of direction, patience and polite customer contact; for e-bikes, knowledge of
  battery care and charging rules

Grow with Rydeo
Riders with 500 drops can join the Crew tier and train as a Zone Coordinator.

Who books?
Takeaways, cafés and corner shops.

Rydeo Ltd · Terms · Privacy · © 2026
"""


def test_gig_platform_page() -> None:
    guide = parse_text(EARN_PAGE, "page.txt")
    assert guide.role.text.lower() == "rider"
    assert _pay(guide) == {(11.9, 11.9, "GBP", "hour")}
    skills = _names(guide.skills)
    assert {"smartphone", "thermal bag", "sense of direction", "battery care",
            "charging rules"} <= skills
    assert "rydeo" in _names(guide.employers)  # the brand, its legal form left off (carry21b)
    assert "zone coordinator" in _names(guide.leads_to)
    assert not {"sign in", "app store", "help"} & skills


OPEN_SALARIES = """Fernhill Studio — Open Handbook

Our salary formula: Copy team

The roles
Copy Editor — edits every article before it goes out.

Every salary on the team
Name          Role                      Location           Salary
Ana P.        Copy Editor (L2)          Lisbon, Portugal   $61,000
Bo K.         Senior Copy Editor (L3)   Oslo, Norway       $74,500
Cy D.         Head of Copy              Leeds, UK          £88,000

Was this page helpful?  Yes  No
"""


def test_open_salary_table() -> None:
    guide = parse_text(OPEN_SALARIES, "page.txt")
    owned = {(s.role, s.min, s.currency) for s in guide.salaries}
    assert owned == {(None, 61000, "USD"), (None, 74500, "USD"), ("Head of Copy", 88000, "GBP")}


def test_worker_quote_ladder() -> None:
    page = EARN_PAGE.replace(
        "Who books?",
        'Rider stories\n"I started riding in 2022. Now I\'m a Zone Captain, running the York hub,\n'
        'and next I want the Depot Supervisor job." — Priya, York\n\nWho books?')
    guide = parse_text(page, "page.txt")
    ladder = [[step.text for step in chain] for chain in guide.progressions]
    assert any(chain[-2:] == ["Zone Captain", "Depot Supervisor"] for chain in ladder)
