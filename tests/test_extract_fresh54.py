"""Structures found on the generator's web pages on fresh seeds (fresh54): a line of a site's
pay statistics opened by the statistic's label ("Average in Savo: 2 410 €/kk · Range on the
site: …"), and a second title after a bare "and" whose verb was said once, in sentence case
("a Kiln foreman earns … and a Studio technician 2 120 €/kk").

Every page is invented here (roles, places, firms, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text

_HEAD = ("Potter (savenvalaja), Kuopio\n"
         "Pay / Palkka: 2 210 - 2 640 €/month\n"
         "What we expect\n"
         "- Wheel throwing\n"
         "- Glaze mixing\n"
         "Career path: Potter → Kiln foreman (polttomestari)\n"
         "Colleagues have come from Ceramic painter jobs.\n")


def _pay(page: str) -> list[tuple[float | None, float | None, str | None]]:
    guide = parse_text(page, "potter.txt")
    return [(s.min, s.max, s.role) for s in guide.salaries]


def test_a_line_of_site_statistics_is_the_posts_pay() -> None:
    pay = _pay(_HEAD + "Salary statistics: Potter\n"
               "Average in Savo: 2 410 €/kk · Range on the site: 2 150 - 2 720 €/kk\n"
               "National median (Finland): 2 455 €/kk · North Savo: 2 380 €/kk\n"
               "Industry: Manufacturing\n")
    for figure in ((2410, 2410, None), (2150, 2720, None), (2455, 2455, None),
                   (2380, 2380, None)):
        assert figure in pay


def test_a_statistic_of_something_else_is_no_pay() -> None:
    pay = _pay(_HEAD + "Average rent in Kuopio: 780 €/kk\nIndustry: Manufacturing\n")
    assert not any(low == 780 for low, _, _ in pay)


def test_a_second_title_in_sentence_case_owns_its_figure() -> None:
    pay = _pay(_HEAD + "For information: a Kiln foreman earns 2 810 - 3 150 €/kk and a Studio "
               "technician 2 120 €/kk.\nIndustry: Manufacturing\n")
    assert (2810, 3150, "Kiln foreman") in pay
    assert (2120, 2120, "Studio technician") in pay


def test_a_thing_in_sentence_case_after_and_owns_no_figure() -> None:
    pay = _pay(_HEAD + "For information: a Kiln foreman earns 2 810 €/kk and a Company "
               "phone 30 €/kk.\nIndustry: Manufacturing\n")
    assert not any(role == "Company phone" for _, _, role in pay)


_GERUND_PAGE = ("JOB OF THE WEEK: Upholsterer\n"
                "\n"
                "Skills you'd use\n"
                "- stripping old frames and springs\n"
                "- stapling covers with pneumatic staplers\n"
                "- cutting foam and fabric\n"
                "- checking the seams for wear\n"
                "\n"
                "Where next?\n"
                "With experience you could become a Workshop Supervisor.\n")


def _skills(page: str) -> dict[str, str]:
    guide = parse_text(page, "upholsterer.txt")
    return {s.text: s.kind.value for s in guide.skills}


def test_a_skills_item_of_gerund_clauses_names_its_objects_and_tools() -> None:
    skills = _skills(_GERUND_PAGE)
    for name in ("old frames", "springs", "foam", "fabric"):
        assert name in skills
    assert skills.get("pneumatic staplers") == "tool"
    assert not any(name.startswith(("stripping", "stapling", "cutting")) for name in skills)


def test_a_gerund_item_with_an_article_or_a_noun_modifier_is_left_to_the_other_readers() -> None:
    skills = _skills(_GERUND_PAGE.replace("- cutting foam and fabric\n",
                                          "- building regulations and codes\n"))
    assert "regulations" not in skills and "codes" not in skills
    assert "old frames" in skills


def test_a_technique_word_opening_a_lower_case_title_is_no_skill() -> None:
    page = ("Lithography Process Engineer\n"
            "\n"
            "What the job involves\n"
            "Most of our readers started as junior lithography process engineers and some "
            "moved on to senior lithography process engineer posts.\n"
            "On the line you run photolithography and metrology checks every shift.\n")
    names = [s.text.lower() for s in parse_text(page, "lithography-process-engineer.txt").skills]
    assert not any(name.endswith("lithography") and name != "photolithography"
                   for name in names)
    assert "photolithography" in names


def test_a_lone_gerund_item_among_noun_items_stays_whole() -> None:
    page = ("JOB OF THE WEEK: Upholsterer\n"
            "\n"
            "Skills you'd use\n"
            "- Foam cutting\n"
            "- reading pattern sheets and swatches\n"
            "- Fabric matching\n")
    assert "reading pattern sheets and swatches" in _skills(page)
