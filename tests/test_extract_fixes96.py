"""Structures of helper fixes96 (stop 58): a row of the role's own dotted pay table named by a
scope of practice ("extended scope practitioner ....") is the role at that level; a line naming
where a table's figures come from ("Data: … Salary Tracker 2026") labels none of them; a
dotted row's stage ("newly qualified", "3–5 years") is its level and the next dotted row is no
wrapped sentence; a whole-trade median takes the region its table's heading states; a level
line's post after its short name ("Level 2 - Team Leader: … as X Team Leader").  Every page
here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.level_rows import (
    attribution_line,
    heading_region,
    level_post,
    row_stage,
    scope_of_practice,
)


def _bands(guide: object) -> dict[tuple[float | None, float | None], object]:
    return {(b.min, b.max): b for b in guide.salaries}  # type: ignore[attr-defined]


def _ladder(guide: object) -> list[list[str]]:
    return [[f.text for f in chain] for chain in guide.progressions]  # type: ignore[attr-defined]


_TABLE = """\
the gait gazette — careers & pay
MONEY | What podiatrists earn in 2026

what are podiatrists paid? (UK, gross basic, 2026)
Data: Foot Health Pay Monitor 2026
newly qualified ......................... £31,000 – £36,500
4–6 years ............................... £38,000 – £44,000
advanced practitioner ................... £46,500 – £51,000
nurse practitioner ...................... £49,000 – £55,000
podiatry service manager ................ £56,000 – £66,000
median, all podiatrists ................. £41,200
"""


def test_a_scope_of_practice_row_is_the_role_at_that_level() -> None:
    bands = _bands(parse_text(_TABLE, "podiatrist.txt"))
    advanced = bands[(46500, 51000)]
    assert advanced.role is None  # type: ignore[attr-defined]
    assert advanced.level == "advanced practitioner"  # type: ignore[attr-defined]


def test_a_row_naming_an_occupation_stays_that_titles() -> None:
    bands = _bands(parse_text(_TABLE, "podiatrist.txt"))
    assert bands[(49000, 55000)].role == "Nurse Practitioner"  # type: ignore[attr-defined]
    assert bands[(56000, 66000)].role == "Podiatry Service Manager"  # type: ignore[attr-defined]


def test_the_data_line_labels_no_figure() -> None:
    guide = parse_text(_TABLE, "podiatrist.txt")
    labels = {b.label for b in guide.salaries}
    assert labels and not any("Monitor" in label for label in labels)
    assert labels == {"What are podiatrists paid? (UK, gross basic, 2026)"}


def test_stage_rows_give_their_level_and_keep_their_own_note() -> None:
    bands = _bands(parse_text(_TABLE, "podiatrist.txt"))
    first, second = bands[(31000, 36500)], bands[(38000, 44000)]
    assert first.level == "newly qualified"  # type: ignore[attr-defined]
    assert second.level == "4–6 years"  # type: ignore[attr-defined]
    assert "4–6" not in (first.note or "")  # type: ignore[attr-defined]


def test_the_whole_trade_median_takes_the_headings_region() -> None:
    bands = _bands(parse_text(_TABLE, "podiatrist.txt"))
    assert bands[(41200, 41200)].region == "UK"  # type: ignore[attr-defined]
    assert bands[(31000, 36500)].region is None  # type: ignore[attr-defined]


def test_a_heading_with_no_region_gives_none() -> None:
    page = _TABLE.replace("(UK, gross basic, 2026)", "(gross basic, 2026)")
    bands = _bands(parse_text(page, "podiatrist.txt"))
    assert bands[(41200, 41200)].region is None  # type: ignore[attr-defined]


def test_the_vocabulary_functions() -> None:
    assert scope_of_practice("extended scope practitioner")
    assert scope_of_practice("Independent Prescribers")
    assert not scope_of_practice("general practitioner")
    assert not scope_of_practice("operating department practitioner")
    assert not scope_of_practice("clinical lead podiatrist")
    assert row_stage("2–4 years registered") == "2–4 years registered"
    assert row_stage("Band 6 team") is None
    assert attribution_line("Source: a regional wage survey")
    assert attribution_line("Based on 640 salaries")
    assert not attribution_line("Salary by region")
    assert heading_region("Pay (US, base, 2026)") == "US"
    assert heading_region("Pay (UK or US)") is None


def test_a_source_line_among_paragraphs_stays_out_of_labels() -> None:
    page = """\
Orthoptist

How much do orthoptists earn?
Source: Allied Eye Care Salary Survey 2026
Most orthoptists earn £33,000 – £40,000 a year.
"""
    labels = {b.label for b in parse_text(page, "orthoptist.txt").salaries}
    assert labels and not any("Survey" in label for label in labels)


_ROSTER = """\
Relief Waterworks  |  About  Careers  DONATE
Roster profile  WS-02
Water Engineer (Surge Roster)
Deployment levelsLevel 1 - Team Member: deploys as Water Engineer under a team leader, 6 weeks.
Level 2 - Team Leader: leads 5-15 national engineers and technicians on site as Water Supply \
Team Leader, 2-3 months.
Level 3 - Coordinator: Water Supply Coordinator for a country response, 3-6 months.
Members move up a level after two deployments.
"""


def test_a_level_line_gives_the_post_after_its_short_name() -> None:
    ladder = _ladder(parse_text(_ROSTER, "water-engineer.txt"))
    assert ["Water Engineer", "Water Supply Team Leader", "Water Supply Coordinator"] in ladder
    assert not any("Team Member" in step or step == "Team Leader" for chain in ladder
                   for step in chain)


def test_level_post_needs_a_fuller_name_or_a_known_title() -> None:
    known = {"Water Engineer", "Water Supply Team Leader"}.__contains__
    assert level_post("Level 2 - Team Leader: leads a crew of eight, 2 months.", known) is None
    assert level_post("Level 2 - Team Leader: acts as lead for the crew.", known) is None
    assert level_post("Level 1 - Team Member: deploys as Water Engineer.", known) == (
        "Water Engineer")
