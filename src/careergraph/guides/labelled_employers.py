"""Employers listed after a label or a cue: "Employers: A, B", "Main employers include …".

:func:`labelled_employers` reads a labelled list; the private ``_list_at`` reads the names and
kinds after a cue; :func:`named_most`, :func:`joined_kinds` and :func:`listed_workplace` read
the lists a few fixed phrasings introduce.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from careergraph.guides.employer_names import (
    _CLAUSE_WORDS,
    _CONNECTORS,
    _MAX_WORDS,
    _ORGANISATIONS,
    _appositive_name,
    _framed_employers,
    _kind_aside,
    _leading_name,
    _names,
    _not_employer,
    _one_name,
    _ordinal_name,
    _org_like,
    _subject_names,
    _tool_name,
    _until_end,
    _whole_name,
    town_after,
)
from careergraph.guides.headings import bundled_section
from careergraph.guides.hiring_cues import hiring_cues
from careergraph.guides.industries import _known_sector, industry_name
from careergraph.guides.literals import folded_text, needle_matches
from careergraph.guides.phrase_gate import folded
from careergraph.guides.row_dispatch import RowDispatch
from careergraph.guides.sector_frames import sector_frame_at
from careergraph.guides.text import clean, split_items
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.workplace_kinds import (
    _GENERIC,
    _NO_WORKPLACE,
    _OPENERS,
    _RUN_ON,
    _SAMPLE,
    _SPAN,
    _place,
    _plain_kind,
    _run_on_kinds,
    _served,
    _unsized,
    _vague,
    shared_heads,
)
from careergraph.names import is_acronym_of

__all__ = [
    "ASIDE_EXAMPLES",
    "cued_list_dispatch",
    "labelled_employers",
    "listed_workplace",
]


# A generic head defined by what it makes or runs: a kind of employer, kept whole.
_DEFINED_KIND = re.compile(r"(?:companies|firms|businesses|organi[sz]ations|contractors) that "
                           r"(?:build|make|run|operate|supply|sell|design|install|manufacture|"
                           r"provide|maintain|repair|produce)s? [a-z][a-z -]{2,40}$")
# An adjective of a country or a region ("American retailers", "Japanese carmakers").
# Adverbs before a verb: an item running into one is the rest of a sentence ("worked as a
# porter at a hotel often move to this job"), never a kind of workplace.
_CLAUSE_ADVERBS = frozenset({"also", "often", "usually", "sometimes", "typically", "generally",
                             "frequently", "eventually", "later"})
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|ic)$")

_LEAD_WORDS = ("followed by ",  # ("A such as B, followed by C and D": a ranked list)
               "among ",
               "for the ", "for a ", "for an ", "for ", "in the ", "in a ", "in an ", "in ",
               "at the ", "at a ", "at an ", "at ", "on ", "a ", "an ", "the ", "by ",
               "mostly ", "mainly ", "across ",  # (", across A, B": the industries they serve)
               "also ", "and ", "or ", "to ")
# A verb in the progressive after "are" ("bidding for people", "paying new hires at …").
_PROGRESSIVE = re.compile(r"[a-z]+ing\s+(?:\w+\s+){0,2}?(?:for|at|to|with|on)\b")
# A verb with its object after "companies are" ("are probably weighing the risks", "are now
# taking on new staff"): what the firms do, no list of kinds ("are manufacturing firms").
_DOING = re.compile(r"(?:[a-z]+ly\s+|(?:now|still|also|all)\s+)?[a-z]{3,}ing\s+"
                    r"(?:the|a|an|their|its|our|your|this|these|those|on|up|out|down)\b")
# An adjective the firms are said to be, its preposition after it ("firms are responsible
# for other activities", "employers are keen to hire"): a predicate, no list of kinds.
_PREDICATE = re.compile(r"(?:also\s+|often\s+|usually\s+)?(?:responsible|able|unable|likely|"
                        r"unlikely|keen|eager|willing|required|expected|obliged|liable|"
                        r"subject|aware|ready|reluctant)\s+(?:for|to|of|on|with)\b")

_MIN_SHARED_NAME = 3  # letters of a name before a shared kind ("RAF dental services")


# A relative clause or example after a workplace ("a quarry that supplies stone").
_ITEM_TAIL = re.compile(r"(?:^|\s+)(?:that|which|who|where|with|such as|like|including)\b.*$|"
                        # "the county health districts are paid …": the list's verb
                        r"\s+(?:are|were)\s+(?:paid|employed|hired|based)\b.*$|"
                        r",?\s*(?:e\.g\.|for example|for instance)\b.*$", re.IGNORECASE)


# Words that open a verb phrase, not one more workplace of a list.
_ADVERBS = frozenset({"usually", "often", "sometimes", "occasionally", "frequently",
                      "regularly", "typically", "generally", "then", "later", "always"})
# Participles after a plural noun that start what is said of it ("heliports run by …").
_PARTICIPLES = frozenset({"run", "owned", "operated", "managed", "based", "located", "funded",
                          "backed"})

ASIDE_EXAMPLES = re.compile(r"\((?:e\.g\.|eg|such as|like|including|for example|for instance)"
                             r",?\s+([^)]+)\)", re.IGNORECASE)


def listed_workplace(item: str, vocab: Vocabulary) -> tuple[list[str], str | None]:
    """A bullet under a "Where X work" heading: ``(employers, workplace)``.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> listed_workplace("Ferry operators like Bluewake Lines and Harbourlink", v)
    (['Bluewake Lines', 'Harbourlink'], 'Ferry operators')
    >>> listed_workplace("Marine surveying firms (hull and machinery inspections)", v)
    ([], 'Marine surveying firms')
    >>> listed_workplace("Harbourlink", v)
    (['Harbourlink'], None)
    """
    aside = ASIDE_EXAMPLES.search(item)  # "Grocery pharmacies (e.g., A, B)": the examples
    spelt = _SPELT_NAME.sub(_comma_kept, item) if "," in item and "(" in item else item
    if spelt != item:
        employers, kind = listed_workplace(spelt, vocab)
        return [name.replace(_KEPT_COMMA, ",") for name in employers], kind
    item = clean(re.sub(r"\s*\([^)]*\)", "", item)).rstrip(" .")
    opener = _OPENERS.search(item)
    head = item[:opener.start()] if opener else item
    names = _names(item[opener.end():], vocab) if opener else []
    if aside is not None and not names:
        names = _names(clean(aside.group(1).replace("**", "")), vocab)
    words = head.split()
    if not words or len(words) > _MAX_WORDS:
        return names, None
    gazetteer = vocab.gazetteer
    if not opener and gazetteer is not None and gazetteer.sectors(head, section=True) == [head]:
        # "Aviation", "Public Health": an industry the gazetteer knows as a whole, no name
        return names, head
    if all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words) and len(words) >= 1 and (
            words[-1].lower() not in _ORGANISATIONS or (len(words) == 1 and not opener)) and not (
            aside is not None and names and words[-1].endswith("s")):  # ("Universities (e.g., X)")
        return (names or [head]) if not vocab.is_role_title(head) else names, None
    if any(w.lower() in _CLAUSE_WORDS for w in words):
        return names, None
    cut = next((i for i in range(1, len(words)) if words[i].endswith("ing")
                and words[i][:1].islower() and words[i - 1].lower() in _ORGANISATIONS), 0)
    if cut:  # "Housing associations retrofitting social housing": the kind, not what it does
        return names, " ".join(words[:cut])
    return names, head

# (real44) A name with commas inside, its acronym in brackets after it ("the Department for
# Environment, Food & Rural Affairs (DEFRA)"): the capitalised words spell the acronym.
_SPELT_NAME = re.compile(r"(?P<name>[A-Z][\w'&-]*(?:,?\s+(?:[A-Z][\w'&-]*|for|of|and|&|the))+)"
                         r"\s*\((?P<acronym>[A-Z]{3,8})\)")
_KEPT_COMMA = "\u2063"  # a comma inside a spelt name, kept from the list's split


def _comma_kept(found: re.Match[str]) -> str:
    """The spelt name ``found`` with the commas inside it kept from the list's split (the
    capitalised words from some word on spell its acronym), else as it is.

    >>> _SPELT_NAME.sub(_comma_kept, "the Office for Rail, Roads and Ports (ORRP)") == (
    ...     "the Office for Rail\u2063 Roads and Ports (ORRP)")
    True
    >>> _SPELT_NAME.sub(_comma_kept, "Acme, Birch Ltd (ABC)")
    'Acme, Birch Ltd (ABC)'
    """
    name = found.group("name")
    if "," not in name:
        return found.group(0)
    words = [word.strip(",") for word in name.split() if word[:1].isupper()]
    if not any(is_acronym_of(found.group("acronym"), words[start:])
               for start in range(len(words) - 1)):
        return found.group(0)
    return found.group(0).replace(",", _KEPT_COMMA)


_CLOSED_ASIDE = re.compile(r"\s*\([^()]{1,60}\)(?=[\s,.])")

_SINCE = re.compile(r"\s+(?:in\s+(?:19|20)\d\d|for\s+(?:\d{1,2}|[a-z]+)\s+(?:years?|months?))\b")


# Reflexive pronouns after "work for": the self-employed, no workplace.
_SELVES = frozenset({"themselves", "themself", "yourself", "yourselves", "himself", "herself",
                     "oneself", "myself", "ourselves"})


def _gazetteer_sector(vocab: Vocabulary) -> Callable[[str], bool]:
    """A test for a name that is, or opens with, a sector the gazetteer knows ("retail",
    "financial services firms")."""
    gazetteer = vocab.gazetteer
    return lambda name: gazetteer is not None and bool(gazetteer.sectors(name, section=True))


# A purpose after a workplace ("… the State Department to help foster …"): the list's end.
_PURPOSE = re.compile(r"\s+to\s+(?:help|support|provide|ensure|promote|advance|deliver|foster|"
                      r"protect|improve|develop|serve|assist|build|create|meet|keep)\b")


# (real37) The manner of the work before whom it is for ("on a freelance basis for A",
# "on contractual basis with B"): no workplace; the list goes on after it.
_BASIS = re.compile(r"(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?\s+basis\b(?:\s+(?:for|with|at|in)\s+)?",
                    re.IGNORECASE)


def _list_at(sentence: str, start: int, vocab: Vocabulary, span: bool = False,
             weak: bool = False, asides: bool = False) -> tuple[list[str], list[str]]:
    """``(employers, workplaces)`` of the list that starts at ``start``; ``asides``: a list a
    cue names outright, where an aside closed inside an item is dropped, not the list's end
    ("Largest employers: Ontario Health (Cancer Care Ontario) sites, BC Cancer")."""
    text = sentence[start:start + _SPAN]
    text = _until_end(_CLOSED_ASIDE.sub("", text) if asides else text)
    if span:
        text = text.replace(" to ", ", ")  # "range from public hospitals to schools"
    employers: list[str] = []
    kinds: list[str] = []
    if text.split(maxsplit=1)[:1] and text.split(maxsplit=1)[0].lower() in _NO_WORKPLACE:
        return employers, kinds
    framed = sector_frame_at(text, _known_sector(vocab))
    if framed:
        return employers, framed  # "in the Construction and Mining sectors, the survey found"
    named_before = 0  # employers read before the item before this one
    placed = False  # the item before ended in the list's region ("… and C in Texas and Ohio")
    listed = shared_heads(split_items(text, _one_name), text, _gazetteer_sector(vocab))
    for number, raw in enumerate(listed):
        if placed:
            break  # (the region's other names are places, no workplaces)
        after_name, named_before = len(employers) > named_before, len(employers)
        item = raw.strip(" .")
        if " basis" in item and (manner := _BASIS.match(item)) is not None:
            # (real37) "work on contractual basis for various organizations": the manner of
            # the work first, then whom it is for
            item = item[manner.end():]
            if not item:
                continue
        purpose = _PURPOSE.search(item) if " to " in item else None
        if purpose is not None:
            # (real26) "for the State Department to help foster … and advance …": the
            # purpose ends the item, and the list (its "and" joins the purpose's verbs)
            item, placed = item[:purpose.start()], True
        lowered = item.lower()
        if not number and (_PROGRESSIVE.match(item) or _DOING.match(item) or (
                _PREDICATE.match(item))):
            break  # "employers are bidding for people …", "… are keen to": no list
        if lowered in _SELVES:
            continue  # "work for themselves or for small firms": the self-employed, no kind
        since = _SINCE.search(item) if (" in " in lowered or " for " in lowered) and (
            item[:1].isupper()) else None
        if since is not None:  # "Cascade Southern in 2011", "NVIDIA for 5 years": a time
            item = item[: since.start()]
            lowered = item.lower()
        region = _IN_REGION.search(item) if " in " in lowered and item[:1].islower() else None
        if region is not None:  # "A, B and event venues in Texas": where the list's kinds are
            item, lowered, placed = item[: region.start()], lowered[: region.start()], True
        if " in " in lowered:
            break  # "the client side in consultancies": a clause, not a workplace
        article = lowered.startswith(("a ", "an ", "the ", "for a ", "for an ", "for the "))
        if lowered.startswith("as ") and " for " in lowered:
            # "… for city utilities or as field technicians for A": the second job's workplace
            cut = lowered.index(" for ") + len(" for ")
            item, lowered = item[cut:], lowered[cut:]
        for lead in (*_LEAD_WORDS, "the "):  # (once more: "to the pipeline contractors")
            if lowered.startswith(lead) and not (number and item.startswith("The ")):
                # (a capital "The" inside the list is part of a name: "The Saffron Hotel")
                item, lowered = item[len(lead):], lowered[len(lead):]
        example = _OPENERS.search(item)
        if example is not None:
            employers.extend(_names(item[example.end():], vocab))
        if _DEFINED_KIND.match(item.strip(" ,.")):
            kinds.append(item.strip(" ,."))  # "companies that build desalination plants"
            continue
        item = _ITEM_TAIL.sub("", item).strip(" ,.")
        if item[:1].isupper():  # "… and Albany Marine Works all put tenders on each year"
            item = _NAMES_VERB.sub("", item)
        words = _before_participle(item.split())
        verb = _verb_after_kind(words)
        if verb is not None:  # "local utilities work mainly with …": the sentence goes on
            words, placed = words[:verb], True
        item = " ".join(words)
        if not words or any(w.lower() in _CLAUSE_WORDS for w in words) or (
                words[0].lower() in _ADVERBS):
            break  # ("and usually travel between clients": a verb phrase ends the list)
        head, of, tail = item.rpartition(" of " if " of " in item else " at ")
        owner = _leading_name(tail.removeprefix("the ")) if of and item[:1].islower() else None
        if owner is not None and of == " of " and " " not in owner and _place(
                head.rsplit(" ", 1)[-1]):
            owner, item = None, head  # "attar makers of Kannauj": a kind and its town
            words = item.split()
        if owner is not None and not _not_employer(owner, vocab):
            employers.append(owner)  # "the maintenance division of Tswelopele Power Station"
            continue
        shared = _leading_name(item) if after_name and words[0][:1].isupper() else None
        if shared is not None and len(shared) >= _MIN_SHARED_NAME and (
                item[len(shared):].strip()[:1].islower()):
            # "the Army, Navy and RAF dental services": names before a shared kind, the last
            # name too
            employers.append(shared)
            continue
        if words[0][:1].isupper() and words[-1][:1].islower() and _place(words[-1]) and (
                words[0].isupper()):
            kinds.append(item)  # "FMCG manufacturers": a kind named by an acronym
            continue
        if not number and len(words) > 1 and words[0][1:].islower() and all(
                w.islower() for w in words[1:]) and words[-1] in _ORGANISATIONS and (
                words[-1].endswith("s")) and sentence[:start].rstrip().endswith(":"):
            # (fixes99) "Employers: Hair salons, spas …": a label's value opens with a
            # capital, and a sentence-case plural kind after it is a kind, no name "Hair"
            kinds.append(item)
            continue
        if words[0][:1].isupper() and len(words) > 1 and _NATIONALITY.match(words[0]) and all(
                w.islower() for w in words[1:]):
            continue  # "European and American retailers": a kind of a country, no name
        if words[0][:1].isupper() or _ordinal_name(words):
            name = _leading_name(item)
            industry = industry_name(item, vocab)  # ("hired by Hospitality and Automotive")
            if name is None or _not_employer(name, vocab) or industry:
                if industry or item.lower() in {s.lower() for s in vocab.sectors}:
                    kinds.append(item)
                    continue
                break
            if town_after(name, employers):
                continue  # "Lagoon Imaging Centre, Ikeja": the place of the name before
            employers.append(name)
            continue
        if any(w.lower() in _CLAUSE_ADVERBS for w in words[1:]):
            break  # "… at a hotel often move to this job": the sentence goes on, no item
        if len(words) > _MAX_WORDS or not all(w.replace("-", "").replace("'", "").isalpha()
                                              for w in words):
            break
        if weak and not (article or (_place(words[-1]) and _place(_head_word(words))) or (
                _amid_places(words, number, listed))):
            break
        cut = _appositive_name(words)
        named = " ".join(words[cut:])
        if cut and (not _not_employer(named, vocab) or (  # ("the coding bureau Codewell
                words[cut - 1].lower() in _ORGANISATIONS and " " in named  # Partners": the
                and not _tool_name(named, vocab))):  # kind says it names an organisation)
            # "the online retailer Quillo": a kind, then the one organisation of that kind
            employers.append(named)
            words = words[:cut]
        kinds.extend(k for k in _run_on_kinds(words) if not (_vague(k) or _served(k)))
    return employers, kinds


# Adverbs of how the work is done: after a kind of workplace and a lower-case word, that
# word is the sentence's verb ("utilities work mainly with …"), no part of the kind.
_MANNER_ADVERBS = frozenset({"mainly", "mostly", "largely", "chiefly", "primarily",
                             "principally", "usually", "typically", "generally", "often",
                             "normally", "also", "frequently", "only"})
# Prepositions whose object qualifies the noun before them ("adherence to blueprints").
_HEAD_PREPOSITIONS = frozenset({"to", "of", "for", "with", "on", "about", "from"})


def _verb_after_kind(words: list[str]) -> int | None:
    """Where a verb follows the kind of workplace an item opens with ("local utilities
    work mainly with …"): the index of the verb, or None."""
    for index in range(1, len(words) - 1):
        word = words[index]
        if (word.isalpha() and word.islower() and not word.endswith("ly")
                and words[index + 1].lower() in _MANNER_ADVERBS and _place(words[index - 1])):
            return index
    return None


def _head_word(words: list[str]) -> str:
    """The noun an item is about: the word before its first preposition ("adherence" of
    "adherence to blueprints"), else its last word."""
    for index, word in enumerate(words[1:], start=1):
        if word.lower() in _HEAD_PREPOSITIONS:
            return words[index - 1]
    return words[-1]


def _amid_places(words: list[str], number: int, listed: list[str]) -> bool:
    """A short lower-case item between two kinds of place in a list ("local stations, public
    radio, digital newsrooms"): a sector written as a mass noun, read like its neighbours."""
    after = listed[number + 1].strip(" .").split() if number + 1 < len(listed) else []
    before = listed[number - 1].strip(" .").split() if number else []
    # (the neighbours are kinds with their modifier, each one kind: "utilities,
    # biotechnology, nonprofit and legal services" is a list of industries, read elsewhere)
    return len(before) > 1 and len(after) > 1 and "and" not in after and len(
        words) <= _MASS_WORDS and all(
        w.isalpha() and w.islower() for w in words) and not words[-1].endswith("ing") and (
        _place(before[-1]) and _place(after[-1]))  # ("mills, weaving, …": an activity)


_MASS_WORDS = 2


# A list's last kind of workplace with the region its kinds are in ("hospitals and event
# venues in Texas and Colorado"): the region, a Capitalised place name, is no workplace.
_IN_REGION = re.compile(r"(?<=[a-z]s)\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$")


# The verb phrase a list of names ends in, opened by "all" or "both" ("A, B and C all put
# new tenders on each year"): the last item is the name before it.
_NAMES_VERB = re.compile(r"(?<=[A-Za-z.)])\s+(?:all|both)\s+(?!year\b|day\b|week\b)[a-z].*$")


def _before_participle(words: list[str]) -> list[str]:
    """"theatres making stage furniture" -> "theatres": a participle after a plural noun
    starts what the workplace does."""
    for index in range(1, len(words)):
        if (words[index].endswith("ing") and words[index - 1].endswith("s")
                and words[index][:1].islower()  # ("Emirates Cooling Services": a name)
                and not _place(words[-1])):  # "centres racing yards": a run-on list
            return words[:index]
        if words[index].lower() in _PARTICIPLES and words[index - 1].endswith("s") and (
                words[index + 1 : index + 2] in (["by"], ["in"], ["at"])):
            return words[:index]  # "heliports run by companies" -> "heliports"
    return words

_NAME_NEXT = re.compile(r"\s*(?:the\s+)?[A-Z0-9]")


@cache
def cued_list_dispatch() -> RowDispatch:
    """The readers of :func:`_cued_lists`, each with a trigger taken from its own gate
    (:mod:`careergraph.guides.row_dispatch`): a hiring cue's list is read only where its
    :class:`~careergraph.guides.phrase_gate.PhraseGate` admits the folded sentence, which needs
    a phrase's first key word (``None`` when a word is not ASCII: always run); the subjects
    of a hiring verb only where the sentence holds "hir", "employ", "recruit" or "open"
    (:func:`~careergraph.guides.employer_names._subject_names`); a framed list only beside
    "among ", " for its " or " for their " (as printed, so lowered too).

    >>> sorted(cued_list_dispatch().readers("We are hiring now"))[:1]
    ['hiring']
    """
    cues = hiring_cues()
    gates = {"hiring": cues.hiring_list, "adverts": cues.advert_list,
             "ranked": cues.ranked_list, "destination": cues.destination,
             "demand": cues.demand, "own_moves": cues.own_moves}
    triggers: dict[str, tuple[str, ...] | None] = {
        name: None if gate.words is None else tuple(words[0] for words in gate.words)
        for name, gate in gates.items()}
    triggers["subject"] = ("hir", "employ", "recruit", "open")
    triggers["framed"] = ("among ", " for its ", " for their ", " looking for ")
    return RowDispatch(triggers)


def _cued_lists(sentence: str, vocab: Vocabulary) -> tuple[list[str], list[str]]:
    """``(employers, kinds)`` of the lists the hiring cues open (see
    :mod:`careergraph.guides.hiring_cues`), and the names a hiring verb has as its subject."""
    cues = hiring_cues()
    employers: list[str] = []
    kinds: list[str] = []
    on = cued_list_dispatch().readers(sentence)  # (one scan: most sentences hold no cue)
    if not on:
        return employers, kinds
    lowered = folded(sentence)  # (each cue's words looked for first: most sentences hold none)
    for name, gate in (("hiring", cues.hiring_list), ("adverts", cues.advert_list),
                       ("ranked", cues.ranked_list), ("destination", cues.destination)):
        for match in gate.pattern.finditer(sentence) if name in on and gate.admits(
                lowered) else ():
            named, found = _list_at(sentence, match.end(), vocab,
                                    asides=gate is not cues.destination)
            employers.extend(named)
            kinds.extend(found)
    for match in cues.demand.pattern.finditer(sentence) if "demand" in on and (
            cues.demand.admits(lowered)) else ():
        kinds.extend(_list_at(sentence, match.end(), vocab)[1])  # (where the demand is)
    if "subject" in on:
        employers.extend(_subject_names(sentence, vocab))
    if "framed" in on and (
            "among " in sentence or " for its " in sentence or " for their " in sentence
            or " looking for " in sentence):
        employers.extend(_framed_employers(sentence, vocab))
    for match in cues.own_moves.pattern.finditer(sentence) if "own_moves" in on and (
            cues.own_moves.admits(lowered)) else ():
        # "I started with A and now I'm with B": organisations' names only, no kinds
        if not _NAME_NEXT.match(sentence, match.end()):
            continue  # ("the people I started with moved into …": colleagues, no employer)
        named = _names(sentence[match.end():match.end() + _SPAN], vocab)
        if _within_move(match.group(0)):  # (fixes98) "moved over to the Security Office"
            named = [n for n in named if n.lower().rsplit(" ", 1)[-1] not in _own_units()[0]
                     or n in vocab.employers]
        employers.extend(n for n in named if ((" " in n and _org_like(n))
                                              or n in vocab.employers
                                              or _kind_aside(sentence, match.end(), n))
                         and _whole_name(sentence, match.end(), n))
    return employers, kinds


@cache
def _own_units() -> tuple[frozenset[str], tuple[str, ...]]:
    """(fixes98) The head words of a unit inside an employer ("office", "division") and the
    cues of a move inside it ("moved over to the"), from the bundled hiring vocabulary."""
    raw = bundled_section("hiring")
    return (frozenset(str(w).lower() for w in raw.get("own_units") or ()),
            tuple(f"{str(w).lower()} the " for w in raw.get("own_units_after") or ()))


def _within_move(cue: str) -> bool:
    """(fixes98) ``cue`` (an own-move cue as matched, its article with it) moves inside the
    writer's employer: "moved over to the ", never "joined the " or "transferred to the ".

    >>> _within_move("moved over to the "), _within_move("transferred to the ")
    (True, False)
    """
    lowered = " ".join(cue.lower().split()) + " "
    return lowered.startswith(_own_units()[1]) if _own_units()[1] else False


def labelled_employers(line: str, vocab: Vocabulary) -> tuple[list[str], list[str]]:
    """``(employers, kinds)`` of a line that opens with an employers label glued to its list,
    no colon between ("Top Employers Harbour Marine Group, Lakeside Outboard & Sail").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> labelled_employers("Top Employers Quayside Boatworks, Wren Marine Group", v)
    (['Quayside Boatworks', 'Wren Marine Group'], [])
    >>> labelled_employers("Top employers value patience.", v)
    ([], [])
    """
    match = _employer_label(vocab).match(line)
    if match is None:
        return [], []
    rest = line[match.end():]
    if "," not in rest and " such as " not in rest and " and " not in rest:
        return [], []  # (one name after a label may be a heading's own words)
    return _list_at(line, match.end(), vocab)


def _employer_label(vocab: Vocabulary) -> re.Pattern[str]:
    """The employers headings of ``vocab`` that name who hires, as a line's opening label."""
    return _label_pattern(tuple(sorted(
        (h for h, kind in vocab.headings.headings.items() if kind == "employers"
         and any(cue in h for cue in ("employ", "recruit", "hir"))), key=len, reverse=True)))


@cache
def _label_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\s*(?i:{'|'.join(re.escape(h) for h in labels)})\s*[:\-–—]?\s+"
                      r"(?=[A-Z])")


