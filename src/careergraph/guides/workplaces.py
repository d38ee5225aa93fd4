"""Employers and kinds of workplace a sentence names, whatever the page's structure.

Pages mark employers in prose in a few ways, none of them by a heading: a kind of organisation
followed by examples ("cargo carriers such as Northstar Air Freight", "Hospital chains like A
and B", "companies, for example C"), an employer cue with a list ("Large employers include A,
B and C", "hired by A"), or "such as those at A".  The kinds themselves ("cargo carriers",
"hospital chains", "quarries") are workplaces, read as sectors, when a workplace cue opens
their list ("employed by", "hired by", "work for", "works on", "Employers include",
"Employers range from … to …", "X are the main employers:").  A Capitalised name is an
employer only where such a cue says so: a sector word ("hospitals", "schools") never is.

>>> from careergraph.lexicon import load_lexicon
>>> from careergraph.guides.vocab import Vocabulary
>>> v = Vocabulary.from_lexicon(load_lexicon())
>>> workplaces("Farriers are hired by riding schools, racing yards such as Oakmere Stables "
...            "and Fenwick Bloodstock, and livery owners.", v)
(['Oakmere Stables', 'Fenwick Bloodstock'], ['riding schools', 'racing yards', 'livery owners'])
>>> workplaces("Tools such as Excel and Tableau are used daily.", v)
([], [])
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import cache, lru_cache

from careergraph.guides.company_forms import COMPANY_STOP
from careergraph.guides.hiring_cues import SUBJECT_NOUNS, hiring_cues
from careergraph.guides.literals import AnyOf, folded_absent
from careergraph.guides.phrase_gate import folded
from careergraph.guides.sector_frames import (
    client_sectors,
    framed_sectors,
    sector_frame_at,
    sector_pairs,
)
from careergraph.guides.text import clean, split_items
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.wanting import WANTING_CUES, wanting_subjects

__all__ = ["ASIDE_EXAMPLES", "EXAMPLES", "employer_types", "full_name", "industry_name",
           "industry_shares",
           "labelled_employers",
           "listed_kinds", "listed_workplace", "one_body", "organisation_name", "role_employers",
           "second_kind", "town_after", "unit_owners", "workplaces"]

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
# Nouns that say "some organisation" and no more: never a kind of workplace on their own.
_GENERIC = frozenset({"companies", "company", "firms", "firm", "employers", "employer",
                      "organisations", "organizations", "businesses", "groups", "group"})
# (in a bracket too: "jewellery companies (like A and B)")
EXAMPLES = _OPENERS = re.compile(r"(?:,?\s+|\s?\()(?:such as|like|including|e\.g\.,?|for example,?|"
                      r"for instance,?)\s+(?:those (?:at|in|with)\s+)?", re.IGNORECASE)
# "Large employers include A", "The biggest employers are A", "Airlines are the main
# employers: A, B": a cue word, then (within a few words) the verb that opens the list.
_EMPLOYER_LIST = re.compile(
    r"\b(?:employers|companies|firms|organi[sz]ations|recruiters|agencies)\b(?:\s+\S+){0,4}?"
    r"\s*(?:\s(?:include|includes|including|are|range from)\s+|:\s*)"
    # "Well-known laboratory groups include A and B": a trade's groups or chains of firms
    r"|\b[a-z]+\s+(?:groups|chains)\s+(?:include|includes)\s+"
    # "Big names that hire regularly include A": whoever hires, then the list.
    # ("Employers that hired our graduates in 2025 include A": the verb in the past too)
    r"|\b(?:that|who)\s+(?:hire|employ|recruit)(?:s|d|ed)?(?:\s+\w+){0,5}?\s+include\s+"
    # "Recent openings in the region were posted by A, B and C": who advertised the jobs
    r"|\b(?:openings|vacancies|jobs|positions|postings)\b(?:\s+\S+){0,4}?\s+(?:were|are|"
    r"have been|was)\s+(?:posted|advertised|listed)\s+by\s+"
    # "Recent openings include roles at A, B and C": a job board's openings name employers.
    r"|\b(?:openings|vacancies|placements)\s+(?:\w+\s+)?include\s+"
    r"(?:roles|jobs|positions|posts)\s+(?:at|with)\s+"
    # a course leader in a feature: "Our graduates are going to A, to B and to the C"
    r"|\b(?:graduates|leavers|apprentices|alumni)\s+(?:are\s+going|go|went|have\s+gone|"
    r"are\s+heading|head|are\s+moving)\s+(?:on\s+)?to\s+"
    # ("graduates go on to become Senior Welders": what they become, no employer)
    r"(?!(?:become|be|work|take|train|study|lead|manage|run|earn|gain|join\s+the\s+ranks)\b)",
    re.IGNORECASE)
# "Kestrel, Norland Mutual and Halberd Bank all have open SM roles": names with openings.
_OPEN_ROLES = re.compile(
    r"(?P<names>[A-Z][\w'&.-]*(?:(?:,\s+|\s+(?:and|&)\s+|\s+of\s+|\s+)[A-Z][\w'&.-]*)*)\s+"
    r"(?:all\s+|each\s+|both\s+|also\s+)?(?:(?:have|has|are\s+advertising|are\s+posting)\s+"
    r"open\s+(?:[\w-]+\s+){0,3}?(?:roles|positions|vacancies|jobs|posts|reqs)\b"
    # spoken or a talk's notes: "Hollis Dairy has had a cheesemaker opening for months"
    r"|(?:have|has)(?:\s+had)?\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:opening|openings|posting|"
    r"postings|vacancy|vacancies)(?=\s+(?:up|open|closing|right|now|this|since)\b|\s*[,.;!?]|$)"
    # a forum's "A, B and C are always hiring for this": who hires now
    r"|(?:are|is)\s+(?:always\s+|still\s+|constantly\s+|currently\s+|now\s+)?hiring"
    r"(?=\s+(?:for|like|right|now|again|these|this|them)\b|\s*[,.;!?]|$))")
# Cues whose list names where the work is done ("employed by A, B", "works on A, in B");
# "work for"/"works on" are weak (the noun "work" takes them too: "certifies work for
# payment"), so their items must look like places (see _place).
_WORKPLACE_CUE = re.compile(
    r"\b(?=[ehrwgsbdpf])"  # (the letters a match can start with: one test per position first)
    r"(?:(employed by|hired by|recruited by|(?:employed|hired|recruited) in(?= the\s)|"
    # "Hiring demand came mainly from A, B and C": who hires
    r"demand(?:\s+\w+){0,3}?\s+(?:came|comes|come|coming)\s+(?:\w+ly\s+)?from|"
    # "Demand is strongest in A, B and C": where the jobs are
    r"demand\s+(?:is|was|remains)\s+(?:strongest|highest|greatest|high|strong)\s+(?:in|among)|"
    # "Employment in this occupation is concentrated in A, B and C": a statistics office's
    # industries of employment
    r"employment\s+(?:\w+\s+){0,4}?(?:is|was|remains)\s+(?:\w+ly\s+)?concentrated\s+in|"
    # "leave the service to work as plant operators for A": where the work is done
    r"work(?:s|ed|ing)?\s+as\s+[a-z][\w -]{2,60}?\s+for(?=\s+[a-z]))|"
    # ("a great place to work for veterans": a workplace award, no employer)
    r"(?<!place to )work(?:s|ed|ing)? for|work(?:s)? (?:on|at|in)|"
    # "Respondents worked in A, B and C", "the rest working in D": where people work
    r"work(?:ed|ing) in|"
    # "but you will also find them in A, B and C": where the role's people work
    r"find (?:them|these (?:workers|professionals|staff)) in|"
    # "We place customer service representatives with retailers, banks …": a recruiter's
    # clients, where the people it places work (weak: "place the tiles with care")
    r"plac(?:e|es|ed|ing)\s+(?:\w+\s+){0,4}?(?:with|at)(?=\s+[a-z])|"
    # "Experience can be gained in operating companies, …"
    r"gain(?:ed)?(?: experience)? in|"
    r"(?:start|begin|work)(?:s|ed)?\s+as\s+an?\s+[a-z][\w -]{2,60}?\s+at"
    r"(?=\s+(?:an?\s|the\s|[A-Z])))\s+",
    re.IGNORECASE)
# A span of time after "for" ("for two summers", "for a few years"): no employer.
_CLIENT_NOUN = re.compile(r"\b(?:firms|factories|companies|plants|manufacturers|businesses|clients|"
                          r"customers)\b")  # (a quick look before sector_frames.client_sectors)
_SPAN_OF_TIME = re.compile(r"(?:a\s+few|a\s+couple\s+of|several|many|some|\d+|one|two|three|"
                           r"four|five|six|seven|eight|nine|ten)\s+(?:more\s+)?(?:years?|"
                           r"months?|weeks?|days?|summers?|winters?|seasons?|decades?)\b",
                           re.IGNORECASE)
# A generic head defined by what it makes or runs: a kind of employer, kept whole.
_DEFINED_KIND = re.compile(r"(?:companies|firms|businesses|organi[sz]ations|contractors) that "
                           r"(?:build|make|run|operate|supply|sell|design|install|manufacture|"
                           r"provide|maintain|repair|produce)s? [a-z][a-z -]{2,40}$")
# An adjective of a country or a region ("American retailers", "Japanese carmakers").
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|ic)$")
# A workplace named in brackets after its kind ("at a 180-room hotel (the Blue Ridge Lodge,
# part of Harlow Hospitality)"), with the group that owns it.
_NAMED_PLACE = re.compile(
    r"\b(?:at|for|with|in) an? (?:[\d,]+-[a-z]+ |small |large |busy |big |local )?"
    r"(?P<kind>[a-z]+(?: [a-z]+)?) \((?:the )?(?P<name>[A-Z][\w&'’]*(?: (?:& )?[A-Z][\w&'’]*){0,5})"
    r"(?:, (?:part of|owned by|a subsidiary of|run by|a member of) (?:the )?"
    r"(?P<parent>[A-Z][\w&'’]*(?: (?:& )?[A-Z][\w&'’]*){0,5}))?\)")
# "…, as do flight planning firms like X": one more kind that hires.
_AS_DO = re.compile(r"\bas do\s+([a-z][\w -]{2,60}?)(?=\s+(?:such as|like)\b|[,.;]|$)")
# "X, Y and Z also hire …": the subject list names workplaces.
_HIRE_VERB = re.compile(r"\s+(?:also |all |often |regularly )?(?:(?:hire|employ|recruit)s?|"
                        # ("A and B are both hiring, and C …": the verb ends a clause too)
                        r"are (?:also |all |both )?(?:hiring|recruiting))(?:\s|(?=[,.;]))",
                        re.IGNORECASE)
_SUBJECT_MAIN = re.compile(r"\s+(?:are|is) (?:by far |easily )?the (?:main|biggest|largest|major|"
                           r"key) employers?\b", re.IGNORECASE)
# A named organisation as that subject, with the body it is part of in brackets ("The
# national Probation Service (part of HMPPS) is by far the biggest employer").
_NAMED_MAIN = re.compile(r"(?P<org>(?:[A-Z][\w&'’.-]*\s+){0,4}[A-Z][\w&'’.-]*)"
                         r"(?:\s*\((?:part of|within|run by)\s+(?:the\s+)?"
                         r"(?P<parent>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})\))?$")
_SUBJECT_LEAD = 16  # characters before a named subject ("The national ")
_LEAD_WORDS = ("followed by ",  # ("A such as B, followed by C and D": a ranked list)
               "among ",
               "for the ", "for a ", "for an ", "for ", "in the ", "in a ", "in an ", "in ",
               "at the ", "at a ", "at an ", "at ", "on ", "a ", "an ", "the ", "by ",
               "mostly ", "mainly ", "across ",  # (", across A, B": the industries they serve)
               "also ", "and ", "or ", "to ")
# A verb in the progressive after "are" ("bidding for people", "paying new hires at …").
_PROGRESSIVE = re.compile(r"[a-z]+ing\s+(?:\w+\s+){0,2}?(?:for|at|to|with|on)\b")
# An organisation's name after "at": capitalised words, "&", "and" or "of" between them.
_AT_NAME = (r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:&|and|of)\s+[A-Z][\w'’.-]*|"
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
# Words that make a subject a sample of a kind, not the kind ("large providers such as X").
_SAMPLE = frozenset({"large", "larger", "big", "bigger", "major", "small", "many", "most",
                     "some", "other", "top", "leading", "several"})
_MIN_SHARED_NAME = 3  # letters of a name before a shared kind ("RAF dental services")
_RUN_ON = 3  # an unpunctuated item longer than this may hold several kinds
# A relative clause or example after a workplace ("a quarry that supplies stone").
_ITEM_TAIL = re.compile(r"(?:^|\s+)(?:that|which|who|where|with|such as|like|including)\b.*$|"
                        # "the county health districts are paid …": the list's verb
                        r"\s+(?:are|were)\s+(?:paid|employed|hired|based)\b.*$|"
                        r",?\s*(?:e\.g\.|for example|for instance)\b.*$", re.IGNORECASE)
# Adjectives that leave "firms" or "companies" saying nothing about the kind ("private
# firms", "large companies").
_VAGUE = frozenset({"private", "public", "large", "small", "big", "local", "national",
                    "international", "major", "other", "many", "some", "most", "leading",
                    "top", "specialist", "independent", "various",
                    "corporate"})  # ("the corporate group Pawsmith Partners": no kind)
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
_HIRES = re.compile(r"\b(?:employ|hire|recruit|paid|pay)", re.IGNORECASE)
# A first item that names no kind of workplace: "work on places that are hard to reach" is
# about the structures worked on, "work in teams" about how the work is done.
_NO_WORKPLACE = frozenset({"places", "sites", "locations", "areas", "things", "structures",
                           "spaces", "teams", "shifts", "pairs", "groups", "weathers",
                           "conditions", "hours", "weekends", "evenings", "nights", "rotas",
                           "partnership", "isolation", "all", "any", "most", "many",
                           "industries", "industry", "sectors", "sector", "fields", "field",
                           "settings", "environments"})


def _worked_on_place(text: str) -> bool:
    """The list after "work on" opens with a place ("cruise-style pet resorts", "construction
    sites", "the Kestrel Sound ferries"), not a machine or a material ("plasma cutters")."""
    first = _until_end(text).split(",", 1)[0].split(" and ", 1)[0].split()
    head = first[-1].lower().strip(".") if first else ""
    return head in _ORGANISATIONS or head in hiring_cues().worked_on or (
        bool(first) and first[0][:1].isupper())


_OWNED_BY = re.compile(r"\b(?:run|operated|owned|managed)\s+by\s+(?:the\s+)?$")
_FIRST_JOIN = re.compile(r"\s+(?:or|and)\s+")


def _bare_plural(text: str) -> bool:
    """The list after "work in" opens with a plural noun and no article ("theatres, on
    touring productions, …"), as a list of places does."""
    # (the first item ends at a comma or at "or"/"and": "work in provincial cancer agencies
    # or hospital departments")
    first = _FIRST_JOIN.split(text.split(",", 1)[0], 1)[0].split()
    return 0 < len(first) <= _RUN_ON and first[0][:1].islower() and first[-1].endswith("s") and (
        first[0] not in _NO_WORKPLACE and first[0] not in ("a", "an", "the")
        and not first[0].endswith(("'s", "’s", "s'")))  # ("in people's homes": whose, no kind)
# An industry named with its share of the workforce: "Health Care and Social Assistance
# industry (88.2%)".
_SHARE = re.compile(r"([A-Z][\w'-]*(?:,?\s+(?:and|&|[A-Z][\w'-]*))*?)(?:\s+(?:industry|sector))?"
                    r"\s*\(\d+(?:\.\d+)?\s*%\)")
_QUARTILES = frozenset({"Lower", "Middle", "Upper", "Top", "Bottom", "Median", "Lowest",
                        "Highest"})
# Role heads that name a discipline, not a person: a name ending in one may be a company.
_DISCIPLINES = frozenset({"Engineering", "Management"})
_OPENER_WORDS = ("such as", "like", "for example", "for instance", "e.g.", "including")
_LIST_WORDS = ("employers", "companies", "firms", "organisations", "organizations",
               "recruiters", "agencies", "groups", "chains", "openings", "vacancies",
               # (spaced: not "apprenticeships")
               "placements", "graduates ", "leavers ", "apprentices ", "alumni ")
# Every cue of the rules below, for one cheap test of a line (substrings: a regular
# expression over every line of a corpus costs more than the rules themselves).
_ANY_CUE = ("such as", "like", "for example", "for instance", "e.g.", "includ", "employ",
            "hire", "hiri", "recruit", "work", "compan", "firms", "organisation",
            "organization", "%)", "as do", "range from", "start", "begin", "agenc", "gain",
            "demand", "plac", "vacanc", "opening", "advert", "request", "sponsor", "take on",
            "taking on", "seek", "ads", "posting", "listing", "graduates", "leavers",
            "alumni", "apprentices", "trainees", "joined", " hiring", "have open", "has open",
            "retired from", "picked up by", "started with", "moved to", "now with", " open ",
            " sectors", " industries", "among the", "for its ", "for their ", "find the",
            " years in ", "been in ", "partner with", " pay ",
            "move", "join", "transfer", "went to", "go on to", "goes on to", "named",
            "mentioned", "cited", "got in at", "got a job", "landed a job", "factories",
            " plants", "manufacturers", "businesses", "clients", "customers", *WANTING_CUES)
_ANY_CUE_GATE = AnyOf(_ANY_CUE)  # one scan of a line instead of a test per cue
# Words that open a verb phrase, not one more workplace of a list.
_ADVERBS = frozenset({"usually", "often", "sometimes", "occasionally", "frequently",
                      "regularly", "typically", "generally", "then", "later", "always"})
# Participles after a plural noun that start what is said of it ("heliports run by …").
_PARTICIPLES = frozenset({"run", "owned", "operated", "managed", "based", "located", "funded",
                          "backed"})
_FIRM_WORDS = 3
_COMPANY_ENDS = frozenset({"ltd", "limited", "inc", "plc", "llc", "llp", "co"})
# Public bodies whose name is whole: a board or an office after it is a part of the body.
_WHOLE_BODIES = frozenset({"district", "municipality", "ministry"})
_SPAN = 400
_KIND_WORDS = 3  # words of a kind before its examples ("large dairy farms such as …")
# Words that end a kind read backwards from "such as": determiners, prepositions, verbs.
_KIND_STOPS = frozenset({"the", "a", "an", "our", "their", "its", "his", "her", "your",
                         "my", "with", "at", "for", "in", "of", "and", "or", "to", "by",
                         "from", "as", "on", "into", "across", "among", "join", "joins",
                         "include", "includes", "including", "are", "is", "were", "was",
                         "be", "do", "does", "did", "also", "than", "work", "works",
                         "other", "these", "those", "some", "many",
                         "most", "such", "big", "bigger", "leading", "top", "well-known",
                         "named", "famous", "known"})
_MAX_WORDS = 6
_CONNECTORS = frozenset({"of", "&", "and", "de", "du", "la", "le", "von", "van", "da"})


# A unit of a plural kind of organisation ("banks' fraud and AML teams", "insurance companies'
# special investigations units"): the kind is the workplace.
_UNIT_OF = re.compile(r"\b([a-z][a-z-]+s)['’]\s+(?:[\w-]+\s+){0,4}?(?:teams?|units?|departments?|"
                      r"divisions?)\b")  # ("dentists' offices" is a workplace itself)
def unit_owners(text: str) -> str:
    """``text`` with each unit of a plural kind of organisation said as that kind: the
    workplace is the kind, not its team.

    >>> unit_owners("They work in banks' fraud and AML teams and for insurers.")
    'They work in banks and for insurers.'
    """
    return _UNIT_OF.sub(r"\1", text) if "s' " in text or "s’ " in text else text


# A pay grade after "at" ("you start as a junior examiner at GS-7 or GS-9"): no employer.
# A grade's code ("BPS-9", "RT II"): a level of a ladder, no organisation.
_GRADE_CODE = re.compile(r"^[A-Z]{1,4}[- ](?:\d{1,2}|I{1,3}|IV|VI{0,3}|IX|X)$")


# Days and times the work falls on ("work on Sundays and holidays"): no place.
_TIME_ON = re.compile(r"\s*(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|"
                      r"(?:public\s+|bank\s+)?holidays?|nights?|shifts?|call)\b", re.IGNORECASE)


def workplaces(text: str, vocab: Vocabulary, holder: str = "") -> tuple[list[str], list[str]]:
    """``(employers, sectors)`` a line states, as the module says.  Examples after a kind of
    organisation are employers only in a sentence about work or its ``holder`` (the role's
    head noun, "sommelier"): "companies like X lead the market" names no employer."""
    employers: list[str] = []
    found: list[str] = []
    example_kinds: list[str] = []  # kinds whose named examples are employers
    text = unit_owners(text)  # "in banks' fraud teams": in banks
    if "(" in text and (place := _NAMED_PLACE.search(text)) is not None and (
            place.group("kind").split()[-1] in _ORGANISATIONS):
        # "I'm a night auditor at a 180-room hotel (the A, part of B)": the kind, its name
        # and the group that owns it.
        found.append(place.group("kind"))
        employers.extend(n for n in (place.group("name"), place.group("parent")) if n)
    if "mployer" in text[:30] or "ecruiter" in text[:30] or "iring" in text[:30]:
        named, kinds = labelled_employers(text, vocab)
        employers.extend(named)
        found.extend(kinds)
    lowered = text.lower()
    if " for " in lowered or " with " in lowered:
        employers.extend(_held_with(text, vocab, holder))  # "a firefighter with A"
    if "joined " in lowered or "went to " in lowered or "employed " in lowered:
        employers.extend(_joined(text, vocab))  # "went to A Coachworks as a paint shop boy"
    if ", for example)" in lowered or ", for instance)" in lowered:
        employers.extend(_trailing_examples(text, vocab))  # "port authorities (the A, for …)"
    held = bool(holder) and " at " in lowered and holder.lower() in lowered
    if not held and " at " in lowered and (_WORK_TALK.search(text) or _PAID_AT.search(text)):
        held = True  # ("night shifts on the ward at X Hospital": an organisation's name)
    held = held or (bool(holder) and " in " in lowered and holder.lower() in lowered[:80])
    if not held and not _ANY_CUE_GATE.search(lowered):
        return employers, found  # most lines (skills, duties) name no workplace: stop early
    for sentence in _sentences(text):
        if sentence.rstrip().endswith("?") and _ASKING.match(sentence):
            continue  # "Is it better to work for a broker or a bank?": asked, not stated
        lowered = sentence.lower()  # substring tests first: each rule's regex runs rarely
        named, kinds = _cued_lists(sentence, vocab)
        employers.extend(named)
        found.extend(kinds)
        if " at " in lowered:
            employers.extend(_at_employers(sentence, vocab, holder))
        if holder and " in " in lowered:
            found.extend(_role_places(sentence, holder, vocab))
        if holder and " at " in lowered:
            found.extend(_paid_places(sentence, holder, vocab))
        if any(opener in lowered for opener in _OPENER_WORDS) and (
                _WORK_TALK.search(sentence) or (holder and holder.lower() in lowered)):
            named, kinds = _examples(sentence, vocab)
            employers.extend(named)
            example_kinds.extend(kinds)
        if any(word in lowered for word in _LIST_WORDS) or " include" in lowered:
            for match in _EMPLOYER_LIST.finditer(sentence):
                named, kinds = _list_at(sentence, match.end(), vocab, span=(
                    " to " in match.group(0) or "range from" in match.group(0).lower()))
                employers.extend(named)
                found.extend(kinds)
        if "work" in lowered or "ed by " in lowered or " as a" in lowered or "gain" in lowered or (
                "ed in " in lowered or "demand" in lowered or "plac" in lowered
                or "find " in lowered):
            for match in _WORKPLACE_CUE.finditer(sentence):
                if match.group()[:1] == "W" and match.start() > 0:
                    continue  # "the Great Place to Work for Veterans scheme": a name's words
                if match.group().rstrip().endswith(" for") and _SPAN_OF_TIME.match(
                        sentence, match.end()):
                    continue  # "work as a field assistant for two summers": how long, no place
                if not match.group(1) and sentence[:match.start()].endswith(" to ") and (
                        match.group().lower().startswith("work on")):
                    continue  # "Ability to work on stilts": what the work stands on
                if not match.group(1) and match.group().lower().rstrip().endswith(
                        "in") and not _bare_plural(
                        sentence[match.end():]):
                    continue  # "work in a gang led by …": how the work is done, no place
                if not match.group(1) and match.group().lower().startswith(
                        ("work on", "works on")) and (not _worked_on_place(
                            sentence[match.end():]) or _TIME_ON.match(sentence, match.end())):
                    continue  # "work on plasma cutters", "work on Sundays": no place
                named, kinds = _list_at(sentence, match.end(), vocab, weak=not match.group(1))
                employers.extend(named)
                found.extend(kinds)
        found.extend(industry_shares(sentence))
        if " sectors" in lowered or " industries" in lowered:
            found.extend(framed_sectors(sentence, _known_sector(vocab)))  # "the A and B sectors"
        if "for " in lowered and _CLIENT_NOUN.search(lowered):
            found.extend(client_sectors(sentence, _known_sector(vocab)))  # "for A and B firms"
        if " at " in lowered and "i " in lowered:
            employers.extend(paid_at(sentence, vocab))
        if " open " in lowered or "opening" in lowered or "posting" in lowered or (
                "vacanc" in lowered or " hiring" in lowered):
            employers.extend(_with_openings(sentence, vocab))
        if "employ" in lowered or "hir" in lowered or "recruit" in lowered:
            main = _SUBJECT_MAIN.search(sentence)
            subject = main or _HIRE_VERB.search(sentence)
            if subject is not None:  # ("X are the main employers" says X employs: any noun)
                found.extend(_subject_kinds(sentence[:subject.start()], any_noun=bool(main))
                             or _subject_industries(sentence[:subject.start()], vocab))
            org = _NAMED_MAIN.search(sentence[:main.start()]) if main is not None else None
            if org is not None and org.start() <= _SUBJECT_LEAD and " " in org.group(
                    "org"):  # (a name of two words or more: "Airlines" is a kind)
                employers.extend(n for n in (org.group("org"), org.group("parent"))
                                 if n and n.split()[0] not in ("The", "A", "An"))
            first = subject.end() if subject is not None and main is None else len(sentence)
            for later in _HIRE_VERB.finditer(sentence, first):
                # "…, and navigation-data firms employ them": a second clause's subject
                clause = sentence[first:later.start()]
                joined = clause.rfind(", and ")
                if joined != -1:
                    found.extend(_subject_kinds(clause[joined + len(", and "):]))
        for wanting in wanting_subjects(sentence, holder):  # "as shipyards and fabricators scramble
            found.extend(_subject_kinds(wanting))   # for welders": where the jobs are
        if " pay " in lowered:
            found.extend(paying_kinds(sentence))  # "A and B pay more than C"
        if "named" in lowered or "mentioned" in lowered or "cited" in lowered:
            employers.extend(named_most(sentence, vocab))  # "the groups most named were A"
        if " as " in lowered or " roles with " in lowered or " jobs with " in lowered:
            found.extend(moved_to_kinds(sentence))  # "move to A as B", "join A as B"
        if " join " in lowered:
            found.extend(joined_kinds(sentence, vocab))  # "others join A, B and C"
        if " years" in lowered and " in " in lowered:
            found.extend(_years_in(sentence))  # "I've been in museums for 14 years"
        also = _AS_DO.search(sentence) if "as do " in lowered else None
        if also is not None and _place(also.group(1).rsplit(" ", 1)[-1]):
            found.append(also.group(1))
    employers = [e for e in dict.fromkeys(employers)
                 if not (_role_title(e, vocab) or _GRADE_CODE.match(e))]
    taken = {e.lower() for e in employers}
    # (after the kinds a cue lists: those keep their order; a kind that runs a workplace
    # already read is that workplace's owner, one sector with it: "contracted-out prisons
    # run by private operators such as A")
    found.extend(k for k in example_kinds if not (found and _OWNED_BY.search(
        text[:text.find(k)] if k in text else "")))
    return employers, [s for s in dict.fromkeys(found) if s.lower() not in taken]


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
    names: list[str] = _story_employers(text, role, vocab) + _hiring_name(text, role, vocab)
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
        name = re.sub(r"\s+(?:and|&)$", "", name)
        if name and not _not_employer(name, vocab):
            names.append(name)
    return names


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
             for match in hiring.finditer(text)]
    return [name for name, verb in names if name and name.lower() not in _QUESTION_WORDS
            and not _not_employer(name, vocab) and not _role_title(name, vocab)
            and (verb[0] not in "sp" or _org_like(name) or name in vocab.employers)]


