"""Employer names in sentences: who a sentence says hires, pays or employs people.

Reads Capitalised employer names after a cue ("worked at A", "hired by B", "A's team"),
from comments and stories, and rejects names that are role titles, tools or industries
(:func:`role_employers`, :func:`paid_at`, :func:`full_name`, :func:`one_body`).
"""

from __future__ import annotations

import itertools
import re

from careergraph.guides.company_forms import COMPANY_FORMS, COMPANY_STOP, SECOND_FORMS
from careergraph.guides.heading_data import document_nouns
from careergraph.guides.hiring_cues import SUBJECT_NOUNS, hiring_cues
from careergraph.guides.industries import industry_name
from careergraph.guides.letters import any_capital
from careergraph.guides.literals import folded_absent, folded_text, needle_matches
from careergraph.guides.sector_frames import sector_pairs
from careergraph.guides.text import split_items
from careergraph.guides.vocab import Vocabulary
from careergraph.legal_forms import legal_forms

__all__ = [
    "firms_apart",
    "full_name",
    "joined_bodies",
    "names_a_kind",
    "one_body",
    "organisation_name",
    "person_subject",
    "role_employers",
    "town_after",
]


# Nouns that name a kind of organisation: examples after them are employers.  Places of
# study ("universities", "schools") are left out: "universities such as X" is usually where a
# degree is taken, not who hires.
_ORGANISATIONS = frozenset({
    "firms", "firm", "companies", "company", "operators", "operator", "chains", "chain",
    "carriers", "carrier", "providers", "provider", "employers", "employer", "groups", "group",
    "organisations", "organizations", "organisation", "organization", "institutions",
    "institution", "businesses", "business", "brands", "brand", "retailers", "retailer",
    "manufacturers", "manufacturer", "contractors", "contractor", "agencies", "agency",
    "consultancies", "consultancy", "studios", "studio", "houses", "house", "hotels", "hotel",
    "resorts", "resort", "airlines", "airline", "hospitals", "hospital", "clinics", "clinic",
    "practices", "practice", "networks", "network", "superstores", "superstore", "stores",
    "store", "shops", "shop", "banks", "bank", "insurers", "insurer", "museums", "museum",
    "libraries", "library", "councils", "council", "authorities", "authority", "utilities",
    "utility", "laboratories", "laboratory", "labs", "lab", "plants", "plant", "yards", "yard",
    "mills", "mill", "fabricators", "fabricator", "builders", "builder", "parks", "park",
    "centres", "centre", "centers", "center", "venues", "venue", "restaurants", "restaurant",
    "caterers", "caterer", "estates", "estate", "terminals", "terminal", "refineries",
    "refinery", "charities", "charity", "trusts", "trust", "services", "departments",
    "department", "producers", "producer", "farms", "farm", "wineries", "winery", "dairies",
    "nurseries", "greenhouses", "growers", "exporters", "exporter", "processors", "publishers",
    "developers", "distributors", "packers", "cooperatives", "co-operatives", "factories",
    "factory", "dealers", "forwarders", "associations", "railroads", "railways", "governments",
    "clubs", "club", "gyms", "gym", "theatres", "theatre", "bureaus", "bureaux", "bureau",
    "breweries", "brewery", "supermarkets", "supermarket", "pharmacies", "pharmacy",
    "distilleries", "bakeries", "kitchens", "salons", "kennels", "shipyards", "ports",
    "ngos", "ngo", "nonprofits", "non-profits",  # ("projects run by NGOs such as A Trust")
})


# (carry44) The head nouns of one organisation's name ("… Academy", "… Learning Trust", "…
# Ltd"): two such names joined by "and" under a vacancy's title are two employers.
_BODY_HEADS = frozenset({
    "academy", "school", "college", "university", "trust", "council", "hospital", "board",
    "authority", "department", "ministry", "agency", "service", "services", "foundation",
    "society", "association", "partnership", "federation", "group", "ltd", "ltd.", "limited",
    "plc", "inc", "inc.", "llc", "llp", "company", "corporation", "institute", "clinic",
})
# Words of a field of public service that name no body alone ("… and Health Service").
_FIELD_WORDS = frozenset({"health", "social", "care", "community", "public", "education",
                          "learning", "mental", "family", "children's", "youth", "hospital",
                          "national", "local", "regional", "ambulance", "fire", "police"})
_JOINED_BODIES = re.compile(r"^(?P<first>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,5})\s+and\s+"
                            r"(?P<second>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,5})$")


def joined_bodies(text: str) -> tuple[str, str] | None:
    """The two organisations of "A and B" when each is a name of two words or more ending
    in an organisation's head noun; None for one name ("Procter and Gamble", "Kent and
    Medway NHS Trust").

    >>> joined_bodies("Hollins Vale Academy and Northfold Learning Trust")
    ('Hollins Vale Academy', 'Northfold Learning Trust')
    >>> joined_bodies("Kent and Medway NHS Trust") is None
    True
    >>> joined_bodies("Northern Hospital and Health Service") is None
    True
    """
    joined = _JOINED_BODIES.match(text) if " and " in text else None
    if joined is None or not all(joined.group(part).rsplit(" ", 1)[-1].lower() in _BODY_HEADS
                                 for part in ("first", "second")):
        return None
    if not any(word.lower() not in _FIELD_WORDS for word in joined.group("second").split()[:-1]):
        return None  # "Northern Hospital and Health Service": one body's name, its second
        # half a field and a body's noun only
    return joined.group("first"), joined.group("second")


def names_a_kind(word: str) -> bool:
    """``word`` names a kind of organisation ("contractors", "Councils"), not one firm.

    >>> names_a_kind("Councils"), names_a_kind("Beatty")
    (True, False)
    """
    return word.lower() in _ORGANISATIONS


# "Kestrel, Norland Mutual and Halberd Bank all have open SM roles": names with openings.
_OPEN_ROLES = re.compile(any_capital(
    r"(?P<names>[A-Z][\w'&.-]*(?:(?:,\s+|\s+(?:and|&)\s+|\s+of\s+|\s+)[A-Z][\w'&.-]*)*)\s+"
    r"(?:all\s+|each\s+|both\s+|also\s+)?(?:(?:have|has|are\s+advertising|are\s+posting)\s+"
    r"open\s+(?:[\w-]+\s+){0,3}?(?:roles|positions|vacancies|jobs|posts|reqs)\b"
    # spoken or a talk's notes: "Hollis Dairy has had a cheesemaker opening for months"
    r"|(?:have|has)(?:\s+had)?\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:opening|openings|posting|"
    r"postings|vacancy|vacancies)(?=\s+(?:up|open|closing|right|now|this|since)\b|\s*[,.;!?]|$)"
    # a forum's "A, B and C are always hiring for this": who hires now
    r"|(?:are|is)\s+(?:always\s+|still\s+|constantly\s+|currently\s+|now\s+)?hiring"
    r"(?=\s+(?:for|like|right|now|again|these|this|them)\b|\s*[,.;!?]|$))"))

# (rules38a) A risk register's "competes with A, B and C, which recruit harbour masters
# nationally": the bodies named before the relative clause recruit the post.
_WHICH_RECRUIT = re.compile(any_capital(
    r"(?P<names>[A-Z][\w'&.-]*(?:(?:,\s+|\s+(?:and|&)\s+|\s+of\s+|\s+)[A-Z][\w'&.-]*)*),\s+"
    r"(?:which|who)\s+(?:also\s+|all\s+)?(?:recruit|hire|employ)s?\s"))

_SPAN_OF_TIME = re.compile(r"(?:a\s+few|a\s+couple\s+of|several|many|some|\d+|one|two|three|"
                           r"four|five|six|seven|eight|nine|ten)\s+(?:more\s+)?(?:years?|"
                           r"months?|weeks?|days?|summers?|winters?|seasons?|decades?)\b",
                           re.IGNORECASE)


# An organisation's name after "at": capitalised words, "&", "and" or "of" between them
# (capitals of any cased script: "Škoda Auto", "Örebro Care").
_AT_NAME = any_capital(r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:&|and|of)\s+[A-Z][\w'’.-]*|"
                       r"\s+[A-Z][\w'’.-]*){0,4})")
