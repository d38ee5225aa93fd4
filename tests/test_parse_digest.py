"""benchmarks/parse_digest.py: a digest of every parsed guide that changes when a fact does."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from benchmarks.parse_digest import digest_lines, main

from careergraph.resources import guides_dir


def test_digest_names_every_guide_and_is_stable() -> None:
    lines, cpu = digest_lines([guides_dir()])
    again, _ = digest_lines([guides_dir()])
    assert lines == again and cpu > 0
    assert len([line for line in lines if line.split("\t")[0].endswith(".txt")]) == 5
    assert lines[-1].startswith("total\t5 guides\t")


def test_a_changed_fact_changes_the_digest(tmp_path: Path) -> None:
    folder = tmp_path / "guides"
    shutil.copytree(guides_dir(), folder)
    before, _ = digest_lines([folder])
    card = folder / "lead-mlops-engineer.card.txt"
    card.write_text(card.read_text(encoding="utf-8").replace("Build and maintain", "Run"),
                    encoding="utf-8")
    after, _ = digest_lines([folder])
    changed = [b for b, a in zip(before, after, strict=True) if b != a]
    assert changed[0].startswith("lead-mlops-engineer.card.txt\t")
    assert before[-1] != after[-1]


def test_total_only_with_cpu_and_dump(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    dump = tmp_path / "guides.jsonl"
    assert main([str(guides_dir()), "--total", "--cpu", "--dump", str(dump)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("total\t5 guides\t") and err.startswith("parse_cpu_s ")
    assert len(dump.read_text(encoding="utf-8").splitlines()) == 5
