"""Structures of real public career pages (helper real11, 2026-12-04), on invented pages.

Other jobs' pay told beside the role's ("Relief porters earned an average of …", "take a
post as a kitchen porter, making about …", every profession's average), requirement
sentences with "He/she" and a second modal left without its subject, a list's last item
after ", &", a start title followed by what the starter learns, and plural weekdays read as
tool names, a list closed by "among others".
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.model import Guide


def _names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {fact.text for fact in facts}


def _parse(page: str) -> Guide:
    return parse_text(page, "page.txt")


PAY = """Museum Curator

Pay

Museum curators averaged $58,400 a year in the last survey. Gallery attendants earned an
average of $31,200. The average salary across all professions is put at $49,700.

Many curators take a post as a collections assistant, making about $19 an hour, before
they move up.
"""


def test_other_jobs_pay_is_theirs() -> None:
    owners = {(s.min, (s.role or "").lower()) for s in _parse(PAY).salaries}
    assert (58400, "") in owners
    assert (31200, "") not in owners  # the attendants' pay, not the curator's
    assert all(figure != 49700 for figure, _ in owners)  # every job's average
    assert (19, "") not in owners  # the assistant's hourly pay


QUALITIES = """Kennel Assistant

What does a Kennel Assistant do?

Kennel assistants feed, walk and groom dogs in boarding kennels.

Skills and qualities

  • He/she must be punctual, gentle and observant.
  • They should have a firm grip and should be able to lift heavy sacks.
  • Perform physical tasks such as kneeling, bending, & carrying buckets.
  • Must have a calm temperament
  • Needs to possess basic first aid skills

Working hours

Kennel assistants usually work from 7 in the morning, Tuesdays through Saturdays.
"""


def test_requirement_sentences_give_their_qualities() -> None:
    skills = {name.lower() for name in _names(_parse(QUALITIES).skills)}
    assert {"punctual", "gentle", "observant"} <= skills
    assert "lift heavy sacks" in skills
    assert {"calm temperament", "basic first aid skills"} <= skills  # no subject at all
    assert not {s for s in skills if s.startswith(("he/she", "should"))}


def test_ampersand_closes_a_list_and_weekdays_are_no_tools() -> None:
    skills = {name.lower() for name in _names(_parse(QUALITIES).skills)}
    assert "carrying buckets" in skills
    assert not {s for s in skills if s.startswith("&")}
    assert "saturdays" not in skills


START = """Glazier

How to become a Glazier

You can start as an apprentice and learn from experienced glaziers on site, or study at
a college first.
"""


def test_what_a_starter_learns_is_no_title() -> None:
    guide = _parse(START)
    titles = {name.lower() for name in _names(guide.moves_in)}
    assert not {t for t in titles if t.startswith("learn")}


SETTINGS = """Sign Fitter

Where Sign Fitters work

Sign fitters work in industries such as retail, transport and events, among others.
"""


def test_among_others_is_no_sector() -> None:
    sectors = {name.lower() for name in _names(_parse(SETTINGS).sectors)}
    assert "retail" in sectors
    assert not {s for s in sectors if "among" in s}


PLACED = """Cargo Bike Courier

Pay

Rates differ by city. In 2026, Bristol couriers earned an average of £13.80 an hour, and
Gallery attendants earned an average of £11.90.
"""


def test_a_place_before_the_head_noun_keeps_the_role() -> None:
    owners = {(s.min, (s.role or "").lower()) for s in _parse(PLACED).salaries}
    assert (13.8, "") in owners  # the role's own pay in one city
