"""Defects seen on fresh generated web corpora (seeds 50101-50103), each on an invented page
or entry (helper fresh50)."""

from benchmarks.extraction import expected_from, facts_of, score_facts, slash_spellings

from careergraph.guides.read import parse_text

_STORES = """Warehouse Supervisor

Warehouse supervisors run a shift of pickers and drivers in a distribution centre.

Career progression
Warehouse Operative -> Stock Controller / Storeman -> Warehouse Supervisor -> Warehouse Manager
"""


def test_a_generated_slash_rung_accepts_either_name_as_a_written_truth_does() -> None:
    assert slash_spellings("Glaze Mixer / Dipper") == ["Glaze Mixer / Dipper", "Glaze Mixer",
                                                       "Dipper"]
    assert slash_spellings("QA/QC Inspector") == "QA/QC Inspector"  # one title
    rungs = ("Warehouse Operative", "Stock Controller / Storeman", "Warehouse Supervisor",
             "Warehouse Manager")
    raw = {"role": rungs[2], "moves_in": [slash_spellings(rungs[1])],
           "ladder": [[slash_spellings(n) for n in rungs]]}
    score = score_facts("stores.txt", expected_from(raw),
                        facts_of(parse_text(_STORES, "stores.txt"), [rungs[2]]))
    assert score.tallies["moves"].matched == score.tallies["moves"].expected == 3
    assert not score.extra["moves"]