_POSSESSIVE = re.compile(r"['’]s?$")
# A word that makes an item a clause, not a name: the list has ended.
_CLAUSE_WORDS = frozenset({
    "is", "are", "was", "were", "be", "been", "can", "could", "may", "might", "will", "would",
    "should", "must", "do", "does", "did", "has", "have", "had", "he", "she", "they", "it",
    "we", "you", "who", "which", "that", "where", "while", "whose", "there", "their", "his",
    "her", "its", "our", "your", "each", "both", "either", "neither", "several", "some",
    "others",
    # an aside on the item before ("laboratories, most of them small private firms")
    "them",
})

_WORK_TALK = re.compile(r"\b(?:hir\w*|employ\w*|recruit\w*|advertis\w*|takes? on|trainee\w*|"
                        # ("Some move ashore as superintendents for a contractor such as X")
                        r"join(?:s|ed|ing)?|mov(?:e|es|ed|ing)\s+(?:into|to|ashore|across|over)|"
                        r"apprentic\w*|graduates?|promot\w*|work\w*|jobs?|vacanc\w*|shifts|"
                        # pay at a kind of organisation names who pays ("Paid rates at centres
                        # such as X")
                        r"careers?|openings?|paid|pay|rates?|earn\w*|salar\w*|wages?)\b",
                        re.IGNORECASE)
# Places of study hire too when the sentence says so ("schools such as X employ coaches").
_STUDY = frozenset({"universities", "university", "schools", "school", "colleges", "college"})


# Role heads that name a discipline, not a person: a name ending in one may be a company.
_DISCIPLINES = frozenset({"Engineering", "Management"})

_FIRM_WORDS = 3
_COMPANY_ENDS = frozenset({"ltd", "limited", "inc", "plc", "llc", "llp", "co"})
# Public bodies whose name is whole: a board or an office after it is a part of the body
# ((prec8) "Tillman County" beside "Tillman County Animal Services": the county's department).
_WHOLE_BODIES = frozenset({"district", "municipality", "ministry", "county", "borough",
                           "township", "parish"})

_MAX_WORDS = 6
_CONNECTORS = frozenset({"of", "&", "and", "de", "du", "la", "le", "von", "van", "da"})
# (real44) Heads of a public body's name whose remit follows "for" ("Department for
# Education", "Office for National Statistics", "Centre for Ecology").
_BODY_FOR_HEADS = frozenset({"Department", "Ministry", "Office", "Secretariat", "Commission",
                             "Commissioner", "Centre", "Center", "Institute", "Society",
                             "Agency", "Council", "Foundation", "Trust", "Authority"})


def role_employers(text: str, role: str, vocab: Vocabulary) -> list[str]:
    """Organisations a line names as the role's own employer: "<role>s at X" ("Paralegals
    at Tallowmere keep our contracts …") or "the <role> role at X" (a company's job-family
    page naming itself); a place or a role title after "at" is none.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> role_employers("Learn about the Lock Keeper role at Wexley & Dunn, its levels.",
    ...                "Lock Keeper", v)
    ['Wexley & Dunn']
    >>> role_employers("Lock keepers at busy marinas work shifts.", "Lock Keeper", v)
    []
    >>> role_employers("Photos of Lock Keepers at Flickr Commons", "Lock Keeper", v)
    []
    """
    if not role:
        return []
    names: list[str] = [after_full_stop(name) for name in
                        _story_employers(text, role, vocab) + _hiring_name(text, role, vocab)]
    if " at " not in text:
        return names
    lowered, head = text.lower(), role.split()[-1].lower()
    if not any(cue in lowered for cue in (f"{head}s at ", f"{head}es at ", " role at ",
                                           " position at ", " team at ")):
        return names  # (most lines: a substring test, no pattern built)
    # The plural opens its sentence ("Media related to Sommeliers at Wikimedia Commons" is a
    # link); "the X role at" may stand anywhere.
    pattern = (rf"(?i:(?:^|(?<=[.!?]\s))(?:the\s+)?{re.escape(role)}e?s|"
               rf"\b{re.escape(role)}\s+(?:role|position|team)|"
               # "We're hiring two Content Designers at Corvid Bank"
               rf"\bhiring\s+(?:\w+\s+)?{re.escape(role)}e?s)\s+at\s+{_AT_NAME}")
    for match in re.finditer(pattern, text):
        name = _POSSESSIVE.sub("", match.group("name")).rstrip(" &")
        name = after_full_stop(re.sub(r"\s+(?:and|&)$", "", name))
        if name and not _not_employer(name, vocab):
            names.append(name)
    return names


# A word whose full stop ends no sentence: a company's form ("Tarn Tiles Co. Ltd."), a
# short title of a place or person ("St.", "Mt.", "Dr."), an initial ("J.") or a dotted
# abbreviation ("U.S.").
_NO_STOP = re.compile(rf"(?:{'|'.join(map(re.escape, COMPANY_FORMS))}|"
                      r"St|Mt|Ft|Dr|Mr|Mrs|Ms|Jr|Sr|[A-Z]|(?:[A-Z]\.)+[A-Z])\.")


def after_full_stop(name: str) -> str:
    """The part of a capitalised run after its last sentence-ending full stop: a run read
    across two sentences ("… trained in Hull. Caldera Kitchens employs …") names only what
    follows the stop; a form's or initial's stop is inside the name.

    >>> after_full_stop("Hull. Caldera Kitchens")
    'Caldera Kitchens'
    >>> after_full_stop("St. Ives Bakery Co. Ltd.")
    'St. Ives Bakery Co. Ltd.'
    >>> after_full_stop("J. Arden & Sons")
    'J. Arden & Sons'
    """
    words = name.split(" ")
    for at in range(len(words) - 2, -1, -1):
        if words[at].endswith(".") and not _NO_STOP.fullmatch(words[at]):
            return " ".join(words[at + 1:])
    return name


# A linking verb after "recruits" / "starts" makes it a noun ("Many recruits were …").
_NOUN_AFTER = re.compile(r"\s+(?:were|are|was|is|have|had)\b")


def _hiring_name(text: str, role: str, vocab: Vocabulary) -> list[str]:
    """A named organisation that hires the role ("the RCMP hires civilian forensic
    accountants too"): the subject's name, before the role's plural.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _hiring_name("Also, the Tarn Bank hires in-house buyers.", "Buyer", v)
    ['Tarn Bank']
    >>> _hiring_name("The Tarn Bank hires engineers.", "Buyer", v)
    []
    >>> _hiring_name("The Tarn Bank employs six buyers.", "Buyer", v)
    ['Tarn Bank']
    >>> _hiring_name("The Tarn Fire Department starts new buyers at $41,000.", "Buyer", v)
    ['Tarn Fire Department']
    >>> _hiring_name("Experience pays buyers well.", "Buyer", v)
    []
    >>> _hiring_name("Most recruits were buyers before.", "Buyer", v)
    []
    """
    if not any(verb in text for verb in (" hires ", " employs ", " recruits ", " starts ",
                                         " pays ")):
        return []
    head = re.escape(role.split()[-1].lower())
    # ("X starts buyers at $41,000", "X pays its buyers": a name's pay for the role, when
    # the name reads as an organisation's)
    hiring = re.compile(rf"{_NAME_RUN}\s+(?:also\s+)?(?P<verb>hires|employs|recruits|starts|"
                        rf"pays)\s+(?:[\w-]+\s+){{0,3}}?(?i:{head})e?s\b")
    names = [(re.sub(r"^(?:The|A|An)\s+", "", match.group("name")), match.group("verb"))
             for match in hiring.finditer(text)
             if not person_subject(match.group("name"), text[match.end():])
             # ("Many recruits were special constables": a noun, no verb of hiring)
             and not _NOUN_AFTER.match(text, match.end("verb"))]
    return [name for name, verb in names if name and name.lower() not in _QUESTION_WORDS
            and not _not_employer(name, vocab) and not _role_title(name, vocab)
            and (verb[0] not in "sp" or _org_like(name) or name in vocab.employers)]


