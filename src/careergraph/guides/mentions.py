"""Facts stated inside prose: arrow chains, role statements, sectors, advancement roles and
hiring employers.  Each function reads one line and returns plain strings; the long-form parser
attaches sources.

All scanning is done with ``str.find`` and bounded loops (no backtracking regular
expressions), so arbitrary input stays linear.

>>> arrow_chain("The path: Junior Engineer → Engineer -> Senior Engineer. Pay varies.")
['Junior Engineer', 'Engineer', 'Senior Engineer']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from careergraph.guides.designations import held_designation
from careergraph.guides.employer_names import (
    names_a_kind,
    one_body,
    person_subject,
    town_after,
    whole_bodies,
)
from careergraph.guides.gazetteer import NEGATED_BEFORE, TOPICS_IN_FIELD
from careergraph.guides.headings import bundled_section
from careergraph.guides.industries import industry_name
from careergraph.guides.kind_asides import kind_asides
from careergraph.guides.labelled_employers import listed_workplace
from careergraph.guides.literals import LINE_CUES, AnyOf
from careergraph.guides.sector_frames import sector_pairs
from careergraph.guides.text import clean, split_items, split_sentences
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.workplace_kinds import CONDITION_HEADS, industry_by_ending, shared_heads

__all__ = ["advancement_roles", "arrow_chain", "hiring_employers", "lone_pairs",
           "role_statements", "section_names", "sectors", "without_towns"]

_ARROWS = ("->", "⇒", "=>", "⟶", "➔", "➜", "→")
PATH_LABEL = re.compile(r"(?i:\b(?:path|pathway|ladder|route|progression|track)"
                         r"(?: at a glance)?\s*:\s)")
# (anchor, strength): definitional statements beat passing mentions.
_ROLE_ANCHORS: tuple[tuple[str, int], ...] = (
    # an offer letter's or a contract's own words for the job it offers
    ("offer you the position of ", 3),
    ("offer you the role of ", 3),
    ("offer you the post of ", 3),
    ("offer you employment as an ", 3),
    ("offer you employment as a ", 3),
    ("appoint you to the post of ", 3),
    ("appoint you to the position of ", 3),
    ("the role of an ", 3),
    ("the role of a ", 3),
    ("to excel as an ", 2),
    ("to excel as a ", 2),
    ("the path to becoming an ", 2),
    ("the path to becoming a ", 2),
    ("to become an ", 2),
    ("to become a ", 2),
    ("career as an ", 1),
    ("career as a ", 1),
    ("the role of ", 1),
    ("demand for ", 1),
)
# (rules55b) A separation or settlement agreement's post whose employment ends ("Employee's
# employment as Payroll Clerk II in the Finance department will end on …", "The Employee has
# been employed by the Employer as Area Manager (North) since …"): the agreement's role, as
# strong as an offer's post.
_EMPLOYED_AS = re.compile(r"(?:\b(?:employee's|employee’s|your|his|her|their)\s+employment\s+as"
                          r"|\bhas\s+been\s+employed\s+by\s+(?:the\s+)?[A-Z][\w&.'’-]*"
                          r"(?:\s+[A-Z][\w&.'’-]*){0,3}\s+as)\s+(?:an?\s+)?(?=[A-Z])",
                          re.IGNORECASE)
# (rules36a) A colleague's move away before "to become a" ("moved across to become an
# Opposition Analyst at another club", "left to become"): where someone went, not the role.
_MOVED_ON = re.compile(r"\b(?:mov(?:ed|es|ing)|went|gone|left|leaving|leaves)"
                       r"(?:\s+(?:on|across|over|away|sideways))?\s+$")
_ANCHORS = AnyOf(anchor for anchor, _ in _ROLE_ANCHORS)  # (one scan: most lines hold none)
# A reference letter's post applied for ("recommend Jo Byrne for the Staff Nurse position",
# "… for the position of X"): the person's name, then the post, as strong as an offer.
_RECOMMENDED_FOR = re.compile(r"\brecommend(?:ing)?\s+(?:[A-Z][\w.'’-]*\s+){1,4}for\s+(?:the\s+"
                              r"(?:position|post|role)\s+of\s+(?:an?\s+)?|the\s+"
                              r"(?=[A-Z][^.]{0,80}?\s(?:position|post|role|vacancy)\b))")
_SECTOR_TRIGGERS = ("industry", "industries", "sector", "sectors", "domains")
# (rules46c) a post heading one unit called a sector ("the master of the welding sector")
_UNIT_SECTOR = re.compile(r"\b(?:head|chief|master|manager|director|leader|foreman)s?\s+of\s+"
                          r"the\s+[a-z][\w-]*\s+$")
_LIST_OPENERS = ("such as ", "including ", "like ", "e.g., ", "e.g. ", "(e.g., ", "(")
_LIST_END = ".;:)"
# Words that open a subordinate clause, never a name ("while others work", "whereas most").
_CLAUSE_OPENERS = frozenset({"while", "whilst", "whereas", "although", "though", "because",
                             "unless",
                             # (real30) "find jobs in general hospitals, but there are …"
                             "but"})
# Examples that are doings, a preposition before a gerund ("such as in making cement", "such
# as by laying roads"): what the industries do with a thing, no kinds of industry.
_DOING_EXAMPLE = re.compile(r"(?:in|by|for|when)\s+[a-z]{2,}ing\b")
_VERBS = frozenset(
    [
        "are",
        "is",
        "was",
        "were",
        "have",
        "has",
        "may",
        "might",
        "can",
        "could",
        "will",
        "would",
        "often",
        "to",
        "that",
        "which",
        "where",
        "who",
        "sectors",
        "industries",
        "employ",
        "hire",
        "run",
        "all",
    ]
)
_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "these",
        "those",
        "certain",
        "various",
        "many",
        "several",
        "other",
        "all",
        "multiple",
        "specific",
        "different",
        "key",
        "regulated",
        "most",
        "some",
        # (a list's open end, "… such as A, B and more": no sector)
        "more",
        "many more",
        "others",
        "so on",
        "the like",
    ]
)
_ADVANCE = (
    "advancement",
    "advance to",
    "promotion",
    "promoted to",
    "progress to",
    "move into",
    "move up to",
    "lead to",
    "leads to",
    "career path",
    "next role",
)
_HIRING = ("employers", "companies hiring", "hiring companies", "recruiters", "hiring",
           "companies", "corporations",
           "hirers")  # (an alumni page's "Recent hirers include A, B and C")


_CHAIN_WORDS = 8  # words of one step of an arrow chain, at most
_GLUED_CHAIN_LABEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
# (rules57c) A translated posting's ladder heading naming the firm, glued to the first rung
# ("Career Growth at Acme BuildTrainee Driver → Driver"): a label, no part of the rung.
_FIRM_PATH = re.compile(r"(?i:career\s+)?(?i:path|pathway|growth|progression|ladder)\s+"
                        r"(?i:at|with)\s+[A-Z].*(?<=[a-z])[A-Z][a-z]")
_STEP_ASIDE = re.compile(r"\s*\([^()]{1,60}\)")
# Pictographs at a step's edges ("🌱 Apprentice → … → 🏆 Owner"): decoration, no part of
# the step's title.
_STEP_ICONS = re.compile(r"^[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\uFE0F\u200D\s]+|"
                         r"[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\uFE0F\u200D\s]+$")
_CHAIN_VERB = re.compile(r"\s(?:is|are|was|goes|runs)\s")  # "… the ladder is A → B"
# A verb of going before a chain's first step, however short the sentence ("Most go trainee
# → technician → …": the step is "trainee"; carry44: "Our clients move A → B → C", "Most
# progress A → B", lower case only).
_GO_VERB = re.compile(r"\s(?:go|goes|went|move|moves|moved|progress|progressed|climb|"
                      r"climbed)\s")
# (rules43c) How often a chain is taken, after its verb ("The path is usually A → B"); the
# long-form path reader strips the same words (and "often") before a first step.
USUAL_ADVERBS = "usually|typically|generally|normally|commonly|mostly"
_CHAIN_VERB_OFTEN = re.compile(rf"(?:^|\s)(?:is|are|was|goes|runs)\s+(?:{USUAL_ADVERBS})\s",
                               re.IGNORECASE)
# A condition or time clause after a chain's last step ("… → head chef once you can run a pass").
_CLAUSE_AFTER_STEP = re.compile(r"\s(?:if|once|unless|when|whenever|until|provided)\s")
# A chain whose last arrow opens a choice told in words ("A → B → then either C or off the
# truck as D"): the choice's first branch is the chain's last step.
_EITHER_STEP = re.compile(r"\s*(?:then\s+)?either\s+(?:an?\s+)?([^,;()]+?)\s+or\s")


# "… → Head Porter, and the last two Head Porters went on to Bell Captain": the holders of
# the chain's top step went one rung further.
_WENT_ON = re.compile(r"(?P<step>[^,;]+?),?\s+and\s+(?:the\s+)?(?:(?:last|past|previous|recent|"
                      r"first)\s+)?(?:(?:two|three|four|five|few|several|\d+)\s+)?"
                      # (rules43c) or a share of them: "…, and some have gone on to be Y"
                      r"(?:(?P<people>[A-Z][\w'’ -]+?)|(?P<some>some|a\s+few|several|many|a\s+"
                      r"couple))\s+(?:have\s+)?(?:went|gone)\s+on\s+to\s+"
                      r"(?:become\s+|be\s+)?(?:an?\s+)?(?P<next>[^,;.]+)")


def _holders_of(people: str, step: str) -> bool:
    """``people`` is the plural of the title ``step`` ("Head Porters", "Foremen").

    >>> _holders_of("Head Porters", "Head Porter"), _holders_of("Night Clerks", "Head Porter")
    (True, False)
    """
    people, step = people.strip().casefold(), step.strip().casefold()
    plurals = {f"{step}s", f"{step}es", f"{step[:-1]}ies", f"{step[:-3]}men"}
    return people in plurals


# A post's specialism in a bracket at its end, capitalised words only ("(Shunting)",
# "(Mail/Express)").
_SIBLING_BRACKET = re.compile(r"(?<=\w) \((?:[A-Z][a-z]+)(?:[/ &][A-Z][a-z]+){0,2}\)\s*$")


# A route's last rung followed by one more ("…, often followed by Walling Contractor").
_FOLLOWED_BY = re.compile(r",\s+(?:(?:often|usually|sometimes|typically)\s+)?followed\s+by\s+"
                          r"(?:an?\s+)?(?P<next>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})")
# (recall12) A route's last rung and the one it leads to at last, told after a comma ("… →
# shift supervisor, and eventually works manager", "… → Sous Chef, then Head Chef."): the
# rung must end the sentence, a short name in the chain's own case, no clause ("…, then most
# move into sales" names none).
_THEN_ONWARD = re.compile(r",\s+(?:and\s+)?(?:then|eventually|finally|ultimately|later)\s+"
                          r"(?:(?:on\s+)?to\s+)?(?:an?\s+)?(?P<next>[A-Za-z][\w'’-]*"
                          r"(?:\s+[A-Za-z][\w'’-]*){0,3})\s*(?=[.;!?]|$)")
_NO_RUNG_WORDS = frozenset({"you", "your", "they", "their", "we", "our", "i", "he", "she", "it",
                            "most", "many", "some", "others", "people", "all", "the", "this",
                            "that", "there", "move", "moves", "go", "goes", "into", "is", "are",
                            "can", "may", "will", "own", "business", "more", "out", "up", "on",
                            "retire", "retires", "leave", "leaves", "become", "becomes"})
_BRACKET_STEP = re.compile(r"\s*\([^()]{1,40}\)\s*")
# (recall10) An aside between a chain's last step and the other post it offers ("… → Data
# Architect ($140,000–$180,000) or Data Manager (…)"): the step's pay or years, no end of the
# step; the "or" and its capitalised title after it are the chain's second top.
_ASIDE_BEFORE_OR = re.compile(r"\s*\([^()]{1,60}\)(?=\s+or\s+(?:an?\s+|the\s+)?[A-Z])")


# (rules51a) A rank, a comma and its field ("Director, Biostatistics", "VP, Engineering"),
# ending a sentence or the text: one post's name.
_RANK_FIELD = re.compile(r"(?:(?:Associate |Senior |Executive )?Director|Head|VP|Vice President|"
                         r"Chief)\s*, [A-Z][a-z]+(?: (?:and |& )?[A-Z][a-z]+)?(?=\s*(?:[.;]|$))")


def arrow_chain(text: str) -> list[str] | None:
    """Roles of an arrow chain ("A → B → C" or "A -> B"), or None if there is none; a
    sentence going on after the chain's last role ends it.

    >>> arrow_chain("Yes. Porter → lead porter → supervisor is normal in a year.")
    ['Porter', 'lead porter', 'supervisor']
    >>> arrow_chain("X → Senior X → Lead Claims Data Quality Analyst is usual in a few years.")
    ['X', 'Senior X', 'Lead Claims Data Quality Analyst']
    >>> arrow_chain("Deckhand → bosun → then either mate or ashore as a harbour pilot.")
    ['Deckhand', 'bosun', 'mate']
    >>> arrow_chain("Porter → Head Porter, and the last two Head Porters went on to Bell Captain.")
    ['Porter', 'Head Porter', 'Bell Captain']
    >>> arrow_chain("Most go trainee → technician → senior technician.")
    ['trainee', 'technician', 'senior technician']
    >>> arrow_chain("Our members move groom → head groom → stud manager.")
    ['groom', 'head groom', 'stud manager']
    >>> arrow_chain("Porter → (six months) → Head Porter")
    ['Porter', 'Head Porter']
    >>> arrow_chain("Route: Trainee Thatcher → Thatcher, often followed by Thatching Contractor.")
    ['Trainee Thatcher', 'Thatcher', 'Thatching Contractor']
    >>> arrow_chain("Senior Tester ($90k) → QA Architect ($120k) or QA Manager ($115k). Rare.")
    ['Senior Tester ($90k)', 'QA Architect or QA Manager']
    >>> arrow_chain("Path: Analyst → Senior Analyst → Director, Analytics. Many start as X.")
    ['Analyst', 'Senior Analyst', 'Director, Analytics']
    """
    for arrow in _ARROWS[:-1]:
        text = text.replace(arrow, "→")
    if text.count(" > ") >= 2:  # "Intern > Junior > Senior": ">" as an arrow
        text = text.replace(" > ", "→")
    for mark in (" › ", " ▸ "):
        if text.count(mark) >= 2 and PATH_LABEL.search(text.split(mark, 1)[0]):
            # "Our station path: A › B › C": a labelled path's angle quotes (a breadcrumb's,
            # "Home › Careers › X", name no rungs); (rules36a) a leaflet's small triangles
            # too, "Route at a glance: A ▸ B ▸ C"
            text = text.replace(mark, "→")
    parts = text.split("→")
    if "(" in text and any(_BRACKET_STEP.fullmatch(part) for part in parts[1:-1]):
        # (rules36b) "A → (apprenticeship) → B": how one gets between two rungs, no rung
        parts = [part for part in parts if not _BRACKET_STEP.fullmatch(part)]
    if len(parts) < 2:
        return None
    first = parts[0]
    for mark in (": ", ". ", "; ", "? ", "! "):  # ("Where can it go? The path is A → B")
        first = first.rsplit(mark, 1)[-1]
    if ":" in first or len(first.split()) > _CHAIN_WORDS or _FIRM_PATH.match(first):
        # (left56) a pasted label glued to the first rung: "Growth:porter → …", "How you
        # grow with usTrainee fitter → …" (its last word runs into the rung's capital)
        # ((rules57c) a heading naming the firm, "Career Path at Acme BuildTrainee Driver →")
        first = _GLUED_CHAIN_LABEL.split(first.rsplit(":", 1)[-1])[-1]
    if len(first.split()) > _CHAIN_WORDS:  # ("From adviser, the usual path is A → B")
        first = first.rsplit(", ", 1)[-1]
    if len(first.split()) > _CHAIN_WORDS:  # ("In the big practices the ladder is A → B")
        first = _CHAIN_VERB.split(first)[-1]
    first = _GO_VERB.split(first)[-1] if " go" in first or " went " in first or (
        " mov" in first or " progress" in first or " climb" in first) else first
    if "ly " in first:  # (rules43c) "The path is usually apprentice → …": after the adverb
        first = _CHAIN_VERB_OFTEN.split(first)[-1]
    last = parts[-1]
    went = _WENT_ON.match(last.strip()) if " on to " in last else None
    if went is not None and (went.group("some") is not None or _holders_of(
            went.group("people"), went.group("step"))):
        # "… > Head X, and the last two Head Xs went on to Y": its holders went a rung higher
        # (rules43c: "… → site manager, and some have gone on to be regional manager" too)
        parts = [*parts[:-1], went.group("step"), went.group("next")]
        last = parts[-1]
    if "(" in last and " or " in last:
        last = _ASIDE_BEFORE_OR.sub("", last, count=1)
    cut = len(last)
    # ("… → Loco Pilot (Mail/Express)": a bracket of words ending the chain names the
    # sibling post, as the steps before it print theirs; "… → Lead (after 5 years)" does not)
    sibling = _SIBLING_BRACKET.search(last) if last.rstrip().endswith(")") and any(
        _SIBLING_BRACKET.search(part.strip()) for part in parts[:-1]) else None
    onward = _FOLLOWED_BY.match(last, last.find(", ")) if ", " in last else None
    # (rules51a) "… → Director, Biostatistics. Many start …": a rank and its field after a
    # comma name one post, the comma no end of the step
    ranked = ", " in last and _RANK_FIELD.match(last.strip()) is not None
    for mark in (". ", ", ", "; ", " (", ":"):
        position = last.find(mark)
        if position != -1 and not (mark == " (" and sibling is not None) and not (
                mark == ", " and ranked):
            cut = min(cut, position)
    if onward is None and ", " in last and (then := _THEN_ONWARD.match(
            last, last.find(", "))) is not None and _onward_rung(then.group("next"), parts):
        onward = then
    onward = onward if onward is not None and onward.start() == cut else None
    last = last[:cut].rstrip(".")
    if onward is not None:  # (rules38b) "A → B → C, often followed by D (own business)"
        parts = [*parts[:-1], last, onward.group("next")]
        last = parts[-1]
    either = _EITHER_STEP.match(last) if "either " in last else None
    if either is not None and len(either.group(1).split()) <= _CHAIN_WORDS // 2:
        last = either.group(1)
    # ("… → superintendent if you like running work": the condition is no part of the step)
    last = _CLAUSE_AFTER_STEP.split(last, maxsplit=1)[0]
    verb = _CHAIN_VERB.search(last)  # ("A → B → C is normal in two seasons": C; a longer
    # sentence after the arrows, "Senior → Staff is the track after Lead for …", names no ladder)
    if verb is not None and len(parts) > 2 and len(last[: verb.start()].split()) <= (
            _CHAIN_WORDS // 2 + 2) and len(last[verb.end():].split()) <= _CHAIN_WORDS // 2 + 2:
        # (a long title before a short remark too: "… → Lead Platform Services Engineer is
        # normal in a few years"; "… is the track after Lead for engineers who …" is none)
        last = last[: verb.start()]
    chain = [clean(_STEP_ICONS.sub("", part)) for part in (first, *parts[1:-1], last)]
    # (a step's aside is no part of its length: "Senior X (after 3 years, ₹18–22 LPA)")
    if any(not part or len(_STEP_ASIDE.sub("", part).split()) > _CHAIN_WORDS for part in chain):
        return None
    return chain


def _onward_rung(name: str, parts: Sequence[str]) -> bool:
    """``name`` told after a chain's last step can be its next rung: no clause's word, and in
    the case the chain's steps are printed in ("shift supervisor, then works manager";
    "Sous Chef, then Head Chef").

    >>> _onward_rung("works manager", ["kiln hand", "shift supervisor"])
    True
    >>> _onward_rung("most move into sales", ["kiln hand", "shift supervisor"])
    False
    >>> _onward_rung("works manager", ["Kiln Hand", "Shift Supervisor"])
    False
    """
    words = name.split()
    if any(word.lower() in _NO_RUNG_WORDS for word in words):
        return False
    capitalised = [word[0].isupper() for part in parts[1:] for word in part.split()[:1]]
    if all(capitalised):
        return all(word[0].isupper() or word in {"of", "and"} for word in words)
    return not any(capitalised) and name.islower()


def role_statements(text: str, vocab: Vocabulary) -> list[tuple[int, str]]:
    """``(strength, title)`` for every statement naming a role, strongest kinds first.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> role_statements("A Lead MLOps Engineer is a senior role that combines", v)
    [(3, 'Lead MLOps Engineer')]
    >>> role_statements("The demand for Senior Data Engineers is robust", v)
    [(1, 'Senior Data Engineer')]
    >>> role_statements("I gladly recommend Sam Ode for the Staff Nurse position.", v)
    [(3, 'Staff Nurse')]
    """
    found: list[tuple[int, str]] = []
    stripped = text.lstrip()
    for article in ("A ", "An "):
        if stripped.startswith(article):
            title = vocab.role_title_at(stripped, len(article))
            rest = stripped[len(article) + len(title or "") :]
            if title and rest.startswith((" is ", " are ")):
                found.append((3, title))
    # a certificate's post held last ("held this designation") or all along ("throughout")
    if "designation" in text or "throughout" in text:
        held = held_designation(text, vocab)
        found.extend([(3, held)] if held else [])
    if "ecommend" in text:
        found.extend((3, title) for match in _RECOMMENDED_FOR.finditer(text)
                     if (title := vocab.role_title_at(text, match.end())))
    if "mployed by" in text or "mployment as" in text:
        found.extend((3, title) for match in _EMPLOYED_AS.finditer(text)
                     if (title := vocab.role_title_at(text, match.end())))
    lowered = text.lower()
    taken: set[int] = set()
    for anchor, strength in _ROLE_ANCHORS if _ANCHORS.search(lowered) else ():
        position = lowered.find(anchor)
        while position != -1:
            start = position + len(anchor)
            if start not in taken and not (anchor.startswith("to become")
                                           and _MOVED_ON.search(lowered, 0, position)):
                title = vocab.role_title_at(text, start)
                if title:
                    taken.add(start)
                    found.append((strength, title))
            position = lowered.find(anchor, position + 1)
    if "career as a" in lowered:
        found.extend((1, title) for match in _CAREER_AS.finditer(text)
                     if vocab.is_role_title(title := _capitalised(match.group(1))))
    return sorted(found, key=lambda item: -item[0])


def _capitalised(phrase: str) -> str:
    """``phrase`` with each word's first letter in capitals ("marine mechanic")."""
    return " ".join(word[:1].upper() + word[1:] for word in phrase.split())


