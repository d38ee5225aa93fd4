"""Skills recall (helper recall14, stop 53): a posting's run-in "We are looking for a person
who has:" heading its requirements, a run-in skills label's semicolon list on a requirements
line, and a skills label's "A and B" description with one single-word side.  Every page here
is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.longform_skills import listed_bracket


def _skills(page: str) -> set[str]:
    return {s.text for s in parse_text(page, "page.txt").skills}


_SEEKING = """\
Nail Technician

A nail technician gives manicures and nail treatments to the clients of a day spa.

{heading}
• secondary vocational education in cosmetics or a master craftsman's exam,
• English and Italian language (talking with clients),
• patience, tact, tidiness and a sense of sales.
"""


def test_a_person_who_has_heads_the_requirements() -> None:
    skills = _skills(_SEEKING.format(heading="We are looking for a person who has:"))
    assert {"patience", "tact", "tidiness", "sense of sales", "English", "Italian"} <= skills
    # the schooling asked for stays a requirement, no skill
    assert not any("education" in s or "exam" in s for s in skills)


def test_people_who_are_heads_the_requirements_too() -> None:
    skills = _skills(_SEEKING.format(heading="We're looking for people who are:"))
    assert {"patience", "tact", "tidiness"} <= skills


def test_a_sentence_naming_the_role_heads_nothing() -> None:
    # "We are looking for a nail technician who …" is prose: its list is no requirements
    page = _SEEKING.format(heading="We are looking for a nail technician who loves colour.")
    assert "tidiness" not in _skills(page)


def test_an_exclaimed_bracket_is_an_aside_not_a_list() -> None:
    assert not listed_bracket("Confident talking to groups (yes, on a mic!)")
    assert not listed_bracket("Happy on the till (really?)")
    assert listed_bracket("Linen handling protocols (soiled linen sorting, clean linen storage)")


_NOTICE = """\
Pastry Cook

A pastry cook makes the breads, tarts and desserts of a hotel restaurant.

MINIMUM REQUIREMENTS:
24 months of experience in the job offered. No education required.
{line}
Employer will accept any suitable combination of experience.
"""


def test_a_run_in_skills_label_lists_its_semicolon_items() -> None:
    skills = _skills(_NOTICE.format(
        line="Special skills: laminated dough; tempering of chocolate; sugar pulling; "
             "ability to read French recipe cards. Must obtain a food handler card within "
             "30 days of hire (FoodSafe or equivalent)."))
    assert {"laminated dough", "tempering of chocolate", "sugar pulling"} <= skills
    # the sentence after the list is a condition, no skill
    assert not any("food handler" in s or "FoodSafe" in s or "Must" in s for s in skills)


def test_a_requirements_label_is_no_skills_label() -> None:
    # "Physical demands: …" labels a kind of requirement: its clauses are no skills list
    skills = _skills(_NOTICE.format(
        line="Physical demands: standing for 8 hours; lifting 50 lb; working near ovens."))
    assert "lifting 50 lb" not in skills


def test_a_long_clause_makes_no_semicolon_list() -> None:
    skills = _skills(_NOTICE.format(
        line="Special skills: must be able to work every weekend and on public holidays "
             "through the summer; sugar pulling; laminated dough."))
    assert not any(s.startswith("must be able") for s in skills)


_SKILLS = """\
Risk Analyst

A risk analyst models the market and credit risk of a bank's trading books.

Skills and Qualifications

  • Statistics: time series analysis and regression.
  • Communication: verbal and written.
"""


def test_a_phrase_and_one_word_are_two_skills() -> None:
    skills = _skills(_SKILLS)
    assert {"time series analysis", "regression"} <= skills
    assert "time series analysis and regression" not in skills


def test_two_single_words_stay_one_description() -> None:
    # "verbal and written" is no pair of skills (two single words stay whole)
    skills = _skills(_SKILLS)
    assert "verbal" not in skills and "written" not in skills
