"""Worker nouns, other titles, clause owners and unknown posting titles (helper fixes93,
stop 57): "-ist" words that name no one ("list", "checklist", "assist") are no worker nouns; a
capitalised field in a move ("a Management role") is no title; a later clause of a
substitute's pay sentence names its own stand-in; a posting's title line that its body's
"looking for a X to …" sentence repeats is the role, whatever its head word.  Every page
here is invented."""

from __future__ import annotations

import pytest

from careergraph.errors import GuideError
from careergraph.guides import parse_text
from careergraph.guides.roles import practitioner_noun


def _moves(guide: object) -> set[str]:
    return {f.text for bucket in ("leads_to", "transitions_to", "moves_in")
            for f in getattr(guide, bucket)}


# --- 1. "-ist" words that name no one ------------------------------------------------------

@pytest.mark.parametrize("word", ["list", "checklist", "shortlists", "playlist", "waitlist",
                                  "wrist", "twist", "assist", "exist", "insists", "persist"])
def test_ist_words_naming_things_are_no_people(word: str) -> None:
    assert not practitioner_noun(word)
    assert not practitioner_noun(word, strict=True)


@pytest.mark.parametrize("word", ["specialist", "cellists", "panellist", "novelist", "stylist",
                                  "journalist", "finalist", "violist", "herbalist", "geodesists"])
def test_ist_words_naming_people_stay_people(word: str) -> None:
    assert practitioner_noun(word, strict=True)


# --- 2. a capitalised field in a move --------------------------------------------------------

_PICKER = ("Warehouse Picker\n\nA warehouse picker collects goods for customer orders.\n\n"
           "Career progression\n\nWith experience you could move into {move}.\n")


def test_a_management_role_names_no_title() -> None:
    guide = parse_text(_PICKER.format(move="a Management role or train as a forklift driver"),
                       "page.txt")
    assert _moves(guide) == {"Forklift Driver"}


def test_a_field_choice_keeps_the_other_title() -> None:
    guide = parse_text(_PICKER.format(move="a Management or Supervisor role"), "page.txt")
    assert _moves(guide) == {"Supervisor"}


def test_a_named_field_is_kept_as_printed() -> None:
    guide = parse_text(_PICKER.format(move="Dispatch Management"), "page.txt")
    assert _moves(guide) == {"Dispatch Management"}


def test_a_real_title_in_the_same_frame_stays() -> None:
    guide = parse_text(_PICKER.format(move="a Shift Supervisor role"), "page.txt")
    assert _moves(guide) == {"Shift Supervisor"}


# --- 4. clause owners: a later clause names its own stand-in ---------------------------------

_LIBRARIAN = ("School Librarian\n\nA school librarian runs the school library and teaches "
              "pupils to find information.\n\nSchool librarians earn $47,000 – $60,000 a year. "
              "{sentence}\n\nSkills\n- Cataloguing\n")


def _owners(page: str) -> dict[float | None, str | None]:
    return {band.min: band.role for band in parse_text(page, "page.txt").salaries}


def test_the_second_clause_names_its_own_stand_in() -> None:
    owners = _owners(_LIBRARIAN.format(
        sentence="Substitute tutors earn $155 per day, and the county pays substitute "
                 "librarians $135 per day."))
    assert owners[155] == "Substitute Tutor"
    assert owners[135] == "Substitute Librarian"
    assert owners[47000] is None


def test_one_substitute_clause_keeps_its_owner() -> None:
    owners = _owners(_LIBRARIAN.format(sentence="Substitute tutors earn $155 per day."))
    assert owners[155] == "Substitute Tutor"


# --- 5. a posting's title the vocabulary does not know ---------------------------------------

_POSTING = ("{title} – Brackwater Records, Mill Lane\n\n"
            "We are looking for a {lower} to join our small team on weekdays.\n\n"
            "Pay: £11.60 per hour\n\nWhat we need\n- Accurate typing\n")


@pytest.mark.parametrize("title", ["Data Entry Keyer", "Tray Loader"])
def test_a_posting_title_repeated_in_its_hiring_sentence_is_the_role(title: str) -> None:
    guide = parse_text(_POSTING.format(title=title, lower=title.lower()), "page.txt")
    assert guide.role.text == title


def test_a_title_naming_no_worker_is_no_role() -> None:
    page = _POSTING.format(title="Data Entry Software", lower="data entry software")
    with pytest.raises(GuideError):
        parse_text(page, "page.txt")


def test_the_hiring_sentence_must_repeat_the_title_line() -> None:
    page = ("Data Entry Keyer – Brackwater Records, Mill Lane\n\n"
            "We are looking for a tray loader to join our small team on weekdays.\n\n"
            "Pay: £11.60 per hour\n")
    with pytest.raises(GuideError):
        parse_text(page, "page.txt")