# A personal pronoun taking up the subject after its verb ("Bronwyn employs four makers; she
# trained …"): the subject is a person, who employs people but is no organisation.
_PERSON_PRONOUN = re.compile(r"\b(?:she|he|her|his|him|herself|himself)\b", re.IGNORECASE)
_PRONOUN_SPAN = 120  # characters after a verb's object searched for the pronoun


def person_subject(name: str, after: str) -> bool:
    """``name``, the subject of a hiring verb, is a person's: no organisation's word ends it
    and a personal pronoun follows in ``after``, the text after the verb's object
    ("Bronwyn employs two apprentices, and she …"; an organisation is "it" or "they").

    >>> person_subject("Bronwyn", "; she trained in Leeds.")
    True
    >>> person_subject("Caldera Kitchens", "; she trained in Leeds.")
    False
    >>> person_subject("Bronwyn", ", all of them local.")
    False
    """
    return not _org_like(name) and _PERSON_PRONOUN.search(after[:_PRONOUN_SPAN]) is not None


# ("Who employs cartographers?" in a reference list: a question, no name)
_QUESTION_WORDS = frozenset({"who", "which", "what", "whoever"})


_NAME_RUN = any_capital(r"(?P<name>[A-Z][\w'’.&-]*(?:\s+(?:&|and|of)\s+[A-Z][\w'’.-]*|"
                        r"\s+[A-Z][\w'’.&-]*){0,4})")


def _story_employers(text: str, role: str, vocab: Vocabulary) -> list[str]:
    """Organisations a story says employ the role: "Brightwell Health hired me as a Content
    Designer", "At Harrow Marine, starting welders now make …".

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _story_employers("Last May Orla Foods hired me as a buyer.", "Buyer", v)
    ['Orla Foods']
    >>> _story_employers("At Fenwick, new buyers start on $50,000.", "Buyer", v)
    ['Fenwick']
    >>> _story_employers("At Fenwick, new cashiers start on $30,000.", "Buyer", v)
    []
    >>> _story_employers("Then I went to Kolby Mills in Leeds as a buyer.", "Buyer", v)
    ['Kolby Mills']
    >>> _story_employers("I've been a buyer at the Orla Group for ten years.", "Buyer", v)
    ['Orla Group']
    >>> _story_employers("I'm at Orla Foods right now, before that Kolby Mills.", "Buyer", v)
    ['Orla Foods', 'Kolby Mills']
    >>> _story_employers("In the Tarn Water Board, a buyer is paid on grade 7.", "Buyer", v)
    ['Tarn Water Board']
    >>> _story_employers("In the Scottish Highlands, buyers travel far.", "Buyer", v)
    []
    """
    names: list[str] = _commenter_employers(text, vocab) if (
        " at " in text or " yr" in text or " year" in text or "(employed" in text) else []
    went = " as " in text and re.search(r"\bI\s+(?:then\s+)?(?:went|moved|joined)\b", text)
    been = " at " in text and re.search(r"\bI(?:'ve|’ve| have)\s+(?:been|worked)\b", text)
    now = "right now" in text and re.search(r"\bI(?:'m|’m| am)\b", text)
    if " me " not in text and not text.startswith(("At ", "In ")) and not went and not been and (
            not now):
        return names  # (most lines: a few substring tests)
    head = re.escape(role.split()[-1].lower())
    # Each pattern holds the role's head word, so it is compiled for each role; it is
    # compiled only when the text holds its fixed opening (``_STORY_OPENINGS``), without
    # which it matches nothing (speed15).
    opened = [opening.search(text) is not None for opening in _STORY_OPENINGS]
    hired = re.compile(rf"{_NAME_RUN}\s+(?:hired|took)\s+me\s+(?:on\s+)?as\s+(?:an?\s+)?"
                       rf"(?:[\w-]+\s+){{0,3}}?(?i:{head})\b") if opened[0] else None
    placed = re.compile(rf"^At\s+{_NAME_RUN},\s+(?:[a-z][\w-]*\s+){{0,3}}(?i:{head})e?s?\b") if (
        opened[1]) else None
    # "In the Punjab Livestock Department, a Veterinary Officer is appointed …": a body's name
    inside = re.compile(rf"^In\s+the\s+{_NAME_RUN},\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?"
                        rf"(?i:{head})e?s?\b") if opened[2] else None
    # a spoken story: "I went to Arden Strings in Bristol as a luthier"
    joined = re.compile(rf"\bI\s+(?:then\s+)?(?:went|moved|joined)\s+(?:to\s+|over\s+to\s+)?"
                        rf"{_NAME_RUN}(?:\s+in\s+[A-Z][\w-]+)?\s+as\s+(?:an?\s+)?"
                        rf"(?:[\w-]+\s+){{0,3}}?(?i:{head})\b") if opened[3] else None
    # a first-person story: "I've been an examiner at the USPTO for twelve years"
    tenure = re.compile(rf"\bI(?:'ve|’ve|\s+have)\s+(?:been|worked\s+as)\s+an?\s+"
                        rf"(?:[\w-]+\s+){{0,3}}?(?i:{head})\s+(?:at|with|for)\s+(?:the\s+)?"
                        rf"{_NAME_RUN}") if opened[4] else None
    # a thread's writer: "I'm at Orla Foods right now, before that Kolby Mills.", "I'm a lead
    # tech at Skyline Towers right now, … Before that Apex Wireless."
    current = _CURRENT_AT if opened[5] else None
    patterns = tuple(pattern for pattern in (hired, placed, joined, tenure, current, inside)
                     if pattern is not None) + (
        (_EARLIER_AT,) if now and current is not None and current.search(text) else ())
    for pattern in patterns:
        for match in pattern.finditer(text):
            name = match.group("name")
            if pattern is inside and not _org_like(name):
                continue  # ("In the Highlands, buyers …": a place, no organisation)
            words = name.split()
            while words and words[0] in _DATE_WORDS:  # "Last May Orla Foods hired me"
                words = words[1:]
            name = " ".join(words)
            if name and not _not_employer(name, vocab) and not _role_title(name, vocab):
                names.append(name)
    return names


# The fixed opening of each story pattern of ``_story_employers`` (hired, placed, inside,
# joined, tenure, current): a text without it matches none of that pattern.
_STORY_OPENINGS = (re.compile(r"\s(?:hired|took)\s+me\s"), re.compile(r"^At\s"),
                   re.compile(r"^In\s+the\s"),
                   re.compile(r"\bI\s+(?:then\s+)?(?:went|moved|joined)\s"),
                   re.compile(r"\bI(?:'ve|’ve|\s+have)\s+(?:been|worked\s+as)\s+an?\s"),
                   re.compile(r"\bI(?:'m|’m|\s+am)\s"))
# "I'm at Orla Foods right now", and "before that Kolby Mills" after it (no role in them).
_CURRENT_AT = re.compile(rf"\bI(?:'m|’m|\s+am)\s+(?:an?\s+(?:[\w-]+\s+){{0,3}}?)?at\s+"
                         rf"(?:the\s+)?{_NAME_RUN}\s+right now\b")
_EARLIER_AT = re.compile(rf"\b[Bb]efore that,?\s+(?:I was\s+at\s+|at\s+)?{_NAME_RUN}(?<!\.)"
                         r"(?=[.,;]|$)")


