"""The generator's six page families of held-back set 17 (benchmarks/web_families17.py).

Salary-by-city pages, machine-translated Japanese occupation pages, volunteer role listings,
member-directory profiles, "day in the life" diaries and Q&A question pages: each family's
page carries the structure it imitates in every variant, the variants are all drawn, the
truth holds exactly the facts the page prints (a perfect extraction scores one), and
cost-of-living equivalents, allowances, prices per test, perks, head counts and the asker's
own pay stay out of the role's pay.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.generate import corpus_digest, generate
from benchmarks.web_families17 import FAMILY17_LAYOUTS

from generator_variants import (
    Pages,
    assert_page_states_its_truth,
    every,
    fewest_per_variant,
    pages_by_variant,
)

SEED = 24  # a seed whose 900 guides draw every variant of every family four times or more
SIZE = 900

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "citypay": {"table": r"^City/Area \|$", "glued": r"^Average base salary$"},
    "jobtagjp": {"facility": r"^video: \d", "route": r"Starting salary for high school"},
    "volunteerrole": {"uk": r"^What we're looking for$", "us": r"^CAUSE AREAS$"},
    "memberdirectory": {"consultant": r"^Career history$",
                        "interpreter": r"^LANGUAGE COMBINATION$"},
    "dayinlife": {"hospital": r"^\d+:\d\d[ap]m – ", "resort": r"^\d+:\d\d [AP]M[A-Z]"},
    "qanda": {"quora": r"^Quora$", "stack": r"^Stack Exchange "},
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("web17-900")
    generate(SIZE, root, seed=SEED, style="web")
    return root


@pytest.fixture(scope="module")
def pages(corpus: Path) -> Pages:
    """family → variant → (truth entry, page text)."""
    return pages_by_variant(corpus, VARIANTS)


def _money(text: str) -> float:
    return float(text.replace(",", ""))


def test_same_seed_same_pages(tmp_path: Path, corpus: Path) -> None:
    generate(SIZE, tmp_path / "again", seed=SEED, style="web")
    assert corpus_digest(tmp_path / "again") == corpus_digest(corpus)


def test_every_variant_of_every_family_is_drawn(pages: Pages) -> None:
    assert set(pages) == set(FAMILY17_LAYOUTS)
    assert fewest_per_variant(pages) >= 4, {f: {v: len(p) for v, p in vs.items()}
                                            for f, vs in pages.items()}


def test_the_pages_print_their_truth_and_a_perfect_reading_scores_one(pages: Pages) -> None:
    for family in FAMILY17_LAYOUTS:
        for entry, page in every(pages, family):
            assert_page_states_its_truth(entry, page, optional_printed=True)
