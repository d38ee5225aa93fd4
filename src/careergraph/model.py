"""The typed vocabulary that flows between careergraph's stages.

Parsers produce :class:`Guide` objects made of facts that each carry a :class:`Source`
(guide file and 1-based line).  Resolution turns the names in those facts into canonical
nodes; the graph stores them.  Node and edge types are enums used everywhere (graph, Cypher
labels, JSON, views), never free strings.

Graph schema (networkx ``MultiDiGraph``; every attribute is JSON-serialisable)
------------------------------------------------------------------------------
Node id: ``"<type>:<slug>"``, e.g. ``"role:senior-mlops-engineer"``.  Node attributes:

- ``type``: a :class:`NodeType` value (``"Role"``, ``"Skill"``, ``"Sector"``, ``"Employer"``)
- ``name``: the canonical spelling (as a guide spells it)
- ``aliases``: every spelling seen, sorted (the name included)
- ``sources``: ``[{"file": str, "line": int}, ...]`` sorted, every place the thing is named
- Role only: ``level`` (:class:`Seniority` value), ``rank`` (int, 1 = junior … 8 = C-level),
  ``track`` (:class:`Track` value), ``guides`` (files whose subject is this role),
  ``salaries`` (list of :class:`SalaryRange` dumps), ``summary`` (str or None)

Edges are keyed by their :class:`EdgeType` value (at most one edge of a type between two
nodes).  Edge attributes: ``type``, ``sources`` (as above) and, on ``REQUIRES`` edges,
``kinds`` (sorted :class:`SkillKind` values); on ``RELATED_TO`` edges, ``rule`` and ``score``
(see :mod:`careergraph.related`).  Directions: Role-LEADS_TO->Role,
Role-TRANSITIONS_TO->Role, Role-REQUIRES->Skill, Employer-HIRES->Role, Role-IN_SECTOR->Sector,
Skill-RELATED_TO->Skill (from the broader name to the narrower one).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = [
    "Coverage",
    "EdgeType",
    "Fact",
    "Guide",
    "Layout",
    "NodeType",
    "Problem",
    "SalaryBand",
    "SalaryRange",
    "Seniority",
    "Severity",
    "SkillFact",
    "SkillKind",
    "Source",
    "Track",
    "UnusedLine",
]


class NodeType(StrEnum):
    """Kinds of node in the career graph (also the Neo4j labels)."""

    ROLE = "Role"
    SKILL = "Skill"
    SECTOR = "Sector"
    EMPLOYER = "Employer"

    @property
    def prefix(self) -> str:
        """Id prefix, e.g. ``role`` in ``role:mlops-engineer``."""
        return self.value.lower()


class EdgeType(StrEnum):
    """Kinds of edge (also the Neo4j relationship types)."""

    LEADS_TO = "LEADS_TO"
    TRANSITIONS_TO = "TRANSITIONS_TO"
    REQUIRES = "REQUIRES"
    HIRES = "HIRES"
    IN_SECTOR = "IN_SECTOR"
    RELATED_TO = "RELATED_TO"


class SkillKind(StrEnum):
    """Why a role REQUIRES a skill."""

    TOP = "top"
    TECHNICAL = "technical"
    TOOL = "tool"
    SOFT = "soft"
    OFTEN_MISSING = "often_missing"
    #: Listed as optional for the role by an occupation taxonomy (ESCO's "optional" skill
    #: relations): useful, not required, so never counted as a skill to learn on a route.
    OPTIONAL = "optional"


class Track(StrEnum):
    """Career track of a role."""

    IC = "individual_contributor"
    MANAGEMENT = "management"


class Seniority(StrEnum):
    """Seniority level of a role, ordered by :attr:`rank`.

    >>> Seniority.DIRECTOR.rank > Seniority.MANAGER.rank > Seniority.SENIOR.rank
    True
    >>> Seniority.MANAGER.track
    <Track.MANAGEMENT: 'management'>
    """

    JUNIOR = "junior"
    MID = "mid"
    SENIOR = "senior"
    LEAD = "lead"
    PRINCIPAL = "principal"
    MANAGER = "manager"
    DIRECTOR = "director"
    VP = "vp"
    C_LEVEL = "c-level"

    @property
    def rank(self) -> int:
        """1 (junior) … 8 (C-level); lead/staff 4, principal and manager 5."""
        return _RANKS[self]

    @property
    def track(self) -> Track:
        """Management from manager upwards, individual contributor below."""
        return Track.MANAGEMENT if self in _MANAGEMENT else Track.IC


_RANKS: dict[Seniority, int] = {
    Seniority.JUNIOR: 1,
    Seniority.MID: 2,
    Seniority.SENIOR: 3,
    Seniority.LEAD: 4,
    Seniority.PRINCIPAL: 5,
    Seniority.MANAGER: 5,
    Seniority.DIRECTOR: 6,
    Seniority.VP: 7,
    Seniority.C_LEVEL: 8,
}
_MANAGEMENT = frozenset({Seniority.MANAGER, Seniority.DIRECTOR, Seniority.VP, Seniority.C_LEVEL})


class Layout(StrEnum):
    """Guide layouts careergraph reads."""

    CARD = "card"
    LONGFORM = "longform"
    STRUCTURED = "structured"
    #: Occupation taxonomies and embedded markup (careergraph.guides.taxonomy).
    ESCO = "esco"
    ONET = "onet"
    NOC = "noc"
    ISCO = "isco"
    SOC = "soc"
    UK_SOC = "uk_soc"
    ROME = "rome"
    ANZSCO = "anzsco"
    KLDB = "kldb"
    SKILLS_FRAMEWORK = "skills_framework"
    CBO = "cbo"
    SCHEMA_ORG = "schema_org"


class Severity(StrEnum):
    WARNING = "warning"
    ERROR = "error"


class Source(BaseModel):
    """Where a fact was read: a guide file and a 1-based line number.

    >>> Source(file="lead.txt", line=3).label
    'lead.txt:3'
    """

    model_config = ConfigDict(frozen=True)

    file: str
    line: int = Field(ge=1)

    @property
    def label(self) -> str:
        return f"{self.file}:{self.line}"


class Fact(BaseModel):
    """A piece of text a guide states, with its provenance."""

    model_config = ConfigDict(frozen=True)

    text: str = Field(min_length=1)
    source: Source


class SkillFact(Fact):
    """A skill a guide's role requires, and why (:class:`SkillKind`)."""

    kind: SkillKind


