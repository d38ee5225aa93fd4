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


def _sectors(page: str, name: str) -> set[str]:
    return {s.text.lower() for s in parse_text(page, name).sectors}


FORUM = ("Boilermaker FAQ\n"
         "Q: Who hires boilermakers?\n"
         "A: {kinds} on smelters, paper mills and grain terminals. Names people mention: "
         "Orrin Steelworks and Tallow Bay Fabrication.\n")


def test_a_kind_of_contractor_on_sites_gives_the_kind_and_each_site() -> None:
    found = _sectors(FORUM.format(kinds="Industrial contractors"), "boilermaker.txt")
    assert {"industrial contractors", "smelters", "paper mills", "grain terminals"} <= found
    assert not any(" on " in s for s in found)


def test_bare_contractors_on_sites_gives_the_sites_only() -> None:
    found = _sectors(FORUM.format(kinds="Contractors"), "boilermaker.txt")
    assert {"smelters", "paper mills", "grain terminals"} <= found
    assert "contractors" not in found


SHEET = ("Kiln operator\n"
         "A kiln operator loads, fires and unloads kilns in a works.\n"
         "Industries: {pair}\n")


def test_a_labelled_pair_of_known_sectors_with_its_full_stop_gives_both() -> None:
    found = _sectors(SHEET.format(pair="Healthcare and Telecommunications."), "kiln.txt")
    assert {"healthcare", "telecommunications"} <= found
    assert "healthcare and telecommunications" not in found


def test_a_labelled_pair_with_an_unknown_half_stays_one_sector() -> None:
    found = _sectors(SHEET.format(pair="Energy and critical minerals."), "kiln.txt")
    assert "energy and critical minerals" in found


BOARD = ("Kiln operator: what the job pays\n"
         "A kiln operator loads, fires and unloads kilns in a works.\n"
         "JOBS FOR YOU\n"
         "┌ {title}\n"
         "│ Brindle Mills · Stoke, KY · $21.30 – $25.30 an hour · Full-time\n"
         "├ Lead Kiln Operator\n"
         "│ Fenmoor Tiles · Dover, KY · $29.00 an hour\n"
         "└ See more jobs ›\n")


def test_a_box_drawn_job_card_names_the_company_hiring_the_role() -> None:
    found = _employers(BOARD.format(title="Kiln Operator"), "kiln-operator.txt")
    assert {"brindle mills", "fenmoor tiles"} <= found


def test_a_box_drawn_card_for_another_job_names_no_employer_of_the_role() -> None:
    found = _employers(BOARD.format(title="Forklift Driver"), "kiln-operator.txt")
    assert "brindle mills" not in found
    assert "fenmoor tiles" in found


FORM = ("Kiln Operator\n"
        "Company: Brindle Mills, LLC          {field}\n"
        "A kiln operator loads, fires and unloads kilns.\n")


def test_a_forms_later_industry_field_gives_its_sector() -> None:
    page = FORM.format(field="Industry: Ceramic tile manufacturing")
    assert "ceramic tile manufacturing" in _sectors(page, "kiln-operator.txt")
    assert "brindle mills, llc" in _employers(page, "kiln-operator.txt")


def test_a_forms_later_field_of_another_kind_gives_no_sector() -> None:
    page = FORM.format(field="Shift: Nights and weekends")
    assert not any("night" in s for s in _sectors(page, "kiln-operator.txt"))
