"""Other rungs' pay in prose and on pay-statistics lines (helper fixes88, stop 56): a later
cell of a line of pay statistics ("…; Forklift Driver — average £2,300 per month") names its
own title; a ladder's rung described by a relative clause owns the bracketed pay after it
("… then general foreman who runs two sites (£210 per day)"); a place is matched whole (a
place opening with a title's word, "General Marsh", makes no "General Foreman" a placed
role); the "-ess" worker nouns ("seamstress", "waitress") are people's nouns, by a closed
list ("mattress", "address" stay things).  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.roles import practitioner_noun


def _owned(guide: object) -> dict[float | None, str | None]:
    """Each figure's low end and its owner (None: the page's role)."""
    return {b.min: b.role for b in guide.salaries}  # type: ignore[attr-defined]


_STATS = """\
Shelf Stacker – Night Shift – Walk-in interviews
Brindle Foods Hypermarket, Leeds
Salary & Benefits
£1,850 – £2,050 per month + shift allowance
Uniform and staff discount
Career: Our stackers grow as Shelf Stacker → Team Leader. Stackers who like driving can \
move to our Forklift Driver team.
Salary check (JobPulse data, Leeds): Shelf Stacker — average £1,900 per month; \
Forklift Driver — average £2,300 per month
"""


def test_a_later_stat_cell_names_its_own_title() -> None:
    owned = _owned(parse_text(_STATS, "shelf-stacker.txt"))
    assert owned[1900] is None  # the role's own average, first cell
    assert owned[2300] == "Forklift Driver"  # the next cell's title owns its average


_OWN_CELL = _STATS.replace("Forklift Driver — average £2,300", "Shelf Stacker — median £2,300")
_NO_TITLE = _STATS.replace("Forklift Driver — average £2,300", "Weekends — average £2,300")


def test_a_stat_cell_naming_the_role_or_no_title_stays_the_roles() -> None:
    assert _owned(parse_text(_OWN_CELL, "shelf-stacker.txt"))[2300] is None
    assert _owned(parse_text(_NO_TITLE, "shelf-stacker.txt"))[2300] is None


_LADDER = """\
Foreman – Tollgate Homes – Hiring now
Pay
£170 – £190 per day (depending on experience)
How you will go up
Most of our foremen came from within: from labourer to bricklayer, then foreman, then \
general foreman who runs two or more sites (£210 per day). Some moved to site safety after \
their course.
Same jobs nearby
Labourer – General Marsh – £120 per day
"""


def test_a_rung_described_by_a_relative_clause_owns_its_bracketed_pay() -> None:
    owned = _owned(parse_text(_LADDER, "foreman.txt"))
    assert owned[170] is None
    # the rung named before "who", though a place on the page opens with its first word
    assert owned[210] == "General Foreman"


_NO_RUNG = _LADDER.replace(
    "from labourer to bricklayer, then foreman, then general foreman who runs two or more "
    "sites (£210 per day)", "we keep people who run two or more sites (£210 per day)")
assert _NO_RUNG != _LADDER


def test_a_relative_clause_after_no_rung_leaves_the_figure_the_roles() -> None:
    owned = _owned(parse_text(_NO_RUNG, "foreman.txt"))
    assert owned.get(210, "unread") in (None, "unread")


def test_ess_worker_nouns_are_people_by_a_closed_list() -> None:
    assert all(practitioner_noun(w) for w in ("Seamstress", "waitresses", "hostess", "Actresses"))
    assert not any(practitioner_noun(w) for w in ("mattress", "address", "business", "process",
                                                    "access", "fitness", "Mattresses"))


_NET = """\
Weaver – Lindholt Textiles – Hot offer
900 – 1 100 EUR net monthly
We offer
- Transport to the plant with the company bus
Development in the company
The path is clear: weaver → loom setter (shift leader) → head of the weaving hall. \
A loom setter receives from 1 300 EUR net. Those who like computers can move on as a Jacquard \
Designer (from 1 500 EUR net) after a course.
Similar offers
Seamstress on an overlock machine – Ruse – 850 – 990 EUR net
"""


def test_net_floors_of_a_ladders_rungs_belong_to_their_titles() -> None:
    owned = _owned(parse_text(_NET, "weaver.txt"))
    assert owned[900] is None
    assert owned[1300] == "Loom Setter"  # the ladder's rung, the pay verb's subject
    assert owned[1500] == "Jacquard Designer"  # the post "as a" names, its bracketed floor


_NET_TAKE_HOME = _NET.replace("A loom setter receives from 1 300 EUR net.",
                              "A weaver receives from 1 300 EUR net.")


def test_a_net_floor_of_the_roles_own_holders_stays_the_roles() -> None:
    assert _owned(parse_text(_NET_TAKE_HOME, "weaver.txt")).get(1300, "unread") in (
        None, "unread")
