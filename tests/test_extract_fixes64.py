"""Defects noticed in stop 44's briefing and left alone before, each on an invented page
(helper fixes64)."""

from benchmarks.extraction import facts_of

from careergraph.guides.read import parse_text
from careergraph.model import SkillKind

_GROOMER = """Careers Guide for jobs

Dog Groomer Career Advice

Below is advice on becoming a dog groomer in the UK.

The Job Description
Dog groomers wash, clip and style the coats of dogs.

Typical responsibilities:

bathing and drying dogs
trimming nails
booking appointments.

Person Specification
The key personal attributes of dog groomers include:

composure and steadiness when handling dogs
willingness to carry out dirty or tiring tasks
clerical and telephone skills.

How to become a dog groomer
You can train at a college.
"""


def test_a_personal_quality_in_a_list_is_a_soft_skill() -> None:
    kinds = {s.text: s.kind for s in parse_text(_GROOMER, "dog-groomer.txt").skills}
    assert kinds.get("composure") is SkillKind.SOFT


def test_two_modifiers_sharing_skills_keep_their_head() -> None:
    skills = {s.text for s in parse_text(_GROOMER, "dog-groomer.txt").skills}
    assert "clerical and telephone skills" in skills
    assert "clerical and telephone" not in skills


def test_an_or_between_two_adjectives_is_no_list_separator() -> None:
    skills = {s.text for s in parse_text(_GROOMER, "dog-groomer.txt").skills}
    assert "carry out dirty or tiring tasks" in skills
    assert not {"carry out dirty", "tiring tasks"} & skills


_CARETAKER = """# Facilities Manager

Facilities managers keep buildings safe and running.

## Related jobs

Estates Director; Health and Safety Manager; Welder and Fitter; Operations Director
"""


def test_an_and_inside_one_title_of_a_semicolon_list_stays() -> None:
    moves = facts_of(parse_text(_CARETAKER, "facilities-manager.txt")).moves
    targets = {after for _, after in moves}
    assert "Health and Safety Manager" in targets
    assert "Safety Manager" not in targets
    assert {"Welder", "Fitter"} <= targets  # (two workers stay two)


_SERVICES = """# Building Services Engineer

Building services engineers design the heating, lighting and water systems of buildings.

## Career ladder

Engineer in Training → Building Services Engineer → Senior Building Services Engineer
"""


def test_a_title_in_training_is_a_rung_of_its_own() -> None:
    moves = facts_of(parse_text(_SERVICES, "building-services-engineer.txt")).moves
    assert ("Engineer in Training", "@self") in moves
    assert ("Engineer", "@self") not in moves


_ARBORIST = """# Podcast episode 41: what does a tree surgeon do?

In this episode we talk to Dana, a tree surgeon from Kent, about climbing, chainsaws and pay.

## Skills you need

00:14:32Climbing and rigging
00:15:10Chainsaw handling
00:16:02First aid

## Where tree surgeons work

00:17:20Councils, utility contractors and private estates.

## Career path

00:18:40Trainee Arborist, then Arborist, then Senior Arborist.
"""


def test_a_glued_timestamp_outside_the_timed_run_is_no_part_of_a_fact() -> None:
    facts = facts_of(parse_text(_ARBORIST, "tree-surgeon.txt"))
    words = [*facts.sectors, *(t for move in facts.moves for t in move), *facts.skills]
    assert not any(any(c.isdigit() for c in word) for word in words)
    assert "Councils" in facts.sectors


_CRANE = """CareerPath Hub
Career and Job Search Guide

Crane Operator

Crane operators lift and move heavy loads on building sites and at ports.

Skills

- Reading load charts
- Rigging signals

Salary

Crane operators earn $52,000 to $68,000 a year.
"""


def test_a_site_tagline_naming_a_guide_is_no_role() -> None:
    assert parse_text(_CRANE, "crane-operator.txt").role.text == "Crane Operator"


_SURVEY_PAY = """# Building Services Engineer

Building services engineers design the heating, lighting and water systems of buildings.

## Pay

- Engineer: £30,000
- Estimator: £38,000
- Senior: £48,000
- Apprentice: £16,000
"""


def test_a_one_word_pay_label_naming_another_post_owns_its_figure() -> None:
    owners = {s.min: s.role for s in parse_text(_SURVEY_PAY, "services-engineer.txt").salaries}
    assert owners[38000] == "Estimator"
    # the role's own head and its levels stay the role's
    assert owners[30000] is None and owners[48000] is None and owners[16000] is None


_FORESTRY = ("# Forestry Technician\n\n"
             "Forestry technicians measure timber stands and plan harvests.\n\n"
             "## Top employers\n\n"
             "Employers include Ridgeback Timberlands & Pinecrest Forest Services, Harlow Timber"
             " Ltd & Brandt Logging GmbH, and Smith & Sons.\n")


def test_two_firms_joined_by_an_ampersand_after_a_legal_form_are_two() -> None:
    employers = facts_of(parse_text(_FORESTRY, "forestry-technician.txt")).employers
    assert {"Harlow Timber Ltd", "Brandt Logging GmbH", "Smith & Sons"} <= set(employers)
    # no legal form: the name may be one partnership's, so it stays whole
    assert "Ridgeback Timberlands & Pinecrest Forest Services" in employers
    assert not any(name == "H" or name.startswith("and ") for name in employers)
