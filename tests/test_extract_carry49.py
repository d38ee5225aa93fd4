"""Structures of set 49's generated page families read at scale (carry49): an HR system's
pricing request listing its grade ranges, one grade naming its title in brackets ("Grade 5
(Senior X): £…"), and a job board's draft whose boost step prices the post by the day
("Sponsor for $24 a day").  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text

_REQUEST = """\
Job Profile: Claims Analyst   Current Grade: 3
Our ranges
Grade 3 (current): £32,000 – £41,000 (midpoint £36,500)
Grade 4: £35,000 – £46,000 (midpoint £40,500)
Grade 5 (Senior Claims Analyst): £44,000 – £53,000
Comparators in the firm
Claims Manager — £54,000 – £67,000
"""


def _bands(text: str, file: str) -> dict[tuple[float | None, float | None], tuple[str | None,
                                                                                    str | None]]:
    guide = parse_text(text, file)
    return {(b.min, b.max): (b.level, b.role) for b in guide.salaries}


def test_a_grade_naming_its_senior_title_in_brackets_is_the_roles_senior_range() -> None:
    bands = _bands(_REQUEST, "claims-analyst.txt")
    assert bands[(44000, 53000)] == ("senior", None)
    assert bands[(32000, 41000)] == (None, None)


def test_the_lines_after_a_bracketed_grade_are_not_the_grades_title() -> None:
    bands = _bands(_REQUEST, "claims-analyst.txt")
    level, role = bands[(54000, 67000)]
    assert role == "Claims Manager" and level is None


def test_a_grade_line_without_brackets_keeps_no_title() -> None:
    text = _REQUEST.replace("Grade 5 (Senior Claims Analyst):", "Grade 5:")
    bands = _bands(text, "claims-analyst.txt")
    assert bands[(44000, 53000)] == ("Grade 5", None)


_DRAFT = """\
Pool Service Technician
Pay   $20.00 – $27.00 an hour
⑤ Boost — Sponsor for $24 a day and reach 3× as many seekers.
"""


def test_a_drafts_daily_sponsorship_price_is_no_pay() -> None:
    bands = _bands(_DRAFT, "pool-service-technician.txt")
    assert (20, 27) in bands
    assert (24, 24) not in bands


def test_a_figure_without_the_sponsor_cue_is_still_read() -> None:
    # the cue, not the boost step's place, makes the figure no pay
    text = _DRAFT.replace("Sponsor for $24 a day and reach", "$24 a day to reach")
    bands = _bands(text, "pool-service-technician.txt")
    assert (24, 24) in bands
