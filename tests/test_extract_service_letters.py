"""Experience certificates and recommendation letters (set-20 style `refletter`, rules20c).

An experience certificate names the designations a person held in order ("joined us as
Trainee X and was confirmed as X"), the last one "held at the time of leaving" being the role
without its level word; a designation keeps the department a dash puts after it.  A
supervisor's recommendation names the post applied for ("recommend N for the X position"),
tells the path that led to it ("came to us as A … joined the unit as B") and may state a goal
("hopes to become C"), which is an up move and not the role.  Every letter here is written
for these tests (invented firms, hospitals, people and figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.careers_told import career_told
from careergraph.guides.designations import designation_at, held_designation
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon
from careergraph.model import Guide


def _vocab() -> Vocabulary:
    return Vocabulary.from_lexicon(load_lexicon())


def _moves(guide: object, kind: str) -> set[str]:
    return {f.text for f in getattr(guide, kind)}


def _ladders(guide: Guide) -> list[list[str]]:
    return [[f.text for f in ladder] for ladder in guide.progressions]


def test_designation_keeps_its_department_and_drops_a_grade() -> None:
    v = _vocab()
    assert designation_at("Executive – Accounts (Band C) since 2019", 0, v) == (
        "Executive – Accounts")
    assert designation_at("Welder at the yard", 0, v) == "Welder"


def test_the_designation_held_last_is_the_role_without_its_level() -> None:
    v = _vocab()
    sentence = ("He was redesignated as Senior Engineer – Utilities in 2021 and held this "
                "designation at the time of relieving.")
    assert held_designation(sentence, v) == "Engineer – Utilities"
    assert held_designation("He was promoted to Senior Engineer in 2021.", v) is None


def test_certificate_designations_form_a_ladder_ending_at_the_role() -> None:
    page = ("KESTREL POLYMERS PVT. LTD.\n"
            "SERVICE CERTIFICATE\n"
            "TO WHOMSOEVER IT MAY CONCERN\n"
            "This is to certify that Ms. Asha Rane worked at our Nashik unit from 2016 to "
            "2024.\n"
            "She joined us as Trainee Engineer – Maintenance and was confirmed as Engineer – "
            "Maintenance on 01.01.2017. She was promoted to Senior Engineer – Maintenance in "
            "2021 and held this designation at the time of leaving.\n"
            "We wish her success.\n")
    guide = parse_text(page, "certificate.txt")
    assert guide.role is not None and guide.role.text == "Engineer – Maintenance"
    assert ["Trainee Engineer – Maintenance", "Engineer – Maintenance",
            "Senior Engineer – Maintenance"] in _ladders(guide)


def test_recommendation_names_the_post_applied_for_and_the_goal_is_an_up_move() -> None:
    page = ("HARBOURSIDE COMMUNITY HOSPITAL\n"
            "March 2, 2026\n"
            "Dear Recruitment Panel:\n"
            "I am delighted to recommend Tomas Reyes for the Respiratory Therapist position "
            "at your clinic. I have supervised him for four years.\n"
            "Tomas came to us in 2019 as a Patient Care Technician. He spent a year on the "
            "medical ward learning bedside care. He joined our respiratory team as a "
            "Respiratory Therapist in 2021.\n"
            "He hopes one day to become a Respiratory Care Manager, and I am sure he will.\n"
            "Sincerely,\n")
    guide = parse_text(page, "recommendation.txt")
    assert guide.role is not None and guide.role.text == "Respiratory Therapist"
    assert "Respiratory Care Manager" in _moves(guide, "leads_to")
    assert ["Patient Care Technician", "Respiratory Therapist"] in _ladders(guide)


def test_a_detail_sentence_between_two_steps_is_passed_over() -> None:
    told = career_told("She came to us as a Dental Assistant. She spent two years on the "
                       "front desk. She was promoted to Practice Manager in 2022.", _vocab())
    assert told is not None and told.rungs == ("Dental Assistant", "Practice Manager")
    assert career_told("She came to us as a Dental Assistant. She likes tennis. She sails.",
                       _vocab()) is None


# -- certificates: duties as nouns, the signing company, a verification form -----------------
def test_certificate_duties_issuer_and_verified_rate() -> None:
    page = ("MERIDIAN CASTINGS PVT. LTD.\n"
            "Ref: MC/HR/2025/77                          Date: 02.05.2025\n"
            "EXPERIENCE CERTIFICATE\n"
            "TO WHOMSOEVER IT MAY CONCERN\n"
            "This is to certify that Mr. Anil Pawar was employed with Meridian Castings Pvt. "
            "Ltd. at our Satara foundry from 2018 to 2025.\n"
            "He joined us as Trainee Metallurgist and was confirmed as Metallurgist in 2019. "
            "He was promoted to Senior Metallurgist in 2023 and held this designation at the "
            "time of leaving.\n"
            "His responsibilities included:\n"
            "1. Analysis of melt samples by OES (Spectromaxx) and XRF.\n"
            "2. Execution of sand testing as per IS 1918 and calibration of hardness "
            "testers.\n"
            "For MERIDIAN CASTINGS PVT. LTD.\n"
            "(Sd/-)\n"
            "[Company Seal]\n")
    guide = parse_text(page, "certificate.txt")
    skills = {s.text for s in guide.skills}
    assert {"OES", "Spectromaxx", "XRF", "sand testing",
            "calibration of hardness testers"} <= skills
    assert "Sd/-" not in skills
    assert any("Meridian Castings" in e.text or "MERIDIAN CASTINGS" in e.text
               for e in guide.employers)
    assert guide.role is not None and guide.role.text == "Metallurgist"
    assert ["Trainee Metallurgist", "Metallurgist", "Senior Metallurgist"] in _ladders(guide)


def test_reference_letter_praise_and_verified_base_rate() -> None:
    page = ("LAKEVIEW REGIONAL HOSPITAL\n"
            "April 3, 2026\n"
            "RE: Letter of Recommendation – Paul Q. Dunn\n"
            "Dear Members of the Selection Panel:\n"
            "I am pleased to recommend Paul Dunn for the Respiratory Therapist position at "
            "your hospital.\n"
            "He sets up ventilators, nebulizers and BiPAP units and is trained to calibrate "
            "the Hamilton C6 and the Servo-u. His charting is always accurate.\n"
            "Sincerely,\n"
            "Attachment: Verification of Employment\n"
            "VERIFICATION OF EMPLOYMENT – Human Resources, Lakeview Regional Hospital\n"
            "Position: Respiratory Therapist      Department: ICU\n"
            "Base rate of pay: $34.10 per hour      Shift differential: $3.00/hr (nights)\n")
    guide = parse_text(page, "reference.txt")
    assert guide.role is not None and guide.role.text == "Respiratory Therapist"
    skills = {s.text for s in guide.skills}
    assert {"Hamilton C6", "Servo-u", "charting"} <= skills
    assert [(s.min, s.period) for s in guide.salaries] == [(34.10, "hour")]
    assert "Lakeview Regional Hospital" in {e.text for e in guide.employers}


def test_a_long_form_with_its_own_short_form_is_one_skill() -> None:
    # "(SOP)" spells the lower-case words before it: a spelling, not a second skill, whichever
    # reader gives the bare short form.
    from careergraph.guides.builder import GuideBuilder
    from careergraph.guides.nominal_duties import nominal_duty_skills
    from careergraph.model import SkillKind
    assert nominal_duty_skills("Training of night-shift analysts on standard operating procedures "
                               "(SOP)") == ["standard operating procedures (SOP)"]
    out = GuideBuilder("letter.txt", "longform")
    out.skill("standard operating procedures (SOP)", SkillKind.TECHNICAL, 3)
    assert not out.skill("SOP", SkillKind.TOOL, 3)
    assert out.skill("SAP", SkillKind.TOOL, 4)
    # a product in the bracket is still a second name
    assert nominal_duty_skills("Review of batch records in MES (Werum PAS-X)") == [
        "MES", "Werum PAS-X"]


def test_a_designation_held_throughout_is_the_role_as_printed() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    assert held_designation("She was employed as Head of Procurement (Grade M2) "
                            "throughout her service.", vocab) == "Head of Procurement"
    assert held_designation("She was employed with us from 2019 to 2024.", vocab) is None


def test_kit_trained_on_without_an_article() -> None:
    from careergraph.guides.nominal_duties import praised_skills
    assert praised_skills("He runs the night audit and is trained on Opera PMS and "
                          "Micros Simphony.")[-2:] == ["Opera PMS", "Micros Simphony"]
