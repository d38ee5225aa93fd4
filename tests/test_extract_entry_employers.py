"""Employers on immigration entries and school worksheets: the firms that hired or sponsored
clients are read (their town and region code in brackets left out), while visa-table rows,
related codes, footers, worksheet prompts and answer keys give no employer.

Every page is invented here (firms, towns, codes, schools, figures).
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text


def _read(page: str) -> tuple[list[str], list[str]]:
    guide = parse_text(page, "page.txt")
    return [f.text for f in guide.employers], [f.text for f in guide.sectors]


# Employers named with their town and region code in brackets, under a hiring heading.
PLACED = [
    ("Dental Hygienist\nDental hygienists clean teeth and teach patients to care for gums.\n"
     "Who hires our clients\n"
     "This year our hygienist clients received job offers from Tidewater Smiles Dental "
     "Group (Halifax, NS), Cedar Lane Family Dentistry (Moncton, NB) and Northern Lights "
     "Oral Health (Whitehorse, YT).\n",
     ["Tidewater Smiles Dental Group", "Cedar Lane Family Dentistry",
      "Northern Lights Oral Health"], ["Halifax", "NS", "Moncton", "YT"]),
    ("Diesel Fitter\nDiesel fitters service engines on mining fleets.\nWho is sponsoring?\n"
     "Employers that sponsored our fitter clients in 2026: Redrock Haulage Services "
     "(Karratha WA), Bowen Basin Plant Hire (Moranbah QLD) and Copperline Mining "
     "Equipment (Mount Isa QLD).\n",
     ["Redrock Haulage Services", "Bowen Basin Plant Hire", "Copperline Mining Equipment"],
     ["Karratha WA", "Moranbah QLD", "QLD"]),
    ("Cook\nCooks prepare meals in restaurants and hotels.\nWho hires cooks?\n"
     "Our clients were hired by Saltmarsh Bistro (Tofino, BC), Juniper Ridge "
     "Lodge (Banff, AB) and Harbourfront Oyster House (Charlottetown, PE).\n",
     ["Saltmarsh Bistro", "Juniper Ridge Lodge", "Harbourfront Oyster House"],
     ["Tofino", "BC", "Banff", "PE"]),
]

# Pages whose employer section is followed by related codes, a footer, a visa table or an
# answer key: none of those lines is an employer.
NOT_EMPLOYERS = [
    ("Pharmacy Technician\nPharmacy technicians prepare prescriptions.\n"
     "Who hires our clients\n"
     "Our clients work for Greenleaf Pharmacy, Bayside Chemists and Orchard Health Group.\n"
     "Related NOC codes\n"
     "31120 Pharmacists · 33103 Pharmacy technical assistants\n"
     "© 2026 Northbridge Visa Services Inc. · 200 Main St, Winnipeg MB · Privacy · Terms\n",
     ["Northbridge Visa Services Inc", "Privacy", "Terms", "Related NOC codes",
      "31120 Pharmacists"]),
    ("Bricklayer\nBricklayers build walls, arches and chimneys.\nVisa options\n"
     "Subclass\tList\tEligible?\n"
     "189 Skilled Independent\tMLTSSL\tYes\n"
     "186 Employer Nomination (Direct Entry)\tCSOL\tYes\n"
     "494 Employer Sponsored Regional\tRSOL\tYes\n"
     "Award minimum: $1,020 a week.\n",
     ["CSOL Yes", "RSOL Yes", "CSOL", "RSOL"]),
    ("Florist\nFlorists arrange flowers for shops, weddings and funerals.\n"
     "TASK 4: Read Priya's story.\n"
     "\"I started at Bloomfield Garden Centre on Saturdays and now I design bouquets.\"\n"
     "1. What was Priya's first job? ____________\n"
     "2. Who employs Priya now? ____________\n"
     "ANSWERS (teacher copy)\n"
     "Task 4: 1. Saturday job   2. Petal & Stem\n"
     "Hillcrest School Careers Team | Sheet 2.1 | Page 1 of 2\n",
     ["ANSWERS (teacher copy)", "Hillcrest School Careers Team", "Sheet 2.1",
      "Page 1 of 2"]),
    # more related codes and footers
    ("Machinist\nMachinists set up lathes and mills to cut metal parts.\n"
     "Who hires machinists\n"
     "Employers include Ironvale Precision, Kettle Creek Tooling and Marlow Aerospace.\n"
     "Related ANZSCO codes\n"
     "323211 Fitter (General) · 323412 Toolmaker\n"
     "© 2026 Coastline Migration Pty Ltd · Level 4, 10 Queen St · Privacy · Terms\n",
     ["Coastline Migration Pty Ltd", "Privacy", "Terms", "Related ANZSCO codes",
      "323211 Fitter"]),
    ("Baker\nBakers mix dough and bake bread and pastries.\nWho hires our clients\n"
     "Recent clients joined Crumb & Crust Bakery, Golden Loaf Co-op and Rye House.\n"
     "Related codes\n"
     "63202 Bakers · 94140 Process control operators\n"
     "© 2026 Maplewood Immigration Inc. · 12 King St, Guelph ON · Privacy · Terms\n",
     ["Maplewood Immigration Inc", "Privacy", "Terms", "Related codes", "63202 Bakers"]),
    # more coded visa rows whose names hold "Employer"
    ("Electrician\nElectricians install and repair wiring.\nVisa options\n"
     "Subclass\tList\tEligible?\n"
     "190 Skilled Nominated\tMLTSSL\tYes\n"
     "186 Employer Nomination Scheme\tMLTSSL\tYes\n"
     "482 Temporary Skill Shortage\tMLTSSL\tYes\n",
     ["MLTSSL Yes", "MLTSSL"]),
    ("Chef\nChefs plan menus and run kitchens.\nVisa pathways\n"
     "Stream\tProgram\tOpen?\n"
     "11 Employer Job Offer\tOINP\tOpen\n"
     "12 Employer Driven\tAAIP\tClosed\n",
     ["OINP Open", "AAIP Closed", "OINP", "AAIP"]),
    # more worksheet prompts followed by answer keys
    ("Paramedic\nParamedics treat patients at emergencies and drive ambulances.\n"
     "TASK 3: Read Tom's story.\n"
     "\"I was a care assistant, then joined Westshire Ambulance Service as a trainee.\"\n"
     "1. Who employs Tom now? ________________\n"
     "ANSWER KEY\n"
     "Task 3: 1. Westshire Ambulance Service\n"
     "Greenfield High | Careers Unit 5 | Page 2 of 3\n",
     ["ANSWER KEY", "Greenfield High", "Careers Unit 5", "Page 2 of 3"]),
    ("Gardener\nGardeners plant, prune and mow in parks and private gardens.\n"
     "Activity 2\n"
     "a) Where do gardeners work? ______________\n"
     "b) Which employers hire gardeners near you? ______________\n"
     "Teacher notes\n"
     "St Aidan's College Careers | Lesson 7 | Page 1 of 1\n",
     ["Teacher notes", "St Aidan's College Careers", "Lesson 7", "Page 1 of 1"]),
]

# A listed workplace named by a lower-case plural: a kind of workplace (a sector).
KINDS = [
    ("Youth Worker\nYouth workers run clubs and mentoring for young people.\n"
     "Where youth workers work\n"
     "community centres · Scout and Guide groups · Catholic Youth Ministry programs · "
     "housing charities\n",
     "Catholic Youth Ministry programs"),
    ("Arborist\nArborists prune and remove trees.\nWhere arborists work\n"
     "council parks teams · National Trust estates · utility line-clearing crews · "
     "private tree surgeons\n",
     "National Trust estates"),
    ("Play Therapist\nPlay therapists help children work through trauma.\n"
     "Where play therapists work\n"
     "schools · NHS Mental Health services · private practices\n",
     "NHS Mental Health services"),
]


@pytest.mark.parametrize(("page", "firms", "places"), PLACED)
def test_hiring_firms_without_their_places(page: str, firms: list[str],
                                           places: list[str]) -> None:
    employers, _ = _read(page)
    assert set(firms) <= set(employers)
    assert not set(places) & set(employers)


@pytest.mark.parametrize(("page", "wrong"), NOT_EMPLOYERS)
def test_codes_footers_visa_rows_and_prompts_are_no_employers(page: str,
                                                              wrong: list[str]) -> None:
    employers, _ = _read(page)
    assert not set(wrong) & set(employers)


def test_the_real_employers_above_related_codes_stay() -> None:
    employers, _ = _read(NOT_EMPLOYERS[0][0])
    assert {"Greenleaf Pharmacy", "Bayside Chemists", "Orchard Health Group"} <= set(employers)


@pytest.mark.parametrize(("page", "kind"), KINDS)
def test_a_lower_case_plural_names_a_kind_of_workplace(page: str, kind: str) -> None:
    employers, sectors = _read(page)
    assert kind not in employers
    assert kind in sectors
