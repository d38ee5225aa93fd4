"""What a job card's snippet states: the skills of its duties and the moves it offers.

A results page's card (see :mod:`careergraph.guides.listings`) carries a snippet of its
advert: duty bullets ("Operate counterbalance and reach truck in a freezer"), wishes
("Dementia care experience an advantage") and offers ("Path to Shift Lead after six months",
"Kitchen porters looking to move up are welcome", "Care Assistants with a QQI award welcome
to apply").  Read here:

- **skills** of a clause opened by a duty verb: its objects up to a preposition, split at
  commas and "and" ("Use RF scanner to complete put-away, replenishment and cycle counts"
  gives the scanner and, after "to complete", the three tasks; "using A and B" gives the
  tools), and the kind of experience wished for ("Clamp attachment experience required");
  an object opened by an article or a possessive ("the production line", "a team") is
  no skill, nor is one with a figure;
- **moves**: the title after "path to", "promotion to" … (up), and the people a clause
  welcomes or considers ("General labourers looking to move up are welcome", "porters and
  catering assistants with ward experience considered"): holders of other titles come in;
  holders of the role welcomed on another title's card move across to it.

The verbs and cue phrases are data (``listings`` in ``data/headings.yaml``).

>>> snippet_skills("Operate counterbalance and reach truck in a freezer; maintain FIFO rotation.")
['counterbalance', 'reach truck', 'FIFO rotation']
>>> snippet_skills("Use RF scanner to complete put-away, replenishment and cycle counts.")
['RF scanner', 'put-away', 'replenishment', 'cycle counts']
>>> snippet_skills("Feed the production line from the warehouse.")
[]
>>> snippet_skills("Load and unload vans, read delivery notes.")
['delivery notes']
>>> snippet_moves("Path to Shift Lead after six months.")
{'up': ['Shift Lead'], 'welcomed': [], 'earlier': []}
>>> snippet_moves("I moved into tiling after six years as a plasterer.")["earlier"]
['plasterer']
>>> snippet_moves("Clear path to Head of Pastry for strong bakers.")["up"]
['Head of Pastry']
>>> snippet_moves("Kitchen porters and bar staff with cellar experience considered.")
{'up': [], 'welcomed': ['kitchen porters', 'bar staff'], 'earlier': []}
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.headings import bundled_section

__all__ = ["colon_skills", "duty_nouns", "joined_snippet", "listed_skills", "snippet_jobs",
           "snippet_moves", "snippet_skills"]

_CLAUSES = re.compile(r"[;!?]\s*|\.\s+|\.$|\s[-–—]\s")
_PREPOSITIONS = re.compile(r"\s(?:in|into|onto|to|from|for|on|at|across|after|under|within|"
                           r"with|per|by|during|via|using)\s")
_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+")
_NOT_ITEM = frozenset({"a", "an", "the", "our", "their", "your", "its", "all", "any", "some",
                       "new", "other", "each", "every", "this", "these", "those"})
_MAX_ITEM_WORDS = 4
_BRACKETS = re.compile(r"\s*\([^()]*\)")
_TITLE_AFTER = re.compile(r"\s*([A-Z][\w&'’/-]*(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w&'’/-]*){0,6})")
_SUBJECT_CUT = re.compile(r"\s(?:with|looking|who|having|that|from|holding|wanting|keen|"
                          r"ready|seeking|interested|hoping)\s.*$")
_INSIDE_NAME = re.compile(r"[A-Z][\w-]*(?:\s*$|,|\s+(?:and|or)\s)")  # a name's last word
_CAPITAL_END = re.compile(r"\b[A-Z][\w-]*$")
_TITLED = re.compile(r"^[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+$")
_HELD = re.compile(r"\b(?:currently\s+|already\s+|now\s+)?(?:working|employed|serving)\s+as\s+"
                   r"(?:an?\s+)?(?=[A-Z])")
_TOOL_VERBS = re.compile(r"^(?:use|uses|using|operate|operates|operating)\s+the\s+",
                         re.IGNORECASE)  # "Use the hydrobath": the tool after its article


@cache
def _goods() -> re.Pattern[str]:
    """Verbs whose objects are goods, not skills ("Load and unload trailers")."""
    words = "|".join(re.escape(str(w)) for w in bundled_section("listings").get(
        "goods_verbs") or ()) or "(?!)"
    return re.compile(rf"^(?:{words})(?:\s+(?:and|or)\s+\w+)?\s+", re.IGNORECASE)


def _phrases(key: str) -> str:
    return "|".join(re.escape(str(w)) for w in sorted(
        bundled_section("listings").get(key) or (), key=len, reverse=True)) or "(?!)"


@cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    duty = _phrases("duty_verbs")
    verbs = re.compile(rf"^(?:{duty})(?:\s+(?:and|or)\s+(?:{duty}))?\s+", re.IGNORECASE)
    wished = re.compile(rf"^(?P<what>[\w/ -]{{3,40}}?)\s+experience\s+(?:{_phrases('wished')})"
                        r"\b|^(?:proven\s+|solid\s+|strong\s+|some\s+)?experience\s+(?:with|in|of|"
                        r"using)\s+(?P<with>[^.;]{3,120}?)"
                        rf"(?:\s+(?:{_phrases('wished')}))?$", re.IGNORECASE)
    up = re.compile(rf"\b(?:{_phrases('up_cues')})\s", re.IGNORECASE)
    welcome = re.compile(rf"\s(?:{_phrases('welcome_cues')})\b", re.IGNORECASE)
    return verbs, wished, up, welcome


@cache
def _leads() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A duty sentence's opening before its verb ("Day to day you will"), and a suited
    cue with the holders' title after it ("Ideal for someone currently working as a")."""
    lead = re.compile(rf"^(?:[\w ,'’-]{{0,40}}?\s)?(?:{_phrases('duty_leads')})\s+(?:also\s+)?",
                      re.IGNORECASE)
    suited = re.compile(rf"\b(?:{_phrases('suited_cues')})\s+(?:[\w-]+\s+){{0,3}}?"
                        r"(?:working|employed|serving)\s+as\s+(?:an?\s+)?", re.IGNORECASE)
    return lead, suited


