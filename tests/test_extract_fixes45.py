"""Moves, roles and list items noticed in stop 38's first round, each on an invented page
(helper fixes45)."""

from __future__ import annotations

import itertools

from careergraph.errors import GuideError
from careergraph.guides import parse_text
from careergraph.model import Guide


def _steps(guide: Guide) -> set[tuple[str, str]]:
    """Every move the guide states, as (from, to); the role's own moves from its title."""
    found = {(guide.role.text, fact.text) for fact in (*guide.leads_to, *guide.transitions_to)}
    for chain in guide.progressions:
        found |= {(a.text, b.text) for a, b in itertools.pairwise(chain)}
    return found


# -- comma-parted titles after a label -----------------------------------------------------------

def test_a_path_label_over_comma_parted_titles_is_a_ladder() -> None:
    guide = parse_text("Bridge Inspector\n\nBridge inspectors check spans for cracks and rust."
                       "\n\nCareer path: Senior Bridge Inspector, Structures Manager\n",
                       "page.txt")
    steps = _steps(guide)
    assert ("Senior Bridge Inspector", "Structures Manager") in steps
    assert not any("," in b for _, b in steps)


def test_an_inverted_title_after_a_path_label_stays_whole() -> None:
    guide = parse_text("Bridge Inspector\n\nBridge inspectors check spans for cracks and rust."
                       "\n\nCareer path: Director, Highway Structures\n", "page.txt")
    assert {b for _, b in _steps(guide)} == {"Director, Highway Structures"}


# -- skills parted by semicolons -----------------------------------------------------------------

def test_a_skills_label_over_two_semicolon_parted_items_gives_both() -> None:
    guide = parse_text("Upholsterer\n\nAn upholsterer covers chairs and sofas in fabric.\n\n"
                       "Skills\nBench skills: webbing chairs; fitting springs\n", "page.txt")
    assert [fact.text for fact in guide.skills] == ["webbing chairs", "fitting springs"]


# -- a move's subject is no page role ------------------------------------------------------------

def test_a_plural_subject_that_moves_on_names_no_role() -> None:
    page = ("Cath Lab Helper Role\n\nIn a catheter suite you prepare trolleys and support "
            "the cardiology team.\n\nCareer progression\nPhysiotherapists can go on to become "
            "clinic managers.\n")
    try:
        guide = parse_text(page, "page.txt")
    except GuideError:
        return  # no role at all is right too: the page names none
    assert guide.role.text != "Physiotherapist"


# -- a plural title before "and" ------------------------------------------------------------------

def test_a_plural_title_before_and_in_a_move_list_is_singular() -> None:
    guide = parse_text("Dock Porter\n\nDock porters move cargo on the quay.\n\nCareer "
                       "progression\nYou could progress to Crane Drivers, Signallers and "
                       "Berth Supervisors.\n", "page.txt")
    targets = {fact.text for fact in guide.leads_to}
    assert "Signaller" in targets and "Signallers" not in targets
