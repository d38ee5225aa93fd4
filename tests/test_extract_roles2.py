"""The page's role on career pages whose first lines are chrome or a label (helper roles2).

Each test writes its own small invented page in one structure real career sites use and
asserts the role the parser reads from it, and the signal that chose it.
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.roles import choose_role
from careergraph.guides.title_frames import unlabelled
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.from_lexicon(load_lexicon())


def role_of(page: str) -> tuple[str, str | None]:
    guide = parse_text(page, "page.txt")
    return guide.role.text, guide.role_signal


# -- a plural opening: any verb after a title the lexicon knows -------------------------------
def test_plural_opening_under_a_job_description_label_takes_any_verb() -> None:
    page = ("Job description\n\nDental hygienists clean teeth, take x-rays and teach patients "
            "how to look after their gums.\n\n  • Scale and polish teeth\n  • Record gum "
            "health\n\nSkills and qualities\n\nManual dexterity\n")
    assert role_of(page) == ("Dental Hygienist", "plural_opening")


def test_plural_subject_joined_to_another_is_no_opening(vocab: Vocabulary) -> None:
    lines = [(1, "Architects and engineers review every drawing before a site opens.")]
    assert choose_role(lines, vocab) is None


def test_plural_title_before_a_label_word_is_no_opening(vocab: Vocabulary) -> None:
    lines = [(1, "Roofers salary"), (2, "Pay guide")]
    choice = choose_role(lines, vocab)
    assert choice is None or choice.signal != "plural_opening"


def test_plural_opening_needs_a_sentence(vocab: Vocabulary) -> None:
    # (a short line with no full stop is a heading, whatever its second word)
    assert choose_role([(1, "Glaziers cut glass")], vocab) is None


# -- page titles and questions ----------------------------------------------------------------
def test_title_cut_from_its_tail_by_a_bullet() -> None:
    page = ("Glazier • Job Description, Salary & Hours\n\nIn short, glaziers cut and fit glass "
            "in windows, doors and shopfronts.\n")
    assert role_of(page) == ("Glazier", "page_title")


def test_learn_about_title_names_the_role() -> None:
    page = ("Learn About the Glazier Job Description, Pay, and Hours.\nWhat Does a Glazier "
            "Do?\nGlaziers cut and fit glass.\n")
    assert role_of(page) == ("Glazier", "page_title")


def test_pay_label_in_a_facts_box_is_no_title() -> None:
    page = ("Glaziers\nOverview\nIntroduction\nGlaziers cut and fit glass in windows and doors "
            "for homes, shops and offices.\nQuick Facts\nMedian Salary\nEmployment Prospects\n"
            "Earnings\nMedian annual earnings of glaziers were $48,000.\n")
    assert role_of(page) == ("Glazier", "title_line")


def test_faq_question_with_its_answer_on_the_same_line() -> None:
    page = ("Knowing the ladder matters for anyone planning a move into the trade in the next "
            "years.\nWhat does a stonemason do? A stonemason, often called a mason, shapes and "
            "sets stone for walls and monuments.\n")
    assert role_of(page) == ("Stonemason", "question")


# -- definitions, labels and inverted titles --------------------------------------------------
def test_lower_case_the_definition_at_the_page_head() -> None:
    page = ("About the Profession\n\nThe sonographer is the member of the imaging team who "
            "scans patients with ultrasound.\n\nSonographers and radiographers find work in "
            "clinics.\n")
    assert role_of(page) == ("Sonographer", "definition")


def test_label_before_a_sentence_case_title_is_dropped() -> None:
    page = ("Profession dental hygienist\n\nDental hygienists help patients keep their teeth "
            "and gums healthy.\n")
    assert role_of(page) == ("Dental Hygienist", "title_line")


def test_unlabelled_keeps_a_title_that_only_starts_like_a_label() -> None:
    assert unlabelled("Occupational Therapist") == "Occupational Therapist"
    assert unlabelled("Occupation tiler") == "Tiler"


def test_inverted_title_the_page_writes_once_the_plain_way() -> None:
    page = ("Hygienist, Dental\nActivitiesClean teeth and record gum health.\n\nWork "
            "ConditionsDental hygienists work in bright, clean surgeries.\n")
    assert role_of(page) == ("Dental Hygienist", "title_line")


def test_a_weak_opening_is_marked_late_and_yields_to_any_other_signal(
        vocab: Vocabulary) -> None:
    opening = (2, "Dental hygienists clean teeth, take x-rays and teach patients how to "
                  "look after their gums.")
    alone = choose_role([(1, "Job description"), opening], vocab)
    assert alone is not None and (alone.title, alone.late) == ("Dental Hygienist", True)
    titled = choose_role([(1, "Glazier Job Profile"), opening,
                          (3, "A glazier cuts and fits glass.")], vocab)
    assert titled is not None and (titled.title, titled.late) == ("Glazier", False)


def test_the_definition_of_a_thing_names_no_role(vocab: Vocabulary) -> None:
    assert choose_role([(1, "The salary is a fair one for the hours worked.")], vocab) is None
