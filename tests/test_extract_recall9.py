"""Skills recall: duties and kit told in prose (helper recall9, stop 48).

- A duty told with "he"/"she" ends each clause at its own time, relative clause or manner
  ("cuts leather according to the pattern, installs girth straps …"): the clauses after it,
  each opening with its own duty verb, are still read; before, the first "according to"
  ended the whole told span and the kit of the later clauses was lost.
- A lower-case bracket after a told duty's object is its gloss or its word in another
  language ("girth straps (sangles)"), no kit; a capitalised one names a make ("(Juki)").

Every page is invented here (roles, names, firms, figures).
"""

from __future__ import annotations

from tests.guide_facts import names

from careergraph.guides import parse_text
from careergraph.guides.duty_objects import subject_duty_objects


def test_a_manner_ends_its_own_clause_only() -> None:
    told = ("She cuts the leather according to the pattern, stitches the seams by hand, "
            "installs girth straps and stirrup bars and fits saddle trees.")
    assert subject_duty_objects(told) == ["girth straps", "stirrup bars", "saddle trees"]
    # (a time or a relative clause inside one clause still ends that clause)
    assert subject_duty_objects("He checks the cables that carry the cabins, then he "
                                "installs sheave liners.") == ["cables", "sheave liners"]


def test_the_sentence_still_ends_the_told_duty() -> None:
    assert subject_duty_objects("He installs gutters. Installs and fits are his words.") == [
        "gutters"]


def test_a_lower_case_bracket_is_a_gloss_not_kit() -> None:
    told = "He installs girth straps (sangles) and fits panels (Wintec)."
    assert subject_duty_objects(told) == ["girth straps", "panels", "Wintec"]


def test_a_saddlers_page_keeps_the_kit_of_every_clause() -> None:
    page = "\n".join((
        "Saddler", "",
        "What a saddler does",
        "A saddler makes and mends saddles, bridles and harness for riders and drivers. "
        "She cuts the leather according to the rider's measurements, stitches the seams by "
        "hand, installs girth straps and stirrup bars (etriers) and fits saddle trees.", "",
        "Pay",
        "Saddlers at Brackenfold Leatherworks earn £24,800 a year.", ""))
    skills = {s.lower() for s in names(parse_text(page, "saddler.txt").skills)}
    assert {"girth straps", "stirrup bars", "saddle trees"} <= skills
    assert "etriers" not in skills

