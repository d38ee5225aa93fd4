"""Section headings from any site (helper heads1, stop 38): phrasing families careers pages use
for qualities, equipment, work settings, moves up, lateral moves, moves in and hiring
organisations, each read under its heading however it is written (own line, capitals, with a
colon, glued, as a bullet label); and the look-alikes that stay unknown (a job board's
"Similar jobs", a vacancy's "Work setting:" / "Workplace:" / "Place of work:" fields, a
sentence that merely mentions qualities)."""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.headings import load_headings
from careergraph.model import Guide

INTRO = ("Piano Tuner\n\nA piano tuner adjusts and repairs pianos in homes, concert halls and "
         "schools.\n\n")


def _guide(body: str) -> Guide:
    return parse_text(INTRO + body, "piano-tuner.md")


def _texts(facts: list) -> list[str]:  # type: ignore[type-arg]
    return [fact.text for fact in facts]


@pytest.mark.parametrize(("heading", "kind"), [
    ("Personal qualities", "soft_skills"), ("KEY ATTRIBUTES", "soft_skills"),
    ("Traits you need", "soft_skills"), ("Keys to succeeding", "soft_skills"),
    ("Mechanics are valued for their:", "soft_skills"),
    ("Equipment used", "tools"), ("Software you'll use", "tools"),
    ("Typical work settings", "sectors"), ("Places you could work", "sectors"),
    ("Getting ahead", "moves_up"), ("Future prospects", "moves_up"),
    ("Where this job can take you", "moves_up"),
    ("Other careers to consider", "lateral"), ("Ways in", "moves_in"),
    ("Hiring organisations", "employers"), ("Tuners work for:", "employers"),
])
def test_phrasing_families_have_their_kind(heading: str, kind: str) -> None:
    assert load_headings().classify(heading.rstrip(":")) == kind


@pytest.mark.parametrize("heading", [
    "Similar jobs",  # a job board's strip of its other vacancies
    "Work setting",  # a vacancy's mode of work ("Office and remote")
    "Workplace", "Place of work",  # a vacancy's location
    "Job prospects",  # the market outlook as often as moves: left unknown
    "Personality traits",  # a school's subject pathway: requirements, not qualities
])
def test_look_alikes_are_not_these_sections(heading: str) -> None:
    found = load_headings().classify(heading)
    assert found not in ("soft_skills", "sectors", "lateral", "moves_up")


QUALITIES = ["Patience", "Perfect pitch", "Manual dexterity"]


@pytest.mark.parametrize("body", [
    "Personal qualities\n\n- Patience\n- Perfect pitch\n- Manual dexterity\n",
    "PERSONAL QUALITIES\n\n- Patience\n- Perfect pitch\n- Manual dexterity\n",
    "Key attributes:\n- Patience\n- Perfect pitch\n- Manual dexterity\n",
    "Key attributes: patience, perfect pitch and manual dexterity\n",
    "Keys to SuccessPatience, perfect pitch, manual dexterity\n",
])
def test_qualities_read_under_their_heading(body: str) -> None:
    assert [name.lower() for name in _texts(_guide(body).skills)] == [
        name.lower() for name in QUALITIES]


def test_qualities_as_a_bullet_label() -> None:
    guide = _guide("Facts\n\n- Personal qualities: patience, tact, discretion\n")
    assert _texts(guide.skills) == ["patience", "tact", "discretion"]


def test_equipment_used() -> None:
    guide = _guide("Equipment used\n\n- Tuning hammer\n- Rubber mutes\n- Strobe tuner\n")
    assert _texts(guide.skills) == ["Tuning hammer", "Rubber mutes", "Strobe tuner"]
    labelled = _guide("Facts\n\n- Equipment used: tuning hammer, rubber mutes, Excel\n")
    assert _texts(labelled.skills) == ["tuning hammer", "rubber mutes", "Excel"]


def test_work_settings_are_sectors() -> None:
    listed = _guide("Work settings\n\n- Music shops\n- Concert venues\n- Schools\n")
    assert _texts(listed.sectors) == ["Music shops", "Concert venues", "Schools"]
    inline = _guide("Typical workplaces: music shops, concert venues and schools\n")
    assert _texts(inline.sectors) == ["music shops", "concert venues", "schools"]


