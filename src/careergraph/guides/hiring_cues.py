"""The cue vocabulary of employer and sector lists in running text, compiled from data.

The phrases live under ``hiring`` in ``data/headings.yaml``; this module turns them into the
patterns :mod:`careergraph.guides.workplaces` reads lists with: a hiring subject whose list
opens after "include" or a colon ("Contractors currently requesting apprentices: A, B"),
adverts and who posted them ("Recent adverts came from A and B", "Current vacancies: A"),
who employs the most ("Largest employers among respondents: A, B"),
where a course's leavers go ("Our graduates are going to A, to B"), where demand is
("Demand stays high across A, B and C"), a writer's own moves ("I started with A and now I'm
with B"), the last words of organisations' names ("… Mutual", "… Works") and the places one
works on ("construction sites", not "plasma cutters").

>>> cues = hiring_cues()
>>> bool(cues.hiring_list.search("Firms hiring apprentices this year include Acme Ducts"))
True
>>> cues.advert_list.search("Live vacancies: Acme Ducts and Brill Air").end()
16
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from careergraph.guides.heading_data import phrase_alternation
from careergraph.guides.headings import bundled_section
from careergraph.guides.phrase_gate import PhraseGate

__all__ = ["HiringCues", "hiring_cues"]

# Plural kinds of organisation that can head a hiring subject ("Signatory contractors hiring
# apprentices include …"); singular and study nouns are left to the sentence rules.
SUBJECT_NOUNS = (r"employers|companies|firms|organi[sz]ations|recruiters|contractors|"
                 r"operators|providers|agencies|consultancies|practices|hospitals|trusts|"
                 r"councils|authorities|utilities|carriers|manufacturers|retailers|"
                 r"businesses|groups|chains|studios|insurers|banks|hotels|airlines|"
                 r"laboratories|labs|charities|builders|fabricators|yards|shipyards|mills|shops|"
                 r"stores|plants|farms|clinics|schools|colleges|boards|departments|offices")


@dataclass(frozen=True)
class HiringCues:
    """Compiled patterns; each match ends where its list begins.  The list patterns are
    gated by their phrases' words (:mod:`careergraph.guides.phrase_gate`): most sentences
    hold none and are not searched."""

    hiring_list: PhraseGate
    advert_list: PhraseGate
    ranked_list: PhraseGate
    destination: PhraseGate
    demand: PhraseGate
    job_nouns: frozenset[str]
    study_words: frozenset[str]
    verbs: re.Pattern[str]
    org_heads: frozenset[str]
    own_moves: PhraseGate
    worked_on: frozenset[str]
    pay_by_kind: re.Pattern[str]
    #: Plural nouns that close a list of sectors ("the A and B sectors").
    sector_nouns: tuple[str, ...] = ()


def _any(phrases: list[str]) -> str:
    return phrase_alternation({p.lower() for p in phrases})


@cache
def hiring_cues() -> HiringCues:
    """The bundled hiring vocabulary as patterns (read once)."""
    raw = bundled_section("hiring")  # (the file read once for every reader)
    words = {key: [str(w) for w in raw.get(key) or ()] for key in (
        "verbs", "adverts", "advert_times", "advert_sources", "destinations",
        "destination_subjects", "demand", "job_nouns", "study_words", "org_heads", "own_moves",
        "worked_on", "pay_by_kind", "sector_nouns", "ranks")}
    verbs, adverts = _any(words["verbs"]), _any(words["adverts"])
    hiring_list = PhraseGate(words["verbs"], re.compile(
        # "Signatory contractors hiring apprentices this year include A": a kind of
        # organisation, the hiring clause (up to ten words: a long job title may sit there,
        # "Firms advertising most Junior Data Platform Engineer jobs this year: A"), then
        # "include" or a colon.
        rf"\b(?:{SUBJECT_NOUNS})\b(?:\s+(?:that|who|which|currently|now|also|regularly|"
        # (rules34b2) where and how often they hire: "Other practices near me always
        # hiring: A, B"
        rf"often|still|actively|always|constantly|nearby|locally|near\s+(?:me|us)|"
        rf"around\s+here|in\s+the\s+area))*\s+(?:{verbs})\b(?:\s+[^\s:,.;]+){{0,10}}?"
        r"(?:\s+(?:include|includes|included|have included)\s+|\s*:\s*)"
        # a talk's "Name examples of who is hiring right now: A, B"
        rf"|\bwho(?:'s|\s+is|\s+are)\s+(?:{verbs})\b(?:\s+[^\s:,.;]+){{0,3}}?\s*:\s*",
        re.IGNORECASE))  # (both branches need a verb)
    advert_list = PhraseGate(words["adverts"], re.compile(
        # ("Recent placements of certified fitters: A, B": whose adverts or placements, up
        # to four words before the colon)
        rf"\b(?:(?:{_any(words['advert_times'])})\s+(?:{adverts})(?:\s+[^\s:,.;]+){{0,4}}?"
        r"\s*:\s*|"
        rf"(?:{adverts})\b(?:\s+[^\s:,.;]+){{0,4}}?\s+(?:{_any(words['advert_sources'])})\s+)",
        re.IGNORECASE))  # (both branches need an advert)
    ranked_list = PhraseGate(words["ranks"], re.compile(
        # "Largest employers among respondents: A": a rank, a kind of organisation, up to
        # six words saying among whom, then a colon (never a sentence's own clause).
        rf"\b(?:{_any(words['ranks'])})\s+(?:{SUBJECT_NOUNS})\b(?:\s+[^\s:,.;]+){{0,6}}?"
        r"\s*:\s*", re.IGNORECASE))
    destination = PhraseGate(words["destination_subjects"], re.compile(
        rf"\b(?:{_any(words['destination_subjects'])})\b(?:\s+(?:have|are|now|mostly|mainly|"
        rf"often|usually|typically|also))*\s+(?:{_any(words['destinations'])})\s+"
        # (carry36) "trainees have gone on to become X or Y": what they became, no employer
        r"(?!(?:become|be|work|take|train|study|lead|manage|run|earn|gain)\b)",
        re.IGNORECASE))
    demand = PhraseGate(words["demand"], rf"\b(?:{_any(words['demand'])})\s+")
    return HiringCues(hiring_list, advert_list, ranked_list, destination, demand,
                      frozenset(w.lower() for w in words["job_nouns"]),
                      frozenset(w.lower() for w in words["study_words"]),
                      re.compile(rf"\b(?:{verbs})\b", re.IGNORECASE),
                      frozenset(w.lower() for w in words["org_heads"]),
                      # ("I joined a small food bank, Northside Pantry Network, as …")
                      PhraseGate(words["own_moves"], re.compile(
                          rf"\b(?:{_any(words['own_moves'])})\s+(?:the\s+|an?\s+"
                          r"[a-z][a-z -]{2,40}?,\s+)?(?=[A-Z])", re.IGNORECASE)),
                      frozenset(w.lower() for w in words["worked_on"]),
                      re.compile(rf"\b(?:{_any(words['pay_by_kind'])})\b", re.IGNORECASE),
                      tuple(w.lower() for w in words["sector_nouns"]))
