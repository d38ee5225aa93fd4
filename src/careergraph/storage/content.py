"""What a store keeps besides the graph itself, derived from the graph by pure functions.

The in-memory graph and the on-disk store answer lookups through the same rows, computed here
once per build: so a name found in one is found in the other, by construction.

- :func:`name_rows` — normalised name keys (``Role``/``Skill``/… -> node), squashed role
  titles (``title``) and the words of role titles (``word``), plus the acronym pairs the
  :class:`~careergraph.names.Normaliser` learnt (replayed when a store is opened);
- :class:`Adjacency` — the roles and the moves between them (``LEADS_TO``/``TRANSITIONS_TO``)
  as flat arrays in compressed-sparse-row form: a few MB at 50,000 guides, decoded in
  milliseconds, expanded per role only when a search reaches it;
- :func:`graph_digest` — a content hash of the nodes and edges, taken in chunks (one per
  node, one per edge source) so a patch hashes again only what it changes.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("role:a", type="Role", name="Data Engineer", aliases=["Data Engineer"],
...            level="mid", rank=2, guides=["a.txt"])
>>> g.add_node("role:b", type="Role", name="Senior Data Engineer",
...            aliases=["Senior Data Engineer"], level="senior", rank=3, guides=[])
>>> _ = g.add_edge("role:a", "role:b", key="LEADS_TO", type="LEADS_TO", sources=[])
>>> adjacency = Adjacency.of(g)
>>> adjacency.roles, list(adjacency.successors(0))
(['role:a', 'role:b'], [(1, 1)])
>>> Adjacency.decode(adjacency.encode()).roles == adjacency.roles
True
"""

from __future__ import annotations

import hashlib
import json
import re
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import orjson

from careergraph.lexicon import Lexicon
from careergraph.model import EdgeType, NodeType, Seniority
from careergraph.names import Normaliser, strip_qualifiers

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "EDGE_CHUNK",
    "MOVE_BITS",
    "NODE_CHUNK",
    "TITLE",
    "WORD",
    "Adjacency",
    "Digest",
    "NameKeys",
    "NameRows",
    "Namer",
    "RoleEntry",
    "acronym_pairs",
    "chunk_hash",
    "combine",
    "encode_attrs",
    "graph_digest",
    "name_rows",
    "name_rows_of",
    "rank_of",
    "squash",
    "title_words",
]

#: ``lookup`` kinds besides the node types: squashed role titles and title words.
TITLE = "title"
WORD = "word"
#: Move types as bits of one byte per role pair, preferred first.
MOVE_BITS = {EdgeType.LEADS_TO: 1, EdgeType.TRANSITIONS_TO: 2}
_DEFAULT_RANK = Seniority.MID.rank
_WORDS = re.compile(r"[\w-]+")


def squash(text: str) -> str:
    """Case- and spacing-insensitive form of a title (exact-title lookups).

    >>> squash("  Head of   AI ")
    'head of ai'
    """
    return " ".join(text.casefold().split())


def title_words(text: str) -> set[str]:
    """The lower-cased runs of word characters and hyphens in a title.

    >>> sorted(title_words("VP, C-Level (AI)"))
    ['ai', 'c-level', 'vp']
    """
    return {w.lower() for w in _WORDS.findall(text)}


def rank_of(attrs: Mapping[str, Any]) -> int:
    """A role's rank: its ``rank`` attribute, else its level's, else mid's.

    >>> rank_of({"level": "director"}) == Seniority.DIRECTOR.rank
    True
    """
    rank = attrs.get("rank")
    if isinstance(rank, int) and not isinstance(rank, bool):
        return rank
    level = attrs.get("level")
    try:
        return Seniority(level).rank if isinstance(level, str) else _DEFAULT_RANK
    except ValueError:
        return _DEFAULT_RANK


@dataclass
class NameRows:
    """Lookup rows ``(kind, key, node id)`` and the normaliser's acronym pairs, in order."""

    rows: list[tuple[str, str, str]]
    pairs: list[tuple[str, str]]

    def normaliser(self) -> Normaliser:
        """A :class:`Normaliser` that knows every acronym the build knew."""
        return replay(self.pairs)


