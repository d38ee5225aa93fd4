"""Career moves stated in prose: up, lateral and in, with the triggers that say which.

:func:`prose_moves` reads the moves a sentence states ("many go on to become …", "people join
from …", "most later move into …"); :func:`prose_steps` reads a ladder told as a sequence of
steps; :func:`included_titles`, :func:`enumerated_titles` and :func:`answered_feeders` read
titles listed in prose.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from careergraph.guides.entry_rungs import (
    _INTO_MOVE,
    _into_own_field,
    _retrained_as,
    _subjects_into,
    supported_trainees,
    ungraded,
)
from careergraph.guides.field_moves import field_moves
from careergraph.guides.headings import bundled_section
from careergraph.guides.literals import LINE_CUES, AnyOf
from careergraph.guides.move_stories import (
    _earlier_titles,
    _held_title,
    _now_held,
    _they_became,
    _transferring_in,
    _went_from,
    recruited_from,
    started_as_role,
)
from careergraph.guides.prose_titles import (
    _LEVEL_SET,
    _NOT_FIELD,
    _part_titles,
    _steps_after,
    _titles_after,
    prose_title,
)
from careergraph.guides.ranked_between import ranked_between
from careergraph.guides.roles import practitioner_noun, singular_title, title_case
from careergraph.guides.text import split_items
from careergraph.guides.vocab import Vocabulary
from careergraph.names import name_key as fact_key

__all__ = [
    "included_titles",
    "prose_moves",
    "prose_steps",
]


_PROSE_UP = ("advance to ", "advance into ", "advancing to ", "promoted to ", "promotion to ",
             # (real46) "park rangers can advance in their careers to new roles, such as A"
             "advance in their careers to ", "advance in their career to ",
             "advance in your career to ",
             # (rules41b) a civil service's intransitive "promote" ("several promote each
             # year to Deputy Probation Officer")
             "promote to ", "promotes to ", "promote into ", "promote each year to ",
             "progress to ", "progress into ", "move up to ", "moves up to ", "step up to ",
             # a programme's graduates ("our therapists have progressed to A or B")
             "progressed to ", "progressed into ", "progresses to ",
             "grow into ",
             # (set 34, rules34b2) a posting's growth paragraph ("After that you can grow to
             # Leading doctor's assistant", "… and grew to foreman")
             "grow to ", "grew to ", "grows to ",
             "go on to become ", "go on to be ", "moving up to ", "advancement to ",
             # (rules54b) "Lots of our travelers end up as charge nurses"
             "end up as ", "ends up as ", "ended up as ",
             # (rules52b) a posting's or a candidate's "clear path to X (and then Y)"
             "a clear path to ", "clear route to ",
             "can lead to ",
             # (real50) a pathway page's top band with the posts above it ("Band 8 is the
             # top level, however more senior posts include Head of X, Director of X")
             "more senior posts include ", "more senior roles include ",
             "more senior positions include ",
             # (real42) a career-test site's "Career advancement for X can include becoming
             # a floor supervisor or pit manager"
             "include becoming a ", "include becoming an ", "includes becoming a ",
             "includes becoming an ",
             "step into ", "leads to ", "later become ", "could become ", "can become ",
             "go on to ", "grows into ", "move up into ", "become a ", "become an ",
             "may become ", "will become ", "often become ", "eventually become ",
             "be promoted to ", "move on to ", "title becomes ", "many become ", "rise to ",
             "they become ", "then become ",
             # (rules52a) a circular's promotion rule with the role as its subject ("A
             # loan officer becomes the senior loan officer after two good years")
             "becomes the ", "becomes a ", "becomes an ",
             # a consultant's contract renewed a grade up ("may be invited to continue as
             # Senior X for Phase II": set 30)
             "invited to continue as ",
             # (rules54a) a job order's promotion from the crew ("may be selected as Line
             # Leaders", "may be offered a Crew Leader position")
             "be selected as ", "be offered a ", "be offered an ",
             # a qualification that confers a title ("the advanced course makes you an A")
             "makes you a ", "makes you an ", "make you a ", "make you an ",
             "rises to ", "rose to ", "gone on to become ", "gone on to be ", "gone on to ",
             # (carry42) a tender's retention answer ("three took up permanent Charge Nurse
             # posts"): the permanent post above the agency work
             "took up permanent ", "take up permanent ", "taken up permanent ",
             # told in the first person or the past ("went to yardmaster in 2016")
             "went to ", "went on to be ", "went on to become ", "go to the ", "got promoted to ",
             "went on to ", "moved up to ", "moved on to be ", "moved on to become ",
             "moved on to ",
             "be appointed ", "are appointed ", "appointed as ", "become ",
             "appointment to the post of ", "promotion to the post of ",
             "next step is ", "next step would be ", "next step up is ",
             # (fixes89) the rung a holder was prepared for ("The next rung you were being
             # groomed for was Market Manager", "the next rung is X", "groomed to become X")
             "next rung is ", "next rung was ", "next rung would be ", "groomed for was ",
             "groomed for is ", "being groomed for ", "groomed to become ", "groomed as ",
             # (rules48b) a letter's "In our structure the next steps are A (Grade 8, …) and
             # then B": the first is the step up
             "next steps are ",
             # (rules59b) a role profile's run-in career fields mid-paragraph ("… Typical
             # next roles: A, B."), beside its "Typical entry: C or D."
             "typical next roles: ", "typical next role: ", "typical next roles are ",
             # (left58) a manager's retention case for the holder ("she is my succession
             # candidate for Buying Supervisor", "I see you as our next Clinic Manager")
             "succession candidate for ", "successor candidate for ",
             "see you as our next ", "see her as our next ", "see him as our next ",
             "see them as our next ",
             # (carry38) a notice's next rung ("The next promotion of the cadre is to X in
             # Level 11 (…), and then Y")
             "promotion is to ", "promotion of the cadre is to ",
             # a track's first rung ("the people path starts at Support Team Lead")
             "path starts at ", "track starts at ", "path begins at ", "track begins at ",
             # a qualification that is a title ("study part-time and qualify as …")
             "qualify as ", "qualifies as ", "qualified as ", "train further as ",
             # a rate card's or an award's step by training ("can train to Shift Supervisor")
             "can train to ", "may train to ", "train up to ",
             # a staffing crew's step by logged hours ("get bumped to Lead Banquet Server")
             "bumped to ", "bumped up to ",
             # (rules50b) a shift app's next tier ("to unlock Banquet Captain shifts") and an
             # employer's promotions after a temp-to-perm hire ("promotes from there to A")
             "to unlock ", "promotes from there to ", "promoted from there to ",
             "promote from there to ",
             # a platform's higher tier ("join the Pro tier and train as a Quality Inspector")
             "and train as a ", "and train as an ",
             # a collective agreement's job postings ("may bid on X vacancies", "A Mechanic
             # appointed Planner")
             "may bid on ", "bid on ", "appointed ",
             # an employer's posting or ladder policy ("are considered for X openings", "RT
             # IV therapists may apply for posted X positions")
             "are considered for ", "be considered for ", "may apply for posted ",
             "may apply for ",
             # (rules50b) a transfer letter's "chances to apply for its A and B posts"
             "chances to apply for ", "chance to apply for ", "opportunities to apply for ",
             "opportunity to apply for ",
             # (rules37b) "after two elections you can apply to be a Polling Station
             # Inspector": the post above
             "apply to be a ", "apply to be an ",
             # a serving member's step to officer ("apply for a commission as a Troop
             # Commander", "be commissioned as a Lieutenant"; not a salesman's "commission as
             # a percentage")
             "for a commission as ", "gain a commission as ", "gains a commission as ",
             "take a commission as ", "receive a commission as ", "commissioned as ",
             # a freelancer's next step told as a goal ("I'm building toward A and a role as
             # a B"; "working towards" is left out: it is said of qualifications)
             "building toward ", "building towards ",
             # (rules35c) a post "may serve as a step toward X", a speaker who "plans to move
             # toward X": the next post
             "a step toward ", "a step towards ", "move toward ", "move towards ",
             # a franchise's top step, taking a share of the business ("top managers buy in as
             # Franchise Owners", "buy in as a partner")
             "buy in as ", "buys in as ", "bought in as ",
             # (rules37a) a partner's buy-in ("some buy into a practice as a partner")
             "buy into a practice as ", "buy into the practice as ", "buy into a firm as ",
             "buy into the firm as ", "buy into the business as ",
             # a civil service's grades and competitions, translated ("he then accesses the
             # head of service", "pass the competition of X", "sit the exam for X")
             "then accesses the ", "accesses the grade of ", "access the grade of ",
             "accede to ", "accedes to ", "pass the competition of ",
             "pass the competition for ", "passes the competition of ",
             "passes the competition for ", "sit the exam for ", "sits the exam for ",
             # (rules37c) an office held after the post ("some serve as Department Chair"), a
             # former holder's post now ("two became Readers and one is now Head of School")
             # and a label before the posts out ("Later moves: A, B, or C")
             "some serve as ", "others serve as ", "go on to serve as ", "went on to serve as ",
             "later serve as ", "one is now ", "later moves: ", "moves later: ")
_PROSE_LATERAL = ("move laterally into ", "move laterally to ", "sideways move is to ",
                  "sideways move to ", "move sideways to ", "transition to ", "transition into ",
                  "switch to ", "move sideways into ",
                  # a translated occupation sheet's "Some change to A or B"
                  "some change to ", "others change to ",
                  # examples of a sideways move ("Some move sideways (e.g., A, B).")
                  "move sideways (e.g., ", "move sideways (e.g. ", "move sideways, e.g., ",
                  "move sideways, e.g. ", "move sideways (for example ",
                  "move sideways, for example ", "move sideways, such as ",
                  "lateral move to ", "lateral moves to ", "pivot to ", "pivot into ",
                  "cross over to ", "crossover to ", "switch into ", "specialise as ",
                  "specialize as ", "move into ", "moves into ", "move to ", "moves to ",
                  "retrain as ", "sideways into ", "across into ", "across to ",
                  # (rules53a) a bid posting's holders who bid across ("HUCs with EKG
                  # training often bid to Monitor Technician")
                  "often bid to ", "often bid into ", "also bid to ",
                  # "Derrickmen who prefer the mud side can cross into a Mud Logger role"
                  "cross into ", "crosses into ", "crossed into ",
                  # (left58) an improvement plan's outcome offered instead of dismissal ("offer
                  # a transfer to an open X position"): another post at the employer, a
                  # sideways move (before the bare "transfer to ", which would claim the place)
                  "transfer to an open ", "transfer to a vacant ",
                  # (left58) and its other outcome, a step down to a lower class of another
                  # title ("a voluntary demotion to Records Clerk II"): a sideways move
                  "voluntary demotion to ", "a demotion to ", "demoted to ",
                  # a job sheet's "Some transfer to A after obtaining …"
                  "some transfer to ", "others transfer to ", "can transfer to ",
                  "may transfer to ",
                  # a printed careers guide's "A few transfer to sales work as a
                  # representative, or to teaching as a lecturer"
                  "transfer to ", "transfers to ", "transferred to ",
                  # a civil servant's transfer to another corps ("be transferred as X")
                  "be transferred as ", "transferred as ", "transfer as ",
                  # a specialism taken up beside or instead of the trade ("Some branch out
                  # into A or B work")
                  "branch out into ", "branches out into ", "branched out into ",
                  "branching out into ",
                  # "become A or train as B": training for another title, told as a choice
                  # "Some move in-house as an in-house counsel at a bank": the post taken
                  "move in-house as ", "moves in-house as ", "moved in-house as ",
                  "or train as ", "some train as ", "others train as ", "can train as ",
                  "could train as ", "may train as ",
                  "some become ", "leave the floor to become ", "others become ",
                  "moved to ", "moved into ", "switched to ", "switched into ",
                  "move over to ", "moves over to ", "moved over to ",
                  # a union's seniority bidding ("Some members bid into A or B jobs")
                  "bid into ", "bids into ",
                  "transitioned to ", "transitioned into ", "and become ", "move across to ",
                  "moves across to ", "move across into ", "moves across into ",
                  # (rules38a) an open pay page's "can move across at the same level into
                  # A or B roles": a move to another job at one's own level
                  "at the same level into ", "at the same level to ", "at the same grade into ",
                  "at the same grade to ", "sideways to ",
                  # leaving a service for civilian work ("leave the Army to work as A")
                  "leave the service to work as ", "leave the army to work as ",
                  "leave the military to work as ", "leave the forces to work as ",
                  "leave the navy to work as ", "leave to work as ", "left to work as ",
                  # (rules34b) offshore crews leaving the sea for the shore's workshops ("some
                  # mates have gone onshore as workshop technicians")
                  "gone onshore as ", "went onshore as ", "go onshore as ", "moved onshore as ",
                  # a field or a place entered ("went into primary teaching", "shift to freight
                  # forwarding as …", "leave for private work as …")
                  "went into ", "go into ", "goes into ", "gone into ", "shift to ", "shifts to ",
                  "shifted to ", "leave for ", "leaves for ", "left for ", "moving into ",
                  # an employer joined, or work on one's own, in a new title ("Others join
                  # pharma companies as …", "went freelance as …", "move ashore as …")
                  "others join ", "some join ", "many join ", "freelance as ",
                  # a share of a programme's graduates ("about a quarter join A as B")
                  "quarter join ", "third join ", "half join ", "few join ",
                  "self-employed as ", "ashore as ", "abroad as ", "overseas as ",
                  # back to the union hall or the school as a teacher ("Some go back to the
                  # hall as instructors")
                  "go back to ", "goes back to ", "went back to ",
                  # a second trade learnt beside the role ("Some operators cross-train as
                  # crane operators")
                  "cross-train as ", "cross-trains as ", "cross-trained as ",
                  "cross train as ",
                  # (rules29b) an onboarding portal's "agents cross-train into A / B roles"
                  "cross-train into ", "cross-trains into ", "cross-trained into ",
                  # a second job held beside the role ("From 1994 he also worked as a sign
                  # consultant"); held before joining, it is a move in (_also_held)
                  "also worked as ", "also works as ", "also work as ",
                  # (rules37b) a campaign's staff after it ends ("some field officers go on
                  # to work as a Survey Interviewer"): other work, no step up
                  "go on to work as ", "went on to work as ", "gone on to work as ",
                  # (fixes73) a translated posting's "can pass to the tool shop as X", "pass
                  # to the X post" (Romanian "a trece la"): another job, no step up
                  "can pass to ", "could pass to ", "may pass to ",
                  # (rules46c) "often pass into the stock checkers or learn to work as crane
                  # operators": another job taken, or learnt, beside the role's
                  "often pass into ", "can pass into ", "may pass into ", "learn to work as ",
                  # (rules50b) a shift app's upskilling ("pass a reach truck course … and you
                  # can book Reach Truck Driver shifts"): other shifts open to the worker
                  "you can book ", "you can then book ", "you can also book ")
# The title one is hired in ("A fresher usually joins as a trainee X", "you come in as a
# deputy pilot"); joining a named employer as X is read with the place (_placed_as).
# (carry43) Holders of an earlier qualification credited towards the role's training ("Masseurs
# can shorten the German training", "Care assistants may shorten the apprenticeship"): the
# subject moves in.
_TRAINED = re.compile(r"^(?:Trained|Qualified|Experienced|Certified)\s+(?=[A-Z])")
_SHORTENED = re.compile(r"\s+(?:can|may|could|often|usually|will)\s+(?:often\s+|usually\s+)?"
                        r"shorten\s+(?:the|their)\s+(?:[\w-]+\s+){0,2}?(?:training|"
                        r"apprenticeship|programme|program|course|qualification)\b",
                        re.IGNORECASE)
@lru_cache(maxsize=256)
def _bridged_to(own: str) -> re.Pattern[str]:
    """(carry43) "<subject> bridge to the <role> part": a register's or a programme's bridging
    route from another qualification into the role; the subject moves in."""
    forms = "|".join(map(re.escape, (own, f"{own}s", f"{own}es")))
    return re.compile(rf"\s+(?:can\s+|may\s+|often\s+)?bridg(?:e|es|ed|ing)\s+(?:in)?to\s+"
                      rf"(?:the\s+)?(?:{forms})\b", re.IGNORECASE)


_HIRED_AS = ("join as ", "joins as ", "joined as ", "come in as ", "comes in as ",
             "came in as ", "hired on as ", "get hired on as ", "got hired on as ")
_PROSE_IN = ("come from ", "comes from ", "came from ", "i was a ", "i was an ",
             # (rules53a) a translated posting's priority for earlier jobs ("Preferably with
             # a background as A or B", "Persons who have a history as A or B are in
             # priority", "those who worked as a A or as a B are welcome")
             "with a background as ", "have a history as ", "with a history as ",
             "those who worked as ", "those who have worked as ",
             # (rules53a) an earlier post held on the way in ("promoted from A, often after a
             # stint as B or C")
             "after a stint as ",
             # (rules52a, rules52b) an intake told as a climb ("our X usually come up from
             # A posts", "most of our foremen came up from the machine operators") and a
             # panel's "typical sources for the role are A and B"
             "come up from ", "comes up from ", "came up from ",
             "sources for the role are ", "sources for this role are ",
             # (rules52b) a posting's pitch to the jobs it draws from ("Great move for a
             # Retail Assistant or Marketing Assistant who wants …")
             "great move for a ", "great move for an ", "good move for a ",
             "good move for an ", "ideal move for a ", "ideal move for an ",
             "arrive from ", "arrives from ", "start as ",
             # (rules59b) a role profile's or a position description's run-in entry ("Typical
             # entry: A or B.", "Typical entry from C or D positions.")
             "typical entry: ", "typical entry from ", "usual entry from ",
             "started as ", "start out as ", "started out as ", "starts out as ",
             "transition from ", "move in from ",
             # (carry42) a job plan's or a tender's intake ("Most SCPs enter from A or B
             # posts"; "our workers come back to us as Staff Nurses after a break")
             "enter from ", "enters from ", "entered from ", "come back to us as ",
             "came back to us as ",
             # (rules37c) a scheme's intake from its own staff ("internal transfers from A and
             # from B")
             "internal transfers from ", "transfers in from ",
             # (recall10) an employer's open door to earlier jobs ("We welcome A, B and C
             # who meet the criteria above"; "we also welcome experienced D")
             # ("we welcome applicants from A … backgrounds": the list, no applicant; triggers
             # are read in order, so the whole phrase comes before "we welcome", which starts
             # where it does, and before rules41b's "welcome applicants from", which ends there)
             "we welcome applicants from ", "we welcome applications from ",
             # (rules44b) "We also welcome applicants from social services, e.g. a X"
             "we also welcome applicants from ", "we also welcome applications from ",
             "we welcome ", "we also welcome ", "we especially welcome ",
             # (rules41b) a grant's or a post's expected field ("We expect applicants from A
             # and B posts")
             "expect applicants from ", "welcome applicants from ",
             "previous roles such as ", "after working as ", "feeder roles include ",
             "feeder roles such as ", "feeder role such as ", "feeder roles are ",
             "towards this role from ", "job as a ", "job as an ", "jobs as a ", "jobs as an ",
             "join from ", "start out in ", "started out in ", "starts out in ",
             "start their careers in ",
             "begin as ", "begins as ", "began as ", "start out as ", "start their careers as ",
             # (real50) a career-path article's first jobs ("Entry-level positions may
             # include claims assistant or junior underwriter"; "many surveyors begin their
             # careers as chainmen")
             "entry-level positions may include ", "entry-level positions include ",
             "entry-level roles may include ", "entry-level roles include ",
             "begin their careers as ", "began their careers as ",
             "learn the trade as ", "learned the trade as ", "learnt the trade as ",
             "first work as ", "first worked as ", "are former ", "were formerly ",
             # (carry39) the adverb after the verb ("clients worked first as A or B")
             "worked first as ", "worked initially as ",
             # a company's own staff ("Many of our staff were former rice farmers", "Our
             # employees include a former carpenter and a former …")
             "were former ", "include a former ", "include an ex-", "include former ",
             # (rules41c) the post appointees held where they came from ("2 transferred
             # from the registration service, where they were Deputy Registrars")
             "where they were ", "where they had been ",
             # a curate's first post before an incumbency ("had earlier served her title as
             # Assistant Curate in Poole"); a translated adverb before "from" ("Setters come
             # usually from CNC operator jobs")
             "served her title as ", "served his title as ", "served their title as ",
             "come usually from ", "came usually from ",
             "includes a former ",
             "experience as ", "worked as ", "previously worked as ", "came in from ",
             # (rules54b) a sponsor's e-mail to the worker it hires ("Your current role as
             # Research Economist at X …"): the post held now, the way in
             "current role as ", "current position as ", "current post as ",
             "present role as ", "present position as ",
             # an answer's trainees counted by the jobs they already hold ("many apprentices
             # are already in the workforce as A or B")
             "in the workforce as ",
             # a trade history's entrants ("trains for three years, often after work as a
             # bricklayer or landscaper")
             "after work as ",
             "come in from ", "comes in from ", "into the job from ", "into the role from ",
             # a class specification's minimum qualifications ("experience, one of which
             # was as a Z"; "two years as a X" in a requirements section: longform)
             "which was as a ", "which was as an ",
             # a service minute's limited recruitment ("vacancies shall be filled from among
             # A and B with five years' service")
             "filled from among ", "first be posted to ", "move across from ",
             "moves across from ",
             "move over from ", "moves over from ",
             # "Many enter the profession from bar work as a waiter", "joined from the front
             # desk as Receptionists"
             # an answer naming who comes in ("the other common feeders are A and B", "we
             # have former A, B and C", "a chemist who used to be a lab technician")
             "feeders are ", "have former ", "have ex-", "used to be a ", "used to be an ",
             # (rules34b) a worker's crews by their earlier trades ("most of my crews are
             # ex-electrical technicians and marine engineers")
             "are ex-", "were ex-",
             # an employer's hires by their earlier jobs ("they hire former teachers and
             # park rangers")
             "hire former ", "hires former ", "hired former ", "hire ex-", "hires ex-",
             # a trade's members who changed over ("a lot of us came over from welding and
             # plumbing"; "many come from working as a X or as a Y")
             "came over from ", "come over from ", "come from working as ",
             "came from working as ", "comes from working as ",
             "enter the profession from ", "enter the field from ", "enter the trade from ",
             "enter the occupation from ", "entered the profession from ",
             "entered the field from ", "joined from ", "joins from ",
             # a company's page on its own staff ("Many joined us from helpdesk jobs")
             "joined us from ", "join us from ", "joins us from ",
             # (rules49b) "most of our designers came to us from in-house X jobs"
             "came to us from ", "come to us from ", "comes to us from ",
             # promoted out of a lower title ("Most captains are promoted from banquet server")
             "promoted from ", "starting as ",
             # (rules50b) "Most of you were promoted here from Cleaning Operative"
             "promoted here from ",
             # (rules53a) a bid posting's award rules ("Promotions from a lower class (A,
             # class 2210, range 19; B, class 1420) are placed at …")
             "promotions from a lower class (", "promotion from a lower class (",
             "promotions from a lower classification (",
             # trained on the job in another title ("train you while you work as a clerk")
             "while you work as a ", "while you work as an ", "while working as a ",
             "while working as an ",
             # the role's holders who were seafarers ("the surveyors I place came ashore as
             # Chief Engineers"; "move ashore as X" is a seafarer's own lateral move)
             "came ashore as ", "come ashore as ", "comes ashore as ",
             # a translated German page's lateral entrants (Quereinsteiger): "Lateral entry
             # is possible for trained A and B", "Lateral entrants are often C"
             "lateral entry is possible for ", "lateral entry is open to ",
             "lateral entrants are often ", "lateral entrants are usually ",
             "lateral entrants are mostly ", "lateral entrants include ",
             "career changers are often ", "career changers include ",
             # a tender's qualifications ("Prior positions as A, B or C … are relevant")
             "prior positions as ", "previous positions as ",
             # (rules39b) a scheme's past entrants with their list after a colon
             # ("Successful applicants had worked as: A, B, C") and the workers a sponsor
             # habitually takes on ("we regularly sponsor A, B and former C"; not "we sponsor
             # HCAs onto a degree to qualify as X", where X is where they go)
             "worked as: ", "we regularly sponsor ", "we often sponsor ",
             # (fixes73) a translated posting's "colleagues came into the team from the
             # positions of A and B"
             "from the positions of ", "from the posts of ", "from the position of ",
             # (rules49c) a pay memo's career note ("Usual entry to the role is from
             # counter work: A, B, C"; the field before a colon skipped, below)
             "entry to the role is from ", "entry to the role is usually from ",
             "entry into the role is from ", "entry into the role is usually from ",
             "entry to the job is from ", "entry into the job is from ",
             # (rules54b) a class specification's "Entry into the class is usually from A,
             # B or C"
             "entry into the class is from ", "entry into the class is usually from ",
             "entry to the class is from ", "entry to the class is usually from ",
             *_HIRED_AS)


# (rules49c) A field of work in lower case, then a colon and a capitalised list: the list
# names the titles the move is from ("front-desk and dispatch work: A, B").
_FIELD_COLON = re.compile(r"[a-z][a-z ,&-]{2,60}?:\s+(?=[A-Z])")


def _notice_moves(direction: str) -> tuple[str, ...]:
    """More triggers of ``direction`` from a notice's career-development paragraph
    (``notices.moves`` in ``data/headings.yaml``)."""
    raw = bundled_section("notices").get("moves") or {}
    return tuple(str(p).lower() for p in raw.get(direction) or ())


_UP_TRIGGERS = (*_PROSE_UP, *_notice_moves("up"))
_LATERAL_TRIGGERS = (*_PROSE_LATERAL, *_notice_moves("lateral"))
_IN_TRIGGERS = (*_PROSE_IN, *_notice_moves("in"))
# (in the row readers' shared pass: a lowered line is read by several cue sets in turn)
_ANY_TRIGGER = LINE_CUES.member((*_UP_TRIGGERS, *_LATERAL_TRIGGERS, *_IN_TRIGGERS))
_ANY_UP = AnyOf(_UP_TRIGGERS)  # (the subject steps' triggers: see _subject_steps)
# Triggers into the role that end with a sideways one ("came ashore as " / "ashore as "):
# where one of them is printed, the longer one tells the direction.
_LONGER_IN = tuple(t for t in _IN_TRIGGERS
                   if any(t != s and t.endswith(s) for s in _LATERAL_TRIGGERS))
# Triggers after which a field of work names the move as well as a title ("move into
# phlebotomy or sample reception", "went into primary teaching, heritage interpretation …").
_FIELD_TRIGGERS = frozenset({"move into ", "moves into ", "moved into ", "moving into ",
                             "move to ", "moves to ", "moved to ", "switch to ", "switched to ",
                             "switch into ", "switched into ", "went into ", "go into ",
                             "gone into ",
                             "goes into ", "shift to ", "shifts to ", "shifted to ",
                             "transition into ", "transitioned into ", "pivot into ",
                             "move sideways into ", "move laterally into ", "sideways into ",
                             "across into ", "branch out into ", "branches out into ",
                             "branched out into ", "branching out into "})
# Triggers into the role after which a field stands for its workers, when people are the
# subject ("many of our patrollers come from ski instructing", "Most glassblowers I know
# came in from ceramics"); things come from places and fields too ("Most contracts come
# from mining"), so the subject is checked (_people_before).
# A staff page's "Many of our officers joined from retail loss prevention or campus
# security" names fields for their workers the same way.
_FIELD_IN_TRIGGERS = frozenset({"come from ", "came from ", "come in from ", "came in from ",
                                "came over from ", "come over from ", "joined from ",
                                "join from ", "joins from ", "joined us from ",
                                "join us from ", "joins us from "})
# A subject that is people by itself ("many come from …", "most of us came from …").
_PEOPLE_WORDS = frozenset({"many", "most", "some", "others", "us", "people", "few", "lot",
                           "plenty", "folks"})
# Words between a subject and its verb ("… I know came from", "… usually come from").
_SUBJECT_FILLER = frozenset({"i", "we", "know", "knew", "met", "hire", "usually", "often",
                             "also", "typically", "generally", "originally", "mostly",
                             "all", "tend", "to", "actually", "still"})


def _people_before(text: str, position: int) -> bool:
    """The clause before ``position`` has people as its subject: a plural person noun
    ("patrollers", "ex-linemen") or a word that is people by itself ("many", "most of us").

    >>> _people_before("Many of our patrollers come from ski instructing", 29)
    True
    >>> _people_before("Most contracts come from mining", 15)
    False
    """
    clause = re.split(r"[.;:!?]\s|,\s", text[:position])[-1]
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", clause)]
    while words and words[-1] in _SUBJECT_FILLER:
        words.pop()
    if not words:
        return False
    if words[-1] in _PEOPLE_WORDS:
        return True
    return any(w.endswith(("s", "men")) and w not in _NOT_FIELD and practitioner_noun(w)
               for w in words)

# (rules38c) "the supervisor can be Assistant Laundry Manager and then Laundry Manager": a
# capitalised title of two words or more after "can be" is a post one can become (not "can
# be Monday to Friday": a title's words).
# (fixes70) In lower case an article and "and then" must follow ("you can be a shift lead and
# then a store manager"): the titles are checked where the move is read.
_CAN_BE_TITLE = re.compile(r"\bcan be (?=(?:an? )?[A-Z][a-z]+(?: [A-Z][a-z]+)+ (?:and|or)\b"
                           r"|an? [a-z]+(?: [a-z]+){0,3},? and then (?:an? )?[a-z])")
_THEN_WORDS = ("then", "later", "eventually", "afterwards", "from there", "ultimately",
               "in time", "after that", "and, after ", "and on to ", "and on into ",
               " continued to ", " continued into ")  # (rules44b) "and some continued to B"


# Triggers whose move belongs to the sentence's subject, which may be another title ("Some
# attendants … qualify as massage therapists").
_SUBJECT_TRIGGERS = frozenset({"qualify as ", "qualifies as ", "qualified as ",
                               "train further as ", "promoted from "})


# (fixes79) A course or its students before "to become" ("years of studies to become",
# "Students train to become", "studying to become"): the way into the job, no move from it
# ("Further training to become B" after qualifying stays a move).
_STUDIED_TO = re.compile(r"\b(?:stud(?:y|ies|ying|ied)|(?:students?|learners?|trainees?|"
                         r"pupils?)\s+(?:\w+\s+)?(?:train|training|study|studying|learn|learning)"
                         r"|courses?|degrees?|programmes?|programs?)\s+to\s+$")


def _other_subject(text: str, position: int, own: str) -> bool:
    """True when the clause before ``position`` is about people of another title than
    ``own`` ("Some attendants take the other road and …" on a spa director's page)."""
    start = max(text.rfind(". ", 0, position), text.rfind("; ", 0, position))
    head = own.rpartition(" ")[2].lower()
    people = [w for w in re.findall(r"\b[a-z]+s\b", text[start + 1 : position].lower())
              if practitioner_noun(w, strict=False) and w not in _NOT_FIELD]
    return bool(people) and not any(singular_title(w).lower() == head for w in people)


# A sentence whose subject is people by their earlier jobs ("Ex-carpenters, HVAC technicians
# and low voltage technicians all do fine", "Former police officers often do well"): they
# came into the role.
_FORMER_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s))(?:Ex-|Former\s+)(?P<list>[^.;:!?]{3,160}?)\s+"
                             r"(?:all\s+|often\s+|usually\s+|also\s+|generally\s+|tend\s+to\s+)?"
                             r"(?:do|did|make|made|fit|fitted|adapt|adapted|thrive|settle|"
                             r"pick\s+it\s+up|find)\b")