# The pay verb after a list of workplaces the role's holders are "at" ("Trainers at pet
# stores and animal shelters are usually paid …", "head brewers at regional breweries can get").
_PAID_VERB = re.compile(r"\s+(?:(?:are|were|can|may|will|typically|usually|often|generally|"
                        r"normally|tend to)\s+)*(?:paid|earn|earned|earning|make|made|get|"
                        r"start|started|take home)\b")


# "Groomers at", "groomers working in": what follows the holder's title.
_HOLDERS_TAIL = re.compile(r"s\s+(?:[a-z]+\s+)?(?:at|in)\s+(?=[a-z])", re.IGNORECASE)


@lru_cache(maxsize=64)
def _holders_at(holder: str) -> re.Pattern[str]:
    """The holder's title and ``_HOLDERS_TAIL`` (for sentences ``folded_text`` cannot lower)."""
    return re.compile(rf"\b{re.escape(holder.lower())}{_HOLDERS_TAIL.pattern}", re.IGNORECASE)


def _holders_ends(sentence: str, holder: str) -> list[int]:
    """Where each "<holders> at" of ``sentence`` ends: the tail matched after each mention
    of the holder (no pattern compiled a holder, speed16)."""
    lowered = folded_text(sentence, holder) if holder else None
    if lowered is None:
        return [match.end() for match in _holders_at(holder).finditer(sentence)]
    return [match.end() for _, match in needle_matches(
        sentence, lowered, holder.lower(), _HOLDERS_TAIL, edge=True)]


