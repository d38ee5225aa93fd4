"""Translated postings' leftovers (helper fixes100): a pay heading naming a title and a site
("Salaries of X on Site") over its figures, a translated title in sentence case, its head
and its charge ("Responsible of the kitchen: …"), a one-word title the page prints with its
"of the" charge, the English name a page glosses a native title with, an acronym after its
long form and a level word before a named tool.  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.longform_rows import _rows
from careergraph.guides.match_tables import spelt_by
from careergraph.guides.requirement_items import without_level
from careergraph.guides.section_kinds import Kind
from careergraph.guides.text import Line
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon

_VOCAB = Vocabulary.from_lexicon(load_lexicon())


def _texts(facts: object) -> set[str]:
    return {f.text for f in facts}  # type: ignore[attr-defined]


def _owned(guide: object) -> dict[float, str | None]:
    return {s.min: s.role for s in guide.salaries}  # type: ignore[attr-defined]


_GROW = ("Growing with usAfter two years as the assistant you can pass to Cook of the "
         "residence (cuiner/a de residència), and some go to the school as the monitor of "
         "the kitchen (monitor/a de cuina).")
_POSTING = """\
[G] Translated from Catalan to English
Ajudant/a de cuina - kitchen of the residence (Kitchen assistant)
Residència Els Pins · Lleida · Full time
Salary: 9,80 € gross/hour

What will you do
- prepare the vegetables and the sauces for the lunch
- clean the kitchen at the end of the service

GROW_LINE

Salaries of Ajudant/a de cuina de residència on CuinaFeina.cat
Average salary in Segrià: 9,50 €/h gross
The majority of the offers are between 9,00 and 10,60 €/h
Responsible of the kitchen: around 24.800 € gross annual

Offers that can interest you
Monitor/a de cuina - Escola Pla Verd - Mollerussa - 10,15 €/h

CuinaFeina.cat © 2026 · Avís legal
""".replace("GROW_LINE", _GROW)


def _heading_rows(text: str) -> dict[int, tuple[str, Kind | None, bool]]:
    lines = [Line(no, line) for no, line in enumerate(text.splitlines(), start=1)]
    return {row.no: (row.heading, row.kind, row.top) for row in _rows(lines, _VOCAB)
            if row.heading}


def test_a_long_pay_heading_naming_a_title_and_a_site_heads_its_figures() -> None:
    rows = _heading_rows(_POSTING)
    heading, kind, top = rows[12]
    assert heading.startswith("Salaries of Ajudant/a de cuina")
    assert kind is Kind.SALARY and top


def test_a_pay_word_line_over_prose_heads_nothing_new() -> None:
    # (no labelled figure right below it: a sentence about pay, no heading)
    page = _POSTING.replace("Average salary in Segrià: 9,50 €/h gross",
                            "the board shows what the offers pay each month in the county")
    assert 12 not in _heading_rows(page) or _heading_rows(page)[12][1] is not Kind.SALARY


def test_a_translated_title_with_its_charge_owns_its_figure() -> None:
    owned = _owned(parse_text(_POSTING, "kitchen.txt"))
    assert owned[24800] == "Responsible of the Kitchen"
    assert owned[9.5] is None  # the board's average stays the role's own


def test_of_the_links_a_title_and_responsible_of_opens_one() -> None:
    assert _VOCAB.is_role_title("Head of the Laboratory")
    assert _VOCAB.is_role_title("Responsible of Maintenance")
    assert not _VOCAB.is_role_title("Cost of the Course")


def test_a_one_word_title_printed_with_its_charge_is_the_whole_title() -> None:
    guide = parse_text(_POSTING, "kitchen.txt")
    moves = _texts(guide.leads_to) | _texts(guide.transitions_to)
    assert "Cook of the Residence" in moves
    assert "Cook" not in moves


def test_a_native_title_glossed_in_english_is_owned_by_the_english_name() -> None:
    owned = _owned(parse_text(_POSTING, "kitchen.txt"))
    assert owned[10.15] == "Monitor of the Kitchen"


def test_an_unglossed_native_title_keeps_its_own_name() -> None:
    page = _POSTING.replace(", and some go to the school as the monitor of the kitchen "
                            "(monitor/a de cuina)", "")
    assert _owned(parse_text(page, "kitchen.txt"))[10.15] == "Monitor/a de cuina"


_SCAN = """\
Instrument Technician

An instrument technician keeps a plant's measuring and control devices working.

 KEYWORDS THE JOB AD USES                  FOUND IN YOUR RESUME?
 ---------------------------------------   ---------------------
 loop checks                               YES (2)
 safety interlock systems (SIS)            NO
 lockout/tagout (LOTO)                     YES (1)
 HMI (PLC)                                 NO
"""


def test_a_keyword_row_with_its_own_acronym_is_one_skill() -> None:
    skills = _texts(parse_text(_SCAN, "scan.txt").skills)
    assert "lockout/tagout" in skills and "LOTO" not in skills
    assert "safety interlock systems" in skills and "SIS" not in skills


def test_spelt_by_reads_initials_and_compounds() -> None:
    assert spelt_by("LOTO", "lockout/tagout")
    assert spelt_by("SIS", "safety instrumented systems")
    assert not spelt_by("PLC", "process control")
    assert not spelt_by("SQL", "data analysis")


def test_a_level_word_before_a_named_tool_is_no_part_of_it() -> None:
    assert without_level("advanced Excel") == "Excel"
    assert without_level("basic SAP PM") == "SAP PM"
    assert without_level("advanced life support") == "advanced life support"
    page = "Payroll Officer\n\nA payroll officer pays a firm's staff.\n\nRequirements\n\n" \
        "What you bring: 2 years in payroll; advanced Excel; Power BI; attention to detail.\n"
    skills = _texts(parse_text(page, "payroll.txt").skills)
    assert "Excel" in skills and "advanced Excel" not in skills
