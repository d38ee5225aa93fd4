"""Entity resolution: every name the guides use -> one canonical node per real-world thing.

Spellings join when their comparison keys are equal (see :mod:`careergraph.names`), when the
lexicon lists them as one, or when a slash title names them as alternatives of one role
("MLOps / ML Platform Engineer").  Clusters are kept with :class:`networkx.utils.UnionFind`,
so no member is ever lost in a merge.  A slash title never glues together two roles that
the guides also name separately: it joins the first of them instead.

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

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from networkx.utils import UnionFind
from pydantic import BaseModel, Field

from careergraph.lexicon import Lexicon, load_lexicon
from careergraph.model import NodeType, Seniority, Source
from careergraph.names import Normaliser, clean, slugify, strip_qualifiers

KeyFn = Callable[[str], str]

__all__ = ["Entity", "Mention", "MentionRecord", "Resolution", "level_of", "resolve_mentions"]


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class MentionRecord:
    """Who said a spelling, and why it belongs to its node (pydantic fields accept it)."""

    text: str
    file: str
    line: int
    reason: str

    def as_dict(self) -> dict[str, str | int]:
        return {"text": self.text, "file": self.file, "line": self.line, "reason": self.reason}


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
        return sorted({(m.file, m.line) for m in self.mentions})

    @property
    def sources(self) -> list[Source]:
        return [Source(file=file, line=line) for file, line in self.places]


class Resolution(BaseModel):
    """The result of resolution: entities by id, and the id of every mention's text."""

    entities: dict[str, Entity] = Field(default_factory=dict)
    index: dict[str, str] = Field(default_factory=dict)

    @staticmethod
    def _slot(type_: NodeType, text: str) -> str:
        return f"{type_.value}\x1f{clean(text)}"

    def node_id(self, type_: NodeType, text: str) -> str:
        """The node id a mention's text resolved to (KeyError if it was never mentioned)."""
        return self.index[self._slot(type_, text)]

    def entity(self, node_id: str) -> Entity:
        return self.entities[node_id]


def level_of(title: str, lexicon: Lexicon) -> Seniority:
    """Seniority from the words of a role title (highest level word wins; default mid).

    >>> lex = load_lexicon()
    >>> [level_of(t, lex).value for t in ("Director of MLOps", "Lead MLOps Engineer",
    ...  "Staff/Principal Platform Engineer", "MLOps Engineer", "VP of Engineering")]
    ['director', 'lead', 'principal', 'mid', 'vp']
    """
    text = strip_qualifiers(clean(title))[0]
    for level in sorted(lexicon.levels, key=lambda lv: lv.rank, reverse=True):
        words = sorted(lexicon.levels[level], key=len, reverse=True)
        pattern = r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])"
        if words and re.search(pattern, text, re.IGNORECASE):
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


def _display(text: str) -> str:
    """The spelling shown for a mention: the guide's words without a parenthetical qualifier."""
    stripped, _ = strip_qualifiers(clean(text))
    return stripped or clean(text)


