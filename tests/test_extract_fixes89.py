"""Clients, group labels, sector prose and groomed-for moves (helper fixes89, stop 56).

Each structure with the case it must not fire on: a firm's own clients and a list of
clients running on past its client noun name no sector; a kind of skill before a colon
("Languages:") labels its items, no skill; a firm placing itself in an industry ("We're part
of the X industry"), a firm that is a kind of utility, a sectors field inside a dotted strip
of fields; the rung a holder was groomed for, a capitalised post before a role noun and the
title trained for after "then".  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.criteria import criterion_skills
from careergraph.guides.items import Vocabulary
from careergraph.guides.languages import language_skills
from careergraph.guides.prose_titles import _steps_after
from careergraph.guides.sector_frames import client_sectors
from careergraph.lexicon import load_lexicon


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _page(title: str, heading: str, body: str) -> object:
    return parse_text(f"{title}\n\n{heading}\n{body}\n\nWhat you do\n- Keep the site tidy\n",
                      "page.txt")


# --- wrong facts: clients read as sectors ----------------------------------------------


def test_a_named_firms_clients_are_no_sectors() -> None:
    assert client_sectors("Brightwire Ltd installs and repairs for estates and factories.") == []
    guide = _page("Electrician", "About us",
                  "Kalinga Power Works builds and fixes for subdivisions and factories in Cebu.")
    assert not {"subdivisions", "factories"} & _facts(guide, "sectors")


def test_the_workers_clients_listed_before_the_noun_are_still_kinds() -> None:
    # (the negative case: the workers, no named firm, and the noun the list's last item)
    assert client_sectors("Crews rewire plants for dairies, breweries and factories.") == [
        "dairies", "breweries", "factories"]


def test_a_list_running_on_past_the_client_noun_names_clients() -> None:
    assert client_sectors("They draw web maps for councils, businesses and the public.") == []
    assert client_sectors("They draw web maps for councils, ports and factories.") == [
        "councils", "ports", "factories"]


# --- wrong facts: a group label before a colon -----------------------------------------


def test_a_languages_label_gives_the_languages_not_itself() -> None:
    assert criterion_skills("Languages: English or Greek (at a conversational level)") == [
        "English", "Greek"]
    assert language_skills("Languages: Dutch, Polish or Czech (at a good level)") == [
        "Dutch", "Polish", "Czech"]


def test_a_labelled_line_on_a_translated_posting_reads_its_languages() -> None:
    page = ("Housekeeper\n\nSeaside Lodge is a hotel of 120 rooms.\n\n"
            "WE SEARCH FOR YOU\nThe ideal candidate has:\n"
            "• Languages: English or Romanian (at a conversational level)\n"
            "• Work with cleaning chemicals\n"
            "• Speed: a floor has 20 rooms for one shift\n")
    skills = _facts(parse_text(page, "posting.txt"), "skills")
    assert {"English", "Romanian"} <= skills
    assert "Languages" not in skills


def test_a_skill_label_before_prose_is_still_a_skill() -> None:
    # (the negative case: a label naming no kind of skill stays the skill)
    assert criterion_skills("Speed: a floor has 20 rooms for one shift") == ["Speed"]


# --- sectors in prose and strips ---------------------------------------------------------


def test_part_of_an_industry_names_the_sector() -> None:
    guide = _page("Kennel Assistant", "Who we are",
                  "Barkly Lodge boards 60 dogs a night. We're part of the pet care industry "
                  "and partner with three vets.")
    assert "pet care" in _facts(guide, "sectors")


def test_part_of_a_team_or_a_wider_sector_names_none() -> None:
    for body in ("You are part of the team from day one.",
                 "Safety is part of the job in the building industry.",
                 "We are part of the wider public sector.",
                 "Training is part of the hospitality industry's culture."):
        guide = _page("Kennel Assistant", "Who we are", body)
        assert not {"job in the building", "wider public", "hospitality"} & _facts(
            guide, "sectors"), body


def test_a_firm_that_is_a_kind_of_utility_names_its_sector() -> None:
    guide = _page("Fleet Clerk", "About us",
                  "Nordvale Power & Water is an electric and water utility serving the north.")
    assert "electric and water utility" in _facts(guide, "sectors")
    guide = _page("Fleet Clerk", "About us",
                  "Glenmoor Gas is a regional natural gas utility serving 40 towns.")
    assert "natural gas utility" in _facts(guide, "sectors")  # (the size dropped)


def test_a_utility_item_or_room_is_no_sector() -> None:
    for body in ("This is a utility room with two sinks.", "Our app is a utility for finance."):
        assert not _facts(_page("Fleet Clerk", "About us", body), "sectors"), body


def test_a_sectors_field_inside_a_strip_of_fields() -> None:
    guide = _page("Pricing Clerk", "Role profile",
                  "Team: Motor Pricing · Industry: Insurance · Grade C2 · Location: Leeds")
    sectors = _facts(guide, "sectors")
    assert "Insurance" in sectors
    assert not {"Grade C2", "Location", "Leeds"} & sectors  # (the other cells no sectors)


# --- moves ---------------------------------------------------------------------------------


def test_the_rung_a_holder_was_groomed_for_is_the_next_one() -> None:
    guide = _page("Branch Manager", "Your path so far",
                  "The next rung you were being groomed for was Area Manager (a district of "
                  "9 branches).")
    assert "Area Manager" in _facts(guide, "leads_to")


def test_groomed_for_a_quality_names_no_rung() -> None:
    guide = _page("Branch Manager", "Your path so far",
                  "She was being groomed for leadership and bigger things.")
    assert not _facts(guide, "leads_to")


def test_a_capitalised_post_before_a_role_noun_and_the_title_trained_for() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    text = ("Attendants can move across to a Bather role and then train as a Dog Groomer "
            "with our groomer.")
    start = text.find("across to ") + len("across to ")
    assert _steps_after(text, start, vocab) == (["Bather"], [("Bather", "Dog Groomer")])


def test_a_lower_case_or_level_word_before_a_role_noun_is_no_post() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    for text in ("Attendants can move across to a Senior role later.",
                 "Attendants can move across to a Python role later.",
                 "Attendants can move across to Kennel Supervisor and then train as directed."):
        start = text.find("across to ") + len("across to ")
        titles, steps = _steps_after(text, start, vocab)
        assert "Senior" not in titles and "Python" not in titles and not steps, text


# --- a tech guide's bare "Security" --------------------------------------------------------


def test_a_compound_of_market_is_no_sector_cue() -> None:
    guide = _page("Market Data Analyst", "Key responsibilities",
                  "- Market Making: Tune the quote engines in partnership with product and "
                  "security.")
    assert "security" not in {s.lower() for s in _facts(guide, "sectors")}


def test_a_market_noun_still_cues_its_sectors() -> None:
    guide = _page("Account Manager", "Who we serve",
                  "We serve markets such as banking and insurance.")
    assert {"banking", "insurance"} <= _facts(guide, "sectors")