def replay(pairs: Iterable[tuple[str, str]]) -> Normaliser:
    """A normaliser that has learnt ``pairs`` (acronym, expansion) in order."""
    normaliser = Normaliser({})
    for acronym, expansion in pairs:
        normaliser.learn(acronym, expansion)
    return normaliser


@dataclass
class NameKeys:
    """Name keys an earlier :func:`name_rows` computed, to reuse: a key depends on the
    text and on the acronym pairs the normaliser learnt, in order, so they are kept with a
    digest of those pairs (``stamp``) and used only under the same pairs.

    >>> memo = NameKeys()
    >>> import networkx as nx
    >>> from careergraph.lexicon import load_lexicon
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("skill:sql", type="Skill", name="SQL", aliases=["SQL"])
    >>> first = name_rows(g, load_lexicon(), memo)
    >>> ("SQL", False) in memo.keys, name_rows(g, load_lexicon(), memo) == first
    (True, True)
    """

    stamp: str = ""
    keys: dict[tuple[str, bool], tuple[str, str]] = field(default_factory=dict)

    #: Keys another normaliser computed (a resolution's, by :meth:`lend`): a name keyed
    #: under the same stamp takes its key from here (and keeps it in ``keys``); not kept.
    lent: tuple[str, dict[tuple[str, bool], tuple[str, str]]] = ("", {})

    def lend(self, normaliser: Normaliser) -> None:
        """Offer the keys ``normaliser`` computed (a resolution's: most names a store keys
        were keyed by it); used only where it keys names as the store's names are keyed.

        >>> from careergraph.lexicon import load_lexicon
        >>> from careergraph.names import Normaliser
        >>> resolved = Normaliser(load_lexicon().acronyms)
        >>> resolved.seed_keys({("Data Engineer", True): ("lent", "lent")})
        >>> memo = NameKeys()
        >>> memo.lend(resolved)
        >>> Namer([(a, e) for a, es in load_lexicon().acronyms.items() for e in es],
        ...       load_lexicon(), memo).own("Role", ["Data Engineer"])
        ['lent']
        """
        self.lent = (normaliser.stamp(), normaliser.known_keys())

    def kept(self) -> NameKeys:
        """These keys without the lent ones, to keep for a later build."""
        return NameKeys(self.stamp, self.keys)


#: A role as the routing adjacency keeps it: name, rank, level, known.
RoleEntry = tuple[str, int, str, bool]


def _sorted_nodes(graph: nx.MultiDiGraph) -> list[tuple[str, dict[str, Any]]]:
    return [(n, graph.nodes[n]) for n in sorted(graph.nodes)]


def name_rows(graph: nx.MultiDiGraph, lexicon: Lexicon,
              memo: NameKeys | None = None) -> NameRows:
    """Every lookup row of ``graph`` (see the module docstring).

    A slash title ("MLOps / ML Platform Engineer") also answers to each title it stands for,
    as resolution decided, unless that title is another node's own.  ``memo``: keys an
    earlier call computed (used when the acronym pairs are the same), updated with this
    call's.
    """
    return name_rows_of(_sorted_nodes(graph), lexicon, memo)


def name_rows_of(nodes: Sequence[tuple[str, Mapping[str, Any]]], lexicon: Lexicon,
                 memo: NameKeys | None = None) -> NameRows:
    """:func:`name_rows` of the nodes ``(id, attributes)`` in id order (each with at least
    ``type``, ``name`` and ``aliases``): a rebuild gives the stored columns of the nodes it
    did not change.

    >>> from careergraph.lexicon import load_lexicon
    >>> node = {"type": "Skill", "name": "SQL", "aliases": ["SQL"]}
    >>> ("Skill", "sql", "skill:sql") in name_rows_of([("skill:sql", node)], load_lexicon()).rows
    True
    """
    pairs = acronym_pairs((attrs["aliases"] for _, attrs in nodes), lexicon)
    namer = Namer(pairs, lexicon, memo)
    keys: dict[str, dict[str, set[str]]] = {t.value: {} for t in NodeType}
    titles: dict[str, set[str]] = {}
    words: dict[str, set[str]] = {}
    alternatives: dict[str, set[str]] = {}
    for node_id, attrs in nodes:
        table = keys[attrs["type"]]
        for key in namer.own(attrs["type"], attrs["aliases"]):
            table.setdefault(key, set()).add(node_id)
        if attrs["type"] != NodeType.ROLE.value:
            continue
        own_titles, own_words = namer.titles(attrs["name"], attrs["aliases"])
        for title in own_titles:
            titles.setdefault(title, set()).add(node_id)
        for word in own_words:
            words.setdefault(word, set()).add(node_id)
        for key in namer.alternatives(attrs["aliases"]):
            alternatives.setdefault(key, set()).add(node_id)
    roles = keys[NodeType.ROLE.value]
    for key, ids in alternatives.items():
        roles.setdefault(key, ids)
    rows = [(kind, key, node) for kind, table in keys.items()
            for key, ids in table.items() for node in sorted(ids)]
    rows += [(TITLE, key, node) for key, ids in titles.items() for node in sorted(ids)]
    rows += [(WORD, key, node) for key, ids in words.items() for node in sorted(ids)]
    namer.keep(memo)
    return NameRows(rows=rows, pairs=pairs)


