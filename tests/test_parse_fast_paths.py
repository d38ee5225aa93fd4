"""The parser's fast paths give exactly what the slower code they stand in for gives.

Each fast path skips work when a cheap test shows it cannot matter (a trigger absent, a
plain-ASCII name, a printable fact); these properties compare it with the general code on
texts built from the characters that make the cases differ.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from careergraph.guides.builder import _fact_text
from careergraph.guides.layout import CARD_HEADINGS, split_card_line
from careergraph.guides.literals import AnyOf
from careergraph.guides.text import (
    _CONTROL,
    clean,
    guide_lines,
    number_lines,
    pdf_glyph_bullets,
    post_glyph_bullets,
    repair_mojibake,
)
from careergraph.guides.vocab import Vocabulary, _word_char
from careergraph.lexicon import load_lexicon
from careergraph.names import _JOINERS, _TOKEN, fold_latin, name_key, words

_VOCAB = Vocabulary.from_lexicon(load_lexicon())
_TRIGGERS = ("advance to ", "move into ", " all employ ", "e.g., ", "e.g. ")


def _words_by_regex(text: str) -> list[str]:
    lowered = fold_latin(unicodedata.normalize("NFKC", text).lower()).replace("&", " and ")
    lowered = _JOINERS.sub("", lowered)
    # _TOKEN over a skeleton where every letter or digit of any script is "a"
    skeleton = "".join("a" if char.isalnum() or unicodedata.category(char)[0] == "M"
                       else char if char in "+#." else " " for char in lowered)
    return [lowered[m.start():m.end()] for m in _TOKEN.finditer(skeleton)]


def _tools_by_scan(text: str) -> list[str]:
    """Lexicon tools found character by character (the loop the regex scan replaced)."""
    found: list[str] = []
    index, size = 0, len(text)
    while index < size:
        char = text[index]
        if char in _VOCAB.tools and (index == 0 or not _word_char(text[index - 1])):
            for name in _VOCAB.tools[char]:
                end = index + len(name)
                if text.startswith(name, index) and (
                        end >= size or not (_word_char(text[end]) or text[end] in "-'’")):
                    found.append(name)
                    index = end - 1
                    break
        index += 1
    return list(dict.fromkeys(found))


_NAME_TEXT = st.text(alphabet="aZ0 +#-.,é/&'’\u00a0\tﬁİ_(", max_size=16)
_TOOL_TEXT = st.lists(st.sampled_from(
    [n for group in _VOCAB.tools.values() for n in group]
    + [" ", ",", "-", "'", "’", "_", "&", "+", "#", "é", "x", "2", "(", "٣"]),
    max_size=8).map("".join)


@settings(max_examples=200, deadline=None)
@given(_NAME_TEXT)
def test_name_words_equal_the_token_regex(text: str) -> None:
    assert words(text) == _words_by_regex(text)
    assert name_key(text) == "".join(_words_by_regex(text))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*_TRIGGERS, "advance", "to ", "x", " "]), max_size=8)
       .map("".join))
def test_any_of_agrees_with_a_regex_alternation(text: str) -> None:
    pattern = re.compile("|".join(re.escape(t) for t in _TRIGGERS))
    assert AnyOf(_TRIGGERS).search(text) == (pattern.search(text) is not None)


def test_any_of_nothing_finds_nothing() -> None:
    assert not AnyOf(()).search("anything")


@settings(max_examples=200, deadline=None)
@given(_TOOL_TEXT)
def test_lexicon_tools_equal_a_character_scan(text: str) -> None:
    assert _VOCAB.lexicon_tools(text) == _tools_by_scan(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["such as ", "Such As ", "like ", "e.g., ", "(", "Kelvin ",
                                 "\u212a", "ſuch as ", "x", " "]), max_size=8).map("".join))
def test_enumeration_starts_equal_the_case_insensitive_search(text: str) -> None:
    expected = sorted({m.end() for t in ("such as ", "like ", "including ", "e.g., ",
                                         "e.g. ", "i.e., ")
                       for m in re.finditer(re.escape(t), text, re.IGNORECASE)
                       if m.start() == 0 or not text[m.start() - 1].isalnum()}
                      | {i + 1 for i, c in enumerate(text) if c == "("})
    assert _VOCAB._enumeration_starts(text) == expected[:64]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab \t\x00\x07\x0b\x1f\x7f\x85\u2028é", max_size=12))
def test_fact_text_blanks_control_characters(text: str) -> None:
    assert _fact_text(text) == clean(_CONTROL.sub(" ", text))


@settings(max_examples=200, deadline=None)
@given(st.tuples(st.sampled_from(CARD_HEADINGS), st.text(alphabet=": xİ", max_size=30)))
def test_card_heading_lines_with_trailing_colons_and_spaces(parts: tuple[str, str]) -> None:
    heading, tail = parts
    line = heading.upper() + tail
    whole = line.strip().rstrip(":").strip().lower()
    if whole == heading.lower():
        assert split_card_line(line) == [(heading, "")]


def test_paused_gc_leaves_the_step_objects_collectable() -> None:
    """Leaving a bulk step promotes its objects without scanning them: none stays frozen, the
    collector is on again, and a reference cycle made in the step is still collected."""
    import gc
    import weakref

    from careergraph.bulk import paused_gc

    class Node:
        other: object = None

    assert gc.isenabled()
    with paused_gc():
        first, second = Node(), Node()
        first.other, second.other = second, first
        alive = weakref.ref(first)
        del first, second
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.collect()
    assert alive() is None


def _currency_spellings() -> list[str]:
    from careergraph.guides.money_grammar import _CODES, _SYMBOLS

    return sorted({*_SYMBOLS, *_CODES})


# Every currency spelling the reader knows (so a new, longer one is sampled too).
_MONEY_TEXT = st.lists(st.sampled_from(
    [*_currency_spellings(), "KShs.", "Php.", "Tk.",
     " ", "\u00a0", "1", "12", "1,200", "3.5", "k", " to ", "-", "a", "B", "(", "+", "٣", "&"]),
    max_size=14).map("".join)


def test_every_currency_spelling_is_within_reach_of_its_figure() -> None:
    """The amount search starts _PRE_REACH characters before a digit: every spelling, with
    a dot and a space, must fit (a longer new spelling needs a larger reach)."""
    from careergraph.guides.amounts import _PRE_REACH
    from careergraph.guides.money_grammar import _AMOUNT, _DIGIT

    for spelling in _currency_spellings():
        for text in (f"{spelling}1,200", f"{spelling} 1,200", f"{spelling}. 1,200"):
            digit = _DIGIT.search(text)
            assert digit is not None
            found = _AMOUNT.search(text, max(0, digit.start() - _PRE_REACH))
            assert found is not None and found.span() == _AMOUNT.search(text).span(), text


@settings(max_examples=300, deadline=None)
@given(_MONEY_TEXT, st.integers(min_value=0, max_value=20))
def test_amount_search_from_near_the_next_digit_finds_the_same_match(
        text: str, position: int) -> None:
    from careergraph.guides.amounts import _PRE_REACH
    from careergraph.guides.money_grammar import _AMOUNT, _DIGIT

    digit = _DIGIT.search(text, position)
    expected = _AMOUNT.search(text, position)
    if digit is None:
        assert expected is None
        return
    found = _AMOUNT.search(text, max(position, digit.start() - _PRE_REACH))
    assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    ["Welder", " ", "-", "|", ":", "Job", "JOB", "ſalary", "Salary", "pay", "Careers", "FAQ",
     "Role Profile", "wages", "Roadmap", "and", "&", "median", "K", "İ", "x"]),
    max_size=8).map("".join))
def test_title_tail_pre_check_changes_nothing(text: str) -> None:
    from careergraph.guides.roles import _SUFFIXES, _without_suffix

    assert _without_suffix(text) == _SUFFIXES.sub("", text)


def test_cards_sharing_lines_read_as_each_alone() -> None:
    """Pay and skill lines repeated across cards are read once per parse: each card still
    gets its own sources, exactly as when it is parsed with a fresh vocabulary."""
    from careergraph.guides.card import parse_card
    from careergraph.guides.text import number_lines

    shared = ("Career Guide\nTop Skills for Success\nPython\nKubernetes (EKS)\n"
              "Salary & Demand\nEntry LevelUSD 85,000 to 110,000\nMid Level\n"
              "Senior Level$150k\n")
    texts = {f"{name}.txt": f"{name}\n{pad}{shared}" for name, pad in
             (("Data Engineer", ""), ("ML Engineer", "Key Responsibilities\n- Ship models\n"))}
    vocab = Vocabulary.from_lexicon(load_lexicon())
    together = [parse_card(number_lines(text), file, vocab) for file, text in texts.items()]
    alone = [parse_card(number_lines(text), file, Vocabulary.from_lexicon(load_lexicon()))
             for file, text in texts.items()]
    assert [g.model_dump() for g in together] == [g.model_dump() for g in alone]
    second = together[1]
    assert {s.source.line for s in second.salaries} == {9, 11}
    assert {s.source.file for s in [*second.salaries, *second.skills]} == {"ML Engineer.txt"}
    assert {"Kubernetes (EKS)", "EKS"} <= {s.text for s in second.skills}


# -- card parse fast paths (built without validation, looked up instead of tried) -----------

_EMPLOYER_NAMES = load_lexicon().employer_names()
_GLUED_TEXT = st.lists(st.sampled_from(
    [*_EMPLOYER_NAMES[:40], "Acme", "Hub", "Spot", " ", ", ", "(", ")", "x", "IBM", "Ltd"]),
    max_size=8).map("".join)


@settings(max_examples=300, deadline=None)
@given(_GLUED_TEXT)
def test_known_names_found_at_once_segment_as_names_tried_one_by_one(text: str) -> None:
    from careergraph.guides.split import KnownNames, segment

    names = [*_EMPLOYER_NAMES, "Hub"]
    # KnownNames finds every name in one automaton pass; a plain list tries them per position.
    assert segment(text, KnownNames(names)) == segment(text, names)


def _leading_by_loop(text: str) -> str | None:
    from careergraph.guides.layout import _LONGEST_FIRST

    for heading in _LONGEST_FIRST:
        if text.startswith(heading) and (len(text) == len(heading)
                                         or not text[len(heading)].islower()):
            return heading
    return None


def _trailing_by_loop(text: str) -> str | None:
    from careergraph.guides.layout import _LONGEST_FIRST

    for heading in _LONGEST_FIRST:
        if (len(text) > len(heading) and text.endswith(heading)
                and not text[-len(heading) - 1].isspace()):
            return heading
    return None


_CARD_LINE = st.lists(st.sampled_from(
    [*CARD_HEADINGS, "Career", "Level", " ", ":", "x", "Python", "growth.", "\t"]),
    max_size=5).map("".join)


@settings(max_examples=300, deadline=None)
@given(_CARD_LINE)
def test_card_headings_looked_up_by_their_ends_as_tried_one_by_one(text: str) -> None:
    from careergraph.guides.layout import (
        _leading_heading,
        _may_hold_heading,
        _split_headings,
        _trailing_heading,
    )

    assert _leading_heading(text) == _leading_by_loop(text)
    assert _trailing_heading(text) == _trailing_by_loop(text)
    rest = text.strip()
    if rest and not _may_hold_heading(rest):  # the filter only skips lines without one
        assert _split_headings(rest) == [(None, rest)]


@settings(max_examples=100, deadline=None)
@given(st.lists(_CARD_LINE, max_size=6).map("\n".join))
def test_card_segments_are_the_split_of_every_non_blank_line(text: str) -> None:
    from careergraph.guides.layout import Segment, card_segments
    from careergraph.guides.text import Line, number_lines

    lines = number_lines(text)
    assert all(type(line) is Line for line in lines)
    expected = [Segment(line.no, part, heading) for line in lines if not line.blank
                for heading, part in split_card_line(line.text)]
    segments = card_segments(lines)
    assert segments == expected and all(type(s) is Segment for s in segments)


def test_trusted_models_are_the_validated_models() -> None:
    import pytest
    from pydantic import ValidationError

    from careergraph.guides import trusted
    from careergraph.model import Fact, Problem, SalaryRange, Severity, SkillFact, SkillKind, Source

    source = Source(file="g.txt", line=3)
    pairs = [
        (trusted.source("g.txt", 3), source),
        (trusted.fact("Docker", source), Fact(text="Docker", source=source)),
        (trusted.skill_fact("Go", source, SkillKind.TOOL),
         SkillFact(text="Go", source=source, kind=SkillKind.TOOL)),
        (trusted.problem("g.txt", 2, "odd", Severity.WARNING),
         Problem(file="g.txt", line=2, message="odd", severity=Severity.WARNING)),
    ]
    pay = SalaryRange(min=1, max=2, source=Source(file="a.txt", line=9))
    pairs.append((trusted.with_source(pay, source), pay.model_copy(update={"source": source})))
    for made, validated in pairs:
        assert type(made) is type(validated)
        assert list(made.__dict__.items()) == list(validated.__dict__.items())
        assert made.model_fields_set == validated.model_fields_set
        assert made.__pydantic_extra__ is None and made.__pydantic_private__ is None
    # Values validation would refuse still go through it (and fail the same way).
    with pytest.raises(ValidationError):
        trusted.source("g.txt", 0)
    with pytest.raises(ValidationError):
        trusted.fact("", source)


def _enumerated_names_in_full(text: str) -> list[str]:
    """Vocabulary.enumerated_names without its first-item gate (every list weighed)."""
    from careergraph.guides.vocab import _NOT_TOOLS, _TOOL_CONTEXT, _is_name

    found: list[str] = []
    for start, items in _VOCAB.enumerations(text):
        context = text[max(0, start - 60): start].lower()
        known = any(_VOCAB.lexicon_tools(item) for item in items)
        if not known and not any(word in context for word in _TOOL_CONTEXT):
            continue
        for item in items:
            if not _is_name(item) or item in _NOT_TOOLS or _VOCAB.is_role_title(item):
                break
            found.append(item)
    return list(dict.fromkeys(found))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    ["tools ", "such as ", "(", ")", ", ", " and ", "Python", "Docker", "access policies",
     "The", "Data Engineer", "Looker", "e.g., ", "x", " "]), max_size=10).map("".join))
def test_enumerated_names_gate_on_the_first_item_changes_nothing(text: str) -> None:
    assert _VOCAB.enumerated_names(text) == _enumerated_names_in_full(text)


# Pieces that make each repair apply or not: mojibake, ligatures, PDF and post glyphs, the
# "l" marker at a line start (after blanks or not), control characters, line endings, and
# ordinary typography that takes the one-scan path.
_REPAIR_PIECES = ["â€”", "Ã©", "β€”", "ﬁ", "(cid:127) ", "\uf0b7 ", "l ", "l X", "l (", "\u2705 ",
                  "1\ufe0f\u20e3 ", "\U0001f51f", "\x07", "\x85", "\u2028", "\r\n", "\r", "\n",
                  "\n ", "\n\t", " ", "\t", "X", "a", "–", "•", "é", "→", "’", "€"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_REPAIR_PIECES), max_size=14).map("".join))
def test_guide_lines_equal_every_repair_then_the_numbered_lines(text: str) -> None:
    chained = number_lines(post_glyph_bullets(pdf_glyph_bullets(repair_mojibake(text))))
    assert guide_lines(text) == chained


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["SAP", " an advantage", "with ", "Rust", " a plus", "3", ":",
                                 " ", "\t", "Skill Level", "é", "C++", "-"]), max_size=6)
       .map("".join))
def test_skill_names_kept_once_per_text_as_each_skill_line_reads(text: str) -> None:
    from careergraph.guides.builder import GuideBuilder
    from careergraph.guides.skill_trailers import without_trailers
    from careergraph.model import Layout, SkillKind

    # The rule a skill line is read by: the name without trailers, no letter no skill, then
    # one skill per key; _skill_name keeps that reading per distinct text.
    name = without_trailers(" ".join(text.split()))
    named = any(c.isalpha() for c in name) and bool(name_key(name))
    for _ in range(2):  # the second time from the kept reading
        builder = GuideBuilder("g.txt", Layout.CARD)
        builder.content(1, "Title")
        builder.set_role("Title", 1)
        builder.content(2, text)
        assert builder.skill(text, SkillKind.TOP, 2) is named
        assert [s.text for s in builder.skills] == ([name] if named else [])
        assert (2 in builder._used) is any(c.isalpha() for c in name)