def _paid_places(sentence: str, holder: str, vocab: Vocabulary) -> list[str]:
    """Kinds of workplace named with the pay of the role's holders there ("Employed
    trainers at pet stores, animal shelters and doggy day cares are usually paid $27 an
    hour"): the holders, "at", a list of plural kinds, then a pay verb.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _paid_places("Groomers at mobile vans and pet salons earn $20 an hour.", "Groomer", v)
    ['mobile vans', 'pet salons']
    >>> _paid_places("Groomers at night earn more.", "Groomer", v)
    []
    >>> _paid_places("Groomers at large chains earn more.", "Groomer", v)
    []
    """
    kinds: list[str] = []
    for end in _holders_ends(sentence, holder):
        pay = _PAID_VERB.search(sentence, end)
        listed = sentence[end:pay.start()] if pay is not None else ""
        if not listed or any(mark in listed for mark in ".;:$(") or not _place(
                listed.split()[-1]):
            continue
        listed_kinds = [k for k in _list_at(listed, 0, vocab, weak=True)[1]
                        if _place(k.split()[-1])]
        if len(listed_kinds) >= 2 or (listed_kinds and _plain_kind(listed_kinds[0])
                                      and not _SIZED_PLACE.search(sentence)):
            kinds.extend(listed_kinds)
    return kinds


