"""Wrong facts and misses left by fresh54's generated corpora (fixes80): a pay row labelled by
a known title and the unit it leads ("Team Leader Outreach: $…") is that post's figure.

Every page is invented here (roles, places, firms, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text

_MUSEUM = ("Museum Educator\n"
           "What the job needs\n"
           "- Gallery tours\n"
           "- Lesson planning\n"
           "PAY (per year)\n"
           "Museum Educator: $52,100 – $58,900\n"
           "Senior Museum Educator: $60,200 – $66,000\n"
           "{row}\n"
           "Sectors: Museums\n")


def _pay(page: str, name: str = "museum-educator.txt") -> list[tuple[float | None,
                                                                       float | None, str | None]]:
    guide = parse_text(page, name)
    return [(s.min, s.max, s.role) for s in guide.salaries]


def test_a_title_and_its_unit_own_their_pay_row() -> None:
    pay = _pay(_MUSEUM.format(row="Team Leader Outreach: $70,400 – $77,300"))
    assert (70400, 77300, "Team Leader Outreach") in pay
    assert (52100, 58900, None) in pay


def test_a_title_and_a_pay_word_is_no_other_post() -> None:
    pay = _pay(_MUSEUM.format(row="Museum Educator Median: $55,000"))
    assert not any(role for _, _, role in pay)


_DISCLOSURE = ("Harbour Technical Institute | Programs | Apply\n"
               "Marine Electrician (Diploma) — Program Disclosure\n"
               "Occupations this program prepares you for (SOC)\n"
               "47-2111  Marine Electricians  $58,240\n"
               "49-9097  Cable Splicers  $61,900\n"
               "51-2028  Switchgear Wirers  $47,150\n"
               "What you will learn: cable termination · fault finding\n")


def test_a_coded_occupation_row_owns_its_figure() -> None:
    pay = _pay(_DISCLOSURE, "marine-electrician.txt")
    assert (58240, 58240, None) in pay
    assert (61900, 61900, "Cable Splicer") in pay
    assert (47150, 47150, "Switchgear Wirer") in pay  # (a title the lexicon does not know)


def _skills(page: str, name: str) -> list[str]:
    return [s.text for s in parse_text(page, name).skills]


def test_an_accredited_course_among_requirements_is_no_skill() -> None:
    skills = _skills("Kennel Assistant – Brookside Animal Shelter\n"
                     "Offered pay: from CZK 29,000 per month\n"
                     "We require:\n- Dog handling\n- Kennel hygiene\n"
                     "- accredited course for animal carers\n- clean criminal record\n"
                     "Sector: Animal welfare\n", "kennel-assistant.txt")
    assert "Dog handling" in skills and "Kennel hygiene" in skills
    assert not any("course" in s for s in skills)


def test_a_clause_after_a_closed_credited_list_is_no_item() -> None:
    skills = _skills("Annual Review 2025 | Our people: Line Inspectors\n"
                     "We employed 88 Line Inspectors this year. All are trained in drone "
                     "surveys, thermal imaging and insulator testing, and new joiners complete "
                     "HV safety rules in their first week.\n", "line-inspector.txt")
    assert {"drone surveys", "thermal imaging", "insulator testing"} <= set(skills)
    assert not any("joiners" in s for s in skills)
