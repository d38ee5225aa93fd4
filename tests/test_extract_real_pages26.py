"""Structures of real public career pages (helper real26, 2026-12-05), on invented pages.

National careers services (Ireland, Scotland, New Zealand), school and university careers
pages, professional bodies and listicles on pharmacy, optometry, libraries, veterinary
nursing, sports coaching, textiles, couriers, translation, diplomacy, archives and heritage
masonry: a sentence opening with its subject ("The Road Transport sector …", "The
University of X is …") gave its name as a tool, as did "care for Americans abroad" and "a
facility in Kharach, Gujarat"; "handling a complicated machine" gave kit; "observation
skills," kept its comma, a quote's closing mark stayed on a task ("… to customers.”"), and
"… and enjoy working closely with people" gave "people"; a page whose first sentence was
"Optometrists examine …" or "Sports coaches or instructors teach …" named no role; "Career as
X" kept its frame; a run-in heading ("Accepting payments. Couriers can …") stayed in the
role; a news card's "Role: X, Firm, Town" named none; "(thousands per year)*" over "€35 -
45" made hourly pay; "mixed, small animal, farm animal or equine practice" gave "mixed";
"photocopiers and microfiche readers" stayed one item; "laboratory work at the practice"
gave a sector; and "for the State Department to help foster … and advance the interests"
gave "advance the interests".
"""

from __future__ import annotations

from collections.abc import Iterable

from careergraph.guides import parse_text
from careergraph.model import Fact, Guide


def _parse(page: str) -> Guide:
    return parse_text(page, "page.txt")


def _texts(facts: Iterable[Fact]) -> set[str]:
    """The names of a guide's facts ("guide.skills", "guide.sectors")."""
    return {fact.text for fact in facts}


def test_a_line_opening_with_its_subject_names_no_tool() -> None:
    guide = _parse("Ferry Purser\n\n"
                   "Ferry pursers look after passengers and takings on board.\n\n"
                   "Duties\n"
                   "- The Island Ferries service runs seven days a week.\n"
                   "- The Harbour Board of Wexcombe sets the timetable.\n"
                   "- Sell tickets and reconcile the till in Tillpoint after each crossing.\n")
    skills = _texts(guide.skills)
    assert "Tillpoint" in skills
    assert not skills & {"Island Ferries", "Harbour Board"}


def test_a_people_or_a_place_after_a_preposition_is_no_tool() -> None:
    guide = _parse("Relief Coordinator\n\n"
                   "A relief coordinator organises shelter after floods.\n\n"
                   "What they do\n"
                   "Relief coordinators arrange transport for Canadians stranded overseas, "
                   "manage a depot in Moruga, Trinidad, and log every parcel in StockTrail. "
                   "They brief volunteers each morning.\n")
    skills = _texts(guide.skills)
    assert "StockTrail" in skills
    assert not skills & {"Canadians", "Moruga", "Trinidad"}


def test_a_judged_machine_is_no_kit() -> None:
    guide = _parse("Loom Tuner\n\n"
                   "A loom tuner keeps weaving lines running.\n\n"
                   "About the work\n"
                   "People picture someone handling a complicated machine or bent over a "
                   "pattern, yet a loom tuner mostly listens for faults.\n")
    assert "complicated machine" not in _texts(guide.skills)


def test_a_quoted_task_list_loses_its_closing_quote() -> None:
    guide = _parse("Bindery Assistant\n\n"
                   "“Bindery assistants are always needed. The work involves routine tasks such "
                   "as sorting returns and mending spines.”\n\n"
                   "A bindery assistant works in a print shop.\n")
    skills = _texts(guide.skills)
    assert "mending spines" in skills
    assert not any(skill.endswith(("”", ".")) for skill in skills)