# "a career as a powerline technician might be perfect for you": the career, in lower case,
# the subject of what is said of it (a capitalised title is read by the anchors above).
_CAREER_AS = re.compile(r"\bcareer\s+as\s+an?\s+([a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,3}?)\s+"
                        r"(?:might|could|may|would|can|is)\s+be\b")


# Words of a phrase that is no kind's name ("the segment of Healthcare", "the last 12 months").
_NOT_KIND_WORDS = frozenset({"of", "in", "for", "at", "on", "by", "with", "last", "past", "next",
                             "same", "other", "whole", "entire"})


# A list's last item that names no kind of its own ("… and related industries").
_KINDLESS = frozenset({"related", "other", "similar", "allied", "associated", "various"})


def _list_after(text: str, start: int) -> list[str]:
    end = start
    limit = min(len(text), start + 300)
    while end < limit and text[end] not in _LIST_END:
        end += 1
    items: list[str] = []
    for item in split_items(text[start:end]):
        words = _LIST_FILLER.sub("", item).split()
        for index, word in enumerate(words):
            if word.lower() in _VERBS:
                words = words[:index]
                break
        article = len(words) == 4 and words[0] == "the" and all(
            w.isalpha() and w.islower() and w not in _NOT_KIND_WORDS for w in words[1:])
        if article:
            words = words[1:]  # (an article is no word of it: "the building materials industry")
        elif len(words) > 1 and words[0] == "the" and words[1][:1].isupper():
            words = words[1:]  # (real29) "such as the Mining and Minerals Industry": no "the"
        if not words or len(words) > 3:
            break
        if len(words) == 1 and words[0].lower() in _KINDLESS:
            continue  # (real29) "Metal, Engineering and related industries": no kind
        items.append(" ".join(words))
        if article:
            break  # (a long item ends the list: "the civil service, category C": no more kinds)
    return items