def acronym_pairs(aliases: Iterable[Sequence[str]], lexicon: Lexicon) -> list[tuple[str, str]]:
    """The acronym pairs a store's names are keyed under: the lexicon's, then those the
    aliases (of every node, in id order) define, in order.  Only an alias with a
    parenthesis can define one ("Machine Learning Operations (MLOps)").

    >>> from careergraph.lexicon import load_lexicon
    >>> acronym_pairs([["Data Operations (DataOps)"]], load_lexicon())[-1]
    ('DataOps', 'Data Operations')
    """
    pairs = [(acronym, expansion) for acronym, expansions in lexicon.acronyms.items()
             for expansion in expansions]
    for node_aliases in aliases:
        for alias in node_aliases:
            if "(" in alias:
                pairs.extend(strip_qualifiers(alias)[1].items())
    return pairs


class Namer:
    """A node's lookup keys under the acronym pairs ``pairs`` (see :func:`name_rows`):
    its own keys, a role's squashed titles and title words, and the keys of the titles a
    role's slash aliases stand for.  ``memo``: keys computed under the same pairs before.

    >>> from careergraph.lexicon import load_lexicon
    >>> namer = Namer([], load_lexicon())
    >>> sorted(namer.own("Role", ["Data Engineer"])), sorted(namer.titles("Data Engineer", [])[1])
    (['dataengineer'], ['data', 'engineer'])
    """

    def __init__(self, pairs: Sequence[tuple[str, str]], lexicon: Lexicon,
                 memo: NameKeys | None = None) -> None:
        self.normaliser = replay(pairs)
        self.stamp = self.normaliser.stamp()
        if memo is not None and memo.stamp == self.stamp:
            self.normaliser.seed_keys(memo.keys)
        self._known = self.normaliser.known_keys()
        self._lent = memo.lent[1] if memo is not None and memo.lent[0] == self.stamp else {}
        self.level_words = {w.lower() for spellings in lexicon.levels.values()
                            for w in spellings}

    def own(self, type_: str, aliases: Iterable[str]) -> list[str]:
        """The keys a node of ``type_`` is found by (in its aliases' order)."""
        role = type_ == NodeType.ROLE.value
        return list(dict.fromkeys(self._key(alias, role) for alias in aliases))

    def _key(self, text: str, role: bool) -> str:
        """``normaliser.key``, taken from the lent keys when there (and then known)."""
        found = self._known.get((text, role))
        if found is None:
            found = self._lent.get((text, role))
            if found is None:
                return self.normaliser.key(text, role=role)
            self._known[(text, role)] = found
        return found[0]

    @staticmethod
    def titles(name: str, aliases: Iterable[str]) -> tuple[set[str], set[str]]:
        """A role's squashed titles and the words of its titles."""
        titles: set[str] = set()
        words: set[str] = set()
        for title in {name, *aliases}:
            titles.add(squash(title))
            words |= title_words(title)
        return titles, words

    def alternatives(self, aliases: Iterable[str]) -> list[str]:
        """The role keys of the titles a role's slash aliases stand for (rows of the role
        only while no node has them as its own), in order."""
        return list(dict.fromkeys(
            self._key(alt, True) for alias in aliases if "/" in alias
            for alt in self.normaliser.role_alternatives(alias, self.level_words)))

    def keep(self, memo: NameKeys | None) -> None:
        """Keep this namer's keys in ``memo`` for a later call under the same pairs."""
        if memo is not None:
            memo.stamp, memo.keys = self.stamp, self.normaliser.known_keys()


