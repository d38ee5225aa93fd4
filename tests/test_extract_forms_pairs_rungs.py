"""Small readings fixed in session 30 (fixes30): a company's abbreviated form ends no
sentence anywhere, a sector named "A and B" stays whole, a figure tied to a rung and then
"to" another figure is that rung's pay, and a heading word must not cut a list of modules.
"""

from __future__ import annotations

import pytest

from careergraph.guides import (
    company_rows,
    employer_names,
    logo_strip,
    longform_tables,
    workplaces,
)
from careergraph.guides.amounts import find_amounts
from careergraph.guides.company_forms import COMPANY_STOP
from careergraph.guides.headings import load_headings
from careergraph.guides.mentions import section_names
from careergraph.guides.text import split_items
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.from_lexicon(load_lexicon())


# -- 1. one list of company forms ---------------------------------------------------------
def test_every_reader_shares_one_list_of_company_forms() -> None:
    assert workplaces.COMPANY_STOP is COMPANY_STOP
    assert logo_strip.COMPANY_STOP is COMPANY_STOP


@pytest.mark.parametrize("name", ["Tasman Haulage Pty.", "Verrier & Cie.", "Kestrel Boats Ltd.",
                                  "Lintang Feeds Pte."])
def test_pty_and_cie_keep_their_stop_everywhere(name: str) -> None:
    assert COMPANY_STOP.search(name)
    assert logo_strip.strip_names(f"{name} · Orwell Mills") == [name, "Orwell Mills"]
    assert longform_tables._SENTENCE_END.search(name) is None
    assert company_rows._ABBREVIATED.sub("", name) == name.rsplit(" ", 1)[0]
    # a name's stop is no sentence's end: "Verrier & Cie. Lyon" is one name
    assert employer_names._first_sentence(f"{name} Lyon") == f"{name} Lyon"


def test_a_plain_full_stop_still_ends_a_sentence() -> None:
    assert logo_strip.strip_names("Orwell Mills · Harcourt Dairy.") == ["Orwell Mills",
                                                                       "Harcourt Dairy"]
    assert employer_names._first_sentence("Harcourt Dairy. Cheese, butter") == "Harcourt Dairy"


# -- 2. sectors named "A and B" --------------------------------------------------------------
@pytest.mark.parametrize(("text", "sectors"), [
    ("Oil and gas, shipping and retail.", ["Oil and gas", "shipping", "retail"]),
    ("Openings in ferries, offshore wind and oil and gas.",
     ["ferries", "offshore wind", "oil and gas"]),
    ("Openings in arts and entertainment, tourism and retail.",
     ["arts and entertainment", "tourism", "retail"]),
    ("Mostly in media and entertainment and education.",
     ["media and entertainment", "education"]),
])
def test_a_known_sector_pair_stays_whole(text: str, sectors: list[str],
                                         vocab: Vocabulary) -> None:
    assert section_names(text, vocab)[1] == sectors


def test_an_unknown_pair_still_splits(vocab: Vocabulary) -> None:
    assert section_names("Openings in fishing and forestry, and retail.", vocab)[1] == [
        "fishing", "forestry", "retail"]


def test_split_items_joins_neighbours_the_whole_test_accepts() -> None:
    def whole(item: str) -> bool:
        return item == "salt and pepper"

    assert split_items("rice, beans and salt and pepper", whole) == [
        "rice", "beans", "salt and pepper"]
    assert split_items("rice and beans and peas", whole) == ["rice", "beans", "peas"]


# -- 3. "from X at a rung to Y at a rung" ----------------------------------------------------
def _read(text: str) -> list[tuple[float | None, float | None, bool]]:
    return [(m.low, m.high, m.open_ended) for m in find_amounts(text)]


def test_rung_figures_joined_by_to_are_points() -> None:
    assert _read("Monthly base pay runs from £1,520 at the 1st grade to £2,040 at the 4th "
                 "grade.") == [(1520, 1520, False), (2040, 2040, False)]
    assert _read("Rates go from $18.40 at step 2 to $22.90 at step 7.") == [
        (18.4, 18.4, False), (22.9, 22.9, False)]


def test_from_alone_still_opens_the_top() -> None:
    assert _read("Monthly pay from £1,520 upwards.") == [(1520, None, True)]
    assert _read("Pay from £1,520 at the 1st grade.") == [(1520, None, True)]


# -- 4. a module line is no heading by a word inside it ----------------------------------------
def test_a_module_naming_structures_is_no_sectors_heading() -> None:
    headings = load_headings()
    assert headings.classify("Surveying timber roof structures") is None
    assert headings.classify("Structures") == "sectors"  # (an occupation sheet's own heading)


# -- 5. two rows of a skills list run together ----------------------------------------------------
def test_two_skill_rows_glued_at_a_lost_line_break_are_two_skills() -> None:
    from careergraph.guides.read import parse_text

    page = ("Timber Framer\n\nSkills\nJoinery for oak framesMeasuring angles and pitch\n"
            "Reading site drawings\n")
    skills = [s.text for s in parse_text(page, "framer.txt").skills]
    assert "Joinery for oak frames" in skills and "Measuring angles and pitch" in skills
    assert "pitch" not in skills