def _items(objects: str) -> list[str]:
    verbs = _words()[0]
    found = []
    for piece in _SPLIT.split(objects.strip(" .,")):
        piece = piece.strip(" .,:")
        verb = verbs.match(f"{piece} ") if not _TITLED.match(piece) else None
        # (", read bills …": a duty's verb; "Load Testing" in Title Case is a method's name)
        piece = piece[verb.end():].strip() if verb is not None else piece
        words = piece.split()
        if not words or words[0].lower() in _NOT_ITEM or len(words) > _MAX_ITEM_WORDS or any(
                w[:1].isdigit() for w in words):
            continue  # ("40 miles": a figure; "Slide2" is a tool's name)
        found.append(piece)
    return found


def _stop(objects: str) -> re.Match[str] | None:
    """The preposition that ends a duty's objects (its offsets one past ``objects``'); a
    "to" between a capitalised word and a name's last word is the name's ("Attention to
    Detail")."""
    padded = f" {objects} "
    return next((m for m in _PREPOSITIONS.finditer(padded)
                 if m.group().strip() != "to" or not _INSIDE_NAME.match(padded, m.end())
                 or not _CAPITAL_END.search(padded[:m.start()])), None)


def snippet_skills(text: str) -> list[str]:
    """The skills a card's snippet names in its duty clauses and experience wishes."""
    verbs, wished, _, _ = _words()
    found: list[str] = []
    for clause in _CLAUSES.split(text):
        clause = _SPEAKER.sub("", clause.strip())  # a freelancer's "I work on …"
        wish = wished.match(clause)
        if wish is not None and wish.group("what"):  # "Kiln experience required"
            found += _items(wish.group("what"))
            continue
        if wish is not None:  # "Experience with A and B": named tools or methods only
            # ("Experience with children" names the people served, no skill)
            named = wish.group("with")
            stop = _stop(named)
            found += [item for item in _items(named if stop is None else named[:stop.start()])
                      if item[:1].isupper()]
            continue
        lead = _leads()[0].match(clause)
        if lead is not None and verbs.match(clause[lead.end():]):
            clause = clause[lead.end():]  # "Day to day you will use A and B": the duty
        clause = _TOOL_VERBS.sub(lambda m: m.group()[: -len("the ")], clause)
        while clause:
            verb = verbs.match(clause)
            if verb is None:
                break
            rest = clause[verb.end():]
            stop = _stop(rest)
            objects = rest if stop is None else rest[: max(0, stop.start())]
            if _goods().match(clause):  # ("Load trailers, read bills of lading": the goods
                objects = ", ".join(  # are no skill, a duty listed after them is)
                    piece for piece in _SPLIT.split(objects) if verbs.match(f"{piece} "))
            found += _items(objects)
            clause = ""
            if stop is not None:
                after = rest[stop.end() - 1:]
                if stop.group().strip() == "using":
                    found += _items(_PREPOSITIONS.split(f" {after} ")[0])
                elif stop.group().strip() == "to":
                    clause = after  # "… to complete put-away, …": another duty
    return list(dict.fromkeys(found))