# A pay thread's commenter on his own job: an hourly or daily rate earned at a named place
# ("$18.20/hr base at Copperleaf", "… base at a small roastery (Copperleaf)"), years at one
# ("3 yrs at Copperleaf", "… for 6 years (employed, Copperleaf)"), where he started
# ("started out at Copperleaf"), or a comment's
# opening fields ("Tulsa, Copperleaf, 2 yrs: $18.20/hr").
_RATE = r"[$€£]\s?\d[\d.,]*\s?(?:/\s?(?:hr|h|hour|day)\b|(?:an|a|per)\s+(?:hour|day)\b)"
_COMMENTER_AT = (
    re.compile(rf"{_RATE}\s+(?:base\s+|flat\s+)?at\s+(?:an?\s+[a-z][\w -]{{1,30}}?\s+\()?"
               rf"{_NAME_RUN}"),
    re.compile(rf"\b\d{{1,2}}\s+(?:yrs?|years?)\s+at\s+{_NAME_RUN}"),
    # "Was a plasterer for 6 years (employed, Copperleaf)": whom he worked for, aside
    re.compile(rf"\((?:employed|salaried|staff|PAYE)\s*(?:,|by|at)\s+(?:by\s+|at\s+)?{_NAME_RUN}\)"),
    re.compile(rf"\bstarted\s+(?:out\s+|off\s+|on\s+(?:the\s+)?[a-z]+\s+)?at\s+{_NAME_RUN}"),
    re.compile(rf"^[A-Z][\w.'’ -]{{1,30}},\s+{_NAME_RUN},\s+\d{{1,2}}\s+(?:yrs?|years?)\s*:\s*"
               rf"{_RATE}"))
# Words after "at" naming a grade or a time, not a place of work ("$31/hr at Level 3").
_NOT_PLACES = frozenset({"Level", "Grade", "Band", "Step", "Year", "Point", "Scale", "Tier",
                         "Christmas", "Easter", "Weekends", "Night", "Nights"})


def _commenter_employers(text: str, vocab: Vocabulary) -> list[str]:
    """The places a pay thread's commenter names as his own work (see ``_COMMENTER_AT``).

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _commenter_employers("Tulsa, 3 years, $18.20/hr base at Copperleaf, tips extra.", v)
    ['Copperleaf']
    >>> _commenter_employers("Tulsa, Copperleaf, 2 yrs: $18.20/hr + tips.", v)
    ['Copperleaf']
    >>> _commenter_employers("$31/hr at Level 3 after the award rise.", v)
    []
    """
    names: list[str] = []
    for pattern in _COMMENTER_AT:
        for match in pattern.finditer(text):
            name = _POSSESSIVE.sub("", match.group("name")).rstrip(" &.")
            # (where he works: a firm named like a tool is the firm, "$40/hr at Snowflake")
            if name and name.split()[0] not in _NOT_PLACES and not _not_employer(
                    name, vocab, tools=False):
                names.append(name)
    return names


_DATE_WORDS = frozenset({"Last", "This", "In", "January", "February", "March", "April", "May",
                         "June", "July", "August", "September", "October", "November",
                         "December", "Then", "Eventually", "Finally", "Later"})


def organisation_name(name: str) -> bool:
    """A capitalised name that ends with a kind of organisation ("Nyali Referral Hospital").

    >>> organisation_name("Lakeview Mission Hospital"), organisation_name("Senior Nurse")
    (True, False)
    """
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words) and (
        words[-1].lower() in _ORGANISATIONS)


def _names(text: str, vocab: Vocabulary, inside: bool = False) -> list[str]:
    """The Capitalised names a list opens with, up to its first item that is not one;
    ``inside``: the list starts inside a sentence (after "such as"), never opens it."""
    names: list[str] = []
    for raw in split_items(_until_end(text), one_body):
        item = raw.strip(" .")
        # A capital "The" inside a sentence's list is part of the name ("The Bouldering Yard");
        # the first item may open the sentence ("The Met Office and …").
        for article in ("the ", "The ") if not (names or inside) else ("the ",):
            item = item.removeprefix(article)
        name = _leading_name(item)
        if name is None:
            # "the maintenance division of Tswelopele Power Station", "the team at X"
            _, of, tail = item.rpartition(" of " if " of " in item else " at ")
            name = _leading_name(tail.removeprefix("the ")) if of and item[:1].islower() else None
        if name is None or _not_employer(name, vocab):
            break
        names.append(name)
    return names


# The lower-case rest of a Polish company's legal form after "Sp." ("z o.o.", "j.", "k.").
_LOWER_FORM = re.compile(r"\s(?:z\s?o\.\s?o\.?|j\.|k\.|p\.)")


def _leading_name(item: str) -> str | None:
    """The run of Capitalised words ``item`` opens with ("Palmcrest Resorts promote …")."""
    words: list[str] = []
    for word in item.split():
        if word[:1].isupper() or word[:1].isdigit() or (words and word in _CONNECTORS) or (
                word == "for" and words and words[-1] in _BODY_FOR_HEADS):
            words.append(word)  # (real44) "the Department for Environment": a body's remit
        else:
            break
    form = _LOWER_FORM.match(item, len(" ".join(words))) if words and words[-1] == "Sp." else None
    if form is not None:  # "Meblowa Fabryka Sp. z o.o.": a legal form in lower case
        return f"{' '.join(words)}{form.group().rstrip(' ,')}"
    while words and (words[-1] in _CONNECTORS or words[-1] == "for"):
        words.pop()  # (real44: "… Foundation for federal grants": no remit named)
    # (the small words of a body's name do not count: "Department for Environment, Food &
    # Rural Affairs" is five words of name)
    if not words or sum(w not in _CONNECTORS and w != "for" for w in words) > _MAX_WORDS or not (
            words[0][:1].isupper() or _ordinal_name(words)):
        return None
    return " ".join(words).strip(" ,.")


_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)$")


def _ordinal_name(words: list[str]) -> bool:
    """A name numbered by an ordinal ("2nd Civil Registry of Curitiba", "4th Notary Office")."""
    return len(words) >= 2 and _ORDINAL.match(words[0]) is not None and words[1][:1].isupper()


def _not_employer(name: str, vocab: Vocabulary, *, tools: bool = True) -> bool:
    """``name`` is a title, a region, a sector or an industry, or (``tools``) a tool's name
    ("Snowflake" a firm only where the sentence places work there)."""
    lowered = name.lower()
    if name in vocab.employers and not _role_title(name, vocab):
        return False  # a known firm ("Databricks", "IBM") though a tool or letters share its name
    return (_role_title(name, vocab) or (tools and _tool_name(name, vocab))
            or lowered in {r.lower() for r in vocab.headings.regions}
            or lowered in {s.lower() for s in vocab.sectors}
            or industry_name(name, vocab)  # ("Public Health": an industry, by name)
            or _SCALE_POINT.fullmatch(name) is not None  # ("placed at Step 2": a pay step)
            # ("GIS", "CRM": a tool's letters; "L&C", "P&O": a firm's initials joined by "&")
            or (len(name) <= 3 and name.isupper() and "&" not in name))


# A point on a pay scale ("Step 2", "Grade 7", "Band 5", "Spine Point 12"): where a hire is
# placed on the scale, never an organisation.
# ((carry52) a state's lettered step too: "placed at Step D ($4,100 monthly)")
# ((rules54b) a step of a numbered range: "placed at Step 3 of Range 34")
_SCALE_POINT = re.compile(r"(?:step|grade|band|level|tier|range|(?:pay |spine )?point)\s+"
                          r"(?:\d{1,3}[A-Za-z]?|[IVX]{1,4}|[A-Z])"
                          r"(?:\s+of\s+(?:range|grade|band|scale)\s+(?:\d{1,3}[A-Za-z]?|[A-Z]))?",
                          re.IGNORECASE)


def _tool_name(name: str, vocab: Vocabulary) -> bool:
    """A tool's name, or a name that is mostly one ("MS Excel"); a hotel named after a cloud
    ("Azure Bay Palace Dubai") is not one."""
    words = len(name.split())
    return any(2 * len(tool.split()) >= words for tool in vocab.lexicon_tools(name))


def _role_title(name: str, vocab: Vocabulary) -> bool:
    """A role title names a person ("Chief Engineer"); a company may end in a discipline
    the lexicon also takes as a role head ("Deccan Aero Engineering")."""
    words = name.split()
    if len(words) >= _FIRM_WORDS and words[-1].endswith("s") and not words[-1].endswith(
            "ss") and words[1] != "of":  # ("Director of Infrastructure Analytics": a title)
        return False  # "Meranti Urban Consultants": a firm named for its people, plural
    if len(words) == 2 and words[-1].endswith("s") and words[-1].lower() in (
            hiring_cues().org_heads):
        return False  # "Codewell Partners": a plural company word ends a firm's name
    return vocab.is_role_title(name) and words[-1] not in _DISCIPLINES


