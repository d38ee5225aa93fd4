"""Skills named in a vacancy notice's selection criteria.

Civil-service and public-service notices (a person specification's "Essential criteria", an
APS notice's "Key selection criteria" or "Our ideal candidate", a Canadian poster's "Asset
qualifications", a US notice's "Specialized experience") state each criterion as a sentence,
not a name: "Experience of developing or delivering policy, or of …", "Stakeholder
management: building trust with …", "1. Client focus – you will …", "sound judgement and
attention to detail under time pressure".  One grammar reads them all:

- a short lead phrase before a colon or a dash is the skill; a lead naming a framework
  ("Policy Profession Standards: evidence and analysis") gives the phrase after it;
- otherwise an opener ("Demonstrated experience in", "Knowledge of", "the ability to") and
  qualities ("excellent", "sound") are dropped, the object ends at its first clause mark
  (a comma, "under", "when" …) and is cut into items at "and"/"or", keeping a shared head
  whole ("written and verbal communication", "interpret and apply legislation");
- named examples after "in particular", "such as", "including" are skills too, and a name
  after "in" inside an item is the tool ("data in Excel" -> "Excel");
- a criterion that asks for a kind of job ("experience in a regulatory or customs role")
  names no skill.

The phrasings are data (``criteria`` in ``data/headings.yaml``).

>>> criterion_skills("Stakeholder management: building trust with people")
['Stakeholder management']
>>> criterion_skills("sound judgement and attention to detail under time pressure")
['judgement', 'attention to detail']
>>> criterion_skills("Demonstrated experience in grant writing and budget control.")
['grant writing', 'budget control']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from careergraph.guides.headings import bundled_section
from careergraph.guides.items import group_label
from careergraph.guides.languages import language_skills
from careergraph.guides.literals import AnyOf
from careergraph.guides.panels import dash_label
from careergraph.guides.text import clean, split_items, split_label

__all__ = ["credential", "criteria_aside", "criteria_section", "criteria_sublabel",
           "criterion_skills",
           "framework_label", "specialised_experience"]

# "1. ", "2) ", "(a) ", "b. ": a criterion's own number.
_NUMBER = re.compile(r"^(?:\(?\d{1,2}[.)]|\(?[a-h][.)]|\([a-h]\))\s+")
_ARTICLES = frozenset({"a", "an", "the"})
# Words that make a lead phrase a clause ("Successful candidates should be: …"), no skill.
_CLAUSE_WORDS = frozenset({"should", "must", "will", "can", "be", "are", "is", "have", "has",
                           "need", "needs", "we", "you"})
_PRONOUNS = frozenset({"you", "your", "we", "our", "they", "their", "it", "this", "that",
                       "these", "those", "who", "which", "what", "how", "people"})
_CAPITAL_PRONOUNS = frozenset(word.capitalize() for word in _PRONOUNS)  # ("IT" is none)
_MAX_ITEM_WORDS = 6
_MAX_LEAD_WORDS = 6
_SHORT_PAIR = 4  # words: "Plan and organise work" is one skill
_SHORT_EXAMPLE = 3  # words of an example named after "including"
# One word before "and"/"or" that shares the next piece's head ("written and verbal
# communication", "developing or delivering policy"): a participle or an adjective.
_MODIFIER_END = re.compile(r"(?:ing|ed|en|al|ive|ic|ary|ory|ous|ful)$")
# A noun's ending: "revision and quality control" are two skills, "Plan and organise work" one.
_NOUN_END = re.compile(r"(?:ion|ment|ance|ence|ity|ness|ship|ism|ics|ogy|ure|cy|er|or|ist)$")
_CAPITALISED = re.compile(r"^[A-Z0-9][\w./+#&'-]*(?:\s+(?:of|and|for|&|[A-Z0-9][\w./+#&'-]*))*$")
_IN_NAME = re.compile(r"\s(?:in|using|with|on)\s+((?:[A-Z][\w./+#-]*)(?:\s+[A-Z][\w./+#-]*){0,3})$")
_BRACKET_TAIL = re.compile(r"\s*\([^()]*\)\s*$")
_TRAILING_JOIN = re.compile(r"[;,]?\s+(?:AND|OR|and|or)\s*$")
# (real30) How the work is done, and whom it is done with, after a criterion's object: "… in
# a tactful and diplomatic manner with the public, applicants …", "communicating orally and
# in writing in a clear and concise manner"; a conduct clause ("and conducts oneself …").
_MANNER = re.compile(r"(?:\s+and)?\s+(?:(?:conducts?|conducting|carr(?:y|ies|ying))\s+"
                     r"(?:oneself|themselves|yourself)\b.*$"
                     r"|in\s+an?\s+(?:[\w-]+,?\s+){0,4}?(?:manner|way|fashion)\b.*$)")
# "Experience establishing rapport", "Experience maintaining inventory": the doing is the skill
_EXPERIENCE_DOING = re.compile(r"^experience\s+(?=[a-z]{3,}ing\s)", re.IGNORECASE)
_OF_SPEECH = re.compile(r"\b(orally|verbally)\s+and\s+in\s+writing\b")


@dataclass(frozen=True)
class CriteriaWords:
    """The phrasings of selection criteria (``criteria`` in ``data/headings.yaml``)."""

    sections: tuple[str, ...]
    section_headings: frozenset[str]
    sublabels: frozenset[str]
    asides: frozenset[str]
    openers: tuple[str, ...]
    qualities: frozenset[str]
    uses: tuple[str, ...]
    frameworks: frozenset[str]
    examples: tuple[str, ...]
    backgrounds: frozenset[str]
    ends: tuple[str, ...]
    generic_labels: frozenset[str]
    pointers: frozenset[str]
    credentials: tuple[str, ...] = ()
    not_sections: tuple[str, ...] = ()

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any]) -> CriteriaWords:
        """Build from the YAML's ``criteria`` mapping (lists of lowercase phrases)."""

        def words(key: str) -> tuple[str, ...]:
            return tuple(str(w).lower() for w in raw.get(key) or ())

        openers = tuple(sorted(words("openers"), key=len, reverse=True))
        return cls(words("sections"), frozenset(words("section_headings")),
                   frozenset(words("sublabels")), frozenset(words("asides")), openers,
                   frozenset(words("qualities")), words("uses"), frozenset(words("frameworks")),
                   words("examples"), frozenset(words("backgrounds")), words("ends"),
                   frozenset(words("generic_labels")), frozenset(words("pointers")),
                   words("credentials"), words("not_sections"))


