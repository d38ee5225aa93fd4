"""benchmarks/parse_cost.py: per-file parse CPU by page family, fits and page joins."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.parse_cost import (
    Timed,
    family_costs,
    family_of,
    growth_exponent,
    guide_files,
    joined_cost,
    line_fit,
    main,
)

from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon

# Invented pages (no fixture or web text): a short long-form page in two "families".
_PAGE = """Harbour Pilot
Overview
A Harbour Pilot is a mariner who guides large vessels through a busy port.
Key Responsibilities
- Board incoming tankers from a launch
- Plan each passage with the tide tables
Salary
Harbour Pilots earn from $98,000 to $141,000 a year.
"""


@pytest.mark.parametrize(("name", "family"), [
    ("harbour-pilot.tidepage.txt", "tidepage"),
    ("harbour-pilot.longform.txt", "longform"),
    ("bundle-00042.yaml", "bundle.yaml"),
    ("harbour-pilot.json", "json"),
    ("harbour-pilot.card.txt", "card"),
])
def test_family_of_names(name: str, family: str) -> None:
    assert family_of(Path(name)) == family


def test_fits_and_exponent() -> None:
    assert line_fit([1.0, 1.0], [2.0, 3.0]) is None  # no spread in size: no line
    assert line_fit([0.0, 1.0, 2.0], [5.0, 7.0, 9.0]) == (5.0, 2.0)
    exponent = growth_exponent([1.0, 2.0, 8.0], [0.5, 1.0, 4.0])
    assert exponent is not None and abs(exponent - 1.0) < 1e-9


def test_family_costs_rank_and_fit() -> None:
    rows = [Timed(f"p{i}.slow.txt", "slow", 1024 * kb, 10, 1, 0.004 * kb)
            for i, kb in enumerate((1, 2, 3, 4, 5))]
    rows.append(Timed("q.quick.txt", "quick", 2048, 10, 1, 0.001))
    slow, quick = family_costs(rows)
    assert (slow.family, quick.family) == ("slow", "quick")
    assert slow.files == 5 and slow.median_kb == 3.0
    assert slow.intercept_ms == pytest.approx(0.0, abs=1e-9)
    assert slow.ms_per_kb == pytest.approx(4.0) and slow.exponent == pytest.approx(1.0)
    assert quick.intercept_ms is None and quick.exponent is None  # one file: no fit
    assert slow.share + quick.share == pytest.approx(1.0)


def _pages(folder: Path, count: int) -> list[Path]:
    paths = []
    for i in range(count):
        path = folder / f"harbour-pilot-{i}.tidepage.txt"
        path.write_text(_PAGE.replace("98,000", f"{98 + i},000"), encoding="utf-8")
        paths.append(path)
    return paths


def test_joined_pages_are_timed(tmp_path: Path) -> None:
    pages = _pages(tmp_path, 3)
    joined = joined_cost(pages, Vocabulary.from_lexicon(load_lexicon()), joins=(1, 2, 4))
    assert [count for count, _, _ in joined] == [1, 2]  # (4: more than the files given)
    assert joined[1][1] > joined[0][1] and all(us > 0 for _, _, us in joined)


def test_cli_table_leaves_cards_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _pages(tmp_path, 2)
    (tmp_path / "harbour-pilot.card.txt").write_text(_PAGE, encoding="utf-8")
    assert len(guide_files([tmp_path])) == 2 and len(guide_files([tmp_path], cards=True)) == 3
    out_json = tmp_path / "cost.json"
    assert main([str(tmp_path), "--concat", "1", "--json", str(out_json)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 files, ") and "| tidepage | 2 |" in out
    assert out.rstrip().splitlines()[-1].startswith("| tidepage | 1: ")
    assert out_json.read_text(encoding="utf-8").count('"family":"tidepage"') == 2
