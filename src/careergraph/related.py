"""Related skills: a broader name and a narrower one stay two skills, linked by RELATED_TO.

Wording variants are merged by resolution itself (same key: "Problem-Solving" =
"Problem-solving"; same words: "Monitoring and Observability" = "Observability and
Monitoring").  Names where one covers more than the other are *related*, never merged:

- ``conjunct`` — the broader name is a conjunction and one of its parts is the other skill
  ("Problem-solving and root-cause analysis" → "Problem-Solving"; "Containers and
  orchestration" → "Containerization"); score: the share of the parts it covers;
- ``modifier`` — the narrower name is the other skill with words in front ("Cross Team
  Communication" → "Communication" is the broader skill); the shared head must not be a
  generic word ("Management", "Design"); score: the share of words shared.

Edges point from the broader skill to the narrower one.  Deterministic: the same skills give
the same relations in the same order.

>>> relate_skills({"skill:a": "Problem-Solving",
...                "skill:b": "Problem-solving and root-cause analysis",
...                "skill:c": "Containers and orchestration", "skill:d": "Containerization",
...                "skill:e": "Incident Management", "skill:f": "Management"})
[Relation(broader='skill:b', narrower='skill:a', rule='conjunct', score=0.5), \
Relation(broader='skill:c', narrower='skill:d', rule='conjunct', score=0.5)]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from careergraph.names import proper_plurals_in, strip_qualifiers, words

__all__ = ["Relation", "relate_skills", "stem_key", "word_set_key"]

_CONJUNCTION = re.compile(r"\s*(?:,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*|\s+or\s+)\s*",
                          re.IGNORECASE)
_STOP = frozenset({"and", "or", "of", "the", "a", "an", "for", "in", "with", "to", "on",
                   "skill", "skills"})
#: Heads too generic to make two skills relatives ("Incident Management" vs "Management").
_GENERIC = frozenset({
    "management", "manage", "design", "development", "engineer", "engineering", "operation",
    "analysis", "system", "tool", "platform", "service", "practice", "process", "data",
    "knowledge", "experience", "planning", "strategy", "support", "testing", "security",
})


class Relation(NamedTuple):
    """A RELATED_TO edge: ``broader`` covers ``narrower`` (and more)."""

    broader: str
    narrower: str
    rule: str
    score: float


def _stem(token: str) -> str:
    for suffix in ("ization", "isation"):
        if token.endswith(suffix) and len(token) - len(suffix) >= 4:
            return token[: -len(suffix)]
    if token.endswith("ies") and len(token) > 4:
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return token


#: A short word in capitals ("ACLS", "CMMS"): an acronym, whose last "S" is a letter of it,
#: no plural (a longer one is a shouted word: "LICENCES").
_CAPITALS = re.compile(r"(?<![\w.])[A-Z][A-Z0-9]{1,3}S(?![\w+#])")


def _tokens(name: str) -> list[str]:
    """The stemmed words of a name, but an acronym keeps its last "S" ("ACLS" is no plural
    of "ACL", "CMMS" none of "CMM").

    >>> _tokens("ACLS and CMMS"), _tokens("REST APIs"), _tokens("Teams"), _tokens("teams")
    (['acls', 'cmms'], ['rest', 'api'], ['teams'], ['team'])
    """
    stripped = strip_qualifiers(name)[0]
    kept = ({w.lower() for w in _CAPITALS.findall(stripped)}
            if "S" in stripped else set())
    # A product's name ending in "s" is no plural either ("Teams" is no "team").
    kept.update(w.lower() for w in proper_plurals_in(stripped))
    return [t if t in kept else _stem(t) for t in words(stripped) if t not in _STOP]


def stem_key(name: str) -> str:
    """The words of a name, stemmed, in order ("Containers" and "Containerization" agree).

    >>> stem_key("Containers") == stem_key("Containerization"), stem_key("C++")
    (True, 'c++')
    """
    return " ".join(_tokens(name))


def word_set_key(name: str) -> str:
    """The stemmed words of a name in any order: equal for wording variants of one skill.

    >>> word_set_key("Monitoring and Observability") == word_set_key("observability, monitoring")
    True
    >>> word_set_key("C++") == word_set_key("C#")
    False
    """
    return " ".join(sorted(_tokens(name)))  # a multiset: "Audits" != "Audits Audits"


def relate_skills(names: Mapping[str, str], products: Iterable[str] = ()) -> list[Relation]:
    """RELATED_TO relations among skills given as ``{node id: name}`` (see module doc).

    ``products`` are named tools ("Azure DevOps"): a product is not a narrower kind of the
    skill its last word names.
    """
    # Each text's tokens once: a skill's name is tokenised for its key, then (the same
    # text, unless it had a qualifier) for its heads.
    tokens_of: dict[str, list[str]] = {}

    def tokens(text: str) -> list[str]:
        found = tokens_of.get(text)
        if found is None:
            found = tokens_of[text] = _tokens(text)
        return found

    product_keys = {stem_key(p) for p in products}
    by_key: dict[str, list[str]] = {}
    ordered = sorted(names)
    for node_id in ordered:
        key = " ".join(tokens(names[node_id]))
        if key:
            by_key.setdefault(key, []).append(node_id)
    found: dict[tuple[str, str], Relation] = {}
    for node_id in ordered:
        name = strip_qualifiers(names[node_id])[0]
        parts = [p for p in _CONJUNCTION.split(name) if p.strip()]
        if len(parts) >= 2:
            for part in parts:
                for other in by_key.get(" ".join(tokens(part)), []):
                    if other != node_id:
                        found.setdefault((node_id, other), Relation(
                            node_id, other, "conjunct", round(1 / len(parts), 2)))
            continue
        tokens_ = tokens(name)
        if " ".join(tokens_) in product_keys:
            continue
        for start in range(1, len(tokens_)):
            head = tokens_[start:]
            if len(head) == 1 and (head[0] in _GENERIC or len(head[0]) < 4):
                continue
            others = [o for o in by_key.get(" ".join(head), []) if o != node_id]
            for other in others:
                found.setdefault((other, node_id), Relation(
                    other, node_id, "modifier", round(len(head) / len(tokens_), 2)))
            if others:
                break  # the longest head that names a skill is the relative
    return [found[k] for k in sorted(found)]
