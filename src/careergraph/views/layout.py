"""Deterministic positions: roles by seniority ("up" means senior), routes by step.

Everything here is pure arithmetic on sorted inputs, so the same graph always gets the same
coordinates (vis-network's y axis points down: senior roles get *smaller* y).

>>> roles = {"role:a": ("A", 1, "individual_contributor"),
...          "role:b": ("B", 3, "individual_contributor")}
>>> pos = ladder_positions(roles, [("role:a", "role:b")])
>>> pos["role:b"][1] < pos["role:a"][1]
True
>>> lane = route_positions([["role:a", "role:b"]])
>>> lane["role:a"], lane["role:b"]
((0.0, 0.0), (280.0, 0.0))
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

__all__ = [
    "COLUMN",
    "LANE",
    "ROW",
    "Point",
    "jitter",
    "ladder_positions",
    "rank_y",
    "route_positions",
    "seed_positions",
]

Point = tuple[float, float]
#: Vertical distance between two seniority ranks in a career map.
ROW = 170.0
#: Horizontal room for one role (labels wrap at 150 px, see ``render``).
SLOT = 190.0
#: Route views: distance between steps, and between the lanes of different routes.
COLUMN = 280.0
LANE = 300.0
_SWEEPS = 6
_TRACK_ORDER = {"individual_contributor": 0, "management": 1}


def rank_y(rank: int, row: float = ROW) -> float:
    """y of a seniority rank (1 at 0, each rank one row higher)."""
    return -(rank - 1) * row


def jitter(key: str, scale: float) -> Point:
    """A stable pseudo-random offset in ``[-scale, scale]²`` derived from ``key``."""
    h = zlib.crc32(key.encode("utf-8"))
    return ((h & 0xFFFF) / 0xFFFF * 2 - 1) * scale, ((h >> 16) / 0xFFFF * 2 - 1) * scale


def ladder_positions(
    roles: Mapping[str, tuple[str, int, str]],
    links: Iterable[tuple[str, str]],
    *,
    row: float = ROW,
    slot: float = SLOT,
) -> dict[str, Point]:
    """Place roles in rows by rank; order each row to keep linked roles above each other.

    ``roles`` maps id -> (name, rank, track); ``links`` are role-role edges.  Within a row,
    individual contributors come before managers (two ladders side by side), then a few
    barycentre sweeps (the Sugiyama heuristic) reduce crossings.
    """
    neighbours: dict[str, set[str]] = defaultdict(set)
    for a, b in links:
        if a in roles and b in roles and a != b:
            neighbours[a].add(b)
            neighbours[b].add(a)
    rows: dict[int, list[str]] = defaultdict(list)
    for node in sorted(roles, key=lambda n: (_TRACK_ORDER.get(roles[n][2], 0),
                                             roles[n][0].lower(), n)):
        rows[roles[node][1]].append(node)
    x = _row_xs(rows, slot)
    ranks = sorted(rows)
    def barycentre(n: str) -> tuple[int, float, str]:
        near = [x[m] for m in neighbours[n] if roles[m][1] != roles[n][1]]
        centre = sum(near) / len(near) if near else x[n]
        return _TRACK_ORDER.get(roles[n][2], 0), centre, n

    for sweep in range(_SWEEPS):
        for rank in ranks if sweep % 2 == 0 else reversed(ranks):
            rows[rank].sort(key=barycentre)
            x.update(_row_xs({rank: rows[rank]}, slot))
    return {n: (round(x[n], 1), rank_y(roles[n][1], row)) for n in roles}


def _row_xs(rows: Mapping[int, Sequence[str]], slot: float) -> dict[str, float]:
    """Centre each row on x = 0 with one slot per role."""
    return {n: (i - (len(ids) - 1) / 2) * slot
            for ids in rows.values() for i, n in enumerate(ids)}


def seed_positions(
    nodes: Sequence[str],
    neighbours: Mapping[str, Iterable[str]],
    fixed: Mapping[str, Point],
    *,
    spread: float = 90.0,
) -> dict[str, Point]:
    """Starting points for free nodes: the mean of their placed neighbours plus a stable offset.

    Physics starts from here, so it settles faster and the same way every time.
    """
    placed = dict(fixed)
    for node in nodes:
        if node in placed:
            continue
        near = [placed[m] for m in sorted(neighbours.get(node, ())) if m in placed]
        dx, dy = jitter(node, spread)
        if near:
            cx = sum(p[0] for p in near) / len(near)
            cy = sum(p[1] for p in near) / len(near)
        else:
            cx, cy = jitter("centre:" + node, spread * 6)
        placed[node] = (round(cx + dx, 1), round(cy + dy, 1))
    return placed


def route_positions(routes: Sequence[Sequence[str]]) -> dict[str, Point]:
    """Roles of routes left to right by step, one horizontal lane per route.

    A role is drawn once, in the column of its latest step on any route (so every route
    still reads left to right) and at the mean height of the lanes of the routes through it
    (shared steps sit between the routes sharing them).  The common last role of the routes
    goes to the rightmost column.
    """
    column: dict[str, int] = {}
    lanes: dict[str, list[int]] = {}
    for number, route in enumerate(routes):
        for step, role in enumerate(route):
            column[role] = max(column.get(role, 0), step)
            if number not in lanes.setdefault(role, []):
                lanes[role].append(number)
    last = max(column.values(), default=0)
    # a role is an end only if it is last on every route it appears on
    ends = {r[-1] for r in routes if r
            and all(rr[-1] == r[-1] or r[-1] not in rr for rr in routes)}
    return {role: ((last if role in ends else column[role]) * COLUMN,
                   sum(lanes[role]) / len(lanes[role]) * LANE)
            for role in column}
