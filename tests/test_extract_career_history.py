"""A profile's dated career history, printed newest first under "Career history" or
"Professional background": read earliest first it is a ladder into the role; a job of
another kind right before the role's first is a move in; the employers of the role's jobs
(and of jobs of its kind) employ it, an earlier employer of a different job does not.

Every profile is invented here (bodies, members, firms, towns).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.career_history import career_history

SURVEYOR = (
    "Guild of Land Surveyors   Members   Find a Surveyor\n"
    "Find a Surveyor › Profile\n"
    "Tomasz Wierzbicki MGLS\n"
    "Principal Land Surveyor · Oakridge Geomatics Ltd\n"
    "Specialisms\n"
    "Topographic surveys | Boundary disputes | GNSS control networks\n"
    "Career history\n"
    "2020 – present  Principal Land Surveyor, Oakridge Geomatics Ltd, Bristol\n"
    "2014 – 2020  Senior Land Surveyor, Marlow Survey Partners, Bath\n"
    "2010 – 2014  Land Surveyor, Marlow Survey Partners, Bath\n"
    "2008 – 2010  Trainee Land Surveyor, Severn Mapping Services\n"
    "2005 – 2008  Site Labourer, Caddick Civil Works\n"
    "Education\n"
    "BSc Geography, University of Exeter\n")


def test_the_history_read_earliest_first() -> None:
    lines = list(enumerate(SURVEYOR.splitlines(), start=1))
    history = career_history(lines)
    assert [job.title for job in history.jobs] == [
        "Site Labourer", "Trainee Land Surveyor", "Land Surveyor", "Senior Land Surveyor",
        "Principal Land Surveyor"]
    assert [job.current for job in history.jobs] == [False, False, False, False, True]
    assert history.lines == {7, 8, 9, 10, 11, 12}


def test_the_history_is_a_ladder_into_the_role() -> None:
    guide = parse_text(SURVEYOR, "land-surveyor.txt")
    ladders = [[f.text for f in chain] for chain in guide.progressions]
    assert ["Trainee Land Surveyor", "Land Surveyor", "Senior Land Surveyor",
            "Principal Land Surveyor"] in ladders
    # the labouring job before the first surveying one is a move in, no rung
    assert [f.text for f in guide.moves_in] == ["Site Labourer"]
    assert not any("Site Labourer" in chain for chain in ladders)
    employers = {f.text for f in guide.employers}
    assert {"Oakridge Geomatics Ltd", "Marlow Survey Partners",
            "Severn Mapping Services"} <= employers
    assert "Caddick Civil Works" not in employers
    # the history's lines are no items of the section above them
    assert not {"Bristol", "Bath", "Career history"} & employers


def test_a_background_with_open_spans_and_a_staff_post() -> None:
    page = ("Directory › Sign language interpreter profile\n"
            "Sign Language Interpreter (freelance) · Cardiff\n"
            "MODES\n"
            "Simultaneous · Consecutive\n"
            "PROFESSIONAL BACKGROUND\n"
            "2022–  Lead interpreter: books and leads teams for conferences\n"
            "2017–  Freelance sign language interpreter, courts and hospitals\n"
            "2012–2017  Staff Interpreter, Welsh Deaf Services Trust, Cardiff\n"
            "2009–2012  Communication Support Worker (BSL), Glamorgan College\n"
            "Training: Postgraduate Diploma in Interpreting\n")
    guide = parse_text(page, "sign-language-interpreter.txt")
    ladders = [[f.text for f in chain] for chain in guide.progressions]
    # (the role worked freelance is the role itself: heldback23's README convention)
    assert ["Communication Support Worker", "Staff Interpreter",
            "Sign Language Interpreter", "Lead interpreter"] in ladders
    employers = {f.text for f in guide.employers}
    assert "Welsh Deaf Services Trust" in employers  # an interpreter's post: the same work
    assert "Glamorgan College" not in employers
    assert not any("courts" in name for name in employers)


def test_a_dated_history_without_the_role_is_no_ladder() -> None:
    page = ("Harbour Museum\nAbout the museum\n"
            "Career history\n"
            "2019 – present  Museum Director, Harbour Museum, Whitby\n"
            "2012 – 2019  Curator, Fenland Gallery, Ely\n"
            "Plumber\nPlumbers fit and repair pipes, taps and boilers.\n")
    lines = list(enumerate(page.splitlines(), start=1))
    assert len(career_history(lines).jobs) == 2
    guide = parse_text(page, "plumber.txt")
    assert not any("Curator" in [f.text for f in chain] for chain in guide.progressions)