@cache
def criteria_words() -> CriteriaWords:
    """The bundled criteria vocabulary."""
    return CriteriaWords.from_mapping(bundled_section("criteria"))


@cache
def _patterns() -> tuple[AnyOf, re.Pattern[str], re.Pattern[str]]:
    words = criteria_words()
    sections = AnyOf(words.sections)
    examples = re.compile(r"(?:,\s*|\s+)(?:" + "|".join(re.escape(e) for e in words.examples)
                          + r")\s+", re.IGNORECASE)
    # (rules44b) "calm under pressure": the phrase is the quality, no end of it
    ends = re.compile(r"\s+(?!under\s+pressure\b)(?:" + "|".join(
        re.escape(e) for e in words.ends) + r")\s.*$"
                      r"|\s*[;(]\s.*$|\s*[,;]$|\s+[—–-]\s.*$"
                      # a clause with its own subject ("… regulations as they apply to …")
                      r"|(?-i:\s+(?:[a-z]+\s+)?(?:they|you|we|he|she|it)\s.*$)", re.IGNORECASE)
    return sections, examples, ends


def criteria_section(heading: str) -> bool:
    """True when a section heading announces selection criteria ("Essential criteria",
    "Key selection criteria", "Our ideal candidate", "Asset qualifications").

    >>> criteria_section("Desirable criteria"), criteria_section("Technical skills")
    (True, False)
    """
    lowered = heading.lower().strip(" :")
    if any(word in lowered for word in criteria_words().not_sections):
        return False  # "Disqualification criteria": who may not apply, no skills asked for
    return bool(lowered) and (lowered in criteria_words().section_headings
                              or _patterns()[0].search(lowered))


def criteria_sublabel(heading: str) -> bool:
    """True for a label that groups criteria inside their list ("Experience:",
    "Personal suitability"): the list goes on under it.

    >>> criteria_sublabel("Knowledge:"), criteria_sublabel("Benefits")
    (True, False)
    """
    return heading.lower().strip(" :") in criteria_words().sublabels


