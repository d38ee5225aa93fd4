"""Independent parts of name resolution: the unit an incremental build re-resolves.

Resolution (:mod:`careergraph.resolve`) joins two spellings only on evidence the two share:
an equal comparison key (atoms are keys, or finer), equal words (skills), an alias and the
title it is given for, the alternatives of one slash title, one lexicon group.  Call those a
mention's *tokens*.  Mentions connected through shared tokens form a *component*; no join,
split, name, level, mention record, ambiguity or cross-guide merge ever looks across two
components.  So the mentions of one component, resolved alone with the corpus's learnt
acronyms (``resolve_mentions(..., learnt=...)``), give the clusters the whole corpus gives
them (``tests/test_components.py`` checks it on the bundled and generated corpora).  What
still crosses components — node-id suffixes for equal names, the order of report lists, the
lexicon's ``different`` entries — is listed in ``docs/incremental.md``.

Tokens over-approximate (a component may hold more than it must), never under-approximate.

>>> from careergraph.model import NodeType, Source
>>> from careergraph.resolve import Mention
>>> src = Source(file="g.txt", line=1)
>>> parts = components([Mention(type=NodeType.SKILL, text=t, source=src) for t in
...                     ("Python", "python", "Monitoring and Alerting",
...                      "alerting and monitoring", "Go")])
>>> sorted(sorted(m.text for m in part) for part in parts)
[['Go'], ['Monitoring and Alerting', 'alerting and monitoring'], ['Python', 'python']]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from careergraph.firm_names import firm_base
from careergraph.lexicon import Lexicon, load_lexicon
from careergraph.model import NodeType
from careergraph.names import Normaliser, clean, without_possessive
from careergraph.related import word_set_key
from careergraph.resolve import Mention, branch_brackets, learnt_acronyms
from careergraph.unionfind import UnionFind

__all__ = ["Tokens", "components"]


class Tokens:
    """The tokens of mentions, given the lexicon and the corpus's learnt acronyms."""

    def __init__(self, lexicon: Lexicon, learnt: Sequence[tuple[str, str]],
                 normaliser: Normaliser | None = None) -> None:
        """``normaliser``: one that knows the lexicon's and the ``learnt`` acronyms already
        (a resolution's: the keys it computed are not computed again)."""
        if normaliser is None:
            normaliser = Normaliser(lexicon.acronyms)
            for acronym, expansion in learnt:
                normaliser.learn(acronym, expansion)
        self.normaliser = normaliser
        self.level_words = {w.lower() for words in lexicon.levels.values() for w in words}
        self._lexicon = self._lexicon_tokens(lexicon)
        self._memo: dict[tuple[NodeType, str, str | None], frozenset[str]] = {}
        self._brackets: dict[str, list[str]] = {}

    def _keys(self, type_: NodeType, text: str) -> list[str]:
        loose, strict = self.normaliser._keys(text, type_ is NodeType.ROLE)
        prefix = f"{type_.value}\x1f"
        return [prefix + loose, prefix + strict, f"{prefix}={clean(text).casefold()}"]

    def _lexicon_tokens(self, lexicon: Lexicon) -> dict[str, str]:
        """Key token -> the token of its lexicon group (groups sharing a spelling are one,
        as resolution joins them through it)."""
        groups = UnionFind[str]()
        member: dict[str, str] = {}
        for type_ in NodeType:
            table: dict[str, list[str]] = (
                {name: entry.aliases for name, entry in lexicon.roles.items()}
                if type_ is NodeType.ROLE else
                {NodeType.SKILL: lexicon.skills, NodeType.SECTOR: lexicon.sectors,
                 NodeType.EMPLOYER: lexicon.employers}[type_])
            entries = [[canonical, *aliases] for canonical, aliases in table.items()]
            entries += [list(group) for group in lexicon.same]
            for number, names in enumerate(entries):
                group = f"{type_.value}\x1flexicon {number}"
                groups[group]  # registers a group of one
                for name in names:
                    for key in self._keys(type_, name):
                        if key in member:
                            groups.union(member[key], group)
                        member[key] = group
        return {key: f"{groups[group]}" for key, group in member.items()}

    def of(self, mention: Mention) -> frozenset[str]:
        """Every token of ``mention`` (see the module docstring)."""
        memo = (mention.type, mention.text, mention.same_as)
        found = self._memo.get(memo)
        if found is None:
            found = self._memo[memo] = frozenset(self._of(mention))
        if mention.type is NodeType.ROLE and "(" in mention.text:
            # A bracket two names share on one line names a branch (resolve's
            # _find_role_qualifier_splits): the names of one line and bracket are one part.
            brackets = self._brackets.get(mention.text)
            if brackets is None:
                brackets = self._brackets[mention.text] = branch_brackets(mention.text)
            if brackets:
                where = f"{mention.source.file}\x1f{mention.source.line}"
                found = found | {f"{NodeType.ROLE.value}\x1fbranch {where}\x1f{b}"
                                 for b in brackets}
        return found

    def _of(self, mention: Mention) -> set[str]:
        type_ = mention.type
        texts = [mention.text]
        if type_ is NodeType.ROLE:
            texts += self.normaliser.role_alternatives(mention.text, self.level_words)
        if mention.same_as:
            texts += (self.normaliser.role_alternatives(mention.same_as, set())[:1]
                      if type_ is NodeType.ROLE else [mention.same_as])
        tokens = {key for text in texts for key in self._keys(type_, text)}
        if type_ is NodeType.SKILL and (words := word_set_key(mention.text)):
            tokens.add(f"{type_.value}\x1fwords {words}")
        elif type_ is NodeType.EMPLOYER and (base := firm_base(clean(mention.text))):
            tokens.update(self._keys(type_, base)[:1])  # (its loose key: resolve's legal-form join)
        if bare := without_possessive(mention.text):
            tokens.update(self._keys(type_, bare)[:1])  # (its loose key: resolve's possessive join)
        tokens |= {self._lexicon[t] for t in tokens if t in self._lexicon}
        return tokens


def components(mentions: Iterable[Mention], lexicon: Lexicon | None = None,
               learnt: Sequence[tuple[str, str]] | None = None) -> list[list[Mention]]:
    """The mentions grouped into independently resolvable components, each in the order of
    its first mention (``learnt``: the corpus's acronym pairs, by default those of
    ``mentions``)."""
    mentions = list(dict.fromkeys(mentions))
    lexicon = lexicon or load_lexicon()
    tokens = Tokens(lexicon, learnt_acronyms(mentions) if learnt is None else learnt)
    joined = UnionFind[str]()
    first: list[str] = []
    for mention in mentions:
        own = sorted(tokens.of(mention))
        first.append(own[0])
        for token in own[1:]:
            joined.union(own[0], token)
    parts: dict[str, list[Mention]] = defaultdict(list)
    for mention, token in zip(mentions, first, strict=True):
        parts[joined[token]].append(mention)
    return list(parts.values())
