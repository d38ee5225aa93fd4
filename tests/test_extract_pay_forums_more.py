"""Pay, employer and sector structures of held-back set 5's kinds of site (issue 10).

Each test writes its own small page or line (invented roles, wording and numbers) in one
structure and asserts what the parser reads: shillings, pesos, riyals and ringgit, a page's
own currency for figures printed with none, periods on both ends of a range, figures that are
not pay (funding, add-ons "on top", one-sided tops in prose), who a figure belongs to (a rank
of another post, a relative clause, a gapped clause, title-and-figure rows), site menus that
open no section, and kinds of workplace listed as the subject of "employ".
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.page_money import page_currency
from guide_facts import names, pay


def amounts(text: str, *, bare: bool = False) -> list[tuple[str, int | None, int | None, str]]:
    return [(m.currency, m.low, m.high, m.period) for m in find_amounts(text, bare=bare)]



# -- amounts -----------------------------------------------------------------------------------
def test_shillings_with_a_dot_and_a_stray_space_inside_the_figure() -> None:
    assert amounts("Ward clerks take home KSh.33, 450 after deductions") == [
        ("KES", 33450, 33450, "month")]
    assert amounts("between Kshs 52,000 and Kshs 61,500 per month") == [
        ("KES", 52000, 61500, "month")]


def test_pesos_written_three_ways_and_ringgit() -> None:
    assert amounts("Php 19,250 – Php 26,800") == [("PHP", 19250, 26800, "month")]
    assert amounts("₱48k–₱70k") == [("PHP", 48000, 70000, "month")]
    assert amounts("PHP 510,000 per year") == [("PHP", 510000, 510000, "year")]
    assert amounts("RM3,900 a month") == [("MYR", 3900, 3900, "month")]


def test_a_conversion_in_brackets_keeps_the_period_of_its_figure() -> None:
    assert amounts("QAR 7,200 to QAR 8,800 a month (about PHP 111,000 to PHP 136,000)") == [
        ("QAR", 7200, 8800, "month"), ("PHP", 111000, 136000, "month")]


def test_one_figure_per_year_and_per_month_on_one_line() -> None:
    assert amounts("Ksh. 864,000 per annum or Ksh. 72,000 per month") == [
        ("KES", 864000, 864000, "year"), ("KES", 72000, 72000, "month")]


def test_a_word_ending_in_a_currency_code_is_no_currency() -> None:
    assert amounts("The course takes 2.5 years to finish", bare=True) == []


def test_the_period_printed_on_both_ends_of_a_range() -> None:
    assert amounts("from €2,150 a month to €2,700 a month") == [("EUR", 2150, 2700, "month")]


def test_a_band_told_as_a_start_and_a_top() -> None:
    assert amounts("the scale starts at $51,300 and tops out at $76,900") == [
        ("USD", 51300, 76900, "year")]


def test_funding_and_earnings_on_top_are_no_pay() -> None:
    assert amounts("Maximum funding band: £11,000") == []
    assert amounts("plus overtime on top which can add $15k-$25k a year") == []


def test_the_currency_a_page_writes_most() -> None:
    assert page_currency("Php 30,000 … ₱41,000 … $52,000 a year") == "PHP"
    assert page_currency("Ksh 40,000 once") == "USD"
    assert page_currency("€2,100 … €2,600 … £1,900 … £2,200") == "USD"


# -- whole pages -------------------------------------------------------------------------------
def test_figures_with_no_currency_take_the_pages_pesos() -> None:
    guide = parse_text(
        "Pharmacist Salary in the Philippines\n\nA pharmacist dispenses medicines and advises "
        "patients.\n\nPharmacist's Salary: 24,500 – 38,000 per month\n\nChain drugstores pay "
        "Php 26,000 to Php 31,000 a month, and hospital pharmacies about ₱29,500 a month.\n",
        "ph.txt")
    assert (24500, 38000, "PHP", "month", None) in pay(guide)


def test_rows_of_title_and_figure_without_separators_are_no_headings() -> None:
    guide = parse_text(
        "Radiographer Salary\n\nRadiographer Salary\n\nPosition Average Salary\n"
        "Junior Radiographer Php 23,100\nSenior Radiographer Php 36,400\n"
        "Chief Radiographer Php 55,900\n", "r.txt")
    got = pay(guide)
    assert (23100, 23100, "PHP", "month", None) in got
    assert (36400, 36400, "PHP", "month", None) in got
    assert (55900, 55900, "PHP", "month", "Chief Radiographer") in got


def test_a_chief_row_and_a_title_with_a_comma_own_their_pay() -> None:
    guide = parse_text(
        "Dietitian Salary in Kenya\n\nA dietitian plans diets for patients.\n\n"
        "Dietitian salary per grade\n\nPosition | Monthly Salary (Ksh) |\n"
        "Dietitian II | 52,300 |\nSenior Dietitian | 88,700 |\nChief Dietitian | 131,400 |\n"
        "Assistant Director, Nutrition Services | 172,000 |\n", "k.txt")
    got = pay(guide)
    assert (52300, 52300, "KES", "month", None) in got
    assert (88700, 88700, "KES", "month", None) in got
    assert (131400, 131400, "KES", "month", "Chief Dietitian") in got
    assert (172000, 172000, "KES", "month", "Assistant Director, Nutrition Services") in got


def test_who_is_paid_and_earning_refer_back_to_the_title() -> None:
    guide = parse_text(
        "Sonographer\n\nA sonographer scans patients.\n\nProgression\nSenior sonographers can "
        "become a Clinical Imaging Manager, who is paid on a scale of €71,200 – €86,300.\n\n"
        "Later you can train as a Ultrasound Practice Educator (UPE), earning €58,000 – "
        "€64,000.\n", "s.txt")
    got = pay(guide)
    assert (71200, 86300, "EUR", "year", "Clinical Imaging Manager") in got
    assert (58000, 64000, "EUR", "year", "Ultrasound Practice Educator") in got


def test_pay_by_lower_case_plural_titles_in_one_sentence() -> None:
    guide = parse_text(
        "Bakers\n\nBakers make bread.\n\nPay\nAgencies quote: commis chefs €24,500 – €27,000, "
        "chefs de cuisine €41,000 – €47,000 and head chefs €52,000 – €63,000 a year.\n",
        "c.txt")
    owners = {s.role for s in guide.salaries}
    assert {"Commis Chef", "Head Chef"} <= owners
    assert "Chef de Cuisine" in owners


def test_a_gapped_clause_names_its_title() -> None:
    guide = parse_text(
        "Fishmonger\n\nA fishmonger prepares and sells fish.\n\nPay\nQualified fishmongers "
        "earn £23,500 – £29,000 a year, and a shop manager £33,000 or more.\n", "f.txt")
    assert (33000, None, "GBP", "year", "Shop Manager") in pay(guide)


def test_up_to_alone_in_a_sentence_is_no_band() -> None:
    guide = parse_text(
        "Optician\n\nAn optician fits lenses.\n\nPay\nA newly qualified optician earns "
        "€2,400 – €2,900 gross per month; in large chains some stores pay up to €3,400.\n",
        "o.txt")
    assert all(s.min is not None for s in guide.salaries)


def test_title_and_figure_rows_under_related_jobs_are_those_titles_pay() -> None:
    guide = parse_text(
        "Welder\n\nA welder joins metal.\n\nRelated Jobs\nPipe Fitters $61,200/yr\n"
        "Sheet Metal Workers $55,800/yr\n\nPay\nMedian annual wages\nWelders\t$50,400\n"
        "Welding inspectors\t$71,900\nTotal, all occupations\t$48,100\n", "w.txt")
    got = pay(guide)
    roles = {s.role for s in guide.salaries}
    assert {"Sheet Metal Workers", "Welding Inspector"} <= roles
    assert not any(s.min == 48100 for s in guide.salaries)
    assert (50400, 50400, "USD", "year", None) in got


def test_a_site_menu_opens_no_sector_section() -> None:
    guide = parse_text(
        "Orthoptist\n\nSite Home\nCareer Stories\nSector Profiles\nCourse Finder\n"
        "Study Skills\nWork Experience\nJob Search Tips\n\nOrthoptists\n\n"
        "Orthoptists assess eye movement disorders. They use prism bars and cover tests.\n",
        "m.txt")
    assert names(guide.sectors) == set()


def test_kinds_that_employ_listed_as_the_subject() -> None:
    guide = parse_text(
        "Field Officer\n\nA field officer advises growers.\n\nOther employers\nSugar mills, "
        "rice and maize millers, input-dealers and farmer cooperatives employ field officers "
        "to visit their growers.\n", "fo.txt")
    assert {"Sugar mills", "input-dealers", "farmer cooperatives"} <= names(guide.sectors)


def test_a_figure_asked_about_is_no_pay_and_a_day_rate_is_daily() -> None:
    guide = parse_text(
        "Tug Master\n\nA tug master handles harbour tugs.\n\nThread\nIs it true tug masters "
        "make $260k?\nMates on the coastal boats get about $610 a day, and I made $142,000 "
        "last year.\n", "t.txt")
    got = pay(guide)
    assert not any(s.min == 260000 for s in guide.salaries)
    assert (610, 610, "USD", "day", "Mate") in got or (610, 610, "USD", "day", None) in got
    assert (142000, 142000, "USD", "year", None) in got


def test_forum_employers_after_agencies_and_a_first_job() -> None:
    guide = parse_text(
        "Stenographer\n\nA stenographer records proceedings.\n\nComments\nThe firms and "
        "agencies I work with most are Lakemont Transcripts and Harrow & Vale Reporting.\n"
        "Started as a stenographer at Pinecrest Legal in 2014, moved to captioning later.\n"
        "Large employers include St. Aubyn Law Centre and Corbel Courts Group.\n", "st.txt")
    assert {"Lakemont Transcripts", "Harrow & Vale Reporting", "Pinecrest Legal",
            "St. Aubyn Law Centre", "Corbel Courts Group"} <= names(guide.employers)


def test_similar_occupation_rows_with_tabs_or_pipes_own_their_medians() -> None:
    guide = parse_text(
        "Park Ranger\n\nA park ranger patrols parks.\n\nSimilar Occupations\n"
        "OCCUPATION\tJOB DUTIES\tENTRY-LEVEL EDUCATION\t2024 MEDIAN PAY\n"
        "Surveyors and Mapmakers\tThey measure land.\tBachelor's degree\t$66,250\n\n"
        "OCCUPATION | JOB DUTIES | 2024 MEDIAN PAY\n"
        "Guides and Interpreters | They lead tours. | $39,870\n", "pr.txt")
    owners = {(s.min, s.role) for s in guide.salaries}
    assert (66250, "Surveyors and Mapmaker") in owners
    assert (39870, "Guides and Interpreter") in owners


def test_rows_of_employer_shares_give_their_kinds() -> None:
    guide = parse_text(
        "Meter Reader\n\nA meter reader records usage.\n\nWork Environment\n"
        "About 31,000 meter readers held jobs, at these employers:\n"
        "Electric utilities, including cooperatives\t71%\nWater supply systems\t18%\n"
        "Readers walk long routes in all weather.\n", "mr.txt")
    assert {"Electric utilities", "Water supply systems"} <= names(guide.sectors)


def test_a_reply_that_is_only_a_band_of_yearly_pay() -> None:
    guide = parse_text(
        "Crane Operator\n\nA crane operator lifts loads on sites.\n\nReplies\n"
        "What do tower crane guys clear?\n"
        "Somewhere between $88,000 and $131,000 depending on the jobs you land.\n", "co.txt")
    assert (88000, 131000, "USD", "year", None) in pay(guide)


def test_an_employer_named_as_the_label_of_its_pay() -> None:
    guide = parse_text(
        "Pharmacist Salary in Kenya\n\nA pharmacist dispenses medicines.\n\nPay in private "
        "hospitals\n\n  1. Coastview General Hospital salary: Ksh 88,000 per month.\n"
        "  1. Rift Valley Eye Clinic salary: Ksh 74,000 to Ksh 91,000 per month.\n", "pk.txt")
    assert {"Coastview General Hospital", "Rift Valley Eye Clinic"} <= names(guide.employers)
    assert (74000, 91000, "KES", "month", None) in pay(guide)


def test_a_series_of_bare_rates_keeps_the_first_rates_period() -> None:
    text = ("Grade A lifeguards start at $17.40 an hour, Grade B at $18.90 and Grade C at "
            "$20.15. Bunks in the lodge cost $390 a month.")
    found = [(m.low, m.period) for m in find_amounts(text, period="month")]
    assert found[:3] == [(17.4, "hour"), (18.9, "hour"), (20.15, "hour")]


def test_a_figure_plus_an_extra_is_a_point_not_an_open_top() -> None:
    (point,) = find_amounts("I earn about $64,500 plus overtime as a site surveyor.")
    assert (point.low, point.high, point.open_ended) == (64500, 64500, False)
    (floor,) = find_amounts("Seasoned surveyors make $90,000 plus.")
    assert floor.open_ended and floor.high is None


def test_paid_before_a_title_names_no_title() -> None:
    guide = parse_text("Museum Docent\nThis is an unpaid role. For comparison, paid Museum "
                       "Educators in Ohio earn $21 to $27 per hour.\n", "museum-docent.txt")
    assert (21, 27, "USD", "hour", "Museum Educator") in pay(guide)
