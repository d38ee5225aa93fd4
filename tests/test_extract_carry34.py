"""Structures of set 34's page types as the generator varies them (helper carry34): a tick
list's sentence opening with an article, a labelled pay line holding a second labelled item,
a skills strip running into a labelled list, and an elided second move in one sentence."""

from __future__ import annotations

from careergraph.guides import parse_text


def _pay(guide: object) -> list[tuple[float, float, str | None]]:
    return [(s.min, s.max, s.role) for s in guide.salaries]  # type: ignore[attr-defined]


_RESTART = """\
KESTREL SOFTWARE  Careers · Returners · Students · Search

COMEBACK@KESTREL — a 12-week paid returnship

Returnship for QA Engineers (Test Engineer / SDET)
Chennai  |  Hybrid  |  Applications close 3 March 2027
[ Apply now ]

Who can apply?
✓ A career break of 2 to 8 years
✓ Earlier experience as a Support Executive
✓ Comfortable with a laptop and a video call

What we pay
• Fixed stipend of ₹41,000 a month during the returnship
• Senior QA Engineer: ₹13 – 18 LPA; QA Lead: ₹19 – 24 LPA

Your path: QA Engineer → Senior QA Engineer → QA Lead
"""


def test_a_tick_lists_sentence_opening_with_an_article_is_no_title() -> None:
    guide = parse_text(_RESTART, "qa-engineer.txt")
    assert guide.role.text == "QA Engineer"


def test_a_second_labelled_item_after_a_semicolon_owns_its_figure() -> None:
    guide = parse_text(_RESTART, "qa-engineer.txt")
    pay = _pay(guide)
    assert (1_300_000, 1_800_000, None) in pay
    assert (1_900_000, 2_400_000, "QA Lead") in pay


_VLOG = """\
What I Earn as a Rope Access Technician | Rates & How I Got In
HighLineHana   12K subscribers   [ Subscribe ]

Here are my numbers for 2027 and how I got started.

SKILLS & TICKETS: Abseiling · Fall arrest rescue · Bolt torquing | Tickets: IRATA Level 1, first aid

HOW I GOT IN: I was a Window Cleaner before this. A friend moved across to Blade Inspector \
work and another to Wind Turbine Technician work.
"""


def test_a_skills_strip_running_into_a_labelled_list_ends_at_the_bar() -> None:
    guide = parse_text(_VLOG, "rope-access-technician.txt")
    skills = {s.text for s in guide.skills}
    assert "Bolt torquing" in skills
    assert not any("|" in skill or "Tickets" in skill for skill in skills)


def test_another_to_after_a_move_across_is_a_move_across_too() -> None:
    guide = parse_text(_VLOG, "rope-access-technician.txt")
    lateral = {f.text for f in guide.transitions_to}
    assert {"Blade Inspector", "Wind Turbine Technician"} <= lateral
    assert "Wind Turbine Technician" not in {f.text for f in guide.moves_in}
