"""The target table of ``python -m benchmarks.run``: issue 13's cold-build, card-parse and
rebuild rows are judged from the benches' own JSON (met and missed both)."""

from __future__ import annotations

import doctest
from typing import Any

from benchmarks import run


def _result(total_s: float, card_speed: float, rebuild_ratio: float) -> dict[str, Any]:
    build = {"size": 10000, "total_s": total_s, "peak_rss_mib": 1400.0}
    store = {"results": [
        {"row": "`build` after editing one guide", "guides": 10000, "target": "≤ 0.10",
         "ratio": rebuild_ratio, "cpu_ratio": rebuild_ratio / 2},
        {"row": "`build` again, nothing changed", "guides": 10000, "ratio": 0.05},
    ]}
    return {"build": [build], "ratios": {}, "card_build": {"guides": 3919,
            "parse_guides_per_s": card_speed}, "others": {"store": store}}


def _verdicts(result: dict[str, Any]) -> dict[str, str]:
    return {what: verdict for what, _, verdict in run.targets(result)}


def test_issue13_rows_met_when_the_figures_meet_them() -> None:
    verdicts = _verdicts(_result(total_s=11.0, card_speed=1200.0, rebuild_ratio=0.08))
    assert verdicts["10,000 mixed guides built < 12 s (issue 13)"] == "met"
    card = next(k for k in verdicts if k.startswith("card-layout guides parsed"))
    assert "3,919 card guides" in card and verdicts[card] == "met"
    rebuild = "`build` after editing one guide on 10,000 guides ≤ 10 % of a cold build"
    assert verdicts[rebuild] == "met"
    # The unchanged rebuild has no target of its own: no row for it.
    assert not any("nothing changed" in k for k in verdicts)


def test_issue13_rows_missed_when_the_figures_miss_them() -> None:
    verdicts = _verdicts(_result(total_s=19.0, card_speed=640.0, rebuild_ratio=0.13))
    assert verdicts["10,000 mixed guides built < 12 s (issue 13)"] == "**missed**"
    assert verdicts["10,000 guides built < 20 s"] == "met"
    assert [v for k, v in verdicts.items() if k.startswith("card-layout")] == ["**missed**"]
    assert [v for k, v in verdicts.items() if "editing one guide" in k] == ["**missed**"]


def test_no_card_or_store_run_gives_no_rows() -> None:
    result = _result(total_s=11.0, card_speed=1200.0, rebuild_ratio=0.08)
    del result["card_build"]
    result["others"] = {}
    assert not [k for k in _verdicts(result) if k.startswith("card-layout") or "one guide" in k]


def test_doctests_of_the_target_helpers() -> None:
    outcome = doctest.testmod(run)
    assert outcome.attempted >= 2 and outcome.failed == 0
