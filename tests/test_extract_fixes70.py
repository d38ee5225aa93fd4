"""Defects other helpers noticed, each on an invented page (helper fixes70)."""

from benchmarks.extraction import facts_of

from careergraph.guides.read import parse_text


def _clerk(line: str) -> list[str]:
    page = f"""Court Clerk

Court clerks keep the records of court proceedings.

Requirements
{line}
"""
    return list(facts_of(parse_text(page, "clerk.txt")).skills)


def test_a_semicolon_list_after_a_competence_cue_gives_its_skills() -> None:
    want = ["case management systems", "court procedure", "records retention"]
    assert _clerk("Applicants must be conversant with case management systems; court "
                  "procedure; records retention.") == want
    assert _clerk("Applicants must be conversant with: case management systems; court "
                  "procedure; records retention.") == want


def test_semicolon_clauses_after_a_cue_are_no_skills() -> None:
    assert _clerk("Applicants should be familiar with spreadsheets; the manager supplies "
                  "training; you learn the rest.") == []
