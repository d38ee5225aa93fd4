"""Pay, employers and sectors in held-back set 7's kinds of site (issue 10).

Each test writes its own small page or line (invented roles, wording and numbers) in one
structure and asserts what the parser reads: a page that says which dollars its figures are
in, a conversion or alternative after a fee, the verb "cost", telephone numbers, a one-sided
"can reach", crowdsourced records glued into one line, titles headed by the role's own head
noun ("Head Teller"), membership grades as the role's own levels, and the role's own title at
a level ("Senior Underwriter" on an insurance underwriter's page).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.not_pay import is_not_pay
from careergraph.guides.page_money import page_dollar
from careergraph.guides.pay_owners import membership_grade
from guide_facts import names, pay


def amounts(text: str, **terms: str) -> list[tuple[str, int | None, int | None, str]]:
    return [(m.currency, m.low, m.high, m.period)
            for m in find_amounts(text, bare=True, home=terms.pop("home", "USD"), **terms)]


# -- currencies and what is no pay ---------------------------------------------------------------
def test_a_page_that_says_its_dollars_means_them_whatever_else_it_names() -> None:
    page = ("All figures below are monthly and in Trinidad and Tobago dollars. A US firm "
            "pays $9,400; a course costs US $300.")
    assert page_dollar(page) == "TTD"
    assert page_dollar("Porters in Jamaica earn $61,000 a month") == "JMD"
    assert page_dollar("Figures in Jamaican dollars, or in US dollars for the cruise lines") == (
        "USD")  # two dollars stated: none wins over the other, as before


def test_us_before_a_dollar_sign_names_the_us_dollar() -> None:
    assert amounts("an offer of US $2,300 a month", dollar="JMD") == [
        ("USD", 2300, 2300, "month")]


def test_a_conversion_or_an_alternative_after_a_fee_is_no_pay() -> None:
    assert amounts("The licence costs about 64,000 a year (US $410), so few apply.",
                   dollar="JMD") == []
    assert amounts("Registration fee: £210 (students) / £330 (others)", home="GBP") == []
    # a pay word between the two figures: the second is pay
    assert amounts("The course costs £300 and graduates earn £30,000", home="GBP") == [
        ("GBP", 30000, 30000, "year")]


def test_the_verb_cost_before_a_figure_is_no_pay_but_the_cost_of_living_is_no_cue() -> None:
    assert amounts("Each module exam will cost roughly £85 per sitting", home="GBP") == []
    assert amounts("Whatever the cost of living, porters earn £21,000", home="GBP") == [
        ("GBP", 21000, 21000, "year")]


def test_a_telephone_number_is_no_amount() -> None:
    assert amounts("Ring +44 (0)16 1496 0555 to ask", home="GBP") == []
    assert amounts("Helpline +65 6735 2211", home="SGD") == []


def test_a_label_that_names_a_fee_is_no_pay() -> None:
    assert is_not_pay("Membership Upgrade fee") and not is_not_pay("Starting pay")
    page = ("Tree Surgeon\nTree surgeons care for trees.\nSalary\n"
            "Certification fee: £240 (members)\nStarting pay: £23,500 a year\n")
    assert pay(parse_text(page, "t.txt")) == {(23500, 23500, "GBP", "year", None)}


def test_can_reach_a_figure_is_one_end_only_unless_the_top_is_open() -> None:
    page = ("Sign Writer\nSign writers paint signs.\nPay\nA sign writer earns £24,000 to "
            "£29,000 a year, and in big cities pay can reach £38,000.\n")
    assert pay(parse_text(page, "s.txt")) == {(24000, 29000, "GBP", "year", None)}
    [open_top] = find_amounts("the best paid can reach £61,000 or more")
    assert (open_top.low, open_top.high, open_top.open_ended) == (61000, None, True)


# -- whose pay -----------------------------------------------------------------------------------
def test_glued_crowdsourced_records_are_read_one_field_a_line() -> None:
    page = ("Claims Adjuster\nClaims adjusters settle claims. Figures are monthly, in "
            "Jamaican dollars.\nWhat People Report\n"
            "Claims AdjusterCompany: Harbourview MutualExperience: 3 yearsMonthly Gross: "
            "$150,000Senior Claims AdjusterCompany: Blue Cay AssuranceExperience: 7 years"
            "Monthly Gross: $210,000Claims ManagerCompany: Harbourview MutualExperience: "
            "12 yearsMonthly Gross: $395,000\n")
    guide = parse_text(page, "c.txt")
    assert pay(guide) == {(150000, 150000, "JMD", "month", None),
                          (210000, 210000, "JMD", "month", None),
                          (395000, 395000, "JMD", "month", "Claims Manager")}
    assert {"Harbourview Mutual", "Blue Cay Assurance"} <= names(guide.employers)


def test_a_record_titled_with_a_rank_and_the_roles_head_is_that_titles_pay() -> None:
    page = ("Hotel Porter\nHotel porters carry luggage. Figures are monthly, in Jamaican "
            "dollars.\nWhat People Report\nPorter\nCompany: Seagrape Resort\n"
            "Monthly Gross: $64,000\nHead Porter\nCompany: Seagrape Resort\n"
            "Monthly Gross: $97,500\n")
    assert pay(parse_text(page, "p.txt")) == {(64000, 64000, "JMD", "month", None),
                                              (97500, 97500, "JMD", "month", "Head Porter")}


def test_an_experienced_rung_and_a_gapped_plural_rung_in_one_sentence() -> None:
    page = ("Greenkeeper\nA greenkeeper looks after golf courses.\nPay\nNew greenkeepers earn "
            "around £18,900. An experienced links keeper could earn £21,000 to £24,500, and "
            "head keepers £26,000 to £30,000.\n")
    assert pay(parse_text(page, "g.txt")) == {
        (18900, 18900, "GBP", "year", None),
        (21000, 24500, "GBP", "year", "Links Keeper"),
        (26000, 30000, "GBP", "year", "Head Keeper")}


def test_membership_grades_are_the_roles_own_levels_on_a_membership_page() -> None:
    assert membership_grade("Associate Members", frozenset({"member"}))
    page = ("Chartered Acoustician\nMembership grades for acousticians.\nWhat members earn\n"
            "Associate Members reported a median of £39,000. Fellows reported £81,000 to "
            "£97,000.\n")
    assert pay(parse_text(page, "a.txt")) == {(39000, 39000, "GBP", "year", None),
                                              (81000, 97000, "GBP", "year", None)}


def test_a_fellow_is_a_post_on_a_page_that_names_no_membership() -> None:
    page = ("Archivist\nArchivists keep records.\nPay\nArchivists earn about $58,000. "
            "Fellows on research grants are paid stipends of around $35,000.\n")
    assert (35000, 35000, "USD", "year", "Fellow") in pay(parse_text(page, "a.txt"))


def test_the_roles_head_at_a_level_is_the_roles_own_pay() -> None:
    page = ("Marine Surveyor\nMarine surveyors inspect ships.\nReported pay\nSenior Surveyor\n"
            "Monthly Gross: $4,100\nSurvey Manager\nMonthly Gross: $6,900\n")
    assert pay(parse_text(page, "m.txt")) == {(4100, 4100, "USD", "month", None),
                                              (6900, 6900, "USD", "month", "Survey Manager")}


def test_a_rungs_number_before_a_figure_is_no_amount() -> None:
    assert amounts("about £11.80 an hour at Level 1 and £15 to £19 an hour at Level 2",
                   home="GBP") == [("GBP", 11.8, 11.8, "hour"), ("GBP", 15, 19, "hour")]


def test_rungs_of_a_coaching_pathway_named_beside_their_pay() -> None:
    page = ("Swimming Instructor\nA swimming instructor teaches swimmers.\nWhat it pays\n"
            "Level 2 pool instructors at clubs are usually paid £17 to £22 an hour; a full-time "
            "Lead Instructor at a centre earns £27,000 to £33,000, and Head Instructors on the "
            "national squad £44,000 to £52,000. A full-time head instructor at a lake earns "
            "about £30,000 to £35,000.\n")
    assert pay(parse_text(page, "c.txt")) == {
        (17, 22, "GBP", "hour", "Pool Instructor"),
        (27000, 33000, "GBP", "year", "Lead Instructor"),
        (44000, 52000, "GBP", "year", "Head Instructor"),
        (30000, 35000, "GBP", "year", "Head Instructor")}


def test_a_bare_head_keeps_its_level_and_the_roles_own_level_stays_its_own() -> None:
    page = ("Scaffold Inspector\nA scaffold inspector checks scaffolds.\nPay\nLevel 2 inspectors "
            "earn £150 to £190 a day. Level 3 supervisors on big sites can earn £240 to £300 "
            "a day.\n")
    assert pay(parse_text(page, "s.txt")) == {
        (150, 190, "GBP", "day", None), (240, 300, "GBP", "day", "Level 3 Supervisor")}


def test_a_plural_title_on_a_figure_is_that_titles_pay() -> None:
    page = ("Tax Officer\nTax officers check returns.\nPay\nOne reader said that tax "
            "processing assistants on $70k do half the work. Tax officers earn $96,000.\n")
    assert (70000, 70000, "USD", "year", "Tax Processing Assistant") in pay(
        parse_text(page, "l.txt"))


def test_a_figure_on_a_related_careers_card_is_the_cards_titles_pay() -> None:
    page = ("Upholsterers\nUpholsterers cover and repair furniture.\n\nPotential earnings\n\n"
            "£26,300.00\n\nRelated careers\n\nFurniture Restorers\nFurniture restorers repair "
            "old pieces, matching finishes and…\n  • £24,050\nSoft Furnishers - Curtains and "
            "Blinds\nSoft furnishers make curtains for homes and…\n  • £22,780\n")
    guide = parse_text(page, "u.txt")
    assert pay(guide) == {(26300, 26300, "GBP", "year", None),
                          (24050, 24050, "GBP", "year", "Furniture Restorers"),
                          (22780, 22780, "GBP", "year", "Soft Furnishers - Curtains and Blinds")}


def test_a_not_pay_word_inside_a_title_is_no_cue() -> None:
    assert amounts("Loan officers earn $88,000 a year") == [("USD", 88000, 88000, "year")]
    assert amounts("Course leaders earn £41,000", home="GBP") == [("GBP", 41000, 41000, "year")]
    assert amounts("a student loan of $9,000") == []
