"""Held-back set 25's page types read by structure (rules25a): public-service pay explainers
read through a browser translator (grids of pay groups by level in German notation, one level
a line), programme-outcome disclosures (the occupations a programme prepares for) and the
prose around them (lateral entrants, a grade given to another title).

Every page here is invented (sites, employers, figures) in several variants of each layout;
the tests assert what is read and what must not be.
"""

from __future__ import annotations

import itertools

import pytest

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.step_grids import grade_titles, step_pay


def names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {f.text for f in facts}


def pay(guide) -> set[tuple[str | None, int, int, str, str]]:  # type: ignore[no-untyped-def]
    return {(s.role, round(s.min), round(s.max), s.currency, s.period) for s in guide.salaries}


def edges(guide) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(a.text.lower(), b.text.lower()) for ladder in guide.progressions
            for a, b in itertools.pairwise(ladder)}


# -- a pay explainer's grid: pay groups by level ------------------------------------------
GRID_PAGE = """Translated by Google  ·  Original: German  ·  Show original
tarifgehalt.example  |  TVöD  |  TV-L  |  Calculator
Home » Occupations » Specialist for road maintenance

Specialist for road maintenance: salary in the TVöD (2027)
Last updated: 02.02.2027

Specialists for road maintenance repair carriageways and clear snow for counties.

Which pay group?
After the three-year training, specialists for road maintenance are classified in pay group
EG 4. Road masters (Straßenmeister) are assessed in EG 9a.

TVöD table (from 01.03.2027, monthly gross in euros)
Pay group | Level 1 | Level 2 | Level 3
EG 4 | 2.701,15 | 2.866,40 | 2.990,05
EG 9a | 3.480,70 | 3.702,25 | 3.911,60

Career
Lateral entry is possible for trained gardeners and construction machine operators.
"""

LEVEL_LINES_PAGE = """This page has been translated from German to English.  [Show original]
PORTAL ÖFFENTLICHER DIENST — Guide › Health › Orthoptist (TV-L)

Orthoptist at a university clinic: How much do you earn according to TV-L?
by Redaktion | 04.01.2027

Orthoptists examine squinting eyes at university clinics.

Salary table TV-L E 7 (from 01.01.2027, gross per month)
Level 1: 3.105,20 €
Level 2: 3.266,90 €
Level 3: 3.402,75 €
The starting salary is around 3,105 euros gross; about 41,500 euros gross a year.

Head orthoptists are grouped in E 9b: 3.620,00 € to 4.515,40 €.

Career
Lateral entrants are often trained nursing assistants or optician assistants.
"""


def test_a_pay_explainer_title_names_the_translated_vocational_title() -> None:
    guide = parse_text(GRID_PAGE, "road.txt")
    assert guide.role is not None and guide.role.text == "Specialist for Road Maintenance"


def test_a_pay_question_after_the_title_is_the_headline_not_a_link() -> None:
    guide = parse_text(LEVEL_LINES_PAGE, "page.txt")
    assert guide.role is not None and guide.role.text == "Orthoptist"


def test_a_grid_of_groups_by_level_is_read_cell_by_cell_in_german_notation() -> None:
    guide = parse_text(GRID_PAGE, "road.txt")
    found = pay(guide)
    assert (None, 2701, 2701, "EUR", "month") in found
    assert (None, 2990, 2990, "EUR", "month") in found
    # the group the prose gives to another title is that title's grid, a rung above
    assert ("Road masters", 3481, 3481, "EUR", "month") in found
    assert not any(owner is None and low == 3481 for owner, low, *_ in found)
    assert ("specialist for road maintenance", "road masters") in edges(guide)
    assert not any("eg" in a for a, _ in edges(guide))


def test_one_level_a_line_takes_the_period_from_the_heading_aside() -> None:
    guide = parse_text(LEVEL_LINES_PAGE, "page.txt")
    found = pay(guide)
    assert {(None, 3105, 3105, "EUR", "month"), (None, 3403, 3403, "EUR", "month")} <= found
    assert (None, 41500, 41500, "EUR", "year") in found