def criteria_aside(heading: str) -> bool:
    """True for a part of a criteria list that names no skills ("Education:", "Official
    languages"): the list goes on after it.

    >>> criteria_aside("Education:"), criteria_aside("Experience")
    (True, False)
    """
    return heading.lower().strip(" :") in criteria_words().asides


def framework_label(label: str) -> bool:
    """True when a lead phrase names a framework ("Policy Profession Standards"), so the
    phrase after its colon is the skill.

    >>> framework_label("Digital Skills Framework"), framework_label("Budgeting")
    (True, False)
    """
    words = label.lower().split()
    return bool(words) and words[-1] in criteria_words().frameworks


def credential(item: str) -> bool:
    """A criterion that asks for a registration, a licence or a membership, no skill
    ("Registration as an Operating Department Practitioner or nurse", "Full driving licence").

    >>> credential("Registration with the HCPC as a paramedic"), credential("Triage skills")
    (True, False)
    """
    lowered = _NUMBER.sub("", clean(item)).strip(" -•*").lower()
    return any(lowered.startswith(w) and lowered[len(w):len(w) + 1] in ("", " ", ",", ":")
               for w in criteria_words().credentials)


# (fixes78) A criterion asking for service in named posts ("Successful leadership as a Deputy
# Head or Assistant Principal", "Proven experience as a Site Manager"): where candidates come
# from, no skills.
_SERVED_AS = re.compile(r"^(?:(?:proven|successful|substantial|significant|recent|senior|"
                        r"strong|demonstrable|current|previous|prior)\s+)*"
                        r"(?:leadership|experience|service|track record)\s+as\s+an?\s+"
                        r"(?P<titles>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|and|or|an?))*)"
                        r"\s*$", re.IGNORECASE)
_TITLE_WORD = re.compile(r"[A-Z][\w-]*|of|and")


def served_titles(item: str) -> list[str] | None:
    """The posts a criterion asks candidates to have served in, each in full, or None when
    ``item`` asks for no such service.  A first title of one word shares the last one's
    head noun ("Deputy or Assistant Headteacher").

    >>> served_titles("Successful leadership as a Deputy Head or Assistant Principal")
    ['Deputy Head', 'Assistant Principal']
    >>> served_titles("Successful senior leadership as a Deputy or Assistant Warden")
    ['Deputy Warden', 'Assistant Warden']
    >>> served_titles("Experience as a volunteer") is None
    True
    """
    text = clean(item).strip(" .;")
    match = _SERVED_AS.match(text) if " as " in text else None
    if match is None:
        return None
    titles = [t.strip() for t in re.split(r",\s*(?:or\s+)?|\s+or\s+",
                                          match.group("titles")) if t.strip()]
    if not titles or not all(re.fullmatch(r"[A-Z][\w-]*", t.split()[0]) and all(
            _TITLE_WORD.fullmatch(w) for w in t.split()) for t in titles):
        return None
    head = titles[-1].split()[-1]
    if len(titles[-1].split()) > 1:
        titles = [f"{t} {head}" if len(t.split()) == 1 else t for t in titles[:-1]] + titles[-1:]
    return titles


def criterion_skills(item: str) -> list[str]:
    """The skills one criterion states (see the module's rules); none for a criterion that
    asks for a kind of job, a figure of years or a sentence no rule reads.

    >>> criterion_skills("Policy standards: evidence and analysis (Working level)")
    ['evidence and analysis']
    >>> criterion_skills("Confident working with data in Excel and reading survey tables")
    ['Excel', 'reading survey tables']
    >>> criterion_skills("experience in a retail, hospitality or customer service role")
    []

    (recall11) A framework's label over a comma list names each item, a bracket glued to a
    name kept ("ISAD(G)" is the standard's own name):

    >>> criterion_skills("Archive standards: ISO 9001, ISAD(G)")
    ['ISO 9001', 'ISAD(G)']
    """
    words = criteria_words()
    text = _TRAILING_JOIN.sub("", _NUMBER.sub("", clean(item))).strip(" .;")
    if not text:
        return []
    lead = _lead(text)
    if lead is not None:
        label, rest = lead
        lowered = label.lower().split()
        parts = split_items(rest.strip(" .")) if "," in rest else []
        if parts and framework_label(label) and all(
                0 < len(part.split()) <= _MAX_ITEM_WORDS for part in parts):
            # (recall11) "Metadata standards: ISO 9001, ISAD(G)": the standards listed
            return [name for part in parts if (name := _unqualified(part))]
        if framework_label(label):
            # "Policy Profession Standards: evidence and analysis": a standard's own name
            named = _unqualified(_BRACKET_TAIL.sub("", rest).strip(" ."))
            return [named] if 0 < len(named.split()) <= _MAX_ITEM_WORDS else []
        if group_label(label):
            # (fixes89) "Languages: English or Greek (at a conversational level)": a kind of
            # skill labels its items, no skill itself; a run of languages is read whole
            languages = language_skills(f"{label}: {rest}", qualified_first=True)
            if languages:
                return languages
        elif not (set(lowered) <= words.generic_labels or set(lowered) & _CLAUSE_WORDS):
            return [_unqualified(label)] if _unqualified(label) else []
        # "Essential skills: A; B", "Successful candidates should be: A; B": the criteria
        text = rest
    if ";" in text:  # several criteria in one line ("… accurate grammar; Ability to …")
        return list(dict.fromkeys(name for part in text.split(";")
                                  for name in criterion_skills(part)))
    return _object_skills(text)


