"""Structures found on the generator's web pages on fresh seeds (fresh53): a handover note's
contact line that opens with a person's given name and surname ("Marcus Tillbury, Hearings
Clerk - my backup"), no verb and its tool.

Every page is invented here (roles, places, people, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text

ROUTINE_PAGE = ("Handover - Licensing Officer (Priya Casterton)\n"
                "\n"
                "What the job actually is\n"
                "The Licensing Officer keeps the taxi and premises licences moving.\n"
                "\n"
                "People\n"
                "- Marcus Tillbury, Hearings Clerk - my backup for the queue\n"
                "- Hana Orrell is waiting for the bundle figures\n")


def _skills(page: str) -> list[str]:
    return [s.text for s in parse_text(page, "licensing-officer.txt").skills]


def test_a_person_opening_a_contact_line_is_no_tool() -> None:
    skills = _skills(ROUTINE_PAGE)
    assert not any(name in skills for name in ("Tillbury", "Orrell", "Marcus Tillbury",
                                               "Hana Orrell"))


def test_a_verb_opening_a_duty_line_still_names_its_tool() -> None:
    page = ("LICENSING OFFICER\n"
            "Duties\n"
            "- Use Idox Uniform to log each renewal\n"
            "- Brief the committee clerk before hearings\n")
    assert "Idox Uniform" in _skills(page)
