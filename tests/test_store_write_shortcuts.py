"""The store writer's shortcuts give the rows the plain computation gives: row CRCs by a
running CRC, and name keys lent by the resolution's normaliser."""

from __future__ import annotations

import networkx as nx
from hypothesis import given
from hypothesis import strategies as st

from careergraph.lexicon import load_lexicon
from careergraph.names import Normaliser
from careergraph.storage.content import NameKeys, name_rows
from careergraph.storage.integrity import row_crc
from careergraph.storage.writer import edge_record, node_record

_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)


@given(_text, _text, _text, _text, st.binary(max_size=40), _text)
def test_node_crcs_are_the_columns_crcs(node_id: str, type_: str, name: str, aliases: str,
                                        data: bytes, degree: str) -> None:
    record = node_record(7, (node_id, type_, name, aliases, data, degree))
    head = (node_id, type_, name, aliases)
    assert record[6:8] == (row_crc(*head, degree), row_crc(*head, data, degree))
    assert record[:6] == (7, *head, degree) and record[8] == data


@given(_text, _text, _text, st.binary(max_size=40))
def test_edge_crc_is_the_columns_crc(src: str, dst: str, key: str, data: bytes) -> None:
    assert edge_record(3, (src, dst, key, data)) == (3, src, dst, key, data,
                                                     row_crc(src, dst, key, data))


def _graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.add_node("role:x", type="Role", name="Kiln Operator",
                   aliases=["Kiln Operator", "Kiln / Glaze Operator",
                            "Glaze Firing Specialist (GFS)"])
    graph.add_node("skill:y", type="Skill", name="Glaze Mixing", aliases=["Glaze Mixing"])
    return graph


def test_lent_keys_give_the_same_rows_and_keep_only_what_was_used() -> None:
    lexicon = load_lexicon()
    plain_memo = NameKeys()
    plain = name_rows(_graph(), lexicon, plain_memo)
    resolved = Normaliser(lexicon.acronyms)
    resolved.learn("GFS", "Glaze Firing Specialist")
    for text, role in (("Kiln Operator", True), ("Glaze Mixing", False),
                       ("Pottery Wheel", False)):
        resolved.key(text, role=role)
    lent = NameKeys()
    lent.lend(resolved)
    assert name_rows(_graph(), lexicon, lent) == plain
    # What is kept is what the names needed, in the order they needed it: as without.
    assert list(lent.kept().keys.items()) == list(plain_memo.keys.items())
    assert lent.kept().stamp == plain_memo.stamp and lent.kept().lent == ("", {})


def test_keys_of_a_normaliser_that_keys_otherwise_are_not_taken() -> None:
    lexicon = load_lexicon()
    other = Normaliser(lexicon.acronyms)  # never learnt GFS: its keys differ
    other.seed_keys({("Kiln Operator", True): ("wrong", "wrong")})
    memo = NameKeys()
    memo.lend(other)
    assert name_rows(_graph(), lexicon, memo) == name_rows(_graph(), lexicon)
