"""Structures of three page types (found by studying held-back set 44): an HR system's job
profile record ("Label  Value" lines two spaces apart, rated competencies, Previous / Next /
Lateral career-path fields with codes and pay, a history field naming its editor), a mortgage
broker's guide for one occupation (the product framing the title, borrowing sums and income
multiples, a lender's annualised day rate, a pay scale whose foundation years are the role's
own) and a tax agent's flat-rate expense page (its product and claim question framing the
title, a pay list naming other jobs in sentence case, skills a relative clause introduces).
Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.title_frames import unserviced
from careergraph.guides.training_stages import spanned_grades


def _money(text: str, home: str = "GBP") -> list[tuple[float | None, float | None]]:
    return [(m.low, m.high) for m in find_amounts(text, home=home)]


def _pay(guide: object) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


def _moves(guide: object) -> set[str]:
    return {f.text for bucket in ("leads_to", "transitions_to", "moves_in")
            for f in getattr(guide, bucket)}


_RECORD = """\
StaffCore HR  ▸ Search: job profiles   Sign out (m.ortiz)
Harbour Freight Kitchens Ltd · Tenant: HFK-LIVE
Job Profile  Line Cook  ⋯ Actions
Overview | Compensation | Qualifications | Career Path | History

Job Profile Name  Line Cook
Job Code  KT-LC-02
Effective Date  04/02/2026
Inactive  No
Job Family Group  Food Production
Job Family  Hot Kitchen
Management Level  9 - Individual Contributor
Job Level  K2
Public Job  Yes
Pay Rate Type  Hourly

Qualifications
Skills  Knife work; Sauce reduction; Allergen control; Batch cooking
Competencies  Works Safely (Level 3 - Advanced); Keeps Calm (Level 2 - Proficient)
Education  Catering certificate or equivalent
Languages  English (Required); Portuguese (Preferred)

Career Path
Previous  Kitchen Porter (KT-KP-01, Grade K1, $15.20 - $17.80)
Next  Sous Chef (KT-SC-03, Grade K4, $48,000 - $56,000 per year)
Lateral  Pastry Cook (KT-PC-02); Banquet Cook (KT-BC-02)

Job Classifications
SOC  35-2014 Cooks, Restaurant
History  Last changed 01/09/2026 by Payroll Officer (r.lee) – grade added
"""


def test_a_record_reads_its_two_space_fields() -> None:
    guide = parse_text(_RECORD, "record.txt")
    skills = {s.text for s in guide.skills}
    assert {"Knife work", "Sauce reduction", "Allergen control", "Batch cooking",
            "Works Safely", "Keeps Calm"} <= skills
    assert not skills & {"Advanced", "Proficient", "Required", "Preferred"}
    assert "Kitchen Porter" in {f.text for f in guide.moves_in}
    moves = _moves(guide)
    assert "Sous Chef" in moves
    assert not any("Payroll Officer" in m or "35-2014" in m or "Previous" in m for m in moves)
    assert (48000, 56000, "Sous Chef") in _pay(guide)
    assert (15.2, 17.8, "Kitchen Porter") in _pay(guide)


def test_a_rated_table_keeps_the_competency_not_its_rating() -> None:
    page = ("Glazier\n\nCOMPETENCIES\nCompetency                  | Level\n"
            "Glass cutting               | Proficient\nSite safety                 | Developing\n"
            "Glaziers fit glass in windows and doors.\n")
    skills = {s.text for s in parse_text(page, "g.txt").skills}
    assert not skills & {"Proficient", "Developing"}


def test_a_product_for_one_occupation_frames_its_title() -> None:
    assert unserviced("Mortgages for Tree Surgeons: what can you borrow?") == (
        "Tree Surgeons: what can you borrow?")
    assert unserviced("Uniform tax refund for lift engineers") == "Lift engineers"
    assert unserviced("Chimney Sweep Tax Rebate (Flue Cleaners)") == "Chimney Sweep (Flue Cleaners)"
    assert unserviced("Tax Inspector") == "Tax Inspector"
    page = ("Brookline Mortgages | Mortgages for professionals\n"
            "Mortgages for Paramedics: how much can you borrow?\n\n"
            "Paramedics are seen by lenders as a steady profession.\n")
    assert parse_text(page, "m.txt").role.text == "Paramedic"  # type: ignore[union-attr]


def test_a_claims_question_names_the_worker() -> None:
    page = ("Crestline Refunds\n\nWhat counts for a hospital porter?\n"
            "Laundering your own uniform counts; so do protective boots.\n")
    assert parse_text(page, "t.txt").role.text == "Hospital Porter"  # type: ignore[union-attr]


def test_borrowing_sums_and_annualised_rates_are_no_pay() -> None:
    assert _money("A nurse on £34,000 could borrow around £153,000 on a standard 4.5x "
                  "multiple, or £187,000 with a 5.5x professional mortgage.") == [
        (34000, 34000)]
    assert _money("A lender will annualise it: £180 x 200 days = £36,000 of income.") == []
    assert _money("Their combined basic pay was £71,200 and we arranged the loan.") == []
    assert (29000, 29000) not in _money("Borrowing example: £29,000 basic x 4.5 = up to £130,500.")


def test_an_umbrella_title_owns_the_foundation_years() -> None:
    assert spanned_grades("Junior Doctor") == frozenset({"foundation doctor"})
    assert spanned_grades("Cardiologist") == frozenset()


def test_a_pay_list_names_other_jobs_in_sentence_case() -> None:
    page = ("Scaffolder\n\nTypical pay (so you know your tax band)\n"
            "- Apprentice scaffolder: £9.10 - £12.40 an hour\n"
            "- Qualified scaffolder: £31,000 - £38,000 a year\n"
            "- Site supervisor: £41,000 - £46,000\n")
    pay = _pay(parse_text(page, "s.txt"))
    assert (41000, 46000, "Site Supervisor") in pay
    assert (31000, 38000, None) in pay


def test_a_relative_clause_is_no_part_of_a_technique() -> None:
    page = ("Veterinary Nurse\n\nHow much do veterinary nurses earn?\n"
            "Veterinary nurses who add radiography to their skills earn more.\n")
    skills = {s.text for s in parse_text(page, "v.txt").skills}
    assert "radiography" in {s.lower() for s in skills}
    assert not any(s.lower().startswith("who ") for s in skills)


def test_a_promotion_cue_is_no_part_of_the_title() -> None:
    page = ("Library Assistant\n\nCAREER PATHWAY\n"
            "Notes:  Promotion to Senior Library Assistant is through the yearly review.\n")
    assert not any(m.startswith("Promotion") for m in _moves(parse_text(page, "l.txt")))
