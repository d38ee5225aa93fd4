"""Roles read from the text of a directory filtered to one role and of a flashcard set's
framed title (helper roles34, 2026-12-05)."""

from __future__ import annotations

from pathlib import Path

from careergraph.guides import parse_file
from careergraph.guides.roles import _page_title, _pay_headline
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon

VOCAB = Vocabulary.from_lexicon(load_lexicon())


def _role(tmp_path: Path, text: str) -> tuple[str, str | None]:
    """The role and its signal parse_file reads from ``text`` under a neutral file name."""
    page = tmp_path / "page-one.txt"
    page.write_text(text, encoding="utf-8")
    guide = parse_file(page)[0]
    return guide.role.text, guide.role_signal


def test_a_frame_after_a_course_name_is_cut() -> None:
    """"Unit 4 – Career Profile: Marine Biologist": the frame after the course goes."""
    assert _page_title("Biology 2 – Career Profile: Marine Biologist", VOCAB,
                       first=True) == "Marine Biologist"
    assert _page_title("Acme Careers – Job Description: Crane Operator", VOCAB,
                       first=True) == "Crane Operator"


def test_a_directory_filter_line_names_the_role(tmp_path: Path) -> None:
    """An exhibitor list filtered to one role names it in its filter line."""
    text = ("NORTHERN JOBS SHOW 2028\nHall 2 · 10:00-15:00\n\nEXHIBITORS\n"
            "Filter: Role = Quantity Surveyor ✕  |  Showing 4 of 40 exhibitors\n\n"
            "Brackley Build Ltd    Stand A2\nHousebuilder · Leeds\n"
            "Recruiting: Quantity Surveyor · Site Manager · Estimator\n"
            "Quantity Surveyor £41,000 – £49,000 | Estimator £38,000 – £45,000\n")
    assert _role(tmp_path, text) == ("Quantity Surveyor", "statement")


def test_a_directory_call_names_the_role(tmp_path: Path) -> None:
    """"Looking for X jobs?" heads a directory's pages for one role."""
    text = ("RIVERSIDE HIRING EVENT — EMPLOYER DIRECTORY     Page 2 of 6\n"
            "Civic Hall, Toledo OH  |  Saturday May 8  |  10 AM – 3 PM\n"
            "Hosted by the Maumee Valley Jobs Council\n\n"
            "HOW TO USE THIS LIST: booths in number order. ★ = hiring on the day.\n"
            "Looking for FORKLIFT DRIVER jobs? Drivers are also called lift truck "
            "operators — look for the starred booths.\n\n"
            "BOOTH 12 ★ QUAYSIDE FREIGHT\nOpenings: Forklift Driver – 5\n"
            "Pay: $19.10 – $22.40/hr\n")
    assert _role(tmp_path, text) == ("Forklift Driver", "statement")


def test_a_video_title_names_the_speaker_s_job() -> None:
    """A worker's video title: its frame, emoji, "+ …" and a bracket after the job go."""
    assert _page_title("a day in the life of a TOWER CRANE OPERATOR 🏗️ + my pay (5 yrs)"
                       " | site vlog", VOCAB, first=True) == "Tower Crane Operator"
    assert _page_title("How Much I REALLY Make as an HVAC Service Technician (Ohio) 💵 |"
                       " Hourly, Overtime & Tips", VOCAB, first=True,
                       named=lambda *_: True) == "HVAC Service Technician"


def test_a_pay_headline_still_reads_a_third_person_worker() -> None:
    """"How much do welders earn" stays a pay headline; "I" is no worker."""
    assert _pay_headline("How much do welders earn in Texas?", VOCAB) == "Welder"
    assert _pay_headline("How much I earn as a welder", VOCAB) is None


def test_a_returner_programme_names_its_role(tmp_path: Path) -> None:
    """An employer's returnship page: the careers section after the firm is no role, the
    programme's "returnship for X" line names it."""
    text = ("Halden Analytics | Careers\nHome  Teams  Graduates  Comeback (Returners)\n\n"
            "Comeback 2028 — Cohort 2\n"
            "A 12-week paid returnship for Actuarial Analysts who are restarting after a "
            "career break\nLeeds · Hybrid · Applications close 3 March\n\n"
            "WHO CAN APPLY\n✓ A break of 2 to 8 years\n✓ Earlier experience in pricing or "
            "reserving\n")
    assert _role(tmp_path, text) == ("Actuarial Analyst", "statement")
    assert _page_title("Halden Analytics | Careers", VOCAB, first=True,
                       mentioned=lambda _: True) != "Career"


def test_a_pay_advisory_s_subject_names_its_staff_group(tmp_path: Path) -> None:
    """A pay body's letter: "RE: … REMUNERATION … FOR X IN THE PUBLIC SERVICE" names X."""
    text = ("NATIONAL PAY COMMISSION\nCapital House, Lusaka\nRef: NPC/12/(7)\n\n"
            "TO: ALL PROVINCIAL HEALTH DIRECTORS\n    THE PERMANENT SECRETARY\n\n"
            "RE: REVIEW OF REMUNERATION AND BENEFITS FOR ENVIRONMENTAL HEALTH OFFICERS IN "
            "THE PUBLIC SERVICE FOR THE 2029/30 CYCLE\n\n"
            "1. The Commission advises as follows on the cadre.\n")
    assert _role(tmp_path, text)[0] == "Environmental Health Officer"


def test_a_firm_s_footer_links_after_its_notice_are_no_sectors(tmp_path: Path) -> None:
    """"… Registered in England No. 123. Privacy · Cookies · Modern slavery statement": the
    site's footer ends the labelled list above it."""
    page = tmp_path / "page-two.txt"
    page.write_text(
        "Fenwick Rowe | Careers\n\nGRADUATE TRAINEE TRADE MARK ATTORNEYS\n"
        "Join us as a Trainee Trade Mark Attorney in Leeds.\n\n"
        "Sectors we serve: consumer goods · fashion · food and drink\n"
        "Fenwick Rowe LLP is regulated by IPReg. Registered in England No. OC999999. "
        "Privacy · Cookies · Modern slavery statement\n", encoding="utf-8")
    sectors = [fact.text for fact in parse_file(page)[0].sectors]
    assert "Modern slavery statement" not in sectors and "Cookies" not in sectors
