"""A list printed without separators: an occupation portal's skills, one list item glued to
the next ("voice organ pipesbuild wind chestsassemble tracker action").

A page turned to text from list markup loses the breaks between items; a classification's
skills are phrases that open with a verb ("build …", "tune …") or noun phrases
("acoustics", "organ history").  An item ends where a word is glued to the next item's
first word:

- a closing bracket glued to a letter ("(tin-lead alloy)use …") ends an item;
- a word that ends in a verb opening skill phrases (data: ``run_together.verbs`` in
  ``data/headings.yaml``) is cut before that verb, the longest verb winning ("siturestore"
  → "situ" | "restore"); before a verb of five letters or fewer the first part must end
  in a plural "s" ("pipesbuild", "devicestune") or a capital ("SQLuse": a name's
  acronym), or be a page word, so a compound word ("network", "paycheck") stays whole;
- a word that ends in a word printed on its own elsewhere on the page ("acousticsorgan",
  with "organ" in the description) is cut there when the word before it is of three
  letters or more and the page never prints the glued word itself;
- an item that is a strip of known traits glued in lower case ("critical thinkingteamwork")
  is cut at those traits (:func:`glued_names`).

A count printed with the list's label ("Essential skills (9)") must be met: a list whose
cut does not give that many items is not read (``None``), as a glued word left uncut would
be a wrong skill; so is a list left with a word too long to be one
("repertoireconservation").

>>> words = frozenset({"organ", "pipes", "build"})
>>> run_together_items("voice organ pipesbuild wind chests(MIDI)tune pipes", words)
['voice organ pipes', 'build wind chests(MIDI)', 'tune pipes']
>>> run_together_items("voice organ pipesbuild wind chests", words, count=3) is None
True
>>> run_together_items("church repertoireconservation ethics", words) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from careergraph.guides.heading_data import word_lists
from careergraph.lexicon import load_lexicon

__all__ = ["glued_names", "page_words", "run_together_items", "soft_traits"]

_BRACKET_GLUE = re.compile(r"\)(?=[A-Za-z])")
_WORD = re.compile(r"[a-z]+")
_TOKEN = re.compile(r"[A-Za-z]*[a-z]")
_MIN_HEAD = 3  # letters before a cut ("situ|restore", never "re|use")
_MIN_PAGE_WORD = 4  # a page word that can open the next item ("organ", not "in")
_SHORT_VERB = 5  # a verb this short needs a plural or a page word before it
_GLUED_LENGTH = 19  # letters of a word left uncut that is two glued ("telecommunications": 18)


@cache
def _verbs() -> frozenset[str]:
    return frozenset(word_lists("run_together").get("verbs", ()))


def page_words(texts: Collection[str]) -> frozenset[str]:
    """The lower-case words a page prints, each as a whole word.

    >>> sorted(page_words(["Organ builders tune organs."]))
    ['builders', 'organ', 'organs', 'tune']
    """
    return frozenset(w.lower() for text in texts for w in re.findall(r"[A-Za-z]+", text))


def _cut(word: str, words: frozenset[str]) -> int | None:
    """Where a glued word splits into the end of one item and the start of the next."""
    # (a capitalised name may end the item: "AWSuse", "Kubernetesuse" -> "AWS" | "use")
    if not _TOKEN.fullmatch(word) or word.lower() in words:
        return None
    verbs = _verbs()
    for start in range(_MIN_HEAD, len(word) - 1):  # (the longest tail first)
        head, tail = word[:start], word[start:]
        if tail in verbs and (len(tail) > _SHORT_VERB or head.lower().endswith("s")
                              or head[-1].isupper() or head.lower() in words):
            return start
    for start in range(_MIN_HEAD, len(word) - _MIN_PAGE_WORD + 1):
        tail = word[start:]
        if len(tail) >= _MIN_PAGE_WORD and tail in words and (
                word[:start].lower() in words or word[:start].endswith("s")):
            return start
    return None


def run_together_items(text: str, words: frozenset[str],
                       count: int | None = None) -> list[str] | None:
    """The items of a list printed without separators (see the module docstring);
    ``words``: the page's words (:func:`page_words`), ``count``: the number of items the
    label states.  None when the count is not met."""
    items: list[str] = []
    for piece in _BRACKET_GLUE.sub(")\n", text).split("\n"):
        current: list[str] = []
        for token in piece.split():
            at = _cut(token, words)
            if at is None:
                current.append(token)
                continue
            current.append(token[:at])
            items.append(" ".join(current))
            current = [token[at:]]
        if current:
            items.append(" ".join(current))
    # ("critical thinkingteamwork": known traits glued with no case change, cut at the names)
    items = [part for item in items if item.strip()
             for part in glued_names(item.strip(), soft_traits()) or [item.strip()]]
    if count is not None and len(items) != count:
        return None
    if any(len(word) >= _GLUED_LENGTH and _WORD.fullmatch(word) and word not in words
           for item in items for word in item.split()):
        return None
    return items


def glued_names(text: str, names: Collection[str]) -> list[str] | None:
    """A lower-case strip of known names printed without separators, cut into those names
    ("patiencetactteamwork" -> patience | tact | teamwork): every piece must be one of
    ``names`` (lower case), the longest first; the last may go on with words of its own
    ("teamwork under pressure").  None unless two names at least are glued.

    >>> glued_names("attention to detailpatienceteamwork on night shifts",
    ...             {"attention to detail", "patience", "teamwork"})
    ['attention to detail', 'patience', 'teamwork on night shifts']
    >>> glued_names("teamwork", {"teamwork"}) is None
    True
    """
    if not text[:1].islower() or " " in text[:1]:
        return None
    lowered = text.lower()
    ordered = sorted((n for n in names if len(n) >= _MIN_PAGE_WORD), key=len, reverse=True)

    def cut(at: int) -> list[str] | None:
        for name in ordered:
            if not lowered.startswith(name, at):
                continue
            end = at + len(name)
            if end == len(text) or (text[end] == " " and at and _PLAIN_TAIL.fullmatch(
                    lowered[end:])):  # (the last name's own words: "… on night shifts")
                return [text[at:]]
            if text[end].isalpha() and (rest := cut(end)) is not None:
                return [text[at:end], *rest]
        return None

    found = cut(0)
    return found if found is not None and len(found) >= 2 else None


# The words a strip's last name may go on with ("in tiny spaces"): short plain words only.
_PLAIN_TAIL = re.compile(r"(?: [a-z]{1,12}){1,5}")


@cache
def soft_traits() -> frozenset[str]:
    """The bundled gazetteer's soft skills, in lower case (what a strip of traits holds)."""
    return frozenset(n.lower() for n in load_lexicon().gazetteer.skills.get("soft", ()))
