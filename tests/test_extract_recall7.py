"""Skills told in prose sentences (helper recall7, stop 47).

- A grasp of a subject is a skill cue as "knowledge of" is: "a good grasp of A, B and C",
  "an understanding of A and B", "a strong command of A and B"; so is the kit a trainee
  learns to use ("On the job, surveyors learn to use A, B and C").  A clause after the cue
  ("an understanding of what the council does") names nothing.
- A number of dimensions ("2D", "3D", "4DCT") is no figure: "Vectorworks 3D" is a name and
  "3D scanning" a technique, where "30 days" still ends a list.
- Survey kit a verb of use takes as its object ("set up and operate total stations and GNSS
  receivers", "run multibeam echosounders and side-scan sonar") is equipment, as multimeters
  and bandsaws were; the machine nouns are data (``tool_lists.machines``).

Every page is invented here (roles, names, firms, figures).
"""

from __future__ import annotations

from tests.guide_facts import names

from careergraph.guides import parse_text
from careergraph.guides.skill_cues import _figure_word, cued_skills
from careergraph.guides.techniques import equipment


def _page(line: str) -> str:
    return "\n".join(("Land Survey Technician", "",
                      "Corrow Geomatics is hiring a land survey technician in Tralee.", "",
                      line, "", "Pay: €31,500 a year.", ""))


def _skills(line: str) -> set[str]:
    return {skill.lower() for skill in names(parse_text(_page(line), "survey.txt").skills)}


def test_a_grasp_of_a_subject_lists_its_skills() -> None:
    assert _skills("Applicants need a good grasp of levelling, traversing and "
                   "boundary law.") >= {"levelling", "traversing", "boundary law"}
    assert _skills("The post calls on an understanding of geodesy, cadastral mapping and "
                   "land registry rules.") >= {"geodesy", "cadastral mapping",
                                               "land registry rules"}
    assert _skills("You will need a confident command of Irish and French.") >= {
        "irish", "french"}


def test_an_understanding_of_a_clause_names_nothing() -> None:
    assert not _skills("The panel wants to see an understanding of what the council does "
                       "and why it matters.")
    assert not _skills("You will gain an understanding of our values, our history and our "
                       "customers.")


def test_the_kit_a_trainee_learns_to_use() -> None:
    assert _skills("In the first year technicians learn to use Vectorworks 3D, GNSS "
                   "receivers and robotic total stations.") >= {
        "vectorworks 3d", "gnss receivers", "robotic total stations"}


def test_a_dimension_is_no_figure() -> None:
    assert not _figure_word("3D")
    assert not _figure_word("2D")
    assert not _figure_word("4DCT")
    assert _figure_word("30D")
    assert _figure_word("30")
    assert cued_skills("Apprentices learn to use laser scanning, 3D printing and photo "
                       "rectification.", ("learn to use",)) == [
        "laser scanning", "3D printing", "photo rectification"]


def test_survey_kit_after_a_verb_of_use() -> None:
    assert equipment("Crews set up and operate total stations and GNSS receivers, then "
                     "walk the line.") == ["total stations", "GNSS receivers"]
    assert equipment("On the launch you run singlebeam echosounders and side-scan "
                     "sonar.") == ["singlebeam echosounders", "side-scan sonar"]
    assert {"total stations", "gnss receivers"} <= _skills(
        "Technicians set up and operate total stations and GNSS receivers on site.")


def test_no_machine_in_a_place_or_a_person() -> None:
    assert equipment("She runs the station and the depot.") == []
    assert equipment("He ran the team for ten years.") == []


def test_products_a_kind_of_software_is_exemplified_by() -> None:
    assert {"binwise", "cellartrak"} <= _skills(
        "Technicians file every plot in a field database such as Binwise or CellarTrak.")
    assert "fieldmap" in _skills("Most surveyors log points in a CRM such as FieldMap.")
    assert "qfield" in _skills("Crews map trees with GIS software such as QField, then "
                               "report back.")


def test_a_site_people_search_is_no_example_of_software() -> None:
    found = _skills("New technicians post their CV on platforms such as LinkedIn and "
                    "Indeed.")
    assert not {"linkedin", "indeed"} & found
