"""Entity resolution: every name the guides use -> one canonical node per real-world thing.

Spellings join only on explicit evidence, each join recorded with its rule (see
:mod:`careergraph.evidence`): equal comparison keys (see :mod:`careergraph.names`), a lexicon
entry, an alias a guide gives *for its own role*, or a slash title naming alternatives of one
role ("MLOps / ML Platform Engineer").  Clusters are kept with
:class:`~careergraph.unionfind.UnionFind` (networkx's algorithm) over those pieces of
evidence, never over string similarity, so no member is ever lost and nothing is chained by
resemblance.

- A guide is the authority for its own role: two guide titles are two roles unless the same
  key, an alias one guide gives for its own role that equals the other's title, or the
  lexicon says they are one.  Titles that differ only in a qualifier or scope stay apart.
- An alias two different roles claim is *ambiguous*: it is listed on both, resolves to
  neither (:attr:`Resolution.ambiguities`).
- A user's lexicon ``same`` entry joins names; a ``different`` entry keeps them apart
  whatever else says they are one (:attr:`Resolution.refusals`).
- A slash title never glues together two roles the guides also name separately: it joins
  the first of them instead.

>>> from careergraph.model import Fact, Source, NodeType
>>> src = Source(file="g.txt", line=1)
>>> res = resolve_mentions([
...     Mention(type=NodeType.ROLE, text="MLOps / ML Platform Engineer", source=src),
...     Mention(type=NodeType.ROLE, text="MLOps Engineer", source=src),
... ])
>>> slash = res.node_id(NodeType.ROLE, "MLOps / ML Platform Engineer")
>>> slash == res.node_id(NodeType.ROLE, "MLOps Engineer")
True
>>> res.entity(res.node_id(NodeType.ROLE, "MLOps Engineer")).name
'MLOps Engineer'
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple

from pydantic import BaseModel, Field, PrivateAttr

from careergraph.evidence import (
    CONFIDENCE,
    Ambiguity,
    Claim,
    CrossGuideMerge,
    Evidence,
    MentionRecord,
    Refusal,
)
from careergraph.firm_names import firm_base
from careergraph.lexicon import Lexicon, load_lexicon
from careergraph.mentioncols import Columns, Fields, gather
from careergraph.model import NodeType, Seniority, Source
from careergraph.names import (
    Normaliser,
    clean,
    descriptive_bracket,
    descriptive_qualifiers,
    name_key,
    slugify,
    strip_qualifiers,
    without_possessive,
)
from careergraph.related import word_set_key
from careergraph.unchecked import assembled
from careergraph.unionfind import UnionFind

__all__ = ["Entity", "Mention", "MentionRecord", "Prepared", "Resolution", "branch_brackets",
           "learnt_acronyms", "level_of", "prepare", "resolve_mentions"]


# Not frozen: a frozen dataclass's __init__ is several times slower and a build makes one
# Mention per name a guide uses.  Treat mentions as read-only (they are hashed).
@dataclass(slots=True)
class Mention:
    """One occurrence of a name in a guide (internal and plentiful: a plain dataclass)."""

    type: NodeType
    text: str
    source: Source
    is_title: bool = False
    level: Seniority | None = None
    #: Another spelling this one is stated to be the same as (a structured guide's alias).
    same_as: str | None = None

    def __hash__(self) -> int:
        # Source is a frozen pydantic model whose hash is slow; hash its fields instead.
        return hash((self.type, self.text, self.source.file, self.source.line, self.is_title,
                     self.level, self.same_as))


class Entity(BaseModel):
    """A resolved node: canonical name, every spelling and every mention."""

    id: str
    type: NodeType
    name: str
    key: str
    aliases: list[str]
    mentions: list[MentionRecord]
    level: Seniority | None = None

    @property
    def places(self) -> list[tuple[str, int]]:
        """Every ``(file, line)`` that names this entity, sorted."""
        # Mentions are kept in (file, line) order: the sort has little to do.
        return sorted(dict.fromkeys([(m.file, m.line) for m in self.mentions]))

    @property
    def sources(self) -> list[Source]:
        return [Source(file=file, line=line) for file, line in self.places]


class Resolution(BaseModel):
    """The result of resolution: entities by id, and the id of every mention's text."""

    entities: dict[str, Entity] = Field(default_factory=dict)
    index: dict[str, str] = Field(default_factory=dict)
    #: Mention slots that name two or more nodes (a shared alias): they resolve to none.
    ambiguous: dict[str, list[str]] = Field(default_factory=dict)
    ambiguities: list[Ambiguity] = Field(default_factory=list)
    merges: list[CrossGuideMerge] = Field(default_factory=list)
    refusals: list[Refusal] = Field(default_factory=list)
    #: Each entity's place among the clusters of its type (the order ids are given in):
    #: its first key, then its first mention's file, line and text.  Kept so parts resolved
    #: apart can be merged in the same order (:mod:`careergraph.parts`).
    _order: dict[str, tuple[str, str, int, str]] = PrivateAttr(default_factory=dict)
    #: Per ambiguity (same order): its atom (ambiguities are listed in atom order) and slots.
    _ambiguity_slots: list[tuple[str, list[str]]] = PrivateAttr(default_factory=list)
    #: The acronyms learnt (in order), the mention texts that taught them (when learnt
    #: from the mentions) and the normaliser that knows them: what the components of this
    #: resolution are computed with (:mod:`careergraph.incremental`).
    _learnt: list[tuple[str, str]] = PrivateAttr(default_factory=list)
    _teachers: set[str] = PrivateAttr(default_factory=set)
    _normaliser: Normaliser | None = PrivateAttr(default=None)

    @staticmethod
    def _slot(type_: NodeType, text: str) -> str:
        # A NodeType is a str (its value): concatenating avoids the slow Enum.value lookup.
        return type_ + "\x1f" + clean(text)

    def node_id(self, type_: NodeType, text: str) -> str:
        """The node id a mention's text resolved to (KeyError if it was never mentioned)."""
        return self.index[self._slot(type_, text)]

    def candidates(self, type_: NodeType, text: str) -> list[str]:
        """The nodes an ambiguous mention's text could mean (empty if it is not ambiguous)."""
        return self.ambiguous.get(self._slot(type_, text), [])

    def entity(self, node_id: str) -> Entity:
        return self.entities[node_id]


