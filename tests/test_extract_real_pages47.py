"""Structures of real public career pages (helper real47, 2026-12-06), on invented pages.

Crafts and trades never studied before: tattoo artists (a career app's card, a how-to
article), piano tuners (a music-careers site's old and new cards, a copy site's card with
"Average Annual Earnings", an Australian course site's duties and skills lists), chimney
sweeps (a research encyclopedia's "Snapshot", a career encyclopaedia's fact box printed one
field a line with "$25,000 to $40,000 to $80,000"), beekeepers (a career encyclopaedia's
"Quick Facts" box flattened into one-word-label rows and its "Career Ladder" printed top
first, an agriculture careers site, a flattened leaflet), brewers (the same encyclopaedia),
watch repairers (a job-spec site's emoji card, O*NET-based portals: a college-planning site
whose trail is printed one crumb a line, a "what career" site, a summary card), custom
upholsterers (a career encyclopedia), wig and hairpiece makers (a career test's skills, each
over its definition, and a job wiki's "Other titles"), boat builders (an occupational map's
card under its legend) and a workboat crewmember's apprenticeship-standard summary.  What
was wrong: a stacked fact box read as a site menu (the page rejected); the middle of three
rising figures read as the top of a band and the top as a point; "also known as sweeps and
chimney technicians" gave "Sweeps and Chimney Technician"; "Beekeepers, also known as
apiarists, care for …" named no role; the "Quick Facts" rows gave an alias "Bottle Beer" and a
role "Alternate Title(s) Apiarist" owning the pay; a ladder printed top first read upwards
backwards; "Piano Tuner-Technician" named "Tuner Technician" (as a file slug), a mid-page
"Piano Tuner Jobs" link the role; a trail one crumb a line, a card title printed twice under
a map's legend and a skills list whose items each stand over their definition were not read.
"""

from __future__ import annotations

from page_facts import parse_page as _parse
from page_facts import pay_pairs as _pay
from page_facts import texts as _texts


def test_a_fact_box_stacked_one_field_a_line_is_no_menu() -> None:
    guide = _parse(
        "Rope Maker Job Description\n"
        "School Subjects\n"
        "Art, Technical/shop\n"
        "Personal Skills\n"
        "Mechanical/manipulative, Following instructions\n"
        "Work environment\n"
        "Indoors, Primarily one location\n"
        "Salary range\n"
        "$21,000 to $30,000\n"
        "Overview\n"
        "Rope makers twist fibres into cordage for ships, climbers and farms. They tend the "
        "walks and machines.\n")
    assert guide.role.text == "Rope Maker"
    skills = _texts(guide.skills)
    assert "Mechanical/manipulative" in skills
    assert not {"Work environment", "Indoors", "Primarily one location"} & skills
    # a menu's short lines, no values under them, stay chrome
    menu = _parse("Skills\nSalary\nEmployers\nTraining\nContact\n\n"
                  "Rope Maker\n\nRope makers twist fibres into cordage for ships.\n")
    assert menu.role.text == "Rope Maker"
    assert "Salary" not in _texts(menu.skills)


def test_three_rising_figures_are_a_band_and_its_median() -> None:
    guide = _parse("Sail Maker\n\nSail makers cut and sew sails for yachts.\n\n"
                   "Salary range\n$22,000 to $35,000 to $61,000\n")
    assert (22000, 61000) in _pay(guide)
    medians = {(s.min, s.statistic) for s in guide.salaries}
    assert (35000, "median") in medians
    assert (22000, 35000) not in _pay(guide)
    # two figures stay the band they print
    plain = _parse("Sail Maker\n\nSail makers cut and sew sails for yachts.\n\n"
                   "Salary range\n$22,000 to $35,000\n")
    assert _pay(plain) == {(22000, 35000)}


def test_a_worker_then_a_title_of_its_own_are_two_other_names() -> None:
    guide = _parse("Flue Cleaner\n\nFlue cleaners, also known as sweeps and flue "
                   "technicians, clean and inspect flues for householders.\n")
    aliases = _texts(guide.aliases)
    assert "Flue Technician" in aliases
    assert not any(" and " in alias for alias in aliases)
    # a title whose fields "and" joins stays one
    tiler = _parse("Tiler\n\nTilers, also known as wall and floor tilers, fit tiles in "
                   "kitchens and bathrooms.\n")
    assert "Wall and Floor Tiler" in _texts(tiler.aliases)


def test_a_plural_subjects_other_names_before_its_verb() -> None:
    guide = _parse("Hive Inspection Season\n\n"
                   "Beekeepers, also known as apiarists, care for colonies of honeybees and "
                   "harvest their honey for shops and farms.\n")
    assert guide.role.text == "Beekeeper"
    assert "Apiarist" in _texts(guide.aliases)


