"""Defects left by earlier helpers and noticed on real pages, each on an invented page
(helper fixes77)."""

import pytest
from benchmarks.extraction import facts_of

from careergraph.guides.read import parse_text

_OPENING_PAGE = """{opening}

{body}

Pay
Starting pay is around £26,400 a year.
"""


@pytest.mark.parametrize(("opening", "body", "role"), [
    ("Thinking about becoming a glazier?",
     "You'll fit glass into windows, doors and shopfronts and cut panes to size.", "Glazier"),
    ("Considering becoming a tree surgeon?",
     "You'll climb, prune and fell trees and keep your kit in order.", "Tree Surgeon"),
    ("It is a loss adjuster's responsibility to look into insurance claims and decide what "
     "the insurer should pay.", "Day to day you'll visit sites and write reports.",
     "Loss Adjuster"),
    ("What kennel assistants do:",
     "Feed and walk dogs, clean runs and watch for signs of illness.", "Kennel Assistant"),
    ("Understanding Paralegal Levels: From Junior to Senior",
     "Paralegals prepare case files, draft letters and look up points of law.", "Paralegal"),
])
def test_an_opening_sentence_names_the_role(opening: str, body: str, role: str) -> None:
    guide = parse_text(_OPENING_PAGE.format(opening=opening, body=body), "page-17.txt")
    assert facts_of(guide).role == role
    assert guide.role_signal != "file_name"


def test_what_our_workers_do_names_no_role() -> None:
    guide = parse_text("Bramley Kennels\n\nWhat our assistants do:\n\nFeed and walk dogs.\n",
                       "kennel-assistant.txt")
    assert facts_of(guide).role != "Our Assistant"


_COVERS_PAGE = """Harbour Pilot

{heading}
{line}
- Good eyesight
"""


@pytest.mark.parametrize("heading", ["Skills", "What you need"])
@pytest.mark.parametrize("lead", ["The role covers", "The job involves", "The work spans",
                                  "The role includes"])
def test_a_covers_lead_in_gives_each_listed_skill(heading: str, lead: str) -> None:
    line = f"{lead} ship handling, tide planning and radio procedure"
    line = f"- {line}" if heading != "Skills" else f"{line}."
    skills = facts_of(parse_text(_COVERS_PAGE.format(heading=heading, line=line),
                                 "harbour-pilot.txt")).skills
    assert {"ship handling", "tide planning", "radio procedure"} <= set(skills)
    assert not any(lead.split()[1] in skill.split() for skill in skills)


_CAME_FROM_PAGE = """Crane Operator

What the job involves
You'll lift steel, timber and plant on building sites.

Career path
{sentence}
"""


@pytest.mark.parametrize(("sentence", "origins"), [
    ("Many of our operators have come from forklift driver and scaffolder jobs.",
     {"Forklift Driver", "Scaffolder"}),
    ("People often come from plant operative or rigger backgrounds.",
     {"Plant Operative", "Rigger"}),
    ("Others come from an electrician or plumber background.", {"Electrician", "Plumber"}),
])
def test_each_title_before_a_shared_jobs_or_backgrounds_noun_is_a_move_in(
        sentence: str, origins: set[str]) -> None:
    moves = facts_of(parse_text(_CAME_FROM_PAGE.format(sentence=sentence),
                                "crane-operator.txt")).moves
    assert {a for a, b in moves if b == "@self"} == origins


def test_a_field_background_is_no_move_in() -> None:
    page = _CAME_FROM_PAGE.format(sentence="Many come from an engineering or science background.")
    assert not facts_of(parse_text(page, "crane-operator.txt")).moves


_PLANT_PAGE = """Groundworker

What the job involves
You'll dig trenches, lay drains and pour concrete on housing sites.

Day rates (framework schedule)
Groundworker: £165/day
Plant: tracked excavator with driver £520/day
Plant hire: dumper and operator £380 per day
Equipment: road sweeper with driver £450/day
"""


def test_a_hired_plant_row_is_no_pay() -> None:
    salaries = facts_of(parse_text(_PLANT_PAGE, "groundworker.txt")).salaries
    assert [(owner, low) for owner, low, *_ in salaries] == [("@self", 165.0)]


def test_a_worker_with_a_licence_keeps_the_pay() -> None:
    page = "Crane Operator\n\nPay\nA crane operator with a driving licence earns £210/day.\n"
    salaries = facts_of(parse_text(page, "crane-operator.txt")).salaries
    assert [low for _, low, *_ in salaries] == [210.0]


_TEAM_PAGE = """Consultant Radiologist

What the job involves
You'll report scans, run lists and teach junior doctors.

Our team
The department has six consultants, two {title} (salary £52,530 – £82,400) and a team of \
radiographers.
"""


@pytest.mark.parametrize(("title", "owner"), [("Specialty Doctors", "specialty doctor"),
                                              ("Ward Clerks", "ward clerk")])
def test_a_bracketed_salary_after_another_title_is_that_titles(title: str, owner: str) -> None:
    salaries = facts_of(parse_text(_TEAM_PAGE.format(title=title),
                                   "consultant-radiologist.txt")).salaries
    assert [(o, low) for o, low, *_ in salaries] == [(owner, 52530.0)]


_FOR_INFORMATION_PAGE = """Practical Nurse

What the job involves
You'll help patients wash, dress and eat, and hand out medicines.

Pay
A practical nurse earns 2 450 € a month.
For information: the registered nurse's pay is 2 900 € a month.
For comparison, a care assistant's salary is about 2 100 € a month.
"""


def test_a_possessive_pay_sentence_is_its_titles() -> None:
    salaries = facts_of(parse_text(_FOR_INFORMATION_PAGE, "practical-nurse.txt")).salaries
    assert [(o, low) for o, low, *_ in salaries] == [
        ("@self", 2450.0), ("registered nurse", 2900.0), ("care assistant", 2100.0)]
