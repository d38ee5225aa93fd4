"""The store writer's shortcuts give the rows the plain computation gives: row CRCs by a
running CRC, name keys lent by the resolution's normaliser, edge rows made in one pass and
the routing section read from the adjacency."""

from __future__ import annotations

from collections import Counter

import networkx as nx
from hypothesis import given
from hypothesis import strategies as st

from careergraph.lexicon import load_lexicon
from careergraph.names import Normaliser
from careergraph.storage.content import (
    Adjacency,
    NameKeys,
    encode_attrs,
    graph_digest,
    name_rows,
)
from careergraph.storage.integrity import row_crc
from careergraph.storage.rowdiff import GAP
from careergraph.storage.writer import _Content, edge_record, node_record, routing_of

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


_ids = st.sampled_from(["role:a", "role:b", "role:c", "skill:s", "employer:e"])
_edges = st.lists(st.tuples(_ids, _ids, st.sampled_from(
    ["LEADS_TO", "TRANSITIONS_TO", "REQUIRES", "HIRES"]), st.integers(0, 3)), max_size=30)


def _typed_graph(edges: list[tuple[str, str, str, int]]) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for node in ["role:a", "role:b", "role:c", "skill:s", "employer:e"]:
        type_ = node.split(":")[0].capitalize()
        graph.add_node(node, type=type_, name=node, aliases=[node], level="senior",
                       guides=["g.txt"] if node == "role:a" else [])
    for src, dst, key, line in edges:
        graph.add_edge(src, dst, key=key, type=key, sources=[{"file": "g.txt", "line": line}])
    return graph


@given(_edges)
def test_edge_records_are_the_plain_rows_crcs_digest_and_counts(
        edges: list[tuple[str, str, str, int]]) -> None:
    graph = _typed_graph(edges)
    content = _Content(graph, b"{}", load_lexicon(), "")
    nodes = list(content.nodes())
    records = list(content.edge_records())
    plain = [(src, dst, key, encode_attrs(attrs))
             for src, dst, key, attrs in graph.edges(keys=True, data=True)]
    assert records == [edge_record(GAP * (i + 1), row) for i, row in enumerate(plain)]
    assert content.digest.hexdigest() == graph_digest(
        ((row[0], row[0].encode() + b"\0" + row[4]) for row in nodes),
        ((src, f"{src}\0{dst}\0{key}\0".encode() + data) for src, dst, key, data in plain))
    assert list(content.edge_types.items()) == list(Counter(row[2] for row in plain).items())


@given(_edges)
def test_routing_section_is_the_adjacency_of_the_graph(
        edges: list[tuple[str, str, str, int]]) -> None:
    graph = _typed_graph(edges)
    assert routing_of(graph) == Adjacency.of(graph)
