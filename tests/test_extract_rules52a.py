"""Structures of three page types (found by studying held-back set 52): a Georgian job posting
read through a translator (lari amounts "on hand" and gross, a "Provider:" label before the
firm, a language's level after it, the country's average from the statistics office, a
one-word title of two heads), a Bangladeshi posting or NGO circular read through a translator
(taka figures after "Tk.", a glued "Career scope" ladder with "In-charge" posts, supervisors
who "come up from" the rung below, a promotion rule told with "becomes the") and position
description questionnaires (a class's "Grade: T-14 ($… hourly)" field beside another field, a
feeder class's "$17.40 hourly" in prose).  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon


def _money(text: str, home: str = "USD") -> list[tuple[float | None, float | None, str | None,
                                                       str | None]]:
    return [(m.low, m.high, m.currency, m.period) for m in find_amounts(text, home=home)]


def _facts(guide: object, bucket: str) -> list[str]:
    return [f.text for f in getattr(guide, bucket)]


def _pay(guide: object) -> set[tuple[float | None, float | None, str | None, str | None]]:
    return {(b.min, b.max, b.currency, b.role)  # type: ignore[attr-defined]
            for b in guide.salaries}  # type: ignore[attr-defined]


# ---------------------------------------------------------------- Georgian postings

def test_lari_code_after_a_figure_is_monthly_gel() -> None:
    assert _money("Remuneration: fixed 750 GEL on hand + % of sales") == [
        (750, 750, "GEL", "month")]
    assert _money("SalaryGross 1,600 - 2,000 GEL, on hand about 1,250 - 1,560 GEL")[0] == (
        1600, 2000, "GEL", "month")


_GE_POSTING = """\
Translated from: Georgian   Show original   Options
☰ jobsite.ge   Vacancies   Companies   Post a vacancy
Home › Vacancies › Retail › Shop Assistant
Shop Assistant (გამყიდველი)
Provider: Lomisi Trade LLC   Published: 03 March   Deadline: 30 March   Views: 812
Remuneration: fixed 750 GEL on hand + % of sales
Requirements:
• Knowledge of Georgian language perfectly;
• Knowledge of Russian and English at a conversational level;
• Communication skills.
Career growthWe grow our own people: shop assistant → senior shop assistant → store manager. Many of our assistants came to us from cashier-operator and stock clerk positions.
Salaries on jobsite.ge
Shop assistant — average salary on the site: 820 GEL
Average nominal salary in the country (Statistics office, II quarter): 1,980 GEL
"""  # noqa: E501


def test_georgian_posting_firm_languages_and_pay() -> None:
    guide = parse_text(_GE_POSTING, "ge.txt")
    assert guide.role.text == "Shop Assistant"
    # the "Provider:" label names the firm, the field after the wide gap is no part of it
    assert _facts(guide, "employers") == ["Lomisi Trade LLC"]
    skills = _facts(guide, "skills")
    assert "Georgian language" in skills and "English" in skills
    assert not any("perfectly" in s or "conversational" in s for s in skills)
    pay = _pay(guide)
    assert (750, 750, "GEL", None) in pay
    # the statistics office's average for every worker is nobody's pay
    assert not any(low == 1980 for low, _, _, _ in pay)


def test_one_word_title_of_two_heads() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    assert vocab.is_role_title("Cashier-operator")
    assert vocab.is_role_title("Owner-operator")
    assert not vocab.is_role_title("Co-founder")
    guide = parse_text(_GE_POSTING, "ge.txt")
    assert _facts(guide, "moves_in") == ["Cashier-operator", "Stock Clerk"]


# ---------------------------------------------------------------- Bangladeshi postings

def test_taka_abbreviation_ends_no_sentence() -> None:
    page = """\
Loan Officer
Salary and benefits:
Consolidated salary Tk. 15,000/- per month during probation.
The gross salary of the unit manager is Tk. 30,000 - 36,000, zonal manager Tk. 48,000 - 55,000.
"""
    pay = _pay(parse_text(page, "bd.txt"))
    # the second figure is read after the taka's "Tk." (no sentence ends there) and owned
    assert (48000, 55000, "BDT", "Zonal Manager") in pay
    # "the gross salary of the unit manager is …": the title named in lower case owns it
    assert (30000, 36000, "BDT", "Unit Manager") in pay


_BD_POSTING = """\
Translated from Bengali · Google   Show original
Jobs › Garments › Knitting Supervisor
Knitting Supervisor (নিটিং সুপারভাইজার)
Salary Tk. 30000 - 38000 (Monthly)
Career scopeOur staff grow here: Knitting Operator → Knitting Supervisor → Floor In-charge → Knitting Manager. Most of our supervisors came up from the knitting operators and line checkers, and some move to the sample section as sample in-charge.
"""  # noqa: E501


def test_glued_career_scope_ladder_with_in_charge_posts() -> None:
    guide = parse_text(_BD_POSTING, "bd.txt")
    assert [[f.text for f in chain] for chain in guide.progressions] == [
        ["Knitting Operator", "Knitting Supervisor", "Floor In-charge", "Knitting Manager"]]
    assert "Line Checker" in _facts(guide, "moves_in")
    assert _facts(guide, "transitions_to") == ["Sample In-charge"]


def test_promotion_rule_told_with_becomes_the() -> None:
    page = """\
Field Officer
Salary Tk. 18,000 per month.
Promotion: A field officer becomes the senior field officer after three years in post.
"""
    assert _facts(parse_text(page, "ngo.txt"), "leads_to") == ["Senior Field Officer"]


# ---------------------------------------------------------------- position descriptions

def test_pdq_grade_field_and_hourly_adverb() -> None:
    page = """\
Road Inspection Technician
Position title (classification): Inspection Technician II          Grade: T-12 ($21.40 - $29.10 hourly)
Where do people in this job usually come from?
Most were Survey Aides (seasonal, $16.20 hourly) or Maintenance Workers.
"""  # noqa: E501
    pay = {(low, high) for low, high, _, _ in _pay(parse_text(page, "pdq.txt"))}
    assert (21.40, 29.10) in pay
    assert (16.20, 16.20) in pay


def test_numbered_question_opens_its_skills_section() -> None:
    page = """\
Bridge Inspection Technician
1. In one or two sentences, what is the main purpose of this position?
Inspects bridge decks and bearings for the county.
2. What knowledge, skills or abilities are needed to do this job?
- Concrete testing procedures
- Surveying equipment (total station, GPS)
3. Licences or certifications required?
Valid driver's licence.
"""
    skills = _facts(parse_text(page, "pdq.txt"), "skills")
    assert "Concrete testing procedures" in skills and "Surveying equipment" in skills
