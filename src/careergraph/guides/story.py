"""A career post's author path: the jobs the author held, earliest first, ending at the role.

A first-person career post tells its path across paragraphs: "My first paid role was as a
Technical Writer …", "After 14 months I moved over to the design team as a UX Writer",
"Brightwell Health hired me as a Content Designer"; or backwards: "I was a Project Manager
for nine years … Before that I'd been a Business Analyst".  Its title may name where it
started ("From teacher to Content Designer").  The path is a ladder only when it reaches the
page's role and names three jobs or more; a commenter's story is not the author's.

>>> from careergraph.lexicon import load_lexicon
>>> from careergraph.guides.vocab import Vocabulary
>>> v = Vocabulary.from_lexicon(load_lexicon())
>>> author_path(["My first paid role was as a Support Agent at Kite.",
...              "After a year I moved over to the data team as a Data Analyst.",
...              "Then Orla Foods hired me as a Data Engineer."], "Data Engineer", v)
['Support Agent', 'Data Analyst', 'Data Engineer']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careergraph.guides.prose_titles import prose_title
from careergraph.guides.stated_ladders import trade_title
from careergraph.guides.text import split_sentences
from careergraph.guides.vocab import Vocabulary

__all__ = ["author_path", "worker_ladder"]

_TITLE = r"(?:an?\s+|the\s+)?(?P<title>[A-Za-z][\w'/&-]*(?:\s+[A-Za-z][\w'/&-]*){0,4}?)"
_END = r"(?=\s*[,.;!:(—–-]|\s+(?:at|in|for|with|on|and|after|before|until|last|this|from)\b|$)"
# The author's jobs in the order told: a first job, a move, a hire, a title held for a time.
_STEPS = tuple(re.compile(pattern) for pattern in (
    r"\b[Mm]y\s+first\s+(?:[\w-]+\s+){0,2}?(?:role|job|position)\s+"
    r"(?:was|came)\s+(?:as\s+)?" + _TITLE + _END,
    r"\bI\s+(?:then\s+)?(?:moved|switched|transferred|stepped|went)\s+(?:over\s+|across\s+)?"
    r"(?:to|into|onto)\s+[^.;]{0,40}?\s+as\s+" + _TITLE + _END,
    # spoken stories: "I was hired as an assistant cheesemaker at X", "then I got a job as a
    # repair technician", "I trained as a joiner"
    r"(?:\bI\s+|,?\s+and\s+)(?:was\s+)?(?:hired|taken\s+on|employed)\s+as\s+" + _TITLE + _END,
    r"(?:\bI\s+(?:then\s+)?|,\s+(?:then\s+)?)(?:got|landed|took)\s+(?:a\s+|my\s+first\s+)?"
    r"(?:\w+\s+)?(?:job|role|position|post)\s+as\s+" + _TITLE + _END,
    r"\bI\s+(?:first\s+)?(?:trained|qualified|started(?:\s+out)?)\s+as\s+" + _TITLE + _END,
    r"\b(?:hired|took|brought)\s+me\s+(?:on\s+)?as\s+" + _TITLE + _END,
    r"\bI\s+now\s+work\s+as\s+" + _TITLE + _END,  # "… and I now work as a UX Researcher"
    r"\bI\s+(?:was|worked\s+as)\s+" + _TITLE + r"(?:\s+at\s+[^.;]{1,60}?)?\s+for\s+"
    r"(?:\w+\s+){1,2}(?:years?|months?)\b"))
# "Before that I'd been a Business Analyst for two years": a job before the one just told.
_BEFORE = re.compile(r"\bBefore that,?\s+I(?:'d|\s+had)?\s+(?:been|was|worked\s+as)\s+" + _TITLE
                     + _END)
_MIN_RUNGS = 3


def _title(phrase: str, vocab: Vocabulary, role: str = "") -> str | None:
    """A job named in the story: a title in prose, a phrase whose last word is a role head
    ("8th-grade English teacher"), or a title of the role's trade the lexicon lacks
    ("assistant cheesemaker", "joiner": :func:`~careergraph.guides.stated_ladders.trade_title`)."""
    phrase = phrase.strip()
    titled = " ".join(w[:1].upper() + w[1:] for w in phrase.split())
    found = prose_title(phrase, vocab) or (titled if vocab.is_role_title(titled) else None)
    return found or trade_title(phrase, role)


def author_path(sentences: Sequence[str], role: str, vocab: Vocabulary,
                start: str | None = None) -> list[str]:
    """The author's jobs told in ``sentences`` (the post's body, in order), earliest first,
    ending at ``role``; ``start`` is a first job the post's title names ("From A to …").
    Returns [] unless the path reaches ``role`` and holds three jobs or more."""
    path: list[str] = []
    for sentence in (s for text in sentences for s in split_sentences(text)):
        before = _BEFORE.search(sentence)
        if before is not None and path:
            title = _title(before.group("title"), vocab, role)
            if title is not None and title not in path:
                path.insert(len(path) - 1, title)
            continue
        told = sorted((m for step in _STEPS for m in step.finditer(sentence)),
                      key=lambda m: m.start())
        for match in told:
            title = _title(match.group("title"), vocab, role)
            if title is not None and title not in path:
                path.append(title)
    if role.lower() not in (p.lower() for p in path):
        path.append(role)  # the post's title names where the path ends
    first = _title(start, vocab) if start else None
    if first is not None and first not in path:
        path.insert(0, first)
    earlier = [p for p in path if p.lower() != role.lower()]
    if len(path) < _MIN_RUNGS or path[-1].lower() != role.lower() or len(earlier) < 2:
        return []
    return path


# A worker's quote on a platform's or an employer's page: the title held now and the one
# wanted next ("Now I'm a Fleet Captain, …, and next I want the Hub Lead job").
_NOW_AM = re.compile(r"\bNow,?\s+I(?:'m|’m|\s+am)\s+(?:an?\s+|the\s+)?"
                     r"(?P<title>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})")
_NEXT_WANT = re.compile(r"\bnext,?\s+I(?:'d\s+like|’d\s+like|\s+want|\s+hope|\s+plan|\s+aim)"
                        r"(?:\s+to\s+(?:be|become|get|land|apply\s+for|move\s+up\s+to))?\s+"
                        r"(?:an?\s+|the\s+)?(?P<title>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})")
# The quote says the worker began in the role's own work ("I started delivering …").
_BEGAN = re.compile(r"\bI\s+(?:started|began)\s+(?:out\s+)?[a-z]+ing\b")
# The same quote told as a run of posts, in any case ("I started as a courier, became a fleet
# captain last year, and next I want to be a hub lead."): the first post is the role's own.
_POST = r"(?:an?\s+|the\s+)?(?P<{}>[A-Za-z][\w&'’-]*(?:\s+[A-Za-z][\w&'’-]*){{0,6}}?)"
_STARTED_AS = re.compile(r"\bI\s+(?:started|began)\s+(?:out\s+)?as\s+" + _POST.format("first")
                         + r"\s*,\s*(?:then\s+|and\s+)?(?:became|was promoted to|moved up to)\s+"
                         + _POST.format("now") + r"(?=\s*[,.;]|\s+(?:last|this|in|after|two|"
                         r"three|a)\b)")
_NEXT_POST = re.compile(r"\bnext,?\s+I(?:'d\s+like|’d\s+like|\s+want|\s+hope|\s+plan|\s+aim)"
                        r"\s+to\s+(?:be|become)\s+" + _POST.format("title") + r"\s*[.!\"”]")


def worker_ladder(text: str, role: str, vocab: Vocabulary) -> list[str]:
    """The ladder a worker's quote tells, from the page's role: the title held now and the one
    wanted next ("I started delivering … Now I'm a Fleet Captain …, and next I want the Hub
    Lead job": role → Fleet Captain → Hub Lead); [] unless the quote says the worker began
    in the work and names the title held now.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> worker_ladder("I started riding in 2022. Now I'm a Zone Captain, and next I want the "
    ...               "Depot Supervisor job.", "Rider", v)
    ['Rider', 'Zone Captain', 'Depot Supervisor']
    >>> worker_ladder("I started as a rider, became a zone captain in May, and next I want to "
    ...               "be a depot supervisor.", "Rider", v)
    ['Rider', 'Zone Captain', 'Depot Supervisor']
    """
    run = _STARTED_AS.search(text)
    if run is not None and (_title(run.group("first"), vocab, role) or "").lower() == role.lower():
        steps = [role]
        for title in (run.group("now"), (nxt := _NEXT_POST.search(text, run.end())) and
                      nxt.group("title")):
            job = _title(title, vocab, role) if title else None
            if job is None:
                break
            steps.append(job)
        return steps if len(steps) > 1 else []
    now = _NOW_AM.search(text)
    if now is None or _BEGAN.search(text, 0, now.start()) is None:
        return []
    steps = [role]
    for match in (now, _NEXT_WANT.search(text, now.end())):
        title = _title(match.group("title"), vocab, role) if match is not None else None
        if title is None:
            break
        steps.append(title)
    return steps if len(steps) > 1 else []
