"""What keeps a warm query's cost flat as the corpus grows, with answers unchanged: names are
keyed against only the acronym expansions they contain until the whole alternation is worth
compiling, and the ``careergraph`` process freezes what it loaded (no other program's)."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from careergraph import names
from careergraph.cli.common import GraphSource
from careergraph.lexicon import load_lexicon

#: Expansions that overlap, nest and sit next to other words: longest first, whole words.
PAIRS = [("ML", "Machine Learning"), ("MLOps", "Machine Learning Operations"),
         ("DataOps", "Data Operations"), ("SRE", "Site Reliability Engineering"),
         ("QA", "Quality Assurance"), ("UX", "User Experience"), ("C", "Cee"),
         ("PM", "Product Management"), ("ERP", "Enterprise Resource Planning")]
NAMES = ["Machine Learning Operations Engineer", "Senior Machine Learning Engineer",
         "Data Operationsx Lead", "Big Data Operations Manager (Machine Learning)",
         "Site Reliability Engineering Lead for Quality Assurance", "Cee++ Developer",
         "machine learning operations/machine learning", "User Experience Designer",
         "Product Management Director", "Enterprise Resource Planning Consultant",
         "Machine  Learning   Ops", "Head of Quality Assurance and User Experience", ""]


def _normaliser() -> names.Normaliser:
    normaliser = names.Normaliser(load_lexicon().acronyms)
    for acronym, expansion in PAIRS:
        normaliser.learn(acronym, expansion)
    return normaliser


@pytest.mark.parametrize("role", [False, True])
def test_keys_are_the_same_with_and_without_the_whole_alternation(
    role: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    filtered = [_normaliser()._keys(name, role) for name in NAMES]
    monkeypatch.setattr(names, "_FILTERED_NAMES", 0)  # compile every expansion at once
    compiled = [_normaliser()._keys(name, role) for name in NAMES]
    assert filtered == compiled
    assert filtered[0][0] == "mlopsengineer" if role else filtered[0][0].startswith("mlops")


def test_learning_an_acronym_later_applies_to_the_next_names() -> None:
    normaliser = names.Normaliser({})
    assert normaliser.key("Data Operations Engineer") == "dataoperationsengineer"
    normaliser.learn("DataOps", "Data Operations")
    assert normaliser.key("Data Operations Engineer") == normaliser.key("DataOps Engineer")


def test_a_command_run_inside_another_program_freezes_nothing() -> None:
    before = gc.get_freeze_count()
    GraphSource().load()
    assert gc.get_freeze_count() == before


def test_the_careergraph_process_freezes_what_it_loaded() -> None:
    code = ("import gc; from careergraph.cli.common import GraphSource, own_process; "
            "own_process.set(True); before = gc.get_freeze_count(); GraphSource().load(); "
            "print(before, gc.get_freeze_count() > before)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.split() == ["0", "True"]