def sectors(text: str) -> list[str]:
    """Sectors named in prose: "industries such as finance, healthcare, and e-commerce",
    "Finance, healthcare, and eCommerce sectors", "sectors (e.g., finance, healthcare)".

    >>> sectors("Industries such as finance, healthcare, and e-commerce are driving demand.")
    ['finance', 'healthcare', 'e-commerce']
    >>> sectors("Industry Demand: Finance, healthcare, and eCommerce sectors are driving demand")
    ['Finance', 'healthcare', 'eCommerce']
    >>> sectors("Salaries in our sector (survey 2025): analysts €40,000 – €52,000.")
    []
    >>> sectors("These sectors require experts")
    []
    >>> sectors("The work is in Healthcare, Mining and Retail. Most posts are in Public Health.")
    ['Public Health', 'Healthcare', 'Mining', 'Retail']
    >>> sectors("You find claims adjusters in Insurance and Healthcare.")
    ['Insurance', 'Healthcare']
    >>> sectors("Non-union employers in the metro area pay less.")
    []
    >>> sectors("A passport and the right to work in the U.S.")
    []
    """
    found: list[str] = []
    lowered = text.lower()
    for trigger in _SECTOR_TRIGGERS:
        position = lowered.find(trigger)
        while position != -1:
            end = position + len(trigger)
            boundary = (position == 0 or not lowered[position - 1].isalpha()) and (
                end >= len(lowered) or not lowered[end].isalpha()
            )
            if boundary and trigger == "sector" and _UNIT_SECTOR.search(
                    lowered, max(0, position - 40), position):
                # (rules46c) "the master of the welding sector (varilci)": a post over
                # one unit of a firm, its bracket the source's word, no examples of industries
                boundary = False
            if boundary:
                found.extend(_sectors_after(text, lowered, end))
                if trigger in ("sectors", "industries"):
                    found.extend(_sectors_before(text, position))
            position = lowered.find(trigger, position + 1)
    found.extend(_workplaces(text, lowered))
    if len(found) > 1 and " and " in lowered:
        found = _joined_pairs(found, lowered)
    return list(dict.fromkeys(item for item in found if item.lower() not in _DETERMINERS
                              and item.lower() not in _PAY_BASES  # "sector (base, per year)"
                              and not _DATED.search(item)  # "sector (survey 2025)": a source
                              # "employers in the metro area": a place, no sector
                              and item.lower().rsplit(" ", 1)[-1] not in _PLACE_NOUNS
                              # (real40) "work in positions of trust": a kind of post
                              and item.lower().split(" ", 1)[0] not in _POST_NOUNS
                              and any(c.isalpha() for c in item)  # "(86.4%)" is no sector
                              # (fixes72) "works in the family's home": one client's place
                              and not _ones_place(item, lowered)
                              and len(item) > 1))  # ("right to work in the U.S.": a country)


# A singular possessive opening a place ("family's home"; not "clients' homes").
_POSSESSED = re.compile(r"[a-z]+['’]s\s", re.IGNORECASE)


def _ones_place(item: str, lowered: str) -> bool:
    """Whether ``item`` is one party's own place, its singular possessive after an article
    in the text ("the family's home", "a client's premises"): where one job is done, no
    kind of workplace ("children's hospitals" is one).

    >>> _ones_place("family's home", "she works in the family's home")
    True
    >>> _ones_place("children's hospitals", "nurses work in children's hospitals")
    False
    """
    return _POSSESSED.match(item) is not None and re.search(
        rf"\b(?:the|a|an|their|your|his|her)\s+{re.escape(item.lower())}", lowered) is not None
_DATED = re.compile(r"\b(?:19|20)\d\d\b")  # a year names a source or a date, no sector


@cache
def _two_part_sectors() -> frozenset[str]:
    """Known sectors named by two parts joined by "and" ("Health Care and Social
    Assistance"), lowercase: the lexicon's sectors, the gazetteer's industries and the
    pairs the hiring data keeps whole ("printing and publishing")."""
    from careergraph.lexicon import load_lexicon  # (the lexicon loads the guides' data)
    lexicon = load_lexicon()
    names = [*lexicon.sector_names(), *(name for group in lexicon.gazetteer.sectors.values()
                                        for name in group)]
    from careergraph.guides.sector_frames import sector_pairs  # (fixes70: the data's pairs)
    return frozenset(name.lower() for name in names if name.count(" and ") == 1
                     and "," not in name) | sector_pairs()


def _joined_pairs(items: list[str], lowered: str) -> list[str]:
    """``items`` with two neighbours that are one known sector joined again ("health care",
    "social services" from "in health care and social services": one sector).

    >>> _joined_pairs(["health care", "social services", "education"],
    ...               "in health care and social services, and education")
    ['health care and social services', 'education']
    """
    known = _two_part_sectors()
    joined: list[str] = []
    for item in items:
        if joined and (pair := f"{joined[-1]} and {item}").lower() in known and (
                pair.lower() in lowered):
            joined[-1] = pair
        else:
            joined.append(item)
    return joined
_POST_NOUNS = frozenset({"position", "positions", "post", "posts", "role", "roles"})
_PLACE_NOUNS = frozenset({"area", "areas", "region", "regions", "city", "cities", "town",
                          "towns", "county", "counties", "district", "districts", "metro",
                          "neighbourhood", "neighborhood", "country", "state"})
# What a pay heading's bracket says of its figures ("Pay – private sector (base, per year)").
_PAY_BASES = frozenset({"base", "basic", "per year", "per annum", "a year", "gross", "net",
                        "annual", "hourly", "monthly", "pre-tax", "before tax", "after tax"})
# "work mainly in banking, hedge funds and insurance"; "companies in software and banking".
_WORK_IN = ("work in ", "work mainly in ", "work mostly in ", "works in ", "companies in ",
            "worked in ",  # a survey's "Respondents worked in A (58%), B (33%) and C"
            "employed in ", "employers in ", "work across ", "find work with ",
            "find work in ", "find jobs in ", "find employment in ", "find employment with ")
# "fabrication work in the workshop": "work" the noun of a task, where it is done named next.
# (in lower case: the "Evaluation" of a title before "work in" is no task)
# (rules46b: and a manner's adjective before it, "Safe work in the pit: …", "careful work in
# the loft": how the work is done, where it is done no industry)
_WORK_NOUN = re.compile(r"\b[a-z]{3,}(?:tion|ing|ance|ence) $|\b(?:[Ss]afe|[Cc]areful|[Aa]ccurate|"
                        r"[Tt]idy|[Nn]eat|[Pp]recise|[Cc]lean) $")
# (rules46c) Stages of a process after "the", named by action nouns and closed by "of" and
# the object worked on ("the selection, grading and drying of grain").
_STAGE = r"[a-z]{3,}(?:tion|sion|ing|ment|al)"
_PROCESS_STAGES = re.compile(rf"the\s+{_STAGE}(?:,\s+{_STAGE})*,?\s+(?:and|or)\s+{_STAGE}\s+of\s+")
# "Electricians perform skilled work in the installation …": "work" the object of a doing
# verb, a task whose kind is named next, no workplace.
# ("Record work in the daily job sheet", "log all work in the system": "work" the object
# of a recording verb, the record it goes in no workplace.)
_WORK_DONE = re.compile(r"\b(?:perform|performs|do|does|carry out|carries out|undertake|"
                        r"undertakes|record|records|log|logs|enter|enters|document|"
                        r"documents|note|notes|"
                        # (real35) "write up their work in reports and papers", "present
                        # their work at meetings": the work told, where it is told no workplace
                        r"write up|writes up|present|presents|publish|publishes|describe|"
                        r"describes|submit|submits)\s+(?:[\w-]+\s+){0,3}$"
                        # (rules38a) "ability to work in team and under the pressure": a
                        # requirement's manner of working, no workplace
                        r"|\b(?:ability|able|willing|willingness|readiness)\s+to\s+$")
