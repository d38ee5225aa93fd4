"""Brazilian salary portals read through a browser translator (the real's sign and Brazilian
number notation "R$ 4.512,80"; the grid of periods by statistic "Monthly Salary Annual
Salary …" / "Salary Median …", one row a line or one cell a line; pay by city), and
apprenticeship vacancies ("Apprentice Stonemason": the trade is the role).

Every page is invented here (roles, places, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts

ROW_PAGE = ("Welder (shipyards) - Pernambuco\n"
            "R$ 3.402,15/month\n"
            "A Welder working in the state of Pernambuco earns on average R$ 3.402,15 a month.\n"
            "Salary table of Welder\n"
            "Monthly Salary Annual Salary Salary Per Week Salary Per Hour\n"
            "Salary Average 3.402,15 40.825,80 850,54 18,90\n"
            "1st Quartile 2.210,00 26.520,00 552,50 12,28\n"
            "Salary Median 3.105,40 37.264,80 776,35 17,25\n"
            "Highest Salary 7.950,00 95.400,00 1.987,50 44,17\n"
            "The welder joins steel plates for ship hulls.\n")

CELL_PAGE = ("Pharmacy Technician\n"
             "A Pharmacy Technician earns on average R$ 2.870,50; the median is R$ 2.640,00.\n"
             "Salary table of Pharmacy Technician\n"
             "Monthly Salary\nAnnual Salary\n"
             "Salary Average\n2.870,50\n34.446,00\n"
             "Salary Median\n2.640,00\n31.680,00\n"
             "Salary ceiling\n6.115,75\n73.389,00\n"
             "Pharmacy technicians dispense medicines and keep stock records.\n")


def _pay(page: str, name: str) -> set[tuple[str, float | None, float | None, str, str]]:
    return {(s.currency, s.min, s.max, s.period, s.statistic)
            for s in parse_text(page, name).salaries}


def test_the_reals_sign_and_brazilian_notation() -> None:
    found = [(m.currency, m.low, m.high, m.period)
             for m in find_amounts("earns between R$ 1.850,40 and R$ 4.915,00")]
    assert found == [("BRL", 1850, 4915, "month")]  # pay in reais is quoted by the month
    assert [(m.currency, m.low) for m in find_amounts("R$ 27,35 an hour")] == [("BRL", 27.35)]
    # The dollar stays a dollar, its grouping the English one.
    assert [(m.currency, m.low) for m in find_amounts("$1,850 a month")] == [("USD", 1850)]


def test_a_grid_one_row_a_line_gives_the_average_and_median_in_every_period() -> None:
    pay = _pay(ROW_PAGE, "welder.txt")
    assert ("BRL", 3402, 3402, "month", "average") in pay
    assert ("BRL", 40826, 40826, "year", "average") in pay
    assert ("BRL", 850.54, 850.54, "week", "average") in pay
    assert ("BRL", 18.9, 18.9, "hour", "average") in pay
    assert ("BRL", 17.25, 17.25, "hour", "median") in pay
    lows = {low for _, low, _, _, _ in pay}
    assert not lows & {2210, 552.5, 7950, 44.17}  # quartiles and the highest salary: no pay


def test_a_grid_one_cell_a_line() -> None:
    pay = _pay(CELL_PAGE, "pharmacy.txt")
    assert ("BRL", 34446, 34446, "year", "average") in pay
    assert ("BRL", 31680, 31680, "year", "median") in pay
    periods = {(low, period) for _, low, _, period, _ in pay}
    assert {(2870, "month"), (34446, "year"), (2640, "month"), (31680, "year")} <= periods
    assert not {low for low, _ in periods} & {6116, 73389}  # the ceiling: no pay


CITY_PAGE = ("Electrician (construction) - Bahia\n"
             "R$ 3.640,00/month\n"
             "An Electrician working in the state of Bahia earns on average R$ 3.640,00.\n"
             "Salary by city\n"
             "City | Salary range | Average salary\n"
             "Salvador - BA | 2.400 - 7.300 | 3.980,55\n"
             "Feira de Santana - BA | 2.150 - 6.050 | 3.412,90\n"
             "Salaries in the cities that hire the most\n"
             "City Salary Range Average Salary Salary Median Highest Salary\n"
             "Ilhéus - BA 2.050 - 5.900 3.120,45 2.880,00 5.900,00\n")


def test_a_city_table_gives_the_roles_pay_in_each_city() -> None:
    found = {(s.region, s.min, s.max, s.currency, s.period, s.statistic)
             for s in parse_text(CITY_PAGE, "electrician.txt").salaries}
    assert ("Salvador", 2400, 7300, "BRL", "month", "range") in found
    assert ("Salvador", 3981, 3981, "BRL", "month", "average") in found
    assert ("Feira de Santana", 2150, 6050, "BRL", "month", "range") in found
    # The heads run together, the range one cell among figures set apart by spaces.
    assert ("Ilhéus", 2050, 5900, "BRL", "month", "range") in found
    assert ("Ilhéus", 2880, 2880, "BRL", "month", "median") in found
    assert not any(low == 5900 and high == 5900 for _, low, high, _, _, _ in found)


VACANCY = ("Find an apprenticeship\n"
           "Apprentice Stonemason\n"
           "Cathedral Masonry Works\n"
           "Wage\n"
           "£15,900 a year\n"
           "Wage additional information: Rising to £18,250 in year 2 and £21,600 in year 3.\n"
           "Work\n"
           "You will dress limestone blocks with a banker mallet and claw chisels.\n"
           "After this apprenticeship\n"
           "Qualified stonemasons earn £27,500–£33,000.\n")


def test_an_apprenticeship_vacancy_is_about_its_trade() -> None:
    guide = parse_text(VACANCY, "vacancy.txt")
    assert guide.role is not None and guide.role.text == "Stonemason"
    steps = {tuple(fact.text for fact in chain) for chain in guide.progressions}
    assert ("Apprentice Stonemason", "Stonemason") in steps
    pay = {(s.min, s.max) for s in guide.salaries}
    assert {(18250, 18250), (21600, 21600), (27500, 33000)} <= pay
    assert not any(low is not None and low < 100 for low, _ in pay)  # "year 2" is no figure


PORTAL = ("Translated to: English  Show original\n"
          "Home > Professions > Logistics > Forklift Operator (logistics) > Paraná\n"
          "Forklift Operator (logistics) - Paraná\n"
          "R$ 2.480,00/month\n"
          "A Forklift Operator working in the state of Paraná earns on average R$ 2.480,00.\n"
          "Salary table of Forklift Operator\n"
          "Monthly Salary Annual Salary\n"
          "Salary Average 2.480,00 29.760,00\n"
          "What does a Forklift Operator do\n"
          "The Forklift Operator moves pallets in warehouses and loads trucks.\n"
          "Related professions:\n"
          "Reach Truck Driver\n"
          "Crane Operator\n"
          "Jobs for Forklift Operator  Receive jobs by email\n"
          "Was this translation helpful? 👍 👎\n")

NEWSLETTER = ("View in browser | Forwarded this email? Subscribe here\n"
              "Issue #12 · 5 min read\n"
              "Beekeeper: the people who keep the hives going\n"
              "This issue is brought to you by Hivemind Bank. Earn 4% on a $50,000 deposit.\n"
              "THE MONEY\n"
              "Commercial beekeepers earn $41,000–$58,000 a year.\n"
              "How did we like this issue? 👍 Loved it | 👎 Nope\n"
              "Unsubscribe | Update your preferences\n")


def test_a_portals_related_professions_are_no_moves() -> None:
    guide = parse_text(PORTAL, "forklift.txt")
    named = {fact.text for fact in guide.transitions_to} | {fact.text for fact in guide.leads_to}
    assert not named & {"Reach Truck Driver", "Crane Operator"}
    assert ("BRL", 29760) in {(s.currency, s.min) for s in guide.salaries}


def test_a_newsletters_sponsor_figure_is_no_pay() -> None:
    guide = parse_text(NEWSLETTER, "beekeeper.txt")
    pay = {(s.min, s.max) for s in guide.salaries}
    assert (41000, 58000) in pay
    assert not any(low == 50000 for low, _ in pay)


def test_a_band_between_labelled_ends_and_a_ceiling_alone() -> None:
    text = ("The salary range is between R$ 2.310,00 median salary of the survey and the salary "
            "ceiling of R$ 8.940,50, with R$ 2.905,10 being the average of the salary floor.")
    assert [(m.low, m.high) for m in find_amounts(text)] == [(2310, 8940)]
    assert find_amounts("the salary ceiling of R$ 8.940,50") == []
    # Ends labelled with their owners stay two figures.
    found = find_amounts("between $41,000 for juniors and $88,000 for seniors")
    assert [(m.low, m.high) for m in found] == [(41000, 41000), (88000, 88000)]


BOARD = ("Beekeeper\n"
         "Beekeepers keep hives healthy and harvest honey.\n"
         "Open roles\n"
         "Beekeeper — Golden Comb Apiaries — Nelson — NZ$52,000–NZ$61,000\n"
         "Queen Breeder — Hivecraft — Timaru — NZ$68,500\n"
         "Orchard Hand — Appleby Farms — Motueka — Apply by Monday\n")


def test_a_dashed_job_board_gives_openings_and_their_pay() -> None:
    guide = parse_text(BOARD, "beekeeper.txt")
    pay = {(s.role, s.min, s.max, s.region) for s in guide.salaries}
    assert (None, 52000, 61000, "Nelson") in pay  # the role's opening: its own pay there
    assert ("Queen Breeder", 68500, 68500, "Timaru") in pay  # another title's figure
    employers = {fact.text for fact in guide.employers}
    assert "Golden Comb Apiaries" in employers
    assert not employers & {"Hivecraft", "Appleby Farms"}  # other openings' companies


def test_a_portals_personal_competences_are_skills_and_its_career_section_no_skills() -> None:
    page = PORTAL.replace("Related professions:\n", "Personal competences\n"
                          "Operate with attention to safety\nPlan the loading order\n"
                          "Career\nThe career usually starts as warehouse assistant, then "
                          "forklift operator and logistics supervisor.\n"
                          "Related professions:\n")
    guide = parse_text(page, "forklift.txt")
    skills = {fact.text for fact in guide.skills}
    assert {"Operate with attention to safety", "Plan the loading order"} <= skills
    assert not any("supervisor" in skill.lower() for skill in skills)
