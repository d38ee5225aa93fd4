"""The writer's own job on a numbered social-media thread (X, Threads, Bluesky): the first
posts say it, as a profile line would ("Superyacht stew for 6 seasons.", "I've been a tower
technician for 9 years", "Night-shift nurse here.").  A thread prints no page title, so this
is the role.

>>> thread_job([(4, "I've been a farrier (yes, a horseshoer) for 9 years. Ask away.")],
...            lambda phrase: phrase.title())
('Farrier', 4)
>>> thread_job([(5, "🐝 Bee farmer for 6 seasons. The questions I get, answered.")],
...            lambda phrase: None)
('Bee Farmer', 5)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from careergraph.guides.roles import singular_title, title_case

__all__ = ["thread_job"]

_FIRST_POSTS = 3  # the job is stated in the thread's opening posts
_PHRASE = r"([a-z][a-z-]*(?: [a-z][a-z-]*){0,3}?)"
# "I've been a tower technician (yes, …) for 9 years", "I'm a farrier at X", "I work as a …"
_SAID = re.compile(r"\b(?:I've been|I have been|I’ve been|I'm|I’m|I am|I work as|I've worked as|"
                   r"I have worked as)\s+an?\s+" + _PHRASE +
                   r"(?=\s*[,.;!?(]|\s+(?:at|in|for|with|and|on|since)\b)", re.IGNORECASE)
# A profile line opening a post: "Superyacht stew for 6 seasons.", "ICU nurse for 12 years",
# "Night-shift nurse here." (its own words are the job, known title or not)
_PROFILE = re.compile(r"^[^\w(]*" + _PHRASE + r"(?: for (?:\d{1,2}|a few|two|three|four|five|"
                      r"six|seven|eight|nine|ten|over \d{1,2}|\d{1,2}\+) "
                      r"(?:years?|yrs|seasons?|summers?|winters?)| here)\s*[.,!:]",
                      re.IGNORECASE)
_NOT_JOBS = frozenset({"me", "this", "that", "it", "here", "there", "we", "you", "i"})


def thread_job(posts: Sequence[tuple[int, str]],
               title: Callable[[str], str | None]) -> tuple[str, int] | None:
    """The writer's job and its line from a thread's first posts (``(line, text)``, chrome
    already left out), or None; ``title`` names a phrase's role title or None.

    A first-person statement ("I've been a …") takes a known title only; a profile line
    ("Bee farmer for 6 seasons.") is the job in the writer's own words.
    """
    for no, text in posts[:_FIRST_POSTS]:
        for match in _SAID.finditer(text):
            named = title(match.group(1))
            if named is not None:
                return named, no
        profile = _PROFILE.match(text)
        if profile is not None:
            phrase = profile.group(1)
            if phrase.lower() not in _NOT_JOBS and phrase.split()[0].lower() not in _NOT_JOBS:
                return title(phrase) or title_case(singular_title(phrase)), no
    return None
