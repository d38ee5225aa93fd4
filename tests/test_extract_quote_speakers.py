"""A quotation and the line under it that names who said it ("NAME, POST, FIRM") give no
alias or employer of the section they stand in; a comma list of titles with a full stop under
a job-titles heading is still a list."""

from __future__ import annotations

from careergraph.guides import parse_text


def _texts(facts: list) -> list[str]:  # type: ignore[type-arg]
    return [fact.text for fact in facts]


_GLAZIER = ("Glazier apprenticeship\nOther job titles\nGlazier, window fitter, glass installer.\n"
            "“The scheme gave our starters a real feel for the trade.”\n"
            "PRIYA NAND, WORKSHOP SUPERVISOR, CORVALE GLAZIERS\n"
            "Where glaziers work\nGlaziers work for Corvale Glaziers and Brannock Windows.\n")


def test_a_speaker_line_in_a_job_titles_section_gives_no_alias() -> None:
    guide = parse_text(_GLAZIER, "glazier.txt")
    aliases = [text.lower() for text in _texts(guide.aliases)]
    assert "workshop supervisor" not in aliases and "corvale glaziers" not in aliases
    assert "Corvale Glaziers" in _texts(guide.employers)  # named again in the prose: kept


def test_a_list_of_titles_ending_in_a_full_stop_gives_aliases() -> None:
    guide = parse_text(_GLAZIER, "glazier.txt")
    assert _texts(guide.aliases) == ["Window Fitter", "Glass Installer"]


def test_a_speaker_line_under_employers_names_no_employer() -> None:
    guide = parse_text(
        "# Cellar Technician\n\n## Top employers\n\n- Orla Valley Wines\n- Tarrant Cellars\n\n"
        "\"I hired three cellar hands last season and all are still with us.\"\n"
        "Tomas Greve, Cellar Manager, Kestrel Ridge Estate\n", "cellar.md")
    assert _texts(guide.employers) == ["Orla Valley Wines", "Tarrant Cellars"]


def test_a_quotation_among_employers_is_no_employer() -> None:
    guide = parse_text(
        "# Cellar Technician\n\n## Employers\n\n"
        "Orla Valley Wines, Tarrant Cellars, Dunmore Vineyards\n“Best job I have had.”\n",
        "cellar.md")
    assert _texts(guide.employers) == ["Orla Valley Wines", "Tarrant Cellars",
                                       "Dunmore Vineyards"]


def test_a_list_of_titles_under_a_quotation_is_still_read() -> None:
    guide = parse_text(
        "Glazier apprenticeship\nOther job titles\n"
        "“Glass is a trade you never stop learning.”\n"
        "Window Fitter, Glass Installer, Glazing Operative\n", "glazier.txt")
    aliases = [text.lower() for text in _texts(guide.aliases)]
    assert "window fitter" in aliases and "glass installer" in aliases
