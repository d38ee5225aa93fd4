"""Vacancy notices (civil and public service): the criteria lists' skills, the post's title,
the department that employs it and the public service it belongs to.  Every notice here is
invented, three per national style (UK, US, Australian, Canadian), each with its own
headings, separators and roles."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.criteria import criterion_skills, specialised_experience
from careergraph.guides.notices import notice_facts, notice_title
from careergraph.model import Guide


def _guide(page: str) -> Guide:
    return parse_text(page, "notice.txt")


def _skills(guide: Guide) -> set[str]:
    return {skill.text for skill in guide.skills}


def _names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {fact.text for fact in facts}


# -- UK: a person specification with essential and desirable criteria ---------------------
UK_ANALYST = """Jobs Board   Public Sector Vacancies
Sign in | Saved searches

Data Analyst – Rail Performance Unit
Ministry of Transport Networks
Reference number: 55012
Salary: £36,200 - £39,900 (National)
Grade: HEO
Contract type: Fixed term
Closing date: 9 January 2027

About the job
You will build dashboards and brief senior officials on punctuality trends.

Person specification
Essential criteria
• Experience of cleaning and joining large datasets, ideally from operational systems
• Clear numerical reasoning – you can explain a trend to someone without a maths background
• Data visualisation: turning findings into charts that non-specialists understand
Desirable criteria
• Knowledge of SQL and Power BI

Benefits
• 27 days' annual leave
• Cycle to work scheme

Working for the Civil Service
We recruit by merit on the basis of fair and open competition.
"""

UK_CASEWORKER = """Vacancy search

Immigration Caseworker, EO
Borders and Residency Agency
Job reference: BRA-7731
Working pattern: Full-time, Part-time
Location: Croydon
Closing date: 30 November 2026

Essential criteria:
1. Decision making - you weigh evidence against published guidance and record reasons
2. Resilience - you keep quality high when caseloads rise
3. Written English: drafting letters that applicants can follow

Things you need to know
Successful candidates must pass a Baseline check.
Applicants join the Civil Service on standard terms.
"""

UK_INSPECTOR = """Apply for jobs in government

Food Standards Inspector (Imports) — Two Posts
Office for Food Hygiene
Vacancy number: 2210
Grade: SEO
Contract type: Permanent
Number of jobs available: 2

Person specification
Essential:
- sound knowledge of food hygiene law and import controls
- confident using inspection software such as Hygieia and PortCheck
Desirable:
- a degree in microbiology, food science or environmental health

How to apply
Send a CV and a statement of suitability.
"""


def test_uk_person_specification_criteria_are_skills() -> None:
    guide = _guide(UK_ANALYST)
    skills = _skills(guide)
    assert {"cleaning and joining large datasets", "numerical reasoning",
            "Data visualisation", "SQL", "Power BI"} <= skills
    assert not any("leave" in s or "Cycle" in s for s in skills)  # benefits are no skills
    assert guide.role.text == "Data Analyst"
    assert _names(guide.employers) == {"Ministry of Transport Networks"}
    assert "Civil Service" in _names(guide.sectors)


def test_uk_numbered_criteria_with_lead_phrases() -> None:
    guide = _guide(UK_CASEWORKER)
    assert {"Decision making", "Resilience", "Written English"} <= _skills(guide)
    assert guide.role.text == "Immigration Caseworker"  # the grade after a comma dropped
    assert _names(guide.employers) == {"Borders and Residency Agency"}


def test_uk_bare_essential_and_desirable_labels() -> None:
    guide = _guide(UK_INSPECTOR)
    skills = _skills(guide)
    assert {"food hygiene law", "import controls", "Hygieia", "PortCheck"} <= skills
    assert {"microbiology", "food science", "environmental health"} <= skills
    assert guide.role.text == "Food Standards Inspector"
    assert _names(guide.employers) == {"Office for Food Hygiene"}


# -- US: an announcement with specialized experience and competencies ---------------------
US_HYDRO = """USAJOBS
Search | Help | Sign in

Hydrologic Technician
Department of Water Science
Announcement number: WS-26-1182
Open & closing dates: 11/02/2026 to 11/16/2026
Salary: $55,924 - $72,703 per year
Pay scale & grade: GS 7

Duties
- Measure stream discharge at gaging stations
- Maintain data loggers and telemetry

Qualifications
Specialized experience for the GS-07 level includes: 1) Measuring streamflow with \
current meters; AND 2) Servicing field data loggers for long deployments.

