"""Wrong facts found by a second cause table of every set's extras (helper prec3, stop 40).

- A letter's writer, signed below its sign-off, is no role, however much the surname ends
  like a practitioner noun.
- A masthead line "Site | Section" is the site's when the page's footer copyright names it
  ("… © Site 2026 · Terms"), never the role.
- An exit survey shown in an HR system's breadcrumb trail ("Tool ▸ Offboarding ▸ Exit
  surveys"): the trail's root is the system, no employer.
- The role under "full" or "qualified" ("move up to full glazier") is the role itself: no
  move, and a ladder's rung of that spelling is the role's.
- A heading with where its list comes from ("Top skills (from job postings)") is that heading.
- A checklist table's "Type" or "Status" column names no skill.
- "on every shift" trails a skill's name; a residency's "chief year option" is no skill.

Every page is invented here (roles, names, bodies, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.headings import load_headings
from careergraph.guides.next_job import survey_employer
from careergraph.guides.panels import meta_columns, without_columns
from careergraph.guides.roles import signatories
from careergraph.guides.skill_trailers import training_activity

LETTER = (
    "Ines Castor\n"
    "7 Heron Walk\n"
    "Millbay MB2 9RT\n"
    "\n"
    "4 May 2026\n"
    "\n"
    "Hiring Team, Larchfield Opticians\n"
    "\n"
    "Re: Optical Assistant (ref. LO-311)\n"
    "\n"
    "Dear Hiring Team,\n"
    "\n"
    "I am applying for the Optical Assistant post. For two years I have run pre-test\n"
    "checks, fitted frames and handled lens orders at a busy high-street practice.\n"
    "\n"
    "Yours sincerely,\n"
    "Ines Castor\n"
)


def test_a_letters_signatory_is_no_role() -> None:
    assert signatories([(1, "Ines Castor"), (16, "Yours sincerely,"), (17, "Ines Castor")]) \
        == frozenset({"ines castor"})
    guide = parse_text(LETTER, "optical-assistant.txt")
    assert guide.role is not None and guide.role.text != "Ines Castor"


CLASSIFIEDS = (
    "Ashby Courier  |  Jobs & Classifieds\n"
    "News  Sport  Jobs  Property  Notices        Place an ad   Sign in\n"
    "\n"
    "TRAINEE GLAZIER wanted for a family firm. No experience needed; full training given.\n"
    "£11.20 p/h to start. Move up to full glazier, then contracts supervisor for the right\n"
    "person. Pell & Daughters Glass, Thornmere.\n"
    "Posted 3 days ago · Report ad\n"
    "\n"
    "GLAZIER, F/T, own transport. Double glazing units and shopfronts. £30,500 pa.\n"
    "Harbourside Windows.\n"
    "Posted 1 wk ago · Report ad\n"
    "\n"
    "Ads are printed as supplied. © Ashby Courier 2026 · Terms · Privacy\n"
)


def test_a_masthead_with_its_section_is_no_role() -> None:
    guide = parse_text(CLASSIFIEDS, "glazier.txt")
    assert guide.role is not None and guide.role.text != "Ashby Courier"  # ("Courier": a job too)


def test_the_role_under_full_is_the_role_itself() -> None:
    guide = parse_text("Glazier\n\nTrainee glaziers start on £11.20 an hour. Move up to full "
                       "glazier, then contracts supervisor.\n", "glazier.txt")
    moves = {f.text for f in guide.leads_to + guide.transitions_to + guide.moves_in}
    rungs = {f.text for chain in guide.progressions for f in chain}
    assert "Full Glazier" not in moves | rungs


def test_an_hr_systems_breadcrumb_root_is_no_employer() -> None:
    assert survey_employer([(1, "Crewdesk ▸ Offboarding ▸ Exit surveys ▸ Response #88")]) \
        is None
    assert survey_employer([(1, "Teamly HR ▸ Leavers ▸ Exit surveys ▸ Response #12")]) is None
    assert survey_employer([(1, "Teamly HR — Ashdown Borough Council ▸ Leavers ▸ Exit survey")]) \
        == ("Ashdown Borough Council", 1)


def test_a_headings_source_note_keeps_the_heading() -> None:
    headings = load_headings()
    assert headings.exact("Top skills (from job postings)") == headings.exact("Top skills")
    assert headings.exact("Tools (hand and power)") is None  # (a note, not a source)


CHECKLIST = (
    "Ramp Agent — onboarding checklist\n"
    "\n"
    "TRAINING PLAN\n"
    "| Module                                   | Type          |\n"
    "| Tug towing: towbar checks, pushback calls | On the job    |\n"
    "| Airside vehicle pass                     | Certification |\n"
)


def test_a_checklists_type_column_names_no_skill() -> None:
    assert meta_columns("| Module | Type | Due |", frozenset({"type", "due"})) == (1, 2)
    assert without_columns("| Tug towing | On the job |", (1,)) == "| Tug towing |"
    guide = parse_text(CHECKLIST, "ramp-agent.txt")
    skills = {s.text for s in guide.skills}
    assert not skills & {"Certification", "On the job"}


def test_on_every_shift_trails_a_skill() -> None:
    guide = parse_text("Ward Clerk\n\nSkills\nbed board updates on every shift\n"
                       "ward round notes on every shift\n", "ward-clerk.txt")
    skills = {s.text for s in guide.skills}
    assert {"bed board updates", "ward round notes"} <= skills
    assert not any(s.endswith("shift") for s in skills)


def test_a_residencys_optional_year_is_no_skill() -> None:
    assert training_activity("chief year option") and training_activity("research year")
    assert not training_activity("year-end reporting")