# A clause whose whole subject is another title's holders, named in Title Case and plural
# ("…, and that Depot Supervisors may go on to become B"): the move up is that rung's, not
# the role's. Only hedges may stand between the subject and the trigger.
_RELATIVE = r"(?:(?:who|that)\s+[a-z]+(?:\s+[a-z]+){0,5}\s+)?"  # ("… who finish the course")
# (rules50c: a perfect too, "Several Senior Credit Controllers have moved on to B")
_HEDGES = (r"(?:(?:may|can|could|often|usually|typically|then|will|sometimes|later|"
           r"eventually|have|has)\s+)*$")
_TITLED_SUBJECT = re.compile(r"(?:^|[.;:,]\s+(?:and\s+)?(?:that\s+)?|\b(?:and|that)\s+)"
                             r"(?P<who>(?:[A-Z][a-z]+\s+){1,3}[A-Z][a-z]+s)\s+"
                             + _RELATIVE + _HEDGES)
# A sentence's own subject in sentence case ("Team leads who complete the course can train
# to B", "Senior porters can go on to become C").
_SENTENCE_SUBJECT = re.compile(r"(?:^|[.;:!?]\s+)(?P<who>[A-Z][a-z]+(?:\s+[a-z]+){0,2}"
                               r"\s+[a-z]+s)\s+" + _RELATIVE + _HEDGES)