# A place sampled by its size in the same sentence ("…, while dispatchers at major
# airlines earn …"): the sentence compares pay by size, its kinds are no list of workplaces.
_SIZED_PLACE = re.compile(rf"\b(?:at|in)\s+(?:the\s+)?(?:{'|'.join(sorted(_SAMPLE))})\s",
                          re.IGNORECASE)


# "others join multidisciplinary clinics, sports medicine centers and …": some of the role's
# holders work at the kinds listed after "join".
# ("Many join us from town as …": the people who join, by their earlier jobs; no kind)
_OTHERS_JOIN = re.compile(r"\b(?:others|some|many|a\s+few)\s+(?:(?:also|later|then)\s+)?"
                          r"join\s+(?!(?:us|them|me|you|him|her)\b)(?=[a-z])", re.IGNORECASE)


_ASIDE_ADVERB = re.compile(r"\b(and|or),\s+[a-z]+ly,\s+")


def joined_kinds(sentence: str, vocab: Vocabulary) -> list[str]:
    """The kinds of organisation "others join" (a list that opens with a plural kind of
    organisation: "others join the team" names none).

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> joined_kinds("Some freelance; others join design studios and print shops.", v)
    ['design studios', 'print shops']
    >>> joined_kinds("Others join city councils as planners, or large estates.", v)
    ['city councils', 'estates']
    >>> joined_kinds("Others join the union early.", v)
    []
    >>> joined_kinds("Many join us from town as drillers or general labourers.", v)
    []
    """
    sentence = _ASIDE_ADVERB.sub(r"\1 ", sentence)  # ("… and, increasingly, hospital systems")
    for match in _OTHERS_JOIN.finditer(sentence):
        kinds = _list_at(sentence, match.end(), vocab, weak=True)[1]
        head = kinds[0].lower().split()[-1] if kinds else ""
        if head in _ORGANISATIONS and head.endswith("s") and not _vague(kinds[0]):
            kinds = [_unsized(kind.split(" as ", 1)[0]) for kind in kinds  # ("A as B": the
                     if not kind.startswith("as ")]  # job taken there, no kind)
            return [kind for kind in kinds if kind.lower() not in _GENERIC]  # ("larger firms")
    return []


