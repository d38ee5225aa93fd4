"""Lateral moves told as "branch out into A or B work" (helper moves5, 2026-12-03)."""

from __future__ import annotations

from careergraph.guides.moves import prose_moves
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon

VOCAB = Vocabulary.from_lexicon(load_lexicon())


def test_branch_out_into_titles_sharing_work() -> None:
    found = prose_moves("Later on a few branch out into mural restorer or stage scenery "
                        "painter work.", VOCAB, "Sign Painter")
    assert found["lateral"] == ["Mural Restorer", "Stage Scenery Painter"]
    assert found["up"] == [] and found["in"] == []


def test_branched_out_into_fields() -> None:
    found = prose_moves("Two of my old team branched out into shopfront lettering or "
                        "theatre scene painting.", VOCAB, "Decorator")
    assert found["lateral"] == ["Shopfront Lettering", "Theatre Scene Painting"]


def test_one_plain_word_before_work_names_no_title() -> None:
    found = prose_moves("Some move into retail or warehouse work.", VOCAB, "Courier")
    assert found == {"up": [], "lateral": [], "in": []}


def test_numbered_levels_are_the_role_in_a_progress_from_ladder() -> None:
    from careergraph.guides.stated_ladders import stated_ladder

    ladder = stated_ladder("Lifeguards progress from Grade 1 to Grade 4, then to pool "
                           "supervisor and leisure centre manager.", VOCAB,
                           levels_of="Lifeguard")
    assert ladder is not None
    assert ladder.rungs == ("Lifeguard", "Pool Supervisor", "Leisure Centre Manager")


def test_waitress_is_a_role_head() -> None:
    found = prose_moves("Most of our crew came from hospitality work as waitresses or "
                        "barbacks.", VOCAB, "Deck Steward")
    assert "Waitress" in found["in"]


def test_sentence_case_item_with_or_is_no_one_title() -> None:
    from careergraph.guides.move_items import sentence_case_title

    assert sentence_case_title("Cook or waitress", VOCAB) is None
    assert sentence_case_title("Head waitress", VOCAB) == "Head Waitress"
