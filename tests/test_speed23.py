"""speed23 (stop 53): the parse's exact cuts give what the code before them gave.

The builder's text-only tests of a skill and of a fact are worked out once a text (cached),
while its guide-dependent tests (a name in a script the role is not written in) stay per
guide; a page's glossed titles are looked for only when a native word is bracketed; a run of
short lines and an HR record's fields fail fast.  Each test compares with the rule as it was
written before the cut, or shows the guide-dependent part is not cached.  Invented texts."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import Any

from careergraph.guides.builder import GuideBuilder
from careergraph.guides.longform_pay import _GLOSS_BRACKET, _GLOSSED
from careergraph.guides.longform_rows import _SHORT_ITEM_WORDS, _SHORT_RUN, _short_lines_below
from careergraph.guides.panels import _RECORD, _RECORD_KNOWN, _RECORD_LINES, record_fields
from careergraph.guides.skill_trailers import without_ratings
from careergraph.guides.text import number_lines
from careergraph.model import Layout, SkillKind


def _skills(builder: GuideBuilder) -> list[tuple[str, str]]:
    return [(fact.text, fact.kind.value) for fact in builder.skills]


# -- the builder: text-only tests once a text, the guide's own tests each time ------------------
def test_a_sector_in_another_script_is_dropped_only_on_a_page_in_latin_script() -> None:
    latin = GuideBuilder("a.txt", Layout.LONGFORM)
    latin.set_role("Payroll Clerk", 1)
    greek = GuideBuilder("b.txt", Layout.LONGFORM)
    greek.set_role("Λογιστής", 1)
    # the same text, its words' tests cached by the first builder: the script test is each
    # guide's own
    assert not latin.add("sectors", "λογιστικά", 2)
    assert greek.add("sectors", "λογιστικά", 2)
    assert not latin.skill("ισοζύγια", SkillKind.TECHNICAL, 3)
    assert greek.skill("ισοζύγια", SkillKind.TECHNICAL, 3)


def test_a_cached_text_reads_the_same_in_a_second_guide() -> None:
    items = ["SQL (Required)", "Arabic or Russian", "evenings", "valuable skills",
             "kiln loading", "a closely related field", "Proficient", "Why welding?"]
    first, second = GuideBuilder("a.txt", Layout.CARD), GuideBuilder("b.txt", Layout.CARD)
    for builder in (first, second):
        builder.set_role("Kiln Operator", 1)
        for line, item in enumerate(items, start=2):
            builder.skill(item, SkillKind.TECHNICAL, line)
    assert _skills(first) == _skills(second) == [
        ("SQL", "technical"), ("Arabic", "technical"), ("Russian", "technical"),
        ("kiln loading", "technical")]


def test_joined_employers_and_a_boards_count_read_the_same_twice() -> None:
    for name in ("a.txt", "b.txt"):
        builder = GuideBuilder(name, Layout.LONGFORM)
        assert builder.add("employers", "Fernbrook Academy and Ashgrove Learning Trust", 2)
        assert builder.add("employers", "Carrowmore Care (12 jobs)", 3)
        assert not builder.add("employers", "[Company Name]", 4)
        assert [fact.text for fact in builder.lists["employers"]] == [
            "Fernbrook Academy", "Ashgrove Learning Trust", "Carrowmore Care"]


def test_rated_brackets_are_cut_and_others_kept() -> None:
    assert without_ratings("Glaze mixing (Required); Kiln loading (Level 2 - Proficient)") == (
        "Glaze mixing; Kiln loading")
    assert without_ratings("CPR (Cardiopulmonary Resuscitation)") == (
        "CPR (Cardiopulmonary Resuscitation)")


# -- the glossed titles' scan -----------------------------------------------------------------
def test_every_glossed_title_holds_the_gate_bracket() -> None:
    texts = ["Machine Operator (gépkezelő) runs the line.", "Lead Baker\n(műszakvezető pék)",
             "Shift Lead (vezető) and Cutter (vágó)", "Nurse (see below)", "Ward Clerk (2 posts)",
             "Fitter (Grade 4)", "call (0161) 555", "Grinder\t(csiszoló)"]
    rng = random.Random(23)
    alphabet = ["A", "B", "x", "é", " ", "\n", "(", ")", "-", "1", "ő", "Q"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24)))
              for _ in range(3000)]
    matched = 0
    for text in texts:
        if _GLOSSED.search(text) is not None:
            matched += 1
            assert _GLOSS_BRACKET.search(text) is not None, text
    assert matched >= 4
    assert _GLOSS_BRACKET.search("Nurse (Band 5), Fitter (Grade 4)") is None


# -- a run of short lines, an HR record: the rules as written before the cut ---------------------
def _short_lines_before(raw: Sequence[tuple[int, str, bool]], index: int) -> bool:
    run = raw[index + 1:index + 1 + _SHORT_RUN]
    return len(run) == _SHORT_RUN and all(
        no == raw[index][0] + step + 1 and not bullet and line[:1].isupper()
        and len(line.split()) <= _SHORT_ITEM_WORDS and line[-1:] not in ".:;!?,"
        and not any(char.isdigit() for char in line)
        for step, (no, line, bullet) in enumerate(run))


def test_short_lines_below_as_before() -> None:
    rng = random.Random(53)
    lines = ["Physical fitness", "Discipline", "Team work", "A b c d e f", "Stamina.",
             "calm", "Grade 3", "", "First aid:", "Map reading"]
    found = 0
    for _ in range(400):
        raw: list[tuple[int, str, bool]] = []
        no = 0
        for _ in range(rng.randint(1, 7)):
            no += rng.choice((1, 1, 1, 2))
            raw.append((no, rng.choice(lines), rng.random() < 0.2))
        for index in range(len(raw)):
            assert _short_lines_below(raw, index) == _short_lines_before(raw, index), (raw, index)
            found += _short_lines_below(raw, index)
    assert found > 0


def _record_fields_before(lines: Sequence[Any], kind_of: Callable[[str], Any]
                          ) -> dict[int, tuple[str, str]]:
    runs: list[list[tuple[int, str, str]]] = [[]]
    for line in lines:
        text = line.text.strip()
        field = _RECORD.fullmatch(text) if text[:1].isupper() and "  " in text[:40] else None
        if field is None:
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append((line.no, field.group("label"), field.group("value")))
    every = [field for run in runs for field in run]
    known = [run for run in runs if any(kind_of(label) is not None for _, label, _ in run)]
    if len(every) < _RECORD_LINES or sum(1 for run in known for _, label, _ in run
                                         if kind_of(label) is not None) < _RECORD_KNOWN:
        return {}
    return {no: (label, value) for run in known for no, label, value in run}


def test_record_fields_as_before() -> None:
    kinds = {"Skills": "skills", "Next": "up", "Lateral": "lateral"}.get
    rng = random.Random(7)
    pool = ["Skills  Kiln loading", "Next  Kiln Supervisor", "Lateral  Mould Maker",
            "Note  reviewed yearly", "Field  value", "Qualifications", "", "Site  Leeds"]
    nonempty = 0
    for _ in range(300):
        page = "\n".join(rng.choice(pool) for _ in range(rng.randint(0, 16)))
        lines = number_lines(page)
        assert record_fields(lines, kinds) == _record_fields_before(lines, kinds), page
        nonempty += bool(record_fields(lines, kinds))
    assert nonempty > 0
