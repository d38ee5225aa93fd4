"""Structures found on fresh generated corpora (seeds 58101-58103): a portal's one-line pay
check of "Title — average figure" items, a lower-case title with its figure in a bracket on
a career line, two titles each with a grade's bracket in one sentence, a regrading's back
pay, a line of penalty rates by the day, a classification's series code, a certification's
add-on, a plural title "on points" of a spine and a sector field parted by a spaced dash.
Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.longform_pay import aside_title
from careergraph.guides.not_pay import penalty_days


def _pay(guide: object) -> set[tuple[float | None, str | None]]:
    return {(b.min, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


def _owners(guide: object) -> dict[float | None, str | None]:
    return {b.min: b.role for b in guide.salaries}  # type: ignore[attr-defined]


def _sectors(guide: object) -> set[str]:
    return {f.text for f in guide.sectors}  # type: ignore[attr-defined]


_WALKIN = """\
Car park attendant
Company: Falcon Crest Parking LLC
Salary & Benefits:-
Salary: AED 1,700 – 2,100 per month
Salary check (ParkJobs data, Sharjah): Car park attendant — average AED 1,850 per month; \
Valet Driver — average AED 2,050 per month
"""


def test_a_pay_check_gives_each_item_to_its_title() -> None:
    owners = _owners(parse_text(_WALKIN, "car-park-attendant.txt"))
    assert owners[1850.0] is None  # the role's own average
    assert owners[2050.0] == "Valet Driver"


def test_one_item_alone_is_read_as_before() -> None:
    page = _WALKIN.replace("; Valet Driver — average AED 2,050 per month", "")
    owners = _owners(parse_text(page, "car-park-attendant.txt"))
    assert owners[1850.0] is None


_CAREER = """\
Translated from Croatian · Show original · Always translate Croatian
Kayak instructor (m/f) – season 2027
Lagoon Paddle d.o.o. · Zadar · 3 days ago

We offer
1.900,00 € net per month from June to September

Career with us
After three seasons you can take the post of trip leader (2.450,00 € net) and later \
base station manager (from 2.900,00 €). Our boat skipper receives 90,00 € per day.
"""


def test_a_lower_case_title_owns_its_bracketed_figure() -> None:
    assert aside_title("and later base station manager (from ", "2.900,00 €).") == (
        "Base Station Manager")
    assert aside_title("Sorter → foreman of the yard (from ", "1 700 EUR per month).") == (
        "Foreman of the Yard")
    owners = _owners(parse_text(_CAREER, "kayak-instructor.txt"))
    assert owners.get(2900.0) == "Base Station Manager"
    assert owners.get(1900.0) is None  # the role's own pay stays the role's


def test_a_bracket_after_no_moved_to_title_names_no_one() -> None:
    assert aside_title("Apprentices (from ", "£18,000).") is None  # capitalised, no bound word
    assert aside_title("paid for overtime (from ", "£18,000).") is None  # no worker's noun
    assert aside_title("later base station manager (from ", "2.900,00 € in total with tips") is (
        None)  # the bracket does not close after the figure and its basis


_APPEAL = """\
Grounds Operative
Job evaluation appeal: decision of the panel

4. Decision
The appeal is upheld: the post is regraded to Grade 4 (£24,100 – £25,300). The panel \
compared the Park Ranger (Grade 5, £26,200 – £27,400) and the Tree Surgeon (Grade 6, \
£28,150 – £29,050) posts. Back pay of about £860 each is due from 1 April 2026.
"""


def test_two_graded_titles_in_one_sentence_each_own_their_band() -> None:
    owners = _owners(parse_text(_APPEAL, "grounds-operative.txt"))
    assert owners[26200.0] == "Park Ranger"
    assert owners[28150.0] == "Tree Surgeon"
    assert owners[24100.0] is None


def test_back_pay_is_no_pay() -> None:
    pay = _pay(parse_text(_APPEAL, "grounds-operative.txt"))
    assert not any(low == 860.0 for low, _ in pay)
    kept = _pay(parse_text(_APPEAL.replace("Back pay of about", "A salary of about"),
                           "grounds-operative.txt"))
    assert any(low == 860.0 for low, _ in kept)  # the same sum named as pay stays


_BOOKING = """\
Booking #5521 confirmed
Usher · also listed as Seating attendant
Pay: $38.10/hr including 25% casual loading
Saturday $45.70/hr · Sunday $53.30/hr · Public holiday $85.70/hr (penalty rates)
"""


def test_penalty_rates_by_the_day_are_no_pay() -> None:
    assert penalty_days("Saturday $45.70/hr · Sunday $53.30/hr (penalty rates)")
    assert not penalty_days("Saturday $45.70/hr · Sunday $53.30/hr")
    assert not penalty_days("Pay $38.10/hr · Sunday $53.30/hr (penalty rates)")
    pay = _pay(parse_text(_BOOKING, "usher.txt"))
    assert (38.1, None) in pay
    assert not any(low in (45.7, 53.3) for low, _ in pay)


_REGISTER = """\
City of Larchmont · Human Resources
Position Classification and Pay Register (FY 2026–27)
Classification: Meter Reader (series 3310) · FLSA: non-exempt

Certification pay: $90 a month per additional certification.
Salary: $48,200 - $58,900 a year
"""


def test_a_series_code_and_certification_pay_are_no_pay() -> None:
    pay = _pay(parse_text(_REGISTER, "meter-reader.txt"))
    assert (48200.0, None) in pay
    assert not any(low in (3310.0, 90.0) for low, _ in pay)


_PACK = """\
Director of Operations
Recruitment pack

PAY AND BENEFITS
Central team scale points 40 - 44, £88,100 - £95,600.
(For information: Estates Managers are on points 30 - 34, £64,300 - £71,200.)

Sector: Education - sixth form colleges
"""


def test_a_plural_title_on_points_owns_its_band() -> None:
    owners = _owners(parse_text(_PACK, "director-of-operations.txt"))
    assert owners[64300.0] == "Estates Manager"
    assert owners[88100.0] is None


def test_a_sector_field_parted_by_a_spaced_dash_gives_two() -> None:
    sectors = {s.lower() for s in _sectors(parse_text(_PACK, "director-of-operations.txt"))}
    assert {"education", "sixth form colleges"} <= sectors
    page = _PACK.replace("Education - sixth form colleges", "Health-tech")
    assert {s.lower() for s in _sectors(parse_text(page, "director-of-operations.txt"))} == {
        "health-tech"}


def test_a_capitalised_sub_category_after_a_dash_stays_one_sector() -> None:
    page = _PACK.replace("Education - sixth form colleges", "Healthcare - Clinic")
    sectors = {s.lower() for s in _sectors(parse_text(page, "director-of-operations.txt"))}
    assert "healthcare - clinic" in sectors


def test_a_plural_title_before_its_bracket_names_one_holder() -> None:
    assert aside_title("have gone on to become school counsellors (", "$58,000 - $66,000) or") == (
        "School Counsellor")
