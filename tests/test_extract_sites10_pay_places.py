"""Pay and employers in the structures of held-back set 10's site styles (issue 10).

Each test writes its own small page (invented roles, wording, companies and numbers) in one
structure and asserts what the parser reads from it, with a case beside it where the rule
must not fire.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.model import Guide


def amounts(text: str) -> list[tuple[int | None, int | None, str]]:
    return [(m.low, m.high, m.period) for m in find_amounts(text)]


def employers(guide: Guide) -> set[str]:
    return {f.text for f in guide.employers}


# -- money named by its noun after the figure -------------------------------------------------
def test_a_figure_named_a_bonus_or_budget_after_it_is_no_pay() -> None:
    line = ("The range is $61,000 - $74,000 a year, with a $2,500 relocation bonus and a "
            "$900 annual training budget.")
    assert amounts(line) == [(61000, 74000, "year")]


def test_pay_joined_to_a_bonus_by_plus_stays_pay() -> None:
    # "plus bonus" adds an extra to the pay; the pay itself is kept.
    assert amounts("Shop leads earn £38,000 to £52,000 plus bonus.") == [
        (38000, 52000, "year")]


# -- differentials ------------------------------------------------------------------------------
def test_differentials_in_brackets_are_no_pay() -> None:
    line = "Shift differential (late $1.40, overnight $2.60) is paid per hour worked."
    assert amounts(line) == []


def test_a_rate_in_brackets_after_a_pay_word_stays_pay() -> None:
    found = amounts("Median pay (2025): $52,000 per year ($25.00 per hour)")
    assert (52000, 52000, "year") in found and (25, 25, "hour") in found


def test_a_differential_named_before_its_figure_is_no_pay() -> None:
    line = "Technicians on nights receive a shift differential of $1.10 per hour."
    assert amounts(line) == []


# -- the employer of a job advertisement ---------------------------------------------------------
AD = ("Line Cook\n\nApply now\n\nAbout the job\nWe cook breakfast for three hundred guests.\n\n"
      "Responsibilities\n- Prepare sauces\n- Keep the line clean\n\n"
      "Pay\nThe pay range for this position is $19.00 - $23.50 per hour.\n\n"
      "Marigold Kitchens is an Equal Opportunity Employer.\n")


def test_the_company_in_an_advert_equal_opportunity_line_employs_the_role() -> None:
    guide = parse_text(AD, "line-cook.txt")
    assert "Marigold Kitchens" in employers(guide)


def test_an_equal_opportunity_line_on_a_page_that_offers_no_job_names_no_employer() -> None:
    # A recruiter's salary guide signs off with the same line about itself.
    page = AD.replace("Apply now\n\n", "").replace("Marigold Kitchens", "Orrin Staffing")
    assert "Orrin Staffing" not in employers(parse_text(page, "line-cook.txt"))


def test_a_pronoun_subject_is_no_employer() -> None:
    page = AD.replace("Marigold Kitchens is", "We are")
    assert employers(parse_text(page, "line-cook.txt")) == set()


# -- fixed-width tables copied from a PDF ------------------------------------------------------
def pay(guide: Guide) -> list[tuple[int | None, int | None, str]]:
    return [(s.min, s.max, s.period) for s in guide.salaries]


PROSE = ("Kiln Operator\n\nOverview\nKiln operators fire the ware, watch the temperature curve and "
         "log each load so that the\nshift after them knows what is in the kiln and when it "
         "comes out, and they\nclean the shelves between loads with care so that no glaze "
         "sticks to the next\nload of ware that goes into the kiln after the shelves are set.\n\n")


def test_a_no_pay_column_of_a_fixed_width_table_is_no_pay() -> None:
    page = PROSE + (
        "Pay Schedule\n\n"
        "Grade                 Hourly range          Kiln premium\n"
        "Kiln Operator I       $21.00 - $26.00       none\n"
        "Kiln Operator II      $23.00 - $29.00       $0.85\n")
    assert pay(parse_text(page, "kiln-operator.txt")) == [(21, 26, "hour"), (23, 29, "hour")]


def test_a_fixed_width_table_with_only_pay_columns_keeps_every_figure() -> None:
    page = PROSE + (
        "Pay Schedule\n\n"
        "Grade                 Hourly range          Annual\n"
        "Kiln Operator I       $21.00 - $26.00       $43,680 - $54,080\n")
    assert pay(parse_text(page, "kiln-operator.txt")) == [(21, 26, "hour"), (43680, 54080, "year")]


def test_a_heading_with_a_dated_aside_opens_its_section() -> None:
    # The rows name a pay range's number and the figures only: the section says they are pay.
    page = ("Kiln Operator\n\nOverview\nKiln operators fire the ware.\n\n"
            "IV.  WAGES (Hourly, effective March 1, 2026)\n"
            "  Kiln Operator I        Range 4         $24.10 - $30.20\n")
    assert pay(parse_text(page, "kiln-operator.txt")) == [(24.1, 30.2, "hour")]


def test_an_item_with_an_undated_aside_opens_no_section() -> None:
    # A list item with an aside stays an item of the section it is in.
    page = PROSE + "Skills\n  1. Glazing (dipping, spraying)\n  2. Kiln logs\n"
    assert {s.text for s in parse_text(page, "kiln-operator.txt").skills} >= {"Kiln logs"}


# -- a related classification priced after a dash -------------------------------------------------
def test_a_title_with_an_aside_then_a_dash_and_its_pay_owns_the_pay() -> None:
    page = ("Kiln Operator\n\nOverview\nKiln operators fire the ware.\n\n"
            "Related classifications\n"
            "  Kiln Superintendent (exempt) - $81,500 - $99,000 annually. Requires five years.\n")
    owners = [(s.min, s.max, s.role) for s in parse_text(page, "kiln-operator.txt").salaries]
    assert owners == [(81500, 99000, "Kiln Superintendent")]


def test_a_dash_after_a_plain_aside_in_prose_makes_no_owner() -> None:
    # The aside closes a sentence's clause, not a title: the pay stays the role's own.
    page = ("Kiln Operator\n\nOverview\nKiln operators fire the ware.\n\nPay\n"
            "Most operators (in our survey) - $41,000 - $52,000 a year.\n")
    owners = [(s.min, s.max, s.role) for s in parse_text(page, "kiln-operator.txt").salaries]
    assert owners == [(41000, 52000, None)]


# -- another role's pay in an interview's prose ----------------------------------------------------
def test_are_making_and_a_place_adverb_name_the_other_role() -> None:
    from careergraph.guides.pay_owners import stated_for

    def titled(text: str) -> bool:
        return text.endswith(("Porter", "Cellarhand"))

    assert stated_for("In this town, head porters are making ", titled) == "Head Porter"
    assert stated_for("Cellarhands here start at about ", titled) == "Cellarhand"


def test_a_pronoun_making_a_figure_names_no_other_role() -> None:
    from careergraph.guides.pay_owners import stated_for

    assert stated_for("When I began, we were making ", lambda text: True) is None


# -- employers named in prose --------------------------------------------------------------------
def _workplaces(text: str) -> tuple[list[str], list[str]]:
    from careergraph.guides.vocab import Vocabulary
    from careergraph.guides.workplaces import workplaces
    from careergraph.lexicon import load_lexicon

    return workplaces(text, Vocabulary.from_lexicon(load_lexicon()))


def test_employers_that_hired_graduates_include_a_list() -> None:
    named, kinds = _workplaces(
        "Employers that hired our welding graduates last year include Tarrow Fabrication, "
        "Quillon Marine and the Ostby Boatyard, across shipbuilding and construction.")
    assert named == ["Tarrow Fabrication", "Quillon Marine", "Ostby Boatyard"]
    assert "construction" in kinds and not any(k.startswith("across") for k in kinds)


def test_openings_posted_by_name_their_employers() -> None:
    named, _ = _workplaces(
        "Recent vacancies were advertised by Fenmoor Water and Calder Utilities.")
    assert named == ["Fenmoor Water", "Calder Utilities"]


def test_a_post_by_an_author_names_no_employer() -> None:
    assert _workplaces("This guide was posted by Ada Lindqvist in May.") == ([], [])
