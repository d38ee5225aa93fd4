"""Moves recall: ladders continued after a comma, and occupations no head covered (helper
recall12, stop 51).

- An arrow chain whose last rung is followed, after a comma, by the rung it leads to at last
  ("kiln hand → kiln operator → shift supervisor, and eventually works manager"; "Commis →
  Sous Chef, then Head Chef.") climbs to that rung; a clause after the comma ("…, then most
  move into sales") adds none, and neither does a name printed in another case than the
  chain's steps.
- Common occupations that moves name are role heads of the lexicon
  (``data/lexicon/roles.yaml``): Doctor, Medic, Janitor, Goldsmith, Dishwasher,
  Actor, Artist ("Theatre Actor", "Scenic Artist", "Military Medic" are titles);
  after the words listed under ``head_exceptions`` "Actor" and "Artist" name no post
  ("Threat Actor", "Cover Artist"); a later pay clause's "the median for <the role's
  holders>" stays the role's figure, no title of its own ("… Puts The Median for X").
- "join from retail work (Shop Assistant) or as a Dishwasher": the title glossing the place
  comes before "as", so both are moves in (before, a known title after "as" cut the list to
  itself and the glossed one was lost).

Every page is invented here (roles, names, firms, figures).
"""

from __future__ import annotations

import itertools

from careergraph.guides import parse_text
from careergraph.guides.longform_pay import _statistic_for_role
from careergraph.guides.mentions import arrow_chain
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon
from careergraph.model import Fact, Guide


def _steps(guide: Guide) -> set[tuple[str, str]]:
    """Every step of the guide's ladders, as (lower rung, higher rung)."""
    return {(low.text, high.text) for ladder in guide.progressions
            for low, high in itertools.pairwise(ladder)}


def _names(facts: list[Fact]) -> set[str]:
    return {fact.text for fact in facts}


_EVENTUALLY = """\
Kiln Operator: a career guide

What a kiln operator does
Kiln operators fire brick and tile kilns at works and potteries across the region.

How the career goes
The usual ladder is kiln hand → kiln operator → senior kiln operator → shift supervisor, \
and eventually works manager. A few move sideways into glaze testing.
"""


def test_a_chain_continued_after_a_comma_climbs_to_its_last_rung() -> None:
    guide = parse_text(_EVENTUALLY, "kiln-operator.txt")
    edges = _steps(guide)
    assert ("Senior Kiln Operator", "Shift Supervisor") in edges
    assert ("Shift Supervisor", "Works Manager") in edges


_THEN_CAPITALISED = """\
Pastry Baker: careers at Hollin Bakehouse

What a pastry baker does
Pastry bakers laminate doughs and bake viennoiserie for our six cafés.

Career path
Bakery Assistant → Pastry Baker → Lead Pastry Baker, then Bakehouse Manager.
"""


def test_a_capitalised_chain_takes_a_capitalised_last_rung() -> None:
    guide = parse_text(_THEN_CAPITALISED, "pastry-baker.txt")
    assert ("Lead Pastry Baker", "Bakehouse Manager") in _steps(guide)


def test_a_clause_or_another_case_after_the_comma_adds_no_rung() -> None:
    assert arrow_chain("Commis → Chef de Partie → Sous Chef, then most move into sales.") == [
        "Commis", "Chef de Partie", "Sous Chef"]
    assert arrow_chain("yard hand → loader → shift lead, then you run your own yard.") == [
        "yard hand", "loader", "shift lead"]
    assert arrow_chain("Yard Hand → Loader → Shift Lead, and eventually works manager.") == [
        "Yard Hand", "Loader", "Shift Lead"]


_BACKGROUNDS = """\
Stage Manager

What a stage manager does
Stage managers run rehearsals and call the cues for every performance of a show.

How people get in
Most stage managers come from jobs as a Theatre Actor or a Scenic Artist. Experience as a \
Military Medic is also welcome for our touring first-aid cover.

Where it leads
With experience you can become a Production Manager or a Company Manager.
"""


def test_actors_artists_and_medics_are_earlier_jobs() -> None:
    guide = parse_text(_BACKGROUNDS, "stage-manager.txt")
    assert {"Theatre Actor", "Scenic Artist", "Military Medic"} <= _names(guide.moves_in)
    assert {"Production Manager", "Company Manager"} <= _names(guide.leads_to)


def test_an_attacker_or_a_cover_is_no_post() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    assert vocab.is_role_title("Junior Doctor")
    assert vocab.is_role_title("Apprentice Goldsmith")
    assert vocab.is_role_title("Make-up Artist")
    assert not vocab.is_role_title("Threat Actor")
    assert not vocab.is_role_title("Cover Artist")



def test_a_median_for_the_roles_holders_is_the_roles_own() -> None:
    # "…; the arts council puts the median for mural artists at $41,200": the clause's phrase
    # ends "for <the role>", a statistic of the role, no other title owning the figure
    assert _statistic_for_role("Arts Council Puts The Median for Mural Artist", "Mural Artist")
    assert not _statistic_for_role("Lead Mural Artist", "Mural Artist")
    assert not _statistic_for_role("Median for Sign Writer", "Mural Artist")


_GLOSSED_THEN_AS = """\
Hotel Porter

What a hotel porter does
Hotel porters carry luggage, run the lobby and look after guests' parcels.

Getting in
Many porters join us from retail work (Shop Assistant) or as a Dishwasher from a hotel \
kitchen. No qualifications are needed.
"""


def test_a_glossed_place_and_a_title_after_as_are_both_moves_in() -> None:
    guide = parse_text(_GLOSSED_THEN_AS, "hotel-porter.txt")
    assert {"Shop Assistant", "Dishwasher"} <= _names(guide.moves_in)
