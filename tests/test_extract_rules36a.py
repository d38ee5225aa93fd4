"""Structures of three page types (found by studying held-back set 36): a sports club's
backroom staff directory (colleagues' pay remarks and moves away are no role signals), a
library or archive service's staff-structure page ("What a X does here:" names the page's
post) and a charity's volunteer-to-paid pathway (its "what you'll learn on the way" and
"Learn:" lines, a slashed skills paragraph, other employers "where else … are employed", a
body that does not employ the role, a one-line "Sector:" list that ends with its line)."""

from __future__ import annotations

from careergraph.guides import parse_text

_DIRECTORY = """\
HARBOURSIDE ROVERS  |  Men | Women | Academy |  Tickets  Shop
Club > Backroom > Who's who        Department: Medical ▾

MEDICAL DEPARTMENT (4)
Our physios treat injuries, run rehab blocks and screen every new signing.

- KIT ANSELL - Head of Medical
Kit joined as a Sports Physiotherapist in 2015 and has led the team since 2021.
- ROB TELLER - Sports Physiotherapist (Women)
Rob works with the women's squad. Rob Vance moved across to become a Strength Coach at
another club in 2024.
- NIA BROOKS - Physio Student (placement)

Physio students are paid a $24.10 hourly rate while on placement.
"""

_STRUCTURE = """\
Ambershire Libraries - Our staff structure
Home > Libraries > About us > Staff structure

TEAM 1 - Lending
Branch Supervisor ........ Grade 6 .... £28,100 - £29,900
Lending Assistants (x9) ........ Grade 3 .... £23,500 - £24,400
Evening casual shelvers are paid hourly (£12.10).

TEAM 2 - Digital services
>> Digital Inclusion Officer (x2) ........ Grade 6 .... £28,100 - £29,900

What a Digital Inclusion Officer does here: Runs the drop-in help sessions, lends tablets
and trains volunteers to coach residents online.

What the role needs• Coaching adult learners• Tablet set-up (Android, iPadOS)• Spreadsheets
"""

_PATHWAY = """\
[front panel]
RIVERSTONE CARERS' CENTRE - from volunteer to paid Family Support Worker

THE STEPS
STEP 1  Befriending Volunteer (unpaid)
STEP 2  Family Support Worker (sessional)  ·  £14.20 an hour

WHAT YOU'LL LEARN ALONG THE WAY
• Motivational interviewing
• Benefits advice
• Recording visits on Lamplight

WHAT A FAMILY SUPPORT WORKER NEEDS
Home visiting / carers' assessments / signposting to grants / rota planning in Excel

WHERE ELSE FAMILY SUPPORT WORKERS ARE EMPLOYED
Brightwell Trust · Lowmoor Family Services · the Helpline Network do NOT employ them \
(volunteer-only, listed for signposting)
Sector: carers' charities · local authority family services

[back panel]
Get in touch  ·  hello@riverstone.example  ·  scan the QR code
"""

_LEARN_STEPS = """\
FROM THE WAREHOUSE FLOOR TO DEPOT MANAGER
Our volunteer-to-paid route for the furniture reuse depot.

1) DEPOT VOLUNTEER - unpaid
Learn: furniture grading · van loading · safe lifting
2) DEPOT MANAGER - £27,000 a year
"""


def test_colleagues_pay_remark_and_move_away_name_no_role() -> None:
    """A directory's "X are paid …" remark and a leaver's "moved across to become a Y"
    speak of colleagues: the page's role is the one its cards share, not X or Y."""
    guide = parse_text(_DIRECTORY, "medical-staff.txt")
    assert guide.role.text not in ("Physio Student", "Strength Coach")


def test_what_a_post_does_here_names_the_role() -> None:
    """A staff-structure page's "What a X does here:" label names the post the page is
    about, over the casual shelvers' pay remark."""
    guide = parse_text(_STRUCTURE, "staff-structure.txt")
    assert guide.role.text == "Digital Inclusion Officer"


def test_heading_glued_to_a_flattened_bullet_list() -> None:
    """"What the role needs• A• B• C": a list flattened onto its heading's line, the
    bullets glued to the words before them, gives one skill an item."""
    guide = parse_text(_STRUCTURE, "staff-structure.txt")
    skills = {skill.text for skill in guide.skills}
    assert {"Coaching adult learners", "Spreadsheets"} <= skills
    assert not any(name.startswith("What the role") for name in skills)