_GERUND_MIN = 6  # letters of a word ending "-ing" that names an activity ("gauging")
_SPEAKER = re.compile(r"^(?:I|We)\s+(?:also\s+|mainly\s+|mostly\s+)?")
_LISTED = 3  # items of a verbless list sentence


def listed_skills(text: str) -> list[str]:
    """The items of a card snippet's sentence that is nothing but a list of short noun
    phrases ("Impulse control, crate training, scent work and calm greetings."): three
    items at least, none opened by a verb, an article or a figure.

    >>> listed_skills("Grouting, wet rooms, tanking and mosaic repairs.")
    ['Grouting', 'wet rooms', 'tanking', 'mosaic repairs']
    >>> listed_skills("Happy to work with rescue dogs."), listed_skills("Leeds, York and Hull")
    ([], [])
    """
    verbs = _words()[0]
    found: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+", text.strip()):
        body = sentence.rstrip(" .!?")
        if not sentence.rstrip().endswith(".") or "," not in body or (
                _PREPOSITIONS.search(f" {body} ")):
            continue
        pieces = [piece.strip() for piece in _SPLIT.split(body) if piece.strip()]
        items = _items(body)
        if len(pieces) < _LISTED or len(items) != len(pieces) or any(
                verbs.match(f"{piece} ") or (piece[:1].isupper() and index) for index, piece in
                enumerate(pieces)):
            continue  # ("Leeds, York and Hull": names, no skills)
        found += items
    return found


_COLON_LIST = re.compile(r":\s+(?P<items>[^:;.!?]+?)\s*(?:[;.!?]|$)")
_BRACKET = re.compile(r"\s*\((?P<inner>[^()]+)\)")
_GERUND = re.compile(r"^[a-z]{3,}ing\s+(?=\S+)")  # "keeping brew logs": the duty's verb
_COLON_ITEMS = 3


def colon_skills(text: str) -> list[str]:
    """The items of a list after a colon in a card's snippet ("What you'll do: wort
    production on a 10 hL kit, cellar work (dry hopping, transfers), CIP and sanitation"):
    three items at least, each up to its preposition, a bracket's items after its own,
    a gerund opening an item dropped ("keeping brew logs" -> "brew logs").

    >>> colon_skills("Duties: mash-ins on a 5 hL kit, cellar work (dry hopping, fining), CIP.")
    ['mash-ins', 'cellar work', 'CIP', 'dry hopping', 'fining']
    >>> colon_skills("Note: apply by Friday.")
    []
    """
    found: list[str] = []
    for listed in _COLON_LIST.finditer(text):
        inner = [m.group("inner") for m in _BRACKET.finditer(listed["items"])]
        body = _BRACKET.sub(" ", listed["items"])
        pieces = [piece.strip() for piece in _SPLIT.split(body) if piece.strip()]
        if len(pieces) < _COLON_ITEMS:
            continue
        items: list[str] = []
        for piece in [*pieces, *(p for i in inner for p in _SPLIT.split(i) if p.strip())]:
            stop = _PREPOSITIONS.search(f" {piece.strip()} ")
            piece = piece.strip() if stop is None else piece.strip()[: max(0, stop.start())]
            items += _items(_GERUND.sub("", piece))
        if len(items) >= _COLON_ITEMS:
            found += items
    return list(dict.fromkeys(found))


_SENTENCE_ENDS = (".", "!", "?", ";", ":")