def level_of(title: str, lexicon: Lexicon) -> Seniority:
    """Seniority from the words of a role title (highest level word wins; default mid).

    >>> lex = load_lexicon()
    >>> [level_of(t, lex).value for t in ("Director of MLOps", "Lead MLOps Engineer",
    ...  "Staff/Principal Platform Engineer", "MLOps Engineer", "VP of Engineering")]
    ['director', 'lead', 'principal', 'mid', 'vp']
    """
    return _level_in(title, _level_patterns(lexicon))


def _level_patterns(lexicon: Lexicon) -> list[tuple[Seniority, re.Pattern[str]]]:
    """The lexicon's level words as one pattern per level, highest level first."""
    patterns = []
    for level in sorted(lexicon.levels, key=lambda lv: lv.rank, reverse=True):
        words = sorted(lexicon.levels[level], key=len, reverse=True)
        if words:
            body = "|".join(re.escape(w) for w in words)
            patterns.append((level, re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)))
    return patterns


def _level_in(title: str, patterns: list[tuple[Seniority, re.Pattern[str]]]) -> Seniority:
    text = strip_qualifiers(clean(title))[0]
    for level, pattern in patterns:
        if pattern.search(text):
            return level
    return Seniority.MID


def _lexicon_groups(type_: NodeType, lexicon: Lexicon) -> dict[str, list[str]]:
    if type_ is NodeType.EMPLOYER:
        return lexicon.employers
    if type_ is NodeType.SECTOR:
        return lexicon.sectors
    if type_ is NodeType.SKILL:
        return lexicon.skills
    return {name: entry.aliases for name, entry in lexicon.roles.items()}


def resolve_mentions(
    mentions: Iterable[Mention], lexicon: Lexicon | None = None,
    *, learnt: Sequence[tuple[str, str]] | None = None,
) -> Resolution:
    """Cluster mentions into entities, deterministically (same mentions, same ids).

    ``learnt``: the acronym pairs to know instead of those the mentions define (resolving
    part of a corpus exactly as within the whole: see :mod:`careergraph.components`).
    """
    prepared = prepare(mentions, lexicon or load_lexicon(), learnt=learnt)
    for type_ in NodeType:  # a type without mentions still joins (or refuses) lexicon names
        prepared.resolve(type_)
    return prepared.resolution


@dataclass(slots=True)
class Prepared:
    """Mentions gathered and acronyms learnt: each node type can now be resolved on its
    own (:meth:`resolve`), in any process; :func:`resolve_mentions` resolves them in
    :class:`NodeType` order into :attr:`resolution`."""

    columns: dict[NodeType, Columns]
    lexicon: Lexicon
    normaliser: Normaliser
    resolution: Resolution

    def resolve(self, type_: NodeType) -> None:
        """Resolve the mentions of ``type_`` into :attr:`resolution`."""
        cols = self.columns.get(type_) or Columns([], [], [], [], [], [])
        _TypeResolver(type_, cols, self.lexicon, self.normaliser).run(self.resolution)


def prepare(mentions: Iterable[Mention], lexicon: Lexicon,
            *, learnt: Sequence[tuple[str, str]] | None = None) -> Prepared:
    """The first step of :func:`resolve_mentions`: gather the mentions, learn the acronyms.

    >>> src = Source(file="g.txt", line=1)
    >>> prepared = prepare([Mention(type=NodeType.SKILL, text="Go", source=src)],
    ...                    load_lexicon())
    >>> prepared.resolve(NodeType.SKILL)
    >>> sorted(prepared.resolution.entities)
    ['skill:go']
    """
    columns = gather(_fields(mentions))
    normaliser = Normaliser(lexicon.acronyms)
    resolution = Resolution()
    if learnt is None:
        learnt = _pairs(columns, resolution._teachers)
    for acronym, expansion in learnt:
        normaliser.learn(acronym, expansion)
    resolution._learnt = list(learnt)
    resolution._normaliser = normaliser
    return Prepared(columns, lexicon, normaliser, resolution)


def learnt_acronyms(mentions: Iterable[Mention]) -> list[tuple[str, str]]:
    """The ``(acronym, expansion)`` pairs the mentions define ("Data Operations (DataOps)"),
    in the order resolution learns them.

    >>> src = Source(file="g.txt", line=1)
    >>> learnt_acronyms([Mention(type=NodeType.ROLE, text="Data Operations (DataOps) Lead",
    ...                          source=src)])
    [('DataOps', 'Data Operations')]
    """
    return _pairs(gather(_fields(mentions)))