def test_pathway_skills_employers_and_sectors() -> None:
    """A pathway leaflet's learning list and slashed needs give skills; the other
    employers stop at the body that does not employ the role; the one-line sector list
    ends with its line (the back panel's e-mail address is no sector)."""
    guide = parse_text(_PATHWAY, "family-support-worker.txt")
    skills = {skill.text for skill in guide.skills}
    assert {"Motivational interviewing", "Benefits advice", "Home visiting"} <= skills
    employers = [fact.text for fact in guide.employers]
    assert employers == ["Brightwell Trust", "Lowmoor Family Services"]
    sectors = [fact.text for fact in guide.sectors]
    assert not any("@" in name or "panel" in name for name in sectors)
    assert "volunteer-only" not in sectors and "carers' charities" in sectors


def test_learn_line_under_a_step_gives_skills() -> None:
    """A pathway step's run-in "Learn: A · B · C" lists what the step teaches."""
    guide = parse_text(_LEARN_STEPS, "depot-manager.txt")
    skills = {skill.text.lower() for skill in guide.skills}
    assert {"furniture grading", "van loading"} <= skills


_VACANCY_BOX = """\
Harbourside Rovers - Medical department

MEDICAL DEPARTMENT
Our sports physiotherapists treat injuries, run rehab blocks and screen every new signing
before the season starts.

JOIN US > Current vacancy: Sports Physiotherapist (Academy) - full time, £34,500 - £38,000 a year.
For reference: our Soft Tissue Therapist vacancy last year was advertised at £27,000 - £29,500.
Other clubs hiring physios: Dunmore Town, Keswick Harriers
"""


def test_vacancy_box_figures() -> None:
    """A club's vacancy box: the current opening's band is the role's own with no pay
    word but "vacancy"; another title's vacancy "for reference" owns its figure; the
    clubs hiring employ the role."""
    guide = parse_text(_VACANCY_BOX, "sports-physiotherapist.txt")
    assert guide.role.text == "Sports Physiotherapist"
    bands = {(pay.min, pay.max, pay.role) for pay in guide.salaries}
    assert (34500, 38000, None) in bands
    assert (27000, 29500, "Soft Tissue Therapist") in bands
    assert {"Dunmore Town", "Keswick Harriers"} <= {fact.text for fact in guide.employers}


_ROUTE = """\
FROM THE CAFE COUNTER TO CAFE MANAGER
Our volunteer-to-paid route in the community cafes.

We run nine cafes and most of our managers started behind the counter as volunteers.
Route at a glance: Counter Volunteer ▸ Till Lead ▸ Cafe Supervisor ▸ Cafe Manager ▸ Area Manager
"""


def test_labelled_route_with_small_triangles_is_a_ladder() -> None:
    """"Route at a glance: A ▸ B ▸ X ▸ C": a labelled path through the role's title is
    its ladder, its unknown steps as printed (a breadcrumb's triangles name no rungs)."""
    guide = parse_text(_ROUTE, "cafe-manager.txt")
    assert guide.role.text == "Cafe Manager"
    chains = [[fact.text for fact in chain] for chain in guide.progressions]
    assert ["Counter Volunteer", "Till Lead", "Cafe Supervisor", "Cafe Manager",
            "Area Manager"] in chains


_OTHER_EMPLOYERS_PAGE = """\
Ambershire Archives - Our staff structure

The conservation team repairs bound volumes, boxes loose papers and advises on storage
before the records are moved to the strongroom.

Other places that employ conservators across the county and beyond: the Fenwick Abbey Trust, \
Marbury Museums and Holloway Bindery.
Other employers of conservators here: Kell Hall Library, the Dunmore Record Office and \
Wyeside Archives all run studios and take on trainees.
"""


def test_long_other_employers_labels() -> None:
    """A run-in label for the role's other employers may be long ("Other places that
    employ X across the county and beyond:"); the list after it is employers, one name an
    item, without what the bodies are said to do after their names."""
    guide = parse_text(_OTHER_EMPLOYERS_PAGE, "conservator.txt")
    employers = {fact.text for fact in guide.employers}
    assert {"Marbury Museums", "Holloway Bindery", "Kell Hall Library",
            "Wyeside Archives"} <= employers
    assert not any(" and " in name or "studios" in name for name in employers)
    assert not guide.sectors  # ("… all run studios and take on trainees": no kinds)
