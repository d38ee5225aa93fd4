"""Structures of real public career pages (helper real32, 2026-12-05), on invented pages.

A Hong Kong maritime authority's crew page, aviation job boards' career landings and licence
guides, South African matric and newspaper career guides, museum job boards, a university's
"what can I do with a major" page, an encyclopedia's career entry, a careers vault's ladder
card, a career path guide with a stats card, study and handbook pages on roofers, a roofing
apprenticeship guide, a newspaper's workday interview and school and guide pages on
sonographers: a list's connective or a degree's "or a closely related field" was a skill
("in addition", "together", "closely related field"); "specialize in a particular material
or group of objects, such as A, B" gave the choice's words, and "concentrations such as A or
B but individuals …" the kind and "B but individuals"; "skilled in A, which entails B for C,
D or E" gave the relative clause and its parts, "specialize in either A or B" kept "either";
"Because of the labour involved in X, it's important to …" gave "it's important"; "the main
sonography machines" the technique "main sonography"; "a museum or other institution" the
sector "other institution"; "the majority of work for roofers" the sector "roofers"; "on high
scaffolds" a sector; "financial paperwork" the sector "financial"; a handbook's group line
("Construction trades and related workers") was the role; and pages opening "X job is to …",
"Xs who are sometimes called … work to …" or with "To be an X, you …" named no role.
"""

from __future__ import annotations

from collections.abc import Iterable

from careergraph.errors import GuideError
from careergraph.guides import parse_text
from careergraph.model import Fact, Guide


def _parse(page: str) -> Guide:
    return parse_text(page, "page.txt")


def _texts(facts: Iterable[Fact]) -> set[str]:
    return {fact.text for fact in facts}


def test_a_connective_or_a_related_field_is_no_skill() -> None:
    guide = _parse("Archivist\n\nArchivists look after records for councils and firms.\n\n"
                   "The skills an archivist needs include knowledge of palaeography, "
                   "in addition to Latin.\n\n"
                   "Employers look for a degree in history or a closely related field, "
                   "together with volunteering experience.\n")
    skills = {s.lower() for s in _texts(guide.skills)}
    assert not skills & {"in addition", "together", "closely related field",
                         "a closely related field", "in a closely related field"}
    assert "latin" in skills


def test_a_generic_choice_gives_its_examples() -> None:
    guide = _parse("Bookbinder\n\nBookbinders repair and bind books by hand.\n\n"
                   "Skills\n\nBookbinders usually specialize in a particular craft or group "
                   "of works, such as ledgers, albums, maps and fine bindings.\n")
    skills = _texts(guide.skills)
    assert not skills & {"particular craft", "group of works"}
    assert {"ledgers", "albums"} <= skills


def test_a_kind_of_specialism_and_a_clause_after_but_are_no_skills() -> None:
    guide = _parse("Luthier\n\nLuthiers make and repair stringed instruments.\n\n"
                   "Some luthiers specialize in concentrations such as violins or lutes but "
                   "beginners who want to train should take woodwork classes.\n")
    skills = _texts(guide.skills)
    assert "concentrations" not in skills
    assert not any("but" in skill.split() for skill in skills)


def test_a_relative_clause_after_a_credited_skill_names_none() -> None:
    guide = _parse("Payroll Officer\n\nPayroll officers are skilled in the practice of payroll, "
                   "which involves keeping exact pay records for shops, charities or clubs. "
                   "They help staff with queries.\n\n"
                   "Some payroll officers go on to specialize in either pensions or benefits "
                   "administration.\n")
    skills = _texts(guide.skills)
    assert not skills & {"charities", "clubs", "either pensions"}
    assert not any(skill.startswith("which ") for skill in skills)


def test_a_fronted_reason_is_no_item_of_a_skills_list() -> None:
    guide = _parse("Scaffolder\n\nScaffolders build temporary platforms on building sites.\n\n"
                   "Skills Required\n\nScaffolders need good balance. Because of the lifting "
                   "involved in scaffolding, it's vital to be strong and fit.\n")
    skills = {s.lower() for s in _texts(guide.skills)}
    assert not any(skill.startswith("it's") or skill.startswith("because") for skill in skills)


