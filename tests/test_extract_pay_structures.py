"""Pay and move structures from career-guide sites of many countries (issue 10).

Each test writes its own small page (invented roles, wording and numbers) in one structure
and asserts the salaries or moves the parser reads from it.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import column_terms, find_amounts
from careergraph.guides.page_money import page_dollar, page_period
from careergraph.model import Guide


def pay(guide: Guide) -> list[tuple[int | None, int | None, str, str, str | None]]:
    return [(s.min, s.max, s.currency, s.period, s.role) for s in guide.salaries]


def names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {f.text for f in facts}


# -- amounts -----------------------------------------------------------------------------------
def test_rand_with_spaces_between_thousands() -> None:
    found = find_amounts("A new glazier can expect R7 200 to R9 800 a month, R1 150 000 later.")
    assert [(m.currency, m.low, m.high, m.period) for m in found] == [
        ("ZAR", 7200, 9800, "month"), ("ZAR", 1150000, 1150000, "year")]


def test_spaces_group_thousands_only_behind_a_currency() -> None:
    found = find_amounts("Grade 3 61,000 to 70,000", bare=True)
    assert [(m.low, m.high) for m in found] == [(61000, 70000)]


def test_r_inside_a_word_or_alone_is_no_rand() -> None:
    assert find_amounts("Use R 4 and HR2 forms; the Python or R 3 course") == []


def test_currency_codes_of_many_countries_after_the_amount() -> None:
    found = find_amounts("between 52,000 and 61,000 NZD, or 48,000 to 55,000 SEK")
    assert [(m.currency, m.low, m.high) for m in found] == [
        ("NZD", 52000, 61000), ("SEK", 48000, 55000)]


def test_a_period_word_before_the_figure() -> None:
    found = find_amounts("The median weekly wage for porters is about $1,220.")
    assert [(m.low, m.period) for m in found] == [(1220, "week")]


def test_a_period_word_after_one_figure_is_not_the_next_ones() -> None:
    found = find_amounts("Median pay $31.20 hourly, $64,900 annual")
    assert [(m.low, m.period) for m in found] == [(31.2, "hour"), (64900, "year")]


def test_hedged_floors_and_shares_of_workers_are_no_band() -> None:
    assert find_amounts("Star bakers sometimes earn well above £41,000.") == []
    assert find_amounts("About 2 in 5 porters earn more than $1,300 per week.") == []


def test_a_price_that_costs_is_no_pay() -> None:
    assert find_amounts("The licence exam costs about R2 800 at a test centre.") == []


def test_pay_column_headers_state_currency_and_period() -> None:
    assert column_terms("Yearly Pay (NZD)") == ("NZD", "year")
    assert column_terms("Daily Rate (€)") == ("EUR", "day")
    assert column_terms("Band") is None


def test_a_page_naming_one_dollar_country_reads_its_dollar() -> None:
    assert page_dollar("Roofers in Canada earn $31 an hour.") == "CAD"
    assert page_dollar("Glaziers in New Zealand and the US earn $31 an hour.") == "USD"
    assert page_dollar("Use CAD software to draw plans; pay is $70,000.") == "USD"


def test_a_page_quoting_pay_per_month_only() -> None:
    assert page_period("R8 000 per month … R9 500 a month … R12 100") == "month"
    assert page_period("R8 000 per month … R9 500 a month … R140 000 a year") is None


# -- whole pages ---------------------------------------------------------------------------------
def test_pay_table_whose_header_states_the_currency() -> None:
    guide = parse_text(
        "Glazier\n\nHow much do glaziers earn?\n"
        "Band | Yearly Pay (NZD) | Hourly Rate (NZD) |\n---|---|---|\n"
        "Starting out | 51,300 | 24.70 |\nExperienced | 66,800 | 32.10 |\n"
        "Region | Yearly Pay Range (NZD) |\n---|---|\nAuckland | 58,000 – 71,000 |\n",
        "glazier.txt")
    assert pay(guide) == [
        (51300, 51300, "NZD", "year", None), (24.7, 24.7, "NZD", "hour", None),
        (66800, 66800, "NZD", "year", None), (32.1, 32.1, "NZD", "hour", None),
        (58000, 71000, "NZD", "year", None)]


def test_a_dollar_on_a_page_about_one_country() -> None:
    guide = parse_text("Roofer\n\nRoofers in Australia fix and replace roofs.\n\n"
                       "Pay\nThe median roofer earns $1,540 per week.\n", "roofer.txt")
    assert pay(guide) == [(1540, 1540, "AUD", "week", None)]


def test_a_label_above_its_value_names_the_period() -> None:
    guide = parse_text("Roofer\n\nRoofers in Australia fix and replace roofs.\n\n"
                       "Weekly Earnings\n$1,480\n", "roofer.txt")
    assert pay(guide) == [(1480, 1480, "AUD", "week", None)]


def test_pay_labelled_with_a_rung_title_belongs_to_that_rung() -> None:
    guide = parse_text(
        "From Kitchen Porter to Head Chef\n\nHead chefs run the kitchen.\n\nLine cook\n\n"
        "Line cooks work one station.\n\nLine cook salary range: $31,000-$40,000 a year\n\n"
        "Head chef\n\nHead chef median salary: $58,500\n", "head-chef.txt")
    assert pay(guide) == [(31000, 40000, "USD", "year", "Line Cook"),
                          (58500, 58500, "USD", "year", None)]


def test_each_clause_of_a_pay_sentence_has_its_own_subject() -> None:
    guide = parse_text(
        "Ferry Steward\n\nFerry stewards serve passengers on ferries.\n\nPay\n"
        "The average pay of a ferry steward is $19.40 an hour, and chief stewards earn about "
        "$26 an hour.\nBosun Mates on offshore vessels can earn 41,000 GBP or more, and "
        "relief crews charge day rates of around 150 to 210 GBP.\n", "ferry-steward.txt")
    assert pay(guide) == [(19.4, 19.4, "USD", "hour", None),
                          (26, 26, "USD", "hour", "Chief Steward"),
                          (41000, None, "GBP", "year", "Bosun Mate"),
                          (150, 210, "GBP", "day", None)]


def test_low_and_high_lines_bound_one_range() -> None:
    guide = parse_text("Farrier\n\nFarriers shoe horses.\n\nAvg Salary: $43000\n"
                       "High Salary: $58000\nLow Salary: $29000\n", "farrier.txt")
    assert pay(guide) == [(43000, 43000, "USD", "year", None),
                          (29000, 58000, "USD", "year", None)]


def test_a_flattened_table_row_gives_each_title_its_figures() -> None:
    guide = parse_text(
        "Scaffolder\n\nScaffolders build platforms on building sites, earning R6 100 per "
        "month at first and R19 000 a month when qualified.\n\n"
        "Trade Entry – Qualified Top – Senior % change Scaffolder R9 400 R21 300 126.6% "
        "Welder R10 200 R23 900 134.3% Crane Operator R12 800 R27 600 115.6%\n",
        "scaffolder.txt")
    assert pay(guide)[2:] == [
        (9400, 9400, "ZAR", "month", None), (21300, 21300, "ZAR", "month", None),
        (10200, 10200, "ZAR", "month", "Welder"), (23900, 23900, "ZAR", "month", "Welder"),
        (12800, 12800, "ZAR", "month", "Crane Operator"),
        (27600, 27600, "ZAR", "month", "Crane Operator")]


# -- moves -----------------------------------------------------------------------------------
def test_run_on_prose_moves_end_at_the_next_clause() -> None:
    guide = parse_text(
        "Farrier\n\nFarriers shoe horses. Most farriers learn the trade as an apprentice or "
        "helper to a master farrier after which some become hoof care technicians or "
        "equine dentists while others move up to run a forge.\n", "farrier.txt")
    assert names(guide.moves_in) == {"Apprentice", "Helper"}
    assert names(guide.transitions_to) == {"Hoof Care Technician", "Equine Dentist"}


def test_similar_careers_one_a_line_are_lateral_moves() -> None:
    guide = parse_text("Farrier\n\nFarriers shoe horses.\n\nSimilar Careers\n"
                       "Blacksmith Technician\nStable Manager\n", "farrier.txt")
    assert names(guide.transitions_to) == {"Blacksmith Technician", "Stable Manager"}


def test_a_job_title_that_becomes_another_is_a_move_up() -> None:
    guide = parse_text("Tour Coordinator\n\nTour coordinators lead visitors. At senior level "
                       "the job title becomes tour manager or head of excursions at a large "
                       "operator.\n", "tour-coordinator.txt")
    assert names(guide.leads_to) == {"Tour Manager", "Head of Excursions"}


def progressions(guide: Guide) -> list[list[str]]:
    return [[step.text for step in chain] for chain in guide.progressions]


def test_a_ladder_box_printed_top_rung_first_is_read_bottom_up() -> None:
    guide = parse_text("Museum Archivists\n\nMuseum archivists keep records.\n\nCareer Ladder\n"
                       "  • Chief Archivist\n  • Archivist\n  • Assistant Archivist\n",
                       "museum-archivist.txt")
    assert progressions(guide) == [["Assistant Archivist", "Archivist", "Chief Archivist"]]


def test_a_hierarchy_glued_on_one_line_is_a_ladder() -> None:
    guide = parse_text(
        "Baker\n\nBakers bake bread.\n\nThe usual bakery hierarchy (from bottom to top):\n"
        "Trainee Baker / Kitchen AssistantBakerSenior BakerHead Baker / Bakery Manager\n",
        "baker.txt")
    assert progressions(guide)[0] == ["Trainee Baker", "Baker", "Senior Baker", "Head Baker"]
    assert {tuple(p) for p in progressions(guide)[1:]} == {
        ("Kitchen Assistant", "Baker"), ("Senior Baker", "Bakery Manager")}


def test_a_glued_list_under_a_related_heading_is_no_ladder() -> None:
    guide = parse_text("Baker\n\nBakers bake bread.\n\nRelated Careers\n"
                       "Pastry ChefCake DecoratorBakery Manager\n", "baker.txt")
    assert progressions(guide) == []


def test_pay_under_a_rung_heading_belongs_to_that_rung() -> None:
    guide = parse_text(
        "Lab Technician\n\nLab technicians run tests.\n\nEntry Positions\n\nLab Assistant\n\n"
        "What You Do:\n\n  • Labelling samples\n  • Booking tests\n\n"
        "Salary: INR 14,000-19,000/month"
        "\n\nLab Technician\n\nWhat You Do:\n\n  • Running assays\n\n"
        "Salary: INR 35,000-52,000/month\n", "lab-technician.txt")
    assert pay(guide) == [(14000, 19000, "INR", "month", "Lab Assistant"),
                          (35000, 52000, "INR", "month", None)]


def test_a_bulleted_skills_list_ends_at_its_first_plain_line() -> None:
    guide = parse_text(
        "Optometrist\n\nOptometrists test eyesight.\n\nKey Skills Needed:\n\n"
        "  • Refraction\n  • Patient communication\n\nTime to Next Level: 3-5 years\n\n"
        "Senior Optometrist\n\nSupervises the clinic and trains graduates.\n",
        "optometrist.txt")
    assert {s.text for s in guide.skills} == {"Refraction", "Patient communication"}


# -- skills ----------------------------------------------------------------------------------
def test_requirement_sentences_give_the_skills_inside_them() -> None:
    guide = parse_text(
        "Scaffolder\n\nScaffolders build platforms.\n\nScaffolder Skills And Specifications\n\n"
        "  • He should have a good head for heights and steady balance so that he can work "
        "on narrow boards\n"
        "  • She must be able to read erection drawings and understand load ratings\n"
        "  • He must not be afraid of bad weather\n", "scaffolder.txt")
    # ("a good head for heights": the praise word goes with the article, as in "a good
    # problem solver" -> "problem solver")
    assert [s.text for s in guide.skills] == [
        "head for heights", "steady balance", "read erection drawings", "load ratings"]


def test_a_heading_naming_what_employers_look_for_holds_skills() -> None:
    guide = parse_text(
        "Farrier\n\nFarriers shoe horses.\nSkills That Employers Look For\n"
        "Hoof trimming, forge welding and gait analysis all appear in adverts.\n"
        "What do you need?\nEmployers look for:\n\n– Shoe fitting\n– Equine first aid\n",
        "farrier.txt")
    found = {s.text for s in guide.skills}
    assert {"Hoof trimming", "forge welding", "Shoe fitting", "Equine first aid"} <= found
    assert not any("Employers" in name for name in found)


def test_an_acronym_spelt_out_in_brackets_is_no_list_of_skills() -> None:
    guide = parse_text(
        "Farrier\n\nFarriers shoe horses.\n\nSkills\n"
        "Hoof trimming, EBM (evidence based management) records and forge welding matter.\n",
        "farrier.txt")
    found = {s.text for s in guide.skills}
    assert "evidence based management" not in found and "Hoof trimming" in found


def test_from_a_to_b_pages_name_their_rungs_on_title_lines() -> None:
    guide = parse_text(
        "Career Path Breakdown: From Kitchen Porter to Head Chef\n\nHow cooks climb.\n\n"
        "Kitchen porter\n\nPorters wash pans.\n\nLine cook or pastry cook\n\nCooks run a "
        "station.\n\nSous chef\n\nThe sous chef runs the pass.\n\nHead chef\n\nThe head chef "
        "writes the menu.\n", "head-chef.txt")
    chains = {tuple(p) for p in progressions(guide)}
    assert ("Kitchen Porter", "Line Cook", "Sous Chef", "Head Chef") in chains
    assert {("Kitchen Porter", "Pastry Cook"), ("Pastry Cook", "Sous Chef")} <= chains


def test_prose_moves_with_then_possessive_titles_and_past_work() -> None:
    guide = parse_text(
        "Glazier\n\nGlaziers fit glass. Most glaziers start as glazier's mates or general "
        "labourers. Qualified glaziers can progress to chargehand and then foreman, or retrain "
        "as window surveyors. With experience, glaziers can become estimators, and many become "
        "licensed contractors running their own firm. Some people move into glazing after "
        "working as shopfitters.\n", "glazier.txt")
    assert {"Glazier's Mate", "General Labourer", "Shopfitter"} <= {
        m.text for m in guide.moves_in}
    assert {"Estimator", "Licensed Contractor"} <= {m.text for m in guide.leads_to}
    chains = {tuple(p) for p in progressions(guide)}
    assert ("Chargehand", "Foreman") in chains
    assert not any("Retrain" in step for chain in chains for step in chain)
    assert "Shopfitter" not in {m.text for m in guide.transitions_to}


def test_first_work_as_and_former_titles_are_moves_in() -> None:
    guide = parse_text(
        "Harbour Pilot\n\nHarbour pilots steer ships into port. Many pilots first work as "
        "deck officers or tug masters, and some are former naval navigators who left the "
        "service.\n", "harbour-pilot.txt")
    assert {m.text for m in guide.moves_in} == {"Deck Officer", "Tug Master", "Naval Navigator"}


def test_panel_chrome_and_ratings_under_skills_are_no_skills() -> None:
    guide = parse_text(
        "Farrier\n\nFarriers shoe horses.\n\nSkill Level\nHigh skill\n\nSkills\n\n"
        "Top skills for Farriers\n\nForging\n\nMore\n\nPersonality Traits\n\nPatient\n",
        "farrier.txt")
    assert [s.text for s in guide.skills] == ["Forging"]


def test_a_quotation_on_a_career_path_page_names_no_skills() -> None:
    guide = parse_text(
        "Career Path Breakdown: From Kitchen Porter to Head Chef\n\nKitchen porter\n\n"
        "Porters scrub pans and stack plates. \"It feels like cleaning, but you are learning "
        "the rhythm of a kitchen and how chefs work,\" Okafor says. Porters learn knife "
        "skills, food safety and stock rotation.\n", "head-chef.txt")
    found = {s.text for s in guide.skills}
    assert {"food safety", "stock rotation"} <= found
    assert not found & {"cleaning", "but you", "Okafor says"}


def test_pay_label_lines_under_slash_rungs_and_lakh_per_annum() -> None:
    guide = parse_text(
        "Lab Technician\n\nLab technicians run tests.\n\nTrainee Technician / Lab Helper\n\n"
        "Stipend: INR 9,000-13,000/month\n\nLab Technician\n\nSalary: INR 4-7 LPA\n\n"
        "Lab Manager / Quality Manager\n\nSalary: INR 18 LPA+\n", "lab-technician.txt")
    assert pay(guide) == [(9000, 13000, "INR", "month", "Trainee Technician"),
                          (400000, 700000, "INR", "year", None),
                          (1800000, None, "INR", "year", "Lab Manager")]


def test_begin_as_list_then_a_verb_and_a_pipe_strip_of_related_titles() -> None:
    guide = parse_text(
        "Lab Technician\n\nA Lab Technician runs tests on samples.\n\nTasks\n\n  • Running assays\n"
        "  • Logging results\n  • Cleaning analysers\n  • Ordering reagents\n\n"
        "Career pathways\n\nMany lab technicians "
        "begin as Sample Couriers or Lab Assistants and train as apprentices.\n\n"
        "Explore related occupations\nPhlebotomy Technicians | Lab Managers | Quality "
        "Inspectors\n", "lab-technician.txt")
    assert {m.text for m in guide.moves_in} == {"Sample Courier", "Lab Assistant"}
    assert {"Phlebotomy Technician", "Lab Manager", "Quality Inspector"} <= {
        m.text for m in guide.transitions_to}


def test_numbered_pay_grid_is_a_ladder_whose_rows_own_their_pay() -> None:
    guide = parse_text(
        "Kiln Technician Pay Guide 2026\n\n"
        "Kiln technicians fire and maintain the kilns of a pottery works.\n\n"
        "Pay by level\n\n"
        "Level | Title | Annual Salary (NZD)\n"
        "1 | Junior Kiln Technician | 44,000 – 49,000\n"
        "2 | Kiln Technician | 52,000 – 58,000\n"
        "3 | Senior Kiln Technician | 61,000 – 67,000\n"
        "4 | Firing Supervisor | 70,000 – 78,000\n",
        "k.txt",
    )
    assert guide.role.text == "Kiln Technician"  # "X Pay Guide 2026" is a title
    assert [[s.text for s in ladder] for ladder in guide.progressions] == [[
        "Junior Kiln Technician", "Kiln Technician", "Senior Kiln Technician",
        "Firing Supervisor"]]
    assert pay(guide) == [(44000, 49000, "NZD", "year", None),
                          (52000, 58000, "NZD", "year", None),
                          (61000, 67000, "NZD", "year", None),
                          (70000, 78000, "NZD", "year", "Firing Supervisor")]
    assert [s.level for s in guide.salaries][:3] == ["entry", None, "senior"]
