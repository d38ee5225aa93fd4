"""benchmarks.wire_cost: the hand-over figures count what crossed; the pool is left as it was."""

from __future__ import annotations

import marshal

from benchmarks.wire_cost import _plain, measure_run, measure_sample

from careergraph.guides import forked
from careergraph.guides.jobs import ParseJob
from careergraph.model import Fact, Source
from careergraph.resources import guides_dir


def _jobs() -> list[ParseJob]:
    return [ParseJob(label=p.name, data=p.read_bytes(), suffix=p.suffix)
            for p in sorted(guides_dir().iterdir())]


def test_plain_form_is_field_values_and_marshals() -> None:
    fact = Fact(text="Docker", source=Source(file="g.txt", line=3))
    assert _plain([fact]) == (("Docker", ("g.txt", 3)),)
    assert marshal.loads(marshal.dumps(_plain([fact]))) == (("Docker", ("g.txt", 3)),)


def test_run_counts_the_worker_guides_and_restores_the_decoder() -> None:
    received = forked._received
    figures = measure_run(_jobs())
    assert forked._received is received
    assert figures["guides"] == len(_jobs())
    # The parent parses the first chunk itself before it forks: never all from the worker
    # (how many the worker takes depends on the machine's load).
    assert 0 <= figures["guides_from_worker"] < figures["guides"]
    assert figures["parent_decode_s"] >= 0


def test_sample_reports_every_guide() -> None:
    figures = measure_sample(_jobs())
    assert figures["files"] == figures["guides"] == len(_jobs())
    assert figures["parse_us"] > 0
