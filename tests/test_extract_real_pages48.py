"""Structures of real public career pages (helper real48, 2026-12-07), on invented pages.

Craft and trade pages never studied before: farriers (a job site's card with "Avg Salary /
High Salary / Low Salary", a university's animal-careers entry, a job-description site's pay
table), thatchers (a course site's "How To Become", a careers site's "Typical salary" card, an
old national careers profile), stonemasons (a state construction site's "Skills and
Abilities" bullets, a college-planning card, a career test's percentile table), jewellers,
theatre costume makers, saddlers (an apprenticeship portal's trade page), glassblowers (a job
specification site's career-progression block, a course site's career page), sign writers,
removals workers, an organ builder's occupational map, a cobbler's "Quick Facts" box and a
sign language interpreter card.  What was wrong: "With experience, you could become a:" over
a list read its list as skills ("supervisor", "removals HGV driver"); "Picture Credit:" and
"Continue Reading…" lines after a "Potential Employers:" label were employers; "—such as
cotton batting, foam rubber, or mohair—" inside a skill item gave "cushioning material—such";
"Reading and interpreting job specifications, …" gave "Reading"; "Master Glass Blower /
Senior Artisan" gave a move "Master"; "…, blended with exceptional dexterity" gave "blended";
"Owners of stores hire and train workers" gave a sector; "Learn On The Go" gave the tool
"Go"; "Constructing with brick, stone, and mortar" gave "brick", "stone", "mortar"; "Using
construction hand and power tools" gave "Using construction hand"; "starting at around
£15,000 a year and reaching over £50,000 for someone very successful" gave two points; "a
Removals Operative Level 2 Intermediate Apprenticeship" gave a move in.
"""

from __future__ import annotations

from page_facts import parse_page as _parse
from page_facts import pay_pairs as _pay
from page_facts import texts as _texts


def test_a_could_become_lead_in_heads_a_list_of_next_jobs() -> None:
    guide = _parse(
        "Kiln packer\n"
        "Kiln packers load and unload kilns at a pottery.\n"
        "Career path and progression\n"
        "With experience, you could become a:\n"
        "- shift supervisor\n"
        "- glaze technician\n"
        "You might also start your own pottery.\n"
        "What it takes\n"
        "Skills and knowledge\n"
        "You'll need:\n"
        "- customer service skills\n")
    assert {"Shift Supervisor", "Glaze Technician"} <= _texts(guide.leads_to)
    assert not {"shift supervisor", "glaze technician"} & _texts(guide.skills)
    assert "customer service skills" in _texts(guide.skills)
    # a lead-in asking for experience stays a requirement's, with no moves
    asked = _parse(
        "Kiln packer\n"
        "Kiln packers load and unload kilns at a pottery.\n"
        "With experience of these, you should have:\n"
        "- a forklift licence\n"
        "- steady hands\n")
    assert not _texts(asked.leads_to)


def test_a_picture_credit_and_continue_reading_line_are_chrome() -> None:
    guide = _parse(
        "\nJob Spotlight – Clockmaker\n"
        "A clockmaker, also known as a horologist, repairs and restores clocks.\n"
        "Quick Facts About Clockmaker Positions\n"
        "Job Title: Clockmaker, Horologist\n"
        "Necessary Skills: Manual dexterity, patience\n"
        "Potential Employers: Clock Repair Shops\n"
        "Pay: $21,000 to $29,000 per year\n"
        "Continue Reading…Clockmaker\n"
        "Picture Credit: tickingpages.example\n")
    assert not any("Credit" in name or "Continue" in name for name in _texts(guide.employers))
    assert (21000, 29000) in _pay(guide)
    # an employer named in a line of its own after the box stays
    named = _parse(
        "Clockmaker\n\nClockmakers repair and restore clocks.\n\n"
        "Employers\n- Tollbridge Horology Ltd\n- Harrowgate Clock Works\n")
    assert "Tollbridge Horology Ltd" in _texts(named.employers)


def test_dashed_examples_inside_a_skill_item_are_no_skills() -> None:
    guide = _parse(
        "What does a Harness Maker do?\n\n"
        "Harness makers design, build and repair harnesses and collars for working horses.\n\n"
        "Job Related Skills, Interests and Values\n\n"
        "  • Positioning padding material—such as felt, wool flock, or horsehair—over the "
        "collar frame\n"
        "  • Cutting and stamping decorative designs into leather\n")
    skills = _texts(guide.skills)
    assert not any("—" in skill for skill in skills)
    assert not {"wool flock", "felt"} & skills
    # a single dash between two skills is no aside
    apart = _parse(
        "Harness Maker\n\nHarness makers build harnesses.\n\nSkills\n\n"
        "  • Hand stitching – saddle stitch and cross stitch\n")
    assert not any("such" in skill for skill in _texts(apart.skills))


