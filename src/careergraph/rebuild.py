"""One cached build: parse (through the parse cache), resolve against the build state, then
patch the previous store or build the graph whole, and save it.

:func:`build_into` is what :mod:`careergraph.cache` runs when the cached store is missing
or stale.  Names are resolved by :class:`~careergraph.incremental.PartialResolver` (only
the parts a change touches).  When that resolution was incremental and the previous store of
the same inputs is the one the build state recorded, the new store is that store patched
(:mod:`careergraph.patch`: only the rows the change reaches are computed) and the graph
returned reads it; otherwise the graph is built whole and saved (as a row diff against the
previous store when there is one).  Both give the same store byte for byte;
``graph.rebuild`` says which way was taken and why.

>>> import tempfile
>>> from pathlib import Path
>>> folder = Path(tempfile.mkdtemp())
>>> graph = build_into(folder / "g.db", Inputs(None, (), False, None), state=None,
...                    parse_cache=None)
>>> graph.rebuild.graph, (folder / "g.db").exists()
('built', True)
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from careergraph.bulk import outlive, paused_gc
from careergraph.errors import InputError
from careergraph.graph import CareerGraph
from careergraph.lexicon import Lexicon, load_lexicon
from careergraph.storage import GraphStore, names_fingerprint
from careergraph.storage.content import NameKeys
from careergraph.storage.copyahead import CopyAhead
from careergraph.storage.parsecache import ParseCache, today

if TYPE_CHECKING:
    from careergraph.guides.corpus import ParseCacheLike
    from careergraph.guides.taxonomy import TaxonomyOptions
    from careergraph.incremental import PartialResolver
    from careergraph.model import Guide, Problem
    from careergraph.names import Normaliser
    from careergraph.patch import Hydrate
    from careergraph.resolve import Resolution
    from careergraph.storage.buildstate import BuildState

__all__ = ["Found", "Inputs", "build_into"]

_log = logging.getLogger("careergraph.incremental")
#: The build state's entry for the store writer's name keys.
NAME_KEYS = "name keys"
#: The build state's entry for the day its files' parse-cache entries were last marked used.
TOUCHED = "parses touched"
#: The build state's entry for the duplicate check's text keys (by the files' byte digests).
TEXT_KEYS = "text keys"
#: The build state's entry for the byte digests of files without a tab in their first bytes.
PLAIN = "plain heads"


#: Guide files and the problems met listing them (:func:`careergraph.guides.discover`).
Found = tuple[list[tuple[str, Path]], list["Problem"]]


@dataclass
class Inputs:
    """What a build reads: guide paths (None: the bundled corpus), lexicon folders,
    ``--strict``, taxonomy options, and the paths' files when already listed."""

    paths: Sequence[str | Path] | None
    lexicon_dirs: Sequence[str | Path]
    strict: bool
    taxonomy: TaxonomyOptions | None
    found: Found | None = None
    #: Digests of files vouched for by their stat, by absolute path (see
    #: :class:`careergraph.cache.FileDigests`): those a rebuild need not read.
    vouched: Mapping[str, bytes] | None = None


def _quiet(_: str) -> None:
    return None


def build_into(target: Path, inputs: Inputs, *, state: BuildState | None,
               parse_cache: ParseCacheLike | None, base: Path | None = None,
               refresh: bool = False, progress: Callable[[int, int, str], None] | None = None,
               note: Callable[[str], None] = _quiet) -> CareerGraph:
    """Build the graph of ``inputs`` and save it as ``target`` (see the module docstring).
    ``base``: the previous store of the same inputs; ``refresh``: resolve everything
    (``--no-cache``).  A store that cannot be saved (a full disk) is noted, and the graph
    returned in memory."""
    # The copy of the previous store a patch writes into is made meanwhile, on a thread.
    ahead = (CopyAhead.start(base, target)
             if base is not None and state is not None and not refresh else None)
    try:
        return _build_into(target, inputs, state, parse_cache, base, refresh, progress, note,
                           ahead)
    finally:
        if ahead is not None:
            ahead.discard()