# Seniority words that make the role's own holders one of its rungs ("Senior porters can go
# on to become supervisors": the senior rung's step, not the role's).
_RUNG_WORDS = frozenset({"junior", "senior", "lead", "principal"})


# (fixes63) A clause's subject that is a seniority word alone, plural ("…, and leads who run
# calls well can train to B"): the role's rung of that word, when the text names it.
_BARE_RUNG = re.compile(r"(?:^|[.;:!?,]\s+|\band\s+)(?P<who>leads|seniors|principals)\s+"
                        + _RELATIVE + _HEDGES)


_SHARE_WORDS = frozenset({"some", "many", "most", "our", "the", "these", "those", "all",
                         "few", "other", "several", "their", "its", "his", "her", "both",
                         "such", "former", "new", "any", "each", "every", "my", "your",
                         # (rules50c) "Past trainees have gone on to become A": the role's
                         # own holders, at an earlier time
                         "past", "recent"})


def _titled_subject(text: str, position: int, vocab: Vocabulary, own: str) -> str | None:
    """The title of a clause's subject right before a move's trigger at ``position``, when
    it is a plural title of two or more words with another head noun than ``own``'s ("Depot
    Supervisors may" on a driver's page).

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> s = "Kiln Supervisors may go on to become Plant Manager."
    >>> _titled_subject(s, s.find("go on"), v, "Kiln Operator")
    'Kiln Supervisor'
    >>> _titled_subject(s, s.find("go on"), v, "Senior Kiln Supervisor") is None
    True
    """
    # (a window cut mid-sentence opens with a filler word: its start is no clause start)
    window = text[:position] if position <= 80 else f"x {text[position - 80 : position]}"
    # (a subject in sentence case only beside a known role: "Senior partners may go on to …"
    # with no role named could be the role's own holders)
    match = _TITLED_SUBJECT.search(window) or (_SENTENCE_SUBJECT.search(window) if own
                                               else None)
    if match is None:
        return _bare_rung(text, window, own)
    who = match.group("who")
    if who.split()[0].lower() in _SHARE_WORDS:
        # (rules50c) a share of the role's senior rung is still that rung ("Several Senior
        # Credit Controllers have moved on to B" on the Credit Controller's page)
        rest = who.split(maxsplit=1)[1] if " " in who else ""
        if not (own and rest and rest.split()[0].lower() in _RUNG_WORDS and singular_title(
                rest).lower() == f"{rest.split()[0]} {own}".lower()):
            return None  # ("Some Vet Nurses may …", "Our Team Leaders …": a share, not the
            # rung)
        who = rest
    sentence_case = not who.split()[-1][:1].isupper()
    title = prose_title(who[:1].lower() + who[1:] if sentence_case else who, vocab)
    if title is None or title.lower() in _ANYONE or (
            sentence_case and title.lower().rpartition(" ")[2] in _ANYONE):
        return None  # ("Experienced workers can become …": anyone of the trade)
    own_head = own and title.lower().rpartition(" ")[2] == own.lower().rpartition(" ")[2]
    # (rules50c: the role's whole title after the word, "Senior Credit Controller", too)
    rung = own_head and title.split()[0].lower() in _RUNG_WORDS and (
        len(title.split()) == 2 or title.lower().partition(" ")[2] == own.lower())
    if own_head and not rung:
        return None  # ("Experienced Policy Advisers …", "Master Colourists …": the role's own
        # holders by a qualifier, read as the role)
    # (a subject in sentence case is a title the vocabulary knows, or the role's rung)
    return title if not sentence_case or rung or vocab.is_role_title(title) else None


def _bare_rung(text: str, window: str, own: str) -> str | None:
    """The role's rung a bare plural seniority word names as a clause's subject before a
    move's trigger ("…, and leads who run calls well can train to B"), when ``text`` names
    that rung in full ("Lead Stagehand"); None otherwise.

    >>> s = "Hands get bumped to Lead Hand, and leads who excel can train to Foreman."
    >>> _bare_rung(s, s[:s.find("train to")], "Hand")
    'Lead Hand'
    >>> _bare_rung("Leads can train to Foreman.", "Leads can ", "Hand") is None
    True
    """
    match = _BARE_RUNG.search(window) if own else None
    if match is None or own.split()[0].lower() in _RUNG_WORDS:
        return None
    rung = f"{match.group('who')[:-1].capitalize()} {own}"
    return rung if rung.lower() in text.lower() else None


def _former_subjects(text: str, vocab: Vocabulary) -> list[str]:
    """The earlier jobs a sentence's subject names ("Ex-roofers and scaffolders do fine"):
    every item a title, or none."""
    found: list[str] = []
    for match in _FORMER_SUBJECT.finditer(text):
        items = [_EARLIER.sub("", item) for item in split_items(match.group("list"))]
        titles = [prose_title(item, vocab) for item in items]
        if titles and all(titles) and (len(titles) > 1 or match.group("list").endswith("s")):
            found.extend(t for t in titles if t)
    return found


# A job held beside the role, or before it when the clause says so ("Many of our cleaners
# also worked as office cleaners or carers before joining").
_ALSO_HELD = frozenset({"also worked as ", "also works as ", "also work as "})
# (carry42) An employer's intake of people who held a job before ("We recruit service leavers
# and former HGV drivers", "we hire former care workers"): the titles after "former".
_RECRUIT_FORMER = re.compile(r"\b(?:recruit|recruits|hire|hires|take on|takes on|employ|"
                             r"employs)\s+(?:[a-z][\w -]{0,40}?\s+(?:and|or)\s+)?former\s+")
_CLAUSE_AFTER = re.compile(r"[;.]\s|[;.]$|,\s+(?:and|but|while|whereas)\s+")
_BEFORE_JOINING = re.compile(r"\b(?:before|previously|prior to)\b")
# A later job told by its "as" alone ("worked as A and later as B").
_LATER_AS = re.compile(r",?\s+(?:and\s+)?(?:then|later|afterwards|eventually)\s+as\s+")


def _held_before(lowered: str, end: int) -> bool:
    """The clause from ``end`` says the job was held before the role."""
    clause = re.split(r"[.;!?](?:\s|$)", lowered[end:], maxsplit=1)[0]
    return _BEFORE_JOINING.search(clause) is not None


def _later_as(text: str, end: int, vocab: Vocabulary, own: str) -> list[str]:
    """The titles of "… and later as B" after a job held beside the role ("also worked as a
    quality inspector and later as a machining instructor": the machining instructor)."""
    clause = re.split(r"[.;!?](?:\s|$)", text[end:], maxsplit=1)[0]
    found: list[str] = []
    for match in _LATER_AS.finditer(clause):
        found.extend(_titles_after(clause, match.end(), vocab, own))
    return found


# A second field trained for, then the title worked in ("Some radiographers retrain in
# ultrasound to work as sonographers"): a sideways move to the title.
_RETRAIN_TO_WORK = re.compile(r"\bretrain(?:s|ed|ing)?\s+(?:in|on|for)\s+[\w -]{2,60}?\s+to\s+"
                              r"work\s+as\s+", re.IGNORECASE)
# Leaving a field for another title ("A steady number leave coding for analyst jobs").
_LEAVE_FOR = re.compile(r"\bleav(?:e|es|ing)\s+(?:the\s+)?[a-z][\w-]*\s+for\s+")
# A service's specialist units joined "…, becoming a A, B or C": the posts held there, sideways
_UNIT_BECOMING = re.compile(r"\b(?:speciali[sz]\w*|units?|teams?|branch(?:es)?)\b[^.;]{0,200}?"
                            r",\s+becoming\s+(?:an?\s+)?")

_JOIN_TRIGGERS = frozenset({"others join ", "some join ", "many join "})
_FROM_SCHOOL = re.compile(r"(?:straight\s+|directly\s+|right\s+)?from\s+(?:school|college|"
                          r"university|sixth\s+form|high\s+school)\b"
                          # (carry36) "Many join us from town as A or B": the jobs they
                          # held where they came from
                          r"|us\s+from\s+")
_COUNTED_TO = re.compile(r"\d+\s+(?:to|into|as)\b")


# A change someone led or oversaw ("led the move to A", "oversaw the switch to B") is a
# project of the job, not a move between jobs.
_LED_THE = re.compile(r"\b(?:led|leads|leading|lead|drove|drives|driving|oversaw|oversees|"
                      r"overseeing|managed|manages|championed|spearheaded|headed|coordinated|"
                      r"ran|planned|delivered)\s+the\s+$")


# A title's other name in lower case in a bracket, before the next title of a list ("a
# sewing employee (sewing operator) or machine assistant"): a spelling, no title of its own.
_OTHER_NAME = re.compile(r"\b(?P<name>[a-z]+ [a-z]+)\s\((?P<other>[a-z][a-z -]{2,40})\)"
                         r"(?=\s(?:or|and)\s)")


def _better_name(found: re.Match[str], vocab: Vocabulary) -> str:
    """The one of a title's two names (the printed one, the bracketed one) that reads as a
    title: the bracket when only it does ("sewing employee (sewing operator)")."""
    name, other = found.group("name"), found.group("other")
    if not vocab.is_role_title(title_case(name)) and vocab.is_role_title(title_case(other)):
        return other
    return name


# A field of work with its workers in a bracket after it ("parish ministry (pastors and
# associate pastors)"): the workers are the titles the field stands for.
_FIELD_WORKERS = re.compile(r"\b[a-z]+(?: [a-z]+)? \((?P<workers>[a-z][a-z -]{2,30}s"
                            r"(?:,? (?:and|or) [a-z][a-z -]{2,30}s)?)\)")


def _field_workers(found: re.Match[str], vocab: Vocabulary) -> str:
    """The bracket's workers in place of their field, when each is a known title; else the
    text as printed."""
    workers = found.group("workers")
    names = re.split(r",? (?:and|or) ", workers)
    if all(vocab.is_role_title(title_case(singular_title(name))) or practitioner_noun(
            singular_title(name).split()[-1]) for name in names):
        return workers
    return found.group()


# Other work with its titles in a bracket after it ("came from other work (Lifeguard, Army
# Reservist)"): the titles are the jobs the work stands for.
_WORK_TITLES = re.compile(r"\b(?:other|another|previous|earlier|different)\s+(?:work|jobs?|"
                          r"careers?|roles?|trades?|occupations?|professions?)\s+"
                          r"\((?P<titles>[A-Z][^()]{2,80})\)")


def _work_titles(found: re.Match[str], vocab: Vocabulary) -> str:
    """The bracket's titles in place of the work they exemplify, "A or B", when each is a
    known title or names a worker; else the text as printed.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _WORK_TITLES.sub(lambda m: _work_titles(m, v), "came from other jobs (Welder, Baker)")
    'came from Welder or Baker'
    """
    names = [name.strip() for name in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+",
                                                found.group("titles"))]
    if len(names) > 1 and all(name[:1].isupper() and (vocab.is_role_title(name) or (
            practitioner_noun(name.split()[-1]))) for name in names):
        return " or ".join(names)
    return found.group()