def _fields(mentions: Iterable[Mention]) -> Iterable[Fields]:
    """Each mention's fields; mentions that can be read as their bare fields
    (:class:`careergraph.build.GuideMentions`) are, without making the objects."""
    named = getattr(mentions, "named", None)
    if callable(named):
        fields: Iterable[Fields] = named()
        return fields
    return ((m.type, m.text, m.source, m.is_title, m.level, m.same_as) for m in mentions)


def _pairs(columns: dict[NodeType, Columns], teachers: set[str] | None = None
           ) -> list[tuple[str, str]]:
    """The pairs, learnt in order; ``teachers`` collects the texts that define any."""
    # Each text once, at its last occurrence among the mentions ordered by type, file, line
    # and text: the same expansions win as learning them all.
    ordered = list(itertools.chain.from_iterable(
        columns[type_].texts for type_ in sorted(columns)))
    pairs: list[tuple[str, str]] = []
    for text in reversed(dict.fromkeys(reversed(ordered))):
        if not _may_teach(text):
            continue
        found = strip_qualifiers(clean(text))[1]
        if found:
            pairs += found.items()
            if teachers is not None:
                teachers.add(text)
    return pairs


def _may_teach(text: str) -> bool:
    """Whether a mention text may define an acronym: only a bracket does (one NFKC may
    make from a non-ASCII character).  The others leave the pairs learnt as they are."""
    return "(" in text or not text.isascii()


