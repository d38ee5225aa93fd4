"""Structures found on fresh generated corpora (seeds 56101-56103): a trade's
"Journeyperson median wage", a JSON-LD block's legal name of the hirer the text names short,
the block's title at a learner's level ("Trainee X: $…") when the visible title differs, a
bare learner's word before a longer title in an arrow path, a similar job's title the
vocabulary does not know, a translated board's "Similar offers" strip in sentence case, a
helpers' starting rate and a lower-case "…, who is paid …". Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.jsonld_posting import _own_level, _short_name
from careergraph.model import SalaryRange, Source


def _moves(guide: object, bucket: str) -> list[str]:
    return [f.text for f in getattr(guide, bucket)]


def _pay(guide: object) -> set[tuple[float | None, str | None]]:
    return {(b.min, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


_TRADE = """\
Boatbuilder
Regional skills contest: brief for competitors

CAREER CONNECTIONS
Journeyperson median wage: $33.40/hour
Pathway: Apprentice Boatbuilder → Boatbuilder → Yard Foreman
"""


def test_journeyperson_pay_is_the_trades_own() -> None:
    guide = parse_text(_TRADE, "boatbuilder.txt")
    assert (33.4, None) in _pay(guide)
    assert not any(b.role for b in guide.salaries)


def test_another_title_before_median_wage_still_owns_it() -> None:
    page = _TRADE.replace("Journeyperson median wage", "Yard Foreman median wage")
    assert (33.4, "Yard Foreman") in _pay(parse_text(page, "boatbuilder.txt"))


_BLOCK_PAGE = """\
<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting",\
"title":"Stores Clerk","hiringOrganization":{"@type":"Organization","name":\
"Fernvale Outfitters Holdings LLC"},"industry":"Retail","baseSalary":{"@type":\
"MonetaryAmount","currency":"USD","value":{"@type":"QuantitativeValue","minValue":36200,\
"maxValue":44100,"unitText":"YEAR"}}}</script>
Job title: Stockroom Clerk | Employer: Fernvale Outfitters | Location: Cedar Falls, IA
Pay
Range $36,200 - $44,100 a year. Trainee Stores Clerk: $16.40/hr for the first 60 days.
Career path
Trainee → Stores Clerk → Stores Supervisor → Distribution Manager. Many came to us as Cashiers.
Similar jobs
Stockroom Clerk · Fernvale Outfitters · $17.10/hr
"""


def test_block_legal_name_is_the_short_name_in_the_text() -> None:
    guide = parse_text(_BLOCK_PAGE, "stores-clerk.txt")
    employers = [e.text for e in guide.employers]
    assert len(employers) == 1 and employers[0].startswith("Fernvale Outfitters")


def test_short_name_needs_two_leading_words_and_a_legal_form() -> None:
    assert _short_name("Fernvale Outfitters", "Fernvale Outfitters Holdings LLC")
    assert not _short_name("Fernvale", "Fernvale Outfitters LLC")  # one word: too loose
    assert not _short_name("Cedar Falls Schools", "Cedar Falls Hospital Inc.")
    # (no legal form: two public bodies may share their first words)
    assert not _short_name("Cedar Falls", "Cedar Falls Community School District")


def test_trainee_of_the_blocks_title_is_the_roles_band() -> None:
    guide = parse_text(_BLOCK_PAGE, "stores-clerk.txt")
    trainee = [b for b in guide.salaries if b.min == 16.4]
    assert trainee and all(b.role is None and b.level == "trainee" for b in trainee)


def test_learner_level_of_another_title_keeps_its_owner() -> None:
    band = SalaryRange(min=15.0, max=15.0, period="hour", role="Trainee Forklift Driver",
                       source=Source(file="p.txt", line=3))
    assert _own_level(band, "Stores Clerk").role == "Trainee Forklift Driver"


def test_bare_trainee_completes_the_next_rung_as_printed() -> None:
    guide = parse_text(_BLOCK_PAGE, "stores-clerk.txt")
    chains = [[s.text for s in chain] for chain in guide.progressions]
    firsts = {chain[0] for chain in chains} | set(_moves(guide, "moves_in"))
    assert "Trainee Stores Clerk" in firsts
    assert "Trainee Stockroom Clerk" not in firsts


def test_bare_trainee_before_the_roles_own_title_is_unchanged() -> None:
    page = ("Glazier\n\nCareer path\nApprentice → Glazier → Glazing Supervisor → Contracts "
            "Manager.\n")
    guide = parse_text(page, "glazier.txt")
    named = {s.text for chain in guide.progressions for s in chain} | set(
        _moves(guide, "moves_in"))
    assert "Apprentice Glazier" in named


_LISTING = """\
Line Cook

Pay and perks
$17.25 - $20.50/hr plus a shift meal.
Similar jobs
Line Cook · Harbor Grill Co. · $18.00/hr
Host · Quayside Diner · $14.75/hr
"""


def test_similar_job_of_an_unknown_title_owns_its_figure() -> None:
    pay = _pay(parse_text(_LISTING, "line-cook.txt"))
    assert (14.75, "Host") in pay
    assert (18.0, None) in pay  # the role's own title at another firm: its pay


_TRANSLATED = """\
Paving Operative
Wage (gross): 7,10 - 8,90 €/hour

Growth in the company
Most of our paving operatives started with us as labourers (robotník) at 5,40 €/hour. A good \
paving operative moves up to crew leader (vedúci čaty) and then site manager (stavbyvedúci), \
who is paid a monthly salary of 1 820 €.

Similar offers: Road worker · Levice · 8,05 €/h | Crane operat · Nitra
"""


def test_translated_board_strip_and_prose_owners() -> None:
    pay = _pay(parse_text(_TRANSLATED, "paving-operative.txt"))
    assert (7.1, None) in pay
    assert (5.4, "Labourer") in {(low, role.title() if role else None) for low, role in pay}
    assert (1820, "Site Manager") in {(low, role.title() if role else None) for low, role in pay}
    assert (8.05, "Road Worker") in {(low, role.title() if role else None) for low, role in pay}


def test_role_who_is_paid_stays_the_roles() -> None:
    page = ("Paving Operative\n\nPay\nA qualified paving operative, who is paid a monthly "
            "salary of 1 650 €, works a 40-hour week.\n")
    pay = _pay(parse_text(page, "paving-operative.txt"))
    assert (1650, None) in pay
