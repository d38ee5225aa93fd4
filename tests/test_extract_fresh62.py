"""Structures found by reading three fresh generated web corpora (seeds 62101-62103,
helper fresh62): a translated job posting's requirements (a degree before "knowledge of",
two one-word qualities, a school level with a bracket, a faculty asked for with its
degree), its firm said to be part of a group after what it makes, a rung's net floor told
with "The", a similar job titled by a worker, what it works and on which machine; and a
secondment agreement's numbered person specification with a weight label and a course.
Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.requirement_items import requirement_skills


def _skills(guide: object) -> set[str]:
    return {s.text for s in guide.skills}  # type: ignore[attr-defined]


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _pay(guide: object) -> list[tuple[float | None, float | None, str | None]]:
    return [(b.min, b.max, b.role) for b in guide.salaries]  # type: ignore[attr-defined]


# --- a translated posting ----------------------------------------------------------------

_POSTING = """\
Translated from: Bulgarian   Show original   |   Always translate Bulgarian
RabotaDnes.bg   Jobs   Companies   Salaries   Advice   For employers
Home › Jobs › Production › Felt › Gabrovo
PRESS OPERATOR (presovach)
Filtex Gabrovo EOOD · Gabrovo · Full working time · Permanent contract
Salary: 950 – 1 180 EUR net monthly
About the employerFiltex Gabrovo EOOD presses felt pads and gaskets for car makers in \
Germany and is part of Yantra Felt Holding.
Field of activity: Textile industry
Requirements to the candidate
- Experience with hydraulic presses (Schuler, Lasco)
- Very good knowledge of German; Czech or Slovak will be considered an additional qualification
- Honesty and diligence
- Good eyesight
- Basic education (trade school in textiles – advantage)
We offer
- After the training: 950 – 1 180 EUR net according to the norm
Development in the company
The way is press operator → foreman (shift leader) → head of the press hall. \
The foreman receives from 1 420 EUR net.
Salary statistics for "Press operator" – RabotaDnes.bg
Average salary for the position in the Gabrovo region: 1 020 EUR net
Contact: Petya Koleva, human resources
Similar offers
Cutter of felt on a press – Gabrovo – 860 – 990 EUR net
Felt sorter – Sevlievo – 880 – 1 010 EUR net
"""


def test_a_degree_before_knowledge_of_names_the_subject() -> None:
    skills = _skills(parse_text(_POSTING, "press-operator.txt"))
    assert {"German", "Czech", "Slovak"} <= skills
    assert not any(s.startswith("Very good") for s in skills)
    # the clause reader alone: the degree and "knowledge of" go, the language stays
    assert requirement_skills("Very good knowledge of German; Czech or Slovak will be "
                              "considered an additional qualification") == [
        "German", "Czech", "Slovak"]


def test_two_one_word_qualities_are_each_a_skill() -> None:
    skills = _skills(parse_text(_POSTING, "press-operator.txt"))
    assert {"Honesty", "diligence"} <= skills
    assert "Honesty and diligence" not in skills


def test_a_school_level_with_its_bracket_is_no_skill() -> None:
    skills = _skills(parse_text(_POSTING, "press-operator.txt"))
    assert "Basic education" not in skills
    assert requirement_skills("Basic education (trade school in textiles – advantage)") == []
    # a level word before a skill still reads the skill and its named tools
    assert requirement_skills("Spreadsheet basic (Excel)") == ["Spreadsheet", "Excel"]


def test_a_faculty_keeps_its_degree() -> None:
    assert "Good eyesight" in _skills(parse_text(_POSTING, "press-operator.txt"))
    assert requirement_skills("Steady hands and good hearing") == ["Steady hands", "good hearing"]
    assert requirement_skills("Good welding") == ["welding"]  # (no faculty: the degree goes)


def test_a_firm_that_makes_things_and_is_part_of_a_group() -> None:
    employers = _facts(parse_text(_POSTING, "press-operator.txt"), "employers")
    assert {"Filtex Gabrovo EOOD", "Yantra Felt Holding"} <= employers


def test_the_rung_that_receives_a_net_floor() -> None:
    pay = _pay(parse_text(_POSTING, "press-operator.txt"))
    assert (1420, None, "Foreman") in pay


def test_a_similar_job_of_a_worker_on_a_machine_owns_its_figure() -> None:
    pay = _pay(parse_text(_POSTING, "press-operator.txt"))
    owners = {role for low, high, role in pay if (low, high) == (860, 990)}
    assert owners and all(role and role.lower() == "cutter of felt on a press" for role in owners)
    assert (950, 1180, None) in pay  # the role's own figure stays the role's


# --- a secondment agreement --------------------------------------------------------------

_AGREEMENT = """\
SECONDMENT AGREEMENT
Our ref: HR/SEC/912
This agreement is between (1) Marden Borough Council (the Employer), (2) The Lowfield \
Trees Partnership (the Host) and (3) the Secondee.
1. Post and period
1.1 The Secondee is seconded to the post of Tree Officer for 12 months.
2. Objectives
2.1 Survey of the street tree stock
3. Person specification
3.1 Tree risk assessment
3.2 Planning casework
3.3 Desirable: the Tree Survey and Inspection course
4. Pay and costs
4.1 The post is graded Grade 7 (£31,200 – £34,100 a year).
"""


def test_a_numbered_desirable_course_is_no_skill() -> None:
    skills = _skills(parse_text(_AGREEMENT, "tree-officer.txt"))
    assert {"Tree risk assessment", "Planning casework"} <= skills
    assert not any("Desirable" in s or "course" in s for s in skills)


def test_a_numbered_desirable_skill_loses_its_label() -> None:
    text = _AGREEMENT.replace("3.3 Desirable: the Tree Survey and Inspection course",
                              "3.3 Desirable: Climbing and aerial rescue")
    skills = _skills(parse_text(text, "tree-officer.txt"))
    assert "Climbing and aerial rescue" in skills
    assert not any("Desirable" in s for s in skills)
