"""The one-line pay summary of a route step shows one stated table of level bands."""

from __future__ import annotations

from typer.testing import CliRunner

from careergraph.cli import app
from careergraph.model import SalaryRange, Source
from careergraph.pay_bands import headline_bands


def _band(level: str | None, low: int, line: int, file: str = "guide.txt",
          high: int | None = None) -> SalaryRange:
    return SalaryRange(level=level, min=low, max=high, source=Source(file=file, line=line))


def test_the_level_table_wins_over_a_level_named_in_a_sentence() -> None:
    salaries = [_band("top", 90_000, 4), _band("entry", 40_000, 30), _band("mid", 55_000, 31),
                _band("senior", 70_000, 32), _band("top", 120_000, 33)]
    shown = headline_bands(salaries)
    assert [(s.level, s.min) for s in shown] == [
        ("entry", 40_000), ("mid", 55_000), ("senior", 70_000), ("top", 120_000)]


def test_bands_from_two_guides_are_not_mixed() -> None:
    salaries = [_band("senior", 173_000, 9, "a.txt"), _band("entry", 60_000, 12, "b.txt"),
                _band("mid", 80_000, 13, "b.txt"), _band("senior", 99_000, 14, "b.txt")]
    shown = headline_bands(salaries)
    assert [(s.source.file, s.level) for s in shown] == [
        ("b.txt", "entry"), ("b.txt", "mid"), ("b.txt", "senior")]


def test_a_table_stated_out_of_order_is_shown_in_ladder_order() -> None:
    salaries = [_band("top", 150_000, 7), _band("entry", 50_000, 8), _band("mid", 75_000, 9)]
    assert [s.level for s in headline_bands(salaries)] == ["entry", "mid", "top"]


def test_without_levels_the_first_priced_figures_stand_for_the_role() -> None:
    unpriced = SalaryRange(source=Source(file="g.txt", line=1))
    salaries = [unpriced, _band(None, 30_000, 2), _band(None, 35_000, 5), _band(None, 1, 6),
                _band(None, 2, 7), _band(None, 3, 8)]
    shown = headline_bands(salaries)
    assert [s.min for s in shown] == [30_000, 35_000, 1, 2]
    assert headline_bands([]) == []


def test_the_path_command_prints_the_senior_guides_own_table(cli: CliRunner) -> None:
    result = cli.invoke(app, ["path", "MLOps Engineer", "Director"])
    assert result.exit_code == 0, result.output
    senior = next(line for line in result.output.splitlines()
                  if "1. Senior MLOps Engineer" in line)
    assert "top USD 220k+" in senior and "135k" not in senior
