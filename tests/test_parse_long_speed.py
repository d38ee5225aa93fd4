"""The long-form readers' cheaper passes give exactly what the code they replace gave.

Each test builds texts from the pieces that decide the case (the readers' own cue words,
cased at random, with the characters ``re``'s case folding pairs with ASCII letters in other
ways, line breaks, cell breaks) and compares the gated or shared helper with the plain
version of the same rule, kept here as the reference.
"""

from __future__ import annotations

import re
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from careergraph.guides import ladders, paycheck, rubric, slides, techniques
from careergraph.guides.labelled_employers import _holders_at
from careergraph.guides.literals import AnyOf
from careergraph.guides.longform_mentions import _from_role
from careergraph.guides.phrase_gate import FoldedLines, LiteralGate, folded
from careergraph.guides.regex_literals import literal_tests
from careergraph.guides.text import Line, may_hold_cells

_ODD = ["İ", "ı", "ſ", "K", "µ", "\u0307", "\n", "\t", "  ", " | ", " "]


def _recased(pieces: list[str], flips: list[bool]) -> str:
    text = "".join(pieces)
    return "".join(c.swapcase() if flip else c
                   for c, flip in zip(text, flips + [False] * len(text), strict=False))


def _texts(words: list[str]) -> st.SearchStrategy[str]:
    return st.builds(_recased, st.lists(st.sampled_from([*words, *_ODD]), max_size=10),
                     st.lists(st.booleans(), max_size=40))


# -- FoldedLines: the lines holding a literal ------------------------------------------------
_LINE_WORDS = ["book", "Book a session", "share", "improve this", "ok", "a", "", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(_texts(_LINE_WORDS), max_size=8),
       st.one_of(st.none(), st.lists(st.sampled_from(["book", "a", "is ", "ok", "x", "session"]),
                                     min_size=1, max_size=3)))
def test_folded_lines_hold_every_line_a_literal_is_in(texts: list[str],
                                                      literals: list[str] | None) -> None:
    page = FoldedLines(texts)
    held = list(page.holding(literals))
    if literals is None or any(folded(t) is None or "\n" in t for t in texts):
        assert held == list(range(len(texts)))  # no exact test: every line
    else:
        assert held == [index for index, text in enumerate(texts)
                        if any(literal in text.lower() for literal in literals)]


_POOL = ("book", "a", "is ", "ok", "x", "session", "ook")


@settings(max_examples=300, deadline=None)
@given(st.lists(_texts(_LINE_WORDS), max_size=8),
       st.lists(st.sampled_from(_POOL), min_size=1, max_size=3))
def test_folded_lines_found_in_one_pass_are_those_searched_one_by_one(
        texts: list[str], literals: list[str]) -> None:
    indexed = FoldedLines(texts, AnyOf(_POOL), frozenset(_POOL))
    searched = FoldedLines(texts)
    assert list(indexed.holding(literals)) == list(searched.holding(literals))
    if indexed.present is not None:
        assert indexed.present == {w for w in _POOL if w in "\n".join(texts).lower()}


def test_folded_lines_of_an_empty_page() -> None:
    assert list(FoldedLines([]).holding(("a",))) == []
    assert list(FoldedLines(["", ""]).holding(("a",))) == []


# -- LiteralGate: every match passes every test ----------------------------------------------
_EQUIPMENT_WORDS = ["use ", "uses", "operating ", "run", "calibrate ", "the ", "a ", "meter",
                    "multimeter", "saw", "s", "bandsaws", "forklift", " and ", ", ", "crane",
                    "loader", "analyser", "analyzer", "ſaw", "Uſe ", "GPS ", "total station",
                    "receiver", "KELVIN "]
_HEAD_WORDS = ["radio", "graphy", "metry", "spiro", "scopy", "therapy", "-", " of ", " the ",
               "Geo", "audio", "tele"]


@settings(max_examples=500, deadline=None)
@given(_texts(_EQUIPMENT_WORDS))
def test_equipment_gate_admits_every_sentence_the_pattern_matches(text: str) -> None:
    equipment_re, gated, kit_re, kit_gated = techniques._patterns()
    if equipment_re.search(text) is not None:
        assert gated.admits(folded(text))
    if kit_re.search(text) is not None:
        assert kit_gated.admits(folded(text))
    assert techniques.equipment(text) == _equipment_ungated(text)


def _equipment_ungated(sentence: str) -> list[str]:
    """``techniques.equipment`` with its two gates taken out (every pattern searched)."""
    found: list[str] = []
    equipment_re, _, kit_re, _ = techniques._patterns()
    for match in [*equipment_re.finditer(sentence), *kit_re.finditer(sentence)]:
        items = techniques._EQUIPMENT_SPLIT.split(match.group(1))
        if match.re is equipment_re and not techniques._JOINED.search(match.group(1)):
            items += techniques._listed_after(sentence[match.end():])
        for item in items:
            words = [w for w in item.split() if w not in ("a", "an", "the")]
            if words and not any(w in techniques._STOP_WORDS for w in words):
                found.append(" ".join(words))
    return list(dict.fromkeys(found))