# ("Who employs cartographers?" in a reference list: a question, no name)
_QUESTION_WORDS = frozenset({"who", "which", "what", "whoever"})


_NAME_RUN = r"(?P<name>[A-Z][\w'’.&-]*(?:\s+(?:&|and|of)\s+[A-Z][\w'’.-]*|\s+[A-Z][\w'’.&-]*){0,4})"


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
    hired = re.compile(rf"{_NAME_RUN}\s+(?:hired|took)\s+me\s+(?:on\s+)?as\s+(?:an?\s+)?"
                       rf"(?:[\w-]+\s+){{0,3}}?(?i:{head})\b")
    placed = re.compile(rf"^At\s+{_NAME_RUN},\s+(?:[a-z][\w-]*\s+){{0,3}}(?i:{head})e?s?\b")
    # "In the Punjab Livestock Department, a Veterinary Officer is appointed …": a body's name
    inside = re.compile(rf"^In\s+the\s+{_NAME_RUN},\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?"
                        rf"(?i:{head})e?s?\b")
    # a spoken story: "I went to Arden Strings in Bristol as a luthier"
    joined = re.compile(rf"\bI\s+(?:then\s+)?(?:went|moved|joined)\s+(?:to\s+|over\s+to\s+)?"
                        rf"{_NAME_RUN}(?:\s+in\s+[A-Z][\w-]+)?\s+as\s+(?:an?\s+)?"
                        rf"(?:[\w-]+\s+){{0,3}}?(?i:{head})\b")
    # a first-person story: "I've been an examiner at the USPTO for twelve years"
    tenure = re.compile(rf"\bI(?:'ve|’ve|\s+have)\s+(?:been|worked\s+as)\s+an?\s+"
                        rf"(?:[\w-]+\s+){{0,3}}?(?i:{head})\s+(?:at|with|for)\s+(?:the\s+)?"
                        rf"{_NAME_RUN}")
    # a thread's writer: "I'm at Orla Foods right now, before that Kolby Mills.", "I'm a lead
    # tech at Skyline Towers right now, … Before that Apex Wireless."
    current = re.compile(rf"\bI(?:'m|’m|\s+am)\s+(?:an?\s+(?:[\w-]+\s+){{0,3}}?)?at\s+(?:the\s+)?"
                         rf"{_NAME_RUN}\s+right now\b")
    earlier = re.compile(rf"\b[Bb]efore that,?\s+(?:I was\s+at\s+|at\s+)?{_NAME_RUN}(?<!\.)"
                         r"(?=[.,;]|$)")
    patterns = (hired, placed, joined, tenure, current, inside) + (
        (earlier,) if now and current.search(text) else ())
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


