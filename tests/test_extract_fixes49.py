"""Defects noticed on real-looking pages in stop 39's first round (helper fixes49), on
invented pages: a level band before the role's own head noun, a heading led by a year,
"along with" phrases and verbs with a pronoun object, a verb list inside a sentence's
subject, a definition with no article, "later apply for" a post, a living-cost example,
"X experience" under requirements, and "skills such as" after a cue."""

from __future__ import annotations

from careergraph.guides.read import parse_text
from careergraph.guides.requirement_items import experienced_skills, requirement_skills
from careergraph.guides.verb_lists import verb_list_skills


def _skills(text: str) -> list[str]:
    return [skill.text for skill in parse_text(text, "page.txt").skills]


def _pay(text: str) -> list[tuple[str | None, float | None, float | None]]:
    return [(s.role, s.min, s.max) for s in parse_text(text, "page.txt").salaries]


def _ups(text: str) -> list[str]:
    return [move.text for move in parse_text(text, "page.txt").leads_to]


def test_a_level_band_before_the_roles_own_head_is_the_roles_pay() -> None:
    page = """Stained Glass Designer

Stained glass designers draw and colour windows for churches and homes.

Salary
{line}
"""
    for line in ("Mid-level designers make ₹7.2 LPA on average.",
                 "Entry-level designers earn around ₹2.9 LPA.",
                 "Entry level designers earn ₹2.9 LPA.",
                 "Mid level stained glass designers earn ₹7.2 LPA."):
        owners = {owner for owner, _, _ in _pay(page.format(line=line))}
        assert owners == {None}, line


def test_another_title_keeps_its_own_figure() -> None:
    page = """Stained Glass Designer

Stained glass designers draw and colour windows for churches and homes.

Salary
Studio managers earn ₹12 LPA.
"""
    assert _pay(page) == [("Studio Manager", 1200000, 1200000)]


def test_a_heading_led_by_a_year_ends_the_section_above() -> None:
    page = """Orthoptic Assistant

Orthoptic assistants help eye clinics test children's sight.

Building Skills

Orthoptic assistants need patience and a steady voice.

{heading}

Orthoptic assistants earned a median salary of $39,700 in 2021.
"""
    for heading in ("2021 Salary Information for Orthoptic Assistants", "2025 Pay Guide"):
        assert heading not in _skills(page.format(heading=heading))
        assert _pay(page.format(heading=heading)) == [(None, 39700, 39700)]


def test_a_year_before_words_that_name_no_section_is_no_heading() -> None:
    from careergraph.guides.longform_headings import _dated_heading

    assert _dated_heading("2021 Salary Information for Orthoptic Assistants")
    assert not _dated_heading("2017 Senior Orthoptic Assistant")
    assert not _dated_heading("2021 salary information")  # (sentence case: no heading)


def test_along_with_phrases_and_pronoun_objects_name_no_skills() -> None:
    page = """Prosthetic Technician

Prosthetic technicians build artificial limbs in a workshop.

Training

{training}

Building Skills

{skills}
"""
    found = _skills(page.format(
        training="During the two-year course you study anatomy, plastics and casting. Along "
                 "with workshop modules, a hospital placement is a standard part of the course.",
        skills="Fine motor control with hand tools, along with good spatial sense, helps you "
               "shape sockets and adjust limbs."))
    for wrong in ("workshop modules", "hospital placement", "along", "helps you shape sockets",
                  "adjust limbs"):
        assert wrong not in found


def test_along_with_a_list_at_the_end_of_a_sentence_still_names_skills() -> None:
    page = """Signal Fitter

Signal fitters install and repair railway signals.

The work needs cable jointing, relay testing and fault finding, along with a head for heights.
"""
    assert {"cable jointing", "relay testing", "fault finding"} <= set(_skills(page))


def test_a_verb_list_inside_a_sentences_subject_names_no_skills() -> None:
    assert verb_list_skills("The need for opticians who can test, fit, and repair "
                            "varifocal lenses is rising.") == []
    assert verb_list_skills("Demand for fitters who can weld, braze, and test joints is "
                            "growing.") == []
    assert verb_list_skills("Employers want glaziers who can cut glass, glaze frames and seal "
                            "joints.") == ["cut glass", "glaze frames", "seal joints"]


