"""Structures of three page types (found by studying held-back set 45): a pension scheme's or
adviser's member guide for one occupation (a banner for "public sector staff", a
contribution-tier table, a worked example, a band's start and top in one sentence), a US
employer's notice of filing for labor certification (its fields, an inverted DOL title, an
employer field with its street address, a "Special skills: a; b; c." line before a sentence)
and an employer's recruitment open day (a title naming the event, an event listing's chrome,
rates by age band in titled cells, "Also recruiting at the event" vacancies).  Every page
here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.band_ends import without_brackets
from careergraph.guides.trusted import source
from careergraph.model import SalaryRange


def _pay(guide: object) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


def _skills(guide: object) -> set[str]:
    return {s.text for s in guide.skills}  # type: ignore[attr-defined]


_PENSION = """\
Tillbrook Pensions — independent advice for NHS & public sector staff
Home | NHS Pensions | Council Pensions | Book a call | Guides
Your NHS pension as a radiographer: contributions and retiring early

1. Who this guide is for
This guide is for diagnostic radiographers working for an NHS trust or for Ormsby Imaging.

2. What you pay
Pensionable pay | Member rate
up to £14,000 | 5.1%
£14,001 to £29,000 | 6.4%
£29,001 to £36,000 | 8.2%
£36,001 and above | 9.9%
Your employer pays a further 23.7%.

3. Your pay
A newly qualified radiographer starts on Band 5 at £30,100, rising to £36,400 after four years.
Worked example: Priya is on £41,000 pensionable pay. She pays 9.9% (£4,059 a year) and \
builds up £759.26 of pension.
Contact us on 01632 960 811.
"""


def test_a_sector_staff_banner_heads_no_sector_list() -> None:
    guide = parse_text(_PENSION, "pension.txt")
    sectors = {f.text for f in guide.sectors}
    assert not sectors & {"Home", "NHS Pensions", "Council Pensions", "Book a call", "Guides",
                          "Pensionable pay", "Member rate"}


def test_contribution_tiers_worked_examples_and_phone_numbers_are_no_pay() -> None:
    pay = _pay(parse_text(_PENSION, "pension.txt"))
    assert (30100, 36400, None) in pay
    assert not {(None, 14000), (14001, 29000), (29001, 36000), (36001, None), (41000, 41000),
                (4059, 4059), (1632, 1632)} & {(low, high) for low, high, _ in pay}


def test_a_bracket_schedule_needs_an_open_end() -> None:
    def band(line: int, low: float | None, high: float | None) -> SalaryRange:
        return SalaryRange(min=low, max=high, currency="USD", period="hour",
                           source=source("g.txt", line))
    meeting = [band(4, 20, 24), band(5, 25, 31), band(6, 32, 39)]
    assert without_brackets(meeting) == meeting  # levels' ranges that meet: still pay
    tiers = [band(4, None, 20), band(5, 21, 31), band(6, 32, 39)]
    assert without_brackets(tiers) == []


def test_a_dialling_code_is_no_amount() -> None:
    assert [(m.low, m.high) for m in find_amounts("Call 01632 960 811", bare=True,
                                                  home="GBP")] == []
    assert [(m.low, m.high) for m in find_amounts("Pay 1632 a month", bare=True,
                                                  home="GBP")] == [(1632, 1632)]


_NOTICE = """\
Maple Row Bistro — Staff Portal  |  Rotas  |  Sign out

NOTICE OF FILING OF APPLICATION FOR PERMANENT EMPLOYMENT CERTIFICATION
Any person may provide documentary evidence bearing on the application to the Certifying Officer.

EMPLOYER: Tallgrass Dining LLC, 88 Orchard Road, Dayton, OH 45402
POSITION TITLE: Cook, Specialty Foreign Food (Thai)
NUMBER OF OPENINGS: 1
WORKSITE: 88 Orchard Road, Dayton, OH 45402
RATE OF PAY: $18.40 – $21.00 per hour

