"""Set-19 readers carried over to the generated families (carry19b): a forum thread's
chrome (a post's vote and action bar, its flair under the byline) heads no section, so no
pay figure below takes it as a label.

Every page is invented here (people, firms, figures); as on a crawled site, the file is
named after the role.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.longform import _markup

_THREAD = (
    "forum  r/plumbing  Search in r/plumbing  Log In\n"
    "r/plumbing\n"
    "Posted by u/pipe_dreams_pat · 4 days ago\n"
    "Question\n"
    "Pay check-in: plumbers, what is your hourly rate and where?\n"
    "Starting us off: Tulsa, 5 years, $31.50/hr at a small outfit, overtime on top.\n"
    "⬆ 3.4k ⬇   💬 208 comments   Share   Save\n"
    "Sort by: Top ▾\n"
    "level 1\n"
    "solder_sue · 3 days ago\n"
    "Omaha, 2 yrs: $27.25/hr, van provided.\n"
    "↑ 91 ↓  Reply  Share  Report\n"
)


def test_a_vote_and_action_bar_is_chrome() -> None:
    for bar in ("⬆ 3.4k ⬇   💬 208 comments   Share   Save", "↑ 91 ↓  Reply  Share  Report",
                "44 upvotes · 12 comments", "17  Reply  Award  Share"):
        assert _markup(bar) == ""
    # a line of counts without an action, or prose, stays
    for kept in ("12 points", "Share your rate below", "2026 pay check-in"):
        assert _markup(kept) == kept


def test_a_thread_s_action_bar_and_flair_label_no_pay() -> None:
    guide = parse_text(_THREAD, "plumber.txt")
    labels = {s.label for s in guide.salaries}
    assert {s.min for s in guide.salaries} >= {31.5, 27.25}
    assert not any("Share" in label or "comments" in label for label in labels)
    assert "Question" not in labels  # the post's flair under its byline
