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

import re
from functools import cache

from careergraph.guides.company_forms import COMPANY_STOP
from careergraph.guides.employer_names import (
    _ORGANISATIONS,
    _PAID_AT,
    _SPAN_OF_TIME,
    _WORK_TALK,
    _at_employers,
    _held_with,
    _joined,
    _names,
    _not_employer,
    _role_title,
    _with_openings,
    one_body,
    paid_at,
    person_subject,
)
from careergraph.guides.gazetteer import _THAN_BEFORE, NEGATED_BEFORE
from careergraph.guides.heading_data import word_lists
from careergraph.guides.industries import _known_sector, _subject_industries, industry_shares
from careergraph.guides.labelled_employers import (
    _cued_lists,
    _list_at,
    _paid_places,
    _role_places,
    _trailing_examples,
    joined_kinds,
    labelled_employers,
    named_most,
)
from careergraph.guides.literals import LINE_CUES
from careergraph.guides.sector_frames import (
    client_sectors,
    framed_sectors,
)
from careergraph.guides.text import split_items
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.wanting import WANTING_CUES, wanting_subjects
from careergraph.guides.workplace_kinds import (
    _bare_plural,
    _examples,
    _place,
    _subject_kinds,
    _worked_on_place,
    _years_in,
    compared_settings,
    moved_to_kinds,
    paying_kinds,
    unit_owners,
)

__all__ = [
    "OTHERS",
    "hiring_subject",
    "named_in_kinds",
    "workplaces",
]


