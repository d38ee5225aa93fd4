"""Sectors that are not (prec10).

- A pay table's statistic column heading ("Employer type | Median") is no sector.
- A count opening a kind ("for three banking and five hospitality clients", "the
  forty-seven District Boards") is a tally of particular clients or bodies, no sector.
- An industry ending a public body's name ("the Ministry of Agriculture") is the body's, no
  sector; "serves in X" is a sector cue.

Every page is invented here (roles, bodies, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.sector_noise import clean_sector


def _sectors(text: str) -> list[str]:
    return [s.text for s in parse_text(text, "page.txt").sectors]


_SURVEY_PAGE = (
    "Harbour Pilot Pay Survey 2026\n\n"
    "1 SUMMARY\n"
    "The survey received 212 usable responses. The median base salary for a Harbour Pilot "
    "was £96,000.\n"
    "2 PAY BY SECTOR\n"
    "Employer type\tMedian\n"
    "Port Authorities\t£98,500\n"
    "Shipping Lines\t£91,200\n"
    "On-call allowances are not included above.\n")


def test_a_statistic_column_heading_is_no_sector() -> None:
    assert "Median" not in _sectors(_SURVEY_PAGE)


def test_statistic_words_are_no_sector_names() -> None:
    assert [clean_sector(n) for n in ("Mean", "Upper quartile", "share of respondents")] == [
        None, None, None]
    assert clean_sector("medical laboratories") == "medical laboratories"


_TALLY_PAGE = (
    "Junior Copy Editor\n\n"
    "Self-review for the year\n\n"
    "I edit product pages, newsletters and radio scripts for three banking and five "
    "hospitality clients. I moved over from the Proofreader role in May 2025 and this year I "
    "led two launches.\n")


def test_a_counted_kind_is_no_sector() -> None:
    found = _sectors(_TALLY_PAGE)
    assert not any(name.split()[0] in ("three", "five") for name in found)


def test_counts_keep_kinds_that_open_with_a_number_word() -> None:
    assert clean_sector("forty-seven District Boards") is None
    assert clean_sector("11 marinas") is None
    for name in ("24-hour gyms", "one-stop shops", "tenpin bowling centres", "5 star hotels",
                 "tennis clubs", "fourth-tier clubs"):
        assert clean_sector(name) == name


_ADVISORY_PAGE = (
    "PAY ADVISORY PANEL\n"
    "Unity House, 4th Floor · Box 1200 · Lilongwe\n\n"
    "Ref: PAP/ADV/12                                   2 April 2026\n"
    "The Secretary for Human Resource Management\n\n"
    "RE: ADVICE ON THE PAY OF VETERINARY OFFICERS\n\n"
    "1. The Union of Veterinary Officers asked the Pay Advisory Panel to review the pay of "
    "Veterinary Officers.\n"
    "2. Career structure: officers start as Veterinary Officer II and move to Veterinary "
    "Officer I and Senior Veterinary Officer.\n"
    "3. Employers: Ministry of Agriculture, Zomba District Council, Mzuzu City Council.\n")


def test_an_industry_inside_a_ministry_name_is_no_sector() -> None:
    guide = parse_text(_ADVISORY_PAGE, "page.txt")
    assert "Agriculture" not in [s.text for s in guide.sectors]
    assert "Ministry of Agriculture" in [e.text for e in guide.employers]


def test_the_industry_written_apart_from_the_body_stays() -> None:
    page = ("Soil Surveyor\n\n"
            "Soil Surveyors map soils for farms. Most work in agriculture; a few are seconded "
            "to the Department of Fisheries and Forestry.\n")
    assert "agriculture" in [s.lower() for s in _sectors(page)]
