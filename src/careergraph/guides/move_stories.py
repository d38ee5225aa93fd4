"""Career stories: "went from A to B", "now holds", "before joining", "they became".

Read the earlier and present titles of a person's story, for the prose moves in
:mod:`careergraph.guides.moves`.
"""

from __future__ import annotations

import re

from careergraph.guides.literals import folded_absent
from careergraph.guides.prose_titles import _part_titles, _titles_after, prose_title
from careergraph.guides.roles import singular_title, title_case
from careergraph.guides.text import is_title_case
from careergraph.guides.vocab import Vocabulary

# Earlier jobs told before the move ("many were A or B before joining the family") or as
# where people arrive from ("People arrive in coding from A and B posts").
# ("Many of us worked as a ward clerk before.": the sentence ends at "before", or at "first":
# "Many were A or B first."; a list of four titles runs past 80 characters)
_BEFORE_JOINING = re.compile(r"\b(?:were|was|had been|worked as)\s+(?:an?\s+)?([^.;:]{3,150}?)"
                             r"\s+(?:before(?:\s+(?:joining|becoming|moving|entering|switching|"
                             # (rules44b) "…were school nurses before, and one came from …"
                             r"training)\b|\s*(?:[.!;]|,(?=\s+(?:and|but)\b)|$))|"
                             r"first\s*(?:[.!;]|$))", re.IGNORECASE)
_ARRIVE_IN = re.compile(r"\b(?:arrive|arrives|arrived|come|comes|came)\s+(?:in|into|to)\s+"
                        r"(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+from\s+")
# A service's "Ex-Regulars who served as A or B can transfer straight in": the jobs people
# held before they join (set 32, rules32a).
_SERVED_IN = re.compile(r"\bwho\s+(?:served|worked|trained)\s+as\s+(?:an?\s+)?"
                        r"(?P<titles>[^.;:]{3,120}?)\s+(?:can|may|could|often|usually|will)\s+"
                        r"(?:transfer|join|come|move|re-?enter|enter)(?:\s+straight)?\s+in\b")
# An agreement's placement of new hires by their earlier job ("New hires with at least one
# year as a A or B may be placed at Step 2") and the staff a class is filled from ("(c)
# Seasonal Labourers hired into Operator I shall be credited …"; set 32).
_HIRES_WITH = re.compile(r"\b(?:new\s+hires|hires|applicants|candidates|recruits|entrants)\s+"
                         r"with\s+(?:at\s+least\s+)?(?:\w+\s+){0,2}?(?:years?|months?)\s+"
                         r"(?:of\s+experience\s+)?as\s+(?:an?\s+)?(?P<titles>[^.;:]{3,120}?)"
                         r"(?=\s+(?:may|can|will|are|shall)\b|[.;:]|$)", re.IGNORECASE)
_HIRED_INTO = re.compile(r"(?:^|\(\w\)\s+|[.;]\s+)(?P<titles>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)"
                         r"{0,4})\s+(?:hired|recruited)\s+into\b")
# An employer's "many of our pilots came to us as A, B or C" (up to the clause's end).
_CAME_TO_US = re.compile(r"\b(?:came|come|comes)\s+to\s+us\s+(?:as|from)\s+"
                         r"(?P<titles>[^.;:]{3,300})(?=[.;:]|$)")

# (rules44b) The people an advert says its post suits ("This post suits school administrators,
# data officers or former teaching assistants who want …"): holders of those titles come in.
# (rules49a: a translated posting's "This work suits well a former building engineer, a real
# estate broker or …": "work" for the post, "well" after the verb, "former" before a title)
_POST_SUITS = re.compile(r"\b(?:post|role|job|position|vacancy|work)\s+(?:would\s+|will\s+)?"
                         r"(?:suits?(?:\s+well)?|is\s+(?:ideal|perfect|well\s+suited)\s+for|"
                         r"is\s+suited\s+to)"
                         r"\s+(?P<titles>[^.;:]{3,200}?)(?=\s+(?:who|with|looking|wanting|seeking|"
                         r"keen|wishing)\b|[.;:]|$)")
_ASIDE = re.compile(r"\s*\([^()]*\)")
# (a holder's past, no word of the title: "a former building engineer")
_FORMER = re.compile(r"(?<![\w'’-])(?:former|ex-)\s*(?=[a-z])")
_HOLDER_STAGES = frozenset({"newly", "recently", "experienced", "qualified", "new", "aspiring",
                            "established", "existing", "current"})


