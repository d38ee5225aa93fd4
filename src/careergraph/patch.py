"""A rebuild's graph as a patch of the previous store: only the rows a change reaches.

After an incremental resolution (:mod:`careergraph.incremental`), the nodes, edges, report
entries and routing rows that can differ from the previous build's are those of

- the *dirty* guide files: the files changed, added or removed, and every file naming an
  index slot whose node id moved (a merge, a split, a ``-2`` suffix handed out again);
- the entities resolved again, and the nodes of moved slots;
- the edges those files stated before (found in the previous store by their sources) or
  state now, each recomputed from every guide that states it — the dirty ones and those
  the previous store lists among its sources (whose slots did not move, so they state it
  as before);
- the roles those files fed (title, salaries, summary), likewise recomputed from all their
  guides; the degree of every endpoint of an edge that appears or goes;
- RELATED_TO edges (recomputed over every skill, as a build does, and compared).

Every other row is the previous store's, byte for byte (:func:`storage.patchwrite
.write_patch`).  Facts are turned into edges by the build's own code
(:class:`careergraph.build._Builder` run over just those guides), so the patch cannot
disagree with a cold build on what a guide states.  What a patch does not vouch for raises
:class:`Unpatchable` and the graph is built whole: an ambiguous name that changed, a
previous build whose store or state is not the one recorded, a report the JSON round trip
does not reproduce, or a change that reaches a quarter of the corpus.

>>> Previous("digest", 3, {}, {}).generation
3
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from careergraph.build import (
    _Builder,
    guide_report,
    node_attrs,
    related_edges,
    report_frame,
)
from careergraph.incremental import Change
from careergraph.lexicon import Lexicon
from careergraph.model import EdgeType, Guide, NodeType, Problem
from careergraph.names import clean, strip_qualifiers
from careergraph.related import Relation
from careergraph.resolve import Resolution
from careergraph.storage.buildstate import BuildState
from careergraph.storage.content import (
    MOVE_BITS,
    TITLE,
    WORD,
    Adjacency,
    NameKeys,
    Namer,
    acronym_pairs,
    encode_attrs,
    name_rows_of,
)
from careergraph.storage.copyahead import CopyAhead
from careergraph.storage.integrity import crc
from careergraph.storage.patchwrite import EdgeKey, select_in, write_patch
from careergraph.storage.writer import NodeRow

__all__ = ["Previous", "Unpatchable", "patch_store", "previous", "remember"]

#: The build state's ``extras`` entry that records the last store built.
_KEPT = "graph"
_ROLE = NodeType.ROLE.value
_REQUIRES = EdgeType.REQUIRES.value
_RELATED = EdgeType.RELATED_TO.value
_MOVES = {str(type_): bit for type_, bit in MOVE_BITS.items()}


#: Guides (some perhaps stubs) -> the same guides loaded in full, in the same order.
Hydrate = Callable[[list[Guide]], list[Guide]]


class Unpatchable(Exception):
    """The previous store cannot be patched into the new graph: build it whole (why)."""


@dataclass
class Previous:
    """What the last build of these inputs left: its store's digest, the build state's
    generation it was built at, and its resolution's index slots and ambiguous slots."""

    digest: str
    generation: int
    index: dict[str, str]
    ambiguous: dict[str, list[str]]


def remember(state: BuildState, digest: str, resolution: Resolution) -> None:
    """Record the store just built (``digest``) from ``resolution`` for the next patch."""
    state.keep(_KEPT, Previous(digest, state.generation, dict(resolution.index),
                               dict(resolution.ambiguous)))


