"""Speed round 25: the build stage's rewritten helpers give what the rules as written before
gave (each cut is exact)."""

from __future__ import annotations

import random
import re

import networkx as nx

from careergraph import names
from careergraph.build import node_attrs
from careergraph.edgetable import EdgeTable
from careergraph.evidence import MentionRecord
from careergraph.model import NodeType
from careergraph.names import (
    _singular,
    american,
    clean,
    descriptive_qualifiers,
    is_proper_plural,
    proper_plurals_in,
)
from careergraph.related import stem_key
from careergraph.resolve import Entity, _identifying, _identifying_qualifiers


def _old_singular(token: str) -> str:
    # The rule as stop 53 wrote it, without the fast path.
    if len(token) >= 6 and token.endswith("ies") and token not in names._DISTINCT_PLURALS:
        return token[:-3] + "y"
    if len(token) >= 5 and token.endswith("ie"):
        return token[:-2] + "y"
    return token[:-1] if len(token) > 3 and token.endswith("s") and not token.endswith("ss") \
        else token


def _old_proper_plurals(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Z][a-z]+s\b", text) if is_proper_plural(w)]


def test_singular_fast_path_changes_nothing() -> None:
    rng = random.Random(25)
    letters = "aeisyc"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 9)))
             for _ in range(5000)]
    words += ["agencies", "securities", "patisserie", "ties", "glass", "teams", "day", "",
              "e", "s", "ie", "ies"]
    for word in words:
        assert _singular(word) == _old_singular(word), word


def test_singular_still_drops_endings() -> None:
    assert [_singular(t) for t in ("agencies", "patisserie", "crates", "crate")] == [
        "agency", "patissery", "crate", "crate"]


def test_proper_plurals_in_matches_the_pattern_and_filter() -> None:
    listed = sorted(names._PROPER_PLURALS)
    assert listed, "spellings.yaml lists proper plurals"
    word = listed[0]
    texts = [f"Quorvex {word} admin", f"{word}", f"{word.lower()} of analysts", "Agile crews",
             f"{word}s and {word}", f"Zeta{word}", "Plain Words", f"({word})", ""]
    for text in texts:
        assert proper_plurals_in(text) == _old_proper_plurals(text), text
    assert proper_plurals_in(f"Quorvex {word} admin") == [word]
    assert proper_plurals_in("Quorvex Widgets admin") == []


def test_stem_key_keeps_a_listed_proper_plural() -> None:
    word = sorted(names._PROPER_PLURALS)[0]
    assert stem_key(word) == word.lower()
    assert stem_key(word.lower()) != word.lower()


def test_american_memoised_is_the_same_function() -> None:
    for token in ("centres", "labourer", "organisational", "hours", "acre", "centres"):
        assert american(token) == american.__wrapped__(token)


def test_identifying_qualifiers_matches_identifying() -> None:
    for text in ("Pipe Welder (night shift)", "Cloud Engineer (AWS, GCP)", "Tutor (e.g. maths)",
                 "Plain Name", "Data Operations (DataOps) Lead", "Driver (Class 2)"):
        assert _identifying_qualifiers(descriptive_qualifiers(clean(text))) == _identifying(text)
    assert _identifying("Driver (Class 2)")
    assert not _identifying("Cloud Engineer (AWS, GCP)")


def test_node_attrs_mentions_are_each_records_dict() -> None:
    records = [MentionRecord("Kiln Operator", "a.txt", 3, "canonical spelling"),
               MentionRecord("Kiln Operators", "b.txt", 9, "same key", "same-key", 0.95)]
    entity = Entity(id="role:kiln-operator", type=NodeType.ROLE, name="Kiln Operator",
                    key="kilnoperator", aliases=["Kiln Operator"], mentions=records)
    got = node_attrs(entity)["mentions"]
    assert got == [r.as_dict() for r in records]
    assert [list(d) for d in got] == [list(r.as_dict()) for r in records]


def _table(rng: random.Random) -> EdgeTable:
    table = EdgeTable()
    nodes = [f"n{i}" for i in range(12)]
    for _ in range(200):
        src, dst = rng.choice(nodes), rng.choice(nodes)
        key = rng.choice(["LEADS_TO", "REQUIRES", "HIRES"])
        kind = rng.choice([None, "core", "tool"]) if key == "REQUIRES" else None
        table.add(src, dst, key, rng.choice("abc") + ".txt", rng.randint(1, 5), kind)
    return table


def test_edge_table_write_is_add_edge_in_order() -> None:
    rng = random.Random(7)
    for seed in range(20):
        rng.seed(seed)
        a, b = _table(rng), None
        rng.seed(seed)
        b = _table(rng)
        fast, slow = nx.MultiDiGraph(), nx.MultiDiGraph()
        # Some nodes missing from the graph: the fallback (add_edge) makes them.
        present = [f"n{i}" for i in range(0, 12, 2 if seed % 2 else 1)]
        fast.add_nodes_from(present)
        slow.add_nodes_from(present)
        a.write(fast)
        for src, dst, key, attrs in b.edges():
            slow.add_edge(src, dst, key=key, **attrs)
        assert list(fast.edges(keys=True, data=True)) == list(slow.edges(keys=True, data=True))
        assert list(fast.nodes) == list(slow.nodes)
        assert {n: list(fast.pred[n]) for n in fast} == {n: list(slow.pred[n]) for n in slow}