def resolve_mentions(
    mentions: Iterable[Mention], lexicon: Lexicon | None = None
) -> Resolution:
    """Cluster mentions into entities, deterministically (same mentions, same ids)."""
    lexicon = lexicon or load_lexicon()
    mentions = sorted(
        set(mentions), key=lambda m: (m.type.value, m.source.file, m.source.line, m.text)
    )
    normaliser = Normaliser(lexicon.acronyms)
    for mention in mentions:
        for acronym, expansion in strip_qualifiers(clean(mention.text))[1].items():
            normaliser.learn(acronym, expansion)

    resolution = Resolution()
    by_type: dict[NodeType, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_type[mention.type].append(mention)
    for type_ in NodeType:
        _resolve_type(type_, by_type.get(type_, []), lexicon, normaliser, resolution)
    return resolution


def _resolve_type(
    type_: NodeType,
    mentions: Sequence[Mention],
    lexicon: Lexicon,
    normaliser: Normaliser,
    resolution: Resolution,
) -> None:
    is_role = type_ is NodeType.ROLE
    level_words = {w.lower() for words in lexicon.levels.values() for w in words}

    key_cache: dict[str, str] = {}  # the normaliser learns nothing more here: keys are fixed

    def key(text: str) -> str:
        found = key_cache.get(text)
        if found is None:
            found = key_cache[text] = normaliser.key(text, role=is_role)
        return found

    # Per-mention data in lists aligned with ``mentions`` (indices, not hashed objects).
    alternatives = [
        normaliser.role_alternatives(m.text, level_words) if is_role else [clean(m.text)]
        for m in mentions
    ]
    clusters = UnionFind()
    attested: set[str] = set()
    for alts in alternatives:
        clusters[key(alts[0])]  # registers the key
        if len(alts) == 1:
            attested.add(key(alts[0]))
    lexicon_keys: dict[str, str] = {}
    for canonical, aliases in _lexicon_groups(type_, lexicon).items():
        keys = [key(canonical), *(key(a) for a in aliases)]
        clusters.union(*keys)
        lexicon_keys.update(dict.fromkeys(keys, canonical))

    for mention, alts in zip(mentions, alternatives, strict=True):
        if mention.same_as:
            clusters.union(key(alts[0]), key(mention.same_as))

    home: list[str] = []
    for alts in alternatives:
        keys = [key(a) for a in alts]
        if len(keys) == 1:
            home.append(keys[0])
            continue
        anchored = [k for k in keys if k in attested]
        if len({clusters[k] for k in anchored}) <= 1:
            clusters.union(*keys)
            home.append(keys[0])
        else:
            # Two roles the guides name separately: don't merge them; join the first.
            free = [k for k in keys if k not in attested]
            clusters.union(anchored[0], *free)
            home.append(anchored[0])

    members: dict[str, list[int]] = defaultdict(list)
    for index, home_key in enumerate(home):
        members[clusters[home_key]].append(index)

    taken: set[str] = set()
    for root in sorted(members, key=lambda r: min(key(mentions[i].text) for i in members[r])):
        group = [mentions[i] for i in members[root]]
        name = _choose_name(group, lexicon_keys, key)
        node_id = _unique_id(f"{type_.prefix}:{slugify(name)}", taken)
        records = [
            MentionRecord(
                text=clean(mentions[i].text), file=mentions[i].source.file,
                line=mentions[i].source.line,
                reason=_reason(mentions[i], name, key, lexicon_keys, len(alternatives[i]) > 1),
            )
            for i in members[root]
        ]
        # Internal, already-typed data: constructed without re-validation (it is hot).
        entity = Entity.model_construct(
            id=node_id, type=type_, name=name, key=key(name),
            aliases=sorted({clean(m.text) for m in group} | {name}),
            mentions=sorted(records, key=lambda r: (r.file, r.line, r.text)), level=None,
        )
        if is_role:
            entity.level = _role_level(group, name, lexicon, key)
        resolution.entities[node_id] = entity
        for mention in group:
            resolution.index[Resolution._slot(type_, mention.text)] = node_id


def _choose_name(
    group: Sequence[Mention], lexicon_keys: dict[str, str], key: KeyFn
) -> str:
    """Lexicon spelling if a guide used it; else the most used plain spelling (a guide's
    title wins a tie, then the shorter); a guide's spelling is always kept."""
    spelled = {clean(m.text) for m in group}
    for m in group:
        canonical = lexicon_keys.get(key(m.text))
        if canonical and canonical in spelled:
            return canonical
    counts: Counter[str] = Counter()
    titles: set[str] = set()
    for m in group:
        shown = _display(m.text)
        plain = "/" not in shown
        counts[shown] += 2 if plain else 1
        if m.is_title:
            titles.add(shown)
    return min(counts, key=lambda s: (-counts[s], s not in titles, "/" in s, len(s), s))


def _reason(
    mention: Mention, name: str, key: KeyFn, lexicon_keys: dict[str, str], slash: bool
) -> str:
    text = clean(mention.text)
    if text == name:
        return "canonical spelling"
    if key(text) == key(name):
        return "same name once case, punctuation, acronyms and qualifiers are normalised"
    if slash:
        return "a slash title naming this role as one of its alternatives"
    if key(text) in lexicon_keys:
        return f"listed as a spelling of {lexicon_keys[key(text)]!r} in the lexicon"
    return "joined through another spelling of the same group"


def _role_level(
    group: Sequence[Mention], name: str, lexicon: Lexicon, key: KeyFn
) -> Seniority:
    for canonical, entry in lexicon.roles.items():
        if entry.level and key(canonical) == key(name):
            return entry.level
    stated = sorted({m.level for m in group if m.level}, key=lambda lv: lv.rank)
    return stated[-1] if stated else level_of(name, lexicon)


def _unique_id(candidate: str, taken: set[str]) -> str:
    node_id, n = candidate, 2
    while node_id in taken:
        node_id, n = f"{candidate}-{n}", n + 1
    taken.add(node_id)
    return node_id
