"""A pay survey titled by its field is about the job its headline figure names.

Invented pages in three layouts (a members' mail, a bulletin's key findings, a report with
an executive summary), each asserting the role read and that neither the field in the
survey's title nor the body that ran it is taken as the role.
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.survey_focus import survey_focus
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon

MAILS = [
    ("From: Orchard Growers Federation <office@ogf.example>\n"
     "Subject: Orchard Management Salary Survey 2025 – what you told us\n\n"
     "Hello all,\n\nOver 300 of you replied this spring. Figures by post:\n\n"
     "- Orchard Technician: median £27,400 (61 replies)\n"
     "- Senior Orchard Technician: median £33,900 (40 replies)\n\n"
     "Mean pay for Senior Orchard Technicians in each county:\n"
     "  Kent ........ £34,800\n  Herefordshire ........ £32,100\n",
     "Senior Orchard Technician"),
    ("To: all registrants of the Harbour Pilots Association\n"
     "Subject: Vessel Traffic Pay Survey 2026 — results inside\n\n"
     "Dear member,\n\nThe headline numbers, by title:\n"
     "- Vessel Traffic Officer: median $88,000\n"
     "- Chief Vessel Traffic Officer: median $121,000\n\n"
     "Medians for Chief Vessel Traffic Officers by port size:\n"
     "  Small ........ $112,000\n  Large ........ $129,500\n",
     "Chief Vessel Traffic Officer"),
    ("To: members, Council of Brewing Professionals\n"
     "Subject: Cellar Operations Remuneration Survey 2024\n\n"
     "Thanks to everyone who filled it in.\n"
     "Average salary among Cellar Supervisors: NZ$71,500\n"
     "- Cellar Hand: NZ$49,000\n- Cellar Supervisor: NZ$71,500\n",
     "Cellar Supervisor"),
]

BULLETINS = [
    ("Society of Coastal Ecologists Newsletter | No. 12\n"
     "Home  Join  Events  Newsletter\n"
     "WETLAND RESTORATION PAY SURVEY 2025\n"
     "At a glance\n• 142 replies\n"
     "• Median pay, all Wetland Restoration Officers: $64,300\n"
     "• 38% work part of the year in the field\n"
     "Title | Replies | Median\n"
     "Wetland Restoration Officer | 90 | $64,300\n",
     "Wetland Restoration Officer"),
    ("Guild of Print Finishers Quarterly\n"
     "BOOKBINDING COMPENSATION SURVEY 2026\n"
     "Main findings\n"
     "- Median annual salary for all Master Bookbinders: €46,000\n"
     "- Apprentices earned a median of €21,000\n",
     "Master Bookbinder"),
    ("Union of Stage Crew — Members' Bulletin\n"
     "THEATRE RIGGING WAGE SURVEY 2024\n"
     "Headline figures\n"
     "• Median wage of all Heads of Flying: $31.50 an hour\n"
     "• 57 replies\n",
     "Head of Flying"),
]

REPORTS = [
    ("Academy of Hydrographic Surveying\n"
     "Seabed Mapping Compensation Report 2025\n"
     "1 SUMMARY\n"
     "We received 208 complete replies. The median base salary for a chartered Hydrographic "
     "Surveyor was A$131,000.\n"
     "2 PAY BY TITLE\n"
     "Hydrographic Surveyor\t96\tA$131,000\n",
     "Hydrographic Surveyor"),
    ("National Institute of Grounds Professionals\n"
     "Sports Turf Pay Survey 2026 — Full Report\n"
     "Executive summary\n"
     "The median total pay of a Head Greenkeeper in 2026 was £38,200, up 4% on last year.\n",
     "Head Greenkeeper"),
    ("Association of Archive Conservators\n"
     "Paper Conservation Salary Report 2025\n"
     "Summary\n"
     "Across the sector the average salary for an accredited Paper Conservator was $59,800.\n",
     "Paper Conservator"),
]


@pytest.mark.parametrize(("page", "role"), MAILS + BULLETINS + REPORTS)
def test_survey_role_is_the_headline_figures_job(page: str, role: str) -> None:
    guide = parse_text(page, "survey.txt")
    assert guide.role.text == role
    # the field in the survey's title and the body that ran it are no role
    assert not {"Survey", "Report"} & set(guide.role.text.split())
    assert not any(w in guide.role.text for w in ("Society", "Guild", "Association",
                                                   "Institute", "Federation", "Council",
                                                   "Academy", "Union"))


VOCAB = Vocabulary.from_lexicon(load_lexicon())


@pytest.mark.parametrize("lines", [
    # a median on a page that calls itself no pay survey
    ["Orchard Technician career guide", "Median pay for Orchard Technicians: £27,400"],
    # a survey whose headline figure names a region or everyone, no job
    ["Cellar Operations Pay Survey 2025", "Median salary across all respondents: $60,000",
     "Median pay for Northland: $58,000"],
    # the statistic names no person ("Median salary of Coastal Regions")
    ["Wetland Pay Survey 2025", "Average salary of Coastal Regions: $61,000"],
])
def test_no_focus_without_a_survey_or_a_job(lines: list[str]) -> None:
    assert survey_focus(list(enumerate(lines, 1)), VOCAB) is None


BODY_TABLES = [
    ("Institute of Applied Hydrographers\n"
     "Seabed Mapping Compensation Report 2025\n"
     "1 SUMMARY\n"
     "The median base salary for a Chief Hydrographer was $151,000.\n"
     "2 PAY BY REGION\n"
     "Region\tn\tMedian\n"
     "Gulf\t21\t$148,400\n"
     "Pacific\t33\t$157,900\n",
     {148400, 157900}),
    ("Society for Theatre Technicians\n"
     "Stage Lighting Pay Survey 2026\n"
     "Summary\n"
     "Median pay for all Lighting Designers: £44,000\n"
     "By city\n"
     "City\tReplies\tMedian\n"
     "Leeds\t14\t£41,200\n"
     "Bristol\t19\t£45,600\n",
     {41200, 45600}),
    ("Guild of Sound Archivists\n"
     "Audio Preservation Salary Survey 2024\n"
     "Key figures\n"
     "Average salary for a Senior Sound Archivist: €52,300\n"
     "By years in post\n"
     "Years\tMedian\n"
     "0-4\t€44,100\n"
     "5-9\t€50,800\n",
     {44100, 50800}),
]


@pytest.mark.parametrize(("page", "figures"), BODY_TABLES)
def test_a_bodys_name_owns_no_figure(page: str, figures: set[int]) -> None:
    guide = parse_text(page, "survey.txt")
    owners = {s.min: s.role for s in guide.salaries}
    assert figures <= set(owners)
    assert all(owners[f] is None for f in figures)  # the role's own, not the body's
    assert not any(s.role and ("Institute" in s.role or "Society" in s.role
                               or "Guild" in s.role) for s in guide.salaries)
