"""Leftovers of held-back set 55 and of helper real52's real pages (stop 64): a bracketed maker
after any machine noun is no place, the agency page's two kinds of cue, a form's hire field as a
move in, an agreement's defined party term and its covenant's competitors as no employers, a
pay classification spanning levels as no page title, "Other Xs are paid" as the role's own pay,
and the fields work experience may come from as no skills.  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.page_money import named_dollars, page_dollar
from careergraph.guides.requirement_items import comma_requirements


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


# ---------------------------------------------------------------- makers in brackets


def test_a_maker_after_any_machine_noun_names_no_dollar_country() -> None:
    # (any maker's name, not one: a city's name in brackets after a machine is its brand)
    assert named_dollars("Kit: meat slicer (Sydney), forklift (Perth), dish machine (Adelaide)"
                         ) == frozenset()
    assert page_dollar("Equipment: band saw, wrapper/labeller (Brisbane). Pay: $19.50/hr") == "USD"


def test_a_job_word_before_a_bracketed_city_stays_a_place() -> None:
    assert page_dollar("Agency nurse (Perth): $52.00 an hour") == "AUD"
    assert named_dollars("forklift (Linde) at the cook (Melbourne) shift") == frozenset({"AUD"})


def test_the_agency_cues_are_two_tuples_with_one_job_each() -> None:
    from careergraph.guides import longform

    assert "gency:" in longform._AGENCY_FIELD_CUES
    assert "harge rate" in longform._AGENCY_RATE_CUES
    assert not set(longform._AGENCY_FIELD_CUES) & set(longform._AGENCY_RATE_CUES)


# ---------------------------------------------------------------- hire fields

_INJURY_FORM = "\n".join((
    "Employer's First Report of Injury - Confirmation",
    "Your report was submitted. Confirmation number: 22-0187",
    "A - WORKERJob title/Occupation: Forklift Driver   Worker's name: R. Soto",
    "Worker's language: Spanish   Date hired: 2020-03-02   Position at hire: Warehouse Picker",
    "4. Occupation  Forklift Driver   5. Date hired  03/02/2020   6. Occupation when hired  "
    "Dock Loader   7. State of hire  OH",
    "Average weekly wage: $912.00", ""))

def test_hire_fields_name_moves_in() -> None:
    from careergraph.guides.hire_fields import hired_as
    from careergraph.guides.vocab import Vocabulary
    from careergraph.lexicon import load_lexicon

    vocab = Vocabulary.from_lexicon(load_lexicon())
    assert hired_as("Date hired: 2020-03-02   Position at hire: Warehouse Picker", vocab,
                    "Forklift Driver") == ["Warehouse Picker"]
    assert hired_as("6. Occupation when hired  Dock Loader   7. State of hire  OH", vocab,
                    "Forklift Driver") == ["Dock Loader"]
    assert hired_as("Position at hire: Forklift Driver", vocab, "Forklift Driver") == []
    guide = parse_text(_INJURY_FORM, "forklift-driver.txt")
    assert {"Warehouse Picker", "Dock Loader"} <= _facts(guide, "moves_in")


# ---------------------------------------------------------------- agreements

_AGREEMENT = "\n".join((
    "SETTLEMENT AGREEMENT",
    "PARTIES (1) HARTWELL PANTRY FOODS LIMITED incorporated and registered in England and "
    "Wales with company number 01234567 whose registered office is at 4 Mill Lane, Leeds LS1 "
    '4AB (the "Employer"); and (2) DANA FROST of 9 Elm Road, York (the "Employee").',
    "BACKGROUND (A) The Employer carries on the business of making jams for shops. (B) The "
    "Employee has been employed by the Employer as Warehouse Supervisor (North) since 1 May "
    "2018 and previously, from 2 May 2015, as Stock Controller. Her basic salary is £34,000 "
    "per annum.",
    "5. RESTRICTIVE COVENANTS 5.1 For six months the Employee will not work in a supervisory "
    "role for a Competing Business, including Norbridge Larder Ltd and Calder Crate Foods plc, "
    "within the Territory.", ""))

def test_a_defined_party_term_and_a_covenants_competitors_are_no_employers() -> None:
    guide = parse_text(_AGREEMENT, "warehouse-supervisor.txt")
    employers = _facts(guide, "employers")
    assert "Employer" not in employers
    assert not {"Norbridge Larder Ltd", "Calder Crate Foods plc", "Calder Crate Foods"} & employers


# ---------------------------------------------------------------- classification field

_AWARD_PAGE = """\
Skip to content   Menu   Careers | Allied health | Our professions
Eastern Health — Allied Health Careers

Orthotist
Classification: Healthcare Professional, Levels 1–3   |   Award: Health Staff (State) Award
Share  Print

About the role
Orthotists assess patients and design, fit and review orthoses in clinics and on wards.
"""


def test_a_classification_spanning_levels_is_no_page_title() -> None:
    assert parse_text(_AWARD_PAGE, "page.txt").role.text == "Orthotist"


_LOCUM_APP = """\
◀ Timesheets          Week ending Sun 12 Apr 2026
Larkfield Social Care Recruitment  ·  Locum app
STATUS: Submitted
Assignment #LSC-5521
Approved Mental Health Professional (AMHP) - Locum
Client: Westholm District Council - Adult Social Care
Pay rate  £39.00/hr (PAYE)   Charge rate to client £52.65/hr
Mon 06 Apr  09:00-17:00  7.5 h  MHA assessment, duty desk
Total hours  7.5 h x £39.00 = £292.50
"""


def test_a_field_practitioner_after_health_names_the_role() -> None:
    assert parse_text(_LOCUM_APP, "page.txt").role.text == "Approved Mental Health Professional"


# ---------------------------------------------------------------- peers' pay

_CLAIM = """\
Live-in Caregiver
Job title: Live-in Caregiver   Employer: a private household
I was paid $1,200 a month for 60 hours a week.
Other caregivers in my street working for families are paid $17.50-$18.75 per hour on the books.
"""


def test_other_holders_of_the_role_are_paid_the_roles_own() -> None:
    guide = parse_text(_CLAIM, "live-in-caregiver.txt")
    owners = {(s.role, s.min, s.max) for s in guide.salaries}
    assert (None, 17.5, 18.75) in owners
    assert not any(role and "aregiver" in role for role, _, _ in owners)


# ---------------------------------------------------------------- work experience's fields


def test_the_fields_work_experience_comes_from_are_no_skills() -> None:
    assert comma_requirements("work experience in retail, the army, the fire service, "
                              "catering, or security") == []
    assert comma_requirements("Forklift licence, first aid, manual handling") == [
        "Forklift licence", "first aid", "manual handling"]
