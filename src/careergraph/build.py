"""Guides -> resolved career graph (a networkx ``MultiDiGraph``) and a build report.

The graph schema is documented in :mod:`careergraph.model`.  Building is deterministic: the
same guides give the same node ids, attributes and edge order.

>>> from careergraph.guides import load_corpus
>>> graph, report = build_graph(load_corpus().guides)
>>> graph.nodes["role:lead-mlops-engineer"]["level"]
'lead'
>>> sorted(g.file for g in report.guides)[:2]
['lead-mlops-engineer.card.txt', 'lead-mlops-engineer.longform.txt']
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, MutableMapping, Sequence
from functools import cached_property
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field, TypeAdapter

from careergraph.aside import aside, can_fork
from careergraph.bulk import paused_gc
from careergraph.edgetable import EdgeTable
from careergraph.evidence import Ambiguity, CrossGuideMerge, Refusal
from careergraph.lexicon import Lexicon, load_lexicon
from careergraph.model import (
    EdgeType,
    Fact,
    Guide,
    Layout,
    NodeType,
    Problem,
    SalaryRange,
    Seniority,
    Severity,
    SkillKind,
    Source,
    UnusedLine,
)
from careergraph.related import Relation, relate_skills
from careergraph.resolve import Entity, Mention, Prepared, Resolution, prepare, resolve_mentions
from careergraph.unchecked import assembled

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["ASIDE_MIN_GUIDES", "BuildReport", "DroppedEdge", "GuideMentions", "GuideReport",
           "Named", "RejectedGuide", "Resolver", "build_graph", "build_order", "guide_report",
           "node_attrs", "related_edges", "report_frame", "resolve_two_ways", "summary_of"]


# Problems of paths rather than guides (reading the file system), and second copies of a
# guide whose first copy is used: reported as problems, not as rejected guides.
_PATH_PROBLEMS = ("cannot read", "no such file", "no file matches", "symbolic link loop",
                  "broken symbolic link", "a FIFO", "a socket", "a device", "duplicate guide")


class GuideReport(BaseModel):
    """What one guide contributed, and which of its lines were left unused."""

    file: str
    layout: Layout
    role: str
    role_id: str
    #: What named the role (``title_line``, ``page_title``, ``definition``, ``file_name`` …).
    role_signal: str | None = None
    content_lines: int
    used_lines: int
    coverage: float
    facts: int
    unused: list[UnusedLine] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)

    @property
    def status(self) -> str:
        """``used`` when every content line became a fact, else ``partly used``."""
        return "used" if self.used_lines >= self.content_lines else "partly used"


class RejectedGuide(BaseModel):
    """A guide file that gave no guide, and why (its first error)."""

    file: str
    line: int
    reason: str

    def names(self, query: str) -> bool:
        """True when the file's name spells ``query`` ("data-scientist.txt", "Data Scientist").

        >>> RejectedGuide(file="g/data-scientist.md", line=1, reason="x").names("Data Scientist")
        True
        """
        from careergraph.guides.builder import fact_key  # the guides package is heavy to load

        stem = PurePath(self.file).name.split(".")[0]
        key = fact_key(query)
        return bool(key) and key in fact_key(stem)


class DroppedEdge(BaseModel):
    """An edge a guide implies but the graph leaves out, and why (e.g. a self-loop)."""

    type: EdgeType
    node: str
    text: str
    source: Source
    reason: str


class BuildReport(BaseModel):
    """Every guide given — used or partly used (:class:`GuideReport`) or rejected — with the
    problems, dropped edges, and how names were resolved: merges of titles across guides,
    ambiguous names (once each) and lexicon refusals."""

    guides: list[GuideReport] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)
    dropped: list[DroppedEdge] = Field(default_factory=list)
    merges: list[CrossGuideMerge] = Field(default_factory=list)
    ambiguous: list[Ambiguity] = Field(default_factory=list)
    refusals: list[Refusal] = Field(default_factory=list)
    rejected: list[RejectedGuide] = Field(default_factory=list)

    def summary(self) -> str:
        """``"12 guides: 11 used, 1 rejected"`` (partly used guides counted apart).

        >>> BuildReport(rejected=[RejectedGuide(file="x.txt", line=1, reason="empty")]).summary()
        '1 guide: 0 used, 1 rejected'
        """
        return summary_of([(g.used_lines, g.content_lines) for g in self.guides],
                          len(self.rejected))

    def rejected_for(self, name: str) -> RejectedGuide | None:
        """The rejected guide whose file name spells role ``name``, if any."""
        return next((r for r in self.rejected if r.names(name)), None)


def summary_of(guides: Sequence[tuple[int, int]], rejected: int) -> str:
    """:meth:`BuildReport.summary` of guides given as (used lines, content lines), and the
    number of rejected guides (a report read as JSON data need not become objects).

    >>> summary_of([(3, 3), (2, 4)], 1)
    '3 guides: 1 used, 1 partly used, 1 rejected'
    """
    used = sum(used >= content for used, content in guides)  # GuideReport.status "used"
    partly = len(guides) - used
    total = len(guides) + rejected
    parts = [f"{used} used"] + ([f"{partly} partly used"] if partly else [])
    parts.append(f"{rejected} rejected")
    return f"{total} guide{'' if total == 1 else 's'}: " + ", ".join(parts)


#: A mention's fields, in :class:`Mention`'s order (type, text, source, is title, level,
#: same as): made without the object where only the values are needed.
Named = tuple[NodeType, str, Source, bool, Seniority | None, str | None]


def _names(guides: Iterable[Guide]) -> Iterator[Named]:
    # One flat generator (not one per guide): it yields every name of a corpus.
    role, skill = NodeType.ROLE, NodeType.SKILL
    employer, sector = NodeType.EMPLOYER, NodeType.SECTOR
    for guide in guides:
        title = guide.role
        yield role, title.text, title.source, True, guide.level, None
        for alias in guide.aliases:
            yield role, alias.text, alias.source, False, None, title.text
        for facts in (guide.leads_to, guide.transitions_to, guide.moves_in,
                      *guide.progressions):
            for fact in facts:
                yield role, fact.text, fact.source, False, None, None
        for salary in guide.salaries:
            if salary.role:  # a figure the guide quotes for a neighbouring role
                yield role, salary.role, salary.source, False, None, None
        for need in guide.skills:
            yield skill, need.text, need.source, False, None, None
        for fact in guide.employers:
            yield employer, fact.text, fact.source, False, None, None
        for fact in guide.sectors:
            yield sector, fact.text, fact.source, False, None, None


def _mentions(guides: Iterable[Guide]) -> Iterator[Mention]:
    for named in _names(guides):
        yield Mention(*named)


class GuideMentions:
    """Every mention of ``guides`` in build order: iterated as :class:`Mention` objects, or
    as their bare fields (:meth:`named`), which a resolver that only compares them with a
    build state's rows reads without making 300,000 objects at 10,000 guides.

    >>> from careergraph.guides import load_corpus
    >>> mentions = GuideMentions(load_corpus().guides)
    >>> fields = [(m.type, m.text, m.source, m.is_title, m.level, m.same_as) for m in mentions]
    >>> fields == list(mentions.named())
    True
    """

    def __init__(self, guides: Sequence[Guide]) -> None:
        self.guides = guides

    def __iter__(self) -> Iterator[Mention]:
        return _mentions(self.guides)

    def named(self) -> Iterator[Named]:
        """Each mention's fields, in :class:`Mention`'s order."""
        return _names(self.guides)


class _Builder:
    def __init__(self, resolution: Resolution,
                 node_attrs: MutableMapping[str, dict[str, Any]] | None = None) -> None:
        self.resolution = resolution
        self.dropped: list[DroppedEdge] = []
        #: The facts stated about each edge (see :mod:`careergraph.edgetable`).
        self.edges = EdgeTable()
        #: Each node's attributes by id (the graph's own; a rebuild that patches the
        #: previous store gives a mapping that makes them on demand, and no graph).
        self.node_attrs: MutableMapping[str, dict[str, Any]] = (
            self.graph._node if node_attrs is None else node_attrs)
        # The node id of each raw fact text, per type: a corpus repeats its names, and the
        # index is keyed by the cleaned text (cleaned and looked up once per spelling).
        self._ids: dict[NodeType, dict[str, str]] = {type_: {} for type_ in NodeType}
        #: The same for the roles that moves name, once found not ambiguous.
        self._move_ids: dict[str, str] = {}

    @cached_property
    def graph(self) -> nx.MultiDiGraph:
        import networkx as nx  # not for a patch: a rebuild that imports no networkx

        return nx.MultiDiGraph()

    def add_nodes(self, made: dict[str, dict[str, Any]] | None = None) -> None:
        """Every resolved entity as a node; ``made``: the attributes of nodes whose
        entities were resolved (and their attributes made) elsewhere."""
        # Straight into networkx's documented node and adjacency dicts, as add_node would
        # fill them (the graph is new: no cache holds a view of it yet).
        entities, graph = self.resolution.entities, self.graph
        nodes, succ, pred = graph._node, graph._succ, graph._pred
        made = made or {}
        for node_id in sorted(entities.keys() | made.keys()):
            found = made.get(node_id)
            nodes[node_id] = node_attrs(entities[node_id]) if found is None else found
            succ[node_id] = {}
            pred[node_id] = {}

    def _id(self, type_: NodeType, text: str) -> str:
        """The node ``text`` resolved to (KeyError if it names none: never mentioned, or
        an ambiguous role name)."""
        ids = self._ids[type_]
        found = ids.get(text)
        if found is None:
            found = ids[text] = self.resolution.index[Resolution._slot(type_, text)]
        return found

    def _role_id(self, fact: Fact, type_: EdgeType, role: str) -> str | None:
        """The role a move names, or None (recorded as dropped) when the name is ambiguous."""
        found = self._move_ids.get(fact.text)
        if found is not None:
            return found
        candidates = self.resolution.candidates(NodeType.ROLE, fact.text)
        if candidates:  # an ambiguous name resolves to neither role it could mean
            self.dropped.append(DroppedEdge(
                type=type_, node=role, text=fact.text, source=fact.source,
                reason=f"ambiguous name: it could mean {', '.join(candidates)}"))
            return None
        found = self._move_ids[fact.text] = self._id(NodeType.ROLE, fact.text)
        return found

    def edge(self, type_: EdgeType, src: str, dst: str, fact: Fact,
             kind: str | None = None) -> None:
        if src == dst:
            self.dropped.append(DroppedEdge(
                type=type_, node=src, text=fact.text, source=fact.source,
                reason="names the same role as its guide (a self-loop): kept as an alias only",
            ))
            return
        self.edges.add(src, dst, _VALUES[type_], fact.source.file, fact.source.line, kind)

    def add_guide(self, guide: Guide) -> str:
        role_id = self._id
        role = role_id(NodeType.ROLE, guide.role.text)
        attrs = self.node_attrs[role]
        attrs["guides"] = sorted({*attrs["guides"], guide.file})
        if guide.salaries:
            for salary, dumped in zip(guide.salaries, _dump_salaries(guide.salaries),
                                      strict=True):
                # A salary stated for another role belongs to that role's node.
                owner = role_id(NodeType.ROLE, salary.role) if salary.role else role
                self.node_attrs[owner].setdefault("salaries", []).append(dumped)
        if guide.summary and attrs["summary"] is None:
            attrs["summary"] = guide.summary.text

        rid = self._role_id
        for fact in guide.moves_in:
            if (src := rid(fact, EdgeType.LEADS_TO, role)) is not None:
                self.edge(EdgeType.LEADS_TO, src, role, fact)
        for fact in guide.leads_to:
            if (dst := rid(fact, EdgeType.LEADS_TO, role)) is not None:
                self.edge(EdgeType.LEADS_TO, role, dst, fact)
        for chain in guide.progressions:
            for before, after in itertools.pairwise(chain):
                src = rid(before, EdgeType.LEADS_TO, role)
                dst = rid(after, EdgeType.LEADS_TO, role)
                if src is not None and dst is not None:
                    self.edge(EdgeType.LEADS_TO, src, dst, after)
        for fact in guide.transitions_to:
            if (dst := rid(fact, EdgeType.TRANSITIONS_TO, role)) is not None:
                self.edge(EdgeType.TRANSITIONS_TO, role, dst, fact)
        # Edges between a role and a node of another type: never a self-loop (the bulk of
        # the edges, recorded inline: see EdgeTable.add).
        table = self.edges
        by_source, index, slot_of = table.by_source, self.resolution.index, Resolution._slot
        if (mine := by_source.get(role)) is None:
            mine = by_source[role] = {}
        ids, requires = self._ids[NodeType.SKILL], _REQUIRES
        for skill in guide.skills:
            text = skill.text
            if (node := ids.get(text)) is None:
                node = ids[text] = index[slot_of(NodeType.SKILL, text)]
            source = skill.source
            if (keyed := mine.get(node)) is None:
                mine[node] = {requires: {"type": requires, "sources": [
                    {"file": source.file, "line": source.line}], "kinds": [_KINDS[skill.kind]]}}
            elif (stated := keyed.get(requires)) is None:
                keyed[requires] = {"type": requires, "sources": [
                    {"file": source.file, "line": source.line}], "kinds": [_KINDS[skill.kind]]}
            else:
                table.again(stated, source.file, source.line, _KINDS[skill.kind])
        ids, hires = self._ids[NodeType.EMPLOYER], _HIRES
        for fact in guide.employers:  # HIRES: from the employer to the role
            text = fact.text
            if (node := ids.get(text)) is None:
                node = ids[text] = index[slot_of(NodeType.EMPLOYER, text)]
            source = fact.source
            if (targets := by_source.get(node)) is None:
                targets = by_source[node] = {}
            if (keyed := targets.get(role)) is None:
                targets[role] = {hires: {"type": hires, "sources": [
                    {"file": source.file, "line": source.line}]}}
            elif (stated := keyed.get(hires)) is None:
                keyed[hires] = {"type": hires, "sources": [
                    {"file": source.file, "line": source.line}]}
            else:
                table.again(stated, source.file, source.line, None)
        ids, in_sector = self._ids[NodeType.SECTOR], _IN_SECTOR
        for fact in guide.sectors:
            text = fact.text
            if (node := ids.get(text)) is None:
                node = ids[text] = index[slot_of(NodeType.SECTOR, text)]
            source = fact.source
            if (keyed := mine.get(node)) is None:
                mine[node] = {in_sector: {"type": in_sector, "sources": [
                    {"file": source.file, "line": source.line}]}}
            elif (stated := keyed.get(in_sector)) is None:
                keyed[in_sector] = {"type": in_sector, "sources": [
                    {"file": source.file, "line": source.line}]}
            else:
                table.again(stated, source.file, source.line, None)
        return role

    def add_edges(self) -> None:
        self.edges.write(self.graph)

    def _edges(self) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        """Every edge stated so far, ``(src, dst, key, attrs)`` in graph order."""
        return self.edges.edges()

    def add_related(self, lexicon: Lexicon,
                    edges: Iterable[tuple[str, str, str, dict[str, Any]]] | None = None,
                    ) -> None:
        """RELATED_TO edges between a broader and a narrower skill (careergraph.related);
        ``edges``: those :func:`related_edges` gave already."""
        for src, dst, key, attrs in related_edges(self.resolution, lexicon) \
                if edges is None else edges:
            self.graph.add_edge(src, dst, key=key, **attrs)


_KINDS = {kind: str(kind) for kind in SkillKind}
#: Each edge type's plain str (what ``.value`` gives): the graph's edge keys.
_VALUES = {type_: str(type_) for type_ in EdgeType}
_REQUIRES, _HIRES = _VALUES[EdgeType.REQUIRES], _VALUES[EdgeType.HIRES]
_IN_SECTOR = _VALUES[EdgeType.IN_SECTOR]


def _dump_salaries(salaries: list[SalaryRange]) -> list[dict[str, Any]]:
    """Each salary as ``model_dump(mode="json")`` gives it, in one serializer call."""
    dumped: list[dict[str, Any]] = _SALARIES.dump_python(salaries, mode="json")
    return dumped


_SALARIES: TypeAdapter[list[SalaryRange]] = TypeAdapter(list[SalaryRange])


def node_attrs(entity: Entity) -> dict[str, Any]:
    """A node's attributes as the build first makes them (a role's ``guides``, ``salaries``
    and ``summary`` are filled in from its guides afterwards)."""
    attrs: dict[str, Any] = {
        "type": entity.type.value,
        "name": entity.name,
        "aliases": entity.aliases,
        "sources": [{"file": file, "line": line} for file, line in entity.places],
        # MentionRecord.as_dict inlined: one call fewer for each of ~360,000 records.
        "mentions": [{"text": m.text, "file": m.file, "line": m.line, "reason": m.reason,
                      "rule": m.rule, "confidence": m.confidence} for m in entity.mentions],
    }
    if entity.type is NodeType.ROLE and entity.level is not None:
        attrs.update(level=entity.level.value, rank=entity.level.rank,
                     track=entity.level.track.value, guides=[], salaries=[], summary=None)
    return attrs


def related_edges(resolution: Resolution, lexicon: Lexicon,
                  relations: Iterable[Relation] | None = None
                  ) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """The RELATED_TO edges ``(broader, narrower, key, attrs)`` between the resolved skills
    (:func:`careergraph.related.relate_skills`), in the order the build adds them.
    ``relations``: what ``relate_skills`` gave for these skills' names before (a rebuild
    whose skill names did not change), instead of relating them again."""
    if relations is None:
        skills = {node_id: entity.name for node_id, entity in resolution.entities.items()
                  if entity.type is NodeType.SKILL}
        relations = relate_skills(skills, lexicon.tools)
    key = EdgeType.RELATED_TO.value
    for relation in relations:
        # Each skill's first mention (mentions are kept sorted by file and line).
        firsts = (resolution.entities[relation.broader].mentions[0],
                  resolution.entities[relation.narrower].mentions[0])
        places = sorted({(m.file, m.line) for m in firsts})
        yield relation.broader, relation.narrower, key, {
            "type": key, "rule": relation.rule, "score": relation.score,
            "sources": [{"file": file, "line": line} for file, line in places]}


def report_frame(problems: Sequence[Problem], resolution: Resolution) -> BuildReport:
    """The build report without its per-guide entries and dropped edges."""
    return BuildReport(
        problems=list(problems), merges=resolution.merges, ambiguous=resolution.ambiguities,
        refusals=resolution.refusals, rejected=[
            RejectedGuide(file=p.file, line=p.line, reason=p.message)
            for p in problems
            if p.severity is Severity.ERROR and not p.message.startswith(_PATH_PROBLEMS)
        ])


def guide_report(guide: Guide, role_id: str) -> GuideReport:
    """The build report's entry for ``guide``, whose title resolved to ``role_id``."""
    # Every field is already of its type (a parsed guide's): made without re-validation,
    # with the lists copied as validation would (one entry per guide).
    coverage = guide.coverage
    return assembled(GuideReport, {
        "file": guide.file, "layout": guide.layout, "role": guide.role.text,
        "role_id": role_id, "role_signal": guide.role_signal,
        "content_lines": coverage.content_lines, "used_lines": len(coverage.used_lines),
        "coverage": round(coverage.ratio, 4), "facts": _fact_count(guide),
        "unused": list(coverage.unused), "problems": list(guide.problems)},
        set(_REPORT_FIELDS))