class _TypeResolver:
    """Resolution of the mentions of one node type (see the module docstring): per distinct
    spelling where the rules look only at the text, per mention where they look at who
    said it (aliases, slash titles)."""

    def __init__(self, type_: NodeType, cols: Columns, lexicon: Lexicon,
                 normaliser: Normaliser) -> None:
        self.type = type_
        self.cols = cols
        self.lexicon = lexicon
        self.normaliser = normaliser
        self.is_role = type_ is NodeType.ROLE
        self._keys: dict[str, tuple[str, str]] = {}
        self._overrides: dict[str, str] = {}
        self._atoms: dict[str, str] = {}
        self._fixed = False
        #: The alternatives of each distinct mention text (see Normaliser.role_alternatives).
        self.alternatives_of: dict[str, list[str]] = {}
        #: The texts some guide uses as its own title.
        self.title_texts: set[str] = set(itertools.compress(cols.texts, cols.titles))
        self.split: dict[str, set[str]] = {}
        self.clusters = UnionFind[str]()
        self.joined_by: dict[str, Evidence] = {}
        self.forbidden: list[tuple[str, str, list[str]]] = []
        self.refusals: list[Refusal] = []

    # -- keys and atoms ------------------------------------------------------------------
    def keys(self, text: str) -> tuple[str, str]:
        found = self._keys.get(text)
        if found is None:
            found = self._keys[text] = self.normaliser._keys(text, self.is_role)
        return found

    def key(self, text: str) -> str:
        return self.keys(text)[0]

    def atom(self, text: str) -> str:
        """The UnionFind element of a spelling: its key, or its strict key where a qualifier
        tells two names apart, or its exact text where the user's lexicon says so."""
        found = self._atoms.get(text)
        if found is None:
            found = self._atom(text)
            if self._fixed:  # splits and overrides are known: the atom never changes
                self._atoms[text] = found
        return found

    def _atom(self, text: str) -> str:
        if self._overrides:
            found = self._overrides.get(clean(text).casefold())
            if found is not None:
                return found
        loose, strict = self.keys(text)
        distinct = self.split.get(loose)
        if distinct is not None and (not self.is_role or strict in distinct):
            return strict
        return loose

    def _find_splits(self) -> None:
        # Roles: two guide titles differing only in a qualifier or scope are two roles.
        # Other types: two different qualifiers of one name are two things.
        if self.type not in (NodeType.ROLE, NodeType.SKILL):
            return
        seen: dict[str, set[str]] = defaultdict(set)
        texts = self.title_texts if self.is_role else self.alternatives_of
        for text in texts:
            alts = self.alternatives_of[text]
            if len(alts) != 1:
                continue
            loose, strict = self.keys(alts[0])
            if self.is_role or (strict != loose and _identifying(text)):
                seen[loose].add(strict)
        if self.is_role:
            self._find_role_qualifier_splits(seen)
        self.split = {k: v for k, v in seen.items() if len(v) >= 2}

    def _find_role_qualifier_splits(self, seen: dict[str, set[str]]) -> None:
        """Role names a qualifier tells apart though no two guides' titles differ by it
        (``seen``: loose key -> the strict keys to keep apart, added to): an alias with a
        qualifier that is another guide's title without it names another role ("Firefighter
        (Control)" given by a fire control operator's guide is not the firefighter of a guide
        titled "Firefighter").

        One line of a page naming one name with two brackets names two grades, branches or
        specialisms ("Loco Pilot (Shunting) → Loco Pilot (Goods)", a ladder's rungs), unless
        a bracket only describes the post's terms (:func:`~careergraph.names.
        descriptive_bracket`: "X (remote)" and "X (contract)" are one role).  Both mentions
        share their loose key, so the rule never looks across two components."""
        cols = self.cols
        title_strict: dict[str, set[str]] = defaultdict(set)
        for text in self.title_texts:
            if len(alts := self.alternatives_of[text]) == 1:
                loose, strict = self.keys(alts[0])
                title_strict[loose].add(strict)
        on_line: dict[tuple[str, int, str], set[str]] = defaultdict(set)
        branch: dict[tuple[str, int, str], set[tuple[str, str]]] = defaultdict(set)
        for text, indices in cols.where.items():
            if "(" not in text or len(self.alternatives_of[text]) != 1:
                continue
            # The qualifiers read once: both tests below look at them.
            qualifiers = descriptive_qualifiers(clean(text))
            if not _identifying_qualifiers(qualifiers):
                continue
            loose, strict = self.keys(text)
            if strict == loose:
                continue
            if not all(map(descriptive_bracket, qualifiers)):
                for i in indices:
                    on_line[(cols.files[i], cols.lines[i], loose)].add(strict)
                for bracket in _branches(qualifiers):
                    for i in indices:
                        branch[(cols.files[i], cols.lines[i], bracket)].add((loose, strict))
            for i in indices:
                same_as = cols.same_as[i]
                if same_as and loose in title_strict and strict not in title_strict[loose] \
                        and self.keys(self.normaliser.role_alternatives(
                            same_as, set())[0])[0] != loose:
                    seen[loose] |= title_strict[loose] | {strict}
        for (_, _, loose), stricts in on_line.items():
            if len(stricts) >= 2:
                seen[loose] |= stricts
        # One bracket over two or more different names on one line ("Crew Manager (Control)
        # > Station Manager (Control)") names a branch or department: each bracketed name is
        # another job than the name without the bracket (a fuel station's "Station
        # Manager").  The names share no key: components.Tokens gives them a line token.
        for names in branch.values():
            if len({loose for loose, _ in names}) >= 2:
                for loose, strict in names:
                    seen[loose] |= {loose, strict}

    def _user_overrides(self) -> None:
        for group in self.lexicon.different:
            for a, b in itertools.combinations(group, 2):
                if self.atom(a) == self.atom(b):
                    base = self.atom(a)
                    for text in (a, b):
                        exact = clean(text).casefold()
                        self._overrides[exact] = f"{base}={exact}"
        for group in self.lexicon.different:
            for a, b in itertools.combinations(group, 2):
                self.forbidden.append((self.atom(a), self.atom(b), [clean(a), clean(b)]))

    # -- guarded union -------------------------------------------------------------------
    def join(self, a: str, b: str, evidence: Evidence) -> bool:
        """Union two atoms unless a lexicon ``different`` entry forbids it."""
        ra, rb = self.clusters[a], self.clusters[b]
        if ra == rb:
            return True
        for x, y, names in self.forbidden:
            if {self.clusters[x], self.clusters[y]} == {ra, rb}:
                self.refusals.append(Refusal(
                    type=self.type, names=names, rule=evidence.rule,
                    detail=f"not joined ({evidence.detail}): the lexicon says "
                           f"{names[0]!r} and {names[1]!r} are different"))
                return False
        self.clusters.union(a, b)
        self.joined_by.setdefault(a, evidence)
        self.joined_by.setdefault(b, evidence)
        return True

    # -- the algorithm -------------------------------------------------------------------
    def run(self, resolution: Resolution) -> None:
        level_words = {w.lower() for words in self.lexicon.levels.values() for w in words}
        role_alternatives = self.normaliser.role_alternatives
        self.alternatives_of = of_text = {
            text: role_alternatives(text, level_words) if self.is_role else [clean(text)]
            for text in self.cols.where}
        self._find_splits()
        self._user_overrides()
        self._fixed = True
        attested: set[str] = set()
        for alts in of_text.values():
            atom = self.atom(alts[0])
            self.clusters[atom]  # registers the atom
            if len(alts) == 1:
                attested.add(atom)
        lexicon_atoms = self._join_lexicon()
        if self.type is NodeType.SKILL:
            self._join_same_words()
        elif self.type is NodeType.EMPLOYER:
            self._join_legal_forms()
        self._join_possessives()
        ambiguous = self._join_aliases()
        homes = self._join_slashes(attested)
        groups, loose_refs = self._groups(homes, ambiguous)
        _Assembler(self, lexicon_atoms).assemble(groups, ambiguous, loose_refs, resolution)
        resolution.refusals.extend(self.refusals)

    def _groups(self, homes: dict[int, str], ambiguous: set[str]
                ) -> tuple[list[_Group], dict[str, list[int]]]:
        """The mentions of each cluster (in order of their first mention), and of each
        ambiguous atom: a spelling's mentions go together, save a slash title's (each has
        its own home)."""
        cols, clusters = self.cols, self.clusters
        where, texts = cols.where, cols.texts
        parts: dict[str, list[tuple[str, list[int]]]] = {}
        loose: dict[str, list[list[int]]] = {}
        roots: dict[str, str] = {}  # the clusters are final: one find per atom
        homed = [(self.atom(alts[0]), text, where[text])
                 for text, alts in self.alternatives_of.items() if len(alts) == 1]
        homed += [(atom, texts[i], [i]) for i, atom in homes.items()]
        for atom, text, indices in homed:
            if atom in ambiguous:
                loose.setdefault(atom, []).append(indices)
                continue
            root = roots.get(atom)
            if root is None:
                root = roots[atom] = clusters[atom]
            found = parts.get(root)
            if found is None:
                parts[root] = [(text, indices)]
            else:
                found.append((text, indices))
        titled = Counter(itertools.compress(texts, cols.titles))
        groups = [self._group(root, found, titled) for root, found in parts.items()]
        groups.sort(key=lambda group: group.indices[0])
        return groups, {atom: _merged(lists) for atom, lists in loose.items()}

    def _group(self, root: str, parts: list[tuple[str, list[int]]], titled: Counter[str]
               ) -> _Group:
        """A cluster's mentions from its spellings' (``titled``: each text's title count)."""
        if len(parts) > 1:
            by_text: dict[str, list[list[int]]] = {}
            for text, indices in parts:
                by_text.setdefault(text, []).append(indices)
            parts = sorted(((text, _merged(lists)) for text, lists in by_text.items()),
                           key=lambda part: part[1][0])
        where, title_at = self.cols.where, self.cols.titles.__getitem__
        spellings = []
        for text, indices in parts:
            own = (titled[text] if indices is where[text]
                   else sum(map(title_at, indices)))  # a slash title's mentions apart
            spellings.append((text, own, len(indices) - own))
        return _Group(root, _merged([indices for _, indices in parts]), spellings)

    def _join_lexicon(self) -> dict[str, str]:
        lexicon_atoms: dict[str, str] = {}
        groups = dict(_lexicon_groups(self.type, self.lexicon))
        for group in self.lexicon.same:
            groups.setdefault(group[0], [])
            groups[group[0]] = [*groups[group[0]], *group[1:]]
        for canonical, aliases in groups.items():
            anchor = self.atom(canonical)
            lexicon_atoms.setdefault(anchor, canonical)
            for alias in aliases:
                evidence = Evidence("lexicon", CONFIDENCE["lexicon"], clean(alias), "lexicon",
                                    0, f"listed as a spelling of {canonical!r} in the lexicon")
                if self.join(self.atom(alias), anchor, evidence):
                    lexicon_atoms.setdefault(self.atom(alias), canonical)
        return lexicon_atoms

    def _joining_mentions(self) -> Iterable[tuple[int, str]]:
        """(index, text) of each spelling's first mention: a spelling joins there; only a
        refusal (a lexicon ``different`` entry) needs every mention, to be repeated."""
        cols = self.cols
        if self.forbidden:
            return enumerate(cols.texts)
        return ((indices[0], text) for text, indices in cols.where.items())

    def _join_same_words(self) -> None:
        """Skills whose names have the same words, in any order or inflection, are one
        ("Monitoring and Observability" = "observability and monitoring")."""
        cols = self.cols
        first: dict[str, str] = {}
        keys: dict[str, str] = {}  # a corpus repeats its skill names
        for i, text in self._joining_mentions():
            atom = self.atom(text)
            if "(" in atom:  # a qualifier identifies it: its words alone do not
                continue
            words_key = keys.get(text)
            if words_key is None:
                words_key = keys[text] = word_set_key(text)
            if not words_key:
                continue
            anchor = first.setdefault(words_key, atom)
            if anchor != atom:
                self.join(atom, anchor, Evidence(
                    "same-words", CONFIDENCE["same-words"], clean(text), cols.files[i],
                    cols.lines[i], f"the same words as another spelling ({words_key!r})"))

    def _join_legal_forms(self) -> None:
        """Employers whose names differ only by a legal form are one ("Harlow Steel Ltd" =
        "Harlow Steel" = "Harlow Steel, Inc.")."""
        cols = self.cols
        first: dict[str, str] = {}
        for i, text in self._joining_mentions():
            base = firm_base(clean(text))
            atom = self.atom(text)
            firm = self.key(base or text)
            anchor = first.setdefault(firm, atom)
            if anchor != atom:
                self.join(atom, anchor, Evidence(
                    "legal-form", CONFIDENCE["legal-form"], clean(text), cols.files[i],
                    cols.lines[i], f"the same firm as another spelling without its legal "
                                   f"form ({base or clean(text)!r})"))

    def _join_possessives(self) -> None:
        """Names that differ only by a possessive "'s" are one ("St. Brendan's Medical
        Center" = "St. Brendan Medical Center", "Fitter's Helper" = "Fitter Helper"; the key
        already reads "Fitters Helper" as "Fitter's Helper"), when both are mentioned."""
        cols, atom = self.cols, self.atom
        # Built only when a spelling has a possessive (most corpora have few or none): it
        # costs an atom per spelling, and atoms do not change with joins.
        named: set[str] | None = None
        for i, text in self._joining_mentions():
            bare = without_possessive(text)
            if not bare or len(self.alternatives_of[text]) != 1:
                continue
            if named is None:
                named = {atom(alts[0]) for alts in self.alternatives_of.values()
                         if len(alts) == 1}
            own, other = atom(text), atom(bare)
            if other != own and other in named:
                self.join(own, other, Evidence(
                    "possessive", CONFIDENCE["possessive"], clean(text), cols.files[i],
                    cols.lines[i], f"the same name as another spelling without its "
                                   f"possessive 's ({bare!r})"))

    def _own_atom(self, same_as: str) -> str:
        """The atom of the role an alias is given for."""
        return self.atom(self.normaliser.role_alternatives(same_as, set())[0]
                         if self.is_role else same_as)

    def _alias_evidence(self, i: int) -> Evidence:
        cols = self.cols
        text, file, line = clean(cols.texts[i]), cols.files[i], cols.lines[i]
        return Evidence("alias", CONFIDENCE["alias"], text, file, line,
                        f"alias {text!r} given by {file}:{line} for its own role "
                        f"{clean(cols.same_as[i] or '')!r}")

    def _join_aliases(self) -> set[str]:
        """Join each guide's aliases to its own role; return the atoms that are ambiguous.

        An alias equal to another guide's title joins the two roles (explicit evidence),
        unless the same role's aliases name two or more other guides' titles: an umbrella
        page ("Interpreters and Translators") naming several roles the guides keep apart
        joins none of them (see :meth:`_umbrellas`).  An alias that two different roles
        claim joins neither.
        """
        cols = self.cols
        title_atoms = {self.atom(alts[0]) for text in self.title_texts
                       if len(alts := self.alternatives_of[text]) == 1}
        title_roots = {self.clusters[a] for a in title_atoms}
        claims: dict[str, list[tuple[int, str]]] = defaultdict(list)
        titled: list[tuple[int, str, str]] = []
        for i in itertools.compress(range(len(cols)), cols.same_as):
            own = self._own_atom(cols.same_as[i] or "")
            alias = self.atom(cols.texts[i])
            if self.clusters[alias] in title_roots:
                titled.append((i, own, alias))
            else:
                claims[alias].append((i, own))
        umbrellas = self._umbrellas(titled)
        for i, own, alias in titled:
            if self.clusters[own] not in umbrellas:
                self.join(alias, own, self._alias_evidence(i))
        ambiguous: set[str] = set()
        for alias, claimed in claims.items():
            roots = {self.clusters[own] for _, own in claimed}
            if len(roots) == 1:
                i, own = claimed[0]
                self.join(alias, own, self._alias_evidence(i))
            else:
                ambiguous.add(alias)
        return ambiguous

    def _umbrellas(self, titled: list[tuple[int, str, str]]) -> set[str]:
        """The roots of roles whose aliases name two or more other guides' titles (before any
        alias joins): joining them would merge those guides' roles into one."""
        named: dict[str, set[str]] = defaultdict(set)
        for _, own, alias in titled:
            if self.clusters[alias] != self.clusters[own]:
                named[self.clusters[own]].add(self.clusters[alias])
        return {root for root, others in named.items() if len(others) > 1}

    def _join_slashes(self, attested: set[str]) -> dict[int, str]:
        """Join each slash title's alternatives; return each such mention's home atom (the
        other mentions' home is their spelling's atom)."""
        cols, where, atom = self.cols, self.cols.where, self.atom
        slashed = sorted(itertools.chain.from_iterable(
            where[text] for text, alts in self.alternatives_of.items() if len(alts) > 1))
        home: dict[int, str] = {}
        for i in slashed:
            text, file, line = cols.texts[i], cols.files[i], cols.lines[i]
            atoms = [atom(a) for a in self.alternatives_of[text]]
            evidence = Evidence(
                "slash", CONFIDENCE["slash"], clean(text), file, line,
                f"the slash title {clean(text)!r} ({file}:{line}) names it as an alternative")
            anchored = [a for a in atoms if a in attested]
            if len({self.clusters[a] for a in anchored}) <= 1:
                first = anchored[0] if anchored else atoms[0]
                for other in atoms:
                    self.join(other, first, evidence)
                home[i] = atoms[0]
            else:
                # Two roles the guides name separately: don't merge them; join the first.
                for other in (a for a in atoms if a not in attested):
                    self.join(other, anchored[0], evidence)
                home[i] = anchored[0]
        return home


