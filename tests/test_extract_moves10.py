"""Career ladders that name the role at its own higher grades: a path told in prose that prints
the role's whole title and then the role a grade up ("…, then museum conservator, then senior
museum conservator"), and a ladder that opens at the role a grade up ("Senior Hydrologist →
Principal Hydrologist" on the Hydrologist guide), which starts from the role.

Every page is invented here (roles, places, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text


def _ladders(page: str, file: str) -> list[list[str]]:
    return [[fact.text for fact in chain] for chain in parse_text(page, file).progressions]


PATH = ("Museum Conservator\n\nCareer path\n\n"
        "Members most often described their own path as collections assistant, then museum "
        "conservator, then senior museum conservator and head of conservation. A few moved "
        "into teaching.\n")


def test_a_told_path_keeps_the_roles_higher_grade_as_a_rung() -> None:
    assert _ladders(PATH, "museum-conservator.txt") == [
        ["Collections Assistant", "Museum Conservator", "Senior Museum Conservator",
         "Head of Conservation"]]


def test_a_path_without_the_roles_whole_title_still_folds_its_head_into_the_role() -> None:
    page = PATH.replace("then museum conservator, then senior museum conservator",
                        "then conservator, then senior conservator")
    ladders = _ladders(page, "museum-conservator.txt")
    assert ladders == [["Collections Assistant", "Museum Conservator", "Head of Conservation"]]


GOES = ("Hydrologist\n\n## Where people go\n\n"
        "Came from: Civil Engineer, Geologist.\n"
        "Goes to: Senior Hydrologist → Principal Hydrologist, or Flood Risk Manager.\n")


def test_a_ladder_opening_a_grade_up_starts_from_the_role() -> None:
    assert ["Hydrologist", "Senior Hydrologist", "Principal Hydrologist"] in _ladders(
        GOES, "hydrologist.md")


def test_a_ladder_of_another_title_or_one_already_climbed_is_left_alone() -> None:
    page = ("Hydrologist\n\n## Where people go\n\n"
            "The usual ladder is Hydrologist → Senior Hydrologist → Principal Hydrologist.\n"
            "Goes to: Senior Geologist → Principal Geologist.\n")
    ladders = _ladders(page, "hydrologist.md")
    assert ["Senior Geologist", "Principal Geologist"] in ladders
    assert sum(chain[:2] == ["Hydrologist", "Senior Hydrologist"] for chain in ladders) == 1
