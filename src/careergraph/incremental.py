"""Resolution that redoes only the components a change touches (``docs/incremental.md``).

:class:`PartialResolver` is called by the build in place of
:func:`~careergraph.resolve.resolve_mentions` with every mention of the corpus.  With a
usable :class:`~careergraph.storage.buildstate.BuildState` it compares each guide file's
mentions with the state's, re-resolves only the components (:mod:`careergraph.components`)
the changed, added and removed files' mentions touch, takes every other component's
resolved piece from the state, and merges them (:func:`careergraph.parts.merge`) into
exactly the resolution of the whole corpus.  Anything it cannot vouch for — no state, a
state from another lexicon, a change that teaches or forgets a learnt acronym, parts that do
not merge — makes it resolve everything, and say why (:attr:`PartialResolver.info`).

>>> import tempfile
>>> from careergraph.build import build_graph
>>> from careergraph.guides import load_corpus
>>> from careergraph.storage.buildstate import BuildState
>>> state = BuildState.open(tempfile.mkdtemp() + "/state.db")
>>> guides = load_corpus().guides
>>> first = PartialResolver(state)
>>> graph, _ = build_graph(guides, resolver=first)
>>> first.info.path, first.info.reason
('full', 'no build state yet')
>>> again = PartialResolver(state)
>>> same, _ = build_graph(guides, resolver=again)
>>> again.info.path, again.info.mentions_resolved, sorted(same.nodes) == sorted(graph.nodes)
('incremental', 0, True)
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from pydantic import BaseModel

from careergraph.components import Tokens
from careergraph.lexicon import Lexicon, load_lexicon
from careergraph.model import NodeType, Seniority, Source
from careergraph.names import clean, strip_qualifiers
from careergraph.parts import Piece, Unmergeable, merge, split
from careergraph.resolve import Mention, Resolution, learnt_acronyms, resolve_mentions
from careergraph.storage.buildstate import (
    BuildState,
    MentionRow,
    StateUpdate,
    digest_rows,
    encode_rows,
)
from careergraph.unchecked import assembled
from careergraph.unionfind import UnionFind

__all__ = ["Change", "NamedMentions", "NeedAll", "PartialResolver", "RebuildInfo"]

_log = logging.getLogger(__name__)


class RebuildInfo(BaseModel):
    """How a build resolved names: ``incremental`` (only what changed) or ``full``, why,
    and how much work it did."""

    path: str = "full"
    reason: str = ""
    files_changed: int = 0
    mentions_resolved: int = 0
    parts_reused: int = 0
    #: How the graph was made: ``built`` from every guide, or ``patched``: only the rows the
    #: change reaches recomputed over the previous store (``careergraph.patch``), with the
    #: reason when a patch was not possible.
    graph: str = "built"
    graph_reason: str = ""


@dataclass
class Change:
    """What an incremental resolution found changed, for the graph patch
    (:mod:`careergraph.patch`)."""

    #: Files changed, added or removed.
    gone: set[str]
    #: The state's mention rows of the changed and removed files before this build.
    old_rows: dict[str, list[MentionRow]]
    #: Every file's mention rows now.
    rows: dict[str, list[MentionRow]]
    #: The node ids of the entities resolved again.
    fresh: set[str]
    #: The state's mention rows of a file whose guides were not loaded (``kept``).
    stored: Callable[[str], list[MentionRow]]

    def rows_of(self, file: str) -> list[MentionRow]:
        """A file's mention rows before this build."""
        if file in self.old_rows:
            return self.old_rows[file]
        return self.rows[file] if file in self.rows else self.stored(file)


class NeedAll(Exception):
    """Names must be resolved in full, and some files' guides were not loaded (``kept``):
    load them and call again."""


class _Full(Exception):
    """Resolve everything (the message says why)."""


_TYPES = {type_: type_.value for type_ in NodeType}
_LEVELS: dict[Seniority | None, str | None] = {level: level.value for level in Seniority}
_LEVELS[None] = None


#: A mention's fields in :class:`Mention`'s order (see :class:`NamedMentions`).
_Fields = tuple[NodeType, str, Source, bool, Seniority | None, str | None]


@runtime_checkable
class NamedMentions(Protocol):
    """Mentions that can also be read as their bare fields, without making the objects
    (:class:`careergraph.build.GuideMentions`): a rebuild compares them with the state's
    rows and makes objects only for the mentions it resolves again."""

    def __iter__(self) -> Iterator[Mention]: ...
    def named(self) -> Iterator[_Fields]: ...


def _rows_of(fields: Iterable[_Fields]) -> list[MentionRow]:
    types, levels = _TYPES, _LEVELS
    return [(types[type_], source.file, source.line, text, is_title, levels[level], same_as)
            for type_, text, source, is_title, level, same_as in fields]


