"""Pay and employers noticed on real-looking pages in stop 38's first round (helper fixes46),
on invented pages: a pay label's bracketed terms, a bullet label above its figure, an Indian
page's bare figures, a table's period columns, a run-in recruiters label without its colon,
an industry's statistics, and another post's priced band under a heading about jobs."""

from __future__ import annotations

from careergraph.guides.amounts import find_amounts
from careergraph.guides.page_money import page_currency
from careergraph.guides.read import parse_text
from careergraph.guides.section_kinds import Kind, classify_heading


def _pay(text: str) -> list[tuple[str | None, str, float | None, float | None, str]]:
    guide = parse_text(text, "page.txt")
    return [(s.role, s.currency, s.min, s.max, s.period) for s in guide.salaries]


def test_a_bracketed_period_or_currency_in_a_pay_label_prices_its_bare_figures() -> None:
    def terms(text: str) -> list[tuple[str, float | None, float | None, str]]:
        return [(m.currency, m.low, m.high, m.period) for m in find_amounts(text)]

    assert terms("Wage (per week): 640 - 720") == []  # (under a thousand, no currency: none)
    assert terms("Salary (per month): 21,000 - 26,500") == [("USD", 21000, 26500, "month")]
    assert terms("Pay (EUR): 38,000 - 44,000") == [("EUR", 38000, 44000, "year")]
    assert terms("Salary (£, per year): 29,500") == [("GBP", 29500, 29500, "year")]
    assert terms("Salary (negotiable): 21,000") == []  # (no terms in the bracket)


def test_a_pay_label_with_a_bracket_opens_a_pay_line_on_a_plain_page() -> None:
    page = """Kennel Supervisor

A kennel supervisor runs the daily care of boarded dogs.

Skills
- Animal handling
- Rota planning

Salary (per month): 2,300 - 2,750
"""
    assert _pay(page) == [(None, "USD", 2300, 2750, "month")]


def test_a_bullet_label_above_a_figure_states_its_period() -> None:
    page = """Grain Silo Operator

Operators run the drying and storage plant of a grain terminal.

Earnings snapshot
• Median Monthly Pay
$4,150
• Average Weekly Pay
$1,180

Skills
- Moisture testing
"""
    assert _pay(page) == [(None, "USD", 4150, 4150, "month"), (None, "USD", 1180, 1180, "week")]


def test_an_indian_page_prices_bare_figures_in_rupees_by_the_month() -> None:
    assert page_currency("Trainees in Chennai earn 3.1 lakh a year … 14,000-17,000") == "INR"
    assert page_currency("Our team in Chennai earns 14,000-17,000") == "USD"  # (one place)
    page = """Lab Technician Salary in Chennai

A lab technician prepares samples in diagnostic labs in Chennai and Kolkata.

Salary
Freshers earn 14,000-17,000. Senior technicians earn about 3.6 lakh a year.
"""
    assert (None, "INR", 14000, 17000, "month") in _pay(page)


def test_a_column_header_states_the_period_of_its_priced_cells() -> None:
    page = """Ski Instructor Pay Guide

| Stage | Monthly | Annual |
|---|---|---|
| First season | ~$2,600 | $31,200 |
| Fully certified | ~$3,450+ | $41,400+ |
"""
    found = _pay(page)
    assert (None, "USD", 2600, 2600, "month") in found
    assert (None, "USD", 31200, 31200, "year") in found
    assert (None, "USD", 3450, None, "month") in found


def test_a_run_in_recruiters_label_without_a_colon_lists_employers() -> None:
    page = """Pipeline Inspector

Pipeline inspectors check welds and coatings on oil and gas lines.

Top Recruiters Corvane Register, Bureau Delacroix, Astmark Maritime

Skills
- Weld inspection
"""
    guide = parse_text(page, "page.txt")
    assert {e.text for e in guide.employers} >= {"Corvane Register", "Bureau Delacroix",
                                                  "Astmark Maritime"}
    sentence = page.replace("Top Recruiters Corvane", "Top Recruiters say that Corvane")
    assert not parse_text(sentence, "page.txt").employers


def test_an_industry_statistics_list_names_no_sectors() -> None:
    assert classify_heading("Key Industry Statistics") is Kind.MARKET
    assert classify_heading("Key Industries") is Kind.SECTORS
    page = """Wind Turbine Technician

Technicians service turbines on and off shore.

Key Industry Statistics
- Employment: 12,400 technicians
- Median age: 31

Industries
- Offshore wind
"""
    assert [s.text for s in parse_text(page, "page.txt").sectors] == ["Offshore wind"]


def test_a_priced_band_under_a_heading_about_jobs_is_that_title_s_pay() -> None:
    page = """Page translated from Thai into English   Show original   Always translate Thai

Dishwasher (พนักงานล้างจาน)
Lanna Riverside Hotel Co., Ltd.

Position: Dishwasher  2 positions
Salary (baht): 10,500 - 12,000

Other jobs at this company
Laundry attendant 11,200 - 12,800 baht
Pool attendant 11,500 - 13,000 baht
"""
    found = _pay(page)
    assert ("Laundry Attendant", "THB", 11200, 12800, "month") in found
    assert ("Pool Attendant", "THB", 11500, 13000, "month") in found
