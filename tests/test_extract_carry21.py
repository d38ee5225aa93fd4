"""Readers carried to the generator's weakest families of seeds 19–20: an occupation sheet's
title above its code line, a diary's "Then it's A, B and C", capitalised tools in a
dictionary definition, a scale's ends each with its rung, a separate scale's owner, a talk
page's signed edit request, an apprentice log book's sponsors, a Polish firm's legal footer,
names that are questions or pay rows, and the role of an advice column asked in lower case.

Every page is invented here (roles, firms, places, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.day_lists import day_skills
from careergraph.guides.dictionary_entry import definition_tools
from careergraph.guides.headline import asked_destination
from careergraph.guides.roles import role_from_file_name
from careergraph.guides.title_frames import code_line
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon


def _names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {f.text.lower() for f in facts}


SHEET = ("Google Translate   French › English   Show original   Options ▾   ✕\n"
         "Portail Métiers\n"
         "Candidate   Company   |   Search for a job   Training   My space\n"
         "Home › Discover the trades › Harbour Logistics\n"
         "Job sheet\n"
         "Head of Harbour Logistics\n"
         "ROME code: N1288\n"
         "🖨 Print the sheet   ↗ Share   ♡ Add to my favourites\n"
         "Appellations (1)\n"
         "Head of Harbour Logistics\n"
         "The job\n"
         "Plans and checks the loading of ships in a port.\n"
         "Skills\n"
         "Knowledge\n"
         "Berth Planning\n"
         "Crane Scheduling\n"
         "Companies that recruit near you (Port Arnel)\n"
         "Quayline Terminals – Port Arnel – strong hiring potential\n"
         "Was this page useful? 👍 👎\n")


def test_an_occupation_sheet_is_titled_by_the_line_above_its_code() -> None:
    guide = parse_text(SHEET, "sheet-77.txt")  # a file name naming no role
    assert guide.role.text == "Head of Harbour Logistics"
    assert guide.role_signal == "title_line"
    # the feedback prompt after the employers' list is no employer
    assert _names(guide.employers) == {"quayline terminals"}


def test_a_code_line_is_a_scheme_and_its_code_alone() -> None:
    assert code_line("ROME code: K2204") and code_line("soc code 47-2061.00")
    assert not code_line("ROME code: K2204 – Cleaners") and not code_line("Code of conduct")


def test_a_diary_lists_the_next_stretch_of_its_day() -> None:
    assert day_skills("Then it's hull surveys, paint testing and ballast checks.") == [
        "hull surveys", "paint testing", "ballast checks"]
    assert day_skills("Then it's time for lunch.") == []


def test_a_definition_names_capitalised_tools_after_using_but_not_people_after_with() -> None:
    text = ("Surveys harbour beds, using Multibeam Sonar. Confers with Port Authority staff. "
            "Logs depths, using a depth gauge.")
    assert definition_tools(text) == ["Multibeam Sonar", "depth gauge"]


def test_a_scale_whose_ends_each_carry_their_rung_is_one_band() -> None:
    assert [(m.currency, m.low, m.high) for m in find_amounts(
        "AU$71,300 (step 2) to AU$84,650 (step 8)")] == [("AUD", 71300, 84650)]
    assert [(m.low, m.high) for m in find_amounts("£30,000 (2019) to £34,000 (2024)")] == [
        (30000, 30000), (34000, 34000)]


TALK = ("Talk:Dock Pilot\n"
        "This article is rated C-class on Wikipedia's content assessment scale.\n"
        "WikiProject Maritime (Low‑importance)\n"
        "Pay figures\n"
        "Australia | A$120,500 (step 1) to A$141,000 (step 5) | enterprise agreement 2025\n"
        "Dock pilots earn this for harbour work. Mira Holt (talk) 10:02, 4 May 2026 (UTC)\n"
        ":Harbour masters sit on a separate scale, A$150,000–A$162,000, so leave them out. "
        "Rowan Tye (talk) 11:15, 4 May 2026 (UTC)\n"
        "Semi-protected edit request on 2 June 2026\n"
        "pls change salary to 300k my cousin earns that 198.51.100.7 (talk)\n"
        "Not done: please provide reliable sources. Mira Holt (talk) 12:00, 2 June 2026 (UTC)\n")


def test_a_talk_page_reads_its_step_band_and_not_a_signed_edit_request() -> None:
    guide = parse_text(TALK, "dock-pilot.talk.txt")
    pay = {(s.min, s.max, (s.role or "").lower()) for s in guide.salaries}
    assert (120500, 141000, "") in pay
    assert (150000, 162000, "harbour master") in pay
    assert not any(low == 300000 for low, _, _ in pay)


LOG_BOOK = ("Apprenticeship Training Standard – 512C\n"
            "Marine Rigger\n"
            "Scope of practice\n"
            "A Marine Rigger plans and checks the rigging of vessels.\n"
            "After certification\n"
            "With experience, marine riggers go on to Rigging Supervisor.\n"
            "Sponsor: Calder Boatworks\n"
            "Other sponsors in this trade: Norwest Slipways and Tallow Bay Marine.\n")


def test_a_log_book_names_the_apprentices_sponsors_as_employers() -> None:
    guide = parse_text(LOG_BOOK, "log-book.txt")
    assert {"calder boatworks", "norwest slipways", "tallow bay marine"} <= _names(
        guide.employers)


def test_a_polish_firms_legal_footer_names_the_employer() -> None:
    page = ("Google Translate  Original language: Polish ▸ English   Show original   ✕\n"
            "Żuławy Port Services S.A.\n"
            "For clients | Company | CAREER | Contact    BIP   PL | EN\n"
            "Career › Job offers › Crane Operator\n"
            "Crane Operator (operator żurawia)\n"
            "Your tasks:\n"
            "– working with Liebherr cranes in accordance with the procedures,\n"
            "How to apply?\n"
            "Send your CV to the Personnel Department.\n"
            "Żuławy Port Services S.A., Gdańsk | NIP 599-000-00-00 | KRS 0000000000\n"
            "Was this translation helpful?\n")
    employers = _names(parse_text(page, "crane-operator.txt").employers)
    assert "żuławy port services s.a" in {name.rstrip(".") for name in employers}


def test_a_pay_portals_rows_of_other_jobs_name_no_employer() -> None:
    page = ("Crane Operator - how much do you earn?\n"
            "In 2025, the median salary of a crane operator in Poland was 5 100 zł gross.\n"
            "Where do crane operators work?\n"
            "Crane Operators work in ports. Employers currently recruiting: Bałtyk Cargo S.A.\n"
            "Compare with other professions in Ports:\n"
            "Harbour Pilot Assistant  5 310 zł\n"
            "Check how much you should earn.\n")
    employers = _names(parse_text(page, "crane-operator.txt").employers)
    assert not any("zł" in name for name in employers)


def test_an_acronym_in_a_file_name_and_a_long_asked_title_with_of() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    assert role_from_file_name("vp-of-dredging-operations.txt", vocab) == (
        "VP of Dredging Operations")
    assert asked_destination("Is it too late to become a head of port crane safety?") == (
        "head of port crane safety")
    assert asked_destination("Can I become a really very good and calm harbour pilot?") is None


def test_an_advice_column_is_about_the_asked_job_not_its_masthead_or_an_opening_clause() -> None:
    page = ("CAREERS | The Southern Gazette\n"
            "Dear Ilse: Is it too late to become a director of harbour fleet planning?\n"
            "By Ilse Marr, Brightline Features\n"
            "DEAR ILSE: I have been a forklift driver for 8 years. Where do I start?\n"
            "DEAR T.K.: Plenty of readers ask me this.\n"
            "Once you're in, directors of harbour fleet planning are on $90 an hour.\n")
    guide = parse_text(page, "column-3.txt")
    assert guide.role.text == "Director of Harbour Fleet Planning"


def test_an_answer_naming_industries_after_its_subject_and_verb() -> None:
    page = ("Skills Atlas  |  Find jobs  Explore occupations  Sign in\n"
            "Explore occupations > Port professionals > dredge master\n"
            "dredge master\n"
            "Description: Dredge masters run dredging vessels in ports and rivers.\n"
            "Who employs dredge masters?\n"
            "Most work in construction, tourism and energy.\n")
    guide = parse_text(page, "dredge-master.txt")
    assert not guide.employers
    assert {"construction", "tourism", "energy"} <= _names(guide.sectors)
    assert "tourism and energy" not in _names(guide.sectors)


def test_an_occupation_code_alone_is_no_skill() -> None:
    page = ("Translated from: French   Show original   Always translate French   ⚙\n"
            "Québec.ca\n"
            "Explore trades and professions   Job market information   Find a job\n"
            "Home > Explore trades and professions > Knowledge Graph Curation\n"
            "Lead Knowledge Graph Curator\n"
            "CNP 51234 – Lead Knowledge Graph Curators\n"
            "Examples of job titles\n"
            "Lead Knowledge Graph Curator\n"
            "Main tasks\n"
            "- keep records using Taxonomy Design\n")
    skills = _names(parse_text(page, "curator.txt").skills)
    assert "taxonomy design" in skills
    assert not any("cnp" in name for name in skills)


def test_a_strip_of_legal_links_is_a_footer() -> None:
    from careergraph.guides.longform_chrome import _FOOTER
    assert _FOOTER.search("Accessibility · Legal notice · Cookies")
    assert _FOOTER.search("Privacy | Terms | Imprint")
    # a skill strip that opens with a footer's word is no footer
    assert not _FOOTER.search("Accessibility · Screen readers · Captioning")