# (rules38c) "experience in the aluminium works in the UAE": "works" a noun, a plant
# after a preposition and its article (no subject: "most of the team works in" stays)
_WORKS_NOUN = re.compile(r"\b(?:in|at|from|into|with|for|to)\s+(?:the|a|an)\s+"
                         r"(?:[a-z-]+\s+){1,2}$")
# "Hospitals, clinics and schools all employ RNs": the list that opens the sentence.
_EMPLOY = (" all employ ", " all run ", " all hire ", " employ most ", " all use ",
           " all recruit ")


# "Most jobs are in A, B and C": where the jobs are names industries, capitalised or not.
_JOBS_IN = ("jobs are in ", "jobs are mostly in ", "jobs are mainly in ", "roles are in ",
            "openings are in ", "employment is in ", "vacancies are in ",
            # "Openings are found in A and B", "This occupation is found in A"
            "jobs are found in ", "openings are found in ", "roles are found in ",
            "vacancies are found in ", "positions are found in ", "occupation is found in ",
            "role is found in ", "job is found in ",
            "posts are in ", "posts are mostly in ", "posts are mainly in ")
# "The work is in Healthcare, Mining and Retail", "Look for openings in Real Estate", "Our
# clients span Insurance and Education": industries only when every item is one by name
# ("The work is in ports and harbours, oil and gas" splits its pairs: left alone).
_WORK_IS_IN = ("the work is in ", "work is mostly in ", "work is mainly in ",
               "look for openings in ", "look for jobs in ", "look for roles in ",
               "clients span ", "clients are in ")
# An occupation sheet's "Workplaces are A, B and C": kinds of workplace, named at length
# ("special nursing homes for the elderly").
_WORKPLACES_ARE = ("workplaces are ", "workplaces include ", "places of work are ",
                   "places of work include ", "work settings are ", "work settings include ")
_WORKPLACE_WORDS = 6
_INDUSTRY_WORDS = 3
_ANY_WORKPLACE = LINE_CUES.member((*_WORK_IN, *_EMPLOY, *_JOBS_IN, *_WORK_IS_IN,
                                   *_WORKPLACES_ARE))  # (the row readers' shared pass)


def _industry(item: str) -> bool:
    """A capitalised item that names an industry by its noun's ending ("Legal Services")."""
    return industry_by_ending(item)


# "You find claims adjusters in Insurance and Healthcare": where the role's holders are met.
# (carry18a) "The work sits in Real Estate and Gaming": the same, said of the work.
_FIND_PEOPLE_IN = re.compile(r"\byou(?:'ll| will)? find (?:[a-z][\w-]* ){0,5}[a-z][\w-]*s in "
                             r"|\bthe work sits in ")


def _workplaces(text: str, lowered: str) -> list[str]:
    found: list[str] = []
    for met in _FIND_PEOPLE_IN.finditer(lowered) if (
            " find " in lowered or " sits in " in lowered) else ():
        items = _places_after(text, met.end())
        if items and all(i[:1].isupper() and _industry(i) for i in items):
            found.extend(items)  # (industries by name only, as "The work is in" below)
    if not _ANY_WORKPLACE.search(lowered):
        return found
    for trigger in _WORK_IN:
        if trigger == "worked in " and "%)" not in text:
            continue  # (a survey's past tense with shares only: "worked in A (58%), B …")
        position = lowered.find(trigger)
        while position != -1:  # every sentence's list ("… The rest work in …")
            if not (position > 0 and lowered[position - 1].isalpha()) and not (
                    _WORK_NOUN.search(text, max(0, position - 20), position)) and not (
                    _WORK_DONE.search(lowered, max(0, position - 50), position)) and not (
                    NEGATED_BEFORE.search(lowered, max(0, position - 30), position)) and not (
                    trigger == "works in " and _WORKS_NOUN.search(
                        lowered, max(0, position - 40), position)):
                # (not "Teamwork in", nor "fabrication work in the workshop": a task's room)
                if _PROCESS_STAGES.match(lowered, position + len(trigger)):
                    # (rules46c) "works in the selection, grading and drying of grain":
                    # the stages of one process on its object, no industries
                    position = lowered.find(trigger, position + len(trigger))
                    continue
                items = _share_items(text, position + len(trigger)) if "%)" in text else []
                if items:  # "worked in NHS units (58%), private clinic groups (33%) and …"
                    found.extend(items)
                    position = lowered.find(trigger, position + len(trigger))
                    continue
                items = _places_after(text, position + len(trigger))
                if items and items[0].rsplit(" ", 1)[-1].lower() in CONDITION_HEADS:
                    items = []  # (real33) "work in very uncomfortable locations, for example
                    # at heights or in enclosed spaces": the work's conditions, no sectors
                if _common_nouns(items) or (items and all(_industry(i) for i in items)):
                    # ("work in Automotive, Construction and Mining": industries by name)
                    found.extend(_strip_article(i) for i in items)
            position = lowered.find(trigger, position + len(trigger))
    for trigger in _JOBS_IN:
        position = lowered.find(trigger)
        if position != -1:  # "Most jobs are in Energy and Legal Services": industries, by name
            items = _places_after(text, position + len(trigger))
            found.extend(_strip_article(i) for i in items if i[:1].islower() or _industry(i))
    for trigger in _WORK_IS_IN:
        position = lowered.find(trigger)
        items = _places_after(text, position + len(trigger)) if position != -1 else []
        if items and all(i[:1].isupper() and _industry(i) for i in items):
            found.extend(items)
        elif position != -1:  # "The work is in ports and harbours, oil and gas, aquaculture …"
            found.extend(_comma_items(text, position + len(trigger)))
    for trigger in _WORKPLACES_ARE:
        position = lowered.find(trigger)
        if position != -1 and (position == 0 or not lowered[position - 1].isalpha()):
            items = _comma_items(text, position + len(trigger), words=_WORKPLACE_WORDS)
            if not items:  # "Workplaces are Retail, Public Health and Mining": industries by name
                items = _places_after(text, position + len(trigger))
                items = items if items and all(
                    i[:1].isupper() and _industry(i) for i in items) else []
            found.extend(items)
    for trigger in _EMPLOY:
        position = lowered.find(trigger)
        if position == -1:
            continue
        start = max(text.rfind(mark, 0, position) for mark in (". ", "; ", ": ", "\n"))
        clause = text[start + 2 if start != -1 else 0 : position]
        items = split_items(clause)
        if len(items) >= 2 and all(len(i.split()) <= 3 for i in items) and _common_nouns(
                items[1:]):
            found.extend(_strip_article(i) for i in items)
        elif trigger == " employ most " and len(items) == 1 and items[0][:1].isupper() and (
                _industry(items[0])):  # "Biotechnology employ most analysts": an industry
            found.append(items[0])
    return [item for item in found if item]


def _comma_items(text: str, start: int, *, words: int = _INDUSTRY_WORDS) -> list[str]:
    """The lower-case places of a list whose commas part its items, so that a pair before the
    last comma stays one place ("ports and harbours, oil and gas, aquaculture and civil
    construction (bridge piles)": four); [] unless there are three or more short items, none
    a clause, a condition ("hot, dusty and noisy conditions") or a determiner's phrase."""
    listed = re.split(r"[.;:!?(]", text[start:start + 300], maxsplit=1)[0]
    parts = [part.strip() for part in listed.split(",")]
    last = re.sub(r"^(?:and|or)\s+", "", parts[-1])
    pair = last.lower() in sector_pairs()
    tail = [last] if pair else [p.strip() for p in re.split(r"\s+(?:and|or)\s+", last, maxsplit=1)]
    items = [*parts[:-1], *tail]
    # (a longer place may hold "for"/"with" after its first word: "homes for the elderly")
    if len(items) < 3 or _CONDITIONS.search(listed) or not all(
            0 < len(item.split()) <= words and item[:1].islower()
            and not any(w in _VERBS for w in item.lower().split())
            and not any(w in _NOT_PLACE for w in item.lower().split()[
                :None if words <= _INDUSTRY_WORDS else 1])
            for item in items):
        return []
    return items


def _share_items(text: str, start: int) -> list[str]:
    """The places of a survey's "worked in A (58%), B (33%) and C (9%)", each share closing
    one item (so "university or research labs" stays whole); [] unless the list opens at
    ``start`` and holds two or more short items, each a place (no clause)."""
    items: list[str] = []
    at = start
    for share in _SHARE_ASIDE.finditer(text, start):
        piece = _SHARE_JOIN.sub("", text[at:share.start()]).strip()
        words = piece.split()
        if not words or len(words) > _SHARE_WORDS or any(c in piece for c in ".;:!?") or any(
                w.lower() in _VERBS or w.lower() in _NOT_PLACE for w in words):
            break  # (the list has ended: a clause or the next sentence)
        items.append(piece)
        at = share.end()
    return items if len(items) >= 2 else []


_SHARE_JOIN = re.compile(r"^\s*,?\s*(?:(?:and|or)\s+)?")
_SHARE_WORDS = 5


_LIST_OPENER = re.compile(r"(?:either|include|includes)\s+", re.IGNORECASE)


def _places_after(text: str, start: int) -> list[str]:
    """The places a "work in" list names, up to its first item that is not one: "a
    workshop, using chisels, …" names no sector, and a verb ends the list."""
    if "%)" in text:  # "A (58%), B (33%) and C (9%)": a survey's shares, no part of a name
        text = text[:start] + _SHARE_ASIDE.sub("", text[start:])
    end = start
    while end < min(len(text), start + 300) and text[end] not in _LIST_END:
        end += 1
    # The named examples of a kind are employers, read elsewhere; the kinds around them
    # still make the list ("chains such as A and B, in clinics, or for lens makers").
    listed = text[start:end]
    # (real35) "work in either A or B": the choice's word; "The sectors they work in include
    # A, B": the relative clause's verb, then its list
    listed = _LIST_OPENER.sub("", listed, count=1) if listed[:1] in "eiEI" else listed
    listed = _EXAMPLE_NAMES.sub("", listed) if " " in listed else listed
    listed = _AGAIN.sub(r"\1", listed)
    listed = _OR_SHARED.sub(r"\1\2 \4 or \3 \4", listed)
    items = _list_after(listed, 0)
    raw = split_items(listed)
    if raw and _CONDITIONS.search(raw[-1]):
        return []  # "work in dusty, noisy and hot conditions": how, not where
    kept: list[str] = []
    for item, whole in zip(items, raw, strict=False):
        first = whole.split()[0].lower() if whole.split() else ""
        if first in _NOT_PLACE or (kept and first.endswith("ing") and first not in _SECTOR_ING):
            break
        if item not in (whole, _strip_article(whole)):
            break  # "saws to turn …", "while others run …": a clause, the list has ended
        if _strip_article(item).lower() == "field":
            # (real35) "Some work in the field, some in offices": out of doors
            # ((carry46) "inspects work in the field and keeps records": what follows "the
            # field and" is the sentence's next verb, no place)
            if re.match(r"\s*and\s+[a-z]+s\s", listed[listed.find(whole) + len(whole):]):
                break
            continue
        if _strip_article(item).split(" ", 1)[0].lower() in _SCOPE_WORDS:
            break  # (carry46) "works in the whole process": the work's extent, no place
        kept.append(item)
    return shared_heads(kept, listed)


