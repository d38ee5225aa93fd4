"""Held-back set 24's `miltranslator`, `coverletter` and `internship` structures (rules24b):
a military-to-civilian translator's result (the opened occupation or the top civilian match,
the code searched, the other military codes matched, a two-column checklist, a resume
translation), a job-seeker's letter and pasted CV (a first-person duty list, a career told
in sentences), and an employer's student programme page (imperative duty bullets, a
semicolon list of past projects, what the learners do).

Every page is invented here (firms, towns, people, codes, figures); file names are neutral
so the role must come from the text.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.military_match import military_rows
from careergraph.guides.text import post_glyph_bullets
from careergraph.guides.told_duties import (
    listed_projects,
    told_duty_objects,
    told_opening,
    told_sentences,
    told_workplaces,
)


def _names(facts: object) -> set[str]:
    return {fact.text.lower() for fact in facts}  # type: ignore[attr-defined]


CODE_BOX_RESULT = """ServiceBridge Careers | Military to Civilian Job Translator
Home  Careers  Training  Veterans  Help

Military to Civilian Job Translator
Enter your military occupation code (MOC) or title:  [ 12K ]   Branch: [ Army ▾ ]  [ Go ]

Results for: 12K – Plumber (Army, Enlisted)
9 civilian occupations match your military occupation.      Print | Share | Download (CSV)

Civilian occupation                  Median wages (US)
Pipefitters ★                        $29.10/hr ($60,530/yr)
Boiler Operators                     $31.40/hr ($65,310/yr)

──────────────────────────────
Pipefitters                                     [ Save to My Plan ]  [ Compare ]
O*NET-SOC 47-2152.01

Also called: Steamfitter, Pipe Fitter

How your 12K training matches
✔ Pipe threading and brazing             ✔ Blueprint reading
✔ Pressure testing and leak checks ✔ Valve repair
✔ Backflow prevention                    ✖ State journeyman licence (exam needed)
Match strength: 81%

Tools and technology: pipe threaders, press-fit tools, hydrostatic test pumps, laser levels

Career pathway
Pipefitter → Foreman Pipefitter → Mechanical Superintendent

Other military occupations matched to this career
• Navy – UT Utilitiesman
• Air Force – 3E4X1 Water and Fuel Systems Maintenance
• Marines – 1171 Water Support Technician

Data: wages from a federal survey, 2025.
About this tool | Privacy
"""


def test_code_box_translator_result() -> None:
    guide = parse_text(CODE_BOX_RESULT, "result.txt")
    assert guide.role.text == "Pipefitter"
    moves_in = _names(guide.moves_in)
    assert {"plumber", "utilitiesman", "water and fuel systems maintenance",
            "water support technician"} <= moves_in
    skills = _names(guide.skills)
    assert {"pipe threading", "brazing", "blueprint reading", "pressure testing", "leak checks",
            "valve repair", "backflow prevention", "pipe threaders",
            "hydrostatic test pumps"} <= skills
    assert not any("civilian" in s or "match strength" in s for s in skills)


SKILLS_TRANSLATOR = """VetWorks Board  ≡ Menu   Jobs   Skills Translator   Log in
Veteran Jobs › Skills Translator › Navy › ET

MILITARY SKILLS TRANSLATOR
① Branch: Navy  ›  ② Job: ET2 Electronics Technician  ›  ③ Your results
Pay grade: E-5   Years of service: 5        [ Start over ]

YOUR TOP CIVILIAN MATCH
FIELD SERVICE ENGINEER
Civilian titles to search for: Field Engineer · Service Engineer

TRANSLATE YOUR RESUME
Military wording                         ➜ Civilian wording
Performed 3-M PMS on radar consoles       ➜ Performed preventive maintenance on radar consoles
Isolated faults to card level  ➜ Diagnosed circuit faults using an oscilloscope and schematics
[ Copy all to Resume Builder ]

Other Navy ratings that translate to this career: FC Fire Controlman · IT Information Systems
Technician. Army: 94F Computer Detection Systems Repairer.

