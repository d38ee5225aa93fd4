"""What a route's target string means: one role, or every role at a level.

The rules, in order:

1. A string that exactly names a role (name or alias, ignoring case and spacing) is that role.
2. A level or title word from the lexicon (``data/lexicon/roles.yaml``: "Director", "Head",
   "VP", "Manager", "C-level", "Principal", "Lead" …, plurals and "… level" accepted) means
   every role *at that level* or *whose title contains the word*.  "Director" and "Head" are
   both director-level words, so "Director" reaches "Head of …" roles too.
3. Otherwise the string is matched as a role name with :meth:`CareerGraph.match` (aliases and
   close misspellings, with a score).  Nothing close enough, or two roles about equally close,
   raises :class:`~careergraph.errors.ResolveError` with the closest candidates.

>>> from careergraph.lexicon import load_lexicon
>>> parse_level("Directors", load_lexicon())
(<Seniority.DIRECTOR: 'director'>, 'director')
>>> parse_level("C-level", load_lexicon())
(<Seniority.C_LEVEL: 'c-level'>, 'c-level')
>>> parse_level("Engineer", load_lexicon()) is None
True
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from careergraph.errors import ResolveError
from careergraph.lexicon import Lexicon
from careergraph.model import NodeType, Seniority
from careergraph.routing.index import RoleIndex
from careergraph.routing.models import RoleRef, Target
from careergraph.storage.content import TITLE, WORD, squash

if TYPE_CHECKING:
    from careergraph.graph import CareerGraph

__all__ = ["level_roles", "parse_level", "resolve_role", "resolve_target"]

_SUFFIX = re.compile(r"[\s-]*(?:level|levels|roles?|positions?)$", re.IGNORECASE)


def _seniority_words(lexicon: Lexicon) -> dict[str, Seniority]:
    words: dict[str, Seniority] = {}
    for level in Seniority:
        words[level.value] = level
        words[level.value.replace("-", " ")] = level
    for level, spellings in lexicon.levels.items():
        for word in spellings:
            words[squash(word).rstrip(".")] = level
    return words


def parse_level(text: str, lexicon: Lexicon) -> tuple[Seniority, str] | None:
    """``(level, word)`` when ``text`` is a level or title word, else None.

    ``word`` is the lower-case singular word the user gave (used to match titles).
    """
    words = _seniority_words(lexicon)
    base = squash(text).rstrip(".")
    forms = [base, squash(_SUFFIX.sub("", base))]
    for form in list(forms):
        if form.endswith("es"):
            forms.append(form[:-2])
        if form.endswith("s"):
            forms.append(form[:-1])
    for form in forms:
        if form in words:
            return words[form], form
    return None


def level_roles(graph: CareerGraph, index: RoleIndex, level: Seniority, word: str) -> list[str]:
    """Role ids at ``level`` or whose name or an alias contains ``word`` (sorted, cached).

    Titles are not scanned: the roles whose titles hold the word's first run of letters are
    looked up in the graph's word index, then checked against the whole word.
    """
    key = ("level-roles", level.value, word)
    cached = index.memo.get(key)
    if cached is None:
        adjacency = index.adjacency
        found = set(itertools.compress(adjacency.roles, map(level.value.__eq__,
                                                            adjacency.levels)))
        pattern = re.compile(rf"(?<![\w-]){re.escape(word)}s?(?![\w-])", re.IGNORECASE)
        first = word.split()[0] if word.split() else ""
        if re.fullmatch(r"[\w-]+", first):
            maybe = {*graph.lookup(WORD, first.lower()), *graph.lookup(WORD, first.lower() + "s")}
        else:
            maybe = set(adjacency.roles)
        for role_id in sorted(maybe - found):
            attrs = graph.node(role_id)
            titles = [attrs.get("name", ""), *(attrs.get("aliases") or [])]
            if any(pattern.search(t) for t in titles):
                found.add(role_id)
        cached = index.memo[key] = sorted(found)
    result: list[str] = cached
    return result


def _exact_role(graph: CareerGraph, text: str) -> str | None:
    hits = graph.lookup(TITLE, squash(text))
    return hits[0] if len(hits) == 1 else None


def resolve_role(graph: CareerGraph, text: str) -> RoleRef:
    """A role name, alias or close misspelling -> :class:`RoleRef` (or ``ResolveError``)."""
    match = graph.match(text, NodeType.ROLE)
    return RoleRef(query=text, id=match.id, name=match.name, score=match.score)


def resolve_target(
    graph: CareerGraph, index: RoleIndex, text: str, *, source: str | None = None
) -> Target:
    """Resolve a target string (see the module docstring).

    For a level target the ``source`` role is left out of the target set (a route from a
    director to "Director" goes to another director-level role).

    Raises
    ------
    ResolveError
        No role is named so (closely enough), two are about equally close, or no role is at
        the level asked for.
    """
    if not text.strip():
        raise ResolveError(text, "empty target name")
    exact = _exact_role(graph, text)
    if exact is not None:
        return Target(query=text, kind="role", roles=[exact], score=100.0)
    parsed = parse_level(text, graph.lexicon)
    if parsed is not None:
        level, word = parsed
        roles = [r for r in level_roles(graph, index, level, word) if r != source]
        if not roles:
            shown = [(c.name, c.score) for c in graph.candidates(text, NodeType.ROLE)]
            raise ResolveError(text, f"no role at level {level.value} or with {word!r} in its "
                               "title (other than the starting role)", shown)
        return Target(query=text, kind="level", level=level, roles=roles)
    ref = resolve_role(graph, text)
    return Target(query=text, kind="role", roles=[ref.id], score=ref.score)
