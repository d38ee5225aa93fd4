"""Wrong facts removed by structure (precision20): working-hours conditions and bracketed
times in a skills list, duties with a when-done tail, wrapped prose lines read as list items,
picture credits, a predicate's verb inside a prose list, "Knowledge of X" beside "X", a
capital "OR" inside a list, a question read as a skill, a hedge or verb read into a move's
title, a picture's placeholder, a bracket of manner remarks and "sound" as a noun.

Every page and sentence is invented here.
"""

from __future__ import annotations

from tests.guide_facts import chains, names

from careergraph.guides import parse_text
from careergraph.guides.items import bracket_names, prose_skills, skill_names
from careergraph.guides.skill_cues import paired_skills
from careergraph.guides.text import split_items
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon


def _vocab() -> Vocabulary:
    return Vocabulary.from_lexicon(load_lexicon())


def test_working_hours_conditions_are_no_skills() -> None:
    v = _vocab()
    assert skill_names("Able to work early shifts (5.45am)", v) == []
    assert skill_names("Willing to work weekends and bank holidays", v) == []
    assert skill_names("Available to work nights on a rota", v) == []
    # working with people or at a height is a skill, not the hours
    assert skill_names("Able to work in a team", v) == ["Able to work in a team"]


def test_a_bracketed_time_or_figure_names_nothing() -> None:
    assert bracket_names("Early finishes (3pm)") == []
    assert bracket_names("Long days (12 hours)") == []
    assert bracket_names("Printing (3D, UV)") == ["3D", "UV"]


def test_a_duty_with_a_when_done_tail_is_no_skill_name() -> None:
    v = _vocab()
    assert skill_names("Scrub the theatre trolleys between cases", v) == []
    assert skill_names("Draw blood samples under supervision", v) == []
    assert skill_names("Inspect harnesses before each shift", v) == []
    assert skill_names("Wound dressing", v) == ["Wound dressing"]


def test_wrapped_prose_lines_in_a_skills_section_are_no_items() -> None:
    page = ("Orthoptist\n"
            "What it takes\n"
            "Orthoptists pair science with\n"
            "steady patience. Clinics\n"
            "and hospitals ask for:\n"
            "• Cover testing\n"
            "• Prism fitting\n")
    skills = names(parse_text(page, "orthoptist.txt").skills)
    assert {"Cover testing", "Prism fitting"} <= skills
    assert not any("pair science" in s or "Clinics" in s for s in skills)


def test_a_picture_credit_is_no_fact() -> None:
    page = ("Tree Surgeon\n"
            "Skills\n"
            "Tree surgeons climb with ropes and harnesses and use chainsaws and chippers.\n"
            "Photo from Pexels\n")
    skills = names(parse_text(page, "tree-surgeon.txt").skills)
    assert not any("Pexels" in s or "Photo" in s for s in skills)


def test_a_predicates_verb_ends_a_prose_list() -> None:
    found = prose_skills("A good clerk is comfortable with Sage and the ledger system, and has "
                         "sharp filing skills for dealing with auditors and suppliers.")
    assert found == ["Sage", "ledger system"]


def test_knowledge_of_x_beside_x_is_one_skill() -> None:
    page = ("Upholsterer\n"
            "Skills\n"
            "Knowledge of webbing techniques such as herringbone webbing\n")
    skills = names(parse_text(page, "upholsterer.txt").skills)
    assert "webbing techniques" in skills
    assert "Knowledge of webbing techniques" not in skills


def test_a_capital_or_in_a_sentence_case_list_is_an_acronym() -> None:
    assert split_items("gowning, scrubbing for OR lists") == ["gowning", "scrubbing for OR lists"]
    assert split_items("Welding or brazing") == ["Welding", "brazing"]
    assert split_items("WELDING OR BRAZING") == ["WELDING", "BRAZING"]


def test_a_question_is_no_skill() -> None:
    page = ("Phlebotomist\n"
            "Key skills\n"
            "• Venepuncture\n"
            "• Switching from retail?\n")
    skills = names(parse_text(page, "phlebotomist.txt").skills)
    assert "Venepuncture" in skills
    assert not any(s.endswith("?") for s in skills)


def test_a_hedge_before_a_title_makes_no_move_and_a_ladders_verb_goes() -> None:
    page = ("Crane Operator\n"
            "Where it leads\n"
            "In time I hope to become a lift supervisor, and maybe a site manager after "
            "that.\n"
            "The usual ladder is trainee crane operator → crane operator → lift "
            "supervisor.\n")
    guide = parse_text(page, "crane-operator.txt")
    moved = names(guide.leads_to) | names(guide.transitions_to)
    assert not any(t.split()[0] in ("Maybe", "Is") for t in moved)
    assert not any(rung.split()[0] == "Is" for chain in chains(guide) for rung in chain)


def test_a_pictures_placeholder_is_no_fact() -> None:
    page = ("Glazier\n"
            "Featured image\n"
            "Skills\n"
            "• Glass cutting\n")
    skills = names(parse_text(page, "glazier.txt").skills)
    assert "Glass cutting" in skills
    assert not any("image" in s.lower() for s in skills)


def test_a_bracket_of_manner_remarks_names_no_tool() -> None:
    page = ("Piano Tuner\n"
            "Skills you need\n"
            "- Tuning and voicing (by ear, not only with an app)\n"
            "- Regulation\n")
    skills = names(parse_text(page, "piano-tuner.txt").skills)
    assert not {"by ear", "not only with an app"} & skills


def test_sound_before_system_is_a_noun_not_a_qualifier() -> None:
    assert paired_skills("Sound system setup and basic fault finding") == [
        "Sound system setup", "fault finding"]
    assert paired_skills("Sound judgement and basic bookkeeping") == ["judgement", "bookkeeping"]


def test_a_wage_schedules_numbered_terms_are_no_skills() -> None:
    page = ("Sprinkler Fitter\n"
            "Skills\n"
            "- Pipe threading\n"
            "Stage 1 – 45% · Stage 2 – 55% · Stage 3 – 70%\n")
    skills = names(parse_text(page, "sprinkler-fitter.txt").skills)
    assert not any(s.startswith("Stage") for s in skills)