def _until_end(text: str) -> str:
    end = len(text)
    for mark in (". ", "; ", ": ", ")", "(", "?", "!"):
        position = text.find(mark)
        while mark == ". " and position != -1 and (_ABBREVIATION.search(
                text, 0, position + 1) or (COMPANY_STOP.search(text, 0, position + 1) and (
                text[position + 2:position + 3].islower()))):
            position = text.find(mark, position + 1)  # "St. Benilde Medical Center"
        if position != -1:
            end = min(end, position)
    return text[:end].rstrip(".")

_ABBREVIATION = re.compile(r"\b(?:St|Mt|Ft|Dr)\.$|\b[A-Z]\.[A-Z]\.$")


# "Roads and Highways Department", "Fish and Wildlife Service": one public body whose name
# joins two nouns, not two employers; a state's initials may open it ("HM Prison and
# Probation Service").
_ONE_BODY = re.compile(r"(?:[A-Z]{2,4} )?[A-Z][a-z]+ and (?:[A-Z][a-z]+ )+(?:Department|Board|"
                       r"Ministry|Authority|Agency|Commission|Council|Corporation|Service|"
                       r"Directorate|Division|Trust|Foundation)")


def one_body(item: str) -> bool:
    """``item`` is one public body whose name joins two nouns with "and".

    >>> one_body("Roads and Highways Department"), one_body("Roads and Bridges")
    (True, False)
    """
    return _ONE_BODY.fullmatch(item) is not None


# A firm named for its partners ("Harlow, Finch and Co", "Abbot, Lyle & Sons"): the surnames
# listed before its partnership word belong to its name, not to a list of employers.
_PARTNERSHIP = re.compile(r"(?:(?P<last>[A-Z][a-z'’-]+) (?P<joiner>and|&) )?"
                          r"(?:Co\.?|Company|Sons|Partners|Associates)")
_SURNAME = re.compile(r"[A-Z][a-z'’-]+")
_PARTNERS = 2  # surnames of one firm's name read back ("Acme, Harlow, Finch and Co": two)
# A university's campus after a comma ("University of Westmere, Dunford Campus").
_CAMPUS = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2} Campus")
_SCHOOL = re.compile(r"\b(?:University|College|Institute|Polytechnic)\b")


# "Hospital and Health Service": "and" between two capitalised words, inside a name.
_CAPS_AND = re.compile(r"\b[A-Z][\w'’]*\s+and\s+[A-Z]")
_NAME_WORD = re.compile(r"[A-Z][\w'’.&-]*|and|of|the|for|&")
_ASIDE_NAME = re.compile(r"\s*\(([^()]{3,80})\)")


def names_with_and(text: str) -> list[str] | None:
    """The names of a comma list of which two or more hold "and" between capitalised words
    ("Metro Hospital and Health Service, Coast Hospital and Health Service"): the "and" is
    part of the names (a list's joiner comes once, before its last item), each name whole,
    and a name in brackets after one (a hospital of that service) one more.  None for any
    other list, or when a part is no name in title case.

    >>> names_with_and("Inland Hospital and Health Service (St Jude's Hospital), Bayside "
    ...                "Hospital and Health Service.")[1:]
    ['Bayside Hospital and Health Service', "St Jude's Hospital"]
    >>> names_with_and("Acme, Globex and Initech") is None
    True
    """
    body = text.strip().rstrip(".")
    asides = _ASIDE_NAME.findall(body)
    items = [item.strip() for item in _ASIDE_NAME.sub("", body).split(",")]
    if len(items) < 2 or sum(_CAPS_AND.search(item) is not None for item in items) < 2:
        return None
    # ("Harlow, Finch and Co", "University of X, Y Campus": one body's name holds a comma)
    names = [*whole_bodies(items, body), *(aside.strip() for aside in asides)]
    return names if all(name[:1].isupper() and all(
        _NAME_WORD.fullmatch(word) for word in name.split()) for name in names) else None


def firms_apart(name: str) -> list[str]:
    """``name`` as the firms it joins by "&": a side that ends with its legal form is a whole
    firm ("Harlow Timber Ltd & Brandt Logging GmbH" is two); otherwise one name, as
    "Smith & Sons", "Marks & Spencer" and "Ridgeback Timberlands & Pinecrest Forest
    Services" may all be (no sign tells a partnership's name from two firms there).

    >>> firms_apart("Harlow Timber Ltd & Brandt Logging GmbH")
    ['Harlow Timber Ltd', 'Brandt Logging GmbH']
    >>> firms_apart("Smith & Sons Ltd"), firms_apart("Brandt GmbH & Co. KG")
    (['Smith & Sons Ltd'], ['Brandt GmbH & Co. KG'])
    """
    left, joined, right = name.partition(" & ")
    if joined and _FORM_END.search(left) and len(right.split()) >= 2 and right[:1].isupper() and (
            right.split()[0].rstrip(".,") not in legal_forms("firm")):  # ("X GmbH & Co. KG")
        return [left, *firms_apart(right)]
    return [name]


# A legal form ending a firm's name ("… Ltd", "… GmbH", "… Inc."): the firm is whole there.
_FORM_END = re.compile(
    rf"\s(?:{'|'.join(map(re.escape, sorted(legal_forms('firm'), key=len, reverse=True)))})\.?$")


# (real37) A learned or professional body named by its field ("Institution of Engineering",
# "Society of Dyers"), and one capitalised word that may close its name after "and".
_BODY_OF = re.compile(r"(?:(?:The|Royal|Chartered)\s+)*(?:Institution|Institute|Society|"
                      r"Association|Federation|College|Academy|Council)\s+of\s+"
                      r"(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*")
_FIELD_WORD = re.compile(r"[A-Z][a-z'’-]+")


def whole_bodies(items: list[str], text: str) -> list[str]:
    """``items`` split from ``text`` with a body's name that holds a comma made whole again:
    a partnership's surnames and its "and Co", a university and its campus.

    >>> whole_bodies(["Acme", "Harlow", "Finch", "Co"], "Acme, Harlow, Finch and Co")
    ['Acme', 'Harlow, Finch and Co']
    >>> whole_bodies(["University of Westmere", "Dunford Campus"],
    ...              "University of Westmere, Dunford Campus")
    ['University of Westmere, Dunford Campus']
    >>> whole_bodies(["Acme", "Dunford Campus"], "Acme, Dunford Campus")
    ['Acme', 'Dunford Campus']
    >>> whole_bodies(["Acme", "Society of Brewing", "Malting"],
    ...              "Acme, Society of Brewing and Malting")
    ['Acme', 'Society of Brewing and Malting']
    """
    out: list[str] = []
    for item in items:
        if out and _CAMPUS.fullmatch(item) and _SCHOOL.search(out[-1]) and (
                f"{out[-1]}, {item}" in text):
            out[-1] = f"{out[-1]}, {item}"
            continue
        if out and _BODY_OF.fullmatch(out[-1]) and _FIELD_WORD.fullmatch(item) and (
                (joiner := next((j for j in (" and ", " & ") if f"{out[-1]}{j}{item}" in text),
                                None)) is not None):
            out[-1] = f"{out[-1]}{joiner}{item}"  # (real37) "Institution of Engineering and
            continue  # Technology": one body whose name joins two fields
        name = _partners_name(out, item, text) if _PARTNERSHIP.fullmatch(item) else None
        if name is None:
            out.append(item)
            continue
        out[len(out) - name[1]:] = [name[0]]
    return out


def _partners_name(before: list[str], tail: str, text: str) -> tuple[str, int] | None:
    """The partnership's whole name ending in ``tail`` ("Co", "Finch and Co") that ``text``
    prints, and how many items of ``before`` (its surnames) it takes; None for none."""
    joined = " " in tail  # "Finch and Co": the last surname came with its joiner
    for count in range(min(_PARTNERS - joined, len(before)), 0, -1):
        run = before[len(before) - count:]
        if not all(_SURNAME.fullmatch(word) for word in run):
            continue
        if joined:
            names = [f"{', '.join(run)}, {tail}"]
        else:
            names = [f"{', '.join(run[:-1])}{', ' if run[:-1] else ''}{run[-1]} {joiner} {tail}"
                     for joiner in ("and", "&")]
        found = next((name for name in names if name in text), None)
        if found is not None:
            return found, count
    return None


