"""More pay, employer and sector structures of career-guide sites (issue 10).

Each test writes its own small page or line (invented roles, wording and numbers) in one
structure and asserts what the parser reads from it: naira and other currencies, periods,
figures that are not pay, who a figure belongs to, hard-wrapped pages, and the employers
and sectors of workplace sentences.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.page_money import page_dollar
from careergraph.guides.pay_owners import stated_owners
from careergraph.guides.text import Line
from careergraph.guides.wrap import unwrap
from guide_facts import names, pay


def amounts(text: str) -> list[tuple[str, int | None, int | None, str, bool]]:
    return [(m.currency, m.low, m.high, m.period, m.open_ended) for m in find_amounts(text)]



# -- amounts -----------------------------------------------------------------------------------
def test_naira_with_its_sign_its_letter_and_millions_with_a_period() -> None:
    assert amounts("Cadet pilots: ₦310,000 – ₦355,000 per month") == [
        ("NGN", 310000, 355000, "month", False)]
    assert amounts("First officers: N2.4 million to N3.1 million monthly") == [
        ("NGN", 2400000, 3100000, "month", False)]
    assert amounts("Gross yearly pay ₦8,114,502.65") == [("NGN", 8114503, 8114503, "year", False)]


def test_millions_without_a_pay_period_stay_market_sizes() -> None:
    assert amounts("The hangar contract was worth ₦4.5 million to the firm") == []
    assert amounts("Wear N95 masks in the paint shop") == []


def test_hours_piece_rates_and_additions_are_no_pay() -> None:
    assert amounts("3001-4500 Hours85% of the full rate") == []
    assert amounts("The going rate is about $2.10 a fleece for crossbred ewes.") == []
    assert amounts("Leading hands get a premium of $1.50 – $2.25 per hour") == []
    assert amounts("Leading hands get $3.25 per hour over scale") == []
    assert amounts("Fringes ........ $17.80/hr") == []


def test_two_percentiles_name_a_band_not_one_tail() -> None:
    found = amounts("Kind Median monthly pay 25th – 75th percentile City depots $3,950 $3,300 "
                    "to $4,700")
    assert [(low, high) for _, low, high, _, _ in found] == [(3950, 3950), (3300, 4700)]


def test_an_open_top_after_the_period() -> None:
    assert amounts("a chief glassblower draws Rs.2.2 lakh a month and more") == [
        ("INR", 220000, None, "month", True)]
    assert amounts("$41.20 per hour + benefits")[0][4] is False


def test_a_figure_without_a_period_takes_its_lines_period_or_is_hourly_when_small() -> None:
    assert amounts("Juniors -INR 7,500 to INR 9,000 per monthSeniors -INR 12,000 to "
                   "INR 15,500(Figures vary") == [("INR", 7500, 9000, "month", False),
                                                ("INR", 12000, 15500, "month", False)]
    assert amounts("$21.75 – $37.40") == [("USD", 21.75, 37.4, "hour", False)]
    assert amounts("$19 an hour, or $39,500") == [("USD", 19, 19, "hour", False),
                                                 ("USD", 39500, 39500, "year", False)]


def test_the_dollar_of_a_page_naming_a_province_or_aotearoa() -> None:
    assert page_dollar("Tilers in Manitoba earn $29 an hour") == "CAD"
    assert page_dollar("Orchard hands in Aotearoa earn $26 an hour") == "NZD"
    assert page_dollar("American elms need pruning; arborists in New Zealand earn $30") == "NZD"


def test_two_titles_that_earn_one_figure() -> None:
    assert stated_owners("Yard porters and rigging leads usually earn between ",
                         lambda t: t.endswith("Porter")) == ["Yard porter", "Rigging Lead"]


# -- whose pay ---------------------------------------------------------------------------------
def test_a_pay_label_above_its_figure_names_whose_pay_it_is() -> None:
    guide = parse_text(
        "Glazier\n\nGlaziers fit glass in buildings.\n\nPay\nGlaziers usually earn\n"
        "$26-$31 per hour\nSite supervisors usually earn\n$33-$39 per hour\n", "g.txt")
    assert pay(guide) == {(26, 31, "USD", "hour", None), (33, 39, "USD", "hour", "Site supervisor")}


def test_titles_joined_by_and_compared_or_in_an_aside_own_their_figures() -> None:
    guide = parse_text(
        "Stage Rigger\n\nA stage rigger hangs lights and scenery.\n\nPay\n"
        "Stage riggers earn between $24 and $30 an hour. Cable wranglers earn between $21 "
        "and $23 an hour. Flying directors and spot operators "
        "usually earn between $31 and $38 an hour. For comparison, a lighting designer "
        "(a show's lead creative) earns $72,000 a year.\n"
        "$58,000 (assistant riggers start near $41,000)\n", "r.txt")
    owners = {(s.min, s.role) for s in guide.salaries}
    assert {(31, "Flying director"), (31, "Spot Operator"), (72000, "Lighting Designer"),
            (21, "Cable wrangler"),
            (41000, "Assistant Rigger"), (24, None), (58000, None)} <= owners


def test_a_rank_word_makes_a_title_in_a_clause_glued_after_the_period() -> None:
    guide = parse_text(
        "Potter\n\nA potter throws and fires clay ware.\n\nEarnings\n"
        "Beginners -INR 6,000 to INR 7,500 per monthMaster potters in clusters can earn INR "
        "16,000 per month or more\n", "p.txt")
    assert (16000, None, "INR", "month", "Master potter") in pay(guide)


def test_a_dotted_leader_rate_line_names_its_title() -> None:
    guide = parse_text(
        "Pipe Fitter\n\nPipe fitters join and fix pipework.\n\nRates\n"
        "Journeyworker Pipe Fitter ........ $39.60/hr\nSupervisor ........ $42.90/hr\n"
        "Fringes ........ $18.25/hr\n", "f.txt")
    assert pay(guide) == {(39.6, 39.6, "USD", "hour", None),
                         (42.9, 42.9, "USD", "hour", "Supervisor")}


def test_a_flattened_wage_table_in_sentence_case_gives_each_row_its_title() -> None:
    guide = parse_text(
        "Surveyor\n\nA surveyor measures land.\n\nPay\n"
        "Job Median monthly wage 25th – 75th percentile Surveyor S$4,900 S$4,100 to S$5,800 "
        "Survey technician S$3,300 S$2,800 to S$3,900 Cartographer S$4,200 S$3,600 to "
        "S$4,950\n", "s.txt")
    owners = {(s.min, s.role) for s in guide.salaries}
    assert {(4900, None), (3300, "Survey Technician"), (2800, "Survey Technician"),
            (3600, "Cartographer")} <= owners


def test_one_step_up_is_the_next_rung_even_with_the_same_base_title() -> None:
    guide = parse_text(
        "Route Planner\n\nA route planner designs delivery runs.\n\nPay\n"
        "Route planners earn a median of $61,000. Senior Route Planners, one step up, report "
        "a median of $79,000.\n", "rp.txt")
    assert (79000, 79000, "USD", "year", "Senior Route Planner") in pay(guide)


# -- chips and wraps ---------------------------------------------------------------------------
def test_chips_with_labels_below_or_counts_above_are_no_band() -> None:
    guide = parse_text(
        "Saddler\n\nSaddlers make and mend harness.\n\nYour pay could be\nper hour\n$23\n"
        "Lower\n$26 to $31\nMost common\n$44\nUpper\n\nSaddler Snapshot\nAverage weekly pay\n"
        "$1,215\nEmployment size\n1,900\n", "sd.txt")
    assert pay(guide) == {(26, 31, "USD", "hour", None), (1215, 1215, "USD", "week", None)}


def test_a_hard_wrapped_page_is_read_across_its_breaks() -> None:
    text = (
        "Tanning : Introduction\n"
        "A tanner turns raw hides into leather for shoes, bags and upholstery. The\n"
        "trade needs care with chemicals and a good eye for grain and colour. Most\n"
        "tanners are employed by tanneries, leather goods exporters and footwear\n"
        "makers. Recruiters include Sabarmati Hides Pvt Ltd, Koyna Leather Works and\n"
        "Nilgiri Tanning Co. |\n\n"
        "Tanning : Remuneration\n"
        "A trainee tanner can expect a salary of Rs 9,500-Rs 13,000 per month. Skilled\n"
        "tanners in export units are paid Rs.21,000 to 29,000 per month. Contract\n"
        "finishers charge Rs.400 to Rs.700 a hide for the work. |\n")
    guide = parse_text(text, "tanner.txt")
    assert pay(guide) == {(9500, 13000, "INR", "month", None),
                          (21000, 29000, "INR", "month", None)}
    assert {"Sabarmati Hides Pvt Ltd", "Koyna Leather Works", "Nilgiri Tanning Co"} <= names(
        guide.employers)
    assert {"tanneries", "leather goods exporters", "footwear makers"} <= names(guide.sectors)


def test_a_page_with_short_unbroken_lines_is_left_as_it_is() -> None:
    lines = [Line(1, "Skills"), Line(2, "Welding and cutting of plate steel in the yard"),
             Line(3, "Reading drawings"), Line(4, "Team work")]
    assert unwrap(lines) == lines


# -- employers and sectors ---------------------------------------------------------------------
def test_employers_set_apart_by_spaces_and_named_after_a_hiring_clause() -> None:
    guide = parse_text(
        "Baker\n\nA baker makes bread and pastry.\n\nEmployers hiring now\n"
        "Crumb & Crust Co   Harbourside Loaves   Totara Bakehouse\n\nWhere bakers work\n"
        "Most work for plant bakeries and cafe chains. Names that hire often include Ember "
        "Mill Breads, Saltmarsh Foods and the pastry team at Kestrel Hotel Caterers.\n",
        "b.txt")
    assert {"Crumb & Crust Co", "Harbourside Loaves", "Totara Bakehouse", "Ember Mill Breads",
            "Saltmarsh Foods", "Kestrel Hotel Caterers"} <= names(guide.employers)
    assert {"plant bakeries", "cafe chains"} <= names(guide.sectors)


def test_kinds_with_examples_towns_and_acronyms() -> None:
    guide = parse_text(
        "Cheesemaker\n\nA cheesemaker turns milk into cheese.\n\nJob Prospects\n"
        "Cheesemakers are employed by FMCG dairies, village creameries of Anand and farm "
        "cooperatives. Most work at large producers such as Gir Valley Dairy and Sahyadri "
        "Creamery.\n", "c.txt")
    assert {"Gir Valley Dairy", "Sahyadri Creamery"} <= names(guide.employers)
    assert "Anand" not in names(guide.employers)
    assert {"FMCG dairies", "village creameries", "farm cooperatives"} <= names(guide.sectors)


def test_workplace_lists_end_at_verbs_conditions_and_participles() -> None:
    guide = parse_text(
        "Window Cleaner\n\nWindow cleaners wash glass. They work at country estates, "
        "hotels and farmhouses, and often climb onto steep roofs.\n\nWorking conditions\n"
        "- may work in sooty, cramped and cold conditions\n- need the ability to work on "
        "ladders, roofs & scaffolds\n\nWhere sweeps work\nSome work at private estates and "
        "hotels run by chains such as Ashgrove Inns.\n", "wc.txt")
    sectors = names(guide.sectors)
    assert {"country estates", "farmhouses", "private estates"} <= sectors
    assert not sectors & {"often climb onto steep roofs", "sooty", "cramped", "ladders",
                          "hotels run by chains"}


def test_notes_dates_reflexives_and_the_roles_own_people_are_no_workplace() -> None:
    guide = parse_text(
        "Hoof Trimmer\n\nThere is plenty of work for hoof trimmers in dairy country.\n\n"
        "Types of employers\nHoof trimmers may work for:\n- dairy farms\n"
        "- themselves, as contractors.\nLast updated 4 April 2025\n\n"
        "Note: Figures are rounded and exclude travel allowances.\n", "h.txt")
    sectors = names(guide.sectors)
    assert "dairy farms" in sectors
    assert not sectors & {"hoof trimmers", "themselves, as contractors", "rounded"}
    assert "Last updated 4 April 2025" not in names(guide.employers)


def test_jobs_in_industries_are_sectors_and_jobs_in_places_are_not() -> None:
    industries = parse_text("Buyer\n\nA buyer sources stock.\n\nMost jobs are in Retailing, "
                            "Food Processing and Hospitality.\n", "by.txt")
    assert {"Retailing", "Food Processing", "Hospitality"} <= names(industries.sectors)
    places = parse_text("Buyer\n\nA buyer sources stock.\n\nMost jobs are in Tasmania, "
                        "Darwin and Cairns.\n", "by2.txt")
    assert not names(places.sectors) & {"Tasmania", "Darwin", "Cairns"}


def test_one_figure_for_two_titles_joined_by_a_slash() -> None:
    guide = parse_text(
        "Harbour Pilot\n\nA harbour pilot guides ships into port.\n\nPilot Pay Grades\n"
        "  • Pilot Grade II: ₦640,000 per month\n"
        "  • Marine Superintendent / Port Manager: N2.2 million to N2.9 million monthly\n",
        "hp.txt")
    owners = {(s.min, s.role) for s in guide.salaries}
    assert {(640000, None), (2200000, "Marine Superintendent"), (2200000, "Port Manager")
            } <= owners


def test_a_town_after_an_employer_is_no_employer() -> None:
    guide = parse_text(
        "Sonographer\n\nA sonographer scans patients with ultrasound. Employers include Coral "
        "Scan Centre, Warri, Benue Imaging Ltd and the health unit of Niger Delta Gas.\n",
        "so.txt")
    employers = names(guide.employers)
    assert {"Coral Scan Centre", "Benue Imaging Ltd", "Niger Delta Gas"} <= employers
    assert "Warri" not in employers


def test_a_title_after_the_figure_or_a_rank_before_the_noun_owns_the_pay() -> None:
    guide = parse_text(
        "Store Planner\n\nStore planners lay out shop floors. Pay grows from about $48,000 "
        "for beginners to $190,000+ for a Merchandising Director. Newcomers earn $49,000; "
        "principal planners reportedly earn $128,000 plus.\n", "sp.txt")
    owners = {(s.min, s.role) for s in guide.salaries}
    assert {(190000, "Merchandising Director"), (128000, "Principal Planner"),
            (49000, None)} <= owners


def test_a_heading_word_listed_among_sectors_is_a_sector() -> None:
    guide = parse_text(
        "Tour Coordinator\n\nA tour coordinator plans visits.\n\nSectors:\nEducation\nHospitality\n"
        "Heritage Tourism\n\nOther sectors:\nMuseums\nEducation\n", "tg.txt")
    assert {"Education", "Hospitality", "Heritage Tourism", "Museums"} <= names(guide.sectors)


def test_a_plural_head_before_of_and_openings_in_industries() -> None:
    guide = parse_text(
        "Loss Adjuster\n\nA loss adjuster settles claims. Most openings are in Government "
        "Contractors and Insurance. Loss adjusters earn a median of $66,000. Directors of "
        "Claims Operations, one step up, report a median of $171,000.\n", "la.txt")
    assert {"Government Contractors", "Insurance"} <= names(guide.sectors)
    assert (171000, 171000, "USD", "year", "Director of Claims Operations") in pay(guide)


def test_one_company_that_hires_under_a_hiring_heading() -> None:
    guide = parse_text(
        "Rigging Supervisor\n\nA rigging supervisor runs lifting crews.\n\nWho is hiring\n\n"
        "Tidewater Cranes hire for this role, mostly in Construction.\n", "rs.txt")
    assert "Tidewater Cranes" in names(guide.employers)
    assert "Construction" in names(guide.sectors)


def test_a_flattened_level_table_whose_titles_follow_the_pay() -> None:
    guide = parse_text(
        "Urban Planner\n\nAn urban planner shapes towns.\n\nLevels\n"
        "Career Level Monthly Salary Range (SGD) Typical Job Titles Years Entry Level SGD "
        "3,600 – SGD 4,300 Graduate Urban Planner 0 – 2 Mid Level SGD 4,300 – SGD 6,100 "
        "Urban Planner 2 – 7 Top Level SGD 9,800+ Planning Director 12+\n", "up.txt")
    owners = {(s.min, s.role) for s in guide.salaries}
    assert {(3600, None), (4300, None), (9800, "Planning Director")} <= owners
