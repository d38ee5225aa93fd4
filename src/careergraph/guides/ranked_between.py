"""A rank told by the ranks either side of it: "the X falls above the Y, but below the Z".

Crew and uniformed ranks are often placed this way in one sentence ("A leading hand ranks
above a deckhand and below a boatswain", "The corporal sits below the sergeant"): the rank
named after "above" is the one held before the role, the rank after "below" the one it
leads to.  Only the page's own role as the subject counts (another rank's place is no move
of the role's).
"""

from __future__ import annotations

import re

from careergraph.guides.prose_titles import prose_title
from careergraph.guides.roles import singular_title
from careergraph.guides.vocab import Vocabulary
from careergraph.names import name_key

__all__ = ["ranked_between"]

# One side: "above the Y", "just below a Z", "one rank above the Y".
_SIDE = (r"(?:just\s+|directly\s+|immediately\s+|one\s+(?:rank|grade|step|level)\s+)?"
         r"(?P<{0}>above|below|beneath|under)\s+(?:the\s+|an?\s+)?"
         r"(?P<{1}>[A-Za-z][\w'’ -]{{1,48}}?)")
_RANKED = re.compile(
    r"(?:^|(?<=[.;!?]\s))(?P<who>[A-Za-z][\w'’ -]{1,60}?)\s+"
    r"(?:falls?|ranks?|sits?|stands?|comes?|is\s+(?:ranked|placed|positioned))\s+"
    + _SIDE.format("dir", "first")
    + r"(?:,?\s+(?:but|and|yet)\s+" + _SIDE.format("dir2", "second") + r")?"
    r"\s*(?=[,.;!?]|$)")
_ARTICLE = re.compile(r"^(?:the|an?|this|our|your)\s+", re.IGNORECASE)
# Words standing in for the page's own role as the subject.
_STAND_INS = frozenset({"you", "it", "this role", "this rank", "this position", "the role",
                        "the rank", "the position"})


def _own_subject(who: str, own: str) -> bool:
    subject = _ARTICLE.sub("", who.strip()).lower()
    if subject in _STAND_INS:
        return True
    # (the subject may follow a phrase of where: "On a dredger the leading hand falls …")
    words, own_words = subject.split(), own.lower().split()
    if len(words) > len(own_words) and words[-len(own_words) - 1] not in ("the", "a", "an"):
        return False  # ("a senior clerk sits above the clerk": another rank's place)
    return name_key(singular_title(" ".join(words[-len(own_words):]))) == name_key(
        singular_title(own.lower()))


def ranked_between(text: str, vocab: Vocabulary, own: str) -> dict[str, list[str]]:
    """The ranks below and above the role a sentence places it between: ``{"in": [...],
    "up": [...]}``.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> ranked_between("The Leading Hand falls above the Deckhand, but below the Bosun.", v,
    ...                "Leading Hand")
    {'in': ['Deckhand'], 'up': ['Bosun']}
    >>> ranked_between("A sergeant ranks below a lieutenant.", v, "Corporal")
    {'in': [], 'up': []}
    """
    found: dict[str, list[str]] = {"in": [], "up": []}
    if not own or not any(word in text for word in ("above", "below", "beneath", "under")):
        return found
    for match in _RANKED.finditer(text):
        if not _own_subject(match.group("who"), own):
            continue
        for side, name in (("dir", "first"), ("dir2", "second")):
            if match.group(name) is None:
                continue
            title = prose_title(match.group(name), vocab)
            if title is None or name_key(title) == name_key(own):
                continue
            found["in" if match.group(side) == "above" else "up"].append(title)
    return found