def industry_shares(text: str) -> list[str]:
    """Industries a sentence lists with their shares of the workforce (two or more).

    >>> industry_shares("Most work in the Mining industry (61.2%), followed by "
    ...                 "Construction (20.5%) and Other Services (4.0%).")
    ['Mining', 'Construction', 'Other Services']
    """
    if "%)" not in text:
        return []
    # ("Lower (25%) 39 million won  Middle (50%) …": a pay distribution's quartiles)
    shares = [m.group(1) for m in _SHARE.finditer(text) if m.group(1) not in _QUARTILES]
    return shares if len(shares) >= 2 else []


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


def second_kind(kind: str) -> str | None:
    """The kind after "and" in two kinds that share one head noun ("Retail chain and grocery
    pharmacies" -> "grocery pharmacies"), a kind in its own right; None when the words
    before "and" are a kind of their own ("Hospitals and health systems": two plurals) or a
    suspended prefix makes the two one kind ("before- and after-school programs").

    >>> second_kind("Mail-order and specialty pharmacies")
    'specialty pharmacies'
    >>> second_kind("Hospitals and health systems") is None
    True
    """
    match = _SHARED_HEAD.fullmatch(kind)
    return match.group(2) if match is not None and not match.group(1).endswith(
        ("s", "-")) else None


