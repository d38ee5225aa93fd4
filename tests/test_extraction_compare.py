"""benchmarks/extraction_compare.py on real scorer output: lost, gained and new extra facts.

The two runs score the same page against two truths (the rules cannot change inside a test),
which moves facts between matched, missed and extra exactly as a change of rules would.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from benchmarks import extraction
from benchmarks.extraction_compare import compare, load_sets, main

DEV = Path(__file__).parent / "fixtures" / "extraction" / "dev"
PAGE = "blog-bi-developer"


def _score(folder: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    extraction.main([str(folder), "--json"])
    out.write_text(capsys.readouterr().out, "utf-8")
    return out


@pytest.fixture()
def runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    folder = tmp_path / "dev"
    folder.mkdir()
    shutil.copy(DEV / f"{PAGE}.txt", folder)
    truth = (DEV / f"{PAGE}.expected.yaml").read_text("utf-8")
    (folder / f"{PAGE}.expected.yaml").write_text(truth, "utf-8")
    old = _score(folder, tmp_path / "old.json", capsys)
    # The second truth wants a skill the page never names (a miss the first run did not
    # have: "lost") and no longer lists "SSIS", which the page does name (a new extra).
    changed = truth.replace("  - SSIS\n", "  - COBOL on mainframes\n")
    assert changed != truth
    (folder / f"{PAGE}.expected.yaml").write_text(changed, "utf-8")
    new = _score(folder, tmp_path / "new.json", capsys)
    return old, new


def test_a_missed_fact_is_lost_and_an_unlisted_one_a_new_extra(runs: tuple[Path, Path]) -> None:
    old, new = runs
    result = compare(load_sets(old), load_sets(new))
    found = {(c.kind, c.category, c.fact) for c in result.changes}
    assert ("lost", "skills", "COBOL on mainframes") in found
    assert ("extra", "skills", "SSIS") in found
    assert result.count("gained") == 0


def test_reversed_the_loss_is_a_gain(runs: tuple[Path, Path]) -> None:
    old, new = runs
    result = compare(load_sets(new), load_sets(old))
    assert result.count("lost") == 0
    assert [c.fact for c in result.changes if c.kind == "gained"] == ["COBOL on mainframes"]


def test_exit_status_stops_a_script_on_a_loss(runs: tuple[Path, Path],
                                              capsys: pytest.CaptureFixture[str]) -> None:
    old, new = runs
    assert main([str(old), str(new)]) == 1
    printed = capsys.readouterr().out
    assert "LOST dev blog-bi-developer.txt skills COBOL on mainframes" in printed
    assert printed.rstrip().endswith("lost 1, gained 0, new extras 1")
    assert main([str(new), str(old)]) == 0


def test_a_folder_of_per_set_files_reads_as_one_run(runs: tuple[Path, Path],
                                                    tmp_path: Path) -> None:
    old, _ = runs
    folder = tmp_path / "scores"
    folder.mkdir()
    data = json.loads(old.read_text("utf-8"))
    (folder / "dev.json").write_text(json.dumps(data), "utf-8")
    assert load_sets(folder).keys() == load_sets(old).keys() == {"dev"}


def test_a_file_that_is_not_scorer_output_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text("{not json", "utf-8")
    with pytest.raises(SystemExit, match=r"broken\.json: not a scorer JSON file"):
        load_sets(bad)