Applicants join the Federal service on appointment.
"""

US_CONTRACTS = """Federal job search

Contract Specialist
Agency: Bureau of Park Logistics
Announcement number: BPL-2026-77
Salary: $68,405 - $88,926 per year
Series & grade: GS-1102-09

Qualifications
You will be rated against the following selection criteria:
- Demonstrated experience in cost analysis and price negotiation
- Knowledge of federal acquisition regulations
- Ability to communicate effectively orally and in writing
"""

US_CLERK = """Search federal jobs

Records Clerk GS-0305-05
Veterans Housing Administration
Announcement number: VHA-26-0412
Closing date: 12/01/2026
Salary: $40,332 - $52,430 per year

Specialized experience
- Experience maintaining paper and electronic files; AND
- Skill in using document imaging software such as Laserfiche
"""


def test_us_specialized_experience_steps_are_skills() -> None:
    guide = _guide(US_HYDRO)
    skills = _skills(guide)
    assert {"Measuring streamflow", "Servicing field data loggers"} <= skills
    assert guide.role.text == "Hydrologic Technician"
    assert _names(guide.employers) == {"Department of Water Science"}
    assert "Federal service" in _names(guide.sectors)


def test_us_criteria_after_a_lead_in_sentence() -> None:
    guide = _guide(US_CONTRACTS)
    skills = _skills(guide)
    assert {"cost analysis", "price negotiation", "federal acquisition regulations"} <= skills
    assert guide.role.text == "Contract Specialist"
    assert _names(guide.employers) == {"Bureau of Park Logistics"}


def test_us_grade_after_title_and_specialized_experience_heading() -> None:
    guide = _guide(US_CLERK)
    assert guide.role.text == "Records Clerk"
    assert "Laserfiche" in _skills(guide)
    assert _names(guide.employers) == {"Veterans Housing Administration"}


# -- Australian: classification lines, "Our ideal candidate", key selection criteria ------
AU_RANGER = """Careers portal
Home  Search  Help

Park Ranger (Marine) — Two Positions
Department of Coasts and Reserves
Job ID: DCR/2026/118
Classification: APS Level 4
Salary: $79,500 – $86,200 plus 15.4% superannuation
Closing date: 11:59pm AEDT, 14 December 2026

Our ideal candidate
Essential:
- the ability to operate small vessels safely, in particular rigid-hull inflatable boats
- sound knowledge of marine ecology and reef monitoring methods
- a current coxswain certificate
Desirable:
- experience in a tourism or visitor services role

Eligibility
To be eligible for employment with the APS, applicants must be Australian citizens.
"""

AU_PAYROLL = """Vacancies

Payroll Officer
Agency: National Archives Office
Job ID: NAO-22
Classification: APS 5
Closing date: 2 February 2027

Key selection criteria
1. Payroll processing – accurate fortnightly pays for a workforce of 900
2. Demonstrated experience in reconciling leave balances and superannuation contributions
3. Stakeholder liaison: answering staff queries with tact

Employees of the Australian Public Service enjoy flexible hours.
"""

AU_SCIENTIST = """Jobs

Plant Health Scientist, EL1
Plant Protection Authority
Position number: 48820
Position type: Ongoing, full-time
Closing date: 5 March 2027

Selection criteria
- Strong skills in molecular diagnostics, including PCR and sequencing
- Good written and oral communication skills
- Proven capacity to lead small field teams under pressure
"""


def test_au_ideal_candidate_essential_and_desirable() -> None:
    guide = _guide(AU_RANGER)
    skills = _skills(guide)
    assert {"operate small vessels safely", "marine ecology", "reef monitoring methods"} <= (
        skills)
    assert not any("tourism" in s for s in skills)  # a kind of job asked for, no skill
    assert guide.role.text == "Park Ranger"
    assert _names(guide.employers) == {"Department of Coasts and Reserves"}
    assert "APS" in _names(guide.sectors)


def test_au_key_selection_criteria_numbered() -> None:
    guide = _guide(AU_PAYROLL)
    skills = _skills(guide)
    assert {"Payroll processing", "Stakeholder liaison"} <= skills
    assert "reconciling leave balances" in skills
    assert guide.role.text == "Payroll Officer"
    assert _names(guide.employers) == {"National Archives Office"}
    assert "Australian Public Service" in _names(guide.sectors)


def test_au_selection_criteria_with_examples() -> None:
    guide = _guide(AU_SCIENTIST)
    skills = _skills(guide)
    assert {"molecular diagnostics", "PCR", "sequencing"} <= skills
    assert "written and oral communication" in skills
    assert guide.role.text == "Plant Health Scientist"
    assert _names(guide.employers) == {"Plant Protection Authority"}


# -- Canadian: essential and asset qualifications with sub-labels ---------------------------
CA_FISHERIES = """GC Jobs

