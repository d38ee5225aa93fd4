"""Bench crafts and clinical coding as role titles (carry25): a trade history's breadcrumb
("Home › Crafts › Saddler") and a programme's outcomes row ("Clinical Coder ... 35%")
name the page's role.  Pages here are invented."""

from __future__ import annotations

from careergraph.guides import parse_text

HISTORY = """Old Crafts Society
Home  ›  Crafts  ›  Saddler

The saddler: a history

Saddlers were once called harness makers.

Today
An apprentice saddler trains for four years.
"""

OUTCOMES = """Harbour College  ·  Courses  ·  Apply
Certificate in Clinical Classification

Graduates work as
Clinical Coder ............ 35%
Medical Records Specialists  12%
"""


def test_a_trade_history_breadcrumb_names_a_bench_craft() -> None:
    guide = parse_text(HISTORY, "history.txt")
    assert guide.role is not None and guide.role.text == "Saddler"


def test_a_coder_row_heads_the_outcomes_table() -> None:
    guide = parse_text(OUTCOMES, "outcomes.txt")
    assert guide.role is not None and guide.role.text == "Clinical Coder"
