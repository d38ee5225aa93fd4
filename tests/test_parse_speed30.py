"""Stop 30's cheaper parse paths give exactly what the code they replace gave.

Each shortcut is compared with the plain version of the same step, kept here as the
reference: name keys of ASCII text, the case-insensitive role gates, a guide assembled
without validation, the first-line tab test on a file's bytes, the tenure gate.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from careergraph.guides.builder import GuideBuilder, _valid_as_is
from careergraph.guides.employer_names import _TENURE
from careergraph.guides.literals import folded_absent
from careergraph.guides.longform_mentions import _from_role, _from_role_in
from careergraph.guides.tables import HEAD_BYTES, first_line_of
from careergraph.guides.taxonomy import _Claims
from careergraph.guides.titled_fields import role_fields
from careergraph.model import Guide, Layout, SkillKind
from careergraph.names import _JOINERS, _TOKEN, _TOKEN_SPACES, _words, fold_latin

# Characters re's case folding pairs with ASCII letters in other ways, and name punctuation.
_ODD = ["İ", "ı", "ſ", "K", "µ", "\u0307", "’", "Ａ", "ﬁ", "\t", "\n", "é", "ß", "й", "Ж", "工"]
def _skeleton(lowered: str) -> str:
    """``lowered`` with each letter, digit or combining mark of any script written "a"."""
    return "".join("a" if char.isalnum() or unicodedata.category(char)[0] == "M"
                   else char if char in "+#." else " " for char in lowered)


_NAME_PARTS = ["e", "-", "'", ".", "+", "#", "&", " ", "C", "net", "9", "/", "(", ")", ",",
               "co", "op", "--", "x-ray", "Tea", "Lab"]


def _reference_words(text: str) -> list[str]:
    """names._words the plain way (NFKC, Latin accents off, the joiners' look-behind pattern,
    and ``_TOKEN`` over a skeleton where every letter, digit or mark of any script is "a")."""
    lowered = fold_latin(unicodedata.normalize("NFKC", text).lower()).replace("&", " and ")
    if "-" in lowered or "'" in lowered or "’" in lowered:
        lowered = _JOINERS.sub("", lowered)
    if "." in lowered or not lowered.isascii():
        return [lowered[m.start():m.end()] for m in _TOKEN.finditer(_skeleton(lowered))]
    runs = lowered.translate(_TOKEN_SPACES).split()
    if "+" in lowered or "#" in lowered:
        return [token for run in runs if (token := run.lstrip("+#"))]
    return runs


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from([*_NAME_PARTS, *_ODD]), max_size=14))
def test_name_words_match_the_reference(parts: list[str]) -> None:
    text = "".join(parts)
    assert _words(text) == _reference_words(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_name_words_of_any_text(text: str) -> None:
    assert _words(text) == _reference_words(text)


_ROLE_TEXTS = st.lists(st.sampled_from(["Data Engineer", "data engineers", "DATA", "enginee",
                                        "from", "From an ", " in ", "fintech", ",", ".", " ",
                                        "Nurse", *_ODD]), max_size=10).map("".join)
_ROLES = st.sampled_from(["Data Engineer", "Nurse", "Kiln Operator", "Café Owner", "Stoker"])


@settings(max_examples=500, deadline=None)
@given(_ROLE_TEXTS, _ROLES)
def test_a_ruled_out_needle_is_never_matched(text: str, role: str) -> None:
    if folded_absent(text, role):
        assert re.search(f"(?i:{re.escape(role)})", text) is None


@settings(max_examples=400, deadline=None)
@given(_ROLE_TEXTS, _ROLES)
def test_role_gates_keep_every_match(text: str, role: str) -> None:
    assert _from_role_in(text, role) == bool(_from_role(role).search(text))
    unguarded = rf"\b(?i:{re.escape(role)})s?\s+in\s+(?P<list>[a-z][a-z ,'-]*?)(?=\s*[.;:!?)]|\s*$)"
    if " in " in text and re.search(unguarded, text) is not None:
        assert not folded_absent(text, role)  # role_fields still reads such a text
    assert role_fields(f"I'm a {role} in fintech and insurance.", role) == [
        "fintech", "insurance"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ran tugs ", "with ", "For ", "for ", "FOR ", "Tidewater ",
                                 "Towing ", "Co", " ", "11 ", "two ", "years", ",", "."]),
                max_size=12).map("".join))
def test_a_tenure_always_holds_for(sentence: str) -> None:
    if _TENURE.search(sentence) is not None:
        assert "for" in sentence


def _builder() -> GuideBuilder:
    out = GuideBuilder("g.txt", Layout.CARD)
    out.content(1, "Kiln Operator")
    out.set_role("Kiln Operator", 1, signal="title_line")
    out.content(2, "Glaze mixing")
    out.skill("Glaze mixing", SkillKind.TOP, 2)
    out.add("employers", "Hillside Pottery", 3)
    out.add("leads_to", "Kiln Supervisor", 4)
    out.progression([("Kiln Operator", 1), ("Kiln Supervisor", 4)])
    out.content(5, "an unread line")
    out.warn(5, "a note")
    return out


def test_an_assembled_guide_is_the_validated_one() -> None:
    out = _builder()
    made = out.build()
    validated = Guide(**{name: getattr(made, name) for name in made.model_fields_set})
    assert made == validated
    assert made.model_fields_set == validated.model_fields_set
    assert list(made.__dict__) == list(validated.__dict__)
    assert made.model_dump() == validated.model_dump()
    assert made.level is None and made.aliases == []
    # fresh lists, as validation gives (the builder's own are not shared)
    assert made.leads_to is not out.lists["leads_to"]
    assert made.progressions[0] is not out.progressions[0]


def test_a_value_of_another_type_goes_through_validation() -> None:
    out = _builder()
    out.lists["sectors"].append({"text": "Ceramics", "source": {"file": "g.txt", "line": 6}})
    assert not _valid_as_is({"file": "g.txt", "layout": Layout.CARD, "role": out.role,
                             "role_signal": None, "summary": None, "growth_trend": None,
                             "coverage": out.coverage(), **out.lists})
    made = out.build()
    assert [fact.text for fact in made.sectors] == ["Ceramics"]
    assert type(made.sectors[0]).__name__ == "Fact"


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=40), st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]))
def test_the_tab_test_on_bytes_is_the_decoded_one(body: bytes, bom: bytes) -> None:
    head = bom + body
    claims = _Claims((), lambda label, path: head, ())
    assert claims.tab_first("g.txt", None) == ("\t" in first_line_of(head))  # type: ignore[arg-type]


def test_a_tab_past_the_head_is_not_looked_at() -> None:
    head = b"Kiln Operator" + b"x" * HEAD_BYTES + b"\t"
    assert _Claims((), lambda label, path: head, ()).tab_first("g.txt", None) is False  # type: ignore[arg-type]