# A survey's names of one kind of organisation ("Among the private groups most often named
# were A, B and C", "The clinics mentioned most were A and B"): the names after the verb.
_NAMED_MOST = re.compile(
    r"\b(?:among\s+)?the\s+(?:[a-z-]+\s+){0,3}?(?P<noun>[a-z]+)\s+(?:(?:most|more)\s+"
    r"(?:often\s+|frequently\s+|commonly\s+)?)?(?:named|mentioned|cited|listed)(?:\s+most"
    r"(?:\s+(?:often|frequently|commonly))?)?\s+(?:by\s+respondents\s+)?(?:were|are)\s+(?=[A-Z])",
    re.IGNORECASE)


def named_most(sentence: str, vocab: Vocabulary) -> list[str]:
    """Organisations a survey names as the ones of a kind most often cited ("Among the
    private groups most often named were A, B and C"); the kind must be one of
    organisations ("the skills most often named were …" names none).

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> named_most("Among the clinics most often named were Tollgate Vision and Orly Eyecare.", v)
    ['Tollgate Vision', 'Orly Eyecare']
    >>> named_most("The tools named most often were Excel and Tableau.", v)
    []
    """
    found: list[str] = []
    for match in _NAMED_MOST.finditer(sentence):
        if match.group("noun").lower() in _ORGANISATIONS:
            found.extend(_list_at(sentence, match.end(), vocab)[0])
    return found


