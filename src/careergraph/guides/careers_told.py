"""One person's career told in the third person, earliest first: an appointment release's
career paragraph, a guest's bio on an episode page, a speaker's profile.

The story opens with where the person began ("began his career in 1999 as a volunteer
firefighter", "started as a quality control technician") and goes on, sentence by sentence,
through the posts they joined, served in, were promoted or appointed to ("joined X as a
full-time firefighter in 2003 and was promoted to Lieutenant in 2009, Captain in 2013 and
Platoon Chief in 2017, before his appointment as Deputy Fire Chief"; "served as an
instructional coach and assistant principal before becoming principal of Y").  Each title
is a rung, in the order told; the story ends at the first sentence that tells no step.

>>> from careergraph.lexicon import load_lexicon
>>> from careergraph.guides.vocab import Vocabulary
>>> v = Vocabulary.from_lexicon(load_lexicon())
>>> told = career_told("Ms Reyes began her career as a staff nurse in Leeds. She was promoted "
...                    "to ward manager in 2015 and to nurse consultant in 2020. She rows.", v)
>>> told.rungs
('Staff Nurse', 'Ward Manager', 'Nurse Consultant')
>>> career_told("Nurses are promoted to ward manager and matron.", v) is None
True
>>> career_told("Kim joined Harlow Press as a copy clerk, was promoted to reporter in 2010 "
...             "and to news editor in 2015.", v).rungs
('Copy Clerk', 'Reporter', 'News Editor')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careergraph.guides.designations import designation_at
from careergraph.guides.nominal_duties import cued_list_spans
from careergraph.guides.prose_titles import prose_title
from careergraph.guides.roles import practitioner_noun, title_case
from careergraph.guides.vocab import Vocabulary

__all__ = ["CareerTold", "career_opens", "career_told"]

# Where the story starts: "began his career (in 1999) as", "started (out) as".
# One person's start, in the third person: "as a/an/the" (plurals are a trade's people).
_BEGAN = re.compile(r"(?<!\bI )(?<!\bwe )\b(?:(?:began|started|starting|beginning)\s+"
                    r"(?:(?:his|her|their)\s+(?:working\s+|professional\s+)?career\s+)?"
                    # (rules35c: or the field first, "started in healthcare as a …")
                    r"(?:out\s+)?(?:in\s+\d{4}\s+)?(?:in\s+[a-z]+(?:\s+[a-z]+)?\s+)?as\s+"
                    r"(?=(?:an?|the)\s)"
                    # an employer's letter: "joined us as Trainee X", "came to us in 2018 as
                    # a Y" (a designation may come without its article)
                    r"|(?:joined|came\s+to)\s+us\s+(?:in\s+\d{4}\s+)?as\s+"
                    r"(?=(?:an?|the)\s|[A-Z])"
                    # a life story: "went to A Coachworks as a paint shop boy", "began a
                    # four-year apprenticeship as a toolmaker" (the apprentice's rung)
                    r"|went\s+to\s+(?:[A-Z][\w'’&.-]*\s+){1,4}as\s+(?=(?:an?|the)\s)"
                    r"|(?:began|started|served|entered)\s+(?:an?|his|her|their)\s+"
                    r"(?:[\w-]+\s+)?(?P<apprenticeship>apprenticeship)\s+as\s+"
                    r"(?=(?:an?|the)\s)"
                    # a tribunal's findings: "The claimant began work for the respondent on
                    # 3 March 2014 as a …", "commenced employment with the Respondent in
                    # February 2019 as a …" (the employer and the date between)
                    r"|(?:began|started|commenced)\s+(?:work|employment)\b[^.;]{0,80}?\bas\s+"
                    r"(?=(?:an?|the)\s)"
                    # an alumni note's or a guest's bio: "joined Pennant & Roe as a newsroom
                    # intern", "started at WRVN as an overnight producer" (an employer first)
                    r"|(?P<employer>(?:joined|started\s+at|began\s+at)\s+"
                    r"(?:[A-Z&][\w'’&.-]*\s+){1,4}(?:in\s+\d{4}\s+)?as\s+"
                    r"(?=(?:an?|its)\s)))")
# A sentence that goes on with the story: a step verb or a year.
_STEP_SENTENCE = re.compile(r"\b(?:promoted|promotion|joined|joining|appoint(?:ed|ment)|"
                            r"confirmed|advanced|redesignated|tak(?:en|es?)\s+\w+\s+on|"
                            r"took\s+\w+\s+on|"
                            r"serv(?:e|ed|ing)|bec(?:ame|oming)|went on|rose|moved|"
                            r"worked\s+as)\b")
# Where a title may follow: after "as", "promoted to", "becoming", "then", "and (to)", or a
# comma in a list of promotions.
_SLOT = re.compile(r"(?:\bas|\bpromoted\s+to|\badvanced\s+to|\band\s+to|\bbecoming|\bbecame|"
                   r"\b(?:was|were)\s+appointed|"  # ("was appointed Tower Crane Operator")
                   r"\bthen|\band|,)\s+"
                   r"(?:an?\s+|the\s+)?(?=[A-Za-z])")
# Where a title ends: a place, an employer, a date, a clause.
_TITLE_END = re.compile(r"\s+(?:in|at|with|for|from|before|after|while|since|under|until|when|"
                        r"on|where|who|which|and|then|during|to|across|within)\b|[,.;:()]")
# Words that open a clause, not a title ("…, was promoted to …", "and later served as …").
_NOT_OPENING = frozenset({
    "was", "were", "is", "are", "has", "had", "have", "be", "been", "later", "also", "now",
    "currently", "he", "she", "they", "his", "her", "their", "its", "it", "who", "which",
    "then", "went", "served", "joined", "led", "wrote", "holds", "brings", "finally", "and",
    "became", "got", "spent", "moved", "returned", "left",
})
# Employment terms that are no part of the title ("a full-time firefighter").
_TERMS = frozenset({"full-time", "part-time", "permanent", "temporary", "fulltime"})
_SENTENCE_END = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)[.!?](?:\s+|$)")
_MIN_RUNGS = 2
# (rules48b) A sentence told of other people, no step of the person's own story: a promotion
# letter's "Supervisors who prefer quality have moved across to A", "one of last year's
# supervisors now works as B", after the reader's own "joined us as C and became D".
_OTHERS_TOLD = re.compile(r"\s*(?:[A-Z][a-z]+s\s+(?:who|have|are|were|often|usually|"
                          r"sometimes|can|may|tend)\b|(?:one|some|many|most|several|"
                          r"a few|others?)\s+(?:of\s+)?(?:our|the|their|these|last|them|"
                          r"have|move|went|go)\b)", re.IGNORECASE)
# Mastery of a craft told like a post ("became a master of die tryout").
_MASTERY = re.compile(r"master\s+of\s+(?!arts\b|science\b|ceremonies\b)[a-z]")
# A rise told from one post to another ("He rose from compositor to senior compositor").
_ROSE_TO = re.compile(r"\brose from( [^,.;]{2,60}?) to ")
# A school-leaver's first job of old, named by the workplace before it ("paint shop boy",
# "office girl"): a job title in a life story only.
_YOUNG_HANDS = frozenset({"boy", "girl", "lad"})


@dataclass(frozen=True)
class CareerTold:
    """The rungs of a told career, earliest first, and the span of text it was read from."""

    rungs: tuple[str, ...]
    start: int
    end: int
    #: The story opens at an employer ("joined X as A"): a person's own path, which reaches
    #: the page's role only where it names it.
    at_employer: bool = False


def _title(phrase: str, vocab: Vocabulary) -> str | None:
    """The title a slot names: the phrase, or its words before "of" ("principal of X High
    School"), or a title with one modifier before it ("volunteer firefighter")."""
    words = phrase.split()
    if not words or words[0].lower() in _NOT_OPENING or "or" in words:
        return None
    if _MASTERY.match(phrase):
        return None  # ("became a master of water gilding": a skill mastered, no post)
    if words[0].lower() in _TERMS:
        words = words[1:]  # ("a full-time firefighter")
    if " – " in phrase:  # a designation with its department ("Chemist – QC")
        return designation_at(" ".join(words), 0, vocab)
    for candidate in (" ".join(words), " ".join(words).split(" of ")[0]):
        if candidate and (title := prose_title(candidate, vocab)) is not None:
            if _plural_of(title, candidate):
                return None  # (rules35c) "says port authorities, renewables developers …":
                # a group of people named in a clause, no post the person held
            return title
    if 0 < len(words) <= 2 and all(w.isalpha() and w.islower() for w in words) and (
            practitioner_noun(words[-1])):
        return title_case(" ".join(words))  # ("volunteer firefighter": a trade's person)
    if 1 < len(words) <= 3 and all(w.isalpha() and w.islower() for w in words) and (
            words[-1] in _YOUNG_HANDS):
        return title_case(" ".join(words))  # ("a paint shop boy": a first job of old)
    return None


def _plural_of(title: str, phrase: str) -> bool:
    """Whether ``phrase`` names ``title`` in the plural ("renewables developers" for
    "Renewables Developer"): people of a kind, no one person's post."""
    last, said = title.split()[-1].lower(), phrase.split()[-1].lower()
    return said != last and said in (last + "s", last + "es")


def career_opens(text: str) -> bool:
    """``text`` tells where one person's career began ("began work … as a X")."""
    return _BEGAN.search(text) is not None


def career_told(text: str, vocab: Vocabulary, role: str | None = None) -> CareerTold | None:
    """The career ``text`` tells of one person, earliest first: two titles or more, or None
    (see the module's docstring).  A slot naming the page's ``role`` is that rung ("as a tool
    and die maker", whose "and" would end another title); an apprenticeship's is the role's
    Apprentice rung."""
    began = _BEGAN.search(text)
    if began is None:
        return None
    end = began.end()
    gap: tuple[int, int] | None = None  # one sentence of detail between two steps
    for stop in _SENTENCE_END.finditer(text, began.end()):
        if stop.end() < end:
            continue  # (inside the detail sentence passed over)
        end = stop.end()
        after = _SENTENCE_END.search(text, end)
        following = text[end:after.end() if after else len(text)]
        if _STEP_SENTENCE.search(following) and not _OTHERS_TOLD.match(following):
            continue
        # ("came to us as A. She spent two years in the SPD. She joined the OR as B.")
        later = _SENTENCE_END.search(text, after.end()) if after and gap is None else None
        beyond = text[after.end():later.end() if later else len(text)] if after else ""
        if after is None or not _STEP_SENTENCE.search(beyond) or _OTHERS_TOLD.match(beyond):
            break  # the next sentence tells no step: the story ends here
        gap = (end, after.end())
        end = after.end()
    else:
        end = len(text)
    # ("rose from A to B and C": A and B are posts too; the same length keeps the spans)
    story = _ROSE_TO.sub(lambda m: f"rose as  {m.group(1)},   ", text[:end]) if (
        "rose from " in text) else text[:end]
    rungs: list[str] = []
    position = began.end() - len("as ")  # (the first slot is the start's own "as")
    passed = 0  # where the role's name read at a slot ends
    listed = cued_list_spans(story)
    for slot in _SLOT.finditer(story, position):
        if gap is not None and gap[0] <= slot.start() < gap[1]:
            continue  # (the detail sentence names no post)
        if any(start <= slot.start() < end for start, end in listed):
            continue  # ("where he was known for A, B and C": techniques, no posts)
        rest = story[slot.end():]
        cut = _TITLE_END.search(rest)
        title = _title(rest[:cut.start()] if cut else rest, vocab)
        if slot.start() < passed:
            continue  # (inside the role's own name: "tool and die maker" has an "and")
        if role and rest[:len(role) + 1].lower().rstrip(" ,.;s") == role.lower():
            title = role
            passed = slot.end() + len(role)
        if title is not None and not rungs and began.group("apprenticeship") and (
                not title.lower().startswith("apprentice")):
            title = f"Apprentice {title}"
        if title is not None and (not rungs or rungs[-1].lower() != title.lower()):
            rungs.append(title)
    if len(rungs) < _MIN_RUNGS:
        return None
    return CareerTold(tuple(rungs), began.start(), end,
                      at_employer=began.group("employer") is not None)
