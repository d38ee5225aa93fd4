"""Words a sentence leaves around a skill's name: "SAP an advantage", "SQL every day",
"with Rust a plus", "Eventbrite also".  The phrases are data (``skill_trailers`` in
``data/headings.yaml``); the name is what remains.

>>> without_trailers("SAP an advantage"), without_trailers("with kdb+/q a plus")
('SAP', 'kdb+/q')
>>> without_trailers("First aid"), without_trailers("a plus")
('First aid', 'a plus')
>>> without_trailers("Korean Sign Language (KSL) fluency"), without_trailers("Two-Language Fluency")
('Korean Sign Language (KSL)', 'Two-Language Fluency')
>>> without_trailers("Current White Card"), without_trailers("Current Procedural Terminology")
('White Card', 'Current Procedural Terminology')
>>> without_trailers("Komatsu brands"), without_trailers("luxury brands")
('Komatsu', 'luxury brands')
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.headings import bundled_section
from careergraph.guides.skill_cues import activity, known_name, known_skill

__all__ = ["paperwork", "site_link", "standing", "training_activity", "without_item_wish",
           "without_trailers"]


def _any_of(key: str) -> str:
    """An alternation of the ``skill_trailers.<key>`` phrases (one that never matches when
    the list is empty)."""
    return phrase_alternation(word_lists("skill_trailers").get(key, ())) or "(?!)"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    # (a degree word only in lower case: "Two-Language Fluency" is a name, "KSL fluency" not)
    # (rules42a: "Arabic or Russian - an advantage": a spaced dash before the remark goes too)
    return (re.compile(rf"\s+(?:[-–—]\s+)?(?:{_any_of('trailing')})$", re.IGNORECASE),
            re.compile(rf"^(?:{_any_of('leading')})\s+", re.IGNORECASE),
            re.compile(rf"(?<=\S)\s+(?:{_any_of('degree')})$"))


_ANY_KIND = re.compile(r"^[Aa]ny\s+(?=[a-z])")


def without_trailers(name: str) -> str:
    """``name`` without a sentence's trailing remark or leading preposition, without the
    setting after a known skill ("time management in survey season") or the purpose after
    a tool's activity ("Python scripting for data QC"), and a room named by its activity as
    the activity ("simulation lab"); a name that is nothing else stays as it is.

    >>> without_trailers("time management during peak season")
    'time management'
    >>> without_trailers("Python scripting for load checks")
    'Python scripting'
    >>> without_trailers("Design for Six Sigma"), without_trailers("SQL for reporting")
    ('Design for Six Sigma', 'SQL for reporting')
    >>> without_trailers("welding lab"), without_trailers("calibration lab weekly")
    ('welding', 'calibration')
    """
    trailing, leading, degree = _patterns()
    stripped = leading.sub("", degree.sub("", trailing.sub("", name))).strip()
    if stripped[:4] in ("Any ", "any "):
        # (fresh60) "Any sales experience – a year or more": what kind of it does not matter,
        # the experience is the name ("Any Graduate" names a degree, left as written)
        stripped = _ANY_KIND.sub("", stripped)
    setting = _SETTING.search(stripped) if " " in stripped else None
    if setting is not None and known_skill(stripped[:setting.start()]):
        stripped = stripped[:setting.start()]
    purpose = _PURPOSE.search(stripped) if " for " in stripped else None
    if purpose is not None and _tool_activity(stripped[:purpose.start()]):
        stripped = stripped[:purpose.start()]
    room, _, place = stripped.rpartition(" ")
    if room and place.lower() in _training()[1] and activity(room):
        stripped = room  # "simulation lab": the skill practised there
    branded = _BRANDS.match(stripped) if stripped.endswith(("brands", "brand")) else None
    if branded is not None:  # "Toyota and Komatsu brands": the makes
        stripped = branded.group(1)
    standing = _credential_standing().match(stripped) if stripped[:1] in "CcVvUuIi" else None
    if standing is not None:  # "Current White Card": the card
        stripped = stripped[standing.end():]
    return stripped or name


def without_item_wish(item: str) -> str:
    """A list item without the wish remark after its skills (``skill_trailers.wish_*`` in
    ``data/headings.yaml``): a dash or a linking verb, a degree word, then "advantage",
    "plus", "asset", "bonus" or "merit", and a level right before the remark; an item with
    no such remark, or nothing before it, stays as it is.

    >>> without_item_wish("TIG cutting and plasma welding at basic level - constitutes an "
    ...                   "advantage")
    'TIG cutting and plasma welding'
    >>> without_item_wish("Arabic or Russian - an advantage")
    'Arabic or Russian'
    >>> without_item_wish("Flux or Pix are a plus")
    'Flux or Pix'
    >>> without_item_wish("map reading will be an additional advantage.")
    'map reading'
    >>> without_item_wish("Portuguese is a huge plus in RI"), without_item_wish("Python in Go")
    ('Portuguese', 'Python in Go')
    >>> [without_item_wish(name) for name in ("Disney Plus", "a plus", "Competitive advantage")]
    ['Disney Plus', 'a plus', 'Competitive advantage']
    """
    pattern, ends = _wish()
    if not item.rstrip(" .!")[-4:].lower().endswith(ends) and " in " not in item:
        return item  # (cheap: most items end on no wish noun or place)
    match = pattern.search(item)
    if match is None or not any(c.isalpha() for c in item[:match.start()]):
        return item
    return item[:match.start()].rstrip(" ,;-–—")


@cache
def _wish() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The wish remark's pattern and its nouns' last letters (a cheap gate)."""
    words = word_lists("skill_trailers")
    nouns, degree = _any_of("wish_nouns"), rf"(?:(?:{_any_of('wish_degrees')})\s+)?"
    level = rf"(?:\s+(?:{_any_of('wish_levels')}))?"
    # after a dash or a linking verb the article is optional ("- advantage"); after a bare
    # space it is needed ("Russian an advantage", never "Disney Plus")
    verbs = _any_of("wish_verbs")
    linked = rf"(?:\s*[-–—]\s*(?:(?:{verbs})\s+)?|\s+(?:{verbs})\s+)"
    # (rules49c) the place the wish holds in after it ("Portuguese is a HUGE plus in RI"):
    # a capitalised name of up to three words, gone with the remark
    place = r"(?:\s+in\s+(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}))?"
    return re.compile(
        rf"{level}(?:{linked}(?:an?\s+)?{degree}|\s+an?\s+{degree})(?:{nouns}){place}"
        r"\s*[.!]?$",
        re.IGNORECASE), tuple(str(noun).lower()[-4:] for noun in words.get("wish_nouns", ()))