Fisheries Officer - Conservation and Protection
Organization: Coastal Fisheries Directorate
Reference number: CFD26J-4410
Selection process number: 26-CFD-EA-31
Closing date: 2027-01-15

Essential qualifications
Experience:
Experience in conducting inspections under federal legislation.
Experience in operating small boats.
Knowledge:
Knowledge of the fishing regulations and licence conditions.

Asset qualifications
Experience in the use of GPS and marine radar.

Conditions of employment
Valid driver's licence.
"""

CA_TRANSLATOR = """Public service jobs

Translator
Organization: Official Languages Bureau
Reference number: OLB-9981
Group and level: TR-02
Closing date: 2027-02-01

Essential qualifications
- Experience in translating technical documents from English to French
- Knowledge of terminology databases such as TermBank
Asset qualifications
- Experience in revision and quality control

Intent of the process
A pool may be created for the federal public service.
"""

CA_AUDITOR = """Careers

Internal Auditor
Audit Services Commission
Reference number: ASC-2026-5
Tenure: Indeterminate
Closing date: 2027-03-03

Essential qualifications
Abilities:
Ability to analyse financial statements and internal controls.
Personal suitability:
Judgement
Integrity
"""


def test_ca_essential_and_asset_qualifications_with_sub_labels() -> None:
    guide = _guide(CA_FISHERIES)
    skills = _skills(guide)
    assert {"conducting inspections", "operating small boats", "GPS",
            "marine radar"} <= skills
    assert "fishing regulations" in skills
    assert guide.role.text == "Fisheries Officer"
    assert _names(guide.employers) == {"Coastal Fisheries Directorate"}


def test_ca_bulleted_qualifications_and_a_named_database() -> None:
    guide = _guide(CA_TRANSLATOR)
    skills = _skills(guide)
    assert {"terminology databases", "TermBank", "revision", "quality control"} <= skills
    assert _names(guide.employers) == {"Official Languages Bureau"}
    assert "federal public service" in _names(guide.sectors)


def test_ca_abilities_and_personal_suitability() -> None:
    guide = _guide(CA_AUDITOR)
    skills = _skills(guide)
    assert {"Judgement", "Integrity"} <= skills
    assert {"analyse financial statements", "internal controls"} <= skills
    assert _names(guide.employers) == {"Audit Services Commission"}


# -- the readers on their own ---------------------------------------------------------------
def test_criterion_reader_cases() -> None:
    assert criterion_skills("Grant management: tracking spend against awards") == [
        "Grant management"]
    assert criterion_skills("Digital Standards: user research (Practitioner)") == [
        "user research"]
    assert criterion_skills("experience in a call centre or retail environment") == []
    assert criterion_skills("good verbal and written communication skills") == [
        "verbal and written communication"]
    assert criterion_skills("Excellent budgeting and forecasting") == ["budgeting",
                                                                       "forecasting"]


def test_specialised_experience_needs_its_phrase() -> None:
    assert specialised_experience("General experience includes: 1) Filing") == []
    assert specialised_experience(
        "Specialised experience includes: 1) Drafting leases; AND 2) Valuing land") == [
        "Drafting leases", "Valuing land"]


def test_notice_needs_two_header_fields() -> None:
    assert notice_facts([(1, "Welder"), (2, "Ministry of Works"), (3, "Salary: $50,000")]) is None
    facts = notice_facts([(1, "Welder"), (2, "Ministry of Works"), (3, "Salary: $50,000"),
                          (4, "Closing date: 1 June")])
    assert facts is not None and facts.employer == ("Ministry of Works", 2)
    assert notice_title("Senior Valuer (Rating) – Three Roles") == "Senior Valuer"


def test_a_service_commission_or_code_is_no_sector() -> None:
    facts = notice_facts([(1, "Clerk"), (2, "Department of Records"),
                          (3, "Reference number: 1"), (4, "Closing date: 1 June"),
                          (9, "Read the Civil Service Code and the Public Service Commission's "
                              "guidance.")])
    assert facts is not None and facts.sectors == []


UK_INLINE = """Civil Service Jobs

