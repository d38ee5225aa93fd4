"""Advice columns, offer letters and licensing regulators' pages (set-15 styles, rules15b).

A careers advice column is named after its columnist ("Ask the Foreman", "Dear Maeve") and
printed under a paper's masthead: neither is the role, which is the job the reader asks
about.  An offer letter or a statement of employment particulars has a document title
("Contract of Employment") above the post it offers ("offer you the position of X", a
numbered "Job title" field).  Run-in skills labels ("What gets you hired: A, B and C.")
name one line's list; a tool named after the technique it serves is a skill of its own.
Every page here is written for these tests (invented papers, employers, people, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.items import skill_names
from careergraph.guides.title_frames import document_title
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon


def names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {f.text for f in facts}


# -- the role ------------------------------------------------------------------------------
def test_column_names_and_mastheads_are_no_role() -> None:
    page = ("The Eastern Herald\n"
            "News   Sport   Money   Travel   Opinion\n"
            "Money › Careers › Ask Maeve\n"
            "'I'm 51 and a librarian. Can I still become a court reporter?'\n"
            "Our columnist on late career changes and stenography courses\n"
            "Maeve Okafor\n"
            "Tue 3 Mar 2026 07.00 GMT\n"
            "THE LETTER\n"
            "I have been a librarian for years and want to train as a court reporter.\n"
            "THE ANSWER\n"
            "Court reporters need speed. Most court reporters train for two years, and a "
            "Court Reporter in the county courts starts on £26,000.\n")
    guide = parse_text(page, "column.txt")
    assert guide.role is not None and guide.role.text == "Court Reporter"


def test_column_masthead_alone_is_not_taken() -> None:
    page = ("SITE & SCAFFOLD | APRIL 2026 | 12\n"
            "ASK THE FOREMAN\n"
            "Q: Is 40 too late to start?\n"
            "A: Not at all. Steel fixers earn $48 an hour on the big jobs.\n")
    guide = parse_text(page, "steel-fixer.txt")
    assert guide.role is None or "Foreman" not in guide.role.text


def test_document_titles() -> None:
    assert document_title("ASK THE FOREMAN") and document_title("Dear Maeve")
    assert document_title("Contract of Employment")
    assert document_title("Written Statement of Particulars of Employment (section 1)")
    assert not document_title("Employment Adviser")
    assert not document_title("Ask a Paralegal About Court Fees and Deadlines")


def test_offered_position_is_the_role() -> None:
    page = ("Please review and sign\n"
            "HARLOW VALLEY WATER AUTHORITY\n"
            "Human Resources · 14 Weir Road\n"
            "Dear Priya,\n"
            "We are pleased to offer you the position of Water Treatment Operator II in our "
            "Eastbank plant, starting on 2 March 2026.\n"
            "Your starting rate will be $27.10 per hour.\n")
    guide = parse_text(page, "letter.txt")
    assert guide.role is not None and guide.role.text.startswith("Water Treatment Operator")


def test_statement_job_title_field_names_the_role() -> None:
    page = ("Contract of Employment\n"
            "1. Employer\n"
            "Marlow Borough Council, Town Hall\n"
            "2. Job title and post number\n"
            "Licensing Officer (Taxis), post no. LC220.\n"
            "3. Pay\n"
            "Grade 7, currently £31,200 a year.\n")
    guide = parse_text(page, "statement.txt")
    assert guide.role is not None and guide.role.text == "Licensing Officer"


def test_publication_name_is_no_title_line() -> None:
    page = ("The Weekly Courier\n"
            "Why towns cannot find enough lifeguards\n"
            "By Ann Lee | Staff Writer\n"
            "Lifeguards are scarce. Councils hire lifeguards every spring, and a lifeguard "
            "earns £12 an hour.\n")
    guide = parse_text(page, "feature.txt")
    assert guide.role is not None and guide.role.text != "The Weekly Courier"


# -- skills --------------------------------------------------------------------------------
def test_run_in_skills_label_reads_one_line() -> None:
    page = ("Court Reporter\n"
            "What gets you hired: stenotype writing on a Luminex machine, realtime "
            "captioning (CaseCATalyst), transcript proofing, and neat exhibit logs.\n"
            "The county courts and Redline Reporting both hire trainees every year, "
            "mostly for civil hearings.\n")
    guide = parse_text(page, "reporter.txt")
    skills = names(guide.skills)
    assert {"stenotype writing", "Luminex machine", "realtime captioning", "CaseCATalyst",
            "transcript proofing", "exhibit logs"} <= skills
    assert not {"civil hearings", "county courts"} & skills


def test_run_in_label_over_prose_is_no_list() -> None:
    page = ("Lineworker\n"
            "What you need: climbing, knots, gloving once you're energized, and a licence. "
            "Truck driving too.\n")
    skills = names(parse_text(page, "lineworker.txt").skills)
    assert "gloving once you're energized" not in skills


def test_tool_clauses_and_brackets_in_skill_items() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    found = skill_names("sample logging using the LabTrak system, titration (Metrohm), "
                        "QC checks (HPLC runs, GC calibration), tidy bench logs", vocab)
    assert {"LabTrak system", "sample logging", "Metrohm", "titration", "HPLC runs",
            "GC calibration", "QC checks", "bench logs"} <= set(found)
    # an acronym in brackets stays the name's own, no second skill
    assert skill_names("Google Cloud (GCP), Kubernetes (K8s)", vocab) == [
        "Google Cloud", "Kubernetes"]


# -- pay: whose figure a column states -----------------------------------------------------
def test_column_pay_owners() -> None:
    page = ("ASK THE FOREMAN\n"
            "Q: I'm 41, a plasterer in Adelaide on $46 an hour. Can I become a steel fixer?\n"
            "A: Yes. Most start with a year as a fixer's labourer on the deck at $33–$36 an "
            "hour. Qualified steel fixers are on $50–$58 an hour. Good fixers step up to "
            "Leading Hand (around $64 an hour). The tower riggers you hear about earn $70 an "
            "hour, but that is a course of its own.\n"
            "Who's hiring in SA: Gulf Reo and Barossa Formwork take on labourers each year.\n")
    guide = parse_text(page, "steel-fixer.txt")
    found = {(s.min, s.max, s.role, s.currency) for s in guide.salaries}
    assert (46, 46, "Plasterer", "AUD") in found
    assert (50, 58, None, "AUD") in found
    assert (64, 64, "Leading Hand", "AUD") in found
    assert (70, 70, "Tower Rigger", "AUD") in found


def test_short_form_subject_owns_the_job_pay_and_net_pay_is_none() -> None:
    page = ("'I'm 39 and a shop manager. Could I become a youth justice officer?'\n"
            "By Cara Bell | Careers columnist\n"
            "THE LETTER\n"
            "I take home about £2,100 a month and want a change.\n"
            "THE ANSWER\n"
            "You could start as a Youth Justice Assistant (YJA). YJAs support case work, and "
            "the job pays around £24,000–£26,500. Qualified youth justice officers earn "
            "£31,000–£37,000.\n"
            "Youth justice officers work in every council.\n")
    guide = parse_text(page, "column.txt")
    found = {(s.min, s.max, s.role) for s in guide.salaries}
    assert (24000, 26500, "Youth Justice Assistant") in found
    assert (31000, 37000, None) in found
    assert not any(s.min == 2100 for s in guide.salaries)


def test_several_figures_in_one_sentence_keep_their_own_owners() -> None:
    page = ("Retail Buyer\n"
            "Pay\n"
            "Buyers earn £35,000 to £52,000 and a head of buying at a big chain can earn "
            "£88,000 or more.\n")
    guide = parse_text(page, "buyer.txt")
    own = [s for s in guide.salaries if s.min == 35000]
    assert own and own[0].role is None


# -- offer letters and statements of particulars -------------------------------------------
LETTER = ("Please review and sign.   FINISH   Other actions\n"
          "HARLOW VALLEY WATER AUTHORITY\n"
          "Dear Priya,\n"
          "We are pleased to offer you the position of Water Treatment Operator II at Harlow "
          "Valley Water Authority, reporting to the Plant Manager.\n"
          "Compensation\n"
          "Your starting rate will be $27.10 per hour.\n"
          "Exhibit A – Position summary\n"
          "Operates chlorine dosing and filtration plant, including sand filters (Leopold) and "
          "UV reactors. Performs jar testing with a Hach DR3900 and uses a turbidity meter. "
          "Records readings in the SCADA (Wonderware).\n")


def test_offer_letter_employer_and_duty_objects() -> None:
    guide = parse_text(LETTER, "letter.txt")
    assert "Harlow Valley Water Authority" in names(guide.employers)
    assert {"chlorine dosing", "sand filters", "Leopold", "UV reactors", "jar testing",
            "Hach DR3900", "turbidity meter", "SCADA", "Wonderware"} <= names(guide.skills)


def test_plural_subject_is_no_duty_verb() -> None:
    page = ("Midwife\nWhat they do\n"
            "Midwives look after women through pregnancy and labour, and support families.\n")
    skills = names(parse_text(page, "midwife.txt").skills)
    assert "women" not in skills and "labour" not in skills


def test_statement_employer_field_and_grade_scheme() -> None:
    page = ("OFFICIAL\n"
            "Contract of Employment\n"
            "1. Employer\n"
            "Marlow Borough Council, Town Hall, Marlow.\n"
            "2. Job title and post number\n"
            "Licensing Officer (Taxis), post no. LC220.\n"
            "3. Place of work\n"
            "You already work for the Council at the Town Hall.\n"
            "Career grade scheme (Licensing)\n"
            "Assistant Licensing Officer – Grade 5 (£26,100 – £28,300)\n"
            "Licensing Officer – Grade 7 (£31,200 – £34,000)\n"
            "Senior Licensing Officer – Grade 9 (£38,400 – £41,900)\n")
    guide = parse_text(page, "statement.txt")
    assert names(guide.employers) == {"Marlow Borough Council"}
    ladders = [[f.text for f in chain] for chain in guide.progressions]
    assert ["Assistant Licensing Officer", "Licensing Officer",
            "Senior Licensing Officer"] in ladders
    found = {(s.min, s.max, s.role) for s in guide.salaries}
    assert (26100, 28300, "Assistant Licensing Officer") in found
    assert (38400, 41900, None) in found


def test_offer_ladder_of_grades_and_no_pay_restatements() -> None:
    page = ("Dear Sam,\n"
            "We are pleased to offer you the position of Certified Nursing Assistant 2 (CNA 2) "
            "at Elm Park Care Home.\n"
            "Compensation\n"
            "Your starting rate will be $19.80 per hour ($41,184 annualized at 2,080 hours).\n"
            "• On-call pay: $3.00 per hour while on call\n"
            "Exhibit B – Nursing career ladder\n"
            "CNA 1 ($17.10 – $19.00/hr) → CNA 2 → CNA 3 ($21.00 – $24.50/hr) → Unit Clerk "
            "Supervisor → Care Coordinator\n")
    guide = parse_text(page, "cna.txt")
    ladders = [[f.text for f in chain] for chain in guide.progressions]
    assert any(chain[-2:] == ["Unit Clerk Supervisor", "Care Coordinator"]
               and chain[0].startswith("Certified Nursing Assistant") for chain in ladders)
    figures = {s.min for s in guide.salaries}
    assert 19.8 in figures and 17.1 in figures and 21.0 in figures
    assert 41184 not in figures and 3.0 not in figures


# -- licensing regulators' trade pages -----------------------------------------------------
TRADE = ("TradesNS | Nova Scotia trades regulator\n"
         "Find a trade   Apprentices   Journeypersons   Employers   Exams   Public register\n"
         "Home / Find a trade / Construction / Sheet Metal Worker\n"
         "Sheet Metal Worker\n"
         "Trade code: 308A    Red Seal: Yes    Compulsory trade: No\n"
         "What you learn in school\n"
         "Level 1 – layout and pattern drafting, hand tools, soldering, shop safety\n"
         "Level 2 – duct fabrication, welding on light gauge, estimating\n"
         "Wages\n"
         "Apprentice wages are set as a share of the journeyperson rate: Term 1 – 45%.\n"
         "First-year apprentices earn about $17.20 an hour. Typical journeyperson wage in "
         "Nova Scotia: $27–$35 an hour.\n"
         "Certificate of Qualification exam\n"
         "100 questions · 70% to pass · exam fee $120 · annual renewal $50\n"
         "Career progression\n"
         "With experience, journeypersons become shop foremen or estimators. Related trades: "
         "Roofer (306A), Insulator (208A).\n"
         "Employers looking for apprentices now\n"
         "Harbour Ductworks – Halifax – Term 1 apprentice\n"
         "Valley Sheet Metal Ltd – Truro – licensed 308A, $31/hr\n"
         "Public register · Terms of use · Accessibility · Privacy · © TradesNS 2026\n")


def test_trade_page_sections_after_a_course_list() -> None:
    guide = parse_text(TRADE, "trade.txt")
    skills = names(guide.skills)
    assert {"pattern drafting", "hand tools", "soldering", "duct fabrication",
            "estimating"} <= skills
    assert not {"Wages", "Career progression", "Terms of use"} & skills
    employers = names(guide.employers)
    assert employers == {"Harbour Ductworks", "Valley Sheet Metal Ltd"}
    ups = names(guide.leads_to) | names(guide.transitions_to)
    assert not {"Roofer", "Insulator"} & ups
    figures = {(s.min, s.role) for s in guide.salaries}
    assert (17.2, None) in figures and (27, None) in figures
    assert not {50, 120} & {s.min for s in guide.salaries}


def test_licence_levels_topics_fees_and_sponsors() -> None:
    page = ("Oregon Pest Control Licensing Board\n"
            "Home   Licensing   Education   Complaints   Forms        Search license holders\n"
            "Becoming a Pest Control Technician in Oregon\n"
            "Oregon licenses pest control technicians at three levels.\n"
            "License types\n"
            "Trainee Technician\n"
            "May treat only under the direct supervision of a licensed operator.\n"
            "Pest Control Technician\n"
            "May treat under general supervision.\n"
            "Master Technician\n"
            "May treat without supervision and train others.\n"
            "Core education topics\n"
            "Insect biology · Rodent control · Pesticide labels · Safety equipment\n"
            "Fees\n"
            "Trainee application $35 · Exam fee $60 · Annual renewal $40\n"
            "Registered sponsoring firms (Lane County)\n"
            "Cascade Pest Partners\n"
            "Willamette Bug Control, LLC\n"
            "Need help? Call (541) 555-0101 · Site policies · Accessibility · Oregon.gov\n")
    guide = parse_text(page, "pest.txt")
    ladders = [[f.text for f in chain] for chain in guide.progressions]
    assert ["Trainee Technician", "Pest Control Technician", "Master Technician"] in ladders
    skills = names(guide.skills)
    assert {"Insect biology", "Rodent control", "Pesticide labels"} <= skills
    assert not {"Exam fee", "Site policies", "Accessibility"} & skills
    employers = names(guide.employers)
    assert "Cascade Pest Partners" in employers and "LLC" not in employers
    assert any(name.startswith("Willamette Bug Control") for name in employers)
    assert not {35, 60, 40} & {s.min for s in guide.salaries}


def test_names_before_a_taking_on_verb_are_employers() -> None:
    from careergraph.guides.mentions import section_names
    vocab = Vocabulary.from_lexicon(load_lexicon())
    employers, _ = section_names("Harbour Reo, Gulf Formwork and Barossa Steel all put new "
                                 "labourers on each spring.", vocab)
    assert employers == ["Harbour Reo", "Gulf Formwork", "Barossa Steel"]
    employers, _ = section_names("Tidewater Ports takes on two cadets a year.", vocab)
    assert employers == [] or employers == ["Tidewater Ports"]


def test_a_hiring_verb_ending_the_sentence_ends_the_last_name() -> None:
    from careergraph.guides.mentions import section_names
    vocab = Vocabulary.from_lexicon(load_lexicon())
    employers, _ = section_names("In Leeds: Rowan Bakehouse, Kettle Lane Patisserie and Ashdown "
                                 "Caterers regularly advertise.", vocab)
    assert employers == ["Rowan Bakehouse", "Kettle Lane Patisserie", "Ashdown Caterers"]


def test_named_biggest_employer_and_its_parent_body() -> None:
    page = ("'Can I become a youth worker at 44?'\n"
            "By Cara Bell | Careers columnist\n"
            "Youth workers run clubs and outreach. The county Youth Service (part of "
            "Marlow Council) is by far the biggest employer, recruiting every spring. "
            "Charities are the main employers in cities.\n")
    guide = parse_text(page, "youth.txt")
    employers = names(guide.employers)
    assert {"Youth Service", "Marlow Council"} <= employers
    assert "Charities" not in employers


def test_a_lone_modifier_shares_the_kind_after_it() -> None:
    page = ("Diesel Mechanic\nWho hires apprentices?\n"
            "Truck dealerships, bus depots, tyre and quick-service chains, and mining and "
            "quarry fleets.\n")
    sectors = names(parse_text(page, "diesel.txt").sectors)
    assert {"tyre and quick-service chains", "quick-service chains"} <= sectors
    assert "tyre" not in sectors
