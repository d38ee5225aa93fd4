"""Pay megathreads (Reddit-style): each commenter's bare "$" is his own country's dollar
when the thread names several, tips and tronc on top of a base rate are no pay, and a
template's "Rate:" line is pay even under a "Status: Employed" line.

Each page here is written for the test (invented users, cafés, places and figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.page_money import named_dollars, page_dollar
from careergraph.guides.placed_dollars import placed_dollars
from careergraph.guides.text import Line

GROOMERS = """r/doggrooming
Posted by u/clipper_kate · 3 days ago
Dog groomers, what's your base pay? City, years, rate.
I'll go first: Austin TX, 4 years, $19.50/hr at a mobile van, tips add about $3/hr on top.
level 1
shih_tzu_sam · 2 days ago
Brisbane, salon groomer, 2 yrs: $31.20/hr. Tips are rare here.
level 1
poodle_pro · 1 day ago
Columbus, OH, 7 yrs: $22.75/hr + tips (~$5/hr).
"""

TEMPLATE = """Job: Dog groomer
Location: Cardiff
Status: Employed
Rate: £12.40/hr
ruff_and_tumble • 3h ago
Job: Kennel supervisor (boarding)
Location: Swansea
Rate: £95 a shift
Notes: the groomers in our salon are on £85-£90 a day through an agency.
lyon_lou • 2h ago
Lyon, 3 ans, salon: 12,60 € brutto/h. Started on $15.50 + tips in Montreal.
"""


def pay(guide) -> set[tuple[float | None, str, str]]:  # type: ignore[no-untyped-def]
    return {(s.min, s.currency, s.period) for s in guide.salaries}


def test_each_commenter_is_paid_in_his_own_dollar() -> None:
    guide = parse_text(GROOMERS, "dog-groomer.txt")
    assert pay(guide) == {(19.50, "USD", "hour"), (31.20, "AUD", "hour"),
                          (22.75, "USD", "hour")}  # the tips are no pay


def test_placed_dollars_only_on_pages_naming_several_countries() -> None:
    lines = [Line(1, "Toronto, ON: $28/hr"), Line(2, "Denver: $24/hr"), Line(3, "Any: $20")]
    assert [line.text for line in placed_dollars(lines)] == [
        "Toronto, ON: C$28/hr", "Denver: $24/hr", "Any: $20"]
    alone = [Line(1, "Sydney: $40/hr"), Line(2, "Night rate: $48/hr")]
    assert placed_dollars(alone) == alone  # one country: page_dollar reads it
    assert page_dollar("Sydney: $40/hr\nNight rate: $48/hr") == "AUD"
    assert named_dollars("Tulsa, OK and Sydney") == frozenset({"USD", "AUD"})
    assert named_dollars("Job ID 4471, Perth WA") == frozenset({"AUD"})  # no Idaho


def test_template_fields_give_each_rate_its_owner() -> None:
    guide = parse_text(TEMPLATE, "dog-groomer.txt")
    owned = {(s.role, s.min, s.max, s.currency, s.period) for s in guide.salaries}
    assert (None, 12.40, 12.40, "GBP", "hour") in owned  # "Rate:" under "Status: Employed"
    # the other job's shift rate is a day's pay; the groomers' agency band is the role's
    assert ("Kennel Supervisor", 95, 95, "GBP", "day") in owned
    assert (None, 85, 90, "GBP", "day") in owned
    assert (None, 12.60, 12.60, "EUR", "hour") in owned  # a gross euro rate by the hour
    assert all(s.max is not None for s in guide.salaries)  # "+ tips" opens no top


FLAIRED = """2026 pay thread: dog groomers, what do you make? City, years, base rate
Please include your city and base hourly. I'll start: Leeds groomer, 5 yrs, £11.90/hr.
level 1
fluffy_fran · 3 days ago
Hull, 2 yrs at a mobile van, £11.40/hr and I love the dogs.
level 1
clipper_cath · Salon Manager | York · 3 days ago
York, 9 yrs. I run the salon now and I'm on £31,000. When I was grooming full time it was \
£11.20/hr.
"""


def test_a_flair_naming_another_job_owns_its_writers_present_pay() -> None:
    guide = parse_text(FLAIRED, "dog-groomer.txt")
    assert guide.role.text == "Dog Groomer"
    assert {(s.role, s.min, s.currency, s.period) for s in guide.salaries} == {
        ("Salon Manager", 31000, "GBP", "year"),  # the writer's job now, as her flair says
        (None, 11.20, "GBP", "hour"),  # "When I was grooming full time": the role's
        (None, 11.90, "GBP", "hour"), (None, 11.40, "GBP", "hour")}