def test_a_requirement_loses_its_reason_comma_and_its_leaning() -> None:
    guide = _parse("Climbing Instructor\n\n"
                   "A climbing instructor teaches people to climb safely.\n\n"
                   "Skills\n"
                   "As a climbing instructor, you need to:\n"
                   "- Have sharp judgement, so you can call off a route in time.\n"
                   "- Be a calm teacher and enjoy spending long days with groups.\n")
    skills = _texts(guide.skills)
    assert {"sharp judgement", "calm teacher"} <= skills
    assert not skills & {"sharp judgement,", "groups", "enjoy spending long days"}


def test_a_first_sentence_names_a_worker_the_lexicon_lacks() -> None:
    guide = _parse("Kaihanga Karaka\n\n"
                   "Horologists repair clocks and watches and restore old movements.\n\n"
                   "Pay\n"
                   "Horologists usually earn $52K-$70K per year.\n")
    assert guide.role.text == "Horologist"


def test_a_plural_in_es_with_a_second_name_is_the_role() -> None:
    guide = _parse("Kaiwhakaako Taraiwa\n\n"
                   "Driving coaches or examiners teach learners to handle a car on busy "
                   "roads.\n\n"
                   "Pay\n"
                   "Driving coaches earn £24 to £31 an hour.\n")
    assert guide.role.text == "Driving Coach"


def test_a_run_in_heading_before_the_subject_is_no_part_of_the_role() -> None:
    guide = _parse("A short note on the work:\n"
                   "Checking tickets. Tram conductors can also check tickets between depots.\n"
                   "Helping riders. They answer questions about routes and fares.\n")
    assert guide.role.text == "Tram Conductor"


def test_a_career_as_title_without_its_article() -> None:
    guide = _parse("Career as Loom Tuner\n\n"
                   "Loom tuners keep weaving machines running on the mill floor.\n")
    assert guide.role.text == "Loom Tuner"


def test_a_job_cards_role_field_names_the_post() -> None:
    guide = _parse("Name: Ana Pereira\n"
                   "Age: 34\n"
                   "Role: Farrier, Greenhill Equine Services, Taupo\n"
                   "Hours: 45 a week\n"
                   "Describe what you do?\n"
                   "I shoe horses and trim hooves on farms around the lake.\n")
    assert guide.role.text == "Farrier"


def test_a_thousands_note_over_a_bare_band() -> None:
    guide = _parse("Fence Installer\n\n"
                   "Fence installers build and repair fences on farms and estates.\n\n"
                   "Salary Range\n"
                   "(thousands per year)*\n"
                   "€28 - 41\n")
    bands = {(s.min, s.max, s.period) for s in guide.salaries}
    assert (28000, 41000, "year") in bands
    assert not any(s.period == "hour" for s in guide.salaries)


def test_modifiers_share_the_workplace_head_after_them() -> None:
    guide = _parse("Animal Physiotherapist\n\n"
                   "Animal physiotherapists treat injured pets and horses.\n\n"
                   "Where they work\n"
                   "Animal physiotherapists work in canine, sport horse or mixed practice, "
                   "and some run mobile clinics.\n")
    sectors = _texts(guide.sectors)
    assert {"canine practice", "sport horse practice", "mixed practice"} <= sectors
    assert not sectors & {"canine", "sport horse"}


def test_a_plural_device_is_no_modifier_of_the_next_item() -> None:
    guide = _parse("Library Porter\n\n"
                   "A library porter moves stock between stores and reading rooms.\n\n"
                   "The work\n"
                   "Library porters help readers use equipment such as scanners, laminators "
                   "and binding machines.\n")
    skills = _texts(guide.skills)
    assert {"laminators", "binding machines"} <= skills
    assert "laminators and binding machines" not in skills


def test_task_work_and_a_purpose_name_no_workplace() -> None:
    guide = _parse("Trade Adviser\n\n"
                   "Trade advisers work for the Board of Overseas Trade to help promote local "
                   "goods and open new markets abroad.\n\n"
                   "Duties\n"
                   "- Run tests and carry out sampling work at the depot.\n")
    assert "Board of Overseas Trade" in _texts(guide.employers)
    assert not _texts(guide.sectors) & {"depot", "open new markets", "open new markets abroad"}