# "Retail chain and grocery pharmacies": modifiers before "and", then a modifier and the head.
_SHARED_HEAD = re.compile(r"([\w-]+(?: [a-z][\w-]*)?) and ([a-z][\w-]* [a-z][\w-]*s)")


def listed_kinds(kind: str) -> list[str]:
    """The sectors one listed kind of workplace gives: the kind, and the second of two kinds
    sharing one head (see :func:`second_kind`).  A head naming a field of service rather
    than a place ("services", "programs") is shared by words that are no kind alone:
    "Mental health and addictions services" is one field; but a lone plural before "and"
    is a kind of its own, so "Clinics and outreach programs" is two.

    >>> listed_kinds("Retail chain and grocery pharmacies")
    ['Retail chain and grocery pharmacies', 'grocery pharmacies']
    >>> listed_kinds("Youth and family services")
    ['Youth and family services']
    >>> listed_kinds("Libraries and adult literacy programs")
    ['Libraries', 'adult literacy programs']
    """
    if kind.rsplit(" ", 1)[-1].lower() not in _FIELD_HEADS:
        second = second_kind(kind)
        return [kind] if second is None else [kind, second]
    pair = _PLURAL_AND_FIELD.fullmatch(kind)
    return [pair.group(1), pair.group(2)] if pair is not None else [kind]