def previous(state: BuildState, generation: int, base: Path) -> Previous:
    """The record of the last build, if it is ``base``'s and the state's at ``generation``
    (the generation this build opened it at); else :class:`Unpatchable`."""
    kept = state.extra(_KEPT)
    if not isinstance(kept, Previous):
        raise Unpatchable("no record of the previous build")
    if kept.generation != generation:
        raise Unpatchable("the build state moved since the previous store was written")
    try:
        with sqlite3.connect(f"file:{base}?mode=ro", uri=True) as db:
            digest = db.execute("SELECT value FROM meta WHERE key = 'digest'").fetchone()
    except sqlite3.Error as exc:
        raise Unpatchable(f"previous store unreadable ({exc})") from exc
    if digest is None or digest[0] != kept.digest:
        raise Unpatchable("the previous store is not the one recorded")
    return kept


def patch_store(base: Path, target: Path, guides: Sequence[Guide], problems: Sequence[Problem],
                lexicon: Lexicon, resolution: Resolution, change: Change, before: Previous,
                name_keys: NameKeys | None, names_fingerprint: str,
                hydrate: Hydrate = list, ahead: CopyAhead | None = None) -> dict[str, Any]:
    """Write to ``target`` the store of ``guides`` (in build order) as ``base`` patched
    (see the module docstring); :class:`Unpatchable` when that cannot be vouched for, and
    :class:`~careergraph.storage.rowdiff.Rebase` when ``base`` turns out unusable.
    ``hydrate``: the real guides of a list that may hold stubs (:mod:`careergraph.stubs`);
    ``ahead``: the copy of ``base`` to write into, started already.  Returns the build
    report written, as the JSON data its stored bytes decode to (so a caller that prints
    it need not decode what was just encoded)."""
    with sqlite3.connect(f"file:{base}?mode=ro", uri=True) as db:
        patch = _Patch(_Base(db), guides, resolution, change, before, hydrate)
        nodes, edges = patch.rows(lexicon)
        pairs = _pairs(patch.base, nodes, lexicon)
        acronyms = encode_attrs(pairs)
        scope: set[str] | None
        if patch.base.blob("acronyms") == acronyms:
            # Under the same acronyms, only the changed nodes' name keys can differ.
            scope = set(nodes)
            lookup = _scoped_lookup(patch.base, nodes, pairs, lexicon, name_keys)
        else:
            scope = None
            lookup = name_rows_of(_columns(patch.base, nodes), lexicon, name_keys).rows
        report = patch.report(problems)
        blobs = {"report": orjson.dumps(report), "acronyms": acronyms,
                 "routing": patch.routing(nodes, edges)}
    write_patch(base, target, nodes, edges, lookup, blobs,
                names_fingerprint=names_fingerprint, lookup_scope=scope, ahead=ahead)
    return report


