"""Role titles named in prose: the title a clause names and the titles that follow a cue.

:func:`prose_title` reads one title from a phrase ("a senior estimator at a builder" →
"Senior Estimator"); the private ``_part_titles`` and ``_steps_after`` read every title in a
clause or after a move cue; :func:`field_name` reads a field ("moves into quality assurance").
Shared by the prose moves, the move stories and the stated ladders.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from careergraph.guides.roles import (
    PRACTITIONERS,
    practitioner_noun,
    singular_title,
    title_case,
)
from careergraph.guides.skill_cues import fixed_pair
from careergraph.guides.text import Line, clean, split_items
from careergraph.guides.vocab import Vocabulary, is_person_name

__all__ = [
    "LEVEL_WORDS",
    "field_post",
    "is_truncated",
    "prose_title",
]


#: Level words that may stand alone as a ladder step.
LEVEL_WORDS = ("Junior", "Associate", "Mid-level", "Mid-Level", "Senior", "Staff", "Principal",
               "Lead", "Distinguished", "Entry-level", "Entry-Level", "Chief", "Trainee",
               "Apprentice", "Journeyman", "Journeyperson", "Journeyworker")
_LEVEL_SET = frozenset(w.lower() for w in LEVEL_WORDS)

_ARTICLES = ("usually ", "often ", "typically ", "normally ", "generally ",
             "becoming a ", "becoming an ", "becoming ", "a ", "an ", "the ", "roles such as ",
             "roles like ", "positions such as ", "titles such as ", "such as ", "e.g., ",
             "e.g. ", "like ",
             # a count before a plural ("a couple of software developers", "a handful of …")
             "couple of ", "handful of ", "few ", "several ")


def is_truncated(text: str) -> bool:
    """True for an item cut off mid-way: an unclosed parenthesis or a trailing ellipsis.

    >>> is_truncated("VP Engineering (In"), is_truncated("Incident leadership (triage, cl")
    (True, True)
    >>> is_truncated("Head of Platform (AI/ML)")
    False
    """
    stripped = text.rstrip()
    return stripped.count("(") > stripped.count(")") or stripped.endswith(("...", "…"))

# The last sentence of a line, after a whole one: a capital, some words, no closing mark,
# a lower-case last word ("… self-employed. It is possible to work in set").
# (after a word of three small letters or a bracket: "St. Gallen" is no sentence's end)
_CUT_SENTENCE = re.compile(r"(?:(?<=[a-z]{3}[.!?])|(?<=\)[.!?]))\s+[A-Z][\w'’-]*"
                           r"(?:\s+(?:[^\s.!?:;]|\.(?=\d))+)+?\s+[a-z]+$")


_NO_PROSE = re.compile(r"[\d·|\t]")


def without_cut_ending(lines: Sequence[Line]) -> list[Line]:
    """``lines`` without the clause the page's last line is cut off in (a copy that stops
    mid-sentence: "… in set" is a stub of a phrase, no workplace), the whole sentences
    and clauses before it kept.

    >>> without_cut_ending([Line(1, "Titles"), Line(2, "Most are paid weekly. Some work in")])
    [Line(no=1, text='Titles'), Line(no=2, text='Most are paid weekly.')]
    >>> without_cut_ending([Line(1, "Most are paid weekly. Employers include Arla Foods")])[0].text
    'Most are paid weekly. Employers include Arla Foods'
    >>> without_cut_ending([Line(1, "It pays. Most earn $900 a week, though sen")])[0].text
    'It pays. Most earn $900 a week'
    >>> without_cut_ending([Line(1, "Glas AG · 3011 St. Gallen SG · 1 place")])[0].text
    'Glas AG · 3011 St. Gallen SG · 1 place'
    """
    last = next((i for i in range(len(lines) - 1, -1, -1) if not lines[i].blank), None)
    if last is None or (cut := _CUT_SENTENCE.search(lines[last].text.rstrip())) is None:
        return list(lines)
    # (only its last clause: "… range from $20,000 to $30,000, while se" keeps its range)
    comma = lines[last].text.rfind(",", cut.start())
    if _NO_PROSE.search(lines[last].text, comma if comma != -1 else cut.start()):
        return list(lines)  # ("Vitrum AG · St. Gallen · 1 place": a listing's cells)
    kept = Line(lines[last].no, lines[last].text[:comma if comma != -1 else cut.start()])
    return [*lines[:last], kept, *lines[last + 1:]]


_CONNECTORS = frozenset({"of", "and", "&", "for", "in", "to"})


# Where a role phrase in prose ends: "party chiefs, who direct …", "persons on a crew".
# A capitalised title's "for" and a bare field after it ("Master for pool operations",
# "Officer for road safety"): the title's own words; "a Nurse for two years" or "a nurse for
# the council" ends the title at "for".
_NOT_FIELD_START = (r"(?:a|an|the|my|his|her|their|its|our|your|some|many|several|most|all|"
                    r"years?|months?|weeks?|decades?|one|two|three|four|five|six|ten|life)\b")
# (a field ends on a singular or a discipline's plural, "pool operations": "Chefs for food
# manufacturers" names whom they work for, no field)
_BARE_FIELD = (rf"(?!{_NOT_FIELD_START})(?:[a-z]+\s+){{0,2}}"
               r"(?:[a-z]+(?:ions|ments|ics)|[a-z]*[a-rt-z])$")
# "for" ends the phrase unless a capitalised word is before it and a bare field after it
_TITLE_FOR = ("".join(rf"(?<!\b[A-Z][a-z]{{{n}}})" for n in range(2, 14))
              + rf"\sfor\s.*$|\sfor\s(?!{_BARE_FIELD}).*$")
_TITLE_FOR_FIELD = re.compile(rf"[A-Z][a-z]+\sfor\s{_BARE_FIELD}")
_CLAUSE = re.compile(_TITLE_FOR + r"|"
                     r"\s(?:who|which|that|after|through|once|with|when|on|at|by|because|if|"
                     r"where|while|before|within|in|to|running|working|moving|"
                     r"charging|earning|making|paid|over|across)\s.*$|"
                     # a time after the title ("a ward coordinator next year", "… one day")
                     r"\s(?:next\s+(?:year|month|spring|summer|autumn|fall|winter)|"
                     r"this\s+(?:year|spring|summer|autumn|fall|winter)|one\s+day|someday|"
                     r"soon)\b.*$")
# (rules49c) Subject pronouns: an item of a list of titles that opens with one is a new
# clause ("… and we trained them on the floor"), where the list ends.
_CLAUSE_PRONOUNS = frozenset({"we", "i", "you", "they", "he", "she", "it"})
_CLAUSE_VERBS = frozenset({"train", "retrain", "qualify", "work", "open", "run", "move",
                           "start", "go", "leave", "set", "reach", "earn", "get", "take",
                           "spend", "stay", "study",
                           # "begin as an apprentice and learn from qualified fitters"
                           "learn", "gain", "attend", "complete", "pass", "sit"})
# Adverbs before a list item's verb ("and usually reach buyer within five years").
_ADVERBS = ("usually ", "often ", "typically ", "normally ", "generally ", "later ",
            "eventually ", "then ", "soon ")
# A participle's aside between two titles ("a concert technician, preparing instruments for
# halls and studios, or a restorer"): it names no role and must not end the list.
_DOING_CLAUSE = re.compile(r"(?<=[a-z])\s+(?:overseeing|leading|managing|supervising|running|"
                           r"heading|coordinating)\s+(?:a|an|the|their|other|teams?|staff)\b"
                           r"[^,;.]*")
_PARTICIPLE_ASIDE = re.compile(r",\s+[a-z]+ing\s[^,;()]{2,80}?,\s+(?=(?:or|and)\s)")

# When a move was made, after its title ("a front desk agent three years ago I was …").
_AGO = re.compile(r"\s+(?:\S+\s+){0,2}ago\b.*$")
_NEXT_CLAUSE = re.compile(r"\s(?:after which|while|whereas|but|more than|rather than)\s"
                          # "transfer to welding inspector after obtaining …": when, no title
                          r"|\s(?:after|once|upon|on)\s+(?:obtaining|gaining|completing|passing|"
                          r"earning|getting|acquiring)\s"
                          r"|,\s+(?:others|some)\s"  # "…, others move into …"
                          r"|,?\s+and\s+(?:some|many|others|most)\s"  # "…, and some are"
                          # (rules44b) not "… and some continued to B": the next rung, see _THEN
                          r"(?!(?:(?:have|had)\s+)?(?:continued|went\s+on|gone\s+on|moved\s+on|"
                          r"progressed)\s+(?:on\s+)?(?:to|into)\s)"
                          # "…, and leads who run calls well can …": a new subject
                          r"|,\s+and\s+[a-z]+s\s+who\s"
                          # (real30) "become A, who assist with billing, filing …": a relative
                          # clause on the last title says what it does, no further title
                          r"|,\s+(?:who|which|whose)\s"

                          # "Who starts as A often passes to …": an adverb and a verb
                          r"|\s(?:often|usually|typically|generally|normally|soon|quickly)\s+"
                          r"[a-z]+s\s"
                          # "training to become a technician leads to grade E 9a": a verb
                          r"|\s(?:leads|lead|led)\s+(?:to|into|on\s+to)\s"
                          # "worked as A or B will be considered first": the list's verb
                          r"|\s(?:will|would|must|shall|should)\s+(?:also\s+)?be\s"
                          # (real51) "begin as apprentices under the guidance of experienced
                          # fitters": who oversees them, no further title
                          r"|\s(?:under|with)\s+the\s+(?:guidance|supervision|direction|"
                          r"mentorship|eye)\s+of\s")
# Words after a role that only say it is one ("GIS manager positions", "HR Business Partner
# roles").
# (and the pool or panel a court or agency keeps of them: "the court interpreter pool")
# ((fixes77) "come from electrician or plumber backgrounds": the job held before, too)
# (fixes89) One to three capitalised words before a singular role noun ("a Bather role"):
# the page names a post it prints in capitals.
_CASED_POST = re.compile(r"((?:[A-Z][a-z'-]+\s+){0,2}[A-Z][a-z'-]+)\s+(?:role|position|post)")
_TRAIN_AS = re.compile(r"^(?:train|retrain|qualify|requalify)\s+(?:up\s+)?as\s+(?=an?\s|[A-Z])")
_AGENT_ENDS = ("er", "or", "ist", "ian", "ant")  # (the post's last word names a person)
# ((rules50b) a shift app's "unlock Banquet Captain shifts": the post's shifts)
_ROLE_NOUNS = re.compile(r"\s(?:positions?|roles?|jobs?|posts?|work|level|vacanc(?:y|ies)|shifts|"
                         r"backgrounds?|"
                         r"pool|panel|roster)$", re.IGNORECASE)

_DISCIPLINE_ENDS = ("ing", "ment", "ics", "ence", "ance", "ogy", "ion", "ure")
_FIELD_WORDS = 3  # "insurance risk engineering": longer phrases are clauses, not fields
# Words that make a phrase before a field no name of one ("which is management", "directors
# of development").
_NOT_FIELD = frozenset({"which", "who", "that", "is", "are", "was", "it", "this", "the", "of",
                        "a", "an", "and", "or", "into", "to", "in", "their", "your"})
# Where a move item names a place before its title ("into the loans team as a loan officer",
# "from broking as an account executive", "join the regulator as inspectors").
# A part of an organisation before the title held there ("a forwarder's sales team as …").
_UNIT_AS = re.compile(r"\b(?:team|teams|side|department|division|unit|desk|office)\s+as\s")
_PLACE_FIRST = frozenset({"into", "to", "from", "in", "at", "join", "joins", "joining"})
# How far after a trigger its roles are read (keeps long lines linear).
_WINDOW = 320
# A post's grade numeral after its title, taken in another body ("transferred to the Revenue
# Department as Revenue Inspector II"): part of that post's name (a bare "I" is left alone:
# "I was a Sound Designer I, and …" is the role's own first grade; the role's own
# classifications, "the Laborer II and … classifications", are read without theirs).
_GRADE_NUMERAL = re.compile(r" (?:II|III|IV)(?=$|[\s,.;)])")
_BRACKETED = re.compile(r"\s*\([^()]{1,80}\)")
_PLACE_ASIDE = re.compile(r",\s+(?:in|at|on|for|with|outside|inside|within|beyond)\s+"
                          r"[^,.;]{2,40},\s+")
# A helper described by the practitioner helped ("an assistant to an optometrist", "a
# helper to a plumber"): the work described, no title (a titled "Assistant to the CEO" keeps
# its capitals and is no match).
_HELPER_TO = re.compile(r"\b(?:an?\s+)?(?:assistant|aide|helper|secretary)\s+to\s+(?:an?|the)\s+"
                        r"[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=$|[,.;:)]|\s+(?:or|and)\b)")
# The workplace a post is held in, after its agent noun ("a counselor of the facility", "a
# steward at the same company"): no part of the title ("head of the school" keeps it).
_OWN_WORKPLACE = re.compile(r"(?:(?<=[a-z]or)|(?<=[a-z]er)|(?<=ist)|(?<=ant)|(?<=ian))"
                            r"\s+(?:of|at|in)\s+the\s+(?:same\s+)?(?:facility|facilities|"
                            r"company|firm|organi[sz]ation|hospital|school|home|centre|center|"
                            r"site|plant|office|branch|store|station)\b")
# "a team leader of a welding crew", "medical director of an emergency department": the unit
# a two-word title leads, no part of the title
# (never "the manager of a night shift": a bare head stays as written)
_UNIT_LED = re.compile(r"(?<!\S)(?!(?:the|a|an|our|their|his|her|its)\s)"
                       r"([a-z]+\s+(?:[a-z]+(?:er|or|ist|ian|ant)|chief|lead|captain|head))"
                       r"\s+of\s+an?\s+(?:[a-z-]+\s+){0,2}(?:crew|gang|squad|shift|team|unit|"
                       # "medical director of an emergency department": where, no title
                       r"department|ward|clinic)\b"
                       r"(?=\s*(?:[,;.)]|then\b|and\b|or\b|$))")

# (recall10) "… then a B and finally a C": the last rung told with "finally" / "ultimately"
_THEN = re.compile(r",?\s+(?:and\s+)?(?:then|later|eventually|afterwards|from there|finally|"
                   r"ultimately)\s+"
                   r"(?:on\s+)?(?:to\s+|into\s+)?"
                   # (rules44b) "moved to the post of A and some continued to B": some of
                   # those who took the step took the next one
                   r"|,?\s+and\s+(?:some|others|many|a\s+few|several)\s+(?:(?:have|had)\s+)?"
                   r"(?:continued|went\s+on|gone\s+on|moved\s+on|progressed)\s+(?:on\s+)?"
                   r"(?:to|into)\s+(?:become\s+)?"
                   # a time set off by commas: "A and, later, B", "A and, after a management
                   # course, B"
                   r"|,?\s+and,\s+(?:then|later(?:\s+on)?|eventually|in time|after\s+[^,.;]{2,40}),"
                   r"\s+(?:to\s+|into\s+)?"
                   # (helper rules31b2) "progress to A and on to B": B after A
                   r"|,?\s+and\s+on\s+(?:to|into)\s+", re.IGNORECASE)


# A later rung told with its own verb after a "then" step ("…, then B, and on the largest
# estates move up to C").
_ONWARD = re.compile(r",?\s+and\s+(?:[^,.;]{0,40}\s)?(?:move up to|move on to|progress to|"
                     r"go on to become|become)\s+(?:an?\s+)?", re.IGNORECASE)


# A post over a field, however the field ends ("head of buying", "directors of development",
# "director of catering and events"): the field names what the post heads, not a person.
# ("clinical director of theatres and anaesthesia": a kind of director over two fields)
_OF_POST = re.compile(r"^(?:(?:assistant|deputy|associate)\s+)?(?:(?:clinical|medical|nursing|"
                      r"technical|executive|managing|regional|divisional)\s+)?"
                      r"(?:head|director|chief|dean|"
                      r"vice[- ]president|vp)s?\s+of\s+(?:[a-z][\w-]*\s?){1,5}$",
                      re.IGNORECASE)


# A teaching post in a subject ("a lecturer in orthoptics").
_TAUGHT_POST = re.compile(r"^(?:an?\s+)?((?:senior\s+)?(?:lecturer|professor|tutor|instructor|"
                          r"teacher)s?)\s+in\s+([a-z][\w-]*(?:\s[a-z][\w-]*)?)$")


def _of_post(phrase: str) -> str | None:
    """``phrase`` as a post over a field in Title Case and singular, or None."""
    if _OF_POST.match(phrase) is None or phrase.split(" of ", 1)[1].split()[0] in _NOT_FIELD:
        return None  # ("head of the team": no field)
    post, _, field = phrase.partition(" of ")
    return f"{title_case(singular_title(post))} of {title_case(field)}"


def _named_post(item: str, words: list[str]) -> bool:
    """``words`` (``item`` without its noun of posts) are a post's name in a sentence's own
    case: capitalised words, then lower-case ones, before "role", "position", "post" or
    "job" ("a Patient Transport driver role", "the Linen Room supervisor post")."""
    if not _ROLE_NOUNS.search(item):
        return False
    lower = [w[:1].islower() for w in words]
    return not lower[0] and lower[-1] and lower == sorted(lower)


# (real54) A verb of running people or work before its object ("supervise a team of
# ushers", "manage the night crew", "lead a small team"): a duty the move brings, no title.
_LEADING_VERB = re.compile(r"^(?:supervise|manage|lead|run|oversee|head\s+up|coordinate|"
                           r"train|mentor)\s+(?:an?|the|their|your|other|new|junior|small|"
                           r"large)\s", re.IGNORECASE)


# (carry39) A past-tense verb opening a list's last item: the next clause, no title ("worked
# first as A or B and moved into a land surveyor post").
_PAST_CLAUSE = frozenset({"moved"})  # ("became X" is read by the callers: no clause)


# (rules46c) A post heading a unit, the unit named with its article ("head of the billing
# department", "master of the welding sector", "head of the shop"): one post.
# ((left56) a translated posting's worker of a unit too, "mechanic of the field brigade",
# "laboratory assistant of the drilling fluids laboratory": the post the unit's name makes)
_UNIT_POST = re.compile(r"(?:an?\s+|the\s+)?(?P<post>head|chief|master|director|manager|leader|"
                        r"(?:[a-z]+\s+)?(?:mechanic|assistant|foreman|technician|dispatcher))"
                        r"\s+of\s+the\s+(?P<unit>(?:[a-z][\w-]*\s+){0,2}(?:department|division|"
                        r"unit|section|sector|line|workshop|shop|office|branch|brigade|"
                        r"laboratory|depot|fleet))", re.IGNORECASE)


def unit_post(text: str) -> str | None:
    """A post over one unit of a firm named with its article, in Title Case with "of the"
    kept ("head of the shop" -> "Head of the Shop"); None for any other text.

    >>> unit_post("the chief of the welding section"), unit_post("head of the team")
    ('Chief of the Welding Section', None)
    >>> unit_post("laboratory assistant of the soils laboratory")
    'Laboratory Assistant of the Soils Laboratory'
    """
    match = _UNIT_POST.fullmatch(text.strip())
    if match is None:
        return None
    words = f"{match.group('post')} of the {match.group('unit')}".split()
    return " ".join(w if w.lower() in ("of", "the") else w[:1].upper() + w[1:] for w in words)


def prose_title(item: str, vocab: Vocabulary) -> str | None:
    """A role named in prose in any case, singular and Title Case ("party chiefs" ->
    "Party Chief", "GIS manager positions" -> "GIS Manager"): a role title once cased, or a
    noun phrase ending in a practitioner noun ("rodpersons", "photogrammetrists",
    "drafters").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> prose_title("instrument persons on a crew", v), prose_title("GIS manager positions", v)
    ('Instrument Person', 'GIS Manager')
    >>> prose_title("careers in the public sector", v) is None
    True
    """
    taught = _TAUGHT_POST.match(clean(item).strip(" .,;"))
    if taught is not None:  # "a lecturer in orthoptics": the subject is part of the post
        return f"{title_case(singular_title(taught.group(1)))} in {title_case(taught.group(2))}"
    if (post := unit_post(clean(item).strip(" .,;"))) is not None:
        return post  # (rules46c) "the head of the shop": the post over that unit
    phrase = _ROLE_NOUNS.sub("", _CLAUSE.sub("", _AGO.sub("", clean(item).strip(" .,;"))))
    if phrase[:7].lower() in ("former ", "retired"):
        phrase = _ENDED_JOB.sub("", phrase)  # (carry39b) "… and former RAF Aircraft Technicians"
    words = phrase.split()
    if len(words) > 5 and " of " in phrase and phrase.islower() and (
            post := _of_post(phrase)) is not None:
        return post  # "clinical director of theatres and anaesthesia": one post, however long
    if words and words[0].lower() in _PAST_CLAUSE:
        return None  # (carry39) "… or B and moved into a X post": the sentence's next clause
    if _LEADING_VERB.match(phrase):
        return None  # (real54) "go on to supervise a team of ushers": a duty, no post
    if not 0 < len(words) <= 5 or "as" in words or not all(
            w.replace("-", "").replace("&", "").replace("'", "").replace("’", "").isalpha()
            for w in words):  # ("plumber's labourers" is one title)
        return None
    # ("bedroom DJs": an acronym's plural takes no case, like the acronym itself)
    cases = {w[:1].isupper() for w in words[: words.index("for") if _TITLE_FOR_FIELD.match(
        phrase) else None] if not w.isupper() and w not in _CONNECTORS
             and not _ACRONYM_PLURAL.fullmatch(w)}  # ("Master for pool operations")
    if len(cases) > 1 and not _named_post(clean(item).strip(" .,;"), words):
        return None  # "become Data Scientists": a verb before a title, not one phrase
    if _TITLE_FOR_FIELD.match(phrase) and vocab.is_role_title(head := phrase.partition(" ")[0]):
        return f"{head} for {title_case(phrase.partition(' for ')[2])}"  # the field it serves
    post = _of_post(phrase) if " of " in phrase and phrase.islower() else None
    if post is not None:
        return post
    title = title_case(singular_title(phrase))
    head, _, last = title.rpartition(" ")
    title = f"{head} {vocab.singular_head(last)}".lstrip()  # "Paramedics": a known plural
    if (phrase.islower() or _ROLE_NOUNS.search(clean(item).strip(" .,;"))) and title.rpartition(
            " ")[2].lower().endswith(_DISCIPLINE_ENDS):
        person = PRACTITIONERS.get(last) if head and phrase.islower() and len(
            words) <= _FIELD_WORDS and not _NOT_FIELD.intersection(words) else None
        # "move into site management": the field's practitioner ("Site Manager"); a bare
        # "management" is a field, not a role, and so is "Management Roles".
        return f"{head} {person}" if person else None
    if not phrase.islower() and is_person_name(words):
        return None  # (heads47) "join Tom Seaman in the team": a person, no post
    if len(words) == 1 and title in PRACTITIONERS:
        return None  # (fixes93) "move into a Management role": capitalised, still a field
    if vocab.is_role_title(title):
        return title
    # Broad agent endings only in the plural ("drafters"): "order", "power" are not people.
    return title if practitioner_noun(words[-1], strict=not words[-1].endswith("s")) else None


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,5}s")
# A word for an earlier job being over ("former nurses", "retired teachers"): no part of it.
_ENDED_JOB = re.compile(r"^(?:former|retired)\s+(?=[A-Za-z])", re.IGNORECASE)
_EARLIER_COPULA = re.compile(r"(\bor|\band|,)\s+(?:were|was)\s+")
_FIRST_AFTER = re.compile(r"\s+(?:first|before that)\s*\.?\s*$")


# (rules46c) a translated posting's "pass to the position crane operator" (Serbian "na
# poziciju …"): the word "position" before the title with no "of", no part of it
_POST_OF = re.compile(r"^(?:the\s+)?(?:position|post|job|role)\s+of\s+(?:an?\s+)?(?=[A-Za-z])"
                      r"|^the\s+position\s+(?!(?:of|as|in|at|for|to|with|that|which|where|is|was|"
                      r"and|or|will|would|has|had)\b)(?=[a-z])")


def _titles_after(text: str, start: int, vocab: Vocabulary, own: str = "", *,
                  fields: bool = False) -> list[str]:
    return _steps_after(text, start, vocab, own, fields=fields)[0]


# A list before "then" that says its titles are choices ("A, B or C", "either A, B"):
# no ladder.
_THEN_IN_TURN = re.compile(r"\b(?:either|or|such as|like|e\.g\.)\b")


# Two or three titles offered as choices before "then" ("a Waterway Supervisor or a Reservoir
# Warden, then …"): an "or" list with no example words, each choice a step before the next.
_ALTERNATIVES = 3
_OR_ONLY = re.compile(r"(?!.*\b(?:either|such as|like|e\.g\.|and)\b)[^;:]*\bor\b[^;:]*")


_TRAINED = re.compile(r"^\s*(?:an?\s+)?(?:(?:fully|newly)[\s-])?(?:trained|qualified)\s+(?=[a-z])")
# (a joiner is no word of the place: "research (A) or education (B)" keeps its "or")
# (a one-word title too: "construction labouring (Labourer)")
_GLOSSED_PLACE = re.compile(r"\b(?!(?:or|and)\s)(?:the\s+)?[a-z][\w-]*"
                            r"(?:\s+(?!(?:or|and)\s)[a-z][\w-]*){0,3}\s+"
                            r"\((?P<title>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4})\)")
_FROM_AGAIN = re.compile(r"(,|\bor|\band)\s+from\s+(?!among\b)")
_INTO_AGAIN = re.compile(r"(,|\bor)\s+into\s+")
# "moved across to A work and another to B work": a later subject's move the same way
_OTHER_TO = re.compile(r"(,|\bor|\band)\s+(?:another|others|one|some)\s+to\s+")
_OUR_TITLES = re.compile(r"^\s*(?:our|their|its)\s+(?=[A-Z])")
_BODY_TITLES = re.compile(r"^\s*(?:the\s+)?(?:[A-Z][\w&-]*\s+){0,4}[A-Z][\w&-]*['’]s\s+"
                          r"(?=[a-z])")


def _steps_after(text: str, start: int, vocab: Vocabulary, own: str = "", *,
                 fields: bool = False) -> tuple[list[str], list[tuple[str, str]]]:
    """The titles a trigger at ``start`` names, and the ladder steps that follow them
    ("move up to A, then B": ``[A]`` and ``[(A, B)]``)."""
    tail = text[start : start + _WINDOW]
    placed_as = False
    if start + _WINDOW < len(text):  # the window cut an item short: it names nothing
        tail = tail[: max(tail.rfind(cut) for cut in (", ", " or ", " and ", ". ", "; "))]
    for opener in ("(e.g., ", "(e.g. ", "such as ", "(such as ", "like ", " as "):
        position = tail.find(opener)
        sentence_end = tail.find(". ")
        ahead = tail[:position].removesuffix(" or").removesuffix(" and").rstrip(",")
        if opener == " as " and ")" in ahead:
            # (recall12) "join from hotel work (Hotel Room Attendant) or as a Janitor": the
            # title glossing a place comes first, as a title printed there would
            ahead = _GLOSSED_PLACE.sub(lambda m: m.group("title") if vocab.is_role_title(
                m.group("title")) else m.group(), ahead)
        if position > 0 and (_part_titles(ahead, vocab) or (opener == " as " and (
                ", " in tail[:position] or "after " in tail[:position]
                # "into robotic programming as shops automate": a clause, no title, after "as"
                or not _part_titles(re.split(r"[.;:)]\s|[.;:)]$", tail[position + len(
                    opener):], maxsplit=1)[0], vocab, own)))):
            # "A and then B, or retrain as C"; "A or B and train as C"; "after … as"; "A or B
            # with contractors such as C": the titles came first, the rest names no role
            continue
        if 0 <= position < 60 and not 0 <= sentence_end < position:
            # "adjacent specialities (e.g., A, B)", "related work as A or B"
            tail = tail[position + len(opener):]
            placed_as = opener == " as "  # ("… to the Revenue Department as X II")
            break
    # (left58) a step down to another title's class ("a voluntary demotion to Records Clerk
    # II"): that class names the post, as a post taken in another body does
    placed_as = placed_as or text.endswith(("demotion to ", "demoted to "), 0, start)
    # "come from the clinical lab (Medical Laboratory Scientist)": a place glossed with the
    # title held there, the title
    tail = _GLOSSED_PLACE.sub(lambda m: m.group("title") if vocab.is_role_title(
        m.group("title")) else m.group(), tail) if "(" in tail else tail
    tail = _BRACKETED.sub("", tail)  # "a state-certified technician (Staatlich geprüfter …)"
    # "Lateral entrants are often trained pharmacy assistants": the training is no title's
    # ("often a trained gardener or carpenter": the article goes with it)
    # ("to become a qualified youth worker": the role itself, once qualified)
    tail = _TRAINED.sub("", tail, count=1) if "trained " in tail[:20] or (
        "qualified " in tail[:20]) else tail
    repeated = 0  # (a repeated "from" or "into" sets each item apart: no shared head)
    if text.endswith("from ", 0, start):
        # "joined from A or from B roles": each item of a list of origins repeats "from"
        tail, repeated = _FROM_AGAIN.subn(r"\1 ", tail)
    elif text.endswith("into ", 0, start) and "into " in tail:
        # "moved sideways into A or into B jobs": each choice repeats "into"
        tail, repeated = _INTO_AGAIN.subn(r"\1 ", tail)
    if text.endswith(" to ", 0, start) and ("other" in tail or "one " in tail or "some " in tail):
        # "a mate moved across to A work and another to B work": the second mate's move
        tail, others = _OTHER_TO.subn(r"\1 ", tail)
        repeated += others
    # "move to the position of a tram depot mechanic": the post's own title
    tail = _POST_OF.sub("", tail, count=1)
    # "moved sideways into our Product Manager and Content Strategist roles": the
    # employer's own posts, titled
    tail = _OUR_TITLES.sub("", tail, count=1)
    # "moved over to the Fire Department's analyst or planner positions": that body's posts
    tail = _BODY_TITLES.sub("", tail, count=1) if "'s " in tail or "’s " in tail else tail
    for stop in (". ", "; ", ":", ")"):
        position = tail.find(stop)
        if position != -1:
            tail = tail[:position]
    tail = _PLACE_ASIDE.sub(" ", tail)  # "supervisors or, in small branches, managers"
    # ("an assistant to a vet, or a practice manager": the helper's work, no title)
    tail = _HELPER_TO.sub("", tail) if " to " in tail else tail
    tail = _OWN_WORKPLACE.sub("", tail)  # "a life counselor of the facility": where, no title
    tail = _UNIT_LED.sub(r"\1", tail) if " of a" in tail else tail
    tail = _PARTICIPLE_ASIDE.sub(" ", tail)
    # (real45) "to technician or supervisor level overseeing a team of glaziers, or …", "a
    # Senior X managing a team, and later a Y": what the post does, no title; the list
    # goes on after it
    tail = _DOING_CLAUSE.sub("", tail)
    # A new clause ends the list even with no punctuation ("… installers while others …").
    tail = _NEXT_CLAUSE.split(tail, maxsplit=1)[0]
    # "came from A or were B or C first": a copula after a joiner and a closing "first"
    # are no part of the titles
    tail = _EARLIER_COPULA.sub(r"\1 ", _FIRST_AFTER.sub("", tail)) if " were " in tail or (
        " first" in tail) else tail
    parts = _THEN.split(tail)
    found = _part_titles(parts[0], vocab, own, fields=fields, share=not repeated,
                         placed=placed_as)
    steps: list[tuple[str, str]] = []
    before = found[:1]
    if len(parts) > 1 and len(found) > 1 and " or " not in parts[0] and _THEN_IN_TURN.search(
            parts[0]) is None:
        # "progress to A, B, C and then D": the titles before "then" are rungs in turn too
        steps.extend(itertools.pairwise(found))
        found, before = found[:1], found[-1:]
    elif len(parts) > 1 and 1 < len(found) <= _ALTERNATIVES and _OR_ONLY.fullmatch(
            parts[0].strip(" ,.")) is not None:
        # "become A or B, then C": either choice leads on to C
        before = found
    for part in parts[1:] if found else ():
        # (fixes89) "a Bather role and then train as a Dog Groomer": the title trained for
        part = _TRAIN_AS.sub("", part, count=1) if " as " in part[:20] else part
        after = _part_titles(part.split(", or ")[0], vocab)  # "… then B, or retrain as C"
        if len(after) > 1 and " and " in part and " or " not in part:
            # "then to payroll supervisor and payroll manager": later rungs in turn
            steps.extend((rung, after[0]) for rung in before)
            steps.extend(itertools.pairwise(after))
            before = after[-1:]
            continue
        steps.extend((rung, title) for rung in before for title in after)
        if not after:
            break
        before = after[:1]
        onward = _ONWARD.search(part)
        if onward is not None:  # "then B, and on large estates move up to C": C after B
            more = _part_titles(part[onward.end():], vocab)
            steps.extend((before[0], title) for title in more)
            before = more[:1] or before
    return found, steps


def _own_trade(field: str, own: str) -> bool:
    """The field is the role's own trade: "plumbing" on a plumber's page (the head noun's
    stem), or a trade's -ing word alone sharing the stem of any of the title's words
    ("trucking" on a truck driver's page).

    >>> _own_trade("Plumbing", "Plumber"), _own_trade("Trucking", "Truck Driver")
    (True, True)
    >>> _own_trade("Campus Security", "Security Officer")
    False
    """
    words = own.split() if " " not in field and field.endswith("ing") else own.split()[-1:]
    stems = {word[:_STEM].lower() for word in words if len(word) >= _STEM - 1}
    return field.rpartition(" ")[2][:_STEM].lower() in stems


def _own_rung(text: str, own: str) -> bool:
    """``text`` is the page's own role at a level word, by the role's head noun ("Lead
    Picker" on the Order Picker's page), whether or not the lexicon knows it.

    >>> _own_rung("Lead Picker", "Order Picker"), _own_rung("Senior Health", "Health Visitor")
    (True, False)
    """
    words = text.split()
    return len(words) >= 2 and words[0].lower() in _LEVEL_SET and words[0][:1].isupper() and (
        words[-1].lower() == own.rpartition(" ")[2].lower())


def _own_kind(item: str, own: str) -> str | None:
    """A plain phrase headed by the page's own role's head noun ("seasonal walking guides"
    on the Tour Guide's page), in Title Case and singular: a title of the role's trade in a
    move's slot, whether or not the lexicon knows the head."""
    phrase = _ROLE_NOUNS.sub("", _CLAUSE.sub("", clean(item).strip(" .,;")))
    words = phrase.split()
    head = own.rpartition(" ")[2].lower()
    if not head or not 2 <= len(words) <= _OWN_KIND_WORDS or not all(
            w.isalpha() and w.islower() for w in words) or words[0] in _PAST_CLAUSE:
        return None
    if all(w in _LEVEL_SET for w in words[:-1]):
        return None  # "junior perfumers": the role at a level, which ladders read
    title = title_case(singular_title(phrase))
    return title if title.rpartition(" ")[2].lower() == head and (
        title.lower() != own.lower()) else None


_OWN_KIND_WORDS = 4
_EXAMPLES = re.compile(r"\b(?:e\.g\.|i\.e\.)|\b(?:for example|such as|like)\s")
# A role noun after a list of titles that all share it ("retail clerk or call centre agent
# jobs"): every item of the list is a title.
# Where a listed title's people come from, after it ("police officers from financial crime
# units"): no part of the title.
_FROM_UNIT = re.compile(r"(?<=[a-z]s)\s+from\s+(?:the\s+)?[a-z][a-z -]{2,40}$")

# ("A or B work": the trade's work named by its two titles)
_SHARED_ROLE_NOUN = re.compile(r"\s(?:jobs|roles|positions|work|backgrounds)"
                               r"(?:\s+in\s+[a-z]+)?\.?$")


# One post offered as a choice of titles, its noun singular ("a Mud Logger or Mud Engineer
# role", "an estimator or site planner position"): the noun is each choice's.
_SHARED_POST = re.compile(r"\s(?:role|position|post|background)$")


def _shares_role_noun(tail: str) -> bool:
    """The titles of ``tail`` share the role noun after the last one: a plural after an "or"
    or a list of three ("A, B and C jobs"), or a singular after an "or" ("A or B role"),
    a clause after the noun aside ("… role with one of the fluids companies").

    >>> _shares_role_noun("Mud Logger or Mud Engineer role with a service company")
    True
    >>> _shares_role_noun("Health and Safety role"), _shares_role_noun("A, B and C jobs")
    (False, True)
    """
    if _SHARED_ROLE_NOUN.search(tail) is not None and (" or " in tail or (
            tail.count(", ") >= 1 and " and " in tail)):
        return True
    bare = _CLAUSE.sub("", tail.strip(" .,;"))
    return " or " in bare and _SHARED_POST.search(bare) is not None


def _cased_choice(item: str, items: Sequence[str], vocab: Vocabulary) -> bool:
    """``item`` is the first of a list of choices whose last one is a known title, and ends
    in a worker's noun ("Mud Logger" in "Mud Logger or Mud Engineer role": "Logger" is no
    head the lexicon knows, but the shared noun says it is a post)."""
    words = item.split()
    return bool(words) and len(items) > 1 and practitioner_noun(words[-1]) and (
        prose_title(items[-1], vocab) is not None)


# How a job was held, in lower case before a title in Title Case ("started as casual
# Biosecurity Assistants"): no part of the title, which its capitals mark.
# (rules38c) A lower-case title of two words and a translator's "of the" + one noun after
# it ("site supervisor of the aluminium"); a one-word post ("director of the museum") keeps it.
# (rules49c: or "of our" + up to two nouns, "the facility manager of our office blocks")
_OF_THE_TAIL = re.compile(r"([a-z]+ [a-z]+) of (?:the [a-z]+|(?:our|their|its) [a-z]+(?: [a-z]+)?)")
# (rules38c) A lower-case title's holders' team ("the glass installer team in the site").
_TITLE_TEAM = re.compile(r"([a-z]+(?: [a-z]+){1,2}) (?:team|crew)(?: (?:in|at|on) the [a-z]+)?")
_TENURE = re.compile(r"^(?:casual|temporary|seasonal|part-time|full-time|contract|freelance|"
                     r"in-house|relief|locum|former)\s+(?=[A-Z][a-z])")  # (rules49b: in-house)
# (recall10) A learner's word after a known title ("Paramedic Students", "Dental Nurse
# Trainees"): the learner at that title, no holder of it.
_LEARNER_AFTER = re.compile(r"\s+(?:Students?|Trainees?|Apprentices?|Cadets?)\b")
# A job held no longer, in lower case ("a former furniture factory worker"): no part of it.
_OVER = re.compile(r"^(?:former|retired)\s+(?=[a-z])")
_LEVEL_WORDS = 2  # "Lead CRA", "Senior Field CRA": capitalised words before the role
# A worker's trade named by the worker ("from welding, plumbing and the millwright trade").
_TRADE_NOUN = re.compile(r"(?<=[a-z])\s+(?:trade|trades|craft)(?=\W*$)")


# Two qualifiers sharing the rest of one title ("a front-end or back-end developer", "a
# Site or Project Manager"; "and" between two levels: "junior and senior buyers").
_SHARED_REST = re.compile(r"(?:^|(?<=, )|(?<=\ban )|(?<=\ba ))(?P<a>[A-Za-z][a-z]+(?:-[a-z]+)?)"
                          r" (?P<joint>or|and) (?P<b>[A-Za-z][a-z]+(?:-[a-z]+)?)"
                          r"(?P<rest> [A-Za-z][\w-]*)")
# Qualifiers of how a job is held, no part of its title ("full-time or part-time cleaner").
_NO_SHARED = frozenset({"full-time", "part-time", "freelance", "temporary", "permanent",
                        "casual", "contract", "relief", "locum", "one", "two", "three",
                        "more", "less", "either", "whether", "other", "another", "former",
                        "become", "becomes", "be", "then", "later"})


# Endings of a field or an activity: before a head they name one post's area ("quality and
# compliance manager", "testing and commissioning engineers"), not two posts; and of an
# adjective or a participle, which qualifies one post ("a certified and approved nurse").
_AREA_ENDS = (*_DISCIPLINE_ENDS, "age", "ism", "ry", "cy",
              "ed", "al", "ic", "ive", "ous", "ful", "able", "ible", "less", "ish")


def _two_posts(first: str, second: str) -> bool:
    """Two plain nouns before one head in lower case name two posts ("site and project
    manager": a site manager and a project manager), unless the pair is a fixed name of
    the lexicon ("health and safety", "food and beverage"), either word is a plural or
    ends as a field, an activity or an adjective ("parks and gardens", "irrigation and
    drainage", "certified and approved"): those qualify one post.

    >>> _two_posts("site", "project"), _two_posts("health", "safety")
    (True, False)
    >>> _two_posts("testing", "commissioning"), _two_posts("parks", "gardens")
    (False, False)
    >>> _two_posts("certified", "approved"), _two_posts("regional", "national")
    (False, False)
    """
    return not any(w.endswith(("s", *_AREA_ENDS)) for w in (first, second)) and not (
        fixed_pair(f"{first} and {second}"))


def _distributed(tail: str, vocab: Vocabulary) -> str:
    """``tail`` with a title's head given to both qualifiers before it ("a site or project
    manager" -> "a site manager or project manager"): two lower-case words, the first no
    job of its own ("a nurse or care assistant" is two jobs already; in capitals, "Commis
    or Bakery Worker", either may be a job's name); with "and" only two levels ("junior
    and senior buyer"; "health and safety manager" is one post).

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _distributed("a front-end or back-end developer", v)
    'a front-end developer or back-end developer'
    >>> _distributed("a nurse or care assistant", v), _distributed("site and project managers", v)
    ('a nurse or care assistant', 'site managers or project managers')
    >>> _distributed("health and safety manager", v), _distributed("parks and gardens worker", v)
    ('health and safety manager', 'parks and gardens worker')
    """
    def shared(match: re.Match[str]) -> str:
        first, joint, second = match.group("a"), match.group("joint"), match.group("b")
        levels = {first.lower(), second.lower()} <= _LEVEL_SET
        if not levels and (not first.islower() or not second.islower() or _NO_SHARED.intersection(
                (first, second)) or second in _CLAUSE_VERBS or vocab.is_role_title(
                title_case(singular_title(first))) or practitioner_noun(first)
                or first.endswith("s") or (joint == "and" and not _two_posts(first, second))):
            # ("Commis or Bakery Worker": each may be a job's name; "into sales or account
            # manager roles": a word in -s is a field or a plural of its own)
            return match.group()
        rest = match.group("rest").split()[0].rstrip(",.;:")
        if not vocab.is_role_title(title_case(singular_title(f"{second} {rest}"))):
            return match.group()
        return f"{first} {rest} or {second} {match.group('rest').lstrip()}"

    return _SHARED_REST.sub(shared, tail) if (" or " in tail or " and " in tail) else tail


def _verb_named(item: str, vocab: Vocabulary) -> bool:
    """``item``, opening with a word that is also a verb, is a job's name ("train driver",
    "study skills tutor"): a role title of at most four words, no particle after the verb
    ("train as arrangers", "work in retail" are clauses).  Read for a list's first item
    only, right after its cue ("or train apprentices" later in a list is a clause)."""
    words = item.strip(" .").split()
    return 2 <= len(words) <= _OWN_KIND_WORDS and words[1] not in _VERB_PARTICLES and all(
        w.isalpha() for w in words) and vocab.is_role_title(title_case(singular_title(
            " ".join(words))))


_VERB_PARTICLES = frozenset({"as", "to", "for", "in", "on", "up", "with", "at", "into", "out",
                             "a", "an", "the", "your", "their", "his", "her", "own"})


# (real45) A kind of work named by an adjective ("specialist work", "supervisory work"): work
# moved into, no title ("landscaper work" and "Wind Turbine Technician work" name workers).
_KIND_OF_WORK = re.compile(r"(?:specialist|speciali[sz]ed|supervisory|managerial|technical|"
                           r"freelance|contract|consultancy|advisory|general|senior) work")


def _part_titles(tail: str, vocab: Vocabulary, own: str = "", *,
                 fields: bool = False, share: bool = True, placed: bool = False) -> list[str]:
    lowered = tail.lower()
    bare_tail = tail
    for article in _ARTICLES:
        if lowered.startswith(article):
            tail = tail[len(article):]
            lowered = tail.lower()
    # ("become a train driver": a noun after the article)
    articled = bare_tail[: len(bare_tail) - len(tail)].lower().endswith(("a ", "an ", "the "))
    tail = _distributed(tail, vocab) if share else tail
    found: list[str] = []
    # ("A, B and C jobs" too: a list of three titles sharing the noun)
    shared = _shares_role_noun(tail)
    # "into informatics, e.g., A": the examples are the moves, not the field before them
    fields = fields and _EXAMPLES.search(tail) is None
    def whole(text: str) -> bool:  # "director of catering and events" is one post
        text = _ROLE_NOUNS.sub("", text)  # ("Lead Trust and Safety Analyst roles": one)
        first, joined, second = text.partition(" and ")
        if joined and " of " not in first and vocab.is_role_title(first) and (
                vocab.is_role_title(second.split(" of ", 1)[0])):
            return False  # "Brigade Chief and Technician of Operations": two posts, each a
            # title before the "and" that joins them
        if joined and own and _own_rung(first, own) and vocab.is_role_title(second):
            return False  # (fixes102) "progress to Lead Picker and Shift Supervisor": the
            # role at a rung (a head the lexicon may not know), then another post
        return vocab.is_role_title(text) or (" of " in text and _of_post(text) is not None) or (
            # "health and safety manager" in lower case: one title when the one word before
            # "and" is a field, not a title, a plural or a level ("cashier and bartender",
            # "photogrammetrists and urban planners", "staff and principal" are two)
            text.islower() and " and " in text and vocab.is_role_title(title_case(text))
            and " " not in (first := text.split(" and ", 1)[0]) and not first.endswith("s")
            and first not in _LEVEL_SET and not vocab.is_role_title(title_case(first)))

    items = split_items(tail.rstrip("."), keep_whole=whole)
    as_post = placed  # (a post taken in another body keeps its grade numeral, below)
    for index, item in enumerate(items):
        placed = as_post
        if " as " in item and (item.split(" ", 1)[0] in _PLACE_FIRST or _UNIT_AS.search(item)
                               or _placed_as(item, vocab)):
            # "into the loans team as a loan officer", "to the buying side as a buyer",
            # "pharmaceutical companies as product specialists"
            item, placed = item.rpartition(" as ")[2], True
        item = item.removeprefix("to ").removeprefix("as ").removeprefix("become ")
        # ("… or to Y", "… or as apprentices", "… or become Y")
        item = item.rpartition(" become ")[2]  # "…, and many become licensed contractors"
        verb = item
        for adverb in _ADVERBS:
            verb = verb.removeprefix(adverb)
        if verb.split(" ", 1)[0] in _CLAUSE_PRONOUNS:
            break  # (rules49c) "… or as B (a gloss) and we trained them on the floor": a new
            # clause with its own subject, no title
        if (verb.split(" ", 1)[0] in _CLAUSE_VERBS and not (
                index == 0 and articled and _verb_named(verb, vocab))) or (
                item.startswith("from ")):
            # "… or mortuary assistants and train as arrangers": a new verb, no title;
            # "are appointed from among officers": where they come from, not where they go
            break
        for article in _ARTICLES:
            if item.lower().startswith(article):
                item = item[len(article):]
        item = _TENURE.sub("", item, count=1)  # "casual Biosecurity Assistants"
        item = _OVER.sub("", item, count=1)  # "a former carpenter": the carpenter
        item = _TRADE_NOUN.sub("", item)  # "the millwright trade": the millwright's
        item = _FROM_UNIT.sub("", item)  # "police officers from financial crime units"
        pair = _slash_pair(item, vocab) if " / " in item else []
        if pair:
            found.extend(pair)  # "a Site Geologist / Mud Engineer role": two posts
            continue
        if _KIND_OF_WORK.fullmatch(item.strip(" .")):
            break  # (real45) "or move into specialist work": a kind of work, no post
        item = _sentence_case(item, vocab)
        if " of " in item and (tailed := _OF_THE_TAIL.fullmatch(item.strip(" ."))) and (
                vocab.is_role_title(title_case(tailed.group(1)))):
            item = tailed.group(1)  # (rules38c) "the site supervisor of the aluminium": a
            # translator's "of the" before the trade's material, no part of the title
        if " team" in item and (crew := _TITLE_TEAM.fullmatch(item.strip(" ."))) and (
                vocab.is_role_title(title_case(crew.group(1)))):
            item = crew.group(1)  # (rules38c) "moved to the glass installer team in the
            # site": the team of a title's holders, that title
        title = vocab.role_title_at(item, 0)
        if title is not None and " in " in item and (
                named := _SPECIALTY_POST.fullmatch(item.strip(" ."))) is not None and (
                named.group(1).startswith(title)):
            title = named.group(1)  # (carry42) "a Consultant in Acute Medicine post": the
            # post's whole title with its specialty, before the word "post"
        elif title is not None and item[: len(title)] == title and (
                learner := _LEARNER_AFTER.match(item, len(title))) is not None:
            title = singular_title(item[: learner.end()])  # "Paramedic Students"
        if placed and title is not None and item[: len(title)].lower() == title.lower() and (
                numeral := _GRADE_NUMERAL.match(item, len(title))) is not None:
            title += numeral.group()  # (rules38b) "Tax Inspector II": its grade names the post
        if title is not None and is_truncated(title):
            # "SDET (Software Development Engineer in Test)": the title before the bracket.
            head = title.split(" (", 1)[0]
            title = head if vocab.is_role_title(head) else None
        plain = prose_title(item, vocab) if title is None or len(title.split()) < len(
            _CLAUSE.sub("", item).split()) else None
        # "Lead Sonographer": the whole phrase, not the known head inside it ("Lead").
        title = plain if plain is not None and (title is None or len(plain) > len(title)) \
            else title
        bare = item.strip(" .")
        if title is not None and own and len(title) < len(bare) and (
                bare.lower().endswith(f" {own.lower()}")) and 0 < len(
                lead := bare[: -len(own)].split()) <= _LEVEL_WORDS and all(
                w[:1].isupper() for w in lead):
            title = bare  # "Lead CRA" on the CRA's page: the role at a level
        elif own and (title is None or len(title) < len(bare)) and len(bare.split()) <= (
                _LEVEL_WORDS + 1) and _own_rung(bare, own):
            title = bare  # (fixes102) "Lead Picker" on the Order Picker's page: the role's
            # head at a level, though the lexicon knows no such title
        title = title or (_own_kind(item, own) if own else None) or (
            _shared_title(item, capitalised=bool(found) or _cased_choice(item, items, vocab))
            if shared else None)
        if title is None and fields and own:
            title = _own_track(item, own)  # "into community midwifery" on a midwife's page
        if title is None and fields and not _OTHER_FIELD.match(item):
            # ("moved to another occupation": some other job, no field named)
            title = field_name(item)
            if title is not None and own and _own_trade(title, own):
                title = None
            if title is not None and _CLAUSE.search(item):
                found.append(title)  # "plumbing after working as …": the list ends here
                break
        if title is None and fields and item.strip(" .").lower() in _GENERIC_FIELDS and (
                index + 1 < len(items) and not items[index + 1].lower().startswith(_ARTICLE_OPENS)):
            continue  # "into community midwifery, research or teaching as lecturers": an
            # area that names no job, between two fields ("… into engineering, or a graduate
            # engineer" ends the list: the article opens another)
        if title is None and index + 1 < len(items) and _JOBS_ITEM.search(item) and (
                items[index + 1].lower().startswith(("as ", "or as "))):
            continue  # "… customer service roles, or as a mortgage administrator": jobs of
            # no title, then the list goes on with another
        if title is None and index + 1 < len(items) and _LEVELLED_PEOPLE.fullmatch(
                item.strip(" .")):
            continue  # (real51) "go on to become journey-level professionals, supervisors or
            # managers": the role's own grade in words naming no post; the list goes on
        if title is None and found and _unknown_between(item, items[index + 1:], vocab):
            continue  # "as dock clerk, stock checker or warehouse helper": one name the
            # vocabulary lacks, between two titles, ends no list (it is left out)
        if title is None and (cased := _CASED_POST.fullmatch(item.strip(" ."))) is not None and (
                cased.group(1).split()[0].lower() not in _LEVEL_SET) and (
                cased.group(1).lower().endswith(_AGENT_ENDS)):
            title = cased.group(1)  # (fixes89) "move across to a Bather role": a post by
            # its capitals and the role noun, though the vocabulary lacks it
        if title is None:
            break
        found.append(title)
    return [post for title in found if (post := field_post(title)) is not None]


def field_post(title: str) -> str | None:
    """(fixes93) A move's title that is a bare field of work, capitalised ("into a Management
    role"): none, as a bare "management" is none (:func:`prose_title`); any other title as
    it is (a named field, "switch sideways into Project Management", is kept as printed, as
    the truths keep it).

    >>> field_post("Management"), field_post("Project Management"), field_post("Welder")
    (None, 'Project Management', 'Welder')
    """
    return None if title in PRACTITIONERS else title


# (carry42) A post's Title Case title and its specialty, then the noun "post" or "role"
# ("Consultant in Intensive Care Medicine post", "Specialist in Oral Surgery roles").
_SPECIALTY_POST = re.compile(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+in\s+[A-Z][\w'’-]*"
                             r"(?:\s+(?:[A-Z][\w'’-]*|and|of|&)){0,5})\s+(?:post|role|position)s?")


# (real51) A grade of the role told with a word for any worker ("journey-level
# professionals", "fully qualified tradespeople", "experienced practitioners"): no post.
_LEVELLED_PEOPLE = re.compile(r"(?:[a-z]+-level|senior|experienced|(?:fully\s+)?qualified|"
                              r"master|skilled)\s+(?:professionals|workers|practitioners|"
                              r"tradespeople|tradesmen|craftspeople|craftsmen|employees)",
                              re.IGNORECASE)


# A title in sentence case, a translator's habit ("grow to Leading doctor's assistant"):
# the capital of its first word only, the rest lower case.
_SENTENCE_CASE = re.compile(r"^[A-Z][a-z]+(?:\s+[a-z][\w'’-]*){1,4}$")


def _sentence_case(item: str, vocab: Vocabulary) -> str:
    """``item`` in lower case when it is a title written in sentence case that the
    vocabulary knows in Title Case (read then as a lower-case title); else ``item``.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _sentence_case("Senior wages clerk", v), _sentence_case("Senior Wages Clerk", v)
    ('senior wages clerk', 'Senior Wages Clerk')
    """
    bare = item.strip(" .")
    if _SENTENCE_CASE.match(bare) is None or vocab.is_role_title(bare) or not (
            vocab.is_role_title(title_case(bare))):
        return item
    return item[:1].lower() + item[1:]


_SLASH_HALF_WORDS = 2  # words of each half at least ("Roughneck / Floorman" is one rung)


def _slash_pair(item: str, vocab: Vocabulary) -> list[str]:
    """The two titles a spaced slash joins in prose, each a known title of two words or
    more with its own head noun ("Site Geologist / Mud Engineer"); none when they name one
    post two ways ("Tech Lead / Engineering Lead") or a half is no title.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _slash_pair("Site Geologist / Mud Engineer role", v)
    ['Site Geologist', 'Mud Engineer']
    >>> _slash_pair("Tech Lead / Engineering Lead", v), _slash_pair("Roughneck / Floorman", v)
    ([], [])
    """
    halves = [h.strip() for h in _ROLE_NOUNS.sub("", _CLAUSE.sub("", item.strip(" .,;"))).split(
        " / ")]
    if len(halves) != 2 or not all(  # (a pair)
            len(h.split()) >= _SLASH_HALF_WORDS and vocab.is_role_title(h) for h in halves):
        return []
    heads = {h.rpartition(" ")[2].lower() for h in halves}
    return halves if len(heads) == len(halves) else []


# A list item shaped like a job's name: at most four plain words, no figure, no bracket,
# the last a worker's noun ("stock checker", "grain sampler"; not "longer term").
_NAME_SHAPED = re.compile(r"(?:an?\s+)?(?:[A-Za-z][A-Za-z'-]*\s+){0,3}[A-Za-z'-]*(?:er|or|ist|"
                          r"man|ant|ent|ian|hand|wright|smith|ee)s?")


def _unknown_between(item: str, rest: Sequence[str], vocab: Vocabulary) -> bool:
    """``item`` is name-shaped and the list's next item is a whole known title, so the list
    goes on past it ("A, stock checker or B": A and B are read, the unknown one skipped)."""
    if not rest or not _NAME_SHAPED.fullmatch(item.strip(" .")):
        return False
    nxt = rest[0].strip(" .")
    for opener in ("or ", "and ", "a ", "an "):
        nxt = nxt.removeprefix(opener)
    return bool(nxt) and vocab.is_role_title(title_case(nxt))


_JOBS_ITEM = re.compile(r"\s(?:roles|jobs|positions|posts)$")
_OTHER_FIELD = re.compile(r"(?:another|other|a different|different|some other)\s", re.IGNORECASE)


def _own_track(item: str, own: str) -> str | None:
    """A specialised branch of the page's own trade, named as a field with a qualifier ("into
    community midwifery" on a Midwife's page -> "Community Midwife"), or None.

    >>> _own_track("community midwifery", "Midwife"), _own_track("plumbing", "Plumber")
    ('Community Midwife', None)
    """
    words = _CLAUSE.sub("", clean(item).strip(" .,;")).split()
    head = own.rpartition(" ")[2]
    if not 2 <= len(words) <= _FIELD_MAX_WORDS or len(head) < _STEM or not all(
            w.isalpha() and w.islower() for w in words) or _NOT_FIELD.intersection(words):
        return None
    last = words[-1]
    if last[:_STEM] != head[:_STEM].lower() or not last.endswith(_BRANCH_ENDS):
        return None
    return f"{title_case(' '.join(words[:-1]))} {own}"


def _shared_title(item: str, capitalised: bool = False) -> str | None:
    """An item of a list of titles that share a role noun ("retail clerk" in "retail clerk
    or call centre agent jobs"): two to four plain lower-case words, in Title Case; with
    ``capitalised`` (a title came before it in the list) Title Case words too ("Drug Safety
    Associate" in "Medical Representative, Drug Safety Associate or X roles")."""
    words = _ROLE_NOUNS.sub("", item.strip(" .")).split()
    if _OTHER_FIELD.match(" ".join(words[1:] if words[:1] == ["a"] else words) + " "):
        return None  # (real52) "either move into a different field or …": some other work
    lower = all(w.replace("-", "").isalpha() and w.islower() for w in words)  # ("call-taker")
    cased = capitalised and all(w.isalpha() and w[:1].isupper() and w[1:].islower()
                                for w in words)
    if not 2 <= len(words) <= _OWN_KIND_WORDS or not (lower or cased):
        return None
    return title_case(" ".join(words))


_PLACE_WORDS = 4


def _placed_as(item: str, vocab: Vocabulary) -> bool:
    """True when ``item`` names a place or field, then " as " and a title ("freight
    forwarding as forwarding coordinators"): the title is the move, not the place."""
    before, _, after = item.rpartition(" as ")
    words = before.split()
    if not 0 < len(words) <= _PLACE_WORDS or words[0] in _CLAUSE_VERBS or _CLAUSE.search(
            " " + before + " "):
        return False  # "train as arrangers", "plumbing after working as labourers": clauses
    # ("event production as an AV technician": a field whose practitioner prose_title names
    # is still the place, not the title)
    return (prose_title(before, vocab) is None or (
        before.islower() and field_name(before) is not None)) and vocab.role_title_at(
        before, 0) is None and (
        prose_title(after.removeprefix("an ").removeprefix("a "), vocab) is not None)


# Field words that name a whole area of work, not a move anyone could look up ("move into
# management", "go into research").
_GENERIC_FIELDS = frozenset({"management", "research", "teaching", "training", "consulting",
                             "consultancy", "education", "administration", "business",
                             "industry", "government", "academia", "operations", "production",
                             "leadership", "sales", "marketing", "finance", "engineering",
                             "science", "technology", "design", "nursing", "medicine",
                             "manufacturing", "retail", "hospitality", "construction",
                             # departments of any employer ("move across into procurement")
                             "procurement", "purchasing", "accounting", "compliance",
                             "planning", "communications", "policy",
                             # a service, no job ("joined from the military, A or B")
                             "military", "armed forces", "forces", "army", "navy"})
# Last words that make a phrase a field of work ("sample reception", "exhibition design").
_FIELD_ENDS = (*_DISCIPLINE_ENDS, "omy", "phy", "sales", "design", "analysis", "affairs",
               "research",  # ("UX research", "regulatory affairs"; "research" alone is generic)
               "security",  # ("campus security", "event security": a guarding trade's branch)
               "therapy")  # ("physical therapy", "respiratory therapy": a clinical field)
_ONE_WORD_FIELD_ENDS = ("ing", "ment", "ics", "ogy", "omy", "phy", "tion", "sion")
_FIELD_MAX_WORDS = 3
_ARTICLE_OPENS = ("a ", "an ", "the ")
# Endings of a trade's field ("midwifery", "plumbing", "accountancy", "physiotherapy").
_BRANCH_ENDS = ("ry", "ing", "ism", "cy", "py", "gy", "ics")
_AS_CLAUSE = re.compile(r"\s+as\s+(?!an?\s).*$")
_STEM = 5  # letters a field shares with its practitioner ("plumbing", "plumber")


def field_name(item: str) -> str | None:
    """A field of work a move names ("phlebotomy", "retail operations analysis", "QA"), in
    Title Case; None for a generic area ("management") or anything that is no field.

    >>> field_name("sample reception"), field_name("QA"), field_name("management")
    ('Sample Reception', 'QA', None)
    >>> field_name("the city") is None, field_name("their own shop") is None
    (True, True)
    """
    # ("robotic welding programming as shops automate": a clause after the field)
    phrase = _AS_CLAUSE.sub("", _CLAUSE.sub("", clean(item).strip(" .,;")))
    words = phrase.split()
    if not 0 < len(words) <= _FIELD_MAX_WORDS or _NOT_FIELD.intersection(w.lower() for w in words):
        return None
    if len(words) == 1 and 2 <= len(phrase) <= 4 and phrase.isupper() and phrase.isalpha():
        return phrase  # "QA", "HR": a department's initials
    if not all(w.replace("-", "").isalpha() for w in words) or (
            len({w[:1].isupper() for w in words if not w.isupper()}) > 1) or (
            phrase.lower() in _GENERIC_FIELDS):  # ("CART captioning": an acronym, then a field)
        return None
    ends = _FIELD_ENDS if len(words) > 1 else _ONE_WORD_FIELD_ENDS  # ("conference": a thing)
    return title_case(phrase) if words[-1].lower().endswith(ends) else None
