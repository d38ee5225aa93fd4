"""Skills a sentence lists as things the worker learns or can do: a list of verb phrases.

Trade and occupation pages state a role's skills as what you "will learn to" do or what
employers want workers "who can" do: "On the job you will learn to set and strip forms,
screed, run power trowels and read grade stakes and blueprints"; "Employers want fitters who
can read plans, install and repair boilers, and handle gas fitting".  After the cue (data:
``verb_lists`` in ``data/headings.yaml``) the sentence is cut at its commas; every piece must
open with a verb, and the list ends at the first piece that does not ("fly precise,
repeatable missions" is one phrase, no list).  A piece gives:

- two verbs sharing an object, whole: "set and strip forms", "install and repair boilers";
- a verb alone, as it is: "screed";
- after a light verb ("use", "handle", "run" …) its objects: "handle gas fitting and
  backflow prevention" gives "gas fitting" and "backflow prevention";
- after another verb the verb with its first object, and the other objects: "read grade
  stakes and blueprints" gives "read grade stakes" and "blueprints";
- examples after "such as" as names of their own.

A list needs two pieces or more: one phrase after "learn to" is a goal ("learn to keep your
station clean"), not a list of skills.

>>> verb_list_skills("Apprentices learn to splice cable, run conduit and fibre, and test "
...                  "circuits such as ring mains.")
['splice cable', 'conduit', 'fibre', 'test circuits', 'ring mains']
>>> verb_list_skills("Clients hire pilots who can fly precise, repeatable missions.")
[]

A list inside the subject of a sentence whose own verb follows it names none: "Demand for
fitters who can weld, braze, and test joints is growing".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.phrase_gate import PhraseGate
from careergraph.guides.text import split_sentences

__all__ = ["cue_words", "manner_adverb", "verb_list_skills", "without_verb_lists"]


@dataclass(frozen=True)
class _Vocabulary:
    cue: PhraseGate  # (most lines hold no cue word: they are not searched)
    light: frozenset[str]
    not_verbs: frozenset[str]


def _any(phrases: tuple[str, ...]) -> str:
    return phrase_alternation({p.lower() for p in phrases})


@cache
def _vocabulary() -> _Vocabulary:
    words = word_lists("verb_lists")
    cues = words.get("cues", ())
    return _Vocabulary(PhraseGate(cues, rf"\b(?:{_any(cues)})\s+"),
                       frozenset(words.get("light", ())), frozenset(words.get("not_verbs", ())))


def cue_words() -> tuple[tuple[str, ...], ...] | None:
    """The key words of the cue phrases, as the cue's gate tests them (None: not ASCII, no
    gate): :func:`verb_list_skills` finds nothing in a folded text holding no phrase's
    first word (the trigger of its row dispatch, :mod:`careergraph.guides.row_dispatch`)."""
    return _vocabulary().cue.words


# Where the list ends: the sentence's end or a clause mark.
_END = re.compile(r"[.;:!?](?:\s|$)|\s[—–-]\s|\s\(")
_EXAMPLES = re.compile(r",?\s+(?:such as|including|like|e\.g\.,?)\s+", re.IGNORECASE)
_AND = re.compile(r"\s+(?:and|or)\s+")
# Endings of adjectives and adverbs, never of a verb opening a piece ("repeatable missions").
_NOT_VERB_END = re.compile(r"(?:able|ible|ous|ful|ive|ic|less|ary|ally|ily|ness|ment|tion|sion|"
                          r"ity|ing|[^s]s|\w{3}[^e]ed)$")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_MANNER = re.compile(r"[a-z]{3,}ly")
# Nouns with the adverbs' ending ("handle supply and assembly"): objects.
_LY_NOUNS = frozenset({"supply", "assembly", "family", "reply", "rally", "anomaly", "monopoly",
                       "jelly", "belly", "gully", "tally", "trolly", "bully", "poly"})
_MAX_WORDS = 7
_MIN_PIECES = 2
# Words that open a clause of condition or time, no verb of the list.
_CLAUSE_OPENERS = frozenset({"if", "when", "once", "unless", "while", "whilst", "as",
                             "because", "where", "whenever", "provided"})


def verb_list_skills(text: str) -> list[str]:
    """The skills a list of verb phrases after a cue ("you will learn to", "who can") names
    (see the module docstring)."""
    vocabulary = _vocabulary()
    found: list[str] = []
    for cue in vocabulary.cue.finditer(text):
        body = text[cue.end():]
        end = _END.search(body)
        found.extend(_listed(body[:end.start() if end else len(body)], vocabulary))
    return list(dict.fromkeys(found))


def without_verb_lists(text: str) -> str:
    """``text`` without the sentences that hold a list of verb phrases, for the rules that
    read noun lists in a sentence ("Employers want fitters who can read plans, install
    boilers …" names no "fitters" and no "install").

    >>> without_verb_lists("Firms want fitters who can lay pipe, weld joints and test "
    ...                    "welds. Patience matters.")
    'Patience matters.'
    """
    if _vocabulary().cue.search(text) is None:
        return text
    kept = [s for s in split_sentences(text) if not verb_list_skills(s)]
    return " ".join(kept)


# The main clause's verb after a list inside its subject ("the need for pharmacists who can
# check, adjust, and explain prescriptions is rising"): the list names no skills.
_MAIN_VERB = re.compile(r"\s(?:is|are|was|were|has been|have been)\s+(?:[a-z]+ly\s+)?"
                        r"(?:[a-z]+ing|growing|rising|increasing|expected|set|likely|on)\b")


def _listed(body: str, vocabulary: _Vocabulary) -> list[str]:
    if _MAIN_VERB.search(body):
        return []  # "… who can navigate, enhance, and safeguard X is increasing"
    pieces: list[list[str]] = []
    for raw in body.split(","):
        piece = re.sub(r"^(?:and|or)\s+", "", raw.strip())
        if piece.split(" ", 1)[0].lower() in _CLAUSE_OPENERS:
            break  # (real33) "apply for specialist roles, if you wish": a condition, no verb
        names = _piece(piece, vocabulary)
        if names is None:
            break
        pieces.append(names)
    if len(pieces) < _MIN_PIECES:
        return []
    return [name for names in pieces for name in names]


def manner_adverb(word: str) -> bool:
    """An adverb of manner ("quickly", "neatly"), not a noun of the same ending ("supply").

    >>> manner_adverb("quickly"), manner_adverb("supply"), manner_adverb("fly")
    (True, False, False)
    """
    return _MANNER.fullmatch(word) is not None and word not in _LY_NOUNS


def _verb(word: str, vocabulary: _Vocabulary) -> bool:
    return (word.isalpha() and word.islower() and word not in vocabulary.not_verbs
            and (word in vocabulary.light or _NOT_VERB_END.search(word) is None))


def _piece(piece: str, vocabulary: _Vocabulary) -> list[str] | None:
    """The names one verb phrase gives, or None when it opens with no verb."""
    examples = _examples(piece)
    piece = _EXAMPLES.split(piece, maxsplit=1)[0]
    words = piece.split()
    if not words or len(words) > _MAX_WORDS or not _verb(words[0], vocabulary) or any(
            char.isdigit() for char in piece):
        return None
    verb, rest = words[0], words[1:]
    if len(rest) >= 2 and rest[0] in ("and", "or") and _verb(rest[1], vocabulary):
        return [piece, *examples] if len(rest) > 2 else [verb, rest[1], *examples]
    if not rest:
        return [verb, *examples]
    # ("work quickly and carefully": adverbs of manner are how, no objects)
    objects = [_ARTICLE.sub("", o) for o in _AND.split(" ".join(rest)) if o and not (
        manner_adverb(o))]
    if not objects:
        return examples if verb in vocabulary.light else [verb, *examples]
    if verb in vocabulary.light:
        return [*objects, *examples]
    return [f"{verb} {objects[0]}", *objects[1:], *examples]


def _examples(piece: str) -> list[str]:
    parts = _EXAMPLES.split(piece, maxsplit=1)
    if len(parts) < 2:
        return []
    return [_ARTICLE.sub("", e) for e in _AND.split(parts[1].strip()) if e and len(e.split()) <= 4]
