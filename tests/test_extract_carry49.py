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


def _bucket(text: str, file: str, bucket: str) -> list[str]:
    guide = parse_text(text, file)
    return [f.text for f in getattr(guide, bucket)]


_COMPARATORS = """\
Job Profile: Claims Analyst   Current Grade: 3
Comparators in the firm
Pricing Analyst — Grade 4, median paid £37,200
Claims Manager — Grade 7, £54,000 – £67,000
"""


def test_a_comparator_at_its_grade_owns_its_figure() -> None:
    bands = _bands(_COMPARATORS, "claims-analyst.txt")
    assert bands[(37200, 37200)][1] == "Pricing Analyst"
    assert bands[(54000, 67000)][1] == "Claims Manager"


def test_a_title_before_range_after_a_run_in_label_owns_the_range() -> None:
    text = ("Wiki   Recent ▾   Spaces ▾   + Create   Search…\n"
            "People Team / Compensation / Job Pricing 2026 / Platform\n"
            "Market Pricing Memo — Site Reliability Engineer (Job Code SRE-1234)\n"
            "6. Recommendation\n"
            "Lift the SRE I range to $67,000 – $77,000 – $87,000.\n"
            "For comparison only: Infrastructure Engineering Manager range $110,000 – "
            "$130,000 – $150,000; Cloud Security Architect median $102,200 (Oakfield).\n")
    bands = _bands(text, "site-reliability-engineer.txt")
    assert bands[(110000, 150000)][1] == "Infrastructure Engineering Manager"


def test_a_bare_title_item_after_the_semicolon_keeps_its_own_figure() -> None:
    text = ("Optical Assistant\nPAY   $19.00 – $21.00/hour\n"
            "Internal note (hidden from applicants): Licensed Optician reference range "
            "$25.00 – $30.00/hr; Lab Technician $16.00/hr.\n")
    bands = _bands(text, "optical-assistant.txt")
    assert bands[(16, 16)][1] == "Lab Technician"


def test_a_place_after_a_kind_of_firm_is_cut_from_the_sector() -> None:
    text = ("Job Profile: Claims Analyst\nPeer group: general insurers, building societies "
            "and insurance brokers outside London.\n")
    sectors = _bucket(text, "claims-analyst.txt", "sectors")
    assert "insurance brokers" in sectors
    assert not any("London" in s for s in sectors)


def test_a_sector_in_a_place_keeps_its_words() -> None:
    # only "outside", "across" and "throughout" a place are cut; "in London" stays
    text = ("Job Profile: Claims Analyst\nPeer group: general insurers, building societies "
            "and insurance brokers in London.\n")
    assert "insurance brokers in London" in _bucket(text, "claims-analyst.txt", "sectors")


def test_an_organisation_field_gives_the_firm_without_its_unit() -> None:
    text = ("Oracle HCM  ▸ Approvals  ▸ Job Pricing\nPRICING REQUEST — closed 16/11/2026\n"
            "Raised by: Head of Claims   Status: Completed\n"
            "Organisation: Wexley Mutual Insurance — Claims Operations\n"
            "Positions: P-01234 (vacant)   Job Profile: Claims Analyst   Current Grade: 3\n"
            "Reason: two candidates turned down offers on pay.\n")
    employers = _bucket(text, "claims-analyst.txt", "employers")
    assert "Wexley Mutual Insurance" in employers
    assert not any("Claims Operations" in e for e in employers)
