"""Fresh draws of the generator, again (helper fresh43): a salary survey's quartile columns
headed "LQ … UQ" (or "Q1 … Q3") and a survey table run together with single spaces give each
row's band; a pay heading in capitals with a note ("PAY (NZD, a year)", "PAY – …") ends the
ladder above it; a slash title printed as a ladder's rung is one job in the pay rows; the
employers of other jobs a role's holders do are not the role's; a Thai posting's company keeps
its legal form and "Can do" is trimmed; "DaVinci Resolve"-like names stay whole; a dotted strip
of onward links is chrome.

Every page is invented here (roles, places, figures).
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.items import Vocabulary, skill_names
from careergraph.guides.longform_rows import _call_strip
from careergraph.guides.survey_rows import survey_rows
from careergraph.lexicon import load_lexicon

_SURVEY = ("RIVERBEND SOCIETY OF TIDE GAUGE SURVEYORS\n"
           "2027 Pay Survey\n\n"
           "3 Tide Gauge Surveyor salaries\n"
           "Table 3.1  Tide Gauge Surveyor base salary by years in the profession\n"
           "{header}\n"
           "{rows}\n"
           "Note: figures are annual base salary before tax.\n")


def _bands(header: str, rows: list[str]) -> set[tuple[float, float]]:
    text = _SURVEY.format(header=header, rows="\n".join(rows))
    guide = parse_text(text, "tide-gauge-surveyor.txt")
    return {(s.min, s.max) for s in guide.salaries}


def test_lq_and_uq_columns_give_bands() -> None:
    bands = _bands("Experience              n     LQ          Median      UQ",
                   ["Under 3 years          140     $51,200     $55,900     $60,300",
                    "3–6 years               97     $57,800     $62,400     $68,100"])
    assert {(51_200, 60_300), (57_800, 68_100)} <= bands
    assert (51_200, 51_200) not in bands and (60_300, 60_300) not in bands


def test_q1_and_q3_columns_are_quartiles() -> None:
    rows, taken = survey_rows([(1, "Grade    Q1        Median    Q3"),
                               (2, "Band 4   £31,500   £33,000   £35,250")])
    assert [(r.low, r.middle, r.high) for r in rows] == [(31_500, 33_000, 35_250)]
    assert taken == {1, 2}


def test_a_single_spaced_survey_table_gives_bands() -> None:
    bands = _bands("Experience n Lower quartile Median Upper quartile",
                   ["0–2 years 160 $61,200 $66,000 $72,400",
                    "3–5 years 88 $67,900 $71,300 $78,800",
                    "All tide gauge surveyors 301 $63,000 $70,000 $77,500"])
    assert {(61_200, 72_400), (67_900, 78_800), (63_000, 77_500)} <= bands
    assert not any(low == high == 72_400 for low, high in bands)


def test_a_single_spaced_line_of_words_is_no_header() -> None:
    rows, taken = survey_rows([(1, "The lower quartile median and upper quartile differ"),
                               (2, "0–2 years 160 $61,200 $66,000 $72,400")])
    assert rows == [] and taken == set()


_VOLUNTEER = ("RETAINED FIRE SERVICE  |  Roles  Pay  Apply\n\n"
              "ON-CALL FIREFIGHTER\n\n"
              "As an on-call firefighter you answer your pager from home or work and train "
              "one evening a week.\n\n"
              "WHO EMPLOYS YOU\n"
              "You are employed by Eastmoor Fire Service.\n\n"
              "YOUR DAY JOB\n"
              "{sentence}\n")


def _employers(sentence: str, role: str = "on-call-firefighter") -> set[str]:
    guide = parse_text(_VOLUNTEER.format(sentence=sentence), f"{role}.txt")
    return {e.text for e in guide.employers}


def test_employers_of_the_other_jobs_holders_do_are_not_the_roles() -> None:
    found = _employers("Most of our crews work as a farm mechanic or a delivery driver, and "
                       "their employers, such as Brackenfield Farms and Lowgate Parcels, "
                       "release them for calls.")
    assert "Brackenfield Farms" not in found and "Lowgate Parcels" not in found
    assert "Eastmoor Fire Service" in found


def test_their_employers_after_the_role_itself_are_kept() -> None:
    found = _employers("Many of our people work as an on-call firefighter, and "
                       "their employers, such as Northway Fire Brigade and Kettleby Fire "
                       "Authority, train them.")
    assert {"Northway Fire Brigade", "Kettleby Fire Authority"} <= found


_ACADEMY = ("NORTHSHORE ROPE ACCESS ACADEMY   Courses | Careers\n\n"
            "Rope Access Technician: tickets, jobs and pay\n\n"
            "JOB LADDER\n"
            "Trainee Technician > Rope Access Technician > Rope Access Supervisor\n\n"
            "{heading}\n"
            "  Trainee Technician (first 500 hours)          $41,000 - $47,000\n"
            "  Rope Access Technician (Level 2)              $58,000 - $69,000\n"
            "  Rope Access Supervisor (Level 3)              $74,000 - $88,000\n"
            "  Safety Trainer                                $52,000 - $61,000\n\n"
            "Talk to admissions today.\n")


def _ladders(heading: str) -> list[list[str]]:
    guide = parse_text(_ACADEMY.format(heading=heading), "rope-access-technician.txt")
    return [[step.text for step in chain] for chain in guide.progressions]


def test_a_pay_heading_with_a_currency_note_ends_the_ladder_section() -> None:
    for heading in ("PAY (NZD, a year, as graduates report it)",
                    "PAY (a year, as graduates report it)",
                    "PAY – graduates report what they earn (NZD)"):
        ladders = _ladders(heading)
        assert ladders == [["Trainee Technician", "Rope Access Technician",
                            "Rope Access Supervisor"]], heading


def test_a_one_word_divemaster_is_a_title() -> None:
    page = ("Scuba Instructor careers\n\nCareer path\n"
            "Divemaster → Scuba Instructor → Instructor Trainer\n")
    guide = parse_text(page, "scuba-instructor.txt")
    assert [[s.text for s in p] for p in guide.progressions] == [
        ["Divemaster", "Scuba Instructor", "Instructor Trainer"]]


_THAI = ("Translated from: Thai ▸ English    Show original    Always translate Thai\n"
         "JobBoard | Jobs by province\n\n"
         "Home › Ayutthaya › Electronics\n\n"
         "Solder line repair technician (Rework Technician)\n"
         "ช่างซ่อมแผงวงจร\n"
         "Lotus Circuit Works Co., Ltd.\n"
         "Wage: 390 - 455 baht/day\n\n"
         "Qualifications\n"
         "1. Can do reflow profiling and stencil cleaning\n"
         "2. Familiar with Hakko and Weller irons\n\n"
         "Industry: Electronics\n")


def test_a_thai_postings_company_keeps_its_legal_form() -> None:
    guide = parse_text(_THAI, "rework-technician.txt")
    assert [e.text for e in guide.employers] == ["Lotus Circuit Works Co., Ltd."]


def test_can_do_before_translated_techniques_is_no_part_of_them() -> None:
    guide = parse_text(_THAI, "rework-technician.txt")
    skills = {s.text for s in guide.skills}
    assert {"reflow profiling", "stencil cleaning"} <= skills
    assert not any(s.startswith("Can do") for s in skills)


def test_a_product_name_opening_with_an_intercapped_word_stays_whole() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    assert skill_names("TouchDesigner Pro", vocab) == ["TouchDesigner Pro"]
    assert skill_names("QuickBooks Online", vocab) == ["QuickBooks Online"]
    # (a glued list whose second hump is a known tool is still cut)
    assert skill_names("GravelPython scripting", vocab) == ["Gravel", "Python scripting"]


@pytest.mark.parametrize("rung", ["Yard Hand / Packer", "Store Person / Yard Hand"])
def test_a_slash_title_of_a_ladders_rung_is_one_job_in_the_pay_rows(rung: str) -> None:
    # (printed whole as the rung, or sharing a name with the rung's own slash pair)
    page = _ACADEMY.format(heading="PAY (NZD, a year)").replace(
        "Trainee Technician >", f"{rung} >").replace(
        "Trainee Technician (first 500 hours)  ", "Yard Hand / Packer                    ")
    guide = parse_text(page, "rope-access-technician.txt")
    owners = {s.role for s in guide.salaries if s.min == 41_000}
    assert owners == {"Yard Hand / Packer"}


def test_a_dotted_strip_of_onward_links_is_chrome() -> None:
    assert _call_strip("Entry criteria · Next steps · Recruitment timeline")
    assert not _call_strip("Patient care · Radiation safety · Image processing")
    assert not _call_strip("Next steps")