@cache
def _studies() -> frozenset[str]:
    """Nouns of study (``sector_noise.studies`` in ``data/headings.yaml``)."""
    return frozenset(str(w).lower() for w in bundled_section("sector_noise").get("studies") or ())


def _role_places(sentence: str, holder: str, vocab: Vocabulary) -> list[str]:
    """Kinds of workplace a sentence about the role's holders places them in ("Veterinary
    assistants look after animals in clinics, animal hospitals and shelters"): the sentence
    opens with the holders, and the list after "in" opens with a plural kind of organisation
    ("in teams", "in a hurry" name no place)."""
    opening = sentence.lower().split()[:4]
    if not any(w.startswith(holder.lower()) and w.endswith("s") for w in opening):
        return []
    for match in re.finditer(r"\sin\s+(?=[a-z])", sentence):
        before = sentence[:match.start()].split()[-1:]
        if before and before[0].lower() in _studies():
            continue  # "training in emergency medical services": a subject, no workplace
        first = _until_end(sentence[match.end():]).split(",", 1)[0].split(" and ", 1)[0]
        words = first.split()
        if 0 < len(words) <= _RUN_ON and words[-1] in _ORGANISATIONS and words[-1].endswith(
                "s") and words[0] not in _NO_WORKPLACE and words[0] not in ("a", "an", "the"):
            kinds = _list_at(sentence, match.end(), vocab, weak=True)[1]
            # (the list ends where a verb phrase starts: "… and shelters and support the vets")
            ends = [i for i, k in enumerate(kinds) if {"the", "a", "an"} & set(k.split()[1:])]
            return kinds[:ends[0]] if ends else kinds
    return []


