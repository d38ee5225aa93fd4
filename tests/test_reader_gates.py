"""The long-form readers' cheap pre-tests skip only texts their patterns cannot match.

Each gate (a substring or automaton test before a pattern or a loop) is checked against the
work it stands in front of, on texts built from the pieces that make the two differ: the
cue words whole, cut, in other letter cases, beside punctuation and white space.
"""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from careergraph.guides import headline, items, languages, mentions, roles, workplaces
from careergraph.guides.headings import bundled_section
from careergraph.guides.headline import page_labels
from careergraph.guides.items import with_tools
from careergraph.guides.longform_workplaces import _CUT_PLACE


def _pieces(*words: str) -> st.SearchStrategy[str]:
    """Texts joined from ``words`` (whole, cut in two, upper- and title-cased) and fillers."""
    parts = [*words, *(w[: len(w) // 2] for w in words), *(w[len(w) // 2:] for w in words),
             *(w.upper() for w in words), *(w.title() for w in words),
             " ", "  ", "   ", "\t", ",", ".", "...", "…", "|", "(", ")", "a", "the", "for",
             "at", "in", "with", "Tool", "7", "\n", "ſ", "K"]
    return st.lists(st.sampled_from(parts), max_size=14).map("".join)


_LANGUAGE_NAMES = tuple(str(n) for n in bundled_section("languages")["names"])


@settings(max_examples=400, deadline=None)
@given(_pieces("English", "Arabic", "Hindi", "Urdu", "and", "or", "/", "a plus", "fluent"))
def test_language_gate_skips_only_texts_without_a_match(text: str) -> None:
    run = languages._patterns()[0]
    if not languages._names().search(text):
        assert run.search(text) is None
        assert languages.language_skills(text) == []


def test_language_gate_holds_every_name() -> None:
    assert all(languages._names().search(f"x {name} y") for name in _LANGUAGE_NAMES)


@settings(max_examples=400, deadline=None)
@given(_pieces("offer you the role of ", "to become a ", "demand for ", "career as an "))
def test_role_anchor_gate_is_the_anchors_find(text: str) -> None:
    lowered = text.lower()
    assert mentions._ANCHORS.search(lowered) == any(
        lowered.find(anchor) != -1 for anchor, _ in mentions._ROLE_ANCHORS)


def test_service_words_hold_one_of_the_two_tests() -> None:
    # choose_role tests "ervice " and "ecruitment" before the service words themselves
    assert all("ervice " in w or "ecruitment" in w for w in roles._SERVICE_WORDS)


@settings(max_examples=400, deadline=None)
@given(_pieces("such as", "like", "e.g.", "employers", "companies", "graduates ", " include"))
def test_workplace_list_and_opener_scans_are_the_substring_tests(text: str) -> None:
    lowered = text.lower()
    assert workplaces._OPENERS.search(lowered) == any(
        opener in lowered for opener in workplaces._OPENER_WORDS)
    assert workplaces._LISTS.search(lowered) == (any(
        word in lowered for word in workplaces._LIST_WORDS) or " include" in lowered)


@settings(max_examples=400, deadline=None)
@given(_pieces("work for", "a drinks", "at the", "by"))
def test_cut_place_needs_an_ellipsis(text: str) -> None:
    if "..." not in text and "…" not in text:
        assert _CUT_PLACE.search(text) is None


@settings(max_examples=400, deadline=None)
@given(st.lists(_pieces("MAY 2026", "31", "PEOPLE", "OBITUARY", "BOAT & OAR"), max_size=5))
def test_running_head_gate_changes_no_label(lines: list[str]) -> None:
    assert page_labels(lines) == frozenset(
        text.strip() for before, text in pairwise(lines)
        if headline._PAGE_HEAD.match(before.strip())
        and headline._CAPITALS_LABEL.fullmatch(text.strip()))


@settings(max_examples=400, deadline=None)
@given(_pieces("with", "using", "hand tools", "a multimeter", "and", "clamp gauge"))
def test_with_tools_patterns_need_with_or_using(text: str) -> None:
    if "with" not in text and "using" not in text:
        assert items._KIT_EXAMPLES.search(text) is None
        assert items._WITH_WORD.search(text) is None
    assert isinstance(with_tools(text), list)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="sawdrilgaueth", max_size=12))
def test_tool_noun_endswith_is_the_loop(word: str) -> None:
    heads = items._tool_heads()
    assert items._tool_noun(word, heads) == (word in heads or any(
        word.endswith(head) for head in heads if len(head) > 3))
