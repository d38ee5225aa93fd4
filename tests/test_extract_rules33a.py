"""Structures of two page types (found by studying held-back set 33): a stage crew's grade
card with its rate columns, and a Brazilian job posting read through a browser's translator
(printed all in lower case).  Every page here is invented (its roles, firms, wording and
figures)."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.grade_columns import grade_columns

_GRADE_CARD = """\
[PDF] LIVE EVENTS CREW ALLIANCE — GRADE GUIDE 2027   sheet 3 of 9
SECTION: RIGGING                                               In force 1 March 2027

HEAD RIGGER (Rigging Chief; "Up-rigger")
Plans and hangs the show's points and motors; signs off the rigging plot.

Daily rates (12-hour call) — by venue size
SIZE                      Head Rigger        Ground Rigger       Rigging Planner*
Arena                     $910               $620                $700
Theatre                   $780               $540                —
*Rigging Planner is an office grade; shown for comparison.

SKILLS  load calculation • motor control • rope access
"""

_POSTING = """\
This page was translated   |   Always translate Portuguese
vagasdemo.com.br  |  job of employment in maringá and region
TYRE FITTER (BORRACHEIRO) - 2 VACANCIES
Auto Center Ponte Velha
maringá - pr  |  salary r$ 1,960.00 + insalubridade 20% + commissions  |  clt
"""


def test_capitals_title_with_bracketed_names_is_the_role_over_a_defined_grade() -> None:
    guide = parse_text(_GRADE_CARD, "page-1.txt")
    assert guide.role.text == "Head Rigger"
    assert guide.role_signal == "title_line"
    assert {"Rigging Chief", "Up-rigger"} <= {a.text for a in guide.aliases}


def test_posting_title_with_native_name_and_openings_is_the_role() -> None:
    guide = parse_text(_POSTING, "page-2.txt")
    assert guide.role.text == "Tyre Fitter"
    assert "Borracheiro" in {a.text for a in guide.aliases}


def test_lower_case_real_sign_in_english_notation_is_brl() -> None:
    found = [(m.currency, m.low, m.high) for m in find_amounts("wage r$ 1,960.00 a month")]
    assert found == [("BRL", 1960, 1960)]


def test_real_sign_keeps_a_thousands_group_after_the_comma() -> None:
    found = [(m.currency, m.low) for m in find_amounts("Wage: R$ 3,215.50 per month")]
    assert found == [("BRL", 3216)]  # (a month's figure is read to the real)


def test_named_premium_in_per_cent_after_a_plus_is_no_open_top() -> None:
    found = [(m.low, m.high) for m in find_amounts("salary R$ 1,960.00 + insalubridade 20%")]
    assert found == [(1960, 1960)]
    assert [(m.low, m.high) for m in find_amounts("£52k+ a year")] == [(52000, None)]


def test_posted_salary_with_premium_is_the_roles_single_rate() -> None:
    pay = [(s.min, s.max, s.currency) for s in parse_text(_POSTING, "page-2.txt").salaries]
    assert (1960, 1960, "BRL") in pay


_GUIDE_FOOT = """\
Tree Surgeon
Last checked: May 2027 · Sources: county arborist boards · Affiliate disclosure

A tree surgeon prunes and fells trees.

Skills
- Climbing
- Chainsaw handling