# A kind of organisation, then its example in brackets with "for example" last ("large port
# authorities (the Port of Harwick, for example)").
_TRAILING_EXAMPLE = re.compile(r"\b(?P<kind>[a-z]+)\s+\((?:the\s+)?(?P<names>[A-Z][^()]{1,80}?),?"
                               r"\s+for\s+(?:example|instance)\)")


# (fixes79) A bracket listing two names or more right after a kind of organisation
# ("placed with major operators (Citylink, Redline, Westway)"): its examples; a figure in a
# cell says what they are ("three services (Traditional 8:30, Modern 10:00)": times, no firms).
_BRACKETED_NAMES = re.compile(r"\b(?P<kind>[a-z]+)\s+\((?:e\.g\.,?\s+|such as\s+|including\s+)?"
                              r"(?P<names>[A-Z][^(),\d]{1,40}(?:,\s*(?:and\s+)?[A-Z][^(),\d]{1,40})+)"
                              r"\)")


def _trailing_examples(text: str, vocab: Vocabulary) -> list[str]:
    """The names in a bracket after a kind of organisation that ends "for example".

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _trailing_examples("Employers range from water utilities (Severn Vale Water, for "
    ...                    "example) to councils.", v)
    ['Severn Vale Water']
    >>> _trailing_examples("Use spreadsheet tools (Excel, for example) daily.", v)
    []

    (fixes79) So is a bracket of two names or more after the kind, "for example" unsaid:

    >>> _trailing_examples("Drivers are placed with major operators (Citylink, Redline, "
    ...                    "Westway).", v)
    ['Citylink', 'Redline', 'Westway']
    """
    found: list[str] = []
    for match in _TRAILING_EXAMPLE.finditer(text):
        if match.group("kind") in _ORGANISATIONS:
            found.extend(_names(match.group("names"), vocab, inside=True))
    for match in _BRACKETED_NAMES.finditer(text) if not found else ():
        if match.group("kind") in _ORGANISATIONS:
            found.extend(_names(match.group("names"), vocab, inside=True))
    return found
