"""Structures of real public career pages (helper real46, 2026-12-06), on invented pages.

Florists and dog groomers (a job site's card whose "Also Called:" line names its first other
title beside the label, a recruiter's "Career Progression" rungs each over an "Up to £X"
line), butchers and bakers (a Scottish careers portal, a college careers page, a career
test's page, an Irish apprenticeship summary whose knowledge bullets explain their label),
park rangers (a blog titled "Things You Need to Know to Become a …", a university site's
"Similar Job Titles"), payroll (a science-careers card, a career-path guide naming the
employer's own departments), a nail technician's specification with a pay line and its
caveat in brackets, a Scottish portal's dental-nurse profile listing examining bodies under
"Getting On", and an archivist's quick-facts card with a comma rung and a newsletter box.
What was wrong: "Also Called: Floral Designer" lost its first name; "Feeds, waters and cares
for flowers" gave "Feeds", "waters"; "Know to Become a Park Ranger" named the page; a
"Similar Job Titles" list gave Forester and Conservation Scientist as the ranger's other
names; "internal departments such as Human Resources, Accounting" gave an employer and two
sectors; "Tips and tools to help you …" under a newsletter box gave "Tips", "tools";
"National Examining Board for Dental Nurses" was a next job; "including their origins,
properties: purposes and uses" gave five fragments; "experience in food retailing may help
you" was a skill; "working in refrigerated rooms and using … knives and saws" gave two
sectors; each rung's "Up to £14,000" was the florist's pay; "$35,000 - $65,000 (Varies by
location, experience, and commission structure)" was no pay.
"""

from __future__ import annotations

from careergraph.guides.requirement_items import verb_series
from page_facts import parse_page as _parse
from page_facts import pay_pairs as _pay
from page_facts import texts as _texts


def test_an_also_called_label_names_its_first_title_on_its_own_line() -> None:
    guide = _parse(
        "Cat Groomers are people who wash, brush and trim cats for their owners.\n\n"
        "Education Required: High School Diploma\n"
        "Avg Salary: $28000\n"
        "Also Called: Pet Groomer\n"
        "Feline Stylist\n"
        "Additional Resources:\n")
    assert {"Pet Groomer", "Feline Stylist"} <= _texts(guide.aliases)
    # another label with a title beside it names no other title of the role
    other = _parse("Cat Groomer\n\nCat groomers wash cats.\n\nNext Step: Salon Manager\n"
                   "Salon Owner\n")
    assert "Salon Manager" not in _texts(other.aliases)


def test_a_pay_line_with_its_caveat_in_brackets_is_pay() -> None:
    guide = _parse(
        "Lash Technician\n\n"
        "💰 $31,000 - $52,000 (Varies by region, seniority, and tips received)\n\n"
        "A Lash Technician applies and maintains eyelash extensions.\n")
    assert (31000, 52000) in _pay(guide)
    # a sentence around the figure is prose, read by its own rules (not as a lone figure)
    prose = _parse("Lash Technician\n\nA Lash Technician applies lashes.\n\n"
                   "Pay for the owners $31,000 - $52,000 (depending on the studio)\n")
    assert (31000, 52000) not in _pay(prose)


def test_an_examining_body_under_getting_on_is_no_next_job() -> None:
    guide = _parse(
        "Orthodontic Nurse\n\n"
        "Orthodontic nurses help orthodontists fit braces.\n\n"
        "Getting On\n\n"
        "With experience you could become a Senior Orthodontic Nurse.\n\n"
        "The following organisations may be able to provide further information.\n\n"
        "National Examining Board for Orthodontic Nurses (NEBON)\n"
        "Tel: 01000 000000\n")
    moves = _texts(guide.leads_to) | _texts(guide.moves_in)
    assert not any("Board" in move for move in moves)
    assert "Senior Orthodontic Nurse" in _texts(guide.leads_to)


def test_similar_job_titles_are_other_jobs_not_names() -> None:
    guide = _parse(
        "Trail Warden\n\n"
        "Trail wardens look after footpaths in country parks.\n\n"
        "Similar Job Titles\n"
        "- Forester\n"
        "- Ecologist\n\n"
        "What do Trail Wardens do?\n\n"
        "They repair stiles and gates.\n")
    assert not {"Forester", "Ecologist"} & _texts(guide.aliases)
    assert {"Forester", "Ecologist"} <= _texts(guide.transitions_to)
    # "Other Job Titles" still lists the role's other names
    named = _parse("Trail Warden\n\nTrail wardens look after footpaths.\n\n"
                   "Other Job Titles\n- Footpath Ranger\n- Access Ranger\n\n"
                   "What do Trail Wardens do?\n\nThey repair stiles.\n")
    assert {"Footpath Ranger", "Access Ranger"} <= _texts(named.aliases)


def test_the_employers_own_departments_are_no_workplaces() -> None:
    guide = _parse(
        "Pension Clerk\n\n"
        "Pension clerks keep members' records.\n\n"
        "They work closely with internal departments such as Human Resources, Accounting, "
        "and Compliance to settle queries.\n")
    assert not _texts(guide.employers)
    assert not _texts(guide.sectors)
    places = _parse("Pension Clerk\n\nPension clerks keep records.\n\n"
                    "Most work in hospitals and banks, with other departments such as Legal.\n")
    assert {"hospitals", "banks"} <= _texts(places.sectors)