@cache
def _credential_standing() -> re.Pattern[str]:
    """A credential's standing before its name, when the name ends on a credential noun."""
    words = word_lists("skill_trailers")
    standing = phrase_alternation(words.get("standing", ())) or "(?!)"
    nouns = phrase_alternation(words.get("credentials", ())) or "(?!)"
    return re.compile(rf"(?i:{standing})\s+(?=\S.*\b(?i:{nouns})s?$)")


def paperwork(name: str) -> bool:
    """Whether ``name`` is employment paperwork a new starter fills in, no skill: one of
    ``skill_trailers.paperwork`` ("W-4", "P45", "TFN declaration").

    (carry44) Or papers a lender asks to see (``skill_trailers.papers``), counted or not:
    "3 months' bank statements", "contract letter", "last 2 years' SA302s".

    >>> paperwork("W-4"), paperwork("tfn declaration"), paperwork("Payroll")
    (True, True, False)
    >>> paperwork("3 months' bank statements"), paperwork("Contract letter")
    (True, True)
    >>> paperwork("invoice processing"), paperwork("bank reconciliation")
    (False, False)
    """
    text = " ".join(name.split()).lower()
    return text in _paperwork() or _papers().fullmatch(text) is not None


def site_link(name: str) -> bool:
    """(prec15) Whether ``name`` is a site's link or tag read as a list's item, no skill:
    one of ``markup.site_links`` ("Log out", "Switch company", "Report this event",
    "Tags"), a signed-in user ("Logged in as: ops@depot"), a user name or address with its
    "@" ("ops.admin@depot"), or a run of hashtags ("#Childcare #Classroommanagement").

    >>> site_link("Log out"), site_link("Contact the organiser"), site_link("Tags")
    (True, True, True)
    >>> site_link("Logged in as: ops.admin@depot"), site_link("ops.admin@depot")
    (True, True)
    >>> site_link("Childcare #Classroommanagement #Familyengagement")
    True
    >>> site_link("Help desk support"), site_link("C#"), site_link("Sign language")
    (False, False, False)
    """
    text = " ".join(name.split())
    if "@" in text and " " not in text.strip():
        return text[:1] != "@" and text.count("@") == 1  # ("@" alone: a handle mark)
    if "#" in text and len(_HASHTAG.findall(text)) >= 2:
        return True
    return text.lower() in _site_links() or SIGNED_IN.match(text) is not None


# A hashtag: "#" at a word's start, then a letter ("C#" and "#1" are none).
_HASHTAG = re.compile(r"(?<!\S)#[A-Za-z][\w-]*")
# Who is signed in to an app ("Logged in as: ops@depot", "Signed in as M. Ortiz"): an account
# bar's words (as a list item here, as a whole line in ``longform_chrome``).
SIGNED_IN = re.compile(r"\W*(?:logged|signed)\s+in\s+as\b", re.IGNORECASE)


