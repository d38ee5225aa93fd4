"""Languages a page asks for: a run of language names made a requirement by what follows it,
by opening a clause with "for", or by a word of proficiency before it.

Each test writes its own small page (invented roles and wording) and asserts the skills the
parser reads, beside mentions of a language that ask for nothing.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.languages import language_skills


def skills_of(page: str) -> set[str]:
    return {s.text for s in parse_text(page, "languages.txt").skills}


def test_languages_after_a_requirement_are_skills() -> None:
    page = ("Hotel Receptionist\n\nA Hotel Receptionist welcomes guests at the front desk.\n\n"
            "## What we look for\n\n"
            "- a first-aid certificate\n"
            "- Portuguese, Italian or Korean a plus\n"
            "- French language at B2 level\n")
    found = skills_of(page)
    assert {"Portuguese", "Italian", "Korean", "French"} <= found


def test_a_qualified_run_in_a_skills_list_gives_every_language() -> None:
    page = ("Site Supervisor\n\nA Site Supervisor runs the crews on a building site.\n\n"
            "## Skills\n\n- Reading setting-out drawings\n"
            "- Spoken Tagalog and Nepali/Bengali for the crews\n")
    found = skills_of(page)
    # (no other reader kept the skills item's first language, so it is read too)
    assert {"Tagalog", "Nepali", "Bengali"} <= found
    assert not {n for n in found if "/" in n or " and " in n}


def test_a_sentence_opening_with_languages_for_a_use() -> None:
    page = ("Extension Officer\n\nAn Extension Officer advises farmers on crops.\n\n"
            "## The job\n\nThe officer visits farms every week. Swahili and Somali for "
            "village meetings are expected.\n")
    assert {"Swahili", "Somali"} <= skills_of(page)


def test_a_language_beside_anything_else_asks_for_nothing() -> None:
    assert language_skills("She studied for an English degree before retraining.") == []
    assert language_skills("The site has Spanish and German layouts.") == []
    assert language_skills("Good Greek for the island clients") == []  # left to its readers
    assert language_skills("Good Greek for the island clients", qualified_first=True) == [
        "Greek"]
    assert language_skills("Greek is required; Turkish an advantage") == ["Greek", "Turkish"]
