"""Tools a narrator says they use: a product or system named right after a verb of use in a
sentence told in the first or second person ("I use Case CATalyst", "(we use Connect)",
"running ACT tests every 30 minutes", "you log each call into Dispatcher").

Diaries, forum threads and interviews name their tools in running narration rather than in
a list.  Most objects of such a sentence are no skills ("I run the team", "we use the time"),
but a capitalised name or an acronym right after a verb of use (``narrated_tools.verbs`` in
``data/headings.yaml``, every form written out) is the product or system the narrator works
with.  Only a name counts, by the rules of :mod:`.duty_tools` (capitalised, at most four
words, no calendar word or plural acronym of people), with the names a list or a spaced
slash adds beside it ("use Westlaw and Practical Law"); a name that is someone's ("use
Sam's notes") or a group of people ("with Product teams") is none.  A sentence with no
narrator (I, we, you, my, our …) is left to the readers of duties.

An appositive names a product as one of a kind of tool in any sentence (``appositive_tools``):
"prime the heart-lung machine, a Stöckert S5, with …" (the kind and the product), "keep
records on ZIMS, the shared zoo records system" (the product).  The kind's last word is a
tool's or a system's (``tool_lists`` and ``narrated_tools.kind_heads``), written in lower
case, and the appositive ends there.

>>> narrated_tools("I use Case CATalyst, a lot of people here use Eclipse.")
['Case CATalyst', 'Eclipse']
>>> narrated_tools("For three hours I'm running ACT tests and adjusting anticoagulation.")
['ACT']
>>> narrated_tools("We run the plan past the surgeon.")
[]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from careergraph.guides.duty_tools import _RUN, _alternatives, _name
from careergraph.guides.gated_re import Gated
from careergraph.guides.heading_data import phrase_alternation, word_lists

__all__ = ["appositive_tools", "narrated_tools"]

# The words that tell a sentence told by its writer or to its reader (case as written: "I"
# and not "i"; "US" is a country).
_NARRATOR = re.compile(r"(?<![\w'’])(?:I(?:['’](?:m|ve|d|ll))?|[Ww]e(?:['’](?:re|ve|ll))?|"
                       r"[Yy]ou(?:['’](?:re|ve|ll))?|[Mm]y|[Oo]ur|[Yy]our|me|us)(?![\w'’])")
_DETERMINER = r"(?:(?:a|an|the|our|my|your|their)\s+)?"
# After the name: someone's ("Sam's notes") or people ("Product teams"), not a tool.
_NOT_AFTER = re.compile(r"^(?:['’]s\b|\s+(?:teams?|departments?|staff|colleagues|crew|"
                        r"customers|clients|people|members|folks)\b)")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")
# A month's short form opening a date ("Feb 11"): no name.
_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")
_SENTENCE_END = re.compile(r"[.!?]\s")
_HEAD_AFTER = re.compile(r"\s+([a-z]+)\b")


@cache
def _lists() -> dict[str, tuple[str, ...]]:
    return word_lists("narrated_tools")


@cache
def _use() -> Gated:
    # (one space after the verb: a wider gap is the page's layout, not a sentence)
    verbs = phrase_alternation(_lists().get("verbs", ()))
    acronym_verbs = phrase_alternation(_lists().get("acronym_verbs", ()))
    return Gated(re.compile(rf"\b(?:(?i:{verbs})|(?P<acronym>(?i:{acronym_verbs}))) "
                            rf"{_DETERMINER}({_RUN})"))


def narrated_tools(sentence: str, excluded: Callable[[str], bool] | None = None) -> list[str]:
    """The tool names ``sentence`` says its narrator uses (see the module), none that
    ``excluded`` holds (the page's roles, places, employers).  An acronym before a kind of
    tool keeps it ("ran a CNC router").

    >>> narrated_tools("Every case is documented in the perfusion record (we use Connect).")
    ['Connect']
    >>> narrated_tools("Use Westlaw and Practical Law to answer a question.")
    []
    >>> narrated_tools("You log into FieldPulse each morning and use Sam's checklist.")
    ['FieldPulse']
    >>> narrated_tools("I now run Blue Heron Bakery and run a CNC router at night.")
    ['CNC router']
    """
    if _NARRATOR.search(sentence) is None or not any(c.islower() for c in sentence):
        return []  # (a line in capitals is a heading: "CLASS USE IN COUNTY DISTRICTS")
    found: list[str] = []
    position = 0
    while (match := _use().search(sentence, position)) is not None:
        position = match.start() + 1  # (a name skipped below may hide the next verb)
        before = sentence[:match.start()].rstrip()
        if match.group()[0].isupper() and before and before[-1] not in ".!?(\"“":
            continue  # a capitalised verb inside a name ("Shader Programming Architecture")
        listed, rest = _alternatives(sentence[match.end():], match.group(2))
        names = [_SENTENCE_END.split(f"{n} ")[0].strip(" .,;") for n in listed]
        if _NOT_AFTER.match(sentence[match.end():]) or _NOT_AFTER.match(rest):
            continue
        if match.group("acronym") is not None:
            names = [n for n in names if _ACRONYM.fullmatch(n)]
        head = _HEAD_AFTER.match(sentence, match.end())
        if len(names) == 1 and head is not None and head.group(1) in _kind_heads():
            names = [f"{names[0]} {head.group(1)}"]  # ("a CNC router": the kind named)
        found += names
    return [n for n in dict.fromkeys(found) if _name(n) and not _MONTH.match(n) and (
        " " not in n or n.lower().rpartition(" ")[2] not in _lists().get("not_heads", ())) and (
        excluded is None or not excluded(n))]

_KIND = r"((?:[a-z][\w-]*\s+){0,3}([a-z]+))"
# The kind's phrase ends the appositive: a stop, a bracket or the sentence's end.
_KIND_END = r"(?=\s*(?:[,.;:)]|$))"
# "the heart-lung machine, a Stöckert S5," / "on ZIMS, the shared zoo records system."
_KIND_THEN_NAME = Gated(re.compile(rf"\b(?i:the|an?|our|my|your|their)\s+{_KIND}\s*,\s+(?:an?)\s+"
                                   rf"({_RUN})(?=\s*(?:[,.;:)]|$))"))
# "…ZIMS, the shared zoo records system": the kind after the comma is found first and the
# name read back from it, in a bounded window — a run searched from every capital of a long
# capitalised line would cost the square of its length (set 13's hostile inputs).
_THEN_KIND = Gated(re.compile(rf"\s*,\s+(?:the|an?|our|my|your|their)\s+{_KIND}{_KIND_END}"))
_RUN_BEFORE = re.compile(rf"({_RUN})$")
# No name of four words or fewer is longer than this; a run reaching the window's edge is
# longer than any name.
_NAME_WINDOW = 400


@cache
def _kind_heads() -> frozenset[str]:
    tools = word_lists("tool_lists")
    return frozenset((*tools.get("heads", ()), *tools.get("system_heads", ()),
                      *_lists().get("kind_heads", ())))


def appositive_tools(sentence: str,
                     excluded: Callable[[str], bool] | None = None) -> list[str]:
    """The products ``sentence`` names in an appositive with their kind of tool, and the kind
    when it comes first (see the module); no name that ``excluded`` holds.

    >>> appositive_tools("I prime the heart-lung machine, a Stöckert S5, with the pack.")
    ['heart-lung machine', 'Stöckert S5']
    >>> appositive_tools("Keepers keep daily records on ZIMS, the shared zoo records system.")
    ['ZIMS']
    >>> appositive_tools("She joined Harlow, a big regional hospital, in 2019.")
    []
    """
    found: list[str] = []
    for match in _KIND_THEN_NAME.finditer(sentence):
        if match.group(2) in _kind_heads() and _name(match.group(3)):
            found += [match.group(1).strip(), match.group(3)]
    for match in _THEN_KIND.finditer(sentence):
        start = max(0, match.start() - _NAME_WINDOW)
        run = _RUN_BEFORE.search(sentence, start, match.start())
        if run is None or (run.start() == start and start > 0):
            continue  # no name before the comma, or a run longer than the window
        if match.group(2) in _kind_heads() and _name(run.group(1)):
            found.append(run.group(1))
    return [n for n in dict.fromkeys(found) if excluded is None or not excluded(n)]

