"""New seeds of the generator, fifth draw (helper fresh47): a step grid headed "X 1st class –
grid", a pay grid's index before its figure, a coded skill statement opening with a verb of
working with others, a wage printed as a sum of lettered parts, a firm's cell beside a title
in a jobs row, a rung line's grade tag before its colon, a "For reference," label and a named
contractor's rate.

Every page is invented here (bodies, firms, roles, places, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.items import coded_skills
from careergraph.guides.step_grids import grid_base


def _pay(text: str, name: str) -> list[tuple[str | None, float | None, float | None, str]]:
    return [(band.role, band.min, band.max, band.period)
            for band in parse_text(text, name).salaries]


def test_a_grid_word_after_the_grade_is_no_part_of_its_name() -> None:
    assert grid_base("Senior Keeper 2nd class – grid") == "Senior Keeper"
    assert grid_base("Senior Keeper 1st class - grid") == "Senior Keeper"
    assert grid_base("Scale of the senior keeper of 1st class") == "senior keeper"
    assert grid_base("Grid of the senior keeper of 2nd class") == "senior keeper"
    # a grade of another name stays that grade's
    assert grid_base("Head Keeper – grid") == "Head Keeper"


_GRIDS = ("Municipal Keeper: grid and salary in 2027\n\n"
          "The municipal keeper works in the local civil service, category C.\n\n"
          "Senior keeper 2nd class – grid\n\n"
          "Step | Gross index | Increased index | Duration | Gross monthly treatment\n"
          "1 | 401 | 362 | 1 year | 1 760,10 €\n"
          "2 | 409 | 368 | 2 years | 1 789,30 €\n"
          "3 | 418 | 375 | - | 1 823,35 €\n\n"
          "Senior keeper 1st class – grid\n\n"
          "Step | Gross index | Increased index | Duration | Gross monthly treatment\n"
          "1 | 436 | 388 | 2 years | 1 886,55 €\n"
          "2 | 447 | 396 | - | 1 925,45 €\n")


def test_each_class_grid_of_one_grade_is_the_roles_own() -> None:
    guide = parse_text(_GRIDS, "municipal-keeper.txt")
    pay = [(band.role, band.min, band.period) for band in guide.salaries]
    assert (None, 1886.55, "month") in pay or (None, 1887, "month") in pay
    assert all(role is None for role, _, _ in pay)
    assert not guide.progressions


def test_a_grid_index_is_no_low_end_of_a_range() -> None:
    found = find_amounts("Step 6 : IB 471 / IM 418 – 2 031,60 € gross")
    assert [(m.low, m.high) for m in found] == [(2032, 2032)]
    found = find_amounts("Step 2 : index 377 - 1 832,10 € gross")
    assert [(m.low, m.high) for m in found] == [(1832, 1832)]


def test_a_statement_of_working_with_others_names_no_skill() -> None:
    assert coded_skills("S2: Liaise with planners and depot supervisors") == []
    assert coded_skills("S4 Partner with finance and legal teams") == []
    # a noun phrase joined by "and" still names its skills
    assert coded_skills("K2: Tide tables and chart datums") == ["Tide tables", "chart datums"]


_SUM = ("Job Offer Information (Full-time)\n\n"
        "Business name         Kirimura Dyeworks Co., Ltd.\n"
        "Occupation            Indigo dyer\n"
        "Wage (a + b)          214,000 yen ~ 251,000 yen\n"
        "a Basic salary        196,000 yen ~ 233,000 yen\n"
        "b Fixed allowance     Craft allowance 18,000 yen\n"
        "Working hours         8:30 ~ 17:30\n")


def test_a_lettered_part_of_a_summed_wage_is_no_pay_of_its_own() -> None:
    pay = _pay(_SUM, "indigo-dyer.txt")
    assert (None, 214000, 251000, "month") in pay
    assert all(low != 196000 for _, low, _, _ in pay)


_JOBS = ("Results for 31B Field Cook: 2 civilian careers\n\n"
         "Civilian occupation        | Median hourly | Median yearly | Outlook\n"
         "Line Cook                  | $17.40 | $36,190 | Bright Outlook\n"
         "Kitchen Supervisor         | $22.15 | $46,070 | Average\n\n"
         "Jobs near you\n"
         "Line Cook | Tamsett Dining Group | OR | $19/hr | Full-time\n"
         "Kitchen Supervisor | Orchard Hill Partners | WA | $26/hr | Full-time\n")


def test_a_firm_cell_beside_a_title_owns_no_pay() -> None:
    pay = _pay(_JOBS, "line-cook.txt")
    assert ("Kitchen Supervisor", 26, 26, "hour") in pay
    assert all(role != "Orchard Hill Partners" for role, _, _, _ in pay)


_CHARTER = ("Ferry Scheduler – role charter\n\n"
            "Kestrel Sound Ferries — Ferry Scheduler (Operations)\n\n"
            "Levels (USD a year)\n"
            "Ferry Scheduler I - Grade 4: $52,000–$58,000\n"
            "Senior Ferry Scheduler - Grade 6: $64,000–$71,000\n"
            "Operations Planning Manager - Grade 8: $83,000–$95,000\n\n"
            "For reference, Deck Officer (grade 7): $70,500–$79,900 annual.\n"
            "For comparison, Grade 3 (Junior Ferry Scheduler): $44,000–$49,500\n")


def test_a_rung_lines_grade_tag_leaves_its_title_the_owner() -> None:
    pay = _pay(_CHARTER, "ferry-scheduler.txt")
    assert (None, 52000, 58000, "year") in pay
    assert ("Operations Planning Manager", 83000, 95000, "year") in pay
    assert ("Deck Officer", 70500, 79900, "year") in pay
    # a grade's name after the comparison's label owns nothing: the role's own grade
    assert (None, 44000, 49500, "year") in pay


_COUNCIL = ("STAFF REPORT\n\n"
            "BACKGROUND\n"
            "The Harbor Pump Technician keeps the city's lift stations running. The work is now "
            "done partly by a contractor, Bayline Pump Services LLC, at $118 per hour.\n\n"
            "FISCAL IMPACT\n"
            "The proposed range for the Harbor Pump Technician is $29.10–$38.75 per hour.\n")


def test_a_named_contractors_rate_is_no_pay() -> None:
    pay = _pay(_COUNCIL, "harbor-pump-technician.txt")
    assert all(low != 118 for _, low, _, _ in pay)
    assert (None, 29.1, 38.75, "hour") in pay
