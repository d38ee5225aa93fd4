"""Wrong facts left after the set-24 merges (fixes34): bare generic objects of told duties,
a colon list's kind, a wrapped bracket's cut item, a paired procedure, perks lists, "such
as" examples, one local authority as a sector, a bonus range as pay, a rung reached "then"
the next one, and the one place for the lexicon's level words.

Every text here is invented for these tests.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.items import skill_names, without_perks
from careergraph.guides.public_employers import one_local_body
from careergraph.guides.sector_frames import client_sectors
from careergraph.guides.told_duties import told_duty_objects
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import Lexicon, bundled_level_words, load_lexicon


def _names(facts: object) -> set[str]:
    return {fact.text.lower() for fact in facts}  # type: ignore[attr-defined]


def test_lone_objects_are_read_with_their_verb() -> None:
    assert told_duty_objects("Mapped slopes and verges using a laser level") == [
        "map slopes and verges", "laser level"]
    # (a verb chained before: the object is the thing worked on, kept alone)
    assert told_duty_objects("take and process swabs in the lab", any_verb=True) == ["swabs"]
    # (a modified object or a name is a technique of its own)
    assert told_duty_objects("Logged seed batches with a riddle") == ["seed batches", "riddle"]
    # (vague objects stay dropped, with or without the verb)
    assert told_duty_objects("Checked data each morning") == []


def test_colon_list_drops_its_kind_and_wrap_cut_item() -> None:
    assert told_duty_objects("Ran bench assays: gel tests, titre counts and plating") == [
        "gel tests", "titre counts", "plating"]
    assert told_duty_objects("prepare slides (Gram stain, acid-fast, differential",
                             any_verb=True) == ["slides", "Gram stain", "acid-fast"]


def test_two_bare_words_paired_are_one_procedure() -> None:
    assert told_duty_objects("Loaded kilns on a Dalby rack, and fire and glaze under "
                             "supervision") == ["load kilns", "Dalby rack", "fire and glaze"]


def test_perks_and_such_as_examples() -> None:
    assert without_perks("Boots, a radio and a van provided. Knot tying is a must.").strip() == (
        "Knot tying is a must.")
    assert without_perks("Rope access is key.") == "Rope access is key."
    vocab = Vocabulary.from_lexicon(load_lexicon())
    assert skill_names("stock software such as ShelfMate or TillNow", vocab) == [
        "stock software", "ShelfMate", "TillNow"]
    assert skill_names("tongs, route apps such as Wayfind", vocab) == [
        "tongs", "route apps", "Wayfind"]


def test_one_local_authority_is_no_sector() -> None:
    assert one_local_body("municipality") and one_local_body("a commune")
    assert not one_local_body("municipalities") and not one_local_body("councils")
    guide = parse_text("Parish Warden\n\nPay and prospects\nOnce trained, the warden is "
                       "recruited by a municipality (for example the town of Lorvanne).\n",
                       "page.txt")
    assert "municipality" not in _names(guide.sectors)


def test_bonus_after_figure_and_period_is_no_pay() -> None:
    assert find_amounts("Most towns add between €80 and €200 a month of bonus on top.") == []
    assert find_amounts("Wardens get £35 a week in allowances.") == []
    assert [m.low for m in find_amounts("Wardens earn £1,900 a month.")] == [1900]


def test_then_goes_on_from_the_rung_reached() -> None:
    guide = parse_text(
        "Harbour Pilot\n\nCareer\nAfter five years a harbour pilot can be promoted to senior "
        "harbour pilot. By examination she then moves up to chief harbour pilot.\n", "page.txt")
    assert _names(guide.leads_to) == {"senior harbour pilot"}  # (not chief: one rung on)
    assert [[f.text.lower() for f in chain] for chain in guide.progressions] == [
        ["senior harbour pilot", "chief harbour pilot"]]


def test_level_words_have_one_home() -> None:
    levels = Lexicon(levels={"senior": ["Senior", "Lead Hand"]})  # type: ignore[dict-item]
    assert levels.level_words() == {"senior", "lead hand"}
    assert levels.level_words(single=True) == {"senior"}
    assert bundled_level_words(single=True) <= bundled_level_words()
    assert "senior" in bundled_level_words(single=True)


def test_client_noun_ending_a_list_is_an_item() -> None:
    assert client_sectors("Crews rewire plants for dairies, breweries and factories.") == [
        "dairies", "breweries", "factories"]
    assert client_sectors("Crews quote for big and small firms.") == []


def test_a_firms_markets_label_lists_sectors() -> None:
    guide = parse_text("Survey Technician\n\nAbout the firm\nWe map land.\n\nSectors we serve: "
                       "flood defence, port works and rural estates.\n", "page.txt")
    assert {"flood defence", "port works", "rural estates"} <= _names(guide.sectors)