@cache
def _site_links() -> frozenset[str]:
    return frozenset(word_lists("markup").get("site_links", ()))


@cache
def _paperwork() -> frozenset[str]:
    return frozenset(str(w).lower() for w in word_lists("skill_trailers").get("paperwork", ()))


@cache
def _papers() -> re.Pattern[str]:
    """A paper to show, after a count of them or of the time they cover ("last 3", "12
    months of", "2 years'")."""
    papers = phrase_alternation(str(w).lower() for w in
                                word_lists("skill_trailers").get("papers", ())) or "(?!)"
    return re.compile(rf"(?:(?:the\s+|your\s+)?(?:last|latest|recent|most\s+recent)\s+)?"
                      rf"(?:(?:\d{{1,2}}|one|two|three|six|twelve)\s+)?"
                      rf"(?:(?:months?|years?)['’]?\s+(?:of\s+|worth\s+of\s+)?)?(?:{papers})")


def entrance_exam(name: str) -> bool:
    """Whether ``name`` is an entrance or admission examination, no skill: one of
    ``skill_trailers.entrance_exams`` alone or before one of ``exam_words`` ("JEE Main",
    "GATE score"), one of ``exam_acronyms`` before one of them ("CAT score", never "CAT"
    alone: computer-aided transcription), or any name ending "entrance exam" or "entrance
    test".  Exam names keep their capitals ("gate design" is a skill).

    >>> entrance_exam("JEE Advanced"), entrance_exam("GATE score"), entrance_exam("CAT exam")
    (True, True, True)
    >>> entrance_exam("CAT"), entrance_exam("gate design"), entrance_exam("LSAT diagnostic")
    (False, False, False)
    >>> entrance_exam("State university entrance exam")
    True
    """
    exams, acronyms, words = _exams()
    text = " ".join(name.split())
    lowered = text.lower()
    if lowered.endswith(("entrance exam", "entrance test", "entrance examination")):
        return True
    if text in exams:
        return True
    head, _, tail = text.rpartition(" ")
    while head and tail.lower() in words:
        if head in exams or head in acronyms:
            return True
        head, _, tail = head.rpartition(" ")
    return False


def lists_exams(sentence: str) -> bool:
    """Whether ``sentence`` lists examinations: one of ``skill_trailers.exam_nouns`` right
    before "include", "are", "such as", "like" or a colon ("Popular entrance exams include A,
    B and C"); its items are tests to pass, no skills.

    >>> lists_exams("Popular entrance exams include A, B and C.")
    True
    >>> lists_exams("Admission is through examinations such as A and B")
    True
    >>> lists_exams("Prepare for the exam by learning Excel, SQL and Python")
    False
    """
    return _exam_list().search(sentence) is not None


@cache
def _exam_list() -> re.Pattern[str]:
    nouns = phrase_alternation(word_lists("skill_trailers").get("exam_nouns", ())) or "(?!)"
    return re.compile(rf"\b(?:{nouns})\s+(?:[a-z]+\s+)?(?:include|includes|including|are|"
                      rf"such\s+as|like)\b|\b(?:{nouns})\s*:", re.IGNORECASE)


@cache
def _exams() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = bundled_section("skill_trailers")  # (as written: exam names keep their capitals)
    return (frozenset(str(w) for w in raw.get("entrance_exams") or ()),
            frozenset(str(w) for w in raw.get("exam_acronyms") or ()),
            frozenset(word_lists("skill_trailers").get("exam_words", ())))


@cache
def _training() -> tuple[re.Pattern[str], frozenset[str]]:
    words = word_lists("skill_trailers")
    activities = phrase_alternation(words.get("training", ())) or "(?!)"
    return (re.compile(rf"(?:^|\s)(?:{activities})$", re.IGNORECASE),
            frozenset(str(w).lower() for w in words.get("places", ())))


def training_activity(name: str) -> bool:
    """Whether ``name`` is an activity of a training programme, no skill: it ends on one of
    ``skill_trailers.training`` ("ICU shadowing", "clinical clerkships").

    >>> training_activity("ICU shadowing"), training_activity("supervised practice")
    (True, True)
    >>> training_activity("stock rotation"), training_activity("Shadowing Tools Pro")
    (False, False)
    """
    return _training()[0].search(name) is not None


def clothing(name: str) -> bool:
    """Whether ``name`` is a garment, no kit and no skill: its last word (or two) is one of
    ``skill_trailers.clothing`` ("black shirt", "navy trousers").  Protective gear is kit
    ("safety boots", "welding gloves").

    >>> clothing("black shirt"), clothing("Plain dark trousers"), clothing("Work gloves")
    (True, True, False)
    >>> clothing("Shirt Press Pro"), clothing("hazmat suit")
    (False, False)

    (prec15) Or anything a page calls a dress code in brackets ("Blacks (dress code) for
    show calls"): what to wear.

    >>> clothing("Blacks (dress code) for show calls"), clothing("Dress code policy writing")
    (True, False)
    """
    return _clothing().search(name) is not None or (
        "(" in name and _DRESS_CODE.search(name) is not None)


