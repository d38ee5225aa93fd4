"""Role, salary and move structures of career-guide sites the rules were not written for.

Each test writes its own small page (invented roles and numbers) in one structure and asserts
the facts the parser reads from it.
"""

from __future__ import annotations

import itertools

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.salary import read_salaries
from careergraph.model import Guide, Source

SRC = Source(file="g.txt", line=1)


def texts(facts: list) -> list[str]:  # type: ignore[type-arg]
    return [f.text for f in facts]


def pay(guide: Guide) -> list[tuple[int | None, int | None, str, str, str | None]]:
    return [(s.min, s.max, s.currency, s.period, s.role) for s in guide.salaries]


def edges(guide: Guide) -> set[tuple[str, str]]:
    found = {("@self", t) for t in texts(guide.leads_to) + texts(guide.transitions_to)}
    found |= {(t, "@self") for t in texts(guide.moves_in)}
    for chain in guide.progressions:
        steps = texts(chain)
        found |= set(itertools.pairwise(steps))
    return found


# -- role ------------------------------------------------------------------------------------
def test_plural_title_line_with_an_unknown_practitioner_noun() -> None:
    guide = parse_text("Glaciologists\n\nGlaciologists measure ice sheets and model how "
                       "glaciers retreat.\n", "page.txt")
    assert (guide.role.text, guide.role_signal) == ("Glaciologist", "title_noun")


def test_unknown_noun_on_a_title_line_needs_a_second_mention() -> None:
    # "Newsletter" ends like a practitioner noun but the page never names it again.
    guide = parse_text("Newsletter\n\nA Data Engineer is a builder of pipelines.\n", "p.txt")
    assert guide.role.text == "Data Engineer"


def test_occupation_code_before_a_plural_title() -> None:
    guide = parse_text("Skip navigation\nSummary Report for:\n47-2111.00 - Electricians\n"
                       "Install and repair wiring in homes and factories.\n", "p.txt")
    assert guide.role.text == "Electrician"


def test_sentence_case_plural_title_after_a_chrome_line() -> None:
    guide = parse_text("Career spotlight\nDental nurses\nAverage National Salaries (2023)\n"
                       "Dental nurses help dentists during treatment.\n", "spotlight.txt")
    assert guide.role.text == "Dental Nurse"


def test_slash_then_space_names_one_role_and_an_alias() -> None:
    guide = parse_text("Radiographer/ Diagnostic Radiographer\n\nJob snapshot\n\n"
                       "Radiographers take X-ray and CT images.\n", "p.txt")
    assert guide.role.text == "Radiographer"
    assert texts(guide.aliases) == ["Diagnostic Radiographer"]


def test_salary_page_title_with_a_place() -> None:
    guide = parse_text("Career Corner\nSalary of a Chartered Accountant in India\n\n"
                       "Chartered accountants audit company books.\n", "p.txt")
    assert (guide.role.text, guide.role_signal) == ("Chartered Accountant", "page_title")


def test_x_salary_and_how_to_become_title() -> None:
    guide = parse_text("written by | March 3, 2025\n\nStatistician Salary in India and How to "
                       "Become a Statistician\n\nStatisticians design surveys.\n", "p.txt")
    assert (guide.role.text, guide.role_signal) == ("Statistician", "page_title")


def test_a_level_table_row_is_never_the_title() -> None:
    guide = parse_text("Backend Developer\nRole also known as server developer.\n"
                       "| Level | Seniority | Position |\n|---|---|---|\n"
                       "| 1 | Junior | Junior Backend Developer |\n"
                       "| 2 | Senior | Senior Backend Developer |\n", "levels.md")
    assert (guide.role.text, guide.role_signal) == ("Backend Developer", "title_line")


# -- salaries --------------------------------------------------------------------------------
def test_hourly_and_annual_medians_on_one_line() -> None:
    found = read_salaries("Median wages (2024)  $31.40 hourly, $65,310 annual",
                          label="Wages", level=None, source=SRC)
    assert [(s.min, s.max, s.period) for s in found] == [(31.4, 31.4, "hour"),
                                                         (65310, 65310, "year")]


def test_currency_codes_before_symbols_each_with_a_region() -> None:
    found = read_salaries("USD $64,000 GBP £38,500 cad $69,000 AUD $91,000",
                          label="SALARY average", level=None, source=SRC)
    assert [(s.currency, s.min, s.region) for s in found] == [
        ("USD", 64000, "US"), ("GBP", 38500, "UK"), ("CAD", 69000, "Canada"),
        ("AUD", 91000, "Australia")]


def test_indian_grouping_and_lakh_in_any_case() -> None:
    month = find_amounts("between INR 1,10,000 to INR 5,40,000 per month")
    assert [(m.low, m.high, m.period) for m in month] == [(110000, 540000, "month")]
    annum = find_amounts("a stipend of 3.5 Lakh per annum")
    assert [(m.currency, m.low, m.period) for m in annum] == [("INR", 350000, "year")]