def _rows(mentions: Iterable[Mention]) -> list[MentionRow]:
    return _rows_of((m.type, m.text, m.source, m.is_title, m.level, m.same_as)
                    for m in mentions)


_TYPE_OF = {type_.value: type_ for type_ in NodeType}
_LEVEL_OF = {level.value: level for level in Seniority}


_SOURCE_FIELDS = frozenset(Source.model_fields)


def _mention(row: MentionRow) -> Mention:
    type_, file, line, text, is_title, level, same_as = row
    # A row holds a valid source's fields (it was made from one): no validation again.
    source = assembled(Source, {"file": file, "line": line}, set(_SOURCE_FIELDS))
    return Mention(_TYPE_OF[type_], text, source, is_title,
                   _LEVEL_OF[level] if level is not None else None, same_as)


def _fingerprint(lexicon: Lexicon, learnt: Sequence[tuple[str, str]]) -> str:
    lexicon_digest = hashlib.sha256(lexicon.model_dump_json().encode()).hexdigest()
    return json.dumps({"lexicon": lexicon_digest, "learnt": [list(p) for p in learnt]})


def _teaching(rows: Iterable[MentionRow], memo: dict[str, bool]) -> list[MentionRow]:
    """The rows whose text defines an acronym ("Data Operations (DataOps)")."""
    found = []
    for row in rows:
        teaches = memo.get(row[3])
        if teaches is None:
            teaches = memo[row[3]] = bool(strip_qualifiers(clean(row[3]))[1])
        if teaches:
            found.append(row)
    return found


def _teaches(rows: Iterable[MentionRow], memo: dict[str, bool]) -> bytes | None:
    found = _teaching(rows, memo)
    return encode_rows(found) if found else None


class _Components:
    """The components of a set of mentions (with their rows), with each one's tokens."""

    def __init__(self, mentions: Sequence[Mention], rows: Sequence[MentionRow],
                 tokens: Tokens) -> None:
        joined = UnionFind[str]()
        first: dict[tuple[NodeType, str, str | None], str] = {}
        token_sets: dict[tuple[NodeType, str, str | None], frozenset[str]] = {}
        for mention in mentions:
            spelling = (mention.type, mention.text, mention.same_as)
            if spelling in first:
                continue
            own = token_sets[spelling] = tokens.of(mention)
            ordered = sorted(own)
            first[spelling] = ordered[0]
            for token in ordered[1:]:
                joined.union(ordered[0], token)
        label_of = {spelling: joined[token] for spelling, token in first.items()}
        self.tokens: defaultdict[str, set[str]] = defaultdict(set)
        #: A mention's component by its type and cleaned text (all mentions of one cleaned
        #: text share its exact-spelling token, so they are in one component).
        self.component_of: dict[tuple[str, str], str] = {}
        for spelling, own in token_sets.items():
            label = label_of[spelling]
            self.tokens[label] |= own
            self.component_of[(_TYPES[spelling[0]], clean(spelling[1]))] = label
        self.rows: defaultdict[str, list[MentionRow]] = defaultdict(list)
        for mention, row in zip(mentions, rows, strict=True):
            self.rows[label_of[(mention.type, mention.text, mention.same_as)]].append(row)

    def parts(self, pieces: dict[Hashable, Piece]
              ) -> list[tuple[list[MentionRow], Piece, set[str]]]:
        empty = Piece([], [])
        return [(rows, pieces.get(label, empty), self.tokens[label])
                for label, rows in self.rows.items()]


