"""Skills along a route: what the person has, and what each step adds.

The person is assumed to hold the skills they list (``have``, matched to the graph's skill
nodes by :meth:`CareerGraph.match`, so aliases, acronyms and close spellings count) and the
requirements of the role they start from.  Each step then lists the requirements of its role
not held yet and not picked up on an earlier step, so a skill is learnt once per route.  The
often-missing skills of the role being left are listed on the move out of it (they are what
the guide says people in that role lack), except those already held or learnt.

A requirement whose close relative (a ``RELATED_TO`` skill: "Problem-Solving" and
"Problem-solving and root-cause analysis") is already held or learnt earlier is not listed to
learn: it is listed as ``covered`` with that relative.

``have`` entries that match no skill (or several equally) are kept with the closest
candidates and reported, never an error.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from careergraph.errors import ResolveError
from careergraph.model import EdgeType, NodeType, SalaryRange, Seniority, Track
from careergraph.routing.index import RoleIndex
from careergraph.routing.models import (
    CoveredSkill,
    HaveSkill,
    Move,
    RoleRef,
    Route,
    SkillItem,
    Step,
    Target,
)
from careergraph.routing.search import Found

if TYPE_CHECKING:
    from careergraph.graph import CareerGraph

__all__ = [
    "SkillPlan", "build_route", "match_have", "related_skills", "sorted_items", "split_covered",
    "split_have",
]

#: A skill's close relatives: relative's id -> (rule, score), from the RELATED_TO edges in
#: either direction (the later edge's when both directions join the pair).
Relatives = Callable[[str], Mapping[str, tuple[str, float]]]


def related_skills(graph: CareerGraph) -> Relatives:
    """A skill's close relatives, read per skill on first use (kept in ``graph.memo``)."""
    cached = graph.memo.get("related-skills")
    if cached is not None:
        found: Relatives = cached
        return found
    table: dict[str, dict[str, tuple[str, float]]] = {}
    kind = EdgeType.RELATED_TO.value

    def of(skill: str) -> Mapping[str, tuple[str, float]]:
        relatives = table.get(skill)
        if relatives is None:
            relatives = table[skill] = {
                other: (str(attrs.get("rule", "")), float(attrs.get("score", 0.0)))
                for other, attrs in graph.access.links(skill, kind)}
        return relatives

    graph.memo["related-skills"] = of
    return of


def split_covered(
    items: Iterable[SkillItem], held: Collection[str], relatives: Relatives,
    name_of: Callable[[str], str],
) -> tuple[list[SkillItem], list[CoveredSkill]]:
    """Requirements not held, split into those to learn and those a held relative covers.

    >>> item = SkillItem(id="skill:ps-rca", name="Problem-solving and root-cause analysis")
    >>> rel = {"skill:ps-rca": {"skill:ps": ("conjunct", 0.5)}}
    >>> names = {"skill:ps": "Problem-Solving"}
    >>> learn, covered = split_covered([item], {"skill:ps"}, lambda s: rel.get(s, {}),
    ...                                names.__getitem__)
    >>> learn, covered[0].by_name
    ([], 'Problem-Solving')
    """
    learn: list[SkillItem] = []
    covered: list[CoveredSkill] = []
    for item in items:
        if item.id in held:
            continue
        near = sorted(r for r in relatives(item.id) if r in held)
        if not near:
            learn.append(item)
            continue
        rule, score = relatives(item.id)[near[0]]
        covered.append(CoveredSkill(**item.model_dump(), by_id=near[0],
                                    by_name=name_of(near[0]), rule=rule,
                                    score=score))
    return sorted_items(learn), sorted(covered, key=lambda s: (s.name.casefold(), s.id))


def split_have(have: Iterable[str] | str) -> list[str]:
    """The skills named in ``have``: a comma/semicolon-separated string or an iterable.

    >>> split_have("Python, Docker;  Kubernetes,")
    ['Python', 'Docker', 'Kubernetes']
    >>> split_have(["Python", " SQL "])
    ['Python', 'SQL']
    """
    items = [have] if isinstance(have, str) else list(have)
    out: list[str] = []
    for item in items:
        out.extend(p.strip() for p in item.replace(";", ",").split(","))
    return list(dict.fromkeys(p for p in out if p))


