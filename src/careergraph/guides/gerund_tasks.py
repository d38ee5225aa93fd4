"""Skills a list of tasks written as "-ing" clauses names, after a cue that the list is the
work or the gap in it (an occupation profile's "Typical tasks include diagnosing faults with
scan tools and multimeters, wiring auxiliary lighting and radios, and fault-finding"; a
shortage assessment's "applicants lacked fault-finding, harness repair and diagnosing …").

The cues are ``gerund_tasks`` in ``data/headings.yaml``.  The list opens with a word ending
in "-ing" and runs to the sentence's end; it is cut into clauses before each later such word
that follows a comma, "and" or "or".  Two clauses at least make a list.  In each clause:

- the tools after "with" or "using" are its skills ("diagnosing faults with scan tools,
  oscilloscopes and multimeters");
- else the objects it lists, two or more, are ("wiring auxiliary lighting, radios and dual
  battery systems"), a lone modifier and a kind after it one ("servicing hybrid and battery
  electric vehicles");
- else the clause whole is one ("fault-finding", "servicing hybrid vehicles"); an "-ing"
  noun alone before a comma is one, and the items after it are others.

>>> gerund_tasks("Typical tasks include diagnosing faults with scan tools and multimeters, "
...              "wiring auxiliary lighting, two-way radios and dual battery systems, and "
...              "servicing hybrid vehicles.")
['scan tools', 'multimeters', 'auxiliary lighting', 'two-way radios', 'dual battery systems', \
'servicing hybrid vehicles']
>>> gerund_tasks("Applicants lacked fault-finding, harness repair and calibrating sensors.")
['fault-finding', 'harness repair', 'calibrating sensors']
>>> gerund_tasks("Typical tasks include glass cutting and sealant application.")
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.text import split_items

__all__ = ["gerund_item", "gerund_runs", "gerund_tasks"]

_GERUND = r"[a-z][a-z-]*ing\b"
# Before each later clause: a comma, "and" or "or", then a word ending in "-ing".
_CLAUSE_BREAK = re.compile(rf"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?={_GERUND})")
_TOOLS_AFTER = re.compile(r"\s(?:with|using)\s+(?:an?\s+|the\s+)?")
# (a closing quote may follow the stop: "… such as A and B.”")
_SENTENCE_END = re.compile(r"\.[\"”’]?(?:\s|$)|;|:")
_MAX_WORDS = 5  # words of one skill
# Verbs whose object is the task, no skill or tool of its own ("assisting with dressing",
# "providing meals and snacks"): the clause whole is the one skill.
_LIGHT_VERBS = frozenset({"assisting", "helping", "providing", "giving", "offering",
                          "supporting", "ensuring", "making", "doing", "taking", "keeping",
                          "dealing"})
_MIN_CLAUSES = 2
# (fixes97) A purpose after the task's object: " to " and a verb ("… winches to handle …").
# (not a recipient: "reporting faults to the supervisor", "… to managers" keep their words)
_PURPOSE = re.compile(r"(?<=\S)\s+to\s+(?!(?:the|a|an|their|your|our|its|his|her|all|each|"
                      r"other|new|any|every|one|two)\s)[a-z]+[a-rt-z]\s+(?=\S)")


@cache
def _noun_modifiers() -> frozenset[str]:
    """(fresh54) "-ing" words that are nouns before another noun ("building regulations")."""
    return frozenset(word_lists("gerund_tasks").get("noun_modifiers", ()))


@cache
def _cue() -> re.Pattern[str]:
    """The cue words of a task list, then its first "-ing" word."""
    cues = word_lists("gerund_tasks").get("cues", ())
    return re.compile(rf"\b(?:{phrase_alternation(cues)})\s+(?={_GERUND})", re.IGNORECASE)


@cache
def _people() -> frozenset[str]:
    """(real41) Plural nouns of people a task is done with or for ("farm operators")."""
    return frozenset(word_lists("gerund_tasks").get("people", ()))


def _of_people(item: str) -> bool:
    """(real41) ``item`` names people, no skill or tool ("farm operators", "temporary
    workers")."""
    return item.rsplit(" ", 1)[-1].lower() in _people()


# (real41) A clause whose object is a question ("deciding which crops to plant and in what
# quantities", "deciding when crops should be sold"): a decision, no named skill in it.
_QUESTION_OBJECT = frozenset({"which", "what", "when", "whether", "how", "who", "whom",
                              "where", "why"})


def _clause_skills(clause: str, objects: list[str]) -> list[str]:
    """The skills one "-ing" clause names (see the module); ``objects`` are the items of
    its words after the "-ing" word."""
    head, _, rest = clause.partition(" ")
    purpose = _PURPOSE.search(rest)
    if purpose is not None:
        # (fixes97) "using winches to handle ropes, wires and chains": the objects after the
        # purpose's verb are what the tool is for, no items of the task
        rest = rest[:purpose.start()]
        clause, objects = f"{head} {rest}", split_items(rest)
    head = head.lower()
    if rest.partition(" ")[0].lower() in _QUESTION_OBJECT:
        return []  # (real41) "deciding which crops to plant": a decision, no skill
    if head in _LIGHT_VERBS:
        return [clause]  # "providing meals and snacks", "helping with homework": the task
    tools = _TOOLS_AFTER.search(clause)
    if tools is not None:
        return [tool for tool in split_items(clause[tools.end():]) if not _of_people(tool)]
    objects = [item for item in objects if not _of_people(item)]  # ("… and temporary workers")
    if len(objects) == _MIN_CLAUSES and " " not in objects[0] and not objects[0].endswith(
            "s") and objects[1].endswith("s") and " " in objects[1]:
        return [clause.partition(" ")[2]]  # "hybrid and battery electric vehicles": one kind
    if len(objects) >= _MIN_CLAUSES:
        return objects
    return [clause]


# (real33) An aside of the kinds the objects come in, closing the list ("receiving and
# dispatching goods, whether raw materials or finished products"): no task of its own.
_WHETHER_ASIDE = re.compile(r",\s*whether\b[^,;]*$", re.IGNORECASE)
# A clause that ends on its verb's preposition shares its object with the next one
# ("putting goods into and taking goods out of storage").
_OPEN_PREPOSITIONS = frozenset({"into", "onto", "to", "from", "of", "out", "in", "on"})


def _shared_objects(clauses: list[str], body: str) -> list[str]:
    """``clauses`` with a lone "-ing" verb given the object of the clause after it
    ("receiving and dispatching goods": "receiving goods", "dispatching goods"), and a clause
    ending on a preposition dropped with the next ("putting goods into and taking goods out
    of storage": one task, too long a phrase for a skill, no two halves of it).

    >>> _shared_objects(["receiving", "dispatching goods"], "receiving and dispatching goods")
    ['receiving goods', 'dispatching goods']
    >>> _shared_objects(["putting goods into", "taking goods out", "stacking pallets"],
    ...                 "putting goods into and taking goods out, stacking pallets")
    ['stacking pallets']
    """
    shared: list[str] = []
    index = 0
    while index < len(clauses):
        clause = clauses[index]
        following = clauses[index + 1] if index + 1 < len(clauses) else ""
        run = _lone_run(clauses, index, body) if " " not in clause and " " not in following and (
            following) else 0
        if run:  # (real39) "maintaining, repairing, or installing turbines": one object
            target = clauses[index + run].partition(" ")[2]
            shared.extend(f"{lone} {target}" for lone in clauses[index:index + run])
            index += run
            continue
        joined = f"{clause} and {following}"
        if following and joined in body and clause.rsplit(" ", 1)[-1].lower() in (
                _OPEN_PREPOSITIONS) and " " in clause:
            index += 2
            continue
        if following and " " not in clause and joined in body and " " in following:
            shared.append(f"{clause} {following.partition(' ')[2]}")
        else:
            shared.append(clause)
        index += 1
    return shared


# The joints of a run of lone "-ing" verbs ("maintaining, repairing, or installing").
_RUN_JOINT = r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"


def _lone_run(clauses: list[str], index: int, body: str) -> int:
    """(real39) How many lone "-ing" verbs from ``index`` on share the object of the clause
    after them, printed joined only by commas, "and" and "or" ("maintaining, repairing, or
    installing wind turbines": 2); 0 when the run has no such clause after it.

    >>> _lone_run(["maintaining", "repairing", "installing wind turbines"], 0,
    ...           "maintaining, repairing, or installing wind turbines")
    2
    >>> _lone_run(["welding", "reading drawings"], 0, "welding; reading drawings")
    0
    """
    end = index
    while end < len(clauses) and " " not in clauses[end]:
        end += 1
    if end == len(clauses) or end - index < _MIN_CLAUSES - 1:
        return 0
    printed = _RUN_JOINT.join(map(re.escape, clauses[index:end + 1]))
    return end - index if re.search(rf"(?<![\w-]){printed}", body) else 0


def _joined_objects(clauses: list[str], body: str) -> list[str]:
    """``clauses`` with a lone "-ing" noun joined back to the light verb's clause before it
    ("assisting with dressing and toileting": one task, both its objects)."""
    joined: list[str] = []
    for clause in clauses:
        if joined and " " not in clause and joined[-1].partition(" ")[0].lower() in (
                _LIGHT_VERBS):
            for joiner in (" and ", " or "):
                if f"{joined[-1]}{joiner}{clause}" in body:
                    joined[-1] = f"{joined[-1]}{joiner}{clause}"
                    break
            else:
                joined.append(clause)
            continue
        joined.append(clause)
    return joined


def gerund_tasks(text: str) -> list[str]:
    """The skills a cued list of "-ing" task clauses in ``text`` names (see the module)."""
    cue = _cue().search(text) if "ing " in text else None
    if cue is None:
        return []
    end = _SENTENCE_END.search(text, cue.end())
    body = text[cue.end():end.start() if end is not None else len(text)].strip()
    body = _WHETHER_ASIDE.sub("", body)  # (real33) "…, whether raw materials or products"
    clauses = _shared_objects(_joined_objects(
        [c.strip(" ,") for c in _CLAUSE_BREAK.split(body) if c.strip(" ,")], body), body)
    if len(clauses) < _MIN_CLAUSES:
        return []
    found: list[str] = []
    for clause in clauses:
        head, _, rest = clause.partition(" ")
        objects = split_items(rest) if rest else []
        # ("fault-finding, harness repair": an "-ing" noun alone, then other items)
        named = [head.rstrip(","), *objects] if head.endswith(",") else _clause_skills(
            clause, objects)
        found.extend(name.strip(" .") for name in named if 0 < len(name.split()) <= _MAX_WORDS)
    return list(dict.fromkeys(found))


# (fresh54) One list item written as "-ing" clauses: it opens with an "-ing" word and a
# lower-case word, and holds no figure, bracket or punctuation other readers read.
_ITEM_GERUND = re.compile(rf"{_GERUND}\s+[a-z]")
_ITEM_MARKS = frozenset("();:,\"/&+")
# Words that make an object a clause or a phrase, no name: an article or pronoun, a
# preposition, a question word ("reviewing them with …", "reports for councils", "how …").
_NO_OBJECT_WORDS = frozenset({"a", "an", "the", "it", "them", "their", "its", "your", "our",
                              "for", "to", "of", "in", "on", "from", "at", "by", "into",
                              "onto", "up", "out", "off", "how", "why", "what", "where",
                              "when", "who", "which", "that", "whether", "as", "per"})


_RUN_OPENING = re.compile(rf"{_GERUND}\s")


def gerund_runs(rows: Iterable[tuple[int, str, bool]]) -> frozenset[int]:
    """(fresh54) The line numbers of each run of two or more bullet items in a row that all
    open with a lower-case "-ing" word: a list of tasks, whose items :func:`gerund_item`
    reads (``rows``: each line's number, text and whether it is a bullet item).  A lone
    "-ing" item among noun items ("reading torque charts and manuals") stays whole.

    >>> sorted(gerund_runs([(1, "Skills", False), (2, "shaping loaves", True),
    ...                     (3, "running ovens", True), (4, "Food hygiene", True),
    ...                     (5, "reading charts", True)]))
    [2, 3]
    """
    found: set[int] = set()
    run: list[int] = []
    for no, text, bullet in rows:
        if bullet and "a" <= text[:1] <= "z" and _RUN_OPENING.match(text):
            run.append(no)
            continue
        if len(run) >= _MIN_CLAUSES:
            found.update(run)
        run = []
    if len(run) >= _MIN_CLAUSES:
        found.update(run)
    return frozenset(found)


def gerund_item(item: str) -> tuple[list[str], list[str]] | None:
    """(fresh54) The skills and the tools one skills-list item written as "-ing" clauses
    names, read as a cued task list is (see the module): a clause's objects, two or more,
    are its skills ("shaping sourdough loaves and croissants"), a clause with "with" or
    "using" names only its tools, a clause with one object is one skill whole; None when the
    item is no such plain clause (a light verb's task, an article, a preposition or a
    question word in it, a figure, a bracket, a comma).

    >>> gerund_item("shaping sourdough loaves and croissants")
    (['sourdough loaves', 'croissants'], [])
    >>> gerund_item("trimming hedges with pole saws and loppers")
    ([], ['pole saws', 'loppers'])
    >>> gerund_item("planning drill programmes and supervising drilling contractors")
    (['planning drill programmes', 'supervising drilling contractors'], [])
    >>> gerund_item("writing delegated and committee reports")
    (['delegated and committee reports'], [])
    >>> gerund_item("preparing site reports for councils and developers") is None
    True
    >>> gerund_item("providing meals and snacks") is None, gerund_item("welding") is None
    (True, True)
    >>> gerund_item("building regulations and codes") is None
    True
    >>> gerund_item("measuring and glass cutting") is None  # (a lone verb, then a noun)
    True
    """
    text = item.strip().rstrip(".")
    if _ITEM_GERUND.match(text) is None or text.split()[1] in ("and", "or") or not (
            " and " in text or " with " in text or " using " in text) or any(
            mark in _ITEM_MARKS or mark.isdigit() for mark in text):
        return None
    if text.partition(" ")[0] in _noun_modifiers():
        return None  # "building regulations and codes", "accounting software and payroll"
    clauses = _shared_objects(_joined_objects(
        [c.strip() for c in _CLAUSE_BREAK.split(text) if c.strip()], text), text)
    found: list[str] = []
    kit: list[str] = []
    for clause in clauses:
        head, _, rest = clause.partition(" ")
        words = set(rest.lower().split())
        if head.lower() in _LIGHT_VERBS or words & _NO_OBJECT_WORDS:
            return None
        tools = _TOOLS_AFTER.search(clause)
        named = split_items(clause[tools.end():]) if tools is not None else _clause_skills(
            clause, split_items(rest) if rest else [])
        if any(len(name.split()) > _MAX_WORDS for name in named):
            return None
        (found if tools is None else kit).extend(named)
    return found, kit
