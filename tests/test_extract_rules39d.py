"""Third pass on set 39 (helper rules39d, 2026-12-05): the translated and newcomer pages'
leftovers.  Every page here is invented: other posts, other wording, other figures than any
fixture."""

from __future__ import annotations

from pathlib import Path

from guide_facts import parsed_page


def _texts(facts) -> list[str]:  # type: ignore[no-untyped-def]
    return [fact.text for fact in facts]


_TRANSLATED = """Translated page · Original language: Portuguese · Always translate ☑
VagasAgora.pt | Vagas | Empresas | Login
Home > Jobs > Logística > Porto
Warehouse Operative (Operador de Armazém / Auxiliar)
Douro Freight Logistics S.A. — Maia Industrial Park, Porto
Full time · Permanent · Ref. ARM-118
Earnings: 910,00 € gross per month
Responsibilities
- Picking and packing of orders
- Loading of lorries
"""

_RATED = """Translation: Spanish » English   Show original   Translated by Google
TrabajoYa.es   Ofertas | Empresas | Salarios | Login
Inicio › Jobs › Hostelería › Málaga
Night Porter (Conserje de noche) - Season 2028
Costa Luz Grand Hotel ★★★★ · Marbella, Málaga
Published 2 days ago · Ad code 7712
Earnings: 1.240,00 € gross monthly
Responsibilities
- Guest check-in through the night
"""


def test_posting_header_firm_after_split_chrome(tmp_path: Path) -> None:
    # the hiring firm on the line under the title, after chrome lines the reader splits
    guide = parsed_page(tmp_path, "operative.txt", _TRANSLATED)
    assert "Douro Freight Logistics S.A." in _texts(guide.employers)


def test_star_rated_establishment_under_title(tmp_path: Path) -> None:
    # a name with its star rating under the title is the hotel hiring, not its town
    guide = parsed_page(tmp_path, "porter.txt", _RATED)
    assert "Costa Luz Grand Hotel" in _texts(guide.employers)
    assert not any("Marbella" in name for name in _texts(guide.employers))


_QUALITIES = """Hotel Receptionist
Qualifications
• Good knowledge of Opera PMS
• Ακρίβεια - precision, patience and tact
• Punctuality, honesty and a tidy appearance
• Weekends, evenings and public holidays
"""


def test_listed_qualities_and_original_word(tmp_path: Path) -> None:
    # a comma list of short qualities (one a known trait) is each a skill; a translated
    # item's original word before its English one and a dash is no skill
    skills = {fact.text.lower() for fact in parsed_page(tmp_path, "reception.txt",
                                                    _QUALITIES).skills}
    assert {"precision", "patience", "tact", "punctuality", "honesty",
            "tidy appearance"} <= skills
    assert not any("ακρίβεια" in name for name in skills)
    assert not {"weekends", "evenings"} & skills


_LICENSED = """Land Surveyor
Career path
Surveyor-in-Training → Land Surveyor (S.L.S.) → Senior Land Surveyor → Survey Manager
"""


def test_rung_dotted_designation_is_the_role(tmp_path: Path) -> None:
    # a rung's bracketed dotted post-nominal is the licence its holder writes: the role's rung
    guide = parsed_page(tmp_path, "surveyor.txt", _LICENSED)
    chains = [[fact.text for fact in chain] for chain in guide.progressions]
    assert ["Surveyor-in-Training", "Land Surveyor", "Senior Land Surveyor",
            "Survey Manager"] in chains


_ASKED = """HVAC Design Engineer
What employers look for
Mechanical design ads in Manitoba usually ask for: Revit MEP; pipe and duct sizing; \
heat load calculation; knowledge of the national energy code and local bylaws; commissioning.
"""


def test_introduced_semicolon_items_stay_whole(tmp_path: Path) -> None:
    # a lead-in and a colon, then short items parted by semicolons: each item read whole
    # (a shared head shared: "pipe and duct sizing"), never cut at its inner "and"
    skills = {fact.text.lower() for fact in parsed_page(tmp_path, "hvac.txt", _ASKED).skills}
    assert {"revit mep", "pipe sizing", "duct sizing", "heat load calculation"} <= skills
    assert "pipe" not in skills


_RUNG_DUTIES = """Anaesthetist
Training ladder
ST5  Senior registrar: leads the night team; regional blocks, airway rescue; supervises juniors.
"""


def test_rung_label_then_duties_is_no_skill_list(tmp_path: Path) -> None:
    # a rung's label and colon, then its duties by semicolons: no lead-in of what is asked for
    skills = {fact.text.lower() for fact in parsed_page(tmp_path, "anaes.txt", _RUNG_DUTIES).skills}
    assert not {"leads the night team", "supervises juniors"} & skills
