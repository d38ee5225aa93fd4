"""``re``'s private parser behind the literal gates: loaded with a fallback, checked on load,
and with no parser at all the gates are off (every text searched), never wrong.
"""

from __future__ import annotations

import re

import pytest

from careergraph.guides import regex_literals
from careergraph.guides.page_families import family_words
from careergraph.guides.phrase_gate import LiteralGate, folded
from careergraph.guides.regex_literals import (
    ReParser,
    literal_tests,
    load_parser,
    required_literals,
)

_PATTERNS = [r"^share\s+improve this (?:answer|question)\b", r"^\d+ answers?$",
             r"\b(?:use|run)\s+(?:the\s+)?(?:meters|saws)\b", r"(?i)^tap (?:here|now)+",
             r"^q\d", r"\bfees?\s+of\s+[£$]\d", r"colou?r grading|kiln (?:firing|loading)"]
_LINES = ["Share improve this answer", "12 answers", "we USE the saws daily", "tap herehere",
          "Q7 asks", "fees of £40", "Colour grading and kiln loading", "nothing to see"]


def _all_patterns() -> list[tuple[str, int]]:
    marks = [(mark.pattern, mark.flags) for words in family_words() for mark in words.marks]
    return [(p, 0) for p in _PATTERNS] + marks


def test_a_missing_parser_loads_none_and_the_next_one_is_tried() -> None:
    assert load_parser([("no_such_parser_mod", "no_such_constants_mod")]) is None
    assert load_parser([("no_such_parser_mod", "re._constants"),
                        ("re._parser", "re._constants")]) is not None


def test_a_parser_that_reads_the_canary_otherwise_is_refused() -> None:
    # (a module with a parse function whose output is no pattern tree: "json" has none at
    # all; "string" has no op codes) -> no parser, not a wrong one
    assert load_parser([("json", "re._constants"), ("re._parser", "string")]) is None


def test_the_deprecated_alias_gives_the_same_parse() -> None:
    alias = load_parser([("sre_parse", "sre_constants")])
    if alias is None:
        pytest.skip("this Python ships no sre_parse")
    current = regex_literals._PARSER
    assert current is not None
    for pattern, flags in _all_patterns():
        assert regex_literals._tests(alias, pattern, flags) == regex_literals._tests(
            current, pattern, flags), pattern


def test_without_a_parser_the_gates_are_off_and_answers_unchanged(
        monkeypatch: pytest.MonkeyPatch) -> None:
    gated = [LiteralGate(re.compile(p, f)) for p, f in _all_patterns()]
    before = [[gate.admits(folded(line)) and gate.pattern.search(line) is not None
               for line in _LINES] for gate in gated]
    assert any(gate.tests for gate in gated)
    monkeypatch.setattr(regex_literals, "_PARSER", None)
    assert required_literals(_PATTERNS[0]) is None and literal_tests(_PATTERNS[2]) == ()
    open_gates = [LiteralGate(re.compile(p, f)) for p, f in _all_patterns()]
    assert all(gate.tests == () for gate in open_gates)
    after = [[gate.admits(folded(line)) and gate.pattern.search(line) is not None
              for line in _LINES] for gate in open_gates]
    assert after == before


def test_a_parse_of_an_unknown_shape_gives_no_test() -> None:
    def odd_parse(pattern: str, flags: int) -> list[tuple[object, object]]:
        return [(object(), None), ("LITERAL", "not a code point")]

    odd = ReParser(odd_parse, "LITERAL", object(), object(), ())
    assert regex_literals._tests(odd, "abc", 0) == ()