class _Group(NamedTuple):
    """A cluster's mentions: its root, its mention indices (ascending) and each of its
    texts in order of first use with its counts of mentions as a title and not."""

    root: str
    indices: list[int]
    spellings: list[tuple[str, int, int]]


def _merged(lists: list[list[int]]) -> list[int]:
    """Ascending lists of mention indices as one ascending list."""
    return lists[0] if len(lists) == 1 else sorted(itertools.chain.from_iterable(lists))


class _Assembler:
    """Turns the clusters of one type into entities, with names, levels and explanations."""

    def __init__(self, res: _TypeResolver, lexicon_atoms: dict[str, str]) -> None:
        self.res = res
        self.lexicon_atoms = lexicon_atoms
        self._levels: dict[str, Seniority] = {}
        self._level_patterns = _level_patterns(res.lexicon)
        #: Role key -> (position in the lexicon, level) of the lexicon roles stating a level.
        self._lexicon_levels: dict[str, tuple[int, Seniority]] = {}
        if res.is_role:
            for position, (canonical, entry) in enumerate(res.lexicon.roles.items()):
                if entry.level:
                    self._lexicon_levels.setdefault(res.key(canonical), (position, entry.level))
        self._shown: dict[str, str] = {}

    def assemble(self, groups: list[_Group], ambiguous: set[str],
                 loose_refs: dict[str, list[int]], resolution: Resolution) -> None:
        res, cols, type_ = self.res, self.res.cols, self.res.type
        taken: set[str] = set(resolution.entities)
        node_of_root: dict[str, str] = {}
        prefix, slot = f"{type_.prefix}:", Resolution._slot(type_, "")
        index, order = resolution.index, resolution._order
        texts, files, lines, titles = cols.texts, cols.files, cols.lines, cols.titles
        key = res.key
        first_key = [min([key(text) for text, _, _ in group.spellings]) for group in groups]
        # By first key; ties: first mention first (the groups come in that order).
        for number in sorted(range(len(groups)), key=first_key.__getitem__):
            root, indices, spellings = groups[number]
            name = self._choose_name(spellings)
            node_id = _unique_id(prefix + slugify(name), taken)
            node_of_root[root] = node_id
            first = indices[0]
            order[node_id] = (first_key[number], files[first], lines[first], texts[first])
            why = {text: self._why(text, name) for text, _, _ in spellings}
            if len(why) == 1:  # most groups: one spelling
                [(cleaned, rule, confidence, reason)] = why.values()
                records = [MentionRecord(cleaned, files[i], lines[i], reason, rule,
                                         confidence) for i in indices]
            else:
                records = [MentionRecord(w[0], files[i], lines[i], w[3], w[1], w[2])
                           for i in indices for w in (why[texts[i]],)]
            # The group's mentions are in (file, line, text) order: so are its records,
            # unless cleaning changed a text (then sort them by the cleaned text).
            if any(w[0] != text for text, w in why.items()):
                records.sort(key=_RECORD_ORDER)
            level = own = None
            if res.is_role:
                own = (list(itertools.compress(indices, map(titles.__getitem__, indices)))
                       if any(n for _, n, _ in spellings) else [])
                level = self._role_level(indices, own, name)
            # Internal, already-typed data: made without re-validation (it is hot).
            entity = assembled(Entity, {
                "id": node_id, "type": type_, "name": name, "key": res.key(name),
                "aliases": sorted({w[0] for w in why.values()} | {name}),
                "mentions": records, "level": level}, set(_ENTITY_FIELDS))
            if own is not None:
                merge = _cross_guide(entity, {(files[i], lines[i]) for i in own}, records)
                if merge is not None:
                    resolution.merges.append(merge)
            resolution.entities[node_id] = entity
            for cleaned, *_ in why.values():
                index[slot + cleaned] = node_id
        for atom in sorted(ambiguous):
            self._ambiguity(atom, loose_refs.get(atom, []), node_of_root, resolution)

    def _ambiguity(self, atom: str, indices: list[int], node_of_root: dict[str, str],
                   resolution: Resolution) -> None:
        res, cols = self.res, self.res.cols
        claims: list[Claim] = []
        candidates: set[str] = set()
        for i in indices:
            candidate = None
            if same_as := cols.same_as[i]:
                candidate = node_of_root.get(res.clusters[res._own_atom(same_as)])
            if candidate:
                candidates.add(candidate)
            claims.append(Claim(text=clean(cols.texts[i]), file=cols.files[i],
                                line=cols.lines[i], candidate=candidate))
        ordered = sorted(candidates)
        slots = [Resolution._slot(res.type, cols.texts[i]) for i in indices]
        for slot in slots:
            resolution.ambiguous[slot] = ordered
        resolution._ambiguity_slots.append((atom, slots))
        for claim in claims:
            if claim.candidate is None:
                continue
            entity = resolution.entities[claim.candidate]
            others = ", ".join(repr(resolution.entities[c].name) for c in ordered
                               if c != claim.candidate)
            entity.aliases = sorted({*entity.aliases, claim.text})
            entity.mentions = sorted([*entity.mentions, MentionRecord(
                text=claim.text, file=claim.file, line=claim.line, rule="ambiguous",
                confidence=0.0, reason=f"also claimed by {others}: an ambiguous name that "
                                       "resolves to neither")],
                key=lambda r: (r.file, r.line, r.text))
        name = claims[0].text if claims else atom
        resolution.ambiguities.append(Ambiguity(type=res.type, name=name, candidates=ordered,
                                                claims=claims))

    def _display(self, text: str) -> str:
        """A spelling as shown: without a descriptive qualifier, unless the qualifier tells
        two names apart or qualifies a one-word name ("SaaS (service-oriented modelling)")."""
        found = self._shown.get(text)
        if found is None:
            found = self._shown[text] = self._display_of(text)
        return found

    def _display_of(self, text: str) -> str:
        cleaned = clean(text)
        stripped, _ = strip_qualifiers(cleaned)
        if not stripped or stripped == cleaned:
            return cleaned
        loose, strict = self.res.keys(text)
        if "(" in loose or (strict != loose and self.res.atom(text) == strict):
            return cleaned  # the qualifier is part of the identity
        if not self.res.is_role and len(re.split(r"[\s/-]+", stripped)) == 1 \
                and _identifying(cleaned):
            return cleaned  # "SaaS (service-oriented modelling)": it says which SaaS
        return stripped

    def _choose_name(self, spellings: Sequence[tuple[str, int, int]]) -> str:
        """Lexicon spelling if a guide used it; else a spelling of a guide's own title (the
        most used plain one; a title wins a tie, then the shorter).

        ``spellings``: each text of the group, in order of first use, with its counts of
        mentions as a title and not."""
        res = self.res
        if len(spellings) == 1:  # most groups: one spelling, shown as the rules below show it
            text = spellings[0][0]
            canonical = self.lexicon_atoms.get(res.atom(text))
            return canonical if canonical and canonical == clean(text) else self._display(text)
        spelled = {clean(text) for text, _, _ in spellings}
        for text, _, _ in spellings:
            canonical = self.lexicon_atoms.get(res.atom(text))
            if canonical and canonical in spelled:
                return canonical
        title_keys = {res.key(alt) for text, own, _ in spellings if own
                      for alt in res.alternatives_of[text]}
        counts: Counter[str] = Counter()
        titles: set[str] = set()
        for text, own, other in spellings:
            shown = self._display(text)
            plain = "/" not in shown
            for is_title, n in ((True, own), (False, other)):
                if not n or (title_keys and res.key(shown) not in title_keys
                             and not is_title):
                    continue
                counts[shown] += (2 if plain else 1) * n
                if is_title:
                    titles.add(shown)
        if not counts:
            for text, own, other in spellings:
                counts[self._display(text)] += own + other
        return min(counts, key=lambda s: (-counts[s], s not in titles, "/" in s, len(s), s))

    def _why(self, text: str, name: str) -> tuple[str, str, float, str]:
        """(cleaned text, rule, confidence, reason) of a mention text joining ``name``."""
        cleaned = clean(text)
        slash = len(self.res.alternatives_of[text]) > 1
        return cleaned, *self._explain(cleaned, name, slash)

    def _explain(self, text: str, name: str, slash: bool) -> tuple[str, float, str]:
        """(rule, confidence, reason) of a spelling joining the node named ``name``."""
        res = self.res
        if text == name:
            return "canonical", 1.0, "canonical spelling"
        if res.atom(text) == res.atom(name) or res.key(text) == res.key(name):
            if "(" in text or res.keys(text)[1] != res.keys(name)[1]:
                return ("qualifier", CONFIDENCE["qualifier"],
                        "same name without its qualifier or scope")
            exact = name_key(text) == name_key(name)
            return ("same-key", 1.0 if exact else CONFIDENCE["same-key"],
                    "same name once case, punctuation, acronyms and qualifiers are normalised")
        if slash:
            return ("slash", CONFIDENCE["slash"],
                    "a slash title naming this role as one of its alternatives")
        evidence = res.joined_by.get(res.atom(text))
        if evidence is not None:
            return evidence.rule, evidence.confidence, evidence.detail
        return ("chain", CONFIDENCE["chain"],
                "joined through another spelling of the same group")

    def _level_of(self, title: str) -> Seniority:
        found = self._levels.get(title)
        if found is None:
            found = self._levels[title] = _level_in(title, self._level_patterns)
        return found

    def _role_level(self, group: Sequence[int], own: Sequence[int], name: str) -> Seniority:
        """The level the role's own titles (mentions ``own`` of ``group``) state or imply,
        never an alias's."""
        res, cols = self.res, self.res.cols
        texts, levels = cols.texts, cols.levels
        # The first lexicon role (in lexicon order) that is one of these titles.
        listed = [self._lexicon_levels[key] for key in
                  {res.key(t) for t in [name, *(texts[i] for i in own)]}
                  if key in self._lexicon_levels]
        if listed:
            return min(listed)[1]
        stated = sorted({level for i in own if (level := levels[i])}, key=lambda lv: lv.rank)
        if stated:
            return stated[-1]
        if len(own) == 1:  # most roles: one guide's own title
            return self._level_of(texts[own[0]])
        if own:
            counts = Counter(self._level_of(texts[i]) for i in own)
            return min(counts, key=lambda lv: (-counts[lv], -lv.rank))
        stated = sorted({level for i in group if (level := levels[i])}, key=lambda lv: lv.rank)
        return stated[-1] if stated else self._level_of(name)


