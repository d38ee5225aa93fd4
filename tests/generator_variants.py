"""Pages of a generated web corpus sorted by family and structure variant.

Shared by the tests of the generator's page families (tests/test_generator_web12.py …
tests/test_generator_web19.py): each family names one marker per variant, and a page must
match exactly one marker of its family; :func:`family_suite` gives a module the fixtures and
the three tests every family module runs.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from benchmarks.extraction import CATEGORIES, expected_from, facts_of, score_facts
from benchmarks.generate import corpus_digest, generate

from extraction_truth import perfect_guide

Pages = dict[str, dict[str, list[tuple[dict[str, Any], str]]]]


def printed_forms(amount: float) -> set[str]:
    """The ways a page may print a salary figure, lowercased: "48,500", "48500", "48k",
    Indian lakh ("4.8 lakh", "4,80,000", "₹4.8"), Swiss "48'500", French "48 500" or
    "38,76" (a decimal comma), Japanese "369.1万", "4.023 million", "236 thousand" and
    Brazilian or German "7.184,36", "5.600", and a British pre-decimal wage ("3 10s" for
    £3.50).

    >>> sorted(printed_forms(38.76))
    ['38,76', '38.76', '₹0.0003876']
    >>> {"1 802", "₹12"} <= printed_forms(1802) | printed_forms(1_200_000)
    True
    >>> forms = printed_forms(3_691_000) | printed_forms(236_000)
    >>> {"369.1万", "3.691 million", "236 thousand"} <= forms
    True
    >>> {"7.184,36", "5.600"} <= printed_forms(7184.36) | printed_forms(5600)
    True
    >>> "3 10s" in printed_forms(3.5)
    True
    """
    from benchmarks.web_studied import indian_grouping

    whole = isinstance(amount, int)
    forms = {f"{amount:,}", f"{amount}", str(amount).replace(".", ","),
             f"₹{amount / 100_000:g}",
             f"{amount:,}".translate(str.maketrans(",.", ".,"))}
    shillings = round(amount % 1 * 20, 6)
    if not whole and shillings.is_integer():  # pounds and shillings: "£3 10s" is £3.50
        forms.add(f"{int(amount)} {int(shillings)}s")
    if whole:
        forms |= {f"{amount / 10_000:g}万", f"{amount / 1_000_000:g} million",
                  f"{amount / 1000:g} thousand"}
        forms |= {f"{amount // 1000}k", f"{amount // 100_000}l", f"{amount / 100_000:g} lakh",
                  indian_grouping(amount), f"{amount:,}".replace(",", "'"),
                  f"{amount:,}".replace(",", " ")}
    return forms


def pages_by_variant(corpus: Path, variants: dict[str, dict[str, str]]) -> Pages:
    """family → variant → (truth entry, page text) for the families of ``variants``.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     corpus = Path(folder)
    ...     (corpus / "guides").mkdir()
    ...     _ = (corpus / "guides" / "a.txt").write_text("Slide 1", "utf-8")
    ...     _ = (corpus / "truth.json").write_text(
    ...         '{"guides": [{"layout": "deck", "file": "a.txt"}]}', "utf-8")
    ...     found = pages_by_variant(corpus, {"deck": {"slides": "^Slide 1$", "plain": "^Plain"}})
    >>> {variant: len(pages) for variant, pages in found["deck"].items()}
    {'slides': 1, 'plain': 0}
    """
    truth: dict[str, Any] = json.loads((corpus / "truth.json").read_text("utf-8"))
    out: Pages = {family: {variant: [] for variant in markers}
                  for family, markers in variants.items()}
    for entry in truth["guides"]:
        if entry["layout"] not in variants:
            continue
        text = (corpus / "guides" / entry["file"]).read_text("utf-8")
        text = text.replace("β€™", "’").replace("β€”", "—")  # the mojibake a page may carry
        hits = [v for v, rx in variants[entry["layout"]].items() if re.search(rx, text, re.M)]
        assert len(hits) == 1, (entry["file"], hits)
        out[entry["layout"]][hits[0]].append((entry, text))
    return out


def every(pages: Pages, family: str) -> list[tuple[dict[str, Any], str]]:
    """All (truth entry, page text) pairs of ``family``, whatever their variant."""
    return [pair for variant in pages[family].values() for pair in variant]


def amounts(entry: dict[str, Any]) -> set[float]:
    """Every figure the truth entry records (its salaries' minimums and maximums)."""
    return {float(s[k]) for s in entry["salaries"] for k in ("min", "max") if s.get(k)}


def money(text: str) -> float:
    """A figure printed with comma thousands separators.

    >>> money("48,500")
    48500.0
    """
    return float(text.replace(",", ""))


def points(entry: dict[str, Any], **keys: Any) -> set[float]:
    """The minimums of the truth entry's salaries carrying every key and value of ``keys``.

    >>> sorted(points({"salaries": [{"min": 5, "level": "II"}, {"min": 7}]}, level="II"))
    [5.0]
    """
    return {float(s["min"]) for s in entry["salaries"]
            if all(s.get(k) == v for k, v in keys.items())}


def assert_page_states_its_truth(entry: dict[str, Any], page: str, *,
                                 optional_printed: bool = False) -> None:
    """Every name and figure of the truth entry is printed on its page (the `optional` names
    too when ``optional_printed``), and a perfect reading of the truth scores one in every
    category."""
    text = " ".join(page.lower().split())
    names = [s for kind in entry["skills"].values() for s in kind]
    names += entry["employers"] + entry["sectors"] + entry["moves_in"] + entry["aliases"]
    names += entry["leads_to"] + entry["transitions_to"] + entry["must_not_appear"]
    names += [n for ladder in entry["ladder"] for n in ladder]
    names += entry["optional"] if optional_printed else []
    for name in names:
        assert " ".join(name.lower().split()) in text, (entry["file"], name)
    for salary in entry["salaries"]:
        assert any(f in text for f in printed_forms(salary["min"])), (entry["file"], salary)
    raw = {key: entry[key] for key in ("aliases", "leads_to", "transitions_to", "moves_in",
                                       "ladder", "employers", "sectors", "salaries",
                                       "must_not_appear", "optional")}
    raw |= {"role": entry["title"],
            "skills": [s for names in entry["skills"].values() for s in names]}
    expected = expected_from(raw)
    score = score_facts(entry["file"], expected, facts_of(perfect_guide(raw), expected.role))
    for category in CATEGORIES:
        assert score.tallies[category].recall == 1.0, (entry["file"], score.missed)
        assert score.tallies[category].precision == 1.0, (entry["file"], score.extra)


def fewest_per_variant(pages: Pages) -> int:
    """How many pages the least drawn variant of any family has."""
    return min(len(p) for variants in pages.values() for p in variants.values())


# Generated corpora of this test process, by (size, seed).
_CORPORA: dict[tuple[int, int], Path] = {}


def family_suite(size: int, seed: int, variants: dict[str, dict[str, str]],
                 layouts: tuple[str, ...], *, fewest: int = 4,
                 optional_printed: bool = False) -> tuple[Callable[..., Any], ...]:
    """The fixtures and tests every family test module shares, for the module to bind under
    their own names: ``corpus`` (``size`` guides of ``--style web`` at ``seed``, once per
    module), ``pages`` (family → variant → truth entry and page), then the tests that the
    same seed writes the same bytes, that every variant of ``layouts`` is drawn ``fewest``
    times or more, and that every page prints its truth (:func:`assert_page_states_its_truth`).

        corpus, pages, test_same_seed_same_pages, test_every_variant_of_every_family_is_drawn, \\
            test_the_pages_print_their_truth_and_a_perfect_reading_scores_one = family_suite(
                900, 16, VARIANTS, FAMILY17_LAYOUTS, optional_printed=True)
    """

    @pytest.fixture(scope="module")
    def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
        # (the generator is deterministic: modules drawing the same size and seed share one
        # corpus instead of writing it again each)
        if (size, seed) not in _CORPORA:
            root = tmp_path_factory.mktemp(f"web-{size}-{seed}")
            generate(size, root, seed=seed, style="web")
            _CORPORA[size, seed] = root
        return _CORPORA[size, seed]

    @pytest.fixture(scope="module")
    def pages(corpus: Path) -> Pages:
        return pages_by_variant(corpus, variants)

    def same_seed_same_pages(tmp_path: Path, corpus: Path) -> None:
        generate(size, tmp_path / "again", seed=seed, style="web")
        assert corpus_digest(tmp_path / "again") == corpus_digest(corpus)

    def every_variant_is_drawn(pages: Pages) -> None:
        assert set(pages) == set(layouts)
        assert fewest_per_variant(pages) >= fewest, {f: {v: len(p) for v, p in vs.items()}
                                                     for f, vs in pages.items()}

    def pages_print_their_truth(pages: Pages) -> None:
        for family in layouts:
            for entry, page in every(pages, family):
                assert_page_states_its_truth(entry, page, optional_printed=optional_printed)

    return corpus, pages, same_seed_same_pages, every_variant_is_drawn, pages_print_their_truth
