"""Skill list items that join two skills with "and", "&" or " / " (and those that do not).

Each test writes its own small page (invented roles and wording) with a skills list and
asserts the names the parser reads from it, beside items the rule must keep whole.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.skill_cues import fixed_pair, known_skill, paired_skills


def skills_of(items: list[str], role: str = "Bicycle Mechanic") -> set[str]:
    bullets = "\n".join(f"- {item}" for item in items)
    page = (f"{role}\n\nA {role} keeps the customers' machines running.\n\n"
            f"## Skills you need\n\n{bullets}\n")
    return {s.text for s in parse_text(page, "pairs.txt").skills}


def test_symbol_joined_items_are_two_skills() -> None:
    found = skills_of(["Wheel truing & spoke tension", "Invoicing / parts ordering",
                       "Quoting & ordering"])
    assert {"Wheel truing", "spoke tension", "Invoicing", "parts ordering", "Quoting",
            "ordering"} <= found
    assert not {n for n in found if "&" in n or "/" in n}


def test_a_lone_noun_after_a_phrase_is_a_skill_of_its_own() -> None:
    found = skills_of(["Disc brakes and derailleurs", "Workshop rota planning and budgeting",
                       "Frame alignment and bleeding"])
    assert {"Disc brakes", "derailleurs", "Workshop rota planning", "budgeting",
            "Frame alignment", "bleeding"} <= found
    assert "Disc brakes and derailleurs" not in found


def test_two_known_skills_split_but_a_pair_of_traits_stays_one() -> None:
    found = skills_of(["Geometry & statistics", "Honesty and patience"])
    assert {"Geometry", "statistics"} <= found
    assert "Honesty and patience" in found and "patience" not in found


def test_title_case_pairs_split_only_when_both_sides_are_skills() -> None:
    found = skills_of(["Team Leadership and Time Management", "Customer and Personal Service"],
                      role="Service Desk Lead")
    assert {"Team Leadership", "Time Management", "Customer and Personal Service"} <= found
    assert "Customer" not in found


def test_shared_words_keep_the_item_whole() -> None:
    found = skills_of(["Occupational health & safety", "Accounts payable and receivable",
                       "Frame inspection & assembly", "reading torque charts and manuals",
                       "Shimano tooling and updates"])
    assert {"Occupational health & safety", "Accounts payable and receivable",
            "Frame inspection & assembly", "reading torque charts and manuals"} <= found
    assert not {"safety", "receivable", "assembly", "manuals", "updates"} & found


def test_pairs_read_directly() -> None:
    assert paired_skills("Sail repairs and rigging") == ["Sail repairs", "rigging"]
    assert paired_skills("Pump installation and testing") == ["Pump installation", "testing"]
    assert paired_skills("Sheet folding and punching") == ["Sheet folding and punching"]
    assert paired_skills("sense of rhythm and timing") == ["sense of rhythm and timing"]
    assert paired_skills("Oil & gas") == ["Oil & gas"]
    assert fixed_pair("Port health and safety rules") and not fixed_pair("Sanding and sealing")
    assert known_skill("Budgeting") and not known_skill("antifouling")


# -- hiring prose: "ask for", "are tested on", "also value" -----------------------------------
def test_hiring_verbs_announce_skill_lists() -> None:
    page = ("Kiln Operator\n\nA Kiln Operator fires ceramic ware in industrial kilns.\n\n"
            "About the job\nFirms hiring Kiln Operators ask for glaze chemistry, "
            "firing schedules and Harrop controllers.\n"
            "Kiln Operator candidates are tested on cone reading, load setting and "
            "thermocouple checks.\nEmployers also value Time Management.\n"
            "Most employers also value experience.\n")
    found = {s.text for s in parse_text(page, "kiln.txt").skills}
    assert {"glaze chemistry", "firing schedules", "Harrop controllers", "cone reading",
            "load setting", "thermocouple checks", "Time Management"} <= found
    assert "experience" not in found  # one item that is no known skill is no list


def test_a_credential_in_a_hiring_list_is_no_skill() -> None:
    page = ("Payroll Officer\n\nA Payroll Officer pays a firm's staff.\n\n"
            "Employers ask for the CPP qualification, strong Excel and careful "
            "reconciliation.\n")
    found = {s.text for s in parse_text(page, "pay.txt").skills}
    assert "Excel" in found
    assert not {n for n in found if "qualification" in n}


# -- "Skill (aside) – description" items, numbered under a sentence heading ------------------
def test_numbered_dash_items_give_their_labels_and_the_products_they_name() -> None:
    items = ["Bathymetric survey (now mostly multibeam via Qimera) – planning survey lines and "
             "checking the overlap between swaths on every run",
             "Tide reduction – TideCalc is common in small firms, HydroNav Suite in the bigger "
             "ones",
             "Data processing – software like CARIS or Eiva",
             "Chart compilation – Electronic Navigational Charts (ENCs) and Notices to "
             "Mariners (NtMs)",
             "A valid boat licence – most sites are coastal"]
    numbered = "\n".join(f"{n}. {item}" for n, item in enumerate(items, 1))
    page = (f"Hydrographic Surveyor\n\nA Hydrographic Surveyor maps the seabed for ports.\n\n"
            f"Core skills employers look for\n{numbered}\n"
            "Typical career path\nSurvey Assistant → Surveyor\n")
    found = {s.text for s in parse_text(page, "hydro.txt").skills}
    assert {"Bathymetric survey", "Tide reduction", "TideCalc", "HydroNav Suite",
            "Data processing", "CARIS", "Eiva", "Chart compilation",
            "Electronic Navigational Charts", "Notices to Mariners"} <= found
    # prose is no name, a licence is no skill
    assert not {n for n in found if "firms" in n or "licence" in n or "ones" in n}


def test_a_setting_after_a_known_skill_is_dropped() -> None:
    page = ("Tax Preparer\n\nA Tax Preparer files returns for clients.\n\n"
            "Soft skills: time management in filing season, clear writing\n")
    found = {s.text for s in parse_text(page, "tax.txt").skills}
    assert "time management" in found and "time management in filing season" not in found


def test_what_they_are_looking_for_heads_a_skills_list() -> None:
    page = ("Glass Blower\n\nA Glass Blower shapes molten glass for a studio.\n\n"
            "What they're looking for:\n- Lampworking\n- Kiln annealing\n- Colour mixing\n\n"
            "Would you be open to a call?\n")
    found = {s.text for s in parse_text(page, "mail.txt").skills}
    assert {"Lampworking", "Kiln annealing", "Colour mixing"} <= found


def test_training_named_with_its_place_covers_skills() -> None:
    page = ("Ferry Deckhand\n\nA Ferry Deckhand handles lines and passengers on a ferry.\n\n"
            "Training at the Northport Maritime Centre covers crowd and crisis management "
            "(CCM), sea survival, rope splicing and radio procedure.\n"
            "Insurance at most operators covers dental, vision and travel.\n")
    found = {s.text for s in parse_text(page, "ferry.txt").skills}
    assert {"crowd and crisis management", "sea survival", "rope splicing",
            "radio procedure"} <= found
    assert not {"CCM", "dental", "vision"} & found


def test_an_operation_and_its_reversal_stay_one_skill() -> None:
    found = skills_of(["Mounting and dismounting", "Loading and unloading", "Costing & ordering"],
                      role="Tyre Fitter")
    assert {"Mounting and dismounting", "Loading and unloading", "Costing", "ordering"} <= found
    assert not {"Mounting", "dismounting", "unloading"} & found
    page = ("Tyre Fitter\n\nA Tyre Fitter changes tyres.\n\nSkills you need:\n"
            "Wheel balancing|Lacing and unlacing|Valve replacement|Customer service\n")
    piped = {s.text for s in parse_text(page, "piped.txt").skills}
    assert "Lacing and unlacing" in piped and not {"Lacing", "unlacing"} & piped


def test_a_lone_activity_before_another_with_its_object_is_two_skills() -> None:
    assert paired_skills("scarfing and splicing manila rope") == [
        "scarfing", "splicing manila rope"]
    assert paired_skills("printing and dyeing processes") == ["printing and dyeing processes"]


def test_a_lowercase_tool_before_and_is_a_skill_of_its_own() -> None:
    page = ("Data Platform Engineer\n\nThe interview loop checked terraform, docker and "
            "query tuning. I passed on the first attempt.\n")
    found = {s.text for s in parse_text(page, "tools.txt").skills}
    assert "docker and query tuning" not in found
    assert paired_skills("docker and query tuning") == ["docker", "query tuning"]


def test_a_list_item_loses_its_tool_tail_and_a_licence_is_no_skill() -> None:
    found = skills_of(["rim truing with a gauge", "Current forklift licence"],
                      role="Cycle Technician")
    assert {"rim truing", "gauge"} <= found
    assert not {"rim truing with a gauge", "Current forklift licence",
                "forklift licence"} & found


def test_an_unbulleted_list_line_loses_its_leading_article() -> None:
    page = ("Cycle Technician\n\nA Cycle Technician services bicycles.\n\n"
            "Skills you need:\npatience with customers\na steady hand\nan eye for detail\n")
    found = {s.text for s in parse_text(page, "article.txt").skills}
    assert {"steady hand", "eye for detail"} <= found
    assert not {"a steady hand", "an eye for detail"} & found