_RECORD_ORDER = attrgetter("file", "line", "text")
_ENTITY_FIELDS = frozenset(Entity.model_fields)
_EXAMPLES = re.compile(r"[,;]|\b(?:e\.g|i\.e|such as|incl|like)\b", re.IGNORECASE)


def branch_brackets(text: str) -> list[str]:
    """The casefolded brackets of a role name that may name a branch or department: not an
    acronym the name defines, not the post's terms (:func:`~careergraph.names.
    descriptive_bracket`), no examples, letters only ("(Control)", "(Goods)"; not "(CA2)",
    "(e.g. Docker)").  Only a bracket two names share on one line is read as one.

    >>> branch_brackets("Watch Manager (Control)"), branch_brackets("Nurse (remote)")
    (['control'], [])
    """
    if "(" not in text:
        return []
    return _branches(descriptive_qualifiers(clean(text)))


def _branches(qualifiers: list[str]) -> list[str]:
    """:func:`branch_brackets` of a name whose qualifiers are ``qualifiers``."""
    return [q.casefold() for q in qualifiers
            if not descriptive_bracket(q) and not _EXAMPLES.search(q)
            and not any(c.isdigit() for c in q)]


def _identifying(text: str) -> bool:
    """True when a name's qualifiers say *which* thing it is ("(computer programming)"),
    not what it covers ("(AWS, GCP, Azure)", "(e.g. Docker)")."""
    return _identifying_qualifiers(descriptive_qualifiers(clean(text)))


def _identifying_qualifiers(qualifiers: list[str]) -> bool:
    """:func:`_identifying` of a name whose qualifiers are ``qualifiers``."""
    return bool(qualifiers) and not any(_EXAMPLES.search(q) for q in qualifiers)


def _cross_guide(entity: Entity, title_places: set[tuple[str, int]],
                 records: Sequence[MentionRecord]) -> CrossGuideMerge | None:
    files = {file for file, _ in title_places}
    if len(files) < 2:
        return None
    titles = sorted((r for r in records if (r.file, r.line) in title_places),
                    key=lambda r: (r.file, r.line))
    return CrossGuideMerge(node=entity.id, name=entity.name, titles=titles)


def _unique_id(candidate: str, taken: set[str]) -> str:
    node_id, n = candidate, 2
    while node_id in taken:
        node_id, n = f"{candidate}-{n}", n + 1
    taken.add(node_id)
    return node_id
