"""Structures of set 43's page types read at scale (carry43): a recognition outcome letter
whose units table opens with a code column, an assessor's note naming the skills shown in the
practical, a German recognition notice in courtesy translation (the occupation "– here: X",
lettered areas, the authority's letterhead and postal footer, the facility where the
applicant works, "Xs can shorten the training"), a register entry and a scorecard.
Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.assessment_rows import assessed_units

_OUTCOME = """\
TILECRAFT Assessments · RTO 55102 · Skills assessment outcome
File no. 771203 · 2 March 2026 · page 1 of 2
Applicant: Rui Vasco Antunes · Date of birth withheld
Occupation assessed: Wall and Floor Tiler (also called tile setter) · ANZSCO code withheld
Outcome: SUITABLE
Evidence considered
Employment history (as declared): Labourer, Obras Norte, 2014-2017; Tiler, Casa Azul, 2017-2025
Code | Unit | Result
CPCCWF3001 | Prepare surfaces for tiling | Competent
CPCCWF3004 | Install floor tiles | Competent
CPCCWF3007 | Apply waterproofing membranes | Competent
The assessor noted strong grout mixing and mitre cutting in the practical.
Information about working in Australia
Many tilers started as a labourer; later some move up to Tiling Supervisor.
"""


def test_units_table_after_a_code_column_and_the_assessor_note() -> None:
    guide = parse_text(_OUTCOME, "wall-and-floor-tiler.recognition.txt")
    assert guide.role.text == "Wall and Floor Tiler"
    skills = {s.text for s in guide.skills}
    assert {"Prepare surfaces for tiling", "Install floor tiles",
            "Apply waterproofing membranes", "grout mixing", "mitre cutting"} <= skills
    assert not any("practical" in name or name.startswith("CPCC") for name in skills)
    assert not {e.text for e in guide.employers} & {"Obras Norte", "Casa Azul"}
    assert [t.text for t in guide.leads_to] == ["Tiling Supervisor"]


def test_code_column_header() -> None:
    rows = assessed_units([(1, "Code | Unit | Result"), (2, "AB101 | Lay screeds | Competent")])
    assert rows.skills == [("Lay screeds", 2)]
    # (a code column before a column naming no units: no table of units)
    assert not assessed_units([(3, "Code | Hours | Result"), (4, "AB102 | 40 | Competent")]).skills


_NOTICE = """\
Bezirksregierung Lindenau · Az. 31.207-4410/26
Courtesy translation – only the German text is binding
Notice on the recognition of the professional qualification of Tomasz Wierzbicki
Occupation: Ergotherapeutin / Ergotherapeut (in English also: occupational therapist) – here: \
Occupational Therapist
Decision
1. The equivalence of the training with the German training cannot yet be established.
2. The substantial differences can be compensated by an adaptation period of four months.
Reasons
The comparison found the following areas substantially different:
a) Splint fabrication
b) Paediatric sensory integration
The following areas were found equivalent: Anatomy, Activity analysis.
The adaptation period can take place at Klinik Haselgrund gGmbH, where you are employed as a \
therapy assistant (Therapiehelfer) at EUR 2.410,55 per month.
Information
After recognition, occupational therapists are paid in pay group EG 9a: EUR 3.301,10 – \
4.120,40 per month.
Nursing assistants can shorten the German training.
Legal remedy: an action may be brought before the administrative court within one month.
Bezirksregierung Lindenau · Postfach 4471 · 40212
"""


def test_german_notice_role_areas_and_the_applicants_workplace() -> None:
    guide = parse_text(_NOTICE, "occupational-therapist.recognition.txt")
    assert guide.role.text == "Occupational Therapist"
    skills = {s.text for s in guide.skills}
    assert {"Splint fabrication", "Paediatric sensory integration", "Anatomy",
            "Activity analysis"} <= skills
    assert not any("Bezirksregierung" in name or "Postfach" in name for name in skills)
    assert not guide.employers
    assert [t.text for t in guide.moves_in] == ["Nursing Assistant"]
    [pay] = [s for s in guide.salaries if s.min and s.min < 2500]
    assert pay.role == "Therapy Assistant"


_RECORD = """\
Skip to content | Français | Board of Speech Pathology of Manitoba
Protecting the public · Public register
Home › Public register › Search results › Record
Lena Okafor   Registration no. 30418
Register part: Speech-Language Pathologist · Class: Practising · Status: Active
Places of practice
• Riverbend Therapy Clinic Inc.
Languages of practice: English · Tagalog
Scope of practice
A Speech-Language Pathologist in this register may carry out swallowing assessment, voice \
therapy and fluency treatment.
Each year some Communication Disorders Assistants bridge to the Speech-Language Pathologist \
part after a bridging course.
Report a concern   ‹ Back to results   New search
"""


def test_register_record_part_scope_and_bridge() -> None:
    guide = parse_text(_RECORD, "speech-language-pathologist.registerentry.txt")
    assert guide.role.text == "Speech-Language Pathologist"
    skills = {s.text for s in guide.skills}
    assert {"swallowing assessment", "voice therapy", "fluency treatment"} <= skills
    assert [t.text for t in guide.moves_in] == ["Communication Disorders Assistant"]


_LICENCE = """\
Mine Safety Standards Council · Find a licensed professional
Ravi Menon · Licence number: M4410
Licence type: Licensed Blasting Supervisor · Status: Current, no conditions
Licence history: limited licence 2015 · full licence 2019
Practising at: Quarrystone Aggregates Ltd
Compensation fund: covered   ·   Make a complaint
Licensees are expected to show charge design, vibration monitoring, misfire handling.
"""


def test_licence_record_employer_and_expected_skills() -> None:
    guide = parse_text(_LICENCE, "licensed-blasting-supervisor.registerentry.txt")
    assert [e.text for e in guide.employers] == ["Quarrystone Aggregates Ltd"]
    skills = {s.text for s in guide.skills}
    assert {"charge design", "vibration monitoring", "misfire handling"} <= skills


_KIT = """\
HireLoop   Jobs   Candidates   Interviews   Reports
Research Nurse in Cardiology · REQ-5120
Candidate hidden · Stage: Panel interview · Mon 09:00
Interview kit | Scorecard | Job details | Activity
Download kit as PDF
Focus attributes: Protocol adherence, Sample handling, Consent documentation
Job details
Eastmoor Heart Institute · Cardiac Research Unit · Grade 6, spine points 26-31 (£33,100 - £39,800)
Prep notes: Research nurses often join from ward nurse jobs. Past research nurses have moved \
on to Clinical Research Manager posts (£45,200 - £52,900).
Key take-aways: ____
Save draft   Submit
"""


def test_kit_job_details_employer_and_the_next_posts_range() -> None:
    guide = parse_text(_KIT, "research-nurse.scorecard.txt")
    assert [e.text for e in guide.employers] == ["Eastmoor Heart Institute"]
    owned = {(s.min, s.role) for s in guide.salaries}
    assert (45200, "Clinical Research Manager") in owned
    assert (33100, None) in owned


def test_trained_holders_shortening_the_apprenticeship_move_in() -> None:
    text = ("Glazier\n\nGlaziers fit glass in buildings.\n"
            "Trained Window Fitters or Joiners can shorten the apprenticeship.\n")
    guide = parse_text(text, "glazier.txt")
    assert {t.text for t in guide.moves_in} == {"Window Fitter", "Joiner"}
