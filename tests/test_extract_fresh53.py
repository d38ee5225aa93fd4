"""Structures found on the generator's web pages on fresh seeds (fresh53): a handover note's
table of recurring work, whose task column names skills beside the systems they are done in,
and a contact line that opens with a person's given name and surname, no verb and its tool.

Every page is invented here (roles, places, people, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text

ROUTINE_PAGE = ("Handover - Licensing Officer (Priya Casterton)\n"
                "\n"
                "What the job actually is\n"
                "The Licensing Officer keeps the taxi and premises licences moving.\n"
                "\n"
                "Routine\n"
                "| Activity               | How often  | System      |\n"
                "|------------------------|------------|-------------|\n"
                "| Renewal checks         | daily      | Idox Uniform |\n"
                "| Hearing bundles        | monthly    | SharePoint  |\n"
                "| Fee reconciliation     | quarterly  | Agresso     |\n"
                "\n"
                "People\n"
                "- Marcus Tillbury, Hearings Clerk - my backup for the queue\n"
                "- Hana Orrell is waiting for the bundle figures\n")


def _skills(page: str) -> list[str]:
    return [s.text for s in parse_text(page, "licensing-officer.txt").skills]


def test_the_task_column_of_a_recurring_work_table_names_skills() -> None:
    skills = _skills(ROUTINE_PAGE)
    assert {"Renewal checks", "Hearing bundles", "Fee reconciliation"} <= set(skills)
    assert {"Idox Uniform", "SharePoint", "Agresso"} <= set(skills)  # (the systems, as before)
    assert not any(cell in skills for cell in ("daily", "monthly", "quarterly"))


def test_a_long_activity_in_the_task_column_is_no_skill_as_it_stands() -> None:
    page = ROUTINE_PAGE.replace("| Hearing bundles        |",
                                "| Bundles for the committee hearing |")
    page = page.replace("| Fee reconciliation     |", "| CCTV footage requests |")
    skills = _skills(page)
    assert "Renewal checks" in skills
    assert not any(name.startswith(("Bundles", "CCTV")) for name in skills)


def test_a_task_column_outside_a_recurring_work_table_names_nothing() -> None:
    page = ("Project plan - Licensing Officer\n"
            "| Task              | Owner        | Due      |\n"
            "|-------------------|--------------|----------|\n"
            "| Renewal checks    | Team A       | March    |\n"
            "| Hearing bundles   | Team B       | April    |\n")
    skills = _skills(page)
    assert "Renewal checks" not in skills and "Hearing bundles" not in skills


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