class PartialResolver:
    """Resolve mentions, re-resolving only what changed since the state was written (see
    the module docstring); the state is updated to the mentions resolved."""

    def __init__(self, state: BuildState | None, *, refresh: bool = False) -> None:
        self.state = state
        self.refresh = refresh
        self.info = RebuildInfo()
        #: Set by an incremental resolution (None after a full one).
        self.change: Change | None = None
        #: Files whose mentions are not given (their guides were not loaded): unchanged
        #: since the state was written, their rows are the state's.
        self.kept: set[str] = set()
        #: Per guide file: parse-cache key and stub records, kept with the state.
        self.parsed: dict[str, tuple[str, bytes]] = {}
        #: What resolves every mention when all are resolved: :func:`resolve_mentions`,
        #: or the same in two processes (:func:`careergraph.build.resolve_two_ways`).
        self.resolve: Callable[[list[Mention], Lexicon], Resolution] = resolve_mentions

    def __call__(self, mentions: Iterable[Mention], lexicon: Lexicon | None = None
                 ) -> Resolution:
        lexicon = lexicon or load_lexicon()
        self.change = None
        if self.state is None:  # nothing to keep: resolve as a plain build does
            listed = list(mentions)
            self.info = RebuildInfo(reason="no build state (no usable cache folder)",
                                    mentions_resolved=len(listed))
            return self.resolve(listed, lexicon)
        if isinstance(mentions, NamedMentions):  # objects only if everything is resolved
            rows = _rows_of(mentions.named())
        else:
            mentions = list(mentions)
            rows = _rows(mentions)
        by_file: dict[str, list[MentionRow]] = defaultdict(list)
        for row in rows:
            by_file[row[1]].append(row)
        files: dict[str, tuple[bytes, bytes]] = {}
        for file, own in by_file.items():
            files[file] = (digest_rows(own), encode_rows(own))
        try:
            if self.refresh:
                raise _Full("--no-cache: everything resolved again")
            try:
                return self._partial(self.state, by_file, files, lexicon)
            except (_Full, Unmergeable):
                raise
            except Exception as exc:  # an unreadable state costs a full resolution only
                raise _Full(f"build state unusable ({type(exc).__name__}: {exc})") from exc
        except (_Full, Unmergeable) as why:
            if self.kept:
                raise NeedAll(str(why)) from why
            self.info = RebuildInfo(path="full", reason=str(why), files_changed=len(files),
                                    mentions_resolved=len(rows))
            _log.info("names resolved in full: %s", why)
            return self._full(list(mentions), rows, files, lexicon)

    def _full(self, mentions: list[Mention], rows: list[MentionRow],
              files: dict[str, tuple[bytes, bytes]], lexicon: Lexicon) -> Resolution:
        resolution = self.resolve(mentions, lexicon)
        assert self.state is not None
        learnt, teachers = resolution._learnt, resolution._teachers
        teaching: dict[str, list[MentionRow]] = defaultdict(list)
        for row in rows:
            if row[3] in teachers:
                teaching[row[1]].append(row)
        update = StateUpdate(_fingerprint(lexicon, learnt), reset=True, parsed=self.parsed,
                             files={
            file: (*row, encode_rows(teaching[file]) if file in teaching else None)
            for file, row in files.items()})
        try:
            found = _Components(mentions, rows,
                                Tokens(lexicon, learnt, resolution._normaliser))
            update.parts = found.parts(split(resolution, found.component_of))
        except Unmergeable as why:  # kept empty: the next build resolves in full again
            _log.info("build state not kept: %s", why)
            update = StateUpdate("", reset=True)
        self.state.apply(update)
        return resolution

    def _partial(self, state: BuildState, rows: dict[str, list[MentionRow]],
                 files: dict[str, tuple[bytes, bytes]], lexicon: Lexicon) -> Resolution:
        if not state.fingerprint:
            raise _Full("no build state yet")
        learnt = [(a, b) for a, b in json.loads(state.fingerprint)["learnt"]]
        if state.fingerprint != _fingerprint(lexicon, learnt):
            raise _Full("the lexicon changed")
        stored = state.file_digests()
        if not self.kept <= stored.keys():
            raise _Full("the build state lacks files it vouched for")
        changed = [file for file, (digest, _) in files.items() if stored.get(file) != digest]
        removed = [file for file in stored if file not in files and file not in self.kept]
        gone = {*changed, *removed}
        old_by_file = {file: state.file_mentions([file]) for file in sorted(gone)}
        old = [row for file in sorted(gone) for row in old_by_file[file]]
        new = [row for file in changed for row in rows[file]]
        # Acronyms are learnt from every guide: only the files that define one decide them.
        memo: dict[str, bool] = {}
        teaching = [*state.teaching(gone), *_teaching(new, memo)]
        if learnt_acronyms(map(_mention, teaching)) != learnt:
            raise _Full("a change teaches or forgets an acronym (learnt for every guide)")
        tokens = Tokens(lexicon, learnt)
        touched = state.parts_of({t for row in (*old, *new) for t in tokens.of(_mention(row))})
        again_rows = [row for row in state.part_mentions(touched) if row[1] not in gone]
        again_rows += new
        again = list(map(_mention, again_rows))
        found = _Components(again, again_rows, tokens)
        fresh = split(resolve_mentions(again, lexicon, learnt=learnt), found.component_of)
        kept = state.pieces(leave_out=touched)
        resolution = merge([*kept, *fresh.values()])
        state.apply(StateUpdate(
            state.fingerprint, files={file: (*files[file], _teaches(rows[file], memo))
                                      for file in changed},
            dropped_files=set(removed), parts=found.parts(fresh), dropped_parts=touched,
            parsed=self.parsed))
        self.info = RebuildInfo(path="incremental", reason="", files_changed=len(gone),
                                mentions_resolved=len(again), parts_reused=len(kept))
        id_of = {order: node_id for node_id, order in resolution._order.items()}
        self.change = Change(gone, old_by_file, rows, {
            id_of[part.order] for piece in fresh.values() for part in piece.entities},
            lambda file: state.file_mentions([file]))
        _log.info("names resolved incrementally: %s", self.info)
        return resolution