class _Base:
    """Rows of the previous store, read by key."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._edges: dict[EdgeKey, bytes | None] = {}
        self._nodes: dict[str, tuple[str, str, str, bytes, str] | None] = {}

    def node(self, node_id: str) -> tuple[str, str, str, bytes, str] | None:
        """``(type, name, aliases, attrs, degree)`` of a node, or None."""
        if node_id not in self._nodes:
            self._nodes[node_id] = self.db.execute(
                "SELECT type, name, aliases, attrs, degree FROM nodes WHERE id = ?",
                (node_id,)).fetchone()
        return self._nodes[node_id]

    def edge(self, edge: EdgeKey) -> bytes | None:
        if edge not in self._edges:
            found = self.db.execute(
                "SELECT attrs FROM edges WHERE src = ? AND key = ? AND dst = ?",
                (edge[0], edge[2], edge[1])).fetchone()
            self._edges[edge] = found[0] if found else None
        return self._edges[edge]

    def edges_at(self, node_id: str) -> Iterator[tuple[EdgeKey, bytes]]:
        """Every edge leaving or entering ``node_id`` but RELATED_TO."""
        for query in ("SELECT src, dst, key, attrs FROM edges WHERE src = ?",
                      "SELECT src, dst, key, attrs FROM edges WHERE dst = ?"):
            for src, dst, key, data in self.db.execute(query, (node_id,)):
                if key != _RELATED:
                    self._edges[(src, dst, key)] = data
                    yield (src, dst, key), data

    def related(self) -> dict[EdgeKey, bytes]:
        """Every RELATED_TO edge.  They join skills only (``related_edges``), so they are
        read through the ``(src, key)`` index over the skill ids' range: ``key = ?`` alone
        has no index and scanned every edge row (most of the store's pages)."""
        low = f"{NodeType.SKILL.prefix}:"
        high = low[:-1] + chr(ord(low[-1]) + 1)  # the first id past every "skill:..."
        return {(src, dst, key): data for src, dst, key, data in self.db.execute(
            "SELECT src, dst, key, attrs FROM edges INDEXED BY edges_src "
            "WHERE src >= ? AND src < ? AND key = ?", (low, high, _RELATED))}

    def count_out(self, node_id: str, key: str) -> int:
        found: int = self.db.execute("SELECT count(*) FROM edges WHERE src = ? AND key = ?",
                                     (node_id, key)).fetchone()[0]
        return found

    def blob(self, name: str) -> bytes:
        found = self.db.execute("SELECT data FROM blobs WHERE name = ?", (name,)).fetchone()
        if found is None:
            raise Unpatchable(f"the previous store has no {name} section")
        data: bytes = found[0]
        return data


def _files(data: bytes, key: str = "sources") -> set[str]:
    """The files an attribute list of ``{"file": …}`` objects names."""
    return {source["file"] for source in orjson.loads(data).get(key) or ()
            if isinstance(source, dict) and "file" in source}


class _Attrs(dict[str, dict[str, Any]]):
    """Node attributes made on first use from the resolution (a scratch build's nodes)."""

    def __init__(self, resolution: Resolution) -> None:
        super().__init__()
        self.resolution = resolution

    def __missing__(self, node_id: str) -> dict[str, Any]:
        attrs = self[node_id] = node_attrs(self.resolution.entities[node_id])
        return attrs


def _scratch(resolution: Resolution, guides: Iterable[Guide]) -> _Builder:
    """The build's own per-guide work over ``guides`` only (in build order)."""
    builder = _Builder(resolution, _Attrs(resolution))
    for guide in guides:
        builder.add_guide(guide)
    return builder


class _Patch:
    def __init__(self, base: _Base, guides: Sequence[Guide], resolution: Resolution,
                 change: Change, before: Previous, hydrate: Hydrate) -> None:
        if resolution.refusals:
            raise Unpatchable("the lexicon refused joins")
        if resolution.ambiguous != before.ambiguous:
            raise Unpatchable("an ambiguous name changed")
        self.base = base
        self.guides = guides
        self.hydrate = hydrate
        self.resolution = resolution
        self.change = change
        self.by_file: defaultdict[str, list[Guide]] = defaultdict(list)
        for guide in guides:
            self.by_file[guide.file].append(guide)
        old, new = before.index, resolution.index
        moved = [slot for slot, node_id in new.items() if old.get(slot) != node_id]
        moved += [slot for slot in old if slot not in new]
        self.dirty = set(change.gone)
        self.touched = set(change.fresh)
        # The files that name a moved slot: the mentions of its old and new node whose
        # text is the slot's.
        named_old: defaultdict[str, set[str]] = defaultdict(set)
        named_new: defaultdict[str, set[str]] = defaultdict(set)
        for slot in moved:
            text = slot.partition("\x1f")[2]
            if (was := old.get(slot)) is not None:
                named_old[was].add(text)
            if (now := new.get(slot)) is not None:
                named_new[now].add(text)
        self.touched |= named_old.keys() | named_new.keys()
        for node_id, texts in named_old.items():
            if (row := base.node(node_id)) is not None:
                self.dirty |= {m["file"] for m in orjson.loads(row[3])["mentions"]
                               if clean(m["text"]) in texts}
        for node_id, texts in named_new.items():
            self.dirty |= {m.file for m in resolution.entities[node_id].mentions
                           if clean(m.text) in texts}
        # Facts are found through their sources' files: each must be the file of the guide
        # that states it (true of guide files; a taxonomy's guides may cite other tables).
        removed = change.gone - change.rows.keys()
        if not self.dirty - removed <= self.by_file.keys():
            raise Unpatchable("a changed mention's file is not a guide file")
        if len(self.dirty) > max(len(self.by_file) // 4, 16):
            raise Unpatchable(f"the change reaches {len(self.dirty)} of "
                              f"{len(self.by_file)} guide files")
        self.old = old

    def _old_roles(self) -> set[str]:
        """The old ids of every role the dirty files named (their titles and salaries'
        roles among them): every edge they stated has one of these at an end."""
        prefix = Resolution._slot(NodeType.ROLE, "")
        found: set[str] = set()
        for file in self.dirty:
            for row in self.change.rows_of(file):
                if row[0] == _ROLE and (node_id := self.old.get(prefix + clean(row[3]))):
                    found.add(node_id)
        return found

    def rows(self, lexicon: Lexicon) -> tuple[dict[str, NodeRow | None],
                                              dict[EdgeKey, bytes | None]]:
        """The node rows and edge attributes that differ from the previous store's."""
        base, dirty, resolution = self.base, self.dirty, self.resolution
        old_roles = self._old_roles()
        edges: set[EdgeKey] = set()
        for node_id in old_roles:
            for edge, data in base.edges_at(node_id):
                if not dirty.isdisjoint(_files(data)):
                    edges.add(edge)
        first = _scratch(resolution, self.hydrate([g for g in self.guides if g.file in dirty]))
        edges |= first.edges.keys()
        roles = {n for n in (*old_roles, *first.node_attrs, *self.touched)
                 if n in resolution.entities and resolution.entities[n].type is NodeType.ROLE}
        # Every other guide that states one of these edges or feeds one of these roles.
        others: set[str] = set()
        for edge in edges:
            if (stated := base.edge(edge)) is not None:
                others |= _files(stated)
        for role in roles:
            if (row := base.node(role)) is not None:
                attrs = orjson.loads(row[3])
                others |= set(attrs.get("guides") or ())
                others |= {s["source"]["file"] for s in attrs.get("salaries") or ()}
        others -= dirty
        if not others <= self.by_file.keys():
            raise Unpatchable("a fact's source is not a guide file")
        read = dirty | others
        full = self.hydrate([g for g in self.guides if g.file in read])
        self.full: defaultdict[str, list[Guide]] = defaultdict(list)
        for guide in full:
            self.full[guide.file].append(guide)
        self.builder = builder = _scratch(resolution, full)
        new_edges: dict[EdgeKey, bytes] = {}
        for src, dst, key, attrs in builder._edges():
            if (src, dst, key) in edges:
                if not read.issuperset(s["file"] for s in attrs["sources"]):
                    raise Unpatchable("a guide states a fact from another file")
                new_edges[(src, dst, key)] = encode_attrs(attrs)
        changed: dict[EdgeKey, bytes | None] = {}
        for edge in edges:
            if base.edge(edge) != (now := new_edges.get(edge)):
                changed[edge] = now
        before_related = base.related()
        now_related = {(src, dst, key): encode_attrs(attrs) for src, dst, key, attrs in
                       related_edges(resolution, lexicon, self._relations(before_related))}
        for edge in before_related.keys() | now_related.keys():
            if before_related.get(edge) != now_related.get(edge):
                changed[edge] = now_related.get(edge)
        return self._nodes(roles, changed), changed

    def _relations(self, stored: dict[EdgeKey, bytes]) -> list[Relation] | None:
        """The skill relations of the previous store when the skills and their names are
        the same (relations are a function of the names alone), else None: relate them
        again.  Their sources (each skill's first mention) are taken again either way."""
        names = {node_id: entity.name for node_id, entity in self.resolution.entities.items()
                 if entity.type is NodeType.SKILL}
        if names != dict(self.base.db.execute(
                "SELECT id, name FROM nodes WHERE type = ?", (NodeType.SKILL.value,))):
            return None
        relations = []
        for (src, dst, _), data in stored.items():
            attrs = orjson.loads(data)
            relations.append(Relation(src, dst, attrs["rule"], attrs["score"]))
        return sorted(relations)

    def _nodes(self, roles: set[str], edges: dict[EdgeKey, bytes | None]
               ) -> dict[str, NodeRow | None]:
        base, resolution, attrs_of = self.base, self.resolution, self.builder.node_attrs
        degree: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
        for (src, dst, _), now in edges.items():
            step = (now is not None) - (base.edge((src, dst, _)) is not None)
            degree[src][0] += step
            degree[dst][1] += step
        self.degree_changed = set(degree)
        nodes: dict[str, NodeRow | None] = {}
        for node_id in {*roles, *self.touched, *degree}:
            row = base.node(node_id)
            entity = resolution.entities.get(node_id)
            if entity is None:
                if row is not None:
                    nodes[node_id] = None
                continue
            out, into = map(int, row[4].split()) if row is not None else (0, 0)
            out, into = out + degree[node_id][0], into + degree[node_id][1]
            new: NodeRow
            if node_id in roles or node_id in self.touched or row is None:
                attrs = attrs_of[node_id]
                new = (node_id, attrs["type"], attrs["name"],
                       encode_attrs(attrs["aliases"]).decode("utf-8"), encode_attrs(attrs),
                       f"{out} {into}")
            else:
                new = (node_id, row[0], row[1], row[2], row[3], f"{out} {into}")
            if row is None or (row[3], row[4]) != new[4:]:  # else unchanged after all
                nodes[node_id] = new
        self.nodes = nodes
        return nodes

    def report(self, problems: Sequence[Problem]) -> dict[str, Any]:
        """The build report as JSON data (plain dicts and lists, what ``orjson.loads`` of
        its bytes gives): the previous entries and dropped edges of clean files, the
        dirty files' made again, the rest of the report from the resolution."""
        data = self.base.blob("report")
        before = orjson.loads(data)
        if orjson.dumps(before) != data:
            raise Unpatchable("the previous report does not survive a JSON round trip")
        entries: defaultdict[str, list[Any]] = defaultdict(list)
        for entry in before["guides"]:
            entries[entry["file"]].append(entry)
        dropped: defaultdict[str, list[Any]] = defaultdict(list)
        for entry in before["dropped"]:
            dropped[entry["source"]["file"]].append(entry)
        prefix, index = Resolution._slot(NodeType.ROLE, ""), self.resolution.index
        new_dropped: defaultdict[str, list[Any]] = defaultdict(list)
        for entry in self.builder.dropped:
            new_dropped[entry.source.file].append(orjson.loads(entry.model_dump_json()))
        report: dict[str, Any] = orjson.loads(
            report_frame(problems, self.resolution).model_dump_json())
        for file, guides in self.by_file.items():  # files in build order
            if file in self.dirty:
                report["guides"] += [orjson.loads(guide_report(
                    g, index[prefix + clean(g.role.text)]).model_dump_json())
                    for g in self.full[file]]
                report["dropped"] += new_dropped[file]
            else:
                if len(entries[file]) != len(guides):
                    raise Unpatchable(f"the previous report lacks {file}")
                report["guides"] += entries[file]
                report["dropped"] += dropped[file]
        return report

    def routing(self, nodes: dict[str, NodeRow | None],
                edges: dict[EdgeKey, bytes | None]) -> bytes:
        """The routing adjacency (roles and moves) of the previous store, patched (its
        bytes as they are when no role or move changed: an edit of a guide's skills)."""
        stored = self.base.blob("routing")
        try:
            entries, moves = Adjacency.decode(stored).table()
        except ValueError as exc:
            raise Unpatchable(str(exc)) from exc
        before = (dict(entries), dict(moves))
        required: defaultdict[str, int] = defaultdict(int)
        pairs: set[tuple[str, str]] = set()
        for (src, dst, key), now in edges.items():
            if key == _REQUIRES:
                required[src] += (now is not None) - (self.base.edge((src, dst, key)) is not None)
            elif key in _MOVES and src != dst:
                pairs.add((src, dst))
        for role in {*required, *(n for n, row in nodes.items()
                                  if row is None or row[1] == _ROLE)}:
            if role in nodes:
                new = nodes[role]
                if new is None:
                    entries.pop(role, None)
                    continue
                type_, data = new[1], new[4]
            elif (old := self.base.node(role)) is not None:
                type_, data = old[0], old[3]
            else:
                continue
            if type_ == _ROLE:
                count = self.base.count_out(role, _REQUIRES) + required.get(role, 0)
                entries[role] = Adjacency.role_entry(role, orjson.loads(data), count > 0)
        for src, dst in pairs:
            bits = 0
            for key, bit in _MOVES.items():
                edge = (src, dst, key)
                if (edges[edge] if edge in edges else self.base.edge(edge)) is not None:
                    bits |= bit
            if src in entries and dst in entries:
                moves[(src, dst)] = bits
        moves = {pair: bits for pair, bits in moves.items()
                 if bits and pair[0] in entries and pair[1] in entries}
        if (entries, moves) == before:  # what the table decoded from gives back
            return stored
        return Adjacency.of_table(entries, moves).encode()


def _columns(base: _Base, nodes: dict[str, NodeRow | None]
             ) -> list[tuple[str, dict[str, Any]]]:
    """Every node's id, type, name and aliases (the previous store's, with ``nodes``
    applied), in id order."""
    found = {node_id: (type_, name, aliases) for node_id, type_, name, aliases in
             base.db.execute("SELECT id, type, name, aliases FROM nodes")}
    for node_id, row in nodes.items():
        if row is None:
            found.pop(node_id, None)
        else:
            found[node_id] = row[1:4]
    return [(node_id, {"type": type_, "name": name, "aliases": orjson.loads(aliases)})
            for node_id, (type_, name, aliases) in sorted(found.items())]


def _pairs(base: _Base, nodes: dict[str, NodeRow | None], lexicon: Lexicon
           ) -> list[tuple[str, str]]:
    """The acronym pairs of the patched store (:func:`~careergraph.storage.content
    .acronym_pairs`), reading only the stored aliases that hold a parenthesis.  When every
    changed node defines the pairs it defined before, the pairs are the previous store's:
    its ``acronyms`` section is taken as it is."""
    if all(_taught(row[3] if row is not None else "[]")
           == _taught(old[2] if (old := base.node(node_id)) is not None else "[]")
           for node_id, row in nodes.items()):
        # Each changed node defines the pairs it defined before (most define none): the
        # pairs, those of every node in id order, are the previous store's.
        kept = _stored_pairs(base, lexicon)
        if kept is not None:
            return kept
    teaching: dict[str, str] = dict(base.db.execute(
        "SELECT id, aliases FROM nodes WHERE instr(aliases, '(') > 0"))
    for node_id, row in nodes.items():
        teaching.pop(node_id, None)
        if row is not None and "(" in row[3]:
            teaching[node_id] = row[3]
    return acronym_pairs((orjson.loads(teaching[n]) for n in sorted(teaching)), lexicon)


def _taught(aliases: str) -> list[tuple[str, str]]:
    """The acronym pairs a node's aliases (stored JSON) define, in order."""
    if "(" not in aliases:
        return []
    return [pair for alias in orjson.loads(aliases) if "(" in alias
            for pair in strip_qualifiers(alias)[1].items()]


def _stored_pairs(base: _Base, lexicon: Lexicon) -> list[tuple[str, str]] | None:
    """The previous store's acronym pairs, or None when its section fails its checksum, is
    not a list of string pairs or does not start with the lexicon's pairs (then they are
    computed again)."""
    found = base.db.execute("SELECT data, crc FROM blobs WHERE name = 'acronyms'").fetchone()
    if found is None or not isinstance(found[0], bytes) or crc(found[0]) != found[1]:
        return None
    try:
        stored = orjson.loads(found[0])
    except orjson.JSONDecodeError:
        return None
    if not isinstance(stored, list) or not all(
            isinstance(p, list) and len(p) == 2 and all(type(x) is str for x in p)
            for p in stored):
        return None
    pairs = [(acronym, expansion) for acronym, expansion in stored]
    own = acronym_pairs((), lexicon)
    return pairs if pairs[:len(own)] == own else None


def _scoped_lookup(base: _Base, nodes: dict[str, NodeRow | None],
                   pairs: list[tuple[str, str]], lexicon: Lexicon,
                   memo: NameKeys | None) -> list[tuple[str, str, str]]:
    """The lookup rows :func:`~careergraph.storage.content.name_rows_of` would give the
    patched store that ``write_patch`` compares when the acronym pairs are the base's:
    every row of a changed node (``nodes``), and every role row under a role key one of
    them has or had.  A role key belongs to the roles that have it as their own, else to
    the roles whose slash aliases stand for it; only the roles with a slash alias and the
    holders of those keys are read from the base."""
    namer = Namer(pairs, lexicon, memo)
    rows: set[tuple[str, str, str]] = set()
    own_roles: dict[str, list[str]] = {}
    alternatives_of: dict[str, list[str]] = {}
    for node_id, row in nodes.items():
        if row is None:
            continue
        type_, name, aliases = row[1], row[2], orjson.loads(row[3])
        own = namer.own(type_, aliases)
        rows.update((type_, key, node_id) for key in own)
        if type_ != _ROLE:
            continue
        own_roles[node_id] = own
        titles, words = namer.titles(name, aliases)
        rows.update((TITLE, key, node_id) for key in titles)
        rows.update((WORD, key, node_id) for key in words)
        alternatives_of[node_id] = namer.alternatives(aliases)
    scope = sorted(nodes)
    old_keys = {key for (key,) in select_in(
        base.db, "SELECT key FROM lookup WHERE kind = 'Role' AND node IN ({})", scope)}
    candidates = old_keys | {key for keys in (*own_roles.values(), *alternatives_of.values())
                             for key in keys}
    # Roles whose slash aliases stand for a candidate key (the changed ones as they are now).
    standing: defaultdict[str, set[str]] = defaultdict(set)
    for node_id, aliases in base.db.execute(
            "SELECT id, aliases FROM nodes WHERE type = 'Role' AND instr(aliases, '/') > 0"):
        if node_id not in nodes:
            for key in namer.alternatives(orjson.loads(aliases)):
                standing[key].add(node_id)
    for node_id, keys in alternatives_of.items():
        for key in keys:
            standing[key].add(node_id)
    # Who owns a candidate key: unchanged roles with a row under it that have it as their
    # own (their keys did not change), and the changed roles that have it now.
    held: defaultdict[str, set[str]] = defaultdict(set)
    for key, node_id in select_in(base.db, "SELECT key, node FROM lookup WHERE kind = 'Role' "
                            "AND key IN ({})", sorted(candidates)):
        if node_id not in nodes:
            held[key].add(node_id)
    own_of = {node_id: set(namer.own(_ROLE, orjson.loads(aliases)))
              for node_id, aliases in select_in(
                  base.db, "SELECT id, aliases FROM nodes WHERE id IN ({})",
                  sorted({n for holders in held.values() for n in holders}))}
    owners = {key: {n for n in held[key] if key in own_of[n]} for key in candidates}
    for node_id, keys in own_roles.items():
        for key in keys:
            owners[key].add(node_id)
    for node_id, keys in alternatives_of.items():
        rows.update((_ROLE, key, node_id) for key in keys if not owners[key])
    touched = old_keys | {key for kind, key, _ in rows if kind == _ROLE}
    for key in touched:
        rows.update((_ROLE, key, node_id) for node_id in owners[key] or standing[key])
    namer.keep(memo)
    return sorted(rows)

