"""Defects noticed at the end of stop 36, each on an invented page (helper fixes43)."""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.model import Guide


def _texts(facts: list) -> list[str]:  # type: ignore[type-arg]
    return [fact.text for fact in facts]


def _pay(guide: Guide) -> list[tuple[int | float | None, str | None]]:
    return [(salary.min, salary.role) for salary in guide.salaries]


def _page(role: str, heading: str, body: str) -> Guide:
    return parse_text(f"# {role}\n\n## {heading}\n\n{body}\n", "page.md")


# -- employers and sectors ---------------------------------------------------------------------

def test_a_lone_capitalised_name_among_kinds_is_an_employer() -> None:
    guide = _page("Building Estimator", "Top employers",
                  "Regional councils, Ostrava, housing trusts and civil contractors.")
    assert _texts(guide.employers) == ["Ostrava"]
    assert "Ostrava" not in _texts(guide.sectors)
    assert "housing trusts" in _texts(guide.sectors)


def test_the_first_capitalised_kind_of_a_sentence_stays_a_sector() -> None:
    guide = _page("Building Estimator", "Top employers",
                  "Councils, housing trusts and civil contractors.")
    assert not guide.employers
    assert "Councils" in _texts(guide.sectors)


def test_a_list_item_of_legal_forms_only_is_no_employer() -> None:
    guide = _page("Home Carer", "Employers",
                  "- Tamaki Welfare, , Co., Ltd.,\n- Wakaba Homes")
    assert _texts(guide.employers) == ["Tamaki Welfare", "Wakaba Homes"]


def test_a_pair_of_industries_the_gazetteer_knows_is_two_sectors() -> None:
    guide = _page("Field Chemist", "Where they work", "Industries: Forestry and Publishing.")
    assert _texts(guide.sectors) == ["Forestry", "Publishing"]


def test_a_fixed_pair_stays_one_sector() -> None:
    guide = _page("Field Chemist", "Industries", "- Oil and Gas\n- Retail")
    assert "Oil and Gas" in _texts(guide.sectors)


# -- skills ------------------------------------------------------------------------------------

def test_a_field_named_by_its_ending_shares_no_head_with_the_next_topic() -> None:
    guide = _page("Veterinary Nurse", "About the job",
                  "You will support vets. Training covers anaesthesia, cardiology and "
                  "clinic records.")
    assert {"cardiology", "clinic records"} <= set(_texts(guide.skills))
    assert "cardiology and clinic records" not in _texts(guide.skills)


# -- moves -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("after", "rung"), [
    ("Underwriting", "Deputy Manager – Underwriting"),  # a department: part of the title
    ("Bristol", "Deputy Manager"),  # a place: no part of it
])
def test_a_department_after_a_dash_stays_in_the_title(after: str, rung: str) -> None:
    guide = _page("Claims Handler", "Career path",
                  f"He joined as a Claims Handler, later Deputy Manager – {after}, and then "
                  "Regional Manager.")
    assert [_texts(p) for p in guide.progressions] == [
        ["Claims Handler", rung, "Regional Manager"]]


# -- pay ---------------------------------------------------------------------------------------

def test_a_persons_pay_as_another_post_is_that_posts() -> None:
    guide = _page("Building Estimator", "Salary",
                  "Estimators start on £29,000. Priya Kaur earns £46,500 as a site manager "
                  "in Hull.")
    assert _pay(guide) == [(29000, None), (46500, "Site Manager")]


def test_a_persons_pay_as_the_role_is_the_roles_whatever_the_name() -> None:
    # ("Mason" is a trade's head word: the name is no post, the "as a X" says whose pay it is)
    guide = _page("Site Manager", "Salary", "Orla Mason earns £43,000 as a site manager in Hull.")
    assert _pay(guide) == [(43000, None)]


def test_it_paid_is_the_pay_of_the_post_told_before() -> None:
    guide = _page("Pipeline Inspector", "My story",
                  "I started as a boilermaker in Tulsa. It paid $49,000 a year. Then I became "
                  "a pipeline inspector.")
    assert _pay(guide) == [(49000, "Boilermaker")]


def test_it_paid_after_the_roles_own_post_stays_the_roles() -> None:
    guide = _page("Pipeline Inspector", "My story",
                  "I spent five years as a pipeline inspector. It paid $78,000 a year.")
    assert _pay(guide) == [(78000, None)]


# -- ladders -----------------------------------------------------------------------------------

def test_a_lower_case_level_word_opening_a_chain_is_the_roles_rung() -> None:
    guide = _page("Surveyor", "Progression", "apprentice → senior surveyor → practice partner")
    assert [_texts(p) for p in guide.progressions] == [
        ["Apprentice Surveyor", "Senior Surveyor", "Practice Partner"]]


def test_a_verb_of_going_before_a_chain_is_no_part_of_its_first_step() -> None:
    guide = _page("Surveyor", "Career path",
                  "Most go apprentice → surveyor → senior surveyor.")
    assert [_texts(p) for p in guide.progressions] == [
        ["Apprentice Surveyor", "Surveyor", "Senior Surveyor"]]


# -- a survey's rows without their header --------------------------------------------------------

def test_rows_of_rising_pay_figures_without_a_header_are_a_survey_table() -> None:
    guide = _page("Stock Controller", "Regional pay survey",
                  "Stock Controller      26,200    29,900    33,400\n"
                  "Warehouse Manager     34,800    38,100    42,700")
    assert sorted((s.min, s.max, s.role) for s in guide.salaries) == [
        (26200, 33400, None), (29900, 29900, None),
        (34800, 42700, "Warehouse Manager"), (38100, 38100, "Warehouse Manager")]


def test_figures_under_a_header_of_years_are_no_band() -> None:
    guide = _page("Stock Controller", "Regional pay survey",
                  "Post                  2023      2024      2025\n"
                  "Stock Controller      26,200    29,900    33,400\n"
                  "Warehouse Manager     34,800    38,100    42,700")
    assert not [s for s in guide.salaries if s.min != s.max]


def test_one_row_of_figures_is_no_table() -> None:
    guide = _page("Stock Controller", "Regional pay survey",
                  "Stock Controller      26,200    29,900    33,400")
    assert not [s for s in guide.salaries if s.min != s.max]