_REPORT_FIELDS = frozenset(GuideReport.model_fields)


def _fact_count(guide: Guide) -> int:
    lists: Sequence[Sequence[object]] = (
        guide.responsibilities, guide.skills, guide.leads_to, guide.transitions_to,
        guide.moves_in,
        guide.development_suggestions, guide.next_steps, guide.salaries, guide.employers,
        guide.sectors, guide.requirements, guide.challenges, guide.best_practices,
        guide.aliases,
    )
    singles = (guide.summary, guide.growth_trend)
    return (1 + sum(len(x) for x in lists) + sum(len(c) for c in guide.progressions)
            + sum(s is not None for s in singles))


#: Resolves every mention of a corpus: :func:`resolve_mentions`, or a resolver that redoes
#: only what changed (:class:`careergraph.incremental.PartialResolver`).
Resolver = Callable[[Iterable[Mention], Lexicon], Resolution]


def build_order(guides: Iterable[Guide]) -> list[Guide]:
    """The guides in the order the build takes them: by file, then title line."""
    return sorted(guides, key=lambda g: (g.file, g.role.source.line))


def build_graph(
    guides: Sequence[Guide], lexicon: Lexicon | None = None,
    problems: Sequence[Problem] = (), *, resolver: Resolver = resolve_mentions,
) -> tuple[nx.MultiDiGraph, BuildReport]:
    """Resolve the guides' names and build the career graph and its report."""
    with paused_gc():
        return _build(guides, lexicon, problems, resolver)


