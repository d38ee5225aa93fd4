"""Progression routes and skill gaps: *"how do I get from MLOps Engineer to Director?"*

Two functions, networkx style:

- :func:`find_routes` — the shortest route (fewest moves) from a role to the nearest role
  matching a target, or the ``k`` best distinct loopless routes to any matching role; with
  the skills to learn at every step, the guide line stating every move, level and salary.
- :func:`skills_gap` — what one role requires that another does not.

Moves are ``LEADS_TO`` (progression) and ``TRANSITIONS_TO`` (lateral) edges.  The target is
a role name (aliases and close misspellings allowed, with a score) or a level/title word —
"Director", "Head", "VP", "Manager", "C-level", "Principal", "Lead" … — meaning every role
at that level or whose title contains the word (rules in :mod:`careergraph.routing.targets`).

Examples
--------
>>> import networkx as nx
>>> from careergraph.graph import CareerGraph
>>> g = nx.MultiDiGraph()
>>> def role(i, name, level, rank, guide=True):
...     g.add_node(i, type="Role", name=name, aliases=[name], level=level, rank=rank,
...                guides=[f"{i}.txt"] if guide else [], salaries=[], sources=[])
>>> role("role:eng", "MLOps Engineer", "mid", 2)
>>> role("role:senior", "Senior MLOps Engineer", "senior", 3)
>>> role("role:head", "Head of AI Infrastructure", "director", 6, guide=False)
>>> g.add_node("skill:k8s", type="Skill", name="Kubernetes", aliases=["Kubernetes", "K8s"])
>>> def move(u, v, line, key="LEADS_TO"):
...     _ = g.add_edge(u, v, key=key, type=key, sources=[{"file": "guide.txt", "line": line}])
>>> move("role:eng", "role:senior", 12); move("role:senior", "role:head", 40)
>>> _ = g.add_edge("role:senior", "skill:k8s", key="REQUIRES", type="REQUIRES",
...                kinds=["top"], sources=[{"file": "senior.txt", "line": 7}])
>>> [route] = find_routes(CareerGraph(g), "mlops engineer", "Director")
>>> route.roles, route.moves, route.skills
(['MLOps Engineer', 'Senior MLOps Engineer', 'Head of AI Infrastructure'], 2, ['Kubernetes'])
>>> route.steps[1].move.sources[0].label, route.steps[2].requirements_known
('guide.txt:12', False)
>>> find_routes(CareerGraph(g), "MLOps Engineer", "Director", have=["k8s"])[0].skills
[]
>>> skills_gap(CareerGraph(g), "MLOps Engineer", "Senior MLOps Engineer").learn[0].name
'Kubernetes'
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Literal

from careergraph.errors import NoRouteError
from careergraph.model import EdgeType
from careergraph.routing.index import RoleIndex, role_index
from careergraph.routing.models import (
    HaveSkill,
    Move,
    RoleRef,
    Route,
    SkillItem,
    SkillsGap,
    Step,
    Target,
)
from careergraph.routing.search import (
    Found,
    MoveRules,
    WeightSpec,
    fewest_moves,
    k_best,
    least_effort,
)
from careergraph.routing.skills import (
    SkillPlan,
    build_route,
    match_have,
    related_skills,
    sorted_items,
    split_covered,
)
from careergraph.routing.targets import resolve_role, resolve_target

if TYPE_CHECKING:
    from careergraph.graph import CareerGraph

__all__ = [
    "HaveSkill",
    "Move",
    "RankBy",
    "RoleRef",
    "Route",
    "SkillItem",
    "SkillsGap",
    "Step",
    "Target",
    "WeightSpec",
    "find_routes",
    "skills_gap",
]

RankBy = Literal["moves", "effort"]


def find_routes(
    graph: CareerGraph,
    source: str,
    target: str,
    *,
    k: int = 1,
    have: Iterable[str] | str = (),
    lateral: bool = True,
    downward: bool = True,
    rank_by: RankBy = "moves",
    weight: WeightSpec = None,
) -> list[Route]:
    """The best route(s) from a role to a target role or level.

    Parameters
    ----------
    graph : CareerGraph
        The career graph.
    source : str
        The starting role: a name, alias or close misspelling.
    target : str
        A role (name, alias, misspelling) or a level/title word such as ``"Director"``:
        every role at that level or whose title contains the word (the source excluded).
    k : int, default 1
        How many distinct loopless routes to return, best first.  ``k=1`` gives the route
        with fewest moves to the nearest matching role.  A route ends at the first matching
        role it reaches.
    have : iterable of str, or a comma-separated str
        Skills the person already has; matched to the graph's skills through names, aliases
        and close spellings.  Unknown ones are reported in ``Route.have``, not an error.
    lateral : bool, default True
        Allow ``TRANSITIONS_TO`` (lateral) moves.
    downward : bool, default True
        Allow moves to a role of lower rank.
    rank_by : {"moves", "effort"}, default "moves"
        ``"moves"``: fewest moves (or least total ``weight``).  ``"effort"``: fewest distinct
        skills to learn along the whole route (exact; see :mod:`careergraph.routing.search`),
        then fewest moves.  Roles without a guide add no skills (their requirements are
        unknown; each such step says so).
    weight : str, callable or None
        As in networkx: ``None`` — every move costs 1; a string — that attribute of the move
        edge (missing = 1); a callable ``f(u, v, attrs)`` — its value, where ``attrs`` is the
        ``LEADS_TO``/``TRANSITIONS_TO`` edge's attributes, and ``None`` hides the move.  Costs
        must be non-negative.  With ``rank_by="effort"`` it breaks ties and can hide moves.

    Returns
    -------
    list of Route
        At least one, at most ``k``; ties broken by the role names along the route.

    Raises
    ------
    ResolveError
        The source or target names no role (closely enough) or several about equally.
    NoRouteError
        No route connects them under the options; the message says which option (for
        example ``lateral=False``) made the target unreachable.
    ValueError
        ``k < 1``, an unknown ``rank_by`` or a negative move cost.

    Examples
    --------
    On the bundled corpus: the senior long-form guide names "Head of AI Infrastructure" as
    an advancement path, so a director-level role is two moves away.

    >>> from careergraph.graph import CareerGraph
    >>> g = CareerGraph.from_guides()
    >>> [route] = find_routes(g, "MLOps Engineer", "Director")
    >>> route.roles, route.moves
    (['MLOps Engineer', 'Senior MLOps Engineer', 'Head of AI Infrastructure'], 2)
    >>> route.steps[2].move.sources[0].label
    'senior-mlops-engineer.longform.txt:109'
    >>> [(r.moves, r.end.role) for r in find_routes(g, "MLOps Engineer", "Director", k=3)][1:]
    [(3, 'Director of Machine Learning Platform'), (3, 'Director of MLOps')]
    """
    if k < 1:
        raise ValueError(f"k must be at least 1, not {k}")
    if rank_by not in ("moves", "effort"):
        raise ValueError(f"rank_by must be 'moves' or 'effort', not {rank_by!r}")
    index = role_index(graph)
    start = resolve_role(graph, source)
    goal = resolve_target(graph, index, target, source=start.id)
    have_skills = match_have(graph, have)
    plan = SkillPlan(index, start.id, have_skills)
    rules = MoveRules(lateral=lateral, downward=downward, weight=weight)
    found = _search(index, start.id, goal.roles, rules, k, rank_by, plan)
    if not found:
        raise NoRouteError(_no_route_message(index, start, goal, rules))
    return [build_route(graph, index, f, source=start, target=goal, plan=plan,
                        have=have_skills, rank_by=rank_by) for f in found]


def _search(
    index: RoleIndex, source: str, targets: list[str], rules: MoveRules, k: int,
    rank_by: RankBy, plan: SkillPlan,
) -> list[Found]:
    if rank_by == "effort":
        return least_effort(index, source, targets, rules, k, plan.needs)
    if k == 1 and rules.unit:
        return fewest_moves(index, source, targets, rules)
    return k_best(index, source, targets, rules, k)


def _describe(target: Target, index: RoleIndex) -> str:
    if target.kind == "role":
        return repr(index.name[target.roles[0]])
    level = target.level.value if target.level else "?"
    return (f"any {level}-level role or role titled {target.query!r} "
            f"({len(target.roles)} roles)")


def _no_route_message(index: RoleIndex, start: RoleRef, goal: Target, rules: MoveRules) -> str:
    what = f"no route from {start.name!r} to {_describe(goal, index)}"
    limits: list[tuple[str, MoveRules]] = []
    if not rules.lateral:
        limits.append(("lateral moves are forbidden (lateral=False, --no-lateral)",
                       replace(rules, lateral=True)))
    if not rules.downward:
        limits.append(("moves down in level are forbidden (downward=False, --no-downward)",
                       replace(rules, downward=True)))
    if rules.weight is not None and callable(rules.weight):
        limits.append(("the weight function hides some moves", replace(rules, weight=None)))
    if not limits:
        return (f"{what}: no chain of LEADS_TO/TRANSITIONS_TO moves in the guides connects "
                "them")

    def reachable(r: MoveRules) -> bool:
        return bool(fewest_moves(index, start.id, goal.roles, replace(r, weight=None)
                                 if not callable(r.weight) else r))

    culprits = [label for label, relaxed in limits if reachable(relaxed)]
    if culprits:
        return f"{what}: " + "; ".join(culprits) + " — lifting that makes it reachable"
    free = MoveRules()
    if reachable(free):
        return f"{what}: " + "; ".join(label for label, _ in limits) + \
            " — only lifting all of these makes it reachable"
    return (f"{what}: no chain of LEADS_TO/TRANSITIONS_TO moves in the guides connects them, "
            "even without the restrictions")


def skills_gap(
    graph: CareerGraph, from_role: str, to_role: str, have: Iterable[str] | str = ()
) -> SkillsGap:
    """What ``to_role`` requires beyond ``from_role`` (and beyond ``have``).

    Parameters
    ----------
    graph : CareerGraph
    from_role, to_role : str
        Role names, aliases or close misspellings.
    have : iterable of str, or a comma-separated str
        Skills the person already has (unknown ones are reported in ``SkillsGap.have``).

    Returns
    -------
    SkillsGap
        ``learn`` (target requirements not held), ``shared`` (required by both),
        ``often_missing`` (the source guide's commonly missing skills not held), the direct
        move between them if the guides state one, and a note when the target has no guide.

    Raises
    ------
    ResolveError
        A name matches no role (closely enough) or several about equally.

    Examples
    --------
    >>> from careergraph.graph import CareerGraph
    >>> gap = skills_gap(CareerGraph.from_guides(), "MLOps Engineer",
    ...                  "Machine Learning Operations Manager")
    >>> gap.target.name, len(gap.learn) > 0
    ('Machine Learning Operations Manager', True)
    """
    index = role_index(graph)
    source = resolve_role(graph, from_role)
    target = resolve_role(graph, to_role)
    have_skills = match_have(graph, have)
    plan = SkillPlan(index, source.id, have_skills)
    wanted = index.requires(target.id)
    mine = index.requires(source.id)
    often = index.often_missing(source.id)
    known = target.id in index.known
    learn, covered = split_covered(wanted.values(), plan.held, related_skills(graph),
                                   graph.name)
    direct = None
    if index.moves.has_edge(source.id, target.id):
        moves = index.moves[source.id][target.id]["moves"]
        move_type = next(t for t in (EdgeType.LEADS_TO, EdgeType.TRANSITIONS_TO) if t in moves)
        direct = Move(type=move_type, from_id=source.id, from_role=source.name,
                      lateral=move_type is EdgeType.TRANSITIONS_TO,
                      down=index.rank[target.id] < index.rank[source.id],
                      sources=moves[move_type].get("sources") or [])
    return SkillsGap(
        source=source, target=target,
        learn=learn, covered=covered,
        shared=sorted_items(v for k, v in wanted.items() if k in mine),
        often_missing=sorted_items(v for k, v in often.items() if k not in plan.have
                                   and k not in mine),
        target_requirements_known=known,
        note=None if known else (f"{target.name} has no guide: its requirements are unknown "
                                 "(an empty list does not mean nothing to learn)"),
        direct_move=direct, have=have_skills,
    )