def test_a_newsletter_box_ends_the_section_above() -> None:
    guide = _parse(
        "Conservator\n\n"
        "Conservators repair objects in collections.\n\n"
        "Skills\n"
        "  • Colour Matching\n"
        "  • Object Handling\n\n"
        "Careers Weekly Newsletter\n\n"
        "Tips and tools to help you plan your next move.\n")
    skills = _texts(guide.skills)
    assert {"Colour Matching", "Object Handling"} <= skills
    assert not {"Tips", "tools"} & skills


def test_a_ladder_rung_naming_several_titles_forks_the_ladder() -> None:
    guide = _parse(
        "Registrar\n\n"
        "Registrars record the objects a collection holds.\n\n"
        "Career Ladder\n"
        "  • Head Registrar, Curator, Collections Manager\n"
        "  • Registrar\n"
        "  • Assistant Registrar\n")
    chains = [[step.text for step in chain] for chain in guide.progressions]
    assert ["Assistant Registrar", "Registrar", "Head Registrar"] in chains
    assert ["Registrar", "Curator"] in chains
    assert ["Registrar", "Collections Manager"] in chains
    assert not any("," in step for chain in chains for step in chain)


def test_a_task_verb_series_without_its_last_comma_names_no_skills() -> None:
    guide = _parse(
        "Kennel Assistant\n\n"
        "Kennel assistants look after boarded dogs.\n\n"
        "Education Required: High School Diploma\n"
        "Tasks: Walks dogs twice a day.\n"
        "Feeds, waters and cares for dogs in the kennels.\n")
    assert not {"Feeds", "waters"} & _texts(guide.skills)
    assert verb_series("Bathes, brushes and dries dogs after a walk.")
    assert not verb_series("Clippers, combs and dryers for coats")


def test_a_know_to_become_title_names_the_worker() -> None:
    guide = _parse(
        "Things You Need to Know to Become a Canal Lengthsman\n\n\n"
        "Know to Become a Canal Lengthsman\n\n"
        "If you have walked a towpath you have met the people who keep it.\n\n"
        "Career Overview\n\n"
        "Canal lengthsmen typically work for waterway trusts.\n")
    assert guide.role.text == "Canal Lengthsman"


def test_advancing_in_their_careers_to_new_roles_names_the_next_jobs() -> None:
    guide = _parse(
        "Reserve Warden\n\n"
        "Reserve wardens protect nature reserves.\n\n"
        "With experience, reserve wardens can advance in their careers to new roles, such as "
        "reserve manager and site director.\n")
    assert {"Reserve Manager", "Site Director"} <= _texts(guide.leads_to)


def test_a_labels_own_aspects_are_no_skills() -> None:
    guide = _parse(
        "Pastry Cook\n\n"
        "A Pastry Cook makes pastries for a bakery.\n\n"
        "Knowledge\n\n"
        "  • Theories of lamination.\n"
        "  • Principles of fats: including their origins, properties: purposes and uses; "
        "grades and quality; and how they interact.\n"
        "  • Decoration: piping, glazing and sugar work\n")
    skills = _texts(guide.skills)
    assert "Principles of fats" in skills
    assert not {"including their origins", "uses", "grades", "quality"} & skills
    assert {"piping", "glazing"} <= skills  # a label's names are read as before


def test_a_prose_skill_stops_at_its_sentences_verb() -> None:
    guide = _parse(
        "Fishmonger\n\n"
        "Fishmongers prepare and sell fish.\n\n"
        "Work\n\n"
        "You can start as a trainee and learn on the job. Knowledge of the fish trade or "
        "experience in food retailing may help you to find a trainee position.\n")
    skills = _texts(guide.skills)
    assert "food retailing" in skills
    assert not any("may help" in skill for skill in skills)


def test_cold_rooms_and_a_second_activity_are_no_workplaces() -> None:
    guide = _parse(
        "Fishmonger\n\n"
        "Fishmongers prepare and sell fish.\n\n"
        "The job involves working in refrigerated rooms and using sharp tools like knives "
        "and scalers.\n")
    assert not _texts(guide.sectors)
    places = _parse("Fishmonger\n\nFishmongers sell fish.\n\n"
                    "Most fishmongers work in supermarkets and fish markets.\n")
    assert {"supermarkets", "fish markets"} <= _texts(places.sectors)


def test_a_rungs_ceiling_line_is_no_pay() -> None:
    guide = _parse(
        "How to become a Milliner\n\n"
        "£23,000\n\n"
        "estimated salary\n\n"
        "Milliners design and make hats.\n\n"
        "Career Progression\n\n"
        "Junior Milliner\n\n"
        "Up to £15,000\n\n"
        "Milliner\n\n"
        "Up to £23,000\n\n"
        "Studio Manager\n\n"
        "Up to 31,000\n")
    pay = _pay(guide)
    assert (None, 15000) not in pay and (None, 23000) not in pay
    assert (23000, 23000) in pay  # the page's own estimate stays