def _one_name(item: str) -> bool:
    """``item`` is one name though it joins two words with "and": a public body ("Roads and
    Highways Department") or a sector so named ("energy and utilities": ``sector_pairs``)."""
    return one_body(item) or item.lower() in sector_pairs()


# A speaker's own pay said with where they earn it ("Right now I make about $98k a year at
# Halvorsen", "I'm on £14 an hour at Crumb & Co"): the name after "at" is the employer.
_PAID_AT = re.compile(r"\bI(?:\s+(?:make|earn|earned|made|pull|clear|take\s+home|get\s+paid)|"
                      r"(?:'m|’m|\s+am|\s+was)\s+(?:on|making|earning|paid|pulling))\b"
                      r"(?:[^.;!?]|\.(?=\d)){0,60}?\d(?:[^.;!?]|\.(?=\d)){0,40}?\sat\s+"
                      r"(?:the\s+)?" + _AT_NAME
                      + r"(?=\s*(?:[,.;!?)]|$|\s+(?:now|right|currently|and|but|in)\b))")


def paid_at(sentence: str, vocab: Vocabulary) -> list[str]:
    """The employer a speaker names with their own pay (see ``_PAID_AT``); a place, a tool
    or a title after "at" is none.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> paid_at("Right now I make about $61,000 a year at Fernhill Dairy.", v)
    ['Fernhill Dairy']
    >>> paid_at("I make $30 an hour at night.", v)
    []
    """
    match = _PAID_AT.search(sentence)
    if match is None:
        return []
    name = _POSSESSIVE.sub("", match.group("name")).strip(" ,.")
    return [] if not name or _not_employer(name, vocab) else [name]


def _with_openings(sentence: str, vocab: Vocabulary) -> list[str]:
    """Organisations a sentence says have open roles ("(Kestrel, Norland Mutual and Halberd
    Bank all have open SM roles)"); a role title or a place is none.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _with_openings("Right now Fenwick and Orla Foods both have open buyer roles.", v)
    ['Fenwick', 'Orla Foods']
    """
    names: list[str] = []
    recruiting = _WHICH_RECRUIT.finditer(sentence) if "ich re" in sentence or (
        "ich hire" in sentence or "ich employ" in sentence or "who re" in sentence) else ()
    for match in [*_OPEN_ROLES.finditer(sentence), *recruiting]:
        # ("Honestly Crumb & Co is hiring": the adverb opens the sentence; "& Co" ends a name)
        named = _OPENING_ADVERB.sub("", match.group("names"))
        for item in re.split(r",\s+(?:and\s+)?|\s+(?:and|&)\s+(?!(?:Co|Sons|Partners)\b)",
                             named):
            item = item.strip()
            if item in _SENTENCE_OPENERS or item.lower() in _PRONOUNS:
                continue
            # (a known employer is one whatever else it names: "IBM", "Databricks")
            if item and (item in vocab.employers or not _not_employer(item, vocab)) and not (
                    _role_title(item, vocab) or industry_name(item, vocab)):  # ("Mining")
                names.append(item)
    return names


# A talk's opening adverb before a name ("Honestly Crumb & Co is hiring"; "Emily" is a name)
_OPENING_ADVERB = re.compile(r"^(?:Honestly|Basically|Currently|Actually|Seriously|Apparently|"
                             r"Obviously|Literally|Definitely|Probably|Usually|Generally|"
                             r"Luckily|Frankly|Personally|Realistically|Typically|Mostly|"
                             r"Anyway|Also|Plus)\s+(?=[A-Z])")
_SENTENCE_OPENERS = frozenset({"Right", "Now", "Today", "Currently", "Also", "Both", "All"})
_PRONOUNS = frozenset({"they", "we", "you", "he", "she", "it", "everyone", "everybody",
                       "nobody", "someone", "somebody", "i", "who", "which", "that", "these",
                       "those", "many", "most", "some", "few", "others"})


def _appositive_name(words: list[str]) -> int:
    """Where a name follows its kind in lower case ("online retailer Quillo" -> 2), else 0."""
    cut = next((i for i, w in enumerate(words) if w[:1].isupper()), 0)
    if cut == 0 or not all(w[:1].isupper() or w in ("&", "of") for w in words[cut:]):
        return 0
    return cut


def town_after(name: str, before: list[str]) -> bool:
    """``name`` is one word after a name ending in a kind of organisation ("Lagoon Imaging
    Centre, Ikeja"): the place of that organisation, not another one.

    >>> town_after("Ikeja", ["Lagoon Imaging Centre"]), town_after("Meta", ["Google"])
    (True, False)
    """
    last = before[-1].rsplit(" ", 1)[-1].lower().strip(".") if before else ""
    return " " not in name and (last in _ORGANISATIONS or last in _COMPANY_ENDS)


# A hiring verb after a subject list: "A, B and city corporations recruit …", "(A, B and C
# all have open roles)", "A and dozens of clinics employed members".
_SUBJECT_VERB = re.compile(
    r"\s+(?:(?:all|also|now|regularly|often|each|still|actively)\s+)*(?:hire[sd]?|"
    r"(?:employ|recruit)(?:s|ed)?|(?:are|is|were|was)\s+(?:(?:also|now|all|actively)\s+)?(?:hiring|recruiting)|"
    r"(?:have|has)\s+(?:\w+\s+)?open(?:ings)?)\b(?!\s+by\b)", re.IGNORECASE)
# (a report's hearsay opens the list too: "The team said A and B were recruiting")
_SUBJECT_START = re.compile(r"(?:^|[(:]\s*|\b(?:said|says|told\s+(?:me|us))\s+(?:that\s+)?)"
                            r"(?=[A-Z])")
_ACRONYM_ASIDE = re.compile(r"\s*\([A-Z&]{2,8}\)")


# A hiring verb's object that names someone's own job ("… hired me as a cashier").
_HIRED_AS = re.compile(r"\s+(?:me|us|him|her|them)\s+(?:on\s+)?as\b", re.IGNORECASE)


def _subject_names(sentence: str, vocab: Vocabulary) -> list[str]:
    """Organisations named as the subject of a hiring verb ("LGED, Harbour Works Department
    and city corporations recruit …"); a kind in the list may stand beside them, a person's
    or a role's name never counts."""
    if not any(w in sentence for w in ("hir", "employ", "recruit", "open")):
        return []
    found: list[str] = []
    for verb in _SUBJECT_VERB.finditer(sentence):
        if _HIRED_AS.match(sentence, verb.end()):
            continue  # "X hired me as a cashier": the job it names decides (_story_employers)
        head = _ACRONYM_ASIDE.sub("", sentence[:verb.start()])  # ("Works Department (PWD)")
        starts = [m.end() for m in _SUBJECT_START.finditer(head)]
        if not starts:
            continue
        clause = head[starts[-1]:]
        names: list[str] = []
        acronyms: list[str] = []  # ("FMCG" may name a sector: kept only beside a name)
        for index, raw in enumerate(split_items(clause, one_body)):
            item = raw.strip(" ,.").removeprefix("the ")
            item = item.removeprefix("The ") if not index else item  # (the sentence's first)
            item = _OPENING_ADVERB.sub("", item) if not index else item  # ("Honestly X is …")
            name = _leading_name(item)
            if name is not None and name == item:
                if name in vocab.employers and not _not_employer(name, vocab):
                    names.append(name)  # a known employer ("Uber, Intel … recruit")
                elif not _not_employer(name, vocab) and _org_like(name):
                    (names if " " in name else acronyms).append(name)
                continue
            if not item or any(w.lower() in _CLAUSE_WORDS for w in item.split()) or (
                    item[:1].isupper()):
                names = []  # a clause, not a list of organisations
                break
        found.extend([*acronyms, *names] if names else [])
    return found


