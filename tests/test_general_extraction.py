"""Layout-agnostic extraction: one test per structure real career-guide pages use."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from careergraph.build import build_graph
from careergraph.cli import app
from careergraph.errors import GuideError
from careergraph.guides import parse_text
from careergraph.guides.salary import read_salaries
from careergraph.model import EdgeType, Guide, SkillKind, Source

SRC = Source(file="g.txt", line=1)


def texts(facts: list) -> list[str]:  # type: ignore[type-arg]
    return [f.text for f in facts]


def test_headings_colon_markdown_and_bullet_label() -> None:
    guide = parse_text(
        "Data Scientist | Career Wiki\n"
        "• Advancement To: Senior Data Scientist, Data Science Manager\n"
        "## Lateral Moves\n"
        "- Machine Learning Engineer\n"
        "Feeder roles: Data Analyst\n",
        "ds.txt",
    )
    assert (guide.role.text, guide.role_signal) == ("Data Scientist", "page_title")
    assert texts(guide.leads_to) == ["Senior Data Scientist", "Data Science Manager"]
    assert texts(guide.transitions_to) == ["Machine Learning Engineer"]
    assert texts(guide.moves_in) == ["Data Analyst"]


def test_heading_glued_to_its_text() -> None:
    guide = parse_text("Cloud Architect Job Description\nEntry Point FromSolutions Architect\n",
                       "c.txt")
    assert guide.role.text == "Cloud Architect"
    assert texts(guide.moves_in) == ["Solutions Architect"]


def test_role_signals_breadcrumb_plural_and_file_name() -> None:
    crumb = parse_text("Skip to main content\nHome > Careers > Electrician\nElectricians "
                       "install wiring.\n", "e.txt")
    assert (crumb.role.text, crumb.role_signal) == ("Electrician", "breadcrumb")
    plural = parse_text("Data scientists play a key part in product teams.\n", "p.txt")
    assert (plural.role.text, plural.role_signal) == ("Data Scientist", "plural_opening")
    named = parse_text("Overview\nThis page is about pipelines.\n", "guides/data-engineer.txt")
    assert (named.role.text, named.role_signal) == ("Data Engineer", "file_name")
    assert any("file name" in p.message for p in named.problems)


def test_file_name_title_the_lexicon_does_not_know_needs_the_text_to_repeat_it() -> None:
    # "Layer" is no role head the lexicon knows ("Sweep" is one since fixes66); the page
    # names "hedge layer" twice, once as a noun for a person ("every hedge layer").
    page = "Overview\nWhy people love it\nEvery hedge layer needs a ladder.\n" \
           "Most hedge layers work in autumn.\n"
    named = parse_text(page, "cards/site-hedge-layer.txt")
    assert (named.role.text, named.role_signal) == ("Hedge Layer", "file_name")
    assert any("file name" in p.message for p in named.problems)
    # Said once, or only as menu words ("About us"), the file name is no evidence: the
    # page is still rejected.
    once = "Overview\nWhy people love it\nEvery hedge layer needs a ladder.\n"
    with pytest.raises(GuideError, match="no role found"):
        parse_text(once, "cards/site-hedge-layer.txt")
    with pytest.raises(GuideError, match="no role found"):
        parse_text("Overview\nAbout us\nWe write pages. About us and more.\n", "about-us.txt")


def test_file_name_title_keeps_the_capitals_the_page_prints() -> None:
    page = "Overview\nBook a mobile DJ early.\nEvery mobile DJ carries spare cables.\n"
    named = parse_text(page, "guides/mobile-dj.txt")
    assert (named.role.text, named.role_signal) == ("Mobile DJ", "file_name")
    # A heading shouted in capitals says nothing of a word's own spelling.
    shouted = ("Overview\nREGISTERED NURSE DUTIES\nEvery registered nurse works shifts.\n"
               "A registered nurse cares.\n")
    assert parse_text(shouted, "guides/registered-nurse.txt").role.text == "Registered Nurse"


def test_arrow_ladder_with_bare_level_steps() -> None:
    guide = parse_text("Site Reliability Engineer\nCareer Ladder\n"
                       "Later on: Senior → Staff → Principal\n", "sre.txt")
    # The steps are the role's own grades, so the ladder starts from the role (moves10).
    assert [texts(chain) for chain in guide.progressions] == [[
        "Site Reliability Engineer", "Senior Site Reliability Engineer",
        "Staff Site Reliability Engineer", "Principal Site Reliability Engineer"]]


def test_slash_titles_split_only_when_they_name_two_roles() -> None:
    guide = parse_text(
        "SRE / Reliability Lead\nCan Lead To\nSRE Manager / Reliability Engineering Lead\n"
        "Career Guide\nMajor Employers\nGoogle\nTransition Opportunities\n"
        "ML Platform Tech Lead / Engineering Lead\n",
        "sre.txt",
    )
    assert texts(guide.leads_to) == ["SRE Manager", "Reliability Engineering Lead"]
    assert texts(guide.transitions_to) == ["ML Platform Tech Lead / Engineering Lead"]


def test_prose_moves() -> None:
    guide = parse_text("A Platform Engineer builds internal tools. With experience you can "
                       "advance to Staff Engineer or Engineering Manager.\n", "p.txt")
    assert texts(guide.leads_to) == ["Staff Engineer", "Engineering Manager"]


def test_moves_in_become_edges_into_the_role() -> None:
    guide = parse_text("Data Scientist Career Guide\nTypical Background\n- Data Analyst\n",
                       "d.txt")
    graph, _ = build_graph([guide])
    assert graph.has_edge("role:data-analyst", "role:data-scientist", key=EdgeType.LEADS_TO)


def test_salary_grammar() -> None:
    def read(text: str) -> list[tuple[object, ...]]:
        return [(s.currency, s.min, s.max, s.open_ended, s.period, s.region, s.statistic)
                for s in read_salaries(text, label="", level=None, source=SRC)]

    assert read("€45k – €65k") == [("EUR", 45000, 65000, False, "year", None, "range")]
    assert read("110,000 to 150,000 USD") == [("USD", 110000, 150000, False, "year", None,
                                               "range")]
    assert read("USD 210,000 to 300,000 plus") == [("USD", 210000, 300000, True, "year",
                                                    None, "range")]
    assert read("India: ₹5L–₹34L/yr | UK: £40,000 or more") == [
        ("INR", 500000, 3400000, False, "year", "India", "range"),
        ("GBP", 40000, None, True, "year", "UK", "range")]
    assert read("$43.94 per hour") == [("USD", 43.94, 43.94, False, "hour", None, "range")]
    assert read("Median pay: $91,400") == [("USD", 91400, 91400, False, "year", None,
                                            "median")]
    assert read("The market will reach $5.9 billion") == []


def test_salary_level_glued_and_bare_amount_under_a_level_heading() -> None:
    guide = parse_text("Data Engineer\nCareer Guide\nMedian Salary Range\n"
                       "Entry Level110,000 to 150,000\nCan Lead To\nStaff Data Engineer\n",
                       "d.txt")
    assert [(s.level, s.min, s.max) for s in guide.salaries] == [("entry", 110000, 150000)]
    assert not guide.problems


def test_prose_enumeration_and_labelled_skill_lists() -> None:
    guide = parse_text(
        "Data Scientist\nSkills\n"
        "You need a strong foundation in mathematics, including machine learning, neural "
        "networks and computational statistics.\n"
        "- Tools: pandas, scikit-learn and dbt\n",
        "d.txt",
    )
    by_kind = {(s.text, s.kind) for s in guide.skills}
    assert {("machine learning", SkillKind.TECHNICAL), ("neural networks", SkillKind.TECHNICAL),
            ("computational statistics", SkillKind.TECHNICAL)} <= by_kind
    assert {("pandas", SkillKind.TOOL), ("dbt", SkillKind.TOOL)} <= by_kind
    assert "Tools" not in {s.text for s in guide.skills}


def test_truncated_items_are_reported_not_read() -> None:
    guide: Guide = parse_text("Incident Manager Career Guide\nAdvancement To\n"
                              "- Head of Incident Response\n- VP Engineering (In", "i.txt")
    assert texts(guide.leads_to) == ["Head of Incident Response"]
    assert [(p.line, "cut off" in p.message) for p in guide.problems] == [(4, True)]


def test_unknown_sections_are_unused_not_guessed() -> None:
    guide = parse_text("Data Engineer\nCommute Tips\nTake the train.\n", "d.txt")
    assert {u.text for u in guide.coverage.unused} >= {"Take the train."}


def test_build_reports_rejected_guides_and_keep_going(tmp_path: Path) -> None:
    (tmp_path / "data-engineer.txt").write_text("Data Engineer\nCan Lead To\nStaff Engineer\n"
                                                "Career Guide\nMajor Employers\nIBM\n")
    (tmp_path / "zz.txt").write_text("Overview\nNothing here.\n")
    (tmp_path / "README.md").write_text("How to use this folder\n")
    runner = CliRunner()
    result = runner.invoke(app, ["build", str(tmp_path), "--no-cache"])
    assert result.exit_code == 2
    assert "2 guides: 1 used, 1 rejected" in result.output
    assert "zz.txt: rejected" in result.output
    assert "README.md:1: warning: skipped: not a guide" in result.output
    kept = runner.invoke(app, ["build", str(tmp_path), "--no-cache", "--keep-going"])
    assert kept.exit_code == 0


def test_mojibake_is_repaired_before_reading() -> None:
    guide = parse_text("Data Analyst\nCareer Ladder\nJunior Data Analyst β€” Data Analyst β€” "
                       "Senior Data Analyst\nCan Lead To\nAnalytics Manager\n", "d.txt")
    assert all("β€" not in f.text for f in guide.leads_to)
    assert texts(guide.leads_to) == ["Analytics Manager"]


def test_other_data_files_in_a_folder_are_notes_named_ones_errors(tmp_path: Path) -> None:
    from careergraph.guides import load_corpus

    (tmp_path / "data-engineer.yaml").write_text("role: Data Engineer\n")
    (tmp_path / "package-info.json").write_text('{"name": "x"}')
    corpus = load_corpus([tmp_path])
    assert [g.role.text for g in corpus.guides] == ["Data Engineer"]
    assert [(p.file, p.severity.value) for p in corpus.problems] == [
        ("package-info.json", "warning")]
    named = load_corpus([tmp_path / "package-info.json"])
    assert [p.severity.value for p in named.problems] == ["error"]


def test_lookups_say_a_role_guide_was_rejected(tmp_path: Path) -> None:
    (tmp_path / "data-engineer.txt").write_text("Data Engineer\nCan Lead To\nStaff Engineer\n"
                                                "Career Guide\nMajor Employers\nIBM\n")
    (tmp_path / "site-reliability-engineer.txt").write_bytes(b"")
    runner = CliRunner()
    for args in (["role", "Site Reliability Engineer"],
                 ["path", "Site Reliability Engineer", "Staff Engineer"],
                 ["skills-gap", "Data Engineer", "Site Reliability Engineer"]):
        result = runner.invoke(app, [*args, "--guides", str(tmp_path)])
        assert result.exit_code == 3, result.output
        assert "site-reliability-engineer.txt) was rejected: empty guide file" in result.output


def test_a_median_renders_as_one_figure() -> None:
    from careergraph.cli.render import format_salary

    [median] = read_salaries("Global Median: $160,000", label="", level=None, source=SRC)
    assert format_salary(median) == "median USD 160,000"


def test_an_unlabelled_figure_is_called_pay_and_a_band_range() -> None:
    from careergraph.cli.render import _unlabelled

    [single] = read_salaries("£12.71 per hour", label="", level=None, source=SRC)
    [band] = read_salaries("£12.71 - £13.10 per hour", label="", level=None, source=SRC)
    assert (_unlabelled(single), _unlabelled(band)) == ("pay", "range")
