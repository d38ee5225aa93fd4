"""A resolution cut into its independent parts, and parts merged back into one resolution.

Resolution (:mod:`careergraph.resolve`) never looks across two components of the mentions
(:mod:`careergraph.components`): each component's clusters, names, levels, mention records,
ambiguities and cross-guide merges are what the whole run gives them.  What crosses
components is only *where* each cluster stands among the clusters of its type — the order
node ids are handed out in (``-2``, ``-3`` … for equal names) and report lists are kept in.
So a :class:`Piece` keeps a component's results with that order's sort key instead of final
ids, and :func:`merge` hands the ids out again over all pieces, as one whole run would.

Plain tuples throughout: pieces are pickled into the build state
(:mod:`careergraph.storage.buildstate`) and a 10,000-guide corpus has 17,000 of them.

>>> from careergraph.model import NodeType, Source
>>> from careergraph.resolve import Mention, resolve_mentions
>>> src = Source(file="g.txt", line=1)
>>> mentions = [Mention(type=NodeType.SKILL, text=t, source=src) for t in ("Go", "go", "Rust")]
>>> whole = resolve_mentions(mentions)
>>> pieces = split(whole, {("Skill", "Go"): 0, ("Skill", "go"): 0, ("Skill", "Rust"): 1})
>>> sorted(pieces), merge(pieces.values()).entities.keys() == whole.entities.keys()
([0, 1], True)
"""

from __future__ import annotations

import itertools
from collections.abc import Hashable, Iterable, Mapping
from itertools import starmap
from typing import NamedTuple

from careergraph.evidence import Ambiguity, Claim, CrossGuideMerge, MentionRecord
from careergraph.model import NodeType, Seniority
from careergraph.names import slugify
from careergraph.resolve import Entity, Resolution, _unique_id
from careergraph.unchecked import assembled

__all__ = ["MentionKey", "Piece", "Unmergeable", "merge", "split"]

#: A mention as its records name it: (type, cleaned text).
MentionKey = tuple[str, str]
#: (text, file, line, reason, rule, confidence): a MentionRecord's fields.
Record = tuple[str, str, int, str, str, float]


#: Every field of an entity (a merged entity sets them all, as model_construct did).
_ENTITY_FIELDS = frozenset(Entity.model_fields)
#: A piece's level value -> the level (a dict read, not an Enum call per entity).
_LEVEL: dict[str | None, Seniority | None] = {level.value: level for level in Seniority}
_LEVEL[None] = None


class Unmergeable(Exception):
    """The parts cannot be merged (or cut) exactly: the caller resolves everything instead."""


class EntityPart(NamedTuple):
    order: tuple[str, str, int, str]
    type: str
    local_id: str
    name: str
    key: str
    aliases: list[str]
    records: list[Record]
    level: str | None
    merge: list[Record] | None
    slots: list[str]


class AmbiguityPart(NamedTuple):
    type: str
    atom: str
    name: str
    slots: list[str]
    candidates: list[str]  # local ids
    claims: list[tuple[str, str, int, str | None]]  # text, file, line, local candidate


class Piece(NamedTuple):
    """One component's results, with local node ids."""

    entities: list[EntityPart]
    ambiguities: list[AmbiguityPart]


