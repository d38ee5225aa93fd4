"""Why resolution joined (or refused to join) names: the records it keeps for explanations.

Each merge names its rule and its evidence: the guide file and line that said so, or the
lexicon entry.  Rules, most certain first (the confidence each carries):

- ``canonical`` (1.0): the node's own name;
- ``lexicon`` (1.0): listed as one in the lexicon (bundled, or a user's ``same`` entry);
- ``same-key`` (1.0 or 0.95): the same name up to case and punctuation (1.0), or once plural
  endings, shorthands ("Sr.") and acronyms ("MLOps" = "Machine Learning Operations") are
  normalised (0.95);
- ``alias`` (0.9): an alias a guide gives for its own role;
- ``same-words`` (0.9): a skill with the same words in another order or inflection;
- ``legal-form`` (0.9): an employer named with and without its legal form ("Harlow Steel
  Ltd" = "Harlow Steel");
- ``possessive`` (0.9): a name with and without a possessive "'s" ("St. Brendan's Medical
  Center" = "St. Brendan Medical Center", "Fitter's Helper" = "Fitter Helper");
- ``qualifier`` (0.9): the same name without a descriptive qualifier or scope;
- ``slash`` (0.85): one of the titles a slash title names;
- ``chain`` (0.8): joined through another spelling of the same node.

>>> Evidence(rule="alias", confidence=0.9, text="DLT specialist", file="b.yaml", line=3,
...          detail="alias given by b.yaml:3").label
'alias (0.9): alias given by b.yaml:3'
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, Field

from careergraph.model import NodeType

__all__ = ["Ambiguity", "Claim", "CrossGuideMerge", "Evidence", "MentionRecord", "Refusal"]

#: Confidence of each rule (see the module docstring).
CONFIDENCE: dict[str, float] = {
    "canonical": 1.0, "lexicon": 1.0, "same-key": 0.95, "alias": 0.9, "same-words": 0.9,
    "qualifier": 0.9, "legal-form": 0.9, "possessive": 0.9,
    "slash": 0.85, "chain": 0.8,
}


# Not frozen: a build makes one record per mention, and a frozen dataclass's __init__ is
# several times slower (object.__setattr__ per field).  Treat records as read-only.
@dataclass(slots=True, unsafe_hash=True)
class MentionRecord:
    """Who said a spelling, and why it belongs to its node (pydantic fields accept it)."""

    text: str
    file: str
    line: int
    reason: str
    rule: str = "canonical"
    confidence: float = 1.0

    def as_dict(self) -> dict[str, str | int | float]:
        return {"text": self.text, "file": self.file, "line": self.line, "reason": self.reason,
                "rule": self.rule, "confidence": self.confidence}


@dataclass(frozen=True, slots=True)
class Evidence:
    """One explicit reason that joined two spellings."""

    rule: str
    confidence: float
    text: str
    file: str
    line: int
    detail: str

    @property
    def label(self) -> str:
        return f"{self.rule} ({self.confidence:g}): {self.detail}"


class Claim(BaseModel):
    """A guide line that uses an ambiguous name, and the node it would have meant."""

    text: str
    file: str
    line: int
    candidate: str | None = None


class Ambiguity(BaseModel):
    """A name two or more nodes claim (a shared alias): it resolves to none of them."""

    type: NodeType
    name: str
    candidates: list[str]
    claims: list[Claim] = Field(default_factory=list)

    @property
    def label(self) -> str:
        where = ", ".join(dict.fromkeys(f"{c.file}:{c.line}" for c in self.claims
                                        if c.candidate))
        return (f"ambiguous {self.type.value.lower()} name {self.name!r}: claimed by "
                f"{', '.join(self.candidates)} ({where}); it resolves to neither")


class CrossGuideMerge(BaseModel):
    """A node whose subject guides are more than one file: each title and why it joined."""

    node: str
    name: str
    titles: list[MentionRecord]


class Refusal(BaseModel):
    """Two names a rule would have joined, kept apart by a lexicon ``different`` entry."""

    type: NodeType
    names: list[str]
    rule: str
    detail: str