# "Large employers include A", "The biggest employers are A", "Airlines are the main
# employers: A, B": a cue word, then (within a few words) the verb that opens the list.
_EMPLOYER_LIST = re.compile(
    # (real37: "fundraising companies while others are self-employed …": the gap never
    # opens a second clause, whose "are" is no list's cue)
    r"\b(?:employers|companies|firms|organi[sz]ations|recruiters|agencies)\b"
    r"(?:\s+(?!(?:while|whereas|but|although|others)\b)\S+){0,4}?"
    # (carry36: "Recruitment agencies are kindly declined", "… are not accepted": no list)
    r"\s*(?:\s(?:include|includes|including|are(?!\s+(?:\w+ly|not|no|\w+ed)\b)|range from)"
    r"\s+|:\s*)"
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
# "The main employer is A", "The largest employer of X in the county is A": one employer,
# read only when a name follows ("The main employer is responsible for …" names none).
_ONE_EMPLOYER = re.compile(
    r"\b(?i:main|largest|biggest|major|principal|dominant|only|sole|leading)\s+employer"
    r"(?:\s+(?:of|in|for|across)\s+[\w'’-]+(?:\s+[\w'’-]+){0,5}?)?\s+is\s+(?:the\s+)?(?=[A-Z])")


# Cues whose list names where the work is done ("employed by A, B", "works on A, in B");
# "work for"/"works on" are weak (the noun "work" takes them too: "certifies work for
# payment"), so their items must look like places (see _place).
# "work" the object of a doing verb ("carry out laboratory work at …"): a task, where it is
# done no kind of workplace.
# (real35) and work told ("write up their work in reports", "present their work at meetings"):
# where it is told, no workplace
_TASK_WORK = re.compile(r"\b(?:carry out|carries out|perform|performs|undertake|undertakes|"
                        r"do|does|write up|writes up|present|presents|publish|publishes|"
                        r"describe|describes|submit|submits)\s+(?:[a-z][\w-]*\s+){0,3}work$",
                        re.IGNORECASE)
_WORKPLACE_CUE = re.compile(
    r"\b(?=[ehrwgsbdpfjovintl])"  # (the letters a match can start with: one test per position)
    r"(?:(employed by|hired by|recruited by|"
    # (carry40) a roster's members "are loaned to A, B and C", "deployed to" ("seconded to"
    # names a department of the same employer as often: "1 seconded to Cancer Services")
    r"(?:loaned|deployed)\s+to(?=\s+(?-i:[A-Z]))|"
    r"(?:employed|hired|recruited) in"
    # ("Employers that recruited in the last 2 years": a span of time, no place)
    r"(?= the\s)(?! the\s+(?:last|past|previous|next|coming|first)\b)|"
    # "Hiring demand came mainly from A, B and C": who hires
    r"demand(?:\s+\w+){0,3}?\s+(?:came|comes|come|coming)\s+(?:\w+ly\s+)?from|"
    # "Demand is strongest in A, B and C": where the jobs are
    # ("Demand is strongest outside the capitals, among A, B and C": a place aside first)
    r"demand\s+(?:is|was|remains)\s+(?:strongest|highest|greatest|high|strong)\s+"
    r"(?:(?:outside|inside|within|beyond|along|across|around|in)\s+[\w ]{2,30}?,\s+)?(?:in|among)|"
    # "Employment in this occupation is concentrated in A, B and C": a statistics office's
    # industries of employment
    r"employment\s+(?:\w+\s+){0,4}?(?:is|was|remains)\s+(?:\w+ly\s+)?concentrated\s+in|"
    # "leave the service to work as plant operators for A": where the work is done
    r"work(?:s|ed|ing)?\s+as\s+[a-z][\w -]{2,60}?\s+for(?=\s+[a-z])|"
    # "Others take up positions with private providers such as A and B": where they work
    r"t(?:ake|akes|ook|aken|aking)\s+up\s+(?:positions|posts|jobs|roles)\s+(?:with|at))|"
    # ("a great place to work for veterans": a workplace award, no employer; (real32) "the
    # majority of work for roofers", "the work for X": the noun, whom the work is done by)
    r"(?<!place to )(?<!\bof )(?<!\bthe )work(?:s|ed|ing)? for|work(?:s)? (?:on|at|in)|"
    # "Our graduates now work as Staff Chaplains in hospitals, hospices …": the kinds of
    # place after the title they hold there
    r"work(?:s|ed|ing)?\s+as\s+(?-i:[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,4})\s+in(?=\s+[a-z])|"
    # "Respondents worked in A, B and C", "the rest working in D": where people work
    r"work(?:ed|ing) in|"
    # "Jobs for X are found mainly with A, B and C", "Openings are common at A": where the
    # jobs are ("Jobs are mostly in Northshire": places are no plural kinds, no list)
    r"(?:jobs|openings|vacancies|positions|posts|opportunities)(?:\s+for\s+[a-z][\w -]{2,40}?)?"
    r"\s+(?:are|exist|arise)\s+(?:[a-z]+ly\s+)?(?:(?:found|available|common|concentrated|"
    r"advertised)\s+)?(?:[a-z]+ly\s+)?(?:in|with|at)|"
    # "X are in demand at A and B", "X are needed in A, B and C"
    r"(?:in\s+demand|needed|sought\s+after)\s+(?:[a-z]+ly\s+)?(?:in|at|by)|"
    # "works mostly for A and B", "work mainly in C": an adverb of how often between
    r"work(?:s|ed|ing)?\s+(?:mostly|mainly|largely|chiefly|primarily|principally|usually|"
    r"typically|generally|often|normally)\s+(?:for|at|in)|"
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
_HIRE_VERB = re.compile(r"\s+(?:also |all |often |regularly )?(?:(?:hire|employ|recruit)s?"
                        # ("plant hire firms", "PA hire companies": a kind of firm, no verb)
                        r"(?!\s+(?:firms?|compan(?:y|ies)|shops?|businesses|depots?)\b)|"
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

_OWNED_BY = re.compile(r"\b(?:run|operated|owned|managed)\s+by\s+(?:the\s+)?$")

_OPENER_WORDS = ("such as", "like", "for example", "for instance", "e.g.", "including")
_LIST_WORDS = ("employers", "companies", "firms", "organisations", "organizations",
               "recruiters", "agencies", "groups", "chains", "openings", "vacancies",
               # (spaced: not "apprenticeships")
               "placements", "graduates ", "leavers ", "apprentices ", "alumni ")
# Nouns of the jobs themselves and the verbs of demand (see _WORKPLACE_CUE).
_JOB_CUES = ("jobs ", "openings ", "vacancies ", "positions ", "posts ", "opportunities ",
             "needed ", "sought ")
_JOB_WORDS = LINE_CUES.member(_JOB_CUES)  # (the row readers' shared pass, as the three below)
# (fixes89) A firm placing itself in one industry by its singular noun: "We're part of the
# pet care industry" (not "part of the team", "part of the Harbour Group").
_PART_OF_INDUSTRY = re.compile(
    r"\b(?:are|is|we're|we’re)\s+(?:now\s+|also\s+|proudly\s+)?part\s+of\s+the\s+"
    r"(?P<kind>(?:(?!(?:the|in|of|for|to|at|on|an?)\s)[a-z][a-z&-]*\s+){1,4}?)"
    r"(?:industry|sector)\b(?!['’])", re.IGNORECASE)
# (a size, an ownership or a whole, no industry: "part of the wider sector")
_VAGUE_KIND = frozenset({"wider", "whole", "same", "broader", "larger", "public", "private",
                         "voluntary", "third", "global", "local", "national", "entire"})


@cache
def _industry_kind() -> re.Pattern[str]:
    """(fixes89) "<Firm> is a(n) [size] <words> <kind>" where the kind of organisation names
    its industry with the words before it (``industry_kinds`` in ``data/headings.yaml``):
    "Bluestem Gas is a natural gas utility serving …" → "natural gas utility"."""
    lists = word_lists("industry_kinds")
    nouns = "|".join(re.escape(n) for n in lists.get("nouns", ())) or "(?!)"
    sizes = "|".join(re.escape(n) for n in sorted(lists.get("sizes", ()), key=len, reverse=True))
    return re.compile(
        r"(?:^|(?<=[a-z.]))\s*(?:[A-Z][\w&'’.-]*\s+(?:&\s+)?){0,5}[A-Z][\w&'’.-]*\s+is\s+an?\s+"
        rf"(?:(?:{sizes})\s+)*"
        r"(?P<kind>(?:(?!(?:the|in|of|for|to|at|on|an?|that|which|who)\s)[a-z][a-z&-]*,?\s+){1,4}?"
        rf"(?:{nouns}))\b(?!['’-])")


# (rules37b) Open jobs at a list of sites ("we have sous chef jobs at A, B and C").
_JOBS_AT = re.compile(r"\b(?:jobs|vacancies|openings)\s+(?:open\s+)?at\s+(?=[A-Z])")
# (fixes89) Kinds of organisation that name their industry ("a natural gas utility").
_KIND_NOUNS = tuple(str(n) for n in word_lists("industry_kinds").get("nouns", ()))
# Every cue of the rules below, for one cheap test of a line (substrings: a regular
# expression over every line of a corpus costs more than the rules themselves).
_ANY_CUE = ("such as", "like", "for example", "for instance", "e.g.", "includ", "employ",
            "hire", "hiri", "recruit", "work", "compan", "firms", "organisation",
            "organization", "%)", "as do", "range from", "start", "begin", "agenc", "gain",
            "demand", "plac", "vacanc", "opening", "advert", "request", "sponsor", "take on",
            "taking on", "seek", "ads", "looking for", "searching for", "posting", "listing",
            "graduates", "leavers", "alumni", "apprentices", "trainees", "joined", " hiring",
            "have open", "has open", " ad for",
            "retired from", "picked up by", "started with", "moved to", "now with", " open ",
            " sectors", " industries", "among the", "for its ", "for their ", "find the",
            " years in ", "been in ", "partner with", " pay ",
            "move", "join", "transfer", "went to", "go on to", "goes on to", "named",
            "mentioned", "cited", "got in at", "got a job", "landed a job", "factories",
            " plants", "manufacturers", "businesses", "clients", "customers",
            "loaned to", "deployed to", "part of the ", *_KIND_NOUNS, *WANTING_CUES)
# (one scan of a line instead of a test per cue)
_ANY_CUE_GATE = LINE_CUES.member((*_ANY_CUE, *_JOB_CUES))
_OPENERS = LINE_CUES.member(_OPENER_WORDS)  # (not a substring test per word)
_LISTS = LINE_CUES.member((*_LIST_WORDS, " include"))


# A kind denied in the list ("for airlines, not airports"; "not-for-profit" is a kind).
_DENIED_KIND = re.compile(r"not\s+(?!for[\s-]profit)", re.IGNORECASE)
# A pay verb of a comparison across workplaces (a quick test before ``compared_settings``).
_PAY_TALK = re.compile(r"\b(?:paid|pays?|earn(?:s|ed)?|reported|offer(?:s|ed)?|averaged?)\b")
# A sentence opening on where ("At county councils, …, they are paid …"): see compared_settings.
_OPENING_AT = re.compile(r"(?:^|[.!?]\s+)(?:At|In)\s+[a-z]")


# A pay grade after "at" ("you start as a junior examiner at GS-7 or GS-9"): no employer.
# A grade's code ("BPS-9", "RT II"): a level of a ladder, no organisation.
_GRADE_CODE = re.compile(r"^[A-Z]{1,4}[- ](?:\d{1,2}|I{1,3}|IV|VI{0,3}|IX|X)$")


# A person's name after a cue, taken up by "who" ("works for Marta, who runs a joinery",
# "hired by Dev Kaur, who …"); an organisation is "which" or "that".
_PERSON_AFTER = re.compile(r"\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?\s+who\b")


# Days and times the work falls on ("work on Sundays and holidays"): no place.
_TIME_ON = re.compile(r"\s*(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|"
                      r"(?:public\s+|bank\s+)?holidays?|nights?|shifts?|call)\b", re.IGNORECASE)


# Named employers, then the kinds of workplace they are ("Our graduates work with A and B
# and others in hospitals and physician offices", "Most work for the A Service in public
# prisons"): the names are employers, the kinds after "in" sectors.
_NAMED_IN_KINDS = re.compile(
    r"\bwork(?:s|ed|ing)?\s+(?:[a-z]+ly\s+)?(?:for|with|at)\s+(?:the\s+)?"
    r"(?P<names>[A-Z][\w&'’.-]*(?:(?:\s+|\s*,\s*|\s+and\s+|\s+&\s+)[A-Z][\w&'’.-]*){0,9})"
    r"(?:,?\s+and\s+(?:many\s+|several\s+)?others)?,?\s+in\s+(?:the\s+)?"
    r"(?P<kinds>[a-z][\w-]*(?:(?:\s+|\s*,\s*|\s+and\s+|\s+or\s+)[a-z][\w-]*){0,9})"
    r"(?=\s*(?:[.;:!]|$))")
# Ways of working a plural after "in" names, no workplace ("work with A in small teams").
_NOT_KINDS = frozenset({"teams", "shifts", "pairs", "crews", "groups", "rotations", "nights",
                        "weekends", "days", "hours", "months", "years", "seasons", "stages",
                        "phases", "areas", "regions", "cities", "towns", "countries"})
# Jobs counted, no kind of workplace: "find work in many careers, including:" (the jobs
# follow in a list).
COUNTED_JOBS = re.compile(r"(?:many|numerous|several|various|different|other|a range of|"
                          r"a number of|a variety of|a wide range of)\s+(?:careers|jobs|roles|"
                          r"positions|occupations)", re.IGNORECASE)
# Employers praised, no kind named: "some popular employers like A and B" (A and B are the
# employers; "popular employers" is no sector).
_FAMED = re.compile(r"(?:(?:some|many|several|the)\s+)?(?:popular|well-known|famous|big-name|"
                    r"household-name)\s+(?:employers|companies|firms|brands|names)", re.IGNORECASE)
_NAME_WORDS = 6  # words of one organisation's name at most
# A list's catch-all item ("A, B and others"): no kind of workplace.
OTHERS = frozenset({"others", "other", "many others", "several others", "the others"})
_KIND_WORDS = 4  # words of one kind at most ("independent veterinary referral hospitals")
_ARTICLES = frozenset({"The", "A", "An", "Our", "Their", "This", "These"})  # (no name's start)


# A posting's opening with its employer as the subject ("Tolland Brickworks is hiring a kiln
# operator", "Ashmere Tile Co. is looking for …"): the subject hires the role.
# ("A, a tile maker in Ashgrove, employs 40 kiln operators": a count of the role's people;
# "Join A as a kiln operator": a posting's call)
_IS_HIRING = re.compile(
    r"^(?:Join\s+(?:the\s+team\s+at\s+)?|The\s+(?=[A-Z]{2,}\b))?"
    # (a national service's letters with its country: "The NHS in England employed …")
    r"(?P<org>[A-Z]{2,}\s+in\s+[A-Z][a-z]+(?=\s+employ)|"
    r"[A-Z][\w&'’.-]*(?:\s+(?:&\s+|of\s+(?:the\s+)?|and\s+)?[A-Z][\w&'’.-]*){0,5})"
    r"(?:\s+(?P<verb>is|are)\s+(?:now\s+|currently\s+|actively\s+)?(?:hiring|recruiting|"
    r"looking\s+for|seeking|searching\s+for)\b"
    r"|(?:,\s+an?\s+[a-z][^,]{2,60},)?\s+(?:employs|employed|hires|recruits|took\s+on|"
    r"takes\s+on)\s+"
    r"(?:about\s+|around\s+|over\s+|some\s+|more\s+than\s+|nearly\s+)?\d"
    r"|(?<=\S)\s+as\s+an?\s+(?=[a-z])"
    # "A is one of the biggest employers of X", "A hires most of the region's Xs"
    r"|\s+(?:is|are)\s+(?:one\s+of|among)\s+the\s+(?:[a-z]+\s+)?(?:biggest|largest|main|major|"
    r"leading|top)\s+employers\b"
    r"|\s+(?:hires|employs|recruits)\s+(?:most|many|half|a\s+third|a\s+quarter)\s+of\b)")
# Subjects that are no organisation ("We are hiring", "Everyone is looking for …").
_NO_SUBJECT = frozenset({"We", "Our", "You", "They", "It", "He", "She", "I", "Everyone",
                         "Everybody", "Nobody", "Someone", "Somebody", "Who", "This", "That",
                         "The", "A", "An", "My", "Their", "His", "Her", "Your", "Which", "What",
                         "Demand", "Industry", "Business", "Recruitment"})


def _named_subjects(subject: str, vocab: Vocabulary) -> list[str]:
    """The names of a sentence's subject when it is nothing but a list of organisations'
    names ("Quarrel Bay Pottery and Fenmoor Tiles" before "are the largest employers"); none
    when any item is no such name ("In the county, A and B …", "Airlines and A …").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _named_subjects("Quarrel Bay Pottery, Fenmoor Tiles and HM Kilns and Furnaces Service", v)
    ['Quarrel Bay Pottery', 'Fenmoor Tiles', 'HM Kilns and Furnaces Service']
    >>> _named_subjects("In the county, Quarrel Bay Pottery and Fenmoor Tiles", v)
    []
    """
    names = [item.strip(" ,") for item in split_items(subject.strip(), one_body)]
    for name in names:
        words = name.split()
        if not words or len(words) > _NAME_WORDS or words[0] in _ARTICLES or not all(
                w[:1].isupper() or w in ("of", "and", "&", "for") for w in words) or (
                " " not in name and name.endswith("s")) or _not_employer(name, vocab):
            return []  # (a plural word alone is a kind: "Airlines")
    return names


def hiring_subject(sentence: str, vocab: Vocabulary, holder: str) -> list[str]:
    """The organisation a sentence opens on as the one hiring the role whose head noun is
    ``holder`` (``_IS_HIRING``); a subject hiring for anything else ("Sarah is recruiting
    for her own team") is no employer of the role.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> hiring_subject("Quarrel Bay Pottery is hiring a kiln operator for nights.", v, "operator")
    ['Quarrel Bay Pottery']
    >>> hiring_subject("We are looking for a kiln operator.", v, "operator")
    []
    >>> hiring_subject("Fenmoor Tiles, a maker in Ashgrove, employs 40 kiln operators.", v,
    ...                "operator")
    ['Fenmoor Tiles']
    >>> hiring_subject("Join Fenmoor Tiles as a kiln operator.", v, "operator")
    ['Fenmoor Tiles']
    """
    match = _IS_HIRING.match(sentence.strip())
    if match is None or not holder or holder.lower() not in sentence[match.end():].lower():
        return []
    if " as a" in match.group() and not sentence.lstrip().startswith("Join "):
        return []  # ("Fenmoor Tiles as a kiln operator": only a posting's "Join … as a …")
    if " are " in match.group() and " employers" in match.group() and " and " not in match.group(
            "org"):
        return []  # ("Local Councils are among the biggest employers": a kind, capitalised)
    org = match.group("org").rstrip(".")
    if not _named_org(org, vocab):
        return []
    if person_subject(org, sentence[match.end():]):
        return []  # ("Bronwyn Adair employs four joiners at her workshop": a person)
    return [org]


# An organisation's own advert for the role, named in the possessive ("I saw Brindle Mills's
# posting for a kiln operator on a job board", "Fenmoor Tiles' vacancy for an operator"): a
# cover letter's or a reply's way of naming who hires.
_POSTING_OF = re.compile(
    r"(?P<org>[A-Z][\w&.-]*(?:\s+(?:&\s+|of\s+(?:the\s+)?|and\s+)?[A-Z][\w&.-]*){0,5})"
    r"(?:['’]s|(?<=s)['’])\s+(?:recent\s+|latest\s+|new\s+)?(?:job\s+)?(?:posting|advert"
    r"(?:isement)?|vacancy|opening|listing|job\s+ad|ad)\s+for\s+(?P<job>[^.;:]{2,80})")
# (a few words: 'posting for a kiln operator')
_POSTING_CUES = ("posting for", "advert for", "vacancy for", "opening for", "listing for",
                "ad for", "advertisement for")


def posting_owner(sentence: str, vocab: Vocabulary, holder: str) -> list[str]:
    """The organisation whose advert for the role (its head noun ``holder``) a sentence names
    in the possessive; none for an advert for another job, a day or a person's name.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> posting_owner("I saw Brindle Mills's posting for a kiln operator on Jobhub.", v,
    ...               "operator")
    ['Brindle Mills']
    >>> posting_owner("I saw Brindle Mills's posting for a driver on Jobhub.", v, "operator")
    []
    >>> posting_owner("Monday's posting for a kiln operator drew ten replies.", v, "operator")
    []
    """
    if not holder:
        return []
    owners = []
    for match in _POSTING_OF.finditer(sentence):
        if holder.lower() not in match.group("job").lower():
            continue
        org = match.group("org").rstrip(".")
        if _named_org(org, vocab):
            owners.append(org)
    return owners


def _named_org(org: str, vocab: Vocabulary) -> bool:
    """Whether a capitalised subject is an organisation's name: more than one word (or a
    known employer, or an acronym), no pronoun or article first, no role title."""
    words = org.split()
    if words[0] in _NO_SUBJECT or (len(words) < 2 and not (org in vocab.employers or (
            org.isupper() and len(org) > 1))):
        return False  # ("Recruiters are looking for …": a kind; "Dave hires two …": a person)
    return not (_not_employer(org, vocab) or _role_title(org, vocab))


def named_in_kinds(sentence: str, vocab: Vocabulary) -> tuple[list[str], list[str]]:
    """``(employers, sectors)`` of a "work for/with/at A and B (and others) in X and Y"
    sentence (``_NAMED_IN_KINDS``); nothing unless every name is an organisation's and every
    kind a plural or an organisation noun.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> named_in_kinds("Alumni work with Tarnby Health and Ossery Clinics and others in "
    ...                "hospitals and day surgeries.", v)
    (['Tarnby Health', 'Ossery Clinics'], ['hospitals', 'day surgeries'])
    >>> named_in_kinds("Our testers work with Jira and Excel in small teams.", v)
    ([], [])
    """
    match = _NAMED_IN_KINDS.search(sentence)
    if match is None:
        return [], []
    names = [n.strip() for n in split_items(match.group("names"), one_body)]
    kinds = [k.strip() for k in split_items(match.group("kinds"))]
    if not names or not kinds or any(_not_employer(n, vocab) or n.split()[0] in _ARTICLES
                                     for n in names):
        return [], []
    if any(len(k.split()) > _KIND_WORDS or not _place(k.split()[-1])
           or k.split()[-1] in _NOT_KINDS for k in kinds):
        return [], []
    return names, kinds


# A street's name ("posts at Wharf Road garage", "the Kings Road surgery"): where a site is,
# no employer.
_STREET_NAME = re.compile(r"\s(?:Road|Street|Lane|Avenue|Rd|St|Ave)$")


# "work at heights": how high the work is done, no place and no list of employers after it
# (real35) A figure of speech after "work at/in" ("the forefront of", "the cutting edge of", "the
# heart of"): where the work stands among others, no workplace.
_FIGURATIVE_PLACE = re.compile(r"\s*the\s+(?:forefront|cutting\s+edge|leading\s+edge|heart|"
                               r"sharp\s+end|coalface|frontier|frontiers)\s+of\b", re.IGNORECASE)
_AT_HEIGHT = re.compile(r"\s*heights?\b", re.IGNORECASE)


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
    if ", for example)" in lowered or ", for instance)" in lowered or (
            "s (" in lowered and ", " in lowered):
        employers.extend(_trailing_examples(text, vocab))  # "port authorities (the A, for …)"
    held = bool(holder) and " at " in lowered and holder.lower() in lowered
    if not held and " at " in lowered and (_WORK_TALK.search(text) or _PAID_AT.search(text)):
        held = True  # ("night shifts on the ward at X Hospital": an organisation's name)
    held = held or (bool(holder) and " in " in lowered and holder.lower() in lowered[:80])
    held = held or (_OPENING_AT.search(text) is not None and _PAY_TALK.search(lowered) is not None)
    if not held and not _ANY_CUE_GATE.search(lowered):
        return employers, found  # most lines (skills, duties) name no workplace: stop early
    for sentence in _sentences(text):
        if sentence.rstrip().endswith("?") and _ASKING.match(sentence):
            continue  # "Is it better to work for a broker or a bank?": asked, not stated
        lowered = sentence.lower()  # substring tests first: each rule's regex runs rarely
        named, kinds = _cued_lists(sentence, vocab)
        employers.extend(named)
        found.extend(kinds)
        if "work" in lowered and " in " in lowered:
            named, kinds = named_in_kinds(sentence, vocab)
            employers.extend(named)
            found.extend(kinds)
        if " is " in lowered or " are " in lowered or "join " in lowered or (
                " employs " in lowered or " employed " in lowered or " hires " in lowered
                or " recruits " in lowered or " took on " in lowered
                or " takes on " in lowered):  # (hiring_subject)
            employers.extend(hiring_subject(sentence, vocab, holder))
        if " at " in lowered:
            employers.extend(_at_employers(sentence, vocab, holder))
            if "jobs at " in lowered or "vacancies at " in lowered or "openings at " in lowered:
                # (rules37b) "We currently have sous chef jobs at A, B and C": each site
                for match in _JOBS_AT.finditer(sentence):
                    employers.extend(_list_at(sentence, match.end(), vocab)[0])
        if holder and any(cue in lowered for cue in _POSTING_CUES):
            employers.extend(posting_owner(sentence, vocab, holder))
        if holder and " in " in lowered:
            found.extend(_role_places(sentence, holder, vocab))
        if holder and " at " in lowered:
            found.extend(_paid_places(sentence, holder, vocab))
        if _OPENERS.search(lowered) and (
                _WORK_TALK.search(sentence) or (holder and holder.lower() in lowered)):
            named, kinds = _examples(sentence, vocab)
            employers.extend(named)
            example_kinds.extend(kinds)
        if "employer " in lowered and (one := _ONE_EMPLOYER.search(sentence)) is not None:
            employers.extend(_names(sentence[one.end():], vocab, inside=True)[:1])
        if _LISTS.search(lowered):
            for match in _EMPLOYER_LIST.finditer(sentence):
                named, kinds = _list_at(sentence, match.end(), vocab, span=(
                    " to " in match.group(0) or "range from" in match.group(0).lower()))
                employers.extend(named)
                found.extend(kinds)
        if "work" in lowered or "ed by " in lowered or " as a" in lowered or "gain" in lowered or (
                "ed in " in lowered or "demand" in lowered or "plac" in lowered
                or "ed to " in lowered
                or "find " in lowered or _JOB_WORDS.search(lowered)):
            for match in _WORKPLACE_CUE.finditer(sentence):
                if match.group()[:1] == "W" and match.start() > 0:
                    continue  # "the Great Place to Work for Veterans scheme": a name's words
                if match.group().rstrip().endswith(" for") and _SPAN_OF_TIME.match(
                        sentence, match.end()):
                    continue  # "work as a field assistant for two summers": how long, no place
                if not match.group(1) and sentence[:match.start()].endswith(" to ") and (
                        match.group().lower().startswith("work on")):
                    continue  # "Ability to work on stilts": what the work stands on
                if match.group().lower().rstrip().endswith(" at") and _AT_HEIGHT.match(
                        sentence, match.end()):
                    continue  # "Ability to work at heights, Colour vision, …": a condition
                if _FIGURATIVE_PLACE.match(sentence, match.end()):
                    continue  # (real35) "work at the forefront of solutions for A, B and C":
                    # a figure of speech, no place
                if not match.group(1) and match.group().lower().rstrip().endswith(
                        "in") and not _bare_plural(
                        sentence[match.end():]):
                    continue  # "work in a gang led by …": how the work is done, no place
                if not match.group(1) and match.group().lower().startswith(
                        ("work on", "works on")) and (not _worked_on_place(
                            sentence[match.end():]) or _TIME_ON.match(sentence, match.end())):
                    continue  # "work on plasma cutters", "work on Sundays": no place
                if NEGATED_BEFORE.search(sentence.lower(), max(0, match.start() - 30),
                                         match.start()):
                    continue  # "… but don't want to work in sales": a field avoided
                if " than " in sentence and _THAN_BEFORE.search(
                        sentence.lower(), max(0, match.start() - 30), match.start()):
                    continue  # (real31) "… better pay than those employed by non-union
                    # contractors": the workers compared, not the role's workplace
                if _PERSON_AFTER.match(sentence, match.end()):
                    continue  # "works for Marta, who runs a joinery": a person, no employer
                if _TASK_WORK.search(sentence, 0, match.start() + len("work")) and (
                        match.group()[:5].lower() == "work "):
                    continue  # (real26) "carry out laboratory work at the practice": a task

                named, kinds = _list_at(sentence, match.end(), vocab, weak=not match.group(1))
                employers.extend(named)
                found.extend(kinds)
        found.extend(industry_shares(sentence))
        if " is a" in lowered and any(noun in lowered for noun in _KIND_NOUNS):
            found.extend(m.group("kind") for m in _industry_kind().finditer(sentence))
        if "part of the " in lowered:
            found.extend(m.group("kind").strip() for m in _PART_OF_INDUSTRY.finditer(sentence)
                         if m.group("kind").split()[0].lower() not in _VAGUE_KIND)
        if " sectors" in lowered or " industries" in lowered:
            found.extend(framed_sectors(sentence, _known_sector(vocab)))  # "the A and B sectors"
        if "for " in lowered and _CLIENT_NOUN.search(lowered):
            found.extend(client_sectors(sentence, _known_sector(vocab)))  # "for A and B firms"
        if " at " in lowered and "i " in lowered:
            employers.extend(paid_at(sentence, vocab))
        if " open " in lowered or "opening" in lowered or "posting" in lowered or (
                "vacanc" in lowered or " hiring" in lowered or "ich recruit" in lowered or (
                    "ich hire" in lowered or "ich employ" in lowered)):
            employers.extend(_with_openings(sentence, vocab))
        if "employ" in lowered or "hir" in lowered or "recruit" in lowered:
            main = _SUBJECT_MAIN.search(sentence)
            subject = main or _HIRE_VERB.search(sentence)
            if subject is not None:  # ("X are the main employers" says X employs: any noun)
                found.extend(_subject_kinds(sentence[:subject.start()], any_noun=bool(main))
                             or _subject_industries(sentence[:subject.start()], vocab))
            org = _NAMED_MAIN.search(sentence[:main.start()]) if main is not None else None
            listed = _named_subjects(sentence[:main.start()], vocab) if main is not None else []
            if len(listed) > 1:
                employers.extend(listed)  # "A and B are the largest employers": each of them
            elif org is not None and org.start() <= _SUBJECT_LEAD and " " in org.group(
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
        if " pay " in lowered or " paid " in lowered:
            found.extend(paying_kinds(sentence))  # "A and B pay more than C"
        if (" in " in lowered or " at " in lowered or lowered.lstrip().startswith((
                "at ", "in "))) and _PAY_TALK.search(lowered):
            # "Listings in A paid more than those in B and C": the kinds compared
            found.extend(compared_settings(sentence, _known_sector(vocab)))
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
                 if not (_role_title(e, vocab) or _GRADE_CODE.match(e) or _STREET_NAME.search(e))]
    # ("HM Prison" of "HM Prison and Probation Service": a list split inside one body's name)
    employers = [e for e in employers if not any(o.startswith(f"{e} and ") for o in employers)]
    taken = {e.lower() for e in employers}
    # (after the kinds a cue lists: those keep their order; a kind that runs a workplace
    # already read is that workplace's owner, one sector with it: "contracted-out prisons
    # run by private operators such as A")
    found.extend(k for k in example_kinds if not (found and _OWNED_BY.search(
        text[:text.find(k)] if k in text else "")))
    # ("agencies such as A and B and others in courts": "others" names no kind)
    # ("work for airlines, not airports": the kind denied is no workplace)
    found = [_unsized(s) for s in found if not _SPOT_IN_PLACE.search(s)
             and not _MANNER_NOUN.search(s)]
    return employers, [s for s in dict.fromkeys(found) if s.lower() not in taken
                       and s.lower() not in OTHERS and not _FAMED.fullmatch(s)
                       and not COUNTED_JOBS.fullmatch(s) and not _DENIED_KIND.match(s)]


# (fixes78) A spot inside a workplace ("work at the circulation desk", "on the checkout"):
# where in the building, no kind of employer; (prec14) "work at the bay", "the loading bay".
_SPOT_IN_PLACE = re.compile(r"\b(?:desk|counter|tills?|checkouts?|front door|reception|bay)$",
                            re.IGNORECASE)
# (fixes98) How the work is done, no place: an easy-read list's "work at a steady pace", "at
# a high standard", "at a fast rate".
_MANNER_NOUN = re.compile(r"\b(?:pace|speed|rate|standard|level)$", re.IGNORECASE)
# (fixes78) A size or a country before a kind of two words or more, in a kind of four words
# or more ("a major UK supermarket chain"): how big or where, no word of the sector ("local
# government" keeps its word).
_SIZED = re.compile(r"^(?:(?:major|large|larger|big|bigger|small|smaller|leading|huge|"
                    r"well-known|UK|US|British|American)\s+)+(?=\S+\s+\S)")


def _unsized(kind: str) -> str:
    """``kind`` without the size or country words before it.

    >>> _unsized("major UK supermarket chain"), _unsized("big CPG companies")
    ('supermarket chain', 'big CPG companies')
    """
    # (three words are kept as read, as other readers read them: "big CPG companies")
    return _SIZED.sub("", kind) if kind[:1] in "lLmMsSbBhHwWUA" and kind.count(" ") >= 3 else (
        kind)


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
