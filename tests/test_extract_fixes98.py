"""Leftovers of fixes94/95/96 and fresh60 (helper fixes98): a translated posting's title with
an "of" tail the vocabulary does not know ("Joiner of frames"), the role's head printed only
inside the role, a "start as … then become …" ladder through the role so named, a handover
note's lower class of the writer's own series ("X I …; X II (my job) …"), a move inside the
writer's employer ("moved over to the Records Office"), a development plan's "Apply for the
Senior X post …, and in the long term become a Y", a manner after "work at a" ("a steady
pace") and a board row whose band's dash parts its cells ("1 060 – 1 300 EUR").  Every page
here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.board_rows import board_rows
from careergraph.guides.longform_mentions import _head_printed_whole
from careergraph.guides.longform_pay import _class_of_mine
from careergraph.guides.moves import prose_steps
from careergraph.guides.stated_ladders import start_ladder
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.workplaces import workplaces
from careergraph.lexicon import load_lexicon

_VOCAB = Vocabulary.from_lexicon(load_lexicon())


def _texts(facts: object) -> set[str]:
    return {f.text for f in facts}  # type: ignore[attr-defined]


def _owners(guide: object) -> dict[float | None, str | None]:
    return {b.min: b.role for b in guide.salaries}  # type: ignore[attr-defined]


# A posting read through a browser translator: its title's "of" tail is the translator's
# rendering, the dateline cell under it makes the top a headline.
_POSTING = """\
Skip to main content
LucruAcum.ro   Jobs | Employers | Salaries   My account
Google Translate   Translated from: Romanian   Show original
Home › Jobs › Tâmplar rame › Brașov
Joiner of frames (m/f) - two shifts
RAMEX LEMN SRL · Codlea, jud. Brașov · Posted 3 days ago · 21 applicants
Full time | Permanent | Cod anunț: LA-1234567
3.900 - 4.600 lei gross/month
Description of the jobRamex Lemn SRL, a maker of window frames with 140 employees, is looking \
for a frame joiner (tâmplar rame) for its plant in Codlea.
Responsibilities:
- assembles the frames according to the drawing in the ERP;
Requirements
• Use of a spindle moulder
• Reading technical drawings
Career at RAMEX LEMN
Young people start as Apprentice joiner in the dual class, then become Joiner of frames, and \
the best ones reach Workshop Team Leader and later Production Manager. For information: a Wood \
Sander earns with us 3.600 - 4.100 lei gross.
Salary statistics for "Joiner of frames"
Average salary in Codlea: 2.950 lei net/month
Similar jobs
Joiner tâmplărie PVC - FERESTRE NORD SRL (Bistrița) - 4.200 lei gross
Wood Sander - LEMNARIA SRL, Zărnești - 3.500 - 3.900 lei gross
Industry: Woodworking
"""


def test_a_headline_noun_keeps_the_of_tail_the_body_prints_in_title_case() -> None:
    guide = parse_text(_POSTING, "joiner-of-frames.txt")
    assert guide.role.text == "Joiner of frames"


def test_a_start_ladder_climbs_through_the_role_printed_whole() -> None:
    guide = parse_text(_POSTING, "joiner-of-frames.txt")
    chains = [[fact.text for fact in chain] for chain in guide.progressions]
    assert ["Apprentice Joiner", "Joiner of frames", "Workshop Team Leader",
            "Production Manager"] in chains
    assert "Joiner" not in _texts(guide.leads_to)  # the role's head alone: the role


def test_a_listed_job_in_the_pages_tongue_under_the_roles_noun_is_the_roles() -> None:
    guide = parse_text(_POSTING, "joiner-of-frames.txt")
    employers = _texts(guide.employers)
    assert any(name.startswith("FERESTRE NORD SRL") for name in employers)
    assert not any(name.startswith("LEMNARIA") for name in employers)  # another title's


def test_start_ladder_takes_the_role_only_when_given() -> None:
    text = ("Trainees start as Apprentice joiner in the college, then become Joiner of "
            "frames, and the best ones reach Workshop Team Leader and later Production "
            "Manager.")
    assert start_ladder(text, _VOCAB) is None
    told = start_ladder(text, _VOCAB, "Joiner of frames")
    assert told is not None and told[0][1] == "Joiner of frames"


def test_the_roles_head_printed_elsewhere_in_capitals_is_a_move() -> None:
    assert _head_printed_whole("Joiner", "start as Apprentice joiner, then become Joiner of "
                               "frames", "Joiner of frames")
    assert not _head_printed_whole("Joiner", "a Joiner can become Joiner of frames",
                                   "Joiner of frames")


_HANDOVER = """\
Wiki   Spaces   People   Create                                   Search
Facilities / Harlow County / Staff pages
Transition notes - Grounds Maintenance Technician II (Ola Brandt)
Created by Ola Brandt, last updated Nov 28, 2026 · 6 min read

Purpose: I'm leaving Harlow County Facilities on Dec 19. These notes are for whoever backfills \
my position.

What the job actually is
The Grounds Tech II keeps the parks and verges tidy for the county. Most days are mowing and \
hedge work.

