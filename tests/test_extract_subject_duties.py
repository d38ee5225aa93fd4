"""Duties a handbook tells with their subject ("he checks …", "riggers use …") name the kit
and techniques of the work (rules21d).  All wording here is invented for these tests."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.duty_objects import subject_duty_objects


def test_pronoun_subject_reads_each_listed_verb_clause() -> None:
    found = subject_duty_objects(
        "At dawn she inspects the nets, floats, and the rigging of the boat, and at sea she "
        "watches the weather, reads echo soundings, and follows tide tables.")
    assert found == ["nets", "floats", "echo soundings", "tide tables"]


def test_plural_subject_is_not_read() -> None:
    assert subject_duty_objects("Riggers use chain hoists and a spreader beam.") == []


def test_relative_clause_and_manner_are_not_objects() -> None:
    assert subject_duty_objects("He operates tower cranes that lift steel.") == ["tower cranes"]
    assert subject_duty_objects("She checks joints carefully and repair leaks.") == []
    assert subject_duty_objects("He cuts cloth according to patterns.") == []


def test_handbook_nature_of_work_paragraph_gives_skills() -> None:
    page = ("Crane Operator\n\nNature of the Work\n\n"
            "The crane operator lifts loads on building sites. Before each lift he checks the "
            "outriggers, wire ropes, and the load moment indicator, and during the lift he "
            "follows hand signals.\n")
    skills = {s.text for s in parse_text(page, "crane-operator.txt").skills}
    assert {"outriggers", "wire ropes", "load moment indicator", "hand signals"} <= skills


def test_employer_name_head_is_no_sector() -> None:
    page = ("Boilermaker\n\nWhere they work\n\n"
            "Main employers: Pohang Steelworks, Ulsan Heavy Industries and their "
            "subcontractors.\n")
    guide = parse_text(page, "boilermaker.txt")
    sectors = {s.text for s in guide.sectors}
    assert "Ulsan Heavy" not in sectors


def test_moving_on_as_a_title_is_no_sector() -> None:
    page = ("GLAZIER\n\nTHE WORK. Glaziers cut and fit glass.\n\nPROSPECTS. A qualified glazier "
            "can become a foreman. A few transfer to sales work as a representative for a tile "
            "supplier, or to teaching as a glazing instructor.\n")
    sectors = {s.text for s in parse_text(page, "glazier.txt").sectors}
    assert not any(" as a " in s for s in sectors)


def test_vehicle_list_gives_skills() -> None:
    from careergraph.guides.vehicles import vehicle_skills

    assert vehicle_skills("Ride with us on a moped, cargo-bike or van.") == [
        "moped", "cargo-bike", "van"]
    assert vehicle_skills("Send it by post or email.") == []
    page = ("Parcel Rider\n\nDrop parcels around town by bicycle, motorbike or car, on your own "
            "hours.\n\nWhat you need\n\n- A smartphone\n")
    skills = {s.text for s in parse_text(page, "parcel-rider.txt").skills}
    assert {"bicycle", "motorbike", "car"} <= skills


def test_level_and_title_row_pays_both() -> None:
    page = ("Land Surveyor\n\nPay\n\n| Stage | Salary |\n|---|---|\n"
            "| Starting | £24,000 – £28,000 |\n| Senior / site manager | £45,000 – £52,000 |\n\n"
            "Progression\n\nWith experience you can become a site manager, then a regional "
            "director.\n")
    pays = {(s.level, s.role, s.min) for s in parse_text(page, "land-surveyor.txt").salaries}
    assert ("senior", None, 45000) in pays
    assert any(role and role.lower() == "site manager" and low == 45000
               for _, role, low in pays)


def test_award_title_at_a_grade_owns_its_pay() -> None:
    from careergraph.guides.pay_owners import stated_for

    said = "Under the Retail Award a Stock & Sales Clerk Level 3 earns "
    assert stated_for(said, lambda t: t.endswith("Clerk")) == "Stock and Sales Clerk"
    assert stated_for("Under the Retail Award a shop clerk earns ",
                      lambda t: t.endswith("Clerk")) is None


def test_programme_intake_and_share_joining_elsewhere() -> None:
    page = ("Paediatric Dentistry Residency\n\nThe programme\n\n"
            "Our residency trains paediatric dentists over three years. Applicants are "
            "final-year dental students applying through the national match.\n\n"
            "After the programme\n\nMost graduates enter private practice; about a third join "
            "dental schools as clinical lecturer in paediatric dentistry.\n")
    guide = parse_text(page, "paediatric-dentist.txt")
    assert "dental student" in {m.text.lower() for m in guide.moves_in}
    assert any(m.text.lower().startswith("clinical lecturer") for m in guide.transitions_to)



def test_code_ladder_named_by_level_codes() -> None:
    page = ("Data Analyst\n\nHow pay is set\n\n"
            "Level multipliers ........ T1 Junior 0.9 | T2 Analyst 1.0 | T3 Senior 1.2\n\n"
            "Moving up: T1 → T2 → T3 on the analyst track, or T3 → Analytics Lead → Head of "
            "Analytics on the people track.\n")
    chains = [[f.text for f in chain] for chain in parse_text(page, "d.txt").progressions]
    assert ["Junior Data Analyst", "Data Analyst", "Senior Data Analyst"] in chains
    assert ["Senior Data Analyst", "Analytics Lead", "Head of Analytics"] in chains