@settings(max_examples=400, deadline=None)
@given(_texts(_HEAD_WORDS))
def test_technique_head_gate_admits_every_lowered_match(text: str) -> None:
    lowered = text.lower()
    if techniques._HEAD.search(lowered) is not None:
        assert techniques._HEAD_GATE.admits(lowered)


def test_literal_tests_of_a_sequence_are_each_required() -> None:
    pattern = re.compile(r"\b(?i:use|run)\s+(?:the\s+)?(?:meters|saws)\b")
    gate = LiteralGate(pattern)
    assert literal_tests(pattern.pattern, pattern.flags) == (("meters", "saws"), ("use", "run"))
    assert gate.admits(folded("They RUN the saws")) and pattern.search("They RUN the saws")
    assert not gate.admits(folded("They run the mills"))  # (the head is missing)
    assert not gate.admits(folded("Meters are read daily"))  # (the verb is missing)
    assert LiteralGate(re.compile(r"\d+")).tests == ()  # no literal: always searched
    assert LiteralGate(re.compile(r"\d+")).admits("anything")


# -- per-role patterns compiled once ---------------------------------------------------------
@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["Financial Adviser", "C++ Developer", "Tiler", "Nurse (RN)"]),
       _texts(["from ", "From ", "an ", "the ", "Financial Adviser", "adviser", "advisers",
               "Tiler", "tilers", "RN)", "C++ Developer", "developers", " at ", " in ",
               " working "]))
def test_per_role_patterns_are_the_inline_ones(role: str, text: str) -> None:
    inline = re.search(rf"\bfrom\s+(?:an?\s+|the\s+)?(?:{re.escape(role)}|"
                       rf"{re.escape(role.split()[-1])})s?\b", text, re.IGNORECASE)
    compiled = _from_role(role).search(text)
    assert (inline and inline.span()) == (compiled and compiled.span())
    holder = role.split()[-1]
    inline_at = [m.span() for m in re.finditer(rf"\b{re.escape(holder.lower())}s\s+(?:[a-z]+\s+)?"
                                               r"(?:at|in)\s+(?=[a-z])", text, re.IGNORECASE)]
    assert [m.span() for m in _holders_at(holder).finditer(text)] == inline_at


# -- page passes that skip lines which cannot count ------------------------------------------
_CELL_WORDS = ["Yearly", "Monthly", "Hourly*", "Weekly", "Criterion", "Evidence", "Rating",
               "Pastry Cook", "G3", "Level 4", "$", "1", "2024", "Total", "\t", "  ", " | ",
               "|", "Pay"]


def _period_header_plain(text: str) -> bool:
    periods = set(paycheck._words().get("periods", ()))
    cells = [cell.strip(" *").lower() for cell in paycheck._CELLS.split(text)
             if cell.strip(" *")]
    named = sum(cell in periods for cell in cells)
    return named >= paycheck._MIN_PERIODS and named >= len(cells) - 1 and not (
        paycheck._FIGURE.search(text))


@settings(max_examples=400, deadline=None)
@given(_texts(_CELL_WORDS))
def test_period_header_is_the_plain_test(text: str) -> None:
    assert paycheck._period_header(text) is _period_header_plain(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", "B", " ", "|", "\t", "\x1c", "\x85",
                                         "\u00a0", "\u2003", "é", "\n", "\r", "\v"]),
               max_size=12))
def test_a_line_without_a_cell_break_matches_no_cell_pattern(text: str) -> None:
    if rubric._CELLS.search(text) or paycheck._CELLS.search(text):
        assert may_hold_cells(text)


def test_period_header_of_a_results_table() -> None:
    assert paycheck._period_header("Yearly\tMonthly\tWeekly\tHourly*")
    assert not paycheck._period_header("Yearly pay, monthly and weekly")


@settings(max_examples=300, deadline=None)
@given(st.lists(_texts(_CELL_WORDS), max_size=8))
def test_rubric_table_reads_what_every_line_split_read(texts: list[str]) -> None:
    lines = list(enumerate(texts, 1))

    def plain(rows: list[tuple[int, str]], facts: rubric.RubricFacts) -> None:
        index = 0  # the loop before the gate, one line at a time: every line's cells split
        while index < len(rows):
            no, text = rows[index]
            cells = rubric._cells(text)
            if rubric._header(cells, lambda _: False):
                facts.lines.add(no)
                index += 1
                while index < len(rows):
                    no, text = rows[index]
                    if rubric._RULE.match(text):
                        facts.lines.add(no)
                        index += 1
                        continue
                    row = rubric._cells(text)
                    if len(row) != len(cells):
                        break
                    if not rubric._level_row(no, row, cells, facts):
                        rubric._row(no, row, facts)
                    index += 1
                rubric._header_ladder(cells, no, facts)
                continue
            width = rubric._flat_header(rows, index)
            if width:
                facts.lines |= {n for n, _ in rows[index:index + width]}
                index += width
                while index + width <= len(rows):
                    group = rows[index:index + width]
                    if not rubric._NUMBER.match(group[0][1]) or any(
                            not t.strip() for _, t in group):
                        break
                    rubric._row(group[0][0], [t.strip() for _, t in group], facts)
                    facts.lines |= {n for n, _ in group}
                    index += width
                continue
            index += 1

    gated, reference = rubric.RubricFacts(), rubric.RubricFacts()
    rubric._table(lines, gated, lambda _: False)
    plain(lines, reference)
    assert gated == reference


