"""careergraph's UnionFind gives the roots and sets networkx's gives, for any sequence of
finds and unions (resolution's output depends on which root names a cluster)."""

from __future__ import annotations

import random

import pytest
from networkx.utils import UnionFind as NetworkxUnionFind

from careergraph.unionfind import UnionFind


@pytest.mark.parametrize("seed", range(5))
def test_same_roots_and_sets_as_networkx(seed: int) -> None:
    rng = random.Random(seed)
    ours, theirs = UnionFind[str](), NetworkxUnionFind()
    names = [f"name {n}" for n in range(60)]
    for _ in range(300):
        picked = rng.sample(names, rng.choice([1, 2, 2, 3]))
        if rng.random() < 0.4:
            assert ours[picked[0]] == theirs[picked[0]]
        else:
            ours.union(*picked)
            theirs.union(*picked)
        assert ours.parents == theirs.parents and ours.weights == theirs.weights
    assert list(ours) == list(theirs)
    assert list(ours.to_sets()) == list(theirs.to_sets())


def test_union_of_nothing_changes_nothing() -> None:
    sets = UnionFind[str]()
    sets.union()
    assert list(sets) == []