_SHARE_ASIDE = re.compile(r"\s*\(\d{1,3}(?:\.\d)?\s?%\)")
# One singular word, "or", a modifier and a plural head ("radiotherapy or oncology clinics"):
# the head is shared, two kinds of clinic; a plural first word ("hospitals or oncology
# clinics") is a place of its own.
_OR_SHARED = re.compile(r"(^\s*|,\s*)([a-z]+[^s\W]) or ([a-z]+) ([a-z]+s)\b(?=\s*(?:[.,;]|$))")
_EXAMPLE_NAMES = re.compile(r",?\s+(?:such as|like|including)\s+(?:the\s+)?[A-Z][^,]*")
# A preposition repeated before a later item ("…, in private clinics, or for lens makers").
_AGAIN = re.compile(r"(,\s*(?:or\s+|and\s+)?)(?:in|at|for)\s+(?=[a-z])")
# What a "work in" list describes when it names no workplace.
_CONDITIONS = re.compile(r"\b(?:conditions|environments?|weather|temperatures|shifts|heat|"
                         r"cold|teams|pairs|silence|comfort)\b")
# Words that open no sector: "a workshop", "this job", "while others run …".
_NOT_PLACE = frozenset({"a", "an", "this", "that", "these", "those", "your", "their", "his",
                        "her", "its", "our", "while", "whereas", "but", "others", "some",
                        "with", "for", "by", "on", "at", "from",
                        # (carry46) "the people who work in it": a pronoun names no place
                        "it", "them", "there"})
# (carry46) The extent of the work after "work in" ("the whole process", "the entire chain").
_SCOPE_WORDS = frozenset({"whole", "entire"})


# Sector names that are -ing words ("mining and manufacturing").
_SECTOR_ING = frozenset({"mining", "manufacturing", "banking", "engineering", "publishing",
                         "consulting", "accounting", "farming", "shipping", "retailing",
                         "catering", "nursing", "broadcasting", "gaming", "advertising",
                         "marketing", "teaching", "printing", "plumbing", "building",
                         "housing", "logging", "fishing", "trucking", "warehousing"})


def _common_nouns(items: list[str]) -> bool:
    # Sectors are common nouns ("hospitals", "hedge funds", "FMCG"); capitalised names are
    # companies.
    return all(item[:1].islower() or item.startswith("the ")
               or (item.isupper() and len(item) <= 5) for item in items)


def _strip_article(item: str) -> str:
    for article in ("the ", "The "):
        if item.startswith(article):
            return item[len(article):]
    return item


# A capitalised word in brackets inside a name, the name going on after it ("Industry
# (General) Award", "Industries (Safety) Act"); (rules50c) or a bracket naming one thing
# with its article ("the transport and logistics sector (the Transport and Logistics CAO)":
# the sector's agreement, no examples of industries).
_NAME_BRACKET = re.compile(r"\s*\((?:[A-Z][\w&' -]{0,30}\)\s+[A-Z]|the\s+[A-Z])")


# (fixes76) A relative clause of up to four words between the kind word and "include" ("that
# include", "that always need welders include"), or "include" and a stop (";", ":").
_THAT_INCLUDE = re.compile(r"(?:\s+(?:that|which)(?:\s+[a-z-]+){0,4}?)?\s+includes?"
                           r"(?:\s*[;:]\s*|\s+)(?=[a-z])")
# A list's filler after its last item ("… and fabrication shops among many others").
_LIST_FILLER = re.compile(r"\s+(?:among(?:st)?\s+(?:many\s+)?others|and\s+many\s+others|"
                          r"and\s+so\s+on|etc\.?)$")


def _sectors_after(text: str, lowered: str, end: int) -> list[str]:
    # "industries such as X, Y" / "sectors (e.g., X, Y)" / "across industries including X"
    window = lowered[end : end + 40]
    if _NAME_BRACKET.match(text, end):
        return []  # "the Hospitality Industry (General) Award": a name's bracket, no examples
    if TOPICS_IN_FIELD.search(lowered, max(0, end - 90), end):
        return []  # "problems in the farming industry including irrigation": the topics'
    for opener in _LIST_OPENERS:
        position = window.find(opener)
        if position != -1 and not window[:position].strip(" ,"):
            if _DOING_EXAMPLE.match(text, end + position + len(opener)):
                return []  # "industries, such as in making cement": a use, no sector
            return _list_after(text, end + position + len(opener))
        if opener == "(" and position != -1:
            continue
    relative = _THAT_INCLUDE.match(lowered, end, end + 60) if (
        "includ" in lowered[end:end + 60]) else None
    if relative is not None:
        # (fixes76) "sectors that include A, B …", "Industries that always need welders
        # include; A, B": the kinds after a relative clause, or after "include" and a stop
        window = " include " + lowered[relative.end():relative.end() + 40]
        end = relative.end() - len(" include ")
    if window.startswith((" include ", " includes ")):
        # "Common industries include A, B and C" (not "… include a mix of …": no name)
        start = end + len(window.split(maxsplit=1)[0]) + 1
        items = _list_after(text, start)
        if items and items[0].split()[0].lower() not in _DETERMINERS:
            return items
    return []


_INNER_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "our"})


def _sectors_before(text: str, position: int) -> list[str]:
    # "Finance, healthcare, and eCommerce sectors": the clause before the word.
    start = max(text.rfind(mark, 0, position) for mark in (":", ";", ".", "(", "\n"))
    clause = text[start + 1 : position]
    if " and " not in clause and " or " not in clause:
        return []
    if ")" in clause:
        return []  # (real52) "experience (paid or voluntary) in relevant sectors such as …":
        # a bracket closed before the word, its alternatives no kinds of the word
    items = split_items(clause)
    if len(items) < 2 or any(len(item.split()) > 3 for item in items):
        return []
    if any(item.split()[0].lower() in _DETERMINERS for item in items):
        return []
    if any(word in _INNER_DETERMINERS for item in items for word in item.lower().split()[1:]):
        return []  # (rules38a) "cutting and assembling the aluminium sectors": a task's
        # object (a translator's "sectors" for profiles), no industries
    if any(len(words := item.split()) > 1 and words[0].lower().endswith("ing") and (
            words[1].lower() not in _INDUSTRY_NOUNS and not words[1].endswith("ing"))
           for item in items):
        return []  # (real35) "improving performance and safety in transport industries": a
        # task done in them (a gerund and its object), no list of industries
    return [item for item in items if item.lower() not in _KINDLESS]  # ("… and related")


# Second words that keep a gerund first word a sector's name ("mining and oil industries" is
# one word each; "printing services and publishing industries").
_INDUSTRY_NOUNS = frozenset({"services", "service", "and", "goods", "products", "equipment",
                             "supplies"})


def advancement_roles(text: str, vocab: Vocabulary) -> list[str]:
    """Role titles listed as advancement targets in prose.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> advancement_roles("Clear career advancement paths (e.g., AI Operations Manager, "
    ...                   "Head of AI Infrastructure)", v)
    ['AI Operations Manager', 'Head of AI Infrastructure']
    """
    lowered = text.lower()
    if not any(word in lowered for word in _ADVANCE):
        return []
    if any(cue in lowered for cue in _CHANGERS):
        # "… can advance to A. Career changers (e.g. trained B or C) can shorten the
        # apprenticeship": the changers' titles come into the role, no advancement
        text = " ".join(sentence for sentence in split_sentences(text)
                        if not any(cue in sentence.lower() for cue in _CHANGERS))
    return vocab.enumerated_roles(text)


# A sentence about people coming into the role from other trades, in an advancement
# paragraph: its titles are no targets.
_CHANGERS = ("career changers", "lateral entrants", "shorten the apprenticeship",
             "shorten the training",
             # (rules53a) a bid posting's "Promotions from a lower class (A, B) are placed at
             # …": the lower classes' holders come into the role
             "from a lower class")


def without_towns(text: str) -> str:
    """A list of firms without the town in brackets after each (rules33c); two brackets or
    more say it is such a list.

    >>> without_towns("A Inc. (Calgary), B Enquêtes (Montréal), C Group (Ottawa)")
    'A Inc., B Enquêtes, C Group'
    >>> without_towns("Harbour Dental (Napier)")
    'Harbour Dental (Napier)'
    >>> without_towns("Kennet Hospital (Wessex Health), Ash Clinic (Leeds), Oak Clinic (York)")
    'Kennet Hospital (Wessex Health), Ash Clinic, Oak Clinic'
    """
    if text.count("(") < 2 or len(_TOWN_NOTE.findall(text)) < 2:
        return text
    # (an owner's name in the bracket stays: "Kennet Hospital (Wessex Health)")
    return _TOWN_NOTE.sub(lambda m: m.group() if m.group().rstrip(")").split()[-1].lower() in (
        _parent_tails()) else "", text)


def hiring_employers(text: str, vocab: Vocabulary) -> list[str]:
    """Companies named as hiring ("Top employers include Google, Meta and Stripe").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> hiring_employers("Top employers include Google, Meta, and Stripe.", v)
    ['Google', 'Meta', 'Stripe']
    >>> hiring_employers("Companies like DataRobot lead in automated ML platforms.", v)
    []
    >>> hiring_employers("Private employers such as Quillon Health pay £41,000–£49,000.", v)
    ['Quillon Health']
    >>> hiring_employers("Large employers such as Tarn Foods and Velo Rail hire every spring.", v)
    ['Tarn Foods', 'Velo Rail']
    """
    lowered = text.lower()
    engaged = _ENGAGED_BY.search(text) if (" by " in lowered or " for " in lowered) and (
        "engag" in lowered or "hir" in lowered or "employ" in lowered) else None
    if engaged is not None:
        # (rules33c) "Productions engaging guild X in 2025–26 included shoots by A, B and
        # C": the firms whose productions took the role on
        return [name for item in split_items(_until_stop(text[engaged.end():]))
                if (name := _PAY_VERB.sub("", item))[:1].isupper() and len(name.split()) <= 5]
    for trigger in _HIRING:
        position = lowered.find(trigger)
        if position == -1:
            continue
        tail = text[position + len(trigger) :]
        openers: tuple[str, ...] = (" include ", " including ", " such as ", " like ", ": ",
                                    " are ")
        if trigger == "companies":
            # "Companies with well-known ladders include A, B": only "include" after a clause.
            found = tail.lower().find(" include ", 0, 60)
            tail, openers = (tail[found:], (" include ",)) if found != -1 else ("", ())
        for opener in openers:
            if tail.lower().startswith(opener):
                kept: list[str] = []
                for item in split_items(_until_stop(tail[len(opener) :])):
                    name = _PAY_VERB.sub("", item)  # ("such as A pay £48,000": A)
                    if name.count("(") > name.count(")"):
                        continue  # (rules33c) "Hiring: CLT (Effective) | …": a field's value
                        # cut inside its bracket, no name read whole
                    if name[:1].isupper() and len(name.split()) <= 4 and not (town_after(
                            name, kept) and name not in vocab.employers):
                        # ("Lagoon Imaging Centre, Ikeja": its town; "Swiftline Networks,
                        # Amazon": a known firm)
                        kept.append(name)
                return kept
    return []