# Heads naming what is offered, not a place that hires ("addictions services").
_FIELD_HEADS = frozenset({"services", "programs", "programmes"})
# "Schools and early childhood programs": a lone plural kind, then a field of service.
_PLURAL_AND_FIELD = re.compile(r"([A-Z][a-z]+[^s\W]s) and ((?:[a-z][\w-]* ){1,3}[a-z]+)")


def _sentences(text: str) -> list[str]:
    # (an abbreviation's full stop ends no sentence: "St. Benilde Medical Center"; nor does a
    # company's "Ltd." before a lower-case word: "Meghna Builders Ltd. and Padma Consultants")
    sentences: list[str] = []
    for piece in _SENTENCE_END.split(text[:2000]):
        if sentences and piece[:1].islower() and COMPANY_STOP.search(sentences[-1]):
            sentences[-1] += " " + piece
        elif piece:
            sentences.append(piece)
    return sentences


# A yes-or-no question's opening ("Is it better to …?", "Should I work for …?"): a choice
# the reader weighs, naming no workplace of the role.
_ASKING = re.compile(r"(?:Is|Are|Do|Does|Should|Can|Could|Would|Will)\s")


_SENTENCE_END = re.compile(r"(?<=[.!?;])(?<!\bSt\.)(?<!\bMt\.)(?<!\bFt\.)(?<!\bDr\.)"
                           r"(?<!\b[A-Z]\.[A-Z]\.)\s+")  # (nor do initials: "the U.S. Postal …")


def _examples(sentence: str, vocab: Vocabulary) -> tuple[list[str], list[str]]:
    """Names after a kind of organisation and "such as"/"like"/"for example", and the kinds
    whose examples they are ("field officers with dairy companies such as A": a sector)."""
    found: list[str] = []
    kinds: list[str] = []
    for match in _OPENERS.finditer(sentence):
        before = sentence[:match.start()].rstrip(" ,").split()
        noun = before[-1].lower().strip(",") if before else ""
        those = match.group(0).lower().rstrip().endswith(("at", "in", "with"))
        first = _leading_name(sentence[match.end():match.end() + _SPAN]) or ""
        legal = first.rsplit(" ", 1)[-1].lower().rstrip(".") in _COMPANY_ENDS
        if noun in _ORGANISATIONS or those or (noun in _STUDY and _HIRES.search(sentence)) or (
                legal and " " in first):  # ("boutiques such as A LLP or B": a firm's form)
            names = _names(sentence[match.end():match.end() + _SPAN], vocab, inside=True)
            found.extend(names)
            kind = _example_kind(before, vocab) if names and not those and (
                noun in _ORGANISATIONS or noun in _STUDY) else ""
            if kind:
                kinds.append(kind)
    return found, kinds


def _years_in(sentence: str) -> list[str]:
    """Kinds of organisation a person has spent years in ("I've been in museums for 14 years",
    "twenty years in hospitals and hospices"): each a plural kind (``_ORGANISATIONS``); "6
    years in accounts" names a field of work, no workplace.

    >>> _years_in("I've been in museums and galleries for 14 years.")
    ['museums', 'galleries']
    >>> _years_in("She has 6 years in accounts.")
    []
    """
    found: list[str] = []
    for match in _YEARS_IN.finditer(sentence):
        items = [i.strip() for i in split_items(match.group("kinds") or match.group("kinds2"))]
        if items and all(0 < len(i.split()) <= _RUN_ON and i[:1].islower() and i.endswith("s")
                         and (i.split()[-1] in _ORGANISATIONS or i.split()[-1] in _PLACES_OF)
                         for i in items):
            found.extend(items)
    return found


# Years spent in kinds of organisation, told either way round.
_YEARS_IN = re.compile(r"\b(?:been|worked|working)\s+in\s+(?P<kinds>[a-z][a-z -]{2,60}?)\s+"
                       r"for\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+)?"
                       r"(?:\d+|[a-z]+)\s+years\b|\b(?:\d+|[a-z]+)\s+years\s+in\s+"
                       r"(?P<kinds2>[a-z][a-z -]{2,60}?)"
                       r"(?=[,.;]|\s+(?:and\s+then|before|as|where|with)\b)", re.IGNORECASE)
_PLACES_OF = frozenset({"galleries", "hospices", "archives", "schools", "universities",
                        "colleges"})


def _example_kind(before: list[str], vocab: Vocabulary) -> str:
    """The kind of organisation the words ``before`` "such as" end with ("… as field officers
    with dairy companies" -> "dairy companies"), or "" when it is no qualified kind: one
    noun the gazetteer does not know as a sector ("chains", "houses"), a sample ("large
    operators"), some organisation ("local firms") or a phrase longer than a kind."""
    kind: list[str] = []
    for index in range(len(before) - 1, -1, -1):
        word = before[index].strip(",")
        if word != before[index] and kind:
            break  # ("… yards, dairy companies"): the comma ends the kind
        opens = index == 0 or before[index - 1].endswith((".", ":"))
        if not word.replace("-", "").isalpha() or word.lower() in _KIND_STOPS or (
                not word[:1].islower() and not opens):
            break
        kind.insert(0, word)
    if not kind or len(kind) > _KIND_WORDS or kind[0].lower() in _SAMPLE or all(
            w.lower() in _VAGUE or w.lower() in _GENERIC for w in kind):
        return ""
    name = " ".join(kind)
    if len(kind) == 1 and not (vocab.gazetteer is not None and vocab.gazetteer.sectors(
            name, section=True) == [name]):
        return ""
    return name


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
        if word[:1].isupper() or word[:1].isdigit() or (words and word in _CONNECTORS):
            words.append(word)
        else:
            break
    form = _LOWER_FORM.match(item, len(" ".join(words))) if words and words[-1] == "Sp." else None
    if form is not None:  # "Meblowa Fabryka Sp. z o.o.": a legal form in lower case
        return f"{' '.join(words)}{form.group().rstrip(' ,')}"
    while words and words[-1] in _CONNECTORS:
        words.pop()
    if not words or len(words) > _MAX_WORDS or not (words[0][:1].isupper() or _ordinal_name(
            words)):
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
    return (_role_title(name, vocab) or (tools and _tool_name(name, vocab))
            or lowered in {r.lower() for r in vocab.headings.regions}
            or lowered in {s.lower() for s in vocab.sectors}
            or industry_name(name, vocab)  # ("Public Health": an industry, by name)
            # ("GIS", "CRM": a tool's letters; "L&C", "P&O": a firm's initials joined by "&")
            or (len(name) <= 3 and name.isupper() and "&" not in name))


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


_CLOSED_ASIDE = re.compile(r"\s*\([^()]{1,60}\)(?=[\s,.])")


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


_SINCE = re.compile(r"\s+(?:in\s+(?:19|20)\d\d|for\s+(?:\d{1,2}|[a-z]+)\s+(?:years?|months?))\b")
_ABBREVIATION = re.compile(r"\b(?:St|Mt|Ft|Dr)\.$|\b[A-Z]\.[A-Z]\.$")


# "Roads and Highways Department", "Fish and Wildlife Service": one public body whose name
# joins two nouns, not two employers.
_ONE_BODY = re.compile(r"[A-Z][a-z]+ and (?:[A-Z][a-z]+ )+(?:Department|Board|Ministry|Authority|"
                       r"Agency|Commission|Council|Corporation|Service|Directorate|Division)")