def _build_into(target: Path, inputs: Inputs, state: BuildState | None,
                parse_cache: ParseCacheLike | None, base: Path | None, refresh: bool,
                progress: Callable[[int, int, str], None] | None, note: Callable[[str], None],
                ahead: CopyAhead | None) -> CareerGraph:
    from careergraph.aside import can_fork
    from careergraph.build import (
        ASIDE_MIN_GUIDES,
        GuideMentions,
        build_graph,
        build_order,
        resolve_two_ways,
    )
    from careergraph.guides import load_corpus
    from careergraph.incremental import NeedAll, PartialResolver
    from careergraph.stubs import KeptParses, StubGuide

    opened = state.generation if state is not None else -1
    resolver = PartialResolver(state, refresh=refresh)
    lexicon = load_lexicon(inputs.lexicon_dirs)
    paths = [inputs.paths] if isinstance(inputs.paths, (str, Path)) else inputs.paths
    # With a build state, files unchanged since it was written give stubs, not their
    # guides, unless --no-cache; without a store to patch, their guides are needed anyway.
    kept = (KeptParses(parse_cache, state.parsed() if base is not None and not refresh else {},
                       touch=state.extra(TOUCHED) != today())
            if state is not None and isinstance(parse_cache, ParseCache) else None)
    known = state.extra(TEXT_KEYS) if state is not None else None
    text_keys = dict(known) if isinstance(known, dict) else {}
    heads = state.extra(PLAIN) if state is not None else None
    plain = set(heads) if isinstance(heads, (set, frozenset)) else set()
    corpus = load_corpus(paths, lexicon=lexicon, strict=inputs.strict, progress=progress,
                         parse_cache=kept or parse_cache, taxonomy=inputs.taxonomy,
                         text_keys=text_keys, found=inputs.found,
                         vouched=inputs.vouched if kept is not None else None, plain=plain)
    if state is not None and text_keys != known:
        state.keep(TEXT_KEYS, text_keys)
    if state is not None and plain != heads:
        state.keep(PLAIN, plain)
    guides = build_order(corpus.guides)
    hydrate = kept.hydrate if kept is not None else list
    if kept is not None and kept.touch and state is not None:
        # Every entry this state records was used today: the next build today need not
        # mark them again (the fresh ones are written today).
        state.keep(TOUCHED, today())
    if kept is not None:
        resolver.kept, resolver.parsed = set(kept.stubbed), kept.fresh
    if len(guides) >= ASIDE_MIN_GUIDES and can_fork():  # roles beside the other types
        resolver.resolve = resolve_two_ways
    with paused_gc():
        try:
            resolution = resolver(GuideMentions(
                [g for g in guides if not isinstance(g, StubGuide)]), lexicon)
        except NeedAll:
            assert kept is not None
            guides = hydrate(guides)
            resolver.parsed = {**{f: kept.kept[f] for f in kept.stubbed}, **kept.fresh}
            resolver.kept = set()
            resolution = resolver(GuideMentions(guides), lexicon)
    graph = None
    if base is not None and state is not None and resolver.change is not None:
        graph = _patched(target, base, guides, corpus.problems, lexicon, resolution, resolver,
                         state, opened, hydrate, ahead)
    if graph is None:
        built, report = build_graph(hydrate(guides), lexicon, corpus.problems,
                                    resolver=lambda *_: resolution)
        graph = CareerGraph(built, report, lexicon)
        if not _save(graph, target, base, state, note, resolution._normaliser):
            graph.rebuild = resolver.info
            return graph
    graph.rebuild = resolver.info
    if resolver.info.graph == "patched":  # small enough to keep: left to the exit
        outlive(corpus, guides, resolution, resolver, kept)
    if state is not None:
        from careergraph.patch import remember

        store = graph.store or GraphStore(target)
        try:
            remember(state, store.digest, resolution)
        finally:
            if store is not graph.store:
                store.close()
    return graph


def _name_keys(state: BuildState | None) -> NameKeys:
    """The name keys the last save of these inputs computed (reused where the acronym
    context is unchanged, and kept again for the next build)."""
    kept = state.extra(NAME_KEYS) if state is not None else None
    return kept if isinstance(kept, NameKeys) else NameKeys()


def _keep_name_keys(state: BuildState, keys: NameKeys, before: tuple[str, int]) -> None:
    """Keep ``keys`` for the next build, unless they are the ones the state holds
    (``before``: their stamp and count when read; keys are only ever added)."""
    if keys.stamp and (keys.stamp, len(keys.keys)) != before:
        state.keep(NAME_KEYS, keys.kept())


def _save(graph: CareerGraph, target: Path, base: Path | None, state: BuildState | None,
          note: Callable[[str], None], resolved: Normaliser | None = None) -> bool:
    """``resolved``: the resolution's normaliser, whose keys the store's names reuse."""
    keys = _name_keys(state)
    before = (keys.stamp, len(keys.keys))
    if resolved is not None:
        keys.lend(resolved)
    try:
        graph.save(target, base=base, name_keys=keys)
    except InputError as exc:  # a full disk or read-only folder only loses the cache
        note(f"could not save the graph in the cache ({exc.problem})")
        return False
    if state is not None:
        _keep_name_keys(state, keys, before)
    if base is None:  # written whole: a save elsewhere (build --out) copies the file
        graph.written = target
    return True


def _patched(target: Path, base: Path, guides: Sequence[Guide], problems: Sequence[Problem],
             lexicon: Lexicon, resolution: Resolution, resolver: PartialResolver,
             state: BuildState, opened: int, hydrate: Hydrate,
             ahead: CopyAhead | None = None) -> CareerGraph | None:
    """The store of ``guides`` written as ``base`` patched, opened; None (and the reason in
    ``resolver.info``) when the graph must be built whole instead."""
    from careergraph.patch import Unpatchable, patch_store, previous
    from careergraph.storage.rowdiff import Rebase

    assert resolver.change is not None
    try:
        before = previous(state, opened, base)
        with paused_gc():
            # No name keys kept from before: under the same acronyms the patch keys only
            # the changed nodes' names (a few), under others the kept keys do not apply.
            report = patch_store(base, target, guides, problems, lexicon, resolution,
                                 resolver.change, before, None, names_fingerprint(), hydrate,
                                 ahead)
        graph = CareerGraph(store=GraphStore(target), lexicon=lexicon)
        # The report the store now holds, as the data its bytes decode to: `build --json`
        # prints it without decoding what the patch just encoded.
        graph.report_data_is(report)
    except (Unpatchable, Rebase) as why:
        resolver.info.graph_reason = str(why) or "the previous store cannot be patched"
    except (OSError, sqlite3.Error, ValueError, KeyError) as exc:
        resolver.info.graph_reason = f"patch failed ({type(exc).__name__}: {exc})"
    else:
        resolver.info.graph = "patched"
        _log.info("graph patched over the previous store")
        return graph
    _log.info("graph built whole: %s", resolver.info.graph_reason)
    return None