# A sentence on the productions or projects that engaged the role, then the firms behind them
# ("Productions engaging guild X included shoots by A, B and C").
_ENGAGED_BY = re.compile(r"\b(?:productions|projects|shoots|films)\s+(?:engaging|hiring|employing|"
                         r"that (?:engaged|hired|employed))\b[^.;:]{0,80}?\b(?:included?|were)\s+"
                         r"(?:(?:shoots|productions|projects|films|work)\s+)?(?:by|for|from)\s+"
                         r"(?=[A-Z])", re.IGNORECASE)
# A verb and a figure after a listed name ("Private employers such as A pay £48,000"), or a
# hiring verb ("… such as A and B hire regularly"): the sentence's predicate, no part of the
# name.
_PAY_VERB = re.compile(r"\s+[a-z][\w-]*\s+(?:(?:about|around|up to|from|over)\s+)?"
                       r"[$£€₹¥]?\d.*$|\s+(?:all\s+)?(?:hire|recruit|employ|take on|are hiring|"
                       # ("corporations such as A and B operate many sites")
                       r"are recruiting|operate|run)\b.*$")


def _until_stop(text: str) -> str:
    end = 0
    limit = min(len(text), 300)
    while end < limit and text[end] not in ";:)":
        if text[end] == "." and (end + 1 >= len(text) or text[end + 1] == " "):
            break
        end += 1
    return text[:end]


# Where a clause of an employers/sectors sentence ends: "Large employers include A, B and C",
# "A, B and C hire …", "names that come up are A and B", "… such as A, plus B".
_CLAUSE = re.compile(r"((?:\s+(?:include|including|such as|like|are|is|(?:(?:all|also|regularly|"
                     r"often|usually|still)\s+)?(?:"
                     # ("PA hire firms", "plant hire companies": a kind of firm, no verb)
                     r"hire(?!\s+(?:firms?|compan(?:y|ies)|shops?|businesses|depots?)\b)|"
                     # "A, B and C all put new tenders on each year", "… take on trainees",
                     # "… and D regularly advertise"
                     r"hires|employ|employs|run|runs|put|puts|take on|takes on|recruit|"
                     r"recruits|advertise|advertises)|plus|e\.g\.,?|in|at|"
                     # "received job offers from A, B and C", "were sponsored by A and B"
                     r"offers\s+from|(?:hired|sponsored|employed|recruited)\s+by))+"
                     r"(?:\s+|(?=\.?$))|"  # ("… and D regularly advertise." ends the sentence)
                     # (a company's legal form ends no clause: "Fabryka Sp. z o.o., …")
                     # ((fixes99) nor "Co." before its "Ltd": "Nicholson & Co. Ltd")
                     r"[:;()—–]\s*|(?<!\bSp)(?<!\bo\.o)(?!(?<=\bCo)\.\s+(?:Ltd|Limited|LLC|"
                     r"Inc|GmbH|KG|LLP|Pty)\b)\.(?:\s+|$)|\s-\s"
                     # "…, and D, as well as for NDIS providers": the list of names ends
                     r"|,?\s+as well as(?:\s+(?:for|at|in|with|by))?\s+)")
# Where a listed employer is ("Harbour Dental (Napier, HB)", "Kestrel Repairs (Mackay QLD)"):
# a town and a region code in brackets, no name of its own.
_PLACE_NOTE = re.compile(r"\s*\((?:[A-Z][a-z][\w.'-]*,?\s+){1,3}[A-Z]{2,3}\)")
# A firm's town in brackets in a list of firms ("B Enquêtes (Montréal), C (Ottawa)").
_TOWN_NOTE = re.compile(r"\s*\([A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?\)(?=\s*(?:,|$|\s+and\b))")
_HIRES = re.compile(r"\b(?:hire|hires|employ|employs)\b")
# (rules36b) A listed workplace's owner or operator in a bracket after it ("Spire Hospital
# (Spire Healthcare), …"): capitalised words ending in an organisation's word.
_PARENT_ORG = re.compile(r"(?<=[a-z.])\s+\((?P<org>[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){1,5})\)"
                         r"(?=\s*(?:,|$|\s+and\b|\s+or\b))")


def _parent_apart(match: re.Match[str]) -> str:
    """``A (Parent Health)`` as ``A, Parent Health`` when the bracket ends in an
    organisation's word (``listings.parent_org_tails``); any other bracket as it is.

    >>> _PARENT_ORG.sub(_parent_apart, "Kennet Hospital (Wessex Health), Ash Clinic (Leeds)")
    'Kennet Hospital, Wessex Health, Ash Clinic (Leeds)'
    """
    org = match.group("org")
    return f", {org}" if org.split()[-1].lower() in _parent_tails() else match.group()


@cache
def _parent_tails() -> frozenset[str]:
    """Last words of a bracketed owner's name (``listings.parent_org_tails``)."""
    return frozenset(str(w).lower() for w in bundled_section("listings").get(
        "parent_org_tails") or ())


def _one_employer(name: str, vocab: Vocabulary) -> bool:
    """A lone Capitalised name that hires: a company, not a role, a sector or a pronoun."""
    words = name.split()
    return (0 < len(words) <= _NAME_WORDS and all(w[:1].isupper() or w in ("&", "of")
                                                      for w in words)
            and name.lower() not in {s.lower() for s in vocab.sectors}
            and words[0].lower() not in _NOT_SECTOR and not vocab.is_role_title(name)
            and words[0] not in ("They", "We", "You", "It", "Most", "Many", "Some", "Who"))


_NAME_WORDS = 4
# (fixes68) How a worker is engaged, or the bare verb of a clause "… or work in X": no kind.
_MANNER = re.compile(r"(?i:self[- ]employed|freelanc(?:e|ers?|ing)|work(?:s|ing)?)")
_WORK_LEAD = re.compile(r"^(?i:work(?:s|ing)?)\s+(?:for|in|at|with|from|on)\s+(?:the\s+)?")
# A workplace named by its size alone ("small firms", "larger companies"): no kind.
_SIZE_ONLY = re.compile(r"(?i:(?:very\s+)?(?:small|smaller|large|larger|big|bigger|tiny|"
                        r"medium(?:-sized)?|small-sized|mid-sized|large-scale)\s+(?:firms?|"
                        r"compan(?:y|ies)|businesses|employers|outfits|organi[sz]ations))")
_NOT_SECTOR = frozenset({"for", "this", "that", "the", "a", "an", "with", "to", "of", "by",
                         "mostly", "mainly", "also", "most", "many", "some", "these", "those",
                         # (a relative clause cut at its verb: "Lena works for Marta, who
                         # runs …" lists nothing)
                         "who", "which", "whose", "whom",
                         # a sentence adverb ("There, pay is set by …"): a clause of prose
                         "there", "here",
                         # a clause of prose about the reader or the body ("As a X, you can
                         # work", "The Service is then split into regions and districts")
                         "then", "you", "we", "they"})
# What a clause's examples are, when no kind of workplace ("pay set on factors such as
# seniority and licensing"): the examples after it name no sector.
_NOT_WORKPLACES = frozenset({"factors", "considerations", "criteria", "things", "aspects",
                             "variables", "qualities", "skills", "elements"})
_DESCRIBING = frozenset({"all", "both", "each", "every"})
# A kind of employer and the sites it works on ("Mechanical contractors on refineries, power
# plants and data centers"): the kind, then the first site, are sectors each; a bare
# "Contractors" is the list's generic head, no sector of its own.
_KIND_ON_SITES = re.compile(r"^(?P<kind>(?:[A-Za-z][\w-]*\s+)?(?i:contractors|subcontractors|"
                            r"firms|companies|crews|outfits))\s+on\s+(?P<site>[a-z][\w -]*)$")


def _kind_on_sites(items: list[str]) -> list[str]:
    """The items with a first one of the form "<kind> on <site>" parted (``_KIND_ON_SITES``).

    >>> _kind_on_sites(["Mechanical contractors on refineries", "power plants"])
    ['Mechanical contractors', 'refineries', 'power plants']
    >>> _kind_on_sites(["Contractors on bridges", "stadiums"])
    ['bridges', 'stadiums']
    >>> _kind_on_sites(["Crews on Monday", "stadiums"])
    ['Crews on Monday', 'stadiums']
    """
    match = _KIND_ON_SITES.match(items[0]) if items else None
    if match is None:
        return items
    kind = match.group("kind")
    return [kind] * (" " in kind) + [match.group("site")] + items[1:]
# Nouns that say "organisations of this kind" after a sector ("accounting firms").
_GENERIC = frozenset({"firms", "firm", "companies", "company", "departments", "department",
                      "agencies", "agency", "suppliers", "makers", "organisations",
                      "organizations", "businesses", "providers", "employers", "sector",
                      "sectors", "industry", "industries", "teams", "outfits",
                      "outfit", "enterprises", "enterprise"})
# (prec14: "enterprises" too: "manufacturing enterprises" are the manufacturing industry)
# ... of which these are never part of a kind's name, known industry or not ("fuel-hauling
# outfits": the fuel-hauling trade; "catering companies" may be the name of a kind)
_SLANG_KINDS = frozenset({"outfits", "outfit"})
# Adverbs that end a clause before its verb ("A and B also hire", "A and B often recruit").
_TRAILING_ADVERB = re.compile(r"(?:\s+(?:also|often|regularly|usually|sometimes|both|all|"
                              r"now|still|too))+\s*$")
_OPENING_IN = re.compile(r"(?:In|in)\s+(?:the\s+)?(?=\S)")
# Whom a kind of workplace serves ("residential centres for minors"): the kind is known alone.
_FOR_WHOM = re.compile(r"\s+for\s+[a-z]+(?:\s[a-z]+)?$")
_FILLERS = ("mostly ", "mainly ", "largely ", "and ", "or ", "also ", "especially ",
            "particularly ")


