"""(rules40b) A candidate pack's cover: the post it appoints, named on its first lines.

A search firm's or a school trust's pack for one senior appointment opens on a cover: the
appointing body, the post ("Appointment of" / "Director of Estates", or "HEADTEACHER" in
capitals), the school or campus, and the pack's own name ("Candidate Information Pack",
"Recruitment Pack - September 2027 start").  The letter and the pages after it name other
posts freely (the chief executive who signs, the posts the role line manages, the posts
heads go on to), so a reader of the page's prose takes one of them for the role.  The cover
says which post the pack is for: the line that names a pack, and above it (a few lines at
most) "Appointment of X" or a known role title on a line of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_REACH = 8  # non-blank lines of the page's head read for the cover
_ABOVE = 3  # lines above the pack's name read for the post
_TITLE_WORDS = 7

# The pack's own name ("Candidate Information Pack", "Recruitment Pack - …", "Applicant
# brief", "Information for candidates" is left out: a heading inside many postings).
_PACK = re.compile(r"^(?:(?:candidate|candidates'?|recruitment|applicant|application|"
                   r"information|appointment|job|executive)\s+){1,2}(?:pack|brief|booklet)\b",
                   re.IGNORECASE)
# Words of an appointing body's or a school's name ("Pennine Crest Learning Trust",
# "UNIVERSITY OF NORTHMOOR", "Fellbeck Primary Academy"): no post.
_BODY = re.compile(r"\b(?:trust|university|college|school|academy|council|ltd|limited|plc|inc|"
                   r"group|foundation|authority|board|search|partners|federation|"
                   r"diocese)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_CAPS_WORDS = 4  # words of a post in capitals that no vocabulary knows
_APPOINTMENT = re.compile(r"^(?:the\s+)?appointment\s+of(?:\s+(?:the|an?))?(?:\s+(?P<post>.+))?$",
                          re.IGNORECASE)

# (rules41a) A profile's or a pack's name with the post it appoints after a dash ("Parish
# Profile 2026 - Appointment of a Priest-in-Charge", "Recruitment Pack: Appointment of the
# Bursar").
_NAMED_APPOINTMENT = re.compile(r"^[^-–—:]{3,60}\s[-–—:]\s+(?:the\s+)?appointment\s+of\s+"
                                r"(?:an?\s+|the\s+)?(?P<post>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,6})$",
                                re.IGNORECASE)


def pack_cover_title(lines: Sequence[tuple[int, str]], is_role_title: Callable[[str], bool],
                     titled: Callable[[str], str]) -> tuple[str, int] | None:
    """The post a candidate pack's cover names (``lines``: ``(number, text)`` of the page's
    head; ``titled``: a capitals line in title case), or None on a page with no such cover.

    >>> known = {"Bursar", "Head of Music"}.__contains__
    >>> pack_cover_title([(1, "FELLSIDE COLLEGE"), (2, "BURSAR"), (3, "Candidate Pack 2027")],
    ...                  known, str.title)
    ('Bursar', 2)
    >>> pack_cover_title([(1, "Ashgrove School"), (2, "Appointment of"), (3, "Head of Music"),
    ...                   (4, "Candidate Information Pack")], known, str.title)
    ('Head of Music', 3)
    >>> pack_cover_title([(1, "Hollin Trust"), (2, "CHAPLAIN"), (3, "Hollin Academy, Leeds"),
    ...                   (4, "Recruitment Pack - 2027")], known, str.title)
    ('Chaplain', 2)
    >>> pack_cover_title([(1, "BURSAR"), (2, "Fellside College pays well.")], known, str.title)

    A profile's name with the post appointed after a dash (rules41a):

    >>> pack_cover_title([(1, "ST BRIDE'S, ASHCOMBE"), (2, "Church Profile 2027 - Appointment "
    ...                   "of a Team Rector")], known, str.title)
    ('Team Rector', 2)
    """
    head = [(no, " ".join(text.split())) for no, text in lines if text.strip()][:_REACH]
    for no, text in head:
        named = _NAMED_APPOINTMENT.match(text) if "ppointment of" in text else None
        if named is not None and not (_BODY.search(named.group("post")) or _DIGIT.search(
                named.group("post"))) and len(named.group("post").split()) <= _TITLE_WORDS:
            post = named.group("post")  # (rules41a) "Parish Profile 2026 - Appointment of a X"
            return (titled(post) if post.isupper() else post), no
    for at, (_, text) in enumerate(head):
        if _PACK.match(text) is None:
            continue
        for back in range(at - 1, max(at - 1 - _ABOVE, -1), -1):
            no, above = head[back]
            appointed = _APPOINTMENT.match(above)
            if appointed is not None:
                post = appointed.group("post")
                if post is None and back + 1 < at:  # "Appointment of" over the post's line
                    no, post = head[back + 1]
                if post and len(post.split()) <= _TITLE_WORDS:
                    return (titled(post) if post.isupper() else post), no
                return None
        for back in range(at - 1, max(at - 1 - _ABOVE, -1), -1):
            no, above = head[back]
            post = titled(above) if above.isupper() else above
            if len(post.split()) > _TITLE_WORDS or _BODY.search(post) or _DIGIT.search(post):
                continue  # the appointing body, its school, a date
            # a known title, or the post in capitals under the body's name (a title the
            # vocabulary does not know: "HEADTEACHER")
            if is_role_title(post) or (back > 0 and above.isupper() and len(
                    post.split()) <= _CAPS_WORDS):
                return post, no
        return None
    return None