# A predicate that says its subject names organisations that hire, whatever the names look
# like ("Stripe and Intel are among the organisations hiring now", "Uber is among the
# employers …", "Kestrel is recruiting for its data team": "its" is an organisation's).
_HIRING_NOW = r"(?:hiring|recruiting|taking\s+on|advertising|looking\s+for|seeking)"
_FRAMED_ORGS = re.compile(
    r"\s+(?:is|are|was|were)\s+(?:also\s+|now\s+|currently\s+)?(?:"
    r"among\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:employers|recruiters)\b|"
    rf"among\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{SUBJECT_NOUNS})\s+"
    rf"(?:(?:that|who|which)\s+)?(?:are\s+)?(?:now\s+|currently\s+|still\s+)?{_HIRING_NOW}\b|"
    rf"among\s+those\s+{_HIRING_NOW}\b|"
    rf"(?:now\s+|currently\s+|actively\s+)?{_HIRING_NOW}\s+for\s+(?:its|their)\s|"
    # "A and B are always looking for people": they hire, whatever the names look like
    r"(?:always\s+|now\s+|currently\s+)?looking\s+for\s+(?:new\s+|more\s+|good\s+)?"
    r"(?:people|staff|recruits|graduates|trainees)\b)",
    re.IGNORECASE)


def _framed_employers(sentence: str, vocab: Vocabulary) -> list[str]:
    """Names a sentence's predicate calls hiring organisations (``_FRAMED_ORGS``): each item
    of the subject list a whole capitalised name, none a role's, a tool's or a sector's.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _framed_employers("Halvane, Orrin and Teskel are among the firms hiring now.", v)
    ['Halvane', 'Orrin', 'Teskel']
    >>> _framed_employers("KLM and Orrin Foods are among the employers in town.", v)
    ['KLM', 'Orrin Foods']
    >>> _framed_employers("Quillo is recruiting for its billing team.", v)
    ['Quillo']
    >>> _framed_employers("Nurses are among the workers hiring agencies want.", v)
    []
    """
    found: list[str] = []
    for match in _FRAMED_ORGS.finditer(sentence):
        head = _ACRONYM_ASIDE.sub("", sentence[:match.start()])
        starts = [m.end() for m in _SUBJECT_START.finditer(head)]
        if not starts:
            continue
        names: list[str] = []
        for index, raw in enumerate(split_items(head[starts[-1]:], one_body)):
            item = raw.strip(" ,.").removeprefix("the ")
            item = item.removeprefix("The ") if not index else item
            name = _leading_name(item)
            # (the predicate says organisations: an acronym, "IBM", or a name a tool shares,
            # "Databricks", is one here)
            lowered = name.lower() if name is not None else ""
            if name is None or name != item or _role_title(name, vocab) or (
                    lowered in {r.lower() for r in vocab.headings.regions}) or (
                    lowered in {s.lower() for s in vocab.sectors}):
                names = []  # a clause, a person's job or a kind: not a list of names
                break
            names.append(name)
        found.extend(names)
    return found


# An aside after a name that says what kind of organisation it is ("joined Quillo, a
# payments start-up, as …"; "Brill, the regional utility,").
_KIND_ASIDE = re.compile(r",\s+(?:an?|the|its)\s+(?:[\w'-]+\s+){0,3}?(?P<kind>[\w-]+)\s*[,.;)]")
_YOUNG_FIRMS = frozenset({"start-up", "startup", "scale-up", "scaleup", "subsidiary",
                          "nonprofit", "non-profit", "co-op", "multinational"})


def _kind_aside(sentence: str, start: int, name: str) -> bool:
    """``name`` (found from ``start``) is followed by an aside naming a kind of organisation.

    >>> _kind_aside("She joined Quillo, a payments start-up, as a clerk.", 0, "Quillo")
    True
    >>> _kind_aside("She joined Ana, a friend from school, at the fair.", 0, "Ana")
    False
    """
    at = sentence.find(name, start)
    match = _KIND_ASIDE.match(sentence, at + len(name)) if at != -1 else None
    return match is not None and (match.group("kind").lower() in _ORGANISATIONS
                                  or match.group("kind").lower() in _YOUNG_FIRMS)


# Words that may follow an organisation's name in a sentence ("with A for 11 years").
_AFTER_NAME = frozenset({"and", "or", "in", "for", "as", "since", "until", "after", "before",
                         "from", "to", "where", "when", "with", "at", "on", "then", "but",
                         "because", "while", "who", "which", "straight", "full", "part"})


def _whole_name(sentence: str, start: int, name: str) -> bool:
    """``name`` (found from ``start``) is not the modifier of a lower-case noun ("moved to
    CART captioning")."""
    at = sentence.find(name, start)
    following = sentence[at + len(name):].split(maxsplit=1)[:1] if at != -1 else []
    return not following or not following[0][:1].islower() or following[0] in _AFTER_NAME


def _org_like(name: str) -> bool:
    """A capitalised name that reads as an organisation's: it ends in a kind of organisation
    or a company word ("Norland Mutual", "Veldt Insulation Inc."), or is an acronym of four
    letters or more ("LGED")."""
    words = name.split()
    last = words[-1].lower().strip(",")
    heads = hiring_cues().org_heads
    return (len(words) >= 3 and "&" in words[1:-1]) or (  # ("Marram Towing & Salvage")
        len(words) >= 2 and (last in _ORGANISATIONS or last in heads
                                 or last.rstrip(".") in _COMPANY_ENDS)) or (
        len(words) >= 3 and any(w.lower() in heads for w in words[1:])) or (
        len(words) == 1 and name.isupper() and len(name) >= 4) or _kind_of(words)


def _kind_of(words: list[str]) -> bool:
    """A name whose kind of organisation comes before "of" ("Harbourside Museum of Making",
    "Department of Fisheries", "Port of Harwick")."""
    heads = hiring_cues().org_heads
    return any(words[index + 1] == "of" and (word.lower() in _ORGANISATIONS or word.lower()
                                               in heads)
               for index, word in enumerate(words[:-2]))


_AT = re.compile(r"\s(?:at|with)\s+(?:the\s+)?" + _AT_NAME)
_TOWN_AFTER = re.compile(r"\s+in\s+[A-Z].*$")


def _at_employers(sentence: str, vocab: Vocabulary, holder: str) -> list[str]:
    """Organisations a sentence places the role at: after a title with the role's head noun
    ("a clinical audiologist at Halvorsen Hearing Center in Duluth", "my first museum
    educator job at Westgate Heritage Trust"), or an organisation's name after "at" in a
    sentence about work ("night shifts on the labour ward at Riverside General Hospital").
    Where one studied ("trained at X", "a course at X") is no employer."""
    cues = hiring_cues()
    found: list[str] = []
    for match in _AT.finditer(sentence):
        if match.group(0).split()[0] != "at":
            continue  # ("with" is read by the cue rules, not here)
        name = _POSSESSIVE.sub("", _TOWN_AFTER.sub("", match.group("name"))).strip(" ,")
        name = re.sub(r"\s+(?:and|&|of)$", "", name).rstrip(".") if not COMPANY_STOP.search(
            name) else name
        words = name.split()
        after = list(itertools.takewhile(str.islower, sentence[match.end():].split()[:3]))
        known = len(words) == 1 and name in vocab.employers  # ("an engineer at Uber")
        if not words or (len(words) < 2 and not known) or _not_employer(name, vocab) or any(
                w.strip(",.") in _ORGANISATIONS for w in after) or (
                after and after[0].strip(",.") in document_nouns()):
            # ("the Safety at Street Works code": a document's title, no workplace)
            continue  # (…"at the Hollins Creek treatment plants": the name of a place's kind)
        before = re.split(r"[,;:.!?()|\"“”]", sentence[:match.start()])[-1].lower().split()[-6:]
        if any(w in cues.study_words for w in before):
            continue
        titled = bool(holder) and any(w.startswith(holder.lower()) for w in before)
        talk = _WORK_TALK.search(sentence) is not None
        # ("roles at Ravelston Mutual and Quayle Assurance": two names; "the Fish and Wildlife
        # Service" is one)
        for part in [name] if one_body(name) else name.split(" and "):
            if (" " in part or known) and not _not_employer(part, vocab) and (
                    titled or (_org_like(part) and talk)):
                found.append(part)
    return found


