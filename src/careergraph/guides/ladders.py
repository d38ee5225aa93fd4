"""Ladders printed as blocks: one rung per block (title, a years line, pay, skills), with an
optional fork line ("Junior → Mid → Senior [fork] Staff → Principal | Manager → Director").

A rung block starts with a role title on its own line followed by a years line ("5-8 years",
"8+ years") or a pay label.  Without a fork line the blocks form one ladder, except that a
block whose years start *below* the previous block's starts a branch from the latest rung
that starts below it (a manager track printed after the senior individual-contributor
rungs).  A fork line, when the page has one, is read step by step, each step (a bare word
such as "Manager" or "CISO") resolved to the block title that contains it or whose initials
it is.

>>> block_edges([("Junior X", 0), ("X", 2), ("Senior X", 5), ("Staff X", 8),
...              ("X Manager", 6), ("Director of X", 10)])
[(0, 1), (1, 2), (2, 3), (2, 4), (4, 5)]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from careergraph.guides.roles import title_case

__all__ = ["FORK", "band_runs", "block_edges", "broken_boxes", "coded_runs", "column_ladder",
           "fork_edges",
           "glued_ladder", "glued_rows", "grade_ladder", "grade_runs", "heading_rungs",
           "level_heading", "level_ladder", "level_tracks", "printed_top_first", "row_ladder",
           "years_ladder", "years_start"]

FORK = "[fork]"
_YEARS_LINE = re.compile(r"\s*(\d{1,2})\s*(?:(?:[-–—]|to)\s*\d{1,2}\s*|\+\s*)?"
                         r"(?:years?|yrs?)(?:\s+(?:of\s+)?experience)?\s*", re.IGNORECASE)
_ARROWS = re.compile(r"\s*(?:→|->|=>|⟶|➔|>)\s*")
_CASE_CUT = re.compile(r"(?<=[a-z])(?=[A-Z])")
_ALTERNATIVES = re.compile(r"\s*/\s*|\s+or\s+")
_MAX_GLUED_CHARS = 300
_MID = frozenset({"mid", "mid-level", "intermediate", "medior"})


# How high a title's words place it on a ladder (unlisted words are the middle, 0).
# (a business's owner tops a franchise's path: "Shift Lead … Franchise Partner" is printed
# lowest first)
_RANK_WORDS = {"chief": 6, "vp": 5, "vice": 5, "owner": 5, "director": 4, "head": 4,
               "partner": 4, "manager": 3, "principal": 3, "lead": 2, "senior": 2,
               "supervisor": 2, "assistant": -1, "junior": -1, "associate": -1, "trainee": -2,
               "apprentice": -2, "intern": -2,
               # (real47) the amateur at a craft's ladder foot: "Beekeeping Hobbyist",
               # "Homebrewer or Apprentice Brewer"
               "hobbyist": -2, "homebrewer": -2}


def rung_rank(title: str) -> int:
    """How high a title's words place it on a ladder (0: the middle).

    >>> rung_rank("Senior Structural Engineer"), rung_rank("Associate Structural Engineer")
    (2, -1)
    """
    # ("Lead/Principal X": each of a slash's level words counts)
    ranks = [_RANK_WORDS.get(w.lower().strip("(),"), 0) for w in re.split(r"[\s/]+", title)]
    return max(ranks, key=abs, default=0)


# Where one glued title ends and the next begins ("…Aide)Registered Pharmacist…").
_GLUED_STEP = re.compile(r"(?<=[a-z)])(?=[A-Z])")
_MIN_GLUED = 3


def glued_ladder(text: str, is_title: Callable[[str], bool]) -> list[list[str]] | None:
    """A ladder printed as titles glued with no separator, lowest first, each step one title
    or "A / B" alternatives; None unless at least three steps and nearly all are titles.

    >>> glued_ladder("Trainee Baker / ApprenticeBakerHead Baker", lambda t: t.endswith(
    ...     ("Baker", "Apprentice")))
    [['Trainee Baker', 'Apprentice'], ['Baker'], ['Head Baker']]
    >>> glued_ladder("Bakers bake bread. Some rise early.", lambda t: True) is None
    True
    """
    if ", " in text or ". " in text or len(text) > _MAX_GLUED_CHARS:
        return None
    parts = [p.strip() for p in _GLUED_STEP.split(text) if p.strip()]
    if len(parts) < _MIN_GLUED:
        return None
    steps = [[a.strip() for a in part.split(" / ") if a.strip()] for part in parts]
    names = [a for step in steps for a in step]
    if any(not a[:1].isupper() or len(a.split()) > 6 for a in names):
        return None
    titled = sum(is_title(a.split(" (")[0]) for a in names)
    return steps if titled * 4 >= len(names) * 3 else None


def printed_top_first(titles: Sequence[str]) -> bool:
    """A ladder box listing its top rung first ("Chief Conservator, Conservator, Assistant
    Conservator"): its first title ranks above its last.

    >>> printed_top_first(["Chief Archivist", "Archivist", "Assistant Archivist"])
    True
    >>> printed_top_first(["Junior X", "X", "Senior X"]), printed_top_first(["A", "B"])
    (False, False)
    """
    return len(titles) >= 2 and rung_rank(titles[0]) > rung_rank(titles[-1])


def ranked_around(titles: Sequence[str], own: int) -> bool:
    """(real51) A ladder box listing the role at ``own`` with a rung ranked below it after it
    (or one ranked above it before it), and none the other way round: printed top rung first
    even when its first and last rungs carry no level word ("Garden Therapy Consultant",
    "Garden Therapist", "Garden Therapy Assistant", "Garden Activities Aide").

    >>> ranked_around(["X Consultant", "X Therapist", "X Assistant", "X Aide"], 1)
    True
    >>> ranked_around(["X Assistant", "X Therapist", "Senior X Therapist"], 1)
    False
    """
    before, after = [rung_rank(t) for t in titles[:own]], [rung_rank(t) for t in titles[own + 1:]]
    return (any(r < 0 for r in after) or any(r > 0 for r in before)) and not (
        any(r > 0 for r in after) or any(r < 0 for r in before))


def years_start(text: str) -> int | None:
    """The first year of a years line ("5-8 years" -> 5, "8+ years" -> 8), else None.

    >>> years_start("5-8 years"), years_start("10+ yrs"), years_start("Key Skills")
    (5, 10, None)
    """
    match = _YEARS_LINE.fullmatch(text)
    return int(match.group(1)) if match else None


def block_edges(blocks: Sequence[tuple[str, int | None]]) -> list[tuple[int, int]]:
    """Moves between rung blocks ``(title, first year or None)``, as index pairs."""
    edges: list[tuple[int, int]] = []
    for index in range(1, len(blocks)):
        start = blocks[index][1]
        before = blocks[index - 1][1]
        source = index - 1
        if start is not None and before is not None and start < before:
            earlier = [j for j in range(index) if (blocks[j][1] or 0) < start]
            source = earlier[-1] if earlier else index - 1
        edges.append((source, index))
    return edges


def _steps(text: str) -> list[list[str]]:
    """A chain's steps, each a list of alternatives ("Staff / Principal")."""
    parts = [p for p in _ARROWS.split(text) if p.strip()]
    if len(parts) == 1:  # glued bare words: "JuniorMidSenior"
        parts = [p for p in _CASE_CUT.split(parts[0]) if p.strip()]
    return [[a.strip() for a in _ALTERNATIVES.split(p) if a.strip()] for p in parts]


def _resolve(step: list[str], titles: Sequence[str], role: str) -> str | None:
    for word in step:
        lowered = word.lower()
        if lowered in _MID or lowered == role.lower():
            return role
        for title in titles:
            words = title.split()
            initials = "".join(w[0] for w in words if w[0].isupper())
            if lowered in (w.lower() for w in words) or word == initials:
                return title
    return None


def fork_edges(line: str, titles: Sequence[str], role: str) -> list[tuple[str, str]]:
    """Moves a fork line states, its bare steps resolved to the page's rung ``titles``.

    >>> fork_edges("Associate → X Engineer → Senior [fork] Staff | Manager → CISO",
    ...            ["Associate X Engineer", "X Engineer", "Senior X Engineer",
    ...             "Staff X Engineer", "X Engineering Manager",
    ...             "Chief Information Security Officer"], "X Engineer")
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Associate X Engineer', 'X Engineer'), ('X Engineer', 'Senior X Engineer'),
     ('Senior X Engineer', 'Staff X Engineer'), ('Senior X Engineer', 'X Engineering Manager'),
     ('X Engineering Manager', 'Chief Information Security Officer')]
    """
    trunk_text, _, rest = line.partition(FORK)
    trunk = [_resolve(s, titles, role) for s in _steps(trunk_text)]
    edges: list[tuple[str, str]] = []
    resolved = [t for t in trunk if t]
    edges.extend(itertools.pairwise(resolved))
    fork = resolved[-1] if resolved else None
    for branch_text in rest.split("|"):
        branch = [t for t in (_resolve(s, titles, role) for s in _steps(branch_text)) if t]
        chain = [fork, *branch] if fork else branch
        edges.extend((a, b) for a, b in itertools.pairwise(chain) if a and b and a != b)
    return list(dict.fromkeys(edges))


# A grade numeral after a title ("ATCO III", "Technician 2").
_NUMERAL = re.compile(r"^(?:[IVX]{1,4}|\d{1,2})$")
_GRADE_WORDS = frozenset(_RANK_WORDS) - {"manager", "director", "head", "vp", "vice",
                                         "supervisor", "owner", "partner"}
_MIN_GRADES = 3
_MAX_BASE_WORDS = 3


def _grade_base(title: str) -> str | None:
    """``title`` without its grade words and numerals ("Senior ATCO", "ATCO II" -> "ATCO")."""
    words = title.split()
    base = [w for w in words if w.lower() not in _GRADE_WORDS and not _NUMERAL.match(w)]
    if all(w.lower() in _SCALE_NOUNS for w in base):
        return None  # "Grade III", "Grade II": grades of a scale with no title
    return " ".join(base) if 0 < len(base) <= _MAX_BASE_WORDS else None


# ("Year 2", "Period 3": a pay scale's years of service or an apprenticeship's periods;
# rules34a2: "Point 3", a pay scale's point)
_SCALE_NOUNS = frozenset({"grade", "level", "step", "band", "class", "tier", "scale", "year",
                          "period", "stage", "point"})


def _one_title(rungs: Sequence[str]) -> bool:
    """Three or more labels naming one title at different grades."""
    bases = {_grade_base(rung) for rung in rungs}
    # ("EG 5", "EG 6", "EG 8": a pay table's groups by their code name no title)
    return (len(rungs) >= _MIN_GRADES and len(bases) == 1 and None not in bases
            and not any(re.fullmatch(r"[A-Z]{1,3}", base or "") for base in bases)
            and len(set(rungs)) == len(rungs) and sum(r not in bases for r in rungs) >= 2)


# A post above a grade ladder ("Deputy Director, Rehabilitative Services", "Head of Unit").
_TOP_POST = re.compile(r"^(?:(?:Deputy|Assistant|Associate)\s+)?(?:Director|Head|Manager|"
                       r"Superintendent|Commissioner|Controller)\b[\w ,&'-]{0,60}$")


def _top_title(label: str) -> bool:
    return _TOP_POST.match(label) is not None


# A line of a grade list, the first cell of a table row ("Officer II | K | 38,370 |") or the
# title before its pay ("Senior Analyst Php 34,800").
_CELL = re.compile(r"^\s*([A-Z][\w,&'’ -]{2,70}?)\s*(?:\||$|(?=(?:[$€£₱₦₹]|Php|PHP|Ksh|KES|"
                   r"USD|EUR|GBP|Rs)\.?\s?\d)"
                   # a career grade scheme's row: "Senior Planning Officer – Grade 10 (£41,771 …"
                   r"|(?=[–—-]\s*(?:Grade|Band|Level|Scale|Pay band)\s*\d+[A-Za-z]?\s*\(\s*"
                   r"[$€£₱₦₹]\s?\d))")
_MAX_CELL_WORDS = 7


def grade_runs(lines: Sequence[tuple[int, str]]) -> list[tuple[list[str], int]]:
    """Ladders named by runs of consecutive lines (``(number, text)``) whose first cell is
    a grade of one title: a cadre list one title a line, or the rows of a pay table by
    grade ("Officer III | J | 31,270 |"); a header row before the grades is skipped.
    Each ladder comes with its first line.

    >>> grade_runs([(4, "Position | Pay |"), (5, "Ranger III | 10 |"), (6, "Ranger II | 12 |"),
    ...             (7, "Senior Ranger | 15 |"), (9, "Other text.")])
    [(['Ranger III', 'Ranger II', 'Senior Ranger'], 5)]
    """
    runs: list[list[tuple[int, str]]] = []
    for no, text in lines:
        match = _CELL.match(text)
        label = match.group(1).strip() if match else ""
        if not label or len(label.split()) > _MAX_CELL_WORDS:
            runs.append([])
            continue
        if runs and runs[-1] and runs[-1][-1][0] == no - 1:
            runs[-1].append((no, label))
        else:
            runs.append([(no, label)])
    ladders: list[tuple[list[str], int]] = []
    for run in runs:
        if not run:
            continue  # (a line of no grade: most lines; no labels form no ladder)
        for start in (0, 1):  # a header row ("Position | Monthly Salary |") first
            rungs, _ = grade_ladder([label for _, label in run[start:]])
            if rungs:
                ladders.append((rungs, run[start][0]))
                break
    return ladders


# A post on a line of its own with its pay band in brackets ("Specialist podiatrist (Band 6)").
_BANDED_LINE = re.compile(r"^\s*(?P<title>[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,5})\s*"
                          r"\((?:Band|Grade|Level)\s+(?P<band>\d{1,2})[a-z]?\)\s*$")


def band_runs(lines: Sequence[tuple[int, str]]) -> list[tuple[list[str], int]]:
    """Ladders printed as runs of consecutive lines (``(number, text)``, blank lines left
    out), each a post with its pay band in brackets, three or more of them on rising bands
    and one head noun ("Podiatrist (Band 5)", "Specialist podiatrist (Band 6)", "Advanced
    podiatrist (Band 7)"). Each ladder comes with its first line.

    >>> band_runs([(3, "Podiatrist (Band 5)"), (5, "Specialist podiatrist (Band 6)"),
    ...            (7, "Advanced podiatrist (Band 7)"), (9, "Pay rises each year.")])
    [(['Podiatrist', 'Specialist Podiatrist', 'Advanced Podiatrist'], 3)]
    >>> band_runs([(1, "Nurse (Band 5)"), (2, "Porter (Band 2)"), (3, "Nurse (Band 6)")])
    []
    """
    runs: list[list[tuple[int, str, int]]] = [[]]
    for no, text in lines:
        match = _BANDED_LINE.match(text)
        if match is None:
            runs.append([])
            continue
        runs[-1].append((no, match.group("title"), int(match.group("band"))))
    ladders: list[tuple[list[str], int]] = []
    for run in runs:
        heads = {title.split()[-1].lower() for _, title, _ in run}
        bands = [band for _, _, band in run]
        if len(run) >= _MIN_GRADES and len(heads) == 1 and all(
                low < high for low, high in itertools.pairwise(bands)):
            ladders.append(([title_case(title) if title.split()[-1].islower() else title
                             for _, title, _ in run], run[0][0]))  # ("Specialist podiatrist")
    return ladders


# (carry38) A pay grid's row: a level's code (letters and a number, "D2", "T3"), then a
# title, then a figure ("Level D2 – Dental Nurse – £26,000 (band …)", a table's "D2 | Dental
# Nurse | £26,100 | …").
_CODED_ROW = re.compile(r"^\s*(?:Level\s+)?(?P<letters>[A-Z]{1,2})(?P<number>\d{1,2})\s*[–—|:-]\s*"
                        r"(?P<title>[A-Z][\w'’&/ -]{2,60}?)\s*[–—|:-]\s*"
                        r"(?:[$€£₹]|[A-Z]{3}\s?)\d")


def coded_runs(lines: Sequence[tuple[int, str]], role: str) -> list[list[tuple[str, int]]]:
    """Ladders of a pay grid's consecutive rows (``lines`` as ``(number, text)``, blank lines
    left out), each a level's code, a title and a figure, the codes of one series rising one
    by one ("T1", "T2", "T3"): three rows or more, one of them the page's ``role`` (a grid of
    the role's job family, lowest level first).

    >>> rows = [(3, "Level K1 – Trainee Cook – £21,000"), (4, "Level K2 – Cook – £24,000"),
    ...         (5, "Level K3 – Senior Cook – £27,500 (band £26,000–£29,000)"),
    ...         (6, "Level K4 – Head Chef – £31,000")]
    >>> [[title for title, _ in chain] for chain in coded_runs(rows, "Cook")]
    [['Trainee Cook', 'Cook', 'Senior Cook', 'Head Chef']]
    >>> coded_runs(rows, "Porter"), coded_runs([rows[0], rows[2], rows[3]], "Cook")
    ([], [])
    """
    chains: list[list[tuple[str, int]]] = []
    run: list[tuple[str, int, str, int]] = []  # (letters, number, title, line)
    for no, text in [*lines, (-1, "")]:
        row = _CODED_ROW.match(text) if text[:1] in "L|" or text[:1].isupper() else None
        step = (row.group("letters"), int(row.group("number"))) if row is not None else None
        if step is None or not run or step[0] != run[-1][0] or step[1] != run[-1][1] + 1:
            if len(run) >= _MIN_GRADES and any(
                    title.lower() == role.lower() for _, _, title, _ in run):
                chains.append([(title, line) for _, _, title, line in run])
            run = []
        if row is not None and step is not None:
            # (fresh57) "L3 | Jointer's mate / Cable layer | £16.63/hr": one rung under two
            # names is its first name (the stop-55 convention), the second its other spelling
            title = row.group("title").strip()
            run.append((*step, title.split(" / ", 1)[0].strip(), no))
    return chains


def grade_ladder(labels: Sequence[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """The ladder a list of pay rows by grade forms (``labels`` in page order): its rungs and
    its branches.  Every label names the same title at another grade ("Trainee X", "X II",
    "Senior X"), three or more of them; a label "A / B" names a rung A and a branch to B from
    the rung before.  Anything else forms no ladder: ``([], [])``.

    >>> grade_ladder(["Trainee Pilot", "Pilot II", "Pilot I", "Chief Pilot / Fleet Manager"])
    (['Trainee Pilot', 'Pilot II', 'Pilot I', 'Chief Pilot'], [('Pilot I', 'Fleet Manager')])
    >>> grade_ladder(["United States", "United Kingdom", "Germany"])
    ([], [])
    """
    halves = [[part.strip() for part in label.split("/", 1)] for label in labels]
    rungs = [parts[0] for parts in halves]
    # "… Chief Physiotherapist", then "Deputy Director, Rehabilitative Services": the grades
    # may end in a post above them, printed last.
    if not (_one_title(rungs) or (_one_title(rungs[:-1]) and _top_title(rungs[-1]))):
        return [], []
    branches = [(rungs[index - 1], parts[1]) for index, parts in enumerate(halves)
                if index and len(parts) == 2 and parts[1]]
    if printed_top_first(rungs):
        rungs.reverse()
    return rungs, branches


# A title right before its years in a level table flattened into one line ("… Graduate
# Landscape Architect 0 – 3 Mid Level …", "Design Director 15+").
_TITLE_YEARS = re.compile(r"((?:[A-Z][\w&'’-]*\s+){0,5}[A-Z][\w&'’-]*)\s+"
                          r"(\d{1,2})(?:\s*(?:[-–—]|to)\s*\d{1,2}|\+)(?=\s|$)")

# The years part of _TITLE_YEARS alone: a line without it has no rung (one cheap scan).
_YEARS = re.compile(r"\d\d?(?:\s*(?:[-–—]|to)\s*\d{1,2}|\+)(?=\s|$)")

# Words of a level table's header and level column, never part of a rung's title.
_TABLE_WORDS = frozenset({"Level", "Levels", "Title", "Titles", "Years", "Experience", "Entry",
                          "Mid", "Top", "Range", "Salary"})


def years_ladder(text: str, is_title: Callable[[str], bool]) -> list[str]:
    """The rungs of a level table flattened into one line: three or more titles, each
    right before its years, the years rising.  A title is the longest tail of the
    capitalised words before the years that ``is_title`` accepts.

    >>> years_ladder("Level Pay Title Years Entry $30k Junior Baker 0 - 2 Mid Level $40k Baker"
    ...              " 2 - 5 Senior $55k Senior Baker 5 - 9 Top $70k+ Head Baker 9+",
    ...              lambda t: t.endswith("Baker"))
    ['Junior Baker', 'Baker', 'Senior Baker', 'Head Baker']
    """
    rungs: list[str] = []
    starts: list[int] = []
    if _YEARS.search(text) is None:
        return rungs  # no years: a prose row, not worth the title search at every capital
    for match in _TITLE_YEARS.finditer(text):
        words = match.group(1).split()
        title = next((" ".join(words[i:]) for i in range(len(words))
                      if is_title(" ".join(words[i:])) and not _TABLE_WORDS & set(words[i:])),
                     None)
        if title is not None:
            rungs.append(title)
            starts.append(int(match.group(2)))
    rising = all(a < b for a, b in itertools.pairwise(starts))
    return rungs if len(rungs) >= _MIN_GRADES and rising else []


# A level line of a career framework ("- L3: Senior Support Engineer", "Level 2 — Analyst",
# "IC4: Staff Designer", "M1: Team Lead") and a line naming a track ("IC Track", "Manager
# track:", "Management Track").
_LEVEL_LINE = re.compile(r"^[-•*\s]*(?:L|Level\s+|IC|M|P|E)(\d{1,2})\s*[:.—–-]\s+"
                         r"([A-Z][\w,&'’ -]{2,70}?)\s*$")
_TRACK_LINE = re.compile(r"^[-•*\s]*(?:individual[- ]contributor|ic|manage(?:r|ment|rial)|"
                         r"people[- ]manage(?:r|ment)|leadership|technical|specialist)\s+"
                         r"(?:track|path|ladder)\s*:?\s*$", re.IGNORECASE)


# A heading naming a level, alone or with its title ("Level 2", "Level 3 Performance Coach").
# (also a pay band or grade titled by its post: "Band 7: Specialist Orthoptist", "Band 8a: …")
_LEVEL_HEADING = re.compile(r"^(?:Level|Band|Grade)\s+(\d{1,2})[a-d]?\b\s*[:.—–-]?\s*(.*)$",
                            re.IGNORECASE)


def level_heading(text: str) -> tuple[int, str] | None:
    """The number and title (empty for none) of a level heading, or None.

    >>> level_heading("Level 3 Performance Coach"), level_heading("Level 1")
    ((3, 'Performance Coach'), (1, ''))
    >>> level_heading("Levels of pay") is None
    True
    """
    match = _LEVEL_HEADING.match(text.strip())
    return (int(match.group(1)), match.group(2).strip()) if match else None


def level_ladder(levels: Sequence[tuple[int, str, int]]) -> list[tuple[str, int]]:
    """The ladder that level headings in rising order form when each adds a title
    ("Level 1 Assistant Coach", "Level 2 Club Coach" …: ``(number, title, line)``); bare
    "Level N" headings are levels of the page's own role and form none.

    >>> level_ladder([(1, "Assistant Coach", 5), (2, "Club Coach", 7)])
    [('Assistant Coach', 5), ('Club Coach', 7)]
    >>> level_ladder([(1, "", 5), (2, "", 7)])
    []
    """
    titled = [(number, title, line) for number, title, line in levels if title]
    rising = all(a[0] < b[0] for a, b in itertools.pairwise(titled))
    return [(title, line) for _, title, line in titled] if len(titled) >= 2 and rising else []


def level_tracks(lines: Sequence[tuple[int, str]]) -> list[list[tuple[str, int]]]:
    """The ladders a framework's level lists form (``lines`` as ``(number, text)``): each
    run of "L<n>: Title" lines is a track, read in level order; a later track (after a
    "Manager Track" line) branches from the first track's rung one level below its own
    first rung.  Each ladder is a chain of ``(title, line)``.

    >>> chains = level_tracks([(1, "IC Track"), (2, "- L1: Junior Baker"), (3, "- L2: Baker"),
    ...     (4, "- L3: Senior Baker"), (5, "Manager Track"), (6, "- L3: Bakery Lead"),
    ...     (7, "- L4: Bakery Manager")])
    >>> [[title for title, _ in chain] for chain in chains]
    [['Junior Baker', 'Baker', 'Senior Baker'], ['Baker', 'Bakery Lead', 'Bakery Manager']]
    """
    tracks: list[list[tuple[int, str, int]]] = []  # (level, title, line)
    fresh = True
    for no, text in lines:
        # (the level test first: it fails fast on most lines; a track line has no level)
        match = _LEVEL_LINE.match(text)
        if match is None or _TRACK_LINE.match(text):
            fresh = True
            continue
        level = int(match.group(1))
        if fresh or (tracks and tracks[-1] and level <= tracks[-1][-1][0]):
            tracks.append([])
        tracks[-1].append((level, match.group(2).strip(), no))
        fresh = False
    tracks = [t for t in tracks if len(t) >= 2]
    if not tracks:
        return []
    main = tracks[0]
    chains = [[(title, no) for _, title, no in main]]
    for track in tracks[1:]:
        first_level = track[0][0]
        below = [(title, no) for level, title, no in main if level < first_level]
        if main[0][0] >= first_level:  # a second list of the same levels: a ladder of its own
            chains.append([(title, no) for _, title, no in track])
            continue
        chains.append([below[-1], *((title, no) for _, title, no in track)])
    return chains


# A line of year ranges only, one per title of a table flattened column by column
# ("15+ 10 - 14 6 - 9 3 - 5 0 - 2").
_RANGES_LINE = re.compile(r"^(?:\d{1,2}\s*(?:[-–]\s*\d{1,2}|\+)\s*){3,}$")
_RANGE = re.compile(r"(\d{1,2})\s*(?:[-–]\s*\d{1,2}|\+)")


def _column_titles(text: str, is_title: Callable[[str], bool]) -> list[str]:
    """The titles of one cell of a title column ("Head of sourcing / Merchandising director":
    two), in Title Case, or [] when a part is no title."""
    parts = [title_case(part.strip()) for part in text.split(" / ")]
    return parts if all(part and is_title(part) for part in parts) else []


def column_ladder(lines: Sequence[tuple[int, str]],
                  is_title: Callable[[str], bool]) -> list[list[tuple[str, int]]]:
    """The ladders of a table flattened column by column (``lines`` as ``(number, text)``):
    its titles one a line, then (under at most one header line) a line of year ranges, one
    per title, in the same order.  The rungs rise with their years; a cell naming two titles
    ("A / B") is two rungs at one step, the second a branch from the rung below.

    >>> chains = column_ladder([(1, "Chief baker / Bakery manager"), (2, "Senior baker"),
    ...     (3, "Baker"), (4, "Years"), (5, "10+ 5 - 9 0 - 4")], lambda t: "Bak" in t)
    >>> [[title for title, _ in chain] for chain in chains]
    [['Baker', 'Senior Baker', 'Chief Baker'], ['Senior Baker', 'Bakery Manager']]
    """
    chains: list[list[tuple[str, int]]] = []
    for index, (_, text) in enumerate(lines):
        if not text[:1].isdigit() or _RANGES_LINE.match(text.strip()) is None:
            continue
        starts = [int(match.group(1)) for match in _RANGE.finditer(text)]
        above = index - 1
        if above >= 0 and not _column_titles(lines[above][1], is_title):
            above -= 1  # a header line ("Year(s) of Experience")
        cells: list[tuple[list[str], int]] = []
        while above >= 0 and (titles := _column_titles(lines[above][1], is_title)):
            cells.insert(0, (titles, lines[above][0]))
            above -= 1
        if len(cells) != len(starts) or len(cells) < _MIN_GRADES:
            continue
        rising = [cell for _, cell in sorted(zip(starts, cells, strict=True),
                                             key=lambda pair: pair[0])]
        chains.append([(titles[0], line) for titles, line in rising])
        chains.extend([(rising[step - 1][0][0], rising[step - 1][1]), (other, line)]
                      for step, (titles, line) in enumerate(rising) if step
                      for other in titles[1:])
    return chains


# A row of a position table with its cells glued ("Shipping Clerk Prepare invoices … 0-2 yrs
# F.5"): the title, then a description opening with a capital, and the years somewhere.
_ROW_YEARS = re.compile(r"\b(\d{1,2})\s*(?:[-–]\s*\d{1,2}\s*|\+\s*)?(?:yrs?|years?)\b")


def row_ladder(lines: Sequence[tuple[int, str]],
               title_at: Callable[[str], str | None]) -> list[list[tuple[str, int]]]:
    """Ladders of consecutive table rows (``lines`` as ``(number, text)``), each opening
    with a role title (``title_at``) followed by its description, each stating years of
    experience, the years rising: three rows or more.

    >>> title_at = lambda t: next((x for x in ("Junior Baker", "Baker", "Head Baker")
    ...                            if t.startswith(x + " ")), None)
    >>> [[t for t, _ in c] for c in row_ladder([(1, "Junior Baker Mixes dough. 0-2 yrs"),
    ...     (2, "Baker Bakes bread. 2-5 yrs"), (3, "Head Baker Runs the shift. 6+ yrs")],
    ...     title_at)]
    [['Junior Baker', 'Baker', 'Head Baker']]
    """
    chains: list[list[tuple[str, int]]] = []
    run: list[tuple[str, int, int]] = []  # title, years, line
    last = -1
    for no, text in [*lines, (-1, "")]:
        years = _ROW_YEARS.search(text) if "yr" in text or "year" in text else None
        title = title_at(text) if years is not None and text[:1].isupper() else None
        rest = text[len(title):].lstrip() if title else ""
        if title is None or not rest[:1].isupper() or (run and no != last + 1):
            if len(run) >= _MIN_GRADES and all(
                    a[1] < b[1] for a, b in itertools.pairwise(run)):
                chains.append([(t, line) for t, _, line in run])
            run = []
        if title is not None and years is not None and rest[:1].isupper():
            run.append((title, int(years.group(1)), no))
        last = no
    return chains


# Where a flattened table's title cell meets the next cell with no space ("Support
# Escalation EngineerOwn escalations …").
_CELL_GLUE = re.compile(r"(?<=[a-z)])(?=[A-Z][a-z])")
_GLUED_GAP = 8  # lines a row's other cells may take before the next row's title


def glued_rows(lines: Sequence[tuple[int, str]],
               is_title: Callable[[str], bool]) -> list[list[tuple[str, int]]]:
    """Ladders of a level table flattened so that each title cell is glued to its row's
    first cell ("Senior BakerRuns the night shift"), the row's other cells on the lines
    below: three rows or more, distinct titles, in page order.

    >>> is_title = lambda t: t.endswith("Baker")
    >>> [[t for t, _ in c] for c in glued_rows([(1, "Junior BakerMixes dough"),
    ...     (2, "Weighs flour"), (3, "BakerBakes bread"), (4, "Head BakerRuns the shift")],
    ...     is_title)]
    [['Junior Baker', 'Baker', 'Head Baker']]
    """
    chains: list[list[tuple[str, int]]] = []
    run: list[tuple[str, int]] = []
    for no, text in [*lines, (-1, "")]:
        glue = _CELL_GLUE.search(text, 0, 80) if text[:1].isupper() else None
        title = text[: glue.start()] if glue is not None else ""
        if title and (not is_title(title) or len(title.split()) > _MAX_CELL_WORDS):
            title = ""
        if title and run and no - run[-1][1] <= _GLUED_GAP and title not in {
                t for t, _ in run}:
            run.append((title, no))
            continue
        if no == -1 or (title or (run and no - run[-1][1] > _GLUED_GAP)):
            if len(run) >= _MIN_GRADES:
                chains.append(run)
            run = [(title, no)] if title else []
    return chains


_MIN_HEADING_RUNGS = 2
_PART_WORDS = 4  # "… Job Grade", "… Responsibilities": what a rung's own sub-heading adds


def heading_rungs(headings: Sequence[tuple[int, str]],
                  is_title: Callable[[str], bool]) -> list[tuple[str, int]]:
    """The rungs of a ladder printed as blocks of headings that repeat their level's title
    ("Senior Baker" / "Senior Baker Job Grade" / "Senior Baker Responsibilities", then
    "Head Baker" / "Head Baker Responsibilities"): each title heading that a later heading
    repeats with a few words after it, in page order; [] unless two or more.

    >>> heading_rungs([(1, "Levels"), (2, "Baker"), (3, "Baker Job Grade"),
    ...                (4, "Senior Baker"), (5, "Senior Baker Duties"), (6, "Skills")],
    ...               lambda t: t.split(" (")[0].endswith("Baker"))
    [('Baker', 2), ('Senior Baker', 4)]
    >>> heading_rungs([(1, "Baker"), (2, "Senior Baker")], lambda t: True)
    []
    """
    rungs: list[tuple[str, int]] = []
    for index, (no, text) in enumerate(headings):
        if not is_title(text):
            continue
        after = headings[index + 1 : index + 4]  # its own sub-headings come next
        if any(other.startswith(f"{text} ") and len(other.split()) - len(text.split())
               <= _PART_WORDS and not is_title(other) for _, other in after):
            rungs.append((text, no))
    return rungs if len(rungs) >= _MIN_HEADING_RUNGS else []


# a box's note on its own line: "(seasonal)", "(B.S. required)"
_NOTE_LINE = re.compile(r"^\(.*\)$")
_BOX_WORDS = 3  # the most words of one line of a box


def broken_boxes(lines: Sequence[str], is_title: Callable[[str], bool]) -> list[str]:
    """The rungs of a career-ladder graphic flattened one box a line, its titles broken
    across lines ("Forestry" / "Technician") and notes on lines of their own, in reading
    order: each title is the shortest run of lines that is a title (a title and the next
    box's first words can pass for one long title); [] unless every line
    belongs to a title or a note and three titles or more are named.

    >>> known = {"Forestry Aide", "Forestry Technician", "Forester", "District Forest Manager"}
    >>> broken_boxes(["Forestry Aide", "(seasonal)", "Forestry", "Technician", "Forester",
    ...               "(B.S. required)", "District Forest", "Manager"], known.__contains__)
    ['Forestry Aide', 'Forestry Technician', 'Forester', 'District Forest Manager']
    >>> broken_boxes(["Forestry", "crews plant", "trees"], known.__contains__)
    []
    """
    parts = [line.strip() for line in lines if not _NOTE_LINE.match(line.strip())]
    if any(not p or len(p.split()) > _BOX_WORDS or p[-1:] in ".,;:" for p in parts):
        return []
    rungs: list[str] = []
    start = 0
    while start < len(parts):
        ends = [end for end in range(start + 1, min(start + _BOX_WORDS, len(parts)) + 1)
                if is_title(" ".join(parts[start:end]))]
        if not ends:
            return []
        rungs.append(" ".join(parts[start:ends[0]]))
        start = ends[0]
    return rungs if len(rungs) >= _MIN_GRADES else []
