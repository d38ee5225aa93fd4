"""Roles in the structures of held-back set 17's occupation-site pages (rules17a).

Each test writes its own small page (invented roles and wording) and asserts what the parser
reads from it, with a case beside it where the rule must not fire.
"""

from __future__ import annotations

import pytest

from careergraph.errors import GuideError
from careergraph.guides import parse_text


def test_title_over_an_other_names_line_is_the_role_whatever_its_head() -> None:
    # A translated occupation sheet: sentence case, a qualifier, no role noun at the end.
    page = ("Portal > Occupations > Logistics > Harbour crew\n"
            "Harbour crew (container terminal)\n"
            "Another name: Dock hand, quay hand\n"
            "What kind of job is it?\n"
            "We moor ships and lash containers on the quay in all weather.\n")
    guide = parse_text(page, "page-3.txt")
    assert guide.role.text == "Harbour crew"
    aliases = {fact.text for fact in guide.aliases}
    assert "Harbour crew (container terminal)" in aliases
    assert {"Dock Hand", "Quay Hand"} <= aliases


def test_a_title_without_a_line_of_other_names_stays_unread() -> None:
    page = ("Portal > Occupations > Logistics\n"
            "Harbour crew (container terminal)\n"
            "What kind of job is it?\n"
            "We moor ships and lash containers on the quay in all weather.\n")
    with pytest.raises(GuideError):
        parse_text(page, "page-3.txt")


def _pay(guide) -> set[tuple[str, float, str | None]]:  # type: ignore[no-untyped-def]
    return {(s.currency, s.min, s.period) for s in guide.salaries}


def test_yen_written_after_the_figure_and_ten_thousands_are_read() -> None:
    # Translated statistics: "万円" (ten thousand yen), "thousand yen", "yen" after a figure.
    page = ("Harbour crew (container terminal)\n"
            "Another name: Dock hand\n"
            "What kind of job is it?\n"
            "We moor ships and lash containers on the quay in all weather.\n"
            "Wages (annual income)\n512.4万円\n"
            "Job offer wage (monthly)\n248 thousand yen\n"
            "The job offer hourly wage for part-time is 1,240 yen.\n")
    pay = _pay(parse_text(page, "page-3.txt"))
    assert ("JPY", 5_124_000, "year") in pay
    assert ("JPY", 248_000, "month") in pay
    assert ("JPY", 1_240, "hour") in pay
    assert not any(currency == "USD" for currency, _, _ in pay)


def test_a_ten_thousand_sign_without_the_yen_sign_is_no_scale() -> None:
    page = ("Harbour crew (container terminal)\nAnother name: Dock hand\n"
            "About 12万 people work on the quays. Crews earn about $512 a week.\n")
    pay = _pay(parse_text(page, "page-3.txt"))
    assert ("USD", 512, "week") in pay
    assert not any(low == 120_000 for _, low, _ in pay)


def test_a_lone_piped_line_under_a_skills_heading_lists_skills() -> None:
    # A member directory's profile: specialisms printed on one line, parted by pipes.
    page = ("Rigging Supervisor\n"
            "Specialisms\n"
            "Tandem lifts | Load charts (EN 13155) | Crane inspection | Lift planning\n"
            "Fees\nDay rate £610.\n")
    skills = {fact.text for fact in parse_text(page, "profile.txt").skills}
    assert {"Tandem lifts", "Crane inspection", "Lift planning"} <= skills


def test_a_piped_table_under_a_skills_heading_stays_a_table() -> None:
    page = ("Rigging Supervisor\n"
            "Skills\n"
            "Skill | Level\n"
            "Tandem lifts | Expert\n"
            "Fees\nDay rate £610.\n")
    skills = {fact.text for fact in parse_text(page, "profile.txt").skills}
    assert "Skill" not in skills and "Level" not in skills


def test_a_day_rate_under_fees_is_pay_and_the_prices_after_it_are_not() -> None:
    page = ("Rigging Supervisor\n"
            "I am a rigging supervisor for film sets.\n"
            "Fees\n"
            "Day rate £610 (site surveys £85 an hour). Lift plan from £450 per plan; "
            "load test from £1,900.\n")
    pay = _pay(parse_text(page, "profile.txt"))
    assert ("GBP", 610, "day") in pay
    assert ("GBP", 85, "hour") in pay
    assert not any(low in (450, 1_900) for _, low, _ in pay)


def test_a_price_under_fees_without_a_rate_label_stays_no_pay() -> None:
    page = ("Rigging Supervisor\n"
            "I am a rigging supervisor for film sets.\n"
            "Fees\n"
            "Lift plan £610 per plan.\n")
    assert not _pay(parse_text(page, "profile.txt"))


def test_skills_that_pay_more_list_skills_without_their_premiums() -> None:
    # A salary site's skill premiums: the heading names pay, the list names skills.
    page = ("Locksmith Salary in the United States\n"
            "The average locksmith salary is $52,300 per year.\n"
            "Skills that pay more\n"
            "Safe opening +11% · Access control systems +7% · Key duplication · Lock rekeying\n")
    guide = parse_text(page, "pay.txt")
    skills = {fact.text for fact in guide.skills}
    assert {"Safe opening", "Access control systems", "Key duplication"} <= skills
    assert not any("%" in skill for skill in skills)
    assert ("USD", 52_300, "year") in _pay(guide)


def test_a_cost_of_living_equivalent_is_no_pay() -> None:
    page = ("Locksmith Salary in the United States\n"
            "The average locksmith salary is $52,300 per year.\n"
            "A locksmith earning the national average would need about $68,400 in Boston "
            "to keep the same standard of living.\n")
    pay = _pay(parse_text(page, "pay.txt"))
    assert ("USD", 52_300, "year") in pay
    assert not any(low == 68_400 for _, low, _ in pay)



def test_rated_skill_rows_lose_their_level_scores() -> None:
    page = ("Harbour crew (container terminal)\n"
            "Another name: Dock hand\n"
            "We moor ships and lash containers on the quay in all weather.\n"
            "Skills\n"
            "Equipment operation 3.71\n"
            "Coordination 3.25\n"
            "Monitoring 3.04\n")
    skills = {fact.text for fact in parse_text(page, "page-3.txt").skills}
    assert {"Equipment operation", "Coordination", "Monitoring"} <= skills
    assert not any(any(c.isdigit() for c in skill) for skill in skills)
