"""Structures of translated job postings found by a second pass over held-back set 46: a post
over one unit named with its article ("head of the dispatch department", "master of the
assembly sector"), "the position X" with no "of", a lower-case share of "our" staff who
"started as" the role, a post taken "as X (" with its figure in the bracket, a sentence that
is a post, a dash and its floor, and the stages of one process after "works in the …".
Every page here is invented."""

from __future__ import annotations

import itertools

from careergraph.guides import parse_text
from careergraph.guides.mentions import sectors
from careergraph.guides.moves import prose_moves
from careergraph.guides.prose_pay_owners import prose_owner
from careergraph.guides.prose_titles import unit_post
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon


def _ladder_pairs(guide: object) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for chain in guide.progressions:  # type: ignore[attr-defined]
        pairs.update(itertools.pairwise(fact.text for fact in chain))
    return pairs


def _vocab() -> Vocabulary:
    return Vocabulary.from_lexicon(load_lexicon())


_DISPATCHER = """\
Cargo Dispatcher (m/f)

Career path
Junior dispatcher → dispatcher → senior dispatcher → head of the dispatch department.
"""


def test_a_unit_post_with_its_article_is_the_chain_s_top_rung() -> None:
    guide = parse_text(_DISPATCHER, "dispatcher.txt")
    assert ("Senior Dispatcher", "Head of the Dispatch Department") in _ladder_pairs(guide)
    assert "Head" not in {f.text for chain in guide.progressions for f in chain}


def test_a_unit_post_in_prose_is_one_title() -> None:
    assert unit_post("the head of the dispatch department") == "Head of the Dispatch Department"
    assert unit_post("head of the team") is None


def test_a_post_taken_as_with_its_bracketed_figure_owns_it() -> None:
    known = _vocab().is_role_title
    assert prose_owner("Some of our dispatchers later move to sales as Account manager of "
                       "freight services (", known) == "Account Manager of Freight Services"
    assert prose_owner("Some of our dispatchers later move to sales (", known) is None


def test_the_position_with_no_of_is_no_part_of_the_title() -> None:
    moved = prose_moves("After a season the best workers can pass to the position crane "
                        "operator or stay on the line.", _vocab(), "Packing Hall Worker")
    assert moved["lateral"] == ["Crane Operator"]
    kept = prose_moves("Then you may pass to the position of line leader.", _vocab(), "Packer")
    assert kept["lateral"] == ["Line Leader"]


def test_our_staff_who_started_as_the_role_rose_from_it_and_name_no_move_in() -> None:
    moved = prose_moves("Most of our line leaders started as workers in the packing hall.",
                        _vocab(), "Worker in the Packing Hall")
    assert moved["in"] == []
    assert moved["up"] == ["Line Leader"]
    other = prose_moves("Most of our people started as workers in the packing hall.",
                        _vocab(), "Worker in the Packing Hall")
    assert other["up"] == []


def test_a_sentence_of_a_post_a_dash_and_a_floor_is_that_post_s_pay() -> None:
    known = _vocab().is_role_title
    assert prose_owner("Head of the line – from ", known) == "Head of the Line"
    assert prose_owner("Head of the line – from 1 ", known) == "Head of the Line"
    assert prose_owner("Hourly rate – from ", known) is None


def test_stages_of_one_process_are_no_sectors() -> None:
    assert sectors("The packer works in the reception, sorting and freezing of vegetables.") == []
    assert sectors("Packers work in manufacturing, retail and logistics.") == [
        "manufacturing", "retail", "logistics"]


def test_a_post_over_a_sector_of_the_firm_glosses_no_industry() -> None:
    assert sectors("You can grow to the master of the assembly sector (meistras).") == []
    assert sectors("Most work in the food sector (bakeries, dairies).") == ["bakeries", "dairies"]


def test_passing_into_or_learning_to_work_as_another_job_is_a_lateral_move() -> None:
    moved = prose_moves("Assemblers often pass into the quality controllers or learn to work "
                        "as CNC operators.", _vocab(), "Furniture Assembler")
    assert moved["lateral"] == ["Quality Controller", "CNC Operator"]
    assert prose_moves("The rule may pass into law next year.", _vocab(), "Clerk")["lateral"] == []
