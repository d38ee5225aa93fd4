"""Wrong facts fixed together (fixes33): clothing read as kit, a verb of use shared by two
tools, a gapped pay clause naming another title, a rate card's row of the role at a level
labelled by its title, "outfits" after a kind of work, two posts joined before an "of"
charge, a chain asked from a level of the role, one list of title qualifiers and Title Case
for a market's heading.

Every page and phrase is invented here (roles, firms and figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.longform_skills import _shared_use
from careergraph.guides.market_rates import market_rates
from careergraph.guides.mentions import section_names
from careergraph.guides.moves import prose_steps
from careergraph.guides.pay_owners import stated_for
from careergraph.guides.skill_trailers import clothing
from careergraph.guides.survey_focus import qualifiers
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon
from careergraph.model import Guide


def _one(text: str) -> Guide:
    guide = parse_text(text, "page.txt")
    return guide[0] if isinstance(guide, list) else guide


# -- clothing is no kit ----------------------------------------------------------------------
def test_garments_are_no_skill_but_protective_gear_is() -> None:
    assert clothing("navy polo shirts") and clothing("plain grey trousers")
    assert not clothing("cut-resistant gloves") and not clothing("hazmat suit")
    assert not clothing("Shirtline Scheduler")


_KIT = """Kiln Loader
Kiln Loaders stack ware into tunnel kilns at a tile works.

What to bring
- Dark clothes (grey shirt, grey trousers), steel-toe boots
- Heat gloves, a pallet jack licence card, a torch
"""


def test_a_kit_list_keeps_the_gear_and_drops_the_clothes() -> None:
    skills = {s.text for s in _one(_KIT).skills}
    assert "grey shirt" not in skills and "grey trousers" not in skills


# -- a verb of use shared by two tools -------------------------------------------------------
def test_a_verb_of_use_before_two_tools_names_both() -> None:
    cell = "Patience|Using a torque wrench and borescope|Tidy work"
    assert _shared_use("Using a torque wrench", ["borescope"], cell) == "torque wrench"
    # one tool used stays as the cell words it
    assert _shared_use("Using a borescope", ["Tidy work"],
                       "Using a borescope|Tidy work") == "Using a borescope"


# -- a gapped pay clause -------------------------------------------------------------------
def test_a_gapped_clause_with_a_service_year_and_a_hedge_names_its_title() -> None:
    def titled(text: str) -> bool:
        return text in {"Skipper", "Mate"}

    # (the clause after the first figure: its verb left out)
    assert stated_for("; a ninth-year skipper, roughly ", titled) == "Skipper"


# -- a rate card's row of the role at a level ------------------------------------------------
_CARD = """EVENTPOOL LABOUR HIRE
CREW RATE CARD — effective June 2027

POSITION                 PAY RATE (to you)   BILL RATE (to client)
Rigging Hand             $25.00/hr           $43.00/hr
Lead Rigging Hand        $29.50/hr           $49.00/hr
Truss Climber            $37.00/hr           $61.00/hr

WHAT A RIGGING HAND DOES
Hangs points, runs motors and flies truss for concerts.
"""


def test_the_lead_row_is_labelled_by_its_title_not_the_pay_column() -> None:
    guide = _one(_CARD)
    lead = [s for s in guide.salaries if s.min == 29.5]
    assert lead and all("PAY RATE" not in s.label for s in lead)


# -- one qualifier list; a market heading in Title Case --------------------------------------
def test_one_qualifier_list_serves_both_readers() -> None:
    assert {"qualified", "licensed", "part-time"} <= qualifiers()


def test_a_market_heading_keeps_its_connectors_lower() -> None:
    rates, _ = market_rates([(1, "HEAD OF RIGGING"), (2, "  Leeds ........ £19.40/hr")],
                            is_title=lambda title: title == "Head of Rigging")
    assert [r.title for r in rates] == ["Head of Rigging"]


# -- "outfits" is slang for firms ------------------------------------------------------------
def test_outfits_after_a_kind_of_work_leave_the_kind() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    _, found = section_names("Parcel delivery, grain handling and log-hauling outfits take on "
                             "new drivers after a season.", vocab)
    assert "log-hauling" in found and "log-hauling outfits" not in found


# -- two posts joined by "and" before a charge -----------------------------------------------
def test_two_titles_before_an_of_charge_are_two_rungs() -> None:
    steps = prose_steps("After three seasons, the reserve ranger can access by internal "
                        "promotion to Senior Reserve Ranger, and later to Area Supervisor and "
                        "Inspector of Reserves.", Vocabulary.from_lexicon(load_lexicon()))
    assert ("Senior Reserve Ranger", "Area Supervisor") in steps
    assert ("Area Supervisor", "Inspector") in steps  # (the page's "of" post: step())
    assert not any("Area Supervisor and" in b for _, b in steps)


# -- a chain asked from a level of the role --------------------------------------------------
_FAQ = """r/BoilerTrades
wiki > faq / becoming-a-boilermaker

BECOMING A BOILERMAKER - THE SUB'S FAQ
Read this before asking how to become a boilermaker again.

Q: What does a boilermaker actually do?
A: We build and repair boilers, tanks and pressure vessels. Day to day: reading blueprints,
fitting plate, rigging and welding.

Q: Where does it go after journeyman?
A: {chain} if you like running work.
"""


def _chains(chain: str) -> list[list[str]]:
    guide = _one(_FAQ.format(chain=chain))
    return [[f.text for f in steps] for steps in guide.progressions]


def test_a_chain_after_a_level_question_starts_from_the_role_at_that_level() -> None:
    chains = _chains("Foreman → general foreman → superintendent")
    assert any(chain[:2] == ["Journeyman Boilermaker", "Foreman"] for chain in chains), chains


def test_a_chain_that_prints_the_asked_level_gets_no_extra_start() -> None:
    chains = _chains("Apprentice Boilermaker → Journeyman Boilermaker → Foreman")
    assert ["Apprentice Boilermaker", "Journeyman Boilermaker", "Foreman"] in chains, chains
    assert not any(chain[:2] == ["Journeyman Boilermaker", "Apprentice Boilermaker"]
                   for chain in chains)