Pay and classification (because people keep asking)
Grounds Tech I is pay grade 11, $18.40 - $22.90/hr; Grounds Tech II (my job) is grade 13, \
$20.20 - $25.10/hr. Parks Supervisor is grade 17 ($58,300 - $71,900/yr) and is where most of us \
get promoted.
I came here from a garden centre (Garden Centre Assistant). The Grounds Tech II before me moved \
over to the Records Office as a Records Clerk.
"""


def test_the_lower_class_of_the_writers_own_series_is_the_roles_pay() -> None:
    owners = _owners(parse_text(_HANDOVER, "grounds-maintenance-technician.txt"))
    assert owners[18.40] is None and owners[20.20] is None
    assert owners[58300] == "Parks Supervisor"  # another title keeps its figure


def test_class_of_mine_needs_the_same_series() -> None:
    text = "Grounds Tech I is grade 11, $1; Grounds Tech II (my job) is grade 13, $2"
    role = "Grounds Maintenance Technician"
    assert _class_of_mine("Grounds Tech I", text, role)
    assert not _class_of_mine("Parks Officer I", text, role)  # another series
    assert not _class_of_mine("Grounds Tech II", text, role)  # the writer's own class itself
    assert not _class_of_mine("Grounds Tech I", "Grounds Tech II is grade 13, $2", role)
    assert not _class_of_mine("Grounds Tech I", text, "Parks Supervisor")  # not the role's


def test_a_move_over_to_a_unit_of_the_employer_names_no_employer() -> None:
    guide = parse_text(_HANDOVER, "grounds-maintenance-technician.txt")
    assert "Records Office" not in _texts(guide.employers)
    named, _ = workplaces("She moved over to the Records Office as a Records Clerk.", _VOCAB)
    assert "Records Office" not in named


def test_a_transfer_to_a_named_body_still_names_it() -> None:
    named, _ = workplaces("Others transfer to the Government Legal Department as lawyers.",
                          _VOCAB)
    assert "Government Legal Department" in named


_PLAN = """\
APPRAISAL AND PERSONAL DEVELOPMENT PLAN

Name ........................ R. Okafor
Job title ................... Dietitian (Band 5)
Band range .................. £29,970 – £36,483
Organisation ................ Eastmere Community NHS Trust

1. My route so far
Dietetic Assistant → Dietitian

2. Career aspirations
Apply for the Senior Dietitian post (Band 6, £37,338 – £44,962) within two years, and in the \
long term become a Dietetics Manager. I would also consider a Research Dietitian role.
"""


def test_a_plans_post_applied_for_and_long_term_aim_are_the_ladder() -> None:
    guide = parse_text(_PLAN, "dietitian.txt")
    chains = [[fact.text for fact in chain] for chain in guide.progressions]
    assert ["Dietitian", "Senior Dietitian"] in chains
    assert ["Senior Dietitian", "Dietetics Manager"] in chains
    assert "Dietetics Manager" not in _texts(guide.leads_to)  # no step straight from the role


def test_applied_then_needs_the_long_term_aim() -> None:
    steps = prose_steps("Apply for the Senior Dietitian post within two years, and in the "
                        "long term become a Dietetics Manager.", _VOCAB, "Dietitian")
    assert ("Senior Dietitian", "Dietetics Manager") in steps
    assert not prose_steps("Apply for the Senior Dietitian post within two years.", _VOCAB,
                           "Dietitian")


def test_work_at_a_steady_pace_is_no_workplace() -> None:
    assert workplaces("You need to work at a steady pace", _VOCAB)[1] == []
    assert workplaces("They work in care homes and at a steady pace.", _VOCAB)[1] == [
        "care homes"]


def test_a_board_rows_band_keeps_its_dash() -> None:
    rows = board_rows([(1, "Baker – SIA Rudzu Krasns – Valmiera – 1 120 – 1 380 EUR/month"),
                       (2, "Driver – Ceļa Serviss – Cēsis – 1 400 – 1 650 EUR/month")])
    cards = dict(rows)
    assert cards[1] == ("Baker", "Valmiera", "1 120 – 1 380 EUR/month", "SIA Rudzu Krasns")
    # a band split by dashes with a currency on both ends stays no card
    assert board_rows([(1, "Apprentice – Firm – Town – $19.60 – $30.10"),
                       (2, "Fitter – Firm – Town – $21.00 – $33.10")]) == []


_BOOKING = """\
Booking confirmed - Coat Checker
Crewline Events Pty Ltd | Assignment confirmation
Venue: Harbourside Arena, Sydney
Rate: $38.10/hr including 25% casual loading
Career with Crewline
After 20 bookings you can apply for Floor Supervisor shifts ($44.20/hr), and many of our \
supervisors have gone on to be Event Operations Manager. Some of our crew moved across into \
Usher roles.
"""


def test_a_rungs_plural_holders_move_is_a_step_from_that_rung() -> None:
    guide = parse_text(_BOOKING, "coat-checker.txt")
    chains = [[fact.text for fact in chain] for chain in guide.progressions]
    assert ["Floor Supervisor", "Event Operations Manager"] in chains
    assert "Event Operations Manager" not in _texts(guide.leads_to)
    assert "Floor Supervisor" in _texts(guide.leads_to)


_AGENT = """\
Skip to main content
Darbs.example   Vacancies | Employers   Log in
Google Translate   Translated from: Latvian   Show original
Mortgage adviser
Banka Saule, AS · Rīga · Published 2 days ago
Monthly salary (bruto): 1 100 EUR fixed part + commission
Career with us
Mortgage adviser → Senior mortgage adviser → Head of the mortgage sales office.
The head of the mortgage sales office earns from 1 900 EUR bruto.
"""


def test_a_long_lower_case_rung_named_as_the_pay_subject_owns_its_floor() -> None:
    owners = _owners(parse_text(_AGENT, "mortgage-adviser.txt"))
    assert owners[1100] is None
    assert (owners[1900] or "").lower() == "head of the mortgage sales office"
