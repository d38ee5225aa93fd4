"""A pay page's rows per company ("X pay by company", "Top companies for Xs"): each company
employs the role, in a spaced table or in cards of name, rating and pay; the city rows, the
"Show more" link and the headings around them are no employers.

Every page is invented here (sites, companies, towns, figures).
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text

# Spaced tables: "Company   Base pay   Reports" above one company a row.
TABLES = [
    ("Welder salary\nAverage base pay: $26.10 an hour.\nWelder pay by company\n"
     "Company                    Base pay        Salaries submitted\n"
     "Ironvale Fabrication       $28.40/hr       112\n"
     "Kestrel Marine Works       $31.10/hr       58\n"
     "Prairie Steel Erectors     $61,300/yr      20\n"
     "View all 17 companies\nHighest paying cities for Welders\n"
     "Calgary, AB    $33.00/hr    80 salaries\n",
     ["Ironvale Fabrication", "Kestrel Marine Works", "Prairie Steel Erectors"],
     ["View all 17 companies", "Calgary, AB", "Company"]),
    ("Pharmacy Technician salary\nThe average pay is £12.80 an hour.\n"
     "Salaries by company\n"
     "Employer               Average pay\n"
     "Greenleaf Chemists     £13.40 per hour\n"
     "Bayside Health Group   £12.95 per hour\n"
     "Orchard Pharmacy       £25,900 per year\n"
     "Show more\nTop skills for Pharmacy Technicians\nDispensing · Stock control\n",
     ["Greenleaf Chemists", "Bayside Health Group", "Orchard Pharmacy"],
     ["Show more", "Employer", "Top skills for Pharmacy Technicians"]),
    ("Line Cook salary\nLine cooks earn $17.50 an hour on average.\n"
     "Top paying companies for Line Cooks\n"
     "Saltmarsh Bistro      $21.00/hr\n"
     "Juniper Lodge         $19.75/hr\n"
     "Harbour Oyster House  $18.90/hr\n"
     "Benefits\nFree meals · Paid time off\n",
     ["Saltmarsh Bistro", "Juniper Lodge", "Harbour Oyster House"],
     ["Benefits", "Free meals"]),
]

# Cards: a company's name, its rating line, its pay line.
CARDS = [
    ("Roofer salary in United Kingdom\nThe average roofer earns £16.20 per hour.\n"
     "Top companies for Roofers in United Kingdom\n"
     "Slatecraft Roofing\n4.0 ★  120 reviews\n£18.40 per hour\n"
     "Northfell Building Ltd\n3.5 ★  44 reviews\n£150 per day\n"
     "Tamar Valley Roofworks\n3.2 ★  12 reviews\n£34,800 per year\n"
     "Show more companies\nHighest paying cities for Roofers near United Kingdom\n"
     "Exeter    £19.00 per hour    41 salaries reported\n",
     ["Slatecraft Roofing", "Northfell Building Ltd", "Tamar Valley Roofworks"],
     ["Show more companies", "Exeter"]),
    ("Dental Nurse salary\nThe average dental nurse earns £24,600 a year.\n"
     "Top employers\n"
     "Smile Street Dental\n4.2 ★  61 reviews\n£26,100 per year\n"
     "Riverside Orthodontics\n3.9 ★  23 reviews\n£25,400 per year\n"
     "Meadow Lane Dental Care\n3.7 ★  9 reviews\n£12.30 per hour\n"
     "Frequently asked questions\n",
     ["Smile Street Dental", "Riverside Orthodontics", "Meadow Lane Dental Care"],
     ["Frequently asked questions"]),
    ("Forklift Operator salary\nForklift operators make $19.80 an hour.\n"
     "Forklift Operator pay by employer\n"
     "Redline Logistics\n3.8 ★  310 reviews\n$21.40 per hour\n"
     "Cobalt Distribution\n3.4 ★  95 reviews\n$20.10 per hour\n"
     "Northstar Cold Storage\n4.1 ★  40 ratings\n$22.75 per hour\n"
     "View all companies\n",
     ["Redline Logistics", "Cobalt Distribution", "Northstar Cold Storage"],
     ["View all companies"]),
]


def _employers(page: str) -> list[str]:
    return [f.text for f in parse_text(page, "page.txt").employers]


@pytest.mark.parametrize(("page", "firms", "wrong"), TABLES + CARDS)
def test_each_company_row_employs_the_role(page: str, firms: list[str],
                                           wrong: list[str]) -> None:
    employers = _employers(page)
    assert set(firms) <= set(employers)
    assert not set(wrong) & set(employers)


def test_a_name_right_above_other_pay_lines_is_no_company() -> None:
    page = ("Boat Mechanic\nBoat mechanics service outboard engines for $24 an hour.\n"
            "Top Employers Harbour Marine, Lakeside Outboards\n\n"
            "Related Jobs\nSmall Engine Mechanics $45,100/yr\nDiesel Mechanics $52,300/yr\n")
    assert "Related Jobs" not in _employers(page)


def test_cards_flattened_onto_one_line_employ_the_role_and_city_rows_do_not() -> None:
    # A job board's salary page copied without its line breaks: each company glued to its
    # rating, reviews and pay; each city glued to its region, pay and salary count.
    page = ("Warehouse Supervisor salary in Singapore\nAverage base salary\nS$4,850per month\n"
            "Top companies for Warehouse Supervisors in Singapore\n"
            "Lintang Logistics Pte. Ltd.4.0 ★ 512 reviewsS$5,300per month\n"
            "Kenari Freight Services3.7 ★ 208 reviewsS$4,900per month\n"
            "View all 31 companies\n"
            "Highest paying cities for Warehouse Supervisors near Singapore\n"
            "Jurong East, West RegionS$5,450per month88 salaries reported\n"
            "Tampines, East RegionS$4,700per month41 salaries reported\n"
            "More Warehouse Supervisor cities ▾\n")
    employers = _employers(page)
    assert {"Lintang Logistics Pte. Ltd.", "Kenari Freight Services"} <= set(employers)
    assert not [e for e in employers if "Jurong" in e or "Tampines" in e or "Region" in e
                or "cities" in e or "View all" in e]


def test_a_compare_with_similar_jobs_strip_names_no_moves() -> None:
    page = ("Glazier salary in Denver, CO\nThe average glazier earns $48,200 a year.\n"
            "Career path\n"
            "Most glaziers start as helpers; with a few years on the job they move up to "
            "Glazing Foreman.\n"
            "Compare with similar jobs\n"
            "Window Installer $41,300/yr · Curtain Wall Fitter $55,900/yr · Glazing Foreman "
            "$63,800/yr\n")
    guide = parse_text(page, "glazier.txt")
    rungs = {f.text for chain in guide.progressions for f in chain}
    moves = {f.text for bucket in (guide.leads_to, guide.transitions_to, guide.moves_in)
             for f in bucket}
    assert not {"Window Installer", "Curtain Wall Fitter"} & (rungs | moves)
    owners = {(s.role, s.min) for s in guide.salaries}
    assert ("Window Installer", 41300) in owners
