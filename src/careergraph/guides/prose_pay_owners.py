"""Whose pay a sentence tells when it names another post: the title the prose gives a figure to.

A guide's prose often sets another post's figure beside the role's own: "Seasonal field
assistants are often paid around £110 a day", "… leave for the mining sector as Shaft
Inspectors, where rosters pay $120,000", "Relief cooks, who cover weekends, are paid
differently; a survey gives them $N", "… and the director of a day centre between 30 and 38
thousand euros".  The readers that name a figure's owner leave these to the page's role when
the sentence's words fall outside their grammar (an adverb such as "often" or "typically"
between the subject and its verb, a qualifier after the subject, a relative clause before
the figure).

:func:`prose_owner` reads the sentence up to a figure (``clause``: the text after the figure
before it and after the sentence's start) and returns the title the sentence gives the figure
to, as the page writes it, singular; None when the sentence names no title in one of these
shapes.  ``is_title`` tells a known title (Title Case).  The reader
(``PageMixin.prose_pay``) keeps the figure the role's when that title is the role, a level of
it or an alias.

>>> def known(text: str) -> bool:
...     return text.split()[-1] in ("Assistant", "Hand", "Inspector", "Cook", "Director",
...                                 "Officer", "Manager") or text.startswith("Director of")
>>> prose_owner("Seasonal kennel hands are often paid a day rate of around ", known)
'Kennel Hand'
>>> prose_owner("Relief cooks, who cover weekends, are paid differently; a survey gives them ",
...             known)
'Relief Cook'
>>> prose_owner("others leave for the mining sector as Shaft Inspectors, where rosters pay ",
...             known)
'Shaft Inspector'
>>> prose_owner("The playgroup coordinator charges about 1.900 euros per month, and the "
...             "director of a day centre between ", known)
'Director of a Day Centre'
>>> prose_owner("Most staff are paid ", known) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable

from careergraph.guides.gated_re import Gated
from careergraph.guides.roles import practitioner_noun, singular_title, title_case

__all__ = ["may_name", "other_than", "prose_owner"]

_WORD = r"[A-Za-z][\w'’-]*"
# Adverbs between a subject and its pay verb ("are often paid", "typically quote").
_ADVERBS = (r"(?:(?:often|usually|typically|generally|normally|commonly|mostly|also|still|"
            r"currently|now|then)\s+)*")
# 1. A title as the subject of a pay verb, adverbs and a qualifier between them ("Seasonal
# field assistants are often paid a day rate of around", "Conference interpreters with the
# certified credential typically quote", "Party chiefs are typically on").
_SUBJECT_VERB = Gated(re.compile(
    rf"^(?:(?:and|but|while|whereas)\s+)?(?P<title>{_WORD}(?:\s+{_WORD}){{0,4}}?)"
    rf"(?:\s+(?:with|at|in|from|who|working|on)\s[^,;]{{1,60}}?)?\s+"
    rf"(?:(?:are|is|were|was)\s+)?{_ADVERBS}"
    r"(?:earn|earns|earned|make|makes|paid|quote|quotes|charge|charges|bill|bills|command|"
    r"commands|take home|takes home|on|start (?:on|at|from)|starts (?:on|at|from))"
    r"(?:\s[^,;.]{0,40})?\s*$"))
# 2. A plural title said to be paid otherwise, the pay given to "them" after a semicolon
# ("scientific glassblowers, who …, are paid quite differently; the survey gives them").
_GIVES_THEM = Gated(re.compile(
    rf"(?:^|\bthat\s+|[.:]\s+)(?P<title>{_WORD}(?:\s+{_WORD}){{0,4}}?)(?:,[^,;]{{1,80}},)?\s+"
    r"(?:are|were)\s+paid\b[^;]{0,30};\s[^;]{0,50}\b(?:gives?|gave|puts?|pays?)\s+them"
    r"(?:\s[^,;.]{0,20})?\s*$"))
# 3. A post named with "as", then a relative clause that pays it ("… leave for the mining
# sector as Shaft Inspectors, where rosters pay").
_AS_WHERE = Gated(re.compile(rf"\bas\s+(?:an?\s+)?(?P<title>{_WORD}(?:\s+{_WORD}){{0,4}}?),\s+"
                       r"where\b[^.;]{0,50}$"))
# 4. A second post after "and", its verb left out, before a range said in words ("…, and the
# director of a day centre between").
_GAPPED_OF = Gated(re.compile(r"(?:(?:^|,)\s*and|;)\s+(?:the|a|an)\s+"
                        r"(?P<title>[a-z]+\s+of\s+(?:an?|the)\s+[a-z]+(?:\s+(?!(?:between|from|about|around|on)\b)[a-z]+){0,2})"
                        r"(?:\s+(?:between|from|about|around|on))?\s*$"))
# 5. A post held "as" someone, the figure right after ("holders typically work as Pricing
# Manager on", "As a Cable Jointer's Mate:", "started as an ophthalmic scribe:").
_AS_ON = Gated(re.compile(rf"(?:^|\b(?:work|works|working|worked|employed|start|started|starting|"
                    rf"hired)\s+)as\s+(?:an?\s+)?(?P<title>{_WORD}(?:\s+{_WORD}){{0,4}}?)"
                    r"(?:\s+(?:on|at|earning|making)\s+(?:about\s+|around\s+|roughly\s+)?|"
                    r"\s*:\s*)$", re.IGNORECASE))
# 5b. (rules43c) A post someone is employed as, then "and paid" by an agreement or group
# before the figure ("you will be employed as a dental assistant (Zahnarzthelferin) and paid
# according to group 4: EUR …"): the post's pay, not the role's.
_EMPLOYED_PAID = Gated(re.compile(
    rf"\b(?:employed|engaged|hired|contracted)\s+as\s+(?:an?\s+)?(?P<title>{_WORD}"
    rf"(?:\s+{_WORD}){{0,3}}?)(?:\s+\([^()]{{1,40}}\))?\s+and\s+(?:be\s+)?paid\b"
    r"[^.;()]{0,60}$", re.IGNORECASE))
# 6. A title's posts put on a band, an adverb before it ("Compiler Platform Manager posts are
# usually Band 6 (").
_POSTS_BAND = Gated(re.compile(rf"^(?P<title>{_WORD}(?:\s+{_WORD}){{0,4}}?)\s+"
                               rf"(?:posts|roles|jobs)\s+(?:are|is)\s+{_ADVERBS}(?:on\s+)?"
                               r"(?:Band|Grade|Level|Scale)\s+\w+\s*\(\s*$"))
# 6b. (rules45b) Plural titles put on a band, the verb left out after "and" ("Charge nurses /
# deputy ward managers are Band 6 (", "and ward managers Band 7 (", "Also recruiting on the
# day: Healthcare Support Workers, Band 2 ("): the first title's figure.
_PLURAL_BAND = Gated(re.compile(rf"(?:^|\band\s+)(?P<title>{_WORD}(?:\s+{_WORD}){{0,3}}?s)"
                                rf"(?:\s*/\s*{_WORD}(?:\s+{_WORD}){{0,3}}?s)?(?:\s*,\s*|\s+(?:are\s+)?"
                                rf"{_ADVERBS}(?:on\s+)?)(?:Band|Grade|Level|Scale)\s+\w+\s*\(\s*$"))
# 6c. (rules45b) A post someone goes on to become, its figure in brackets right after, in
# lower case ("some have gone on to become educational diagnosticians ("): that post's pay.
_BECOME_BRACKET = Gated(re.compile(r"\b(?:become|becoming|became|becomes)\s+(?:an?\s+)?"
                                   r"(?P<title>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){1,3}?)"
                                   r"\s*\(\s*$"))
# 6d. (rules45b) A title's pay said with "pay" after the title ("(Prep Cook pay stays",
# "Line Cook pay is"): that title's figure.
_TITLE_PAY = Gated(re.compile(r"(?:^|[(,;]\s*)(?P<title>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3})"
                              r"\s+(?:pay|wages?|rates?)(?:\s+(?:stays?|remains?|is|was|are))?"
                              r"\s*:?\s*$"))
# 6e. (rules45c) A post one moves up to, then the band that move puts one on, its floor in
# brackets ("When you top up to a registered nurse you move to Band 5 (from ", "once you
# qualify as a staff nurse you go onto Grade 6 ("): that post's pay, not the role's.
_TO_POST_BAND = Gated(re.compile(
    r"\b(?:to|as)\s+(?:an?\s+)?(?P<title>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){1,3}?),?\s+"
    r"(?:you|they|he|she|you'll|you\s+will|they\s+will)\s+(?:then\s+)?"
    r"(?:move|moves|go|goes|step|steps|progress|progresses)\s+(?:up\s+)?(?:on)?to\s+"
    r"(?:Band|Grade|Level|Scale)\s+\w+\s*\((?:from\s+|starting\s+(?:at|on)\s+)?$"))
# 6f. (rules45c) A second post after a comma, its pay verb left out and a dash before its
# figure ("Cutters earn from 28 000 UAH, the line team leader – "): the post's figure.
_GAPPED_DASH = Gated(re.compile(r",\s*(?:and\s+)?the\s+"
                                r"(?P<title>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){1,3})"
                                r"\s*(?:–|—)\s*$"))
# 6g. (rules45c) A one-word post's pay in brackets, in lower case, a colon before the figure
# ("(paraprofessional pay: "): that post's figure (a known title only).
_BRACKET_LONE_PAY = Gated(re.compile(r"\(\s*(?P<title>[a-z][\w'’-]{3,})\s+(?:pay|wages?|rates?)"
                                     r"\s*:\s*$"))
# 7. A promotion to a post at a level ("The next promotion of the cadre is to Executive
# Engineer in Level 11 (").
_PROMOTION_TO = Gated(re.compile(r"\bpromotion\b[^.;]{0,40}?\bto\s+(?:the\s+(?:rank|post|grade)\s+"
                           r"of\s+)?(?P<title>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\s+"
                           r"(?:in|at|on)\s+(?:Level|Grade|Band|Scale|Pay Level)\s+\w+"
                           r"\s*\(\s*$"))
# 8. A plural title and "from" before a floor, the verb left out ("Pedagogical Assistants from").
_PLURAL_FROM = Gated(re.compile(r"^(?P<title>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,4}s)"
                                r"\s+from\s*$"))
# 9. (carry41) A post named in apposition to its place beside the role ("The post above it,
# Team Manager, is paid", "the post below, Enforcement Assistant,"): the title between commas.
_POST_APPOSITIVE = Gated(re.compile(
    r"\b(?:post|role|job|position|grade|class)\s+(?:above|below|over|under|beneath)"
    r"(?:\s+(?:it|this|that|ours))?,\s+(?P<title>[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+)?"
    r"[A-Z][\w'’-]*){0,5}),\s*(?:(?:is|are|was)\s+(?:paid|on)\s*)?$"))
# 10. (rules43a) A title's kind of work booked or offered, its figure in brackets right after
# ("can apply for Area Supervisor shifts (", "move across to Crowd Controller bookings (",
# "Shift Lead assignments pay more ("): the title, in Title Case, owns the figure.
# (and a plural title's own bracket, a short aside before the figure: "The District also
# employs Ward Clerks (unlicensed, $…) who …")
# (rules43c) and a title's posts with their grade in the bracket ("moved on to Research
# Fellow posts (Grade 8, £…)", "Charge Nurse roles (Band 6, £…)")
# (rules45b: a title joined by "&" too, "Also recruiting: Food & Beverage Hosts (£12.65/hr)")
_TITLED_WORK = Gated(re.compile(r"(?P<title>[A-Z][\w'’-]*(?:\s+(?:&\s+)?[A-Z][\w'’-]*){0,4})(?:\s+"
                                r"(?:shifts|bookings|assignments|placements|engagements|gigs)"
                                r"|(?<=[a-z]s))\s*\((?:[a-z][\w-]*(?:\s[a-z][\w-]*)?,\s*)?"
                                # ((rules50b) "unlock Banquet Captain shifts (avg. $…": the
                                # bracket's statistic word before the figure)
                                r"(?:(?:avg\.?|average|median|approx\.?|about|around|c\.|~)\s*)?$"
                                r"|(?P<posted>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\s+"
                                r"(?:posts?|roles?|positions?|jobs?)(?:\s*\(|,\s+)(?:Grade|Band|"
                                r"Level|Scale|Step|Pay Grade)\s+[\w.]{1,4}(?:,\s*|\s*\()$"))
# 11. (fixes78) A related occupation standing in for the role's, named in apposition ("the
# closest related category, Agricultural Managers (SOC …), had a median annual wage of"):
# that occupation's figure, not the role's.
_RELATED_NAMED = Gated(re.compile(
    r"\b(?:related|similar|comparable|proxy)\s+(?:occupation|category|job|career|role|"
    r"group|field)s?,\s+(?P<title>[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]*){0,5})"
    r"(?:\s*\([^()]{0,30}\))?,?\s+(?:had|has|have|earns?|earned|made|makes|paid|pays|"
    r"averaged|was|were|is|are)\b[^.;]{0,50}$"))
# 12. (rules46b) A place's workers of a broader occupation, in lower case, and the statistic
# they earned ("Compare: Wisconsin home health and personal care aides earned a median of"):
# that occupation's figure, not the role's (its words may hold "and": one occupation's name).
_PLACE_STATISTIC = Gated(re.compile(
    r"^(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+"
    r"(?P<title>[a-z][\w'’-]*(?:\s+(?:and\s+)?[a-z][\w'’-]*){1,6}s)\s+"
    r"(?:earned|earn|earns|had|made|make|makes)\s+(?:a|an)\s+"
    r"(?:median|average|mean)\b[^,;.]{0,30}$"))

# 13. (rules46c) A post taken "as" someone, its figure in brackets right after ("later move
# to sales as Account manager of cargo services ("): that post's pay, in any case after its
# capital (a translated title keeps the source's sentence case).
_AS_BRACKET = Gated(re.compile(r"\bas\s+(?:an?\s+)?(?P<title>[A-Z][\w'’-]*(?:\s+[\w'’-]+){1,5}?)"
                               r"\s*\(\s*$"))
# 14. (rules46c) A sentence that is a post, a dash and its floor or ceiling ("Head of the shop –
# from ", "Yard lead – up to "): the post's pay (a known title of two words or more).
_DASHED_POST = Gated(re.compile(r"^(?P<title>[A-Z][\w'’-]*(?:\s+[\w'’-]+){1,5}?)\s*(?:–|—)\s*"
                                r"(?:from|up\s+to)\s+(?:\d{1,3}\s)?$"))
# (a space-grouped figure's clause may end in its first digits: "… – from 1 " before "900")

# Where the clause a figure closes starts: after a semicolon, or a colon with text after it.
_CLAUSE_START = re.compile(r";\s+|:\s+(?=\S)")
_SHAPES = (_GIVES_THEM, _AS_WHERE, _GAPPED_OF, _AS_ON, _EMPLOYED_PAID, _POSTS_BAND, _PLURAL_BAND,
           _BECOME_BRACKET, _TO_POST_BAND, _GAPPED_DASH, _BRACKET_LONE_PAY, _TITLE_PAY,
           _PROMOTION_TO, _PLURAL_FROM, _POST_APPOSITIVE, _TITLED_WORK, _RELATED_NAMED,
           _PLACE_STATISTIC, _AS_BRACKET, _DASHED_POST, _SUBJECT_VERB)
# Words that open no title: people in general, a share of them, a figure's own words.
_NOT_TITLES = frozenset({
    "staff", "workers", "employees", "people", "those", "these", "they", "most", "many",
    "some", "all", "new", "starters", "members", "holders", "others", "you", "we", "i",
    "salaries", "pay", "wages", "rates", "the", "a", "an", "our", "their", "its", "his",
    "her", "experienced", "qualified", "top", "typical", "average", "entry",
    "newly", "skilled", "trained", "in", "at", "on", "for", "with", "from", "by", "to",
    "half", "quarter", "third", "each", "every", "any", "both"})


def may_name(text: str) -> bool:
    """Whether a sentence of ``text`` may name a figure's owner in one of the shapes (False
    only when no shape can match: none of the words each needs is there).

    >>> may_name("Median: £31,000"), may_name("Deck hands are paid £90 a day")
    (False, True)
    """
    return any(shape.admits(text) for shape in _SHAPES)


def prose_owner(clause: str, is_title: Callable[[str], bool]) -> str | None:
    """The title the sentence ``clause`` (its text up to a figure) gives the figure to, in
    one of the shapes above; None when it names none.

    >>> def known(text: str) -> bool:
    ...     return text.endswith(("Manager", "Engineer", "Mate", "Assistant"))
    >>> prose_owner("Holders typically work as Stock Control Manager on ", known)
    'Stock Control Manager'
    >>> prose_owner("Fleet Planning Manager posts are usually Band 6 (", known)
    'Fleet Planning Manager'
    >>> prose_owner("The next promotion is to Chief Engineer in Level 12 (", known)
    'Chief Engineer'
    >>> prose_owner("Nursery Assistants from ", known)
    'Nursery Assistant'
    >>> prose_owner("As a Fitter's Mate: ", known)
    "Fitter's Mate"
    >>> prose_owner("The post above it, Depot Manager, is paid ", known)
    'Depot Manager'
    >>> prose_owner("the post below, Stores Assistant, ", known)
    'Stores Assistant'
    >>> prose_owner("Porters can apply for Night Manager shifts (", known)
    'Night Manager'
    >>> prose_owner("The trust also employs Healthcare Assistants (unregistered, ", known)
    'Healthcare Assistant'
    >>> prose_owner("You will be employed as a care assistant (Pflegehelfer) and paid by "
    ...             "group 3: EUR ", known)
    'Care Assistant'
    >>> prose_owner("the closest related category, Depot Managers (SOC 11-3071), had a "
    ...             "median annual wage of ", known)
    'Depot Manager'
    >>> prose_owner("the panel considered the Tree Surgeon post, Grade 6 (", known) is None
    True
    >>> prose_owner("and the Arborist post, Grade 6 (", lambda text: text == "Arborist")
    'Arborist'

    >>> prose_owner("the Stores Assistant post (Grade 5, ", known)
    'Stores Assistant'
    >>> prose_owner("Ohio dental and medical assistants earned a median of ", known)
    'Dental and Medical Assistant'
    >>> prose_owner("New starters are usually paid ", known) is None
    True
    >>> prose_owner("Orla Mason earns ", lambda text: True) is None  # (a person)
    True
    """
    piece = _CLAUSE_START.split(clause)[-1]  # (the clause after a semicolon or a lead-in)
    for shape in _SHAPES:
        match = shape.search(clause if shape in (_GIVES_THEM, _EMPLOYED_PAID) else piece)
        if match is None or (shape is _SUBJECT_VERB and not _plural_or_article(
                match.group("title"))):
            continue  # ("Orla Mason earns": a person's name, no post)
        # (rules45b) a post one goes on to become names a person by its ending ("educational
        # diagnosticians") even when the vocabulary does not know it
        known = is_title if shape not in (_BECOME_BRACKET, _PLACE_STATISTIC) else (
            lambda text: is_title(text) or practitioner_noun(text.split()[-1]))
        if shape is _BRACKET_LONE_PAY:  # (one word, the bracket and "pay:" name it a post)
            lone = title_case(match.group("title"))
            if lone.lower() not in _NOT_TITLES and is_title(lone):
                return lone
            continue
        if shape is _TITLED_WORK and (posted := match.group("posted")) and (
                " " not in posted and posted.lower() not in _NOT_TITLES and is_title(posted)):
            # (rules46b) one word named a post with its grade ("the Arborist post, Grade 6
            # ("): the word "post" says it is a title, not a grade or a short name
            return posted
        title = _named(match.group("title") or match.group("posted"), known)
        if title is not None:
            return title
    return None


def _plural_or_article(words: str) -> bool:
    """A subject that names a post, not a person: a plural, or a noun after an article."""
    parts = words.split()
    return parts[-1].endswith("s") or parts[0].lower() in ("a", "an", "the")


def _named(words: str, is_title: Callable[[str], bool]) -> str | None:
    """The known title of two words or more that ``words`` name (singular, Title Case), an
    article and a word of terms of work before it dropped ("seasonal", "casual"); None for a
    generic noun, a lone word (as often a grade or the role's own short name) or no title."""
    parts = words.split()
    if len(parts) > 2 and parts[0].endswith(("'s", "’s")) and parts[1] == "own":
        parts = parts[2:]  # (rules50b) "ParkSure's own attendants": the firm's staff, whose
        # title is the words after "own" (a lone word, as below, names no other post)
    while parts and parts[0].lower() in _LEAD_WORDS:
        parts = parts[1:]
    named = all(w[:1].isupper() for w in parts)  # (rules43a) "Mental Health Workers": a name
    if len(parts) < 2 or parts[0].lower() in _NOT_TITLES or any(
            (w.lower() in _SHARES and not (named and at == len(parts) - 1)) or _DIGIT.search(w)
            for at, w in enumerate(parts)):
        return None  # ("Half of all X", "a permanent GS-9 ranger": a share, a grade's people)
    name = " ".join(parts)
    title = name if all(w[:1].isupper() or w in _LINKS for w in parts) else " ".join(
        w.lower() if w.lower() in _LINKS and at else w
        for at, w in enumerate(title_case(name).split()))  # ("Director of a Day Centre")
    title = singular_title(title) if parts[-1].endswith("s") else title
    # ("Director of a Day Centre": known as a title without its article)
    return title if is_title(_OF_ARTICLE.sub(" of ", title)) else None


# Words before a title that say how it is worked, not which post it is, and articles.
_LEAD_WORDS = frozenset({"the", "a", "an", "seasonal", "casual", "temporary", "part-time",
                         "full-time", "freelance", "self-employed", "agency", "contract",
                         "permanent", "employed", "salaried"})
# Words anywhere in a subject that make it a share of people or people in general.
_SHARES = frozenset({"all", "half", "most", "some", "many", "those", "these", "quarter",
                     "majority", "workers", "staff", "people", "employees"})
_DIGIT = re.compile(r"\d")
_OF_ARTICLE = re.compile(r" of (?:an?|the) ")
_LINKS = frozenset({"of", "a", "an", "the", "and"})


def other_than(title: str, role: str) -> bool:
    """``title``, a post a sentence pays, is another post than ``role`` (the page's role or
    an alias of it): not the role at a level, qualified or in a branch (the two the same
    once level words such as "senior" or "registered" are set aside, or one opening or
    closing with the other: "Registered Architect", "Senior Surveyor", "Clinical Officer
    Intern"), or a lone word once they are, or a learner ("First-year Apprentice", "Social Work
    Apprentice": the role's own learners as often as another trade's); the
    role's own name without a rank below ("Executive Engineer" on the
    Assistant Executive Engineer's page) is the rank above it, another post.

    >>> other_than("Conference Interpreter", "Auslan Interpreter")
    True
    >>> other_than("Registered Architect", "Architect"), other_than("Senior Lecturer",
    ...                                                             "Principal Lecturer")
    (False, False)
    >>> other_than("Executive Engineer", "Assistant Executive Engineer")
    True
    >>> other_than("Registered Nurse", "Nursing Associate"), other_than("Senior Nurse",
    ...                                                                "Mental Health Nurse")
    (True, False)
    >>> other_than("Sheet Metal Worker", "Residential Sheet Metal Worker")
    False
    >>> other_than("Social Work Apprentice", "Social Worker"), other_than(
    ...     "Mid-level Designer", "Graphic Designer")
    (False, False)
    >>> other_than("First-year Apprentice", "Glazier"), other_than("Journey-level Operator",
    ...                                                           "Crane Operator")
    (False, False)
    """
    own, other = _core(role), _core(title)
    if own and " " in own and " " not in other and (
            other not in own.split() and other not in _LEARNERS):
        # (rules45c) a lone word once the level words are set aside, no word of a role of
        # two words or more: another post ("Registered Nurse" on the Nursing Associate's
        # page, a bracket's "paraprofessional pay:" on the Special Education Teacher's)
        return True
    if not own or " " not in other or other.rpartition(" ")[2] in _LEARNERS or own == other or (
            other.endswith(f" {own}") or other.startswith(f"{own} ")):
        return False
    if own.endswith(f" {other}"):
        return own[: -len(other)].split()[-1] in _BELOW
    return True


# Words that set a title at a level or qualify it, not another post.
_LEVELS = frozenset({"senior", "junior", "jr", "sr", "lead", "principal", "trainee",
                     "apprentice", "graduate", "intern", "entry-level", "qualified",
                     "registered", "experienced", "certified", "chartered", "licensed",
                     "newly", "new", "journey", "journeyman", "journeyperson", "master", "level",
                     "mid", "entry"})
# A year or period of training before a title ("first-year apprentices", "third period").
_YEAR = re.compile(r"^(?:(?:first|second|third|fourth|fifth|final)\s+(?:year|period|stage)|"
                   r"year\s+\d|level)\s+")
# A learner's word closing a title ("social work apprentice"): the role's own learners.
_LEARNERS = frozenset({"apprentice", "trainee", "intern", "student", "cadet", "learner",
                       "graduate"})
# A rank below the title it opens ("Assistant Executive Engineer", "Deputy Head Gardener").
_BELOW = frozenset({"assistant", "deputy", "junior", "trainee", "associate", "apprentice",
                    "under", "sub", "second"})


def _core(title: str) -> str:
    """``title`` in lower case and singular, its leading level words dropped."""
    text = _YEAR.sub("", singular_title(title).lower().replace("-", " "))
    words = text.split()
    while len(words) > 1 and words[0] in _LEVELS:
        words = words[1:]
    return " ".join(words)