def _lead(text: str) -> tuple[str, str] | None:
    """``(lead, rest)`` of "Lead phrase: explanation" or "Lead phrase – explanation"."""
    label, rest = split_label(text, max_words=_MAX_LEAD_WORDS) if ":" in text[:80] else (
        None, text)
    if label and rest:
        return label, rest
    dashed = dash_label(text, max_words=_MAX_LEAD_WORDS)
    if dashed is not None and not (set(dashed[0].split()) & _PRONOUNS
                                   or dashed[0].split()[0] in _CAPITAL_PRONOUNS):
        return dashed
    return None


# (rules44c) A lowercase person noun of a doer ("communicator", "listener", "organiser").
_AGENT_NOUN = re.compile(r"[a-z]{3,}(?:or|er|iser|izer)")


def _unqualified(phrase: str) -> str:
    """``phrase`` without its article, qualities and a criterion's opener."""
    words = criteria_words()
    tokens = phrase.split()
    quality = ""
    while tokens and (tokens[0].lower() in _ARTICLES or tokens[0].lower() in words.qualities):
        quality = tokens[0] if tokens[0].lower() in words.qualities else quality
        tokens = tokens[1:]
    if quality and tokens and _AGENT_NOUN.fullmatch(tokens[0].rstrip(",;")) and (
            len(tokens) == 1 or tokens[0][-1] in ",;"):
        # (rules44c) "a good communicator", "a quick learner": the trait is the quality and
        # the person together; the person alone ("communicator") names no skill
        tokens = [quality, *tokens]
    return " ".join(tokens)


def _object_skills(text: str) -> list[str]:
    words = criteria_words()
    _, examples_at, ends = _patterns()
    body = _unqualified(text)
    lowered = body.lower()
    opener = next((o for o in words.openers if lowered.startswith(o + " ")), None)
    verbal = False
    if opener is not None:
        verbal = opener.endswith(" to")  # "the ability to interpret and apply …"
        body = _unqualified(body[len(opener) + 1:])
        use = next((u for u in words.uses if body.lower().startswith(u + " ")), None)
        body = _unqualified(body[len(use) + 1:]) if use else body  # "the use of GPS"
    elif (doing := _EXPERIENCE_DOING.match(body)) is not None:
        body = body[doing.end():]  # (real30) "Experience maintaining inventory and …"
    if " manner" in body or " way" in body or " fashion" in body or "oneself" in body or (
            "themselves" in body or "yourself" in body):
        body = _MANNER.sub("", body)
    # ("communicating orally and in writing": one skill, its two media)
    body = _OF_SPEECH.sub(r"\1-and-in-writing", body) if " in writing" in body else body
    named: list[str] = []
    listed = _BRACKET_LIST.search(body) if body.endswith(")") else None
    parts = split_items(listed.group(2)) if listed is not None else []
    if listed is not None and all(0 < len(part.split()) <= _SHORT_EXAMPLE and not any(
            ch.isdigit() for ch in part) for part in parts):
        # (rules44b) "Advanced Excel (pivot tables, mail merge)": the skill, then the parts
        # of it the bracket lists
        named, body = parts, body[:listed.start(1)]
    example = examples_at.search(body)
    if example is not None:
        named = [*named, *_named_examples(body[example.end():])]
        body = body[:example.start()]
    body = ends.sub("", _listed(body)).strip(" ,;.")
    tokens = body.lower().split()
    if tokens and tokens[-1] in words.backgrounds and text.lower().split()[0] != "skills":
        return named  # "experience in a regulatory or customs role": a kind of job
    found = [name for name in (_item(piece) for piece in split_items(body, _shared_head(verbal)))
             if name and (not verbal or " " in name)]  # ("ability to work": no skill)
    return list(dict.fromkeys([name.replace("-and-in-writing", " and in writing")
                               for name in [*found, *named]]))


