"""Set-19 readers (rules19a): euro figures in continental notation ("€ 1.482,30", "€ 19,75",
"31.500 euros") as machine translators leave them, take-home ("net") figures that are no
salary.

Every page is invented here (firms, figures, people); as on a crawled site, the file is named
after the role.
"""

from __future__ import annotations

from tests.guide_facts import names, pay, steps

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.period_grid import place_rows


def test_euro_figures_in_continental_notation_are_read_whole() -> None:
    def read(text: str) -> list[tuple[str | None, float, float | None, str | None]]:
        return [(m.currency, m.low, m.high, m.period) for m in find_amounts(text)]

    assert read("a yearly gross of 31.500 euros") == [("EUR", 31500, 31500, "year")]
    assert read("€ 19,75 per hour") == [("EUR", 19.75, 19.75, "hour")]
    assert read("Umbria€ 24.300Marche€ 23.900") == [("EUR", 24300, 24300, "year"),
                                                   ("EUR", 23900, 23900, "year")]
    assert read("between 1.350 and 1.720 euros a month") == [("EUR", 1350, 1720, "month")]
    # English notation stays as written, and so does a scaled figure
    assert read("€2,150.40 a month") == [("EUR", 2150, 2150, "month")]
    assert read("a turnover of €1.250 million") == []


def test_take_home_figures_are_no_salary_and_gross_ones_are() -> None:
    page = ("Upholsterer: what he does and how much he earns\n"
            "How much does an upholsterer earn\n"
            "The gross annual remuneration of an upholsterer is around 27.400 euros. A young "
            "upholsterer takes about 1.250 euros net per month.\n")
    found = pay(parse_text(page, "upholsterer.txt"))
    assert any(low == 27400 and currency == "EUR" for low, _, currency, _, _ in found)
    assert not any(low == 1250 for low, *_ in found)


def test_a_job_banks_wages_by_province_give_each_median_and_no_percentile() -> None:
    page = ("Tile setter in Canada\n"
            "Wages\n"
            "Prevailing wages in Canada (hourly)\n"
            "Province/Territory | Low | Median | High\n"
            "Canada | 21.00 | 30.25 | 41.00\n"
            "Manitoba | 19.50 | 28.75 | 39.10\n"
            "Nunavut | N/A | N/A | N/A\n"
            "Low = 10th percentile, High = 90th percentile.\n"
            "A full-time tile setter at the median in Manitoba earns about $59,800 a year.\n")
    found = pay(parse_text(page, "tile-setter.txt"))
    assert {(30.25, 30.25, "CAD", "hour", None), (28.75, 28.75, "CAD", "hour", None)} <= found
    assert not any(low in (21, 19.5, 41, 39.1) for low, *_ in found)


def test_a_place_table_of_percentiles_alone_gives_no_median() -> None:
    assert place_rows([(1, "Region | Low | High"), (2, "Manitoba | 19.50 | 39.10")]) == ([], set())


def test_a_translated_pages_bar_adverts_and_footer_are_chrome() -> None:
    page = ("Google Translate  Spanish ➜ English  Show original  Options ▾\n"
            "This page has been translated from Spanish\n"
            "OficiosHoy.es\n"
            "Saddler: what he does and how much he earns\n"
            "Updated on 03/11/2026 | Reading time: 5 minutes\n"
            "The saddler (in Spanish talabartero) makes saddles and harness by hand.\n"
            "Where does the saddler work\n"
            "In the leather workshops and in the riding centres, in companies like "
            "Curtidos Ribera S.L.\n"
            "ADVERTISING\n"
            "Read also: How to become farrier | Tanner: salary\n"
            "Did you find this guide useful? 👍 👎\n"
            "Was this translation helpful? Rate the translation\n"
            "© 2026 OficiosHoy.es - P.IVA 0987654\n")
    guide = parse_text(page, "saddler.txt")
    employers = names(guide.employers)
    assert not {"ADVERTISING", "© 2026 OficiosHoy.es - P.IVA 0987654"} & employers
    assert not any("P.IVA" in name or "Read also" in name for name in employers)