#: Amounts below this keep their cents (rates by the hour, day or week).
_CENTS_BELOW = 1000


def money_amount(value: float) -> int | float:
    """An amount as stored on a salary: whole units, but the cents of an amount under 1,000.

    An hourly or daily rate's cents matter ("$23.45 an hour"); a yearly figure's do not.

    >>> money_amount(120000.0), money_amount(23.45), money_amount(27.8049), money_amount(51300.5)
    (120000, 23.45, 27.8, 51300)
    """
    if value >= _CENTS_BELOW:
        return round(value)
    cents = round(value, 2)
    return int(cents) if cents == int(cents) else cents


class SalaryBand(BaseModel):
    """A salary range as numbers (the fields shared by parsed and structured guides).

    ``level`` is the band the guide names (``entry``, ``mid``, ``senior``, ``top``…) or None
    for an overall range; ``label`` keeps the guide's wording of the band; ``min``/``max``
    are currency units per ``period``: whole numbers, or cents kept where the guide states
    them ("$23.45 an hour"; see :func:`money_amount`).  ``statistic`` says whether the figures are a
    range or a single ``median``/``average`` (then ``min == max``); ``region`` is where the
    figure applies when the guide says (``US``, ``India``); ``role`` names another role the
    figure is stated for (a guide quoting a neighbouring role's pay), None for its own role.
    """

    level: str | None = None
    label: str = ""
    currency: str = "USD"
    min: int | float | None = Field(default=None, ge=0, allow_inf_nan=False)
    max: int | float | None = Field(default=None, ge=0, allow_inf_nan=False)
    open_ended: bool = False
    period: str = "year"
    note: str | None = None
    statistic: Literal["range", "median", "average"] = "range"
    region: str | None = None
    role: str | None = None

    @field_validator("min", "max")
    @classmethod
    def _whole_or_cents(cls, value: float | None) -> float | None:
        # One spelling per amount: 85000.0 from a YAML file is 85000, like the parsers'.
        return money_amount(value) if isinstance(value, float) else value


class SalaryRange(SalaryBand):
    """A salary band a guide states, with where it says so."""

    model_config = ConfigDict(frozen=True)

    source: Source


class Problem(BaseModel):
    """Something wrong or doubtful in an input, with where it is."""

    model_config = ConfigDict(frozen=True)

    file: str
    line: int = Field(ge=1)
    message: str
    severity: Severity = Severity.WARNING

    @property
    def label(self) -> str:
        return f"{self.file}:{self.line}: {self.severity.value}: {self.message}"


class UnusedLine(BaseModel):
    model_config = ConfigDict(frozen=True)

    line: int
    text: str


class Coverage(BaseModel):
    """Which content lines of a guide became facts and which were left unused."""

    content_lines: int = 0
    used_lines: list[int] = Field(default_factory=list)
    unused: list[UnusedLine] = Field(default_factory=list)

    @property
    def ratio(self) -> float:
        """Share of content lines that produced at least one fact (1.0 for an empty guide)."""
        return 1.0 if self.content_lines == 0 else len(self.used_lines) / self.content_lines


class Guide(BaseModel):
    """Everything one guide says about one role, each fact with its source."""

    file: str
    layout: Layout
    role: Fact
    #: What named the role: ``title_line``, ``page_title``, ``definition``, ``file_name`` …
    role_signal: str | None = None
    aliases: list[Fact] = Field(default_factory=list)
    level: Seniority | None = None
    summary: Fact | None = None
    responsibilities: list[Fact] = Field(default_factory=list)
    skills: list[SkillFact] = Field(default_factory=list)
    leads_to: list[Fact] = Field(default_factory=list)
    transitions_to: list[Fact] = Field(default_factory=list)
    #: Roles that lead INTO this guide's role ("Entry Point From", "Feeder Roles").
    moves_in: list[Fact] = Field(default_factory=list)
    progressions: list[list[Fact]] = Field(default_factory=list)
    development_suggestions: list[Fact] = Field(default_factory=list)
    next_steps: list[Fact] = Field(default_factory=list)
    salaries: list[SalaryRange] = Field(default_factory=list)
    growth_trend: Fact | None = None
    employers: list[Fact] = Field(default_factory=list)
    sectors: list[Fact] = Field(default_factory=list)
    requirements: list[Fact] = Field(default_factory=list)
    challenges: list[Fact] = Field(default_factory=list)
    best_practices: list[Fact] = Field(default_factory=list)
    coverage: Coverage = Field(default_factory=Coverage)
    problems: list[Problem] = Field(default_factory=list)
