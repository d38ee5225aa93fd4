"""Readers skipped by what a text holds find exactly what they found before the skip.

Each shortcut (the subject steps' triggers found in one automaton pass, the heading
questions searched only where their literals stand, the letterhead's document kinds behind
their literal gate, a literal test of many alternatives in one automaton pass, a company
table's heading tested before a pay figure, a page family's heading vocabulary built once,
a listed figure's title looked for before the line's amounts, a role's story, field and
field-list patterns compiled only behind their fixed openings, a role's mentions found as a
literal and the rest of its pattern matched after each, a panel value's ASCII
characters blanked by one ``translate``) is compared with
the plain loop it stands in for: on texts built from the pieces that make them differ, and
on every line of the development fixture sets (the unseen set is never read).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careergraph.guides import (
    checklist_rows,
    employer_names,
    issuers,
    labelled_employers,
    letterheads,
    listed_pay,
    longform_ladders,
    move_stories,
    moves,
    page_families,
    panels,
    rank_rows,
    titled_fields,
)
from careergraph.guides.amounts import find_amounts
from careergraph.guides.company_rows import company_rows
from careergraph.guides.headings import HeadingVocabulary, load_headings, normalise_heading
from careergraph.guides.literals import (
    LINE_CUES,
    AnyOf,
    SharedAnyOf,
    SharedPass,
    folded_text,
    needle_matches,
)
from careergraph.guides.longform_roles import _PLURAL_END
from careergraph.guides.mentions import _ANY_WORKPLACE
from careergraph.guides.page_families import family_words
from careergraph.guides.phrase_gate import FoldedLines, LiteralGate, folded
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.wanting import _GATE as _WANTING_GATE
from careergraph.guides.workplaces import _ANY_CUE_GATE, _JOB_WORDS, _LISTS, _OPENERS
from careergraph.lexicon import load_lexicon

_FIXTURES = Path(__file__).parent / "fixtures" / "extraction"
_UNSEEN = frozenset({"heldback60"})  # (unseen: never read)


def _fixture_pages() -> Iterator[list[str]]:
    """Every development fixture page's lines."""
    for folder in sorted(_FIXTURES.iterdir()):
        if not folder.is_dir() or folder.name in _UNSEEN:
            continue
        for page in sorted(folder.iterdir()):
            if page.suffix in (".txt", ".md") and page.name != "README.md":
                yield page.read_text(errors="replace").splitlines()


def _fixture_lines() -> Iterator[str]:
    """Every non-blank line of every development fixture page."""
    for lines in _fixture_pages():
        yield from (line for line in lines if line.strip())


@cache
def _distinct_fixture_lines() -> tuple[str, ...]:
    """Every distinct non-blank line of the development pages, in first-seen order, read
    once a session: for the checks that ask each line the same question by itself (a line
    that several pages print, ~6 % of them, gives the same answer each time); the checks
    that pick lines by their place in the run keep ``_fixture_lines``."""
    return tuple(dict.fromkeys(_fixture_lines()))


@cache
def _vocab() -> Vocabulary:
    return Vocabulary.from_lexicon(load_lexicon())


def _subject_steps_plain(text: str, vocab: Vocabulary, own: str = "") -> list[tuple[str, str]]:
    """``moves._subject_steps`` as it was: every trigger looked for in turn."""
    lowered = text.lower()
    steps: list[tuple[str, str]] = []
    began: set[int] = set()
    for trigger in moves._UP_TRIGGERS:
        position = lowered.find(trigger)
        while position != -1:
            subject = None if position in began else moves._titled_subject(
                text, position, vocab, own)
            if subject:
                began.add(position)
                steps.extend((subject, after) for after in moves._titles_after(
                    text, position + len(trigger), vocab) if after != subject)
            position = lowered.find(trigger, position + 1)
    return steps