def test_two_gerunds_sharing_their_objects_name_no_lone_verb() -> None:
    guide = _parse(
        "What does a Harness Maker do?\n\n"
        "Harness makers design, build and repair harnesses and collars for working horses.\n\n"
        "Job Related Skills, Interests and Values\n\n"
        "  • Reading and interpreting pattern sheets, sketches, and technical drawings\n"
        "  • Communicating effectively with customers and suppliers\n")
    skills = _texts(guide.skills)
    assert "Reading" not in skills
    assert {"sketches", "technical drawings"} <= skills


def test_a_slash_pair_of_move_names_is_read_whole() -> None:
    guide = _parse(
        "Key Responsibilities and Required Skills for a Kiln Firer\n"
        "💰 $41,000 - $72,000\n"
        "🎯 Role Definition\n"
        "A Kiln Firer is a skilled technician who fires ceramic ware in kilns.\n"
        "📈 Career Progression\n"
        "Typical Career Path\n"
        "Entry Point From:\n"
        "- Kiln Firer Apprentice\n"
        "Advancement To:\n"
        "- Master Kiln Firer / Senior Artisan\n"
        "- Studio Manager or Production Supervisor\n")
    moves = _texts(guide.leads_to)
    assert "Master Kiln Firer" in moves
    assert "Master" not in moves
    assert "Studio Manager" in moves


def test_a_participle_joining_more_ends_a_cued_skill_list() -> None:
    guide = _parse(
        "Glass Engraver\n\n"
        "A Glass Engraver cuts designs into glassware. The role demands a deep knowledge of "
        "optics, abrasives, and wheel cutting, blended with exceptional patience.\n")
    skills = _texts(guide.skills)
    assert "blended" not in skills
    assert "abrasives" in skills


def test_owners_of_workplaces_are_no_kind_of_employer() -> None:
    guide = _parse(
        "Goldsmith\n"
        "GOLDSMITHS make and repair rings and chains. In small workshops goldsmiths may do "
        "all the work including sales. Owners of workshops hire and train workers, order "
        "and sell stock, and take care of paperwork.\n")
    assert not any(name.lower().startswith("owners") for name in _texts(guide.sectors))


def test_on_the_go_names_no_tool() -> None:
    guide = _parse(
        "Join thousands using the Lantern App – quick lessons 📲 Learn On The Go With\n"
        "The Lantern App\n\n"
        "How to become A Lampworker\n\n"
        "Lampworkers shape glass rods at a torch.\n\n"
        "Skills for a Lampworker\n\n"
        "  • knowledge of glass technology\n")
    assert "Go" not in _texts(guide.skills)
    # the language named by a skill cue stays a tool
    coder = _parse("Backend Developer\n\nBackend developers build services.\n\n"
                   "Skills\n\n- Go and PostgreSQL\n")
    assert "Go" in _texts(coder.skills)


def test_an_activity_with_its_materials_is_one_skill() -> None:
    guide = _parse(
        "Kiln Setter\n\nCareer Overview\n\nSets ware in kilns.\n\n"
        "Skills and Abilities\n\n"
        "  • Constructing with brick, stone, and mortar\n"
        "  • Using construction hand and power tools\n")
    skills = _texts(guide.skills)
    assert "Constructing with brick, stone, and mortar" in skills
    assert not {"brick", "stone", "mortar", "Using construction hand"} & skills
    assert {"hand tools", "power tools"} <= skills


def test_a_start_and_a_top_told_with_around_and_reaching_are_one_band() -> None:
    guide = _parse(
        "Potter\n\nA potter makes pots.\n\n"
        "A potter's salary can vary greatly, potentially starting at around £15,000 a year "
        "and reaching over £50,000 for someone very successful.\n")
    assert (15000, 50000) in _pay(guide)
    assert (15000, 15000) not in _pay(guide)
    # another rung's figure after the top stays two points
    rungs = _parse(
        "Potter\n\nA potter makes pots.\n\n"
        "Pay starts at £15,000 a year, rising to £19,000 for supervisors.\n")
    assert (15000, 19000) not in _pay(rungs)


def test_a_trade_apprenticeship_named_is_no_move_in() -> None:
    guide = _parse(
        "Removals worker\n"
        "Removals workers move household and office furniture.\n"
        "How to become\n"
        "You could apply to do a Removals Operative Level 2 Intermediate Apprenticeship, "
        "with a removals firm.\n")
    assert "Removals Operative" not in _texts(guide.moves_in)


def test_a_youll_need_to_list_under_requirements_names_no_skills() -> None:
    guide = _parse(
        "Kiln packer\n"
        "Kiln packers load and unload kilns at a pottery.\n"
        "What it takes\n"
        "Skills and knowledge\n"
        "You'll need:\n"
        "- customer service skills\n"
        "Restrictions and Requirements\n"
        "You'll need to:\n"
        "- pass a medical check\n"
        "- have a good level of fitness\n")
    skills = _texts(guide.skills)
    assert "customer service skills" in skills
    assert not {"pass a medical check", "level of fitness"} & skills