def test_a_title_grouped_in_a_grade_owns_the_range_after_it() -> None:
    guide = parse_text(LEVEL_LINES_PAGE, "page.txt")
    assert any(owner and owner.lower().startswith("head orthoptist") and (low, high) == (
        3620, 4515) and period == "month" for owner, low, high, _, period in pay(guide))


def test_lateral_entrants_are_moves_in_without_their_training() -> None:
    grid = parse_text(GRID_PAGE, "road.txt")
    lines = parse_text(LEVEL_LINES_PAGE, "page.txt")
    assert "Gardener" in names(grid.moves_in)
    assert {"Nursing Assistant", "Optician Assistant"} <= names(lines.moves_in)
    assert not any(n.startswith("Trained") for n in names(lines.moves_in))


@pytest.mark.parametrize("header", ["Pay group | Level 1 | Level 2",
                                    "Entgeltgruppe | Stufe 1 | Stufe 2",
                                    "Band    Step 1    Step 2"])
def test_the_grid_header_may_name_its_steps_several_ways(header: str) -> None:
    cells = "|" if "|" in header else "    "
    found, taken = step_pay([(1, "Monthly pay (euros)"), (2, header),
                             (3, f"S 3 {cells} 2.455,00 {cells} 2.560,90"),
                             (4, f"S 4 {cells} 2.610,30 {cells} 2.744,00")])
    assert [(p.column, p.amount, p.period) for p in found] == [
        ("S 3", 2455.0, "month"), ("S 3", 2560.9, "month"),
        ("S 4", 2610.3, "month"), ("S 4", 2744.0, "month")]
    assert taken == {2, 3, 4}


def test_grade_titles_skip_pronouns_and_keep_the_first_title() -> None:
    titled = grade_titles([(1, "Those with a shift to lead are placed in K 6."),
                           (2, "Depot foremen are classified in pay group K 8."),
                           (3, "Senior depot foremen are classified in K 8 as well.")])
    assert titled == {"k8": "Depot foremen"}


# -- money words ------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("around 2,870 euros gross a month", ("EUR", 2870, "month")),
    ("between 3,100 and 3,650 euros a month", ("EUR", 3100, "month")),
    ("a grade of 2.944,10 € at the first step", ("EUR", 2944, "month")),
])
def test_euros_after_an_english_figure_and_cents_printed_thousands(
        text: str, expected: tuple[str, int, str]) -> None:
    found = find_amounts(text)
    assert found and (found[0].currency, round(found[0].low or 0), found[0].period) == expected


def test_a_yearly_figure_without_cents_stays_yearly() -> None:
    found = find_amounts("about 39,800 euros gross a year")
    assert found and (found[0].period, found[0].low) == ("year", 39800)


# -- programme-outcome disclosures ---------------------------------------------------------
OUTCOMES_PAGE = """LAKEWOOD TECHNICAL COLLEGE
Programs | Admissions | Consumer Information
Home > Consumer Information > Program Disclosures > Industrial Refrigeration

Industrial Refrigeration — Diploma
Gainful Employment Disclosure  (award year 2026–27)

Program name:            Industrial Refrigeration
CIP code:                47.0201

OCCUPATIONS THIS PROGRAM PREPARES STUDENTS TO ENTER
SOC code   Occupation                                      Median wage
49-9021    Refrigeration Mechanics and Installers          $58,200 per year
49-9071    Maintenance and Repair Workers, General         $47,900 per year

OUTCOMES
On-time completion rate: 71%
"""

DOTTED_OUTCOMES = """Harbourline Institute
Home / Courses / Diploma of Screen Captioning / Graduate outcomes

Diploma of Screen Captioning  —  Graduate outcomes

GRADUATES WORK AS
Live Captioner ........................ 64%
Transcriptionist ...................... 21%
Further study ......................... 15%
"""


@pytest.mark.parametrize(("page", "role"), [(OUTCOMES_PAGE, "Refrigeration Mechanic"),
                                            (DOTTED_OUTCOMES, "Live Captioner")])
