"""Skills named by a requirement sentence outside any skills section (openers in
``items._SKILL_OPENERS``, read by :func:`careergraph.guides.items.prose_skills` on every line).

Each page is invented for the test: "familiarity with", "experience with", "proficiency in",
"tools like / such as" and "calls for" before a list of two or more
short names, in an overview or a day-in-the-life paragraph, and sentences where the same
words introduce no list (one name, a clause) and so add no skill.
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.items import prose_skills
from careergraph.model import Guide


def skills(guide: Guide) -> set[str]:
    return {fact.text.lower() for fact in guide.skills}


def page(title: str, heading: str, paragraph: str) -> Guide:
    return parse_text(f"{title}\n\n## {heading}\n\n{paragraph}\n", "page.txt")


@pytest.mark.parametrize(("title", "sentence", "named"), [
    ("Kiln Engineer", "Familiarity with Quillon kiln software and Marrow flue probes is "
     "expected from the first week.", {"quillon kiln software", "marrow flue probes"}),
    ("Orchard Surveyor", "Most teams hire people with experience with drone mapping and "
     "soil coring.", {"drone mapping", "soil coring"}),
    ("Ledger Analyst", "Juniors build month-end packs with tools like Tallyfold or Brisket "
     "and review them with a manager.", {"tallyfold", "brisket"}),
    ("Harbour Rigger", "The work calls for load charting, knot tying and crane signalling.",
     {"load charting", "knot tying", "crane signalling"}),
])
def test_requirement_sentence_in_any_section(title: str, sentence: str,
                                             named: set[str]) -> None:
    """A requirement opener before a list names skills in an overview paragraph."""
    found = skills(page(title, "What the job is like", sentence))
    assert named <= found, found


@pytest.mark.parametrize("sentence", [
    # one name only: no list
    "Candidates with experience with Vantor will find the first month easier.",
    # the opener is followed by a clause, not names
    "The role calls for someone who enjoys early starts and long drives.",
    "Apprentices gain experience with whatever the senior fitter is working on that day.",
])
def test_no_list_after_opener(sentence: str) -> None:
    """The same words before a single name or a clause name no skills."""
    assert prose_skills(sentence, anywhere=True) == []


def test_opener_inside_a_word() -> None:
    """"tools like" inside "stools like" opens no list of skills."""
    assert prose_skills("The bar has high stools like benches and crates.", anywhere=True) == []


def test_choice_closed_by_and() -> None:
    """A list joined by "or" ends at the choice; "confidence with" ends a list too."""
    assert prose_skills("Juniors build packs with tools like Tallyfold or Brisket, and chase "
                        "late invoices.", anywhere=True) == ["Tallyfold", "Brisket"]
    assert prose_skills("The work calls for load charting, knot tying and confidence with "
                        "crane radios.", anywhere=True) == ["load charting", "knot tying"]
