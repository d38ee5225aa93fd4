"""Employers and sectors as pages name them in general (helper orgs9, 2026-12-04)."""

from __future__ import annotations

from careergraph.guides import parse_text


def _sectors(text: str, name: str = "kiln-operator.txt") -> set[str]:
    return {s.text for s in parse_text(text, name).sectors}


def test_a_labelled_pair_of_title_case_industries_is_two_sectors() -> None:
    page = ("Kiln Operator\n\nCompany: Fenwick Ceramics          Industry: Building products\n\n"
            "Industries: Glass Packaging and Forestry.\n\n"
            "Kiln operators fire clay products and log each batch.\n")
    found = _sectors(page)
    assert {"Glass Packaging", "Forestry"} <= found
    assert "Glass Packaging and Forestry" not in found


def test_a_labelled_pair_of_one_word_and_known_industries_is_two_sectors() -> None:
    page = ("Kiln Operator\n\nWorks in: insurance and forestry\n\n"
            "Kiln operators fire clay products and log each batch.\n")
    found = _sectors(page)
    assert {"insurance", "forestry"} <= {s.lower() for s in found}


def test_a_classification_division_joined_by_and_stays_whole() -> None:
    page = ("Kiln Operator\n\nIndustries: Accommodation and Food Services\n\n"
            "Kiln operators fire clay products and log each batch.\n")
    found = _sectors(page)
    assert "Accommodation" not in found and "Food Services" not in found


def test_a_lower_case_pair_with_a_two_word_unknown_stays_whole() -> None:
    page = ("Kiln Operator\n\nIndustries: cement and specialty glazes\n\n"
            "Kiln operators fire clay products and log each batch.\n")
    found = {s.lower() for s in _sectors(page)}
    assert "cement" not in found


def test_a_place_preposition_opening_a_workplace_list_is_no_part_of_the_kind() -> None:
    page = ("Kiln Operator\n\nWhere do they work?\n\n"
            "In brickworks, tile factories and pottery studios.\n")
    found = _sectors(page)
    assert "brickworks" in found and "In brickworks" not in found


def test_a_lower_case_pair_of_two_unknown_words_stays_one_sector() -> None:
    page = ("Kiln Operator\n\nWorks in: pottery and glassblowing\n\n"
            "Kiln operators fire clay products and log each batch.\n")
    found = {s.lower() for s in _sectors(page)}
    assert "pottery" not in found and "glassblowing" not in found
