"""Resolving each component alone gives the clusters the whole corpus gives
(careergraph.components: the basis of incremental builds)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from benchmarks.generate import generate

from careergraph.build import _mentions
from careergraph.components import components
from careergraph.guides import load_corpus
from careergraph.lexicon import load_lexicon
from careergraph.model import NodeType
from careergraph.resolve import Entity, Resolution, learnt_acronyms, prepare, resolve_mentions


def _base(node_id: str) -> str:
    return re.sub(r"-\d+$", "", node_id)


def _comparable(entity: Entity) -> dict[str, Any]:
    return entity.model_dump(mode="json", exclude={"id"})


def _check(guides_path: Path | None) -> tuple[int, int]:
    lexicon = load_lexicon()
    corpus = load_corpus(None if guides_path is None else [guides_path], lexicon=lexicon)
    mentions = list(_mentions(sorted(corpus.guides, key=lambda g: (g.file,
                                                                   g.role.source.line))))
    whole = resolve_mentions(mentions, lexicon)
    learnt = learnt_acronyms(mentions)
    parts = components(mentions, lexicon, learnt)
    assert sum(len(p) for p in parts) == len(set(mentions))
    seen: set[str] = set()
    ambiguities: list[tuple[str, list[tuple[str, str, int]]]] = []
    merges: list[tuple[str, list[tuple[str, str, int]]]] = []
    # Each part alone is resolved as resolve_mentions does (prepare, then every type), its
    # normaliser seeded with the whole's keys: keys depend only on the acronyms learnt (the
    # same pairs, checked by the stamp), and recomputing the lexicon's and the corpus's keys
    # for each of a thousand parts was most of this check's time.
    assert whole._normaliser is not None
    stamp, keys = whole._normaliser.stamp(), whole._normaliser.known_keys()
    for part in parts:
        prepared = prepare(part, lexicon, learnt=learnt)
        assert prepared.normaliser.stamp() == stamp
        prepared.normaliser.seed_keys(keys)
        for type_ in NodeType:
            prepared.resolve(type_)
        alone = prepared.resolution
        for entity in alone.entities.values():
            record = next(r for r in entity.mentions if r.rule != "ambiguous")
            twin = whole.entities[whole.node_id(entity.type, record.text)]
            assert twin.id not in seen, twin.id  # one component holds all of a cluster
            seen.add(twin.id)
            assert _comparable(entity) == _comparable(twin)
            # Ids agree up to the "-2" suffix two equal names in different components get.
            assert _base(entity.id) == _base(twin.id)
        ambiguities += [(a.name, [(c.text, c.file, c.line) for c in a.claims])
                        for a in alone.ambiguities]
        merges += [(m.name, [(t.text, t.file, t.line) for t in m.titles]) for m in alone.merges]
        assert not alone.refusals
    assert seen == set(whole.entities)
    assert sorted(ambiguities) == sorted(
        (a.name, [(c.text, c.file, c.line) for c in a.claims]) for a in whole.ambiguities)
    assert sorted(merges) == sorted(
        (m.name, [(t.text, t.file, t.line) for t in m.titles]) for m in whole.merges)
    return len(parts), len(whole.entities)


def test_bundled_corpus_components_resolve_alone() -> None:
    parts, entities = _check(None)
    assert 1 < parts <= entities


@pytest.mark.parametrize(("size", "seed"), [(50, 17), (300, 20240607)])
def test_generated_corpus_components_resolve_alone(size: int, seed: int,
                                                   tmp_path: Path) -> None:
    generate(size, tmp_path, seed=seed)
    parts, entities = _check(tmp_path / "guides")
    assert parts > entities // 4  # small parts: re-resolving one is cheap


def test_resolution_index_is_what_the_parts_give() -> None:
    """The slots (spelling -> node) of the parts cover the whole corpus's index."""
    lexicon = load_lexicon()
    mentions = list(_mentions(load_corpus(lexicon=lexicon).guides))
    learnt = learnt_acronyms(mentions)
    whole = resolve_mentions(mentions, lexicon)
    slots: dict[str, str] = {}
    for part in components(mentions, lexicon, learnt):
        alone: Resolution = resolve_mentions(part, lexicon, learnt=learnt)
        slots.update(alone.index)
    assert slots == whole.index