def test_moves_up_lateral_and_in() -> None:
    ahead = _guide("Getting ahead\n\n- Senior Piano Technician\n- Workshop Manager\n")
    assert _texts(ahead.leads_to) == ["Senior Piano Technician", "Workshop Manager"]
    prospects = _guide("Future prospects: Senior Piano Technician, Workshop Manager\n")
    assert _texts(prospects.leads_to) == ["Senior Piano Technician", "Workshop Manager"]
    labelled = _guide("Facts\n\n- Getting ahead: Senior Piano Technician, Workshop Manager\n")
    assert _texts(labelled.leads_to) == ["Senior Piano Technician", "Workshop Manager"]
    consider = _guide("Other careers to consider\n\n- Organ Builder\n- Harpsichord Maker\n")
    assert _texts(consider.transitions_to) == ["Organ Builder", "Harpsichord Maker"]
    ways = _guide("Ways in\n\n- Furniture Restorer\n- Music Shop Assistant\n")
    assert _texts(ways.moves_in) == ["Furniture Restorer", "Music Shop Assistant"]


def test_hiring_organisations_and_a_run_in_heading() -> None:
    listed = _guide("Hiring organisations\n\n- Keyfield Pianos Ltd\n- Harmon & Reeve\n")
    assert _texts(listed.employers) == ["Keyfield Pianos Ltd", "Harmon & Reeve"]
    run_in = _guide("Tuners work for:\n\n- Keyfield Pianos Ltd\n- Harmon & Reeve\n")
    assert _texts(run_in.employers) == ["Keyfield Pianos Ltd", "Harmon & Reeve"]


def test_look_alike_fields_give_no_facts() -> None:
    board = _guide("Similar jobs\n\nShop Assistant · Keyfield Pianos Ltd · £11.80 an hour\n"
                   "Van Driver · Harmon & Reeve · £12.10 an hour\n")
    assert not board.transitions_to and not board.leads_to
    for field in ("Work setting: Office and remote\n",
                  "Workplace: Mill Lane Trading Estate\n", "Place of work: Harrogate\n"):
        assert not _guide(field).sectors, field


def test_sibling_sections_titled_by_subject() -> None:
    # "Subject : Part" headings: an unknown part ends the qualities section above it
    guide = _guide("Piano Tuning : Personal Attributes\nPatience\nPerfect pitch\n\n"
                   "Piano Tuning : Outlook\nDemand is steady in cities, and Keyfield Pianos "
                   "Ltd hires apprentices every spring.\n")
    assert "Keyfield Pianos Ltd" not in _texts(guide.skills)
    assert {"Patience", "Perfect pitch"} <= set(_texts(guide.skills))


def test_requirement_sentences_under_a_qualities_heading() -> None:
    # a skill's purpose is no part of it; a tolerance asked for is no skill; a quality told
    # of the reader is the quality alone
    guide = _guide("PERSONAL QUALITIES\n\n"
                   "- You must have good listening skills for hearing beats and overtones\n"
                   "- Must be comfortable carrying a heavy tool case up stairs\n"
                   "- You are unhurried\n")
    assert _texts(guide.skills) == ["listening skills", "unhurried"]


def test_skills_and_qualities_above_plain_lines() -> None:
    # a careers site's heading, a blank line, then one quality a line with no bullets
    guide = _guide("Skills and qualities\n\nPerfect pitch\nManual dexterity\nPatience\n\n"
                   "Job outlook\n\nSteady demand in most regions.\n")
    assert _texts(guide.skills) == ["Perfect pitch", "Manual dexterity", "Patience"]


def test_the_bundled_heading_data_is_read_once() -> None:
    # A dozen readers take their sections from data/headings.yaml at import; parsing it again
    # for each once doubled every command's start-up (a decorator moved by a merge).
    from careergraph.guides.headings import bundled_data, bundled_section

    assert bundled_data() is bundled_data()
    assert bundled_section("criteria") is bundled_section("criteria")
