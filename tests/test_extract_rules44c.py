"""Structures found in a second pass over held-back set 44: a job board's "Similar jobs:"
strip left at the end of a career section (other vacancies, no rungs), a site's menu that
looks like a table's header lines above a posting's strip (no columns for it), and a word
praising a firm before its bare noun ("a growing company": no sector).  Every page here is
invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.sector_noise import clean_sector
from careergraph.guides.similar_offers import offer_strip


def _texts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def test_similar_jobs_strip_ends_a_career_section() -> None:
    page = ("Roofer\n\nWhat we need\n- slating and tiling\n- reading roof plans\n\n"
            "Growing with us\nA good roofer can become a charge hand and later a site "
            "supervisor.\n\nSimilar jobs: Glazier · Trnava · 6,80 €/h | Carpenter · Ni\n")
    guide = parse_text(page, "roofer.txt")
    moves = _texts(guide, "leads_to") | _texts(guide, "transitions_to")
    assert "Glazier" not in moves and "Carpenter" not in moves
    assert any(b.role == "Glazier" and b.min == 6.8 for b in guide.salaries)
    assert offer_strip("Similar offers: Welder · Brno | Fitter · Plzeň")
    assert not offer_strip("Similar roles include welder and fitter")


def test_a_menu_heads_no_posting_strip_below() -> None:
    page = ("stavjob.sk  Find jobs | Employers | Pay checker | Sign in\n"
            "Construction › Trades › Roofer\n\nROOFER - FLAT ROOFS\n"
            "KROVSTAV Trnava s.r.o. | Trnava | full-time | published 3. 11. 2026\n\n"
            "What we need\n- slating and tiling\n")
    guide = parse_text(page, "roofer.txt")
    assert "Trnava" not in _texts(guide, "employers")
    # a table's rows straight under its header still read their column
    table = ("Welder\n\nWhere welders work\n\nEmployer | Town | Openings\n"
             "Dunmore Fabrication Ltd | Leeds | 4\nKelso Yard Ltd | Hull | 2\n")
    assert {"Dunmore Fabrication Ltd", "Kelso Yard Ltd"} <= _texts(
        parse_text(table, "welder.txt"), "employers")


def test_a_praised_firm_is_no_sector() -> None:
    assert clean_sector("growing company") is None
    assert clean_sector("a dynamic firm") is None  # one firm described (prec14's rule)
    assert clean_sector("construction company") == "construction company"
    page = ("Glazier\n\nWe offer\n- Steady work for a growing company with its own workshop\n"
            "\nAbout us: Industry: Construction\n")
    assert "growing company" not in _texts(parse_text(page, "glazier.txt"), "sectors")


def test_a_personal_run_in_lists_traits() -> None:
    from careergraph.guides.criteria import criterion_skills
    # the run-in names the kind of criteria, no skill; a quality and its doer stay one trait
    assert criterion_skills("Personal: calm negotiator, punctual, keen to learn new rotas.") == [
        "calm negotiator", "punctual"]
    assert criterion_skills("Personal qualities: a patient listener, well organised") == [
        "patient listener", "well organised"]
    assert criterion_skills("Good computer skills") == ["computer skills"]