def _all_text(values: list[str]) -> bool:
    """Whether every value is a string (joined at C speed: 46,000 role names at 50,000
    guides are checked by every routing query).

    >>> _all_text(["a", "b"]), _all_text(["a", 1])  # type: ignore[list-item]
    (True, False)
    """
    try:
        "".join(values)
    except TypeError:
        return False
    return True


@dataclass
class Adjacency:
    """Roles and moves in compressed-sparse-row form (indices into ``roles``).

    ``out_start[i]:out_start[i+1]`` slices ``out_to``/``out_bits`` for role ``i``'s moves out;
    ``in_start``/``in_from``/``in_bits`` likewise for the moves into it.  ``bits`` holds
    :data:`MOVE_BITS`.  Roles are sorted by id.
    """

    roles: list[str]
    names: list[str]
    ranks: array[int]
    levels: list[str]
    known: array[int]
    out_start: array[int]
    out_to: array[int]
    out_bits: array[int]
    in_start: array[int]
    in_from: array[int]
    in_bits: array[int]

    @classmethod
    def of(cls, graph: nx.MultiDiGraph) -> Adjacency:
        """The adjacency of a career graph (self-loops and moves to non-roles left out)."""
        role = NodeType.ROLE.value
        roles = sorted(n for n, a in graph.nodes(data=True) if a.get("type") == role)
        position = {r: i for i, r in enumerate(roles)}
        bits: dict[tuple[int, int], int] = {}
        requires = EdgeType.REQUIRES.value
        has_skills: set[str] = set()
        for src, dst, key in graph.edges(keys=True):
            if key == requires:
                has_skills.add(src)
                continue
            bit = MOVE_BITS.get(EdgeType(key)) if key in MOVE_BITS else None
            if bit and src in position and dst in position and src != dst:
                pair = (position[src], position[dst])
                bits[pair] = bits.get(pair, 0) | bit
        attrs = [graph.nodes[r] for r in roles]
        known = [bool(a.get("guides")) or r in has_skills for r, a in zip(roles, attrs,
                                                                          strict=True)]
        level = [str(a.get("level") or "") for a in attrs]
        return cls._from_pairs(roles, [str(a.get("name", r)) for r, a in zip(roles, attrs,
                                                                            strict=True)],
                               [rank_of(a) for a in attrs], level, known, bits)

    @staticmethod
    def role_entry(role: str, attrs: Mapping[str, Any], has_skills: bool) -> RoleEntry:
        """What the adjacency keeps of a role: name, rank, level, and whether any guide or
        requirement is known for it (what :meth:`of` takes from its attributes)."""
        return (str(attrs.get("name", role)), rank_of(attrs), str(attrs.get("level") or ""),
                bool(attrs.get("guides")) or has_skills)

    def table(self) -> tuple[dict[str, RoleEntry], dict[tuple[str, str], int]]:
        """Every role's :meth:`role_entry` and the move bits of every role pair, by id."""
        entries = {role: (self.names[i], self.ranks[i], self.levels[i], bool(self.known[i]))
                   for i, role in enumerate(self.roles)}
        moves = {(self.roles[i], self.roles[j]): bits for i in range(len(self.roles))
                 for j, bits in self.successors(i)}
        return entries, moves

    @classmethod
    def of_table(cls, entries: Mapping[str, RoleEntry],
                 moves: Mapping[tuple[str, str], int]) -> Adjacency:
        """The adjacency :meth:`table` describes (roles sorted by id): what :meth:`of` gives
        for a graph with those roles and moves.

        >>> a = Adjacency.of_table({"role:b": ("B", 3, "", True), "role:a": ("A", 2, "", True)},
        ...                        {("role:a", "role:b"): 1})
        >>> a.roles, list(a.successors(0)), Adjacency.of_table(*a.table()) == a
        (['role:a', 'role:b'], [(1, 1)], True)
        """
        roles = sorted(entries)
        position = {r: i for i, r in enumerate(roles)}
        rows = [entries[r] for r in roles]
        return cls._from_pairs(roles, [r[0] for r in rows], [r[1] for r in rows],
                               [r[2] for r in rows], [r[3] for r in rows],
                               {(position[a], position[b]): bits
                                for (a, b), bits in moves.items() if bits})

    @classmethod
    def _from_pairs(cls, roles: list[str], names: list[str], ranks: list[int],
                    levels: list[str], known: list[bool],
                    bits: dict[tuple[int, int], int]) -> Adjacency:
        def csr(pairs: list[tuple[int, int, int]]) -> tuple[array[int], array[int],
                                                              array[int]]:
            start = array("l", [0] * (len(roles) + 1))
            for a, _, _ in pairs:
                start[a + 1] += 1
            for i in range(len(roles)):
                start[i + 1] += start[i]
            return (start, array("l", (b for _, b, _ in pairs)),
                    array("b", (bit for _, _, bit in pairs)))

        forward = sorted((a, b, bit) for (a, b), bit in bits.items())
        backward = sorted((b, a, bit) for (a, b), bit in bits.items())
        out_start, out_to, out_bits = csr(forward)
        in_start, in_from, in_bits = csr(backward)
        return cls(roles=roles, names=names, ranks=array("l", ranks), levels=levels,
                   known=array("b", map(int, known)), out_start=out_start, out_to=out_to,
                   out_bits=out_bits, in_start=in_start, in_from=in_from, in_bits=in_bits)

    def successors(self, i: int) -> Iterator[tuple[int, int]]:
        """``(role index, move bits)`` of the moves out of role ``i``."""
        lo, hi = self.out_start[i], self.out_start[i + 1]
        return zip(self.out_to[lo:hi], self.out_bits[lo:hi], strict=True)

    def predecessors(self, i: int) -> Iterator[tuple[int, int]]:
        """``(role index, move bits)`` of the moves into role ``i``."""
        lo, hi = self.in_start[i], self.in_start[i + 1]
        return zip(self.in_from[lo:hi], self.in_bits[lo:hi], strict=True)

    def encode(self) -> bytes:
        """A compact byte form: a JSON header (strings) and the raw arrays."""
        header = json.dumps([self.roles, self.names, self.levels], ensure_ascii=False)
        parts = [header.encode("utf-8")]
        parts += [a.tobytes() for a in self._arrays()]
        sizes = [len(p) for p in parts]
        return json.dumps(sizes).encode() + b"\n" + b"".join(parts)

    def _arrays(self) -> list[array[int]]:
        return [self.ranks, self.known, self.out_start, self.out_to, self.out_bits,
                self.in_start, self.in_from, self.in_bits]

    @classmethod
    def decode(cls, data: bytes) -> Adjacency:
        """Read :meth:`encode`'s bytes; ``ValueError`` if they are not well formed."""
        try:
            head, _, body = data.partition(b"\n")
            sizes = json.loads(head)
            if (not isinstance(sizes, list) or len(sizes) != 9
                    or not all(isinstance(s, int) and s >= 0 for s in sizes)
                    or sum(sizes) != len(body)):
                raise ValueError("bad section sizes")
            offsets = [sum(sizes[:i]) for i in range(10)]
            chunk = [body[offsets[i]:offsets[i + 1]] for i in range(9)]
            roles, names, levels = orjson.loads(chunk[0])
            typecodes = "lbllbllb"
            arrays = []
            for code, raw in zip(typecodes, chunk[1:], strict=True):
                values = array(code)
                values.frombytes(raw)
                arrays.append(values)
        except (ValueError, TypeError) as exc:  # orjson's decode error is a ValueError
            raise ValueError(f"routing adjacency is damaged: {exc}") from exc
        adjacency = cls(roles, names, arrays[0], levels, arrays[1], *arrays[2:])
        adjacency._check()
        return adjacency

    def _check(self) -> None:
        n = len(self.roles)
        if not (len(self.names) == len(self.levels) == len(self.ranks) == len(self.known) == n
                and len(self.out_start) == len(self.in_start) == n + 1
                and _all_text(self.roles) and _all_text(self.names)
                and _all_text(self.levels)):
            raise ValueError("routing adjacency is damaged: inconsistent sizes")
        # Only C-speed checks: this runs on every command.  Slices out of order are merely
        # empty, so what is left to rule out is an index that would fail.
        for start, to, bits in ((self.out_start, self.out_to, self.out_bits),
                                (self.in_start, self.in_from, self.in_bits)):
            if (len(to) != len(bits) or start[0] != 0 or start[n] != len(to)
                    or not 0 <= min(start) <= max(start) <= len(to)
                    or (len(to) and not 0 <= min(to) <= max(to) < n)):
                raise ValueError("routing adjacency is damaged: bad move arrays")