def test_an_occupation_in_numbers_pages_headings_end_the_skills_and_chrome_goes() -> None:
    page = ("Canada.ca  Jobs  Job Market Explorer\n"
            "Glazier in Canada\n"
            "NOC 73199  |  Job titles in this group: glazier, curtain wall installer\n"
            "Save to my dashboard  Compare occupations\n"
            "Skills and knowledge\n"
            "Top skills (from job postings)\n"
            "Glass cuttingSealant applicationSite safety\n"
            "Tools and equipment\n"
            "suction lifters, glass cutters\n"
            "Work context\n"
            "Physical demands: lifting, working at heights.\n"
            "Career moves\n"
            "Glaziers with experience can become glazing supervisors.\n"
            "Similar occupations\n"
            "Roofers | Sheet metal workers\n"
            "Report a problem or mistake on this page\n"
            "Date modified: 2026-10-02\n")
    guide = parse_text(page, "glazier.txt")
    skills = names(guide.skills)
    assert {"suction lifters", "glass cutters"} <= skills
    assert not {"Tools and equipment", "Work context", "Career moves", "Similar occupations",
                "Date modified"} & skills
    assert "Glazing Supervisor" in names(guide.leads_to)
    moved = names(guide.leads_to) | names(guide.transitions_to) | {
        title for step in steps(guide) for title in step}
    assert not {"Roofer", "Roofers", "Sheet Metal Worker"} & moved


def test_labour_flow_shares_name_moves_in_and_sideways() -> None:
    page = ("Lorry drivers in numbers: Scotland, 2026\n"
            "Where lorry drivers come from and go to\n"
            "Of people who were lorry drivers in 2026 and had another job a year earlier, the "
            "most common previous occupations were van drivers (21%), warehouse operatives "
            "(10%) and delivery couriers (6%).\n"
            "Of those who moved to another occupation, the most common new occupations were "
            "bus drivers (15%) and driving instructors (7%).\n")
    guide = parse_text(page, "lorry-driver.txt")
    assert {"Van Driver", "Warehouse Operative", "Delivery Courier"} <= names(guide.moves_in)
    assert {"Bus Driver", "Driving Instructor"} <= names(guide.transitions_to)
    assert not any(name.startswith("Another") for name in names(guide.transitions_to))


def test_who_starts_as_or_entered_the_workshop_as_names_moves_in() -> None:
    page = ("Bookbinder: what he does and how much he earns\n"
            "Career\n"
            "Who starts as counter salesman in a stationery shop often passes to binding "
            "after a course. Many entered the workshop as polisher.\n")
    assert {"Counter Salesman", "Polisher"} <= names(parse_text(page, "bookbinder.txt").moves_in)


def test_a_salary_portals_company_rows_and_requested_skills() -> None:
    page = ("Translated by Google ⟲ Show original | Always translate Italian\n"
            "Salaries › Craft and repairs › Bookbinder\n"
            "How much does a bookbinder earn in Italy?\n"
            "€ 24.500 / year\n"
            "Bookbinder salaries at companies\n"
            "Legatoria Fontana Srl - € 25.100 / year - 14 salaries\n"
            "Cartiera Val Brenta - € 1.690 / month - 5 salaries\n"
            "Frequently requested skills\n"
            "Sewing of signatures|Gilding|Paper restoration\n"
            "Did you find it useful? Yes No\n")
    guide = parse_text(page, "bookbinder.txt")
    assert {"Legatoria Fontana Srl", "Cartiera Val Brenta"} <= names(guide.employers)
    assert {"Sewing of signatures", "Gilding", "Paper restoration"} <= names(guide.skills)
    assert {(25100, 25100, "EUR", "year", None), (1690, 1690, "EUR", "month", None)} <= pay(guide)


def test_examples_in_a_bracket_after_a_kind_of_company_are_employers() -> None:
    page = ("Saddler\n"
            "Where does the saddler work\n"
            "Saddlers work in leather companies (like Pellami Serra and Cuoificio Adda), in "
            "riding centres and in workshops.\n")
    guide = parse_text(page, "saddler.txt")
    assert {"Pellami Serra", "Cuoificio Adda"} <= names(guide.employers)
