"""``gated_re.Gated`` gives exactly what its pattern gives, and the patterns gated in the
readers find nothing on a text their gate turns away (the check mode, over parsed pages).

The texts are built from each pattern's own cue words, cased at random, with the characters
``re``'s case folding pairs with ASCII letters in other ways; every method of the wrapper is
compared with the plain pattern's.  The last test parses the development fixture folders
with the check mode on: a gate that turned away a text its pattern matches raises.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import careergraph.guides as guides
from careergraph.guides import gated_re, rung_pay
from careergraph.guides.gated_re import Gated, lowered

_ODD = ["İ", "ı", "ſ", "K", "µ", "\u0307", "\n", "\t", "  ", " ", ",", ".", ":", "(", ")"]
# (pattern, flags, the words its matches are made of)
_PATTERNS = [
    (r"\b(?:hires|recruits)\s+(\w+)", re.IGNORECASE, ["hires", "recruits", "crew", "Ann"]),
    (r"(?:note|source)s?\s*:", re.IGNORECASE, ["note", "sources", "Nоte", "src"]),
    (r"\bthe\s+(?:kiln|lathe)\s*,\s+an?\s+([A-Z]\w+)", 0, ["the", "kiln", "lathe", "an", "a",
                                                          "Bosch", "Kiln"]),
    (r"(?:^|(?<=[^\d\s]))\s*\d{1,2}\.\s?(?=[A-Z])", 0, ["1.", "12.", "Pay", "x", "3"]),
    (r"\b(?:plus|\+|and) super\b|\bsuperannuation\b", re.I, ["plus", "+", "super", "and",
                                                             "superannuation", "SUPER"]),
]


def _recased(pieces: list[str], flips: list[bool]) -> str:
    text = "".join(pieces)
    return "".join(c.swapcase() if flip else c
                   for c, flip in zip(text, flips + [False] * len(text), strict=False))


@st.composite
def _cases(draw: st.DrawFn) -> tuple[re.Pattern[str], str]:
    source, flags, words = draw(st.sampled_from(_PATTERNS))
    text = draw(st.builds(_recased, st.lists(st.sampled_from([*words, *_ODD]), max_size=12),
                          st.lists(st.booleans(), max_size=50)))
    return re.compile(source, flags), text


def _spans(matches: object) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(_cases(), st.integers(0, 5))
def test_gated_methods_equal_the_pattern(case: tuple[re.Pattern[str], str], pos: int) -> None:
    pattern, text = case
    gated = Gated(pattern)
    assert gated.tests  # (every pattern here has a literal test)
    for name in ("search", "match", "fullmatch"):
        got, want = getattr(gated, name)(text), getattr(pattern, name)(text)
        assert (got and got.span()) == (want and want.span())
        got, want = getattr(gated, name)(text, pos), getattr(pattern, name)(text, pos)
        assert (got and got.span()) == (want and want.span())
    assert _spans(gated.finditer(text)) == _spans(pattern.finditer(text))
    assert gated.findall(text) == pattern.findall(text)
    assert gated.sub("<>", text) == pattern.sub("<>", text)
    assert gated.split(text) == pattern.split(text)
    if not gated.admits(text):
        assert pattern.search(text) is None


def test_lowered_is_kept_for_the_same_text() -> None:
    text = "Crew Leads HIRE"
    assert lowered(text) == "crew leads hire"
    assert lowered(text) is lowered(text)  # (the second call: the kept form)
    assert lowered("ſ") is None and lowered("x") == "x"


def test_check_mode_raises_on_a_wrong_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    gated = Gated(re.compile("needle"))
    gated._gate.tests = (("absent",),)  # a wrong test, as a broken literal parse would give
    monkeypatch.setattr(gated_re, "CHECK", True)
    with pytest.raises(AssertionError):
        gated.search("a needle here")


def test_readers_gated_patterns_have_tests() -> None:
    """A gate without a literal test does nothing: every gated reader pattern has one."""
    for info in pkgutil.iter_modules(guides.__path__):
        importlib.import_module(f"careergraph.guides.{info.name}")
    gates = [value for name, module in sys.modules.items()
             if name.startswith("careergraph.guides.") for value in vars(module).values()
             if isinstance(value, Gated)]
    assert len(gates) >= 5 and all(gate.tests for gate in gates)


def _ladder_rungs_reference(page: str) -> frozenset[str]:
    """``rung_pay.ladder_rungs`` as it was before its arrow test: every line split."""
    rungs: set[str] = set()
    for line in page.splitlines():
        parts = rung_pay._ARROW.split(rung_pay._ASIDE.sub("", line))
        if len(parts) <= rung_pay._MIN_ARROWS:
            continue
        parts[0] = parts[0].rsplit(":", 1)[-1]
        parts[-1] = rung_pay._SENTENCE_END.sub("", parts[-1])
        for part in parts:
            for name in rung_pay._ALTERNATIVES.split(part.strip()):
                words = name.split()
                if 0 < len(words) <= rung_pay._RUNG_WORDS and all(
                        w.replace("-", "").isalpha() for w in words):
                    rungs.add(rung_pay.singular_title(name.lower()))
    return frozenset(rungs)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "->", "→", ">", "-", " ", "(x)", "(", ")", "\n",
                                 "crew", "⟶", "➔", ":", ".", "Lead hand", "-(y)>"]),
                max_size=30))
def test_ladder_rungs_arrow_test(pieces: list[str]) -> None:
    page = "".join(pieces)
    assert rung_pay.ladder_rungs(page) == _ladder_rungs_reference(page)


_FIXTURES = Path(__file__).parent / "fixtures" / "extraction"
# The development sets (the unseen set being written is never read here).
_DEV_SETS = sorted(p.name for p in _FIXTURES.iterdir()
                   if p.is_dir() and p.name not in ("heldback22", "heldback23",
                                                              "heldback24", "heldback25",
                                                              "heldback26", "heldback27",
                                                              "heldback28", "heldback29",
                                                              "heldback30", "heldback31",
                                                              "heldback32", "heldback33",
                                                              "heldback34", "heldback35",
                                                              "heldback36", "heldback37",
                                                              "heldback38", "heldback45",
                                                              "heldback46", "heldback47",
                                                              "heldback48", "heldback49",
                                                              "heldback50", "heldback51",
                                                              "heldback52", "heldback53",
                                                              "heldback54", "heldback55",
                                                              "heldback56", "heldback57",
                                                              "heldback58", "heldback59",
                                                              "heldback60"))


@pytest.mark.parametrize("folder", [name for name in _DEV_SETS if name in ("dev", "holdout")])
def test_check_mode_over_fixture_pages(folder: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Parse a fixture folder with every gate checked: no gate skips a text its pattern
    matches (a skipped match raises in the parse)."""
    from careergraph.guides import load_corpus
    from careergraph.lexicon import load_lexicon

    monkeypatch.setattr(gated_re, "CHECK", True)
    corpus = load_corpus([_FIXTURES / folder], lexicon=load_lexicon(), workers=1)
    assert corpus.guides
    assert not [problem for problem in corpus.problems if "gate of" in str(problem)]


def test_with_tools_drops_the_article() -> None:
    """The with-list's article cut (compiled once, under its own module-level name)."""
    from careergraph.guides.items import with_tools

    assert with_tools("She traces faults with an oscilloscope") == ["oscilloscope"]
    assert with_tools("He prototypes with the PyTorch") == ["PyTorch"]
