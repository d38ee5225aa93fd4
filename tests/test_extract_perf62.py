"""perf62: cheap gates and shared tests before whole-page scans give what the scans gave.

Each cut is compared with the rule as written before it on random texts built from the
patterns' own characters and words, plus an invented page each rule fires on; and each gate
is shown to skip its scan (the scan replaced by one that fails if it runs).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careergraph.guides import builder, earnings_record, markup, memo, split, text
from careergraph.guides.builder import GuideBuilder
from careergraph.guides.split import segment
from careergraph.model import Layout


class _Refused:
    """A compiled pattern stand-in that fails the test if the gated scan runs."""

    def __getattr__(self, name: str) -> object:
        raise AssertionError(f"the gated scan ran ({name})")


def _texts(pieces: list[str], size: int = 30) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=size).map("".join)


# -- markup: no tag without "<", no entity without "&" and ";" ------------------------------

_MARKUP_PIECES = ["<", ">", "&", ";", "p", "br", "amp", "#", "x", "20", "A", " ", "\n", "/",
                  "div", "&amp;", "<p>", "</p>", "&#38;", "Salary & Demand"]


@settings(max_examples=300, deadline=None)
@given(_texts(_MARKUP_PIECES))
def test_markup_gate_only_skips_texts_without_a_mark(page: str) -> None:
    if "<" not in page and ("&" not in page or ";" not in page):
        assert markup._TAG_OR_ENTITY.search(page) is None  # so no mark to count
        assert markup.has_markup(page) is False


def test_markup_gate_skips_a_card_with_an_ampersand(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(markup, "_TAG_OR_ENTITY", _Refused())
    assert markup.has_markup("Welder\nSalary & Demand\nUSD 50,000 & up") is False


def test_markup_still_found_with_entities() -> None:
    assert markup.has_markup("<p>Pay &amp; grades</p>\n<p>Band 5</p>")
    assert markup.has_markup("A &amp; B &rarr; C")


# -- tight dashes: both patterns need a dash glued to a capital ----------------------------

_DASH_PIECES = ["-", "- ", "\n", "\n-", " ", "\t", "A", "Ab", "a", "Shift", "x-Ray", ",", "\n- "]


@settings(max_examples=400, deadline=None)
@given(_texts(_DASH_PIECES))
def test_tight_dashes_change_nothing_without_a_dash_before_a_capital(page: str) -> None:
    if text._DASH_CAPITAL.search(page) is None:
        assert text.tight_dashes(page) == page


def test_dash_list_with_spaces_skips_tight_dashes(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(page: str) -> str:
        raise AssertionError("tight_dashes ran")

    monkeypatch.setattr(text, "tight_dashes", refused)
    lines = text.guide_lines("Welder\n- reads drawings\n- lifts 20 kg")
    assert [line.text for line in lines][1:] == ["- reads drawings", "- lifts 20 kg"]


def test_tight_dashes_still_read() -> None:
    lines = text.guide_lines("Needs:\n-Shift work,\n-Team player,\n-Forklift licence")
    assert [line.text for line in lines][1:] == ["- Shift work,", "- Team player,",
                                                 "- Forklift licence"]


# -- the direction of a page: the RTL scan only on a page with an unusual character --------

def _directed_before(page: str) -> tuple[str, bool]:
    """The steps of guide_lines as written before perf62 (the RTL scan on every page)."""
    if text._RTL_PAGE.search(page) is not None:
        page = text.rtl_labels(page)
        if "←" in page:
            page = text._LEFT_ARROW.sub(" → ", page)
    if "\n→ " in page or "\n► " in page:
        page = text._ARROW_RUN.sub(text._arrow_items, page)
    return page, text._ORDINARY_ONLY.search(page) is not None


_DIRECTION_PIECES = ["\u200f", "\u200e", "\u061c", "\u0627\u0644", ":", "Requirements", " ",
                     "\n", "←", "→ ", "\n→ ", "\n► ", "•", "–", "é", "\r", "\x0c", "A", "b",
                     "Clerk", "Senior Clerk", "✅", "«"]


@settings(max_examples=400, deadline=None)
@given(_texts(_DIRECTION_PIECES))
def test_directed_as_before(page: str) -> None:
    assert text._directed(page) == _directed_before(page)


def test_ordinary_page_skips_the_rtl_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text, "_RTL_PAGE", _Refused())
    lines = text.guide_lines("Nurse\n• Triage – wards\n• Rounds")
    assert [line.text for line in lines] == ["Nurse", "• Triage – wards", "• Rounds"]


def test_rtl_page_still_read() -> None:
    lines = text.guide_lines("\u200f:Job description\u200f\n:Requirements \u0627\u0644")
    assert [line.text for line in lines] == ["Job description", "Requirements"]


# -- the earnings record's page gate ---------------------------------------------------------

def _may_hold_before(page: str) -> bool:
    er = earnings_record
    return bool(er._TO_DATE.search(page) or er._PAY_DATE.search(page)
                or er._YEAR_COLUMN.search(page))


_EARNINGS_PIECES = ["Year", "year", " ", "-", "to", "Date", "YTD", "ytd", "Pay", "pay date",
                    "Check", "cheque", "period", "Period Ending", "\n", "|", "Year |", "ſ", "İ",
                    "K", "d", "t", "ending", "2026", "$4,100"]


@settings(max_examples=400, deadline=None)
@given(_texts(_EARNINGS_PIECES, 12))
def test_earnings_gate_as_before(page: str) -> None:
    assert earnings_record.may_hold_earnings(page) == _may_hold_before(page)


def test_earnings_gate_has_literal_tests() -> None:
    # every pattern of the gate is behind a literal test: a plain page runs no scan
    assert all(gate.tests for gate in earnings_record._PAGE_GATES)
    assert not any(gate.admits("Welders join metal. Pay £14 an hour.")
                   for gate in earnings_record._PAGE_GATES)
    assert earnings_record.may_hold_earnings("Gross  | Year To Date\nRegular | $41,000")


# -- the segmenter's acronym cut: only after a letter that is no small one -----------------

_SEGMENT_PIECES = ["Meta AI", "Allen", "Institute", "AI", "A", "a", "ab", " ", "IBM", "NHS",
                   "Trust", "ªllen", "ǅ", "中", "Ops", ")", "(", ",", "Energy", "x"]


@settings(max_examples=400, deadline=None)
@given(_texts(_SEGMENT_PIECES, 12))
def test_acronym_cut_needs_a_letter_no_small_one_before(page: str) -> None:
    for index in range(1, len(page)):
        before = page[index - 1]
        if not (before.isalpha() and not before.islower()):
            assert split._acronym_before(page, index) is False


def test_acronym_cut_tested_only_after_capitals(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []
    real = split._acronym_before

    def counted(page: str, index: int) -> bool:
        asked.append(index)
        return real(page, index)

    monkeypatch.setattr(split, "_acronym_before", counted)
    pieces = [piece.text for piece in segment("Riverbrook EnergyMeta AIAllen Institute")]
    assert pieces == ["Riverbrook Energy", "Meta AI", "Allen Institute"]
    page = "Riverbrook EnergyMeta AIAllen Institute"
    assert all(page[index - 1].isupper() for index in asked)
    assert page.index("Allen") in asked


# -- a short firm name's whole name: the page only when a short name is listed -------------

@settings(max_examples=300, deadline=None)
@given(_texts(["a", "b", " ", "  ", "\t", "word", "x y", "\n"], 40))
def test_word_count_split_no_further(line: str) -> None:
    words = builder._SENTENCE_WORDS
    assert (len(line.split(None, words - 1)) >= words) == (len(line.split()) >= words)


def _guide(employers: list[str], lines: list[str]) -> GuideBuilder:
    out = GuideBuilder("firm.txt", Layout.LONGFORM)
    out.set_role("Care Supervisor", 1)
    for no, line in enumerate(lines, 2):
        out.content(no, line)
    for name in employers:
        out.add("employers", name, 2)
    return out


def test_short_firm_name_still_made_whole() -> None:
    out = _guide(["Meridian"], ["In 2024 the council awarded the contract to Meridian Support "
                                "Services Ltd for its homes."])
    out._short_firm_names()
    assert [fact.text for fact in out.lists["employers"]] == ["Meridian Support Services Ltd"]


class _UnreadLines(dict[int, str]):
    def values(self):  # type: ignore[override]
        raise AssertionError("the page was put together")


def test_long_names_only_skip_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(builder, "_name_starts", _Refused())
    monkeypatch.setattr(builder, "_FIRM_TAIL", _Refused())
    out = _guide(["Harbour Care Homes Group", "Kestrel Support Services Ltd"],
                 ["Many supervisors here started with Harbour Care Homes Group as carers."])
    out._content = _UnreadLines(out._content)
    out._short_firm_names()
    assert [fact.text for fact in out.lists["employers"]] == [
        "Harbour Care Homes Group", "Kestrel Support Services Ltd"]


# -- memo tables: a process's card lines are kept --------------------------------------------

def test_memo_tables_keep_a_process_of_cards() -> None:
    # ~4,000 cards list ~12,000 distinct move lines: a table that holds them is not emptied
    assert memo.LIMIT >= 1 << 14
    table = memo.Memo()
    calls: list[int] = []
    for _ in range(2):
        for key in range(12_000):
            table.get("moves", key, lambda k: calls.append(k) or k)
    assert len(calls) == 12_000