# "ran harbour tugs for A for 11 years", "I was with B for six years": a tenure at a name.
_TENURE = re.compile(r"\b(?:for|with)\s+(?:the\s+)?" + _AT_NAME + r",?\s+for\s+(?=" +
                     _SPAN_OF_TIME.pattern + ")")


def _held_with(sentence: str, vocab: Vocabulary, holder: str) -> list[str]:
    """Organisations a sentence says someone works for or with: a tenure ("ran harbour tugs
    for Crescent Towing & Salvage for 11 years"), or a title with the role's head noun before
    "with"/"for" ("a firefighter with Waterloo Fire Rescue").  A tenure's name must read as
    an organisation's (``_org_like``): "for Mrs Hale for two years" names a person.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _held_with("He drove for Kettle Valley Haulage for six years.", v, "")
    ['Kettle Valley Haulage']
    >>> _held_with("She is a paramedic with Northmoor Ambulance Trust.", v, "paramedic")
    ['Northmoor Ambulance Trust']
    >>> _held_with("She cleaned for Mrs Hale for two years.", v, "")
    []
    """
    found: list[str] = []
    # (a tenure ends "… for <a span of time>": a sentence without "for" has none)
    for match in _TENURE.finditer(sentence) if "for" in sentence else ():
        name = _POSSESSIVE.sub("", _first_sentence(match.group("name"))).strip(" ,.")
        if (_org_like(name) or name in vocab.employers) and not _not_employer(name, vocab):
            found.append(name)
    if not holder or folded_absent(sentence, holder) or not _held_after(sentence, holder):
        return found
    titled = re.compile(rf"\b(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?i:{re.escape(holder)})s?"
                        rf"\s+(?:with|for)\s+(?:the\s+)?{_AT_NAME}")
    for match in titled.finditer(sentence):
        name = _first_sentence(_TOWN_AFTER.sub("", match.group("name")))
        name = _POSSESSIVE.sub("", name).strip(" ,.")
        if " " in name and not _not_employer(name, vocab) and not _role_title(name, vocab):
            found.append(name)
    return found


# What follows the role's head noun in ``_held_with``'s titled pattern: "with" or "for" and
# a name.
_HELD_TAIL = re.compile(rf"s?\s+(?:with|for)\s+(?:the\s+)?{_AT_NAME}")


def _held_after(sentence: str, holder: str) -> bool:
    """False when no mention of ``holder`` (any case) in ``sentence`` is followed by "with"
    or "for" and a name, so ``_held_with``'s titled pattern (compiled once a holder, which
    ``re``'s cache does not keep across a corpus) matches nothing; True when it may match
    (always where case folding cannot lower the sentence letter for letter).

    >>> _held_after("Ann is a paramedic with Northmoor Trust.", "Paramedic")
    True
    >>> _held_after("A paramedic works with patients.", "Paramedic")
    False
    """
    lowered = folded_text(sentence, holder)
    return lowered is None or next(
        needle_matches(sentence, lowered, holder.lower(), _HELD_TAIL), None) is not None


# Where a life story or a certificate says someone started work: "went to A as a", "joined
# B, where", "was employed with C at our plant".
_JOINED = re.compile(r"\b(?:employed\s+(?:with|by)|went\s+to|joined|hired\s+into)\s+" + _AT_NAME
                     + r"(?P<after>,?\s+as\s+(?:an?|the|its|his|her)\s|,?\s+(?:at|in|from|"
                     r"where|on)\b|,)")


def _joined(sentence: str, vocab: Vocabulary) -> list[str]:
    """Organisations a sentence says someone joined or was employed with: a name that reads
    as an organisation's, or any name of two words or more taken "as a" post.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _joined("In 1961 she went to Brayfield Mills as a bobbin girl.", v)
    ['Brayfield Mills']
    >>> _joined("He joined Marlow Rope Ltd, where he spliced.", v)
    ['Marlow Rope Ltd']
    >>> _joined("In May she joined Tom Hale, where he was.", v)
    []
    """
    found: list[str] = []
    for match in _JOINED.finditer(sentence):
        name = _POSSESSIVE.sub("", _first_sentence(match.group("name"))).strip(" ,")
        posted = " as " in match.group("after")
        # ("joined Lakeshore Automotive Products, where he built …": a firm of three words)
        placed = "where" in match.group("after") and len(name.split()) >= 3
        if ((posted and " " in name) or placed or _org_like(name) or name in vocab.employers
                ) and not (
                _not_employer(name, vocab) or _role_title(name, vocab)):
            found.append(name)
    return found


def _first_sentence(name: str) -> str:
    """A name up to the full stop that ends its sentence: a name's words may hold stops
    ("St. Mary's", "Smith Bros. Ltd") but "Avon Facilities. Skylights, …" is two sentences.

    >>> _first_sentence("Avon Facilities. Skylights"), _first_sentence("Hale Bros. Ltd")
    ('Avon Facilities', 'Hale Bros. Ltd')
    """
    for stop in re.finditer(r"\.\s+", name):
        word = name[: stop.start()].rsplit(None, 1)[-1]
        if len(word) > 2 and not COMPANY_STOP.search(word + "."):
            return name[: stop.start()]
    return name


# A legal form that follows another after a comma ("Co., Ltd."): a name's forms go on.
_SECOND_FORM = rf"(?:{'|'.join(map(re.escape, SECOND_FORMS))})\b"


# What lengthens a name in ``full_name``: one or two capitalised words.
# (one space between a name's words: two or more, or a tab, part columns of names; never a
# first legal form cut from a pair: "Siam Apparel Co" of "… Co., Ltd.")
_LONGER_NAME = re.compile(rf"(?: [A-Z][\w&'’.-]*){{1,2}}\b(?!\.?,\s*{_SECOND_FORM})")


def full_name(name: str, page: str) -> str:
    """The longer name ``page`` prints for an organisation it also shortens ("Harrow Marine"
    quoted, "Harrow Marine Works" in the story): the name followed by one or two capitalised
    words, the last one a kind of organisation or a company word; else ``name`` itself.

    >>> full_name("Tidewell Marine", "The bay at Tidewell Marine Works hums. Tidewell Marine pays.")
    'Tidewell Marine Works'
    >>> full_name("Tidewell Marine", "Tidewell Marine Says Yes to Apprentices")
    'Tidewell Marine'
    >>> full_name("Kanya Apparel", "Kanya Apparel Co., Ltd. is hiring.")
    'Kanya Apparel'
    >>> full_name("Orley County", "Moves to Orley County Animal Services. Orley County pays.")
    'Orley County'
    >>> full_name("Fenwick", "Fenwick Care Cooperative. At Fenwick, we … Fenwick Care Cooperative")
    'Fenwick Care Cooperative'
    >>> full_name("Fenwick", "At Fenwick Care Cooperative, we … At Fenwick, we …")
    'Fenwick'
    """
    last = name.rsplit(" ", 1)[-1].lower().rstrip(".")
    if name not in page or last in (
            _ORGANISATIONS | _STUDY | _COMPANY_ENDS | _WHOLE_BODIES):
        # ("Greyfriars College" is whole beside "Greyfriars College Boat Club", "X School
        # District" beside "X School District Board of Education")
        return name
    longer = {page[start:m.end()]
              for start, m in needle_matches(page, page, name, _LONGER_NAME, edge=True)}
    kinds = [n for n in longer if n.rsplit(" ", 1)[-1].lower().rstrip(".") in (
        _ORGANISATIONS | _COMPANY_ENDS | hiring_cues().org_heads)]
    if " " not in name and not (len(kinds) == 1 and page.count(kinds[0]) > 1):
        # (rules46b) a one-word short form ("At Riverbend, aides …") lengthens only into
        # a name the page prints more than once ("Riverbend Care Cooperative" in its
        # header, its story and its footer): a one-off "Riverbend Care Home" beside it
        # may be another place
        return name
    return kinds[0] if len(kinds) == 1 else name
