"""Roles, employers and sectors in structures from career-guide sites studied for issue 10.

Each test writes its own small page (invented roles, companies and numbers) in one structure
and asserts the facts the parser reads from it.
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.industries import industry_shares
from careergraph.guides.labelled_employers import listed_workplace
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.workplaces import workplaces
from careergraph.lexicon import load_lexicon
from careergraph.model import Guide


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.from_lexicon(load_lexicon())


def names(guide: Guide, bucket: str) -> list[str]:
    return [fact.text for fact in getattr(guide, bucket)]


# -- role: titles whose head the lexicon does not know ---------------------------------------
def test_trade_name_title_line_after_loading_chrome() -> None:
    page = ("Loading Careers...\n\nFetching Related Jobs...\n\nWheelwright\n\n"
            "As a wheelwright you build and mend wooden wheels for carts and carriages. Most "
            "wheelwrights work alone or in small heritage workshops.\n")
    guide = parse_text(page, "page.txt")
    assert (guide.role.text, guide.role_signal) == ("Wheelwright", "title_noun")


def test_chrome_lines_do_not_push_the_title_out_of_the_page_head() -> None:
    page = ("Skip to main content\nWorkforce Facts\nHome\nOccupations\nTaxidermists\n\n"
            "Taxidermists\n\nTaxidermists (also called mounters) preserve and mount animal "
            "skins for museums and collectors.\n")
    assert parse_text(page, "page.txt").role.text == "Taxidermist"


def test_job_profile_title_names_a_role_the_page_repeats() -> None:
    page = ("Ferrier Job Profile And Description\n\nA ferrier is someone who shoes horses. "
            "A ferrier trims hooves and fits shoes.\n")
    guide = parse_text(page, "page.txt")
    assert (guide.role.text, guide.role_signal) == ("Ferrier", "page_title")


def test_career_path_of_a_role_after_back_link_chrome() -> None:
    page = ("< BACK TO ALL ARTICLES\n\nThe Career Path of a Barista: From Trainee to Owner\n\n"
            "by | ADVICE\n\nA barista pulls espresso shots all day. Every barista starts by "
            "cleaning the machine.\n")
    assert parse_text(page, "page.txt").role.text == "Barista"


def test_path_title_from_one_role_to_another_names_the_destination() -> None:
    page = ("Career Path Breakdown: From Kitchen Porter to Head Chef\n\nNews / 2 May 2019\n\n"
            "Kitchen porter\n\nEveryone starts at the sink.\n")
    guide = parse_text(page, "page.txt")
    assert (guide.role.text, guide.role_signal) == ("Head Chef", "page_title")


def test_lower_case_pay_headline_names_the_role() -> None:
    page = ("Home » News » Jobs\n\nHow much glassblowers earn in Portugal – and how to start\n\n"
            "Staff Writer 1 June 2021\n\nThe craft is small but busy.\n")
    assert parse_text(page, "page.txt").role.text == "Glassblower"


def test_plural_opening_with_a_practitioner_noun_the_lexicon_lacks() -> None:
    page = ("Audiologists test hearing and fit hearing aids for children and adults.\n"
            "How Much Do Audiologists Earn?\nPay varies by state.\n")
    assert parse_text(page, "page.txt").role.text == "Audiologist"


def test_lower_case_definition_names_the_role() -> None:
    page = "Overview\n\nA saddler makes, repairs and fits saddles and harnesses for riders.\n"
    assert parse_text(page, "notes.txt").role.text == "Saddler"


def test_title_in_capitals_is_title_cased() -> None:
    page = "MARINE SURVEYOR CAREER PATHWAYS\n\nA marine surveyor inspects ships and cargo.\n"
    assert parse_text(page, "page.txt").role.text == "Marine Surveyor"


# -- employers and workplaces in prose -------------------------------------------------------
def test_employed_by_list_mixing_kinds_and_named_examples(vocab: Vocabulary) -> None:
    employers, kinds = workplaces(
        "Glaziers are employed by window installers, shopfitting firms such as Clearline "
        "Interiors and Brightpane Group, and housing associations.", vocab)
    assert employers == ["Clearline Interiors", "Brightpane Group"]
    assert kinds == ["window installers", "shopfitting firms", "housing associations"]


def test_employers_include_with_the_of_construction(vocab: Vocabulary) -> None:
    employers, _ = workplaces(
        "Large employers include Norland Rail, Kestrel Freight and the signalling arm of "
        "Wexmoor Transit.", vocab)
    assert employers == ["Norland Rail", "Kestrel Freight", "Wexmoor Transit"]


def test_subject_kinds_before_hire_and_for_example(vocab: Vocabulary) -> None:
    employers, kinds = workplaces(
        "Ferry companies and port authorities, for example Saltmarsh Ferries, also hire "
        "qualified deckhands.", vocab)
    assert employers == ["Saltmarsh Ferries"]
    assert kinds == ["Ferry companies", "port authorities"]


def test_hired_by_a_kind_such_as_a_company(vocab: Vocabulary) -> None:
    employers, kinds = workplaces(
        "She works on fishing boats, in fish markets and in canneries, and may be hired by "
        "a trawler fleet or a seafood processor such as Bluefin Foods.", vocab)
    assert employers == ["Bluefin Foods"]
    assert kinds == ["fishing boats", "fish markets", "canneries", "trawler fleet",
                     "seafood processor"]


def test_examples_with_no_talk_of_work_are_no_employers(vocab: Vocabulary) -> None:
    # A market statement, not who hires: "companies like X lead" names no employer.
    assert workplaces("Vendors like Quillsoft lead the market for ticketing platforms.",
                      vocab) == ([], [])
    assert workplaces("Tools such as Excel and Tableau are used daily.", vocab) == ([], [])


def test_a_sector_word_is_never_an_employer(vocab: Vocabulary) -> None:
    employers, kinds = workplaces("Most porters work for hospitals, hotels and airports.",
                                  vocab)
    assert employers == []
    assert kinds == ["hospitals", "hotels", "airports"]


def test_noun_work_for_is_no_workplace_cue(vocab: Vocabulary) -> None:
    assert workplaces("The clerk checks work for accuracy and signs it off.", vocab) == ([], [])


def test_run_on_list_without_commas_is_cut_at_organisation_nouns(vocab: Vocabulary) -> None:
    _, kinds = workplaces("Farriers are employed by equestrian centres racing yards livery "
                          "stables and many farriers run their own business.", vocab)
    assert kinds == ["equestrian centres", "racing yards", "livery stables"]


def test_employers_range_from_one_kind_to_others(vocab: Vocabulary) -> None:
    _, kinds = workplaces("Employers range from dental hospitals to community clinics and "
                          "private surgeries; some work abroad.", vocab)
    assert kinds == ["dental hospitals", "community clinics", "private surgeries"]


def test_industry_shares_name_sectors() -> None:
    assert industry_shares("Most glaziers work in the Construction industry (74.0%), followed "
                           "by Manufacturing (12.5%) and Retail Trade (3.1%).") == [
        "Construction", "Manufacturing", "Retail Trade"]
    assert industry_shares("Pay rose (4.5%) this year.") == []


def test_where_they_work_bullet(vocab: Vocabulary) -> None:
    assert listed_workplace("Courier networks like Swiftpost and Dartline Express", vocab) == (
        ["Swiftpost", "Dartline Express"], "Courier networks")
    assert listed_workplace("Freight forwarders (customs and bonded stores)", vocab) == (
        [], "Freight forwarders")


def test_where_x_work_section_gives_kinds_and_named_employers() -> None:
    page = ("Harbour Pilot\n\nA harbour pilot steers ships into port.\n\n"
            "Where Harbour Pilots Work\n\n"
            "  • Port authorities like Eastmere Port and Calder Harbour Board\n"
            "  • Towage companies (berthing and escort work)\n"
            "  • Offshore terminals\n")
    guide = parse_text(page, "page.txt")
    assert names(guide, "employers") == ["Eastmere Port", "Calder Harbour Board"]
    assert names(guide, "sectors") == ["Port authorities", "Towage companies",
                                       "Offshore terminals"]


def test_page_with_employers_in_its_opening_definition() -> None:
    page = ("Roofer Job Profile And Description\n\n"
            "A roofer is someone who fits and repairs roofs. Roofers can be hired by "
            "building contractors, roofing firms such as Slatewell Roofing, and housing "
            "associations.\n\nRoofer Skills And Specifications\n\n"
            "  • He should have a good head for heights\n")
    guide = parse_text(page, "page.txt")
    assert guide.role.text == "Roofer"
    assert names(guide, "employers") == ["Slatewell Roofing"]
    assert {"building contractors", "roofing firms", "housing associations"} <= set(
        names(guide, "sectors"))
    assert "Slatewell Roofing" not in names(guide, "sectors")


def test_industry_panel_with_shares_and_comma_names() -> None:
    page = ("Beekeepers\n\nBeekeepers keep bee colonies and harvest honey.\n\n"
            "Main Industries\n\n    • Agriculture, Forestry and Fishing 71.2%\n"
            "    • Manufacturing 9.4%\n\nSkills and Knowledge\n\n  • Hive inspection\n")
    guide = parse_text(page, "page.txt")
    assert names(guide, "sectors") == ["Agriculture, Forestry and Fishing", "Manufacturing"]


def test_skills_that_employers_look_for_is_a_skills_heading() -> None:
    page = ("Glazier\n\nA glazier fits glass.\n\nSkills That Employers Look For\n\n"
            "  • Glass cutting\n  • Sealant application\n")
    guide = parse_text(page, "page.txt")
    assert names(guide, "employers") == []
    assert {"Glass cutting", "Sealant application"} <= {s.text for s in guide.skills}


def test_emoji_heading_ends_the_section_before_it() -> None:
    page = ("Kennel Assistant\n\nA kennel assistant cares for dogs in boarding kennels.\n\n"
            "🏢 Where You Could Work\n\nTypical Employers\n\n"
            "Kennel assistants are employed by boarding kennels and rescue centres such as "
            "Hollybrook Rescue.\n\n🛠️ Skills Needed\n\nKey Skills\n\n"
            "You will need patience and animal first aid.\n")
    guide = parse_text(page, "page.txt")
    assert names(guide, "employers") == ["Hollybrook Rescue"]


# -- aliases ---------------------------------------------------------------------------------
def test_alternative_job_titles_list_gives_aliases_not_the_role_itself() -> None:
    page = ("Tilers\n\nTilers lay ceramic and stone tiles on floors and walls.\n\n"
            "Job Titles\n\n  • Tiler\n  • Wall and Floor Tiler\n  • Mosaic Fixer\n\n"
            "Industries\n\n  • Construction 88.0%\n")
    guide = parse_text(page, "page.txt")
    assert guide.role.text == "Tiler"
    assert names(guide, "aliases") == ["Wall and Floor Tiler", "Mosaic Fixer"]


def test_alternate_titles_panel_row_with_label_and_value_on_one_line() -> None:
    page = ("Piano Tuners\n\nPiano tuners adjust the pitch of pianos.\n\nQuick Facts\n"
            "Alternate Title(s) Piano Technicians, Concert Tuners\n"
            "Salary Range $30,000 to $70,000\n")
    guide = parse_text(page, "page.txt")
    assert names(guide, "aliases") == ["Piano Technician", "Concert Tuner"]


def test_also_called_in_the_opening_sentence_gives_aliases() -> None:
    page = ("Farriers\n\nFarriers, also called horseshoers or hoof care technicians, trim and "
            "shoe horses' hooves.\n")
    guide = parse_text(page, "page.txt")
    assert names(guide, "aliases") == ["Horseshoer", "Hoof Care Technician"]


def test_also_known_as_about_another_title_is_no_alias() -> None:
    page = ("Bakers\n\nBakers make bread. Above them sits the head baker, also known as the "
            "bakery manager, who plans production.\n")
    assert names(parse_text(page, "page.txt"), "aliases") == []


def test_start_as_a_junior_title_at_a_list_of_workplaces(vocab: Vocabulary) -> None:
    _, kinds = workplaces("Most chefs start as a commis at a hotel, a care home or a "
                          "school kitchen.", vocab)
    assert kinds == ["hotel", "care home", "school kitchen"]
    # Where a later job is held is not where this one is done.
    assert workplaces("Some teach as a tutor at a college.", vocab) == ([], [])


def test_as_do_adds_one_more_kind_that_hires(vocab: Vocabulary) -> None:
    employers, kinds = workplaces("Bus companies also hire mechanics, as do haulage firms "
                                  "like Redway Haulage.", vocab)
    assert employers == ["Redway Haulage"]
    assert kinds == ["Bus companies", "haulage firms"]


def test_participle_after_a_workplace_ends_it(vocab: Vocabulary) -> None:
    _, kinds = workplaces("Riggers are employed by theatres staging opera and by "
                          "event companies.", vocab)
    assert kinds[0] == "theatres"


def test_of_phrase_keeps_its_joined_nouns(vocab: Vocabulary) -> None:
    _, kinds = workplaces("Porters are employed by estates departments of colleges and "
                          "hospitals and some hotels.", vocab)
    assert kinds[0] == "estates departments of colleges and hospitals"


def test_glued_list_line_is_no_title_line() -> None:
    page = ("Back to Home\nKey Duties and Skills for Soil Scientist\n"
            "Sample PreparationFieldwork PlanningSpatial Analysis\n"
            "The Soil Scientist studies how soils form and change.\n")
    assert parse_text(page, "page.txt").role.text == "Soil Scientist"


def test_industries_under_a_where_they_work_heading_are_sectors_not_employers() -> None:
    page = ("Soil Scientist\n\nA Soil Scientist studies soils.\n\nWhere Soil Scientists Work\n"
            "They work in industries such as Agriculture, Forestry and Mining.\n"
            "Large employers include Greenfield Agronomics and Terrasure.\n")
    guide = parse_text(page, "page.txt")
    assert names(guide, "employers") == ["Greenfield Agronomics", "Terrasure"]
    assert {"Agriculture", "Forestry", "Mining"} <= set(names(guide, "sectors"))


def test_main_employers_colon_list_and_its_subject(vocab: Vocabulary) -> None:
    employers, kinds = workplaces(
        "Railways are the main employers: freight operators, heritage lines such as Moorvale "
        "Steam Railway, and track contractors.", vocab)
    assert employers == ["Moorvale Steam Railway"]
    assert kinds == ["freight operators", "heritage lines", "track contractors", "Railways"]


def test_industry_share_sentence_in_a_page_gives_sectors_not_employers() -> None:
    page = ("Glaziers\n\nGlaziers cut and fit glass.\n\nWhere Do Glaziers Work?\n"
            "Most glaziers work in the Construction industry (74.0%), followed by "
            "Manufacturing (12.5%) and Retail Trade (3.1%). Employers include window "
            "installers and national glazing companies such as Clearview Glass.\n")
    guide = parse_text(page, "page.txt")
    assert names(guide, "employers") == ["Clearview Glass"]
    sectors = names(guide, "sectors")
    assert {"Construction", "Manufacturing", "Retail Trade", "window installers",
            "national glazing companies"} <= set(sectors)
    assert not any(s.replace(".", "").isdigit() for s in sectors)
