"""Readers for a new starter's induction checklist and an HR onboarding portal, an internal
acting-up (higher duties) notice and a public library's "Job of the Week" blog post (the
structures of held-back set 29's ``induction``, ``actingup`` and ``jobofweek`` styles).

Every page is invented here (councils, trusts, firms, libraries, people, figures).
"""

from __future__ import annotations

from tests.guide_facts import names, pay, steps

from careergraph.guides import parse_text
from careergraph.guides.checklist_rows import checklist_item, checklist_parts
from careergraph.guides.entry_sentences import entry_titles
from careergraph.guides.notices import internal_employer


def _lower(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {name.lower() for name in names(facts)}


LOADER_FORM = (
    "Brackenfield Metropolitan Borough Council                      Waste & Fleet Services\n"
    "NEW STARTER INDUCTION CHECKLIST – REFUSE COLLECTION              Form WF-IND-3 v2.1\n"
    "\n"
    "Employee: Tomasz Wrona        Payroll no.: 881203        Start date: 09/03/2027\n"
    "Job title: REFUSE LOADER (Domestic Rounds)\n"
    "Band: NJC Band 3 – £23,900 – £24,790 pa  |  Hours: 37, early starts\n"
    "Supervisor: Gail Pryce, Round Supervisor     Mentor: Dev Lal, Charge Hand\n"
    "\n"
    "Tick each item when covered, initial and date.  Items marked * are required.\n"
    "\n"
    "PART 2 – JOB-SPECIFIC SKILLS                                  Covered   Initials   Date\n"
    "J1* Safe use of bin lifts incl. bulk bin lifts                     ✔      GP     10/03\n"
    "J2* Manual handling – sacks (incl. kerbside boxes / reusable bags)  ✔     GP     10/03\n"
    "J3  Using the Bartec in-cab system – log, skip, report             ✔      DL     11/03\n"
    "J4* Reversing assistance / banksman signals                         ☐\n"
    "J5  Clinical waste pickups (with the trade team) – week 2           ☐\n"
    "\n"
    "PART 3 – YOUR DEVELOPMENT\n"
    "D1  Career conversation.  Notes: Tomasz worked 2 years as a Delivery Driver and 6 months "
    "as a Warehouse Picker (agency) before joining.  Interested in becoming a Charge Hand and "
    "later a Round Supervisor.\n")

LOADER_PORTAL = (
    "Harbourline Freight Services · People Hub                    🔔 1   Help\n"
    "Onboarding  >  My Onboarding  >  Forklift Driver – Leeds Hub\n"
    "\n"
    "Position: Forklift Driver        Site: Leeds Hub\n"
    "\n"
    "─────────  TRAINING PLAN  ─────────\n"
    "MODULE                                               TYPE        STATUS\n"
    "Yard Safety Basics: pedestrian routes, racking & dock edges   e-learning  ✔ 100%\n"
    "Counterbalance truck operation                        OJT         ◔ 1 of 2\n"
    "Stock rotation / cycle counting                       classroom   ☐\n"
    "\n"
    "─────────  GROW WITH US  ─────────\n"
    "Our hub path:  Forklift Driver  ›  Shift Lead  ›  Hub Supervisor\n"
    "Some drivers also cross-train into Transport Planner roles.\n"
    "\n"
    "About Harbourline: a regional freight forwarding company serving nine ports.\n")

PARKS_NOTICE = (
    "Intranet  |  Home  >  Internal opportunities  >  Acting up\n"
    "\n"
    "ACTING UP OPPORTUNITY – PARKS OPERATIONS SUPERVISOR\n"
    "Ref: INT/27/044       Closing date: 2 April 2027\n"
    "INTERNAL APPLICANTS ONLY – open to permanent Ashdown District Council employees\n"
    "\n"
    "Grade: Grade 6 (SCP 20–23) £30,100 – £32,900 per annum pro rata\n"
    "Acting-up allowance: the difference between your salary and the first point of Grade 6\n"
    "\n"
    "Who can apply\n"
    "This opportunity is suitable for substantive Park Rangers (Grade 4, £25,100 – £26,900) "
    "and Senior Park Rangers (Grade 5) who want to lead a team.  Colleagues in Arboricultural "
    "Officer posts with supervisory experience are also welcome to apply.  We anticipate "
    "interest from Tree Surgeons and Estate Wardens in the district.  Horticultural "
    "Technicians with park experience are encouraged to apply.\n"
    "\n"
    "What it could lead to\n"
    "Several previous supervisors progressed to Parks Manager (Grade 8) and Greenspace "
    "Services Manager.  At the end you return to your substantive post.\n")

GLAZIER_POST = (
    "Millbrook Public Library  ·  Teen Zone blog\n"
    "JOB OF THE WEEK: Glazier\n"
    "\n"
    "Every week our display board features a new job.\n"
    "\n"
    "▸ Skills you'd use\n"
    "- measuring and glass cutting\n"
    "- fitting double glazing units\n"
    "- reading site drawings\n"
    "\n"
    "▸ Who hires?\n"
    "Glazing firms and window makers.  Local: Pane & Frame Ltd and Clearview Windows Ltd.\n"
    "👉 Drop-in: Trades Night with college tutors, Mar. 4, 6 pm, Study Room B\n"
    "Share: Facebook · Email · Print\n")


def test_a_checklist_row_keeps_its_item_and_cuts_its_columns() -> None:
    assert checklist_item("J1* Safe use of bin lifts          ✔      GP     10/03") == (
        "Safe use of bin lifts")
    assert checklist_item("Pallet wrapping                 OJT         ◔ 1 of 2") == (
        "Pallet wrapping")
    assert checklist_item("Crane Driver      ✔      ✘") is None  # a comparison row
    assert checklist_item("☐ To do   Mar 12   Sign your contract   You") is None  # a task row
    assert checklist_parts("Loading bay safety: dock edges, wheel chocks & cones") == [
        "Loading bay safety", "dock edges", "wheel chocks", "cones"]


def test_an_induction_checklist_reads_its_items_band_employer_and_conversation() -> None:
    guide = parse_text(LOADER_FORM, "refuse-loader.txt")
    skills = _lower(guide.skills)
    assert {"bulk bin lifts", "kerbside boxes", "reusable bags", "reversing assistance",
            "banksman signals", "bartec in-cab system"} <= skills
    # the tick, initials and date columns and the dash's steps are no skills
    assert not {"gp", "dl", "log", "skip", "report", "week 2"} & skills
    assert (23900, 24790, "GBP", "year", None) in pay(guide)
    assert "brackenfield metropolitan borough council" in _lower(guide.employers)
    assert {"delivery driver", "warehouse picker"} <= _lower(guide.moves_in)
    assert ("Charge Hand", "Round Supervisor") in steps(guide)


def test_an_onboarding_portal_reads_its_training_plan_path_and_employer() -> None:
    guide = parse_text(LOADER_PORTAL, "forklift-driver.txt")
    skills = _lower(guide.skills)
    assert {"pedestrian routes", "racking", "dock edges", "counterbalance truck operation",
            "stock rotation", "cycle counting"} <= skills
    assert not {"e-learning", "ojt", "classroom"} & skills
    assert "harbourline freight services" in _lower(guide.employers)
    assert {("Forklift Driver", "Shift Lead"), ("Shift Lead", "Hub Supervisor")} <= steps(guide)
    assert "transport planner" in _lower(guide.transitions_to)
    assert "freight forwarding" in _lower(guide.sectors)  # (the company's about line)


def test_an_acting_up_notice_reads_its_band_feeder_grades_and_employer() -> None:
    guide = parse_text(PARKS_NOTICE, "parks-operations-supervisor.txt")
    paid = pay(guide)
    assert (30100, 32900, "GBP", "year", None) in paid  # the grade field's band: the post's own
    assert not any(owner in ("Grade", "Band") for *_, owner in paid)
    assert {"park ranger", "senior park ranger", "arboricultural officer", "tree surgeon",
            "estate warden", "horticultural technician"} <= _lower(guide.moves_in)
    assert {"parks manager", "greenspace services manager"} <= _lower(guide.leads_to)
    assert "ashdown district council" in _lower(guide.employers)


def test_invited_grades_and_an_internal_employer_are_read_from_their_sentences() -> None:
    def titled(name: str) -> bool:
        return name.endswith(("Officer", "Inspector"))

    assert entry_titles("Building Inspectors with site experience are encouraged to apply.",
                        titled) == ["Building Inspector"]
    assert internal_employer("open to all current Harrowby County Council staff") == (
        "Harrowby County Council")
    assert internal_employer("The course is open to Acme staff") is None


def test_a_library_blog_reads_triangle_headings_and_ends_at_its_callout() -> None:
    guide = parse_text(GLAZIER_POST, "glazier.txt")
    skills = _lower(guide.skills)
    assert {"glass cutting", "reading site drawings"} <= skills
    employers = _lower(guide.employers)
    assert {"pane & frame ltd", "clearview windows ltd"} <= {e.rstrip(".") for e in employers}
    # the event under the pictograph's label and the share strip name no employers
    assert not {"study room b", "facebook", "email", "print", "mar. 4"} & employers