def test_median_with_a_dash_and_a_range_with_a_mojibake_dash() -> None:
    median = read_salaries("Salary: Median—$51,200 per year", label="Salary", level=None,
                           source=SRC)
    assert [(s.min, s.max, s.statistic) for s in median] == [(51200, 51200, "median")]
    mojibake = find_amounts("61,000β€”104,000", bare=True)
    assert [(m.low, m.high) for m in mojibake] == [(61000, 104000)]


def test_middle_fifty_percent_is_a_band_but_a_top_ten_percent_floor_is_not() -> None:
    guide = parse_text(
        "Surveying Assistant\n\nEarnings\n\n"
        "The middle 50 percent of surveying assistants earned between $38,100 and $59,700. "
        "The top 10% of earners can expect $81,000+ per year.\n", "p.txt")
    assert pay(guide) == [(38100, 59700, "USD", "year", None)]


def test_counts_codes_fees_and_bonuses_are_not_pay() -> None:
    assert find_amounts("Employment (2023)  12,400 employees", bare=True) == []
    assert find_amounts("Projected job openings (2023-2033) 1,900", bare=True) == []
    assert find_amounts("number of open jobs: 4,120+ JOBS ON JOBBOARD", bare=True) == []
    assert find_amounts("51-4121.00  Welders, Cutters and Solderers", bare=True) == []
    assert find_amounts("Fee per course/annum: Rs.2 - 3 Lakh") == []
    assert find_amounts("The annual bonus ranges from ₹30,000 to ₹1.5 lakhs.") == []


def test_value_above_its_label_in_a_salary_section() -> None:
    guide = parse_text("Pipe Fitter Career Guide\n\nPipe fitters join and repair pipework."
                       "\n\nAnnual Salary\n\nMedian: $58,900\n"
                       "Entry-Level\n$46,100\nSenior-Level\n$71,800\n", "p.txt")
    assert {(s.min, s.level) for s in guide.salaries} == {
        (58900, None), (46100, "entry"), (71800, "senior")}


def test_pay_stated_for_a_rank_belongs_to_that_rank() -> None:
    guide = parse_text(
        "Salary of a Railway Officer in India\n\n"
        "Station Master: Station Masters are paid between 0.6 lakh and 0.9 lakh per month.\n\n"
        "Section Controller: A Section Controller earns around 1.1 lakh per month.\n\n"
        "Trainees in their first year receive a stipend of INR 22,000 per month.\n", "p.txt")
    assert pay(guide) == [
        (60000, 90000, "INR", "month", "Station Master"),
        (110000, 110000, "INR", "month", "Section Controller"),
        (22000, 22000, "INR", "month", None)]


def test_pay_whose_subject_is_another_role() -> None:
    guide = parse_text("Drafting Technician\n\nEarnings\n\nThe median wage of drafting "
                       "technicians was $52,300. Design supervisors averaged about $66,000 a "
                       "year.\n", "p.txt")
    assert pay(guide) == [(52300, 52300, "USD", "year", None),
                          (66000, 66000, "USD", "year", "Design supervisor")]


# -- moves -----------------------------------------------------------------------------------
def test_related_occupations_with_codes_tags_and_exclusions() -> None:
    guide = parse_text(
        "Seismologist\n\nSeismologists record and interpret earthquakes.\n\n"
        "Related Occupations\n"
        "  19-2042.00  Geoscientists, Except Hydrologists and Geographers  Bright Outlook\n"
        "  17-2161.00  Nuclear Engineers\n"
        "  19-4043.00  Geological Technicians Bright Outlook\n", "p.txt")
    # A known title keeps the page's plural; a new practitioner noun is made singular.
    # (carry39b: "Geoscientist" is a known head now, so it keeps its plural as "Nuclear
    # Engineers" does)
    assert texts(guide.transitions_to) == ["Geoscientists", "Nuclear Engineers",
                                           "Geological Technician"]


def test_prose_moves_in_lowercase_and_unknown_nouns() -> None:
    guide = parse_text(
        "Survey Technician\n\nAdvancement\n\n"
        "Some technicians begin as chainpersons or instrument persons on a crew and learn on "
        "the job. With experience, technicians may become crew chiefs, who lead a small team. "
        "Others can become licensed geodesists.\n", "p.txt")
    assert edges(guide) >= {("Chainperson", "@self"), ("Instrument Person", "@self"),
                            ("@self", "Crew Chief"), ("@self", "Licensed Geodesist")}


def test_a_verb_before_a_title_is_not_part_of_it() -> None:
    guide = parse_text("Pricing Analyst\n\nSome analysts later move across into "
                       "procurement or become Data Scientists.\n", "p.txt")
    assert not any("Become" in t for t in texts(guide.leads_to) + texts(guide.transitions_to))
    assert "Procurement" not in texts(guide.transitions_to)


