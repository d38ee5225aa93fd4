"""Set-11 family readers carried to pages of the same families by other authors.

News features about an occupation and public-service vacancy notices state skills, moves,
employers and sectors in frames the first readers missed: a list before a scarcity
predicate ("A, B and C are in short supply"), a list closed by a plural sector noun ("the A
and B sectors"), names a predicate calls hiring organisations ("are among the firms hiring",
"is recruiting for its … team"), a notice's career-development paragraph (secondments,
applications from people working as …), and delimited tables whose header words are
unknown but whose cells are plainly pay, years or skills.  Each test writes at least three
pages of its own (invented papers, bodies, people and figures) and cases where the rule must
not fire.
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.column_content import column_kind
from careergraph.guides.sector_frames import framed_sectors
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.workplaces import workplaces
from careergraph.lexicon import load_lexicon


def names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {f.text for f in facts}


# -- news features by other authors --------------------------------------------------------
FEATURES = [
    # (page, skills, employers, sectors)
    ("THE HARBOUR GAZETTE\nHome | Local | Money | Jobs\n\n"
     "Ports race to find crane operators as trade swells\n"
     "Terminal bosses say there are not enough crane operators for the new berths.\n"
     "By Ines Calder | 4 February 2026\n\n"
     "Marek Sobczak has worked as a Crane Operator at Tidemark Ports for eleven years.\n"
     "Crane operators on the quay earn between $71,000 and $84,000, the union said.\n"
     "Terminal managers told us that load charting, rigging inspection and radio "
     "signalling are in short supply.\n"
     "Baywater Logistics, Tidemark Ports and Orsk Shipping are among the employers hiring "
     "crane operators this spring.\n"
     "The shortage is worst in the shipping, warehousing and freight industries, the "
     "report added.\n"
     "Most crane operators join through a port traineeship.\n",
     {"load charting", "rigging inspection", "radio signalling"},
     {"Baywater Logistics", "Tidemark Ports", "Orsk Shipping"},
     {"shipping", "warehousing", "freight"}),
    ("Valley Courier\n\nWhy clinics keep losing their phlebotomists\n"
     "Pathology networks are short of phlebotomists across the valley.\n"
     "Priya Nand, Health Reporter\n\n"
     "Phlebotomists draw blood for tests. Dana Oyelaran is a phlebotomist at Kestwick "
     "Pathology.\n"
     "Clinic managers say venepuncture, sample labelling and patient identification are "
     "hard to find in new starters.\n"
     "Kestwick Pathology is recruiting for its mobile collection team.\n"
     "Jobs are growing fastest in the aged care and disability support sectors.\n"
     "Phlebotomists earn about $27 an hour, the award says.\n",
     {"venepuncture", "sample labelling", "patient identification"},
     {"Kestwick Pathology"},
     {"aged care", "disability support"}),
    ("NORTH SHORE DAILY\nNews  Business  Sport\n\n"
     "Stage crews: the backstage trade nobody can staff\n"
     "Theatres want more stagehands than colleges can train.\n"
     "By Tom Ferrante\nPublished 19 May 2026\n\n"
     "Stagehands build sets, rig lights and move scenery. One stagehand said the nights "
     "are long.\n"
     "Producers add that fly rigging, Vectorworks and follow-spot operation are highly "
     "sought after.\n"
     "Lyric House, Quarry Arts and Tessellate Live are among the companies now recruiting.\n"
     "Most of the work is in the theatre, touring and events industries.\n"
     "Stagehands earn $31 an hour on the union scale.\n",
     {"fly rigging", "Vectorworks", "follow-spot operation"},
     {"Lyric House", "Quarry Arts", "Tessellate Live"},
     {"theatre", "touring", "events"}),
]


@pytest.mark.parametrize(("page", "skills", "employers", "sectors"), FEATURES)
def test_feature_frames_give_skills_employers_and_sectors(page: str, skills: set[str],
                                                          employers: set[str],
                                                          sectors: set[str]) -> None:
    guide = parse_text(page, "feature.txt")
    assert skills <= names(guide.skills)
    assert employers <= names(guide.employers)
    assert sectors <= names(guide.sectors)
    assert not sectors & names(guide.employers)  # listed sectors are never employers
    assert not {"report added", "the report added"} & names(guide.sectors)


def test_a_list_of_people_before_a_scarcity_predicate_names_no_skill() -> None:
    page = ("Ridge Times\n\nWhy builders cannot find tradespeople\n"
            "By Alan Ruiz | Staff Writer\n\n"
            "A Site Manager is a builder who runs the site. Site managers plan the week.\n"
            "Contractors say that electricians, plumbers and tilers are in short supply.\n"
            "Site managers say scaffolding, concrete and timber are in demand on every job.\n")
    guide = parse_text(page, "builders.txt")
    assert not {"electricians", "plumbers", "tilers"} & names(guide.skills)


@pytest.mark.parametrize(("sentence", "skills"), [
    ("Skills such as welding, rigging and blueprint reading are in short supply.",
     {"welding", "rigging", "blueprint reading"}),
    ("Bakery owners say lamination, sugar work and cake decorating are hard to find.",
     {"lamination", "sugar work", "cake decorating"}),
    ("Python and SQL are in demand, the survey found.", {"Python", "SQL"}),
])
def test_a_scarce_list_is_skills_when_hirers_report_it_or_the_names_are_known(
        sentence: str, skills: set[str]) -> None:
    page = f"A Baker is a cook who bakes bread.\nBakers start early.\n{sentence}\n"
    assert skills <= names(parse_text(page, "baker.txt").skills)


@pytest.mark.parametrize("sentence", [
    "Housing and childcare are in short supply in the valley.",
    "Experience and patience are hard to find.",
    "Apprenticeships and training places are scarce.",
])
def test_a_scarce_list_of_other_things_names_no_skill(sentence: str) -> None:
    page = f"A Baker is a cook who bakes bread.\nBakers start early.\n{sentence}\n"
    found = names(parse_text(page, "baker.txt").skills)
    assert not {"Housing", "childcare", "Experience", "patience", "Apprenticeships",
                "training places"} & found


@pytest.mark.parametrize(("sentence", "skills", "others"), [
    ("Mentorship and Collaboration matter as much as the oven work.",
     {"Mentorship", "Collaboration"}, set()),
    ("Critical Thinking and Communication count as much as the recipes.",
     {"Critical Thinking", "Communication"}, set()),
    ("Patience and good shoes matter as much as the recipes.", set(), {"Patience",
                                                                      "good shoes"}),
    ("Housing and bus fares matter as much as pay.", set(), {"Housing", "bus fares"}),
])
def test_a_list_that_weighs_as_much_as_the_craft_is_skills_when_known(
        sentence: str, skills: set[str], others: set[str]) -> None:
    page = f"A Baker is a cook who bakes bread.\nBakers start early.\n{sentence}\n"
    found = names(parse_text(page, "baker.txt").skills)
    assert skills <= found
    assert not others & found  # one name is no list; a list half unknown names nothing


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.from_lexicon(load_lexicon())


@pytest.mark.parametrize(("sentence", "sectors"), [
    ("Demand is strongest in the Mining and Legal Services sectors, the survey found.",
     ["Mining", "Legal Services"]),
    ("We work with partners across the retail, hospitality and care industries.",
     ["retail", "hospitality", "care"]),
    ("Most vacancies sit in the oil and gas, mining and energy industries.",
     ["oil and gas", "mining", "energy"]),
])
def test_sectors_closed_by_a_plural_sector_noun(sentence: str, sectors: list[str]) -> None:
    assert framed_sectors(sentence) == sectors


@pytest.mark.parametrize("sentence", [
    "Both the public and private sectors are short of auditors.",
    "Jobs in these sectors pay well.",
    "Sectors: see the table below.",
    "Firms that serve many industries hire them.",
])
def test_no_sector_list_without_named_sectors(sentence: str) -> None:
    assert framed_sectors(sentence) == []


@pytest.mark.parametrize(("sentence", "employers"), [
    ("Halvane, Orrin and Teskel are among the firms hiring now.", ["Halvane", "Orrin", "Teskel"]),
    ("KLM and Orrin Foods are among the biggest employers in town.", ["KLM", "Orrin Foods"]),
    ("Quillo is recruiting for its billing team.", ["Quillo"]),
    ("In 2019 she joined Quillo, a payments start-up, as its first analyst.", ["Quillo"]),
    ("He has worked as a Rigger at Brantholm for 6 years.", ["Brantholm"]),
])
def test_names_a_predicate_calls_hiring_organisations(vocab: Vocabulary, sentence: str,
                                                      employers: list[str]) -> None:
    found, kinds = workplaces(sentence, vocab, "rigger")
    assert found == employers
    assert not any("years" in k for k in kinds)


@pytest.mark.parametrize("sentence", [
    "Nurses are among the workers hiring agencies want most.",
    "Kell and Morrow are among the firms that supply the yard.",
    "Sarah is recruiting for her own team.",
    "She joined Ana, a friend from school, at the fair.",
])
def test_no_employer_without_a_hiring_frame(vocab: Vocabulary, sentence: str) -> None:
    assert workplaces(sentence, vocab, "nurse")[0] == []


# -- vacancy notices: the career-development paragraph -------------------------------------
NOTICES = [
    ("Civic Careers Portal\nSearch jobs > Job details\n\n"
     "Job title: Licensing Officer\nReference number: LC-4471\nGrade: Band 4\n"
     "Salary: £31,200 - £34,900 per year\nClosing date: 12 June 2026\n\n"
     "About us\nMarlow Borough Council is recruiting for its licensing team.\n\n"
     "Career development\n"
     "Licensing officers can progress to Senior Licensing Officer.\n"
     "Secondments to Trading Standards Officer or Environmental Health Officer teams are "
     "offered every year.\n"
     "We welcome applications from people currently working as Licensing Assistant.\n",
     {"Senior Licensing Officer"}, {"Trading Standards Officer", "Environmental Health Officer"},
     {"Licensing Assistant"}, {"Marlow Borough Council"}),
    ("STATE JOBS BOARD\n\nPosition title: Fisheries Technician\nJob ID: 88102\n"
     "Classification: Level 3\nSalary range: $58,400 - $63,900\nClosing date: 30 April 2026\n\n"
     "Who we are\nThe Inland Waters Agency is recruiting for its hatchery unit.\n\n"
     "Your development\n"
     "Secondment into Fisheries Officer roles is available after two years.\n"
     "Applicants currently employed as Hatchery Assistant or Aquaculture Worker are "
     "encouraged to apply.\n",
     set(), {"Fisheries Officer"}, {"Hatchery Assistant", "Aquaculture Worker"},
     {"Inland Waters Agency"}),
    ("HealthJobs Network\n\nJob title: Sterile Services Technician\n"
     "Reference: SST-203\nGrade: Band 3\nSalary: £24,100 - £25,700 a year\n"
     "Closing date: 2 July 2026\n\n"
     "About the role\nAs a Sterile Services Technician you will decontaminate surgical "
     "instruments.\n\n"
     "Progression\n"
     "There is a development pathway to Sterile Services Supervisor.\n"
     "Rotations into Theatre Support Worker posts are offered.\n"
     "We welcome applications from people working as Healthcare Assistant.\n",
     {"Sterile Services Supervisor"}, {"Theatre Support Worker"}, {"Healthcare Assistant"},
     set()),
]


@pytest.mark.parametrize(("page", "up", "lateral", "moves_in", "employers"), NOTICES)
def test_notice_career_development_moves(page: str, up: set[str], lateral: set[str],
                                         moves_in: set[str], employers: set[str]) -> None:
    guide = parse_text(page, "notice.txt")
    assert up <= names(guide.leads_to)
    assert lateral <= names(guide.transitions_to)
    assert moves_in <= names(guide.moves_in)
    assert employers <= names(guide.employers)
    assert not {"Trading Standards Officer teams", "Fisheries Officer roles"} & (
        names(guide.transitions_to))


@pytest.mark.parametrize(("page", "title", "part"), [
    ("Coast Chronicle\n\nWhy shops cannot keep their loss prevention officers\n"
     "By Jo Harte | Retail Reporter\n\n"
     "Loss prevention officers watch the floor. One loss prevention officer said it is "
     "tiring.\nLoss prevention officers earn $24 an hour.\n"
     "Some move sideways into Senior Trust and Safety Analyst roles.\n",
     "Senior Trust and Safety Analyst", "Senior"),
    ("Inland Post\n\nWhy depots are short of forklift drivers\n"
     "By Kit Amos | Business Desk\n\n"
     "Forklift drivers load trailers. A forklift driver told us the shifts are long.\n"
     "Forklift drivers earn $23 an hour.\n"
     "A few move across into Lead Health and Safety Coordinator positions.\n",
     "Lead Health and Safety Coordinator", "Lead"),
    ("Hilltop Herald\n\nThe hunt for pharmacy technicians\n"
     "By Noor Haddad | Health Reporter\n\n"
     "Pharmacy technicians prepare medicines. One pharmacy technician said the work is "
     "exact.\nPharmacy technicians earn $26 an hour.\n"
     "Some move sideways into Principal Quality and Compliance Officer roles.\n",
     "Principal Quality and Compliance Officer", "Principal"),
])
def test_a_title_joining_words_with_and_stays_whole_before_roles(page: str, title: str,
                                                                 part: str) -> None:
    moved = names(parse_text(page, "feature.txt").transitions_to)
    assert title in moved
    assert part not in moved


# -- delimited tables: columns told by their cells -----------------------------------------
@pytest.mark.parametrize(("cells", "kind"), [
    (["$52,000 - $61,000", "$64,000 - $75,000", "-"], "pay"),
    (["£18.40/hr", "£21.10/hr"], "pay"),
    (["2-4 yrs", "5+ years", "0-1"], "years"),
    (["Python; SQL", "SQL; Tableau; Excel"], "skills"),
])
def test_column_kind_by_content(cells: list[str], kind: str, vocab: Vocabulary) -> None:
    known = {s.lower() for s in vocab.skills}
    assert column_kind(cells, lambda n: n.lower() in known or bool(
        vocab.lexicon_tools(n))) == kind


@pytest.mark.parametrize("cells", [
    ["London; Leeds", "Hull; York"],  # places, not skills
    ["3", "4", "5"],  # bare numbers: counts or codes
    ["$52,000", "ask HR"],  # one cell of another kind
    ["$52,000"],  # one cell is no column
])
def test_no_column_kind_without_plain_content(cells: list[str], vocab: Vocabulary) -> None:
    known = {s.lower() for s in vocab.skills}
    assert column_kind(cells, lambda n: n.lower() in known) is None


TABLES = [
    ("Harbourline Ferries - Deck careers\n\n"
     "Rung,Title,Package,XP\n"
     'D1,Junior Deckhand,"$38,000 - $42,000",0-1 yrs\n'
     'D2,Deckhand,"$43,000 - $49,000",2-3 yrs\n'
     'D3,Bosun,"$52,000 - $60,000",4+ yrs\n',
     "deckhand.txt", "Deckhand", {(43000, 49000)}, set()),
    ("Kestrel Analytics | Analyst track\n\n"
     "Rung\tTitle\tPackage\tStack\n"
     "A1\tJunior Data Analyst\t£28,000 - £32,000\tExcel; SQL\n"
     "A2\tData Analyst\t£34,000 - £41,000\tSQL; Python; Tableau\n"
     "A3\tSenior Data Analyst\t£44,000 - £52,000\tPython; Looker\n",
     "data-analyst.txt", "Data Analyst", {(34000, 41000)}, {"Python", "Tableau"}),
    ("Brightwater Utilities careers\n\n"
     "| Step | Title | Band pay | Toolkit |\n|---|---|---|---|\n"
     "| 1 | Junior Data Engineer | $70,000 - $80,000 | SQL; Python |\n"
     "| 2 | Data Engineer | $85,000 - $99,000 | Python; Spark; Airflow |\n"
     "| 3 | Senior Data Engineer | $104,000 - $121,000 | Spark; Kafka |\n",
     "data-engineer.txt", "Data Engineer", {(85000, 99000)}, {"Python", "Spark"}),
]


@pytest.mark.parametrize(("page", "file", "role", "bands", "skills"), TABLES)
def test_table_columns_told_by_their_cells(page: str, file: str, role: str,
                                           bands: set[tuple[int, int]],
                                           skills: set[str]) -> None:
    guide = parse_text(page, file)
    assert guide.role.text == role
    assert bands <= {(s.min, s.max) for s in guide.salaries}
    assert skills <= names(guide.skills)


def test_a_column_of_places_stays_unread() -> None:
    page = ("Pellham Rail - Station roles\n\n"
            "Grade,Title,Package,Depots\n"
            'S1,Station Assistant,"$41,000 - $45,000","Ashby; Corley"\n'
            'S2,Station Supervisor,"$47,000 - $53,000","Corley; Tanfield"\n')
    guide = parse_text(page, "station-assistant.txt")
    assert not {"Ashby", "Corley", "Tanfield"} & names(guide.skills)


def _moves(sentence: str, own: str) -> dict[str, list[str]]:
    from careergraph.guides.moves import prose_moves

    return prose_moves(sentence, Vocabulary.from_lexicon(load_lexicon()), own)


@pytest.mark.parametrize(("sentence", "own", "direction", "titles"), [
    ("After a year, officers can apply for APS 5 Border Intelligence Analyst roles.",
     "Border Officer", "up", ["Border Intelligence Analyst"]),
    ("Successful Grants Officers typically apply for Grade 7 Grants Manager posts.",
     "Grants Officer", "up", ["Grants Manager"]),
    ("Staff nurses often apply for Band 6 Charge Nurse or Clinical Educator roles.",
     "Staff Nurse", "up", ["Charge Nurse", "Clinical Educator"]),
    ("Many Customs Assistants in our region have been promoted into this role.",
     "Customs Officer", "in", ["Customs Assistant"]),
    ("Most Library Assistants at the central branch were recruited into this role.",
     "Librarian", "in", ["Library Assistant"]),
    ("Several Payroll Clerks across the trust have been promoted into this role.",
     "Payroll Officer", "in", ["Payroll Clerk"]),
])
def test_notice_progression_sentences(sentence: str, own: str, direction: str,
                                      titles: list[str]) -> None:
    assert _moves(sentence, own)[direction] == titles


@pytest.mark.parametrize(("sentence", "own"), [
    ("From there you can apply for specialist roles in stroke or glaucoma.", "Orthoptist"),
    ("Successful candidates can apply for senior posts later.", "Clerk"),
    ("Successful Policy Advisers must hold a security clearance.", "Policy Adviser"),
])
def test_no_title_from_a_kind_of_role_or_a_subject_opener(sentence: str, own: str) -> None:
    found = _moves(sentence, own)
    assert not {"Specialist", "Senior", "Successful Policy Adviser"} & {
        t for titles in found.values() for t in titles}


@pytest.mark.parametrize(("item", "asked"), [
    ("Registration as a Dietitian with the regulator", True),
    ("Full driving licence and access to a car", True),
    ("Membership of a recognised surveying body", True),
    ("Wound assessment and dressing", False),
    ("Registering new patients on the clinic system", False),
    ("Licensing law and procedure", False),
])
def test_a_credential_criterion_is_a_requirement(item: str, asked: bool) -> None:
    from careergraph.guides.criteria import credential

    assert credential(item) is asked


def test_credential_criteria_on_a_notice_give_no_skill() -> None:
    page = ("Job title: Community Dietitian\nReference number: CD-77\nGrade: Band 6\n"
            "Closing date: 3 May 2026\n\nPerson specification\nEssential criteria\n"
            "- Registration as a Dietitian or nutritionist\n- Dysphagia screening\n"
            "- Full driving licence\n")
    guide = parse_text(page, "notice.txt")
    assert "Dysphagia screening" in names(guide.skills)
    assert not {"nutritionist", "Registration as a Dietitian", "Full driving licence"} & (
        names(guide.skills))


@pytest.mark.parametrize(("sentence", "skills"), [
    ("Specialized experience includes: 1) drafting site plans; AND 2) sampling soils "
     "with augers.", ["drafting site plans", "sampling soils"]),
    ("Specialized experience includes: 1) scheduling vehicle repairs; AND 2) ordering parts "
     "for a fleet.", ["scheduling vehicle repairs", "ordering parts"]),
    ("Specialized experience includes: 1) Auditing grant files; AND 2) reconciling ledgers "
     "to bank records.", ["Auditing grant files", "reconciling ledgers"]),
])
def test_specialised_experience_in_lower_case(sentence: str, skills: list[str]) -> None:
    from careergraph.guides.criteria import specialised_experience

    assert specialised_experience(sentence) == skills


OWN_FIELD = [
    ("Metro Ledger\n\nWhy the city is short of retail operations analysts\n"
     "Employers say the shortage of retail operations analysts is slowing retail operations "
     "projects across the region.\nBy Ola Brandt | 3 March 2026\n\n"
     "Retail operations analysts study store data. One retail operations analyst said the "
     "work is varied.\nRetail operations analysts earn $61,000 a year.\n", "retail", set()),
    ("Harbour Post\n\nEnergy trading analysts wanted as markets swing\n"
     "Firms say a lack of energy trading analysts is holding back energy trading desks in "
     "the region.\nBy Cal Reyes | 9 June 2026\n\n"
     "Energy trading analysts price power contracts. An energy trading analyst told us the "
     "hours are long.\nEnergy trading analysts earn $88,000 a year.\n", "energy", set()),
    ("County Examiner\n\nThe quiet shortage of insurance claims handlers\n"
     "Insurers say too few insurance claims handlers are clearing insurance claims backlogs "
     "across the county.\nBy Ines Roe | 2 May 2026\n\n"
     "Insurance claims handlers assess losses. One insurance claims handler said storms "
     "double the work.\nInsurance claims handlers earn $41,000 a year. Most work in "
     "insurance and banking.\n", "", {"insurance", "banking"}),
]


@pytest.mark.parametrize(("page", "not_sector", "sectors"), OWN_FIELD)
def test_the_roles_own_field_words_are_no_sector(page: str, not_sector: str,
                                                 sectors: set[str]) -> None:
    found = names(parse_text(page, "feature.txt").sectors)
    assert not_sector not in found
    assert sectors <= found  # ("Most work in insurance and banking": the place, read)
