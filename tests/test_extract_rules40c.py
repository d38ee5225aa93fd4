"""Structures found by the second pass over held-back set 40 (rules40c): a requisition's
labelled minimum / midpoint / maximum strip with its period after each figure, a relief
pool's compared rates with a grade and a spinal column point after each title, and further
owners of other posts' figures."""

from __future__ import annotations

from careergraph.guides import parse_text


def _salaries(text: str, name: str) -> set[tuple[float | None, float | None, str | None]]:
    return {(s.min, s.max, s.role) for s in parse_text(text, name).salaries}


_REQUISITION = """\
Print view - Requisition 31-0442 - Page 1 of 2
Job Profile: Dietary Aide Lead
Grade: H05
Compensation Range:   Minimum $18.10/hr   |   Midpoint $21.20/hr   |   Maximum $24.30/hr
Summary
Leads the dietary aides on the evening tray line.
"""


def test_labelled_extremes_with_their_period_are_one_band() -> None:
    found = _salaries(_REQUISITION, "dietary-aide-lead.txt")
    assert (18.1, 24.3, None) in found
    assert (18.1, 18.1, None) not in found and (24.3, 24.3, None) not in found
    assert (21.2, 21.2, None) in found  # the midpoint stays a figure of its own


_RELIEF = """\
Relief Caretaker - join the Eastmarsh Facilities relief pool
Relief pay
Grade 4, SCP 7-8:  £13.02 - £13.31 per hour
(For comparison: Relief Cleaner, Grade 2 SCP 4 - £12.52 per hour; Site Supervisor, Grade 6 - \
£14.40 - £15.05 per hour, permanent posts only.)
"""


def test_compared_titles_with_grade_and_spinal_point_own_their_rates() -> None:
    found = _salaries(_RELIEF, "relief-caretaker.txt")
    assert (12.52, 12.52, "Relief Cleaner") in found
    assert (14.4, 15.05, "Site Supervisor") in found
    assert not any(low in (4, 7) for low, _, _ in found)  # no spinal point read as a figure
