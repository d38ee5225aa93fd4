"""Structures of set 45's page types as the web generator prints them at scale (carry45): a
pension member guide's tier table opening each tier at the last one's top ("Over £a to
£b"), its product before the title ("Pensions for Xs"), a member's worked story, term-time
"actual salary" and a welcome payment; a translated posting's key-information table
("Employer | X", "Salary | a – b EUR net/month") and its "For comparison" net pay; an open
day's age-band pay cells with no title; a notice of filing's "Special skills" line.  Every
page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.title_frames import unserviced


def _money(text: str, home: str = "GBP") -> list[tuple[float | None, float | None]]:
    return [(m.low, m.high) for m in find_amounts(text, home=home)]


def _pay(guide: object) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


_PENSION = """\
Larkfield Pensions | Guides | Log in
Pensions for radiographers: a member's guide to the health scheme
Capital at risk. This page is general guidance and not personal financial advice.

1. Who this is for
Radiographers working for employers such as Oakmere Imaging or Pellow Hospitals.

2. What you pay in
Pensionable pay | Member rate
Up to £13,500 | 5.2%
Over £13,500 to £18,200 | 6.5%
Over £18,200 to £25,400 | 8.3%
Over £25,400 to £33,600 | 10.7%

3. Your pay
Radiographers start on Band 5 (£30,100 – £35,600). Most work term-time only: on Band 5 \
your actual salary might be £21,400, and that sets your rate.

4. A worked example
Tamsin's story: pensionable pay of £31,250 builds £580 of pension a year, and tax relief \
on her contributions is about £560.
"""


def test_tiers_opening_at_the_last_top_are_no_pay() -> None:
    guide = parse_text(_PENSION, "radiographer.txt")
    assert (30100, 35600, None) in _pay(guide)
    lows = {low for low, _, _ in _pay(guide)}
    assert not lows & {13500, 18200, 25400}
    assert all(high != 13500 for _, high, _ in _pay(guide))


def test_levels_meeting_at_closed_ends_stay_pay() -> None:
    page = ("Pay by level\n\nLevel A: £20,000 – £24,000 a year\nLevel B: £24,000 – £31,000 a year\n"
            "Level C: £31,000 – £39,000 a year\n")
    guide = parse_text("Gardener\n\nA Gardener tends parks.\n\n" + page, "gardener.txt")
    assert {(20000, 24000), (24000, 31000), (31000, 39000)} <= {
        (low, high) for low, high, _ in _pay(guide)}


def test_pension_product_before_the_title() -> None:
    assert unserviced("Pensions for radiographers: a member's guide") == (
        "Radiographers: a member's guide")
    assert unserviced("Pension Fund Manager") == "Pension Fund Manager"
    assert parse_text(_PENSION, "radiographer.txt").role.text == "Radiographer"  # type: ignore[union-attr]


def test_member_story_and_actual_salary_are_no_pay() -> None:
    lows = {low for low, _, _ in _pay(parse_text(_PENSION, "radiographer.txt"))}
    assert 31250 not in lows and 21400 not in lows


def test_welcome_payment_is_no_pay() -> None:
    assert _money("A welcome payment of £1,200 and free parking.") == []
    assert _money("Band 3 (£24,100 – £26,200)") == [(24100, 26200)]


_KEY_TABLE = """\
RECEPTIONIST (M/F)
Key information
Employer | Hotel Sveti Nikola d.d.
Place of work | Zadar
Employment | full time, indefinite
Salary | 1.300,00 – 1.600,00 EUR net/month
Deadline | 14.2.2027

Development in our team
For comparison: a night auditor with us earns 1.420,00 EUR net.
"""


def test_key_information_table_employer_row_and_net_salary() -> None:
    guide = parse_text(_KEY_TABLE, "receptionist.txt")
    assert [f.text for f in guide.employers] == ["Hotel Sveti Nikola d.d."]
    assert (1300, 1600, None) in _pay(guide)
    assert _money("Salary | 1.300,00 – 1.600,00 EUR net/month") == [(1300, 1600)]
    assert _money("Take-home pay | 1.100,00 EUR net") == []


def test_for_comparison_net_pay_is_the_named_posts() -> None:
    guide = parse_text(_KEY_TABLE, "receptionist.txt")
    assert (1420, 1420, "Night Auditor") in _pay(guide)
    # a take-home worked out in prose stays none; (fixes95) a later clause of the title
    # alone, its verb left out, is read since its owner is (salary._THE_NEXT_BARE): set 45's
    # croatianmt beautician and the generated croatianmt pages' truth hold its figure
    assert _money("After tax you take home about 1.100,00 EUR net") == []
    assert _money("For comparison: a cook earns 1.260,00 EUR net, the head cook "
                  "2.000,00 EUR net.") == [(1260, 1260), (2000, 2000)]


def test_age_band_cells_are_the_roles_own() -> None:
    page = ("RECRUITMENT DAY: RIDE HOSTS WANTED\n\nWhat does a ride host do?\nOur ride hosts run "
            "the rides.\n\nPay: 18+ £12.50/hr | 16–17 £10.40/hr | Ride Team Leader £14.10/hr\n")
    pay = _pay(parse_text(page, "ride-host.txt"))
    assert (12.5, 12.5, None) in pay and (10.4, 10.4, None) in pay
    assert (14.1, 14.1, "Ride Team Leader") in pay
    assert all(owner is None for low, _, owner in pay if low in (12.5, 10.4))


_NOTICE = """\
NOTICE OF FILING
EMPLOYER: Ridgeway Table LLC
POSITION TITLE: Cook, Specialty Foreign Food (Thai)
RATE OF PAY: $19.80 per hour
Prevailing wage: $19.80 per hour (OEWS Level I, Fresno area)

JOB DUTIES:Cook curries and stir-fries.
MINIMUM REQUIREMENTS: 12 months as a Prep Cook; food handler card.
Special skills: wok cooking; curry paste making; knife work.
TO APPLY: send a resume to the owner at the address above.
"""


def test_notice_special_skills_line_and_to_apply() -> None:
    guide = parse_text(_NOTICE, "thai-cook.txt")
    skills = {s.text.lower() for s in guide.skills}
    assert {"wok cooking", "curry paste making", "knife work"} <= skills
    assert "to apply" not in skills and "special skills" not in skills
