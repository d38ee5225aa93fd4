"""Work done in a forked process (:mod:`careergraph.aside`), and the build that resolves its
roles there: the graph and report are byte for byte those of resolving in one process."""

from __future__ import annotations

import json
import os
from pathlib import Path

import networkx as nx
import pytest

import careergraph.build as build
from careergraph.aside import aside, can_fork
from careergraph.build import build_graph
from careergraph.guides import load_corpus
from careergraph.lexicon import load_lexicon

FIXTURES = Path(__file__).parent / "fixtures"
forks = pytest.mark.skipif(not can_fork(), reason="needs fork and two CPUs")


@forks
def test_the_work_runs_in_another_process() -> None:
    here = os.getpid()
    with aside(os.getpid) as result:
        assert result() != here


@forks
def test_a_child_that_dies_leaves_the_work_to_this_process() -> None:
    here = os.getpid()

    def work() -> str:
        if os.getpid() != here:
            os._exit(3)  # the child dies without a word
        return "done here"

    with aside(work) as result:
        assert result() == "done here"


def test_without_fork_the_work_runs_when_asked() -> None:
    calls: list[int] = []
    with aside(lambda: calls.append(1) or len(calls), fork=False) as result:
        assert not calls
        assert result() == 1


@forks
def test_leaving_the_block_early_ends_the_child() -> None:
    with pytest.raises(RuntimeError), aside(lambda: sum(range(10**9))):
        raise RuntimeError("stop")  # the child is killed and reaped, not left running


def _output(folder: Path, lexicon_dir: Path | None, monkeypatch: pytest.MonkeyPatch,
            minimum: int) -> str:
    monkeypatch.setattr(build, "ASIDE_MIN_GUIDES", minimum)
    lexicon = load_lexicon([lexicon_dir] if lexicon_dir else [])
    corpus = load_corpus([folder], lexicon=lexicon, workers=1)
    graph, report = build_graph(corpus.guides, lexicon, corpus.problems)
    return json.dumps({"graph": nx.node_link_data(graph, edges="edges"),
                       "report": report.model_dump(mode="json")}, sort_keys=False)


@forks
@pytest.mark.parametrize("folder", ["taxonomy", "esco", "guides"])
def test_roles_resolved_aside_give_the_same_graph_and_report(
        folder: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # The taxonomy fixtures hold cross-guide merges and ambiguous names of both kinds.
    one = _output(FIXTURES / folder, None, monkeypatch, 10**9)
    two = _output(FIXTURES / folder, None, monkeypatch, 0)
    assert one == two


@forks
def test_refusals_of_every_type_keep_their_order_aside(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lexicon = tmp_path / "lexicon"
    lexicon.mkdir()
    (lexicon / "mine.yaml").write_text(
        "different:\n  - [Problem-Solving, Problem Solving]\n"
        "  - [software developer, ICT application developer]\n", encoding="utf-8")
    one = _output(FIXTURES / "esco", lexicon, monkeypatch, 10**9)
    two = _output(FIXTURES / "esco", lexicon, monkeypatch, 0)
    assert one == two
    assert '"refusals": []' not in one


@forks
def test_the_mentions_are_gathered_once_before_the_fork(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The child reads the parent's columns: it gathers nothing (each gathering logs the
    # process that did it), and the graph is the one-process graph.
    log = tmp_path / "gathered"
    real = build.prepare

    def logged(*args: object, **kwargs: object) -> object:
        with log.open("a", encoding="utf-8") as out:
            out.write(f"{os.getpid()}\n")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    one = _output(FIXTURES / "taxonomy", None, monkeypatch, 10**9)
    monkeypatch.setattr(build, "prepare", logged)
    two = _output(FIXTURES / "taxonomy", None, monkeypatch, 0)
    assert log.read_text(encoding="utf-8").split() == [str(os.getpid())]
    assert one == two


def test_the_two_way_build_without_a_child_gives_the_same_graph(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # No fork (or a dead child): the roles are resolved here, after the other types, from
    # the same gathered columns, into a resolution of their own.
    one = _output(FIXTURES / "taxonomy", None, monkeypatch, 10**9)
    monkeypatch.setattr(build, "can_fork", lambda: True)
    monkeypatch.setattr("careergraph.aside.can_fork", lambda: False)
    here = _output(FIXTURES / "taxonomy", None, monkeypatch, 0)
    assert one == here