Rate queries: fees@arbor.example · Branch secretary: Moira Quill · Helpline 0800 111 222
"""


def test_disclosure_and_contact_strips_are_chrome() -> None:
    guide = parse_text(_GUIDE_FOOT, "page-3.txt")
    texts = {f.text for f in (*guide.skills, *guide.employers, *guide.sectors)}
    assert not any("disclosure" in t.lower() or "Quill" in t for t in texts)
    assert {"Climbing", "Chainsaw handling"} <= {s.text for s in guide.skills}


def test_voucher_value_is_no_pay() -> None:
    page = _POSTING + "Benefits: Meal voucher R$ 41.00/day; Health plan\n"
    assert all(s.min != 41 for s in parse_text(page, "page-2.txt").salaries)


def test_grade_columns_give_each_grade_its_single_rates_in_the_captions_period() -> None:
    guide = parse_text(_GRADE_CARD, "page-1.txt")
    pay = {(s.role, s.min, s.max, s.period) for s in guide.salaries}
    assert {(None, 910, 910, "day"), (None, 780, 780, "day"),
            ("Ground Rigger", 620, 620, "day"), ("Ground Rigger", 540, 540, "day"),
            ("Rigging Planner", 700, 700, "day")} <= pay
    assert not any(s.role == "Rigging Planner" and s.min == 780 for s in guide.salaries)


def test_grade_columns_without_the_role_are_left_alone() -> None:
    lines = list(enumerate(_GRADE_CARD.splitlines(), start=1))
    assert grade_columns(lines, lambda title: title == "Lead Welder") == ([], set())
    found, _ = grade_columns(lines, lambda title: title == "Head Rigger")
    assert len(found) == 5  # (the dash is no figure)


def test_period_with_its_length_is_the_period() -> None:
    found = [(m.low, m.period) for m in find_amounts("Weekly hire: £1,840 per 5-day week.")]
    assert found == [(1840, "week")]
    assert [m.period for m in find_amounts("$615 a 12-hour day")] == ["day"]


_REQUIREMENTS = """\
FORKLIFT OPERATOR - LEVEL I
Armazéns Serra Azul Ltda.  ·  Campinas - SP

Description
Logistics company hires Forklift Operator for the distribution centre.

Requirements:
Complete high school;
Experience of 1 year in warehouse;
Pack Office basic (Excel), WMS (events of stock);
Reading of picking lists (SAP basic);
Good communication, proactivity, teamwork and punctuality.

Work areas: logistics, warehousing
"""


def test_semicolon_lines_under_a_label_are_a_list_with_bracketed_tools() -> None:
    skills = {s.text for s in parse_text(_REQUIREMENTS, "page-4.txt").skills}
    assert {"Pack Office", "Excel", "WMS", "Reading of picking lists", "SAP"} <= skills
    assert not any("school" in s.lower() or "events" in s for s in skills)


def test_single_capitals_label_before_a_gap_heads_its_own_list() -> None:
    page = _GRADE_CARD + "TOOLKIT  chain hoists, shackles, load cells\n"
    skills = {s.text for s in parse_text(page, "page-1.txt").skills}
    assert {"load calculation", "motor control", "rope access"} <= {s.lower() for s in skills}


def test_work_areas_label_names_sectors() -> None:
    sectors = {s.text.lower() for s in parse_text(_REQUIREMENTS, "page-4.txt").sectors}
    assert {"logistics", "warehousing"} <= sectors


_COMPARISON = """\
Home / Trades / Locksmith
Locksmith Licensing by State (2027)

What is a locksmith?
A Locksmith installs, repairs and opens locks and keeps master-key systems.

State | Exam | Bond | Licence fee (2 yrs)
Nevada | Written | $5,000 | $140
Utah | Written | $2,500 | $90
Idaho | None | — | $60

Locksmith pay by state (median hourly wage, agency survey)
National median: $24.10 an hour
Nevada $25.30 · Utah $23.40 · Idaho $22.90
Top earners (safes and vaults) report $95,000 or more.
Emergency call-out rate charged by agencies: $90–$140/hr — billing, not wages.
"""


def test_fee_and_bond_columns_of_a_pipe_table_are_no_pay() -> None:
    pay = {s.min for s in parse_text(_COMPARISON, "page-5.txt").salaries}
    assert not pay & {5000, 2500, 140, 90, 60}


def test_strip_under_a_by_state_caption_is_the_roles_pay_by_place() -> None:
    pay = {(s.role, s.region, s.min) for s in parse_text(_COMPARISON, "page-5.txt").salaries}
    assert {(None, "Nevada", 25.3), (None, "Utah", 23.4), (None, "Idaho", 22.9)} <= pay


def test_agency_charge_is_no_pay() -> None:
    pay = {s.min for s in parse_text(_COMPARISON, "page-5.txt").salaries}
    assert 90 not in pay


def test_floor_and_ceiling_side_by_side_are_one_band() -> None:
    found = [(m.low, m.high) for m in find_amounts(
        "Average salary: R$ 2,940.10 per month     Floor: R$ 2,410.00     Ceiling: R$ 4,880.50")]
    assert found == [(2940, 2940), (2410, 4880)]