Casework Officer
Department for Fair Housing
Reference number: 1234
Grade: EO
Closing date: 4 May 2027

Person specification
Essential Skills: Clear written English, including accurate grammar; Ability to prioritise \
competing deadlines.
Desirable Criteria: An interest in housing law.
"""


def test_criteria_on_one_labelled_line_cut_at_semicolons() -> None:
    skills = _skills(_guide(UK_INLINE))
    assert {"written English", "prioritise competing deadlines", "housing law"} <= skills
    assert "Essential Skills" not in skills


def test_a_pointer_item_and_a_lone_verb_are_no_skills() -> None:
    assert criterion_skills("A degree in town planning or a related discipline") == [
        "town planning"]
    assert criterion_skills("Ability to work") == []


def test_pay_band_keeps_the_grade_it_is_for() -> None:
    page = AU_RANGER.replace(
        "Salary: $79,500 – $86,200 plus 15.4% superannuation",
        "Salary: $79,500 – $86,200 (APS 4); $88,100 – $95,300 (APS 5)")
    levels = {(s.min, s.level) for s in _guide(page).salaries}
    assert {(79500, "APS 4"), (88100, "APS 5")} <= levels


def test_a_named_system_in_a_duty_is_a_tool() -> None:
    page = AU_PAYROLL.replace(
        "Key selection criteria",
        "The job\n- Enter timesheets in the Workforce Pay System (WPS) each fortnight\n\n"
        "Key selection criteria")
    assert "Workforce Pay System" in _skills(_guide(page))


AU_NO_FIELDS = """Jobs board

Plant Quarantine Officer
Department of Orchards and Quarantine
- APS 4 - $67,190 - $73,148 per annum plus superannuation

Who we are
The Quarantine Branch keeps pests out of our orchards.

The Job
- Inspect imported cuttings and record them in the Plant Import Register (PIR)

Our ideal candidate
- sound knowledge of plant pathology and nursery hygiene
"""


def test_notice_without_fields_known_by_its_sections() -> None:
    guide = _guide(AU_NO_FIELDS)
    assert guide.role.text == "Plant Quarantine Officer"
    assert _names(guide.employers) == {"Department of Orchards and Quarantine"}
    assert {"plant pathology", "nursery hygiene", "Plant Import Register"} <= _skills(guide)
    assert {(s.min, s.max, s.level) for s in guide.salaries} == {(67190, 73148, "APS 4")}


def test_a_grade_before_a_figure_is_no_range_start() -> None:
    page = US_CONTRACTS.replace("Salary: $68,405 - $88,926 per year",
                                "Salary: GS-9 $68,405 - $88,926 per year")
    assert {(s.min, s.max, s.level) for s in _guide(page).salaries} == {
        (68405, 88926, "GS-9")}


def test_employer_pension_contribution_is_no_pay_and_no_sector() -> None:
    page = UK_INSPECTOR.replace(
        "How to apply",
        "Benefits\nAlongside your salary of £41,000, the Office contributes £11,870 towards "
        "you being a member of the Civil Service Defined Benefit Pension scheme.\n\n"
        "How to apply")
    guide = _guide(page)
    assert {s.min for s in guide.salaries} == {41000}
    assert "Civil Service" not in _names(guide.sectors)


def test_a_company_team_is_no_employer() -> None:
    facts = notice_facts([(1, "Accountant"), (2, "Finance Department"),
                          (3, "Department: Finance"), (4, "Salary: $70,000"),
                          (5, "Location: Leeds")])
    assert facts is not None and facts.employer is None


def test_education_part_of_a_poster_names_no_skills() -> None:
    page = CA_AUDITOR.replace(
        "Essential qualifications\n",
        "Essential qualifications\nEducation:\nA degree with a specialization in accounting, "
        "economics or statistics.\n")
    skills = _skills(_guide(page))
    assert not {"economics", "statistics"} & skills
    assert {"Judgement", "Integrity", "internal controls"} <= skills


def test_a_clause_with_its_own_subject_ends_the_skill() -> None:
    assert criterion_skills("Knowledge of tenancy law as it applies to social housing") == [
        "tenancy law"]
    assert criterion_skills("Demonstrated experience in IT service management") == [
        "IT service management"]
