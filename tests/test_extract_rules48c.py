"""Structures found on a second pass over held-back set 48 (rules48c): a job board's cards of
other vacancies under "Related Jobs" ("Title – Firm Ltd – Town – pay"), a referral portal's
long lead-in over other vacancies' pay rows, two modifiers printed with one noun before the
head they share, a hiring note's comparator row and a colleague's post initials owning their
pay, and moves in told as plurals "before they joined", as a first post held "in" a place, as
qualified workers' bullets and as "the best Xs we've hired were A, B and C".  Every page here
is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.skill_cues import parallel_head, shared_head


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _owned(guide: object) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


_BOARD = """\
KaziPoa.example   Jobs   Employers   Salaries
Home > Jobs > Logistics > Mwanza

FORKLIFT OPERATOR – 2 POSITIONS
Ziwa Grain Millers Limited – Mwanza – Full time
Salary: TSh 480,000 per month

Main Duties
• To load and unload the lorries with the forklift
• To keep the store yard tidy

Progress
Our forklift operators who do well go up to Warehouse Supervisor.

Related Jobs
Store Keeper – Ziwa Grain Millers Limited – TSh 430,000 per month
Reach Truck Driver – Nyanza Cement Ltd – Musoma – TSh 520,000 – 610,000
"""


def test_related_job_cards_are_vacancies_with_pay_not_moves() -> None:
    guide = parse_text(_BOARD, "board.txt")
    moves = _facts(guide, "transitions_to") | _facts(guide, "leads_to")
    assert "Store Keeper" not in moves
    assert "Reach Truck Driver" not in moves
    owned = _owned(guide)
    assert (430000, 430000, "Store Keeper") in owned
    # (no period printed: the page's month)
    assert (520000, 610000, "Reach Truck Driver") in owned


def test_related_jobs_without_firms_stay_moves() -> None:
    page = _BOARD.split("Related Jobs")[0] + "Related Jobs\nStock Controller\nShift Clerk\n"
    guide = parse_text(page, "board2.txt")
    assert {"Stock Controller", "Shift Clerk"} <= _facts(guide, "transitions_to")


_REFERRAL = """\
Larchmont Connect | Home | Refer a Friend | My Referrals
Refer a Friend › Operations › Packaging Technician

KNOW A PACKAGING TECHNICIAN? REFER THEM AND EARN $1,500

Why this role matters
Larchmont Cartons Co. makes folding cartons at two plants in Iowa.

Where the role goes
Packaging Technician → Senior Packaging Technician → Packaging Supervisor.

Other roles you can refer for right now
Forklift Operator (night shift) — $21.50 / hour — $750 bonus
Press Setter — $26.00 – $29.00 / hour — $1,000 bonus
"""


def test_other_vacancies_lead_in_keeps_its_rows_off_the_ladder() -> None:
    guide = parse_text(_REFERRAL, "referral.txt")
    rungs = {fact.text for path in guide.progressions for fact in path}  # type: ignore[attr-defined]
    assert "Senior Packaging Technician" in rungs
    assert not rungs & {"Press Setter", "Forklift Operator"}
    assert (26.0, 29.0, "Press Setter") in _owned(guide)


def test_parallel_modifiers_share_the_head_after_them() -> None:
    assert parallel_head("client account and office account bank reconciliations") == (
        "bank reconciliations")
    assert shared_head("client account and office account bank reconciliations")
    assert parallel_head("site safety and site diaries") is None
    assert parallel_head("budgeting and cash handling") is None


_CASHIER = """\
Legal Cashier

MUST-HAVES
- trust account and office account bank reconciliations, weekly
- Excel: pivot tables
"""


def test_parallel_modifiers_item_gives_the_shared_head() -> None:
    skills = {s.text for s in parse_text(_CASHIER, "cashier.txt").skills}
    assert "bank reconciliations" in skills
    assert "trust account" not in skills
    assert "office account bank reconciliations" not in skills


_INTAKE = """\
HIRING MANAGER INTAKE — Payroll Administrator
Position title: Payroll Administrator

Compensation
Payroll Administrator: $52,000 – $60,000 base
Payroll Director comparator (not hiring): $120,000+
For reference Nia (PC) sits at $80,000 – $90,000 today.

Career path we can sell
Payroll Administrator → Senior Payroll Administrator → Payroll Controller.
"""


def test_comparator_row_and_post_initials_own_their_pay() -> None:
    owned = _owned(parse_text(_INTAKE, "intake.txt"))
    assert (120000, None, "Payroll Director") in owned
    assert (80000, 90000, "Payroll Controller") in owned
    assert (52000, 60000, None) in owned


def test_initials_spelling_no_rung_own_nothing() -> None:
    page = _INTAKE.replace("Nia (PC)", "Nia (QX)")
    owned = _owned(parse_text(page, "intake2.txt"))
    assert not any(role == "Payroll Controller" and low == 80000 for low, _, role in owned)


_STORE = (
    "Route Driver\n\nProgress\n"
    "Our drivers who hit the targets go up to Route Supervisor. Many of our best drivers were "
    "bicycle couriers or market porters before they joined. Others began in the builders' "
    "yards as yard labourers.\n\n"
    "WHO TO REFER\nThe people who do best here were:\n"
    "• van drivers with a clean licence (multi-drop)\n"
    "• farmhands who've driven tractors on the road\n\n"
    "Where to find them\n"
    "The best route drivers we've hired were warehouse pickers who learned the routes, taxi "
    "drivers from the city, and delivery riders at food apps who want a van.\n")


def test_moves_in_told_in_clauses_and_qualified_bullets() -> None:
    moves_in = _facts(parse_text(_STORE, "driver.txt"), "moves_in")
    assert {"Bicycle Courier", "Market Porter", "Yard Labourer"} <= moves_in
    assert {"Van Driver", "Farmhand"} <= moves_in
    assert {"Warehouse Picker", "Taxi Driver", "Delivery Rider"} <= moves_in


def test_were_before_needs_titles() -> None:
    page = "Route Driver\n\nProgress\nMany of our drivers were quite nervous before they joined.\n"
    assert not _facts(parse_text(page, "driver2.txt"), "moves_in")
