"""Defects this stop's helpers noticed, each on an invented page (helper fixes74)."""

import pytest
from benchmarks.extraction import facts_of

from careergraph.guides.read import parse_text

_KENNEL_PAGE = """Kennel Hand

What does a kennel hand do?
Kennel hands feed, walk and groom dogs at boarding kennels and rescue centres.

Skills
You'll need {skill} and a calm manner with nervous animals.
"""


@pytest.mark.parametrize("skill", ["clear spoken and written communication skills",
                                   "good verbal and written communication skills"])
def test_two_modifiers_of_a_compound_head_are_one_skill(skill: str) -> None:
    skills = set(facts_of(parse_text(_KENNEL_PAGE.format(skill=skill), "kennel-hand.txt")
                          ).skills)
    whole = skill.split(" ", 1)[1]
    assert whole in skills  # kept whole, as "written and verbal communication" is
    assert not {"spoken skills", "verbal skills", "written skills"} & skills


_ROOFER_PAGE = """Roof Tiler

Where could you work?
Roof tilers find work in a wide variety of sectors that include housebuilders, churches, \
schools and stately homes, among many others.
"""


def test_a_closing_among_many_others_is_no_sector() -> None:
    sectors = set(facts_of(parse_text(_ROOFER_PAGE, "roof-tiler.txt")).sectors)
    assert {"churches", "schools", "stately homes"} <= sectors
    assert not any("others" in sector for sector in sectors)


_GREENGROCER_PAGE = """Greengrocer's Assistant at Podfield Produce – vacancy

The assistant keeps the shop's displays full and fresh through the morning rush, and learns \
how the produce is bought at the wholesale market.

Your tasks:
{mark}
Stacking crates of fruit on the pavement stands
{mark}
Weighing loose vegetables for customers
{mark}
Rotating stock so the oldest sells first

Pay: £12.10 an hour
"""


@pytest.mark.parametrize("mark", ["-", "•", "·", "▪"])
def test_a_bullet_alone_on_its_line_marks_the_next_line_as_an_item(mark: str) -> None:
    guide = parse_text(_GREENGROCER_PAGE.format(mark=mark), "greengrocers-assistant.txt")
    assert [duty.text for duty in guide.responsibilities] == [
        "Stacking crates of fruit on the pavement stands",
        "Weighing loose vegetables for customers",
        "Rotating stock so the oldest sells first"]


_TAILOR_PAGE = """Tailor

How much does a tailor earn?
An apprentice tailor in a city workshop earns from {low} to {high} a month.
"""


def test_a_known_misspelling_of_a_currency_code_reads_as_that_code() -> None:
    pay = {(s.currency, s.min, s.max) for s in parse_text(
        _TAILOR_PAGE.format(low="NRN 65,000", high="NRN 90,000"), "tailor.txt").salaries}
    assert pay == {("NGN", 65000, 90000)}


def test_an_unknown_code_before_a_figure_stays_no_currency() -> None:
    pay = {s.currency for s in parse_text(
        _TAILOR_PAGE.format(low="QZX 65,000", high="QZX 90,000"), "tailor.txt").salaries}
    assert "NGN" not in pay


_NOTICE_PAGE = """TOWN OF WILLOWMERE — HUMAN RESOURCES OFFICE
NOTICE OF OPEN COMPETITIVE EXAMINATION

ELEVATOR MECHANIC'S HELPER

WHAT THE JOB INVOLVES
Helpers of the Buildings Bureau assist mechanics with the upkeep of lifts in town buildings.

ADVANCEMENT
Employees in this title may be promoted to the title Elevator Mechanic. The promotion line \
then goes on to Elevator Maintenance Supervisor.
"""


def test_a_promotion_line_going_on_steps_from_the_rung_just_named() -> None:
    moves = set(facts_of(parse_text(_NOTICE_PAGE, "elevator-mechanics-helper.txt")).moves)
    assert ("Elevator Mechanic", "Elevator Maintenance Supervisor") in moves
    assert ("@self", "Elevator Maintenance Supervisor") not in moves


_FORUM_PAGE = """Ask the Trade
What does it take to become a head brewer, and what is the pay like?
Answer from Tamsin Okoro
Head Brewer, 2011–present
I have brewed for fifteen years, so here is how it went for me.
The route: you start as a cellar hand at a small brewery, learn the kit, then move up to \
assistant brewer and then shift brewer and then head brewer.
Pay: a head brewer at a regional brewery earns about £38,000.
"""


def test_a_ladder_told_from_its_first_rung_up_to_the_role() -> None:
    moves = set(facts_of(parse_text(_FORUM_PAGE, "head-brewer.qanda.txt")).moves)
    assert {("Cellar Hand", "Assistant Brewer"), ("Assistant Brewer", "Shift Brewer"),
            ("Shift Brewer", "@self")} <= moves
    assert ("Cellar Hand", "@self") not in moves  # the first rung, no entry to the role
    assert ("@self", "Assistant Brewer") not in moves  # a rung below it, no move up


_PICKER_PAGE = """Order Picker

Where could you work?
- supermarket depots
- in their warehouses
- parcel hubs
"""


def test_a_possessive_workplace_opens_no_sector() -> None:
    sectors = set(facts_of(parse_text(_PICKER_PAGE, "order-picker.txt")).sectors)
    assert {"supermarket depots", "parcel hubs"} <= sectors
    assert not any("their" in sector for sector in sectors)