# A comma part that opens a clause, not the list's next item ("…, or of translating").
_CLAUSE_PART = re.compile(r"^(?:(?:and|or)\s+)?(?:of|in|to|with|by|from|on|at|as|including|"
                          r"\w+ly|which|who|that|where|while|when|if|for|under|"
                          r"you|your|they|their|we|our|it|"
                          r"and\s+(?:the|a|an|your|their)|or\s+(?:the|a|an))\b", re.IGNORECASE)
_MAX_LIST_PART = 4
_CONJUNCTION = re.compile(r"\s+(?:and|or)\s+")


def _listed(body: str) -> str:
    """``body`` up to its first comma part that is no list item (a clause or a long part)."""
    parts = body.split(",")
    kept = [parts[0]]
    for part in parts[1:]:
        part = part.strip()
        if not part or _CLAUSE_PART.match(part) or any(
                len(piece.split()) > _MAX_LIST_PART for piece in _CONJUNCTION.split(part)):
            break
        kept.append(part)
    return ", ".join(kept)


# (fixes81) A second part opening with an age or an interval before its head noun ("6-8 week
# reviews", "2-year checks"): the part before the conjunction names another of the same head
# ("new birth [reviews]"), cut off alone it names no skill.
_AGED_HEAD = re.compile(r"\d+(?:\s?[-–]\s?\d+)?[- ](?:day|week|month|year)s?\s+[a-z]+s\b")


def _shared_head(verbal: bool) -> Callable[[str], bool]:
    """Whether an "A and B" part shares B's head: one word before the conjunction (a
    participle, an adjective, or any word after a verb opener such as "ability to"), or a
    short pair of verbs ("Plan and organise work"); a named B ("Excel and Power BI") never."""
    def keep_whole(part: str) -> bool:
        first = part.split(" ", 1)[0].lower()
        pieces = re.split(r"\s+(?:and|or)\s+", part, maxsplit=1)
        if len(pieces) == 2 and _paired_modifiers(pieces[0], pieces[1]):
            return True  # ("carry out messy or unpleasant tasks": one object, two adjectives)
        if len(pieces) == 2 and _AGED_HEAD.match(pieces[1]):
            return True  # (fixes81) "new birth and 6-8 week reviews": one head, two ages
        if len(pieces) != 2 or len(pieces[0].split()) != 1 or len(pieces[1].split()) < 2:
            return False
        if all(word[:1].isupper() for word in pieces[1].split()):
            return False
        return (verbal or _MODIFIER_END.search(first) is not None
                or (len(part.split()) <= _SHORT_PAIR and _NOUN_END.search(first) is None
                    and not pieces[0].isupper()))  # ("GPS and marine radar": two)
    return keep_whole


def _paired_modifiers(left: str, right: str) -> bool:
    """Whether "left and/or right" joins two modifiers of one head noun: the word before the
    conjunction and the first of a two-word ``right`` both read as adjectives.

    >>> _paired_modifiers("carry out messy", "unpleasant tasks")
    True
    >>> _paired_modifiers("repair engines", "replace parts")
    False
    >>> _paired_modifiers("knowledge of plant pathology", "nursery hygiene")
    False
    """
    after = right.split()
    return (len(after) == 2 and _FIRST_MODIFIER.search(left.split()[-1].lower()) is not None
            and _SECOND_MODIFIER.search(after[0].lower()) is not None)


# Adjective endings of two modifiers sharing a head ("dirty or tiring", "messy or unpleasant").
# A "-y" only after a consonant adjectives end so ("heavy", "risky"; not "-ity", "-ety",
# "-ogy", "-ry", "-cy": "safety", "pathology", "nursery", "policy" are nouns); the second
# word may end in "-ant" too ("unpleasant"; not "plant").
_ADJECTIVE_ENDS = r"[sktvdlz]y(?<![ei]ty)|ing|ed|al|ive|ic|ous|ful|able|ible"
_FIRST_MODIFIER = re.compile(rf"(?:{_ADJECTIVE_ENDS})$")
_SECOND_MODIFIER = re.compile(rf"(?:{_ADJECTIVE_ENDS}|(?<!pl)ant)$")


