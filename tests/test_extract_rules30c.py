"""Manning-agency, seasonal-flyer and role-charter pages, second pass (invented pages): a
capitals label with its own text after a wide gap, a strip of links to other pages, a
numbered section after an unread one, a shared document's comments, a photographed notice's
caption, a capitals period, an initialism in a run-in list, another job's WANTED ad, a
flyer's questions and arrows naming moves, and an employer's role charter."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.model import Guide


def _texts(items: object) -> set[str]:
    return {item.text for item in items}  # type: ignore[attr-defined]


def _moves(guide: Guide) -> set[str]:
    return _texts(guide.leads_to) | _texts(guide.transitions_to)


def _pay(guide: Guide) -> set[tuple[str | None, float | None, str, str]]:
    return {(s.role, s.min, s.currency, s.period) for s in guide.salaries}


_BOSUN = ("HARBOURLINE CREW AGENCY   |  Licence No. 55-XY-0001\n\n"
          "BOSUN\nReports to: Chief Officer\n\n"
          "PROMOTION\n"
          "Our deck ratings come up through the ranks: Ordinary Seaman > Able Seaman > Bosun > "
          "Third Officer.\n\n"
          "SECTORS WE STAFF  Container ships · Car carriers · CNG / LPG tankers\n\n"
          "OUR CLIENTS  Aurora Shipping (Oslo) | Baltic Reefers (Riga)\n\n"
          "HOW TO APPLY  Send your papers or walk in at the office.  Manning Officer: Mr. Ardel "
          "Cruz.\n")


def test_a_capitals_label_heads_its_own_text_after_a_wide_gap() -> None:
    guide = parse_text(_BOSUN, "bosun.txt")
    assert _moves(guide) <= {"Third Officer"}  # no label and no contact read as a move
    assert {"Container ships", "Car carriers", "CNG / LPG tankers"} <= _texts(guide.sectors)
    assert not any("Aurora" in s or "Baltic" in s for s in _texts(guide.sectors))


_CHARTER = ("Wiki   Spaces   People   + Create\n"
            "Larkspur Bank Engineering  /  Platform  /  Role charters\n"
            "Role charter: Incident Manager\n\n"
            "Purpose\nThe Incident Manager runs major incidents from page to post-mortem.\n\n"
            "Career paths:\nMost came from Support Engineer roles; one joined from a "
            "retailer's Problem Manager team.\n\n"
            "Tools we expect\nPagerDuty · Grafana · Opsgenie\n\n"
            "👍 Like (4)     Related: Role charter: On-call Lead · Major incident FAQ\n")


def test_a_strip_of_links_names_no_skills_and_a_possessive_team_is_a_move_in() -> None:
    guide = parse_text(_CHARTER, "incident-manager.txt")
    skills = _texts(guide.skills)
    assert {"PagerDuty", "Grafana", "Opsgenie"} <= skills
    assert not any("FAQ" in s or "charter" in s.lower() for s in skills)
    assert "Problem Manager" in _texts(guide.moves_in)
    assert "Problem Manager" not in _moves(guide)
    assert not _texts(guide.employers)  # a wiki's breadcrumb is no letterhead


_STEWARD = ("Role Charter - Records Steward (v0.3 DRAFT)   ☁ Saved\n"
            "File  Edit  View  Insert  Help\n"
            "Fernvale District Council · Records Office · Information Programme\n\n"
            "ROLE CHARTER: RECORDS STEWARD\n\n"
            "2. What the steward does\n"
            "2.1 Keeps the retention schedule for the domain\n"
            "2.2 Reviews disposal requests with the service teams\n\n"
            "3. Decisions - records domain\n"
            "Decision           Owner   Steward\n"
            "Disposal of files    A        R\n\n"
            "4. Capabilities\n"
            "Technical: metadata tagging, SharePoint, retention law\n"
            "People: tact, plain-language writing\n\n"
            "5. Levels\n"
            "Records Steward  - Grade 5 - $61,000 to $70,000\n"
            "[Suggestion - Ona Reyes: add \"Senior Records Steward (Grade 6)\"? Not agreed.]\n")


def test_a_numbered_section_after_an_unread_one_and_a_documents_suggestion() -> None:
    guide = parse_text(_STEWARD, "records-steward.txt")
    skills = _texts(guide.skills)
    assert {"metadata tagging", "SharePoint", "tact"} <= skills
    assert "Capabilities" not in _texts(guide.responsibilities)
    assert "Senior Records Steward" not in _moves(guide)  # a suggestion, not approved
    assert _texts(guide.employers) == {"Fernvale District Council"}  # the charter's owner


_LAMBING = ("Photo of flyer on the board at Valley Farm Supply (shared to \"Hill Jobs\")  ·  "
            "3 comments\n\n"
            "★★ HELP WANTED ★★\nLAMBING HAND / NIGHT SHEPHERD\n"
            "Mar 1 - Apr 30, 2027   —   Spring lambing, 900 ewes\n\n"
            "$140/DAY  (6 days a week, Mar-Apr)\n"
            "or $3,100/month if you stay the whole season\n\n"
            "YOU NEED: lambing experience, a quad bike, a good eye\n"
            "NICE TO HAVE: shearing, dog handling, E.I.D. tagging\n\n"
            "Worked in a packing shed or as a dairy relief milker? Call us.\n"
            "Good hands might stay on for shearing --> full-time SHEPHERD job from July "
            "($52,000/yr + cottage).\n\n"
            "Also on the board: \"FENCERS WANTED - Ridge Fencing - $26/hr\"\n")


def test_a_flyers_caption_rates_wishes_and_moves() -> None:
    guide = parse_text(_LAMBING, "lambing-hand.txt")
    assert "Valley Farm Supply" not in _texts(guide.employers)
    pay = _pay(guide)
    assert {(None, 140, "USD", "day"), (None, 3100, "USD", "month"),
            ("Shepherd", 52000, "USD", "year"), ("Fencer", 26, "USD", "hour")} <= pay
    assert (None, 26, "USD", "hour") not in pay
    assert {"shearing", "dog handling", "E.I.D. tagging"} <= _texts(guide.skills)
    assert "Dairy Relief Milker" in _texts(guide.moves_in)
    assert "Shepherd" in _texts(guide.leads_to)


_PICKER = ("[PDF flyer - pinned at the Hill Hostel]\n\n"
           "SUMMER PICKING - WE'RE HIRING!\nCHERRY PICKERS\n"
           "~ 25 positions ~ Central Valley ~ December to February ~\n"
           "Stonefruit Harvest Crews Ltd  ·  orchard contractor since 2012\n\n"
           "WHAT WE'RE LOOKING FOR\n"
           "✔ Good balance and stamina, sure footing, attention to detail\n\n"
           "Came off the grape harvest? Vineyard hands and berry pickers pick up picking "
           "quickly.\n\n"
           "GROW WITH US\nGood pickers move up: Cherry Picker → Row Leader → Orchard "
           "Supervisor. Some have gone on to become Orchard Managers.\n")


def test_a_picking_flyers_firm_list_ways_in_and_arrow_ladder() -> None:
    guide = parse_text(_PICKER, "cherry-picker.txt")
    assert "Stonefruit Harvest Crews Ltd" in _texts(guide.employers)
    assert {"stamina", "attention to detail"} <= _texts(guide.skills)
    assert "Berry Picker" in _texts(guide.moves_in)
    assert "Orchard Supervisor" not in _texts(guide.leads_to)  # a rung of the ladder
    assert [[step.text for step in chain] for chain in guide.progressions] == [
        ["Cherry Picker", "Row Leader", "Orchard Supervisor"]]


_RIGGER = ("Banksman\n\nTypical requirements (our clients' minimum)\n"
           "- OPITO Stage 2 lifting ticket\n"
           "- Minimum 18 months offshore as Scaffolder, OR 2 years as Storeman on a jack-up\n\n"
           "Typical day rates\n"
           "| Rank            | GBP / day     | USD / day     |\n"
           "| Banksman        | £160 – £190   | $205 – $245   |\n"
           "| Crane Operator  | £240          | $310          |\n"
           "| Deck Foreman    | £880          | $1,140        |\n\n"
           "Moving on\nBanksmen who like lifting can cross into a Crane Operator role.\n")


def test_time_offshore_as_a_title_a_piped_unit_table_and_a_crossing() -> None:
    guide = parse_text(_RIGGER, "banksman.txt")
    assert {"Scaffolder", "Storeman"} <= _texts(guide.moves_in)
    assert "Crane Operator" in _texts(guide.transitions_to)
    pay = _pay(guide)
    assert {(None, 160, "GBP", "day"), ("Deck Foreman", 880, "GBP", "day"),
            ("Deck Foreman", 1140, "USD", "day")} <= pay
    assert not any(period == "year" for *_, period in pay)  # each row read once, by the day


def test_a_group_labels_line_of_skills_with_one_comma() -> None:
    page = ("Fleet Data Officer\n\nCapabilities\n"
            "Technical: telematics reporting, SQL, Power BI\n"
            "Business: fleet costing principles (ISO 39001), knowledge of tachograph rules\n")
    skills = _texts(parse_text(page, "fleet-data-officer.txt").skills)
    assert {"fleet costing principles", "ISO 39001"} <= skills


def test_an_understanding_of_two_words_sharing_a_head_is_one_skill() -> None:
    page = ("Fleet Data Officer\n\nCapabilities\n"
            "Business: route costing (ISO 39001), understanding of bus and coach operations\n")
    skills = _texts(parse_text(page, "fleet-data-officer.txt").skills)
    assert "understanding of bus and coach operations" in skills
    assert "understanding of bus" not in skills
