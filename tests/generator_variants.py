"""Pages of a generated web corpus sorted by family and structure variant.

Shared by the tests of the generator's page families (tests/test_generator_web12.py …
tests/test_generator_web37.py): each family names one marker per variant, and a page must
match exactly one marker of its family; :func:`family_tests` binds in a module the fixtures
and the tests every family module runs (:func:`family_suite`, :func:`another_seed_suite`),
all modules reading one corpus (:data:`SHARED_SIZE` guides at :data:`SHARED_SEED`,
generated once per test session).
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from benchmarks.extraction import CATEGORIES, expected_from, facts_of, score_facts
from benchmarks.generate import LAYOUT_POOLS, corpus_digest, generate

from extraction_truth import perfect_guide

Pages = dict[str, dict[str, list[tuple[dict[str, Any], str]]]]


def printed_forms(amount: float) -> set[str]:
    """The ways a page may print a salary figure, lowercased: "48,500", "48500", "48k",
    Indian lakh ("4.8 lakh", "4,80,000", "₹4.8"), Swiss "48'500", French "48 500" or
    "38,76" (a decimal comma), Japanese "369.1万", "4.023 million", "236 thousand" and
    Brazilian or German "7.184,36", "5.600", French "1 822,74", a British pre-decimal wage
    ("3 10s" for £3.50), a Korean band's low end in units of ten thousand ("3,400") and a
    Chinese card's band low end in thousands ("15-" of "15-25K") or a figure in 千 ("6.5千"),
    an Indonesian figure in millions or juta after "Rp" ("Rp 8,2 million", "Rp 8 - 10 jt"), a
    Vietnamese band's low end in millions ("12 - 15 million") and pounds and pence in words as
    an easy-read guide writes them ("£12 and 40p").

    >>> sorted(printed_forms(38.76))
    ['38 and 76p', '38,76', '38.76', '₹0.0003876']
    >>> {"1 802", "₹12"} <= printed_forms(1802) | printed_forms(1_200_000)
    True
    >>> forms = printed_forms(3_691_000) | printed_forms(236_000)
    >>> {"369.1万", "3.691 million", "236 thousand"} <= forms
    True
    >>> {"7.184,36", "5.600", "1 822,74"} <= (printed_forms(7184.36) | printed_forms(5600)
    ...                                       | printed_forms(1822.74))
    True
    >>> "3 10s" in printed_forms(3.5)
    True
    >>> "3,400" in printed_forms(34_000_000)
    True
    >>> {"15-", "6.5千"} <= printed_forms(15_000) | printed_forms(6_500)
    True
    >>> {"rp 8,2", "rp4,8"} <= printed_forms(8_200_000) | printed_forms(4_800_000)
    True
    >>> "12 - " in printed_forms(12_000_000)
    True
    """
    from benchmarks.web_studied import indian_grouping

    whole = isinstance(amount, int)
    forms = {f"{amount:,}", f"{amount}", str(amount).replace(".", ","),
             f"₹{amount / 100_000:g}",
             f"{amount:,}".translate(str.maketrans(",.", ".,"))}
    shillings = round(amount % 1 * 20, 6)
    if not whole:  # French notation with cents, "1 822,74"; pence in words, "12 and 40p"
        forms.add(f"{amount:,.2f}".replace(",", " ").replace(".", ","))
        forms.add(f"{int(amount)} and {round(amount % 1 * 100)}p")
    if not whole and shillings.is_integer():  # pounds and shillings: "£3 10s" is £3.50
        forms.add(f"{int(amount)} {int(shillings)}s")
    if whole:
        forms |= {f"{amount / 10_000:g}万", f"{amount / 1_000_000:g} million",
                  f"{amount / 1000:g} thousand"}
        forms.add(f"{amount // 10_000:,}")  # a Korean band's low end in 만 ("3,400 to 41 million")
        # a Chinese card's band in thousands ("15-25K") and a figure in 千 ("6.5千")
        forms |= {f"{amount // 1000}-", f"{amount / 1000:g}千"}
        # an Indonesian figure in millions with a decimal comma, or a band's low end in
        # juta: "Rp 8,2 million", "Rp4,8 million", "Rp 8 - 10 jt"
        millions = f"{amount / 1_000_000:g}".replace(".", ",")
        forms |= {f"rp {millions}", f"rp{millions}", f"{amount / 1_000_000:g} - "}
        forms |= {f"{amount // 1000}k", f"{amount // 100_000}l", f"{amount / 100_000:g} lakh",
                  indian_grouping(amount), f"{amount:,}".replace(",", "'"),
                  f"{amount:,}".replace(",", " ")}
    return forms


def pages_by_variant(corpus: Path, variants: dict[str, dict[str, str]],
                     entries: list[dict[str, Any]] | None = None) -> Pages:
    """family → variant → (truth entry, page text) for the families of ``variants``
    (``entries``: the corpus's truth entries already read, :func:`shared_entries`; each entry
    given is a copy, so a module's test cannot change what another module reads).

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
    if entries is None:
        entries = json.loads((corpus / "truth.json").read_text("utf-8"))["guides"]
    out: Pages = {family: {variant: [] for variant in markers}
                  for family, markers in variants.items()}
    for entry in entries:
        if entry["layout"] not in variants:
            continue
        entry = copy.deepcopy(entry)
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
    """A figure printed with comma (or space) thousands separators and a decimal point.

    >>> money("48,500"), money("1 250.50")
    (48500.0, 1250.5)
    """
    return float(text.replace(",", "").replace(" ", ""))


def decimal_comma(text: str) -> float:
    """A figure printed with dot or space thousands separators and a decimal comma, as
    Brazilian, Italian, Spanish, German, Dutch, Danish, Polish, French, Swedish, Czech and
    Indonesian pages print them.

    >>> decimal_comma("1.682,50"), decimal_comma("4 480,00"), decimal_comma("7.500.000")
    (1682.5, 4480.0, 7500000.0)
    >>> decimal_comma("38 000"), decimal_comma("16,90")
    (38000.0, 16.9)
    """
    return float(text.replace(".", "").replace(" ", "").replace(",", "."))


def absent(entry: dict[str, Any], text: str, pattern: str, *, comma: bool = False) -> None:
    """The figure ``pattern`` captures is printed on the page and is no figure of the truth
    entry (a voucher, a fee, an allowance); ``comma``: printed with a decimal comma.

    >>> absent({"file": "a.txt", "salaries": [{"min": 5, "max": 9}]}, "fee £12", r"fee £(\\d+)")
    """
    found = re.search(pattern, text)
    assert found, pattern
    value = decimal_comma(found.group(1)) if comma else money(found.group(1))
    assert value not in amounts(entry), (entry["file"], value)


def own_salaries(entry: dict[str, Any]) -> list[dict[str, Any]]:
    """The truth entry's salaries of the page's own role (no ``belongs_to``).

    >>> own_salaries({"salaries": [{"min": 5}, {"min": 7, "belongs_to": "Chief X"}]})
    [{'min': 5}]
    """
    return [s for s in entry["salaries"] if not s.get("belongs_to")]


def salary_owners(entry: dict[str, Any]) -> set[str]:
    """The other titles that own salaries on the page.

    >>> salary_owners({"salaries": [{"min": 5}, {"min": 7, "belongs_to": "Chief X"}]})
    {'Chief X'}
    """
    return {s["belongs_to"] for s in entry["salaries"] if s.get("belongs_to")}


def levels(entry: dict[str, Any]) -> set[str]:
    """The levels of the role's own salaries.

    >>> levels({"salaries": [{"min": 5, "level": "II"}, {"min": 7, "belongs_to": "Chief X",
    ...                                                  "level": "Lead"}]})
    {'II'}
    """
    return {str(s.get("level")) for s in own_salaries(entry) if s.get("level")}


def currencies(entry: dict[str, Any]) -> set[str]:
    """The currencies of the truth entry's salaries.

    >>> currencies({"salaries": [{"currency": "MNT"}, {"currency": "MNT"}]})
    {'MNT'}
    """
    return {str(s["currency"]) for s in entry["salaries"]}


def periods(entry: dict[str, Any]) -> set[str]:
    """The periods of the truth entry's salaries.

    >>> periods({"salaries": [{"period": "hour"}]})
    {'hour'}
    """
    return {str(s["period"]) for s in entry["salaries"]}


def floors(entry: dict[str, Any]) -> list[dict[str, Any]]:
    """The truth entry's open-ended floors ("from N").

    >>> floors({"salaries": [{"min": 5, "open_ended": True}, {"min": 7}]})
    [{'min': 5, 'open_ended': True}]
    """
    return [s for s in entry["salaries"] if s.get("open_ended")]


def point_regions(entry: dict[str, Any]) -> set[str]:
    """The regions of the role's own single-figure salaries.

    >>> point_regions({"salaries": [{"min": 5, "point": True, "region": "Ohio"}]})
    {'Ohio'}
    """
    return {s["region"] for s in own_salaries(entry) if s.get("point") and s.get("region")}


def points(entry: dict[str, Any], **keys: Any) -> set[float]:
    """The minimums of the truth entry's salaries carrying every key and value of ``keys``.

    >>> sorted(points({"salaries": [{"min": 5, "level": "II"}, {"min": 7}]}, level="II"))
    [5.0]
    """
    return {float(s["min"]) for s in entry["salaries"]
            if s["min"] is not None and all(s.get(k) == v for k, v in keys.items())}


def assert_page_states_its_truth(entry: dict[str, Any], page: str, *,
                                 optional_printed: bool = False) -> None:
    """Every name and figure of the truth entry is printed on its page (the `optional` names
    too when ``optional_printed``), and a perfect reading of the truth scores one in every
    category."""
    text = " ".join(page.lower().split())
    # (a name with other spellings is a list — an employer printed with its legal form, then
    # the short one; a skill printed as "Experience with X", then "X": each one printed)
    names = [n for kind in entry["skills"].values() for s in kind
             for n in ([s] if isinstance(s, str) else s)]
    names += [n for e in entry["employers"] for n in ([e] if isinstance(e, str) else e)]
    names += entry["sectors"] + entry["moves_in"] + entry["aliases"]
    names += entry["leads_to"] + entry["transitions_to"] + entry["must_not_appear"]
    names += [n for ladder in entry["ladder"] for n in ladder]
    names += entry["optional"] if optional_printed else []
    for name in names:
        assert " ".join(name.lower().split()) in text, (entry["file"], name)
    for salary in entry["salaries"]:
        low = salary["min"] if salary["min"] is not None else salary["max"]  # "Up to $1,200"
        assert any(f in text for f in printed_forms(low)), (entry["file"], salary)
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


# The one corpus every family module reads, written in the generator's cover mode: the
# layouts go round the web pool and each family takes its structure variants in turn on its
# first SHARED_COVER × (number of variants) pages, so every variant of every family is drawn
# SHARED_COVER times or more by construction, whatever the seed (no seed search when a merge
# shifts the random draws).  SHARED_SIZE deals every layout SHARED_COVER × 4 pages (four
# variants is the most a family has); the rest of each page is drawn at random.
SHARED_COVER = 3
SHARED_SEED = 20
SHARED_SIZE = SHARED_COVER * 4 * len(LAYOUT_POOLS["web"])


def _session_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The temporary folder all processes of this test session share (pytest-xdist gives
    each worker its own base under one common parent)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def _once(tmp_path_factory: pytest.TempPathFactory, name: str,
          make: Callable[[Path], None]) -> Path:
    """``root/name`` made by ``make`` once per test session: the first process to ask
    writes it under a file lock, the others (and later asks) read it."""
    root = _session_root(tmp_path_factory)
    folder, done = root / name, root / f"{name}.done"
    with open(root / f"{name}.lock", "w") as lock:
        try:
            import fcntl
        except ImportError:  # no POSIX locks: one folder per process instead
            folder, done = tmp_path_factory.getbasetemp() / name, folder.with_suffix(".mine")
        else:
            fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            make(folder)
            done.touch()
    return folder


# Generated corpora and digests of this test process, by (size, seed), and the shared corpora's
# truth entries by folder.
_CORPORA: dict[tuple[int, int], Path] = {}
_AGAIN: dict[tuple[int, int], tuple[str, str]] = {}
_ENTRIES: dict[Path, list[dict[str, Any]]] = {}


def shared_corpus(tmp_path_factory: pytest.TempPathFactory, size: int, seed: int) -> Path:
    """``size`` guides of ``--style web`` at ``seed``, written once per test session (the
    generator is deterministic: modules drawing the same size and seed share one corpus)."""
    if (size, seed) not in _CORPORA:
        _CORPORA[size, seed] = _once(tmp_path_factory, f"web-{size}-{seed}", lambda folder:
                                     generate(size, folder, seed=seed, style="web",
                                                              cover=SHARED_COVER))
    return _CORPORA[size, seed]


def shared_entries(corpus: Path) -> list[dict[str, Any]]:
    """The truth entries of a shared corpus (:func:`shared_corpus`), read once per test
    process: every family module reads its families' pages from the same truth.json of
    thousands of guides, and parsing it was most of a module's own time."""
    if corpus not in _ENTRIES:
        _ENTRIES[corpus] = json.loads((corpus / "truth.json").read_text("utf-8"))["guides"]
    return _ENTRIES[corpus]


def regenerated_digests(tmp_path_factory: pytest.TempPathFactory, size: int,
                        seed: int) -> tuple[str, str]:
    """(digest of the shared corpus, digest of a second generation at the same size and
    seed), the second generation written once per test session."""
    if (size, seed) not in _AGAIN:
        corpus = shared_corpus(tmp_path_factory, size, seed)

        def again(folder: Path) -> None:
            generate(size, folder / "corpus", seed=seed, style="web", cover=SHARED_COVER)
            (folder / "digests").write_text(corpus_digest(corpus) + " "
                                            + corpus_digest(folder / "corpus"), "utf-8")

        first, second = (_once(tmp_path_factory, f"again-{size}-{seed}", again)
                         / "digests").read_text("utf-8").split()
        _AGAIN[size, seed] = first, second
    return _AGAIN[size, seed]


def family_suite(size: int, seed: int, variants: dict[str, dict[str, str]],
                 layouts: tuple[str, ...], *, fewest: int = SHARED_COVER,
                 optional_printed: bool = False) -> tuple[Callable[..., Any], ...]:
    """The fixtures and tests every family test module shares, for the module to bind under
    their own names (:func:`family_tests` does it): ``corpus`` (``size`` guides of ``--style
    web`` at ``seed``, written once per test session: :func:`shared_corpus`), ``pages``
    (family → variant → truth entry and page), then the tests that the same seed writes the
    same bytes (one second generation per session), that every variant of ``layouts`` is drawn
    ``fewest`` times or more, and that every page prints its truth
    (:func:`assert_page_states_its_truth`).
    """

    @pytest.fixture(scope="module")
    def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
        return shared_corpus(tmp_path_factory, size, seed)

    @pytest.fixture(scope="module")
    def pages(corpus: Path) -> Pages:
        return pages_by_variant(corpus, variants, shared_entries(corpus))

    def same_seed_same_pages(tmp_path_factory: pytest.TempPathFactory) -> None:
        first, second = regenerated_digests(tmp_path_factory, size, seed)
        assert first == second

    def every_variant_is_drawn(pages: Pages) -> None:
        assert set(pages) == set(layouts)
        assert fewest_per_variant(pages) >= fewest, {f: {v: len(p) for v, p in vs.items()}
                                                     for f, vs in pages.items()}

    def pages_print_their_truth(pages: Pages) -> None:
        for family in layouts:
            for entry, page in every(pages, family):
                assert_page_states_its_truth(entry, page, optional_printed=optional_printed)

    return corpus, pages, same_seed_same_pages, every_variant_is_drawn, pages_print_their_truth


def another_seed_suite(seed: int, variants: dict[str, dict[str, str]], layouts: tuple[str, ...],
                       *, optional_printed: bool = False) -> Callable[[Path], None]:
    """The test that the cover mode deals each variant of ``layouts`` whatever the seed, and
    that every page of those families still prints its truth, on a second, smaller corpus at
    ``seed`` (unrelated to the shared one), for a family module to bind under its own name
    (:func:`family_tests` does it, given ``another_seed``).
    """

    def another_seed_draws_every_variant(tmp_path: Path) -> None:
        # (the module's own layouts alone: the shared corpus checks them in the whole mix)
        generate(2 * len(layouts), tmp_path, seed=seed, style="web", cover=1, layouts=layouts)
        found = pages_by_variant(tmp_path, variants)
        assert fewest_per_variant(found) >= 1
        for family in layouts:
            for entry, page in every(found, family):
                assert_page_states_its_truth(entry, page, optional_printed=optional_printed)

    return another_seed_draws_every_variant


#: The names :func:`family_tests` binds in a family module, in :func:`family_suite`'s order.
FAMILY_TEST_NAMES = ("corpus", "pages", "test_same_seed_same_pages",
                     "test_every_variant_of_every_family_is_drawn",
                     "test_the_pages_print_their_truth_and_a_perfect_reading_scores_one")


def family_tests(module: dict[str, Any], variants: dict[str, dict[str, str]],
                 layouts: tuple[str, ...], *, another_seed: int | None = None,
                 optional_printed: bool = False) -> None:
    """Bind in a family test module's namespace (its ``globals()``) the fixtures and tests
    every family module shares, under the names pytest collects (:data:`FAMILY_TEST_NAMES`):
    :func:`family_suite` on the shared corpus (:data:`SHARED_SIZE` guides at
    :data:`SHARED_SEED`) and, given ``another_seed``,
    ``test_another_seed_draws_every_variant_and_states_its_truth`` (:func:`another_seed_suite`).

        family_tests(globals(), VARIANTS, FAMILY37_LAYOUTS, another_seed=SHARED_SEED + 16,
                     optional_printed=True)

    >>> namespace: dict[str, Any] = {}
    >>> family_tests(namespace, {"deck": {"slides": "^Slide"}}, ("deck",), another_seed=3)
    >>> sorted(namespace) == sorted([*FAMILY_TEST_NAMES,
    ...                              "test_another_seed_draws_every_variant_and_states_its_truth"])
    True
    """
    suite = family_suite(SHARED_SIZE, SHARED_SEED, variants, layouts,
                         optional_printed=optional_printed)
    module.update(zip(FAMILY_TEST_NAMES, suite, strict=True))
    if another_seed is not None:
        module["test_another_seed_draws_every_variant_and_states_its_truth"] = (
            another_seed_suite(another_seed, variants, layouts,
                               optional_printed=optional_printed))
