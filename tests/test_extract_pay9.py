"""Who a figure belongs to on pages that name many titles: a known title in lower case as
the subject of its own clause ("…, while kiln managers earn"), "are around" / "is on"
before a figure, a title gapped after a figure already owned ("a year-9 skipper, about"),
"gives them", and owners that are a frame around a title ("graduates working as X", "the
middle half of workers", "qualified X").

Every page is invented here (roles, employers, places, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.pay_owners import plain_owner, stated_for


def _pay(page: str, name: str = "page.txt") -> dict[tuple[float | None, float | None], str | None]:
    """Each figure's (min, max) and its owner (None: the page's role)."""
    return {(s.min, s.max): s.role for s in parse_text(page, name).salaries}


def _titled(text: str) -> bool:
    return text.split()[-1] in {"Manager", "Supervisor", "Chief", "Director", "Scientist",
                                "Associate", "Glazer", "Officer"}


GLAZER = ("Ceramic Glazer\n"
          "What a ceramic glazer does\n"
          "Ceramic glazers mix glazes, spray and dip ware and load the kilns at a pottery.\n"
          "Pay\n"
          "Trainee glazers start at around $31,200 a year. Ceramic Glazers with a few years on "
          "the line earn $38,000 to $44,000, while kiln room supervisors earn $47,500 to "
          "$52,000.\n")


def test_a_lower_case_title_after_while_owns_its_figure() -> None:
    pay = _pay(GLAZER, "ceramic-glazer.txt")
    assert pay[(47_500, 52_000)] == "Kiln Room Supervisor"
    assert pay[(38_000, 44_000)] is None  # the role's own plural keeps its figure
    assert pay[(31_200, 31_200)] is None


def test_a_lower_case_phrase_that_is_no_title_owns_nothing() -> None:
    page = GLAZER.replace("while kiln room supervisors earn", "while most of them earn")
    assert _pay(page, "ceramic-glazer.txt")[(47_500, 52_000)] is None
    # ("the middle half of glazers" is a share of the role's people, no title)
    assert stated_for("and the middle half of glazers earn ", _titled, "Ceramic Glazer") is None


def test_a_title_of_the_roles_own_head_in_lower_case_stays_the_role() -> None:
    # "studio glazers" on the Ceramic Glazer's page: the role where it works
    assert stated_for("In the survey, studio glazers earn ", _titled, "Ceramic Glazer") is None
    # a rank before the role's head names another post
    assert stated_for("In the survey, chief glazers earn ", _titled, "Ceramic Glazer") == (
        "Chief Glazer")


def test_are_around_before_a_figure_names_the_subject() -> None:
    clause = "In Halifax, claims review managers are around "
    assert stated_for(clause, _titled, "Claims Examiner") == "Claims Review Manager"
    assert stated_for("Salaries for head glazers are around ", _titled, "Ceramic Glazer") == (
        "Head Glazer")  # (the pay's people, not "Salaries for …", are the subject)
    assert stated_for("The pay is about ", _titled, "Ceramic Glazer") is None


def test_a_level_before_another_head_is_a_title_before_the_roles_head_the_role() -> None:
    clause = "In Halifax, senior associates at the big firms are around "
    assert stated_for(clause, _titled, "Claims Examiner") == "Senior Associate"
    assert stated_for("In Halifax, senior examiners are around ", _titled,
                      "Claims Examiner") is None


def test_a_bracket_and_a_grade_open_a_clause_of_their_own() -> None:
    clause = ("The advert offers $19 an hour, and says good hands can move up to Kiln Chief "
              "(kiln chiefs start at ")
    assert stated_for(clause, _titled, "Ceramic Glazer") == "Kiln Chief"
    clause = "Grade 3 glazers are paid £24,100 to £26,300; Grade 4 firing officers are paid "
    assert stated_for(clause, _titled, "Ceramic Glazer") == "Firing Officer"


def test_a_gapped_title_after_a_figure_already_owned() -> None:
    clause = "In a year: a first-year deck officer earns about $61,300; a year-9 skipper, about "
    owner = stated_for(clause, lambda t: t.endswith(("Officer", "Skipper")), "Deckhand")
    assert owner == "Skipper"  # not the deck officer, whose figure came first


def test_gives_them_names_the_clause_befores_subject() -> None:
    clause = ("Worth adding that kiln room supervisors, who also order the clay, are paid "
              "differently; the guild's survey gives them ")
    assert stated_for(clause, _titled, "Ceramic Glazer") == "Kiln Room Supervisor"
    # no subject before: no owner
    assert stated_for("Pay varies; the guild's survey gives them ", _titled,
                      "Ceramic Glazer") is None


def test_a_principal_title_in_lower_case_is_on_its_figure() -> None:
    page = ("Glaze Technology Manager\n"
            "What a glaze technology manager does\n"
            "Glaze technology managers run the glaze lab and test new glaze recipes.\n"
            "Pay\n"
            "A principal glaze chemistry scientist is on $141,000 to $156,000 plus super. A "
            "glaze technology manager is on $128,000 to $139,000.\n")
    pay = _pay(page, "glaze-technology-manager.txt")
    assert pay[(141_000, 156_000)] == "Principal Glaze Chemistry Scientist"
    assert pay[(128_000, 139_000)] is None


def test_an_owner_framing_a_title_is_read_as_the_title() -> None:
    assert plain_owner("graduates working as kiln room supervisor", "Ceramic Glazer") == (
        "Kiln Room Supervisor", "")
    assert plain_owner("my head of glazing salary is", "Ceramic Glazer") == (
        "Head of Glazing", "")
    assert plain_owner("Job Coach", "Ceramic Glazer") == ("Job Coach", "")  # a title itself


def test_a_share_or_a_qualifier_before_the_role_is_the_roles_own() -> None:
    assert plain_owner("middle half of worker", "Ceramic Glazer") == (None, "")
    assert plain_owner("all ceramic glazer", "Ceramic Glazer") == (None, "")
    assert plain_owner("first year company ceramic glazer", "Ceramic Glazer") == (
        None, "first year company")
    assert plain_owner("monthly salary", "Ceramic Glazer") == (None, "")
    # a rank, a level word or another trade before the role's head stays another title
    assert plain_owner("Head Ceramic Glazer", "Ceramic Glazer") == ("Head Ceramic Glazer", "")
    assert plain_owner("Senior Ceramic Glazer", "Ceramic Glazer") == (
        "Senior Ceramic Glazer", "")
    assert plain_owner("Pottery Glazer", "Ceramic Glazer") == ("Pottery Glazer", "")


def test_a_row_of_other_jobs_gives_its_title_the_figure() -> None:
    page = ("Indigo Dyer\n"
            "■ Job description\n"
            "Dye cotton and hemp cloth in indigo vats and rinse and dry the dyed lengths.\n"
            "■ Salary\n"
            "Monthly salary: 21万円 ~ 26万円\n\n"
            "Other jobs at this company\n"
            "Shop clerk   Aizome Kobo Co., Ltd.   Monthly salary 175,000 yen ~ 205,000 yen\n"
            "Indigo dyer   Aizome Kobo Co., Ltd.   Monthly salary 215,000 yen ~ 262,000 yen\n"
            "Tour staff   Aizome Kobo Co., Ltd.   Monthly salary 170,000 yen ~ 190,000 yen\n")
    pay = _pay(page, "indigo-dyer.txt")
    assert pay[(175_000, 205_000)] == "Shop Clerk"
    assert pay[(215_000, 262_000)] is None  # the role's own row
    # (fresh50) a row of the list opens with its job though the lexicon lacks it: "Tour staff"
    # is another job there, whose figure was read as the role's own
    assert pay[(170_000, 190_000)] == "Tour Staff"


def test_as_a_post_im_on_gives_the_writers_post_the_figure() -> None:
    def supervisor(text: str) -> bool:
        return text.endswith("Supervisor")

    clause = "As a deck supervisor I'm now on "
    assert stated_for(clause, supervisor, "Deckhand") == "Deck Supervisor"
    assert stated_for("As a result I'm now on ", supervisor, "Deckhand") is None
    page = ("Ferry Deckhand\n"
            "A blog about life on the boats\n"
            "The money\n"
            "Deckhands on the island run start on £24,300 a year. As a deck supervisor I'm now on "
            "£35,800 a year plus overtime, and harbour masters earn about £52,000.\n")
    pay = _pay(page, "ferry-deckhand.txt")
    assert pay[(24_300, 24_300)] is None
    assert pay[(35_800, 35_800)] == "Deck Supervisor"
    assert pay[(52_000, 52_000)] == "Harbour Master"


def test_a_posts_seats_graded_on_a_code_name_the_post() -> None:
    clause = ("Her salary sits within the Harbour Master band; Deputy Harbour Master positions "
              "in the same policy are graded M6 (")
    assert stated_for(clause, _titled_master, "Harbour Master") == "Deputy Harbour Master"
    # a supervising rank before the role's own head is another post
    clause = "Band 3 harbour officers are paid £31,200; Band 4 supervising officers are paid "
    assert stated_for(clause, _titled, "Harbour Officer") == "Supervising Officer"
    clause = "Band 3 pay is £31,200; Band 4 harbour officers are paid "
    assert stated_for(clause, _titled, "Harbour Officer") is None  # the role's own band


def _titled_master(text: str) -> bool:
    return text.endswith("Master")


def test_a_compound_of_two_nouns_is_a_title_a_prefixed_word_is_not() -> None:
    def operator(text: str) -> bool:
        return text.endswith(("Operator", "Worker"))

    clause = "Owner-operators here report netting around "
    assert stated_for(clause, operator, "Tanker Driver") == "Owner-operator"
    assert stated_for("Co-workers earn ", operator, "Tanker Driver") is None