# Under an employers heading, a kind of organisation and one named example ("consulting
# firms such as Strata Geoscience Consultants"): the example employs the role.
_KIND_SUCH_AS = re.compile(r"\b(?:firms|companies|consultancies|agencies|employers|contractors|"
                           r"organi[sz]ations|operators|groups|practices)\s+(?:such as|like)\s+"
                           r"([A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|&|of))*)\.?\s*$")


# A kind of workplace in lower case, then its examples by name, inside a list ("national
# brokerages such as L&C and Mojo").
# (a kind may be an acronym's plural: "NGOs such as A and B")
_EXAMPLED = re.compile(r"(?:(?<=^)|(?<=,\s)|(?<=\band\s))((?:[a-z][a-z'-]+|[A-Z]{2,5}s)"
                       r"(?:\s[a-z][a-z'-]+){0,3}"
                       r"\s+(?:such as|like)\s+[A-Z][^,;.()]*?)(?=,|;|\.\s|\.$|$)")
_BRACKETED_KIND = re.compile(r"(?:(?<=^)|(?<=,\s)|(?<=\band\s))([A-Za-z][a-z'-]+(?:\s[a-z][a-z'-]+)"
                             r"{0,3})\s*\(([A-Z][^()]*)\)")
# Kinds of employer in the industries named after them, at a list's end ("…, and firms across
# Energy and Retail."): those industries are sectors.
_ACROSS = re.compile(r"(?:,\s*|\s+and\s+|^)(?:firms|companies|employers|businesses|"
                     r"organi[sz]ations)\s+(?:across|in)\s+(?:the\s+)?([A-Z][^.;:()]*?)\.?$")
_ACROSS_JOIN = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s+&\s+")
_EXAMPLED_KINDS = 2  # kinds with examples that make a list of kinds and their names
_JOINER = re.compile(r"^(?:and|or)\s+")  # (", and foundations such as A": the kind)
_EMPTY_ITEM = re.compile(r",\s*(?=,)")  # the comma a list's removed item leaves
_SECTOR_WORDS = 4
_LONG_NAME = 6
_NAME_JOINS = frozenset({"of", "and", "&", "for", "the", "de", "du", "la", "le", "des"})


def _bare_kind(item: str) -> str:
    """``item`` without its generic tail ("accounting firms" -> "accounting")."""
    words = item.split()
    while len(words) > 1 and words[-1].lower() in _GENERIC:
        words.pop()
    return " ".join(words)


def _kept_kind(item: str) -> bool:
    """``item`` names a kind of employer by a plural head that is no generic tail, after a
    modifier ("locksmith shops", "hardware stores"): read whole in any list.  (A generic
    tail after an unknown word, "FDI enterprises", shows no such thing: "manufacturing
    enterprises" beside it is still the manufacturing industry.)"""
    words = item.split()
    return (len(words) >= 2 and words[-1].islower() and words[-1].endswith("s")
            and words[-1] not in _GENERIC)


def _sector_reading(item: str, vocab: Vocabulary, sibling_kinds: list[str]) -> str:
    """The sector a listed ``item`` gives: without its generic tail when the bare words are
    an industry ("accounting firms" -> "accounting"), whole when they name none ("signalling
    suppliers", "catering companies") or, for a kind of company, when ``sibling_kinds``
    (other items of the list read whole as kinds of employer) show the list names kinds:
    "locksmith shops, security companies and hardware stores" lists three kinds of
    employer, no "security" industry.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _sector_reading("accounting firms", v, []), _sector_reading("fuel outfits", v, [])
    ('accounting', 'fuel')
    >>> _sector_reading("security companies", v, ["hardware stores"])
    'security companies'
    """
    bare = _bare_kind(item)
    if bare == item or item.split()[-1].lower() in _SLANG_KINDS:
        return bare
    if sibling_kinds and item.split()[-1] in _COMPANY_TAILS:
        return item
    return bare if _known_industry(bare, vocab) else item


# (fixes85) The generic tails that stay on a kind listed among kinds of employer: "security
# companies" beside "hardware stores" is a kind of company; "accounting firms" beside "racing
# yards" still gives its industry (tests/test_extract_sector_recall.py, written before the
# stop-54 sectors convention: the lead's call whether firms too stay whole).
_COMPANY_TAILS = frozenset({"companies", "company"})


def _known_industry(name: str, vocab: Vocabulary) -> bool:
    """``name`` is an industry the lexicon or the gazetteer knows as a whole ("accounting")."""
    return name.lower() in {s.lower() for s in vocab.sectors} or (
        vocab.gazetteer is not None and len(vocab.gazetteer.sectors(name, section=True)) == 1
        and vocab.gazetteer.sectors(name, section=True)[0].lower() == name.lower())


def _paired_sector(item: str, vocab: Vocabulary) -> bool:
    """``item`` joins two words with "and" into one sector's name the data knows ("oil and
    gas", "Media and Entertainment"): kept whole where a list is split.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _paired_sector("Oil and Gas", v), _paired_sector("mining and retail", v)
    (True, False)
    """
    return " and " in item.lower() and (
        item.lower() in sector_pairs() or _known_industry(item, vocab))


def _firm_among_kinds(item: str, vocab: Vocabulary, known: set[str], *,
                      inside: bool = False) -> bool:
    """A company's name in a list of kinds: a firm the lexicon knows, or two to four
    capitalised words that name no industry, no kind ("Local Councils") and no role; one
    such word only ``inside`` the list, where no sentence's capital explains it ("local
    councils, Morvane and builders")."""
    if item in vocab.employer_names:
        return True
    words = item.split()
    return ((2 if not inside else 1) <= len(words) <= _NAME_WORDS and _title_name(item)
            and _one_employer(item, vocab)
            and item.lower() not in known and not _known_industry(item, vocab)
            and not names_a_kind(words[-1]) and not _paired_sector(item, vocab)
            and not _ACRONYM_PLURAL.fullmatch(words[-1]))  # ("State DOTs": a kind)


def _title_name(item: str) -> bool:
    """Every word of ``item`` capitalised, joining words aside ("Bank of Otago")."""
    return all(w[:1].isupper() or w in _NAME_JOINS for w in item.split())


def _shared_kind(items: list[str], clause: str, known: set[str]) -> list[str]:
    """Sector items with a lone modifier joined to the kind after it ("tire and quick-lube
    chains", "municipal and commercial fleets"), the kind after it kept too ("quick-lube
    chains" is one in its own right; the modifier alone is none), or to a second lone word
    (:func:`_lone_word`: "mobile and free-to-play", one sector).

    >>> _shared_kind(["tire", "quick-lube chains", "banks"], "tire and quick-lube chains, banks",
    ...              set())
    ['tire and quick-lube chains', 'quick-lube chains', 'banks']
    >>> _shared_kind(["mobile", "free-to-play", "banks"], "mobile and free-to-play, banks",
    ...              set())
    ['mobile and free-to-play', 'banks']
    >>> _shared_kind(["mining", "retail"], "mining and retail", {"mining", "retail"})
    ['mining', 'retail']
    >>> _shared_kind(["Paint", "varnish makers", "Banks"], "Paint and varnish makers, Banks",
    ...              set())
    ['Paint and varnish makers', 'Banks']
    """
    joined: list[str] = []
    for item in items:
        last = joined[-1] if joined else ""
        lone = bool(last) and " " not in last and last.islower() and not last.endswith(
            "s") and last not in known and f"{last} and {item}" in clause
        opening = len(joined) == 1 and " " not in last and last[:1].isupper() and (
            last[1:].islower() and not last.endswith("s") and f"{last} and {item}" in clause
            and last.lower() not in known)  # ("Automotive and aerospace suppliers": two)
        if opening and item[:1].islower() and len(item.split()) >= 2 and item.endswith("s"):
            # ("Food and drink makers, Cosmetics brands": the list's capital is its first
            # letter; the kind after "and" is the first modifier's too, and no kind alone)
            joined[-1] = f"{last} and {item}"
        elif lone and len(item.split()) >= 2 and item.endswith("s"):
            joined[-1] = f"{last} and {item}"
            joined.append(item)
        elif lone and _lone_word(item, known):
            joined[-1] = f"{last} and {item}"  # "mobile and free-to-play": one market
        else:
            joined.append(item)
    return joined


def _lone_word(item: str, known: set[str]) -> bool:
    """One lower-case word that is no plural kind and no industry the data knows ("free-to-
    play", "training"): joined by "and" to another such word, the two name one sector
    ("simulation and training"); "mining and retail" are two industries."""
    return " " not in item and item.islower() and not item.endswith("s") and (
        item not in known)


def lone_pairs(kinds: list[str], text: str, vocab: Vocabulary) -> list[str]:
    """``kinds`` a list in ``text`` names, two lone words it joins by "and" made one sector
    (:func:`_lone_word`: "mobile and free-to-play"); industries the data knows stay apart.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> lone_pairs(["studios", "mobile", "free-to-play"], "studios, mobile and free-to-play.", v)
    ['studios', 'mobile and free-to-play']
    >>> lone_pairs(["mining", "retail"], "mining and retail.", v)
    ['mining', 'retail']
    """
    known = {kind for kind in kinds if " " not in kind and _known_industry(kind, vocab)}
    joined: list[str] = []
    for kind in kinds:
        last = joined[-1] if joined else ""
        if last and _lone_word(last, known) and _lone_word(kind, known) and (
                f"{last} and {kind}" in text):
            joined[-1] = f"{last} and {kind}"
        else:
            joined.append(kind)
    return joined


def _examples_of_no_workplace(clause: str) -> bool:
    """The clause before "such as" ends on what its examples are, and that is no kind of
    workplace ("… based on factors"): the examples name no sector."""
    words = clause.rstrip(" ,").rsplit(" ", 1)
    return words[-1].lower() in _NOT_WORKPLACES


_KIND_PLURAL = re.compile(r"[a-z]{2,}s")  # a kind's plural head noun, in lower case


def _sentence_case_kinds(items: list[str], vocab: Vocabulary) -> bool:
    """Every item is a kind of workplace in sentence case, two or more of them of several
    words ("Breweries, Cider mills and Soft drinks plants", a list whose items each open
    with a capital): its capitals are the items' first letters, no firm's name."""
    several = 0
    for item in items:
        head, *rest = item.split()
        if rest and _ACRONYM_PLURAL.fullmatch(rest[-1]) and all(w.islower() for w in rest[:-1]):
            several += 1  # ("State DOTs": a kind of body by its acronym, in the plural)
        elif rest:
            if not all(w.islower() for w in rest) or not _KIND_PLURAL.fullmatch(rest[-1]):
                return False
            several += 1
        elif not (head[1:].islower() and _KIND_PLURAL.fullmatch(head.lower())) or (
                head in vocab.employers):
            return False
    return several >= 2


