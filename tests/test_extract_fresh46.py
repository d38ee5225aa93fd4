"""New seeds of the generator, fourth draw (helper fresh46): an aside after "and" in a
cued list, a duty line whose tools were read, a salary strip's floor and ceiling printed
apart, a product's name opening in lower case, a planner's hedge after a skill, and a job
held "before that".

Every page is invented here (brands, roles, places, figures).
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.amounts import bound_pair
from careergraph.guides.items import prose_skills, skill_names
from careergraph.guides.moves import prose_moves, prose_steps
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon

_VOCAB = Vocabulary.from_lexicon(load_lexicon())


def _skills(text: str, name: str) -> list[str]:
    return [fact.text for fact in parse_text(text, name).skills]


def test_an_aside_after_and_is_no_item() -> None:
    # the aside between commas is dropped; a clause after it ends the list
    assert prose_skills("Get comfortable with invoices and, truthfully, learn to haggle.",
                        anywhere=True) == []
    assert prose_skills("Get comfortable with Figma, Miro and, above all, Notion.",
                        anywhere=True) == ["Figma", "Miro", "Notion"]
    assert prose_skills("Get comfortable with Figma, Miro and Notion.",
                        anywhere=True) == ["Figma", "Miro", "Notion"]


_AUDIT = ("PELLWORTH BOROUGH — PEOPLE SERVICES\n\n"
          "MEMORANDUM\n"
          "RE:       Desk Audit — Drainage Modelling Officer I\n\n"
          "1. DUTIES OBSERVED (percent of time)\n"
          "45%  Carries out Hydraulic Modelling and Flood Mapping for the drainage team\n"
          "30%  Logs survey readings in Tableau\n"
          "15%  Answers queries from residents\n"
          "10%  Trains new staff on routine tasks\n\n"
          "2. FINDINGS\n"
          "The duties match the Drainage Modelling Officer II class.\n")


_STRIP = ("Vacancy: Refrigeration Technician\n\n"
          "Salary: R$ 3.900,00 + Benefits\n\n"
          "Salary research\n"
          "Average salary: R$ 4.020,15 / month  ·  Floor: R$ 3.100,00  ·  "
          "Ceiling: R$ 7.450,00\n")


def test_a_floor_and_ceiling_printed_apart_are_one_band() -> None:
    assert bound_pair("Ceiling: R$ 7.450,00", "Floor: R$ 3.100,00") is None
    bands = {(band.min, band.max)
             for band in parse_text(_STRIP, "refrigeration-technician.txt").salaries}
    assert (3100, 7450) in bands
    assert (3100, 3100) not in bands and (7450, 7450) not in bands


def test_a_lower_case_product_name_is_one_word() -> None:
    assert skill_names("iPad stocktakes", _VOCAB) == ["iPad stocktakes"]
    assert skill_names("lumaQX2 cueing", _VOCAB) == ["lumaQX2 cueing"]
    # a glued list is still cut where a lower-case word meets a capitalised one
    assert skill_names("Hazard SpottingRoute Planning", _VOCAB) == [
        "Hazard Spotting", "Route Planning"]


_MAP = ("Mapsy — \"what next? (rigging)\" — exported as Text outline (.txt)\n"
        "Free plan · 2 of 3 maps used · Exported 04 Mar 2027 21:15\n\n"
        "STAGE RIGGER  (arena + touring)\n"
        "\tWhat I do now\n"
        "\t\tStage rigger at The Vault Arena, Hull (4 nights a week)\n"
        "\tSkills ✓ (have)\n"
        "\t\tchain hoist inspection\n"
        "\t\tknot tying\n"
        "\tSkills ✗ (need)\n"
        "\t\tTruss design\n"
        "\t\tmotor control — maybe\n"
        "\tNext moves\n"
        "\t\t→ Flying Rigger (sideways, same crews)\n"
        "\t\t~~Venue Electrician~~ (no: nights + needs a ticket)\n"
        "\tLadder (here)\n"
        "\t\tRigging Assistant → Stage Rigger → Head Rigger\n")


@pytest.mark.parametrize(("page", "name", "kept", "dropped"), [
    # a duty whose tool is read is no skill itself
    (_AUDIT, "drainage-modelling-officer.txt", "Tableau", "Logs "),
    # a planner's hedge after a skill: the skill, without its doubt
    (_MAP, "stage-rigger.txt", "motor control", "maybe"),
])
def test_a_skill_is_read_without_its_sentence_or_doubt(page: str, name: str, kept: str,
                                                        dropped: str) -> None:
    skills = _skills(page, name)
    assert kept in skills
    assert not any(dropped in skill for skill in skills)


def test_a_job_held_before_that_precedes_the_other() -> None:
    text = ("I came into the job from Parts Clerk (Band 3, £24,100 - £26,200), and before "
            "that I was a Warehouse Operative.")
    moved = prose_moves(text, _VOCAB, "Fleet Coordinator")
    assert moved["in"] == ["Parts Clerk"]
    assert prose_steps(text, _VOCAB, "Fleet Coordinator") == [
        ("Warehouse Operative", "Parts Clerk"), ("Parts Clerk", "Fleet Coordinator")]


def test_what_remains_after_tax_is_no_band() -> None:
    page = ("Vacancy: Refrigeration Technician\n\n"
            "Salary: 3.350,00 € gross per month\n"
            "Net: in pay group 6, step 2 (tax class 1) about 2.315 € remain.\n")
    bands = {band.min for band in parse_text(page, "refrigeration-technician.txt").salaries}
    assert 3350 in bands and 2315 not in bands
