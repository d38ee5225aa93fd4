"""A union-find structure that behaves exactly as :class:`networkx.utils.UnionFind` does.

Resolution and the components of an incremental rebuild need only this from networkx;
importing networkx for it costs a rebuild about 0.3 s (every command starts a fresh
process).  Same algorithm, so the same roots: weighted union (the heaviest root wins,
ties broken as networkx breaks them) with path compression on find.

>>> sets = UnionFind()
>>> sets.union("a", "b")
>>> sets["a"] == sets["b"], sets["c"]
(True, 'c')
>>> sorted(map(sorted, sets.to_sets()))
[['a', 'b'], ['c']]
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from typing import Generic, TypeVar

__all__ = ["UnionFind"]

T = TypeVar("T", bound=Hashable)


class UnionFind(Generic[T]):
    """Disjoint sets of hashable items: ``sets[item]`` names the set holding ``item``
    (adding it alone if new); ``sets.union(*items)`` merges the sets holding them."""

    def __init__(self) -> None:
        self.parents: dict[T, T] = {}
        self.weights: dict[T, int] = {}

    def __getitem__(self, item: T) -> T:
        parents = self.parents
        if item not in parents:
            parents[item] = item
            self.weights[item] = 1
            return item
        path = []
        root = parents[item]
        while root != item:
            path.append(item)
            item = root
            root = parents[item]
        for ancestor in path:
            parents[ancestor] = root
        return root

    def __iter__(self) -> Iterator[T]:
        """Every item ever found or joined."""
        return iter(self.parents)

    def union(self, *items: T) -> None:
        # A set of roots, then sorted by weight (stable): networkx's order, so its roots.
        roots = iter(sorted({self[item] for item in items}, key=self.weights.__getitem__,
                            reverse=True))
        try:
            root = next(roots)
        except StopIteration:  # no items
            return
        for other in roots:
            self.weights[root] += self.weights[other]
            self.parents[other] = root

    def to_sets(self) -> Iterator[set[T]]:
        """The sets, each once (in the order their roots were first met)."""
        for item in self.parents:
            self[item]  # compress every path first, as networkx does
        groups: dict[T, set[T]] = {}
        for item, root in self.parents.items():
            groups.setdefault(root, set()).add(item)
        yield from groups.values()