def split(resolution: Resolution, component_of: Mapping[MentionKey, Hashable]
          ) -> dict[Hashable, Piece]:
    """Cut ``resolution`` into one :class:`Piece` per component (``component_of``: every
    mention's component, by type and cleaned text).  :class:`Unmergeable` when an entity or
    ambiguity spans two components, or the resolution refused a join (lexicon ``different``
    entries: their refusals are listed in join order across components)."""
    if resolution.refusals:
        raise Unmergeable("the lexicon's different entries refused joins")
    merges = {merge.node: [(r.text, r.file, r.line, r.reason, r.rule, r.confidence)
                           for r in merge.titles] for merge in resolution.merges}
    slots: dict[str, list[str]] = {}
    for slot, node_id in resolution.index.items():
        slots.setdefault(node_id, []).append(slot)
    pieces: dict[Hashable, Piece] = {}

    def piece_of(type_: str, texts: Iterable[str], what: str) -> Piece:
        found = {component_of.get((type_, text)) for text in set(texts)}
        if len(found) != 1 or None in found:
            raise Unmergeable(f"{what} is not inside one component")
        return pieces.setdefault(found.pop(), Piece([], []))

    for node_id, entity in resolution.entities.items():
        type_ = str(entity.type)
        records = [(r.text, r.file, r.line, r.reason, r.rule, r.confidence)
                   for r in entity.mentions]
        piece_of(type_, (r[0] for r in records), node_id).entities.append(EntityPart(
                     resolution._order[node_id], type_, node_id, entity.name, entity.key,
                     list(entity.aliases), records,
                     entity.level.value if entity.level is not None else None,
                     merges.get(node_id), slots.get(node_id, [])))
    if len(resolution.ambiguities) != len(resolution._ambiguity_slots):
        raise Unmergeable("ambiguities without their slots")
    for ambiguity, (atom, where) in zip(resolution.ambiguities, resolution._ambiguity_slots,
                                        strict=True):
        type_ = str(ambiguity.type)
        if not ambiguity.claims:
            raise Unmergeable(f"ambiguity {ambiguity.name!r} has no claims")
        piece = piece_of(type_, (c.text for c in ambiguity.claims), ambiguity.name)
        local = {part.local_id for part in piece.entities}
        if not set(ambiguity.candidates) <= local:
            raise Unmergeable(f"ambiguity {ambiguity.name!r} names another component's node")
        piece.ambiguities.append(AmbiguityPart(
            type_, atom, ambiguity.name, where, list(ambiguity.candidates),
            [(c.text, c.file, c.line, c.candidate) for c in ambiguity.claims]))
    return pieces


def merge(pieces: Iterable[Piece]) -> Resolution:
    """The resolution of all the pieces' mentions together: node ids handed out per type in
    sort-key order, report lists in the order one whole run gives them."""
    resolution = Resolution()
    entities: dict[str, list[tuple[int, EntityPart]]] = {}
    ambiguities: dict[str, list[tuple[int, AmbiguityPart]]] = {}
    for number, piece in enumerate(pieces):
        for part in piece.entities:
            entities.setdefault(part.type, []).append((number, part))
        for amb in piece.ambiguities:
            ambiguities.setdefault(amb.type, []).append((number, amb))
    new_id: dict[tuple[int, str], str] = {}
    taken: set[str] = set()
    # Locals: a private attribute of a pydantic model is read through its __getattr__
    # (microseconds a read), and this loop runs once per entity of the corpus.
    entities_of, order_of, index = resolution.entities, resolution._order, resolution.index
    for type_ in NodeType:
        ordered = sorted(entities.get(type_.value, ()), key=lambda item: item[1].order)
        for (_, a), (_, b) in itertools.pairwise(ordered):
            if a.order == b.order:
                raise Unmergeable(f"two {type_.value} clusters share the sort key {a.order}")
        prefix = f"{type_.prefix}:"
        for number, part in ordered:
            node_id = _unique_id(prefix + slugify(part.name), taken)
            new_id[(number, part.local_id)] = node_id
            entities_of[node_id] = assembled(Entity, {
                "id": node_id, "type": type_, "name": part.name, "key": part.key,
                "aliases": part.aliases, "mentions": list(starmap(MentionRecord, part.records)),
                "level": _LEVEL[part.level]}, set(_ENTITY_FIELDS))
            order_of[node_id] = part.order
            if part.merge is not None:
                resolution.merges.append(CrossGuideMerge(
                    node=node_id, name=part.name,
                    titles=list(starmap(MentionRecord, part.merge))))
            for slot in part.slots:
                index[slot] = node_id
        for number, amb in sorted(ambiguities.get(type_.value, ()),
                                  key=lambda item: item[1].atom):
            mapped = [new_id[(number, c)] for c in sorted(amb.candidates)]
            candidates = sorted(mapped)
            if len(candidates) > 2 and mapped != candidates:
                # The "also claimed by" reasons list the other names in id order.
                raise Unmergeable(f"ambiguity {amb.name!r}: its candidates change order")
            for slot in amb.slots:
                resolution.ambiguous[slot] = candidates
            resolution._ambiguity_slots.append((amb.atom, amb.slots))
            resolution.ambiguities.append(Ambiguity(
                type=type_, name=amb.name, candidates=candidates, claims=[
                    Claim(text=text, file=file, line=line,
                          candidate=new_id[(number, c)] if c is not None else None)
                    for text, file, line, c in amb.claims]))
    return resolution