def test_a_titled_fact_box_reads_its_one_word_labels() -> None:
    guide = _parse(
        "Cooper\n\n"
        "Coopers make and repair wooden casks for distilleries and wineries.\n\n"
        "Quick Facts\n"
        "Alternate Title(s) Caskmakers\n"
        "Duties Raise casks; toast staves; fit hoops; test casks for leaks\n"
        "Salary Range Below $30,000\n"
        "Work Environment Primarily Indoors\n"
        "Outlook Little Change\n")
    assert guide.role.text == "Cooper"
    assert {s.role for s in guide.salaries} == {None}
    assert (None, 30000) in _pay(guide)
    aliases = _texts(guide.aliases)
    assert "Caskmaker" in aliases
    assert not any("Title" in alias or "Environment" in alias for alias in aliases)
    # a glued panel under such a title is left to its own reader
    glued = _parse("Cooper\n\nCoopers make casks.\n\nKey Facts\nAverage Salary$41,000\n"
                   "IndustryDistilling, Wine\nTop EmployersKestrel Casks\n")
    assert "Kestrel Casks" in _texts(glued.employers)


def test_a_ladder_list_printed_top_first_reads_upwards() -> None:
    guide = _parse(
        "Brewers\n\nBrewers turn malt, hops and yeast into beer in breweries.\n\n"
        "Career Ladder\n"
        "  • Taproom Owner\n"
        "  • Masterbrewer\n"
        "  • Shift Brewer\n"
        "  • Brewer\n"
        "  • Hobbyist or Apprentice Brewer\n")
    chains = [[step.text for step in chain] for chain in guide.progressions]
    assert ["Brewer", "Shift Brewer"] in chains
    assert ["Shift Brewer", "Brewer"] not in chains
    # printed lowest first, the list reads as printed
    upward = _parse(
        "Brewers\n\nBrewers turn malt, hops and yeast into beer in breweries.\n\n"
        "Career Ladder\n"
        "  • Hobbyist or Apprentice Brewer\n"
        "  • Brewer\n"
        "  • Shift Brewer\n"
        "  • Masterbrewer\n"
        "  • Taproom Owner\n")
    chains = [[step.text for step in chain] for chain in upward.progressions]
    assert ["Brewer", "Shift Brewer"] in chains


def test_a_double_barrelled_title_and_a_jobs_link() -> None:
    guide = _parse("Careers In\n\nOrgan Tuner-Technician\n\n"
                   "Career Description: Tunes and voices church organs.\n\n"
                   "Salary: $28,000 to $70,000\n\n"
                   "Organ Tuner Jobs\n\n"
                   "About This Music Career\n\n"
                   "The tuner-technician climbs into the organ case to set each pipe.\n")
    assert guide.role.text == "Organ Tuner-Technician"
    assert {s.role for s in guide.salaries} == {None}
    titled = _parse("How to Become an Organ Tuner-Technician, Job Description – Salary\n\n"
                    "Organ technicians tune pipe organs in churches.\n")
    assert titled.role.text == "Organ Tuner-Technician"


def test_a_trail_printed_one_crumb_a_line() -> None:
    guide = _parse("Careers\n\n>\n\nCrafts\n\n>\n\nMaking, Mending & Repair\n\n>\n\n"
                   "Clock Repairers\n\nClock Repairers\n\nOverview\nJob Zone Three\n")
    assert guide.role.text == "Clock Repairer"


def test_a_card_title_printed_twice_under_a_maps_legend() -> None:
    guide = _parse(
        "Potential occupational standard\n"
        "Occupational standard in development\n"
        "Approved occupational standard\n"
        "Technical Qualification\n"
        "Higher Technical Qualification\n"
        "Foundation Apprenticeship\n"
        "Occupational progression\n"
        "Favourite occupation\n"
        "Sail maker\n\n"
        "Sail maker\n\n"
        "Engineering and manufacturing\n\n"
        "Level 3 - Technical Occupation\n\n"
        "Making and repairing sails for yachts and racing dinghies.\n")
    assert guide.role.text == "Sail Maker"
    skills = _texts(guide.skills)
    assert not {"Foundation Apprenticeship", "Favourite occupation"} & skills


def test_items_each_over_their_definition_are_skills_named_whole() -> None:
    guide = _parse(
        "Profession saddle maker\n\n"
        "Saddle makers cut, stitch and fit leather saddles for riders and their horses.\n\n"
        "Skills\n\n"
        "  • Cut leather\n\n"
        "    Cut hides into the panels a pattern gives.\n\n"
        "  • Keep up with trends\n\n"
        "    Monitor and follow new trends and developments in specific sectors.\n\n"
        "  • Use personal protection equipment\n\n"
        "    Make use of gloves and goggles according to training and manuals.\n")
    skills = _texts(guide.skills)
    assert {"Cut leather", "Keep up with trends", "Use personal protection equipment"} <= skills
    assert not _texts(guide.sectors) & {"Monitor", "follow new trends"}
    # two such items are no such list: the second item stays as printed
    two = _parse("Saddle Maker\n\nSaddle makers stitch saddles for riders.\n\nSkills\n\n"
                 "  • Cut leather\n\n    Cut hides into panels.\n\n"
                 "  • Keep up with trends\n\n    Follow what riders ask for.\n")
    assert "Keep up with trends" not in _texts(two.skills)


def test_new_heads_name_crafts_and_crews() -> None:
    assert _parse("Workboat Crewmember\n\nWorking on small boats.\n").role.text == (
        "Workboat Crewmember")
    guide = _parse("Wig and hairpiece makers create and maintain wigs for live "
                   "performance in theatres.\n")
    assert guide.role.text.lower() == "wig and hairpiece maker"