def _build(
    guides: Sequence[Guide], lexicon: Lexicon | None, problems: Sequence[Problem],
    resolver: Resolver,
) -> tuple[nx.MultiDiGraph, BuildReport]:
    guides = build_order(guides)
    lexicon = lexicon or load_lexicon()
    related: list[tuple[str, str, str, dict[str, Any]]] | None = None
    if resolver is resolve_mentions and len(guides) >= ASIDE_MIN_GUIDES and can_fork():
        resolution, made, related = _resolve_two_ways(guides, lexicon)
    else:
        resolution, made = resolver(GuideMentions(guides), lexicon), None
    builder = _Builder(resolution)
    builder.add_nodes(made)
    report = report_frame(problems, resolution)
    for guide in guides:
        report.guides.append(guide_report(guide, builder.add_guide(guide)))
    builder.add_edges()
    builder.add_related(lexicon, related)
    report.dropped = builder.dropped
    return builder.graph, report


#: From this many guides the build resolves the roles in a forked process (where it can)
#: while this one resolves the other types: below it, forking costs more than it saves.
ASIDE_MIN_GUIDES = 500

_Made = dict[str, dict[str, Any]]
_RoleParts = tuple[dict[str, str], dict[str, list[str]], list[CrossGuideMerge],
                   list[Ambiguity], list[Refusal], _Made]