def test_a_definition_with_no_article_names_the_role() -> None:
    page = ("Wind Turbine Technician is a trained worker who climbs, inspects and repairs "
            "turbines on wind farms. A Wind Tech is another name for the job.\n") + """

Salary
Wind turbine technicians earn between $51,000 and $68,000 a year.
"""
    guide = parse_text(page, "page.txt")
    assert guide.role.text == "Wind Turbine Technician"


def test_a_titled_page_keeps_its_title_over_a_later_bare_definition() -> None:
    page = """Wind Turbine Technician

Wind turbine technicians climb and repair turbines.

Career path
Site Supervisor is a common next step after five years.
"""
    assert parse_text(page, "page.txt").role.text == "Wind Turbine Technician"


def test_the_roles_people_applying_later_for_a_post_move_up() -> None:
    page = """Laundry Assistant

Laundry assistants wash, dry and fold linen for a hotel group.

Career path
{line}
"""
    assert _ups(page.format(line="Many assistants later apply for a Linen Room supervisor "
                                 "role.")) == ["Linen Room Supervisor"]
    assert _ups(page.format(line="Assistants who do well then apply for Housekeeping "
                                 "Supervisor positions.")) == ["Housekeeping Supervisor"]
    assert _ups(page.format(line="You could apply for a grant to cover the course.")) == []


def test_a_living_cost_example_is_no_pay() -> None:
    page = """Dental Assistant Salary by State

{prose}

State   Average Salary
Oregon   $46,200
Arkansas   $35,800
"""
    figures = {low for _, low, _ in _pay(page.format(
        prose="Pay for dental assistants depends on where you live. A $41,000 salary in Oregon "
              "buys far less than $41,000 in Arkansas, so weigh each figure against local "
              "rents."))}
    assert 41000 not in figures
    assert {46200, 35800} <= figures


def test_pay_in_a_place_without_a_comparison_is_still_pay() -> None:
    page = """Dental Assistant

Dental assistants prepare surgeries and pass instruments.

Salary
Dental assistants earn $38,400 in Arkansas.
"""
    assert _pay(page) == [(None, 38400, 38400)]


def test_x_experience_under_requirements_names_x() -> None:
    page = """Stock Controller

Stock controllers track goods in a distribution centre.

Requirements
- Reach truck experience
- Cycle counting experience preferred
- Previous warehouse experience
- Call centre experience
- 2 years' experience in logistics
- Mentoring or coaching experience

Pay
£12.40 an hour
"""
    found = _skills(page)
    assert {"Reach truck", "Cycle counting", "Mentoring", "coaching"} <= set(found)
    for wrong in ("warehouse", "Previous warehouse", "Call centre", "Call centre experience"):
        assert wrong not in found


def test_experienced_skills_reads_only_x_experience() -> None:
    assert experienced_skills("Clamp attachment experience for baled paper") == [
        "Clamp attachment"]
    assert experienced_skills("Retail experience") == []  # (one word: maybe a sector)
    assert experienced_skills("Experience with scanners") == []
    assert requirement_skills("Tail lift experience; clean driving record") == ["Tail lift"]


def test_a_kind_of_skill_before_its_examples_is_no_skill() -> None:
    page = """Heat Pump Installer

{prose}
"""
    found = _skills(page.format(
        prose="Heat pump installers fit air and ground source systems. The work calls for "
              "skills such as refrigerant handling, pipe brazing and commissioning."))
    assert "skills" not in found
    assert {"refrigerant handling", "pipe brazing", "commissioning"} <= set(found)


def test_x_experience_in_a_skills_list_names_x() -> None:
    page = """Claims Team Leader

Claims team leaders run a team of handlers.

What we look for
- budget tracking or rota planning experience
- Retail experience
"""
    found = _skills(page)
    assert {"budget tracking", "rota planning"} <= set(found)
    assert "Retail experience" in found  # (one word: kept as printed, as before)


def test_a_level_the_page_calls_the_next_rung_keeps_its_own_figure() -> None:
    page = """Glaze Designer

Glaze designers create colour recipes for tiles.

Salary
{prose}
"""
    assert ("Senior Glaze Designer", 84000, 84000) in _pay(page.format(
        prose="Glaze designers earn a median of $61,000. Senior Glaze Designers, one step up, "
              "report a median of $84,000."))
