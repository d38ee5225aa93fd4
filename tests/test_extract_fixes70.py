"""Defects other helpers noticed, each on an invented page (helper fixes70)."""

from benchmarks.extraction import facts_of

from careergraph.guides.read import parse_text


def _clerk(line: str) -> list[str]:
    page = f"""Court Clerk

Court clerks keep the records of court proceedings.

Requirements
{line}
"""
    return list(facts_of(parse_text(page, "clerk.txt")).skills)


def test_a_semicolon_list_after_a_competence_cue_gives_its_skills() -> None:
    want = ["case management systems", "court procedure", "records retention"]
    assert _clerk("Applicants must be conversant with case management systems; court "
                  "procedure; records retention.") == want
    assert _clerk("Applicants must be conversant with: case management systems; court "
                  "procedure; records retention.") == want


def test_semicolon_clauses_after_a_cue_are_no_skills() -> None:
    assert _clerk("Applicants should be familiar with spreadsheets; the manager supplies "
                  "training; you learn the rest.") == []


def test_a_trailing_euro_sign_leaves_the_words_before_its_figure_whole() -> None:
    from careergraph.guides.amounts import find_money

    for line in ("Porter 950,00 € gross", "Porter 1.150,00 € gross", "Porter 950 € a month"):
        money = find_money(line)
        assert money is not None and line[: money.start] == "Porter "


_LINE_COOK = """Line Cook

Line cooks prepare dishes on one station of a restaurant kitchen.

Earnings: 1.250,00 € gross per month.

Growing with us
Many of our chefs started as kitchen porters.
The usual path: Kitchen Porter → Line Cook → Sous Chef → Head Chef.
For information: kitchen porter 950,00 € gross, head chef 2.100,00 € gross per month.
"""


def test_a_lower_case_title_owns_its_figure_in_an_information_row() -> None:
    pay = facts_of(parse_text(_LINE_COOK, "cook.txt")).salaries
    assert ("kitchen porter", 950.0, 950.0, "EUR", "month") in pay
    assert ("head chef", 2100.0, 2100.0, "EUR", "month") in pay
    assert not any(s[0] == "@self" and s[1] in (950.0, 2100.0) for s in pay)



def _retail(line: str) -> list[tuple[str, str]]:
    page = f"""Retail Assistant

Retail assistants serve customers and restock shelves.

Career path
{line}
"""
    return list(facts_of(parse_text(page, "retail.txt")).moves)


def test_lower_case_can_be_x_and_then_y_is_a_ladder() -> None:
    assert _retail("With experience you can be a shift lead and then a store manager.") == [
        ("@self", "Shift Lead"), ("Shift Lead", "Store Manager")]


def test_can_be_and_then_without_titles_gives_no_move() -> None:
    assert _retail("The work can be a bit tiring and then a real pleasure.") == []


_PORTER = """Hotel Porter

Hotel porters carry guests' luggage and help at the front door.

Requirements
• Communication with seniors
• Cooperation with colleagues
• Planning in spreadsheets
"""


def test_whom_a_dealing_skill_is_with_is_part_of_it() -> None:
    skills = set(facts_of(parse_text(_PORTER, "porter.txt")).skills)
    assert {"Communication with seniors", "Cooperation with colleagues", "Planning"} <= skills
    assert "Communication" not in skills


_BOOKBINDER = """Bookbinder

Bookbinders sew, glue and trim books by hand and machine.

Where bookbinders work
Bookbinders work in printing and publishing, stationery manufacture and libraries.
"""


def test_an_industry_group_joined_by_and_stays_one_sector() -> None:
    sectors = facts_of(parse_text(_BOOKBINDER, "binder.txt")).sectors
    assert "printing and publishing" in sectors
    assert "printing" not in sectors and "publishing" not in sectors