def test_rubric_table_of_a_criteria_header() -> None:
    lines = [(1, "Criterion | Developing | Proficient"), (2, "Safety | Follows | Leads"),
             (3, "Plain text line.")]
    facts = rubric.RubricFacts()
    rubric._table(lines, facts, lambda _: False)
    assert 1 in facts.lines


_FOOTER_WORDS = ["©", "2024", "Guild.", "All", "rights", "reserved", "Page", "0-3", "1-3",
                 "2-3", "3", "Slide", "Skill", "Level", "3.5", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_FOOTER_WORDS), max_size=9).map(" ".join),
                max_size=8))
def test_footer_groups_are_the_word_by_word_groups(texts: list[str]) -> None:
    lines = [Line(no, text) for no, text in enumerate(texts, 1)]
    joined = {slides._FIGURES.sub("#", " ".join(line.text.split()[:slides._FOOTER_WORDS]))
              for line in lines if len(line.text.split()) > slides._FOOTER_WORDS}
    plain = {" ".join(re.sub(r"\d+", "#", w) for w in line.text.split()[:slides._FOOTER_WORDS])
             for line in lines if len(line.text.split()) > slides._FOOTER_WORDS}
    assert joined == plain  # (one key a group of lines, either way)


def test_footer_prefix_of_a_slide_deck() -> None:
    lines = [Line(no, f"© 2024 Guild. All rights reserved {no} Slide title text")
             for no in range(1, 4)]
    assert slides._footer_prefix(lines) == ("©", "#", "Guild.", "All", "rights", "reserved",
                                            "#")


def test_grade_runs_skip_lines_of_no_grade() -> None:
    lines = [(1, "Some prose about the job."), (4, "Position | Pay |"), (5, "Ranger III | 10 |"),
             (6, "Ranger II | 12 |"), (7, "Senior Ranger | 15 |"), (9, "Other text.")]
    assert ladders.grade_runs(lines) == [(["Ranger III", "Ranger II", "Senior Ranger"], 5)]
    assert ladders.grade_runs([(1, "Nothing here."), (2, "")]) == []
    assert ladders.grade_ladder([]) == ([], [])  # (what a run of no lines gave)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", " ", "3", ".", "4", "8", "\n", "\t", "Ⅻ", "٣"]),
               max_size=10))
def test_a_score_needs_a_full_stop_near_the_line_end(text: str) -> None:
    from careergraph.guides.longform_rows import _SCORED
    if _SCORED.match(text) is not None:
        assert "." in text[-4:]


def test_scored_rows_cut_a_rated_list_only() -> None:
    from careergraph.guides.longform_rows import _scored_rows
    raw = [(1, "Speaking 3.30", False), (2, "Writing 3.02", False), (3, "Monitoring 2.95", False),
           (4, "Tools", False), (5, "Python 3.11", False), (6, "Release 2.10\n", False)]
    assert [t for _, t, _ in _scored_rows(raw)] == ["Speaking", "Writing", "Monitoring", "Tools",
                                                     "Python 3.11", "Release 2.10\n"]


def _cue_pieces() -> list[str]:
    from careergraph.guides.skill_cues import _split_cues
    from careergraph.guides.vocab import Vocabulary
    from careergraph.lexicon import load_lexicon
    cues = Vocabulary.from_lexicon(load_lexicon()).headings.skill_cues
    leading, _ = _split_cues(cues)
    return [piece for cue in leading for piece in cue.lstrip("^").split(" … ")][:80]


_CUES = _cue_pieces()


@cache
def _leading_cue_pattern() -> tuple[AnyOf, re.Pattern[str]]:
    """The leading cues' gate and pattern, built once (not once an example: ~5 ms each)."""
    from careergraph.guides.skill_cues import _cue_pattern, _split_cues
    from careergraph.guides.vocab import Vocabulary
    from careergraph.lexicon import load_lexicon
    leading, _ = _split_cues(Vocabulary.from_lexicon(load_lexicon()).headings.skill_cues)
    return _cue_pattern(leading)


@settings(max_examples=500, deadline=None)
@given(_texts([*_CUES, " at the depot ", "SQL, Excel and forecasting", ". ", ": ", "Welders "]))
def test_a_sentence_the_cue_pattern_matches_holds_a_cue_word(sentence: str) -> None:
    gate, pattern = _leading_cue_pattern()
    lowered = folded(sentence)
    if pattern.search(sentence) is not None:
        assert lowered is None or gate.search(lowered)