# An acronym in the plural ("DOTs", "NGOs", "CROs"): a kind of body, no one body's name.
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,5}s")


_THE = re.compile(r"^the\s+(?=[A-Z])")


# A describing tail after a plural lower-case kind that opens a list's item, up to the item's
# end ("family offices that run several homes,", "and luxury hotels with a spa."): a clause,
# no words of the kind ("… take contracts from institutions that have …": no item's kind).
_KIND_TAIL = re.compile(r"(?P<kind>(?:^|(?<=[,;(—]\s)|(?<=\band\s)|(?<=\bor\s))(?:(?!(?:from|to|"
                        r"for|in|of|on|at|by|with|into)\b)[A-Za-z][a-z-]*\s+){0,3}[a-z]{3,}s)"
                        r"\s+(?:that|which|with)\s+[a-z][a-z' -]{2,60}?"
                        r"(?=\s*(?:[,;]|\.(?:\s|$)|$))")


# (fixes76) "…, from academia and industry, to consultancy and financial services": a span of
# kinds opened by "from" after a comma (or the sentence's start) and closed by "to", both ends
# lower-case kinds up to the clause's end; every kind named, no "from"/"to" left on them.
_FROM_TO_KINDS = re.compile(r"(?P<lead>,\s+|^)from\s+(?P<a>[a-z][a-z -]{2,60}?),?\s+to\s+"
                            r"(?P<b>[a-z][a-z -]{2,60}?)(?=\s*(?:[.;]|$))")


def _kinds_span(match: re.Match[str]) -> str:
    """The kinds of a "from A, to B" span as a list (after a colon when a clause leads it),
    each end's "and" a comma unless the pair is one sector's name ("oil and gas").

    >>> _FROM_TO_KINDS.sub(_kinds_span, "in many fields, from academia and oil and gas, to law.")
    'in many fields: academia, oil and gas, law.'
    """
    kinds: list[str] = []
    for end in (match.group("a"), match.group("b")):
        for part in end.split(" and "):
            if kinds and f"{kinds[-1]} and {part}".lower() in sector_pairs():
                kinds[-1] = f"{kinds[-1]} and {part}"  # ("oil and gas": one sector's name)
            else:
                kinds.append(part)
    return f"{': ' if match.group('lead') else ''}{', '.join(kinds)}"


def section_names(text: str, vocab: Vocabulary) -> tuple[list[str], list[str]]:
    """``(employers, sectors)`` listed in a sentence under an employers or sectors heading.

    A clause listing two or more capitalised names gives employers; one listing mostly
    lowercase nouns gives sectors, without a generic tail ("accounting firms" -> "accounting").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> section_names("Retail banks and insurers all hire them; names that come up are Acme, "
    ...               "Globex and Initech.", v)
    (['Acme', 'Globex', 'Initech'], ['Retail banks', 'insurers'])
    """
    employers: list[str] = []
    found_sectors: list[str] = []
    text = _PLACE_NOTE.sub("", text) if "(" in text else text
    if "from " in text and " to " in text:
        text = _FROM_TO_KINDS.sub(_kinds_span, text)
    if " with " in text or " that " in text or " which " in text:
        # (rules39c) "family offices that run several homes", "luxury hotels with a butler
        # service": a lower-case kind's describing tail is no part of its name
        text = _KIND_TAIL.sub(r"\g<kind>", text)
    if "(" in text and "," in text:
        text = _PARENT_ORG.sub(_parent_apart, text)  # "A (Nuffield Health), B": two names
    text = without_towns(text)  # (after the owners in brackets are read as names)
    across = _ACROSS.search(text) if " across " in text or " in " in text else None
    named = [i.strip() for i in _ACROSS_JOIN.split(across.group(1))] if across else []
    if across is not None and named and all(industry_name(i, vocab) for i in named):
        # "Snowflake and firms across Manufacturing and Pharmaceuticals": the industries
        found_sectors.extend(named)
        text = text[: across.start()] + text[across.end():]
    exampled = [(part, _JOINER.sub("", part)) for part in _EXAMPLED.findall(text)] if (
        " such as " in text or " like " in text) else []
    if len(exampled) < _EXAMPLED_KINDS:
        exampled = []  # (one kind with examples is read with the list, below)
    if exampled:  # (and "Estate agency groups (Connells, Countrywide)" in the same list)
        exampled += [(m.group(), f"{m.group(1)} such as {m.group(2)}")
                     for m in _BRACKETED_KIND.finditer(text)]
    for part, reading in exampled:
        # "…, national brokerages such as L&C and Mojo, building societies like Nationwide and
        # Coventry, …": each kind with its named examples, read before the list is split
        names, kind = listed_workplace(reading, vocab)
        if names and kind:
            employers.extend(names)
            found_sectors.append(kind)
            text = _EMPTY_ITEM.sub("", text.replace(part, ""))
    one = _KIND_SUCH_AS.search(text) if " such as " in text or " like " in text else None
    if one is not None:  # "…and consulting firms such as Strata Geoscience Consultants.":
        employers.append(one.group(1).rstrip("."))  # a firm by the kind before it
    loose = bool(found_sectors)  # (what is left of a list whose kinds named examples)
    text, named = kind_asides(text, vocab)  # "Hotels (a note, …), cafes": no clause break
    employers.extend(named)
    parts = _CLAUSE.split(text[:600])

    def whole(item: str) -> bool:
        return one_body(item) or _paired_sector(item, vocab)

    for index in range(0, len(parts), 2):
        clause = parts[index]
        # "mostly in Insurance and Legal Services": after "in", names are sectors.
        after_in = index > 0 and parts[index - 1].rstrip().endswith(" in")
        # "In the Biotechnology and Public Health." (a translated "Where does X work"): the
        # sentence opens with "in", its names are sectors too
        opening = _OPENING_IN.match(clause) if index == 0 else None
        if opening is not None and all(_known_industry(_FOR_WHOM.sub("", i.strip(" .")), vocab)
                                       for i in split_items(clause[opening.end():], one_body)
                                       if i.strip(" .")):
            clause, after_in = clause[opening.end():], True  # (industries the lexicon knows)
        else:
            opening = None
        lowered = clause.lower()
        for filler in _FILLERS:
            if lowered.startswith(filler):
                clause, lowered = clause[len(filler):], lowered[len(filler):]
        # ("Developers and utilities also hire": the adverb before the verb is no name's)
        clause = _TRAILING_ADVERB.sub("", clause)
        items = whole_bodies([i.strip(" .") for i in split_items(clause, whole) if i.strip(" .")],
                             clause)  # ("Harlow, Finch and Co" is one firm)
        # ("A, B and C, all NHS trusts in the deanery": what the names are, no name; "All
        # Saints Hospital" is one)
        items = [i for i in items if i.split(" ", 1)[0] not in _DESCRIBING]
        # ("A, while others work in B": the clause's opener and verb, no name; the name
        # before it is a list of its own, one name long)
        clauses = [i for i in items if i.split(" ", 1)[0].lower() in _CLAUSE_OPENERS]
        items = [i for i in items if i not in clauses]
        if len(items) >= 2 and any(_MANNER.fullmatch(i) for i in items):
            # (fixes68) "Most are self-employed or work for small firms": how they work, and
            # a workplace's size, are no kinds; a kind after "work in" stays
            worked = [_WORK_LEAD.sub("", i) for i in items if not _MANNER.fullmatch(i)]
            items = [kind for kind in worked if not _SIZE_ONLY.fullmatch(kind)]
        if " on " in clause:
            items = _kind_on_sites(items)
        hires = index + 1 < len(parts) and _HIRES.search(parts[index + 1]) is not None
        if len(items) == 1 and hires and not after_in and _one_employer(items[0], vocab):
            if person_subject(items[0], "".join(parts[index + 1:])):
                continue  # "Bronwyn employs two joiners; she …": a person, no organisation
            employers.append(items[0])  # "Harbourline Yachts hire for this role."
            continue
        titled = [i for i in items if _title_name(_THE.sub("", i))]
        if len(titled) >= 2 and len(titled) < len(items) and items[:len(titled)] == titled and (
                all(i[:1].islower() for i in items[len(titled):])) and (
                _THE.match(titled[-1]) or _THE.match(titled[0])):
            # (rules38b) "Named employers: A (Herefordshire), B Ltd, the C, and heritage
            # railway and museum workshops (D)": the names, less the long kind ending them
            items = [_THE.sub("", i) for i in titled]
        # (names in Title Case may run longer: "Bright Harbour Child Care Society")
        longest = _LONG_NAME if all(_title_name(i) for i in items) else _SECTOR_WORDS
        one_industry = opening is not None and len(items) == 1  # ("In the Telecommunications.")
        if len(items) < (1 if loose or one_industry or clauses else 2) or any(
                len(i.split()) > longest for i in items):
            continue
        if any(i.split()[0].lower() in _NOT_SECTOR for i in items) or (
                index > 1 and _examples_of_no_workplace(parts[index - 2])):
            continue
        known = {name.lower() for name in vocab.sectors}
        # ("Mostly Hospitality and Maritime Shipping.": industries in Title Case, no firms)
        industries = all(_known_industry(i, vocab) for i in items)
        kinds = _sentence_case_kinds(items, vocab)  # ("Breweries, Cider mills and …")
        if not after_in and not kinds and all(
                any(w[:1].isupper() for w in i.split()) for i in items) and not (
                any(i.lower() in known for i in items)) and not industries:
            if not any(vocab.is_role_title(i) for i in items):
                employers.extend(items)
            continue
        if after_in or industries or kinds or any(
                i[:1].islower() or i.lower() in known for i in items):
            # "Balfour Beatty, local councils, building contractors": a firm's name among
            # kinds is the one employer of the list, the rest its sectors
            firms = [] if after_in or industries else [i for n, i in enumerate(items) if (
                _firm_among_kinds(i, vocab, known, inside=n > 0))]
            employers.extend(firms)
            items = [i for i in items if i not in firms]
            # (an industry by name is no modifier: "automotive and consumer goods" are two)
            shared = _shared_kind(items, clause, known | {
                i.lower() for i in items if " " not in i and _known_industry(i, vocab)})
            # (fixes85) "Locksmith shops, security companies, hardware stores": a list whose
            # other items are kinds of employer kept whole names kinds, each whole; the tail
            # is cut only where the list reads as industries ("accounting firms and retail")
            kinds_listed = [i for i in shared if _kept_kind(i)]
            for item in shared:
                found_sectors.append(_sector_reading(item, vocab, [
                    k for k in kinds_listed if k != item]))
    return employers, found_sectors
