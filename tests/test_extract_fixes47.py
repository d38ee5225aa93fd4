"""Roles, moves and titles noticed on real-looking pages in stop 38 (helper fixes47), on
invented pages: a first sentence about "X roles", a breadcrumb trail whose separators were
lost, a rail yard's worker noun, a capitalised post's name before "role" or "position", a
move sentence broken over short lines, two qualifiers sharing one title's rest, and a job's
name that opens with a verb."""

from __future__ import annotations

from careergraph.guides.moves import prose_moves
from careergraph.guides.read import parse_text
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon

_VOCAB = Vocabulary.from_lexicon(load_lexicon())


def _moves(text: str, own: str = "Parcel Sorter") -> list[str]:
    found = prose_moves(text, _VOCAB, own)
    return [*found["up"], *found["lateral"]]


def _page_moves(text: str) -> list[str]:
    guide = parse_text(text, "page.txt")
    return [fact.text for fact in (*guide.leads_to, *guide.transitions_to)]


def test_a_first_sentence_about_a_kind_of_post_names_the_role() -> None:
    page = """Veterinary receptionist roles are busy and varied. You greet pet owners, book
appointments and take payments at a practice.

Skills
- Customer care
- Appointment booking
"""
    assert parse_text(page, "page.txt").role.text == "Veterinary Receptionist"
    jobs = """Kitchen porter jobs are physical and fast. You wash up, clear bins and keep a
kitchen clean for the chefs.

Skills
- Food hygiene
"""
    assert parse_text(jobs, "page.txt").role.text == "Kitchen Porter"


def test_a_kind_of_post_names_no_role_without_a_title_before_it() -> None:
    page = """Entry-level roles are hard to find in this field. Many people start by volunteering
at a stable or a rescue centre.

Groom

Skills
- Horse care
"""
    assert parse_text(page, "page.txt").role.text != "Entry-level"


def test_a_breadcrumb_trail_glued_together_names_its_last_crumb() -> None:
    page = """HomeCareersRetailBakery Counter Assistant

Bakery counter assistants serve bread and cakes and keep the counter stocked.

Skills
- Customer service
- Food hygiene
"""
    assert parse_text(page, "page.txt").role.text == "Bakery Counter Assistant"


def test_a_glued_word_the_page_prints_elsewhere_is_no_crumb_boundary() -> None:
    page = """HomeJobsTechnologyDevOps Platform Engineer

DevOps platform engineers build the tools other engineers ship code with.

Skills
- Terraform
- Kubernetes
"""
    assert parse_text(page, "page.txt").role.text == "DevOps Platform Engineer"


def test_a_rail_yard_worker_is_a_role() -> None:
    page = """Home › Careers › Rail › Yard Shunter

Yard shunters couple wagons and move them between sidings.

Skills
- Track safety
"""
    assert parse_text(page, "page.txt").role.text == "Yard Shunter"
    assert _moves("After a few years you could become a shunter.") == ["Shunter"]


def test_a_capitalised_post_name_before_role_or_position_is_a_title() -> None:
    assert _moves("With experience you could move into a Cold Store supervisor role.") == [
        "Cold Store Supervisor"]
    assert _moves("Some progress to the Night Desk editor position.") == ["Night Desk Editor"]
    # (a verb before a capitalised title is no post's name)
    assert "Become Data Scientist" not in _moves("Many go on to become Data Scientists.")


def test_a_move_sentence_broken_over_short_lines_is_read_whole() -> None:
    page = """Parcel Sorter

Parcel sorters scan and route parcels at a distribution hub.

Skills
- Scanning
- Manual handling

Career path
With a year or two behind you, you could move
into a shift coordinator or
dock planner role.
"""
    assert {"Shift Coordinator", "Dock Planner"} <= set(_page_moves(page))


def test_two_qualifiers_share_one_titles_rest() -> None:
    assert _moves("You could become a mobile or desktop developer.") == [
        "Mobile Developer", "Desktop Developer"]
    # (in capitals either word may be a job's own name: "Porter or Desk Supervisor")
    assert _moves("Later you may become a Porter or Desk Supervisor.") == [
        "Porter", "Desk Supervisor"]
    assert _moves("Some progress to junior and senior planner posts.") == [
        "Junior Planner", "Senior Planner"]


def test_qualifiers_that_name_a_job_or_its_hours_share_nothing() -> None:
    assert _moves("You could become a welder or fabrication supervisor.") == [
        "Welder", "Fabrication Supervisor"]
    assert _moves("You could become a full-time or part-time tutor.") == []
    assert _moves("Others move into sales or account manager roles.") == ["Account Manager"]
    # ("and" between two fields: one post)
    assert _moves("You could become a food and beverage manager.") == [
        "Food and Beverage Manager"]


def test_a_jobs_name_that_opens_with_a_verb_after_an_article() -> None:
    assert _moves("With experience you could become a train conductor.") == ["Train Conductor"]
    assert _moves("Some become supervisors or train apprentices.") == ["Supervisor"]
    assert _moves("Experienced sorters go on to train assistants.") == []


def test_a_field_moved_into_is_no_title_when_generic() -> None:
    assert _moves("With experience you could progress into management.") == []
