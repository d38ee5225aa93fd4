"""The build stage's bulk structures give what the plain algorithms they replace give.

- :class:`careergraph.edgetable.EdgeTable` against a table keyed by ``(src, dst, key)`` whose
  places and kinds are sets, sorted at the end, and edges added with ``add_edge``;
- :func:`careergraph.mentioncols.gather` against deduplicating whole mentions and a stable
  sort on (type, file, line, text);
- resolution is the same whatever order the mentions come in (it works on their sorted
  columns, per spelling).
"""

from __future__ import annotations

import random
from typing import Any

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from careergraph.build import GuideMentions, build_order
from careergraph.edgetable import EdgeTable
from careergraph.guides import load_corpus
from careergraph.mentioncols import gather
from careergraph.model import NodeType, Seniority, Source
from careergraph.resolve import Mention, resolve_mentions

_NODES = ["role:a", "role:b", "skill:go", "skill:c", "employer:x"]
_KEYS = ["LEADS_TO", "REQUIRES", "HIRES"]

_facts = st.lists(st.tuples(
    st.sampled_from(_NODES), st.sampled_from(_NODES), st.sampled_from(_KEYS),
    st.sampled_from(["a.txt", "b.txt"]), st.integers(1, 4),
    st.sampled_from([None, "core", "tool"])), max_size=40)


def _reference(facts: list[tuple[str, str, str, str, int, str | None]]
               ) -> list[tuple[str, str, str, dict[str, Any]]]:
    places: dict[tuple[str, str, str], set[tuple[str, int]]] = {}
    kinds: dict[tuple[str, str, str], set[str]] = {}
    for src, dst, key, file, line, kind in facts:
        places.setdefault((src, dst, key), set()).add((file, line))
        if kind is not None:
            kinds.setdefault((src, dst, key), set()).add(kind)
    edges = []
    for slot in sorted(places):
        attrs: dict[str, Any] = {"type": slot[2], "sources": [
            {"file": file, "line": line} for file, line in sorted(places[slot])]}
        if slot in kinds:
            attrs["kinds"] = sorted(kinds[slot])
        edges.append((*slot, attrs))
    return edges


@settings(max_examples=200, deadline=None)
@given(_facts)
def test_edge_table_gives_the_sorted_edges_with_sorted_unique_places(
        facts: list[tuple[str, str, str, str, int, str | None]]) -> None:
    table = EdgeTable()
    for fact in facts:
        table.add(*fact)
    expected = _reference(facts)
    assert list(table.edges()) == expected
    assert table.keys() == {(src, dst, key) for src, dst, key, _ in expected}
    # Written into a graph: what add_edge gives, adjacency order included.
    graph, plain = nx.MultiDiGraph(), nx.MultiDiGraph()
    graph.add_nodes_from(_NODES)
    plain.add_nodes_from(_NODES)
    table.write(graph)
    for src, dst, key, attrs in expected:
        plain.add_edge(src, dst, key=key, **attrs)
    assert list(graph.edges(keys=True, data=True)) == list(plain.edges(keys=True, data=True))
    assert [list(graph.pred[n]) for n in _NODES] == [list(plain.pred[n]) for n in _NODES]


_mentions = st.lists(st.tuples(
    st.sampled_from([NodeType.ROLE, NodeType.SKILL]), st.sampled_from(["Go", "go", "Rust"]),
    st.sampled_from(["a.txt", "b.txt"]), st.integers(1, 3), st.booleans(),
    st.sampled_from([None, Seniority.SENIOR]), st.sampled_from([None, "Go"])), max_size=30)


@settings(max_examples=200, deadline=None)
@given(_mentions)
def test_gather_keeps_each_mention_once_in_a_stable_position_order(
        rows: list[tuple[NodeType, str, str, int, bool, Seniority | None, str | None]]) -> None:
    fields = [(type_, text, Source(file=file, line=line), is_title, level, same_as)
              for type_, text, file, line, is_title, level, same_as in rows]
    columns = gather(fields)
    unique = dict.fromkeys((t, f, n, x, a, lv, s) for t, x, f, n, a, lv, s in rows)
    ordered = sorted(unique, key=lambda row: row[:4])
    for type_ in (NodeType.ROLE, NodeType.SKILL):
        mine = [row[1:] for row in ordered if row[0] == type_]
        if not mine:
            assert type_ not in columns
            continue
        cols = columns[type_]
        got = list(zip(cols.files, cols.lines, cols.texts, cols.titles, cols.levels,
                       cols.same_as, strict=True))
        assert got == mine
        assert {text: [i for i, t in enumerate(cols.texts) if t == text]
                for text in dict.fromkeys(cols.texts)} == cols.where
        assert list(cols.where) == list(dict.fromkeys(cols.texts))


def test_resolution_does_not_depend_on_the_order_mentions_come_in() -> None:
    mentions = list(GuideMentions(build_order(load_corpus().guides)))
    mentions += mentions[:40]  # stated twice: counted once
    shuffled = mentions[:]
    random.Random(5).shuffle(shuffled)
    ours, theirs = resolve_mentions(mentions), resolve_mentions(shuffled)
    assert ours.model_dump() == theirs.model_dump()
    assert ours.entities.keys() == theirs.entities.keys()
    assert ours._order == theirs._order and ours._learnt == theirs._learnt


def test_a_slash_title_joins_its_alternatives_and_keeps_its_own_mentions() -> None:
    src = Source(file="g.txt", line=1)
    res = resolve_mentions([
        Mention(type=NodeType.ROLE, text="MLOps / ML Platform Engineer", source=src),
        Mention(type=NodeType.ROLE, text="MLOps Engineer", source=src, is_title=True),
        Mention(type=NodeType.ROLE, text="ML Platform Engineer",
                source=Source(file="h.txt", line=2), is_title=True),
    ])
    node = res.node_id(NodeType.ROLE, "MLOps / ML Platform Engineer")
    entity = res.entity(node)
    assert node == res.node_id(NodeType.ROLE, "MLOps Engineer")
    assert [(m.text, m.rule) for m in entity.mentions if m.file == "g.txt"] == [
        ("MLOps / ML Platform Engineer", "slash"), ("MLOps Engineer", "canonical")]
