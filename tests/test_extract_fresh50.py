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


_PRUNER_PAY = """Orchard Pruner

Orchard pruners shape apple and pear trees over the winter.

Pay
Orchard pruners earn $27/hr on contract.
Spring grafting season €210/day as Grafting Supervisor (via a crew agency)
Stay on after the season → Year-round Orchard Hand job ($44,000/yr + cabin).
(Next flyer on the board: Packhouse Supervisor wanted — $29/hr — Tui Valley Packing)
"""


def _owners() -> dict[float, str]:
    pay = facts_of(parse_text(_PRUNER_PAY, "pruner.txt"), ["Orchard Pruner"]).salaries
    return {s[1]: s[0] for s in pay}


def test_a_figure_then_as_and_a_title_case_post_is_that_posts() -> None:
    assert _owners()[210.0] == "grafting supervisor"  # after "/day", no article, an aside


def test_a_rung_named_with_the_word_job_owns_its_bracket_figure_without_it() -> None:
    assert _owners()[44000.0] == "year round orchard hand"


def test_a_title_case_wanted_ad_owns_the_figure_after_its_dash() -> None:
    owners = _owners()
    assert owners[29.0] == "packhouse supervisor"
    assert owners[27.0] == "@self"


_POTTERY_AD = """Wheel Thrower

Pottery works · Full time

Pay
Monthly salary 210,000 yen ~ 260,000 yen

Other jobs at this company
Glaze room staff   Hinode Pottery Co., Ltd.   Monthly salary 175,000 yen ~ 195,000 yen
Kiln Operator   Hinode Pottery Co., Ltd.   Monthly salary 205,000 yen ~ 235,000 yen
"""


def test_a_job_list_row_owns_its_figure_though_its_job_is_no_known_title() -> None:
    pay = facts_of(parse_text(_POTTERY_AD, "wheel-thrower.txt"), ["Wheel Thrower"]).salaries
    owners = {s[1]: s[0] for s in pay}
    assert owners == {210000.0: "@self", 175000.0: "glaze room staff", 205000.0: "kiln operator"}


_LIBRARY_REPORT = (
    "Archives Assistant\n\n"
    "Archives assistants catalogue and retrieve records for the borough's record office.\n\n"
    "Career progression\n"
    "Assistants progress from Archives Assistant II to Archives Assistant I, then to Senior "
    "Archives Assistant; the next step is Records Manager. A few joined from museum work.\n")


def test_a_told_ladder_through_the_roles_roman_grades_goes_on_to_the_next_step() -> None:
    moves = set(facts_of(parse_text(_LIBRARY_REPORT, "archives-assistant.txt"),
                         ["Archives Assistant"]).moves)
    assert {("@self", "Senior Archives Assistant"),
            ("Senior Archives Assistant", "Records Manager")} <= moves
    assert ("@self", "Records Manager") not in moves  # the next step is from the last rung
