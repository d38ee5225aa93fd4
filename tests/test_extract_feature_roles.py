"""News features whose headline names the occupation in lower-case plural and whose body
names it in Title Case singular: the role is the full title, never the masthead, a bare level
word or a clipped tail.

Every page is invented here (papers, towns, people, employers, titles); file names are
neutral so the role must come from the text.
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.headline import is_masthead, mastheads

FEATURES = [
    # A masthead whose last word is itself a job ("Pilot"), named again in the copyright line.
    ("The Harbour Pilot\nHome | Local | Money | Jobs\n\n"
     "Shipping lines run short of senior cargo planning analysts\n"
     "Ports say the gap in cargo planning analysts is slowing every berth.\n"
     "By Ines Moreau | 4 June 2026\n\n"
     "Ravi Shah is a Senior Cargo Planning Analyst at Tidewell Logistics.\n"
     "He says senior cargo planning analysts juggle tides and cranes.\n"
     "Most senior cargo planning analysts earn about $88,000.\n\n"
     "© The Harbour Pilot\n",
     "Senior Cargo Planning Analyst"),
    # A title opening with a level word: never the bare "Principal", never a clipped tail.
    ("MIDLAND GAZETTE\nNews   Sport   Business   Culture\n\n"
     "Where have all the principal grid reliability engineers gone?\n"
     "Utilities struggle to hire principal grid reliability engineers as demand climbs.\n"
     "Priya Nandi, Energy correspondent\nTue 3 Mar 2026 08.10 GMT\n\n"
     "Tomas Lind has worked as a Principal Grid Reliability Engineer at Voltline for 9 years.\n"
     "Principal grid reliability engineers sign off every outage plan.\n"
     "A principal, he says, answers for the whole network.\n"
     "The principal of the local college agrees. Principal roles are scarce.\n",
     "Principal Grid Reliability Engineer"),
    # "directors of …": the head noun opens the title, its field follows "of".
    ("Valley Record\nNews | Opinion | Jobs\n\n"
     "Hospitals compete for directors of clinical data quality\n"
     "Boards want directors of clinical data quality before the new audit rules.\n"
     "By Colm Reidy | Health Desk\n\n"
     "Noor Haddad works as a Director of Clinical Data Quality at Saint Aldric Hospital.\n"
     "Directors of clinical data quality report to the board, Noor says.\n"
     "A director in this field needs both statistics and tact; directors are few.\n\n"
     "Copyright 2026 Valley Record. All rights reserved.\n",
     "Director of Clinical Data Quality"),
    # An acronym head in lower case ("vps of …"); the masthead is also the page's first line.
    ("The Fenmoor Courier\nNews | Money | Jobs\n\n"
     "Start-ups chase vps of platform reliability\n"
     "The hunt for vps of platform reliability is pushing up pay.\n"
     "By Jo Amis | 8 July 2026\n\n"
     "Kemi Ade has worked as a VP of Platform Reliability at Orbitform for 3 years.\n"
     "VPs of platform reliability earn well, she says.\n\n"
     "© The Fenmoor Courier\n",
     "VP of Platform Reliability"),
    # A worker noun opening the title ("developer …") in the standfirst alone is no role.
    ("Northgate Herald\nNews | Business | Jobs\n\n"
     "Councils hunt for developer relations content managers\n"
     "The shortage slows developer tooling projects and developer portals.\n"
     "By Ola Brann | Staff Writer\n\n"
     "Ida Holm is a Developer Relations Content Manager at Quillstack.\n"
     "Developer relations content managers turn a developer's notes into guides.\n"
     "A developer said the guides save hours; developers like them.\n",
     "Developer Relations Content Manager"),
    # A one-word trade in lower case throughout, as real papers write it.
    ("the county standard\nHome  News  Sport  Money\n\n"
     "Boatyards cannot hire enough riggers\n"
     "Yacht owners wait months for a refit.\n\n"
     "By Ada Quist | Staff Writer\nPublished May 9, 2026\n\n"
     "Riggers splice wire and tune masts. A rigger at Keel Marine said work is steady.\n"
     "Young riggers learn on the job; two riggers retired this spring.\n",
     "Rigger"),
    # A field of two words joined by "and" after "of": the whole title, not its first half.
    ("The Lakeshore Ledger\nNews | Jobs | Opinion\n\n"
     "Banks cannot find enough heads of fraud and disputes\n"
     "A shortage of heads of fraud and disputes delays new card products.\n"
     "By Rui Costa | 2 April 2026\n\n"
     "Mona Vik has worked as a Head of Fraud and Disputes at Keelbank for 6 years.\n"
     "Heads of fraud and disputes sit between the risk team and the call centre.\n",
     "Head of Fraud and Disputes"),
    ("Eastfield Times\nHome | Money | Jobs\n\n"
     "Universities compete for directors of research and innovation\n"
     "The race for directors of research and innovation is lifting salaries.\n"
     "By Tess Orr | Education Desk\n\n"
     "Abe Lund is a Director of Research and Innovation at Northmere University.\n"
     "Directors of research and innovation chase grants, he says; directors of research "
     "and innovation also sit on boards.\n",
     "Director of Research and Innovation"),
    # "and" closing the tail joins a second phrase, not the title: the title stops before it.
    ("Riverside Post\nNews | Jobs\n\n"
     "Clinics need more managers of patient records and nurses\n"
     "Managers of patient records are scarce, and so are nurses.\n"
     "By Lee Park | 5 May 2026\n\n"
     "Ines Bo is a Manager of Patient Records at Hillcrest Clinic.\n"
     "Managers of patient records keep the files; managers of patient records train clerks.\n",
     "Manager of Patient Records"),
]


@pytest.mark.parametrize(("page", "role"), FEATURES)
def test_feature_role_is_the_full_title_the_body_names(page: str, role: str) -> None:
    assert parse_text(page, "feature.txt").role.text == role


def test_masthead_is_never_the_role_or_a_pay_owner() -> None:
    guide = parse_text(FEATURES[0][0], "feature.txt")
    assert guide.role.text != "The Harbour Pilot"
    assert all(s.role in (None, guide.role.text) for s in guide.salaries)


def test_weak_feature_evidence_falls_back_to_other_signals_not_the_masthead() -> None:
    # The headline's "couriers" is named once in the body: the page is about its opening
    # statement's role instead, and the masthead ("… Courier") is never taken.
    page = ("The Eastfield Courier\nNews | Sport | Jobs\n\n"
            "Couriers and the changing high street\n"
            "By Luka Brandt | 2 April 2026\n\n"
            "A Visual Merchandiser is a retail worker who designs shop displays.\n"
            "Visual merchandisers plan windows; one courier said the shops look better.\n"
            "© The Eastfield Courier\n")
    assert parse_text(page, "feature.txt").role.text == "Visual Merchandiser"


def test_mastheads_come_from_the_copyright_line_and_the_top_above_the_menu() -> None:
    lines = ["THE NORTH STAR", "News | Sport", "Why mills want weavers",
             "By Ana Roe | Staff Writer", "Text.", "(c) 2025 North Star Media Ltd"]
    names = mastheads(lines, lambda t: "|" in t and not t.startswith("By"))
    assert is_masthead("The North Star", names)
    assert is_masthead("North Star Media Ltd", names)
    assert not is_masthead("Why mills want weavers", names)


@pytest.mark.parametrize(("page", "role"), [f for f in FEATURES if " and " in f[1]])
def test_a_piece_of_the_own_title_is_no_move(page: str, role: str) -> None:
    """"worked as a Head of Fraud and Disputes" names the role once, not a move in from
    "Head of Fraud"."""
    guide = parse_text(page, "feature.txt")
    moves = [f.text for f in (*guide.moves_in, *guide.leads_to, *guide.transitions_to)]
    assert not [m for m in moves if m.lower() in role.lower()], moves
