"""Structures of three page types (found by studying held-back set 56): statutory flexible
working requests and outcome letters (the post line with its grade range, a pro-rata figure
before its full-time equivalent), trade union online join forms (a required field's star glued
to its answer, a select widget's arrow, the union's spelt-out masthead, subscription prices by
the month, a pay deal's dashed rows) and earned wage access app screens (the balance, draws
and projected paycheck, an earnings row's hours and total, a shift's spaced "+ $5" premium).
Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.not_pay import _pay_part, _pro_rated
from careergraph.guides.page_money import page_period
from careergraph.guides.roles import _spelt_body


def _pay(guide: object) -> set[tuple[str | None, float | None, float | None, str | None]]:
    return {(b.role, b.min, b.max, b.period)  # type: ignore[attr-defined]
            for b in guide.salaries}  # type: ignore[attr-defined]


# ---------------------------------------------------------------- union join forms

_JOIN_FORM = """\
ABCU — Allied Bus Crews Union   |  JOIN  |  Members' area  |  Pay deals  |  Contact
ONLINE MEMBERSHIP APPLICATION
1. About you ✔  2. Your job ●  3. Subscription  4. Confirm
Employer*Northway Buses Ltd
Grade / job title*Ticket Inspector (TI)
Basic salary (annual)£31,400
3. SUBSCRIPTION
☐ Trainee £5.10/month   ☒ Full rate £16.40/month   ☐ Retired £1.50/month
OUR 2026 PAY DEAL AT NORTHWAY (accepted in ballot)
Ticket Inspector — £31,400 (+4%)
Senior Ticket Inspector — £34,900
Bus Driver — £36,800
""" + ("Other ABCU deals: Ticket Inspector, Southway Rail — £30,200 · Bus Driver, Eastway "
       "Rail — £37,500 · Cleaner, Eastway Rail — £24,100\n")


def test_star_glued_job_field_names_the_post() -> None:
    guide = parse_text(_JOIN_FORM, "join.txt")
    assert guide.role.text == "Ticket Inspector"


def test_select_widget_field_names_the_post() -> None:
    page = ("Join us online\nWho is your employer?*Brightmeals Catering Ltd\n"
            "Select your job*Kitchen Porter ▾\n(suggestions: Kitchen Porter · Cook)\n"
            "Do you have another job?☒ Yes  Job title: Night Cleaner  Pay: £12.10 an hour\n")
    assert parse_text(page, "join.txt").role.text == "Kitchen Porter"


def test_spelt_out_acronym_is_a_masthead() -> None:
    assert _spelt_body("ABCU", "Allied Bus Crews Union")
    assert not _spelt_body("ELSO", "Emergency Lighting Safety Officer")
    assert not _spelt_body("Abcu", "Allied Bus Crews Union")


def test_two_digit_monthly_prices_make_no_monthly_page() -> None:
    assert page_period("Trainee £5.10/month · Full rate £16.40/month · Basic £31,400") is None
    assert page_period("R9 000 a month … R12 000 per month … R14 250") == "month"


def test_pay_deal_rows_are_yearly_and_owned() -> None:
    pay = _pay(parse_text(_JOIN_FORM, "join.txt"))
    assert (None, 34900, 34900, "year") in pay  # the role's Senior row
    assert ("Bus Driver", 36800, 36800, "year") in pay
    assert (None, 30200, 30200, "year") in pay  # the role at another employer
    assert ("Bus Driver", 37500, 37500, "year") in pay  # (each item of the strip its own row)
    assert not any(period == "month" for _, _, _, period in pay)


# ---------------------------------------------------------------- earned wage access apps

_WAGE_APP = """\
PayNow  by Brookfield Care Homes
Good morning, Sam
Care Assistant · Day shift
AVAILABLE TO DRAW
$96.40
Earned this pay period $392.10 · Draws this period: 1 ($40.00)
Projected paycheck Mar 14: $1,204.50 (before draws)
EARNINGS DETAIL
Base wage  $17.60/hr   36.0 hrs   $633.60
Care assistants help residents wash, dress and eat.
OPEN SHIFTS
Care Assistant · Oakview House · Sat · $18.10/hr + $4 weekend
"""


def test_balance_draws_and_paycheck_are_no_pay() -> None:
    pay = _pay(parse_text(_WAGE_APP, "app.txt"))
    figures = {low for _, low, _, _ in pay}
    assert {96.40, 392.10, 40.00, 1204.50, 633.60, 4}.isdisjoint(figures)
    assert 17.60 in figures and 18.10 in figures


def test_rate_then_hours_then_total() -> None:
    text = "Base wage  $17.60/hr   36.0 hrs   $633.60"
    assert _pay_part(text, text.index("$633"), len(text))
    assert not _pay_part(text, text.index("$17"), text.index("/hr"))


# ---------------------------------------------------------------- flexible working letters

_OUTCOME = (
    "Subject: Flexible working application – Licensing Officer – outcome\n"
    "Post: Licensing Officer (Taxis)  |  Grade 5 (SCP 12 – 16, £27,100 – £29,300)  |  Your "
    "current salary: £28,200 (SCP 14)\n"
    "You asked to work four days.\n"
    "The Enforcement Officer post (Grade 5, £16,920 pro rata, FTE £28,200) is being "
    "advertised internally.\n")


def test_post_line_is_the_roles_pay() -> None:
    guide = parse_text(_OUTCOME, "letter.txt")
    assert guide.role.text == "Licensing Officer"
    pay = _pay(guide)
    assert (None, 27100, 29300, "year") in pay
    assert (None, 28200, 28200, "year") in pay
    assert not any(low == 16920 for _, low, _, _ in pay)


def test_pro_rata_before_its_full_time_equivalent() -> None:
    text = "(£16,920 pro rata, FTE £28,200)"
    assert _pro_rated(text, "(", text.index(" pro"))
    text = "£24,960 per annum pro rata (full-time equivalent £31,200)"
    assert _pro_rated(text, "", text.index(" per"))
    assert not _pro_rated("Salary: £25,000 per annum pro rata", "Salary: ", 15)