def test_a_determiner_like_adjective_is_no_part_of_a_technique() -> None:
    guide = _parse("Radiographer\n\nRadiographers take X-ray images of patients.\n\n"
                   "A Normal Morning\n\nYou also wipe down the main radiography room and any "
                   "mobile units you may take to the wards.\n")
    assert "main radiography" not in _texts(guide.skills)


def test_a_vague_other_institution_and_work_as_a_noun_are_no_sectors() -> None:
    guide = _parse("Taxidermist\n\nTaxidermists preserve and mount animal specimens.\n\n"
                   "They may be employed by a natural history museum or other institution "
                   "that keeps collections. Repairing old mounts makes up the majority of "
                   "work for taxidermists. Some work on high scaffolds in galleries.\n\n"
                   "Most taxidermists work in studios, at zoos, and in similar settings.\n")
    sectors = {s.lower() for s in _texts(guide.sectors)}
    assert not sectors & {"other institution", "taxidermists", "high scaffolds",
                          "similar settings"}


def test_a_kind_of_document_after_a_sector_word_makes_no_sector() -> None:
    guide = _parse("Bookkeeper\n\nBookkeepers keep the accounts of small firms. They help "
                   "owners with the checking of any financial paperwork and with budgets.\n")
    assert "financial" not in {s.lower() for s in _texts(guide.sectors)}


def test_a_handbook_group_line_is_no_role() -> None:
    guide_text = ("Installation, maintenance and related occupations\n\nSignificant Points\n\n"
                  "  • Most glaziers learn on the job.\n\n"
                  "Nature of Work\n\nGlaziers cut and fit glass in windows and doors.\n")
    try:
        guide = _parse(guide_text)
    except GuideError:
        return  # (no role at all is better than the group's name)
    assert "Related" not in guide.role.text


def test_a_job_told_as_its_purpose_names_the_role() -> None:
    guide = _parse("plan your future\n\nin wind energy\n\n"
                   "Wind turbine technician job is to inspect, service and repair turbines. "
                   "Technicians climb towers in all weathers.\n\n"
                   "Wind Turbine Technician Salaries\n\nThe average salary is $61,200 a year.\n")
    assert guide.role.text == "Wind Turbine Technician"


def test_a_plural_subject_with_its_other_names_names_the_role() -> None:
    guide = _parse('Farriers who are sometimes called "horseshoers" or "smiths" work to trim '
                   "and shoe horses' hooves.\n\n"
                   "Many farriers travel between stables in a van.\n")
    assert guide.role.text == "Farrier"


def test_to_be_a_worker_you_names_the_role() -> None:
    guide = _parse("Forests keep our water clean. We need people who can plan how land is used. "
                   "Foresters manage woodlands for timber and wildlife.\n\n"
                   "To be a forester, you usually have to study forestry at university.\n\n"
                   "Most programmes require Mathematics and Life Sciences.\n")
    assert guide.role.text == "Forester"


def test_a_title_line_on_two_jobs_names_the_first() -> None:
    guide = _parse("Skip to Main Content\n\nSurveyors and Survey Technicians\n\nOverview\n\n"
                   "Surveyors measure land for maps and building plans. Survey technicians "
                   "work under the supervision of surveyors.\n")
    assert guide.role.text == "Surveyor"


def test_a_ladder_card_printed_top_first_with_a_pair_at_its_foot_climbs_upward() -> None:
    guide = _parse("Curators\n\nOverview\n\nCurators look after a museum's collections.\n\n"
                   "Career Ladder\nDirector, or Trustee\n\nCurator\n\nCollections Assistant\n\n"
                   "Apprentice or Intern\n")
    ladders = [[step.text for step in ladder] for ladder in guide.progressions]
    assert ladders, "a ladder"
    ladder = ladders[0]
    assert ladder.index("Curator") < ladder.index("Director")
    assert ladder.index("Collections Assistant") < ladder.index("Curator")