def _resolve_two_ways(guides: Sequence[Guide], lexicon: Lexicon
                      ) -> tuple[Resolution, _Made, list[tuple[str, str, str, dict[str, Any]]]]:
    """:func:`resolve_mentions` with the roles resolved in a forked process (and their
    nodes' attributes made there) while this one resolves the other types, makes their
    nodes' attributes and relates the skills.  The types never look at each other: the
    parts are put together in :class:`NodeType` order, as one run lists them.  The
    resolution holds no role entity: the role nodes' attributes are returned instead."""
    # Gathered once, before the fork: the child reads the roles' columns and never walks
    # the guides.  A child that gathered for itself (as before) doubled that work, and
    # every page of guide objects either process touched while both ran was copied
    # (copy-on-write: ~150,000 page faults at 3,919 card guides, ~0.8 CPU s in all).
    prepared = prepare(GuideMentions(guides), lexicon)
    with aside(lambda: _roles_apart(_apart(prepared))) as roles:
        for type_ in NodeType:
            if type_ is not NodeType.ROLE:
                prepared.resolve(type_)
        resolution = prepared.resolution
        made = {node_id: node_attrs(entity) for node_id, entity in resolution.entities.items()}
        related = list(related_edges(resolution, lexicon))
        index, ambiguous, merges, ambiguities, refusals, role_nodes = roles()
    resolution.index = {**index, **resolution.index}
    resolution.ambiguous = {**ambiguous, **resolution.ambiguous}
    resolution.merges = merges + resolution.merges
    resolution.ambiguities = ambiguities + resolution.ambiguities
    resolution.refusals = refusals + resolution.refusals
    return resolution, {**role_nodes, **made}, related


