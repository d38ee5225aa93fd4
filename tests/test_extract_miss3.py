"""Missed facts found by a third count of every set's misses by line form (helper miss3,
stop 43).

- A TAFE course's outcomes panel ("Median full-time starting salary A$…", "… employed
  within 6 months", "Graduates work as") is an outcomes disclosure, so its "What you'll
  learn" list names skills.
- The topics an exam notice says its test asks about are skills: "The test may include
  questions on A; B; C"; a question put to the reader ("Exam questions on leave? Call …")
  names none, and an interview report's topics stay with the interview-report reader (it
  knows whose interview it was).
- The role's people named again with "also need" ("Our people also need A, B and C", "…, and
  our surveyors also need A and B") list skills; "They also need to …" is a duty, no list.
- What hirers "look for" ("Employers look for A, B and C", "we look for A and B") lists
  skills; "a similar X" in that list names nothing of its own.
- A list cut by the reader's length limit loses its last, partial item ("Attention to" of
  "Attention to Detail"), and "Deep Learning" keeps its first word.

Every page is invented here (roles, names, bodies, figures).
"""

from __future__ import annotations

from tests.guide_facts import names

from careergraph.guides import parse_text
from careergraph.guides.items import prose_skills, questioned_skills

OUTCOMES = "\n".join((
    "Kestrel Vale TAFE  ·  Courses  ·  Apply", "Certificate IV in Surveying", "",
    "84% of graduates employed within 6 months  |  Median full-time starting salary A$71,500",
    "", "Graduates work as", "Survey Technician ........... 51%",
    "Drafting Officer ............. 18%", "",
    "What you'll learn", " - traverse adjustment", " - total station setup",
    " - cadastral searches", "", "Fees: $6,400", ""))


def _skills(text: str, name: str) -> set[str]:
    return {skill.lower() for skill in names(parse_text(text, name).skills)}


def test_an_outcomes_panel_lists_what_the_course_teaches() -> None:
    skills = _skills(OUTCOMES, "survey-technician.outcomes.txt")
    assert {"traverse adjustment", "total station setup", "cadastral searches"} <= skills


def test_a_median_salary_alone_makes_no_outcomes_page() -> None:
    page = ("Survey Technician\n\nMedian full-time starting salary A$71,500.\n\n"
            "What you'll learn\n - the history of the trade\n - how to read this guide\n")
    assert "how to read this guide" not in _skills(page, "survey-technician.txt")


def test_an_exam_notice_topics_split_by_semicolons() -> None:
    text = ("A written test. It may include questions on pump curves; pipe sizing (WSAA); "
            "backflow testing; site records.")
    assert questioned_skills(text) == ["pump curves", "pipe sizing", "WSAA",
                                       "backflow testing", "site records"]


def test_a_question_to_the_reader_names_no_topics() -> None:
    assert questioned_skills("Exam questions on rosters, leave or overtime? Ask the depot.") == []
    assert prose_skills("If you have questions about the form, contact Dana Reyes.",
                        anywhere=True) == []


def test_also_need_after_the_role_people() -> None:
    assert prose_skills("Our people also need rope access, crane signalling and first aid.",
                        anywhere=True) == ["rope access", "crane signalling", "first aid"]
    assert prose_skills("The depot runs on Maximo, and our fitters also need hydraulics "
                        "and gas welding.", anywhere=True) == ["hydraulics", "gas welding"]
    assert prose_skills("They also need to keep calm and work fast.", anywhere=True) == []


def test_what_hirers_look_for() -> None:
    assert prose_skills("Employers look for Sage or a similar package, payroll and VAT "
                        "returns.", anywhere=True) == ["Sage", "payroll", "VAT returns"]
    assert prose_skills("No formal entry rules, but we look for map reading, stamina and "
                        "calm.", anywhere=True) == ["map reading", "stamina", "calm"]
    assert prose_skills("Look for jobs on Reed, Indeed and LinkedIn.", anywhere=True) == []


def test_a_long_list_cut_mid_item_loses_the_stub() -> None:
    listed = ", ".join(["Skill Numbers Zero One", *(f"Skill Number {n:02d}" for n in range(2, 14))])
    text = f"Employers look for {listed}, Attention to Detail and Kubernetes."
    assert text.index(" Detail") == len("Employers look for ") + 240  # the reader's limit
    found = prose_skills(text, anywhere=True)
    assert found[-1] == "Skill Number 13" and "Attention to" not in found


def test_deep_learning_is_a_name() -> None:
    assert prose_skills("Employers look for Deep Learning, Rust and SQL.", anywhere=True) == [
        "Deep Learning", "Rust", "SQL"]