def match_have(graph: CareerGraph, have: Iterable[str] | str) -> list[HaveSkill]:
    """Match each skill the person has to a skill node (``id`` None when unknown)."""
    out = []
    for text in split_have(have):
        try:
            match = graph.match(text, NodeType.SKILL)
        except ResolveError as exc:
            out.append(HaveSkill(query=text, candidates=[name for name, _ in exc.candidates]))
        else:
            out.append(HaveSkill(query=text, id=match.id, name=match.name, score=match.score))
    return out


def sorted_items(items: Iterable[SkillItem]) -> list[SkillItem]:
    return sorted(items, key=lambda s: (s.name.casefold(), s.id))


class SkillPlan:
    """Skills held at the start of a route, and what each role still needs beyond them."""

    def __init__(self, index: RoleIndex, source: str, have: Iterable[HaveSkill]) -> None:
        self.index = index
        self.have = frozenset(h.id for h in have if h.id is not None)
        self.held = self.have | index.required.get(source, frozenset())
        self._needs: dict[str, frozenset[str]] = {}

    def needs(self, role: str) -> frozenset[str]:
        """Skills ``role`` requires that are not held at the start (cached)."""
        found = self._needs.get(role)
        if found is None:
            found = self.index.required.get(role, frozenset()) - self.held
            self._needs[role] = found
        return found


def _role_facts(attrs: Mapping[str, Any]) -> tuple[Seniority | None, Track | None,
                                                      list[SalaryRange]]:
    level_value = str(attrs.get("level") or "")
    level = Seniority(level_value) if level_value in Seniority._value2member_map_ else None
    track_value = str(attrs.get("track") or "")
    track = (Track(track_value) if track_value in Track._value2member_map_
             else (level.track if level else None))
    raw = attrs.get("salaries") or []
    salaries = [SalaryRange.model_validate(s) for s in raw] if isinstance(raw, list) else []
    return level, track, salaries


def _unknown_note(name: str, start: bool) -> str:
    if start:
        return (f"{name} has no guide: its skills are unknown, so none are counted as "
                "already held")
    return f"{name} has no guide: its requirements are unknown (not 'nothing to learn')"


def build_route(
    graph: CareerGraph, index: RoleIndex, found: Found, *, source: RoleRef, target: Target,
    plan: SkillPlan, have: list[HaveSkill], rank_by: str,
) -> Route:
    """Turn a :class:`Found` path into a :class:`Route` with skills, salaries and sources."""
    known = set(plan.held)
    relatives = related_skills(graph)
    steps: list[Step] = []
    learnt: list[SkillItem] = []
    flagged: dict[str, SkillItem] = {}
    for i, role in enumerate(found.path):
        attrs = graph.node(role)
        level, track, salaries = _role_facts(attrs)
        requirements_known = role in index.known
        step = Step(index=i, role_id=role, role=index.name[role], level=level,
                    rank=index.rank[role], track=track, salaries=salaries,
                    requirements_known=requirements_known,
                    note=None if requirements_known else _unknown_note(index.name[role], i == 0))
        if i > 0:
            prev = found.path[i - 1]
            move_type = found.moves[i - 1]
            edge = index.moves[prev][role]["moves"][move_type]
            step.move = Move(type=move_type, from_id=prev, from_role=index.name[prev],
                             lateral=move_type is EdgeType.TRANSITIONS_TO,
                             down=index.rank[role] < index.rank[prev],
                             weight=found.costs[i - 1],
                             sources=edge.get("sources") or [])
            requires = index.requires(role)
            step.learn, step.covered = split_covered(
                requires.values(), known, relatives, graph.name)
            known.update(item.id for item in step.learn)
            learnt.extend(step.learn)
            often = index.often_missing(prev)
            step.often_missing = sorted_items(
                item for sid, item in often.items() if sid not in known and sid not in flagged
            )
            flagged.update((item.id, item) for item in step.often_missing)
        steps.append(step)
    return Route(
        source=source, target=target, rank_by="effort" if rank_by == "effort" else "moves",
        steps=steps, moves=len(steps) - 1,
        lateral_moves=sum(1 for s in steps if s.move and s.move.lateral),
        cost=found.cost, skills_to_learn=len(learnt), skills=[s.name for s in learnt],
        often_missing=len(flagged),
        unknown_requirements=[s.role for s in steps[1:] if not s.requirements_known],
        have=have,
    )