def _earlier_titles(text: str, vocab: Vocabulary) -> list[str]:
    """Titles held before the move into the role, from the three forms above."""
    found: list[str] = []
    for match in _BEFORE_JOINING.finditer(text):
        found.extend(_part_titles(match.group(1), vocab))
    for match in _ARRIVE_IN.finditer(text):
        found.extend(_titles_after(text, match.end(), vocab))
    for match in _CAME_TO_US.finditer(text):
        # (rules44b) "came to us as a helper (pomocník)": the page's own word glossed after
        # the title is no part of it
        found.extend(_part_titles(_ASIDE.sub("", match.group("titles")), vocab))
    for match in _POST_SUITS.finditer(text) if "suit" in text else ():
        # ("suits a newly qualified consultant": the role itself, at its start)
        found.extend(title for title in _part_titles(_FORMER.sub(" ", _ASIDE.sub(
            "", match.group("titles"))), vocab) if title.split()[0].lower() not in _HOLDER_STAGES)
    for match in _SERVED_IN.finditer(text) if "ho " in text else ():
        found.extend(_part_titles(match.group("titles"), vocab))
    for match in _HIRES_WITH.finditer(text) if " with " in text else ():
        found.extend(_part_titles(match.group("titles"), vocab))
    for match in _HIRED_INTO.finditer(text) if " into " in text else ():
        found.extend(_part_titles(singular_title(match.group("titles")), vocab))
    return found


# The role's holders, counted or in the plural, who became another title ("Some of my
# classmates became clinic directors", "4 became Radiation Safety Officers"): a story's "I
# became X" is one rung of its own ladder, read by the story readers.
_THEY_BECAME = re.compile(r"\b(?P<who>[A-Za-z]+s|\d+|others|several|few|many|some|most)\s+"
                          r"(?:(?:later|eventually|have|had|then|also|since|all)\s+)?became\s+")
_NOT_PEOPLE_S = frozenset({"this", "was", "has", "is", "his", "its", "us", "yes", "as", "thus",
                           "hers", "ours", "theirs", "years", "months", "weeks", "days"})


def _they_became(text: str, vocab: Vocabulary, own: str) -> list[str]:
    """Titles the role's holders (not another title's) "became"."""
    head = own.rpartition(" ")[2].lower()
    found: list[str] = []
    for match in _THEY_BECAME.finditer(text):
        who = match.group("who")
        single = singular_title(who.lower())
        if who.lower() in _NOT_PEOPLE_S or (who[:1].isupper() and who[1:].islower() and (
                match.start() == 0 or text[match.start() - 2: match.start()] not in (". ", ""))):
            continue  # ("this became", "Jess became": no holders of the role)
        if single != head and vocab.is_role_title(title_case(single)):
            continue  # "Some nurses became midwives" on a doctor's page
        found.extend(t for t in _titles_after(text, match.end(), vocab, own)
                     if t.lower() != own.lower())
    return found


# (rules37b) Holders of another title who began in the role ("many of our Presiding Officers
# started as Poll Clerks", "most Team Leaders began as field officers"): that title is a
# step up from the role.
_STARTED_AS_ROLE = re.compile(r"\b(?P<who>[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}s)\s+"
                              r"(?:all\s+|first\s+)?(?:started|began|start|begin)\s+(?:out\s+)?"
                              r"as\s+(?:an?\s+)?(?P<as>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,3}?)"
                              r"(?=[;,.!]|\s+and\b|$)")


def started_as_role(text: str, vocab: Vocabulary, own: str) -> list[str]:
    """The titles whose holders, the sentence says, started in the role: each is a move up
    from it (the role's own holders, "Poll Clerks started as …", are no other title).

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> started_as_role("Many of our Head Gardeners started as Garden Assistants.", v,
    ...                 "Garden Assistant")
    ['Head Gardener']
    >>> started_as_role("Most Garden Assistants started as volunteers.", v, "Garden Assistant")
    []
    """
    own_key = singular_title(own.lower())
    found: list[str] = []
    for match in _STARTED_AS_ROLE.finditer(text):
        who = title_case(singular_title(match.group("who")))
        if singular_title(match.group("as").lower()) != own_key or (
                who.lower() == own_key) or not vocab.is_role_title(who):
            continue
        found.append(who)
    return found


# A testimonial: "I went from front-desk receptionist at a clinic to Salesforce Admin".
_WENT_FROM = re.compile(r"\bI\s+(?:went|moved|switched|jumped|made the jump)\s+from\s+(?:being\s+)?"
                        r"(?:an?\s+|the\s+)?(?P<before>[^,.;]{2,60}?)\s+to\s+(?:being\s+)?"
                        r"(?:an?\s+|the\s+)?(?P<after>[^,.;]{2,60})")