def test_a_programme_page_is_about_the_first_occupation_it_prepares_for(
        page: str, role: str) -> None:
    guide = parse_text(page, "programme.txt")
    assert guide.role is not None and guide.role.text.startswith(role)


# -- outcome pages: curriculum, footer, SOC rows -------------------------------------------
CAPTION_PAGE = """Westbay Polytechnic
Home / Courses / Certificate IV in Court Captioning / Graduate outcomes

Certificate IV in Court Captioning  —  Graduate outcomes

GRADUATES WORK AS
Court Captioner ....................... 70%
Further study ......................... 30%

What you'll learn
- Steno theory
- Realtime writing with Case Writer
- Dictionary building

OCCUPATIONS THIS COURSE PREPARES YOU FOR
SOC code   Occupation                                     Median wage
27-3092    Court Captioners                               $61,200 per year
43-9111    Statistical Assistants                         $49,300 per year

Questions: outcomes@westbay.example  |  Annual Security Report  |  Net Price Calculator
© 2027 Westbay Polytechnic
"""


def test_an_outcome_page_curriculum_is_skills_and_its_footer_is_chrome() -> None:
    guide = parse_text(CAPTION_PAGE, "captioner.txt")
    assert {"Steno theory", "Dictionary building"} <= names(guide.skills)
    assert not {"Annual Security Report", "Net Price Calculator"} & (
        names(guide.employers) | names(guide.skills))
    assert not any("Westbay" in n for n in names(guide.employers))


def test_an_soc_row_title_owns_its_median_without_its_code() -> None:
    guide = parse_text(CAPTION_PAGE, "captioner.txt")
    owners = {owner for owner, low, *_ in pay(guide) if low == 49300}
    assert owners and not any(o and o[:1].isdigit() for o in owners)
    assert (None, 61200, 61200, "USD", "year") in pay(guide)


# -- an occupation's history: dated wages are history ----------------------------------------
HISTORY_PAGE = """A Brief History of Bookbinding
From the Hand Trades Archive

A bookbinder sews, glues and covers books by hand or machine.

Guild era
In 1862 a journeyman bookbinder in Leeds earned about $6 a week from the shop.

The trade today
Skills asked for now are board cutting, leather paring and customer care.
Bookbinders are paid $38,000 to $52,000 a year by print firms.
"""


def test_a_history_article_keeps_only_present_day_pay_and_reads_todays_skills() -> None:
    guide = parse_text(HISTORY_PAGE, "sweep.txt")
    lows = {low for _, low, *_ in pay(guide)}
    assert 38000 in lows and 6 not in lows
    assert {"board cutting", "leather paring"} <= names(guide.skills)


def test_as_well_as_ends_a_list_of_employers() -> None:
    page = ("Sign Language Interpreter\n\nWHO EMPLOYS THEM\nGraduates are working at Wrenfield "
            "Signing, Coastway Health and Dunmore Council, as well as for disability services.\n")
    guide = parse_text(page, "interp.txt")
    assert {"Wrenfield Signing", "Coastway Health", "Dunmore Council"} <= names(guide.employers)


def test_a_blog_what_youll_learn_is_its_contents_not_skills() -> None:
    page = ("Payroll Manager Roadmap: From Clerk to Director\n\nWhat You'll Learn\n"
            "  • Each rung of the ladder\n  • What each rung pays\n\n"
            "A payroll manager runs the pay cycle for a company.\n")
    guide = parse_text(page, "roadmap.txt")
    assert not {"Each rung of the ladder", "What each rung pays"} & names(guide.skills)


@pytest.mark.parametrize(("headline", "role"), [
    ("Surveying technician in mining: salary in the TV-L (2027)",
     "Surveying Technician in Mining"),
    ("Dental assistant for orthodontics: pay in the TVöD", "Dental Assistant for Orthodontics"),
])
def test_a_pay_explainer_title_keeps_a_two_word_worker_and_its_field(headline: str,
                                                                     role: str) -> None:
    page = f"Translated from German\n\n{headline}\n\nWhat you earn\nE 6 level 1: 2.901,10 €\n"
    guide = parse_text(page, "trade.txt")
    assert guide.role is not None and guide.role.text == role