def resolve_two_ways(mentions: Iterable[Mention], lexicon: Lexicon | None = None
                     ) -> Resolution:
    """:func:`resolve_mentions`, the roles resolved in a forked process
    (:mod:`careergraph.aside`) while this one resolves the other types: the same
    resolution, its private parts (the order of ids, the ambiguities' slots, the acronyms
    learnt) included, which a build state records (:mod:`careergraph.incremental`).

    >>> from careergraph.guides import load_corpus
    >>> mentions = list(GuideMentions(load_corpus().guides))
    >>> both, one = resolve_two_ways(mentions), resolve_mentions(mentions)
    >>> both.model_dump() == one.model_dump(), both._order == one._order
    (True, True)
    """
    lexicon = lexicon or load_lexicon()
    prepared = prepare(mentions, lexicon)  # once, before the fork (see _resolve_two_ways)
    with aside(lambda: _roles_resolved(_apart(prepared))) as roles:
        for type_ in NodeType:
            if type_ is not NodeType.ROLE:
                prepared.resolve(type_)
        (part, stamp, keys), rest = roles(), prepared.resolution
    # The role names' keys the child computed: the build state's components and the
    # store's name rows key those names again otherwise.
    if rest._normaliser is not None and rest._normaliser.stamp() == stamp:
        rest._normaliser.seed_keys(keys)
    # The roles come first, as one run (in NodeType order) lists them.
    rest.entities = {**part.entities, **rest.entities}
    rest.index = {**part.index, **rest.index}
    rest.ambiguous = {**part.ambiguous, **rest.ambiguous}
    rest.merges = part.merges + rest.merges
    rest.ambiguities = part.ambiguities + rest.ambiguities
    rest.refusals = part.refusals + rest.refusals
    rest._order = {**part._order, **rest._order}
    rest._ambiguity_slots = part._ambiguity_slots + rest._ambiguity_slots
    return rest


