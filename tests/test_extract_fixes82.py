"""Wrong facts left at stop 53 (helper fixes82): a sign-off record's "Operatives are put
forward for …" sentence (no title of the page's role), its "Knowledge check" quiz (no skills
heading), a labelled credential line above a pay line (no owner of the figure) and a wage
determination's "CLASS: Subclass" row (the subclass's worker owns the rate). Every page here
is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.leader_rows import capitals_classification


def _pay(guide: object) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


_SIGNOFF = """\
SkillsLog | Brindle Utilities Ltd | Records | Sign-off sheets | MF-L2
Logged in: yard.desk   Switch company   Help   Log out

MAINS FITTER – WORKPLACE SIGN-OFF (LEVEL 2)
Contract: Orwell water network   Depot: Haddon yard
Operative: K. Ellery   Card no: 7710xxxx
Assessor: N. Okafor

PAY AND PROGRESSION (operatives' grade table)
Grade | Title | Rate
L1 | Mains fitter (trainee) | £13.10/hr
L2 | Mains fitter | £15.40/hr
Operatives are put forward for the Mains gang leader course, then Network supervisor.
"""


def test_put_forward_sentence_names_no_role() -> None:
    guide = parse_text(_SIGNOFF, "record.txt")
    assert guide.role is not None and guide.role.text == "Mains Fitter"


def test_plural_opening_still_reads_a_plain_sentence() -> None:
    # (negative) a plural subject that defines the work still titles a page with no other title
    page = "Mains fitters are skilled workers who lay and repair water pipes under roads.\n"
    guide = parse_text(page, "page.txt")
    assert guide.role is not None and guide.role.text == "Mains Fitter"


_QUIZ = """\
Harlow Vale NHS Trust · Competency records
COMPETENCY SIGN-OFF RECORD: STERILE SERVICES TECHNICIAN

Knowledge check
1. When must you stop the washer?  2. Where is the log kept?

Manager notes: pay and progression
Technicians move up a band once every unit is signed off. New starters often join us \
from porter, cleaner or storekeeper posts.
Skills we look for at interview: patience, accuracy
"""


def test_knowledge_check_heads_no_skills() -> None:
    skills = {s.text for s in parse_text(_QUIZ, "quiz.txt").skills}
    assert "Manager notes" not in skills
    assert not any("posts" in s for s in skills)
    assert {"patience", "accuracy"} <= skills


def test_knowledge_heading_still_heads_skills() -> None:
    # (negative) "Knowledge and skills" stays a skills heading
    page = ("Sterile Services Technician\n\nKnowledge and skills\n- Decontamination\n"
            "- Instrument tracking\n")
    skills = {s.text for s in parse_text(page, "k.txt").skills}
    assert "Decontamination" in skills


def test_credential_label_owns_no_pay() -> None:
    page = ("Bridge Officer\n\nCadet (first year)\nCertificate: Basic Safety Training Certificate\n"
            "Salary: $2,100 - 2,600/month\n")
    assert _pay(parse_text(page, "c.txt")) == {(2100, 2600, None)}


def test_title_label_still_owns_its_pay() -> None:
    # (negative) a title as the label, mentioned again after it, still owns the figure
    page = ("Bridge Officer\n\nRates on board.\nChief Mate: Chief Mates earn $9,000 a month.\n")
    assert (9000, 9000, "Chief Mate") in _pay(parse_text(page, "t.txt"))


_WAGES = """\
Plasterer

ZZZZ2024-003 05/01/2025
                                      Rates          Fringes
PLASTERER .........................$ 36.10     12.40
TRUCK DRIVER: Tipper Truck ........$ 21.30 **  9.75
LABORER: Hod Carrier ..............$ 24.85 **  6.10
"""


def test_wage_subclass_worker_owns_rate() -> None:
    pay = _pay(parse_text(_WAGES, "plasterer.txt"))
    assert (24.85, 24.85, "Hod Carrier") in pay
    assert (21.3, 21.3, "Tipper Truck Driver") in pay
    assert not any(owner and ":" in owner for _, _, owner in pay)


def test_capitals_classification_subclass() -> None:
    assert capitals_classification("LABORER: Hod Carrier") == "Hod Carrier"
    # (negatives) a machine's kind joins the class; a qualifier naming no kind is dropped
    assert capitals_classification("OPERATOR: Forklift") == "Forklift Operator"
    assert capitals_classification("LABORER: Common or General") == "Laborer"