_PLACE_AFTER = re.compile(r"\s+(?:at|in|for|with)\s.*$")
_OWN_STEM = 4  # letters of a word its short form keeps ("Admin", "Administrator")


def _went_from(text: str, vocab: Vocabulary, own: str) -> list[str]:
    """The earlier job of a first-person "I went from A to B" whose B is the page's role (its
    words' stems all among B's first words: "Salesforce Admin" for Salesforce Administrator)."""
    stems = {w[:_OWN_STEM].lower() for w in own.split()}
    found: list[str] = []
    for match in _WENT_FROM.finditer(text):
        after = _PLACE_AFTER.sub("", match.group("after"))
        if not stems <= {w[:_OWN_STEM].lower() for w in after.split()[: len(stems) + 1]}:
            continue  # "from retail to logistics": not into this role
        title = prose_title(_PLACE_AFTER.sub("", match.group("before")), vocab)
        if title is not None and title.lower() != own.lower():
            found.append(title)
    return found

# (rules36b) An employer's intake told as its recruiting ("We recruit ODPs from university
# courses and from our own Theatre Support Workers and Healthcare Assistants"), and a trainee
# programme's entrants ("People join the trainee program from the wards as a Patient Support
# Assistant, from sterilising services as a Sterilisation Technician"): the posts they held.
_RECRUITED_FROM = re.compile(r"\b(?:we|they)\s+(?:recruit|hire|take on|draw)\s+[^.;]{0,60}?"
                             r"\bfrom\s+(?P<tail>[^.;]{3,160})", re.IGNORECASE)
_FROM_OWN = re.compile(r"\bfrom\s+(?:our|their)\s+own\s+(?P<titles>[^.;,]{3,100})",
                       re.IGNORECASE)
_JOINED_FROM = re.compile(r"\bjoin\s+(?:the|our|us|a)\b[^.;]{0,40}?\bfrom\b(?P<tail>[^.;]{3,200})",
                          re.IGNORECASE)
_AND_PARTS = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_FROM_AS = re.compile(r"\bfrom\s+(?:the\s+|a\s+|an\s+)?[a-z][\w -]{1,40}?\s+as\s+(?:an?\s+)?",
                      re.IGNORECASE)


def recruited_from(text: str, vocab: Vocabulary, own: str) -> list[str]:
    """The posts an employer says it recruits the role from, or its trainee programme's
    entrants held ("join the program from the wards as a Porter"): moves into the role.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> recruited_from("We recruit radiographers from colleges and from our own Porters "
    ...                "and Healthcare Assistants.", v, "Radiographer")
    ['Porter', 'Healthcare Assistant']
    """
    found: list[str] = []
    for match in _RECRUITED_FROM.finditer(text):
        for own_post in _FROM_OWN.finditer(match.group("tail")):
            for part in _AND_PARTS.split(own_post.group("titles").strip()):
                # (each post in Title Case is a post, known or not: "Imaging Assistants")
                title = singular_title(part) if len(part.split()) <= _HELD_WORDS + 1 and (
                    part[:1].isupper() and is_title_case(part)) else prose_title(part, vocab)
                if title is not None and title.lower() != own.lower():
                    found.append(title)
    for match in _JOINED_FROM.finditer(text):
        tail = "from" + match.group("tail")
        for step in _FROM_AS.finditer(tail):
            found.extend(t for t in _titles_after(tail, step.end(), vocab, own)[:1]
                         if t.lower() != own.lower())
    return found


# A personnel policy's transfer clause ("Employees in the Utility Worker II and Mechanic I
# classifications who obtain … may transfer into the Operator in Training classification").
_TRANSFER_IN = re.compile(
    r"\b(?:employees|staff|incumbents|workers)\s+(?:in|holding|from)\s+(?:the\s+)?"
    r"(?P<titles>[^.;]{3,120}?)\s+(?:classifications?|classes|positions|job titles|titles)\b"
    r"[^.;]{0,160}?\b(?:may|can|are eligible to)\s+(?:laterally\s+)?(?:transfer|move)\s+"
    r"(?:into|to)\s+(?:the\s+|this\s+)?(?P<target>[^.;]{2,80}?)\s+(?:classification|class|"
    r"series|position|role)\b", re.IGNORECASE)


