"""Product names a page joins with "and"/"or", and the kind of system a duty names before a
bracket of its products.

Each test writes its own small page (invented roles, products and wording) and asserts the
skills the parser reads from it, beside lines the rules must leave alone.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.duty_tools import duty_tools
from careergraph.guides.skill_cues import named_alternatives, paired_skills


def skills_of(section: str, bullets: list[str], role: str = "Tax Assistant") -> set[str]:
    lines = "\n".join(f"- {bullet}" for bullet in bullets)
    page = (f"{role}\n\nA {role} supports the partners with client work.\n\n"
            f"## {section}\n\n{lines}\n")
    return {s.text for s in parse_text(page, "tools.txt").skills}


def test_two_products_joined_by_and_are_two_skills() -> None:
    found = skills_of("Skills you need", ["Kubernetes and Terraform",
                                          "Microsoft Excel and Visio",
                                          "Customer and Personal Service"])
    assert {"Kubernetes", "Terraform", "Microsoft Excel", "Visio"} <= found
    assert "Kubernetes and Terraform" not in found
    assert "Microsoft Excel and Visio" not in found
    # an O*NET title names no product: it stays one skill
    assert "Customer and Personal Service" in found


def test_pairs_of_products_read_directly() -> None:
    assert paired_skills("Jenkins and Docker") == ["Jenkins", "Docker"]
    assert paired_skills("Medicine and Dentistry") == ["Medicine and Dentistry"]
    assert named_alternatives("Checkpoint or Bloomberg Tax") == ["Checkpoint", "Bloomberg Tax"]
    assert named_alternatives("Sage, Xero or QuickBooks") == ["Sage", "Xero", "QuickBooks"]
    assert named_alternatives("Excel and good judgement") == []


def test_a_requirement_done_in_named_products_names_them() -> None:
    found = skills_of("Requirements", ["Tax research in Checkpoint or Quickfinder",
                                       "Budget tracking in spreadsheets"])
    assert {"Tax research", "Checkpoint", "Quickfinder", "Budget tracking"} <= found
    assert "spreadsheets" not in found  # a kind of tool in lower case names no product


def test_a_skill_done_with_products_names_each() -> None:
    found = skills_of("Tools", ["site surveys with Trimble or Leica"], role="Land Surveyor")
    assert {"site surveys", "Trimble", "Leica"} <= found
    assert "Trimble or Leica" not in found


def test_a_kind_of_system_before_its_products_is_a_skill() -> None:
    found = skills_of("Responsibilities", [
        "Book appointments in the clinic scheduling system (Cliniko or Halaxy).",
        "Record treatment notes on our patient system (PRX).",
        "Report incidents through the safety management system (SMS)."],
        role="Physiotherapy Assistant")
    assert {"clinic scheduling system", "Cliniko", "Halaxy"} <= found
    assert "patient system" not in found  # a house system, no kind
    assert "safety management system" not in found  # its own acronym, no products


def test_kinds_of_system_read_directly() -> None:
    assert duty_tools("Track loans in the integrated library system (Koha or Evergreen)") == [
        "Koha", "Evergreen", "integrated library system"]
    assert duty_tools("Check the hot water system (boilers and pumps)") == []
