"""Leftovers of held-back set 58 (stop 67): a ladder's classes of a role the page names at one
class (its grades, no rungs), an improvement plan's voluntary demotion to another title's class
(a lateral move, its pay range that title's), and a translated board's breadcrumb opening with
its "Main" page (site chrome, no skill).  Every page here is invented."""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon
from careergraph.model import Guide

VOCAB = Vocabulary.from_lexicon(load_lexicon())  # (once for the module's pages)

_PLAN = (
    "Claims Examiner\n"
    "PERFORMANCE IMPROVEMENT PLAN\n"
    "Employee: Lee Park    Classification: Claims Examiner II    Department: Benefits\n"
    "Background: your work has not met the standards of the Claims Examiner II class in the"
    " areas below.\n"
    "Required knowledge and skills: claims adjudication; medical terminology; customer"
    " service.\n"
    "Progression note (class series): Claims Examiner I → Claims Examiner II → Senior Claims"
    " Examiner → Claims Supervisor.\n"
    "Consequences: Failure to meet the standards may result in an extension, a voluntary"
    " demotion to Records Clerk II (Range 30: $19.10 – $24.40/hour), or discipline.\n"
)


@pytest.fixture(scope="module")
def plan() -> Guide:
    return parse_text(_PLAN, "plan.txt", vocab=VOCAB)


def test_the_ladders_classes_of_a_role_named_at_one_class_are_the_role(plan: Guide) -> None:
    assert plan.role.text == "Claims Examiner"
    chains = [[fact.text for fact in chain] for chain in plan.progressions]
    assert ["Claims Examiner", "Senior Claims Examiner", "Claims Supervisor"] in chains
    assert not any("Claims Examiner I" in chain for chain in chains)


def test_a_voluntary_demotion_to_another_titles_class_is_a_lateral_move(plan: Guide) -> None:
    assert "Records Clerk II" in [fact.text for fact in plan.transitions_to]
    owned = [(s.min, s.max, s.role) for s in plan.salaries if s.min == 19.10]
    assert owned == [(19.10, 24.40, "Records Clerk II")]


def test_a_page_printing_two_classes_outside_its_ladder_keeps_them_as_rungs() -> None:
    page = ("Claims Examiner\n"
            "Claims Examiner I: learns the claims system under close review.\n"
            "Claims Examiner II: handles complex claims alone.\n"
            "Career path: Claims Examiner I → Claims Examiner II → Claims Supervisor\n")
    guide = parse_text(page, "series.txt", vocab=VOCAB)
    chains = [[fact.text for fact in chain] for chain in guide.progressions]
    assert any("Claims Examiner I" in chain for chain in chains)


def test_a_translated_boards_main_page_breadcrumb_names_no_skill() -> None:
    page = ("Translated from: Russian ▸ English\n"
            "JobBoard  Find a job   Companies\n"
            "Main / IT, telecommunications / Software development / Python\n"
            "Python developer\n"
            "Orbit Data LLC\n"
            "We build payment software for banks.\n")
    guide = parse_text(page, "crumb.txt", vocab=VOCAB)
    assert not [fact.text for fact in guide.skills if fact.source.line == 3]
