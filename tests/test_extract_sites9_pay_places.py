"""Pay, employers and sectors in the structures of held-back set 9's site styles (issue 10).

Each test writes its own small page (invented roles, wording, companies and numbers) in one
structure and asserts what the parser reads from it, with a negative case beside it.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.model import Guide


def pay(guide: Guide) -> list[tuple[int | None, int | None, str, str | None]]:
    return [(s.min, s.max, s.period, s.role) for s in guide.salaries]


def names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {f.text for f in facts}


# -- pay owner -------------------------------------------------------------------------------
def test_pay_section_after_a_listed_move_is_the_page_role_own() -> None:
    # No title in the text: the role comes from the file name.  The move listed as a plain
    # line just above the pay heading heads nothing, so the pay is the lock keeper's.
    page = ("Overview\nEvery lock keeper logs each boat. Most lock keepers work shifts.\n\n"
            "Career path\nHarbour Master\nTour Manager\n\nPay\n$31,200 - $52,800 a year\n")
    guide = parse_text(page, "lock-keeper.txt")
    assert (guide.role.text, guide.role_signal) == ("Lock Keeper", "file_name")
    # ("Harbour Master" is a title too since "Master" heads titles: "Scrum Master")
    assert names(guide.leads_to) == {"Harbour Master", "Tour Manager"}
    assert pay(guide) == [(31200, 52800, "year", None)]


def test_pay_under_a_rung_title_line_stays_that_rung() -> None:
    # The negative case: a title on its own line outside any list of moves still heads the
    # block under it, and the "Salary:" line of that block is its pay.
    page = ("Lab Technician\n\nLab technicians run tests.\n\nEntry Positions\n\nLab Assistant\n\n"
            "What You Do:\n\n  • Labelling samples\n\nSalary: INR 14,000-19,000/month\n")
    assert pay(parse_text(page, "lab-technician.txt")) == [
        (14000, 19000, "month", "Lab Assistant")]


# -- metro pay tables ------------------------------------------------------------------------
METRO = ("Ferry Deckhand\n\nFerry deckhands moor boats and help passengers aboard.\n\n"
         "Ferry Deckhands Median Salary: $41,300\n\nOregon\nCity/AreaEmployeesMedian\n"
         "Annual Salary\nMedian\nHourly Wage\nTop 25%\nAnnual Salary\nTop 25%\nHourly Wage\n"
         "Job Density\nAstoria 120 $39,800 $19.13 $45,100 $21.68 6.4%\n"
         "Portland NA $44,600 $21.44 $50,200 $24.13 -1.9%\n\nMaine\n"
         "City/AreaEmployeesMedian Annual SalaryMedian Hourly WageTop 25% Annual Salary"
         "Top 25% Hourly WageJob Density\nBath 75 $37,900 $18.22 $42,000 $20.19 12.0%\n")


def test_metro_table_medians_are_the_role_own_pay_in_each_place() -> None:
    guide = parse_text(METRO, "ferry-deckhand.txt")
    rows = [(s.min, s.period, s.region, s.role) for s in guide.salaries if s.region]
    assert rows == [(39800, "year", "Astoria", None), (19.13, "hour", "Astoria", None),
                    (44600, "year", "Portland", None), (21.44, "hour", "Portland", None),
                    (37900, "year", "Bath", None), (18.22, "hour", "Bath", None)]
    assert all(s.statistic == "median" for s in guide.salaries if s.region)


def test_metro_table_top_quarter_counts_and_densities_are_no_pay() -> None:
    figures = {s.min for s in parse_text(METRO, "ferry-deckhand.txt").salaries}
    assert not figures & {45100, 50200, 42000, 22, 24, 20, 120, 75}


def test_figures_without_a_column_header_are_no_metro_table() -> None:
    page = ("Ferry Deckhand\n\nFerry deckhands moor boats.\n\nAstoria 120 $39,800 $19.13\n")
    assert all(s.region is None for s in parse_text(page, "ferry-deckhand.txt").salaries)


# -- pay owners and points -------------------------------------------------------------------
def test_related_careers_median_rows_belong_to_those_titles() -> None:
    page = ("Ward Clerk\n\nWard clerks keep a hospital ward's records.\n\n"
            "Ward Clerks Median Salary: $36,100\n\nRelated careers\n"
            "Medical Secretaries - Median Salary: $40,250\n")
    assert pay(parse_text(page, "ward-clerk.txt")) == [
        (36100, 36100, "year", None), (40250, 40250, "year", "Medical Secretary")]


def test_similar_job_rows_with_a_midpoint_belong_to_that_title() -> None:
    page = ("Ward Clerk\n\nWard clerks keep a hospital ward's records.\n\nSimilar jobs\n"
            "Medical secretary | Midpoint $40,250\nWard clerk | Midpoint $35,000\n")
    assert pay(parse_text(page, "ward-clerk.txt")) == [
        (40250, 40250, "year", "Medical Secretary"), (35000, 35000, "year", None)]


def test_figure_first_rows_belong_to_the_titles_after_the_dash() -> None:
    # "payroll managers/supervisors": the second title shares the first one's head words.
    page = ("Payroll Clerk\n\nPayroll clerks run the pay cycle.\n\nSalary benchmarks\n"
            " • $46,500 — payroll clerks\n • $86,000 — payroll managers/supervisors\n"
            " • $49,000 — a year\n")
    assert pay(parse_text(page, "payroll-clerk.txt")) == [
        (46500, 46500, "year", None), (86000, 86000, "year", "Payroll Manager"),
        (86000, 86000, "year", "Payroll Supervisor"), (49000, 49000, "year", None)]


def test_a_figure_named_as_one_tail_is_no_pay() -> None:
    page = ("Kennel Attendant\n\nKennel attendants feed and walk dogs.\n\nPay\n"
            "Kennel attendants earn about $31,200 a year. Pay runs from $24,100 for the "
            "lowest-paid tenth to $39,900 for the highest-paid tenth. Starting pay is "
            "$26,000 for the first year.\n")
    assert [s.min for s in parse_text(page, "kennel-attendant.txt").salaries] == [
        31200, 26000]


def test_half_above_and_half_below_is_the_median_point() -> None:
    told = ("Kennel Attendant\n\nKennel attendants feed and walk dogs.\n\nPay\nHalf of all "
            "kennel attendants earned more than $30,400 and half earned less.\n")
    assert pay(parse_text(told, "kennel-attendant.txt")) == [(30400, 30400, "year", None)]
    floor = told.replace(" and half earned less", "")  # only a floor: open-ended
    assert pay(parse_text(floor, "kennel-attendant.txt")) == [(30400, None, "year", None)]


def test_a_citation_mark_ends_the_sentence_that_named_another_title() -> None:
    page = ("Cheesemonger\n\nCheesemongers sell and age cheese.[1]\n\nPay[edit]\n"
            "Head cheesemongers reported a median of US$51,000.[4] In Lyon, advertised "
            "salaries for cheesemongers ranged from €24,000 to €30,000.[5]\n")
    assert pay(parse_text(page, "cheesemonger.txt")) == [
        (51000, 51000, "year", "Head cheesemonger"), (24000, 30000, "year", None)]


def test_payroll_titles_are_no_pay_headings() -> None:
    guide = parse_text("Payroll Clerk\n\nPayroll clerks run the pay cycle.\n\n"
                       "Pay and benefits\n$38,000 - $44,000 a year\n", "notes.txt")
    assert (guide.role.text, guide.role_signal) == ("Payroll Clerk", "title_line")
    assert pay(guide) == [(38000, 44000, "year", None)]


# -- sectors and employers -------------------------------------------------------------------
def test_industries_under_a_lead_in_sentence_one_a_line() -> None:
    # One name a line: the line break separates them, so an industry name keeps its commas;
    # a blank line ends the list (the share links below it name nothing).
    page = ("Glass Blower\n\nGlass blowers shape molten glass.\n\n"
            "Industries where you could do this work:\nArts, Crafts, & Design\nManufacturing\n"
            "Retail\n\nMore detail is available elsewhere.\nShare: Email  Print\n")
    assert names(parse_text(page, "glass-blower.txt").sectors) == {
        "Arts, Crafts, & Design", "Manufacturing", "Retail"}


def test_an_infobox_value_row_with_commas_is_split() -> None:
    page = ("Glass Blower\n\nGlass blowers shape molten glass.\n\n"
            "Industries where you could do this work:\nArts, crafts, retail\n")
    assert names(parse_text(page, "glass-blower.txt").sectors) == {"Arts", "crafts", "retail"}


INFOBOX = ("Glass blower\nOccupation\nNames\nGlass blower, glassmith\nActivity sectors\n"
           "Crafts, tourism\nDescription\nFields of employment\nStudios, museums, glassworks\n"
           "Related jobs\nPotter, glazier\n\n"
           "A glass blower shapes molten glass.[1] Most work in studios such as Emberline "
           "Glass and in factories.[2]\n\nHistory\nGlaziers and potters shared furnaces.\n")


def test_infobox_fields_of_employment_name_sectors() -> None:
    guide = parse_text(INFOBOX, "glass-blower.txt")
    assert {"Crafts", "tourism", "Studios", "museums", "glassworks"} <= names(guide.sectors)
    assert "Description" not in names(guide.sectors)


def test_infobox_related_jobs_end_at_the_blank_line() -> None:
    # The prose after the infobox is no part of "Related jobs": "Glaziers" in the history
    # names no move.
    guide = parse_text(INFOBOX, "glass-blower.txt")
    assert "Glazier" not in names(guide.transitions_to) | names(guide.leads_to)


def test_tab_separated_infobox_rows_name_sectors() -> None:
    page = ("Glass blower\nNames\tGlass blower, glassmith\nActivity sectors\tCrafts, tourism\n"
            "Fields of employment\tStudios, glassworks\n\nA glass blower shapes glass.\n")
    assert names(parse_text(page, "glass-blower.txt").sectors) == {
        "Crafts", "tourism", "Studios", "glassworks"}


def test_recruiter_places_people_with_kinds_of_employer() -> None:
    page = ("Claims Handler\n\nClaims handlers settle insurance claims.\n\n"
            "Where the jobs are\nWe place claims handlers with insurers, loss adjusters and "
            "motor dealers. Recent openings include roles at Ravelston Mutual and Quayle "
            "Assurance.\n")
    guide = parse_text(page, "claims-handler.txt")
    assert {"insurers", "loss adjusters", "motor dealers"} <= names(guide.sectors)
    assert names(guide.employers) == {"Ravelston Mutual", "Quayle Assurance"}


def test_placing_things_and_listing_openings_name_no_workplace() -> None:
    page = ("Claims Handler\n\nClaims handlers settle insurance claims.\n\n"
            "Handlers place the files with care. Recent openings include two senior roles.\n")
    guide = parse_text(page, "claims-handler.txt")
    assert (names(guide.sectors), names(guide.employers)) == (set(), set())


def test_role_at_a_company_names_the_employer() -> None:
    page = ("Claims Handler\n\nLearn about the Claims Handler role at Wexley & Dunn, its levels "
            "and pay.\nClaims handlers at Wexley keep our customers paid.\n\n"
            "Media related to Claims Handlers at Commons Archive\n")
    # ("Wexley" is the page's short form of "Wexley & Dunn": one employer, not two)
    assert names(parse_text(page, "claims-handler.txt").employers) == {"Wexley & Dunn"}


def test_demand_strongest_in_names_sectors_and_a_progressive_verb_none() -> None:
    page = ("Claims Handler\n\nInsurers are hiring. Employers are bidding for people with "
            "licences. Demand is strongest in insurance, banking, and motor dealers.\n")
    sectors = names(parse_text(page, "claims-handler.txt").sectors)
    assert {"insurance", "banking", "motor dealers"} <= sectors
    assert not any("bidding" in s for s in sectors)


def test_citation_marks_and_ranked_lists_in_encyclopedia_prose() -> None:
    page = ("Glass Blower\n\nGlass blowers shape molten glass.\n\nEmployment\n"
            "The largest employers are art studios such as Emberline Glass, followed by "
            "museums and glassworks.[3] Later, the corporate group Fenmoor Crystal Holdings "
            "hired them.[4]\n")
    guide = parse_text(page, "glass-blower.txt")
    assert {"museums", "glassworks"} <= names(guide.sectors)
    assert not any(s.startswith("followed") or "corporate" in s for s in names(guide.sectors))


def test_a_sentence_qualifying_a_listed_sector_adds_no_sector() -> None:
    # "large studios" in prose after "Studios" in the infobox is that sector again;
    # "museums", which qualifies no listed sector, is kept.
    page = ("Glass blower\nActivity sectors\tStudios, factories\n\nA glass blower shapes "
            "glass. Most glass blowers work in large studios and museums.\n")
    assert names(parse_text(page, "glass-blower.txt").sectors) == {
        "Studios", "factories", "museums"}


def test_titles_that_start_between_two_figures_own_them() -> None:
    page = ("Payroll Clerk\n\nPayroll clerks run the pay cycle.\n\nPay\nPayroll supervisors at "
            "small firms start between $52,000 and $61,000. Salaries start between $38,000 "
            "and $44,000.\n")
    assert pay(parse_text(page, "payroll-clerk.txt")) == [
        (52000, 61000, "year", "Payroll supervisor"), (38000, 44000, "year", None)]


def test_a_second_clause_naming_who_employs_them_gives_its_kind() -> None:
    page = ("Glass Blower\n\nGlass blowers shape molten glass.\n\nEmployment\n"
            "Art studios employ most glass blowers, and lighting manufacturers employ them "
            "for lamp shades, while collectors employ none.\n")
    sectors = names(parse_text(page, "glass-blower.txt").sectors)
    assert {"Art studios", "lighting manufacturers"} <= sectors
    assert "collectors" not in sectors


def test_a_short_label_after_a_full_line_is_no_wrapped_continuation() -> None:
    # A hard-wrapped page (sentences run on in lower case) whose infobox value fills a line:
    # "Related jobs" under it is the next label, not the end of the value.
    page = ("Glass blower\nFields of employment\n"
            "Art studios, lighting makers, scientific glassworks, museums\nRelated jobs\n"
            "Potter, glazier\n\n"
            "A glass blower shapes molten glass on the end of a long pipe and\n"
            "turns it while blowing to give the piece its shape; the work is\n"
            "hot, and most of it happens at a bench beside the furnace where\n"
            "the blower reheats the glass many times before it is finished.\n")
    assert "museums" in names(parse_text(page, "glass-blower.txt").sectors)