def _transferring_in(text: str, vocab: Vocabulary, own: str) -> list[str]:
    """The classifications a transfer clause lets into the page's role: the clause's target
    is the role itself or a grade of it (its head noun: "Operator in Training" on a Water
    Treatment Operator's page), else the clause is about another series and names no move."""
    head = own.rpartition(" ")[2].lower()
    found: list[str] = []
    for match in _TRANSFER_IN.finditer(text):
        target = match.group("target").lower()
        if head and (head in target.split() or target in ("role", "this role")):
            found.extend(_part_titles(match.group("titles"), vocab, own))
    return found

_HELD_WORDS = 3


# The writer once held the role ("When I was a tiler", "Was a tiler for 9 years", "Not a
# tiler anymore"), and the title he holds now ("I'm a site manager now", "Now a site
# manager on …", "Site Manager now, $31/hr").
# (fixes67) told of a colleague: "joined (the faculty) as a lecturer … and is now our Head of
# Department", "started as a commis chef and is now a Sous Chef at …"
_ONCE_HELD = (r"\b(?:[Ww]hen I was|[Ww]as|[Nn]ot|I used to be|I started as|"
              r"(?:joined|started|began)(?:\s+(?:here|us|the\s+\w+|our\s+\w+))?\s+as)\s+an?\s+{own}\b")
_NOW_HELD = re.compile(
    r"\bI(?:'m|’m|\s+am)\s+an?\s+(?P<a>[a-z][\w -]{2,60}?)\s+now\b"
    r"|(?:^|(?<=[.!?]\s))Now\s+an?\s+(?P<b>[a-z][\w -]{2,60}?)(?=\s+(?:on|at|in|for|with)\b|[.,])"
    r"|(?:^|(?<=[.!?]\s))(?P<c>[A-Z][\w -]{2,60}?)\s+now,"
    r"|\b(?:and|who)\s+is\s+now\s+(?:our|an?|the)\s+(?P<d>[A-Z][\w'’ -]{2,60})")


def _now_held(text: str, vocab: Vocabulary, own: str) -> list[str]:
    """The title a former holder of ``own`` holds now, in the line that says he held it.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _now_held("I'm a site manager now. When I was a tiler it was $20/hr.", v, "Tiler")
    ['Site Manager']
    >>> _now_held("I'm a site manager now.", v, "Tiler")
    []
    """
    if folded_absent(text, own):  # (no pattern compiled for a line without the role: speed16)
        return []
    once = re.compile(_ONCE_HELD.format(own=re.escape(own.lower())), re.IGNORECASE)
    if once.search(text) is None:
        return []
    return [title for match in _NOW_HELD.finditer(text)
            if (title := _now_title(match, vocab)) and title.lower() != own.lower() and not (
                # (a colleague's story: the post held before in the same sentence)
                match.group("d") and once.search(_sentence_before(text, match.start())) is None)]


def _sentence_before(text: str, end: int) -> str:
    """The sentence of ``text`` up to ``end``."""
    starts = [m.end() for m in re.finditer(r"[.!?]\s+(?=[A-Z])", text[:end])]
    return text[starts[-1] if starts else 0:end]


def _now_title(match: re.Match[str], vocab: Vocabulary) -> str | None:
    if match.group("d"):  # "… and is now our Head of Department at …": a known title
        return vocab.role_title_at(match.group("d"), 0)
    phrase = next(g for g in match.groups() if g)
    return prose_title(phrase, vocab) or (
        title_case(phrase) if len(phrase.split()) <= _HELD_WORDS + 3 and (
            phrase.islower() or is_title_case(phrase)) else None)


def held_now(clause: str, vocab: Vocabulary) -> str | None:
    """The title the writer says he holds now, last in ``clause`` (the words before a pay
    figure: "Now an estimator on ", "I'm a site manager now so it's salary, "), else None.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> held_now("Was a tiler for 9 years. Now an estimator on ", v)
    'Estimator'
    """
    found = [title for match in _NOW_HELD.finditer(clause + ".")
             if (title := _now_title(match, vocab))]
    return found[-1] if found else None


def _held_title(phrase: str, vocab: Vocabulary) -> str | None:
    """The job a speaker says they held ("years as a firefighter"): a title in prose, or, the
    slot being a job's, up to three plain words in Title Case."""
    title = prose_title(phrase, vocab)
    words = phrase.split()
    if title is None and 0 < len(words) <= _HELD_WORDS and all(
            w.isalpha() and w.islower() for w in words):
        title = title_case(phrase)
    return title
