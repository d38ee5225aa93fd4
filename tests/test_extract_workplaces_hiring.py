"""Employers and sectors named by hiring talk, on any kind of page (cues in ``hiring`` of
``data/headings.yaml``, read by :mod:`careergraph.guides.workplaces`).

Each page is invented for the test, in the structure the variant names: a hiring subject with
its list, adverts and who posted them, a hiring verb's subject, leavers' destinations, demand
across sectors, the role's title before "at X", a writer's own moves, and an employers label
glued to its list.
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.employer_names import full_name, role_employers
from careergraph.guides.labelled_employers import labelled_employers, listed_workplace
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.workplaces import workplaces
from careergraph.lexicon import load_lexicon
from careergraph.model import Guide


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.from_lexicon(load_lexicon())


def employers(guide: Guide) -> set[str]:
    return {fact.text for fact in guide.employers}


def sectors(guide: Guide) -> set[str]:
    return {fact.text.lower() for fact in guide.sectors}


def page(title: str, *paragraphs: str) -> Guide:
    return parse_text("\n\n".join([title, *paragraphs]) + "\n", "page.txt")


# -- a kind of organisation, its hiring clause, then the list ------------------------------
@pytest.mark.parametrize(("title", "sentence", "named"), [
    ("Glazier", "Glazing contractors now requesting apprentices through the hall: Pellow "
     "Glass Ltd., Tarn Facades Inc., Orrin Window Systems.",
     {"Pellow Glass Ltd", "Tarn Facades Inc", "Orrin Window Systems"}),
    ("Dental Hygienist", "Practices that regularly advertise hygienist sessions in the county "
     "include Brookmead Dental Care, Selby Smile Clinic and Harrow Oral Health.",
     {"Brookmead Dental Care", "Selby Smile Clinic", "Harrow Oral Health"}),
    ("Boilermaker", "UNION SHOPS hiring boilermakers this spring include Kettle Forge Works "
     "and Amberley Pressure Vessels.", {"Kettle Forge Works", "Amberley Pressure Vessels"}),
    # a long job title inside the hiring clause
    ("Senior Offshore Wind Turbine Blade Technician",
     "Companies advertising most Senior Offshore Wind Turbine Blade Technician posts this "
     "spring: Gullwing Renewables, Tarrant Blade Services and Kelso Offshore Group.",
     {"Gullwing Renewables", "Tarrant Blade Services", "Kelso Offshore Group"}),
    # who employs the most, ranked; an aside inside an item does not end the list
    ("Hospital Pharmacist", "Largest employers among the members we polled: Fenwick Health "
     "(its two city sites), Marram Valley Health Board and Osprey Community Pharmacy Ltd.",
     {"Fenwick Health", "Marram Valley Health Board", "Osprey Community Pharmacy Ltd"}),
    ("Ski Instructor", "Biggest recruiters this season: Alpenrose Snowsports and Corrie "
     "Ski Schools Ltd.", {"Alpenrose Snowsports", "Corrie Ski Schools Ltd"}),
])
def test_a_hiring_subject_opens_a_list_of_employers(title: str, sentence: str,
                                                     named: set[str]) -> None:
    guide = page(title, f"{title}s fit and repair parts on site.", sentence)
    assert named <= employers(guide)


def test_an_aside_ends_a_list_no_cue_opened(vocab: Vocabulary) -> None:
    # (only a cue's own list reads past an aside: a story's "(2 yrs)" still ends its list)
    found, _ = workplaces("i work as a porter at Dunmore Stores (3 yrs) and i want to become "
                          "a Head of Data Science.", vocab)
    assert "Data Science" not in found


# -- adverts and who posted them -------------------------------------------------------------
@pytest.mark.parametrize(("title", "sentence", "named"), [
    ("Sous Chef", "Live vacancies: Copperleaf Bistro Group, Marlow Quay Hotel and The Olive "
     "Loft Kitchen.", {"Copperleaf Bistro Group", "Marlow Quay Hotel", "The Olive Loft Kitchen"}),
    ("Payroll Officer", "This month's adverts came mainly from Tessaly County Council, Brine "
     "& Marsh Accountants and the payroll bureau Ledgerline Services.",
     {"Tessaly County Council", "Brine & Marsh Accountants", "Ledgerline Services"}),
    ("Crane Operator", "Recent job postings have come from Halden Lifting Co. and Northpier "
     "Stevedoring Ltd.", {"Halden Lifting Co", "Northpier Stevedoring Ltd"}),
])
def test_adverts_name_who_posted_them(title: str, sentence: str, named: set[str]) -> None:
    guide = page(title, f"A {title.lower()} works long shifts.", sentence)
    assert named <= employers(guide)


# -- organisations as the subject of a hiring verb --------------------------------------------
@pytest.mark.parametrize(("sentence", "named", "not_named"), [
    ("NWRA, Coastal Roads Department (CRD), Varden Port Authority and district councils "
     "recruit surveyors every year.",
     {"NWRA", "Coastal Roads Department", "Varden Port Authority"}, set()),
    ("Orchard and vine growers are busy (Pelham Fruit Farms, Quill Valley Growers and Abbot "
     "Estates all have open picking roles).",
     {"Pelham Fruit Farms", "Quill Valley Growers", "Abbot Estates"}, set()),
    ("Kinsey Mutual Insurance and dozens of smaller brokers across the region employed "
     "loss adjusters last year.", {"Kinsey Mutual Insurance"}, set()),
    ("Retail, ICT and logistics firms all hire analysts.", set(), {"ICT"}),
    # (one-word names the employers lexicon knows; an unknown one-word name stays out)
    ("Adobe, Quorrel and Spotify recruit data analysts in every region.",
     {"Adobe", "Spotify"}, {"Quorrel"}),
    ("Maria Santos and Lee Chen recruit volunteers for the fair.", set(),
     {"Maria Santos", "Lee Chen"}),
])
def test_the_subject_of_a_hiring_verb(vocab: Vocabulary, sentence: str, named: set[str],
                                      not_named: set[str]) -> None:
    found = set(workplaces(sentence, vocab)[0])
    assert named <= found
    assert not found & not_named


# -- where a course's leavers go -----------------------------------------------------------
@pytest.mark.parametrize(("sentence", "named", "kind"), [
    ('"Our graduates are going to Tolland Rail Works, to Grey Heron Ferries and to the '
     'signalling contractors," the tutor said.',
     {"Tolland Rail Works", "Grey Heron Ferries"}, "signalling contractors"),
    ("Most leavers go to Ashcombe Veterinary Group or Fenwick Animal Hospital.",
     {"Ashcombe Veterinary Group", "Fenwick Animal Hospital"}, ""),
    ("Last year our apprentices went on to Brackley Joinery Ltd and Cowan Timber Frames.",
     {"Brackley Joinery Ltd", "Cowan Timber Frames"}, ""),
])
def test_where_leavers_go(vocab: Vocabulary, sentence: str, named: set[str],
                          kind: str) -> None:
    found, kinds = workplaces(sentence, vocab)
    assert named <= set(found)
    assert not kind or kind in kinds


# -- demand across sectors ------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "kinds"), [
    ("Demand stays high across retail banking, logistics and public health.",
     ["retail banking", "logistics", "public health"]),
    ("Demand is growing in aged care, disability services and community housing.",
     ["aged care", "disability services", "community housing"]),
    ("Translators are in demand across law firms, publishers and medical device makers.",
     ["law firms", "publishers", "medical device makers"]),
])
def test_demand_names_sectors(vocab: Vocabulary, sentence: str, kinds: list[str]) -> None:
    found, listed = workplaces(sentence, vocab)
    assert listed == kinds
    assert found == []


# -- the role's title, or an organisation's name, before "at X" ------------------------------
@pytest.mark.parametrize(("holder", "sentence", "named"), [
    ("audiologist", "Dana Pike is a paediatric audiologist at Wrenfield Hearing Centre in "
     "Corby, where she fits implants.", ["Wrenfield Hearing Centre"]),
    ("brewer", "Ollie Grant, head brewer at Stonecrop Brewing Co. in Leek, talks hops.",
     ["Stonecrop Brewing Co."]),
    ("educator", "That is how I got my first gallery educator job at Lowmoor Heritage Trust.",
     ["Lowmoor Heritage Trust"]),
    ("nurse", "She works night shifts on the stroke unit at Calder Vale General Hospital in "
     "Otley.", ["Calder Vale General Hospital"]),
    ("surveyor", "I studied surveying at Harnley Institute of Technology.", []),
    ("sommelier", "Media related to Sommeliers at Wikimedia Commons", []),
    ("operator", "Operators at the Ferris Bank and Lowe Moor treatment plants rotate shifts.",
     []),
])
def test_a_title_or_an_organisation_at_x(vocab: Vocabulary, holder: str, sentence: str,
                                         named: list[str]) -> None:
    assert workplaces(sentence, vocab, holder)[0] == named


# -- a writer's own moves between employers ------------------------------------------------
@pytest.mark.parametrize(("sentence", "named"), [
    ("I started with Redcliff Grid Services and now I'm with Hollin Valley Electric "
     "Cooperative.", ["Redcliff Grid Services", "Hollin Valley Electric Cooperative"]),
    ("After nine years I retired from the Severn Estuary Pilots Association.",
     ["Severn Estuary Pilots Association"]),
    ("Ran tugs for a decade, then got picked up by Marram Towing & Salvage.",
     ["Marram Towing & Salvage"]),
    ("Did five years on the bench, then moved to CART captioning.", []),
])
def test_own_moves_name_employers(vocab: Vocabulary, sentence: str,
                                  named: list[str]) -> None:
    assert workplaces(sentence, vocab)[0] == named


# -- an employers label glued to its list ----------------------------------------------------
@pytest.mark.parametrize(("line", "named"), [
    ("Top Employers Quayside Boatworks, Wren Marine Group", ["Quayside Boatworks",
                                                             "Wren Marine Group"]),
    ("TYPICAL EMPLOYERS Bellwood Dairy and Copse Farm Partners",
     ["Bellwood Dairy", "Copse Farm Partners"]),
    ("Major employers - Astley Print Works, Fernhill Bindery Ltd",
     ["Astley Print Works", "Fernhill Bindery Ltd"]),
    ("Top Employers Quayside Boatworks", []),
])
def test_a_label_glued_to_its_list(vocab: Vocabulary, line: str, named: list[str]) -> None:
    assert labelled_employers(line, vocab)[0] == named


# -- a bullet's examples in brackets -----------------------------------------------------------
@pytest.mark.parametrize(("item", "named", "kind"), [
    ("Independent opticians (e.g., **Lensworth Eyecare**, **Brightview Optical**)",
     ["Lensworth Eyecare", "Brightview Optical"], "Independent opticians"),
    ("Regional airlines (such as Skylark Regional, Puffin Air)",
     ["Skylark Regional", "Puffin Air"], "Regional airlines"),
    ("Council leisure centres (including Rowan Leisure Trust)",
     ["Rowan Leisure Trust"], "Council leisure centres"),
])
def test_examples_in_brackets_after_a_listed_kind(vocab: Vocabulary, item: str,
                                                  named: list[str], kind: str) -> None:
    assert listed_workplace(item, vocab) == (named, kind)


# -- the places a sentence about the role's holders puts them in ------------------------------
@pytest.mark.parametrize(("holder", "sentence", "kinds"), [
    ("assistant", "Kennel assistants feed and walk dogs in rescue centres, boarding kennels and "
     "shelters and help the wardens who run them.", ["rescue centres", "boarding kennels",
                                                     "shelters"]),
    ("pharmacist", "Pharmacists check prescriptions in hospitals, community pharmacies and GP "
     "surgeries.", ["hospitals", "community pharmacies", "GP surgeries"]),
    ("librarian", "Outreach librarians run reading clubs in prison libraries, care homes and "
     "youth centres.", ["prison libraries", "care homes", "youth centres"]),
    ("nurse", "Nurses work in teams of four on a ward.", []),
    ("chef", "Chefs plate dishes in a hurry at lunch.", []),
])
def test_places_the_holders_work_in(vocab: Vocabulary, holder: str, sentence: str,
                                    kinds: list[str]) -> None:
    assert workplaces(sentence, vocab, holder)[1] == kinds


# -- "work on": a place, never a machine -----------------------------------------------------
@pytest.mark.parametrize(("sentence", "kinds"), [
    ("In the workshop they work on lathes, band saws and CNC routers; on site they fit.", []),
    ("Riggers work on film sets, touring productions and festival sites.",
     ["film sets", "touring productions", "festival sites"]),
    ("Some cooks work on cruise ships or for event caterers.", ["cruise ships", "event caterers"]),
])
def test_work_on_names_places_not_machines(vocab: Vocabulary, sentence: str,
                                           kinds: list[str]) -> None:
    assert workplaces(sentence, vocab)[1] == kinds


# -- more ways a writer names an employer -------------------------------------------------------
@pytest.mark.parametrize(("sentence", "named"), [
    ("Almost every carrier in the county works for the U.S. Postal Service now.",
     ["U.S. Postal Service"]),
    ("I joined a tiny charity, Lantern Lane Food Network, as an admin assistant.",
     ["Lantern Lane Food Network"]),
    ("Three years in at Prairie Line Rail, I drive the night freight job.",
     ["Prairie Line Rail"]),
])
def test_a_writer_names_an_employer(vocab: Vocabulary, sentence: str,
                                    named: list[str]) -> None:
    assert workplaces(sentence, vocab)[0] == named


def test_who_hired_the_writer_employs_the_role_only_when_the_job_is_the_role(
        vocab: Vocabulary) -> None:
    sentence = "Ferncastle Health hired me as a service designer in 2023."
    assert workplaces(sentence, vocab)[0] == []  # the job it names decides
    assert role_employers(sentence, "Service Designer", vocab) == ["Ferncastle Health"]
    assert role_employers(sentence, "Content Strategist", vocab) == []


# -- "Where the jobs are" bullets, each a kind with what it does ------------------------------
@pytest.mark.parametrize(("title", "bullets", "kinds"), [
    ("Heat Pump Engineer", ["Plumbing firms moving into heat pumps",
                            "Housing associations upgrading old stock"],
     {"plumbing firms", "housing associations"}),
    ("Arborist", ["Tree surgery companies clearing storm damage",
                  "Utilities trimming lines"], {"tree surgery companies", "utilities"}),
    ("Sign Language Interpreter", ["Interpreting agencies booking freelancers",
                                   "Universities (e.g., Harcourt University)"],
     {"interpreting agencies", "universities"}),
])
def test_where_the_jobs_are_bullets(title: str, bullets: list[str], kinds: set[str]) -> None:
    guide = page(title, f"{title}s are in steady demand.",
                 "Where the jobs are\n\n" + "\n".join(f"* {b}" for b in bullets))
    assert kinds <= sectors(guide)


# -- a shortened name and the full one the page prints ------------------------------------------
@pytest.mark.parametrize(("name", "text", "full"), [
    ("Tidewell Marine", "The bay at Tidewell Marine Works hums. Leavers go to Tidewell Marine.",
     "Tidewell Marine Works"),
    ("Orrin Glass", "Orrin Glass Ltd won the tender; staff at Orrin Glass say so.",
     "Orrin Glass Ltd"),
    ("Calder Foods", "Calder Foods Group pays well. Calder Foods hires in May.",
     "Calder Foods Group"),
    ("Greyfriars College", "Greyfriars College Boat Club rows. Greyfriars College hires.",
     "Greyfriars College"),  # (a name ending in a kind of organisation is whole)
    ("Tidewell Marine", "Tidewell Marine\nHuman Resources Office", "Tidewell Marine"),
    ("Tidewell Marine", "Tidewell Marine Says Yes", "Tidewell Marine"),
])
def test_a_shortened_name_takes_the_full_one(name: str, text: str, full: str) -> None:
    assert full_name(name, text) == full


# -- pay "by employer type": each label below is a kind of employer ------------------------------
@pytest.mark.parametrize(("title", "block", "kinds"), [
    ("Lift Engineer", "1. Pay by Employer Type\nMonthly figures by employer type:\n"
     "a. Lift Maintenance Firms\n- Entry: 2,100-2,900 AED\nb. Shopping Malls\n"
     "- Senior: 3,000-4,000 AED", {"lift maintenance firms", "shopping malls"}),
    ("Chef de Partie", "Typical Salaries by Employer Type\n- Hotel kitchens (union rate):\n"
     "- Start: €2,300 a month.\n- Contract caterers:\n- Start: €2,150 a month.",
     {"hotel kitchens", "contract caterers"}),
    ("Security Officer", "2. Wages by Sector\nWeekly pay by sector:\na. Banks and Museums\n"
     "- Typical: £520-£610 a week\nb. Event Security Companies\n- Typical: £480 a week",
     {"banks", "museums", "event security companies"}),
])
def test_pay_by_employer_type_labels_are_sectors(title: str, block: str,
                                                 kinds: set[str]) -> None:
    guide = page(f"{title} Salary Guide", f"{title}s are paid by the hour or the month.", block)
    assert kinds <= sectors(guide)


def test_a_title_under_pay_by_employer_type_is_no_sector(vocab: Vocabulary) -> None:
    from careergraph.guides.workplace_kinds import employer_types
    assert employer_types("Senior Technician", "Salary by Employer Type", vocab) == []
    assert employer_types("Hotels", "Salary by Experience", vocab) == []


@pytest.mark.parametrize("sentence", [
    "This post is part of the Great Place to Work for Veterans scheme.",
    "We signed the Proud to Work For Carers pledge in 2024.",
    "Apply through the Ready to Work in Care programme.",
])
def test_a_capitalised_work_cue_inside_a_name_names_no_workplace(vocab: Vocabulary,
                                                                 sentence: str) -> None:
    assert workplaces(sentence, vocab) == ([], [])


@pytest.mark.parametrize(("sentence", "named"), [
    ("She talks between night shifts on the ward at Elmstead General Hospital in Derby.",
     ["Elmstead General Hospital"]),
    ("Long shifts in the yard at Quarrington Ship Repair Works are normal.",
     ["Quarrington Ship Repair Works"]),
    ("He covers weekend shifts at Dunmore Freight Rail.", ["Dunmore Freight Rail"]),
    ("The clinic at Elmstead General Hospital opened in 1990.", []),
])
def test_shifts_at_an_organisation(vocab: Vocabulary, sentence: str, named: list[str]) -> None:
    assert workplaces(sentence, vocab)[0] == named


# -- a strip of job cards: title, "Company - Town", apply button ----------------------------------
@pytest.mark.parametrize(("title", "strip", "named"), [
    ("Embalmer", "Embalmer Jobs Near Akron, OH\nTrainee Embalmer\nAshby Funeral Home - Akron, OH\n"
     "Apply Now\nEmbalmer (Nights)\nCedarlawn Memorial Services - Kent, OH\nApply Now",
     {"Ashby Funeral Home", "Cedarlawn Memorial Services"}),
    ("Forklift Driver", "Open roles\nForklift Driver – Days\nBrayfield Logistics · Leeds\n"
     "Easy Apply\nReach Forklift Driver\nOrmond Cold Store | Remote\napply",
     {"Brayfield Logistics", "Ormond Cold Store"}),
    ("Dental Nurse", "Latest jobs\nTrainee Dental Nurse\nMill Lane Dental Practice - Bath, UK\n"
     "Apply\nDental Receptionist\nSmile Studio - Bath, UK\nApply", {"Mill Lane Dental Practice"}),
])
def test_job_cards_name_the_companies_posting_the_role(title: str, strip: str,
                                                       named: set[str]) -> None:
    guide = page(title, f"{title}s are needed across the region.", strip)
    assert named <= employers(guide)
    assert "Smile Studio" not in employers(guide)  # (a card for another title)