def encode_attrs(attrs: object) -> bytes:
    """Attributes as stored: compact UTF-8 JSON, key order kept (so they read back identical).

    >>> encode_attrs({"name": "Data Engineer", "aliases": ["DE"]})
    b'{"name":"Data Engineer","aliases":["DE"]}'
    """
    try:
        # orjson writes the same bytes as the json call below for every value a graph holds
        # (checked on generated corpora) at about a quarter of its cost: 360k rows at 10k guides.
        return orjson.dumps(attrs)
    except TypeError:  # a value orjson does not take (an int beyond 64 bits): the slow path
        return json.dumps(attrs, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


#: ``chunks`` kinds: one chunk per node (its row), one per edge source (its edges' rows).
NODE_CHUNK, EDGE_CHUNK = "n", "e"


def chunk_hash(rows: Iterable[bytes]) -> bytes:
    """SHA-256 of length-prefixed rows: one chunk of a :class:`Digest`.

    >>> len(chunk_hash([b"a", b"b"]))
    32
    """
    sha = hashlib.sha256()
    for row in rows:
        sha.update(len(row).to_bytes(8, "big"))
        sha.update(row)
    return sha.digest()


def combine(node_chunks: Iterable[bytes], edge_chunks: Iterable[bytes]) -> str:
    """The graph digest from its chunks' hashes, each section in key order."""
    sha = hashlib.sha256(b"nodes")
    for chunk in node_chunks:
        sha.update(chunk)
    sha.update(b"edges")
    for chunk in edge_chunks:
        sha.update(chunk)
    return sha.hexdigest()


class Digest:
    """The content hash of a graph (see :func:`graph_digest`), taken in chunks: one per node
    (its row) and one per edge source (the rows of its edges, in order).  The digest is a
    hash of the chunks' hashes in key order, and a store keeps the chunks' hashes (its
    ``chunks`` table), so a patch hashes again only the chunks it changes.

    Feed node rows with :meth:`node` and edge rows with :meth:`edge` (one source's edges
    together, as a graph's adjacency gives them).
    """

    def __init__(self) -> None:
        self.nodes: dict[str, bytes] = {}
        self.edges: dict[str, bytes] = {}
        self._src: str | None = None
        self._sha = hashlib.sha256()

    def node(self, node_id: str, row: bytes) -> None:
        self.nodes[node_id] = chunk_hash((row,))

    def edge(self, src: str, row: bytes) -> None:
        if src != self._src:
            self._close()
            if src in self.edges:
                raise ValueError(f"edges of {src!r} are not together")
            self._src, self._sha = src, hashlib.sha256()
        self._sha.update(len(row).to_bytes(8, "big"))
        self._sha.update(row)

    def _close(self) -> None:
        if self._src is not None:
            self.edges[self._src] = self._sha.digest()
            self._src = None

    def chunks(self) -> list[tuple[str, str, bytes]]:
        """``(kind, key, hash)`` of every chunk: the rows of a store's ``chunks`` table."""
        self._close()
        return ([(NODE_CHUNK, key, sha) for key, sha in self.nodes.items()]
                + [(EDGE_CHUNK, key, sha) for key, sha in self.edges.items()])

    def hexdigest(self) -> str:
        self._close()
        return combine((self.nodes[key] for key in sorted(self.nodes)),
                       (self.edges[key] for key in sorted(self.edges)))


def graph_digest(nodes: Iterable[tuple[str, bytes]], edges: Iterable[tuple[str, bytes]]
                 ) -> str:
    """The digest of nodes ``(id, row)`` and edges ``(source, row)`` (a source's edges
    together, in order): see :class:`Digest`.

    >>> graph_digest([("a", b"a")], [("a", b"b")]) == graph_digest([("a", b"a")], [("a", b"b")])
    True
    >>> graph_digest([("a", b"a")], [("a", b"b")]) == graph_digest([("a", b"a")], [("a", b"c")])
    False
    """
    digest = Digest()
    for node_id, row in nodes:
        digest.node(node_id, row)
    for src, row in edges:
        digest.edge(src, row)
    return digest.hexdigest()
