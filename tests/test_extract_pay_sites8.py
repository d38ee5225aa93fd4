"""Pay in held-back set 8's kinds of site (issue 10).

Each test writes its own small page or line (invented roles, wording and numbers) in one
structure and asserts what the parser reads: incremental ("running") pay scales, labelled
Min/Mid/Max bands, pay steps with no period beside a monthly band, bracketed class numbers
and "Salary Range N" grade numbers, shift differentials, a rate that "went up to" a figure,
tables flattened column by column or with their cells glued, a cut-off row, military ranks
as the soldier's own grades, and plural row titles.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts, running_scale
from careergraph.guides.page_money import page_period
from careergraph.guides.pay_columns import column_pay, glued_header, row_title
from guide_facts import pay


def amounts(text: str, **terms: str) -> list[tuple[str, int | None, int | None, str]]:
    return [(m.currency, m.low, m.high, m.period)
            for m in find_amounts(text, bare=True, home=terms.pop("home", "USD"), **terms)]


# -- the grammar of an amount --------------------------------------------------------------------
def test_a_running_scale_is_the_band_from_its_first_to_its_last_figure() -> None:
    assert amounts("Scale: Rs. 28,500 - 8 x 390 - 12 x 610 - 40,140 (monthly)",
                   home="LKR") == [("LKR", 28500, 40140, "month")]
    assert amounts("Rs. 52,300 - 6x1,120 - Rs. 59,020 p.m.", home="LKR") == [
        ("LKR", 52300, 59020, "month")]
    assert running_scale("Rs. 52,300 - 6x1,120 - Rs. 59,020") and not running_scale(
        "a 4 x 4 truck and 20 pallets")


def test_two_segments_of_a_running_scale_printed_glued_keep_the_same_ends() -> None:
    # "9 x 820" and "10 x 1,140" glued into "9 x 82010 x 1,140"
    assert amounts("Rs. 30,000 - 9 x 82010 x 1,140 - 48,780 (monthly)", home="LKR") == [
        ("LKR", 30000, 48780, "month")]


def test_labelled_min_and_max_make_one_band_and_the_mid_stays_a_figure() -> None:
    assert amounts("$51,300.00 Yearly Min / $60,900.00 Yearly Mid / $70,500.00 Yearly Max") == [
        ("USD", 51300, 70500, "year"), ("USD", 60900, 60900, "year")]
    assert amounts("Minimum $18.40 hourly, maximum $24.10 hourly") == [
        ("USD", 18.4, 18.4, "hour"), ("USD", 24.1, 24.1, "hour")]  # (each its own label before)


def test_a_number_alone_in_brackets_is_a_class_code_not_pay() -> None:
    assert amounts("Records Supervisor (5120) Salary Range 22: $4,310 to $5,620 monthly") == [
        ("USD", 4310, 5620, "month")]


def test_a_shift_differential_is_no_pay() -> None:
    assert amounts("The base rate is $22.40/hr plus a $2.25 night differential", home="USD") == [
        ("USD", 22.4, 22.4, "hour")]


def test_a_rate_that_went_up_to_a_figure_is_that_figure() -> None:
    assert amounts("after training my day rate went up to $305 a day") == [
        ("USD", 305, 305, "day")]
    assert amounts("pay of up to $305 a day") == [("USD", None, 305, "day")]


def test_a_range_cut_off_mid_figure_gives_no_amount() -> None:
    assert amounts("Warehouse Lead … 8 yrs Diploma $41,000 - $5") == []


# -- the period of a page ------------------------------------------------------------------------
def test_a_page_that_says_its_salaries_are_monthly_is_monthly() -> None:
    assert page_period("Salaries are monthly, on a 13-month per year basis.") == "month"
    assert page_period("Salaries shown are per month.") == "month"


def test_steps_with_no_period_beside_one_monthly_band_are_monthly() -> None:
    page = ("Licensing Clerk\nThe LICENSING CLERK 1 issues permits.\nStep 1:\n$2,950\n"
            "Step 2:\n$3,090\nPromotional Line\n"
            "Licensing Supervisor (6230) Salary Range 21: $3,880 to $5,010 monthly\n")
    assert page_period(page) == "month"
    assert page_period("Step 1: $2,950 … a lead earns $64,000; $5,100 monthly") is None
    assert pay(parse_text(page, "licensing-clerk.txt")) == {
        (2950, 2950, "USD", "month", None), (3090, 3090, "USD", "month", None),
        (3880, 5010, "USD", "month", "Licensing Supervisor")}


# -- whose pay -----------------------------------------------------------------------------------
def test_a_class_series_with_min_mid_max_lines_and_a_related_class() -> None:
    page = ("State of Wexford - Class Specifications\n\n"
            "Soil Conservation Technician I (#AGSC01)\n"
            "$38,200.00 Yearly Min / $45,100.00 Yearly Mid / $52,000.00 Yearly Max\n\n"
            "Description of Occupational Work\n"
            "Soil conservation technicians survey farms and plan erosion control.\n\n"
            "Related Classes\nSoil Conservation Program Manager (#AGSC07)\n"
            "$66,400.00 Yearly Min / $78,300.00 Yearly Mid / $90,200.00 Yearly Max\n")
    guide = parse_text(page, "soil-conservation-technician.txt")
    assert pay(guide) == {
        (38200, 52000, "USD", "year", None), (45100, 45100, "USD", "year", None),
        (66400, 90200, "USD", "year", "Soil Conservation Program Manager"),
        (78300, 78300, "USD", "year", "Soil Conservation Program Manager")}


def test_a_table_flattened_column_by_column_pairs_figures_with_titles_in_order() -> None:
    page = ("Salary Survey - Singapore 2025\n\nBuyer\n"
            "Buyers choose what a store sells and agree prices with suppliers.\n\n"
            "Job Titles\nBuying director / Head of buying\nBuying manager\nSenior buyer\n"
            "Buyer\nAssistant buyer\nYears of Experience\n15+ 9 - 14 5 - 8 2 - 4 0 - 1\n"
            "Monthly Salary Range (S$)\n"
            "18,000 - 26,000+ 11,000 - 15,000 7,500 - 9,800 5,000 - 7,000 3,200 - 4,400\n")
    guide = parse_text(page, "buyer.txt")
    assert pay(guide) == {
        (18000, 26000, "SGD", "month", "Buying Director"),
        (18000, 26000, "SGD", "month", "Head of Buying"),
        (11000, 15000, "SGD", "month", "Buying Manager"),
        (7500, 9800, "SGD", "month", None), (5000, 7000, "SGD", "month", None),
        (3200, 4400, "SGD", "month", "Assistant Buyer")}


def test_column_pay_needs_as_many_titles_as_figures() -> None:
    def known(text: str) -> bool:
        return text.lower().endswith(("buyer", "manager"))

    lines = [(1, "Buyer"), (2, "Manager"), (3, "Pay Range (S$)"),
             (4, "5,000 - 7,000 9,000 - 12,000 14,000 - 18,000")]
    assert column_pay(lines, known) == []  # three figures, two titles: no pairing


def test_rows_with_glued_cells_under_a_pay_header_are_their_titles_pay() -> None:
    page = ("Harbour Staffing - Salary Guide\n\nStore Coordinator\n"
            "Figures are approximate. Salaries are monthly.\n\n"
            "Position Job Description Salary (HK$) Experience Education\n"
            "Store Clerk Count stock and file delivery notes. $13,000 - $16,000 0-2 yrs F.5\n"
            "Store Coordinator Plan deliveries and update the stock system. $18,500 - $23,000 "
            "2-4 yrs Diploma\n"
            "Senior Store Coordinator Train new staff. $24,000 - $29,000 5+ yrs Diploma\n"
            "Store Manager Run the branch.000+ 9 yrs Degree $41,000 - $5\n\n"
            "Temporary Division\n"
            "Temp Store Clerk (year-end stocktake, 2 months) $90 - $110 per hour\n")
    assert glued_header("Position Job Description Salary (HK$) Experience") == "HKD"
    guide = parse_text(page, "store-coordinator.txt")
    assert pay(guide) == {
        (13000, 16000, "HKD", "month", "Store Clerk"),
        (18500, 23000, "HKD", "month", None), (24000, 29000, "HKD", "month", None),
        (90, 110, "HKD", "hour", "Store Clerk")}


def test_a_row_title_drops_its_list_number_engagement_word_and_aside() -> None:
    def known(text: str) -> bool:
        return text in ("Senior Porter", "Porter")

    assert row_title("3. Senior Porter (BS-16) ", known) == "Senior Porter"
    assert row_title("Contract Porter (summer season) ", known) == "Porter"
    assert row_title("Porter Carries bags. ", known) == "Porter"
    assert row_title("Unloads vans quickly. ", known) is None


def test_grade_steps_of_a_service_minute_are_the_roles_own_pay() -> None:
    page = ("SERVICE MINUTE OF THE FOREST RANGERS' SERVICE\n\n"
            "The Forest Ranger patrols reserves in Sri Lanka.\n\n05. Salary\n"
            "5.1 Salary scale : Rs. 29,840 - 10 x 410 - 11 x 600 - 40,540 (monthly)\n"
            "5.2 Initial salary step of each grade\nGrade III Rs. 29,840\nGrade II Rs. 34,010\n"
            "5.3 Officers are entitled to a field allowance of Rs. 3,000 per month.\n")
    guide = parse_text(page, "forest-ranger.txt")
    assert pay(guide) == {(29840, 40540, "LKR", "month", None),
                          (29840, 29840, "LKR", "month", None),
                          (34010, 34010, "LKR", "month", None)}


def test_military_ranks_in_a_pay_table_are_the_soldiers_own_grades() -> None:
    page = ("88Q - Fuel Handler\nArmy MOS Overview\n\nFuel handlers store and issue fuel "
            "for the Army.\n\nPay\nRank | Grade | Monthly basic pay\n"
            "Private | E-2 | $2,180\nSpecialist | E-4 | $2,560\nSergeant | E-5 | $2,790\n")
    guide = parse_text(page, "fuel-handler.txt")
    assert pay(guide) == {(2180, 2180, "USD", "month", None),
                          (2560, 2560, "USD", "month", None),
                          (2790, 2790, "USD", "month", None)}


def test_a_specialist_outside_a_service_page_is_still_another_title() -> None:
    page = ("Data Analyst\nData analysts build reports.\n\nPay\nTitle | Grade | Annual pay\n"
            "Data Specialist | B2 | $71,000\n")
    assert (71000, 71000, "USD", "year", "Data Specialist") in pay(parse_text(page, "d.txt"))


def test_a_plural_row_title_owns_its_figures_in_the_singular() -> None:
    page = ("Millwright\nMillwrights install machines.\n\nWages\n"
            "Classification Jan 1/25 Jan 1/26 Millwrights $39.00 $40.50 Foremen** $43.20 "
            "$44.80 Labourers $21.00 $21.90\n")
    owners = {owner for *_, owner in pay(parse_text(page, "millwright.txt"))}
    assert "Foreman" in owners and "Foremen" not in owners


def test_a_wage_grid_flattened_into_one_line_gives_each_row_its_rates() -> None:
    page = ("Van Driver\nVan drivers deliver parcels in Ontario.\n\n"
            "Van Driver. 7.02 HOURLY RATES Year 1 0-6 7-12 13+ Mths Mths Mths Loader 18.20 "
            "19.10 20.00 Van Driver 21.30 22.40 23.50 Shunter 26.75 - - Lead Hands to be paid "
            "five percent (5%) over the rate they lead.\n\n"
            "Van Driver. Drivers receive a boot allowance of $120.00 per year.\n")
    assert pay(parse_text(page, "van-driver.txt")) == {
        (18.2, 18.2, "CAD", "hour", "Loader"), (19.1, 19.1, "CAD", "hour", "Loader"),
        (20, 20, "CAD", "hour", "Loader"), (21.3, 21.3, "CAD", "hour", None),
        (22.4, 22.4, "CAD", "hour", None), (23.5, 23.5, "CAD", "hour", None),
        (26.75, 26.75, "CAD", "hour", "Shunter")}


def test_the_pay_of_the_writers_earlier_job_is_that_jobs() -> None:
    page = ("Night Porter\nI'm a night porter at a guest house.\n\nMy night\n"
            "Pay is $17.80/hr. When I started as a kitchen porter two years ago I was on "
            "$14.20.\n")
    assert pay(parse_text(page, "night-porter.txt")) == {
        (17.8, 17.8, "USD", "hour", None), (14.2, 14.2, "USD", "hour", "Kitchen Porter")}


def test_telephone_numbers_after_their_label_are_no_pay() -> None:
    assert amounts("© Kowloon Staffing Ltd   Telephone 2711 5038   3190 6624", home="HKD") == []


def test_an_example_of_an_allowance_is_no_pay() -> None:
    assert amounts("Crews also receive a meal allowance that depends on the route, for "
                   "example $640 per month on the night run.") == []
    assert amounts("Pay is good, for example $3,100 per month for a new hand.") == [
        ("USD", 3100, 3100, "month")]


def test_rs_with_its_full_stop_ends_no_sentence_before_its_figure() -> None:
    page = ("Health Inspector\nThe Health Inspector checks shops in Sri Lanka.\n\n05. Salary\n"
            "5.1 Salary scale : Rs. 29,840 - 10 x 410 - 40,540 (monthly) and officers are "
            "entitled to a field allowance of Rs. 3,000 per month.\n")
    assert pay(parse_text(page, "health-inspector.txt")) == {
        (29840, 40540, "LKR", "month", None)}


def test_a_clause_on_appointment_to_another_post_gives_that_post_its_pay() -> None:
    page = ("Health Inspector\nThe Health Inspector checks shops in Sri Lanka.\n\n"
            "05. Salary\nSalary scale : Rs. 29,840 - 10 x 410 - 40,540 (monthly)\n"
            "09. Appointment to the post of Senior Health Supervisor\n"
            "Senior Health Supervisors are chosen by examination. Salary scale : "
            "Rs. 41,200 - 10 x 900 - 50,200 (monthly).\n"
            "10. Other Conditions : Officers may be transferred.\n")
    assert pay(parse_text(page, "health-inspector.txt")) == {
        (29840, 40540, "LKR", "month", None),
        (41200, 50200, "LKR", "month", "Senior Health Supervisor")}


def test_a_rate_row_whose_label_ends_with_the_role_is_the_roles_own() -> None:
    page = ("Bus Driver\nBus drivers carry passengers in Alberta.\n\n"
            "Bus Driver. Rates Mar 1/24 Mar 1/25 Bus Driver $31.10 $32.20 Dispatcher $34.00 "
            "$35.10 as agreed.\n")
    assert pay(parse_text(page, "bus-driver.txt")) == {
        (31.1, 31.1, "CAD", "hour", None), (32.2, 32.2, "CAD", "hour", None),
        (34, 34, "CAD", "hour", "Dispatcher"), (35.1, 35.1, "CAD", "hour", "Dispatcher")}
