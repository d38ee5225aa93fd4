"""An employer named in the possessive over its own advert for the role ("I saw Brindle
Mills's posting for a kiln operator on Jobhub"): a cover letter's way of naming who hires.

Every page is invented here (roles, organisations, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text

LETTER = ("Cover letter: kiln operator\n"
          "Dear Hiring Manager,\n"
          "I saw Brindle Mills's posting for a kiln operator on Jobhub ($21.40–$25.10/hr) and "
          "would like to apply.\n"
          "For four years I have loaded and fired tunnel kilns on night shifts.\n"
          "Yours sincerely,\nTamsin Orrell\n")


def _employers(page: str, name: str) -> set[str]:
    return {e.text.lower() for e in parse_text(page, name).employers}


def test_a_possessive_posting_for_the_role_names_its_employer() -> None:
    assert "brindle mills" in _employers(LETTER, "kiln-operator.txt")


def test_a_plural_possessive_names_its_employer() -> None:
    page = LETTER.replace("Brindle Mills's posting", "Fenmoor Tiles' vacancy")
    assert "fenmoor tiles" in _employers(page, "kiln-operator.txt")


def test_an_advert_for_another_job_names_no_employer_of_the_role() -> None:
    page = LETTER.replace("posting for a kiln operator", "posting for a delivery driver")
    assert "brindle mills" not in _employers(page, "kiln-operator.txt")


def test_a_day_or_a_board_is_no_employer() -> None:
    page = LETTER.replace("I saw Brindle Mills's posting", "Monday's posting")
    found = _employers(page, "kiln-operator.txt")
    assert "monday" not in found
    assert not any("jobhub" in e for e in found)
