"""Result models of route queries; ``model_dump(mode="json")`` is the documented JSON shape.

A :class:`Route` is a list of :class:`Step` objects: step 0 is the starting role, every later
step is one move (``LEADS_TO`` or ``TRANSITIONS_TO``) into a role, with the guide lines that
state the move, the skills to learn for that role and the often-missing skills of the role
being left.  :class:`SkillsGap` compares two roles directly.

>>> from careergraph.model import Source
>>> item = SkillItem(id="skill:python", name="Python", kinds=["top"],
...                  sources=[Source(file="a.txt", line=3)])
>>> item.model_dump(mode="json")["sources"]
[{'file': 'a.txt', 'line': 3}]
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from careergraph.model import EdgeType, SalaryRange, Seniority, SkillKind, Source, Track

__all__ = [
    "CoveredSkill",
    "HaveSkill",
    "Move",
    "RoleRef",
    "Route",
    "SkillItem",
    "SkillsGap",
    "Step",
    "Target",
]


class RoleRef(BaseModel):
    """A role named in a query, as resolved: what was asked, the role, the match score."""

    query: str
    id: str
    name: str
    score: float = 100.0


class Target(BaseModel):
    """What a target string means.

    ``kind`` is ``"role"`` (one role, ``roles`` has it) or ``"level"`` (every role at
    ``level`` or whose title contains the word asked for; ``roles`` lists them by id).
    """

    query: str
    kind: Literal["role", "level"]
    level: Seniority | None = None
    roles: list[str] = Field(default_factory=list)
    score: float = 100.0


class HaveSkill(BaseModel):
    """One skill the person says they have, matched to a skill node (``id`` None: unknown)."""

    query: str
    id: str | None = None
    name: str | None = None
    score: float | None = None
    candidates: list[str] = Field(default_factory=list)


class SkillItem(BaseModel):
    """A skill with why the role lists it and the guide lines that say so."""

    id: str
    name: str
    kinds: list[SkillKind] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)


class CoveredSkill(SkillItem):
    """A requirement not listed to learn because a close relative (a RELATED_TO skill) is
    already held or learnt earlier on the route: ``by_name`` is that relative."""

    by_id: str
    by_name: str
    rule: str
    score: float


class Move(BaseModel):
    """How a step is reached: the edge type and the guide lines that state it.

    ``lateral`` is True for ``TRANSITIONS_TO``; ``down`` is True when the rank decreases.
    """

    type: EdgeType
    from_id: str
    from_role: str
    lateral: bool
    down: bool = False
    weight: float = 1.0
    sources: list[Source] = Field(default_factory=list)


class Step(BaseModel):
    """One role on a route.

    ``learn``: skills this role requires that the person neither has (``have``, the starting
    role's requirements) nor picked up on earlier steps; ``covered``: requirements left out of
    ``learn`` because a close relative is held (see :class:`CoveredSkill`).
    ``often_missing``: skills the guide of the role being left lists as commonly missing (not
    already held).  When the role has no
    guide its requirements are unknown: ``requirements_known`` is False and ``note`` says so —
    an empty ``learn`` then means "unknown", not "nothing to learn".
    """

    index: int
    role_id: str
    role: str
    level: Seniority | None = None
    rank: int | None = None
    track: Track | None = None
    salaries: list[SalaryRange] = Field(default_factory=list)
    move: Move | None = None
    learn: list[SkillItem] = Field(default_factory=list)
    covered: list[CoveredSkill] = Field(default_factory=list)
    often_missing: list[SkillItem] = Field(default_factory=list)
    requirements_known: bool = True
    note: str | None = None


class Route(BaseModel):
    """A route from a role to a target, step by step.

    ``moves`` counts the moves (steps after the first); ``cost`` is the weighted cost the
    route was found by (``moves`` unless a ``weight`` was given); ``effort`` is the number of
    distinct skills to learn along the route (``skills_to_learn``, exact, path-dependent).
    """

    source: RoleRef
    target: Target
    rank_by: Literal["moves", "effort"] = "moves"
    steps: list[Step]
    moves: int
    lateral_moves: int
    cost: float
    skills_to_learn: int
    skills: list[str] = Field(default_factory=list)
    often_missing: int = 0
    unknown_requirements: list[str] = Field(default_factory=list)
    have: list[HaveSkill] = Field(default_factory=list)

    @property
    def end(self) -> Step:
        """The last step (the target role reached)."""
        return self.steps[-1]

    @property
    def roles(self) -> list[str]:
        """Role names in order, start first."""
        return [s.role for s in self.steps]

    @property
    def unknown_have(self) -> list[str]:
        """The ``have`` entries that matched no skill of the graph."""
        return [h.query for h in self.have if h.id is None]

    def to_dict(self) -> dict[str, Any]:
        """The route as JSON-able data (the documented ``--json`` shape of one route)."""
        return self.model_dump(mode="json")

    def records(self) -> list[dict[str, Any]]:
        """One flat row per step, for ``pandas.DataFrame(route.records())``."""
        rows = []
        for step in self.steps:
            salary = next((s for s in step.salaries if s.min is not None), None)
            rows.append({
                "step": step.index,
                "role_id": step.role_id,
                "role": step.role,
                "level": step.level.value if step.level else None,
                "rank": step.rank,
                "move": step.move.type.value if step.move else None,
                "move_sources": "; ".join(s.label for s in step.move.sources)
                if step.move else "",
                "learn": [s.name for s in step.learn],
                "often_missing": [s.name for s in step.often_missing],
                "requirements_known": step.requirements_known,
                "salary_min": salary.min if salary else None,
                "salary_max": salary.max if salary else None,
                "currency": salary.currency if salary else None,
            })
        return rows


class SkillsGap(BaseModel):
    """What moving from one role to another takes, skill by skill.

    ``learn``: the target's requirements not held (the source role's requirements and
    ``have`` count as held); ``covered``: those whose close relative is held; ``shared``:
    requirements of both roles; ``often_missing``: the source guide's commonly missing skills
    not in ``have``.
    """

    source: RoleRef
    target: RoleRef
    learn: list[SkillItem] = Field(default_factory=list)
    covered: list[CoveredSkill] = Field(default_factory=list)
    shared: list[SkillItem] = Field(default_factory=list)
    often_missing: list[SkillItem] = Field(default_factory=list)
    target_requirements_known: bool = True
    note: str | None = None
    direct_move: Move | None = None
    have: list[HaveSkill] = Field(default_factory=list)

    @property
    def unknown_have(self) -> list[str]:
        return [h.query for h in self.have if h.id is None]

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")
