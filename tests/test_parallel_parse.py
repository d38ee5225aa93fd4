"""Parsing in worker processes gives exactly the corpus parsed in this process: the same
guides in the same order, the same problems (bad files included), the same graph."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable
from pathlib import Path

import pytest
from benchmarks.generate import generate
from pydantic import BaseModel

from careergraph.build import build_graph
from careergraph.guides import load_corpus, wire
from careergraph.guides.pool import (
    PARALLEL_MIN_FILES,
    ParseJob,
    ParseOutcome,
    auto_workers,
    parse_all,
)
from careergraph.model import Fact, Problem, Severity, SkillFact, SkillKind, Source


def test_workers_give_the_same_corpus_and_graph(tmp_path: Path) -> None:
    generate(60, tmp_path / "corpus")
    folder = tmp_path / "corpus" / "guides"
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "no-role.txt").write_text("Key Responsibilities\n- nothing else\n", encoding="utf-8")
    duplicate = sorted(folder.glob("*.txt"))[3]
    (folder / "zz-copy.txt").write_bytes(duplicate.read_bytes())

    alone = load_corpus([folder], workers=1)
    pooled = load_corpus([folder], workers=2)
    assert pooled.model_dump() == alone.model_dump()
    # Guides come back from workers in a compact wire form: the same objects, down to which
    # fields were set (what exclude_unset dumps and the parse cache's pickles see).
    assert pooled.guides == alone.guides
    assert [g.model_dump(exclude_unset=True) for g in pooled.guides] == [
        g.model_dump(exclude_unset=True) for g in alone.guides]
    assert len(alone.guides) >= 60
    messages = {p.file: p.message for p in alone.problems if p.severity == "error"}
    assert {"empty.txt", "binary.txt", "no-role.txt", "zz-copy.txt"} <= set(messages)
    assert "duplicate guide" in messages["zz-copy.txt"]
    pooled_graph, alone_graph = build_graph(pooled.guides)[0], build_graph(alone.guides)[0]
    assert dict(pooled_graph.nodes(data=True)) == dict(alone_graph.nodes(data=True))
    assert list(pooled_graph.edges(keys=True, data=True)) == list(
        alone_graph.edges(keys=True, data=True))


def test_small_corpora_parse_in_this_process() -> None:
    assert auto_workers(PARALLEL_MIN_FILES - 1) == 1
    assert auto_workers(PARALLEL_MIN_FILES) >= 1


def _jobs(folder: Path) -> list[ParseJob]:
    return [ParseJob(label=p.name, data=p.read_bytes(), suffix=p.suffix)
            for p in sorted(folder.iterdir())]


def _dumped(outcomes: Iterable[ParseOutcome]) -> list[object]:
    return [([g.model_dump(exclude_unset=True) for g in o.guides], o.error) for o in outcomes]


@pytest.fixture(scope="module")
def jobs(tmp_path_factory: pytest.TempPathFactory) -> list[ParseJob]:
    out = tmp_path_factory.mktemp("corpus")
    generate(40, out)
    return _jobs(out / "guides")


@pytest.fixture(scope="module")
def alone(jobs: list[ParseJob]) -> list[object]:
    """The jobs' outcomes parsed in this process alone: the reference each pool is compared
    with, parsed once for the module (it was parsed again in three tests).  One job's outcome
    is its own parse, so the first twelve jobs' outcomes are this list's first twelve."""
    return _dumped(parse_all(jobs, workers=1))


def test_this_process_parses_a_share_beside_forked_workers(jobs: list[ParseJob],
                                                           alone: list[object]) -> None:
    for count in (2, 3):
        assert _dumped(parse_all(jobs, workers=count, start_method="fork")) == alone
    assert multiprocessing.active_children() == []  # every worker exited and was reaped


def test_spawned_workers_give_the_same_outcomes(jobs: list[ParseJob],
                                                alone: list[object]) -> None:
    # Where the platform cannot fork, a pool of spawned workers parses instead.
    assert _dumped(parse_all(jobs[:12], workers=2, start_method="spawn")) == alone[:12]


def test_chunks_of_a_dead_worker_are_parsed_here(jobs: list[ParseJob],
                                                 alone: list[object]) -> None:
    outcomes = parse_all(jobs, workers=2, start_method="fork")
    first = next(outcomes)
    for worker in multiprocessing.active_children():
        worker.kill()  # whatever it had taken and not sent is parsed by this process
    rest = list(outcomes)
    assert _dumped([first, *rest]) == alone


def test_a_parse_stopped_early_stops_its_workers(jobs: list[ParseJob]) -> None:
    outcomes = parse_all(jobs, workers=2, start_method="fork")
    next(outcomes)
    assert multiprocessing.active_children() != []
    outcomes.close()  # the caller gave up (an exception, Ctrl-C): no worker left behind
    assert multiprocessing.active_children() == []


def test_unusual_model_states_cross_the_wire_unchanged() -> None:
    # The compact forms cover the usual facts; anything else keeps its exact state.
    source = Source(file="g.txt", line=2)
    bare = Fact.model_construct(text="Docker")  # no source set
    partial = SkillFact.model_construct(text="Go", source=source)  # no kind set
    odd_source = Fact(text="SQL", source=Source.model_construct(file="g.txt"))
    for value in (bare, partial, odd_source, Fact(text="Python", source=source)):
        again = wire.loads(wire.dumps(value))
        assert type(again) is type(value)
        assert again.__dict__ == value.__dict__
        assert again.model_fields_set == value.model_fields_set
        if "source" in value.__dict__:
            assert again.source.model_fields_set == value.source.model_fields_set


def test_wire_shortcuts_hold_for_the_model_classes() -> None:
    # The compact forms assume no extra fields and no private attributes on these classes.
    for cls in (Fact, SkillFact, Source, Problem):
        assert cls.model_config.get("extra") in (None, "ignore", "forbid")
        assert not cls.__private_attributes__


def test_shared_sources_stay_shared_across_the_wire() -> None:
    # The parser gives several facts one source object; copies would cost the parent memory.
    shared = Source(file="g.txt", line=4)
    facts = [Fact(text="A", source=shared), SkillFact(text="B", source=shared, kind=SkillKind.TOOL),
             Fact(text="C", source=Source(file="g.txt", line=5))]
    again = wire.loads(wire.dumps(facts))
    assert again == facts
    assert again[0].source is again[1].source
    assert again[2].source is not again[0].source


def test_compact_forms_keep_every_model_state() -> None:
    # Skills and facts on a shared source, problems with every field set or a default left.
    shared = Source(file="g.txt", line=4)
    values = [
        SkillFact(text="Go", source=shared, kind=SkillKind.TOOL),
        Fact(text="A", source=shared),
        Problem(file="g.txt", line=2, message="odd", severity=Severity.WARNING),
        Problem(file="g.txt", line=3, message="default severity"),
        Source(file="g.txt", line=7),
    ]
    again = wire.loads(wire.dumps(values))
    assert again == values
    assert again[0].source is again[1].source
    for before, after in zip(values, again, strict=True):
        assert type(after) is type(before)
        assert list(after.__dict__.items()) == list(before.__dict__.items())
        assert after.model_fields_set == before.model_fields_set


def _shape(value: object, seen: dict[int, int], out: list[object]) -> None:
    """Every model object's class, fields set and field order, numbered at first sight (a
    second sight of the same object is recorded as such), and every plain value."""
    if isinstance(value, BaseModel):
        if id(value) in seen:
            out.append(("same object as", seen[id(value)]))
            return
        seen[id(value)] = len(seen)
        out.append((type(value).__name__, sorted(value.model_fields_set), list(value.__dict__),
                    value.__pydantic_extra__, value.__pydantic_private__))
        for item in value.__dict__.values():
            _shape(item, seen, out)
    elif isinstance(value, list):
        out.append(("list", len(value)))
        for item in value:
            _shape(item, seen, out)
    else:
        out.append(repr(value))


def _shapes(value: object) -> list[object]:
    out: list[object] = []
    _shape(value, {}, out)
    return out


def test_guides_cross_with_every_state_and_shared_object() -> None:
    guides = load_corpus(workers=1).guides
    again = wire.loads(wire.dumps(guides))
    assert again == guides
    assert _shapes(again) == _shapes(guides)
    # A fact object held twice (here in two lists) stays one object.
    odd = guides[0].model_copy()
    odd.leads_to = [odd.responsibilities[0], *odd.leads_to]
    moved = wire.loads(wire.dumps(odd))
    assert moved.leads_to[0] is moved.responsibilities[0]
    assert _shapes(moved) == _shapes(odd)
