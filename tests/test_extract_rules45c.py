"""Structures of pay owners found on a second pass over held-back set 45: a post one moves up
to and the band that move puts one on ("When you top up to a registered nurse you move to
Band 5 (from £…)"), a second post after a comma with its pay verb left out and a dash before
its figure ("…, the line supervisor – 30 000–34 000 UAH"), a one-word post's pay in lower case
in brackets ("(paraprofessional pay: $…)"), and a grade table's row naming two posts with a
slash ("L3 | Lookout / Site Warden | £18.00/hr") or a post by its initials spelled out in
brackets ("COSS (Controller of Site Safety)").  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.prose_pay_owners import other_than, prose_owner


def _pay(guide: object) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


def _known(text: str) -> bool:
    return text in {"Registered Nurse", "Staff Nurse", "Line Supervisor", "Paraprofessional",
                    "Shift Supervisor"}


_OPEN_DAY = """\
Healthcare Assistant open day at Fernmoor General Hospital

Pay
Healthcare Assistants are employed on Band 3 (£24,625 – £26,835). When you top up to a \
registered nurse you move to Band 5 (from £31,049). Unsocial hours enhancements are on top.
"""


def test_a_post_one_moves_up_to_owns_the_band_it_puts_one_on() -> None:
    pay = _pay(parse_text(_OPEN_DAY, "openday.txt"))
    assert (31049, None, "Registered Nurse") in pay
    assert (24625, 26835, None) in pay


def test_moving_up_to_a_band_without_a_post_keeps_the_figure() -> None:
    assert prose_owner("When you top up to a registered nurse you move to Band 5 (from ",
                       _known) == "Registered Nurse"
    assert prose_owner("After two years you move to Band 4 (from ", _known) is None
    assert prose_owner("Once you qualify as a shift supervisor you go onto Grade 6 (",
                       _known) == "Shift Supervisor"


_FACTORY = """\
Machinist (sewing machine operator) — Dubrava garment works
We offer:
• salary: piecework, from 17 000 UAH (depends on output);
Career and pay:
An experienced machinist can become a line supervisor. Pressers earn from 26 000 UAH, \
the line supervisor – 30 000–34 000 UAH. Some moved to quality control.
"""


def test_a_gapped_post_after_a_comma_and_a_dash_owns_its_figure() -> None:
    pay = _pay(parse_text(_FACTORY, "factory.txt"))
    assert (30000, 34000, "Line Supervisor") in pay
    assert (17000, None, None) in pay


def test_a_gapped_dash_needs_a_known_post() -> None:
    assert prose_owner(", the line supervisor – ", _known) == "Line Supervisor"
    assert prose_owner(", the starting salary – ", _known) is None
    assert prose_owner("The line supervisor – ", _known) is None  # (no gapped clause)


_NOTICE = """\
NOTICE OF FILING — Brantley Parish School Board
Job title: Special Education Teacher
Department note: many of our teachers started as paraprofessionals in our classrooms \
(paraprofessional pay: $22,600 - $27,100). Offered salary: $52,300 - $58,940 per year.
"""


def test_a_one_word_post_s_pay_in_brackets_is_that_post_s() -> None:
    pay = _pay(parse_text(_NOTICE, "notice.txt"))
    assert (22600, 27100, "Paraprofessional") in pay
    assert (52300, 58940, None) in pay


def test_a_one_word_bracket_owner_must_be_a_known_post() -> None:
    assert prose_owner("(paraprofessional pay: ", _known) == "Paraprofessional"
    assert prose_owner("(overtime pay: ", _known) is None
    assert prose_owner("paraprofessional pay: ", _known) is None  # (no bracket)


def test_a_lone_core_word_outside_the_role_is_another_post() -> None:
    assert other_than("Registered Nurse", "Nursing Associate")
    assert other_than("Paraprofessional", "Special Education Teacher")
    assert not other_than("Senior Nurse", "Mental Health Nurse")  # (the role at a level)
    assert not other_than("Trainee", "Special Education Teacher")  # (its learners)


_GRADES = """\
Track Operative — skills log export, Ashgrove Rail Services

PAY & PROGRESSION (basic per hour)
Grade | Title | Basic rate
L1 | Track Operative (trainee) | £15.10/hr
L2 | Track Operative (signed off) | £17.40/hr
L3 | Lookout / Site Warden | £18.00/hr
L4 | COSS (Controller of Site Safety) | £21.75/hr
L5 | Track Chargehand | £24.00/hr
"""


def test_a_slashed_grade_row_pays_each_post_and_spelled_initials_name_a_post() -> None:
    pay = _pay(parse_text(_GRADES, "grades.txt"))
    assert (18.0, 18.0, "Lookout") in pay and (18.0, 18.0, "Site Warden") in pay
    assert (21.75, 21.75, "COSS") in pay
    assert (24.0, 24.0, "Track Chargehand") in pay
    assert (18.0, 18.0, None) not in pay and (21.75, 21.75, None) not in pay


_DUTY_ROWS = """\
Warehouse Operative — pay sheet, Kellbridge Logistics

Grade | Work | Rate
W1 | Picking / Packing | £12.60/hr
W2 | Loading (HGV bay) | £13.10/hr
"""


def test_a_slashed_duty_row_and_a_bracket_that_spells_nothing_stay_the_role_s() -> None:
    pay = _pay(parse_text(_DUTY_ROWS, "duties.txt"))
    assert not {role for _, _, role in pay} & {"Picking", "Packing", "Loading", "HGV"}


_PARK = """\
HOLLINGFORD WATER PARK   Tickets | Season Passes | Jobs
Lifeguard Recruitment Day — 2027 Season

We're hiring 40 Lifeguards to supervise our pools and slides from April to October.

Hollingford Water Park is part of the Brightmere Leisure group. Our Slides Crew is part of \
the Aquatics group too.

© Hollingford Water Park Ltd 2026 · Terms · Privacy
"""


def test_a_firm_part_of_a_group_names_both_and_a_department_neither() -> None:
    employers = {f.text for f in parse_text(_PARK, "park.txt").employers}
    assert {"Hollingford Water Park", "Brightmere Leisure"} <= employers
    assert not employers & {"Slides Crew", "Our Slides Crew", "Aquatics"}