def one_body(item: str) -> bool:
    """``item`` is one public body whose name joins two nouns with "and".

    >>> one_body("Roads and Highways Department"), one_body("Roads and Bridges")
    (True, False)
    """
    return _ONE_BODY.fullmatch(item) is not None


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
    for match in _OPEN_ROLES.finditer(sentence):
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
    for number, raw in enumerate(_shared_heads(split_items(text, _one_name), text)):
        after_name, named_before = len(employers) > named_before, len(employers)
        item = raw.strip(" .")
        lowered = item.lower()
        if not number and _PROGRESSIVE.match(item):
            break  # "employers are bidding for people …": a verb, no list
        since = _SINCE.search(item) if (" in " in lowered or " for " in lowered) and (
            item[:1].isupper()) else None
        if since is not None:  # "Cascade Southern in 2011", "NVIDIA for 5 years": a time
            item = item[: since.start()]
            lowered = item.lower()
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
        if len(words) > _MAX_WORDS or not all(w.replace("-", "").replace("'", "").isalpha()
                                              for w in words):
            break
        if weak and not (article or _place(words[-1])):
            break
        cut = _appositive_name(words)
        named = " ".join(words[cut:])
        if cut and (not _not_employer(named, vocab) or (  # ("the coding bureau Codewell
                words[cut - 1].lower() in _ORGANISATIONS and " " in named  # Partners": the
                and not _tool_name(named, vocab))):  # kind says it names an organisation)
            # "the online retailer Quillo": a kind, then the one organisation of that kind
            employers.append(named)
            words = words[:cut]
        kinds.extend(k for k in _run_on_kinds(words) if not _vague(k))
    return employers, kinds


# The verb phrase a list of names ends in, opened by "all" or "both" ("A, B and C all put
# new tenders on each year"): the last item is the name before it.
_NAMES_VERB = re.compile(r"(?<=[A-Za-z.)])\s+(?:all|both)\s+(?!year\b|day\b|week\b)[a-z].*$")


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


def _place(word: str) -> bool:
    """A plural noun or a kind of organisation ("quarries", "firm"), not "payment"."""
    lowered = word.lower()
    return lowered in _ORGANISATIONS or (lowered.endswith("s") and not lowered.endswith("ss"))


def _vague(kind: str) -> bool:
    """"private firms": a generic noun with only vague adjectives says no kind."""
    words = kind.lower().split()
    return words[-1] in _GENERIC and all(w in _VAGUE for w in words[:-1])


def _shared_heads(items: list[str], text: str) -> list[str]:
    """"engineering and surveying firms" stays whole: a single word not plural joined by
    "and" to a kind of organisation shares its noun."""
    joined: list[str] = []
    for item in items:
        words = item.split()
        if (joined and " of " in joined[-1] and len(words) == 1 and item.islower()
                and f"{joined[-1]} and {item}" in text):
            joined[-1] = f"{joined[-1]} and {item}"  # "departments of universities and hospitals"
        elif (joined and f"{joined[-1]} and {item}" in text and len(_PREPOSED.sub(
                "", joined[-1]).split()) == 1  # ("in opera and dance companies")
                and joined[-1][:1].islower()
                and not joined[-1].endswith("s") and len(words) >= 2
                and words[-1].lower() in _ORGANISATIONS):
            joined[-1] = f"{joined[-1]} and {item}"
        else:
            joined.append(item)
    return joined


_PREPOSED = re.compile(r"^(?:in|on|at)\s+")


def _run_on_kinds(words: list[str]) -> list[str]:
    """An item as one or more kinds: a list written without commas ("locksmith shops
    hardware stores security companies") is cut after each organisation noun inside it."""
    if len(words) <= _RUN_ON:
        return [" ".join(words)]
    pieces: list[list[str]] = [[]]
    for index, word in enumerate(words):
        pieces[-1].append(word)
        if (word.lower() in _ORGANISATIONS and word.endswith("s") and index < len(words) - 1
                and words[index + 1] not in _CONNECTORS | {"for", "in", "with"}):
            pieces.append([])
    merged: list[list[str]] = []
    for piece in pieces:  # "estates departments of …": a one-word piece qualifies the next
        if merged and len(merged[-1]) == 1:
            merged[-1].extend(piece)
        else:
            merged.append(piece)
    return [" ".join(p) for p in merged if len(p) >= 2]


def _subject_kinds(clause: str, any_noun: bool = False) -> list[str]:
    """Workplaces listed as a sentence's subject ("Corporate flight departments and
    fractional-ownership companies, for example X, also hire …")."""
    clause = _OPENERS.split(clause)[0] if _OPENERS.search(clause) else clause
    items = _shared_heads([i.strip(" ,.") for i in split_items(clause) if i.strip(" ,.")],
                          clause)  # ("tea and coffee factories": one kind)
    if not items or len(items) > 8:
        return []
    kinds: list[str] = []
    for index, item in enumerate(items):
        item, host = _housed_kind(item)  # (host None: no kind of organisation houses it)
        words = item.split()
        rest = words[1:] if index == 0 else words  # the sentence's first word is capitalised
        named = _named_qualifier(words) if any(w[:1].isupper() for w in rest) else None
        if named is False:
            continue  # ("Tesco stores and banks hire …": a brand's outlets, maybe an employer)
        if (not words or len(words) > _MAX_WORDS
                or (any(w[:1].isupper() for w in rest) and not named)
                or (len(words) == 1 and words[0].lower() in _GENERIC)
                or (words[0].lower() in _SAMPLE and not named)
                or not (any_noun or host is not None
                        or words[-1].lower().split("-")[-1].rstrip("s")
                        in {o.rstrip("s") for o in _ORGANISATIONS})  # ("agro-dealers")
                or any(w.lower() in _CLAUSE_WORDS for w in words)):
            return []
        kinds.append(item[4:] if item.startswith("the ") else item)
        kinds.extend(host or ())
    return kinds


# A kind housed in another ("customer care centres at airlines", "tax teams in large
# companies"): both are workplaces of the subject list.
_HOUSED = re.compile(r"^(?P<kind>.+?) (?:at|in|within) (?P<host>[a-z][\w-]*(?: [a-z][\w-]*)?)$")


def _housed_kind(item: str) -> tuple[str, list[str] | None]:
    """``(kind, [host])`` of a subject item that places a kind inside another kind of
    organisation: a place and its host are two workplaces, a unit ("tax teams") is its
    host's, unless the host names no kind ("large companies"); ``(item, None)`` when nothing
    houses it.

    >>> _housed_kind("in-house customer care centres at airlines")
    ('in-house customer care centres', ['airlines'])
    >>> _housed_kind("in-house teams at software firms")
    ('software firms', [])
    >>> _housed_kind("in-house tax teams in large companies")
    ('in-house tax teams', [])
    >>> _housed_kind("banks in town")
    ('banks in town', None)
    """
    match = _HOUSED.match(item)
    if match is None or match.group("host").split()[-1] not in _ORGANISATIONS or not (
            match.group("host").endswith("s")) or (
            " " not in match.group("kind") and match.group("kind") not in _ORGANISATIONS):
        return item, None  # ("Teams in big companies": a bare unit says no kind)
    host, kind = match.group("host"), match.group("kind")
    if _vague(host) or host.split()[0] in _SAMPLE:
        return kind, []
    # ("in-house teams at software firms": a unit of the host, whose kind is the workplace)
    return (host, []) if kind.split()[-1].lower() in _UNITS else (kind, [host])


_UNITS = frozenset({"teams", "units", "departments", "divisions", "desks", "functions"})


def _named_qualifier(words: list[str]) -> bool | None:
    """Whether a kind opened by capitalised qualifiers ("Big Four firms", "NHS trusts",
    "Fortune 500 companies") names a class of organisation: True when a qualifier is an
    acronym or a count, False for other capitals before a lowercase plural organisation
    noun ("Tesco Express stores": a brand's outlets), None for no such kind."""
    head = words[-1] if words else ""
    if not (2 <= len(words) <= _FIRM_WORDS and head in _ORGANISATIONS and head.endswith("s")
            and all(w[:1].isupper() or w.isdigit() for w in words[:-1])):
        return None
    return any((w.isupper() and len(w) >= 2) or w.isdigit() or w.lower() in _COUNTS
               for w in words[:-1])


_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


_NAME_NEXT = re.compile(r"\s*(?:the\s+)?[A-Z0-9]")