def _question_plain(bare: str) -> str | None:
    """The heading vocabulary's question rule as it was: every question searched."""
    return next((kind for kind, pattern in load_headings().questions if pattern.search(bare)),
                None)


def _question_gated(bare: str) -> str | None:
    """The same rule through the literals the heading holds (as ``classify`` runs it)."""
    return load_headings()._question_kind(bare)


_UP_PIECES = [trigger for trigger in moves._UP_TRIGGERS[:40]]
_STEP_TEXT = st.lists(st.sampled_from([
    *_UP_PIECES, *(t.upper() for t in _UP_PIECES[:10]), *(t[: len(t) // 2] for t in _UP_PIECES),
    "Tower Crane Riggers ", "Senior Rigger", "Lift Supervisor", " and ", ", then ", ". ", " ",
    "ſ", "\u212a", "Hull Welders may ", "become ", "Quay Foremen", "often "]),
    max_size=10).map("".join)


@settings(max_examples=300, deadline=None)
@given(_STEP_TEXT)
def test_subject_steps_are_those_of_every_trigger_in_turn(text: str) -> None:
    assert moves._subject_steps(text, _vocab()) == _subject_steps_plain(text, _vocab())


def test_subject_steps_on_an_invented_sentence() -> None:
    text = "Ship Electricians may progress to Chief Electrician."
    assert moves._subject_steps(text, _vocab()) == [("Ship Electrician", "Chief Electrician")]
    assert _subject_steps_plain(text, _vocab()) == [("Ship Electrician", "Chief Electrician")]
    assert moves._subject_steps("Deckhands coil ropes and stow fenders.", _vocab()) == []


def test_every_question_has_its_literals_or_is_always_searched() -> None:
    headings = load_headings()
    assert len(headings._question_needs) == len(headings.questions)
    for (_, pattern), needs in zip(headings.questions, headings._question_needs, strict=True):
        assert needs is None or all(literal == literal.lower() for literal in needs), pattern


_QUESTION_WORDS = sorted({literal for needs in load_headings()._question_needs
                          for literal in needs or ()})
_HEADING_TEXT = st.lists(st.sampled_from([
    *_QUESTION_WORDS, *(w.upper() for w in _QUESTION_WORDS[:20]), *(
        w[1:] for w in _QUESTION_WORDS[:20]), "Where do ", "What does a ", "ferry pilots",
    " earn?", " work?", "Who employs ", "How to become a ", "?", " ", "İ", "ſ", "\u212a"]),
    max_size=8).map("".join)


@settings(max_examples=400, deadline=None)
@given(_HEADING_TEXT)
def test_heading_questions_through_their_literals_are_every_question(text: str) -> None:
    assert _question_gated(text) == _question_plain(text)


def test_heading_questions_on_invented_headings() -> None:
    for heading in ("Where do ferry pilots work?", "Who hires ferry pilots", "Ferry Pilot Pay",
                    "What does a ferry pilot earn?", "Tools of the trade"):
        bare = normalise_heading(heading)
        assert _question_gated(bare) == _question_plain(bare)


def test_document_kinds_gated_find_what_the_plain_pattern_finds() -> None:
    gated = letterheads._document_kind()
    plain = re.compile(gated.pattern, gated.flags)
    for text in ("HARBOURSIDE TRUST — Induction Checklist", "Secondment opportunity",
                 "Kilnworth Potteries", "INTERNAL VACANCY: Glaze Technician", "ſecondment"):
        assert (gated.search(text) is None) == (plain.search(text) is None)


def test_fixture_lines_read_alike_through_every_shortcut() -> None:
    """The property over the development sets: every line, every shortcut, no difference."""
    gated = letterheads._document_kind()
    plain = re.compile(gated.pattern, gated.flags)
    vocab = _vocab()
    seen = 0
    for line in _distinct_fixture_lines():
        seen += 1
        assert (gated.search(line) is None) == (plain.search(line) is None), line
        assert moves._subject_steps(line, vocab) == _subject_steps_plain(line, vocab), line
        if len(line) < 120:  # (a heading's length)
            bare = normalise_heading(line).replace("’", "'")
            assert _question_gated(bare) == _question_plain(bare), line
    assert seen > 1000


def test_company_rows_read_a_run_in_list_and_a_table() -> None:
    # (the heading is tested before the pay figure: the same rows either way)
    def has_pay(text: str) -> bool:
        return "$" in text

    page = [(1, "Top employers for riggers: Harlow Cranes $41.20; Pike Lifting $39.90"),
            (2, "Rigger pay by company"), (3, "Company    Base pay"),
            (4, "Tessel Marine    $38.10/hr"), (5, "Show more")]
    assert company_rows(page, has_pay) == [("Harlow Cranes", 1), ("Pike Lifting", 1),
                                           ("Tessel Marine", 4)]


_MANY = re.compile(r"\b(?:dredgers|barges|tugs|pilot boats|ferries|trawlers|tankers|"
                   r"coasters|lighters|launches)\s+(?:and|or)\s+(?i:crews?|hands)\b")
_BOAT_TEXT = st.lists(st.sampled_from([
    "dredgers", "barges", "tugs", "pilot boats", "ferries", "trawlers", "tankers", "coasters",
    "lighters", "launches", "and", "or", "crew", "HANDS", " ", "  ", "ſ", "\u212a", "boat"]),
    max_size=8).map("".join)


def _admits_plain(tests: tuple[tuple[str, ...], ...], lowered: str | None) -> bool:
    """The literal tests passed one substring test at a time."""
    return lowered is None or all(any(literal in lowered for literal in test) for test in tests)


@settings(max_examples=300, deadline=None)
@given(_BOAT_TEXT)
def test_a_test_of_many_literals_in_one_pass_is_the_substring_tests(text: str) -> None:
    gate = LiteralGate(_MANY)
    assert any(len(test) >= 8 for test in gate.tests)  # (the automaton's case)
    assert gate.admits(folded(text)) == _admits_plain(gate.tests, folded(text))
    if not gate.admits(folded(text)):
        assert _MANY.search(text) is None


@cache
def _two_figures(line: str) -> bool:
    """The old reading's first test, of the whole line: two figures and two amounts (or a
    cut last item).  A function of the line alone, worked out once a line: the check asks it
    for each figure of the line and each opening, and ``find_amounts`` was ~90 % of the
    check's time."""
    return len(listed_pay._FIGURES.findall(line)) >= 2 and len(find_amounts(line)) + (
        1 if listed_pay._CUT_ITEM.search(line) else 0) >= 2  # (rules48a: a cut last item)


def _listed_title_plain(clause: str, line: str, opening: bool = False) -> str | None:
    """``listed_pay.listed_title`` as it was: the line's amounts read before the title."""
    if not _two_figures(line):
        return None
    bare = listed_pay._NOTE.sub("", listed_pay._OPEN_BRACKET.sub("", clause))
    found = listed_pay._ITEM.search(f", {bare}" if opening else bare)
    if found is None:
        return None
    title = found.group("title")
    head = title.rsplit(" ", 1)[-1].lower()
    if head in listed_pay._LEARNERS or listed_pay.practitioner_noun(head) or (
            _vocab().is_role_title(title)):
        return title
    return None


def test_listed_titles_are_those_read_after_the_amounts() -> None:
    """Every figure of every fixture line and of invented lists: the same title or none."""
    lines = [line for line in _distinct_fixture_lines()
             if len(listed_pay._FIGURES.findall(line)) >= 2]
    lines += ["Other crews: Rope Access Trainee (£29,500), Blast Hole Driller (£41,000)",
              "Schemes: Survey Apprentice (site) £21,000 | Estimator Graduate £30,500",
              "Deckhand pay: $41,000 - $52,000 a year"]
    checked = 0
    for line in lines:
        for match in listed_pay._FIGURES.finditer(line):
            clause = line[:match.start()]
            for opening in (False, True):
                assert listed_pay.listed_title(clause, line, _vocab().is_role_title, opening) == (
                    _listed_title_plain(clause, line, opening)), line
                checked += 1
    assert checked > 100


def test_a_family_vocabulary_is_built_once_and_reads_as_one_built_afresh() -> None:
    base = load_headings()
    extras = [words.headings for words in family_words() if words.headings]
    extras.append({"skills": {"words": ("what a rigger brings",), "headings": ("Kit list",)}})
    assert len(extras) > 1
    headings = [line for line in _fixture_lines() if len(line) < 120][::7]
    headings += ["What a rigger brings", "Kit list", "Where riggers work"]
    for extra in extras:
        kept = base.extended(extra)
        assert base.extended(extra) is kept  # (built once)
        fresh = HeadingVocabulary(kept.rules, kept.headings, kept.regions, kept.questions,
                                  kept.phrase_rules, kept.columns, kept.grades, kept.ranks,
                                  kept.skill_cues, kept.table_columns, kept.field_names)
        assert fresh == base._extended(extra)
        assert [kept.classify(h) for h in headings] == [fresh.classify(h) for h in headings]
        assert [kept.exact(h) for h in headings] == [fresh.exact(h) for h in headings]


_EVERYTHING = re.compile("")  # (an opening every text holds: every pattern compiled, as before)
_STORY_ROLES = ("Buyer", "Luthier", "Registered Nurse", "Welder", "Examiner")


def test_story_patterns_behind_their_openings_find_what_every_pattern_finds(
        monkeypatch: pytest.MonkeyPatch) -> None:
    vocab = _vocab()
    lines = [line for line in _distinct_fixture_lines() if " me " in line or line.startswith(
        ("At ", "In ")) or " I" in line or line.startswith("I")]
    lines += ["Last May Orla Foods hired me as a buyer.", "In the Tarn Water Board, a buyer is "
              "paid on grade 7.", "I'm at Orla Foods right now, before that Kolby Mills.",
              "I've been a welder at the Kestrel Yard for ten years.",
              "Then I went to Kolby Mills in Leeds as a buyer."]
    gated = [[employer_names._story_employers(line, role, vocab) for role in _STORY_ROLES]
             for line in lines]
    monkeypatch.setattr(employer_names, "_STORY_OPENINGS", (_EVERYTHING,) * 6)
    plain = [[employer_names._story_employers(line, role, vocab) for role in _STORY_ROLES]
             for line in lines]
    assert gated == plain
    assert sum(map(bool, (found for row in gated for found in row))) > 5


def test_field_entrants_behind_the_move_verb_are_those_of_every_field_pattern(
        monkeypatch: pytest.MonkeyPatch) -> None:
    vocab = _vocab()
    lines = [line for line in _distinct_fixture_lines() if " into " in line.lower()]
    lines.append("Some of our sonographers cross-train into cardiac physiology.")
    own = ("Cardiac Physiologist", "Data Engineer", "Nuclear Medicine Technologist")
    gated = [moves._stated_moves(line, vocab, role) for line in lines for role in own]
    monkeypatch.setattr(moves, "_INTO_MOVE", _EVERYTHING)
    assert gated == [moves._stated_moves(line, vocab, role) for line in lines for role in own]
    assert len(lines) > 50


def test_role_fields_after_each_mention_are_those_of_the_role_pattern(
        monkeypatch: pytest.MonkeyPatch) -> None:
    cases = []
    for line in _distinct_fixture_lines():
        if " in " in line:
            before = line.split(" in ", 1)[0].split()
            cases += [(line, role) for role in (" ".join(before[-2:]), before[-1:][0] if before
                                                else "", "Data Engineer")]
    cases += [("Clinical coders work in hospitals, hospices and clinics.", "Clinical Coder"),
              ("CLINICAL CODERS in hospitals, hospices.", "clinical coder"),
              ("Tile fitters in kitchens, baths. A tile fitter in shops, malls and yards.",
               "Tile Fitter"),
              ("Mixers’ mates; mixer in bakeries, dairies and mills.", "Mixer"),
              ("A \u212ailn firer in potteries and brickworks.", "Kiln Firer")]
    gated = [titled_fields.role_fields(line, role.rstrip("s")) for line, role in cases]
    monkeypatch.setattr(titled_fields, "folded_text", lambda text, role: None)
    assert gated == [titled_fields.role_fields(line, role.rstrip("s")) for line, role in cases]
    assert sum(map(bool, gated)) > 3


_NEEDLE_TEXT = st.lists(st.sampled_from([
    "Data", "data", "DATA", " engineer", " Engineer", "ENGINEER", "s", " in ", " at ", "in",
    " fintech", " Tarn", " banks", " Programme", ",", ".", " ", "\n", "’s", "'s", "-", "_",
    "é", "ſ", "\u212a", "\u0130", "\u0131"]), max_size=14).map("".join)
_TAILS = (titled_fields._FIELDS_TAIL, labelled_employers._HOLDERS_TAIL, issuers._NOT_MATE,
          _PLURAL_END, employer_names._HELD_TAIL, employer_names._LONGER_NAME, rank_rows._ROW_TAIL,
          longform_ladders._PROGRAMME_AFTER)


def _spans(matches: Iterator[tuple[int, re.Match[str]]]) -> list[tuple[int, int, object]]:
    return [(start, m.end(), m.groupdict()) for start, m in matches]


@given(_NEEDLE_TEXT, st.sampled_from(["data", "Data Engineer", "engineer", "s", "Data"]),
       st.booleans())
@settings(max_examples=300, deadline=None)
def test_a_needle_and_its_tail_match_as_the_whole_pattern(text: str, needle: str,
                                                         edge: bool) -> None:
    opening = r"\b" if edge else ""
    for tail in _TAILS:
        flags = tail.flags
        whole = re.compile(rf"{opening}(?i:{re.escape(needle)}){tail.pattern}", flags)
        want = [(m.start(), m.end(), m.groupdict()) for m in whole.finditer(text)]
        lowered = folded_text(text, needle)
        if lowered is None:
            assert any(odd in text for odd in "\u0130\u0131\u017f\u212a")
        else:
            assert _spans(needle_matches(text, lowered, needle.lower(), tail, edge)) == want
        if not flags & re.IGNORECASE:  # the needle in its own case
            whole = re.compile(rf"{opening}{re.escape(needle)}{tail.pattern}", flags)
            assert _spans(needle_matches(text, text, needle, tail, edge)) == [
                (m.start(), m.end(), m.groupdict()) for m in whole.finditer(text)]


_HOLDERS = ("Buyer", "Welder", "Nurse", "Data Engineer", "Trainer", "Signaller", "Driver")


def test_role_readers_after_each_mention_are_those_of_the_role_patterns(
        monkeypatch: pytest.MonkeyPatch) -> None:
    vocab = _vocab()
    lines = [line for line in _fixture_lines() if any(
        word in line for word in (" with ", " for ", " at ", " in ", "(", ", "))]
    lines += ["She is a welder with Tarn Fabrication Ltd.", "Welders at shipyards and rail "
              "depots earn more.", "Signaller, Sailor 1st Class    $410", "A \u212ailn welder "
              "with Orla Metals"]
    # (each line with the heads it names: a line without the head reads alike by any path)
    # (and every fourth line with its second word as the head)
    # (read in the order of the heads: the plain readers compile their patterns once a head,
    # and ``re``'s cache, first in first out, keeps a head's patterns for its next lines only
    # while they follow one another; line by line they are compiled again, about 14,000
    # compiles for 9,800 patterns; the same pairs, each asked both ways)
    heads = sorted([(line, head) for at, line in enumerate(lines) for head in (
        *_HOLDERS, *(line.split()[1:2] if at % 4 == 0 and len(line.split()) > 1 else ()))
        if head.lower() in line.lower()] + [("Welders at docks earn more.", "Buyer")],
        key=lambda pair: pair[1])

    def read() -> list[object]:
        return [(employer_names._held_with(line, vocab, head.lower()),
                 labelled_employers._paid_places(line, head, vocab),
                 issuers._holds(line, head), move_stories._now_held(line, vocab, head),
                 rank_rows.role_at_rank(line, head, frozenset({"sailor 1st class", "private"})))
                for line, head in heads]

    found = read()
    for module in (employer_names, labelled_employers, issuers, rank_rows):
        monkeypatch.setattr(module, "folded_text", lambda text, needle: None)
    monkeypatch.setattr(move_stories, "folded_absent", lambda text, needle: False)
    assert found == read()
    assert sum(1 for row in found if any(row)) > 20


# The plain patterns below are built per name of every fixture line: compiled once each (the
# re module's own cache keeps 512, and recompiling them was most of this test's time).
_compiled = cache(re.compile)


def _lengthened_somewhere(line: str, name: str) -> bool:
    """Whether ``name`` stands in ``line`` before a space and a capital A-Z: what every match
    of the whole pattern below begins with, so without it the pattern matches nothing.  (The
    whole pattern is compiled for the ~7,000 of ~16,500 names where it can match, ~40 %: the
    compiles were most of the test's time; the others' answer, none, is still asked of the
    shortcut.)"""
    at = line.find(name + " ")
    while at != -1:
        after = line[at + len(name) + 1:at + len(name) + 2]
        if after and "A" <= after <= "Z":
            return True
        at = line.find(name + " ", at + 1)
    return False


def _whole_longer_name(name: str) -> re.Pattern[str]:
    return _compiled(rf"\b{re.escape(name)}(?: [A-Z][\w&'’.-]*){{1,2}}\b"
                     rf"(?!\.?,\s*{employer_names._SECOND_FORM})")


def test_longer_names_and_head_words_are_those_of_the_whole_patterns() -> None:
    # (the whole pattern finds nothing where the name never stands before " [A-Z]": invented
    # lines with the name last, before a lower-case word, a digit, a comma, or lengthened)
    for line, lengthened in (("Orla Foods", False), ("Orla Foods packs tea", False),
                             ("Orla Foods 2024, Orla Foods; Orla Foods  Ltd", False),
                             ("Orla Foods, Inc", False), ("Orla Foods Ltd hires", True),
                             ("at Orla Foods, then Orla Foods Group", True)):
        assert _lengthened_somewhere(line, "Orla Foods") is lengthened, line
        assert (_whole_longer_name("Orla Foods").search(line) is not None) <= lengthened, line
    asked = 0
    for line in _distinct_fixture_lines():
        words = line.split()
        for name in {" ".join(words[i:i + 2]) for i in range(min(len(words) - 1, 6))
                     if words[i][:1].isupper() and words[i + 1][:1].isupper()}:
            lengthened = _lengthened_somewhere(line, name)
            asked += lengthened
            assert {line[start:m.end()] for start, m in needle_matches(
                line, line, name, employer_names._LONGER_NAME, edge=True)} == ({
                m.group(0) for m in _whole_longer_name(name).finditer(line)}
                if lengthened else set())
        for head in words[:4]:
            plain = _compiled(rf"\b{re.escape(head)}s?\b").search(line)
            assert (next(needle_matches(line, line, head, _PLURAL_END, edge=True), None)
                    is not None) == (plain is not None)
    assert asked > 3000


_MARKED_TEXT = st.lists(st.sampled_from([
    *checklist_rows._MARKS, " ", "  ", "\t", "Induct the new deckhand", "M-04", "✔ 100%",
    "☐ (Mar 03)", "Tie a bowline", "—", "n/a", "ſ"]), max_size=8).map("".join)


@settings(max_examples=300, deadline=None)
@given(_MARKED_TEXT)
def test_a_checklist_row_is_told_by_one_search_as_by_each_mark(text: str) -> None:
    assert (checklist_rows._MARK.search(text) is None) == (
        not any(mark in text.strip() for mark in checklist_rows._MARKS))
    if checklist_rows._MARK.search(text) is None:
        assert checklist_rows.checklist_item(text) is None


def test_fixture_lines_hold_checklist_marks_alike_by_either_test() -> None:
    seen = 0
    for line in _distinct_fixture_lines():
        seen += 1
        assert (checklist_rows._MARK.search(line) is None) == (
            not any(mark in line.strip() for mark in checklist_rows._MARKS)), line
    assert seen > 1000


def test_a_remembered_role_title_is_the_one_worked_out() -> None:
    # speed18: is_role_title is kept in the vocabulary's memo; asked twice (the second
    # answer remembered) of every development line and of its halves, it says what the
    # plain reading says
    vocab = Vocabulary.from_lexicon(load_lexicon())
    seen = 0
    for line in _distinct_fixture_lines():
        for text in (line, line.strip(), line[: len(line) // 2].strip()):
            plain = vocab._role_title(text)
            assert vocab.is_role_title(text) is plain, text
            assert vocab.is_role_title(text) is plain, text
            seen += 1
    assert seen > 3000


def test_a_remembered_role_title_on_invented_names() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    for text, expected in (("Senior Harbour Pilot", True), ("Director of Ferry Operations", True),
                           ("Starting Off As A Deck Hand", False), ("from the quay", False),
                           ("Senior Harbour Pilot", True), ("", False)):
        assert vocab.is_role_title(text) is expected is vocab._role_title(text), text


def test_the_ascii_characters_blanked_are_those_symbol_names() -> None:
    assert {chr(code) for code in panels._ASCII_BLANKS} == {
        chr(code) for code in range(128) if panels._symbol(chr(code))} == {"^", "`"}


def test_a_panel_value_is_blanked_as_one_blanked_a_character_at_a_time() -> None:
    # speed19: ASCII characters by one translate, only runs of other characters asked of
    # _symbol; every development line (non-ASCII ones too) and invented values
    seen = 0
    for line in [*_distinct_fixture_lines(), "High (A^B, C`D) ★★",
                 "^Moderate^ 💰💰 (Ferry `Pilot`)", "`", "Low ^^ (Tug Mate) \ufe0f",
                 "Ré\u0301gion ⇄ Côte ✓", ""]:
        plain = "".join(" " if panels._symbol(c) else c for c in line)
        assert panels._blanked(line) == plain, line
        seen += not line.isascii()
    assert seen > 500


def _starts_sliced(finder: AnyOf, text: str) -> list[tuple[str, int]]:
    """Each occurrence as the automaton reports it, the literal sliced out of the text by
    its end and length (``AnyOf.starts`` before speed20)."""
    if finder._empty:
        return []
    return [(text[last + 1 - len(word):last + 1], last + 1 - len(word))
            for last, word in finder._automaton.iter(text)]


def test_the_literals_present_and_their_places_are_those_of_each_occurrence() -> None:
    # speed20: present() and places() read the automaton's matches in one C pass or one
    # loop; the same literals, the same starts in the same order as one occurrence at a time
    finders = [AnyOf(("ab", "b", "abc", "Ünï", "🚢 ", "e\u0301")), AnyOf(()),
               moves._ANY_UP, page_families._mark_literals()[0],
               load_headings()._question_finder]
    seen = 0
    for line in [*_distinct_fixture_lines(), "xabcab", "🚢 ab Ünïb e\u0301b", "", "b" * 40]:
        lowered = line.lower()
        for finder in finders:
            occurrences = _starts_sliced(finder, lowered)
            assert list(finder.starts(lowered)) == occurrences, line
            assert finder.present(lowered) == {word for word, _ in occurrences}, line
            places: dict[str, list[int]] = {}
            for word, start in occurrences:
                places.setdefault(word, []).append(start)
            assert finder.places(lowered) == places, line
            assert list(finder.places(lowered)) == list(places), line
            seen += bool(occurrences)
    assert seen > 1000


def _shared_plain(shared: SharedPass, member: SharedAnyOf, text: str) -> bool:
    """A member's answer read one literal at a time: any of its literals a substring."""
    return any(word in text for word in shared._sets[member._bit.bit_length() - 1])


def test_a_shared_pass_answers_each_set_as_its_substring_tests() -> None:
    # speed21: the row readers' cue sets read from one automaton pass a line, the pass kept
    # for the last text: each set's answer is its own literals' substring tests, whatever
    # the order the sets and the lines are asked in (the same text, an equal copy, another)
    members = [moves._ANY_TRIGGER, _ANY_WORKPLACE, _ANY_CUE_GATE, _OPENERS, _LISTS, _JOB_WORDS,
               _WANTING_GATE]
    assert all(member._pass is LINE_CUES for member in members)
    seen = 0
    lines = [*_fixture_lines(), "", "they move into sales", "x" * 50, "Jobs In Firms"]
    for number, line in enumerate(lines):
        lowered = line.lower()
        texts = (lowered, line, "".join(list(lowered))) if number % 3 == 0 else (lowered,)
        for text in texts:
            for member in (members if number % 2 else members[::-1]):
                found = member.search(text)
                assert found == _shared_plain(LINE_CUES, member, text), (line, member._bit)
                seen += found
    assert seen > 1000


def test_a_shared_pass_on_invented_sets() -> None:
    shared = SharedPass()
    assert SharedPass().member(()).search("anything") is False  # (no literal at all)
    ups = shared.member(("advance to ", "move into ", "ab"))
    assert ups.search("we advance to lead") and not ups.search("nothing here")
    # a set added after a scan: the automaton is built again, the last scan forgotten
    places = shared.member(("work in ", "b", "Ünï", "e\u0301"))
    empty = shared.member(("",))
    for text in ("nothing here", "xab", "b", "Ünï", "e\u0301", "work in a lab", "", "move into b"):
        for member in (ups, places, empty, ups):
            assert member.search(text) == _shared_plain(shared, member, text), text


def _family_each_mark(lines: list[tuple[int, str]]) -> page_families.FamilyWords | None:
    """The page family found testing each family's marks in turn (before speed22: no count
    of the marks holding one of the page's literals gives a family up)."""
    finder, indexed = page_families._mark_literals()
    page = FoldedLines([text for _, text in lines], finder, indexed)
    for words, marks in page_families._gated_marks():
        needed, left = words.min_marks, len(marks)
        for mark, literals in marks:
            if needed <= 0 or needed > left:
                break
            left -= 1
            if page.present is not None and literals is not None and (
                    page.present.isdisjoint(literals)):
                continue
            if any(mark.search(lines[index][1]) for index in page.holding(literals)):
                needed -= 1
        if needed <= 0:
            return words
    return None


def test_a_family_given_up_by_its_marks_count_is_the_family_each_mark_finds() -> None:
    found = 0
    for texts in _fixture_pages():
        lines = list(enumerate(texts, 1))
        family = page_families._family(lines)
        assert family is _family_each_mark(lines), texts[:3]
        found += family is not None
    # (invented pages: two marks of one family, one mark of each of two families, ſ for s)
    pages = [["Shared chat", "You said:", "ChatGPT can make miſtakes."],
             ["Book a session", "Shared chat"], ["ſhared chat", "BOOK A SESSION"], []]
    for texts in pages:
        lines = list(enumerate(texts, 1))
        assert page_families._family(lines) is _family_each_mark(lines)
    assert found > 20