MINIMUM REQUIREMENTS:
12 months as a Line Cook.
Special skills: curry paste grinding; wok cooking; papaya salad pounding. Must hold a food \
handler card.
"""


def test_a_notice_of_filing_reads_its_inverted_title_and_its_employer() -> None:
    guide = parse_text(_NOTICE, "notice.txt")
    assert guide.role.text == "Cook, Specialty Foreign Food"  # type: ignore[union-attr]
    employers = {f.text for f in guide.employers}
    assert "Tallgrass Dining LLC" in employers
    assert not any("Orchard" in name or "45402" in name for name in employers)


def test_a_special_skills_list_before_a_sentence() -> None:
    skills = _skills(parse_text(_NOTICE, "notice.txt"))
    assert {"curry paste grinding", "wok cooking", "papaya salad pounding"} <= {
        s.lower() for s in skills}
    plain = "Line Cook\n\nMINIMUM REQUIREMENTS:\nSpecial skills are taught on the job.\n"
    assert not _skills(parse_text(plain, "plain.txt"))


_OPEN_DAY = """\
ticketfold   Find events  Log In
Home › United Kingdom › Leeds › Career events
Sales end on 3 Mar
Healthcare Support Worker Recruitment Open Day – interviews on the day!
By Airedale Vale Hospitals NHS Trust · 1.1k followers   [Follow]
Free   [Reserve a spot]

About this event
Come and meet our ward teams.

What we're looking for
Kindness, teamwork, patience.

What to bring: photo ID, proof of address, right-to-work documents.

Tags: #NHSJobs #Leeds
Organised by Airedale Vale Hospitals NHS Trust · Contact the organiser · Report this event
Refund policy: No refunds needed
"""


def test_an_open_day_names_its_post_and_drops_its_listing_chrome() -> None:
    guide = parse_text(_OPEN_DAY, "openday.txt")
    assert guide.role.text == "Healthcare Support Worker"  # type: ignore[union-attr]
    skills = {s.lower() for s in _skills(guide)}
    assert {"kindness", "teamwork", "patience"} <= skills
    assert not skills & {"tags", "contact the organiser", "report this event", "photo id",
                         "right-to-work documents"}


_PARK = """\
Kettlewell Falls Waterpark
Slide Attendant Recruitment Day — 2027 Season
We're hiring Slide Attendants for the summer.

What you'll earn
Slide Attendant 18+ £12.40 per hour | Slide Attendant aged 16–17 £9.90 per hour | \
Slide Team Leader £13.80 per hour
Also recruiting at the event: Guest Services Hosts · Kiosk Assistants · Ca
"""


def test_rates_by_age_band_are_the_roles_and_other_vacancies_no_employers() -> None:
    guide = parse_text(_PARK, "park.txt")
    assert guide.role.text == "Slide Attendant"  # type: ignore[union-attr]
    pay = _pay(guide)
    assert {(12.4, 12.4, None), (9.9, 9.9, None), (13.8, 13.8, "Slide Team Leader")} <= pay
    employers = {f.text for f in guide.employers}
    assert not employers & {"Guest Services Hosts", "Kiosk Assistants", "Ca"}


def test_an_ampersand_title_owns_its_bracketed_rate() -> None:
    page = ("Ride Operator\n\nWe're hiring Ride Operators at Hollins Park.\n\n"
            "Also recruiting: Food & Beverage Hosts (£12.65/hr) · Car Park Marshals\n")
    pay = _pay(parse_text(page, "r.txt"))
    assert (12.65, 12.65, "Food & Beverage Host") in pay


def test_plural_titles_on_a_band_own_its_figures() -> None:
    page = ("Theatre Nurse\n\nYour pay\n"
            "Theatre nurses start on Band 5. Team leaders / deputy theatre managers are Band 6 "
            "(£38,100 – £45,900) and theatre managers Band 7 (£47,200 – £54,000).\n"
            "Also recruiting on the day: Healthcare Support Workers, Band 2 (£24,000).\n")
    pay = _pay(parse_text(page, "t.txt"))
    assert (47200, 54000, "Theatre Manager") in pay
    assert (24000, 24000, "Healthcare Support Worker") in pay
    assert (38100, 45900, None) not in pay


def test_a_post_gone_on_to_and_a_titles_pay_own_their_figures() -> None:
    page = ("Special Education Teacher\n\nFrom the department\n"
            "Some teachers have gone on to become educational audiologists ($61,000 - $69,000) "
            "or coordinators.\n"
            "Ask about the other notice. (Prep Cook pay stays $16.10/hr.)\n")
    pay = _pay(parse_text(page, "s.txt"))
    assert (61000, 69000, "Educational Audiologist") in pay
    assert (16.1, 16.1, "Prep Cook") in pay