def _bracketed_posts(text: str, vocab: Vocabulary) -> list[str]:
    """The posts a bracket names after "joined us from clinical posts": every item a title
    (a pay grade before it set aside), else none.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _bracketed_posts("Most joined from ward roles (band 6 staff nurse, charge nurse).", v)
    ['Staff Nurse', 'Charge Nurse']
    >>> _bracketed_posts("Most joined from ward roles (about 40%).", v)
    []
    """
    found: list[str] = []
    for match in _FROM_POSTS.finditer(text):
        items = re.split(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+", match.group("titles"))
        titles = [prose_title(_POST_GRADE.sub("", item.strip()), vocab) for item in items]
        if all(titles):
            found.extend(title for title in titles if title)
    return found


# "both a X and a Y" after a move's cue: a comparison page's two titles, no move.
_BOTH_TITLES = re.compile(r"both\s+an?\s")


# (rules48b) "one of last year's supervisors now works in Continuous Improvement as a": some of
# the role's former holders, the post they hold now (the field between no part of the move).
_NOW_WORKS_IN = re.compile(r"(\b(?:one|some|many|most|several|two|three) of [^.;]{1,40}?)"
                           r"\s+now works?\s+(?:in\s+(?:the\s+|our\s+)?[A-Z][\w&' -]{2,40}?\s+)?"
                           r"as\s+(?:an?\s+|the\s+)?(?=[A-Z])")
# (rules48b) A promotion letter's "your promotion from A (Line 4) to B": the post A the
# reader holds now is a move into B, when B is the page's own role.
# (rules53b) an employer's remark on a verification of employment: "Transferred internally
# from Stock Clerk to Buyer II on 03/01/2022")
_PROMOTED_FROM = re.compile(r"\b(?:promot(?:ion|ed)|appointment|appointed|moving|move|"
                            r"(?i:transferred)(?:\s+internally)?)\s+from\s+(?:an?\s+|the\s+|your\s+)?(?P<was>[A-Z][\w&'’/-]*"
                            r"(?:\s+(?:[A-Z][\w&'’/-]*|of|and|&)){0,5})"
                            r"(?:\s*\([^()]{1,40}\))?\s+to\s+(?:an?\s+|the\s+)?")


def _promoted_from(text: str, vocab: Vocabulary, own: str) -> list[str]:
    """The posts a promotion is told from, into the page's ``own`` role."""
    found: list[str] = []
    for move in _PROMOTED_FROM.finditer(text):
        if not text[move.end():].lower().startswith(own.lower()):
            continue  # (a promotion into another post: no move into the role)
        title = prose_title(move.group("was"), vocab)
        if title and fact_key(title) != fact_key(own):
            found.append(title)
    return found


# (rules50b) An employer that "promotes from there to A (£…) and B": from the role the titles
# follow in turn, A then B ("and" read as "and then"; an "or" list stays choices).
_FROM_THERE_TO = re.compile(r"(\bpromot(?:e|es|ed)\s+from\s+there\s+to\s+[^.;]{2,80}?)\s+and\s+"
                            r"(?!then\b)(?=[A-Z])")


def _in_turn_from_there(text: str) -> str:
    """``text`` with "promotes from there to A and B" read as "… to A and then B".

    >>> _in_turn_from_there("It promotes from there to Team Leader (£31,000) and Shift Manager.")
    'It promotes from there to Team Leader (£31,000) and then Shift Manager.'
    """
    if "from there to " not in text:
        return text
    return _FROM_THERE_TO.sub(lambda m: m.group(1) + (
        " and " if " or " in m.group(1) else " and then "), text, count=1)


# (real49) A title's other name set off by a comma: "to become a stenographer, often called a
# court reporter", "advance to yard lead, also known as a charge hand": the same post by
# another name, no second move (the alias readers take it from the line as printed).
_OTHER_NAME_ASIDE = re.compile(
    r",\s*(?:(?:often|also|sometimes|commonly|usually|otherwise)\s+)?(?:called\s+(?=an?\s|the\s)|"
    r"known\s+as|referred\s+to\s+as)\s*(?:an?\s+|the\s+)?[^,.;:()]{1,60}?(?=[,.;:)]|$)",
    re.IGNORECASE)


# (fixes102) A CV's subjectless past move with its year before "as": "Moved into X in 2019
# as a Y", "Switched to Z (2018) as a W".
_DATED_PAST_MOVE = re.compile(r"(?:[-•*]\s*)?(?:Moved|Switched|Transferred|Crossed)\s+"
                              r"(?:across\s+|over\s+)?(?:in)?to\s+[^.;:]{0,60}?"
                              r"\b(?:19|20)\d\d\b[^.;:]{0,30}?\bas\s+(?:an?\s+)?[A-Z]")


def prose_moves(text: str, vocab: Vocabulary, own: str = "") -> dict[str, list[str]]:
    """Moves stated in a sentence (see :func:`_stated_moves`), and when none leads out of the
    role, the title a former holder says he holds now ("When I was a tiler … I'm a site
    manager now"; a move the line states in other words, "moved into estimating", wins).

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> prose_moves("Was a tiler for 9 years. Now a site manager on £40,000.", v, "Tiler")
    {'up': [], 'lateral': ['Site Manager'], 'in': []}
    """
    if " (" in text:  # "used to be a sewing employee (sewing operator) or machine assistant"
        text = _OTHER_NAME.sub(lambda found: _better_name(found, vocab), text)
        # "come to us from parish ministry (pastors and associate pastors)": the workers
        text = _FIELD_WORKERS.sub(lambda found: _field_workers(found, vocab), text)
        # "came from other work (Lifeguard, Army Reservist)": the titles
        text = _WORK_TITLES.sub(lambda found: _work_titles(found, vocab), text)
    text = _in_turn_from_there(text)
    if "called " in text or " known as " in text or " referred to as " in text:
        text = _OTHER_NAME_ASIDE.sub("", text)
    if " now work" in text and " of " in text:
        # (rules48b) a letter's "one of last year's supervisors now works (in Continuous
        # Improvement) as a CI Specialist": a former holder's post now, a move across
        text = _NOW_WORKS_IN.sub(r"\1 have moved across to ", text)
    found = _stated_moves(text, vocab, own)
    if own and (" above " in text or " below " in text):
        # (real54) "The X falls above the Y, but below the Z": the ranks either side
        for direction, names in ranked_between(text, vocab, own).items():
            found[direction].extend(name for name in names if name not in found[direction])
    if own and "from " in text:
        found["in"].extend(title for title in _promoted_from(text, vocab, own)
                           if title not in found["in"])
    if own and " now" in text.lower() and not found["up"] and not found["lateral"]:
        found["lateral"].extend(_now_held(text, vocab, own))
    if found["lateral"] and _DATED_PAST_MOVE.match(text):
        # (fixes102) a CV line "Moved into surveying in 2019 as a Survey Technician": a
        # dated move the holder made before, so the post taken then was held before the role
        found["in"].extend(title for title in found["lateral"] if title not in found["in"])
        found["lateral"] = []
    earlier = _job_before_that(text, found["in"])
    if earlier is not None:  # (the earlier job led to the later one, not to the role)
        found["in"].remove(earlier[0])
    if own and (" and " in own or " or " in own) and own.lower() in text.lower():
        # (real49) "To become an elevator installer and repairer, …" on that worker's page:
        # the role's own two-part title, no move to either part
        # (any title of the role's own words: "Gate Installer" from "gate and barrier
        # installer and repairer", its head shared out)
        words = set(own.lower().split())
        found = {direction: [name for name in names if not set(name.lower().split()) <= words]
                 for direction, names in found.items()}
    for direction, names in found.items():
        # (real33) "transition into an entry-level apprenticeship position": a post's kind
        # with no title before it ("an analyst position" reads "Analyst" before this)
        found[direction] = _shared_head([_ENTRY_LEVEL.sub("", name) for name in names
                                         if name.rsplit(" ", 1)[-1].lower() not in _POST_HEADS
                                         and not _own_entry_grade(name, own)],
                                        text.lower())
    return found


# (real50) A level word before a first job ("begin their careers as entry-level forecasters"):
# the job's grade on the way in, no part of its title.
_ENTRY_LEVEL = re.compile(r"^(?i:entry[- ]level)\s+(?=[A-Z])")


def _own_entry_grade(name: str, own: str) -> bool:
    """``name`` is the role itself at its entry grade ("start as entry-level technicians" on
    the Wind Turbine Technician's page): no move."""
    level = _ENTRY_LEVEL.match(name)
    return level is not None and bool(own) and own.lower().endswith(
        name[level.end():].lower())


# (real44) Rank words that stand before a title's head ("assistant or deputy court clerks").
_RANK_MODIFIERS = frozenset({"assistant", "deputy", "trainee", "associate", "junior", "senior",
                             "chief", "head", "lead", "principal"})


def _shared_head(names: list[str], lowered: str) -> list[str]:
    """(real44) A lone rank word read apart from the next title it shares a head with ("start
    out as assistant or deputy court clerks": "Assistant" and "Deputy Court Clerk") is that
    head's rank too: "Assistant Court Clerk".

    >>> _shared_head(["Assistant", "Deputy Court Clerk"], "as assistant or deputy court clerks")
    ['Assistant Court Clerk', 'Deputy Court Clerk']
    >>> _shared_head(["Assistant", "Court Clerk"], "as an assistant or a court clerk")
    ['Assistant', 'Court Clerk']
    """
    kept = list(names)
    for at, name in enumerate(names[:-1]):
        later = names[at + 1].split()
        if name.lower() in _RANK_MODIFIERS and len(later) >= 2 and (
                later[0].lower() in _RANK_MODIFIERS) and (
                f"{name.lower()} or {later[0].lower()} " in lowered):
            kept[at] = " ".join([name, *later[1:]])
    return kept


_POST_HEADS = frozenset({"position", "positions", "post", "posts", "placement", "placements",
                         "opening", "openings", "vacancy", "vacancies"})


# (rules37b) Past holders of a temporary post by their other jobs ("People who did the job in
# 2022 include retired teachers, postal workers and students").
_DID_THE_JOB = re.compile(r"\bwho\s+(?:did|have\s+done|had\s+done)\s+the\s+job\b[^.;:]{0,40}?"
                          r"\b(?:include|included|includes|were)\s+", re.IGNORECASE)


# "I came into the job from A, and before that I was a B": B is the job before A.
_BEFORE_THAT = re.compile(r"\bbefore\s+that,?\s+(?:I|he|she|they)\s+(?:was|were|worked\s+as)\s+"
                          r"(?:an?\s+)?", re.IGNORECASE)


def _job_before_that(text: str, came_in: list[str]) -> tuple[str, str] | None:
    """``(B, A)`` when a sentence names two jobs held before the role, the second after
    "before that I was" ("… from A, and before that I was a B"): B came before A.

    >>> _job_before_that("I came in from Sales Clerk, and before that I was a Cashier.",
    ...              ["Sales Clerk", "Cashier"])
    ('Cashier', 'Sales Clerk')
    """
    cue = _BEFORE_THAT.search(text) if "before" in text and len(came_in) > 1 else None
    if cue is None:
        return None
    lowered = text.lower()
    at = {title: lowered.find(title.lower()) for title in came_in}
    later = [t for t in came_in if -1 < at[t] < cue.start()]
    earlier = [t for t in came_in if at[t] == cue.end()]
    return (earlier[0], later[-1]) if later and earlier else None


# (rules38a) Holders of another title who started in the role ("Two of our Registered
# Managers started as coordinators", "Most of our Store Managers began as cashiers").
_STARTED_OWN = re.compile(r"(?:^|(?<=[.;!?]\s))(?:[A-Z][a-z]+\s+of\s+(?:our|the)\s+|(?:Our|All|"
                          r"Several|Many|Most|Some)\s+(?:of\s+our\s+)?)?(?P<who>(?:[A-Z][\w'-]*"
                          r"\s+){0,3}[A-Z][\w'-]*s)\s+(?:all\s+|both\s+)?(?:started|began)\s+"
                          r"(?:out\s+)?as\s+(?:an?\s+)?(?P<what>[a-z][a-z -]{2,40}?)(?=[.;,!?]|$)")


# (rules46c) The same in lower case after a share of "our" staff ("Most of our yard leads
# started as hands in the drying shed"): the share words say a group of people follows.
_STARTED_OWN_LOWER = re.compile(r"(?:^|(?<=[.;!?]\s))(?:Most|Many|Some|All|Several|Two|Three|"
                                r"A\s+few)\s+of\s+our\s+(?P<who>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)"
                                r"{0,2}s)\s+(?:all\s+|both\s+)?(?:started|began)\s+(?:out\s+)?"
                                r"as\s+(?:an?\s+)?(?P<what>[a-z][a-z -]{2,40}?)(?=[.;,!?]|$)")
# "hands in the drying shed": the plural is the head before its place
_HEAD_BEFORE_PLACE = re.compile(r"^(?P<head>[a-z][\w'-]*s)(?=\s+(?:in|at|of|on)\s)")


def _started_as_own(text: str, vocab: Vocabulary, own: str) -> list[str]:
    """The titles whose holders "started as" the role itself (its title or its head word,
    plural or not): each is a step up from the role.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _started_as_own("Two of our Store Managers started as cashiers.", v, "Cashier")
    ['Store Manager']
    >>> _started_as_own("Two of our Store Managers started as cooks.", v, "Cashier")
    []
    """
    found: list[str] = []
    head = own.lower().rpartition(" ")[2]
    for match in itertools.chain(_STARTED_OWN.finditer(text), _STARTED_OWN_LOWER.finditer(text)):
        what = singular_title(match.group("what").strip()).lower()
        what = _HEAD_BEFORE_PLACE.sub(lambda m: singular_title(m.group("head")), what)
        who = singular_title(match.group("who"))
        who = title_case(who) if who.islower() else who
        if what in (own.lower(), head) and who.lower() != own.lower() and (
                vocab.is_role_title(who)):
            found.append(who)
    return found


# (rules38b) A notice's officers by their post, promoted to another ("The following Customs
# Examiners (Salary Scale 12: …) are promoted to Customs Officer, …", "promote the following
# Junior Engineers (Civil) to the rank of Assistant Engineer") or allowed to apply for the
# post advertised ("Junior Engineers (Civil) in Level 6 (…) with five years of service may
# also apply"): the plural post, its bracketed asides left out.
_NOTICE_FEEDERS = re.compile(
    r"(?:^|\b[Tt]he\s+following\s+|[.;]\s+)(?P<who>(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*s)"
    r"(?:\s*\([^()]{1,80}\))*\s+(?:(?:are|were|have\s+been)\s+promoted\s+to\s+"
    r"(?:the\s+(?:rank|post|grade)\s+of\s+)?(?P<to>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5})"
    r"|(?:in\s+[^.;]{0,60}?\s+)?with\s+[\w ]{1,30}?(?:years?['’]?|years\s+of)\s+"
    r"[\w ]{0,20}?service\s+may\s+(?:also\s+)?apply\b)")


# (carry38) The notice's verb before the officers: "… are pleased to promote the following
# Pharmacists (Level 6, ₹…) to the rank of Senior Pharmacist in Level 8 …".
_PROMOTE_FOLLOWING = re.compile(
    r"\bpromote\s+the\s+following\s+(?P<who>(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*s)"
    r"(?:\s*\([^()]{1,80}\))*\s+to\s+(?:the\s+(?:rank|post|grade)\s+of\s+)?"
    r"(?P<to>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5})")


def _notice_feeders(text: str, vocab: Vocabulary, own: str) -> list[str]:
    """The posts a notice's officers hold before they are promoted to the role ``own``, or
    whose holders may apply for it.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _notice_feeders("The following Ward Clerks (Scale 3) are promoted to Medical "
    ...                 "Secretary, with effect from 1 May.", v, "Medical Secretary")
    ['Ward Clerk']
    >>> _notice_feeders("Ward Clerks with four years' service may apply.", v, "Medical Secretary")
    ['Ward Clerk']
    >>> _notice_feeders("The following Ward Clerks are promoted to Head Clerk.", v,
    ...                 "Medical Secretary")
    []
    >>> _notice_feeders("We promote the following Ward Clerks (Scale 3, £…) to the rank of "
    ...                 "Medical Secretary in Scale 5.", v, "Medical Secretary")
    ['Ward Clerk']
    """
    found: list[str] = []
    promote = _PROMOTE_FOLLOWING.finditer(text) if "promote the following" in text else ()
    for match in itertools.chain(_NOTICE_FEEDERS.finditer(text), promote):
        to = match.group("to")
        if to is not None and fact_key(_BRACKET_TAIL.sub("", to)) != fact_key(
                _BRACKET_TAIL.sub("", own)) and not fact_key(to).startswith(fact_key(
                    _BRACKET_TAIL.sub("", own))):
            continue  # promoted to another post: that post's rung, not the role's
        title = singular_title(match.group("who"))
        if vocab.is_role_title(title) and fact_key(title) != fact_key(own):
            found.append(title)
    return found


_BRACKET_TAIL = re.compile(r"\s*\([^()]*\)\s*$")


# (rules38b) A bracket of titles in Title Case glossing the field before it ("(Farm Worker,
# Shepherd)"), and the verbs that say where its workers move: into the role ("join from",
# "come into the craft as", "from"), or out of it ("branch into", "move across to", "run
# their own"); the last verb of the clause before the bracket tells.
_GLOSS = re.compile(r"\((?P<titles>[A-Z][a-z'’-]+(?:\s+(?:[A-Z][a-z'’-]+|and|of|&))*"
                    r"(?:,\s+[A-Z][a-z'’-]+(?:\s+(?:[A-Z][a-z'’-]+|and|of|&))*)*)\)")
_GLOSS_VERB = re.compile(
    r"\b(?P<out>branch(?:es|ed)?\s+(?:out\s+)?into|mov(?:e|es|ed|ing)\s+(?:across|sideways|over)"
    r"\s+(?:to|into)|switch(?:es|ed)?\s+(?:to|into)|run\s+(?:their|his|her)\s+own|"
    r"set\s+up\s+(?:their|his|her)\s+own)\b"
    r"|\b(?P<in>join(?:s|ed)?\s+from|com(?:e|es|ing)\s+(?:in\s+)?from|came\s+(?:in\s+)?from|"
    r"com(?:e|es|ing)\s+into\s+the\s+\w+\s+as|came\s+into\s+the\s+\w+\s+as|"
    r"enter(?:s|ed)?\s+(?:the\s+\w+\s+)?from|"
    # (fixes68) "are recruited from care homes (Care Worker)", "transfer from pharmacy (…)"
    r"recruited\s+from|transfer(?:s|red)?\s+(?:in\s+)?from|"
    r"mov(?:e|es|ed)\s+(?:over\s+|across\s+|in\s+)?from|arriv(?:e|es|ed)\s+from)\b")
_GLOSS_WORDS = 5


def _glossed_moves(text: str, vocab: Vocabulary, own: str) -> list[tuple[str, str]]:
    """The moves a clause states by glossing fields with their workers' titles.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _glossed_moves("Most join from bricklaying (Bricklayer) or from roofing (Roofer); some "
    ...                "move across to paving (Paver Layer).", v, "Thatcher")
    [('in', 'Bricklayer'), ('in', 'Roofer'), ('lateral', 'Paver Layer')]
    >>> _glossed_moves("Most come from the north (Scotland).", v, "Thatcher")
    []
    """
    found: list[tuple[str, str]] = []
    for match in _GLOSS.finditer(text):
        clause = re.split(r"[;.!?]\s", text[: match.start()])[-1]
        verbs = list(_GLOSS_VERB.finditer(clause))
        if not verbs:
            continue
        direction = "in" if verbs[-1].group("in") else "lateral"
        for item in match.group("titles").split(", "):
            words = item.split()
            if len(words) > _GLOSS_WORDS or fact_key(item) == fact_key(own):
                continue
            if vocab.is_role_title(item) or practitioner_noun(words[-1], strict=False) or (
                    len(words) >= 2 and words[-1].endswith("er")):
                found.append((direction, item))
    return found


def _stated_moves(text: str, vocab: Vocabulary, own: str = "") -> dict[str, list[str]]:
    """Moves stated in a sentence: ``{"up": [...], "lateral": [...], "in": [...]}``.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _stated_moves("With experience you can advance to Staff Engineer or Engineering Manager.",
    ...               v)["up"]
    ['Staff Engineer', 'Engineering Manager']
    >>> _stated_moves("Radiographers and nurses often move into the field.", v)["in"]
    ['Radiographer', 'Nurse']
    >>> _stated_moves("As head of the unit she led the move to Kubernetes and Terraform.", v)
    {'up': [], 'lateral': [], 'in': []}
    """
    # "I started out after college as an X": the aside before "as" dropped
    text = _STARTED_ASIDE.sub(r"\1 as ", text) if "start" in text else text
    text = _CAN_BE_TITLE.sub("can become ", text) if "can be " in text else text
    lowered = text.lower()
    found: dict[str, list[str]] = {"up": [], "lateral": [], "in": []}
    glosses: list[str] = []  # titles glossing a field in a bracket
    if " from " in lowered and own:
        found["in"].extend(_went_from(text, vocab, own))
    if own and (" started as " in lowered or " began as " in lowered) and (
            holders := _started_as_own(text, vocab, own)):
        # (rules38a) "Two of our Registered Managers started as coordinators": the role's
        # holders rose to that title; the role is no earlier job of its own
        found["up"].extend(holders)
        text = _STARTED_OWN_LOWER.sub(".", _STARTED_OWN.sub(".", text))
        lowered = text.lower()
    if "worked" in lowered:  # "open to people having worked four years, for example as A or B"
        told = text.replace("?", ".")  # (the question's title ends at its mark)
        for match in _WORKED_AS.finditer(told):
            found["in"].extend(t for t in _titles_after(told, match.end(), vocab, own)
                               if t.lower() != own.lower())
    if "background" in lowered and (joined := _BACKGROUND_TITLES.search(text)) is not None:
        # (rules39c) "Most of our porters joined from retail: Shop Assistant and Cashier are
        # the usual backgrounds": the titles named as the holders' backgrounds are jobs
        # held before the role
        found["in"].extend(t for t in _titles_after(joined.group("titles") + ".", 0, vocab, own)
                           if t.lower() != own.lower())
    if "began " in lowered or "started " in lowered:
        for match in _BEGAN_IN.finditer(text):
            found["in"].extend(t for t in _titles_after(text, match.end(), vocab, own)
                               if t.lower() != own.lower())
    if "practi" in lowered or "came into " in lowered or "in-house " in lowered:
        # (rules34a2) "returners who practised as patent examiners", "came into site
        # engineering as technicians": posts held before; "move in-house afterwards as IP
        # Counsel": a post taken sideways
        for match in _HELD_AS.finditer(text):
            titles = [t for t in _titles_after(text, match.end(), vocab, own)
                      if t.lower() != own.lower()]
            found["lateral" if match.group("side") else "in"].extend(titles)
    if "worked" in lowered and " before " in lowered:
        # a career conversation's note: "worked 4 years as a A and 1 year as a B (bank)
        # before joining": each job held before the role
        found["in"].extend(t for t in _worked_before(text, vocab) if t.lower() != own.lower())
    if " before " in lowered and (" were " in lowered or " was " in lowered):
        # "others were a A, a B or a C before they joined": the jobs held before the role
        # ((rules48c) plurals with no article too: "Many were bank tellers or loan officers
        # before joining", which a reader above may have read already)
        found["in"].extend(t for t in _were_before(text, vocab) if t.lower() != own.lower()
                           and t not in found["in"])
    if " into th" in lowered:
        found["in"].extend(_subjects_into(text, vocab))
    if "shorten" in lowered:  # (carry43) "Masseurs can shorten the German training"
        # ("Trained Xs or Ys can shorten the apprenticeship": X, trained or not)
        found["in"].extend(t for t in (_TRAINED.sub("", t) for t in _subjects_into(
            text, vocab, _SHORTENED)) if t.lower() != own.lower())
    if " into " in lowered and own and _INTO_MOVE.search(text) and (
            into_field := _into_own_field(own)) is not None:
        # "Some of our radiographers cross-train into nuclear medicine": the role's field
        found["in"].extend(t for t in _subjects_into(text, vocab, into_field)
                           if t.lower() != own.lower())
    if "from being " in lowered:  # (rules41a) "came to us from being Team Vicar in X"
        found["in"].extend(t for m in _FROM_BEING.finditer(text)
                           if (t := _held_title(m.group(1), vocab)) and t.lower() != own.lower())
    if " years as " in lowered:  # "After twelve years as a firefighter I joined …"
        found["in"].extend(t for m in _YEARS_AS_I.finditer(text)
                           if (t := _held_title(next(g for g in m.groups() if g), vocab))
                           and t.lower() != own.lower())
    mates = _COURSE_MATES.search(text) if " my " in lowered or " our " in lowered or (
        "among the " in lowered) else None
    if mates is not None:  # "Two of the people in my intake were …: a former A and a B"
        found["in"].extend(t for t in enumerated_titles(text[mates.end():].split(". ")[0], vocab)
                           if t.lower() != own.lower())
    if "ex-" in lowered or "former " in lowered:  # "Ex-carpenters and roofers all do fine"
        found["in"].extend(t for t in _former_subjects(text, vocab) if t.lower() != own.lower())
    if "former " in lowered and (recruited := _RECRUIT_FORMER.search(text)) is not None:
        # (carry42) "We recruit service leavers and former HGV drivers": the job held before
        # (its clause only: "…, and two of our operatives moved across to become X")
        clause = _CLAUSE_AFTER.split(text[recruited.end():], maxsplit=1)[0] + "."
        found["in"].extend(t for t in _titles_after(clause, 0, vocab, own)
                           if t.lower() != own.lower())
    if " make " in lowered and own:  # "research nurses often make great CRAs"
        found["in"].extend(_make_good(text, vocab, own))
    if (" recruit " in lowered or "join " in lowered) and " from " in lowered and own:
        found["in"].extend(recruited_from(text, vocab, own))  # "We recruit X from our own A"
    if own and ("promoted to" in lowered or "may apply" in lowered or "may also apply" in lowered
                or "promote the following" in lowered):
        # (rules38b) a notice's officers promoted to the role ("The following Customs
        # Examiners (…) are promoted to Customs Officer"), or allowed to apply for it
        # ("Customs Examiners with three years' service may apply"): their post leads in
        found["in"].extend(_notice_feeders(text, vocab, own))
    if "(" in text and own:
        # (rules38b) "join from a joinery background (Joiner) or from blacksmithing
        # (Blacksmith)", "branch into coachbuilding (Coachbuilder)": a field glossed with
        # its worker's title, the move the clause's verb says
        for direction, glossed in _glossed_moves(text, vocab, own):
            found[direction].append(glossed)
            glosses.append(glossed)
    if "transfer" in lowered:  # "Employees in the A and B classifications … may transfer into"
        found["in"].extend(_transferring_in(text, vocab, own))
    if "support" in lowered:  # "each year we support eight family support workers and two
        # social work assistants to qualify": an employer's trainees move into the role
        found["in"].extend(t for t in supported_trainees(text, vocab)
                           if t.lower() != own.lower())
    if "bridge" in lowered and own:  # (carry43) "Some Xs bridge to the <role> part"
        found["in"].extend(t for t in _subjects_into(text, vocab, _bridged_to(own))
                           if t.lower() != own.lower())
    if "retrain" in lowered and own:  # "Motor mechanics retraining as panelbeaters need …"
        found["in"].extend(_subjects_into(text, vocab, _retrained_as(own)))
    if "retrain" in lowered:  # "Some retrain in sonics to work as sonic techs": sideways
        for match in _RETRAIN_TO_WORK.finditer(text):
            found["lateral"].extend(t for t in _titles_after(text, match.end(), vocab, own)
                                    if t.lower() != own.lower())
    if " up " in lowered or " to it " in lowered:
        # "Packhouse staff and orchard pickers pick up pruning quickly": a trade whose
        # workers learn the role's work fast is a way in (the question before it no subject)
        found["in"].extend(t for t in _subjects_into(text.replace("? ", ". "), vocab, _PICK_UP,
                                                        every=False)
                           if t.lower() != own.lower())
    if " come " in lowered and "through" in lowered:  # "A and B have all come through our
        # process": where its entrants came from
        # ("Licensed Lay Ministers (Readers)": the other name in brackets aside)
        found["in"].extend(t for t in _subjects_into(_NAME_ASIDE.sub("", text), vocab,
                                                     _CAME_THROUGH, every=False)
                           if t.lower() != own.lower())
    if "later " in lowered and "includ" in lowered:  # "Later roles held by our X include A"
        for match in _LATER_ROLES.finditer(text):
            found["up"].extend(t for t in _titles_after(text, match.end(), vocab, own)
                               if t.lower() != own.lower())
    if " way in" in lowered or " route in" in lowered or " ways in" in lowered:
        # (rules50b) "New to events? Food Runner and Busser shifts are a great way in."
        found["in"].extend(t for t in _subjects_into(text.replace("? ", ". "), vocab, _WAY_IN,
                                                     every=False) if t.lower() != own.lower())
    if "feeder" in lowered:  # "Library technicians and history graduates are our two
        # biggest feeders" (graduates name no role)
        found["in"].extend(_subjects_into(text, vocab, _FEEDERS, every=False))
    if " apply " in lowered or " eligible " in lowered:
        # "X who finish our course are encouraged to apply for this role"
        found["in"].extend(t for t in _subjects_into(text, vocab, _APPLY_HERE)
                           if t.lower() not in _ANYONE)
    if ((" before " in lowered or " before." in lowered or " first" in lowered) and (
            "were " in lowered or "was " in lowered or "as " in lowered)) or (
            " from " in lowered and ("arriv" in lowered or " c" in lowered)) or (
            " to us " in lowered) or (" who " in lowered and " in " in lowered) or (
            " with " in lowered and " as " in lowered) or " hired into " in lowered or (
            " recruited into " in lowered) or " before, " in lowered or " suit" in lowered:
        found["in"].extend(_earlier_titles(text, vocab))  # (substring gates: most sentences)
    if "came from " in lowered and "(" in text:  # "came from police call handling (A, B)"
        for match in _CAME_FROM_FIELD.finditer(text):
            titles = [item.strip() for item in match.group("titles").split(", ")]
            if all(vocab.is_role_title(title) for title in titles):
                found["in"].extend(titles)
    if "(" in text and (" posts (" in lowered or " roles (" in lowered or " jobs (" in lowered
                        or " positions (" in lowered):
        found["in"].extend(t for t in _bracketed_posts(text, vocab) if t.lower() != own.lower())
    if own and "came " in lowered and " from " in lowered:  # "Came from A or B and it's …"
        for match in _CAME_FROM.finditer(text):
            found["in"].extend(t for t in _titles_after(text, match.end(), vocab, own)
                               if t.lower() != own.lower())
    if "did the job" in lowered or "done the job" in lowered:
        # (rules37b) a campaign's "People who did the job in 2022 include retired teachers,
        # postal workers and students": the jobs its past holders came from
        for match in _DID_THE_JOB.finditer(text):
            found["in"].extend(t for t in _titles_after(text, match.end(), vocab, own)
                               if t.lower() != own.lower())
    if own and (" started as " in lowered or " began as " in lowered):
        # (rules37b) "many of our Presiding Officers started as Poll Clerks": a step up
        found["up"].extend(started_as_role(text, vocab, own))
    if " became " in lowered and own:  # "Some of my classmates became clinic directors"
        found["lateral"].extend(_they_became(text, vocab, own))
    if " as " in lowered and "to " in lowered:  # "a rotation to the X team as Y", "is into
        # accounting as an AR clerk": the title held in the team or field moved to
        found["lateral"].extend(field_moves(text, vocab, own))
    if ", becoming " in lowered:  # "apply to units such as A and B, becoming a C or D"
        for match in _UNIT_BECOMING.finditer(text):
            found["lateral"].extend(t for t in _titles_after(text, match.end(), vocab, own)
                                    if t.lower() != own.lower())
    if "leav" in lowered:  # "leave coding for information analyst jobs"
        for match in _LEAVE_FOR.finditer(text):
            found["lateral"].extend(_titles_after(text, match.end(), vocab))
    if " is " in lowered and (" move" in lowered or " step" in lowered):
        # (rules36c) "ROV Pilot Technician is the usual sideways move", "Team Leader is the
        # common next step": the title before the move it is
        for match in _IS_THE_MOVE.finditer(text):
            way = "lateral" if match.group("way").lower() in ("sideways", "lateral") else "up"
            # ("A or B is the usual sideways move": each is)
            for named in (match.group("other"), match.group("title")):
                title = prose_title(named, vocab) if named else None
                if title and title.lower() != own.lower():
                    found[way].append(title)
    if not _ANY_TRIGGER.search(lowered):
        # most sentences state no move: one scan instead of one per trigger ((rules48c) each
        # title once: "were A or B before joining" is read by two readers above)
        return {k: list(dict.fromkeys(v)) for k, v in found.items()}
    read: set[int] = set()  # where a trigger's roles start: "some become" is no "become"
    began: set[int] = set()  # where a trigger starts: "went on to be" is no "went on to"
    for direction, triggers in (("lateral", _LATERAL_TRIGGERS), ("in", _IN_TRIGGERS),
                                ("up", _UP_TRIGGERS)):
        for trigger in triggers:
            position = lowered.find(trigger)
            while position != -1:
                end = position + len(trigger)
                if direction == "lateral" and any(
                        lowered.endswith(longer, 0, end) for longer in _LONGER_IN):
                    position = lowered.find(trigger, position + 1)
                    continue  # ("came ashore as A": A is the job held before, read below)
                if lowered.endswith("the ", 0, position) and _LED_THE.search(
                        lowered, max(0, position - 20), position):
                    position = lowered.find(trigger, position + 1)
                    continue  # ("she led the move to A and B": a project, no career move)
                if trigger.startswith("become") and lowered.endswith("to ", 0, position) and (
                        _STUDIED_TO.search(lowered, max(0, position - 40), position)):
                    position = lowered.find(trigger, position + 1)
                    continue  # (fixes79) "2 years of studies to become a nurse or technician",
                    # "students train to become A": the course into the job, no move from it
                if (direction == "up" or trigger in _HIRED_AS) and _titled_subject(
                        text, position, vocab, own):
                    # ("Yard Hands often join as stockpersons": the post they join in is
                    # theirs to move into, no rung below the page's role)
                    read.add(end)
                    began.add(position)
                    position = lowered.find(trigger, position + 1)
                    continue  # ("Depot Supervisors may go on to B": that rung's move)
                # (real52) "court-appointed officers": a compound adjective's participle
                # names the kind of officer, no appointment
                hyphened = trigger == "appointed " and lowered[position - 1:position] == "-"
                if end not in read and position not in began and not hyphened and (
                        position == 0 or not lowered[position - 1].isalpha()
                                        ) and not lowered.endswith("how to ", 0, position) and (
                        # ("takes 4-6 years to become both a A and a B": two titles compared)
                        not _BOTH_TITLES.match(lowered, end)) and (
                        # (real36) "step into the shoes of a welder": a visitor's idiom
                        not _SHOES.match(lowered, end)) and (
                        trigger not in _SUBJECT_TRIGGERS or not _other_subject(
                            text, position, own)):
                    # ("How to Become a Payroll Manager": an article's title, no move)
                    read.add(end)
                    began.add(position)
                    seen = {t for titles in found.values() for t in titles}
                    # ("move across to A or become B": B is sideways, not up as well)
                    kind_only = _KIND_OF_ROLE.match(text, end) is not None
                    # ("join as trainees": a bare level is no earlier job)
                    bare = _LEVEL_SET | _ANYONE if trigger in _HIRED_AS else frozenset()
                    # ("Others join straight from school as a solicitor apprentice": the
                    # title they join in, not a move away)
                    into = "in" if (trigger in _JOIN_TRIGGERS and _FROM_SCHOOL.match(
                        lowered, end)) or (trigger in _ALSO_HELD and _held_before(
                            lowered, end)) else direction
                    if into == "in" and (field := _FIELD_COLON.match(text, end)) is not None:
                        end = field.end()  # (rules49c) "… is from front-desk and
                        # dispatch work: A, B, C": the titles after the field's colon
                    if trigger in _ALSO_HELD:
                        found[into].extend(t for t in _later_as(text, end, vocab, own)
                                           if t not in seen)
                    found[into].extend(t for t in _titles_after(
                        text, end, vocab, own, fields=trigger in _FIELD_TRIGGERS or (
                            trigger in _FIELD_IN_TRIGGERS and _people_before(text, position)))
                        if t not in seen and not (kind_only and t.lower() in _KIND_WORDS)
                        and t.lower() not in bare)
                position = lowered.find(trigger, position + 1)
    # ("progress to A, and that As may go on to become B": B is A's step, read on past A)
    owned = {after for _, after in _subject_steps(text, vocab, own)} if read else set()
    found["up"] = [t for t in found["up"] if t not in owned]
    if " act as " in lowered or "appointed" in lowered:
        # (rules38b) "Mr. X, Senior Customs Officer, is appointed to act as Y": the officer's
        # own post steps to Y (see _acting_steps), no move of the role
        for _, after in _acting_steps(text, vocab, own):
            found["up"] = [t for t in found["up"] if not fact_key(after).startswith(fact_key(t))]
    if glosses:
        # (fixes68) "join from GP surgery reception (Medical Receptionist)": the field's
        # word joined to the gloss ("GP Medical Receptionist") is printed nowhere, no title
        found = {k: [t for t in v if not (t not in glosses and any(t.endswith(f" {g}") for g in (
            glosses)) and t.lower() not in lowered)] for k, v in found.items()}
    # (rules38b) "as Revenue Inspector II" read by two triggers: the post with its grade
    found = {k: [t for t in v if not any(o[len(t):] in _GRADED_SUFFIXES and o.startswith(t)
                                         for o in v)] for k, v in found.items()}
    # ("… moved to Senior X posts and 11 to Chief or Head of X": a count, no title)
    # ((real36) "As engineers transition from beginners to contributors": a stage, no job)
    return {k: list(dict.fromkeys(ungraded(t, vocab) for t in v if not _COUNTED_TO.match(t)
                                  and t.lower() not in _STAGES))
            for k, v in found.items()}


# (real36) Stages of anyone's learning, never a job held before or after the role.
_STAGES = frozenset({"beginner", "novice", "newbie", "complete beginner"})


_GRADED_SUFFIXES = frozenset({" II", " III", " IV"})

# (real36) The idiom of trying another's work for a day ("step into the shoes of a welder",
# "step into their shoes"): no move into the title it names.
_SHOES = re.compile(r"(?:the\s+|my\s+|your\s+|his\s+|her\s+|their\s+|our\s+)?"
                    r"(?:[\w'’]+\s+)?shoes\b")


# "Production operators who finish the course are encouraged to apply for this role": an
# employer's posting inviting holders of another title into the advertised one.
_APPLY_HERE = re.compile(r"\b(?:are|is)\s+(?:(?:also|especially|strongly)\s+)?(?:encouraged|"
                         r"invited|welcome|eligible)\s+to\s+apply\s+(?:for|to)\s+(?:this|"
                         r"the)\s+(?:role|position|job|opening|post|vacancy)\b"
                         # a ladder policy's entry grade ("are eligible for RT I placement")
                         r"|\b(?:are|is)\s+eligible\s+for\s+(?:[A-Z]{1,4}\s+)?(?:[IVX]{1,4}|"
                         r"[Ll]evel\s+\d|[Gg]rade\s+\d)\s+(?:placement|appointment)\b"
                         # holders of another title applying for the page's own post, a
                         # plural subject ("Nursing assistants often then apply for this
                         # role"; not "the role of X", another post)
                         # (a step before it: "Many firefighters train and then apply …")
                         r"|(?<=[a-z]s)(?:\s+(?:train|retrain|qualify|requalify)\s+and)?"
                         r"\s+(?:(?:often|usually|then|later|eventually|"
                         r"typically|commonly|sometimes|frequently|occasionally|also|may|can|"
                         r"could|will|regularly)\s+){0,3}apply\s+(?:for|to)\s+(?:this\s+|"
                         r"the\s+(?!\S+\s+(?:of|as|at|in|with)\b))(?:role|position|job|post)\b")

# Workers who learn the work fast ("… pick up pruning quickly", "… take to it easily").
_PICK_UP = re.compile(r"\s(?:picks?\s+up\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?|takes?\s+to\s+it\s+)"
                      r"(?:quickly|fast|easily|naturally|in no time)\b")
# "X and Y are our two biggest feeders": a talk's or a profile's word for where people come from.
_FEEDERS = re.compile(r"\b(?:are|is)\s+(?:our|the)\s+(?:\w+\s+){0,2}?(?:biggest|main|largest|usual|"
                      r"commonest|most\s+common|best)\s+feeders?\b", re.IGNORECASE)
# "A, B and C have all come through our process": the titles its entrants held before.
# (rules50b) "Food Runner and Busser shifts are a great way in": the titles named as a way into
# the role (a shift app's or a careers page's tip for newcomers).
_WAY_IN = re.compile(r"\s+(?:shifts?|jobs?|roles?|posts?|positions?)\s+(?:are|is)\s+"
                     r"(?:(?:often|usually|also)\s+)?(?:a|an|the)\s+(?:[a-z]+\s+){0,2}?"
                     r"(?:ways?|routes?|doors?)\s+in\b(?!\s*(?:to|which|that)\b)")
_CAME_THROUGH = re.compile(r"\s(?:have|had)\s+(?:all\s+|each\s+)?come\s+(?:in\s+)?through\s+"
                           r"(?:our|the|this)\s+(?:\w+\s+)?(?:process|programme|program|scheme|"
                           r"route|pathway|selection)\b")
_NAME_ASIDE = re.compile(r"\s\([A-Z][A-Za-z -]{1,30}\)")
# "Later roles held by our X include A and B": the posts the role's holders went on to.
_LATER_ROLES = re.compile(r"\b[Ll]ater\s+(?:roles|posts|positions|jobs|appointments)\s+"
                          r"(?:held\s+)?(?:by\s+(?:our|the|these|past)\s+[\w-]+\s+)?"
                          r"(?:include|have\s+included|included)\s+")

_STARTED_ASIDE = re.compile(r"\b((?:[Ss]tart|[Ss]tarted|[Ss]tarting)\s+out)\s+(?:after|"
                            r"straight out of|right out of|fresh out of|out of)\s+"
                            r"(?:\w+\s+){1,2}?as\s")


# A first-person story's earlier job: "After twelve years as a firefighter I joined …", "I
# spent two years as a line cook at Quill Bistro"; a feature's career changer: "spent eight
# years as an auto body technician before enrolling".
_YEARS_AS_I = re.compile(r"\b(?:[Aa]fter\s+(?:[\w-]+\s+){1,2}years?\s+as\s+(?:an?\s+)?"
                         r"([A-Za-z][\w'& -]{1,40}?),?\s+I\s|"
                         # an alumni note's or a staff page's "came to us after two years as
                         # a camera assistant"
                         r"\b(?:came|comes|come)\s+to\s+us\s+after\s+(?:[\w-]+\s+){1,2}"
                         r"years?\s+as\s+(?:an?\s+)?([A-Za-z][\w'& -]{1,40}?)\s*(?:[.;,]|$)|"
                         r"(?:spent|spending|after)\s+(?:[\w-]+\s+){1,2}years?\s+as\s+"
                         r"(?:an?\s+)?([A-Za-z][\w'& -]{1,40}?),?\s+before\s+(?:[a-z]+ing|"
                         r"s?he|they|I)\b|"
                         # a first-person story's "I spent two years as a line cook at Quill
                         # Bistro": the job, then where it was held
                         r"\bI\s+spent\s+(?:[\w-]+\s+){1,2}years?\s+as\s+(?:an?\s+)?"
                         r"([A-Za-z][\w'& -]{1,40}?)\s+(?:at|with|for)\s+(?:an?\s+|the\s+)?"
                         r"[A-Z]|"
                         # "Before that I spent twelve years as a secondary school teacher
                         # (maths) in Galway.": the job, then its aside or its town
                         r"\b[Bb]efore\s+that,?\s+I\s+spent\s+(?:[\w-]+\s+){1,2}years?\s+as\s+"
                         r"(?:an?\s+)?([a-z][\w'& -]{1,40}?)\s*(?:\(|[.;,]|\s+in\s+[A-Z]))")

# (rules41a) A profile's previous holder who "came to us from being Team Vicar in the X Team":
# the post held before, up to its place or the clause's end.
# (rules49c: "came across from being Marine Engineers on superyachts", "came over from being
# …": the same, the plural too)
_FROM_BEING = re.compile(r"\b(?:came|comes|come|joined\s+us)\s+(?:to\s+us\s+|across\s+|over\s+)?"
                         r"from\s+being\s+"
                         r"(?:an?\s+|the\s+)?([A-Z][\w'&-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'&-]*)"
                         r"{0,4})(?=\s+(?:in|at|with|for|and|on)\b|\s*[.;,(]|$)")


# A career changer's course-mates by their earlier jobs: "Two of the people in my intake
# were also career changers: A and B", "Others on our course: A, B and C".
_COURSE_MATES = re.compile(r"\b(?:in|on)\s+(?:my|our)\s+(?:intake|course|cohort|class)\b"
                           r"[^.:;]{0,50}:\s+"
                           # "among the participants of the last course there were also a
                           # former A and a B" (a recruiter's earlier trainees)
                           r"|\b[Aa]mong\s+the\s+(?:participants|trainees|members|people|recruits)\s+"
                           r"(?:of|in|on)\s+(?:the|our|my)\s+(?:last\s+|latest\s+|recent\s+|previous\s+)?"
                           r"(?:intake|course|cohort|class|edition)\s+there\s+(?:were|was)\s+"
                           r"(?:also\s+)?")


# A commenter's earlier job ("Came from A, B or C and it's …", "came over from A"): the
# list after it names where he was before the role.
# A field people came from and its posts in brackets, two or more in Title Case: "came
# from ambulance or police call handling (Emergency Medical Dispatcher, Police Contact Officer)".
_CAME_FROM_FIELD = re.compile(r"\bcame\s+from\s+[a-z][a-z ]{2,60}\((?P<titles>[A-Z][\w -]{2,40}"
                              r"(?:,\s[A-Z][\w -]{2,40})+)\)")
# (rules37c) "joined us from clinical posts (band 7 A, B)": the posts in the bracket, each a
# title once its pay grade is set aside
_FROM_POSTS = re.compile(r"\b(?:joined(?:\s+us)?|came|come|recruited)\s+from\s+(?:[a-z]+\s+){0,2}"
                         r"(?:posts|roles|jobs|positions)\s+\((?P<titles>[^()]{3,160})\)")
_POST_GRADE = re.compile(r"^(?:band|grade|level)\s+\d+[a-z]?\s+", re.IGNORECASE)
_CAME_FROM = re.compile(r"(?:^|(?<=[.:!?]\s)|\bI\s+)[Cc]ame\s+(?:over\s+|across\s+)?from\s+")


# Subjects that name anyone at all, not a job ("Applicants are encouraged to apply …").
_ANYONE = frozenset({"applicant", "candidate", "employee", "graduate", "student", "individual",
                     "member", "person", "worker", "team member", "internal candidate",
                     "internal applicant", "current employee"})


# "apply for specialist roles in stroke": one lower-case word before a role noun is a kind
# of role (its level or field), not a title.
_KIND_OF_ROLE = re.compile(r"(?:an?\s+)?[a-z][\w-]*\s+(?:roles|posts|positions|jobs)\b")
_KIND_WORDS = _LEVEL_SET | {"specialist", "specialists", "management", "leadership",
                            "supervisory", "managerial", "advanced", "expert"}

_INCLUDE = re.compile(r"\b(?:include|includes|including)\s")
# "study coordinators and research nurses at hospital sites often make great CRAs": the
# subject's holders make good holders of the role, so they come into it.
_MAKE_GOOD = re.compile(r"(?:^|[:;.]\s+)(?P<who>[^:;.]{3,120}?)\s+(?:(?:often|usually|"
                        r"typically|also|tend to)\s+)?make\s+(?:great|good|excellent|strong|"
                        r"natural|fine|ideal)\s+(?P<role>[A-Za-z][\w -]{1,60})")
_WHO_CUT = re.compile(r"\s(?:at|in|with|from|who|on)\s.*$")


# (rules36c) A title, then the move it is ("X is the usual sideways move", "X is a common
# next step"; "A or B is …": both).
_IS_THE_MOVE = re.compile(r"(?:(?P<other>[A-Z][\w'’-]*(?:\s(?:[A-Z][\w'’-]*|of|and|&)){0,5})"
                          r"\s+or\s+)?"
                          r"(?P<title>[A-Z][\w'’-]*(?:\s(?:[A-Z][\w'’-]*|of|and|&)){0,5})\s+is\s+"
                          r"(?i:(?:the|a|an)\s+(?:usual|common|obvious|typical|natural|popular|"
                          r"frequent|classic)\s+(?P<way>sideways|lateral|next)\s+(?:move|step))\b")


def _make_good(text: str, vocab: Vocabulary, own: str) -> list[str]:
    """The titles whose holders "make great <role>s" (all of them, or none)."""
    found: list[str] = []
    for match in _MAKE_GOOD.finditer(text):
        role = match.group("role").lower()
        if not role.startswith(own.lower()) and singular_title(role.split()[0]) != (
                own.rpartition(" ")[2].lower()):
            continue  # "… make great managers": another title's holders ("make good divers"
            # on a Commercial Diver's page: the role by its head noun)
        who = _WHO_CUT.sub("", match.group("who").strip())
        if who[1:2].islower():
            who = who[:1].lower() + who[1:]  # sentence case
        titles = [prose_title(item, vocab) for item in split_items(who)]
        if titles and all(titles):
            found += [t for t in titles if t]
    return found


def included_titles(text: str, vocab: Vocabulary) -> list[str]:
    """Roles a sentence lists after "include" ("Other workers who map include surveyors,
    photogrammetrists and urban planners"): for a sentence under a moves heading.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> included_titles("Related jobs include surveyors and urban planners.", v)
    ['Surveyor', 'Urban Planner']
    """
    match = _INCLUDE.search(text)
    if match is None:
        return []
    tail = text[match.end() : match.end() + 200]
    return _part_titles(tail.split(". ")[0].split(";")[0], vocab)


def enumerated_titles(text: str, vocab: Vocabulary) -> list[str]:
    """The titles of a line that is only a list of them, in any case ("Foley artists, film
    sound editors, music composers and a handful of graduates"): read when two or more of
    its items are titles and at most one is not; a sentence ("Nurses often move into this
    role") is no list.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> enumerated_titles("Dental nurses, practice receptionists and a few school leavers.", v)
    ['Dental Nurse', 'Practice Receptionist']
    >>> enumerated_titles("Nurses often move into this role after a few years.", v)
    []
    """
    # ("Retired A, B and C make up half of our volunteers; …": the list is the subject)
    # ("A, B and C — Cs moving up is the most common route": the list before its aside)
    # ("Most of us came from hospitality: A, B and C": the list after its lead-in)
    listed = text.strip().split(" — ")[0]
    listed = listed.rsplit(": ", 1)[-1] if ": " in listed else listed
    items = split_items(_SHARE_OF.sub("", listed).rstrip("."))
    if len(items) < _LIST_ITEMS:
        return []
    if items[0][:1].isupper() and items[0][1:2].islower():
        items[0] = items[0][:1].lower() + items[0][1:]  # (the sentence's capital)
    if " were " in items[0] or " are " in items[0]:
        # (rules48c) "The best Xs we've hired were A who …, B from … and C": the list is
        # what the subject was, after its verb
        items[0] = _SUBJECT_WAS.sub("", items[0], count=1)
    # ("a former police officer, a bus driver and two conductors": one person or a count
    # of people holding a title, unlike "a few school leavers")
    items = [_ONE_HOLDER.sub("", item) for item in items]
    titles = [title for item in items if not item.lower().startswith(_DETERMINERS) and (
        title := prose_title(_WHO_CLAUSE.sub("", _EARLIER.sub("", item)), vocab)) is not None]
    return titles if len(titles) >= _LIST_ITEMS and len(titles) >= len(items) - 1 else []


_LIST_ITEMS = 2
# (rules48c) A subject and its verb before a list of what its people were or are ("the best
# Xs we've hired were ", "our strongest hires are "), no lower-case title after it.
_SUBJECT_WAS = re.compile(r"^[a-z][^,;:]{3,80}?\s(?:were|are)\s+(?=[a-z])")
# An item that counts people rather than naming a title ("a handful of graduates").
_DETERMINERS = ("a ", "an ", "the ", "some ", "many ", "most ", "other ", "few ", "several ")
# "operators who know Tally", "a nanny on my last boat"
_WHO_CLAUSE = re.compile(r"\s+(?:who|that|with|from|on)\s.*$")
# An article or a small count before a title ("a bus driver", "two conductors"), not before
# a word that counts people vaguely ("a few", "a handful of").
_ONE_HOLDER = re.compile(r"^(?:even\s+)?(?:a|an|one|two|three|four|five)\s+"
                         r"(?!(?:few|handful|couple|number|lot|bunch|group|mix|range|variety|"
                         r"host|dozen)\b)(?=[a-zA-Z])",
                         re.IGNORECASE)
# The share of a team a listed subject makes up ("… make up about half of our tutors; …").
_SHARE_OF = re.compile(r"\s+(?:make|makes) up\s.*$|\s+(?:account|accounts) for\s.*$")
# A word for the earlier job being over ("retired teachers", "former nurses"): no part of it.
# ("an ex-Army REME technician", "an ex-Air Corps aircraft technician": the service the
# earlier job was in, no part of its title)
_EARLIER = re.compile(r"^(?:retired|former|ex-(?:(?-i:[A-Z][a-z]+\s+)(?=[A-Za-z])){0,2})\s*",
                      re.IGNORECASE)
# "Who becomes an accounts executive? A, B and C": the answer lists the titles people hold
# before the role.
_WHO_BECOMES = re.compile(r"(?:^|(?<=[.!?]\s))Who\s+(?:usually\s+|typically\s+)?(?:becomes|"
                          r"goes on to become|moves into|gets hired as)\s+(?:an?\s+)?"
                          r"(?P<role>[^?]{2,60})\?\s+(?P<answer>.+?)(?:[.!?](?:\s|$)|$)")


def answered_feeders(text: str, vocab: Vocabulary, own: str) -> list[str]:
    """The titles a "Who becomes an X?" question's answer lists when X is the page's role
    (``own``): where its holders come from.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> answered_feeders("Who becomes a claims handler? Call centre agents, insurance "
    ...                  "clerks and graduates.", v, "Claims Handler")
    ['Call Centre Agent', 'Insurance Clerk']
    """
    found: list[str] = []
    for match in _WHO_BECOMES.finditer(text) if "Who " in text else ():
        if title_case(singular_title(match.group("role").strip())).lower() == own.lower():
            found.extend(enumerated_titles(match.group("answer"), vocab))
    return found


# (rules38b) A notice's officer named with the post held, appointed to another ("Mr. Glenford
# Young, Senior Customs Officer, is appointed to act as Assistant Comptroller of Customs"):
# a step from that post to the other.
_ACTING = re.compile(r",\s+(?P<held>(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*),\s+"
                     r"(?:is|was|has\s+been)\s+(?:appointed\s+to\s+act\s+as|appointed\s+to\s+the\s+post\s+of|"
                     r"appointed\s+as|promoted\s+to)\s+(?:an?\s+)?(?P<to>[A-Z][\w'’-]*"
                     r"(?:\s+(?:[A-Z][\w'’-]*|(?:of|and|for)(?=\s+[A-Z]))){0,6})")


def _acting_steps(text: str, vocab: Vocabulary, own: str) -> list[tuple[str, str]]:
    """The steps a notice states from an officer's post to the post appointed to, when the
    officer's post is not ``own`` (the role's own moves are read as moves).

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _acting_steps("Ms. Rhea Ng, Senior Port Officer, is appointed to act as Deputy "
    ...               "Harbour Master from 2 May.", v, "Port Officer")
    [('Senior Port Officer', 'Deputy Harbour Master')]
    """
    steps: list[tuple[str, str]] = []
    for match in _ACTING.finditer(text):
        held, to = match.group("held"), match.group("to")
        if fact_key(held) != fact_key(own) and vocab.is_role_title(held) and (
                vocab.is_role_title(to) or vocab.role_title_at(to, 0) is not None):
            steps.append((held, to))
    return steps


# (rules44b) A bracketed gloss in lower case after a title ("group leader (partieľ)") and a
# spaced dash between two clauses, a subject's article or pronoun after it (not a range's
# dash: "€3,000 – €3,500").
_LOWER_GLOSS = re.compile(r"\s*\((?=[^\W\d_A-Z])[^()]{1,40}\)")
_DASH_CLAUSE = re.compile(r"(?<=[^\W\d_)])\s[-–]\s(?=(?:the|a|an|this|that|it|they|he|she|we)\s)")


def prose_steps(text: str, vocab: Vocabulary, own: str = "") -> list[tuple[str, str]]:
    """Ladder steps a sentence states after a move up or across ("move up to A, then B",
    "progress to A and later B", "A and from there to B"): ``[(A, B)]``; and a plural
    title's own step ("Bs may go on to become C"), unless the title names ``own``'s holders.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> prose_steps("Many move up to Senior Data Analyst, then Analytics Manager.", v)
    [('Senior Data Analyst', 'Analytics Manager')]
    >>> prose_steps("Most chefs started in the kitchen: kitchen porter, then commis chef and "
    ...             "sous chef.", v)
    [('Kitchen Porter', 'Commis Chef'), ('Commis Chef', 'Sous Chef')]
    """
    text = _CAN_BE_TITLE.sub("can become ", text) if "can be " in text else text
    text = _in_turn_from_there(text)
    if "(" in text:  # (rules44b) "a group leader (partieľ) and later a foreman (majster)": a
        text = _LOWER_GLOSS.sub("", text)  # title's gloss in the page's own language goes
    if " - " in text or " – " in text:  # (rules44b) "… a foreman - the foreman has …": a
        text = _DASH_CLAUSE.sub("; ", text)  # dash opens a clause of its own
    lowered = text.lower()
    steps: list[tuple[str, str]] = []
    if " on to " in lowered:
        steps.extend(_onward_steps(text, vocab))
    steps.extend(_subject_steps(text, vocab, own))
    if "from there" in lowered:
        steps.extend(_from_there_steps(text, vocab))
    if " act as " in lowered or "appointed" in lowered:
        steps.extend(_acting_steps(text, vocab, own))
    if "before that" in lowered and (
            earlier := _job_before_that(text, _stated_moves(text, vocab, own)["in"])) is not None:
        # "from A, and before that I was a B": B, then A, then the role
        steps.extend([earlier, (earlier[1], own)] if own else [earlier])
    if ": " in text and "then " in lowered:  # "… started on the shop floor: A, then B and C"
        for match in _PATH_COLON.finditer(text):
            steps.extend(_steps_after(text, match.end(), vocab)[1])
    if any(word in lowered for word in _THEN_WORDS) and _ANY_TRIGGER.search(lowered):
        for trigger in (*_UP_TRIGGERS, *_LATERAL_TRIGGERS):
            if trigger in _ALSO_HELD:
                continue  # ("also worked as A and later as B": two jobs beside the role)
            position = lowered.find(trigger)
            while position != -1:
                steps.extend(_steps_after(text, position + len(trigger), vocab)[1])
                position = lowered.find(trigger, position + 1)
        steps.extend(_later_sentence_steps(text, vocab) if ". " in text else ())
    if not steps and ", then " in lowered:  # (a path no move cue opens: read as a list)
        steps.extend(_listed_then_steps(text, vocab))
    if "pply for the " in text and " term" in lowered:
        steps.extend(_applied_then(text, vocab, own))
    return list(dict.fromkeys(steps))


# (fixes98) A development plan's aim: "Apply for the Senior X post (Band 7, …) within two
# years, and in the long term become a Y": the post applied for is the next rung, Y the one
# after it.  (Anchored on its literal opening; the span between is bounded.)
_APPLIED_THEN = re.compile(
    r"\b[Aa]pply for the (?P<post>[A-Z][\w-]*(?: [A-Z][\w-]*){0,5}) (?:post|role|position|job)"
    r"\b[^.;]{0,120}?\bin the (?:long|longer|medium) term,? (?:to )?(?:become|move up to|"
    r"reach|step up to) (?:an? |the )?(?P<then>[A-Z][\w-]*(?: (?:of |for |and )?[A-Z][\w-]*){0,5})")


def _applied_then(text: str, vocab: Vocabulary, own: str) -> list[tuple[str, str]]:
    """(fixes98) The steps of a plan's "Apply for the A post …, and in the long term become a
    B": the role to A (when ``own`` is given), then A to B; each must be a title.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _applied_then("Apply for the Senior Radiographer post (Band 7) within two years, and "
    ...               "in the long term become a Head of Radiology.", v, "Radiographer")
    [('Radiographer', 'Senior Radiographer'), ('Senior Radiographer', 'Head of Radiology')]
    """
    steps: list[tuple[str, str]] = []
    for match in _APPLIED_THEN.finditer(text):
        post, then = match.group("post"), match.group("then")
        if not (vocab.is_role_title(post) and vocab.is_role_title(then)):
            continue
        steps.extend([(own, post), (post, then)] if own else [(post, then)])
    return steps


# Earlier jobs a competition or a scheme is open to ("welcomes people having worked four years
# with children, for example as A, B or C", "for candidates who have worked as A or B").
# "worked 4 years as a A and 1 year as a B (bank) before joining": the jobs, in turn.
_WORKED_BEFORE = re.compile(r"\bworked\s+(?:[\w-]+\s+){1,2}(?:years?|months?)\s+as\s+"
                            r"(?P<jobs>[^.;]{3,160}?)\s+before\s+(?:joining|coming|starting|"
                            r"moving|training|applying)\b")
_NEXT_SPELL = re.compile(r",?\s+and\s+(?:[\w-]+\s+){1,2}(?:years?|months?)\s+as\s+|,\s+")
_NOTE_WORDS = 4  # a capitalised job in a note ("Hospital Domestic")
_ARTICLE_ASIDE = re.compile(r"^(?:an?|the)\s+|\s*\([^()]*\)$")


def _worked_before(text: str, vocab: Vocabulary) -> list[str]:
    """The jobs a note says someone held, each for a time, before joining ("worked 4 years
    as a A and 1 year as a B (bank) before joining").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _worked_before("Lena worked 3 years as a Retail Assistant and 2 years as a Care "
    ...                "Worker (agency) before joining.", v)
    ['Retail Assistant', 'Care Worker']
    """
    found: list[str] = []
    for match in _WORKED_BEFORE.finditer(text):
        for spell in _NEXT_SPELL.split(match.group("jobs")):
            spell = _ARTICLE_ASIDE.sub("", spell.strip())
            title = _held_title(spell, vocab) or (
                spell if 0 < len(spell.split()) <= _NOTE_WORDS and all(
                    word[:1].isupper() and word.isalpha() for word in spell.split()) else None)
            if title and title not in found:  # (a capitalised job: "Hospital Domestic")
                found.append(title)
    return found


# "others were a A, an B or a C before they joined a yacht": each item a job held before
# ((rules48c) or plural, with no article: "were boda boda riders or shop assistants before").
_WERE_BEFORE = re.compile(r"\b(?:were|was)\s+(?:(?:all|once|previously)\s+)?"
                          r"(?P<jobs>(?:(?:an?|the)\s+)?[^.;:!?]{3,160}?)\s+before\s+"
                          r"(?:(?:they|he|she|I|we|you)\s+(?:joined|became|came|moved|"
                          r"started|trained|signed)|joining|becoming|coming|moving|training)\b")


def _were_before(text: str, vocab: Vocabulary) -> list[str]:
    """The jobs a sentence says people were before they joined, each a title in prose
    ("others were a Motor Fitter or a Field Technician before they joined").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _were_before("Some were a Motor Mechanic or a Field Technician before joining.", v)
    ['Motor Mechanic', 'Field Technician']
    >>> _were_before("They were a bit nervous before they joined.", v)
    []
    """
    found: list[str] = []
    for match in _WERE_BEFORE.finditer(text):
        items = [_ARTICLE_ASIDE.sub("", item.strip()) for item in split_items(
            match.group("jobs"))]
        titles = [prose_title(item, vocab) for item in items]
        if all(titles):  # (every item a title: "a bit nervous" is none, nor a list with it)
            found.extend(title for title in titles if title and title not in found)
    return found


# (or a flyer's question to such people, "Worked on a dairy or as a feedlot pen rider?")
# A post held before, told by the practice or the field it was in ("who practised as A",
# "came into surveying as B"), or one taken in-house ("move in-house (afterwards) as C").
_HELD_AS = re.compile(r"\b(?:practi[sc]ed\s+as|c(?:a|o)me\s+into\s+(?:[a-z-]+\s+){1,3}as|"
                      r"(?P<side>mov(?:e|es|ed)\s+in-house\s+(?:[a-z]+\s+)?as))\s+(?:an?\s+)?")
# Titles a sentence names as its holders' usual backgrounds, opening it or after a colon
# ("… joined from retail: Shop Assistant and Cashier are the usual backgrounds").
_BACKGROUND_TITLES = re.compile(r"(?:^|[:;]\s*|[.!?]\s+)(?P<titles>[A-Z][^.!?:;]{2,120}?)\s+"
                                r"(?:are|were)\s+(?:the|our)\s+(?:most\s+common|commonest|"
                                r"usual|typical|main|most\s+frequent)\s+backgrounds\b")
# (rules48c) "Many began in the hardware shops as shop attendants": the place the role's
# people held their first post in, then the post; the subject counts the role's people (a
# named post's holder, "The Supervisor started in the same mailroom as a clerk", is another
# title's path).
_BEGAN_IN = re.compile(r"\b(?:many|most|some|others|several|a few|they)\s+(?:of\s+(?:them|us|"
                       r"our\s+[a-z]+)\s+)?(?:began|started)\s+(?:in|on|at)\s+(?:the\s+)?"
                       r"(?:[a-z'’-]+\s+){1,3}as\s+(?:an?\s+)?", re.IGNORECASE)
_WORKED_AS = re.compile(r"(?:\b(?:having|who have|who had|people who)\s+worked\b[^.;]{0,60}?"
                        r"|(?:^|[.!]\s+)(?:(?:Have you|Ever|Already)\s+)?[Ww]orked\b[^.;?]{0,60}?)"
                        r"\bas\s+(?:an?\s+)?")


# A path told as a list after a colon ("most managers started on the shop floor: A, then B,
# C and D", "the usual route: A, then B"): its titles in turn.
_PATH_COLON = re.compile(r"\b(?:started|start|began|begin|path|ladder|route|progression)\b"
                         r"[^:.;]{0,60}:\s+(?=[^.;]*\bthen\b)", re.IGNORECASE)


# A clause that goes on from the move before it ("promoted to A …; from there the usual line
# is B and C", "…, and from there to D").
_FROM_THERE = re.compile(r"(?:[;.]|,\s+and|,)\s+from there,?\s+(?:[a-z]+\s+){0,5}?"
                         r"(?:is|are|to|becomes?|runs|goes)\s+(?:to\s+)?", re.IGNORECASE)


def _from_there_steps(text: str, vocab: Vocabulary) -> list[tuple[str, str]]:
    """Steps on from the last title a clause moved up to: the titles after "from there"
    follow it in turn ("B and C"), or each follow it ("B or C")."""
    steps: list[tuple[str, str]] = []
    for match in _FROM_THERE.finditer(text):
        start = text.rfind(". ", 0, match.start())
        earlier = prose_moves(text[start + 1 if start != -1 else 0 : match.start()], vocab)["up"]
        end = min((p for p in (text.find(". ", match.end()), text.find("; ", match.end()))
                   if p != -1), default=len(text))
        tail = text[match.end():end].rstrip(".")
        later = _part_titles(tail, vocab)
        if not earlier or not later:
            continue
        if " or " in tail:
            steps.extend((earlier[-1], title) for title in later)
        else:
            steps.extend(itertools.pairwise([earlier[-1], *later]))
    return steps


# A path told as a list of titles ("their path as A, then B, then C and D", "starts as A in a
# firm, then B, C and D", "From there: A, then B"): the clause (up to ";", ". " or a dash),
# the first title after its cue, and the titles after ", then", one a comma, "and" or "then".
_CLAUSE_END = re.compile(r"[;!?]\s|\.\s|\s[—–]\s|\s-\s|\.$")
_FIRST_CUE = re.compile(r"^.*(?:\b(?:as|is|are|was|were|to|from)\s+|:\s+)", re.IGNORECASE)
_THEN_ITEM = re.compile(r"(,\s+(?:and\s+)?(?:then\s+)?|\s+and\s+(?:then\s+)?|\s+then\s+)")
# An item's article, "to" and a hedging adverb ("is usually A, then to B"): no part of it
# ("start as A, then become B" is read by the move cues: B a rung into the role).
_ARTICLE = re.compile(r"^(?:(?:an?|the|to|[a-z]+ly)\s+)+")
_INNER_ARTICLE = re.compile(r"\s(?:A|An|The)\s")


def _listed_then_steps(text: str, vocab: Vocabulary) -> list[tuple[str, str]]:
    """Steps of a path a sentence lists in lower case with ", then": every item a title, each
    the step after the one before; the list ends at an item that is no title or names an
    alternative ("or").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _listed_then_steps("Ours went from bench hand, then setter, then line lead and "
    ...                    "plant manager.", v)
    [('Bench Hand', 'Setter'), ('Setter', 'Line Lead'), ('Line Lead', 'Plant Manager')]
    """
    steps: list[tuple[str, str]] = []
    start = 0
    for end in [*(m.start() for m in _CLAUSE_END.finditer(text)), len(text)]:
        clause, start = text[start:end], end + 1
        head, then, rest = clause.partition(", then ")
        if not then or " or " in head[-40:]:
            continue
        # the titles before ", then": the last one, and those listed before it ("The usual
        # road is A, B, C, then D"); a list in Title Case is read with its heading's title
        # ("What comes after X?" / "A, then B")
        rungs: list[str] = []
        for item in reversed(_THEN_ITEM.split(_FIRST_CUE.sub("", head))[::2]):
            raw = _ARTICLE.sub("", item.strip())
            # ("Welder, then lead welder, …": the sentence's capital before a lower-case list)
            opening = raw[1:].islower() and head.strip() == item.strip() and rest[:1].islower()
            title = prose_title(raw, vocab) if (raw[:1].islower() or opening) and (
                " or " not in raw) else None
            if title is None:
                break
            rungs.insert(0, title)
        parts = _THEN_ITEM.split(rest) if rungs else []
        for index in range(0, len(parts), 2):
            item = parts[index].strip()
            title = None if " or " in item else prose_title(_ARTICLE.sub("", item), vocab)
            if title is None or _INNER_ARTICLE.search(f" {title} "):  # ("became a B": a verb)
                if index and "and" in parts[index - 1] and "then" not in parts[index - 1]:
                    rungs.pop()  # ("director of catering and events": one title)
                break
            rungs.append(title)
        steps.extend(itertools.pairwise(rungs))
    return steps


# "…, and some go on to run their own firms as tour operators": a step after the move the
# sentence told before it.
_GO_ON = re.compile(r"\b(?:go|goes|went|gone)\s+on\s+to\s+", re.IGNORECASE)
# (left54) "or" right before it: the move it tells is another choice, no later step.
_OR_BEFORE = re.compile(r"\bor\s+$")


def _onward_steps(text: str, vocab: Vocabulary) -> list[tuple[str, str]]:
    """Steps a sentence tells with "go on to" after a move up earlier in it: ``[(A, B)]``
    for "can become A, and some go on to B"."""
    steps: list[tuple[str, str]] = []
    for match in _GO_ON.finditer(text):
        if _OR_BEFORE.search(text, 0, match.start()):
            continue  # (left54) "end up as A or go on to become B": a choice, both the role's
        # (a clause after ";" tells other people's moves: "qualify as A; some go on to B")
        start = max(text.rfind(". ", 0, match.start()), text.rfind("; ", 0, match.start()))
        earlier = prose_moves(text[start + 1 if start != -1 else 0 : match.start()], vocab)["up"]
        if earlier:
            steps.extend((earlier[-1], after) for after in _titles_after(text, match.end(), vocab)
                         if after != earlier[-1])
    return steps


def _subject_steps(text: str, vocab: Vocabulary, own: str = "") -> list[tuple[str, str]]:
    """Steps up whose subject is a plural title ("Depot Supervisors may go on to become B"):
    ``[(Depot Supervisor, B)]``."""
    lowered = text.lower()
    steps: list[tuple[str, str]] = []
    # (the triggers the text holds, found in one pass: most rows hold none of the ~150)
    present = _ANY_UP.present(lowered)
    if not present:
        return steps
    began: set[int] = set()  # ("go on to become B" is no "go on to")
    for trigger in _UP_TRIGGERS:
        if trigger not in present:
            continue
        position = lowered.find(trigger)
        while position != -1:
            subject = None if position in began else _titled_subject(text, position, vocab, own)
            if subject:
                began.add(position)
                steps.extend((subject, after) for after in _titles_after(
                    text, position + len(trigger), vocab) if after != subject)
            position = lowered.find(trigger, position + 1)
    return steps


# A sentence that opens with a later time ("Eventually, they may become C") after one that
# states a move up ("With experience, they become A and B").
_LATER_SENTENCE = re.compile(r"(?<=[.!?])\s+(?:eventually|later(?: on)?|ultimately|in time|"
                             r"after that|from there)\b,?\s+", re.IGNORECASE)


_NEXT_STEP = re.compile(r"(?:the\s+)?next\s+step\b", re.IGNORECASE)


def _later_sentence_steps(text: str, vocab: Vocabulary) -> list[tuple[str, str]]:
    """Steps of a ladder told in two sentences: each role the later sentence moves up to is
    reached from each role the sentence before it moved up to (``[(A, C), (B, C)]``)."""
    steps: list[tuple[str, str]] = []
    for match in _LATER_SENTENCE.finditer(text):
        start = text.rfind(". ", 0, match.start() - 1)
        sentence = text[start + 1 if start != -1 else 0 : match.start()]
        earlier = prose_moves(sentence, vocab)
        end = text.find(". ", match.end())
        later = prose_moves(text[match.end() : end if end != -1 else len(text)], vocab)
        befores = earlier["up"]
        stepped = prose_steps(sentence, vocab) if befores and "then" in sentence else []
        tops = [after for _, after in stepped if after not in {b for b, _ in stepped}]
        if tops:
            # (fixes102) "advancing to A, B and then C. Eventually, you could be promoted to
            # D": D is reached from the top of the ladder the sentence before climbed, C
            befores = [tops[-1] if before in {b for b, _ in stepped} else before
                       for before in befores]
        if not befores and _NEXT_STEP.match(text, match.end()):
            # "… and become A. After that the next step is C": the next step is A's
            befores = earlier["lateral"][-1:]
        steps.extend((before, after) for before in befores for after in later["up"]
                     if before != after)
    return steps