def _roles_resolved(prepared: Prepared
                    ) -> tuple[Resolution, str, dict[tuple[str, bool], tuple[str, str]]]:
    """The roles resolved (``prepared`` for them alone), without what only the whole
    resolution keeps (the acronyms learnt, the normaliser: not sent back), and the stamp
    and keys of that normaliser (:meth:`~careergraph.names.Normaliser.stamp`)."""
    prepared.resolve(NodeType.ROLE)
    part = prepared.resolution
    normaliser = part._normaliser
    part._learnt, part._teachers, part._normaliser = [], set(), None
    if normaliser is None:
        return part, "", {}
    return part, normaliser.stamp(), normaliser.known_keys()


def _apart(prepared: Prepared) -> Prepared:
    """``prepared`` with a resolution of its own: the roles resolved into it are not mixed
    with the other types, whichever process resolves them (a forked child, or this one
    when it cannot fork)."""
    resolution = Resolution()
    resolution._normaliser = prepared.normaliser  # its keys go back with the roles
    return Prepared(prepared.columns, prepared.lexicon, prepared.normaliser, resolution)


def _roles_apart(prepared: Prepared) -> _RoleParts:
    """The roles resolved (``prepared`` for them alone), and their nodes' attributes."""
    prepared.resolve(NodeType.ROLE)
    part = prepared.resolution
    return (part.index, part.ambiguous, part.merges, part.ambiguities, part.refusals,
            {node_id: node_attrs(entity) for node_id, entity in part.entities.items()})
