"""The generator's ``web`` style: deterministic pages in many site styles whose truth is exact.

The classic style's bytes are covered by tests/test_generator.py; here the web pages must print
every fact their truth records, carry the structures they imitate, and their truth must be
scorable by benchmarks/extraction.py.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest
from benchmarks.extraction import CATEGORIES, expected_from, facts_of, score_dir, score_facts
from benchmarks.generate import LAYOUT_POOLS, corpus_digest, generate
from benchmarks.web_families import FAMILY_LAYOUTS
from benchmarks.web_families12 import spoken_number
from benchmarks.web_pages import WEB_LAYOUTS
from benchmarks.web_studied import STUDIED_LAYOUTS

from extraction_truth import perfect_guide
from generator_variants import (
    SHARED_SEED,
    SHARED_SIZE,
    printed_forms,
    regenerated_digests,
    shared_corpus,
    shared_entries,
)

# The family tests' shared corpus (tests/generator_variants.py), written in the generator's
# cover mode: every web style appears SHARED_COVER × 4 times and every family draws each of
# its variants by construction, whatever the seed.
SEED, SIZE = SHARED_SEED, SHARED_SIZE


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_corpus(tmp_path_factory, SIZE, SEED)


@pytest.fixture(scope="module")
def web_guides(corpus: Path) -> list[dict[str, Any]]:
    # (the truth the family modules read too, parsed once per test process)
    return [g for g in shared_entries(corpus) if g["layout"] in WEB_LAYOUTS]


def _page(corpus: Path, entry: dict[str, Any]) -> str:
    text = (corpus / "guides" / str(entry["file"])).read_text("utf-8")
    return text.replace("β€™", "’").replace("β€”", "—")  # the mojibake the pages may carry


def test_web_style_is_deterministic_and_differs_from_classic(
        tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> None:
    first, again = regenerated_digests(tmp_path_factory, SIZE, SEED)
    assert first == again == corpus_digest(corpus)
    generate(SIZE, tmp_path / "classic", seed=SEED)
    assert corpus_digest(tmp_path / "classic") != corpus_digest(corpus)
    with pytest.raises(ValueError, match="unknown style"):
        generate(5, tmp_path / "bad", style="print")


def test_every_web_layout_appears_with_its_structures(corpus: Path,
                                                      web_guides: list[dict[str, Any]]) -> None:
    assert {g["layout"] for g in web_guides} == set(WEB_LAYOUTS)
    texts = {layout: [_page(corpus, e) for e in web_guides if e["layout"] == layout]
             for layout in WEB_LAYOUTS}  # (each page read once: a key per layout, not guide)
    assert any("Entry Point From:" in t and "💰 $" in t for t in texts["jobspec"])
    assert any(" / " in line for t in texts["jobspec"] for line in t.splitlines()
               if line.startswith("- "))  # "A / B" alternatives under Advancement To
    assert all(t.startswith("logo") for t in texts["wiki"])
    assert any(re.search(r"^\s+(\d)\. \1$", t, re.M) for t in texts["ladder"])  # "1. 1"
    assert any("|---|" in t and "£" in t and "€" in t for t in texts["table"])
    assert all(t.startswith("Skip to main content") and "Starter to £" in t
               for t in texts["govprofile"])
    assert any("one step up, report a median" in t for t in texts["blog"])
    assert all("Key Facts\n" in t and "Average Salary" in t and " › " in t.splitlines()[0]
               for t in texts["factpanel"])
    assert any(re.search(r"^Average Salary\$\d", t, re.M) for t in texts["factpanel"])  # glued
    assert all(re.search(r"^How much does an? .+ earn\?$", t, re.M) for t in texts["faq"])
    assert all(re.search(r"^Level \| Title \| Annual Salary \([A-Z]{3}\)$", t, re.M)
               and not re.search(r"^\d+ \|.*[$£€]", t, re.M) for t in texts["paygrid"])
    raw = [(corpus / "guides" / g["file"]).read_text("utf-8") for g in web_guides]
    assert any("β€" in t for t in raw)  # some pages carry mojibake
    assert any(g["must_not_appear"] and g["layout"] == "blog"
               and g["must_not_appear"][-1].endswith("(fi") for g in web_guides)  # cut line


def test_the_studied_styles_carry_their_structures(corpus: Path,
                                                   web_guides: list[dict[str, Any]]) -> None:
    """Each style of the studied fixture sets prints the structure it imitates."""
    pages = {style: [(e, _page(corpus, e)) for e in web_guides if e["layout"] == style]
             for style in STUDIED_LAYOUTS}
    texts = {style: [t for _, t in pairs] for style, pairs in pages.items()}
    assert all(re.search(r"^.+ Average Salary in .+ \d{4}$", t, re.M)
               and re.search(r"^Minimum [\d,]+ [A-Z]{3} \| Median [\d,]+ [A-Z]{3} \| .+ \|$", t,
                             re.M)
               and re.search(r"^[\d,]+ [A-Z]{3}\+\d+%$", t, re.M)  # growth glued to the pay
               for t in texts["salsurvey"])
    assert all(not e["leads_to"] and not e["moves_in"] and e["salaries"]
               and {s["period"] for s in e["salaries"]} <= {"month", "hour"}
               for e, _ in pages["salsurvey"])
    assert all("RoleExpectation\n" in t and " · " in t for t in texts["framework"])
    assert any(e["ladder"] and any(f"{n}" in line and line != n for n in e["ladder"][0]
                                   for line in t.splitlines() if line.startswith(n))
               for e, t in pages["framework"])  # a level title glued to its expectation
    assert any(re.search(r"Rs\. [\d,]+-[\d,]+-[\d,]+ per month", t) for t in texts["gradeladder"])
    assert any("Post NameGradeScale" in t for t in texts["gradeladder"])
    assert any(re.search(r"^Median (annual|monthly) pay\n(£[\d,]+\.\d\d|₹[\d.]+ lakh|₦|RM|Rs\. )",
                         t, re.M) for t in texts["labelvalue"])
    assert all("permalink embed save report reply" in t for t in texts["thread"])
    assert all(e["optional"] and any(s.get("belongs_to") and s["period"] == "hour"
                                     for s in e["salaries"]) for e, _ in pages["thread"])
    assert all(t.startswith("How to become") and "Average weekly pay\n$" in t
               for t in texts["howto"])
    assert any(" and then " in t for t in texts["howto"])
    assert all(re.search(r"^K\d+:? \S", t, re.M) and re.search(r"^Duty \d .* S\d B\d$", t, re.M)
               for t in texts["ksb"])
    assert any(re.search(r"\S\d+\. Review: after", t) for t in texts["ksb"])  # glued number
    assert all(" : Remuneration" in t and " |\n" in t for t in texts["hardwrap"])
    assert any(name not in t and name in " ".join(t.split())  # a name broken across lines
               for e, t in pages["hardwrap"] for name in e["employers"] + e["leads_to"])
    assert all("| Predicate | Object |" in t and "\n→\n" in t for t in texts["kbtable"])
    assert any(re.search(r"INR \d{1,2},\d\d,\d\d,\d{3}|INR \d{1,2},\d\d,\d{3}", t)
               for t in texts["kbtable"])  # Indian digit grouping


def test_the_page_families_carry_their_structures(corpus: Path,
                                                  web_guides: list[dict[str, Any]]) -> None:
    """Spreadsheet matrices, vacancy notices and news features print what they imitate."""
    pages = {style: [(e, _page(corpus, e)) for e in web_guides if e["layout"] == style]
             for style in FAMILY_LAYOUTS}
    assert all(pages.values())
    delimiters = set()
    for entry, text in pages["csvmatrix"]:
        header = text.splitlines()[2]
        delimiter = next(d for d in (",", "\t", ";") if header.count(d) == 8)
        rows = list(csv.reader(text.splitlines()[2:4], delimiter=delimiter))
        assert len(rows[0]) == len(rows[1]) == 9 and rows[1][1] == entry["title"]
        delimiters.add(delimiter)
    assert len(delimiters) > 1
    for entry, text in pages["vacancy"]:
        assert f"Job title: {entry['title']}\n" in text and "\nEssential criteria\n1. " in text
        assert len(entry["employers"]) <= 1  # a notice names the one organisation hiring
    for entry, text in pages["newsstory"]:
        assert text.splitlines()[3].startswith("Why ") and "\nBy " in text
        assert entry["title"] not in text.splitlines()[:3]  # no title line: a headline


def test_every_fact_in_the_truth_is_printed_on_its_page(
        corpus: Path, web_guides: list[dict[str, Any]]) -> None:
    for entry in web_guides:
        text = " ".join(_page(corpus, entry).lower().split())  # hard-wrapped pages too
        # (a name with other spellings is a list: an employer with its legal form, then the
        # short one; a skill as "Experience with X", then "X")
        names = [n for kind in entry["skills"].values() for s in kind
                 for n in ([s] if isinstance(s, str) else s)]
        names += [n for e in entry["employers"] for n in ([e] if isinstance(e, str) else e)]
        names += entry["sectors"] + entry["moves_in"]
        names += entry["leads_to"] + entry["transitions_to"]
        names += [n for ladder in entry["ladder"] for n in ladder]
        for name in names + entry["must_not_appear"]:
            assert " ".join(name.lower().split()) in text, (entry["file"], name)
        for salary in entry["salaries"]:
            low = salary["min"] if salary["min"] is not None else salary["max"]  # "Up to $N"
            shown = printed_forms(low)
            if isinstance(low, int) and low < 100:  # said in a transcript
                shown.add(spoken_number(low))
            assert any(s in text for s in shown), (entry["file"], salary)


def test_moves_into_a_role_are_leads_to_edges_of_the_truth(corpus: Path) -> None:
    truth: dict[str, Any] = json.loads((corpus / "truth.json").read_text("utf-8"))
    edges = {tuple(e) for e in truth["leads_to"]}
    title_of = {key: role["title"] for key, role in truth["roles"].items()}
    keys_of: dict[str, set[str]] = {}
    for key, title in title_of.items():  # (an occupation may share a planned role's title)
        keys_of.setdefault(title, set()).add(key)
    into = [(keys_of[name], g["role"]) for g in truth["guides"] for name in g.get("moves_in", [])
            if name in keys_of]
    assert into and all(any((k, role) in edges for k in keys) for keys, role in into)


def test_a_perfect_extraction_of_the_generated_pages_scores_one(
        web_guides: list[dict[str, Any]]) -> None:
    for entry in web_guides:
        raw = {key: entry[key] for key in ("aliases", "leads_to", "transitions_to",
                                           "moves_in", "ladder", "employers", "sectors",
                                           "salaries", "must_not_appear", "optional")}
        raw |= {"role": entry["title"],
                "skills": [s for names in entry["skills"].values() for s in names]}
        expected = expected_from(raw)
        score = score_facts(entry["file"], expected, facts_of(perfect_guide(raw),
                                                              expected.role))
        for category in CATEGORIES:
            assert score.tallies[category].recall == 1.0, (entry["file"], score.missed)
            assert score.tallies[category].precision == 1.0, (entry["file"], score.extra)


def test_the_scorer_reads_a_generated_corpus(tmp_path: Path) -> None:
    # (one guide a layout, dealt round the pool: the extractor runs on every page, so a small
    # corpus that still holds every style by construction)
    generate(len(LAYOUT_POOLS["web"]), tmp_path, seed=SEED, style="web", cover=1)
    truth: dict[str, Any] = json.loads((tmp_path / "truth.json").read_text("utf-8"))
    web_guides = [g for g in truth["guides"] if g["layout"] in WEB_LAYOUTS]
    scores = score_dir(tmp_path)
    assert [s.name for s in scores] == [g["file"] for g in web_guides]
    assert {s.style for s in scores} == set(WEB_LAYOUTS)