Was this helpful?  Yes  No
"""


def test_skills_translator_result() -> None:
    guide = parse_text(SKILLS_TRANSLATOR, "translator.txt")
    assert guide.role.text == "Field Service Engineer"
    assert {"field engineer", "service engineer"} <= _names(guide.aliases)
    assert {"electronics technician", "fire controlman", "information systems technician",
            "computer detection systems repairer"} <= _names(guide.moves_in)
    skills = _names(guide.skills)
    assert {"preventive maintenance", "oscilloscope", "schematics", "circuit faults"} <= skills
    assert not any("wording" in s or "pms" in s for s in skills)


def test_military_rows_run_on_and_bulleted() -> None:
    rows = military_rows([(1, "Other Army jobs that translate to this career: 91B Wheeled"),
                          (2, "Vehicle Mechanic · 91L Construction Equipment Repairer."),
                          (3, ""),
                          (4, "Other military occupations matched to this career"),
                          (5, "• Coast Guard – MK Machinery Technician"),
                          (6, "Jobs near you")])
    assert [(r.line, r.title) for r in rows] == [
        (1, "Wheeled Vehicle Mechanic"), (1, "Construction Equipment Repairer"),
        (5, "Machinery Technician")]
    assert rows[0].lines == (2,)


def test_two_column_checklist_is_two_items() -> None:
    text = post_glyph_bullets("✔ Knot tying and splicing    ✔ Rigging\n✔ Winch work ✖ Licence")
    assert text.splitlines() == ["• Knot tying and splicing; Rigging", "• Winch work"]


COVER_LETTER = """Tomas Varga
22 Mill Lane, Oakhurst

Re: Senior Arborist – ref. TR-118

Dear Mr Hale,

I am applying for the post of Senior Arborist at Greenline Tree Care.

In 2017 I joined Birchwood Estates as a groundsman, where I learned chainsaw maintenance, \
brush chipping and stump grinding.

Since 2020 I have been an arborist at Canopy Works, where I:

- climb and dismantle trees with a Stein harness and prusik cords;
- carry out crown reductions and deadwooding, and
  write hazard surveys in TreeMate;
- help plan aerial rescues and mentor two apprentices.

Thank you for your time.

Yours sincerely,
Tomas Varga
"""


def test_cover_letter_duties_and_story() -> None:
    guide = parse_text(COVER_LETTER, "letter.txt")
    skills = _names(guide.skills)
    assert {"chainsaw maintenance", "brush chipping", "stump grinding", "stein harness",
            "prusik cords", "hazard surveys", "treemate"} <= skills
    assert not {"two apprentices", "apprentices"} & skills
    assert guide.role.text == "Senior Arborist"
    assert "canopy works" in _names(guide.employers)


PASTED_CV = """From: Ines Moreau <ines@mail.example>
To: hiring@riverlab.example
Subject: Application – Laboratory Technician

Hi team,

Please find my application for the Laboratory Technician post below.

Kind regards,
Ines Moreau
07000 000000

===== My CV =====
INES MOREAU | Laboratory Technician | Leeds
KEY SKILLS
Titration · Gas chromatography · Sample logging · LIMS
EXPERIENCE
• Prepared reagents and calibrated pH meters each morning
• Ran gas chromatography batches and logged results in LabWare
"""


def test_pasted_cv_below_a_signature() -> None:
    guide = parse_text(PASTED_CV, "mail.txt")
    skills = _names(guide.skills)
    assert {"titration", "gas chromatography", "lims", "reagents", "ph meters",
            "labware"} <= skills


STUDENT_PROGRAMME = """Harbourside Water Authority
Careers › Students › Summer Placements

Summer Placement Program (Hydrology)

+ What will I do?
  Students join a catchment team for ten weeks. Past projects include: stream gauging on
  the Lark and Wensum (flow, conductivity); checking rainfall radar data against gauges;
  desktop reviews of flood risk assessments; and mapping culverts in QGIS. Most students
  also tidy and analyse data in R and write a short technical note.

WHAT YOU'LL DO
▸ Log borehole levels and test pumps with a dip meter
▸ Help run flood models in HEC-RAS and culvert checks in Excel
"""


def test_student_programme_projects_and_duties() -> None:
    guide = parse_text(STUDENT_PROGRAMME, "programme.txt")
    skills = _names(guide.skills)
    assert {"stream gauging", "flow", "conductivity", "rainfall radar data",
            "flood risk assessments", "culverts", "qgis", "r", "borehole levels",
            "dip meter", "flood models", "hec-ras"} <= skills
    assert not {"lark", "wensum", "data"} & skills


def test_told_duty_readers() -> None:
    # ("in the lab database": a lower-case place after "the", no product)
    assert told_duty_objects("sort and wash finds, and label them in the lab database") == [
        "finds"]
    assert told_duty_objects("Updated June 3 by the editors") == []
    assert told_opening("Calibrated the flow meters")
    assert not told_opening("Updated March 4, 2026 by the editorial team")
    assert not told_opening("Load Testing Architecture: used weekly", base=True)
    assert told_sentences("Trainees usually survey hedgerows with a GPS unit.") == [
        "hedgerows", "GPS unit"]
    assert told_sentences("We usually survey hedgerows with a GPS unit.") == []
    assert told_workplaces("Since 2019 I have been a ranger with Fellside Trust.") == [
        "Fellside Trust"]
    assert listed_projects("Tasks include: sampling soils (pH); and logging cores in "
                           "CoreBase.") == ["soils", "pH", "cores", "CoreBase"]
