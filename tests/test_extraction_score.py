"""The extraction scorer (benchmarks/extraction.py) measures what it claims to measure.

These tests check the scorer, not the extractor: a Guide that states exactly a fixture's
expected facts scores 1.0 everywhere, each kind of mistake lowers the right figure, and the
command runs over the development fixtures.  No extraction target is asserted here.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from benchmarks.extraction import (
    CATEGORIES,
    SELF,
    default_dirs,
    expected_from,
    facts_of,
    load_expected,
    main,
    name_key,
    score_dir,
    score_facts,
    score_fixture,
    totals,
)

from careergraph.model import Guide, SalaryRange, SkillFact, SkillKind, Source
from careergraph.yamlload import safe_load
from extraction_truth import FutureSalary, fact, perfect_guide

DEV = Path(__file__).parent / "fixtures" / "extraction" / "dev"
HELDBACK = Path(__file__).parent / "fixtures" / "extraction" / "heldback"
HELDBACK3 = Path(__file__).parent / "fixtures" / "extraction" / "heldback3"
HELDBACK4 = Path(__file__).parent / "fixtures" / "extraction" / "heldback4"
HELDBACK5 = Path(__file__).parent / "fixtures" / "extraction" / "heldback5"
HELDBACK6 = Path(__file__).parent / "fixtures" / "extraction" / "heldback6"
HELDBACK7 = Path(__file__).parent / "fixtures" / "extraction" / "heldback7"
HELDBACK8 = Path(__file__).parent / "fixtures" / "extraction" / "heldback8"
HELDBACK9 = Path(__file__).parent / "fixtures" / "extraction" / "heldback9"
HELDBACK10 = Path(__file__).parent / "fixtures" / "extraction" / "heldback10"
HELDBACK11 = Path(__file__).parent / "fixtures" / "extraction" / "heldback11"
HELDBACK12 = Path(__file__).parent / "fixtures" / "extraction" / "heldback12"
HELDBACK13 = Path(__file__).parent / "fixtures" / "extraction" / "heldback13"
HELDBACK14 = Path(__file__).parent / "fixtures" / "extraction" / "heldback14"
HELDBACK15 = Path(__file__).parent / "fixtures" / "extraction" / "heldback15"
HELDBACK16 = Path(__file__).parent / "fixtures" / "extraction" / "heldback16"
HELDBACK17 = Path(__file__).parent / "fixtures" / "extraction" / "heldback17"
HELDBACK18 = Path(__file__).parent / "fixtures" / "extraction" / "heldback18"
HELDBACK19 = Path(__file__).parent / "fixtures" / "extraction" / "heldback19"
HELDBACK20 = Path(__file__).parent / "fixtures" / "extraction" / "heldback20"
HELDBACK21 = Path(__file__).parent / "fixtures" / "extraction" / "heldback21"
HELDBACK22 = Path(__file__).parent / "fixtures" / "extraction" / "heldback22"
HELDBACK23 = Path(__file__).parent / "fixtures" / "extraction" / "heldback23"
HELDBACK24 = Path(__file__).parent / "fixtures" / "extraction" / "heldback24"
HELDBACK25 = Path(__file__).parent / "fixtures" / "extraction" / "heldback25"
HELDBACK26 = Path(__file__).parent / "fixtures" / "extraction" / "heldback26"
HELDBACK27 = Path(__file__).parent / "fixtures" / "extraction" / "heldback27"
HELDBACK28 = Path(__file__).parent / "fixtures" / "extraction" / "heldback28"
HELDBACK29 = Path(__file__).parent / "fixtures" / "extraction" / "heldback29"
HELDBACK30 = Path(__file__).parent / "fixtures" / "extraction" / "heldback30"
HELDBACK31 = Path(__file__).parent / "fixtures" / "extraction" / "heldback31"
HELDBACK32 = Path(__file__).parent / "fixtures" / "extraction" / "heldback32"
HELDBACK33 = Path(__file__).parent / "fixtures" / "extraction" / "heldback33"
HELDBACK34 = Path(__file__).parent / "fixtures" / "extraction" / "heldback34"
HELDBACK35 = Path(__file__).parent / "fixtures" / "extraction" / "heldback35"
HELDBACK36 = Path(__file__).parent / "fixtures" / "extraction" / "heldback36"
HELDBACK37 = Path(__file__).parent / "fixtures" / "extraction" / "heldback37"
HELDBACK38 = Path(__file__).parent / "fixtures" / "extraction" / "heldback38"
HELDBACK39 = Path(__file__).parent / "fixtures" / "extraction" / "heldback39"
HELDBACK40 = Path(__file__).parent / "fixtures" / "extraction" / "heldback40"
HELDBACK41 = Path(__file__).parent / "fixtures" / "extraction" / "heldback41"
HELDBACK42 = Path(__file__).parent / "fixtures" / "extraction" / "heldback42"
HELDBACK43 = Path(__file__).parent / "fixtures" / "extraction" / "heldback43"
HELDBACK44 = Path(__file__).parent / "fixtures" / "extraction" / "heldback44"
HELDBACK45 = Path(__file__).parent / "fixtures" / "extraction" / "heldback45"
HELDBACK46 = Path(__file__).parent / "fixtures" / "extraction" / "heldback46"
HELDBACK47 = Path(__file__).parent / "fixtures" / "extraction" / "heldback47"
HELDBACK48 = Path(__file__).parent / "fixtures" / "extraction" / "heldback48"
HELDBACK49 = Path(__file__).parent / "fixtures" / "extraction" / "heldback49"
HELDBACK50 = Path(__file__).parent / "fixtures" / "extraction" / "heldback50"
HELDBACK51 = Path(__file__).parent / "fixtures" / "extraction" / "heldback51"
HELDBACK52 = Path(__file__).parent / "fixtures" / "extraction" / "heldback52"
HELDBACK53 = Path(__file__).parent / "fixtures" / "extraction" / "heldback53"
HELDBACK54 = Path(__file__).parent / "fixtures" / "extraction" / "heldback54"
HELDBACK55 = Path(__file__).parent / "fixtures" / "extraction" / "heldback55"
HELDBACK56 = Path(__file__).parent / "fixtures" / "extraction" / "heldback56"
HELDBACK57 = Path(__file__).parent / "fixtures" / "extraction" / "heldback57"
HELDBACK58 = Path(__file__).parent / "fixtures" / "extraction" / "heldback58"
HELDBACK59 = Path(__file__).parent / "fixtures" / "extraction" / "heldback59"
HELDBACK60 = Path(__file__).parent / "fixtures" / "extraction" / "heldback60"
EXPECTED = sorted(DEV.glob("*.expected.yaml"))
# The held-back truth is checked for consistency with the scorer only (a guide stating it
# scores 1.0); nothing here runs the extractor on those pages.
TRUTH = (EXPECTED + sorted(HELDBACK.glob("*.expected.yaml"))
         + sorted(HELDBACK3.glob("*.expected.yaml"))
         + sorted(HELDBACK4.glob("*.expected.yaml"))
         + sorted(HELDBACK5.glob("*.expected.yaml"))
         + sorted(HELDBACK6.glob("*.expected.yaml"))
         + sorted(HELDBACK7.glob("*.expected.yaml"))
         + sorted(HELDBACK8.glob("*.expected.yaml"))
         + sorted(HELDBACK9.glob("*.expected.yaml"))
         + sorted(HELDBACK10.glob("*.expected.yaml"))
         + sorted(HELDBACK11.glob("*.expected.yaml"))
         + sorted(HELDBACK12.glob("*.expected.yaml"))
         + sorted(HELDBACK13.glob("*.expected.yaml"))
         + sorted(HELDBACK14.glob("*.expected.yaml"))
         + sorted(HELDBACK15.glob("*.expected.yaml"))
         + sorted(HELDBACK16.glob("*.expected.yaml"))
         + sorted(HELDBACK17.glob("*.expected.yaml"))
         + sorted(HELDBACK18.glob("*.expected.yaml"))
         + sorted(HELDBACK19.glob("*.expected.yaml"))
         + sorted(HELDBACK20.glob("*.expected.yaml"))
         + sorted(HELDBACK21.glob("*.expected.yaml"))
         + sorted(HELDBACK22.glob("*.expected.yaml"))
         + sorted(HELDBACK23.glob("*.expected.yaml"))
         + sorted(HELDBACK24.glob("*.expected.yaml"))
         + sorted(HELDBACK25.glob("*.expected.yaml"))
         + sorted(HELDBACK26.glob("*.expected.yaml"))
         + sorted(HELDBACK27.glob("*.expected.yaml"))
         + sorted(HELDBACK28.glob("*.expected.yaml"))
         + sorted(HELDBACK29.glob("*.expected.yaml"))
         + sorted(HELDBACK30.glob("*.expected.yaml"))
         + sorted(HELDBACK31.glob("*.expected.yaml"))
         + sorted(HELDBACK32.glob("*.expected.yaml"))
         + sorted(HELDBACK33.glob("*.expected.yaml"))
         + sorted(HELDBACK34.glob("*.expected.yaml"))
         + sorted(HELDBACK35.glob("*.expected.yaml"))
         + sorted(HELDBACK36.glob("*.expected.yaml"))
         + sorted(HELDBACK37.glob("*.expected.yaml"))
         + sorted(HELDBACK38.glob("*.expected.yaml"))
         + sorted(HELDBACK39.glob("*.expected.yaml"))
         + sorted(HELDBACK40.glob("*.expected.yaml"))
         + sorted(HELDBACK41.glob("*.expected.yaml"))
         + sorted(HELDBACK42.glob("*.expected.yaml"))
         + sorted(HELDBACK43.glob("*.expected.yaml"))
         + sorted(HELDBACK44.glob("*.expected.yaml"))
         + sorted(HELDBACK45.glob("*.expected.yaml"))
         + sorted(HELDBACK46.glob("*.expected.yaml"))
         + sorted(HELDBACK47.glob("*.expected.yaml"))
         + sorted(HELDBACK48.glob("*.expected.yaml"))
         + sorted(HELDBACK49.glob("*.expected.yaml"))
         + sorted(HELDBACK50.glob("*.expected.yaml"))
         + sorted(HELDBACK51.glob("*.expected.yaml"))
         + sorted(HELDBACK52.glob("*.expected.yaml"))
         + sorted(HELDBACK53.glob("*.expected.yaml"))
         + sorted(HELDBACK54.glob("*.expected.yaml"))
         + sorted(HELDBACK55.glob("*.expected.yaml"))
         + sorted(HELDBACK56.glob("*.expected.yaml"))
         + sorted(HELDBACK57.glob("*.expected.yaml"))
         + sorted(HELDBACK58.glob("*.expected.yaml"))
         + sorted(HELDBACK59.glob("*.expected.yaml"))
         + sorted(HELDBACK60.glob("*.expected.yaml")))


def _raw(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = safe_load(path.read_text("utf-8"))  # (libyaml: 698 truths)
    return data


@cache
def _style(path: Path) -> str:
    """A truth file's style, read once (each held-back folder's test asks it twice a page)."""
    style: str = _raw(path)["style"]
    return style


@pytest.mark.parametrize("path", TRUTH, ids=lambda p: f"{p.parent.name}/{p.name.split('.')[0]}")
def test_a_perfect_guide_scores_one_in_every_category(path: Path) -> None:
    expected = load_expected(path)
    score = score_facts(path.name, expected, facts_of(perfect_guide(_raw(path)), expected.role))
    for category in CATEGORIES:
        tally = score.tallies[category]
        assert (tally.precision, tally.recall) == (1.0, 1.0), (category, score.missed,
                                                                score.extra)
    assert score.forbidden_hits == []


def _score(raw: dict[str, Any], guide: Guide) -> dict[str, tuple[float, float]]:
    expected = expected_from(raw)
    score = score_facts("page.txt", expected, facts_of(guide, expected.role))
    return {c: (t.precision, t.recall) for c, t in score.tallies.items()}


RAW: dict[str, Any] = {
    "role": "Site Reliability Engineer",
    "aliases": ["SRE"],
    "skills": ["Kubernetes", "Incident response", "Go", "Capacity planning"],
    "leads_to": ["Senior SRE"],
    "moves_in": ["Systems Administrator"],
    "ladder": [["Junior Site Reliability Engineer", "Site Reliability Engineer",
                "Staff Site Reliability Engineer"]],
    "employers": ["Cloudflare", "Amazon Web Services"],
    "sectors": ["Technology"],
    "salaries": [{"min": 110000, "max": 140000},
                 {"min": 150000, "point": True},
                 {"min": 120000, "point": True, "belongs_to": "Platform Engineer"}],
    "must_not_appear": ["Incident leadership (triage, cl"],
}


def test_a_perfect_guide_keeps_cents_apart() -> None:
    # two cards of one title whose hourly bands differ only in cents are two facts
    raw = {"role": "Tile Setter", "salaries": [
        {"min": 31.25, "max": 35.75, "period": "hour"},
        {"min": 31.25, "max": 36.25, "period": "hour"}]}
    expected = expected_from(raw)
    score = score_facts("page.txt", expected, facts_of(perfect_guide(raw), expected.role))
    assert score.tallies["salaries"].recall == 1.0, score.missed


def test_a_missing_skill_lowers_recall_only() -> None:
    guide = perfect_guide(RAW)
    guide.skills = guide.skills[:-1]
    assert _score(RAW, guide)["skills"] == (1.0, 0.75)


def test_a_wrong_employer_lowers_precision_and_a_split_name_both() -> None:
    guide = perfect_guide(RAW)
    guide.employers = [fact("Cloudflare"), fact("Amazon"), fact("Web Services (AWS)")]
    assert _score(RAW, guide)["employers"] == (1 / 3, 0.5)


def test_names_match_across_case_punctuation_plural_and_a_trailing_parenthetical() -> None:
    guide = perfect_guide(RAW)
    guide.role = fact("site reliability engineers.")
    guide.employers = [fact("CLOUDFLARE"), fact("Amazon Web Services (AWS)")]
    guide.skills = [SkillFact(text=t, kind=SkillKind.TOOL, source=Source(file="p", line=1))
                    for t in ("kubernetes", "Incident Response (triage, comms)", "Go.",
                              "capacity-planning")]
    scores = _score(RAW, guide)
    assert scores["role"] == scores["employers"] == scores["skills"] == (1.0, 1.0)
    assert name_key("Go") != name_key("Goal")


def test_the_role_may_be_an_alias_and_a_wrong_role_is_a_miss() -> None:
    guide = perfect_guide(RAW)
    guide.role = fact("SRE")
    assert _score(RAW, guide)["role"] == (1.0, 1.0)
    guide.role = fact("Senior SRE")
    assert _score(RAW, guide)["role"] == (0.0, 0.0)


def test_moves_are_edges_with_the_page_role_as_self_whatever_its_title() -> None:
    guide = perfect_guide(RAW)
    guide.role = fact("Reliability Person")  # wrong title: moves are still scored on edges
    scores = _score(RAW, guide)
    assert scores["role"] == (0.0, 0.0)
    assert scores["moves"] == (1.0, 1.0)
    facts = facts_of(perfect_guide(RAW), ["Site Reliability Engineer", "SRE"])
    assert ("Junior Site Reliability Engineer", SELF) in facts.moves
    assert ("Systems Administrator", SELF) in facts.moves  # read from a newer Guide field


def test_a_move_in_the_wrong_direction_is_both_a_miss_and_an_extra() -> None:
    guide = perfect_guide(RAW)
    guide.moves_in = []
    guide.leads_to = [*guide.leads_to, fact("Systems Administrator")]
    precision, recall = _score(RAW, guide)["moves"]
    assert precision < 1.0 and recall < 1.0


def test_salaries_points_ranges_and_owners() -> None:
    # Today's Guide has no point or owner fields: a median read as min == max counts.
    plain = perfect_guide(RAW)
    plain.salaries = [SalaryRange(min=110000, max=140000, source=Source(file="p", line=1)),
                      SalaryRange(min=150000, max=150000, source=Source(file="p", line=1))]
    assert _score(RAW, plain)["salaries"] == (1.0, 2 / 3)  # the other role's figure is missing
    plain.salaries = [*plain.salaries, plain.salaries[0]]  # a figure printed twice is one fact
    assert _score(RAW, plain)["salaries"] == (1.0, 2 / 3)
    # Another role's figure given to the page's role is an extra and a miss.
    wrong = perfect_guide(RAW)
    wrong.salaries = [*wrong.salaries[:2],
                      FutureSalary(min=120000, max=120000, point=True,
                                   source=Source(file="p", line=1))]
    assert _score(RAW, wrong)["salaries"] == (2 / 3, 2 / 3)
    # A Guide that says a median is a range is wrong about it.
    ranged = perfect_guide(RAW)
    ranged.salaries[1] = FutureSalary(min=150000, max=150000, point=False,
                                      source=Source(file="p", line=1))
    assert _score(RAW, ranged)["salaries"] == (2 / 3, 2 / 3)


def test_optional_names_count_neither_way() -> None:
    raw = {**RAW, "optional": ["Leadership", "Sales Engineer"]}
    guide = perfect_guide(RAW)
    guide.skills = [*guide.skills, SkillFact(text="leadership", kind=SkillKind.TOP,
                                             source=Source(file="p", line=1))]
    guide.transitions_to = [fact("Sales Engineer")]
    assert _score(raw, guide)["skills"] == _score(raw, guide)["moves"] == (1.0, 1.0)
    assert _score(RAW, guide)["skills"] == (0.8, 1.0)  # without the mark it is an extra


def test_forbidden_names_are_reported() -> None:
    guide = perfect_guide(RAW)
    guide.skills = [*guide.skills, SkillFact(text="Incident leadership (triage, cl",
                                             kind=SkillKind.TOP,
                                             source=Source(file="p", line=1))]
    expected = expected_from(RAW)
    score = score_facts("page.txt", expected, facts_of(guide, expected.role))
    assert score.forbidden_hits == ["Incident leadership (triage, cl"]


def test_a_rejected_page_counts_as_all_misses(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n", "utf-8")
    (tmp_path / "empty.expected.yaml").write_text(yaml.safe_dump(RAW), "utf-8")
    score = score_fixture(tmp_path / "empty.txt")
    assert score.rejected and "empty" in score.rejected
    assert all(score.tallies[c].matched == 0 and score.tallies[c].found == 0
               for c in CATEGORIES)
    assert score.tallies["skills"].recall == 0.0


def test_the_command_scores_every_dev_fixture(capsys: pytest.CaptureFixture[str]) -> None:
    scores = score_dir(DEV)
    assert len(scores) == len(EXPECTED) >= 18
    assert len({s.style for s in scores}) >= 6
    summed = totals(scores)
    assert all(summed[c].expected > 0 for c in CATEGORIES)
    assert main([str(DEV), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)[str(DEV)]
    assert report["fixtures"] == len(EXPECTED)
    assert set(report["totals"]) == set(CATEGORIES)
    assert main([str(DEV), "--verbose", "--by-style"]) == 0
    out = capsys.readouterr().out
    assert "| salaries  |" in out and "card-cloud-security-engineer.txt" in out
    assert "| jobspec |" in out


def test_held_back_folders_are_left_out_of_the_default_run() -> None:
    names = {p.name for p in default_dirs()}
    assert "dev" in names
    assert not names & {"heldback", "heldback3", "heldback4", "heldback5",
                        "heldback6", "heldback7", "heldback8", "heldback9",
                        "heldback10", "heldback11", "heldback12", "heldback13",
                        "heldback14", "heldback15", "heldback16",
                        "heldback17", "heldback18", "heldback19",
                        "heldback20", "heldback21", "heldback22",
                        "heldback23", "heldback24", "heldback25",
                        "heldback26", "heldback27", "heldback28",
                        "heldback29", "heldback30", "heldback31",
                        "heldback32", "heldback33", "heldback34",
                        "heldback35", "heldback36", "heldback37",
                        "heldback38", "heldback39", "heldback40",
                        "heldback41", "heldback42", "heldback43",
                        "heldback44", "heldback45", "heldback46",
                        "heldback47", "heldback48", "heldback49",
                        "heldback50", "heldback51", "heldback52",
                        "heldback53", "heldback54", "heldback55",
                        "heldback56", "heldback57",
                        "heldback58", "heldback59",
                        "heldback60"}


@pytest.mark.parametrize(("folder", "least_pages", "least_styles"),
                         [(HELDBACK, 16, 8), (HELDBACK3, 16, 8), (HELDBACK4, 16, 8),
                          (HELDBACK5, 16, 8), (HELDBACK6, 16, 8),
                          # Sets 7 to 60 are smaller: two pages in each of six styles.
                          (HELDBACK7, 12, 6), (HELDBACK8, 12, 6), (HELDBACK9, 12, 6),
                          (HELDBACK10, 12, 6), (HELDBACK11, 12, 6), (HELDBACK12, 12, 6),
                          (HELDBACK13, 12, 6), (HELDBACK14, 12, 6),
                          (HELDBACK15, 12, 6), (HELDBACK16, 12, 6),
                          (HELDBACK17, 12, 6), (HELDBACK18, 12, 6),
                          (HELDBACK19, 12, 6), (HELDBACK20, 12, 6),
                          (HELDBACK21, 12, 6), (HELDBACK22, 12, 6),
                          (HELDBACK23, 12, 6), (HELDBACK24, 12, 6),
                          (HELDBACK25, 12, 6), (HELDBACK26, 12, 6),
                          (HELDBACK27, 12, 6), (HELDBACK28, 12, 6),
                          (HELDBACK29, 12, 6), (HELDBACK30, 12, 6),
                          (HELDBACK31, 12, 6), (HELDBACK32, 12, 6),
                          (HELDBACK33, 12, 6),
                          (HELDBACK34, 12, 6), (HELDBACK35, 12, 6),
                          (HELDBACK36, 12, 6), (HELDBACK37, 12, 6),
                          (HELDBACK38, 12, 6), (HELDBACK39, 12, 6),
                          (HELDBACK40, 12, 6), (HELDBACK41, 12, 6),
                          (HELDBACK42, 12, 6), (HELDBACK43, 12, 6),
                          (HELDBACK44, 12, 6), (HELDBACK45, 12, 6),
                          (HELDBACK46, 12, 6), (HELDBACK47, 12, 6),
                          (HELDBACK48, 12, 6), (HELDBACK49, 12, 6),
                          (HELDBACK50, 12, 6), (HELDBACK51, 12, 6),
                          (HELDBACK52, 12, 6), (HELDBACK53, 12, 6),
                          (HELDBACK54, 12, 6), (HELDBACK55, 12, 6),
                          (HELDBACK56, 12, 6), (HELDBACK57, 12, 6),
                          (HELDBACK58, 12, 6), (HELDBACK59, 12, 6),
                          (HELDBACK60, 12, 6)],
                         ids=lambda v: v.name if isinstance(v, Path) else str(v))
def test_every_held_back_page_has_its_truth_and_a_named_style(
        folder: Path, least_pages: int, least_styles: int) -> None:
    # Reads the truth files only; the pages themselves are never parsed here.
    pages = {p.name.split(".")[0] for p in folder.iterdir() if p.suffix in (".txt", ".md")
             and p.name != "README.md"}
    truths = {p.name.split(".")[0] for p in folder.glob("*.expected.yaml")}
    assert pages == truths and len(pages) >= least_pages
    styles = {_style(folder / f"{name}.expected.yaml") for name in truths}
    assert len(styles) >= least_styles
    assert all(name.startswith(f"{_style(folder / f'{name}.expected.yaml')}-")
               for name in truths)


def test_a_salary_owned_by_a_list_of_titles_is_refused_with_its_file(tmp_path: Path) -> None:
    truth = tmp_path / "x.expected.yaml"
    truth.write_text(yaml.safe_dump({
        "role": "Glazier",
        "salaries": [{"min": 30000, "max": 36000, "currency": "GBP",
                      "belongs_to": ["Glazing Supervisor", "Site Supervisor"]}],
    }))
    with pytest.raises(ValueError, match=r"x\.expected\.yaml: salary belongs_to must be one"):
        load_expected(truth)


def test_an_employer_matches_with_or_without_its_legal_form_as_the_graph_joins_them() -> None:
    guide = perfect_guide(RAW)
    guide.employers = [fact("Cloudflare, Inc."), fact("Amazon Web Services Ltd")]
    assert _score(RAW, guide)["employers"] == (1.0, 1.0)
    guide.employers = [fact("Cloudflare Holdings"), fact("Ltd")]  # another name, a bare form
    assert _score(RAW, guide)["employers"] == (0.0, 0.0)
    guide.role = fact("Site Reliability Engineer Ltd")  # only employers drop a legal form
    assert _score(RAW, guide)["role"] == (0.0, 0.0)
