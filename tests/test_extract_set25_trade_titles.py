"""Bench crafts and clinical coding as role titles (carry25): a trade history's breadcrumb
("Home › Crafts › Wheelwright") and a programme's outcomes row ("Clinical Coder ... 35%")
name the page's role.  Pages here are invented."""

from __future__ import annotations

from careergraph.guides import parse_text

HISTORY = """Old Crafts Society
Home  ›  Crafts  ›  Wheelwright

The wheelwright: a history

Wheelwrights were once called wainwrights.

Today
An apprentice wheelwright trains for four years.
"""

OUTCOMES = """Harbour College  ·  Courses  ·  Apply
Certificate in Clinical Classification

Graduates work as
Clinical Coder ............ 35%
Medical Records Specialists  12%
"""


def test_a_trade_history_breadcrumb_names_a_bench_craft() -> None:
    guide = parse_text(HISTORY, "history.txt")
    assert guide.role is not None and guide.role.text == "Wheelwright"


def test_a_coder_row_heads_the_outcomes_table() -> None:
    guide = parse_text(OUTCOMES, "outcomes.txt")
    assert guide.role is not None and guide.role.text == "Clinical Coder"


EXPLAINER = """Translated from German
Glazier: salary in the TV-L (2027)

What you need
 - glass cutting
 - sealants

Career
With further training a glazier can become master glazier.

Comments (2)
Write a comment
Imprint  ·  Privacy
"""


def test_a_bare_career_heading_ends_the_skills_list() -> None:
    guide = parse_text(EXPLAINER, "explainer.txt")
    skills = {s.text for s in guide.skills}
    assert {"glass cutting", "sealants"} <= skills
    assert not skills & {"Write a comment", "Imprint", "Privacy", "master glazier"}