def test_then_in_prose_is_a_ladder_step() -> None:
    guide = parse_text("Claims Handler\n\nMost handlers move up to Senior Claims Handler, then "
                       "Claims Team Leader.\n", "p.txt")
    assert edges(guide) >= {("@self", "Senior Claims Handler"),
                            ("Senior Claims Handler", "Claims Team Leader")}
    assert ("@self", "Claims Team Leader") not in edges(guide)


def test_subjects_who_move_into_the_field_are_moves_in() -> None:
    guide = parse_text("Cardiac Physiologist\n\nCardiac physiologists test hearts.\n\n"
                       "Career path\n\nPhysiotherapists and paramedics often move into the "
                       "field after a conversion course.\n", "p.txt")
    assert guide.role.text == "Cardiac Physiologist"
    assert texts(guide.moves_in) == ["Physiotherapist", "Paramedic"]


def test_numbered_level_table_with_codes_is_a_ladder() -> None:
    guide = parse_text("Support Engineer\nLevel | Track | Position |\n---|---|---|\n"
                       "1 | No | SE1 - Support Engineer 1 |\n2 | No | SE2 - Support Engineer 2 |\n"
                       "3 | Yes | SE3 - Support Engineer 3 |\n", "levels.md")
    assert [texts(c) for c in guide.progressions] == [
        ["Support Engineer 1", "Support Engineer 2", "Support Engineer 3"]]


def test_level_table_takes_the_position_column_not_the_level_word() -> None:
    guide = parse_text("Data Analyst\n| Level | Seniority | Position |\n|---|---|---|\n"
                       "| 1 | Junior | Junior Data Analyst |\n"
                       "| 2 | Junior | Junior Data Analyst II |\n"
                       "| 3 | Senior | Senior Data Analyst |\n", "levels.md")
    assert [texts(c) for c in guide.progressions] == [
        ["Junior Data Analyst", "Junior Data Analyst II", "Senior Data Analyst"]]


def test_next_roles_in_a_parenthesis_after_a_growth_label() -> None:
    guide = parse_text(
        "Crane Operator Career Guide: Skills, Salary & Job Outlook\n\n"
        "A Crane Operator lifts loads on building sites.\n\n"
        "• Growth Opportunities: Good (Lead Crane Operator, Lifting Supervisor, Crane "
        "Inspector)\n"
        "• Work Environment: Outdoor (Ports, Building Sites, Rail Yards)\n"
        "Growth OpportunitiesFair 📈 (Crane Trainer, Site Crane Coordinator)🟩🟩\n", "p.txt")
    assert texts(guide.leads_to) == ["Lead Crane Operator", "Lifting Supervisor",
                                     "Crane Inspector", "Crane Trainer",
                                     "Site Crane Coordinator"]


def test_a_field_in_lowercase_is_not_a_role() -> None:
    guide = parse_text("Network Engineer\n\nSome engineers move into management, others into "
                       "cloud engineering.\n", "p.txt")
    assert texts(guide.transitions_to) == []


def test_then_in_a_bullet_under_a_moves_heading_is_read_once() -> None:
    guide = parse_text("Claims Handler\n\nCan Lead To\n\n• Most handlers move up to Senior "
                       "Claims Handler, then Claims Team Leader.\n", "p.txt")
    assert [texts(c) for c in guide.progressions] == [["Senior Claims Handler",
                                                       "Claims Team Leader"]]
    assert texts(guide.leads_to) == ["Senior Claims Handler"]


def test_image_file_names_and_navigation_lines_are_chrome() -> None:
    guide = parse_text("Skip navigation\nSiteBanner Flags.png\n"
                       "Glazier\n\nGlaziers cut and fit glass.\n", "p.txt")
    assert (guide.role.text, guide.role_signal) == ("Glazier", "title_line")


def test_weekly_pay_with_a_spaced_slash() -> None:
    found = find_amounts("Median pay $1,310 / week")
    assert [(m.low, m.period) for m in found] == [(1310, "week")]


def test_pay_band_with_a_space_inside_the_number() -> None:
    found = find_amounts("Band 6 – Up to £38, 120 a year")
    assert [(m.low, m.high, m.currency) for m in found] == [(None, 38120, "GBP")]
    assert [(m.low, m.high) for m in find_amounts("£24, 000 to £31, 500")] == [(24000, 31500)]


def test_trade_licence_stages_as_a_ladder() -> None:
    guide = parse_text("Plumber\nCareer Ladder\nApprentice → Journeyman → Master Plumber\n",
                       "p.txt")
    assert [texts(c) for c in guide.progressions] == [
        ["Apprentice Plumber", "Journeyman Plumber", "Master Plumber"]]
