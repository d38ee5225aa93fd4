"""General defects set 29's page types showed (carry29): fees, referral rewards, baht, a pay
matrix's caption period, a comparison rate's owner, a contact's title, tax forms, a
credential's standing, a record's "work in", and a notice subject's "post of".

Every page is invented here (employers, posts, towns, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.model import Guide


def _pay(guide: Guide) -> set[tuple[str, float, float, str, str]]:
    """(owner or "", low, high, currency, period) of each band a guide states."""
    return {(str(band.role or "").lower(), float(band.min or 0), float(band.max or 0),
             band.currency, band.period) for band in guide.salaries}


def _page_pay(page: str, file: str) -> set[tuple[str, float, float, str, str]]:
    """The bands a page read as ``file`` states (see :func:`_pay`)."""
    return _pay(parse_text(page, file))


def _moves(guide: Guide) -> set[str]:
    return {m.text for m in (*guide.leads_to, *guide.transitions_to, *guide.moves_in)}


FELLOWSHIP = (
    "Dental Public Health Fellow\n"
    "Harbourview University Hospital — Fellowship Program\n"
    "\n"
    "About the fellowship\n"
    "Our two-year fellowship trains dentists in population oral health.\n"
    "\n"
    "Stipend\n"
    "Fellows receive a stipend of $61,300 per year with dental cover. The $85 application "
    "fee is waived for alumni.\n"
)


def test_an_application_fee_after_its_figure_is_no_pay() -> None:
    pay = _page_pay(FELLOWSHIP, "dental-public-health-fellow.txt")
    assert ("", 61_300, 61_300, "USD", "year") in pay and not any(low == 85 for _, low, *_ in pay)


ONBOARDING = (
    "Night Stocker\n"
    "Welcome to the team! Your first-week checklist\n"
    "\n"
    "MY TASKS\n"
    "| Task                         | Status    | Owner     |\n"
    "| Form W-4 and I-9             | Complete  | HR        |\n"
    "| Pallet jack sign-off         | Booked    | Lead      |\n"
    "\n"
    "Your starting rate is $18.40 an hour.\n"
    "Refer a friend and earn $1,250 after their 60 days.\n"
)


def test_a_referral_reward_is_no_pay_and_tax_forms_are_no_skills() -> None:
    guide = parse_text(ONBOARDING, "night-stocker.txt")
    pay = _pay(guide)
    assert ("", 18.40, 18.40, "USD", "hour") in pay
    assert not any(low == 1_250 for _, low, *_ in pay)
    assert not {"W-4", "I-9", "Form W-4"} & {s.text for s in guide.skills}


def test_tax_and_starter_forms_are_no_skills() -> None:
    page = ("Café All-Rounder\n\nWhat to bring on day one\n- Your P45\n- TFN declaration\n"
            "- Barista coffee skills\n- Food safety certificate\n")
    skills = {s.text for s in parse_text(page, "cafe-all-rounder.txt").skills}
    assert not {"P45", "TFN declaration"} & skills


BAHT_POSTING = (
    "Translated from: Thai ▸ English\n"
    "Warehouse Checker\n"
    "Lotus Cold Chain Co., Ltd.\n"
    "Samut Prakan · Full time\n"
    "Salary: 14,500 - 18,000 baht\n"
    "\n"
    "Welfare\n"
    "- Overtime pay, uniform, company bus\n"
)


def test_baht_after_a_figure_is_thai_baht_by_the_month() -> None:
    pay = _page_pay(BAHT_POSTING, "warehouse-checker.txt")
    assert ("", 14_500, 18_000, "THB", "month") in pay
    assert {currency for *_, currency, _ in pay} == {"THB"}


def test_a_day_wage_in_baht() -> None:
    page = "Line Packer\nSiam Snack Foods Co., Ltd.\nWage: 372 - 410 baht/day\n"
    assert ("", 372, 410, "THB", "day") in _page_pay(page, "line-packer.txt")


GRADE_CIRCULAR = (
    "Postal Workers' Federation — Circle Branch\n"
    "Circular No. 12/2026\n"
    "\n"
    "Sub: Filling up of the post of Sorting Assistant (SA) – eligibility and test.\n"
    "\n"
    "The branch has taken up the filling of Sorting Assistant posts with the Circle office.\n"
    "\n"
    "Pay (pay matrix, per month)\n"
    "| Post                  | Pay level | Pay range (₹)       |\n"
    "| Postal Assistant      | Level-3   | 21,700 – 69,100     |\n"
    "| Sorting Assistant     | Level-4   | 25,500 – 81,100     |\n"
)


def test_a_notice_subjects_post_of_names_the_post_and_a_captions_period_holds() -> None:
    guide = parse_text(GRADE_CIRCULAR, "sorting-assistant.txt")
    assert guide.role.text == "Sorting Assistant"
    assert {("", 25_500, 81_100, "INR", "month"),
            ("postal assistant", 21_700, 69_100, "INR", "month")} <= _pay(guide)


RATE_LIST = (
    "Tram Controller\n"
    "\n"
    "The depot's rates agreed for 2027 are set out below.\n"
    "\n"
    "RATES\n"
    "Tram Driver (for comparison) ........ £16.20 an hour\n"
    "Tram Controller ..................... £19.05 an hour\n"
    "Network Manager (salaried) .......... £47,800 a year\n"
)


def test_a_rate_rows_lower_case_note_leaves_the_row_to_its_title() -> None:
    owners = {(owner, low): period for owner, low, _, _, period in _page_pay(
        RATE_LIST, "tram-controller.txt")}
    assert owners == {("tram driver", 16.20): "hour", ("", 19.05): "hour",
                      ("network manager", 47_800): "year"}


GRAD_PROGRAM = (
    "Graduate Dietitian Program 2027\n"
    "\n"
    "Our program gives each Graduate Dietitian three rotations across the district.\n"
    "\n"
    "Where it leads\n"
    "Past graduates have progressed to Senior Dietitian; others move into Clinical Educator "
    "roles.\n"
    "Enquiries: Ms Jo Carter, Allied Health Workforce Coordinator   [Apply]\n"
    "For rotations, contact our Clinical Placement Officer on 07 5555 0199.\n"
)


def test_a_contacts_title_is_no_move() -> None:
    moves = _moves(parse_text(GRAD_PROGRAM, "graduate-dietitian.txt"))
    assert "Senior Dietitian" in moves
    assert not {"Allied Health Workforce Coordinator", "Clinical Placement Officer"} & moves


def test_a_credentials_standing_is_no_part_of_its_name() -> None:
    page = ("Scaffold Supervisor\n\nEssential criteria\n- Scaffold inspections\n"
            "- Current Working at Heights Ticket\n- Valid Forklift Licence\n")
    skills = {s.text for s in parse_text(page, "scaffold-supervisor.txt").skills}
    assert {"Working at Heights Ticket", "Forklift Licence"} <= skills
    assert not any(s.startswith(("Current ", "Valid ")) for s in skills)


def test_a_records_work_in_is_no_sector() -> None:
    page = ("Lift Mechanic\n\nDuties\n1. Service passenger lifts on customer sites\n"
            "2. Record work in the weekly service log\n")
    assert not parse_text(page, "lift-mechanic.txt").sectors


def test_a_grade_fields_label_owns_no_pay() -> None:
    page = ("Records Team Leader\n\nGrade: Grade 6 (£31,200 – £34,100 a year)\n\n"
            "About the post\nYou will lead the records team.\n")
    assert ("", 31_200, 34_100, "GBP", "year") in _page_pay(page, "records-team-leader.txt")


def test_a_ladders_titles_drop_their_own_acronyms() -> None:
    page = ("Yard Supervisor\n\nChannel of promotion\n"
            "   Yard Assistant (YA) → Yard Supervisor (YS) → Depot Manager (DM)\n")
    guide = parse_text(page, "yard-supervisor.txt")
    chains = [[f.text for f in chain] for chain in guide.progressions]
    assert ["Yard Assistant", "Yard Supervisor", "Depot Manager"] in chains
    assert not any("(" in m for m in _moves(guide))


def test_a_dollar_figure_with_a_decimal_comma() -> None:
    page = ("Graduate Radiographer\n\nPay\nAfter the program most move to Radiographer Grade 2: "
            "$41,36 – $47.90 per hour.\n")
    assert any((low, high) == (41.36, 47.90) for _, low, high, *_ in _pay(
        parse_text(page, "graduate-radiographer.txt")))


def test_a_streets_name_before_a_site_is_no_employer() -> None:
    page = ("Depot Dispatcher\n\nAfter talks with Ridgeline Coaches Ltd the company will fill "
            "two Depot Dispatcher posts at Mill Lane depot this spring.\n")
    assert "Mill Lane" not in {e.text for e in parse_text(page, "depot-dispatcher.txt").employers}


def test_makes_named_before_brands_are_the_makes() -> None:
    page = ("Excavator Mechanic\n\nQualifications\n1. Familiar with Kubota and Hitachi brands\n"
            "2. Can read hydraulic schematics\n")
    skills = {s.text for s in parse_text(page, "excavator-mechanic.txt").skills}
    assert "Hitachi" in skills and "Hitachi brands" not in skills
