"""Employers a page names as its own publisher or owner (found by studying set 46): an HR
case system's header ("X Trust · People Hub"), a public body's own pay register or
transparency page, and an organisation that describes itself as owned by those who work
for it ("X Ltd is a worker co-operative").  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.site_owner import site_owner


def _texts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def test_an_hr_case_systems_header_names_the_employer() -> None:
    page = ("Ashcombe Schools Trust · People Hub      Logged in as: Caseworker  |  Log out\n"
            "Case 2291 › Outcome letter\n\nRole: Site Manager\n\n"
            "Dear Mr Oduya,\nThe panel met on 3 March to hear your appeal.\n")
    guide = parse_text(page, "site-manager.txt")
    assert "Ashcombe Schools Trust" in _texts(guide, "employers")


def test_a_councils_own_pay_register_names_its_employer() -> None:
    page = ("Orwick Vale District Council\n"
            "Home > Your council > Open data > Pay and grading register\n"
            "Accessibility | Cookies | Sign in\n\n"
            "Job title | Service | Grade | Pay range\n"
            "Street Warden | Neighbourhoods | Grade 4 | £24,100 – £25,900\n")
    guide = parse_text(page, "street-warden.txt")
    assert "Orwick Vale District Council" in _texts(guide, "employers")


def test_a_city_named_by_its_kind_first_publishes_its_register() -> None:
    lines = [(1, "City of Pellham Bay, Vermont — Human Resources"),
             (2, "Home | Residents | Jobs | Pay Transparency")]
    assert site_owner(lines) == ("City of Pellham Bay", 1)


def test_a_register_names_no_publisher_without_its_mark_or_with_two_bodies() -> None:
    # a council's page with no register's mark (a regulator's or a guide's header) names none
    assert site_owner([(1, "Orwick Vale District Council"), (2, "Home > Jobs > Search")]) is None
    # a comparison of two bodies' registers names no single publisher
    assert site_owner([(1, "Pay transparency | Orwick Vale District Council | Fenmoor Council"),
                       (2, "Home")]) is None


def test_a_worker_cooperative_that_describes_itself_employs_its_members() -> None:
    page = ("Kestrel Bakery Co-operative   Home  Our bread  Join us\n\n"
            "Baker\n\n"
            "Kestrel Bakery Co-operative Ltd is a worker co-operative: the 14 bakers own it.\n"
            "We bake sourdough for cafes across the valley.\n\n"
            "Kestrel Bakery Co-operative Ltd · Registered society · Privacy\n")
    guide = parse_text(page, "baker.txt")
    assert "Kestrel Bakery Co-operative Ltd" in _texts(guide, "employers")
    lines = [(1, "Fallow Farm Care Cooperative | Care owned by carers"),
             (2, "Fallow Farm Care Cooperative is a worker-owned home care agency.")]
    assert site_owner(lines) == ("Fallow Farm Care Cooperative", 2)


def test_a_supplier_described_as_a_cooperative_employs_no_one_here() -> None:
    # the co-operative the page describes is not the page's own (its name neither heads nor
    # foots the page), and a lower-case clause names no organisation
    lines = [(1, "Brindle Cafe | Menu | Jobs"), (2, ""), (3, ""),
             (4, "Our flour comes from Millrace Grain Co-operative Ltd."),
             (5, "Millrace Grain Co-operative Ltd is a worker co-operative in Suffolk."),
             (6, "Our bakers ..."), (7, ""), (8, ""), (9, "© Brindle Cafe")]
    assert site_owner(lines) is None
    assert site_owner([(1, "Kestrel Co-op"), (2, "the kestrel co-op is worker-owned")]) is None


def test_an_hr_departments_own_notice_names_its_body() -> None:
    assert site_owner([(1, "OFFICIAL"), (2, "Fenmoor District Council — Human Resources")]) == (
        "Fenmoor District Council", 2)
    # a consultancy whose name holds the words is no department's page
    assert site_owner([(1, "Brightpath Human Resources Ltd   Services  Contact")]) is None


def test_a_members_owned_business_that_says_so_employs_its_workers() -> None:
    lines = [(1, "Tillway Cycle Co-operative  Shop  Our roles  About us"), (2, ""),
             (3, "About the co-op: Tillway Cycle Co-operative Ltd is owned and run by the "
                 "people who work in it: one member, one vote.")]
    assert site_owner(lines) == ("Tillway Cycle Co-operative Ltd", 3)


def test_the_body_that_signs_a_letter_about_the_post_employs_it() -> None:
    page = ("PeopleDesk | Cases | C-88 | Logged in as Caseworker\n\n"
            "Dear Mr Lowe,\n\nRole: Caretaker\n\n"
            "The panel has heard your appeal and your grade stays at Grade 5.\n\n"
            "Yours sincerely,\n"
            "P. Okafor, Head of People, Marlbrook Schools Trust\n")
    guide = parse_text(page, "caretaker.txt")
    assert "Marlbrook Schools Trust" in _texts(guide, "employers")
    assert site_owner([(1, "Dear Ms Cole,"), (2, "Yours sincerely, Marlbrook Schools Trust HR")]
                      ) == ("Marlbrook Schools Trust", 2)
    # a close naming two bodies, or a signature with no letter, names no employer
    assert site_owner([(1, "Dear Ms Cole,"), (2, "Kind regards,"),
                       (3, "Marlbrook Schools Trust and Fenmoor District Council, Joint Panel"),
                       (4, "Fenmoor District Council")]) is None
    assert site_owner([(1, "Kind regards,"), (2, "Marlbrook Schools Trust")]) is None


def test_a_letter_signed_by_a_regulator_or_union_names_no_employer() -> None:
    """(stop 54, the lead) A regulator, a registration body, a union or a pension scheme writes
    to a worker without employing them; a council that employs still signs as one."""
    for signer in ("Registrations Team, Nursing and Midwifery Council",
                   "Fitness to Practise, General Optical Council",
                   "Branch Secretary, Fenmoor Care Workers Union",
                   "Member Services, Lindale Pension Fund Ltd"):
        assert site_owner([(1, "Dear Ms Cole,"), (2, "Yours sincerely,"), (3, signer)]) is None
    assert site_owner([(1, "Dear Ms Cole,"), (2, "Yours sincerely,"),
                       (3, "Head of People, Fenmoor District Council")]
                      ) == ("Fenmoor District Council", 3)