def joined_snippet(snippet: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A card's snippet lines with a sentence wrapped onto the next line joined to its start
    (the next line opens in lower case or with a bracket), each on its first line.

    >>> joined_snippet([(4, "Teach gallery lessons; bilingual"), (5, "(Spanish) a plus.")])
    [(4, 'Teach gallery lessons; bilingual (Spanish) a plus.')]
    """
    joined: list[tuple[int, str]] = []
    for no, text in snippet:
        text = text.strip()
        if (joined and not joined[-1][1].endswith(_SENTENCE_ENDS) and text[:1] in "(") or (
                joined and not joined[-1][1].endswith(_SENTENCE_ENDS) and text[:1].islower()):
            joined[-1] = (joined[-1][0], f"{joined[-1][1]} {text}")
        else:
            joined.append((no, text))
    return joined


def duty_nouns(text: str) -> list[str]:
    """The activities a verbless duty item lists ("Condition surveys, damage surveys and
    on/off-hire surveys for owners"): items up to a preposition whose last word is a plural
    noun or an activity ("thickness gauging"), when every item is one; an item opened by a
    verb, an article or a figure makes the whole line no list.

    >>> duty_nouns("Draft surveys and bunker surveys")
    ['Draft surveys', 'bunker surveys']
    >>> duty_nouns("Supervise the night shift"), duty_nouns("Weekly pay")
    ([], [])
    """
    verbs = _words()[0]
    text = _BRACKETS.sub("", text.strip(" .;"))
    stop = _PREPOSITIONS.search(f" {text} ")
    head = text if stop is None else text[: max(0, stop.start())]
    if verbs.match(f"{head} ") or not head:
        return []
    pieces = [piece for piece in _SPLIT.split(head) if piece.strip() and (
        len(piece.split()) == 1 or not piece.split()[0].lower().endswith("ing"))]
    items = _items(", ".join(pieces))  # ("supervising repairs": a duty phrase, left out)
    if not pieces or len(items) != len(pieces) or not all(
            _activity(item.split()[-1]) for item in items):
        return []
    return items


def _activity(word: str) -> bool:
    word = word.lower()
    return (word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3) or (
        word.endswith("ing") and len(word) >= _GERUND_MIN)


def _sentence_case(phrase: str) -> str:
    """A phrase whose capital only opens its clause, in lower case ("General labourers" ->
    "general labourers"); a Title Case title stays as it is."""
    words = phrase.split()
    if len(words) > 1 and words[0][1:].islower() and all(w.islower() for w in words[1:]):
        return phrase[:1].lower() + phrase[1:]
    return phrase


# An earlier job a snippet names: "after seven years as an architectural drafter", "I spent
# five years as a kennel attendant at … before I qualified".
_YEARS_AS = (r"(?:\w+|\d+)\s+years?\s+as\s+an?\s+(?P<title>[a-z][a-z -]{2,40}?)"
             r"(?=\s+(?:at|with|in|for|before)\b|[.,;]|$)")
_EARLIER = re.compile(rf"\b(?:after|spent(?=.*\bbefore\b))\s+{_YEARS_AS}")


# A job held with an organisation: "Six years as a guide dog trainer with Vision Paws
# Queensland", "a nurse at St Mary's Hospital".
_HELD_AT = re.compile(r"\bas\s+an?\s+(?P<title>[a-z][a-z -]{2,40}?)\s+(?:with|at)\s+"
                      r"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&'’.-]*){0,5})")


def snippet_jobs(text: str) -> list[tuple[str, str]]:
    """The jobs a snippet says its author held and where ("Six years as a guide dog trainer
    with Vision Paws Queensland" -> ("guide dog trainer", "Vision Paws Queensland")); the
    caller keeps those of the role.

    >>> snippet_jobs("Eight years as a tiler with Grout & Co in Leeds.")
    [('tiler', 'Grout & Co')]
    """
    return [(m.group("title").strip(), _unstopped(re.split(r"(?<=\w{5})\.\s", m.group("org"))[0]))
            for m in _HELD_AT.finditer(text)]  # (the sentence's stop ends the name)


def _unstopped(name: str) -> str:
    """A name without the full stop that ends its sentence ("Avon Facilities."), an
    abbreviation's kept ("Harbour Foods Inc.")."""
    last = name.split()[-1]
    return name[:-1] if name.endswith(".") and len(last) > _ABBREVIATION else name


_ABBREVIATION = 4  # "Inc.", "Ltd.", "Co.": a short last word keeps its stop


def snippet_moves(text: str) -> dict[str, list[str]]:
    """The titles a snippet offers as the next step ("up") and the people it welcomes
    ("welcomed", as printed: the caller tells the role's holders from others)."""
    _, _, up, welcome = _words()
    found: dict[str, list[str]] = {"up": [], "welcomed": [], "earlier": []}
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        earlier = _EARLIER.search(sentence)
        if earlier is not None:  # "after seven years as an architectural drafter"
            found["earlier"].append(earlier.group("title").strip())
    for clause in _CLAUSES.split(text):
        cue = up.search(clause)
        if cue is not None:
            title = _TITLE_AFTER.match(clause, cue.end())
            if title is not None:
                found["up"].append(title.group(1))
        suited = _leads()[1].search(clause)
        if suited is not None and (title := _TITLE_AFTER.match(clause, suited.end())):
            found["welcomed"].append(title.group(1))  # "Ideal for someone working as a Cook"
            continue
        greeted = welcome.search(f" {clause.strip()}")
        if greeted is not None:
            subject = clause.strip()[: max(0, greeted.start() - 1)]
            held = _HELD.search(subject)  # "Applicants working as Cooks are welcome": the cooks
            subject = _SUBJECT_CUT.sub("", subject[held.end():] if held else subject)
            found["welcomed"] += [_sentence_case(piece.strip())
                                  for piece in _SPLIT.split(subject) if piece.strip()]
    return found
