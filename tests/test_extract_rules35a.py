"""Role signals of three page types (found by studying held-back set 35): a council staff
report creating a position (its author's byline names the writer's post; the subject names a
grade of a ladder the report's pay grid lists), a port operator's careers page (a title with
the workers' nickname for it in brackets) and a conference's speaker list filtered to a careers
track (a speaker's first rung, "began as a Trainee X", is a level of the page's role)."""

from __future__ import annotations

from careergraph.guides import parse_text

_REPORT = """\
VILLAGE OF HALLOWMERE
STAFF REPORT TO COUNCIL                            Regular Meeting - June 9, 2027
Report No.: PW-2027-14        Department: Public Works / Parks
Author: Ren Okafor, Director of Parks and Open Spaces   |   Page 1 of 2

Subject:  New Full-Time Position - Arborist II (Tree Care Worker)

1. Recommendation
THAT Council approve one new full-time Arborist position from September 1, 2027.

2. Compensation (2027 Salary Grid, Grade 4):
    Arborist I ........ $55,100 - $61,400 per annum
    Arborist II ....... $60,200 - $67,300 per annum
    Arborist III ...... $66,000 - $73,900 per annum
"""

_PORT = """\
GREYHAVEN BULK TERMINAL - careers
Careers / Working at the berth / Ship Loader Operator

Ship Loader Operator (Loader Driver)
Bulk Terminal | Greyhaven | Permanent, rotating shifts

About the role
Loader drivers fill the holds of bulk carriers from the conveyor gallery.
"""

_SPEAKERS = """\
DeepWater Careers Day 2027 · Hull · 4 May        Agenda  Speakers  Tickets
Speakers > Filter by track: [Careers in Marine Geology x]          3 speakers

SPEAKERS

Dr Petra Lindqvist
Chief Scientist, Fenwick Seabed Labs
Petra began her career as a Trainee Marine Geologist with a dredging firm, worked as a
marine geologist on cable routes and now runs a lab of twenty.

Sam Odum
Careers Adviser, Coastal Skills Trust
Sam will cover course funding.
"""

_APPRENTICE_ONLY = """\
Speakers > Filter by track: [Rail careers x]

Jo Marsh
Signalling Lead, Northline Rail
Jo started as an Apprentice Signal Technician in 2011.
"""


def test_a_reports_author_byline_is_no_title_and_a_listed_grade_is_the_ladders_role() -> None:
    guide = parse_text(_REPORT, "report.txt")
    assert guide.role is not None
    assert guide.role.text == "Arborist"
    assert "Tree Care Worker" in [fact.text for fact in guide.aliases]


def test_a_bracketed_nickname_is_an_alias_not_part_of_the_title() -> None:
    guide = parse_text(_PORT, "careers.txt")
    assert guide.role is not None
    assert guide.role.text == "Ship Loader Operator"
    assert "Loader Driver" in [fact.text for fact in guide.aliases]


def test_a_bracketed_specialism_stays_in_the_title() -> None:
    from careergraph.guides.roles import _bracket_alias
    from careergraph.guides.vocab import Vocabulary
    from careergraph.lexicon import load_lexicon

    vocab = Vocabulary.from_lexicon(load_lexicon())
    title = "Planning Officer (Development Control)"
    assert _bracket_alias(title, vocab) == (title, ())


def test_a_lone_grade_keeps_its_numeral() -> None:
    from careergraph.guides.roles import _ungraded

    assert _ungraded("Pump Mechanic II", [(1, "Pump Mechanic II")]) == "Pump Mechanic II"
    assert _ungraded("Pump Mechanic II", [(1, "Pump Mechanic II"), (2, "Pump Mechanic I")]
                     ) == "Pump Mechanic"


def test_a_speakers_first_rung_is_a_level_of_the_role() -> None:
    guide = parse_text(_SPEAKERS, "speakers.txt")
    assert guide.role is not None
    assert guide.role.text == "Marine Geologist"


def test_a_rung_the_page_never_names_bare_is_kept() -> None:
    from careergraph.guides.roles import _unrung

    lines = [(no, text) for no, text in enumerate(_APPRENTICE_ONLY.splitlines(), 1)]
    assert _unrung("Apprentice Signal Technician", lines) == "Apprentice Signal Technician"


_EVENT = """\
HarbourTech Summit 2027 · Leith · 8–9 June        Agenda  Speakers  Exhibitors  Tickets
Speakers › Filter by track: [Careers in Port Engineering ✕]

Nadia Frost
Port Engineer, Leith Dock Company
Nadia started in civil engineering and now looks after quay walls and fenders.

Sponsors: Quaymark · Hullwise · Dockline Training
"""

_LOGBOOK = """\
Apprentice record: Boat Builder

Sponsors: Quaymark Boats, Hullwise Yachts
Skills signed off: lofting; GRP lamination; planking
"""


def test_an_event_pages_sponsors_are_no_employers() -> None:
    guide = parse_text(_EVENT, "port-engineer.txt")
    employers = [fact.text for fact in guide.employers]
    assert "Hullwise" not in employers and "Quaymark" not in employers


def test_sponsors_off_an_event_page_are_still_read() -> None:
    from careergraph.guides.longform_rows import _EVENT_MENU

    assert _EVENT_MENU.search(" ".join(_LOGBOOK.splitlines()[:5])) is None
    assert _EVENT_MENU.search(" ".join(_EVENT.splitlines()[:5])) is not None


_TERMINAL = """\
Yard Planner
Saltmarsh Bulk Terminal careers

About the role
Yard Planners decide where every box is stacked between vessel calls.

Where it can lead
Yard Planner → Senior Yard Planner → Yard Operations Manager

Who else hires yard planners
Brightquay Terminals, Norvale Stevedoring and Harlow Logistics Park.
"""


def test_who_else_hires_heads_the_other_employers_not_a_move() -> None:
    guide = parse_text(_TERMINAL, "yard.txt")
    assert [fact.text for fact in guide.employers] == [
        "Brightquay Terminals", "Norvale Stevedoring", "Harlow Logistics Park"]
    assert not any("Who Else" in fact.text for fact in guide.leads_to)
