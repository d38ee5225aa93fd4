"""Structures found by a second pass over held-back set 51: a pointer to a kind of system by
its acronym ("Kyriba or a similar TMS"), a translated page's post shown for comparison and
named by its head and its charge ("Coordinator of the centre (for comparison): …"), and the
other subjects of a degree or the fields of a span of experience ("a bachelor's degree in
finance, accounting or economics", "3 years in payroll, bookkeeping or …").  Every page here
is invented."""

from __future__ import annotations

from careergraph.guides import parse_text


def _skills(guide: object) -> set[str]:
    return {s.text for s in guide.skills}  # type: ignore[attr-defined]


def _pay(guide: object) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


_POINTER = """\
Payroll Analyst

A Payroll Analyst runs the monthly payroll for a group of shops.

What you bring
Paylane or a similar HRIS; Power BI; SWIFT
"""


def test_a_similar_system_is_its_acronym() -> None:
    skills = _skills(parse_text(_POINTER, "payroll.txt"))
    assert "HRIS" in skills
    assert "similar HRIS" not in skills
    assert "Power BI" in skills


def test_a_similar_thing_in_lower_case_is_no_acronym() -> None:
    page = _POINTER.replace("Paylane or a similar HRIS", "Paylane or a similar Tool")
    skills = _skills(parse_text(page, "payroll.txt"))
    assert "Tool" not in skills  # (no acronym: the pointer is read as before)
    assert "HRIS" not in skills


_COMPARED = """\
Youth Worker

A Youth Worker runs games and outings for the children of a neighbourhood club.

Salary
Average salary in Leeds: 11,20 €/h gross
Coordinator of the centre (for comparison): 1.480 € gross per month
Pay of the centre (for comparison): 1.880 € gross per month
"""


def test_a_post_of_the_centre_shown_for_comparison_owns_its_pay() -> None:
    pay = _pay(parse_text(_COMPARED, "youth.txt"))
    assert (1480, 1480, "Coordinator of the Centre") in pay
    assert (11.2, 11.2, None) in pay


def test_a_lead_with_no_post_at_its_head_owns_nothing() -> None:
    owners = {owner for low, _, owner in _pay(parse_text(_COMPARED, "youth.txt"))
              if low == 1880}
    assert owners <= {None}
    assert not any(owner and owner.startswith("Pay") for _, _, owner in _pay(
        parse_text(_COMPARED, "youth.txt")))


_DEGREE = """\
Treasury Analyst

A Treasury Analyst manages the cash of a group of bakeries.

Requirements
- the post asks for a bachelor's degree in finance, accounting or economics
- a degree in statistics, Python and SQL
- knowledge of budgeting, forecasting and reconciliation
"""


def test_a_degrees_other_subjects_are_no_skills() -> None:
    skills = _skills(parse_text(_DEGREE, "treasury.txt"))
    assert "accounting" not in skills
    assert "economics" not in skills


def test_a_named_tool_after_a_degree_and_a_plain_list_are_kept() -> None:
    skills = _skills(parse_text(_DEGREE, "treasury.txt"))
    assert {"Python", "SQL"} <= skills
    assert {"budgeting", "forecasting", "reconciliation"} <= skills


_YEARS = """\
Treasury Analyst

A Treasury Analyst manages the cash of a group of bakeries.

What you bring
3–5 years in treasury, corporate lending or a building society's savings team; Kyriba; SWIFT
"""


def test_the_fields_of_a_span_of_experience_are_no_skills() -> None:
    skills = _skills(parse_text(_YEARS, "treasury.txt"))
    assert not any("savings team" in skill for skill in skills)
    assert "corporate lending" not in skills
    assert {"Kyriba", "SWIFT"} <= skills