_DRESS_CODE = re.compile(r"\((?i:dress code|uniform)\)")


@cache
def _clothing() -> re.Pattern[str]:
    garments = phrase_alternation(word_lists("skill_trailers").get("clothing", ())) or "(?!)"
    return re.compile(rf"(?:^|\s)(?:{garments})$", re.IGNORECASE)


# A make's name with the word "brands" after it ("Komatsu brands", "Mitsubishi Electric
# brand"): the make (only after a capitalised word: "luxury brands" stays).
_BRANDS = re.compile(r"^(.*\b[A-Z][\w&'-]*)\s+brands?$")
# Where a setting starts after a skill: "in survey season", "during audits", "on shift".
_SETTING = re.compile(r"\s+(?:in|during|on|when)\s+\S")
# Where a purpose starts after a tool's activity: "for data checks", "for the reports".
_PURPOSE = re.compile(r"\s+for\s+\S")


def _tool_activity(text: str) -> bool:
    """A known tool with the activity done in it, named before a purpose ("Python scripting
    for data QC", "Excel modelling for budgets"); a skill alone keeps its purpose, which may
    be part of its name ("Python for analysis", "Empathy for internal users").

    >>> _tool_activity("R scripting"), _tool_activity("Python"), _tool_activity("Food safety")
    (True, False, False)
    """
    tool, _, work = text.rpartition(" ")
    return bool(tool) and activity(work) and known_name(tool)


def without_ratings(text: str) -> str:
    """(recall13) ``text`` without its brackets that only rate or rank the skill before them
    ("SQL (Required)", "Data Governance (Level 3 - Advanced)", "Coaching (Proficient)"): the
    rating says how well or how needed, no skill of its own.

    >>> without_ratings("SQL (Required)"), without_ratings("Data Governance (Level 3 - Advanced)")
    ('SQL', 'Data Governance')
    >>> without_ratings("A (Level 2 - Proficient); B (Preferred)")
    'A; B'
    >>> without_ratings("ALS (Advanced Life Support)"), without_ratings("Excel (advanced, VBA)")
    ('ALS (Advanced Life Support)', 'Excel (advanced, VBA)')
    """
    if "(" not in text:
        return text
    return _RATED_BRACKET.sub(
        lambda m: "" if _rated_inside(m.group(1)) else m.group(0), text).strip()


@lru_cache(maxsize=1 << 12)
def _rated_inside(inside: str) -> bool:
    """(speed23) Whether every item of a bracket's inside only rates (see :func:`rating`):
    worked out once an inside, as the same brackets ("Required", "Level 2 - Proficient")
    recur down a page and across a corpus."""
    return all(map(rating, _RATING_SPLIT.split(inside.strip())))


_RATED_BRACKET = re.compile(r"\s*\(([^()]{1,40})\)")
_RATING_SPLIT = re.compile(r"\s*(?:[,;/]|\band\b|\bor\b)\s*")


def rating(item: str) -> bool:
    """(recall13) Whether a bracket's item only rates or ranks the skill before it
    ("Required", "Level 3 - Advanced", "Proficient"), naming nothing (words in
    ``data/headings.yaml``, ``skill_trailers.ratings`` and ``rating_frames``).

    >>> rating("Level 3 - Advanced"), rating("Preferred"), rating("Advanced Life Support")
    (True, True, False)
    >>> rating("Level 3"), rating("")
    (False, False)
    """
    ratings, frames = _ratings()
    words = [w for w in item.lower().split() if not w.isdigit()]
    return any(w in ratings for w in words) and all(w in ratings or w in frames for w in words)


@cache
def _ratings() -> tuple[frozenset[str], frozenset[str]]:
    words = word_lists("skill_trailers")
    return (frozenset(str(w).lower() for w in words.get("ratings", ())),
            frozenset(str(w).lower() for w in words.get("rating_frames", ())))


def standing(part: str) -> bool:
    """(fixes81) Whether a list's item names what the candidate is, with its article: "a car
    driver", "a full licence holder", "a car owner" (a standing asked for, as a licence is:
    data ``requirement_items.standings``), no skill.

    >>> standing("a car driver"), standing("an e-bike owner"), standing("a driver CPC")
    (True, True, False)
    """
    words = part.strip(" .;,").split()
    return 2 <= len(words) <= 4 and words[0] in ("a", "an") and all(
        w.islower() for w in words) and words[-1] in word_lists("requirement_items").get(
            "standings", ())