def _cued_lists(sentence: str, vocab: Vocabulary) -> tuple[list[str], list[str]]:
    """``(employers, kinds)`` of the lists the hiring cues open (see
    :mod:`careergraph.guides.hiring_cues`), and the names a hiring verb has as its subject."""
    cues = hiring_cues()
    employers: list[str] = []
    kinds: list[str] = []
    lowered = folded(sentence)  # (each cue's words looked for first: most sentences hold none)
    for gate in (cues.hiring_list, cues.advert_list, cues.ranked_list, cues.destination):
        for match in gate.pattern.finditer(sentence) if gate.admits(lowered) else ():
            named, found = _list_at(sentence, match.end(), vocab,
                                    asides=gate is not cues.destination)
            employers.extend(named)
            kinds.extend(found)
    for match in cues.demand.pattern.finditer(sentence) if cues.demand.admits(lowered) else ():
        kinds.extend(_list_at(sentence, match.end(), vocab)[1])  # (where the demand is)
    employers.extend(_subject_names(sentence, vocab))
    if "among " in sentence or " for its " in sentence or " for their " in sentence:
        employers.extend(_framed_employers(sentence, vocab))
    for match in cues.own_moves.pattern.finditer(sentence) if cues.own_moves.admits(
            lowered) else ():
        # "I started with A and now I'm with B": organisations' names only, no kinds
        if not _NAME_NEXT.match(sentence, match.end()):
            continue  # ("the people I started with moved into …": colleagues, no employer)
        named = _names(sentence[match.end():match.end() + _SPAN], vocab)
        employers.extend(n for n in named if ((" " in n and _org_like(n))
                                              or n in vocab.employers
                                              or _kind_aside(sentence, match.end(), n))
                         and _whole_name(sentence, match.end(), n))
    return employers, kinds


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


# A hiring verb after a subject list: "A, B and city corporations recruit …", "(A, B and C
# all have open roles)", "A and dozens of clinics employed members".
_SUBJECT_VERB = re.compile(
    r"\s+(?:(?:all|also|now|regularly|often|each|still|actively)\s+)*(?:hire[sd]?|"
    r"(?:employ|recruit)(?:s|ed)?|(?:are|is|were|was)\s+(?:(?:also|now|all|actively)\s+)?(?:hiring|recruiting)|"
    r"(?:have|has)\s+(?:\w+\s+)?open(?:ings)?)\b(?!\s+by\b)", re.IGNORECASE)
_SUBJECT_START = re.compile(r"(?:^|[(:]\s*)(?=[A-Z])")
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
    rf"(?:now\s+|currently\s+|actively\s+)?{_HIRING_NOW}\s+for\s+(?:its|their)\s)",
    re.IGNORECASE)


def _known_sector(vocab: Vocabulary) -> Callable[[str], bool]:
    """A test for a sector's name the lexicon knows ("Banking and Finance")."""
    known = {s.lower() for s in vocab.sectors}
    return lambda name: name.lower() in known


def _subject_industries(clause: str, vocab: Vocabulary) -> list[str]:
    """A hiring verb's subject that lists only industries the gazetteer knows ("Insurance,
    Mining and Government Contractors are all hiring"): those sectors, else none."""
    items = [i.strip(" ,.") for i in split_items(clause.strip()) if i.strip(" ,.")]
    return items if items and all(industry_name(i, vocab) for i in items) else []


def industry_name(item: str, vocab: Vocabulary) -> bool:
    """``item`` is, as a whole, an industry the gazetteer knows ("Construction",
    "Hospitality") and no employer the lexicon knows: a sector, not an organisation."""
    return vocab.gazetteer is not None and item not in vocab.employers and (
        vocab.gazetteer.sectors(item, section=True) == [item])


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


# The pay verb after a list of workplaces the role's holders are "at" ("Trainers at pet
# stores and animal shelters are usually paid …", "head brewers at regional breweries can get").
_PAID_VERB = re.compile(r"\s+(?:(?:are|were|can|may|will|typically|usually|often|generally|"
                        r"normally|tend to)\s+)*(?:paid|earn|earned|earning|make|made|get|"
                        r"start|started|take home)\b")


@lru_cache(maxsize=64)
def _holders_at(holder: str) -> re.Pattern[str]:
    """"Groomers at", "groomers working in": compiled once a holder, not once a sentence."""
    return re.compile(rf"\b{re.escape(holder.lower())}s\s+(?:[a-z]+\s+)?(?:at|in)\s+"
                      r"(?=[a-z])", re.IGNORECASE)


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
    for match in _holders_at(holder).finditer(sentence):
        pay = _PAID_VERB.search(sentence, match.end())
        listed = sentence[match.end():pay.start()] if pay is not None else ""
        if not listed or any(mark in listed for mark in ".;:$(") or not _place(
                listed.split()[-1]):
            continue
        listed_kinds = [k for k in _list_at(listed, 0, vocab, weak=True)[1]
                        if _place(k.split()[-1])]
        if len(listed_kinds) >= 2 or (listed_kinds and _plain_kind(listed_kinds[0])
                                      and not _SIZED_PLACE.search(sentence)):
            kinds.extend(listed_kinds)
    return kinds


# Kinds of organisation compared by what they pay ("commercial roofing firms pay a little
# more", "Bigger packaging breweries pay more than brewpubs"): the verb, how much, and the
# kind compared with after "than".
_PAYS_COMPARED = re.compile(
    r"\s+(?:(?:usually|often|generally|typically|tend\s+to|also|all|still)\s+)*pay\s+"
    r"(?:(?:a\s+)?(?:little|bit|lot|far|much|slightly|considerably|significantly|somewhat)"
    r"\s+)?(?:more|less|better|higher|lower|the\s+most|the\s+least|the\s+best)\b"
    r"(?:\s+than\s+(?P<than>[a-z][a-z -]{2,40}?)(?=\s*[,.;)]|\s*$))?", re.IGNORECASE)
# The clause a compared subject opens after ("…; commercial roofing firms pay more").
_CLAUSE_START = re.compile(r"(?:^|[;:]\s+|,\s+(?:and|but|while|whereas)\s+|\bwhile\s+)")
# Size words before a compared kind: the kind is the rest ("Bigger packaging breweries").
_SIZES = frozenset({"large", "larger", "big", "bigger", "small", "smaller"})
_PREPOSITIONS = frozenset({"in", "at", "for", "with", "on", "to", "from", "of", "by"})


def paying_kinds(sentence: str) -> list[str]:
    """Kinds of organisation a sentence compares by their pay: the plural kinds that are the
    subject of "pay more" (or less, better, the most …) and a bare plural after "than".

    >>> paying_kinds("Larger haulage firms pay more than owner-drivers.")
    ['haulage firms', 'owner-drivers']
    >>> paying_kinds("Smaller bakeries, hotels and catering companies pay a bit less")
    ['bakeries', 'hotels', 'catering companies']
    >>> paying_kinds("Nurses in private hospitals pay more tax.")
    []
    >>> paying_kinds("Most employers pay more than the minimum.")
    []
    """
    kinds: list[str] = []
    for match in _PAYS_COMPARED.finditer(sentence):
        head = sentence[:match.start()]
        clause = head[[m.end() for m in _CLAUSE_START.finditer(head)][-1]:]
        words = clause.split()
        while words and words[0].lower() in _SIZES:
            words = words[1:]  # ("Bigger packaging breweries": the kind is the rest)
        if not words or _PREPOSITIONS & {w.lower() for w in words}:
            continue  # ("Nurses in private hospitals pay more tax": people, not a kind)
        subject = _subject_kinds(" ".join(words))
        if not subject:
            continue
        kinds.extend(subject)
        than = (match.group("than") or "").split()
        while than and than[0] in _SIZES:
            than = than[1:]
        if 0 < len(than) <= _RUN_ON and _place(than[-1]) and than[-1].lower() not in _GENERIC and (
                not {w.lower() for w in than} & (_CLAUSE_WORDS | _SAMPLE | _PREPOSITIONS
                                                 | _NO_WORKPLACE | {"the", "a", "an", "those"})):
            kinds.append(" ".join(than))  # ("… than brewpubs": the kind compared with)
    return kinds


# A place sampled by its size in the same sentence ("…, while dispatchers at major
# airlines earn …"): the sentence compares pay by size, its kinds are no list of workplaces.
_SIZED_PLACE = re.compile(rf"\b(?:at|in)\s+(?:the\s+)?(?:{'|'.join(sorted(_SAMPLE))})\s",
                          re.IGNORECASE)


