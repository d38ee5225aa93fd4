"""A row dispatch skips a reader only on rows the reader finds nothing in.

Each trigger of :func:`careergraph.guides.skill_cues.skill_cue_dispatch` is checked
against its reader on many generated rows: the reader's cue words and names whole, cut in
two, recased, beside the words and punctuation its patterns read (and the characters
case-insensitive matching pairs with ASCII letters another way).  Where the dispatch leaves
the reader out, the reader must return nothing.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from careergraph.guides.employer_names import _subject_names
from careergraph.guides.heading_data import word_lists
from careergraph.guides.headings import bundled_section, load_headings
from careergraph.guides.hiring_cues import hiring_cues
from careergraph.guides.labelled_employers import _cued_lists, cued_list_dispatch
from careergraph.guides.languages import language_skills
from careergraph.guides.row_dispatch import RowDispatch
from careergraph.guides.skill_cues import cue_literals, cued_skills, skill_cue_dispatch
from careergraph.guides.vehicles import vehicle_skills
from careergraph.guides.verb_lists import verb_list_skills
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon

_CUES = load_headings().skill_cues
_VOCAB = Vocabulary.from_lexicon(load_lexicon())
_DISPATCH = skill_cue_dispatch(_CUES)
_FILLERS = (" ", "  ", ", ", ". ", "; ", ": ", " and ", " or ", " / ", "(", ")", "a ", "the ",
            "by ", "with a ", "on a ", "using ", "for ", "SQL", "welding", "Kafka", "grit",
            "patience", "fitters", "a plus", "language", "are expected", "fluent ", "\t", "ſ",
            "K", "İ", "Σ")


def _rows(*words: str) -> st.SearchStrategy[str]:
    """Rows joined from ``words`` (whole, cut in two, upper- and title-cased) and fillers."""
    parts = [*words, *(w[: len(w) // 2] for w in words), *(w[len(w) // 2:] for w in words),
             *(w.upper() for w in words), *(w.title() for w in words), *_FILLERS]
    return st.lists(st.sampled_from(parts), min_size=1, max_size=16).map("".join)


def _some(words: tuple[str, ...], size: int = 12) -> tuple[str, ...]:
    """A spread of ``words``: every ``len // size``-th one."""
    step = max(1, len(words) // size)
    return tuple(words[::step])


def _mutated(words: tuple[str, ...]) -> st.SearchStrategy[str]:
    """One of ``words`` as it is, recased, cut short or with a letter put in."""
    return st.sampled_from(words).flatmap(lambda w: st.sampled_from(
        (w, w, w.upper(), w.title(), w[:-1], w[1:], f"{w[:1]}x{w[1:]}", f"{w}s")))


def _sentences(words: tuple[str, ...], shape: str) -> st.SearchStrategy[str]:
    """Rows of ``shape`` ("{0}" a word of ``words`` as :func:`_mutated` gives it, "{1}" to
    "{3}" items of a list): the structure each reader reads, its trigger kept or broken."""
    items = st.sampled_from(("SQL", "Excel", "forecasting", "splice cable", "run conduit",
                             "fibre", "test circuits", "grit"))
    return st.tuples(_mutated(words), items, items, items).map(lambda t: shape.format(*t))


_CUE_WORDS = _some(tuple(c.lstrip("^$").replace(" … ", " ") for c in _CUES), 16)
_VERB_CUES = ("who can ", "learn to ", "you will learn to ", "you'll be able to ",
              "students learn to ", "install", "read plans", "run conduit")
_VEHICLES = tuple(str(n) for n in word_lists("vehicles")["names"])
_LANGUAGES = _some(tuple(str(n) for n in bundled_section("languages")["names"]), 10)


@settings(max_examples=600, deadline=None)
@given(_rows(*_CUE_WORDS) | _sentences(
    tuple(c.lstrip("^").replace(" … ", " at work ") for c in _CUES if c[:1] != "$"),
    "Honestly you {0} {1}, {2} and {3}.") | _sentences(
    tuple(c[1:] for c in _CUES if c[:1] == "$"), "Recruiters say that {1}, {2} and {3} {0}."))
def test_cue_trigger_is_necessary(text: str) -> None:
    if "cues" not in _DISPATCH.readers(text):
        assert cued_skills(text, _CUES, None, lambda name: True) == []


@settings(max_examples=600, deadline=None)
@given(_rows(*_VERB_CUES) | _sentences(
    ("who can", "learn to", "you will learn to", "students learn to", "you'll be able to"),
    "Apprentices {0} {1}, {2} and {3}."))
def test_verb_list_trigger_is_necessary(text: str) -> None:
    if "verbs" not in _DISPATCH.readers(text):
        assert verb_list_skills(text) == []


@settings(max_examples=600, deadline=None)
@given(_rows(*_VEHICLES, "by ", " or ", " and ", "e-", "your own ") | st.tuples(
    _mutated(_VEHICLES), _mutated(_VEHICLES), _mutated(_VEHICLES)).map(
    lambda t: "Deliver by {}, {} or {}.".format(*t)))
def test_vehicle_trigger_is_necessary(text: str) -> None:
    if "vehicles" not in _DISPATCH.readers(text):
        assert vehicle_skills(text) == []


@settings(max_examples=600, deadline=None)
@given(_rows(*_LANGUAGES, " and ", " or ", "/", "Spoken ") | st.tuples(
    _mutated(_LANGUAGES), _mutated(_LANGUAGES), st.sampled_from(
        ("{}, {} or Hindi a plus", "Spoken {} and {}", "{} and {} are expected"))).map(
    lambda t: t[2].format(t[0], t[1])))
def test_language_trigger_is_necessary(text: str) -> None:
    if "languages" not in _DISPATCH.readers(text):
        assert language_skills(text) == []
        assert language_skills(text, qualified_first=True) == []


def test_each_reader_is_dispatched_on_a_row_it_reads() -> None:
    # (the triggers are not empty: each reader still runs where it finds something)
    rows = {
        "cues": "Honestly you need to be good at SQL, Excel and forecasting.",
        "verbs": "Apprentices learn to splice cable, run conduit and fibre, and test circuits.",
        "vehicles": "Earn on your own hours by bike, e-bike, scooter or car.",
        "languages": "fluent English; Arabic, Mandarin or Hindi a plus",
    }
    readers = {"cues": lambda t: cued_skills(t, _CUES), "verbs": verb_list_skills,
               "vehicles": vehicle_skills, "languages": language_skills}
    for name, row in rows.items():
        assert readers[name](row), name
        assert name in _DISPATCH.readers(row), name


def test_cue_literals_are_the_gates_words() -> None:
    assert set(cue_literals(("good at", "^learn", "$are scarce"))) == {
        "good at", "learn", "are scarce"}
    assert cue_literals(()) == ()


def test_a_row_no_gate_can_fold_runs_every_reader() -> None:
    # "ſ" and the Kelvin sign match "s" and "k" case-insensitively: no trigger is exact
    assert _DISPATCH.readers("ſkill") == _DISPATCH.readers("\u212a") == frozenset(
        {"cues", "verbs", "vehicles", "languages"})


def test_dispatch_unions_the_readers_of_every_literal() -> None:
    dispatch = RowDispatch({"a": ("x", "yz"), "b": ("yz",), "c": None, "d": ("",)})
    assert dispatch.readers("yz") == {"a", "b", "c", "d"}
    assert dispatch.readers("X") == {"a", "c", "d"}
    assert dispatch.readers("none") == {"c", "d"}


_HIRING = hiring_cues()
_LIST_DISPATCH = cued_list_dispatch()
_GATES = {"hiring": _HIRING.hiring_list, "adverts": _HIRING.advert_list,
          "ranked": _HIRING.ranked_list, "destination": _HIRING.destination,
          "demand": _HIRING.demand, "own_moves": _HIRING.own_moves}
_HIRING_WORDS = ("hiring", "recruit", "employ", "take on", "vacancies", "adverts", "largest",
                 "most common", "graduates", "leavers", "demand is high across", "joined",
                 "I'm with", "now with", "started at", "moved to", "open", "among ",
                 " for its ", " for their ", "employers", "companies", "firms")


@settings(max_examples=600, deadline=None)
@given(_rows(*_HIRING_WORDS) | _sentences(_HIRING_WORDS, "Firms {0} {1}, {2} and {3}: Acme.")
       | _sentences(_HIRING_WORDS, "Largest employers {0}: Harbour Works, Tern Air and {1}."))
def test_hiring_list_triggers_are_necessary(text: str) -> None:
    on = _LIST_DISPATCH.readers(text)
    for name, gate in _GATES.items():
        if name not in on:
            assert gate.pattern.search(text) is None, name
    if "subject" not in on:
        assert _subject_names(text, _VOCAB) == []
    if "framed" not in on:
        assert not ("among " in text or " for its " in text or " for their " in text)
    if not on:
        assert _cued_lists(text, _VOCAB) == ([], [])


def test_hiring_triggers_admit_the_cues_rows() -> None:
    assert "hiring" in _LIST_DISPATCH.readers("Contractors hiring apprentices include A")
    assert "own_moves" in _LIST_DISPATCH.readers("I started with Acme and now I'm with Brill")
    assert "subject" in _LIST_DISPATCH.readers("LGED and city corporations recruit surveyors")
