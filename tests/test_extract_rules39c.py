"""Second pass on held-back set 39 (helper rules39c, 2026-12-05): net pay a posting or a job
site prints as the post's pay, translated headings in two languages and a job board's
similar-ad rows.  Every page here is invented: other posts, other wording, other figures than
any fixture."""

from __future__ import annotations

from pathlib import Path

from careergraph.guides.amounts import find_amounts
from guide_facts import parsed_page


def _pay(guide) -> set[tuple[float | None, float | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(s.min, s.max, s.role) for s in guide.salaries}


_PORTER = """Hotel Porter - Summer 2028
Aegina Bay Suites · Aegina
Earnings: 1.020,00 € gross monthly + meals
What we offer
• Pay 1.020,00 € gross per month (about 870,00 € net monthly), under the sector's agreement
• Staff meals and a shared room
Στοιχεία μισθών / Salary statistics
Average salary for Hotel Porter in Aegina: 940 € net per month
Range on JobsNow.gr: 850 € - 1.150 € net per month
Similar ads
Night Receptionist - Naxos Bay Hotel - Naxos - 1.260 € gross
"""


def test_net_row_values_are_pay() -> None:
    # a pay row's value and a list item's net bracket after its gross are the post's pay
    row = "Average salary for Porter in Crete: 1.020 € net per month"
    assert [m.low for m in find_amounts(row)] == [1020]
    item = "• Pay 1.400,00 € gross per month (about 1.190,00 € net monthly), by agreement"
    assert [m.low for m in find_amounts(item)] == [1400, 1190]
    ranged = find_amounts("Range on JobsNow.gr: 900 € - 1.250 € net per month")
    assert [(m.low, m.high) for m in ranged] == [(900, 1250)]


def test_net_take_home_stays_no_pay() -> None:
    # take-home pay told in prose or under a take-home label is no pay (sets 19, 24)
    prose = "A junior porter takes about 1.050 euros net per month."
    assert [m.low for m in find_amounts(prose)] == []
    told = find_amounts("the wage reaches 2 310,40 € gross (about 1 850 € net). Later")
    assert all(1850 not in (m.low, m.high) for m in told)  # a bracket in running prose
    assert find_amounts("Take-home: £1,720 net a month") == []
    assert find_amounts("- Lunch vouchers 150 € net per month (not part of the salary)") == []


def test_translated_heading_and_similar_ads(tmp_path: Path) -> None:
    guide = parsed_page(tmp_path, "porter.txt", _PORTER)
    pay = _pay(guide)
    assert (940, 940, None) in pay  # the site's net average, under a two-language heading
    assert (850, 1150, None) in pay  # the site's net range: "Range" names no pay word itself
    assert (1260, 1260, "Night Receptionist") in pay  # a similar ad's title owns its figure
    assert (1260, 1260, None) not in pay


def test_usual_backgrounds_are_moves_in() -> None:
    from careergraph.guides.moves import prose_moves
    from careergraph.guides.vocab import Vocabulary
    from careergraph.lexicon import load_lexicon

    vocab = Vocabulary.from_lexicon(load_lexicon())
    told = prose_moves("Most of our porters joined from retail: Shop Assistant and Cashier are the "
                       "usual backgrounds.", vocab, "Hotel Porter")
    assert told == {"up": [], "lateral": [], "in": ["Shop Assistant", "Cashier"]}
    opened = prose_moves("Kitchen Porter and Barista are the most common backgrounds of our hosts.",
                         vocab, "Restaurant Host")
    assert opened["in"] == ["Kitchen Porter", "Barista"] and not opened["up"]


_CHEF = """PRIVATE CHEF
The private chef cooks for a household and its guests.
THE LADDER IN PRIVATE SERVICE
Kitchen Assistant → Sous Chef → Private Chef → Executive Household Chef
Typical pay on the other rungs: Kitchen Assistant £24,000 – £28,000; Sous Chef £34,000 – \
£40,000; Executive Household Chef £85,000+.
"""


def test_priced_rungs_under_a_ladder_are_no_moves(tmp_path: Path) -> None:
    guide = parsed_page(tmp_path, "chef.txt", _CHEF)
    assert not guide.leads_to  # the rungs' own figures, no move up each
    assert [[step.text for step in chain] for chain in guide.progressions] == [
        ["Kitchen Assistant", "Sous Chef", "Private Chef", "Executive Household Chef"]]
    assert (24000, 28000, "Kitchen Assistant") in _pay(guide)


def test_kinds_of_employer_lose_their_describing_tail() -> None:
    from careergraph.guides.mentions import section_names
    from careergraph.guides.vocab import Vocabulary
    from careergraph.lexicon import load_lexicon

    vocab = Vocabulary.from_lexicon(load_lexicon())
    line = ("Private estates, hunting lodges that host shooting parties, and boutique hotels "
            "with a spa.")
    kinds = ["Private estates", "hunting lodges", "boutique hotels"]
    assert section_names(line, vocab) == ([], kinds)
    # a kind after a preposition inside a clause opens no item: its tail stays
    clause = "A few are freelance and take commissions from galleries that lack a workshop."
    assert section_names(clause, vocab)[1] == []