# A move to a kind of organisation in a new job ("others move across to luxury travel
# agencies as travel consultants", "Some move into QA roles with food manufacturers", "Others
# join housing associations as housing officers"): the kind is where the role leads.
_KIND_WORDS_RE = r"(?P<kind>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
_MOVED_TO_KIND = re.compile(
    r"\b(?:(?:move[sd]?|moving|go(?:es)?|went|transfer(?:s|red)?|switch(?:es|ed)?)\b[^.;:]*?"
    r"\b(?:in)?to\s+(?:[a-z][\w-]*\s+){0,3}?(?:roles|jobs|posts|positions)\s+(?:with|at)\s+"
    + _KIND_WORDS_RE + r"(?=\s*[,.;]|\s+as\b)|"
    r"(?:move[sd]?|moving|go(?:es)?|went|transfer(?:s|red)?|switch(?:es|ed)?)\b[^.;:]*?"
    r"\b(?:in)?to\s+" + _KIND_WORDS_RE.replace("kind", "to") + r"\s+as\s+(?:an?\s+)?[a-z]|"
    r"\bjoin(?:s|ed)?\s+" + _KIND_WORDS_RE.replace("kind", "joined") + r"\s+as\s+(?:an?\s+)?[a-z])")


# "others join multidisciplinary clinics, sports medicine centers and …": some of the role's
# holders work at the kinds listed after "join".
_OTHERS_JOIN = re.compile(r"\b(?:others|some|many|a\s+few)\s+(?:(?:also|later|then)\s+)?"
                          r"join\s+(?=[a-z])", re.IGNORECASE)


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


def _unsized(kind: str) -> str:
    """``kind`` without the size word it opens with ("large property developers")."""
    first, _, rest = kind.partition(" ")
    return rest if rest and first.lower() in _SIZES else kind


def moved_to_kinds(sentence: str) -> list[str]:
    """Kinds of organisation a sentence says the role's holders move to in a new job: a
    plural kind after "move to / into" or "join" and before "as <job>", or after "roles
    with"; a sampled or generic kind ("larger firms") names none.

    >>> moved_to_kinds("Some go on to housing associations as lettings officers.")
    ['housing associations']
    >>> moved_to_kinds("A few move into audit roles with insurance companies.")
    ['insurance companies']
    >>> moved_to_kinds("Others join larger firms as seniors.")
    []
    """
    kinds: list[str] = []
    for match in _MOVED_TO_KIND.finditer(sentence):
        kind = match.group("kind") or match.group("to") or match.group("joined")
        words = kind.lower().split()
        if words[-1] in _ORGANISATIONS and words[-1].endswith("s") and not (
                len(words) == 1 and words[0] in _GENERIC) and not set(words) & (
                _CLAUSE_WORDS | _SAMPLE | _PREPOSITIONS | {"the", "a", "an", "or", "and"}):
            kinds.append(kind)
    return kinds


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


def _plain_kind(kind: str) -> bool:
    """One kind of organisation named with its holders' pay is a workplace when nothing
    samples it ("head brewers at regional breweries can get …"); "Quants at large banks
    earn …" says what the big payers pay, and "at large chains" names no kind.

    >>> _plain_kind("county hospitals"), _plain_kind("large banks"), _plain_kind("firms")
    (True, False, False)
    """
    words = kind.lower().split()
    return words[-1] in _ORGANISATIONS and words[-1] not in _GENERIC and not (
        set(words) & _SAMPLE)


def _role_places(sentence: str, holder: str, vocab: Vocabulary) -> list[str]:
    """Kinds of workplace a sentence about the role's holders places them in ("Veterinary
    assistants look after animals in clinics, animal hospitals and shelters"): the sentence
    opens with the holders, and the list after "in" opens with a plural kind of organisation
    ("in teams", "in a hurry" name no place)."""
    opening = sentence.lower().split()[:4]
    if not any(w.startswith(holder.lower()) and w.endswith("s") for w in opening):
        return []
    for match in re.finditer(r"\sin\s+(?=[a-z])", sentence):
        first = _until_end(sentence[match.end():]).split(",", 1)[0].split(" and ", 1)[0]
        words = first.split()
        if 0 < len(words) <= _RUN_ON and words[-1] in _ORGANISATIONS and words[-1].endswith(
                "s") and words[0] not in _NO_WORKPLACE and words[0] not in ("a", "an", "the"):
            kinds = _list_at(sentence, match.end(), vocab, weak=True)[1]
            # (the list ends where a verb phrase starts: "… and shelters and support the vets")
            ends = [i for i, k in enumerate(kinds) if {"the", "a", "an"} & set(k.split()[1:])]
            return kinds[:ends[0]] if ends else kinds
    return []


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
                w.strip(",.") in _ORGANISATIONS for w in after):
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
    if not holder or folded_absent(sentence, holder):
        return found
    titled = re.compile(rf"\b(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?i:{re.escape(holder)})s?"
                        rf"\s+(?:with|for)\s+(?:the\s+)?{_AT_NAME}")
    for match in titled.finditer(sentence):
        name = _first_sentence(_TOWN_AFTER.sub("", match.group("name")))
        name = _POSSESSIVE.sub("", name).strip(" ,.")
        if " " in name and not _not_employer(name, vocab) and not _role_title(name, vocab):
            found.append(name)
    return found


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


# A kind of organisation, then its example in brackets with "for example" last ("large port
# authorities (the Port of Harwick, for example)").
_TRAILING_EXAMPLE = re.compile(r"\b(?P<kind>[a-z]+)\s+\((?:the\s+)?(?P<names>[A-Z][^()]{1,80}?),?"
                               r"\s+for\s+(?:example|instance)\)")


def _trailing_examples(text: str, vocab: Vocabulary) -> list[str]:
    """The names in a bracket after a kind of organisation that ends "for example".

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _trailing_examples("Employers range from water utilities (Severn Vale Water, for "
    ...                    "example) to councils.", v)
    ['Severn Vale Water']
    >>> _trailing_examples("Use spreadsheet tools (Excel, for example) daily.", v)
    []
    """
    found: list[str] = []
    for match in _TRAILING_EXAMPLE.finditer(text):
        if match.group("kind") in _ORGANISATIONS:
            found.extend(_names(match.group("names"), vocab, inside=True))
    return found


def full_name(name: str, page: str) -> str:
    """The longer name ``page`` prints for an organisation it also shortens ("Harrow Marine"
    quoted, "Harrow Marine Works" in the story): the name followed by one or two capitalised
    words, the last one a kind of organisation or a company word; else ``name`` itself.

    >>> full_name("Tidewell Marine", "The bay at Tidewell Marine Works hums. Tidewell Marine pays.")
    'Tidewell Marine Works'
    >>> full_name("Tidewell Marine", "Tidewell Marine Says Yes to Apprentices")
    'Tidewell Marine'
    """
    last = name.rsplit(" ", 1)[-1].lower().rstrip(".")
    if " " not in name or name not in page or last in (
            _ORGANISATIONS | _STUDY | _COMPANY_ENDS | _WHOLE_BODIES):
        # ("Greyfriars College" is whole beside "Greyfriars College Boat Club", "X School
        # District" beside "X School District Board of Education")
        return name
    longer = {m.group(0) for m in re.finditer(
        # (one space between a name's words: two or more, or a tab, part columns of names)
        rf"\b{re.escape(name)}(?: [A-Z][\w&'’.-]*){{1,2}}\b", page)}
    kinds = [n for n in longer if n.rsplit(" ", 1)[-1].lower().rstrip(".") in (
        _ORGANISATIONS | _COMPANY_ENDS | hiring_cues().org_heads)]
    return kinds[0] if len(kinds) == 1 else name


def employer_types(heading: str, section: str, vocab: Vocabulary) -> list[str]:
    """Kinds of employer a sub-heading names under a pay heading "by employer type" (the
    ``section``): "Hotels and Malls" is two kinds, "Facilities Management Companies" one.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> employer_types("Clinics and Hospitals", "Pay by Employer Type", v)
    ['Clinics', 'Hospitals']
    >>> employer_types("Senior Technician", "Pay by Employer Type", v)
    []
    """
    heading = re.sub(r"\s*\([^)]*\)", "", heading).rstrip(" :")  # ("… (IG Metall tariff):")
    words = heading.split()
    if not hiring_cues().pay_by_kind.search(section) or not 0 < len(words) <= _MAX_WORDS or (
            any(c.isdigit() for c in heading)
            or (vocab.is_role_title(heading) and words[-1].lower() not in _ORGANISATIONS)
            or any(w.lower() in _CLAUSE_WORDS for w in words)):
        return []
    parts = heading.split(" and ")
    if len(parts) == 2 and all(" " not in p and p.lower().endswith("s") for p in parts):
        return parts  # ("Hotels and Malls": two kinds; "Car makers and suppliers" one)
    return [heading] if _place(words[-1]) else []
