"""Small defects of round 38, each on an invented page: a glued skills label's items head no
section; lower-case traits glued together are cut at the traits; a names field's value ends
at the next field of its line; a figure captioned as a tail below it is no pay; a kind's
head shared by a word that is no plural."""

from __future__ import annotations

from careergraph.guides import parse_text

PORTAL = """Jobportal  |  Find jobs  Explore occupations  Sign in
Explore occupations > Technicians > Loom technicians > loom technician
Occupation profile based on ESCO v1.2 | Add to my profile | Compare
loom technician
Preferred labelloom technician
DescriptionLoom Technicians set up weaving looms and keep them running to agreed standards.
Essential skills (2)Warp TensioningShuttle Timing
Essential knowledgeDemand PlanningYarn Grading
Optional knowledgeattention to detailteamwork
Jobs for this occupation (1 of 1)
Loom Technician  ·  Threadwell Mills  ·  Tilburg, NL  ·  € 2,700 per month  ·  Full time
Was this page useful?  Yes  No
"""


def _skills(page: str) -> set[str]:
    return {s.text for s in parse_text(page, "loom-technician.txt").skills}


def test_glued_skills_label_wins_over_a_section_word_in_its_items() -> None:
    skills = _skills(PORTAL)
    assert {"Demand Planning", "Yarn Grading", "Warp Tensioning"} <= skills


def test_lower_case_traits_glued_are_cut_at_the_traits() -> None:
    skills = _skills(PORTAL)
    assert {"attention to detail", "teamwork"} <= skills
    assert "attention to detailteamwork" not in skills


def test_unknown_lower_case_words_glued_stay_unread_as_traits() -> None:
    page = PORTAL.replace("attention to detailteamwork", "loom historywarp lore")
    assert not {"loom", "history", "teamwork"} & _skills(page)


def test_one_glued_item_stays_its_labels_above_a_cut_list() -> None:
    page = PORTAL.replace("Essential knowledgeDemand PlanningYarn Grading\n",
                          "Essential knowledgeYarn Grading\n")
    assert "Yarn Grading" in _skills(page)


CARD = """Quarry Surveyor at Stonebridge Aggregates
Company: Stonebridge Aggregates
{fields}

What you will do
- Measure stockpiles with a drone and a total station
- Plan blast patterns with the shot-firer
"""


def _card(fields: str) -> tuple[set[str], set[str]]:
    guide = parse_text(CARD.format(fields=fields), "quarry-surveyor.txt")
    return {s.text for s in guide.sectors}, {e.text for e in guide.employers}


def test_fields_across_one_line_each_read_alone() -> None:
    sectors, employers = _card("Industry: Mining / Building Materials   Scale: 50-200 staff")
    assert {"Mining", "Building Materials"} <= sectors
    assert not any("Scale" in name for name in sectors | employers)


def test_a_value_with_a_wide_gap_but_no_second_label_stays_whole() -> None:
    sectors, _ = _card("Industry: Mining / Building Materials   (since 1988)")
    assert "Mining" in sectors


INFOGRAPHIC = """SO YOU WANT TO BE A
TUNNEL INSPECTOR?
a career in 4 panels

1  THE MONEY
$71,300
MEDIAN PAY / YEAR*
$49K                    $128K
STARTING                {caption}

2  SKILLS YOU NEED
Ground radar surveys
Report writing
"""


def _pay(caption: str) -> set[float]:
    page = INFOGRAPHIC.format(caption=caption)
    return {s.min for s in parse_text(page, "tunnel-inspector.txt").salaries if s.min}


def test_a_figure_captioned_as_a_tail_below_it_is_no_pay() -> None:
    figures = _pay("TOP 10%")
    assert 128000 not in figures
    assert {71300, 49000} <= figures


def test_a_figure_captioned_as_a_level_below_it_stays_pay() -> None:
    assert {49000, 128000} <= _pay("EXPERIENCED")


def _kinds(sentence: str) -> list[str]:
    from careergraph.guides.vocab import Vocabulary
    from careergraph.guides.workplaces import workplaces
    from careergraph.lexicon import load_lexicon

    return workplaces(sentence, Vocabulary.from_lexicon(load_lexicon()), "electrician")[1]


def test_a_short_word_that_is_no_plural_shares_the_kinds_head() -> None:
    kinds = _kinds("Demand is highest among quarry contractors, forestry dealerships "
                   "and bus and ferry operators.")
    assert "bus and ferry operators" in kinds
    assert "bus" not in kinds


def test_a_known_sector_and_a_known_sector_kind_stay_two() -> None:
    kinds = _kinds("Demand is highest among quarry contractors, retail and financial "
                   "services firms.")
    assert "retail" in kinds
    assert "retail and financial services firms" not in kinds


def test_two_plural_kinds_stay_two() -> None:
    kinds = _kinds("Demand is highest among quarry contractors, hospitals and care homes.")
    assert {"hospitals", "care homes"} <= set(kinds)