def _item(piece: str) -> str:
    """One item's skill name, or "" when the piece is no noun phrase."""
    words = criteria_words()
    piece = _TRAILING_JOIN.sub("", piece)  # "…; AND" between a US notice's items
    name = _unqualified(_BRACKET_TAIL.sub("", piece).strip(" .,;"))  # "licence (C class)"
    tokens = name.split()
    if (not tokens or len(tokens) > _MAX_ITEM_WORDS
            or set(tokens) & _PRONOUNS or tokens[0] in _CAPITAL_PRONOUNS
            or tokens[0].lower() in words.pointers or not any(c.isalpha() for c in name)):
        return ""  # ("a related discipline", "their time": a pointer, no skill)
    if any(char.isdigit() for char in name) and not _CAPITALISED.match(name):
        return ""  # "3 years in a similar post": a figure, no skill
    tool = _IN_NAME.search(name)
    if tool is not None:
        return tool.group(1)  # "data in Excel": the tool named
    if tokens[-1].lower() in ("skills", "skill") and len(tokens) >= 3 and (
            tokens[-3].lower() not in ("and", "or", "&")):
        # "written and verbal communication skills"; "administrative and keyboard skills"
        # keeps its head: the bare modifiers name nothing
        name = " ".join(tokens[:-1])
    if tokens[0].lower() in words.generic_labels:
        return ""
    return name


# A bracket ending a criterion that lists two items or more after a product's capitalised
# name ("Advanced Excel (pivot tables, mail merge)"): the parts of the product used ("use of
# portals (entries, results)" lists what is done there, no skills).
_BRACKET_LIST = re.compile(r"\b[A-Z][\w+#.-]{1,30}(\s*\(([^()]*,[^()]*)\))$")


def _named_examples(text: str) -> list[str]:
    """The capitalised names after "in particular", "such as" … up to a clause mark."""
    head = re.split(r"[;:]|,\s+(?:and|or)\s+(?:the|a|an)\s|\s+[—–-]\s", text, maxsplit=1)[0]
    names = [re.sub(r"^(?:the|an?)\s+", "", part) for part in split_items(head)]
    if names and not _CLAUSE_PART.match(head) and all(
            0 < len(name.split()) <= _SHORT_EXAMPLE for name in names):
        return names  # "including PCR and sequencing": short examples, named or not
    return [name for name in names if name and _CAPITALISED.match(name)]


_SPECIALISED = re.compile(r"\bspeciali[sz]ed experience\b[^:]{0,200}?\b(?:includes?|including|"
                          r"such as|in)\s*:?\s*", re.IGNORECASE)
_STEP = re.compile(r"\s*(?:;\s*(?:AND|and|OR|or)?\s*|\bAND\b\s*)?\(?\d{1,2}\)\s*|;\s*(?:AND|OR)?\s*"
                   r"|\s+AND\s+")


def specialised_experience(sentence: str) -> list[str]:
    """The experience a US notice's "Specialized experience … includes: 1) A; AND 2) B"
    names, each cut at its first clause mark.

    >>> specialised_experience("Specialized experience includes: 1) Auditing payroll "
    ...                        "records; AND 2) Preparing variance reports for managers.")
    ['Auditing payroll records', 'Preparing variance reports']
    >>> specialised_experience("Specialized experience includes: 1) drafting site plans; "
    ...                        "AND 2) sampling soils with augers.")
    ['drafting site plans', 'sampling soils']
    """
    found = _SPECIALISED.search(sentence)
    if found is None:
        return []
    _, _, ends = _patterns()
    names: list[str] = []
    for part in _STEP.split(sentence[found.end():]):
        name = ends.sub("", part.strip(" .;")).strip(" .,;")
        name = re.split(r"\s+(?:for|to|of|at|with|using)\s+", name, maxsplit=1)[0]
        if 1 <= len(name.split()) <= _MAX_ITEM_WORDS and (
                name[:1].isupper() or name.split()[0].endswith("ing")):  # ("preparing …")
            names.append(name)
    return names
