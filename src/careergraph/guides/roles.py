"""Which role a text guide is about, chosen by evidence from several signals.

Signals, strongest first: a page title ("X | Career Wiki", "X Career Guide", "X Job
Description", "How to Become a X", "Salary of a X in India"); a title line that is a role
title, however written: plural ("Hydrologists"), in sentence case ("Building surveyors"),
after an occupation code ("19-2043.00 - X"), or a practitioner noun the lexicon does not know
("Cartographers") when the page names it again; a breadcrumb
("Home > Careers > X"); definitional statements ("A X is …", "The role of a X", "Data
scientists play …"); passing mentions ("demand for X"); a heading "Key Responsibilities of a
X".  Lines of site chrome (logos, menus) at the top are skipped.  The winning signal is kept on
the guide (``Guide.role_signal``); when none holds, the caller may fall back to the file name.

>>> from careergraph.lexicon import load_lexicon
>>> from careergraph.guides.vocab import Vocabulary, remit_words
>>> v = Vocabulary.from_lexicon(load_lexicon())
>>> choose_role([(1, "logoCareerSite"), (2, "Cloud Architect | Career Wiki")], v)
RoleChoice(title='Cloud Architect', line=2, signal='page_title')
>>> choose_role([(1, "Data scientists play a key part in product teams.")], v)
RoleChoice(title='Data Scientist', line=1, signal='plural_opening')
>>> choose_role([(1, "Skip navigation"), (2, "19-2043.00 - Hydrologists"),
...              (3, "Hydrologists study how water moves.")], v).title
'Hydrologist'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import PurePath

import inflection

from careergraph.guides.gated_re import Gated
from careergraph.guides.heading_data import word_lists
from careergraph.guides.headline import (
    asked_destination,
    byline,
    headline_role,
    is_masthead,
    mastheads,
    story_destination,
)
from careergraph.guides.issuers import LEGAL_FORM, posts_line
from careergraph.guides.mail import correspondents, mail_words, signed_line, unsigned_title
from careergraph.guides.mentions import role_statements
from careergraph.guides.section_kinds import Kind, classify_heading
from careergraph.guides.staff_cards import staff_card_line
from careergraph.guides.text import IMAGE_FILE_END, clean, is_title_case, split_items
from careergraph.guides.title_frames import (
    bracketed_names,
    code_line,
    document_title,
    jurisdiction,
    letterhead,
    numbered_issue,
    relation_line,
    team_crumb,
    uncalled,
    uncoded,
    ungraded,
    unlabelled,
    unprogrammed,
)
from careergraph.guides.vocab import Vocabulary, remit_words
from careergraph.lexicon import bundled_level_words

__all__ = ["PRACTITIONERS", "QA_MARK", "SOC_CODE", "RoleChoice", "alias_titles", "choose_role",
           "field_learner", "narrower_file_title", "page_sites", "practitioner_noun",
           "rank_aliases", "record_name", "role_from_file_name", "role_from_text", "singular_post",
           "singular_title", "stated_aliases", "title_case", "trade_noun"]

# A title's tail that makes the words before it a role ("Lifeguard Job Profile").
_ROLE_SUFFIX = re.compile(r"\b(?:job description|job specification|job spec|job profile|"
                          r"role profile|career guide|career path)\b", re.IGNORECASE)
_NOT_IN_TITLE = frozenset({"for", "of", "in", "to", "with", "at", "on", "by", "from", "the",
                           "a", "an", "as", "most", "many", "some", "all", "our", "your"})
# Words of the credential a title's holders have ("Chartered Accountant"): never a brand.
_CREDENTIALS = frozenset({"chartered", "licensed", "registered", "certified", "qualified",
                          "accredited"})
# Two titles a how-to title joins by "or" ("a Welder or Fabricator").
_TWO_TITLES = re.compile(r"(?P<a>[A-Za-z][\w'’-]*(?: [A-Za-z][\w'’-]*){0,3}?) or (?:an? )?"
                         r"(?P<b>[A-Za-z][\w'’-]*(?: [A-Za-z][\w'’-]*){0,3})")
# Words that point at a worker named elsewhere ("This Type of Specialist", "Such a Role").
_POINTING = frozenset({"this", "that", "these", "those", "such"})
# Words that stand in for a worker named before ("How to become one", "… become someone").
_STAND_INS = frozenset({"one", "someone", "it", "them", "yourself"})
# A title's tail after the role: "Career Path & Salary Progression", "Career Roadmap (2026)",
# "— FAQ", "career notes": everything from the first of these words on.
_SUFFIXES = re.compile(
    # ((real47) after a comma too: "How to Become a X, Job Description – Salary")
    r"(?<=.)\s*(?:[-–—:|,]\s*)?(?:(?:salary|pay)\s+(?:and|&)\s+)?(?:(?:average|median|typical)\s+"
    r"(?=salar|pay|wage))?(?:careers?|job description|"
    # a listing's or a guide's "Truck Driver Jobs in Canada" (no "Jobs Coach": a word follows)
    r"jobs(?=\s*$|\s+(?:in|near|across|for|at)\s|\s*[:|–—-])|"
    r"job specification|job spec|job profile|role profile|faqs?|salary guide|salaries|salary|"
    # (real16) a guide's list of what it covers: "X Job, Salary and Career Information",
    # "X Job Information", "X Job Facts"
    r"job(?=,\s*(?:salary|pay|duties|education|career)\b|\s+(?:information|info|facts)\b)|"
    r"pay guide|pay scales?|pay rates?|wage guide|wages|roadmap|sample clauses|"
    # a public service's pay grids: "Index grids – X", "X pay grid", "X pay spine"
    r"(?:index|pay)\s+(?:grids?|spines?)|"
    # a pay survey's: "Embryologist Pay Survey 2025", "… Compensation Report"
    r"(?:pay|compensation|remuneration)\s+(?:survey|report)|"
    # an employer's rubric: "X Promotion Criteria", "X Progression Rubric", "X Career Ladder";
    # a body's matrix exported with its title only: "X Competency Grid"
    r"(?:promotion|progression|advancement|assessment|career|competency|levell?ing)\s+"
    r"(?:criteria|rubric|scheme|framework|ladder|guide|matrix|grid)|"
    # (real36) a levels guide's or a hospital's ladder page: "Software Engineer Levels",
    # "Data Analyst Career Levels Explained", "Registered Nurse Clinical Ladder Program"
    r"(?:career\s+|job\s+)?levels(?:\s+explained)?|"
    r"(?:clinical|professional)\s+ladder(?:\s+(?:program|programme|system))?|"
    # a pay calculator's title: "Roofer Paycheck Calculator", "X Take-Home Pay", "X Pay After Tax"
    r"paychecks?|pay\s+after\s+tax|take[-\s]home(?:\s+pay)?|"
    # (real21) a degree site's explainer: "The Store Manager Profession Explained"
    r"profession\s+explained|"
    # a resume builder's page: "Forklift Operator Resume Example", "Welder CV Template"
    r"(?:resume|résumé|cv)(?:\s+(?:examples?|samples?|templates?))?|"
    # an interview-prep page: "Escrow Officer Interview Questions", "25 X Interview Questions"
    r"interview\s+(?:questions|q&as?|prep|guide)(?:\s+\(.*\))?|"
    # an FAQ page's title: "Tree surgeon — frequently asked questions", "X: common questions"
    r"(?:your\s+)?(?:frequently\s+asked|common(?:ly\s+asked)?)\s+questions|"
    # a union's name: "Heat & Frost Insulators and Allied Workers — Local 119"
    r"(?:and|&)\s+allied\s+(?:workers|trades|crafts)|"
    # a course's title: "Dental Technician Apprenticeship (Level 4)", "X Certification Pathway"
    r"(?:apprenticeship|certification(?:\s+(?:pathway|program|programme|course))?|"
    r"training\s+(?:course|programme|program|pathway)|course|programme|diploma|"
    # (real33) a police force's or a fire service's page: "Police officer recruitment"
    r"recruitment|"
    # (real40) a sports body's "Referee Pathways and Development", "Coach Pathway"
    r"(?:career\s+|development\s+)?pathways?(?:\s+(?:and|&)\s+development)?|"
    # (real34) a licensing guide's "Cosmetologist State Licensing Requirements"
    r"(?:state\s+)?licen[cs](?:e|ing)\s+requirements)"
    r"(?=\s*(?:\([^()]*\))?\s*$))\b.*$",
    re.IGNORECASE)
# Every _SUFFIXES match holds one of these words: a line with none skips its slow search.
# ((?=[…]): the letters a match can start with, one test per position first.)
_SUFFIX_WORD = Gated(re.compile(r"(?=[acjrfspwtdli])"
                          r"(?:career|job|role profile|faq|salar|pay|wage|roadmap|clauses|index|"
                          r"resume|résumé|cv|take|compensation|remuneration|promotion|"
                          r"progression|advancement|assessment|competency|level|ladder|"
                          r"allied|apprenticeship|certification|training|course|programme|"
                          r"diploma|interview|frequently|common|profession|recruitment|licen|"
                          r"pathway)",
                          re.IGNORECASE))
_PREFIXES = re.compile(
    # ("How to become Lab Technician?": the article left out, the title the same)
    r"^(?:how to become(?: an?)?(?=\s)|how to be an?|"
    # (real46) a blog's "Things You Need to Know to Become a Park Ranger", its banner's cut
    # "Know to Become a Park Ranger": the worker the frame names
    r"(?:(?:things\s+)?(?:you\s+)?(?:need\s+to\s+)?know\s+to\s+become|steps\s+to\s+become)\s+an?|"
    # "Requirements To Become A Nurse In Ruritania": the entry page of the worker it names
    r"(?:the\s+)?requirements?\s+(?:to\s+become|for\s+becoming)\s+an?|"
    # (real39) a vet-nursing blog's "Qualifications to be a Veterinary Nurse": the same frame
    r"(?:the\s+)?(?:requirements?|qualifications?)\s+(?:(?:needed|required)\s+)?(?:to\s+(?:be|"
    r"become)|for\s+becoming)\s+an?|"
    r"career (?:guide|profile):|job description:|job specification:|"
    r"job profile:|what does an?|what is an?|who is an?|become an?|"
    # (real26) "Career as Textile Technologist": an Indian guide's frame, its article left out
    # (real34) a newspaper's "A career as a police officer", a blog's "Starting a Career as a
    # X": the same frame after its article or its verb
    r"(?:(?:a|starting a|start a|building a|pursuing a)\s+)?careers? as(?: an?)?|"
    r"introduction to(?: the| an?)?|"
    # a guide's own call to read it: "Learn About the Roofer Job Description, Pay and Hours."
    r"learn (?:more |all )?about(?: the| an?| being an?| becoming an?)?|"
    # "Complete Guide to Truck Driver Jobs": a guide's own adjective before "guide to"
    r"(?:a |the |your )?(?:(?:complete|ultimate|comprehensive|full|quick|short|practical|"
    r"essential|beginner'?s?)\s+)?guide to(?: becoming)?(?: the| an?)?|"
    # (real21) "Comprehensive Guide on How to become a Personal Trainer"
    r"(?:a |the |your )?(?:(?:complete|ultimate|comprehensive|full|quick|short|practical|"
    r"essential|step[- ]by[- ]step)\s+)?guide (?:on|to) how to (?:become|be) an?|"
    # (real21) "The Store Manager Profession Explained", "The Florist Job Description": the
    # article before a title its page-type tail follows
    r"the(?=\s.+\s(?:profession\s+explained|job\s+description|job\s+profile|career\s+guide)"
    r"\s*$)|"
    # "Complete Claims Assessor Career Guide": the guide's own adjective before the title
    # its suffix leaves
    r"(?:the\s+)?(?:complete|ultimate|comprehensive|essential)(?=\s.+\s(?:career|job|role)"
    r"\s+guide\s*$)|"
    # "Why Become a Social Worker?": a page's reasons, under the worker it names
    r"why (?:become|be|choose to become|work as) an?|"
    # (real34) a salary article's "What is the Salary of Accountant In Nigeria"
    # (fixes77) a page's opening question "Thinking about becoming a glazier?", "Considering
    # becoming an X?": the frame before the worker it names
    r"(?:(?:thinking|considering)\s+(?:about\s+|of\s+)?)?becoming an?|"
    # (rules44a) a claims or eligibility page's question on the worker it covers: "What
    # counts for a vehicle body repairer?", "Who counts as a care worker?"
    # (carry44) "Which costs count for a tyre fitter?": what the claim covers, for that worker
    r"(?:what|who|which)(?:\s+(?:costs|expenses|items|things))?\s+counts?\s+(?:for|as)\s+an?|"
    r"(?:what\s+is\s+the\s+)?(?:average\s+)?salary of(?: an?| the)?|"
    # (real50) a pay article's "The Pay Scale for Guitar Makers": the workers it is about
    r"(?:the\s+)?(?:pay|salary|wage)\s+scales?\s+(?:for|of)(?: an?| the)?|"
    r"average(?=\s.+\ssalar)|"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}career path (?:of|for)(?: an?| the)?|"
    # (real36) a levels guide's or a hospital's ladder title: "Understanding Software Engineer
    # Levels", "Defining the Ladder of X Levels", "The Clinical Ladder for Registered Nurses"
    r"(?:understanding|defining|explaining|exploring)(?:\s+the)?(?:\s+(?:career\s+)?ladder\s+of)?"
    r"(?=\s.+\s(?:levels|ladder)(?:\s*[:–—-].*)?$)|(?:the\s+)?ladder\s+of(?=\s.+\slevels\b)|"
    r"(?:the\s+)?(?:clinical|career|professional)\s+ladder\s+(?:for|of)(?:\s+the)?|"
    # "Life as a Deckhand", "A Day in the Life of a Night Auditor": a diary's title
    r"(?:my\s+)?life as an?|(?:an?\s+)?(?:typical\s+)?day in the life of an?|"
    # (real16) a league table's title: "10 Countries With the Highest X Salaries", "Top
    # States That Pay X the Most" reads its pay by place, under the role it names
    r"(?:(?:the\s+)?top\s+)?(?:\d{1,3}\s+)?(?:countries|states|cities|provinces|regions|places)"
    r"\s+(?:with|that pay|paying)\s+the\s+(?:highest|best|top|most)(?=\s.+\ssalar|\s.+\spay\b)|"
    # a union's or a careers service's leaflet: "Working as a refuse collector"
    # (real49) a tips site's "Finding work as a ski instructor": the same frame
    r"(?:finding|getting|looking\s+for)\s+(?:work|a\s+job)\s+as\s+an?|working as an?|"
    # (real49) an occupation database's "Occupation Profile for Bindery Workers", a how-to
    # site's "Job Description for Ski Instructors": the page type, then the worker
    r"(?:(?:(?:occupation|occupational|career|job)\s+)?profile|job\s+description)\s+for"
    r"(?:\s+an?|\s+the)?|"
    # (rules39a) a settlement agency's guide for newcomers: "Working in Australia as a
    # Dentist", "Working in New Brunswick as an Electrician" (the place before the job)
    r"working in (?:the\s+)?(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){0,2}\s+as\s+an?|"
    # (rules53a) a job board's ad title as a translator renders it from Persian ("Employment
    # of Sales Expert in Shiraz", *estekhdam*): the board's frame before the post it advertises
    r"(?:the\s+)?employment\s+of(?:\s+an?)?(?=\s+(?-i:[A-Z]))|"
    # a pay review body's chapter for one staff group: "… — summary for dental nurses"
    r"(?:a\s+)?summary\s+for(?:\s+the)?|"
    # a worker's video title: "How Much I Actually Earn as a Crane Operator"
    r"(?:how much|what)\s+i\s+(?:actually\s+|really\s+)?(?:earn|make|made|get paid)\s+as\s+"
    r"an?|"
    # a qualification's level before a course's title: "Level 3 Personal Trainer Certification"
    r"(?:rqf\s+|nvq\s+|mbo\s+)?level\s+\d+(?=\s.*\b(?:apprenticeship|certification|course|"
    r"programme|diploma)\b)|"
    # a pay survey's title: "Workforce & Pay Survey 2025: Clinical Embryologists"
    r"(?:[\w&-]+\s+){0,3}(?:survey|report)(?:\s+\d{4}(?:/\d{2,4})?)?\s*[:–—-]|"
    # (rules34b) a course's unit on one career: "Unit 4: The Dental Hygienist"
    r"(?:unit|module|lesson|topic)\s+\d{1,2}[a-z]?\s*:\s+the|"
    # (real38) a page of advice for those who want the job: "Checklist for Aspiring Flight
    # Attendants", "Tips for Would-Be Plumbers", "Advice for Future Paramedics"
    r"(?:a\s+|the\s+|my\s+)?(?:\d{1,2}\s+)?(?:checklist|tips|advice|guide|handbook|hints|"
    r"faqs?|questions)\s+for\s+(?:aspiring|would-be|wannabe|future|prospective|budding)"
    r"(?=\s+[A-Za-z]))\s+",
    re.IGNORECASE)
# (real49) A framed headline's title whose first word alone is left in lower case ("Finding
# work as a ski Instructor"): a short title, the words after it capitalised.
_LOWER_FIRST = re.compile(r"[a-z][a-z'-]*(?: [A-Z][A-Za-z'-]*){1,3}")
# (carry46) A staff handbook's numbered section on one post ("Section 3: Pest Control
# Technician", "Chapter 9: Crew Trainer"): the number and its colon frame the title the way
# "How to become a" does; what follows must still be a title.
# A section title's bracket of the post's other name ("(sometimes called Buddy Trainer in
# older stores)"): no words of the title.
_CALLED_TAIL = re.compile(r"\s*\((?:also|often|sometimes)\s+(?:called|known\s+as)\s[^()]{2,80}\)"
                          r"\s*$", re.IGNORECASE)
_HANDBOOK_SECTION = re.compile(r"\s*(?:Section|SECTION|Chapter|CHAPTER)\s+\d{1,2}(?:\.\d{1,2})?"
                               r"\s*:\s+(?=[A-Z])")
# A video title's decoration after the role: an emoji, "+ what I make", "(Region) 💷 | …".
_VIDEO_TAIL = re.compile(r"\s*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]|\s\+\s)")
# "From Front Desk Agent to Hotel General Manager": a path title names its destination.
_FROM_TO = re.compile(r"^from\s+.+?\s+to\s+(?:an?\s+|the\s+)?(.+)$", re.IGNORECASE)
# A pay headline in lower case: "How much boilermakers earn in …", "What a welder earns".
_PAY_HEADLINE = re.compile(
    r"^(?:how much(?:\s+money)?|what)\s+(?:(?:do|does|can|will)\s+)?(?:an?\s+|the\s+)?"
    # ("How Much I Earn as a X": the speaker's own pay, read by _PREFIXES)
    r"(?!i\s)([a-z][a-z -]{2,60}?)\s+(?:earns?|makes?|gets? paid)\b", re.IGNORECASE)
# "… in India", "… in the UK": where the page's figures apply, not part of the title.
# An acronym in brackets after a title: "Specialised Nursery Agent (ATSEM)".
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Z&]{1,7}s?\)$")
# ("How To Be A Nurse In Nigeria": a title-case headline's "In" too; "Officer In Charge" is
# a title's own words)
_PLACE = re.compile(r"\s+[Ii]n\s+(?:[Tt]he\s+)?(?!Charge\b|Training\b)[A-Z][\w.]*"
                    r"(?:\s+[A-Z][\w.]*)?$")
# (real34) A pay question's frame before the worker ("Salary of an Accountant").
# (real50) A career question's frame too ("What is the Career Path of an Underwriter").
_PAY_OF = re.compile(r"^(?:(?:average\s+)?(?:salary|pay|wages?)|career\s+(?:path|ladder|route))"
                     r"\s+of\s+(?:an?\s+|the\s+)?", re.IGNORECASE)
# A listing's "… Jobs" after the title ("Truck Driver Jobs in Canada").
_JOBS_TAIL = re.compile(r"\s+jobs\b", re.IGNORECASE)
# (real47) A bare "… Jobs" after a title, nothing after it: a link to the site's listings.
_JOBS_LINK = re.compile(r"\s+jobs", re.IGNORECASE)
# An occupation code before the title: "19-2043.00 - Hydrologists", "2154 – Surveyors".
_CODE = re.compile(r"^\d{2}-\d{4}(?:\.\d{2})?\s*[-–—:]?\s*|^\d{4}\s+[-–—:]\s+")
# (real31) An occupation code after a title, in brackets or after a dash, letters and digits
# with a digit in it ("Wheeled Vehicle Mechanic (91B)", "Cable Jointer (NOC 72203)", "Crew
# Chief - 2A5X3"): a military or national classification's code, no part of the title.
_TAIL_CODE = re.compile(r"\s+(?:\((?:[A-Z]{2,4}\s)?(?=[A-Z]*\d)[A-Z\d]{2,6}\)|[-–—]\s+"
                        r"(?=[A-Z]*\d)[A-Z\d]{3,7})$")
# A practitioner noun by its ending: endings that only name people ("hydrologist",
# "rodperson"), and broad agent endings ("cartographer", "estimator", "actuary") that also end
# common nouns, which are left out.
_PERSON_END = re.compile(r"(?:[a-z](?:ist|ian|grapher|s(?:wo)?man)|person|"
                         r"(?<!hu)(?<!ger)(?<!ro)(?<!otto)(?<!talis)(?<!cai)(?<=[a-z]{3})man)$")
_AGENT_END = re.compile(r"[a-z](?:er|or|ant|ent|eer|ary|ive|eur)$")  # ("affineur")
# Compound trade names whose last part names the worker ("locksmith", "boilermaker",
# "stonemason", "shipwright", "lifeguard", "zookeeper"): read as people in a title.
# (carry47) "housemaid", "chambermaid", "barmaid": the same kind of compound.
# (real45) "deckhand", "stagehand", "farmhand": a crew's hand, named for where it works
# ("shorthand", "beforehand" name none)
_TRADE_END = re.compile(r"[a-z](?:smith|maker|mason|wright|guard|keeper|master|maid)s?$|"
                        r"(?:^|[^a-z])(?:deck|stage|farm|ranch|dock|yard|shed|station|charge)"
                        r"hands?$")
_NOT_PEOPLE = frozenset({
    "career", "other", "member", "customer", "user", "computer", "center", "centre", "sector",
    "order", "paper", "number", "layer", "server", "container", "matter", "chapter", "water",
    "power", "letter", "offer", "factor", "error", "floor", "door", "color", "colour",
    "vendor", "provider", "answer", "border", "corner", "quarter", "monitor", "motor",
    "sensor", "vector", "counter", "printer", "filter", "folder", "browser", "cluster",
    "register", "parent", "student", "client", "patient", "event", "document", "component",
    "content", "department", "environment", "project", "assessment", "payment", "requirement",
    "element", "segment", "investment", "tenant", "plant", "grant", "restaurant", "summary",
    "library", "salary", "glossary", "dictionary", "directory", "category", "primary",
    "secondary", "objective", "initiative", "alternative", "incentive", "newsletter",
    "footer", "header", "banner", "cover", "poster", "calendar", "manner",
    # a craft's objects ("acid-etched and brilliant-cut mirrors" in a signwriter's tribute)
    "mirror",
    # (rules50a, carry50) function words with an agent's ending: a title line cut before its
    # wrapped end ("DACUM Research Chart for" over the job's name in capitals) names nobody
    "for", "nor", "per", "after", "over", "under", "ever", "never", "however", "whether",
    "either", "neither", "rather", "together", "further", "her",
    # (fresh60) rival firms ("4 went to competitors"), like a vendor: no job
    "competitor"})
# A flattened table row ("| 2 | Junior | Junior Data Analyst II |", "1 | No | QE1 - …"): never
# the page's title.
# (an outline's numbered row of cells, "1.1   Front Office Manager | J. Ek | H6 |", too)
# (a row's first cell may be a code: "K-2 | Hydrologist | 24", "A3 | Surveyor | 12")
# (carry38: or a row whose first cell opens in lower case, a task's "empty the returns box |
# Library Assistant | daily")
_TABLE_ROW = re.compile(r"^\|.*\|.*\||^(?:[A-Z]{1,3}[-.]?)?\d{1,3}\s*\|.*\|"
                        r"|^\d{1,3}(?:\.\d{1,3})*\s+[^|]+\|.*\||^[a-z][^|]*\s\|\s[^|]*\s\|\s")
# A line stating pay ("Spa attendant salary range: $22,900-$31,400") is no page title.
_PRICED = re.compile(r"[$€£₹¥]\s?\d")
# (left55) A pay classification field spanning levels ("Classification: Health Professional,
# Levels 1–4", "Award classification: Clerk, Grades 2 to 5"): the award's class that many
# posts are paid under, no title of the page (a field naming one class, "Classification:
# Unit Coordinator", still names the post).
_CLASS_SPAN = re.compile(r"^(?:\w+\s+){0,2}?[Cc]lassification\s*:[^|:]*?\b(?i:levels|grades|bands)"
                         r"\s+\w+\s*(?:[–-]|to)\s*\w+")
# A register title printed inverted ("Weaver, Handloom", "Operator, Hand"): a keyword, not
# the page's title.
_INVERTED = re.compile(r",\s*[A-Z][\w-]*$")
# An occupational unit group as a title ("Glaziers, window fabricators and fitters",
# "Bakers, confectioners and flour confectioners"): a plural head, then lower-case kinds
# of it joined by commas and a final "and".
# ("Archivists, Conservators & Curators": the group's members in Title Case, joined by "&")
_UNIT_GROUP = re.compile(r"^([A-Z][\w-]*(?: [A-Za-z][\w-]*){0,2}s), [A-Za-z][\w ,-]* "
                         r"(?:and|&) [A-Za-z][\w -]*s$")
# (real32) A title line naming two jobs in the plural ("Conservators and Conservation
# Technicians").
_PLURAL_PAIR_TITLE = re.compile(r"^([A-Z][\w-]*(?: [A-Z][\w-]*){0,2}s) (?:and|&) "
                                r"([A-Z][\w-]*(?: [A-Z][\w-]*){0,2}s)$")
# A title line naming one job by its other titles, "or" before the last ("Warehouse associate,
# sorter or package handler"): the first is the role, the others its aliases.
_OTHER_TITLES = re.compile(r"^([A-Z][\w-]*(?: [A-Za-z][\w-]*){0,3}), ((?:[A-Za-z][\w -]*, )*"
                           r"[A-Za-z][\w -]*) or ([A-Za-z][\w -]*)$")
# A report's staff group named as two plural groups ("dental nurses and hygienists"): the
# chapter is the first group's, the second a grade beside it.
_STAFF_PAIR = re.compile(r"(?:(?:a\s+)?summary\s+for\s+(?:the\s+)?)?"
                         r"(?P<first>(?:[\w'-]+\s+){0,3}[\w'-]+s)\s+(?:and|&)\s+"
                         r"(?:[\w'-]+\s+){0,2}[\w'-]+s", re.IGNORECASE)
# A persona or author line ("Tessa, the Job Leveling Architect"): a name, then "the" and a
# description of that person; never the page's role.
# A title's first word printed in two numbers around a slash ("Events/Event Manager").
_NUMBER_SLASH = re.compile(r"^([A-Z][a-z]+)/([A-Z][a-z]+)(?= [A-Z])")
_BYLINE = re.compile(r"^[A-Z][a-z]+,\s+the\s", re.IGNORECASE)
# A report's or a memo's labelled byline ("Author: A. Name, Manager of X", "Prepared by: …"):
# the writer's own post, never the post the page is about.
_AUTHOR_LINE = re.compile(r"^(?:author|(?:prepared|submitted|written|presented)\s+by)\s*:",
                          re.IGNORECASE)
# (real41) A posting's pointer to another document: "Follow all duties as per the Mine
# Operator Job Description.", "Comply with the criteria listed in the Site Operator Job
# Description": the other post's paper, never the page's title.
_DOCUMENT_POINTER = re.compile(
    r"\b(?:as\s+per|according\s+to|in\s+accordance\s+with|(?:listed|set\s+out|described|"
    r"detailed|outlined)\s+in)\s+(?:the|our|your|this|each)\s+[^.;]*?\b(?:job\s+description|"
    r"job\s+specification|position\s+description|role\s+profile)\b", re.IGNORECASE)
# "Job Leveling & Career Path Guide: Customer Success", "Career Framework: Support": a guide
# to a field; the role is the field's practitioner the page names most often.
_FIELD_GUIDE = re.compile(
    r"^.*\b(?:guide|framework|ladder|levell?ing|levels)\s*:\s*"
    r"([A-Z][\w&-]*(?:\s+(?:[A-Z&][\w&-]*|of|and))*)$", re.IGNORECASE)
# The title of a civil service's own rules, which name the post or the service they govern
# ("Service Minute of the Public Health Inspectors' Service", "Scheme of Recruitment and
# Promotion for the post of Technical Officer", "Recruitment Rules for the post of X").
_SERVICE_RULES = re.compile(
    r"^(?:service minute|scheme of recruitment(?: and promotion)?|recruitment rules|"
    r"service rules)\s+(?:of|for)\s+the\s+(?:posts?\s+of\s+(?:an?\s+)?)?"
    r"([A-Za-z][\w -]{2,60}?)(?:s?'s?\s+service)?\s*$", re.IGNORECASE)
_SERVICE_WORDS = ("ervice minute", "cheme of recruitment", "ecruitment rules", "ervice rules")
_TRAILING_QUESTION = re.compile(r"\s+(?:do|does)\??$|\?$", re.IGNORECASE)
# (real53) The question as a blog's title with a short subtitle after it: "What Does a Loan
# Officer Do? Career Guide 2026" reads as "Loan Officer: Career Guide 2026" (an answer after
# it, "… do? A mason shapes stone.", is a FAQ's, read as the question).
_ASKED_DO = re.compile(r"\s+(?i:do|does)\?\s+(?=(?!(?:A|An|The|They|It)\s)[^.!?]{1,60}$)")
_SITE_SPLIT = re.compile(r"\s+[|–—]\s+|\s+-\s+|\s*\|\s*")
# The page's first title line is cut by a bullet too ("Roofer • Job Description, Pay & Hours");
# further down a bullet sets a row's facts apart ("Junior Roofer • 0–2 years").
_FIRST_SPLIT = re.compile(r"\s+[|–—•]\s+|\s+-\s+|\s*\|\s*")
_CHROME = ("logo", "menu", "sign in", "log in", "login", "skip ", "search", "subscribe",
           "cookie", "home", "back to ", "table of content", "written by", "updated on",
           "update on", "view report")
# (real45) A site's notice banner over every page: an icon's name ("Alert icon", "Info
# icon") and a notice's label before its message ("PLEASE NOTE: …", "Holiday contact
# hours: …", "Service alert: …"); never the page's title or its first sentence.
_SITE_NOTICE = re.compile(
    r"^(?:(?:alert|info|warning|notice|close|information)\s+icon$|(?:please note|important"
    r"(?: notice)?|notice|service (?:alert|update|notice)|holiday (?:contact |opening )?"
    r"hours|site (?:notice|maintenance))\s*:)", re.IGNORECASE)
# (carry46) A controlled document's header pieces and its section navigation: "Document
# HB-35-513", "Doc. EH-554", "Rev. 5/2026", "Version 4.2", "◂ Previous section: 8. …",
# "Commercial in confidence" (a handbook's masthead, never its post's title).
_DOCUMENT_CONTROL = re.compile(
    r"^[◂◀‹«←]?\s*(?:doc(?:ument)?\.?\s+(?:no\.?\s*)?[A-Z]{1,5}(?:-[A-Z\d]{1,6})*-?\d+$|"
    r"rev(?:ision)?\.?\s+\d[\d./]*$|version\s+\d+(?:\.\d+)*$|"
    r"(?:previous|next)\s+(?:section|chapter|page)\s*:|"
    r"commercial\s+in\s+confidence$|uncontrolled\s+(?:when|if)\s+printed)", re.IGNORECASE)
# Words run together ("Model Compression OperationsIncident Response"): a flattened list,
# never a title line ("DevOps", "SharePoint" have short parts and pass).
_GLUED = re.compile(r"[a-z]{5,}[A-Z][a-z]{3,}")
_DEFINING_VERBS = ("is", "are", "plays", "play", "leads", "lead", "designs", "design",
                   "builds", "build", "works", "work", "helps", "help", "develops", "develop",
                   "manages", "manage", "ensures", "ensure", "owns", "own", "focuses",
                   "focus", "sits", "sit", "uses", "use", "creates", "create", "oversees",
                   "oversee", "keeps", "keep", "protects", "protect", "analyse", "analyze",
                   "analyses", "analyzes", "bridges", "bridge", "combines", "combine",
                   "specialises", "specializes", "typically", "often", "must", "need",
                   "needs", "will", "can")
_RESPONSIBILITY_FOR = re.compile(
    r"(?:responsibilities|duties|skills)\s+(?:of|for)\s+(?:an?\s+|the\s+)?(.+)$", re.IGNORECASE)
#: (signal, strength): evidence that names the role more directly wins.
_STRENGTH = {"page_title": 10, "service_rules": 10, "title_line": 9, "headline": 9,
             "preferred_label": 9,
             "breadcrumb": 8, "capitals_title": 7, "slug": 6, "position_card": 11,
             "question": 6,
             "definition": 5,
             "plural_opening": 5, "statement": 5, "heading_for": 4, "title_noun": 4,
             "mention": 3}
_HEAD_LINES = 6
# (fixes72) An interviewer's question on how the interviewee came to the job ("Why did you
# become a X?", "How did you train as a X?").
# (addressed to "you": "Why become a X?" is a careers page's sales pitch, no interview)
_INTERVIEW_ASK = re.compile(r"(?:(?:why|how|when)\s+did\s+you|what\s+made\s+you)\s+"
                            r"(?:decide\s+to\s+)?(?:become|train\s+as|retrain\s+as|qualify\s+as|start\s+as)\b",
                            re.IGNORECASE)
_RANK = re.compile(r"^\d{1,2}\.\s+(?=[A-Z])")  # a ranked list item's number ("1. ")
# The same before a page's first line, in any case ("1.    Payroll officer").
_RANK_LEAD = re.compile(r"^\d{1,2}\.\s+(?=[A-Za-z])")
# A ranked or a book's numbered section before a question title: "3. ", "1.3 ", "2.4.1 ".
_SECTION_LEAD = re.compile(r"^\d{1,2}(?:\.\s+|(?:\.\d{1,2}){1,3}\.?\s+)(?=[A-Za-z])")
# A key expert's own section in a tender's terms of reference: a section number, the expert's
# code, the post and its input in person-months ("C.4 K-3 SOIL SCIENTIST (National, 12
# person-months, intermittent)").
_KEY_EXPERT = re.compile(r"^(?:[A-Z]?\d{0,2}\.\d{1,2}\.?\s+)?K-?\d{1,2}\.?\s+"
                         r"(?P<title>[A-Za-z][\w&/ -]{2,70}?)\s*\([^()]*\bperson[- ]months?\b"
                         r"[^()]*\)$", re.IGNORECASE)
_SHEET_LINES = 15  # lines of an occupation sheet's head where its title and code stand
_PROGRAMME_LINES = 40  # lines of a programme's page searched for the post it ends in
# A contract's or a form's numbered field label on its own line ("3. Job title and post
# number", "Position title"): the next line names the post.  (real55: an apprenticeship
# registration form's "Occupation Title:" over "Kite Repair Technician" too)
_TITLE_FIELD = re.compile(r"^(?:\d{1,2}[.)]\s*)?(?:job|post|position|role|occupation)\s+title"
                          r"(?:\s+and\s+[\w ]{2,20})?\s*:?$", re.IGNORECASE)
# A facts table's row naming the post, its label and value set apart by a tab
# ("Role<TAB>Graduate Survey Technician", "Job title<TAB>Welder").
_FIELD_ROW = re.compile(r"^(?:(?:job|post|position)\s+)?(?:title|role|position|post)\t+(.+)$",
                        re.IGNORECASE)
# A filled-in form's title field with its value on the same line, after dot leaders or a colon,
# at the line's start or after another field ("Name: A. Ng      Position title: Registrar",
# "Job title ........ Welder").
# (a pay statement's "Job class: Victim Advocate II   Pay grade: 118": the class names the post)
# (carry52) a word processor's numbered heading glued to its first field, the capital after
# a small letter marking the seam ("2. EngagementRole title: Data Architect (Cloud)")
# (rules57c) a numbered form's block before the label ("Block 13 Occupation: X", "Box 7 Job
# title: X", a record of employment's boxes), and a portal's cells parted by bars ("Employer
# 1: Acme | Job title: Gritter Driver | Rate of pay: …"): the field all the same.
_FIELD_VALUE = re.compile(r"(?:(?:^|\s{2,}|\|\s*)(?:(?:block|box|item)\s+\d{1,2}[A-Z]?\s+)?"
                          r"(?:job|post|position|occupation)\s+(?:title|class(?:ification)?)"
                          r"|(?:^|\s{2,})(?:block|box|item)\s+\d{1,2}[A-Z]?\s+occupation"
                          r"|(?-i:(?<=[a-z])Role)\s+(?:title|class(?:ification)?))"
                          r"\s*(?:\.{2,}\s*|:\s*)"
                          r"(?P<value>[A-Z][^\t|]*?)(?=\s{2,}|\t|\s*\||$)", re.IGNORECASE)
# (rules57c) A field's value in capitals with its qualifier after a spaced dash or in brackets
# ("PLOUGH DRIVER - WINTER CONTROL (SEASONAL)"): the title before them.
_FIELD_QUALIFIER = re.compile(r"\s+[-–—]\s+|\s*\(")
# (rules32b) A report's header field with a dotted leader and no "title" ("POSITION .......
# Fish Packer   (also: …)"): the leader marks a form's field, its value the post.
_LEADER_FIELD = re.compile(r"^(?:position|post|occupation)\s*\.{3,}\s*"
                           r"(?P<value>[A-Z][^\t]*?)(?=\s{2,}|\t|$)", re.IGNORECASE)
# A notice's subject naming the post it is about ("Applications are invited for the post of
# Assistant Engineer (Civil)", "Sub: Promotion of Junior Clerks to the post of SENIOR CLERK").
# (a circular's headline "PROMOTION TO ROAD INSPECTOR – NEW PROCEDURE AGREED" too)
# (rules35c) a staff report's "SUBJECT: Establish the classification of Stormwater Inspector
# and add one FTE": the class it creates.
# (carry41) a circular's "Sub: Filling up of the post of X (Goods)": the post it fills
_POST_OF = re.compile(r"(?:\b(?:for|to|(?i:filling(?:\s+up)?|creation|upgrad(?:ation|ing))\s+of)"
                      r"\s+the\s+(?:posts?|positions?|vacanc(?:y|ies))\s+of"
                      r"|\b(?i:establish(?:ing)?|creat(?:e|ing))\s+(?:the\s+)?(?:new\s+)?"
                      r"(?i:classification|job\s+class|position)\s+of"
                      r"|^(?i:promotion\s+to))\s+(?P<value>[A-Z][^.,;:()–—]*)")
# A programme's title naming its trainee in a bracket ("CPE Residency Program (Chaplain
# Resident)", "Surgical Fellowship Programme (Hand Surgery Fellow)"): the role at that stage.
_PROGRAMME_TRAINEE = re.compile(
    r"\b(?:Residency|Fellowship|Internship|Traineeship|Graduate|Training)\s+Program(?:me)?\b"
    r"[^()]{0,20}\((?P<title>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,3}\s"
    r"(?:Resident|Fellow|Intern|Trainee))\)")
# A circular's or letter's subject line ("Sub : Promotion of …", "Subject: …", "Re: …"): it
# names the post under a letterhead, an addressee block and a circular number.
_SUBJECT = re.compile(r"(?:Sub(?:ject)?|Re)\.?\s*:", re.IGNORECASE)
# (rules58b) A letter's addressee line: a courtesy title, the name, a comma and the post, a
# patch or place after a dash ("Mr Ian Cole, Area Buyer – West Yorkshire"); a contract's party
# line goes on after the post ("Ms A B, Cook, Kitchen Team ("the Secondee")"): no addressee.
_ADDRESSEE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*,"
                        r"\s+(?P<title>[A-Z][^,;:()|–—]*?)(?:\s+[–—-]\s+[^,;:()]*)?$")
# A bracketed specialism after a post ("LOCO PILOT (GOODS)"), read up to its closing bracket.
_POST_BRACKET = re.compile(r"\s*\((?P<kind>[A-Za-z][A-Za-z /&-]{1,30})\)")
# A header's field naming the post ("Post: Research Grants Officer (Pre-Award), Faculty of …",
# "Position: Stock Controller"): its value opens with the title.
# ((rules54b) a travel assignment's "Specialty / Position: RN – Labor & Delivery (L&D)")
_POST_FIELD = re.compile(r"^(?:Post|Position|Vacancy|Post title|Specialty\s*/\s*Position|"
                         r"Position\s*/\s*Specialty)\s*:\s*(?P<value>[A-Z].*)$")
# (rules54b) A nursing credential, then the specialty it is practised in ("RN – Labor &
# Delivery", "LPN - Long Term Care"): the post's whole name, as travel and staffing pages print it.
_CREDENTIAL_SPECIALTY = re.compile(r"(?:RN|LPN|LVN|CNA|APRN|NP|CRNA)\s+[–-]\s+[A-Z][\w&/'’-]*"
                                   r"(?:\s+(?:[A-Z][\w&/'’-]*|&|and|of)){0,4}"
                                   r"(?=\s*\(|\s{2,}|\s*$)")
# (rules42b) A post's Title Case words before its specialty or aside ("Consultant Psychiatrist
# in Old Age Psychiatry (…)", "Staff Radiographer - Nuclear Medicine", "Clinical Scientist,
# 10 PAs").
_POSTED_HEAD = re.compile(r"(?P<title>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3})"
                          r"(?=\s+in\s+[A-Z]|\s*\(|\s*,|\s+[-–—]\s|\s*$)")


# (carry42) A post's full name, then its everyday name in brackets ("Consultant in Anaesthesia
# and Perioperative Medicine (Consultant Anaesthetist)"): Title Case words ending in a
# practitioner's noun, opening with the full name's first word.
_POSTED_SHORT = re.compile(r"(?P<full>(?P<first>[A-Z][\w'’-]*)"
                           r"(?:\s+(?:[A-Z][\w'’-]*|in|of|the|and|&)){1,8})\s*\((?P<short>(?P=first)(?:\s+[A-Z][\w'’-]*){1,3})\)")


def _posted_short(value: str) -> tuple[str, str] | None:
    """The everyday name a "Post:" field gives in brackets after the post's full name, and
    that full name (an alias); None when the bracket holds no such title.

    >>> _posted_short("Consultant Physician in Care of the Elderly (Consultant Elderly "
    ...               "Care Physician), 10 PAs")
    ('Consultant Elderly Care Physician', 'Consultant Physician in Care of the Elderly')
    >>> _posted_short("Advanced Clinical Practitioner (Emergency Medicine), ACP") is None
    True
    """
    found = _POSTED_SHORT.match(value)
    if found is None or not practitioner_noun(found.group("short").rsplit(" ", 1)[-1]):
        return None
    return found.group("short"), found.group("full")


def _posted_title(value: str, vocab: Vocabulary) -> str | None:
    """The post a "Post:" field names: the known title at its start, or its whole Title Case
    head when that is longer and ends in a practitioner's noun (a consultant's job plan's
    "Post: Consultant Psychiatrist in Old Age Psychiatry": the Consultant Psychiatrist, not a
    bare "Consultant").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _posted_title("Consultant Radiologist in Paediatric Imaging (Consultant Paediatric "
    ...               "Radiologist), 10 PAs", v)
    'Consultant Radiologist'
    >>> _posted_title("RN – Labor & Delivery (L&D)   Unit: Triage", v)
    'RN – Labor & Delivery'
    """
    credential = _CREDENTIAL_SPECIALTY.match(value)
    if credential is not None:
        return credential.group()  # (rules54b) "RN – Labor & Delivery (L&D)"
    known = vocab.role_title_at(value, 0)
    head = _POSTED_HEAD.match(value)
    if head is not None and (known is None or len(head.group("title")) > len(known)) and (
            practitioner_noun(head.group("title").rsplit(" ", 1)[-1].lower())):
        return head.group("title")
    return known


# (carry38) A sheet's label, then the post at its host ("JOB CARVING SHEET: Returns Assistant
# at Quarry Lane Library", "Placement record: Kitchen Porter at The Mill Inn"): the post.
_SHEET_POST_AT = re.compile(r"^[A-Z][A-Za-z ]{2,40}:\s+"
                            r"(?P<title>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\s+at\s+(?:the\s+|The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5}\s*$")
# An HR form's header of fields across a line ("Emp. Code: SG1  Name: A. Rao  Designation:
# Actuarial Analyst", "Employee: A. Ng    Employee ID: 20417    Title: Copywriter II"): the
# designation field, or a bare "Title" field after another field's wide gap, names the post.
_FORM_TITLE = re.compile(r"(?:(?:^|\s{2,})(?i:designation)|\s{2,}Title)\s*:\s*"
                         r"(?P<value>[A-Z][^\t:]*?)(?=\s{2,}|\t|$)")
# An organisation chart's selected position card or a comment's role card ("▼ POSITION CARD
# Clinical Coder [Edit]", "Role card for the new Concierge req"): the post the page is about,
# whatever the chart's other boxes and its numbered rows say.
_CARD_TITLE = re.compile(r"(?i:\b(?:position|role|job|post)\s+card)\s*:?\s+"
                         r"(?:(?i:for)\s+(?:the\s+)?(?:new\s+)?)?"
                         r"(?P<value>[A-Z][\w'’&/-]*(?:\s(?:[A-Z][\w'’&/-]*|of|and|&|de|du|des))"
                         r"{0,5})")  # (a brigade's "Chef de Partie" keeps its "de")
# A tribunal's findings of the claimant's posts ("on 1 October 2018 was appointed Tower Crane
# Operator, the post he held until dismissal"): on a decision about a claimant or an
# applicant, the latest appointment told names the post at dismissal.
_APPOINTED = re.compile(r"\b(?:was|were)\s+appointed\s+(?:as\s+)?(?:an?\s+|the\s+)?"
                        r"(?P<value>[A-Z][\w'’&/-]*(?:\s(?:[A-Z][\w'’&/-]*|of|and|&)){0,5})")
_DECISION = re.compile(r"\b(?:claimant|applicant)\b", re.IGNORECASE)
# A vacancy sheet's aligned occupation field, its value alone after the gap ("Occupation
# <spaces> Tatami craftsman (trainee)"): the post, in sentence case.  (A table's header row
# has more columns after the gap and is no field.)
# (A page of such fields may come cut into a label column and a value column, each cell a
# row of its own on the same line.)
# (a form service's question "Your job title *", its star marking a required answer)
# ((rules44a) an HR system's record: "Job Profile Name  X", "Role Title:      X")
_OCCUPATION_LABEL = (r"(?:your\s+)?(?:occupation|job\s+title|position\s+title|"
                     r"job\s+profile\s+name|role\s+title|role\s+profile\s+name)(?:\s*\*)?")
_OCCUPATION_VALUE = (r"(?P<value>[A-Z][\w'’-]*(?:\s[\w'’-]+){0,4})"
                     r"(?:\s+\((?P<note>[^()]{1,30})\))?\s*$")
# (a profile's bracketed field label, "[ Occupation ]  Welder", is as plain a field)
# ((rules56b) an online form's required field, its star glued to the answer, a select
# widget's arrow after it: "Grade / job title*Ticket Inspector (TI)", "Select your
# job*Kitchen Porter ▾")
_GLUED_LABEL = (r"(?:(?:grade|post|role)\s*/\s*)?(?:job\s+title|occupation|"
                r"(?:select\s+)?your\s+job(?:\s+title)?)\*")
_ALIGNED_FIELD = re.compile(rf"^(?:\[\s*(?i:{_OCCUPATION_LABEL})\s*\]\s+|"
                            rf"(?i:{_GLUED_LABEL})(?=[A-Z])|"
                            rf"(?i:{_OCCUPATION_LABEL})\s*:?\s{{2,}}){_OCCUPATION_VALUE}")
_OCCUPATION_CELL = re.compile(_OCCUPATION_LABEL, re.IGNORECASE)
_SELECT_ARROW = re.compile(r"\s*[▾▼⌄]\s*$")  # (rules56b) a select widget's arrow
_RECORD_NAME = re.compile(r"(?:job\s+profile\s+name|role\s+title|role\s+profile\s+name)\b",
                          re.IGNORECASE)
# A directory's filter line naming the one role it shows ("Filter: Role = Welder ✕",
# "Filtered by job: Welder | 12 results"): the page's role, its remove mark and counts cut
_ROLE_FILTER = re.compile(r"^(?:filters?|filtered\s+by)\s*:?\s*(?:role|job(?:\s+title)?|"
                          r"occupation|position)\s*[=:]\s*(?P<value>[^|✕×•·,;(]{3,60})",
                          re.IGNORECASE)
_ROLE_SOUGHT = re.compile(r"^looking\s+for\s+(?:an?\s+)?(?P<value>[\w&' -]{3,50}?)\s+"
                          r"(?:jobs|roles|vacancies|openings|positions)\s*\?", re.IGNORECASE)
# A pay body's letter or advisory whose subject names the staff group its pay is for ("RE:
# ADVISORY ON THE REMUNERATION AND BENEFITS FOR CLINICAL OFFICERS IN THE PUBLIC SERVICE")
_PAY_SUBJECT = re.compile(
    r"^(?:re|subject)\s*:.*?\b(?:remuneration|pay|salaries|salary)(?:\s+and\s+benefits)?\s+"
    r"(?:for|of)\s+(?:the\s+)?(?P<value>[A-Za-z][\w'’ -]{2,40}?)(?=\s+(?:in|cadre|for|at|"
    r"under|from|of)\b|\s*[.,;:()–—]|\s*$)", re.IGNORECASE)
# An employer's returner programme for one role ("A 16-week paid returnship for Data
# Engineers who are …", "OUR RETURNER PROGRAMME FOR LOSS ADJUSTERS"): the role it names
_RETURNER_FOR = re.compile(
    r"\b(?:returnships?|returners?\s+(?:programmes?|programs?|scheme)|return[- ]to[- ]work\s+"
    r"(?:programmes?|programs?))\s+for\s+(?:experienced\s+|qualified\s+)?"
    r"(?P<value>[A-Za-z][\w&'’ -]{2,50}?)(?=\s+(?:who|to|returning|after|restarting|with|in)\b|"
    r"\s*[.,;:()·|–—]|\s*$)", re.IGNORECASE)
_OCCUPATION_TEXT = re.compile(_OCCUPATION_VALUE)
# A job board's posting title: the employment type in brackets, then the title and the
# posting's selling points after slashes ("[Full-time employee] Miso fermenting staff
# (Misoya) / No experience needed / Dormitory available").
_BRACKET_POSTING = re.compile(r"^[\[【]\s*(?:full|part)[- ]time[^\]】]{0,20}[\]】]\s*"
                              r"(?P<title>[A-Z][\w'’-]*(?:\s[\w'’-]+){0,4})"
                              r"(?:\s+\((?P<native>[^()/]{1,30})\))?\s*(?:/|$)",
                              re.IGNORECASE)
# A banner's labelled occupation or trade field ("Occupation: Landscaper (also Hard
# Landscaper)", "Certified trade: Plasterer (NOC 73100)    Duration: 10 hours"): the post the
# page is about; an "also …" note gives its other titles, any other note (a code) is chrome.
# (a skill council's map names its selected job role so: "JOB ROLE: TRACTOR SERVICE MECHANIC")
# (real26) a newspaper's job card names its worker's post so, then the firm and the town:
# "Role: Optometrist, Hirst Eyecare, Auckland"
# (rules36c) a page's label for the one post it covers ("Role on this roster: DRILL OFFSIDER
# (diamond & RC)", "Position covered on this page: Camp Attendant (Housekeeping)")
_LABELLED_OCCUPATION = re.compile(
    r"^(?:(?:[A-Z][\w-]*\s){0,2}(?i:occupation|trade|job\s+role)"
    r"|(?i:role|position|post|job)\s+(?i:(?:covered|featured|described|profiled)\s+)?"
    r"(?i:on|in)\s+this\s+(?i:page|roster|profile|sheet|guide))\s*:\s*"
    r"(?P<value>[A-Z][\w'’-]*(?:\s[\w'’-]+){0,4}?)"
    r"(?:\s+\((?P<note>[^()]{1,60})\))?\s*(?:\s{2,}|\||$)"
    r"|^Role:\s*(?P<card>[A-Z][\w'’-]*(?:\s[\w'’-]+){0,3}),\s+[A-Z]")
_ALSO_NOTE = re.compile(r"^also(?:\s+(?:called|known\s+as))?\s+", re.IGNORECASE)
# (rules36c) A post in Title Case at a sentence's start, a short bracket (its head count,
# its acronym), then its other names after a dash ("Local Studies Librarian (3 roles) —
# sometimes advertised as Local History Librarian"): the post the section is about.
_NAMED_ALSO = re.compile(r"(?:^|(?<=[.!?]))\s*(?:An?\s+|The\s+)?(?P<title>[A-Z][\w'’-]*"
                         r"(?:\s(?:[A-Z][\w'’-]*|of|and|&)){0,5})\s+(?:\([^()]{1,20}\)\s+)?"
                         r"[—–]\s+(?i:sometimes|also|often)\s+(?i:advertised\s+as|called|"
                         r"known\s+as|listed\s+as)\s")
# (carry51) A worker's pay told as what the worker "is": "A plant supervisor is around
# 24.000 €", "An apprentice is on £7.55 an hour".
_PRICED_IS = re.compile(r"An? [\w'’/ -]{2,60}? is "
                        r"(?:around |about |approximately |roughly |on |paid )?(?:[$€£]\s?)?\d")
# A roman grade closing a title ("Validation Engineer II", "Accountant III").
_GRADE_TAIL = re.compile(r"\s+(?:I{1,3}|IV|V)$")
_FIELD_TITLE = re.compile(r"[A-Z][\w'’/-]*(?:\s(?:[A-Z][\w'’/-]*|of|and|&|in|for|the)){0,5}")
_SIGN_OFF_WORDS = 4  # a sign-off ("Yours sincerely,") or a signed name is a few words
_FEATURE_SPAN = 400  # lines of a news feature whose mentions of its occupation are counted
_STORY_SPAN = 200  # characters of a career post's title line
_SPAN = 400
_BREADCRUMB = re.compile(r"[>»›]")
# A trail parted by spaced slashes, opening with the site's home: "Home / Candidates / Butler".
_SLASH_TRAIL = re.compile(r"^Home(?: / [^/]{2,40}){2,}$")
# A firm's masthead: its name in capitals, then, set apart by spaces, what its people are
# ("HOLLIS VANE  Chartered Tax Advisers"): the firm's trade, never the page's title.
_FIRM_NAME = re.compile(r"[A-Z][A-Z&'.-]*(?: [A-Z&][A-Z&'.-]*){0,4}")
_FIRM_TRADE = re.compile(r"[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|&|and|of)){0,5}(?<=[a-z]s)")
_LADDER_CRUMBS = 4  # a trail this long whose steps after the first are all titles: a ladder
# (carry37) An advice column's question or answer mark before its headline or sentence ("Q:
# How do I ask for …", "A: The going rate …"): the column's "Q" or "A", never a title.
QA_MARK = re.compile(r"^[AQ][:.]\s+(?=[A-Z])")
_LEAD_IN_CRUMBS = 3  # (carry37) three titles after a lead-in's colon: a ladder


def _rank_ladder(crumbs: list[str], vocab: Vocabulary) -> bool:
    """A trail of ranks, not a breadcrumb: every step after the first is a role title
    ("A. Firefighter (Retained) > Crew Commander > Watch Commander > Station Commander"); a
    site's trail opens with a section, not a title ("Home > Careers > Nurse"); (carry37) a
    trail of titles after a lead-in and a colon ("The track: Tutor > Lecturer > Reader") is
    a ladder too, however short: a site's trail has no lead-in."""
    lead, colon, first = crumbs[0].rpartition(":")
    if colon and lead.strip() and len(crumbs) >= _LEAD_IN_CRUMBS and all(
            vocab.is_role_title(crumb.strip()) for crumb in [first, *crumbs[1:]]):
        return True
    return len(crumbs) >= _LADDER_CRUMBS and all(
        vocab.is_role_title(crumb.strip()) for crumb in crumbs[1:])


# A graduate's path, not a breadcrumb: "Path: A, Firm > B, Firm", or its wrapped piece ending
# in a comma ("… > Principal,") (guides/graduate_paths.py).
# A breadcrumb trail whose separators a scrape dropped ("HomeCareersHealthNight Porter"):
# each crumb glued to the next at a lower-to-upper case change, from the site's "Home" on.
_GLUED_TRAIL = re.compile(r"^Home(?=[A-Z][a-z])")
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _unglued_trail(text: str, mentioned: Callable[[str], bool]) -> str:
    """``text`` with a flattened breadcrumb trail's crumbs set apart by "›" again; a glued
    word the page prints elsewhere is one word ("DevOps"), no two crumbs.

    >>> _unglued_trail("HomeCareersTradesRail Shunter", lambda _: False)
    'Home › Careers › Trades › Rail Shunter'
    >>> _unglued_trail("HomeJobsDevOps Engineer", lambda word: word == "devops")
    'Home › Jobs › DevOps Engineer'
    """
    if not _GLUED_TRAIL.match(text) or _BREADCRUMB.search(text):
        return text
    pieces = _GLUE.split(text)
    crumbs = [pieces[0]]
    for piece in pieces[1:]:
        word = f"{crumbs[-1].rpartition(' ')[2]}{piece.partition(' ')[0]}"
        if mentioned(word.lower()):
            crumbs[-1] += piece  # (the page's own word with a capital inside it)
        else:
            crumbs.append(piece)
    return " › ".join(crumbs) if len(crumbs) > 2 else text


def _spaced_trail(text: str, vocab: Vocabulary) -> str:
    """(real44) A breadcrumb trail whose separators the copy lost, its crumbs parted by
    spaces only ("Home Explore Job Ideas Lifeguard"): the trail with its last crumb, the
    title after the site's last section word, set apart by "›".

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _spaced_trail("Home Explore Job Ideas Lifeguard", v)
    'Home Explore Job Ideas › Lifeguard'
    >>> _spaced_trail("Home care assistants visit clients", v)
    'Home care assistants visit clients'
    >>> _spaced_trail("Home Care Assistant", v)
    'Home Care Assistant'
    """
    words = text.split()
    if _BREADCRUMB.search(text) or not 3 <= len(words) <= _TRAIL_WORDS or not all(
            word[:1].isupper() for word in words) or not text.replace(" ", "").isalpha():
        return text
    # the words after the last of a site's sections ("Explore", "Job Ideas"; "Home Care
    # Assistant" names no section: a title of its own)
    start = next((at + 1 for at in range(len(words) - 2, 0, -1) if words[at] in _SITE_SECTIONS),
                 0)
    tail = " ".join(words[start:])
    return f"{' '.join(words[:start])} › {tail}" if start and vocab.is_role_title(tail) else text


# The words of a careers site's sections in a trail ("Explore", "Job Ideas", "Careers").
_SITE_SECTIONS = frozenset({"Explore", "Jobs", "Job", "Careers", "Career", "Ideas", "Profiles",
                            "Occupations", "Browse", "Directory", "Guides", "Library"})


_TRAIL_WORDS = 10
_PATH_PIECE = re.compile(r"^(?:career\s+)?path\s*:|,\s*$|^[^>»›]*,[^>»›]*[>»›][^>»›]*,",
                         re.IGNORECASE)
# A slug naming the page: "analytics-engineer.md", "FILE RECORD: PRODUCT-MANAGER".
_SLUG = re.compile(r"(?:^|[\s/:])([A-Za-z0-9]+(?:-[A-Za-z0-9]+)+)(?:\.(?:md|html?|txt))?"
                   r"\s*(?:-->)?$")
# A document's code in capitals and a number ("leaflet VP-5", "form HR-12A"): no slug.
_DOCUMENT_CODE = re.compile(r"[A-Z]{1,5}(?:-[A-Z]{1,5})*-\d+[A-Z]?")
# A discipline named where its practitioner is meant ("Data Engineering Career Path").
PRACTITIONERS = {"Engineering": "Engineer", "Management": "Manager", "Science": "Scientist",
                 "Analytics": "Analyst", "Analysis": "Analyst", "Design": "Designer",
                 "Research": "Researcher", "Development": "Developer",
                 "Consulting": "Consultant", "Accounting": "Accountant", "Nursing": "Nurse",
                 "Architecture": "Architect", "Production": "Producer", "Planning": "Planner"}


@dataclass(frozen=True)
class RoleChoice:
    """The chosen role title, its line and the signal that chose it."""

    title: str
    line: int
    signal: str
    #: Other titles the winning line gives for the same role ("Sonographer/ Diagnostic
    #: Medical Sonographer": the second).
    aliases: tuple[str, ...] = field(default=(), compare=False, repr=False)
    #: Chosen by a weak opening only ("Cooks prepare …"), no other signal holding: the
    #: caller tries its own readings of the page first, the file name after it.
    late: bool = field(default=False, compare=False, repr=False)


def page_sites(texts: Sequence[str]) -> frozenset[str]:
    """The site's own names a page prints (its masthead, its copyright line's name).

    >>> sorted(page_sites(["Menu", "Why farms want vets", "© 2026 The Dale Courier"]))
    ['dale courier']
    """
    return mastheads(texts, _is_chrome)


def _aliases_line(text: str, vocab: Vocabulary) -> bool:
    """A line labelled as the role's other names ("Other names on this record: A; B"): the
    names after the label are aliases, never the page's title."""
    label, colon, rest = text.partition(":")
    return bool(colon and rest.strip()) and len(label) <= _LABEL_SPAN and classify_heading(
        label, vocab.headings) is Kind.ALIASES


_LABEL_SPAN = 40


def _is_chrome(text: str) -> bool:
    lowered = text.lower().lstrip("<«‹←- ")  # "< BACK TO MAIN PAGE"
    if lowered.startswith(_CHROME) or IMAGE_FILE_END.search(text):
        return True
    if _menu_strip(text) or byline(text) or _FEED_STAMP.match(text):
        return True  # a reporter's byline or a dateline; a post's "3d • Edited • 🌐"
    if document_title(text):
        return True  # a column's name ("ASK THE SUPER"), a contract's own title
    if _SITE_NOTICE.match(text):
        return True  # (real45) "Alert icon", "PLEASE NOTE: Job profile content may …"
    if _DOCUMENT_CONTROL.match(text):
        return True  # (carry46) "Document HB-35-513", "Version 4.2", "◂ Previous section: …"
    # "logoSiteName": one long token with capitals inside and no space.
    return " " not in text and len(text) > 12 and any(c.isupper() for c in text[1:])


# A social post's stamp pieces ("3d", "Edited", "🌐", "Follow", "2nd"): chrome.
_FEED_STAMP = re.compile(r"^(?:\d{1,2}\s?(?:[smhdwy]|mo|min|hr|yr)s?|edited|follow(?:ing)?|"
                         r"\d(?:st|nd|rd)\+?|[^\w]*)$", re.IGNORECASE)


def _menu_lines(lines: Sequence[tuple[int, str]]) -> frozenset[int]:
    """Lines cut into three or more pieces of which one is chrome (or the first labels a
    strip of the site's jobs): a site's bar copied as one line ("Search the handbook…
    Company · People Group · Engineering · Edit this page"), whose every piece is chrome,
    however much a piece looks like a title.

    >>> _menu_lines([(2, "Search the docs"), (2, "Company"), (2, "Engineering"), (4, "Tiler")])
    frozenset({2})
    >>> _menu_lines([(3, "Roles on the quay: Rigger"), (3, "Tallyman"), (3, "Pilot")])
    frozenset({3})
    """
    pieces: dict[int, list[str]] = {}
    for no, text in lines:
        pieces.setdefault(no, []).append(text)
    return frozenset(no for no, texts in pieces.items() if len(texts) >= _MENU_PIECES and (any(
        _is_chrome(text.strip()) for text in texts) or _ROLES_STRIP.match(texts[0].strip())))


# A strip of the site's other jobs under its label ("Roles on the wharf: A · B · C", "Other
# jobs: …"): links to other pages, each piece a title that is not this page's.
_ROLES_STRIP = re.compile(r"^(?:[A-Z][a-z]+ )?(?:roles|jobs|careers|positions|occupations)"
                          r"(?: (?:on|at|in|on board|around) (?:the |our )?[a-z]+"
                          r"(?: [a-z]+)?)?:(?:\s|$)", re.IGNORECASE)


_MENU_PIECES = 3
# Where a copied navigation bar puts one item after another: a run of spaces or a tab.
_STRIP_GAP = re.compile(r"\s{3,}|\t")
_MENU_ITEMS = 4
_MENU_WORDS = 3


def _menu_strip(text: str) -> bool:
    """A site's navigation bar copied as one line: four or more short items set apart by
    runs of spaces or tabs ("Jobs   Employers   Resources   Sign In"), never a title.

    >>> _menu_strip("Find jobs   Hire talent   Insights   Sign in"), _menu_strip("Data Analyst")
    (True, False)
    """
    if "  " not in text and "\t" not in text:
        return False
    items = [item for item in _STRIP_GAP.split(text.strip()) if item]
    return len(items) >= _MENU_ITEMS and all(
        len(item.split()) <= _MENU_WORDS and not any(c.isdigit() for c in item)
        for item in items)


def _singular(title: str, vocab: Vocabulary) -> str:
    words = title.split(" ")
    words[-1] = vocab.singular_head(words[-1])
    return " ".join(words)


# An indefinite article before a capitalised title on a title line ("An Estate Warden");
# "A Level" and "A&E" are names of their own.  (real55) The definite one too, left by a
# guide's tail cut off ("The Kite Maker Salary Guide": the role "Kite Maker").
_TITLE_ARTICLE = re.compile(r"(?:An?|The) (?=[A-Z][a-z])(?!Level\b)")


# (rules39a) A newcomers' guide's title: "Working in Alberta as a Civil Engineer" (the
# country, province or state before the job; see ``_PREFIXES``).
# (carry39) A sponsored training scheme's title: "Train as a Deck Officer — fully sponsored, …",
# "Train as a Speech and Language Therapist with a £N bursary …": the post it trains for,
# before the offer that follows it (the offer's figure no part of the title).
_TRAIN_AS = re.compile(r"^train\s+(?:to\s+become|to\s+be|as)\s+an?\s+(?P<title>(?-i:[A-Z])"
                       r"[\w'’-]*(?:\s+(?:(?-i:[A-Z])[\w'’-]*|and|of|&)){0,6}?)"
                       r"(?=\s+(?:with|[—–-]|in|at|on)\s|\s*[,:(]|\s*$)", re.IGNORECASE)
# (carry40) A trade test's or licence's page title: "Trade Test Certificate for Carpenters
# (…) in Nigeria: Grades, Fees", "Electrical Licence for Electricians in Kenya": the post its
# holders do, after "for" (plural), before its bracket, place or colon.
_CERTIFIED_FOR = re.compile(r"^(?:[A-Z][\w'’-]*\s+){0,4}(?:Certificate|Certification|Licen[cs]e|"
                            r"Card)\s+for\s+(?P<title>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|"
                            r"and|of|&)){0,5}?)(?=\s+(?:in|at)\s|\s*[,:(]|\s*$)")
# (rules48b) A letter's subject line that confirms a promotion or an appointment to a post.
_PROMOTION_LINE = re.compile(r"(?:re:\s*)?(?:confirmation of (?:your )?|offer of |notice of )?"
                             r"(?:promotion|appointment) (?:to|as) (?:the (?:post|role|position) "
                             r"of )?(?:an? )?(?P<title>(?-i:[A-Z])[\w&'’/-]*(?:\s+(?-i:[A-Z])"
                             r"[\w&'’/-]*){0,5})", re.IGNORECASE)
_PLACED_WORK = re.compile(r"working in (?:the\s+)?(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])"
                          r"[\w.'’-]+){0,2}\s+as\s+an?\s+(?P<title>[^.?!:;|]{3,60}?)\s*$",
                          re.IGNORECASE)


def _titled(text: str, vocab: Vocabulary) -> str | None:
    """``text`` as a role title, singular, or None."""
    text = clean(text.strip(" .:;!?\"'"))
    if not text or len(text.split()) > 8:
        return None
    article = _TITLE_ARTICLE.match(text)
    if article is not None:  # "A Housing Worker — also called …": the title after its article
        text = text[article.end():]
    text = _singular(text, vocab)
    return text if vocab.is_role_title(text) else None


# (a listicle's count before the title: "25 X …", "Top 26 X …", "30 Common X …")
_COUNT_LEAD = re.compile(r"^(?:[Tt]he\s+)?(?:[Tt]op\s+)?\d{1,3}\s+(?:(?:Most\s+)?(?:Common|"
                         r"Essential|Popular|Frequently Asked|Best|Tough|Key)\s+)?(?=[A-Z])")


_PROGRAMME_PATHWAY = re.compile(r"(?<!certification )(?<!training )(?<!career )(?<!development )"
                                r"pathways?(?:\s+(?:and|&)\s+development)?\s*$", re.IGNORECASE)


# (rules45b) An employer's recruitment event named after the post it fills ("Nursing
# Associate Recruitment Open Day – interviews on the day!", "Ride Operator Recruitment Day —
# 2027 Season"): the event's words and whatever follows them are no part of the title.
_RECRUITMENT_EVENT = re.compile(r"(?<=\w)\s+recruitment\s+(?:open\s+)?(?:days?|events?|"
                                r"evenings?|fairs?|sessions?)\b.*$", re.IGNORECASE)
_EVENT_CALL = re.compile(r"[!?:]\s+")


def _without_suffix(text: str) -> str:
    """``text`` less a title's tail ("X Job Description", "X Salary Guide 2024").

    >>> _without_suffix("Welder Job Description - Example"), _without_suffix("Welder")
    ('Welder', 'Welder')
    >>> _without_suffix("Top 30 Common Sous Chef Interview Questions and Answers (2025)")
    'Sous Chef'
    >>> _without_suffix("Referee Pathways and Development"), _without_suffix("THE X PATHWAY")
    ('Referee', 'THE X PATHWAY')
    >>> _without_suffix("Porter Recruitment Open Day – walk-ins welcome")
    'Porter'
    """
    if not _SUFFIX_WORD.search(text):
        return text
    if (event := _RECRUITMENT_EVENT.search(text)) is not None:
        # (rules45b) "X Recruitment Open Day – interviews …"; a call before it ("Join the
        # Fun! X Recruitment Day") is no part of the title
        return _EVENT_CALL.split(text[: event.start()])[-1]
    bare = _SUFFIXES.sub("", text)
    if bare != text and text[:4].lower() == "the " and _PROGRAMME_PATHWAY.search(text):
        return text  # "THE ADVERTISING ENABLEMENT PATHWAY": a course's route named by its
        # field, no worker ("Referee Pathways and Development" names one: no article)
    # ("25 Medical Secretary Interview Questions": a listicle's count before the title)
    return _COUNT_LEAD.sub("", bare) if bare != text else bare


# A public employer's salary schedule titled by the post it pays, after the schedule's own
# words: "CERTIFICATED SALARY SCHEDULE — SCHOOL NURSES 2026-27", "Salary Schedule: Fire
# Inspector Series (Resolution 12)", "Certificated Salary Schedule 2026 (Schedule B – Nurses)".
_SCHEDULE_TITLE = re.compile(
    r"^(?:[A-Za-z][\w-]*\s+){0,2}(?:salary|pay|wage)\s+schedules?"
    r"(?:\s+\d{4}(?:[-–/]\d{2,4})?)?\s*(?:[:–—-]\s*|\(\s*(?:schedule\s+\w{1,3}\s*[:–—-]\s*)?)"
    r"(?P<title>[A-Za-z][\w'&/ -]{2,60}?)"
    r"(?:\s+(?:series|classes|class|classification))?(?:\s+\d{4}(?:[-–/]\d{2,4})?)?"
    r"\s*(?:\([^()]*\))?\)?\s*$", re.IGNORECASE)


def _schedule_title(text: str, vocab: Vocabulary) -> str | None:
    """The known post a salary schedule's title names after the schedule's words.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _schedule_title("CLASSIFIED SALARY SCHEDULE — SCHOOL NURSES 2025-26", v)
    'School Nurse'
    >>> _schedule_title("Salary Schedule: Fire Inspector Series (Resolution 7)", v)
    'Fire Inspector'
    """
    match = _SCHEDULE_TITLE.match(text) if "chedule" in text[:40].lower() else None
    if match is None:
        return None
    title = match.group("title").strip(" -–—")
    return _titled(title_case(title.lower()) if title.isupper() else title, vocab)


def _capitals_title(text: str, vocab: Vocabulary) -> str | None:
    """The role a title line printed in capitals names ("EXCAVATOR OPERATOR – ROLE GUIDE"):
    read in Title Case, a known title of two to four words ending in a worker noun (alone or
    before its page-type tail) only.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _capitals_title("TOWER CRANE DRIVER – ROLE GUIDE & TICKETS", v)
    'Tower Crane Driver'
    >>> _capitals_title("SHIFTS AND PAY EXPLAINED — DIALYSIS TECHNICIANS", v)
    'Dialysis Technician'
    >>> _capitals_title("MAINTENANCE & ENGINEERING — WORKSHOP", v) is None
    True
    """
    if not text.isupper() or not any(len(word) > 4 for word in text.split()):
        return None  # (an acronym alone, "HGV", is no capitals title line)
    parts = _CAPITALS_TAIL.split(title_case(text.lower()))
    head = parts[0]
    if len(parts) == 2 and (plural := parts[1].strip()) != singular_title(plural) and not (
            practitioner_noun(head.split()[-1])):
        # (rules36c) an explainer's topic, then the profession it is for in the plural
        # ("ROTAS AND BANDING EXPLAINED — OPERATING DEPARTMENT PRACTITIONERS"): one of them
        head = singular_title(plural)
    words = head.split()
    # (a section's or a firm's name in capitals, "MAINTENANCE & ENGINEERING", "OFFICIAL",
    # "GETTING INTO THE TRADE AS AN X", is none: a short title ending in a worker noun only)
    # (a lexicon head that names a worker by no ending counts too, "HARBOUR PILOT", but no
    # activity's "-ing": "SOFTWARE ENGINEERING" is a field)
    worker = practitioner_noun(words[-1]) or (
        words[-1] in vocab.role_heads and not words[-1].endswith("ing"))
    if not 1 < len(words) <= _CAPITALS_WORDS or not all(_word(w) for w in words) or (
            not worker) or _NOT_IN_TITLE.intersection(head.lower().split()):
        return None
    return _titled(head, vocab)


_CAPITALS_TAIL = re.compile(r"\s+[–—|-]\s+")  # "X – ROLE GUIDE & TICKETS": the title's tail
_CAPITALS_WORDS = 4


# An acronym before a lower-case worker noun ("HGV driver", "ICU nurse"): one title, the
# acronym its first word (never the noun alone).
_ACRONYM_HEAD = re.compile(r"[A-Z]{2,5}(?: [a-z][a-z'-]*){1,3}")


# An acronym's title before a page-type tail, its expansion in brackets after: "ELSO Job
# Description (Emergency Lighting Safety Officer)".
_EXPANDED_ACRONYM = re.compile(
    r"^(?P<acronym>[A-Z]{2,7})\s+(?:job description|job specification|job spec|job profile|"
    r"role profile|career guide|career path)\s*\((?P<expansion>[A-Z][^()]{4,80})\)\s*$",
    re.IGNORECASE)


def _spells(acronym: str, words: Sequence[str]) -> bool:
    """``acronym`` (lower case) is spelt by ``words``' leading letters, in order, each word
    giving one or more ("senco": "Special Educational Needs Co-ordinator"); connectors
    ("of", "and") may give none.

    >>> _spells("senco", ["special", "educational", "needs", "coordinator"])
    True
    >>> _spells("elso", ["emergency", "lighting", "officer"])
    False
    """
    if not words:
        return not acronym
    word, rest = words[0], words[1:]
    if word in _LOWER_CONNECTORS and _spells(acronym, rest):
        return True
    return any(acronym[:size] == word[:size] and _spells(acronym[size:], rest)
               for size in range(1, min(len(word), len(acronym)) + 1))


def _spelt_body(acronym: str, expansion: str) -> bool:
    """(rules56b) ``acronym`` is an organisation's short name, the words after it spelling it
    out and ending in no worker ("RTU" before "Road Transport Union"; "ELSO" before
    "Emergency Lighting Safety Officer" names a post): a union's or a body's masthead.

    >>> _spelt_body("ABCU", "Allied Bus Crews Union")
    True
    >>> _spelt_body("ELSO", "Emergency Lighting Safety Officer")
    False
    """
    if not 2 <= len(acronym) <= 7 or not acronym.isalpha() or not acronym.isupper():
        return False
    words = [word for word in (re.sub(r"[^a-z]", "", word) for word in expansion.lower(
        ).split()) if word]
    return 1 < len(words) <= _LABEL_WORDS + 2 and not practitioner_noun(
        words[-1]) and _spells(acronym.lower(), words)


def _expanded_acronym(text: str) -> str | None:
    """The acronym a title line names the role by, when the bracketed expansion after its
    page-type tail spells it and ends in a worker noun: the page's own short name for the
    post ("ELSO Job Description (Emergency Lighting Safety Officer)" -> "ELSO"), or None."""
    match = _EXPANDED_ACRONYM.match(text) if "(" in text else None
    if match is None or not match.group("acronym").isupper():
        return None
    words = [re.sub(r"[^a-z]", "", word) for word in match.group("expansion").lower().split()]
    words = [word for word in words if word]
    if not 1 < len(words) <= _LABEL_WORDS + 2 or not practitioner_noun(
            match.group("expansion").split()[-1].lower()):
        return None
    return match.group("acronym") if _spells(match.group("acronym").lower(), words) else None


# (real34) A framed title ending in an acronym ("A career as a police PCSO", "Starting a
# Career as a PCSO").
_ACRONYM_END = re.compile(r"^(?:[a-z]+ )?([A-Z]{2,6})$")


def _acronym_title(text: str, lines: Sequence[tuple[int, str]], vocab: Vocabulary
                   ) -> str | None:
    """The title a framed acronym title stands for, as the page spells it out elsewhere:
    "police community support officer (PCSO)" or "PCSO, or Police Community Support
    Officer"; the spelt-out words must give the acronym's letters and a known title."""
    stripped = _PREFIXES.sub("", text.strip()).strip(" .:;!?")
    found = _ACRONYM_END.match(stripped) if stripped != text.strip() else None
    if found is None:
        return None
    acronym = found.group(1)
    spelt = re.compile(rf"\b([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){{1,6}})\s+\({acronym}s?\)"
                       rf"|\b{acronym}s?,\s+or\s+([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){{1,5}}),")
    for _, line in lines:
        if acronym not in line:
            continue
        for match in spelt.finditer(line):
            words = (match.group(1) or match.group(2)).split()
            for start in range(len(words) - 1):
                letters = [re.sub(r"[^a-z]", "", word.lower()) for word in words[start:]]
                if _spells(acronym.lower(), letters):
                    titled = title_case(singular_title(" ".join(words[start:]).lower()))
                    return titled if vocab.is_role_title(titled) else None
    return None


def _no_path(title: str | None) -> str | None:
    """``title``, or None when it is a whole path ("From Security Guard to Security
    Manager"): the headline reader names the post such a title ends on."""
    if title and title.startswith("From ") and " to " in title:
        return None
    return title


# (real36) A levels guide's tail ("X Levels", "X Career Levels Explained"): the page's title
# only as its first title line or framed ("Understanding X Levels"); below a title it heads
# a section.
_LEVELS_TAIL = re.compile(r"\s(?:career\s+|job\s+)?levels(?:\s+explained)?\s*$", re.IGNORECASE)


# (rules40b) A title that names a pool of people rather than a post ("Emergency Logistics
# Standby Roster", "Relief Cooks Pool", "Surge Register"): a page title naming no role.
_COLLECTIVE_TITLE = re.compile(r"\b(?:[Rr]oster|[Rr]osters|[Pp]ool|[Rr]egister)$")


def _slash_first(text: str, vocab: Vocabulary) -> str | None:
    """(real39) The first of two titles a page's title joins by a slash before its page-type
    tail ("Interpreter / Translator Job Description, Salary, and Skills"): two posts the page
    treats together, the first its role; None unless both halves are titles.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _slash_first("Interpreter / Translator", v), _slash_first("Input/Output", v)
    ('Interpreter', None)
    """
    halves = re.split(r"\s?/\s?", text.strip())
    if len(halves) != 2:  # (a pair)
        return None
    first, second = (_titled(half, vocab) for half in halves)
    return first if first and second else None


def _page_title(text: str, vocab: Vocabulary, first: bool,
                mentioned: Callable[[str], bool] = lambda _: False,
                framed: bool = False, named: Callable[[str, str], bool] = lambda *_: False,
                ) -> str | None:
    """The role a page's title line names; ``framed``: the line's own wording around the
    title was cut off already (a programme's "… Programme 2026"); ``named(word, after)``:
    the page prints ``word`` as a proper name, and also without ``after`` behind it."""
    if _AUTHOR_LINE.match(text):
        return None  # a report's "Author: A. Name, Manager of X": its writer's post
    if (" per " in text or " in " in text or " to " in text) and _DOCUMENT_POINTER.search(text):
        return None  # (real41) "… as per the Mine Operator Job Description": another paper
    if "|" in text and _LIST_LABEL.search(text.partition("|")[0].strip()):
        return None  # a fact sheet's "Popular Roles | A, B, C": several titles, no page's
    sectioned = _HANDBOOK_SECTION.match(text) if text[:1] in "SsCc" else None
    if sectioned is not None:  # (carry46) "Section 3: X": the handbook's section on one post
        text = _CALLED_TAIL.sub("", text[sectioned.end():])  # (its other name: an alias)
    stripped = _PREFIXES.sub("", text.strip())
    stripped = _TRAILING_QUESTION.sub("", stripped)
    if text[:4].lower() == "what" and stripped != text.strip():
        stripped = _ASKED_DO.sub(": ", stripped, count=1)
    changed = framed or sectioned is not None or stripped != text.strip()
    if not first and not changed and ":" not in stripped and _LEVELS_TAIL.search(stripped):
        return None  # ("Fencing Coach" / "Coach Levels": a section of the titled page)
    decorated = changed and _VIDEO_TAIL.search(stripped) is not None
    if decorated:
        stripped = _video_title(stripped)

    def subject(bare: str, part: str) -> str | None:
        """``bare`` (``part`` without its affixes) as the role; a title's own wording ("X
        Job Profile", "The Career Path of a X") marks a name the page repeats as its
        subject; before "Jobs" only a role or a worker noun ("Software Development Jobs"
        names a field)."""
        if _JOBS_TAIL.match(part, len(bare)):
            if not first and not changed and bare == part.strip()[:len(bare)] and (
                    _JOBS_LINK.fullmatch(part.strip()[len(bare):])):
                return None  # (real47) "Piano Tuner Jobs" under a profile's sections: the
                # site's link to its listings, no title of the page
            return _titled(bare, vocab) or _occupation(bare)
        return _titled(bare, vocab) or (
            _named(bare, vocab, mentioned)[0] if bare != part or changed else None) or (
            # "Patwari Salary in KPK": a pay or career tail marks the name before it too
            _repeated_name(bare, mentioned) if changed or bare != part
            or _ROLE_SUFFIX.search(part) else None) or (
            _titled(title_case(bare), vocab) or _occupation(bare, strict=False)
            # "Becoming a lineman - …"; (real49) "Finding work as a ski Instructor": a
            # headline's first word left lower case, the title the same
            if changed and (bare.islower() or _LOWER_FIRST.fullmatch(bare)) else None) or (
            _headline_tail(bare, vocab, mentioned) if bare != part else None) or (
            _slash_first(bare, vocab) if "/" in bare and (bare != part or changed) else None)

    if changed and stripped.split(" ", 1)[0].lower() in _POINTING:
        return None  # (real30) "How to Become This Type of Specialist": named elsewhere
    two = _TWO_TITLES.fullmatch(_without_suffix(stripped.partition(":")[0]).strip()) if (
        changed and " or " in stripped) else None
    if two is not None and _titled(two.group("b"), vocab) and (
            first_title := _titled(two.group("a"), vocab)):
        # (real30) "How to Become a Neonatal Nurse or Nursery Nurse: Salary, …": two posts
        # the page treats together, the first its role (two titles are never one)
        return first_title
    expanded = _expanded_acronym(stripped)
    if expanded is not None:  # "ELSO Job Description (Emergency Lighting Safety Officer)"
        return expanded
    acronym = _titled(title_case(stripped), vocab) if changed and _ACRONYM_HEAD.fullmatch(
        stripped) else None
    if acronym is not None:  # "How to Become an HGV driver": the acronym is no brand's name
        return acronym
    branded = _BRANDED.match(stripped) if changed else None
    if branded is not None:  # "Become a Sparkla cleaner in Dublin": the platform's gig
        job = _titled(title_case(branded.group("job")), vocab)
        if job:
            return job
    # (a video's speaker names the own job: "ROV Pilot Technician", no platform's gig)
    # (a section's number frames no platform's gig: "Section 3: Pest Control Technician")
    brand = _BRAND_TITLE.match(stripped) if changed and not decorated and (
        sectioned is None) else None
    if brand is not None and brand.group("brand").lower() not in bundled_level_words(
            single=True) and brand.group("brand").lower() not in _CREDENTIALS and named(
                brand.group("brand"), brand.group("job")):
        # ((real33) "How to become a Chartered Accountant" on a page that names "Chartered
        # Accountancy": a credential's word, no platform's name)
        # "Become a Courio Delivery Partner": a platform's capitalised job title; the
        # platform's name is one the page prints on its own as well
        job = _titled(brand.group("job"), vocab)
        if job:
            return job
    if ":" in stripped:  # "X Career Guide: Duties, Pay and Where It Leads", "X: the ladder"
        head, _, tail = stripped.partition(":")
        if numbered_issue(head):  # "Careers in Pigs — Factsheet 47: Unit Manager": the job
            issued = _titled(tail, vocab) or _named(tail.strip(), vocab, mentioned)[0]
            if issued:
                return issued
        # ("How to Become a X in South Africa: Best Degrees …": the head's place goes too)
        bare = _PLACE.sub("", _without_suffix(head))
        if (first or bare != head or changed) and subject(bare, head) and len(
                tail.split()) >= 2:
            stripped, changed = head, True
        else:
            destination = _FROM_TO.match(tail.strip())  # "Path Breakdown: From A to B"
            if destination and _titled(bare, vocab):
                # "Rope Access Technician: from first ticket to Supervisor": the head names
                # the post, the tail its ladder's top rung
                return _titled(bare, vocab)
            if destination and _titled(destination.group(1), vocab):
                return _titled(destination.group(1), vocab)
            if _PREFIXES.match(tail.strip()):  # "View Full Version : Becoming a lineman - …"
                return _page_title(tail.strip(), vocab, first, mentioned)
            labelled = _labelled_title(head, tail, vocab, mentioned)
            if labelled:
                return labelled
    # ("Tree surgeon — frequently asked questions": the FAQ page's own words after a dash,
    # cut off below, frame the title as a colon would)
    changed = changed or (first and "questions" in stripped and _FAQ_TAIL.search(stripped)
                          is not None)
    parts = [p for p in (_FIRST_SPLIT if first else _SITE_SPLIT).split(stripped) if p.strip()]
    # ("Tree surgeon — salary": a page-type tail after the dash frames a sentence-case title
    # as a colon would; the tail is one _without_suffix cuts whole)
    changed = changed or (first and len(parts) == 2 and _without_suffix(
        f"{parts[0].strip()} — {parts[1].strip()}") == parts[0].strip())
    if len(parts) > 3:
        # "Careers | Explore | Enlisted | Officer | Compare": a menu strip, whose items are
        # sections; a title with its site and section names ("X | Guides | Site") leads.
        parts = parts[:1]
    if len(parts) > 1 and _spelt_body(parts[0].strip(), parts[1]):
        return None  # (rules56b) "ABCU — Allied Bus Crews Union | Join": the body's masthead
    for index, part in enumerate(parts):
        if index and part.strip().startswith("The "):
            continue  # "CAREERS | The Northern Courier": the site's own name after the title
        if index and len(part.split()) == 1 and _SUFFIXES.fullmatch(f"_ {part.strip()}", 1):
            continue  # "Northwind Bank | Careers": the site's section, no name the page repeats
        if index and _PREFIXES.match(part.strip()):
            # "Unit 3 – Career Profile: Wind Technician": a course's name before the frame
            part, changed = _PREFIXES.sub("", part.strip()), True
        if part.count("(") != part.count(")"):
            continue  # a dash inside brackets cut it ("Appraiser: A. Rao (Manager – Credit)")
        bare = _PLACE.sub("", _without_suffix(part))
        pair = _STAFF_PAIR.fullmatch(bare.strip()) if changed and " and " in bare else None
        if pair is not None:  # "… — summary for dental nurses and hygienists": the first group
            bare = pair.group("first")
        if bare.strip().lower() in _PAY_QUALIFIERS:
            continue  # "Median Salary": a facts box's label, its qualifier no title
        # "Agent of Nursery Schools (ATSEM)": a title's acronym in brackets after it
        # (framed only: a bare "Registered Nurse (RN)" line is read as a title line)
        bare = _ACRONYM_AFTER.sub("", bare) if bare.endswith(")") and not bare.isupper() and (
            changed or len(parts) > 1 or bare != part) else bare
        setting = _SETTING_AFTER.search(bare) if bare.endswith(")") else None
        if setting is not None and not _worker_named(setting.group(1), vocab) and not (
                _FRAMED.search(bare[:setting.start()])) and (
                known := _titled(bare[:setting.start()], vocab)):
            if " " not in known and not _shift_words(setting.group(1)) and (
                    qualified := _titled(f"{setting.group(1)} {known}", vocab)):
                return qualified  # (real40) "Driver (Train and Tram)": a bare head's kind,
                # never the bare head alone
            return known  # "Apprentice Lineman (Underground)": the title, then its setting
            # (a worker in brackets is the title line's alias: "X Operator (Loader Driver)")
        fielded = _FOR_FIELD.fullmatch(bare.strip()) if bare != part and " for " in bare else None
        if fielded is not None and (known := _titled(fielded.group(1), vocab)):
            # (real38) "Extension Agent for Horticulture Job Description": the post, then the
            # field it serves (framed by the page-type tail only)
            return known
        if _PRONOUN_MODAL.match(bare):
            continue  # (real44) "You could complete an intermediate X apprenticeship": a
            # sentence to the reader, its tail cut as a page-type suffix, no title
        title = subject(bare, part)
        if title and changed and title[-1:] == "s" and " " in title and practitioner_noun(
                singular_title(title).rsplit(" ", 1)[-1]):
            # (real50) "The Pay Scale for Guitar Makers", "Occupation Profile for Hoof
            # Trimmers": the frame names the workers, the role is one of them
            title = singular_title(title)
        if title and (changed or bare != part or len(parts) > 1):
            return title
    return None


# (real44) A sentence's subject and modal opening a line: no page title.
_PRONOUN_MODAL = re.compile(r"\s*(?:you|we|i|they)\s+(?:could|can|may|might|will|would|should|"
                            r"must)\s", re.IGNORECASE)


# (real27) A setting or a shift in brackets after a known title on a posting's or a job
# guide's title line ("Apprentice Lineman (Underground)", "Healthcare Assistant (Hospital) in
# the United Kingdom", "Porter (Nights)"): the post is the title before it.
# A post's field after it: "Extension Agent for Horticulture", "Field Officer for Dairy".
_FOR_FIELD = re.compile(r"(.+?)\s+for\s+[A-Z][\w&-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&-]*){0,2}")
_SETTING_AFTER = re.compile(r"\s+\(([A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){0,2})\)$")
# A page heading that frames a title ("Criteria for Promotion to Associate Curator"): no
# title line, whatever its last words.
_FRAMED = re.compile(r"\s(?:for|to|about|on|with)\s")


def _shift_words(words: str) -> bool:
    """(real40) ``words`` say when the post works ("Nights", "Days", "Weekends"), no kind of
    it (``sector_noise.times``; "Porter (Nights)" is a porter's shift)."""
    from careergraph.guides.sector_noise import sector_noise  # (a late import: no cycle)
    times = sector_noise().times
    return any(word.lower() in times for word in words.split())


def _worker_named(words: str, vocab: Vocabulary) -> bool:
    """``words`` name a worker ("Loader Driver", "Porter"), not a setting ("Underground")."""
    return practitioner_noun(words.rsplit(" ", 1)[-1].lower()) or vocab.is_role_title(words)


# An FAQ page's words after its title and a dash ("X — frequently asked questions").
_FAQ_TAIL = re.compile(r"\S\s+[–—-]\s+(?:your\s+)?(?:frequently\s+asked|common(?:ly\s+asked)?)"
                       r"\s+questions\b", re.IGNORECASE)
_LABEL_WORDS = 5
# Words that qualify pay in a facts box's label ("Median Salary", "Starting Pay").
_PAY_QUALIFIERS = frozenset({"median", "average", "typical", "mean", "annual", "starting",
                             "hourly", "base", "estimated", "national average"})


def _destination(phrase: str, vocab: Vocabulary,
                 mentioned: Callable[[str], bool]) -> str | None:
    """The job a career post's title says its author reached ("… why I became a Scrum
    Master"): a role title, a worker noun, or a capitalised name the page repeats."""
    single = singular_title(phrase)
    if _titled(single, vocab) or _occupation(single):
        return _titled(single, vocab) or _occupation(single)
    words = single.split()
    capitalised = all(w[:1].isupper() or w in _LOWER_CONNECTORS for w in words)
    return single if capitalised and words[0][:1].isupper() and mentioned(
        single.lower()) else None


def _asked_title(phrase: str, vocab: Vocabulary,
                 mentioned: Callable[[str], bool]) -> str | None:
    """The job a column's reader asks about ("… become a court reporter?"): a role title, a
    worker noun, or any short name the page names again."""
    single = singular_title(phrase)
    known = _titled(title_case(single), vocab) or _occupation(single)
    if known:
        return known
    return title_case(single) if mentioned(single.lower()) else None


def _labelled_title(label: str, tail: str, vocab: Vocabulary,
                    mentioned: Callable[[str], bool]) -> str | None:
    """The role a short label's value names, when the label is no role itself: a column
    kicker ("All in a day's work: Audiologist", "Job Spotlight: Brewer") or a memo's subject
    line ("SUBJECT: Welder Career Ladder" -> "Welder").

    >>> from careergraph.lexicon import load_lexicon
    >>> from careergraph.guides.vocab import Vocabulary, remit_words
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _labelled_title("Job Spotlight", " Welder", v, lambda _: True)
    'Welder'
    >>> _labelled_title("Welder", " why the pay is good", v, lambda _: True)
    >>> _labelled_title("Career Overview", " Welders (Pipeline)", v, lambda _: True)
    'Welder'
    """
    words = label.split()
    if label.count("(") > label.count(")"):
        return None  # (heads47) "Crab Processor (also: Shellfish Picker)": a colon inside a
        # bracket's gloss, no label before a title
    if not 1 <= len(words) <= _LABEL_WORDS or _titled(label, vocab) or _named(
            label, vocab, mentioned)[0]:
        return None
    # (carry41) "Position Description: X(Other Name)": the post's other name in a bracket
    # glued after it is no part of the title
    # (one title only: "Also: A; B (private)", "A (2016–2019); B (2019–2022)" list several)
    value = _PLACE.sub("", _without_suffix(_BRACKET_TAIL.sub("", tail.strip()) if tail.count(
        "(") == 1 and ";" not in tail else tail.strip()))
    # ("NHS Trust Jobs: Porter Careers": a site's section before a headline, its value
    # one title with its own page-type tail, is no list of titles)
    headline = value != _PLACE.sub("", tail.strip()) and not _SEVERAL.search(value)
    series = _SERIES_LABEL.fullmatch(label) is not None and words[0].lower() not in (
        _LIST_QUALIFIERS) and not _SEVERAL.search(value)  # ("Marine Careers: Deckhand")
    if (_LIST_LABEL.search(label) and not headline and not series) or any(
            c.isdigit() for c in label):
        # "Typical roles: A, B" lists titles; "L1: Associate X" is a rung of a level list
        return None
    if not value or len(value.split()) > _HEADLINE_WORDS or "," in value:
        return None
    setting = _SETTING_AFTER.search(value) if value.endswith(")") else None
    if setting is not None and not _worker_named(setting.group(1), vocab) and (
            known := _titled(value[:setting.start()], vocab)):
        return known  # (real38) "Career Overview: Library Assistants (Clerical)": its setting
    return _titled(value, vocab) or _named(value, vocab, mentioned)[0] or None


# A bracket closing a label's value ("… Director of Music(Minister of Music)").
# (glued only: a spaced "Clinical Ladder (RT I - RT IV)" is a policy's title, no post's)
_BRACKET_TAIL = re.compile(r"(?<=[\w.])\([A-Z][^()]{1,60}\)$")
# A publication series named for a field's careers ("Agricultural Careers: X", "Careers in
# Forestry: X"): the title after it is the page's own, unless the label's first word makes it
# a list of others ("Related Careers: X").
_SERIES_LABEL = re.compile(r"(?:[A-Z][\w&'-]*\s+){1,3}Careers"
                           r"|Careers\s+in(?:\s+[A-Z][\w&'-]*){1,3}")
_LIST_QUALIFIERS = frozenset({"related", "similar", "other", "typical", "alternative",
                              "possible", "example", "common", "future", "next", "more",
                              "linked", "popular", "top", "further", "explore"})
# A label naming several titles after it ("Typical roles:", "Related jobs:").
# Words joining several titles in a value ("A and B", "A & B", "A/B").
_SEVERAL = re.compile(r"\s(?:and|or|&)\s|/")
_LIST_LABEL = re.compile(r"\b(?:roles|jobs|titles|positions|careers|occupations)\s*$",
                         re.IGNORECASE)
# The last article of a headline, after which its subject is named ("… to Earn a Top X").
_LAST_ARTICLE = re.compile(r".*\b(?:an?|the|your)\s+", re.IGNORECASE)
_HEADLINE_WORDS = 5


def _headline_tail(text: str, vocab: Vocabulary,
                   mentioned: Callable[[str], bool]) -> str | None:
    """The role a pay or career headline is about, named after its last article with an
    adjective or two before it ("How to Earn a Top Payroll Clerk [Salary]" -> "Payroll
    Clerk"): the longest tail that is a role title the page names again."""
    article = _LAST_ARTICLE.match(text)
    words = clean(text[article.end():] if article else "").split()
    if not 1 <= len(words) <= _HEADLINE_WORDS:
        return None
    for start in range(len(words)):
        if words[start].lower() in _LOWER_CONNECTORS:
            continue  # "… the post of Station Master": no title opens with "of"
        tail = _titled(" ".join(words[start:]), vocab)
        if tail and mentioned(tail.lower()):
            return tail
    return None


_OPENING_ARTICLES = frozenset({"A", "An", "The"})


def _repeated_name(text: str, mentioned: Callable[[str], bool]) -> str | None:
    """A short Capitalised name (``text``) the page names again, singular: the subject of a
    title such as "Lifeguard Job Profile"."""
    words = clean(text.strip(" .:;!?\"'")).split(" ")
    if words[0] in _OPENING_ARTICLES:  # "A career break of …": a sentence's article, no name
        return None
    if not 1 <= len(words) <= 4 or not all(
            w.replace("-", "").isalpha() and (w[:1].isupper() or w in _LOWER_CONNECTORS)
            for w in words) or not words[0][:1].isupper():
        return None
    single = singular_title(" ".join(words))
    lowered = single.lower()
    return single if mentioned(f"a {lowered}") or mentioned(f"an {lowered}") else None


def _occupation(phrase: str, *, strict: bool = True) -> str | None:
    """``phrase`` (1-4 plain words) as a role title when its last word names a worker by
    its ending ("speech pathologists" -> "Speech Pathologist", "boilermaker"); not
    ``strict``: broad agent endings too ("glassblowers")."""
    words = phrase.split()
    if not 1 <= len(words) <= 4 or not all(
            (w.replace("-", "").isalpha() and w.lower() not in _NOT_IN_TITLE) or w == "&"
            for w in words):
        return None  # "Employment for arborists": a phrase about the role, not its title
    last = words[-1].lower()
    if not (practitioner_noun(last, strict=strict) or _TRADE_END.search(last)):
        return None
    return title_case(singular_title(" ".join(w.lower() if not w.isupper() else w
                                              for w in words)))


def _firm_masthead(name: str, trade: str, vocab: Vocabulary) -> bool:
    """True for a firm's masthead cell ``trade`` after the cell ``name`` on the same line:
    the firm's name in capitals, then the plural of its people's trade ("HOLLIS VANE" /
    "Chartered Tax Advisers"); a title in capitals is no firm's name."""
    name = name.strip()
    return (_FIRM_NAME.fullmatch(name) is not None and _FIRM_TRADE.fullmatch(trade) is not None
            and not vocab.is_role_title(title_case(name.lower())))


def _returner_role(phrase: str, vocab: Vocabulary) -> str | None:
    """The role a returner programme or a pay advisory is for, singular ("PATENT
    ATTORNEYS" -> "Patent Attorney"); None for a group of people ("women", "parents")."""
    phrase = title_case(phrase.lower()) if phrase.isupper() else phrase
    single = singular_title(phrase)
    return _titled(single, vocab) or _occupation(phrase)


def _video_title(text: str) -> str:
    """The role a framed video title opens with, less its decoration: an emoji or "+ …" ends
    it, a bracket after it is the place or the speaker's grade, capitals are shouted
    ("OPHTHALMIC TECHNICIAN 👀 + what I make" -> "Ophthalmic Technician")."""
    title = _VIDEO_TAIL.split(text, maxsplit=1)[0].strip()
    title = re.sub(r"\s*\([^()]*\)$", "", title)
    if not title:
        return text
    return title_case(title.lower()) if title.isupper() else title


def _pay_headline(text: str, vocab: Vocabulary) -> str | None:
    """The role a pay headline asks about ("How much boilermakers earn in …")."""
    match = _PAY_HEADLINE.match(text)
    if match is None:
        return None
    # ("How Much Do Florists in Kenya Make?": the place is where the pay applies)
    phrase = _PLACE.sub("", match.group(1).strip())
    titled = title_case(singular_title(phrase))
    # The headline's wording says the phrase earns pay: any worker noun will do.
    return titled if vocab.is_role_title(titled) else _occupation(phrase, strict=False)


def _lower_definition(text: str) -> str | None:
    """"A boilermaker builds …", "A crane operator is someone who …", "A Boat Builder fits
    out …": a definition of a worker the lexicon need not know, written in lower case or
    in Title Case; an aside before the verb ("A perfumer, often called a 'nose', blends",
    "A Tiler (also known as …) lays") is skipped."""
    first = _TOKEN.search(text, 0, 200)  # most lines open with another word: no more tokens
    if first is None or first.group() not in ("A", "An"):
        return None
    text = _unexpanded(text)  # "A Heavy Goods Vehicle (HGV) driver …": "A HGV driver …"
    tokens = list(_TOKEN.finditer(text[:200]))[:5]
    if len(tokens) < 3:
        return None
    for size in range(1, len(tokens) - 1):
        phrase = [t.group() for t in tokens[1:1 + size]]
        phrase[-1] = phrase[-1].removesuffix(",")  # "A perfumer, often called …"
        # (hyphened words and a leading acronym too: "A Make-Up Artist", "A VFX Artist")
        # ("A HGV driver transports …": an acronym before a lower-case worker noun)
        lower = all(_word(w) and (w.islower() or (i == 0 < size - 1 and w.isupper()
                                                  and len(w) <= 5))
                    for i, w in enumerate(phrase))
        if size > 1 and phrase[-1] in _JOINS:
            continue  # "A Clerk of …": the title goes on
        upper = all((i > 0 and w in _JOINS) or (
            _word(w) and w[:1].isupper() and (not w.isupper() or len(w) <= 5))
            for i, w in enumerate(phrase))
        if not (lower or upper):
            return None
        end = tokens[size].end() - (tokens[size].group() != phrase[-1])
        rest = _ASIDE.sub("", text[end:end + 160], count=1).split(maxsplit=1)
        after = rest[0].rstrip(",") if rest else ""
        # (the worker of "A Clerk of Works" is the word before "of")
        last = (phrase[phrase.index("of") - 1] if "of" in phrase[1:] else phrase[-1]).lower()
        if (after in _DEFINING_VERBS or (after.endswith("s") and not after.endswith("ss")
                                         and after.isalpha() and after.islower())
                ) and (practitioner_noun(last) or _TRADE_END.search(last)
                       ) and not _agent_thing(last):
            return title_case(" ".join(phrase))
    return None


# A worker's name spelt out with its acronym after it, in brackets, before the lower-case
# head noun ("A Heavy Goods Vehicle (HGV) driver", "An Early Years (EY) practitioner").
_EXPANDED = re.compile(r"^(An?) ((?:[A-Z][\w-]*\s+){1,5})\(([A-Z]{2,6})\)\s+(?=[a-z])")


def _unexpanded(text: str) -> str:
    """``text`` with a spelt-out name before its bracketed acronym dropped, when the name's
    initials are the acronym ("A Heavy Goods Vehicle (HGV) driver …" -> "A HGV driver …").

    >>> _unexpanded("A Heavy Goods Vehicle (HGV) driver moves freight.")
    'A HGV driver moves freight.'
    >>> _unexpanded("A Senior Nurse (RN) works shifts.")
    'A Senior Nurse (RN) works shifts.'
    """
    match = _EXPANDED.match(text)
    if match is None or "".join(w[0] for w in match.group(2).split()) != match.group(3):
        return text
    return f"{match.group(1)} {match.group(3)} {text[match.end():]}"


# "The paramedic is the highest level …": a known title in lower case defined at a page's head.
_THE_DEFINITION = re.compile(r"^The ((?:[a-z][a-z-]+ ){0,2}[a-z][a-z-]+) is (?:an? |the )")
# (real34) A hotel's job description opening "The Front Desk Agent is responsible for:".
# (real40) Its other name after a slash and its setting may come between ("The first
# assistant camera technician/focus puller in high-end TV is responsible for …").
_THE_RESPONSIBLE = re.compile(r"^The ((?:[A-Za-z][a-z-]+ ){0,3}[A-Za-z][a-z-]+)"
                              r"(?:/[a-z][a-z -]{1,30}?)?(?: in [^,.]{1,60}?)? is responsible "
                              r"for\b")
# (real40) A job description's opening clause of whom the worker reports to ("Reporting to
# the camera operator, the first assistant … is responsible for …"): the definition after it.
_REPORTING_LEAD = re.compile(r"(?:Reporting|Answering|Accountable) (?:directly )?(?:to|into) "
                             r"[^,.]{1,60}, (?=the [a-z])")


def _the_definition(text: str, vocab: Vocabulary) -> str | None:
    """The known title a lower-case "The X is a …" definition names ("The roofer is the
    tradesperson who …"); never a thing ("The salary is a …")."""
    if text[:2] in ("Re", "An", "Ac") and (lead := _REPORTING_LEAD.match(text)) is not None:
        text = "T" + text[lead.end() + 1:]  # "Reporting to the X, the Y is …": "The Y is …"
    match = _THE_DEFINITION.match(text) if text[:4] == "The " else None
    if match is None and text[:4] == "The " and " responsible " in text[:120]:
        match = _THE_RESPONSIBLE.match(text)  # (real34) "The Front Desk Agent is …"
    if match is None:
        return None
    title = title_case(match.group(1))
    return title if vocab.is_role_title(title) else None


def _bare_definition(text: str, vocab: Vocabulary) -> str | None:
    """The known title a definition with no article names at a page's head ("HVAC
    Technician is a skilled professional who …", a page opening straight on its body):
    Title Case words, then "is a"/"is an".  A weak signal, read only when nothing else
    names the role ("Project Manager is a common next step" further down names no page).

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> [_bare_definition(line, v) for line in ("Data Engineer is a specialist who builds "
    ...  "pipelines.", "Data Engineer roles are in demand.")]
    ['Data Engineer', None]
    """
    title = vocab.role_title_at(text, 0) if text[:1].isupper() else None
    after = text[len(title):] if title and text.startswith(title) else ""
    return title if _BARE_IS.match(after) and is_title_case(title or "") else None


# The verb and article after a title that opens its definition bare ("X is a …").
_BARE_IS = re.compile(r"\s+is\s+an?\s+[a-z]")


def _word(token: str) -> bool:
    """A word of letters, hyphens allowed inside ("make-up", "Singer-Songwriter")."""
    return token.replace("-", "").isalpha() and not token.startswith("-") and (
        not token.endswith("-"))


_TOKEN = re.compile(r"\S+")
# Small words inside a Title Case title ("A Clerk of Works", "A Painter and Decorator").
_JOINS = frozenset({"of", "and", "&"})
# An aside between a defined worker and its verb: "(also known as a Flooring Mechanic)",
# ", often called a 'nose',".
_ASIDE = re.compile(r"^\s*(?:\([^)]{1,80}\)|,\s+(?:also|often|sometimes|or)\s+"
                    r"(?:called|known as|referred to as)?[^,]{1,60},)")
# "What is a Boat Builder", "WHAT IS A FLOOR COVERING INSTALLER?", "What does an Ironworker
# do?": a question heading naming the page's worker.
# ("What an Accountant does": the same question put as a heading; "What does it mean to be
# a Claims Clerk?", "What is it like to be a Roofer?": the same asked of being one.)
# (a reflective report's "what I thought a X did" asks the same before and after a placement)
# (real35) A textbook's or a society's "What do Geologists do?", "What Do Physicists Actually
# Do?": the same asked of the workers in the plural, with no article.
# (real27) A forum's or a magazine's "What is it like being a Paramedic?", "What's it like to
# be an Electrician?", "What it feels like… to be a Paramedic.": the same asked of being one.
# (real34) An African career portal's "Who is an Accountant?": the same question of a person.
# (real56) A newspaper's "What else can a paramedic do?" over the moves open to one: the
# same question of the worker it names ("What else could a Welder do?").
_WHAT_IS = re.compile(r"^(?:what|who(?= is ))(?:['’]s it (?:really )?like(?: ?(?:…|\.\.\.) ?| )"
                      r"(?:to be|being) (?:an?|the) "
                      r"([\w' -]{3,60}?)|"
                      r" (?:(?:is|does|else (?:can|could|does)|"
                      r"(?:does it mean|(?:is it|was it) (?:really )?like|it (?:really )?feels "
                      r"like|does it feel like)(?: ?(?:…|\.\.\.) ?| )"
                      r"(?:to be|being)) (?:an?|the) "
                      r"([\w' -]{3,60}?)(?: do)?|"
                      r"(?:(?:I|you|we) (?:thought|think|expected|imagined) )?"
                      r"an? ([\w' -]{3,60}?) (?:does|did))|"
                      r" do ([\w' -]{3,60}?s) (?:really |actually )?do|"
                      # (fixes77) "What kennel assistants do:": the plural asked without "do"
                      # before it, a section's label (no "our" or "the" workers of one place)
                      r" (?!(?:our|your|the|these|those|they|we|you|most|many|some|all|other)\s)"
                      r"([\w' -]{3,60}?s) (?:really |actually )?do)\s*[?.:]?$", re.IGNORECASE)
# The same question as a translated article's title, with no article and a subtitle after it
# ("What is Import-Export Staff? Salary, skills and roadmap …": a language without articles
# read through a translator); only a worker noun or a translated "staff" title is read.
_WHAT_IS_BARE = re.compile(r"^(?i:what is) (?:(?i:an?|the) )?([A-Za-z][\w' -]{2,60}?)\s*\?"
                           r"(?:\s+[A-Z][^?]{0,70})?$")
# The head a translated job title ends in when the source language names a post by "staff of
# …" (Vietnamese "nhân viên", Korean "직원", Japanese "スタッフ"): a person.
_STAFF_HEAD = re.compile(r"(?:[a-z][\w-]* ){1,3}staff", re.IGNORECASE)


# "The tasks a Bookbinder is expected to perform include:", "Duties that a Tiler carries
# out": the worker whose duties a sentence introduces.
_DUTIES_OF = re.compile(
    r"\b(?:tasks|duties|responsibilities|work)\s+(?:that\s+|which\s+)?(?:an?|the)\s+"
    r"([A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,3}?)\s+(?:is|are|will|must|may|has|have|"
    r"does|do|performs?|carries|carry|should|can)\b")
_DUTY_WORDS = re.compile(r"\b(?:tasks|duties|responsibilities|work) (?:that |which )?(?:an?|the) ")
_QUESTION_SPAN = 80
# A time stamp glued to a title line ("Tiler2024-10-14T09:12:40-04:00").
# A public-service circular's post label before the title: "POST 23/60: Director – X",
# "Post 1: Assistant Director", "Post Name— Nursing Officer" (the number or the field's
# name is no word of the title).
_POST_LABEL = re.compile(r"^(?:POST|Post)\s+(?:\d{1,3}(?:/\d{1,3})?|Name)\s*[:—–]\s*(?=[A-Z])")
# A FAQ's question marker before a "What …" question ("Q. ", "Q1: "): no word of its title.
_FAQ_MARK = re.compile(r"^Q\d{0,2}[.:)]\s+(?=[Ww]hat\s)")
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:?\d{2}|Z)?$")


def _duties_of(text: str, vocab: Vocabulary) -> str | None:
    """The worker in "The tasks a X is expected to perform include …"."""
    match = _DUTIES_OF.search(text[:200])
    if match is None:
        return None
    phrase = match.group(1)
    words = phrase.split()
    if not (all(w[:1].isupper() for w in words) or phrase.islower()):
        return None
    titled = title_case(singular_title(phrase))
    return titled if vocab.is_role_title(titled) else _occupation(phrase, strict=False)


def _question_title(text: str, vocab: Vocabulary) -> str | None:
    """The worker a "What is a X?" / "What does a X do?" heading asks about."""
    match = _WHAT_IS.match(text)
    return _bare_question_title(text, vocab) if match is None else _asked_worker(match, vocab)


def _asked_worker(match: re.Match[str], vocab: Vocabulary) -> str | None:
    """The worker a matched "What is a X?" question names: a known title or a worker noun."""
    phrase = _JOB_TAIL.sub("", next(filter(None, match.groups())).strip())
    if phrase[:4].lower() in ("sala", "aver", "pay ", "wage", "care"):
        # (real34) "What is the Salary of Accountant In Nigeria": the worker paid, where
        phrase = _PLACE.sub("", _PAY_OF.sub("", phrase, count=1))
    if phrase.isupper():
        phrase = phrase.lower()
    titled = title_case(singular_title(phrase))
    if (match.group(4) or match.group(5)) and titled.lower().endswith("ics") and (
            vocab.is_role_title(titled[:-1])):
        # (real49) "What Elevator Mechanics Do": the plural of workers the question asks
        # about ("-ics" names a field elsewhere: "Analytics"), one worker
        titled = titled[:-1]
    left, joined, right = titled.rpartition(" and ")
    if joined and left.endswith("s") and practitioner_noun(left.rsplit(" ", 1)[-1]) and (
            practitioner_noun(right.rsplit(" ", 1)[-1])):
        # (real49) "What is an Elevator and Escalator Installers and Repairer?": two workers
        # joined in one title, each one worker
        titled = f"{singular_title(left)} and {right}"
    thing, _, _ = titled.partition(" for ")
    if thing != titled and not vocab.is_role_title(thing):
        return None  # (real36) "What Is the Clinical Ladder for Nurses?": a thing for them
    return titled if vocab.is_role_title(titled) else _occupation(phrase, strict=False)


# A label's place after its question ("What a Records Officer does here", "… in our team").
_HERE_TAIL = re.compile(r"\s+(?:here|in\s+(?:this|our|the)\s+(?:team|service|unit))$",
                        re.IGNORECASE)
# "What is a Crane Operator Job?": the job's word after the worker's title, no part of it.
_JOB_TAIL = re.compile(r"(?<=\w)\s+(?i:job|career|role|position|profession)$")


def _answered_title(text: str, vocab: Vocabulary) -> str | None:
    """The worker a flattened FAQ's question asks about, its answer after it on the same
    line ("What does a X do? A X …")."""
    mark = text.find("?")
    match = _WHAT_IS.match(text, 0, mark + 1) if 0 < mark < len(text.rstrip()) - 1 else None
    return None if match is None else _asked_worker(match, vocab)


def _bare_question_title(text: str, vocab: Vocabulary) -> str | None:
    """The worker a translated "What is X? <subtitle>" title asks about: a known title, a
    worker noun or an "X staff" post; a thing asked about ("What is logistics?") is none.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _bare_question_title("What is Customs Clerk Staff? Pay and roadmap 2026", v)
    'Customs Clerk Staff'
    >>> _bare_question_title("What is Freight Forwarding? A beginner's guide", v) is None
    True
    """
    match = _WHAT_IS_BARE.match(text)
    if match is None:
        return None
    phrase = match.group(1).strip()
    words = phrase.split()
    if len(words) > 4 or words[0].lower() in _NOT_IN_TITLE:
        return None
    titled = title_case(singular_title(phrase.lower() if phrase.isupper() else phrase))
    if vocab.is_role_title(titled) or _STAFF_HEAD.fullmatch(phrase):
        return titled
    # (a section's question in lower case, "What is important?", asks about a quality: only
    # a people-only ending names a worker there; a translated title is capitalised)
    return _occupation(phrase, strict=phrase.islower())


# "How to Become a Fish and Game Warden", "How to become an X in Kenya": a heading naming
# the page's worker anywhere on the page.
# A platform's or a company's name before the lower-case job it recruits, and the places
# after it ("[Become a] Zipdrop courier in Leeds & York"): the job is the role.
_BRANDED = re.compile(r"^(?:[A-Z][\w'’&-]*\s+){1,2}(?P<job>[a-z][a-z'’ -]{2,40}?)"
                      r"(?:\s+(?:in|across|near|around)\s+[A-Z].*)?$")
# The same with a capitalised title ("[Become an] Uber Driver"): the name must be one the page
# prints as a name elsewhere too (see ``named`` in :func:`choose_role`).
_BRAND_TITLE = re.compile(r"^(?P<brand>[A-Z][\w'’&-]+)\s+"
                          r"(?P<job>[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,7})$")
_BECOME = re.compile(r"^how to become (?:an?\s+|the\s+)?([A-Za-z][\w' -]{2,60}?)"
                     r"(?:\s+in\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*[?.:]?$",
                     re.IGNORECASE)


def _service_title(text: str, vocab: Vocabulary) -> str | None:
    """The post that a service's rules govern, named in their title, or None.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _service_title("SERVICE MINUTE OF THE PUBLIC HEALTH INSPECTORS' SERVICE", v)
    'Public Health Inspector'
    """
    match = _SERVICE_RULES.match(text)
    if not match:
        return None
    name = match.group(1).strip()
    if name.isupper():
        name = name.title()
    return _titled(title_case(singular_title(name)), vocab)


def _become_title(text: str, vocab: Vocabulary, mentioned: Callable[[str], bool]) -> str | None:
    """The worker a "How to Become a X" heading names: a known title, a worker noun, or
    any short name the page uses again ("fish and game warden")."""
    match = _BECOME.match(text)
    if match is None:
        return None
    return _how_to_worker(match.group(1).strip(), vocab, mentioned)


# (rules37a) A pay-negotiation article's title: "How to Negotiate Your Salary as a Nurse
# Anesthetist", "MONEY | How to ask for a pay rise as a vet (without …)": the worker after
# "as a" is the page's role (a section tag before a bar and a bracketed aside after it are
# no part of it).
_NEGOTIATE = re.compile(
    r"(?:^|\|\s*|^Q[:.]\s*)how (?:to|(?:do|can|should) I) (?:negotiate|ask for|push for|get|earn)"
    r"\s+(?:(?:your|my|a|an|the|more|"
    r"higher|better|first)\s+)*(?:salary|pay|pay rise|raise|rate|offer|package)s?\s+as\s+"
    r"an?\s+(?P<title>[A-Za-z][\w'’-]*(?: [A-Za-z][\w'’-]*){0,4}?)\s*(?:\([^()]*\))?\s*"
    r"[?.:!]?$", re.IGNORECASE)
_NEGOTIATE_SPAN = 120


def _negotiate_title(text: str, vocab: Vocabulary,
                     mentioned: Callable[[str], bool]) -> str | None:
    """The worker a pay-negotiation article's title names ("How to Negotiate Your Salary
    as a X"), or None.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _negotiate_title("PAY | How to ask for a raise as a welder (and get it)", v,
    ...                  lambda _: False)
    'Welder'
    >>> _negotiate_title("Q: How do I negotiate my salary as a tiler?", v, lambda _: False)
    'Tiler'
    """
    match = _NEGOTIATE.search(text) if len(text) < _NEGOTIATE_SPAN else None
    if match is None:
        return None
    return _how_to_worker(match.group("title").strip(), vocab, mentioned)


def _how_to_worker(phrase: str, vocab: Vocabulary,
                   mentioned: Callable[[str], bool]) -> str | None:
    """The worker a how-to title's phrase names: a known title, a worker noun, or any short
    name the page uses again."""
    words = phrase.split()
    if not 1 <= len(words) <= 5 or not all(
            w.replace("-", "").isalpha() for w in words) or words[0].lower() in _NOT_IN_TITLE:
        return None
    if words[0].lower() in _POINTING:
        return None  # (real30) "How to Become This Type of Specialist": the page's role, unnamed
    if len(words) == 1 and words[0].lower() in _STAND_INS:
        return None  # (real53) a profile's "How to become one": the worker named elsewhere
    titled = title_case(singular_title(phrase.lower() if phrase.isupper() else phrase))
    first, either, _ = phrase.partition(" or ")
    if either and not vocab.is_role_title(titled) and vocab.is_role_title(
            known := title_case(singular_title(first))):
        return known  # (real31) "How to Become a Welder or Fabricator": the first, known
    if vocab.is_role_title(titled) or _occupation(phrase, strict=False):
        return titled
    return titled if mentioned(titled.lower()) else None


def _agent_thing(word: str) -> bool:
    """A broad agent ending that names a thing here ("A computer is …")."""
    return word in _NOT_PEOPLE or (not _person_end(word) and not _TRADE_END.search(word)
                                   and word.endswith(("ent", "ant", "ary", "ive")))


# A line ending in a capitalised word after a sentence's end: the title opening the next
# sentence, cut by the wrap (". Podiatry" / "Co-ordinators are …").
_TITLE_CUT = re.compile(r"[.!?]\s+[A-Z][a-z]+\s*$")
# Words before a plural subject that make it a remark about some of the role's people.
_QUALIFIERS = frozenset({"all", "most", "many", "some", "few", "these", "those", "such",
                         "other", "good", "great", "best", "successful", "experienced",
                         "new", "newly", "top", "young", "older", "both", "several",
                         # (real35) "Self-employed electricians must also have business
                         # skills", "Qualified plumbers earn …": a remark on some of them
                         "self-employed", "qualified",
                         # (real45) "Skilled te reo Māori interpreters are in shortage": the
                         # skilled among them
                         "skilled",
                         # (real40) "Only Premier League officials are contracted …": a
                         # remark that sets some of them apart
                         "only",
                         # (rules46b) a heading's question "What our aides need": the
                         # interrogative opens no subject
                         "what", "how", "why", "which",
                         # (real53) a profile's heading "Where glaziers are employed"
                         "where", "when"})
# (real37) Words after "Most"/"Many" that name no workers of one job ("Most of the …",
# "Many employers …", "Most people …").
_NOT_WORKERS = frozenset({"of", "the", "a", "an", "people", "workers", "employers", "jobs",
                          "roles", "companies", "firms", "students", "graduates", "staff",
                          "employees", "candidates", "applicants", "professionals", "who",
                          "that", "are", "will", "can", "more", "times", "years"})
# A numbered paragraph's outline number ("C.26.4 ", "3.2 ", "A.1 "): no part of its subject.
_OUTLINE_NUMBER = re.compile(r"^(?:[A-Z]\.)?\d+(?:\.\d+)+\.?\s+|^[A-Z]\.\d+\.?\s+")


# A subject's verb that moves it on ("… can go on to become", "… often train to be"): the
# sentence tells of another role's next step, never what the page's role is.
_MOVING_ON = re.compile(r"(?:(?:can|could|may|might|will|often|typically|usually|later|"
                        r"eventually|then)\s+)+(?:go on\b|train\s+(?:to|as)\b|become\b|"
                        r"move\s+(?:up|on|in)|progress\b|be\s+promoted\b|step\s+up\b|"
                        r"advance\b|rise\b)")
# (rules38b) A notice's officers moved by an order ("… are promoted to …", "… is transferred
# to …"): they leave the post named, which is no definition of the page's role.
# (fixes82) "Operatives are put forward for the X course, then Y": a record's grade of
# workers nominated for the next post, no definition of the page's role either.
_PROMOTED = re.compile(r"(?:are|were|is|was|have been|has been)\s+"
                       r"(?:promoted|appointed|transferred|seconded|put\s+forward)\b")


# A subject's word that makes it a share or a clause about some of the role's people ("The
# majority of these workers are …", "Although some signal workers are …"): no title.
_SOME_OF = frozenset({"these", "those", "majority", "minority", "half", "proportion", "share",
                      "although", "though", "while", "whereas", "because", "since", "unless",
                      "if", "when", "once"})

# (real35) A subject's head before "of" that names others or things about the workers ("The
# major employers of physicists are …", "The salaries of welders are …"): no title.
_OTHERS_OF = frozenset({"employers", "employer", "number", "numbers", "salaries", "salary",
                        "wages", "earnings", "pay", "duties", "tasks", "responsibilities",
                        "jobs", "careers", "types", "kinds", "skills", "hours"})

# (rules36a) A subject's pay remark ("Casual assistants are paid hourly (£12.96)", "Interns
# are paid a $31 rate"): a staff page's note on some colleagues' pay, never what the page's
# role is.
_PAID_REMARK = re.compile(r"are\s+(?:usually\s+|currently\s+|also\s+)?paid\b")

# (real36) A singular verb after a plural head ("Mentoring and coaching engineers is a part
# of my role", "Managing nurses was …"): the subject is an activity done to the workers (a
# gerund's object), never the workers themselves, who would take "are".
_SINGULAR_VERBS = frozenset({"is", "was", "has"})


def _singular_after_plural(head: str, verb: str) -> bool:
    """Whether ``verb`` is singular after the plural ``head``: the subject is no plural.

    >>> _singular_after_plural("engineers", "is"), _singular_after_plural("engineers", "are")
    (True, False)
    >>> _singular_after_plural("business", "is")  # (a singular noun ending in "s")
    False
    """
    return verb in _SINGULAR_VERBS and head.endswith("s") and not head.endswith(
        ("ss", "us", "is"))


# (real34) A subject's acronym in brackets before its verb ("Police community support
# officers (PCSOs) work …", "Chartered Accountants (CAs) are trained …"): no word of it.
_SUBJECT_ACRONYM = re.compile(r"^([A-Z][\w' -]{2,60}?s)\s+\([A-Z]{2,6}s?\)(?=\s)")


# (real47) The workers' other names between the subject and its verb ("Beekeepers, also
# known as apiarists, care for …"): the subject is the words before them.
_SUBJECT_APPOSITION = re.compile(r"^([A-Z][\w' -]{2,60}?s),\s+(?:also|often|sometimes)\s+"
                                 r"(?:called|known\s+as|referred\s+to\s+as)\s+"
                                 r"[^,.;:()]{2,80}?,\s+(?=[a-z])")


def _without_apposition(text: str) -> str:
    """``text`` less the other names after its plural subject ("Beekeepers, also known as
    apiarists, care …" read as "Beekeepers care …")."""
    if ", " in text[:70] and ("lso " in text[:90] or "ften " in text[:90]
                              or "ometimes " in text[:90]):
        return _SUBJECT_APPOSITION.sub(r"\1 ", text, 1)
    return text


def _plural_opening(text: str, vocab: Vocabulary) -> str | None:
    text = _OUTLINE_NUMBER.sub("", text, 1)  # "C.4.2 Newly qualified …": the paragraph's number
    if "(" in text[:70]:
        text = _SUBJECT_ACRONYM.sub(r"\1", text, 1)
    text = _without_apposition(text)
    words = text[:120].split()[:8]  # the subject opens the sentence
    if not words or not words[0][:1].isupper() or words[0].lower() in _QUALIFIERS:
        return None  # "All radiographers must …", "Good welders combine …": no title
    # The subject ends before the first verb: only that split is tried.
    verb = None
    lowered = text[:120].lower().split()[:8]  # the same words, lowered in one call
    for i in range(1, min(len(words), 7)):  # (a loop: this runs for every line of a page)
        if lowered[i].strip(",") in _DEFINING_VERBS:
            verb = i
            break
    if verb is None:  # "Cooks prepare …": read by _known_plural_subject on the first prose
        return None
    if _SOME_OF.intersection(lowered[:verb]):
        return None  # "The majority of these workers are employed …": a share, no title
    if "of" in lowered[1:verb - 1] and _OTHERS_OF.intersection(
            lowered[:lowered.index("of", 1)]):
        return None  # (real35) "The major employers of physicists are …": others, no title
    if lowered[:2] == ["the", "following"] or _PROMOTED.match(" ".join(lowered[verb:verb + 3])):
        # (rules38b) "The following Customs Examiners are promoted to …", "Assistant Engineers
        # are promoted to …": a notice's list of officers, who move from the post named
        return None
    # ((carry53) a chat's reply opening with a cue of a word or two, "Sure! Couriers can …",
    # "Good news! Couriers …"; a question before, "Looking for X jobs? Ys are …", is no cue)
    stops = [i for i, w in enumerate(words[:verb - 1]) if (w.endswith(".") and len(w) > 3)
             or (w[-1] == "!" and i < 2)]
    if stops:  # "Accepting payments. Couriers can also …": a run-in heading, then the subject
        words, lowered, verb = (words[stops[-1] + 1:], lowered[stops[-1] + 1:],
                                verb - stops[-1] - 1)
        if not words[0][:1].isupper() or lowered[0] in _QUALIFIERS:
            return None
    for size in (verb,):
        joined = any(w in ("and", "or") and words[i - 1].endswith("s")
                     for i, w in enumerate(words[1:size], 1))  # "Nurses and paramedics"
        # ("Employment for Arborists"; "Once you're in, welders are …": an opening clause)
        if _MOVING_ON.match(" ".join(lowered[size:])):
            return None  # "Registered nurses can go on to become …": where others move from
        if _PAID_REMARK.match(" ".join(lowered[size:])):
            return None  # "Weekend casual assistants are paid hourly": some colleagues' pay
        if _singular_after_plural(lowered[size - 1], lowered[size]):
            return None  # (real36) "Mentoring and coaching engineers is …": an activity
        if words[size - 1].endswith("s") and not joined and not any(
                # ("Salaries commanded by qualified accountants are …": the pay, no title)
                # ("Trained with experience HGV drivers earn …": a remark on some of them)
                ":" in w or w in ("for", "by", "with") for w in words[:size]) and not any(
                w.endswith(",") for w in words[:size - 1]):
            candidate = _capitalised(words[:size])
            title = _titled(candidate, vocab)
            if title and candidate != title:
                return title
            if title is None:  # "Speech pathologists help …": a worker noun the lexicon lacks
                return _occupation(" ".join(words[:size]))
    return None


# (real32) A worker's job told as its purpose, the worker first ("Aircraft maintenance
# engineer job is to design …", "A locksmith's job is to …").
# (fixes77) "It is a loss adjuster's responsibility to …", "It's the foreman's job to …": a
# page's opening duty sentence naming its worker in the possessive.
_ITS_DUTY = re.compile(r"It(?:['’]s| is) (?:an?|the) "
                       r"(?P<title>[A-Za-z][a-z-]+(?: [A-Za-z][a-z-]+){0,3}?)"
                       r"['’]s (?:main |primary |chief |first )?(?:responsibility|job|duty|role|"
                       r"task) to ")
# (real40) "The basic role of a dental nurse is to provide …": the worker after "the role
# of", in lower case, at the page's opening.
_ROLE_OF_IS_TO = re.compile(r"The (?:basic |main |primary |principal |key |core |chief )?role "
                            r"of (?:an?|the) (?P<title>[a-z][a-z-]+(?: [a-z-]+){0,3}?) is to ")
_JOB_IS_TO = re.compile(r"(?:(?:The|An?) (?=[a-z])|(?=[A-Z]))(?P<title>[A-Za-z][a-z-]+"
                        r"(?: [a-z-]+){0,3}?)(?:['’]s)? "
                        r"(?:main |primary )?(?:job|role|work) is to ")


def _framed_worker(frame: re.Pattern[str], text: str, vocab: Vocabulary, *,
                   strict: bool = True) -> str | None:
    """The worker ``frame`` (a sentence's frame, its ``title`` group the worker) names at the
    start of ``text``: a known title or a worker noun (``strict``: a people-only ending);
    none for some of the workers ("Our …", "Most …").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _framed_worker(_JOB_IS_TO, "Tower crane operator job is to lift loads safely.", v)
    'Tower Crane Operator'
    >>> _framed_worker(_JOB_IS_TO, "A locksmith's main job is to fit locks.", v)
    'Locksmith'
    >>> _framed_worker(_JOB_IS_TO, "Our job is to help you.", v) is None
    True
    >>> _framed_worker(_ITS_DUTY, "It is a loss adjuster's responsibility to visit sites.", v)
    'Loss Adjuster'
    >>> _framed_worker(_TO_BE, "To be a marine surveyor, you usually need a degree.", v)
    'Marine Surveyor'
    >>> _framed_worker(_TO_BE, "To be a success, you need grit.", v, strict=False) is None
    True
    >>> _framed_worker(_CALLED_OPENING, 'Glaziers who are sometimes called "glass fitters" '
    ...                'fit windows.', v)
    'Glazier'
    >>> _framed_worker(_CALLED_OPENING, "People who are called to serve often stay.", v) is None
    True
    """
    match = frame.match(text.lstrip())
    if match is None:
        return None
    subject = match.group("title")
    if subject.split(" ", 1)[0].lower() in _QUALIFIERS | _OWNERS | {"this", "that", "each"}:
        return None
    return _titled(title_case(singular_title(subject)), vocab) or _occupation(
        subject, strict=strict)


# (real32) A paragraph opening with what it takes to be the worker ("To be an
# agricultural engineer, you usually have to study …", "To become a qualified farrier,
# you need …"): the page's role, as a statement.
_TO_BE = re.compile(r"To (?:be|become|work as) (?:an?|a qualified|a registered|a licensed) "
                    r"(?P<title>[a-z][a-z-]+(?: [a-z-]+){0,3}?), you ")
# (the frame says a job: a broad agent ending will do, "To be a forester, you …")
# (real40) "As a football referee, you are responsible for …": the worker the reader is
# addressed as, with the duty or the need that follows.
_AS_A_YOU = re.compile(r"As (?:an?|a qualified|a registered|a licensed) "
                       r"(?P<title>[a-z][a-z-]+(?: [a-z-]+){0,3}?), you (?:are|will|would|"
                       r"must|need|have|may|can|could)\b")


# (real32) A plural subject and the other names its workers go by, in a relative clause
# before the verb ("Conservators who are sometimes called "art conservators" work to …").
_CALLED_OPENING = re.compile(r"(?P<title>[A-Z][a-z-]+(?: [a-z-]+){0,2}?s),? who (?:are|were) "
                             r"(?:(?:also|sometimes|often|usually|commonly|occasionally) )?"
                             r"(?:called|known as|referred to as)\b")


# The kind of post a subject names ("Administrative assistant roles are …"): the words
# before it name the role.
_POST_KINDS = frozenset({"roles", "jobs", "positions", "posts"})
_KIND_VERBS = frozenset({"are", "can", "often", "usually", "typically", "tend", "offer",
                         "involve", "require", "suit", "vary"})


def _kind_opening(text: str, vocab: Vocabulary) -> str | None:
    """The role a page's first sentence names as a kind of post, its subject ("Warehouse
    operative jobs are fast-paced …" -> "Warehouse Operative"): a known title or worker
    noun before "roles", "jobs", "positions" or "posts", a verb right after.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _kind_opening("Dental nurse roles are varied and busy.", v)
    'Dental Nurse'
    >>> _kind_opening("Entry-level jobs are hard to find.", v) is None
    True
    """
    words = text[:120].split()[:7]
    lowered = [w.lower() for w in words]
    if not words or not words[0][:1].isupper() or lowered[0] in _QUALIFIERS | _OWNERS:
        return None  # "Most nursing jobs are …", "Our roles are …": no title
    for size in range(1, min(len(words) - 1, 5)):
        if lowered[size] in _POST_KINDS:
            if lowered[size + 1] not in _KIND_VERBS or not all(
                    w.replace("-", "").isalpha() for w in words[:size]):
                return None
            phrase = " ".join(words[:size])
            return _titled(title_case(phrase), vocab) or _occupation(phrase)
        if not words[size].islower():
            return None  # (the subject is in sentence case: "Care worker jobs")
    return None


# Words after a plural subject that are no verb of it: "Nurses and midwives", "Welders in
# Ohio", "Plumbers who …", "Electricians salary" (a label), "Cooks (NOC 6322)".
_NOT_SUBJECT_VERB = frozenset({
    "and", "or", "of", "in", "at", "for", "with", "on", "to", "from", "by", "near", "who",
    "that", "which", "whose", "than", "like", "as", "salary", "salaries", "pay", "wages",
    "jobs", "job", "career", "careers", "vs", "versus", "per", "not", "too"})
_PROSE_WORDS = 12  # a line this long, or ending in a full stop, is a sentence (no title)
_OWNERS = frozenset({"our", "your", "their", "its", "the", "my"})


# (real45) A teaser addressed to the reader above a page's body: an imperative, then what
# the page tells ("Learn the critical points of …", "Find out what a X does", "Discover
# how …"); "Research scientists study …" opens with a subject, not a teaser.
_TEASER = re.compile(r"(?:Learn|Discover|Find out|Explore|Read|Research|See|Check out)"
                     r" (?:the|about|what|how|more|all|if|whether|why|which)\b")


def _prose(text: str) -> bool:
    """A line that reads as a sentence: long enough, or ending in a full stop."""
    return len(text.split()) >= _PROSE_WORDS or text.rstrip().endswith(".")


def _known_plural_subject(text: str, vocab: Vocabulary) -> str | None:
    """The known title the page's first prose line opens with in the plural, before its
    verb ("Cooks prepare and cook …", "Administrative assistants perform …"): any
    present-tense verb will do after a title the lexicon knows."""
    words = _without_apposition(text)[:120].split()[:8]
    lowered = [w.lower() for w in words]
    if not words or not words[0][:1].isupper() or lowered[0] in _QUALIFIERS or (
            lowered[0] in _OWNERS):
        return None  # "Most cooks …", "Our interns …": some of the role's people
    for size in range(1, min(len(words), 5)):
        if not words[size - 1].endswith("s") or not words[size].islower():
            continue  # (the verb is the first lower-case word after a plural)
        after = lowered[size]
        if after[-1:] == "," and size + 1 < len(words) and words[size + 1].islower():
            after = after[:-1]  # (real35) "Electricians test, install and repair …": a verb list
        if after == "or" and size + 2 < len(words) and _OTHER_NAME.fullmatch(
                " ".join(lowered[size:size + 3])):
            after = lowered[size + 2]  # "Sports coaches or instructors teach …": the first
        if not after.isalpha() or after in _NOT_SUBJECT_VERB or after.endswith(("ing", "ed")):
            return None
        if _singular_after_plural(lowered[size - 1], after):
            return None  # (real36) "Mentoring and coaching engineers is …": an activity
        if not all(w.replace("-", "").isalpha() for w in words[:size]):
            return None
        candidate = _capitalised(words[:size])
        title = _titled(candidate, vocab)
        if title is not None and title == candidate:  # ("Coaches": a plural in "-es")
            single = title_case(singular_title(candidate))
            return single if single != candidate and vocab.is_role_title(single) else None
        # ("Optometrists examine …": a worker noun the lexicon lacks, named by its ending)
        title = title or _occupation(" ".join(words[:size]))
        if title is None and after.endswith("s"):
            continue  # ("Sports coaches …": the plural was the subject's first word)
        return title
    return None


# "… or instructors teach": a second plural name of the same workers, then the verb.
_OTHER_NAME = re.compile(r"or [a-z]+s [a-z]+")


# "The COURT CLERK 2 processes …": a class specification names its class in capitals, with
# the class's grade, as the subject of its first sentence.
_CAPS_WORD = r"(?![IVX]+\b)[A-Z][A-Z&'-]+"
_CAPS_DEFINITION = re.compile(rf"^(?:The|An?)\s+((?:{_CAPS_WORD}\s+){{0,5}}{_CAPS_WORD})"
                              r"(?:\s+(?:\d{1,2}|[IVX]{1,4}))?\s+([a-z]+)\b")


# A collective agreement's class definition: the class in capitals, its number, a dash, then
# the definition ("POOL OPERATOR II — Under general direction, operates …"; set 32).
_DASH_DEFINITION = re.compile(rf"^((?:{_CAPS_WORD}\s+){{0,5}}{_CAPS_WORD})\s+"
                              r"(?:\d{1,2}|[IVX]{1,4})\s*[—–]\s+[A-Z][a-z]+\b")
# A classification series named in an agreement's schedule ("B-1. Groundskeeper series (Title
# codes …)"): the series is the role, its numbered classes its grades.
_SERIES = re.compile(r"^(?:[A-Z]?-?\d{1,2}(?:\.\d{1,2})?[.)]?\s+)?(?:The\s+)?"
                     r"(?P<title>[A-Z][\w'’-]*"
                     r"(?:\s+[A-Z][\w'’-]*){0,5})\s+(?:class\s+|classification\s+)?series\b")


def _series_title(text: str, vocab: Vocabulary) -> str | None:
    """The role a classification series' heading names ("B-1. X series (Title codes …)").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _series_title("C-2. Groundskeeper series (codes 5101, 5102)", v)
    'Groundskeeper'
    """
    found = _SERIES.match(text)
    return found.group("title") if found is not None and vocab.is_role_title(
        found.group("title")) else None


def _caps_definition(text: str, vocab: Vocabulary) -> str | None:
    """The class a capitalised definition names ("The COURT CLERK 2 processes …", "POOL
    OPERATOR II — Under general direction, …").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _caps_definition("The HARBOUR PILOT II boards ships at the bar.", v)
    'Harbour Pilot'
    >>> _caps_definition("HARBOUR PILOT II — Under direction, boards ships at the bar.", v)
    'Harbour Pilot'
    """
    dashed = _DASH_DEFINITION.match(text)
    if dashed is not None:
        title = title_case(dashed.group(1).lower())
        return title if vocab.is_role_title(title) else None
    match = _CAPS_DEFINITION.match(text)
    if match is None or not (match.group(2) in _DEFINING_VERBS or match.group(2).endswith("s")):
        return None
    title = title_case(match.group(1).lower())
    return title if vocab.is_role_title(title) else None


def _definition(text: str, vocab: Vocabulary) -> str | None:
    stripped = text.lstrip()
    if stripped[4:6].isupper() or stripped[2:4].isupper():
        return _caps_definition(stripped, vocab)
    for article in ("A ", "An ", "The ", "As a ", "As an "):
        if stripped.startswith(article):
            title = vocab.role_title_at(stripped, len(article))
            rest = stripped[len(article) + len(title or ""):].lstrip(",").split()
            if title and rest and rest[0].lower() in _DEFINING_VERBS:
                return title
    return None


# inflection tries its rules one regex at a time; a page repeats its words (memoised, bounded).
_singular_word = lru_cache(maxsize=1 << 12)(inflection.singularize)


def singular_title(title: str) -> str:
    """``title`` with its last word singular, spelt as written otherwise.

    >>> singular_title("Hydrologists"), singular_title("Building surveyors")
    ('Hydrologist', 'Building surveyor')
    >>> singular_title("Midwives"), singular_title("Business Analysis"), singular_title("SREs")
    ('Midwife', 'Business Analysis', 'SRE')
    >>> singular_title("site foremen")
    'site foreman'
    >>> singular_title("Commis"), singular_title("Rabbis")
    ('Commis', 'Rabbi')
    >>> singular_title("Lead Nurses for Safeguarding Adults")
    'Lead Nurse for Safeguarding Adults'
    >>> singular_title("vacancies for swimming teachers")
    'vacancies for swimming teacher'

    """
    post, remit, charge = title.partition(" for ")
    if remit and post and charge and all(word in remit_words() or word in _LOWER_CONNECTORS
                                         for word in charge.lower().split()):
        # (fixes76) "Designated Nurses for Safeguarding Adults": the post's head, not its
        # remit's last word ("vacancies for swimming teachers" stays as it was)
        return f"{singular_title(post)}{remit}{charge}"
    head, space, last = title.rpartition(" ")
    if last.endswith("men") and len(last) > 5 and " of " not in title:  # "site foremen"
        return f"{head}{space}{_singular_word(last)}"
    if not last.endswith("s") or last.endswith(_NOT_PLURAL) or " of " in title:
        return title  # "Analytics", "Operations", "Director of X": nothing to make singular
    if last.endswith("is") and last.lower() not in _I_PLURALS:
        return title  # "Commis", "Chassis": a singular French or Latin -is word
    return f"{head}{space}{_singular_word(last)}"


def singular_post(title: str) -> str:
    """A post named "X of Y" with its plural head made singular ("VPs of Field Research"),
    as a heading that recruits several names it; any other title as it is.

    >>> singular_post("VPs of Field Research"), singular_post("Friends of the Earth")
    ('VP of Field Research', 'Friends of the Earth')
    """
    post, of, charge = title.partition(" of ")
    if not of or post.rpartition(" ")[2].lower() not in _PLURAL_POSTS:
        return title
    lead, space, word = post.rpartition(" ")
    return f"{lead}{space}{_singular_word(word)}{of}{charge}"


_NOT_PLURAL = ("ss", "sis", "us", "ics", "ions", "ings", "ness", "ews")
# Plurals of titles ending in -i (most words ending in -is are singular: "Commis", "Chassis")
_I_PLURALS = frozenset({"rabbis", "yogis", "swamis", "muftis", "qadis", "sufis"})
# Plural head words of posts named "X of Y" ("VPs of Sales", "Heads of Nursing")
_PLURAL_POSTS = frozenset({"vps", "svps", "evps", "heads", "directors", "chiefs", "managers",
                           "deans", "presidents", "officers", "leads"})
_LOWER_CONNECTORS = frozenset({"of", "and", "&", "for", "in", "to"})


def _capitalised(words: Sequence[str]) -> str:
    """(fixes97) A plural subject's words as a title: each lower-case word capitalised, a
    connector inside it kept ("wig and hairpiece makers" -> "Wig and Hairpiece Makers",
    never "Wig And …").

    >>> _capitalised(["wig", "and", "hairpiece", "makers"])
    'Wig and Hairpiece Makers'
    """
    return " ".join(w if index and w in _LOWER_CONNECTORS else w.capitalize() if w.islower()
                    else w for index, w in enumerate(words))


def title_case(phrase: str) -> str:
    """Each word capitalised, acronyms and connectors kept ("GIS manager" -> "GIS Manager").

    >>> title_case("head of field operations"), title_case("GIS manager")
    ('Head of Field Operations', 'GIS Manager')
    """
    return " ".join(w if w in _LOWER_CONNECTORS else w[:1].upper() + w[1:]
                    for w in phrase.split())


# A card's line of other names under its title ("Also: Standby Dresser / Set Standby").
_OTHER_NAMES_LINE = re.compile(r"Also(?: known as| called)?:\s*(.{3,120})$")
_ALSO_SPLIT = re.compile(r"\s*[/;,]\s*|\s+or\s+")
# A title in capitals alone on its line, two to four words ("COSTUME STANDBY").
_CAPS_TITLE = re.compile(r"[A-Z][A-Z-]+(?: [A-Z][A-Z-]+){1,3}")


def _shared_head(title: str, names: tuple[str, ...]) -> bool:
    """True when one of a title's other ``names`` ends in its head word ("KEY RIGGER" and
    "Head Rigger"): a grade named two ways, whatever its head noun says of people."""
    head = title.split()[-1].lower()
    return any(name.split()[-1].lower() == head for name in names if name.split()
               and name.lower() != title.lower())


def trade_noun(word: str) -> bool:
    """(carry47) True for a compound trade name whose last part names the worker
    ("locksmith", "lifeguard", "housemaid"), singular or plural.

    >>> trade_noun("Housemaid"), trade_noun("boilermakers"), trade_noun("guard")
    (True, True, False)
    """
    return _TRADE_END.search(word.lower()) is not None


@lru_cache(maxsize=1)
def _ess_workers() -> frozenset[str]:
    """(fixes88) The closed list of worker nouns ending in "-ess" ("seamstress", "waitress")
    in ``worker_nouns`` (``data/headings.yaml``): no suffix rule, as "mattress", "address",
    "business" and "fitness" name no one."""
    return frozenset(word_lists("worker_nouns").get("ess", ()))


# (fixes93) A compound of "list" naming a list, no one: a whole word before "list" ending in a
# consonant ("checklist", "shortlist", "waitlist", "playlist"), where the people's "-list"
# follows a vowel or "l" ("novelist", "journalist", "cellist", "stylist"). (Verbs in "-sist",
# "assist", "insist", are listed words: "geodesist" ends in "desist".)
_LIST_THING = re.compile(r"(?:[b-df-hj-km-np-tv-xz]|[aeo]y)list$")


def _ist_thing(single: str) -> bool:
    """(fixes93) An "-ist" word naming no one ("list", "checklist", "wrist", "assist"): the
    shapes of ``_LIST_THING`` and the words of ``worker_nouns: ist_things``
    (``data/headings.yaml``)."""
    return single.endswith("ist") and (_LIST_THING.search(single) is not None or single in
                                       word_lists("worker_nouns").get("ist_things", ()))


def _person_end(single: str) -> bool:
    """An ending that only names people ("hydrologist", "rodperson"), less the "-ist" words
    that name things (:func:`_ist_thing`) and the "-ian" words that do (``worker_nouns:
    ian_things``, "median")."""
    return _PERSON_END.search(single) is not None and not _ist_thing(single) and (
        single not in word_lists("worker_nouns").get("ian_things", ()))


def practitioner_noun(word: str, *, strict: bool = False) -> bool:
    """True for a noun that names a person by its ending, singular or plural.

    ``strict``: only endings that name nothing but people ("-ist", "-person").

    >>> practitioner_noun("Photogrammetrists"), practitioner_noun("drafters")
    (True, True)
    >>> practitioner_noun("careers"), practitioner_noun("drafter", strict=True)
    (False, False)
    >>> practitioner_noun("Seamstresses"), practitioner_noun("mattress")
    (True, False)
    >>> practitioner_noun("shortlist"), practitioner_noun("panellists")
    (False, True)
    """
    single = singular_title(word).lower()
    if _person_end(single) or single in _ess_workers():
        return True
    return not strict and _AGENT_END.search(single) is not None and single not in _NOT_PEOPLE


# A group of occupations a handbook files a page under ("Construction trades and related
# workers", "Health technologists and allied occupations").
_RELATED_GROUP = re.compile(r"\s(?:and|&)\s+(?:related|other|allied|similar)\s+(?:workers|"
                            r"occupations|trades|professions|jobs)$", re.IGNORECASE)
# A title line's last word that names a field of work, no worker ("Records Management").
_FIELD_HEADS = frozenset({"Management", "Administration"})
# Words before "Management" that make it a tier of managers ("Middle Management"), no field.
_TIERS = frozenset({"senior", "middle", "upper", "top", "executive", "junior", "lower", "line",
                    "first-line", "first", "line-level"})


def field_of_work(text: str) -> bool:
    """True for a name of a field of work printed like a title ("Laboratory Management",
    "Records Administration"): its last word names the work, no worker, and the words before
    it are no managers' tier ("Middle Management" is one).

    >>> [field_of_work(t) for t in ("Laboratory Management", "Senior Management",
    ...  "Laboratory Manager", "Management")]
    [True, False, False, False]
    """
    words = clean(text).split(" ")
    return len(words) > 1 and words[-1] in _FIELD_HEADS and not all(
        w.lower() in _TIERS for w in words[:-1])
# (real37) A title line's subtitle addressed to the workers it names ("…: your rights",
# "…: know your rights at work", "…: what are your rights?").
_ADDRESSED = re.compile(r": (?:know |what are |understanding )?your\s", re.IGNORECASE)
# A question's first word before "is"/"are" on a title line ("Who is a Welder?").
_ASKING = frozenset({"Who", "What", "WHO", "WHAT"})


def _named(text: str, vocab: Vocabulary, mentioned: Callable[[str], bool]) -> tuple[str, str]:
    """``text`` as a title line's role (singular, in Title Case) and its signal, or
    ``("", "")``: a role title in any case ("Building surveyors"), or a practitioner noun
    the page names again ("Cartographers")."""
    text = clean(text.strip(" .:;!?\"'"))
    if ": " in text and (addressed := _ADDRESSED.search(text)) is not None:
        # (real37) "Care workers: your rights", "Bus drivers: know your rights at work": a
        # union's or adviser's page addressed to the workers it names before the colon
        return _named(text[:addressed.start()], vocab, mentioned)
    words = text.split(" ")
    if not text or len(words) > 6 or not text[0].isupper() or _INVERTED.search(text):
        return "", ""
    if words[0] == "The" and len(words) > 1:
        return "", ""  # "The Northern Courier": a publication's or a firm's name
    if words[0] in _ASKING and len(words) > 2 and words[1].lower() in ("is", "are"):
        return "", ""  # (real34) "Who is an Accountant?": a question, read by its own signal
    if ": " in text:
        return "", ""  # "Related titles: Bosun, Deckhand": a label and its value, no title
    single = singular_title(text)
    titled = title_case(single)
    if words[-1] in _FIELD_HEADS and len(words) > 1:
        return "", ""  # "Archives & Records Management": a field of work's heading, no post
    if _RELATED_GROUP.search(text):
        return "", ""  # (real32) "Construction trades and related workers": a handbook's
        # group of occupations over the page, no one role
    if vocab.is_role_title(titled):
        return titled, "title_line"  # "Building surveyors" -> "Building Surveyor"
    last = single.rpartition(" ")[2]
    if ((practitioner_noun(last) or _TRADE_END.search(last.lower()))
            and all(w.replace("-", "").isalpha() for w in words)
            and titled == single and mentioned(last.lower())):
        return single, "title_noun"
    if (_SENTENCE_CASE.fullmatch(single) and practitioner_noun(last, strict=True)
            and not _NOT_IN_TITLE.intersection(single.lower().split())
            and mentioned(last.lower())):
        # a translated profile's title in sentence case ("Hearing aid acoustician"), its
        # worker named by a people-only ending and named again on the page
        return single, "title_noun"
    return "", ""


_WRAP_WORDS = 2  # words of a title's wrapped end on the line below ("Practitioner")
_WRAPPED_WORDS = 3  # words of the wrapped line at least ("Senior Environmental Health")


def _wrapped_title(first: str, second: str, vocab: Vocabulary) -> str | None:
    """A title line cut by the wrap, its head word on the short line below ("Senior
    Environmental Health" / "Practitioner"), joined; None when ``first`` is a title of its
    own or the two make none.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _wrapped_title("Chief Marine Safety", "Inspector", v)
    'Chief Marine Safety Inspector'
    >>> _wrapped_title("Marine Safety Inspector", "Apply Now", v) is None
    True
    """
    below = second.split()
    words = first.split()
    # (a wrap cuts a long line: a name of two words above a title is a person and the post,
    # "Ruth Osei" / "Principal Consultant")
    if not (1 <= len(below) <= _WRAP_WORDS and len(words) >= _WRAPPED_WORDS) or (
            vocab.is_role_title(first)):
        return None
    # (every word capitalised, no connector: "Careers in Health" / "Nurse" is two lines)
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in (*words, *below)):
        return None
    joined = f"{first} {second.strip()}"
    return joined if vocab.is_role_title(joined) else None


# (real40) One short name of a slash-joined title line ("Focus Puller", "site manager").
_SLASH_NAME = re.compile(r"[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*){0,3}")


def _title_line(text: str, vocab: Vocabulary, mentioned: Callable[[str], bool],
                said: Callable[[str], bool] | None = None) -> tuple[str, str, tuple[str, ...]]:
    """The role a title line names (``title, signal, aliases``; empty title for none);
    ``said(phrase)``: the page prints ``phrase`` at all (an inverted title's plain form).

    An occupation code before it is dropped; "A/ B" (a slash then a space) names one role
    twice: A, with B its alias.
    """
    text = _CODE.sub("", text, count=1)
    if text[-1:] in ")0123456789" or (text[-1:].isupper() and any(
            c.isdigit() for c in text[-8:])):  # (cheap: a code ends the line)
        text = _TAIL_CODE.sub("", text, count=1)
    number = _NUMBER_SLASH.match(text)
    if number and _plural_pair(number.group(1), number.group(2)):
        # "Events/Event Manager", "Sales/Sale Representative": one title whose modifier is
        # printed in both numbers; the first spelling leads unless only the second is known.
        # (the other is no alias: elsewhere "Accounts Manager" and "Account Manager" are two
        # jobs, which an alias would join across guides)
        rest = text[number.end():]
        spellings = [f"{number.group(1)}{rest}", f"{number.group(2)}{rest}"]
        if not vocab.is_role_title(spellings[0]) and vocab.is_role_title(spellings[1]):
            spellings.reverse()
        title, signal = _named(spellings[0], vocab, mentioned)
        if title:
            return title, signal, ()
    # ("Interpreter/ Translator"; (real39) "Interpreter / Translator", "Interpreter/Translator")
    # (never inside brackets: "Returnship for QA Engineers (Test Engineer / SDET)")
    halves = re.split(r"(?<=\w) ?/ ?(?=[A-Z])|(?<=\w)/\s+(?=\w)", text) if "/" in text and (
        "(" not in text) else re.split(r"(?<=\w)/\s+(?=\w)", text)
    if len(halves) == 2:
        first, signal = _named(halves[0], vocab, mentioned)
        second, _ = _named(halves[1], vocab, mentioned)
        if first and second:
            return first, signal, (second,)
    if " / " in text and "(" not in text and len(text) < 80:
        # (real40) "Camera Assistant / Focus Puller", "Caretaker / site manager / janitor",
        # "Teaching Assistants / School Support Staff": the job's title and its other names,
        # short names joined by spaced slashes; the first names the role when it is a title
        # (the others, aliases when titles too)
        parts = [part.strip() for part in text.split(" / ")]
        if 2 <= len(parts) <= 4 and all(_SLASH_NAME.fullmatch(part) for part in parts):
            first, signal = _named(parts[0], vocab, mentioned)
            if first:
                return first, signal, tuple(
                    other for part in parts[1:] if (other := _named(part, vocab, mentioned)[0]))
    if _BYLINE.match(text):
        return "", "", ()  # "Tessa, the Job Leveling Architect": an author's persona
    group = _UNIT_GROUP.match(text)
    if group:
        # "Glaziers, window fabricators and fitters": a statistics unit group names one
        # occupation, its first member; the others are kinds of it, not roles of the page.
        title, signal = _named(group.group(1), vocab, mentioned)
        if title:
            return title, signal, ()
    pair = _PLURAL_PAIR_TITLE.match(text) if " and " in text or " & " in text else None
    if pair is not None:
        # (real32) "Conservators and Conservation Technicians": a card on two jobs, the
        # first its subject (the second works under it), never one title made of both
        first, signal = _named(pair.group(1), vocab, mentioned)
        second, _ = _named(pair.group(2), vocab, mentioned)
        if first and second:
            return first, signal, ()
    others = _OTHER_TITLES.match(text) if " or " in text else None
    if others is not None:
        # (each a title of its own, in the line's case: "sorter" is "Sorter")
        names = [_named(name[:1].upper() + name[1:], vocab, mentioned)[0] for name in (
            others.group(1), *others.group(2).split(", "), others.group(3))]
        if all(names):
            return names[0], "title_line", tuple(names[1:])
    joined = _joined_aliases(text, vocab, mentioned) if ", " in text else None
    if joined is not None:
        return joined
    title, signal = _named(text, vocab, mentioned)
    specialised = _SPECIALISM.match(text) if not title and text.endswith(")") else None
    if specialised is not None:  # (rules37a) "Graduate Transport Planner (Road & Rail …)":
        # a scheme's or a posting's title with its specialism in brackets, the title alone
        title, signal = _named(specialised.group("title"), vocab, mentioned)
        title = title if vocab.is_role_title(title) else ""
    if not title and _INVERTED.search(text):
        title = _uninverted(text, vocab, said or mentioned)
        return title, "title_line" if title else "", ()
    head, comma, other = text.partition(", ")
    if not title and comma and _second_language(other):
        # "Farrier, Kaihanga hū hōiho": the title and its name in a second language.
        title, signal = _named(head, vocab, mentioned)
        return title, signal, (other.strip(),) if title else ()
    return title, signal, ()


# An acronym printed as a title's alias ("PCSO", "CSO").
_ACRONYM = re.compile(r"[A-Z]{2,6}s?")


def _joined_aliases(text: str, vocab: Vocabulary, mentioned: Callable[[str], bool]
                    ) -> tuple[str, str, tuple[str, ...]] | None:
    """(real34) A careers service's title run into its other names on one line, in
    sentence case ("Bus driver bus operator, coach driver"): the known title it opens with
    and the rest as aliases; None for any other line.

    The rest of the first part must be an acronym or a title of two words or more, so a
    title whose last word is a worker ("Senior nurse practitioner, …") is never cut.
    """
    parts = [part.strip() for part in text.split(", ")]
    first = parts[0].split()
    if len(first) < 2 or not all(p for p in parts) or not all(
            w.islower() or _ACRONYM.fullmatch(w) for part in parts
            for w in part.split()[1 if part is parts[0] else 0:]):
        return None
    for cut in range(len(first) - 1, 0, -1):
        rest = first[cut:]
        acronym = len(rest) == 1 and _ACRONYM.fullmatch(rest[0]) is not None
        if not acronym and (len(rest) < 2 or not vocab.is_role_title(
                title_case(singular_title(" ".join(rest))))):
            continue
        head = " ".join(first[:cut])
        title, signal = _named(head, vocab, mentioned)
        if title and vocab.is_role_title(title):
            others = [" ".join(rest), *parts[1:]]
            return title, signal, tuple(o if _ACRONYM.fullmatch(o) else title_case(
                singular_title(o)) for o in others)
    return None


# A title with a capitalised specialism in brackets ("Transport Planner (Road & Rail
# Freight)").
_SPECIALISM = re.compile(r"^(?P<title>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,4})\s+"
                         r"\([A-Z][\w'’-]*(?: (?:&|and|[A-Z][\w'’-]*)){0,4}\)$")


# A posting's or a scheme's header: its title, then " | "-separated "Label: value" fields.
_FIELD_CELL = re.compile(r"[A-Z][A-Za-z]+(?: [a-z]+)?: [^|]+")


def _stripped_fields(text: str) -> str:
    """A header line's title without the "Label: value" fields after it, when every cell
    after the first is one ("Graduate Planner | Start: 2027 | Salary: £31,500" ->
    "Graduate Planner"); any other line as it is.

    >>> _stripped_fields("Graduate Planner (Rail)  |  Start: May 2027  |  Salary: £31,500")
    'Graduate Planner (Rail)'
    >>> _stripped_fields("Popular Roles | Welder, Fitter")
    'Popular Roles | Welder, Fitter'
    """
    first, *cells = (cell.strip() for cell in text.split(" | "))
    if not cells or ":" in first or not all(_FIELD_CELL.fullmatch(cell) for cell in cells):
        return text
    return first


def _plural_pair(first: str, second: str) -> bool:
    """One word in its two numbers ("Events" and "Event", "Sale" and "Sales")."""
    one, other = sorted((first, second), key=len)
    return other in (f"{one}s", f"{one}es")


_RESIDUAL = frozenset({"other", "all", "misc", "miscellaneous"})


def _uninverted(text: str, vocab: Vocabulary, said: Callable[[str], bool]) -> str:
    """A register title printed inverted ("Career List Inspectors, Agricultural") as the
    page writes it elsewhere ("Agricultural Inspector"), or "" when the page never does
    (``said``: the page prints a phrase; once is enough, the title line reads otherwise)."""
    head, _, qualifier = text.rpartition(", ")
    words = head.split()
    if not words or not qualifier.replace(" ", "").isalpha() or len(qualifier.split()) > 2 or (
            qualifier.lower() in _RESIDUAL):
        return ""  # ("Engineers, Other": a residual group, no title, whatever the page says)
    titled = title_case(singular_title(f"{qualifier} {words[-1]}"))
    # (real45) an occupation database's own title, a plural worker noun alone and one
    # qualifier ("Opticians, Dispensing", "Teachers, Postsecondary"): its plain form need
    # not be printed again ("Engineers, Other" is a residual group, no title)
    listed = len(words) == 1 and " " not in qualifier and words[0].endswith("s")
    return titled if vocab.is_role_title(titled) and (listed or said(titled.lower())) else ""


_SENTENCE_CASE = re.compile(r"[A-Z][a-z'’-]+(?: [a-z][a-z'’-]+){1,3}")
# A title with its name in the page's source language in a bracket, lower case ("Tram driver
# (motorniczy)", "Upholsterer (tapicer)": a translated page's occupation).
_NATIVE_NAME = re.compile(r"^(?P<title>[A-Z][\w'’-]*(?:\s[\w'’-]+){0,4})\s+"
                          r"\((?P<native>[^\W\d_A-Z][^\W\d_]*(?:[ -][^\W\d_]+){0,2})\)$")


def _post_named(found: re.Match[str], lines: Sequence[tuple[int, str]],
                vocab: Vocabulary) -> str | None:
    """The post a notice's subject names ("for the post of SENIOR CLERK"), with its bracketed
    specialism when the page names the same title with another one: "LOCO PILOT (GOODS)" on a
    circular whose pay table also lists "Loco Pilot (Shunting)" is a post of its own."""
    value = found.group("value").strip()
    title = vocab.role_title_at(value.title() if value.isupper() else value, 0)
    bracket = _POST_BRACKET.match(found.string, found.end())
    if not title or bracket is None or len(title) != len(value):
        return title
    kind = bracket.group("kind").strip()
    kind = kind.title() if kind.isupper() else kind
    sibling = re.compile(re.escape(title) + r"\s*\((?!" + re.escape(kind) + r"\))[A-Za-z]",
                         re.IGNORECASE)
    named = any(sibling.search(text) for _, text in lines[:_FEATURE_SPAN] if "(" in text)
    return f"{title} ({kind})" if named else title


def _unnative(text: str, vocab: Vocabulary) -> str:
    """``text`` less a bracket naming its known title in another language.

    >>> from careergraph.lexicon import load_lexicon
    >>> _unnative("Upholsterer (tapicer)", Vocabulary.from_lexicon(load_lexicon()))
    'Upholsterer'
    """
    found = _NATIVE_NAME.match(text) if text.endswith(")") else None
    if found is None and not text.isascii():
        return _glued_native(text, vocab)
    if found is None or not vocab.is_role_title(title_case(found.group("title"))):
        return text
    return found.group("title")


def _glued_native(text: str, vocab: Vocabulary) -> str:
    """``text`` less its title in a second language printed after the English one on the
    same line (a New Zealand careers page's "Arborist Kaitiaki Rākau"): the longest opening
    words that are a known title, when the words after them are a second-language name.

    >>> from careergraph.lexicon import load_lexicon
    >>> _glued_native("Arborist Kaitiaki Rākau", Vocabulary.from_lexicon(load_lexicon()))
    'Arborist'
    >>> _glued_native("Café Manager", Vocabulary.from_lexicon(load_lexicon()))
    'Café Manager'
    """
    words = text.split()
    for size in range(len(words) - 1, 0, -1):
        head, tail = " ".join(words[:size]), " ".join(words[size:])
        if head.isascii() and not tail.isascii() and _second_language(tail) and (
                vocab.is_role_title(title_case(head))):
            return head
    return text


def _second_language(text: str) -> bool:
    """A short name with letters outside ASCII ("Kaitiaki Pī", "Plâtrier"): a role's title
    in a second language, printed beside or under the English one."""
    words = text.split()
    return (0 < len(words) <= 4 and words[0][:1].isupper() and not text.isascii()
            and all(w.replace("-", "").isalpha() for w in words))


_OPENING_WORDS = 6  # a section heading that opens a page's body is this short


def _unless_abstract(word: str) -> bool:
    """A title's last word counts as named again when it opens the page's body, unless it
    names a thing, not a person ("Vacation Employment")."""
    return not word.endswith(("ment", "ness", "tion", "ship"))


def signatories(lines: Sequence[tuple[int, str]]) -> frozenset[str]:
    """The names (lower case) signed right below a letter's sign-off line: its writer's,
    whose surname can end like a practitioner noun ("Okafor"), never the page's role.

    >>> sorted(signatories([(1, "Dana Proctor"), (9, "Yours sincerely,"), (10, "Dana Proctor")]))
    ['dana proctor']
    """
    sign_offs = mail_words().sign_offs
    return frozenset(after.strip().lower() for (_, text), (_, after) in pairwise(lines)
                     if len(text.split()) <= _SIGN_OFF_WORDS and sign_offs.match(text.strip())
                     and 0 < len(after.split()) <= _SIGN_OFF_WORDS)


def record_name(label: str) -> bool:
    """(rules44a) ``label`` is an HR record's field naming its own job ("Job Profile Name",
    "Role Title").

    >>> record_name("Job Profile Name"), record_name("Job Code")
    (True, False)
    """
    return _RECORD_NAME.fullmatch(label.strip().rstrip(":")) is not None


# A capitalised word right before a name: the name goes on leftwards, not opening there.
_CAPITAL_WORD_END = re.compile(r"[A-Z][\w&'’.-]*[ \t]+$")


def choose_role(
    lines: Sequence[tuple[int, str]], vocab: Vocabulary,
    is_heading: Callable[[str], bool] = lambda _: False,
    heading_lines: frozenset[int] = frozenset(),
    page: str = "",
    people: frozenset[str] = frozenset(),
) -> RoleChoice | None:
    """The role named by the strongest signal in ``lines`` (``(number, text)``), or None.

    Ties go to the earliest line.  ``is_heading`` tells known section headings, which are
    never a title line ("Career Guide", "Skills"); ``heading_lines`` are the lines the
    parser took as headings: they are read for page titles and "… for a X", not as prose.
    ``page`` is the whole page's text when ``lines`` leave some out (its labelled fields);
    ``people`` are a mail's correspondents its headers name (``correspondents``).
    """
    found: list[tuple[int, int, str, str]] = []  # (strength, -line, title, signal)
    signed = signatories(lines)  # a letter's writer ("Kind regards, / Ann Proctor")
    # (rules58b) the people a mail's headers address: a line opening with one's name is a
    # signature ("Ann Lee | Clinic Manager"), and a title after one's name and comma
    # ("Resignation - Ann Lee, Physiotherapist") is the title alone
    people = people | correspondents(
        page.splitlines() if page else [text for _, text in lines[:200]])
    late: list[tuple[int, int, str, str]] = []  # weak openings, read when nothing else holds
    aliases: dict[tuple[int, str], tuple[str, ...]] = {}
    body: list[str] = []

    def add(signal: str, title: str | None, line: int, bonus: int = 0,
            into: list[tuple[int, int, str, str]] | None = None) -> None:
        if title and signal == "page_title" and _COLLECTIVE_TITLE.search(title):
            return  # (rules40b) "… Emergency Logistics Standby Roster": the pool, no post
        if title and signal == "page_title" and " " in title and firm_named(title):
            return  # (rules48b) a shared drive's "Stonebridge Builders — …": the firm the
            # page names with its legal form ("Stonebridge Builders, Inc."), no post
        if title and people:
            title = unsigned_title(title, people)
        if title and not aged(title) and title.lower() not in signed:
            (found if into is None else into).append(
                (_STRENGTH[signal] * 10 + bonus, -line, title, signal))

    def firm_named(title: str) -> bool:
        """The page prints ``title`` (or its plural) as the opening words of a company's
        name, its legal form right after it ("Stonebridge Builders, Inc.")."""
        text = page or "\n".join(text for _, text in lines[:200])
        if title.split()[0] not in text:  # (no pattern to compile and run)
            return False
        return any(not _CAPITAL_WORD_END.search(text[:m.start()]) for m in re.finditer(
            rf"\b{re.escape(title)}(?:s|es)?,?\s+{LEGAL_FORM}(?![\w&])", text))

    def mentioned(word: str) -> bool:
        """The page names ``word`` more than once (its title line and elsewhere)."""
        if not body:
            body.append(" ".join(text for _, text in lines[:200]).lower())
        first = body[0].find(word)
        return first != -1 and body[0].find(word, first + len(word)) != -1

    def said(phrase: str) -> bool:
        """The page prints ``phrase`` (lower case) at least once."""
        if not body:
            body.append(" ".join(text for _, text in lines[:200]).lower())
        return phrase in body[0]

    def named(word: str, after: str) -> bool:
        """The page prints ``word`` (a capitalised word) only capitalised, and at least once
        without ``after`` behind it: a brand's name ("with Courio."), never a word of a
        title ("software" in "software jobs")."""
        text = " ".join(text for _, text in lines[:200])
        spots = [m for m in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)]
        # (in any case: a sentence's "Dental nurses help …" repeats the title "Dental Nurses")
        return all(m.group(0)[0].isupper() for m in spots) and any(
            not text[m.end():].lstrip().lower().startswith(after.lower()) for m in spots)

    def aged(title: str) -> bool:
        """The page gives ``title`` an age ("Carl Brandqvist, 81, died …"): a person's name
        (a surname can end like a practitioner noun), never the page's role."""
        if not body:
            body.append(" ".join(text for _, text in lines[:200]).lower())
        lowered = title.lower()  # (no "title," in the text: no pattern to compile and run)
        return lowered + "," in body[0] and re.search(
            re.escape(lowered) + r",\s+\d{1,3},", body[0]) is not None

    # A news feature: the occupation its headline and standfirst name, counted in its body;
    # its masthead ("The Leeds Courier") is chrome, never a title.
    feature = [text for _, text in lines[:_FEATURE_SPAN]]
    sites = page_sites(feature)
    menus = _menu_lines(lines[:_FEATURE_SPAN])
    add("headline", headline_role(feature, lambda phrase: _titled(title_case(phrase), vocab)
                                  or _occupation(phrase),
                                  lambda text: _is_chrome(text) or is_masthead(text, sites),
                                  bundled_level_words(single=True), practitioner_noun),
        lines[0][0] if lines else 0)
    head = 0
    found_text = False
    opened = False  # the page's first prose line was read
    titled: tuple[int, str] | None = None  # the title line just read
    field: int | None = None  # the line of a "Job title" field's label just read
    above: tuple[int, str] | None = None  # the line before, near the top of the page
    occupation_cells: set[int] = set()  # lines whose label cell reads "Occupation"
    latest_post: tuple[int, str] | None = None  # the latest "was appointed X" and its line
    for index, (no, raw) in enumerate(lines):
        # A role is named near the start of its line; reading more only costs time.
        text = raw[:_SPAN].strip().lstrip("#*•◆■▶ ").rstrip("*").strip()
        if head < _HEAD_LINES and text[-1:].isdigit():
            text = _STAMP.sub("", text)  # "Tiler2024-10-14T09:12:40-04:00"
        if text[:1] == "P":
            text = _POST_LABEL.sub("", text)
        if text[:1] == "Q":
            text = _FAQ_MARK.sub("", text)  # "Q. What does a X do?": the question, unmarked
        if head == 0 and text[:1].isdigit():
            text = _RANK_LEAD.sub("", text)  # "1.  Payroll Officer": a page opening ranked
        if head < _HEAD_LINES and " | " in text and ": " in text:
            text = _stripped_fields(text)  # (rules37a) "X (…) | Start: … | Salary: £…"
        if not text or (people and signed_line(text, people)):
            continue
        if above is not None and code_line(text):
            # An occupation sheet's title stands right above its code ("Job sheet / Welder /
            # ROME code: H2913"), however much portal chrome comes before it.
            add("title_line", _titled(above[1], vocab), above[0])
        grade_names = (_OTHER_NAMES_LINE.match(text)
                       if above is not None and text[:4] == "Also" else None)
        if grade_names is not None and above is not None and _CAPS_TITLE.fullmatch(
                above[1]) and _shared_head(above[1], tuple(_ALSO_SPLIT.split(grade_names[1]))):
            # a grade card's title in capitals over its other names, one of them on the same
            # head word ("COSTUME STANDBY" / "Also: Wardrobe Standby"): the card's grade
            grade_title = title_case(above[1].lower())
            add("title_line", grade_title, above[0], 1)
            aliases[(above[0], grade_title)] = tuple(
                name.strip() for name in _ALSO_SPLIT.split(grade_names[1]) if name.strip())
        above = (no, text) if index < _SHEET_LINES else None
        preferred = _PREFERRED.match(text) if text[:1] in "Pp" else None
        if preferred is not None:  # "Preferred labelslate roofer": the record's term, its
            # label glued on, is no title line (the field's value names the role)
            add("preferred_label", _worker(preferred.group(1), vocab), no)
            continue
        if field is not None:  # the value under a "Job title" field names the post
            add("statement", vocab.role_title_at(text, 0), no, 3)
        field = no if _TITLE_FIELD.match(text) else None
        filled = _FIELD_VALUE.search(raw[:_SPAN]) if (
            "itle" in text or "lass" in text or "ccupation" in text) else (
            _LEADER_FIELD.match(text) if "..." in text[:20] else None)
        if filled is not None:  # "Job title ...... Welder": the form names the post
            value = filled.group("value").strip()
            # (the field says it is a title: any short Title Case value, "Cardiac Physiologist")
            field_title = vocab.role_title_at(value, 0) or (
                value if _FIELD_TITLE.fullmatch(value) else None)
            head_value = _FIELD_QUALIFIER.split(value, 1)[0]
            if field_title is None and head_value != value and _FIELD_TITLE.fullmatch(
                    head_value):
                field_title = head_value  # (rules57c) "X OPERATOR - WINTER CONTROL"
            if field_title and " " in field_title and (
                    grade_tail := _GRADE_TAIL.search(field_title)):
                # (carry51) "Job title: CONTROLS ENGINEER II": the role at its grade; the
                # bare title is the occupation every set's truth names first
                field_title = field_title[:grade_tail.start()]
            add("statement", field_title, no, 3)
        formed = _FORM_TITLE.search(raw[:_SPAN]) if index < _SHEET_LINES and (
            "esignation" in text or "Title" in text) else None
        if formed is not None:  # "Name: A. Rao    Designation: Actuarial Analyst"
            value = formed.group("value").strip()
            add("statement", vocab.role_title_at(value, 0) or (
                value if _FIELD_TITLE.fullmatch(value) else None), no, 3)
        card_title = _CARD_TITLE.search(text) if "ard" in text or "ARD" in text else None
        if card_title is not None:  # "▼ POSITION CARD  Clinical Coder": the chart's selected post
            value = card_title.group("value")
            at = vocab.role_title_at(value, 0)  # (it stops at a "de": the card's whole title)
            add("position_card", value if at and vocab.is_role_title(value) and len(
                value) > len(at) else at or value, no)
        appointed = _APPOINTED.search(text) if "appointed" in text else None
        if appointed is not None:  # (the latest is read after the page, on a decision only)
            latest_post = (no, appointed.group("value"))
        post_of = _POST_OF.search(text) if (head < _HEAD_LINES or (
            index < _SHEET_LINES and (_SUBJECT.match(text) or "lassification of" in text))) and (
            " of " in text or text[:10].lower() == "promotion ") else None
        if post_of is not None:  # a notice's subject: the post it is about
            add("statement", _post_named(post_of, lines, vocab), no, 3)
        trainee = _PROGRAMME_TRAINEE.search(text) if head < _HEAD_LINES and (
            "(" in text) else None
        if trainee is not None:  # "CPE Residency Program (Chaplain Resident)": the trainee
            add("title_line", trainee.group("title"), no, 1)
        # ((carry52) a document's own title in capitals with its bracketed scope, "STATUS
        # DETERMINATION STATEMENT (OFF-PAYROLL RULES)", is no card: it names no post)
        card = bracketed_names(text) if index < _SHEET_LINES and ")" in text and (
            text[:2].isupper()) and not document_title(text) else None
        if card is not None and (practitioner_noun(card[0].split()[-1].lower())
                                 or _shared_head(card[0], card[1])):
            # a grade card's "HEAD RIGGER (Rigging Chief; "Up-rigger")": its title,
            # ahead of a neighbouring grade's definition further down the card
            grade_title = title_case(card[0].lower())
            add("title_line", grade_title, no, 1)
            aliases[(no, grade_title)] = tuple(
                name.title() if name.isupper() and name.isalpha() and len(name) > 4 else name
                for name in card[1])  # ("BORRACHEIRO": "Borracheiro")
        addressed = _ADDRESSEE.match(text) if index < _SHEET_LINES and text[:1] in "MD" else None
        if addressed is not None:  # (rules58b) "Ms Ann Lee, Branch Buyer – Leeds": the
            # post of the person a letter of terms is addressed to, over a letterhead's
            # product lines ("Timber · Roofing"), under any stronger reading of the page
            add("statement", _titled(addressed.group("title"), vocab), no)
        sheet_post = _SHEET_POST_AT.match(text) if head < _HEAD_LINES and " at " in text and (
            ": " in text[:44]) else None
        if sheet_post is not None and vocab.is_role_title(sheet_post.group("title")):
            add("statement", sheet_post.group("title"), no, 3)
        posted = _POST_FIELD.match(text) if head < _HEAD_LINES and (
            ":" in text[:9] or text[:9] == "Specialty") else None
        short = _posted_short(posted.group("value")) if posted is not None and (
            "(" in text) else None
        posted_head = _posted_title(posted.group("value"), vocab) if posted is not None else None
        if short is not None and (posted_head is None or posted_head.rsplit(" ", 1)[-1].lower() != (
                short[0].rsplit(" ", 1)[-1].lower())):
            # (carry42) "Post: Consultant in X (Consultant Anaesthetist)", "Consultant Physician
            # in X (Consultant Geriatrician)": the bracket's everyday name, the full an alias
            add("statement", short[0], no, 3)
            aliases[(no, short[0])] = (short[1],)
        elif posted is not None:  # a handover note's or a job sheet's "Post: X (…), Faculty …"
            # ("Consultant Radiologist in X (Consultant Paediatric Radiologist)": the head's
            # own noun in the bracket, a narrower name of the same post: an alias)
            add("statement", posted_head, no, 3)
            if short is not None and posted_head is not None:
                aliases[(no, posted_head)] = short
        labelled = _LABELLED_OCCUPATION.match(text) if index < _SHEET_LINES and (
            ":" in text) else None
        if labelled is not None:  # "Occupation: Landscaper (also Hard Landscaper)"
            title = _field_occupation(labelled.group("value") or labelled.group("card"), vocab)
            add("statement", title, no, 3)
            also = _ALSO_NOTE.sub("", labelled.group("note") or "", count=1)
            if title and also != (labelled.group("note") or ""):
                aliases[(no, title)] = tuple(
                    name for name in re.split(r",\s*|\s+or\s+", also) if name)
        aligned = _ALIGNED_FIELD.match(_SELECT_ARROW.sub("", raw[:_SPAN].strip())) if (
            "  " in raw[:_SPAN] or raw[:1] == "[" or "*" in text) else None
        if aligned is None and no in occupation_cells and not _OCCUPATION_CELL.fullmatch(text):
            aligned = _OCCUPATION_TEXT.fullmatch(text)  # the value cell of the label's line
        if aligned is not None:  # "Occupation      Tatami craftsman (trainee)"
            add("statement", _field_occupation(aligned.group("value"), vocab), no, 3)
            if _RECORD_NAME.match(text):
                continue  # (rules44a) "Job Profile Name  X": a record's field, no title line
        if _OCCUPATION_CELL.fullmatch(text):
            occupation_cells.add(no)
        filtered = _ROLE_FILTER.match(text) if "=" in text[:40] or ":" in text[:40] else None
        if filtered is not None:  # "Filter: Role = Site Engineer ✕": a list of one role's
            add("statement", _titled(filtered.group("value").strip(), vocab), no, 3)
        sought = _ROLE_SOUGHT.match(text) if text[:7].lower() == "looking" else None
        if sought is not None:  # "Looking for WELDER jobs? …": a directory's page for one role
            value = sought.group("value")
            add("statement", _titled(title_case(value.lower() if value.isupper() else value),
                                     vocab), no, 1)
        staff = _PAY_SUBJECT.match(text) if text[:1] in "RrSs" else None
        if staff is not None:  # "RE: REVIEW OF REMUNERATION FOR CLINICAL OFFICERS IN …"
            add("statement", _returner_role(staff.group("value"), vocab), no, 2)
        returner = _RETURNER_FOR.search(text) if "eturn" in text or "ETURN" in text else None
        if returner is not None:  # "Our returner programme for Patent Attorneys"
            add("statement", _returner_role(returner.group("value"), vocab), no, 2)
        posting = _BRACKET_POSTING.match(text) if text[:1] in "[【" else None
        if posting is not None:  # "[Full-time employee] Miso fermenting staff (Misoya) / …"
            title = title_case(posting.group("title"))
            add("page_title", title, no)
            if posting.group("native"):  # the title in the page's own language
                aliases[(no, title)] = (posting.group("native"),)
            continue
        row = _FIELD_ROW.match(text) if "\t" in text else None
        if row:  # a facts table's "Role<TAB>X" row names the post; the row is no title line
            add("statement", vocab.role_title_at(row.group(1), 0), no, 3)
            continue
        if titled is not None and _second_language(text):  # "Beekeeper" / "Kaitiaki Pī"
            aliases[titled] = (*aliases.get(titled, ()), text)
        titled = None
        if head < _HEAD_LINES:  # (chrome is told only there: the page's head)
            text = _spaced_trail(_unglued_trail(text, mentioned), vocab) if (
                text[:4] == "Home") else text
            # (a programme's title is never chrome: "Search Analytics Graduate Program 2026")
            chrome = (_is_chrome(text) and unprogrammed(text) == text) or no in menus
            headed = is_masthead(text, sites) or letterhead(text) or (
                index > 0 and lines[index - 1][0] == no
                and _firm_masthead(lines[index - 1][1], text, vocab))
            # ("Skip to main content", "Home", a public body's "CITY OF X": not the page's)
            head += not chrome and not jurisdiction(text)
            # (rules39b) a trail parted by slashes from its "Home": "Home / Guides / Butler"
            parts = (_BREADCRUMB.split(text) if _BREADCRUMB.search(text) else
                     text.split(" / ") if _SLASH_TRAIL.match(text) else None)
            if parts and not _PATH_PIECE.search(text) and not (
                    _rank_ladder(crumbs := parts, vocab)):
                # "Careers › Deckhands › Life on Board": a team page names its job before
                # its own crumb, by the job's own name when the page repeats it ("Cabin Crew")
                team = len(crumbs) > 2 and team_crumb(crumbs[-1])
                crumb = crumbs[-2] if team else crumbs[-1]
                # ("Home » Blog » What Do Bank Tellers Earn in Jamaica?": a pay headline)
                add("breadcrumb", _titled(crumb, vocab) or _pay_headline(crumb.strip(), vocab)
                    # (a translated site's crumb in sentence case: "Job offers › Tram driver")
                    or (_titled(title_case(crumb.strip()), vocab) if _SENTENCE_CASE.fullmatch(
                        crumb.strip()) else None)
                    or _field_worker(crumb, mentioned) or (
                        _team_job(crumb, mentioned) if team else None), no)
            certified = _CERTIFIED_FOR.match(text) if " for " in text and not chrome else None
            if certified is not None:  # (carry40) "Trade Test Certificate for Carpenters …"
                add("page_title", _titled(certified.group("title"), vocab), no, 1)
            trained = _TRAIN_AS.match(text) if text[:6].lower() == "train " else None
            if trained is not None and not chrome:  # (carry39) a scheme's "Train as a X …"
                add("page_title", _titled(trained.group("title"), vocab), no, 1)
            # ("Salary Schedule — Nurses 2026-27": a public employer's grid names its post,
            # its year range no slug)
            add("page_title", _schedule_title(text, vocab) if not chrome else None, no)
            slug = _SLUG.search(text) if "-" in text else None
            if slug and _DOCUMENT_CODE.fullmatch(slug.group(1)):
                slug = None  # (carry36) "leaflet VP-5", "form HR-12": a document's code
            elif slug and slug.start(1) > 0 and vocab.is_role_title(text.strip()):
                slug = None  # (real47) "Piano Tuner-Technician": a double-barrelled title
            if slug:
                add("slug", role_from_file_name(slug.group(1).lower(), vocab), no)
            elif headed:
                found_text = True  # the site's name: a line of text, never the page's title
            elif not chrome and not _TABLE_ROW.match(text) and not _PRICED.search(
                    text) and not _CLASS_SPAN.match(text) and not relation_line(
                    text) and not posts_line(text) and not (
                    _aliases_line(text, vocab)) and not staff_card_line(text) and (
                    called := uncalled(unlabelled(ungraded(uncoded(_unnative(
                        QA_MARK.sub("", text) if text[1:2] in ":." else text, vocab)))))):
                framed = unprogrammed(called)  # ("Graduate X Programme 2026": the title X)
                # (a code's scheme, a call to action around the title left out; "ANZSCO
                # 324111", a code alone, names nothing; "What an X does": the question
                # signal below reads it)
                # ("How Much Do X in Y Make?": a pay headline is read as one before the
                # Title-Case reader takes its question words for the title)
                # (fixes72) an interview's "Why did you become a X?": the job it asks about
                # below, never the question's words as a title
                asked = asked_destination(text) if "?" in text[-3:] else None
                asked_job = asked and _asked_title(asked, vocab, mentioned)
                # (real35) a book's numbered section's question: "1.3 What Do Xs Do?"
                questioned = _SECTION_LEAD.sub("", framed, count=1) if framed[
                    :1].isdigit() else framed
                add("page_title", None if asked_job or _WHAT_IS.match(questioned) or (
                    _WHAT_IS_BARE.match(questioned)) else _pay_headline(
                    framed, vocab) if _PAY_HEADLINE.match(framed) else _no_path(_page_title(
                    framed, vocab, first=not found_text, mentioned=mentioned,
                    framed=framed != called, named=named))
                    or _pay_headline(framed, vocab)
                    or _pay_explainer_title(framed, vocab), no)
                if framed[-1:].isupper() and len(framed) < _QUESTION_SPAN:
                    # (real34) "A career as a police PCSO": the post the page spells out
                    add("page_title", _acronym_title(framed, lines, vocab), no)
                promoted = _PROMOTION_LINE.fullmatch(framed) if (
                    "romotion" in framed or "ppointment" in framed) else None
                if promoted is not None:  # (rules48b) a letter's "Confirmation of promotion
                    # to Duty Manager": the post it confirms, over its letterhead's trust
                    add("page_title", _titled(promoted.group("title"), vocab), no, 1)
                placed = _PLACED_WORK.match(framed) if framed[:8].lower() == "working " else None
                if placed is not None:  # (rules39a) "Working in Australia as a Dentist": the
                    # frame names the job outright, over a site's "X Careers Hub" above it
                    add("page_title", _titled(placed.group("title"), vocab), no, 1)
                # (a title in capitals is read late: any other reading of the page's post
                # leads, "Jumbo Operator" over "UNDERGROUND JUMBO OPERATOR – ROLE GUIDE")
                add("capitals_title", _capitals_title(framed, vocab), no, into=late)
                if framed != called:  # a programme's title: the post it ends in, if named
                    add("page_title", _programme_post(lines, vocab), no, 1)
                # A career post's title: "From A to B: …", "… why I became a B"
                destination = story_destination(text) if len(text) < _STORY_SPAN else None
                add("headline", destination and _destination(destination, vocab, mentioned),
                    no, 1)
                add("headline", asked_job, no, 1)
                found_text = True
                field_guide = _FIELD_GUIDE.match(text)
                if field_guide:
                    add("page_title", _field_role(field_guide.group(1), vocab, lines), no)
                # (a heading's word inside a role's title: "Market Data Analyst", "Growth
                # Engineer" still title the page)
                # (carry36) "Partners: A · B · C", the label of the names on its own line
                # (a club's sponsors strip): no title line
                run_on = framed[-1:] == ":" and index + 1 < len(lines) and lines[
                    index + 1][0] == no
                # ((carry46) a handbook's "Section 9: X (sometimes called Y)" is its post's
                # section, whatever its bracket makes of it as a heading)
                if (head <= 3 and (not is_heading(framed) or vocab.is_role_title(framed)
                                   or _HANDBOOK_SECTION.match(framed) is not None)
                        and framed[-1:] not in ".!,;" and not run_on
                        and not _GLUED.search(framed)):
                    # (a title line right above a known section heading opens the page's
                    # body: a practitioner's name there need not be named again, "Glazier")
                    after = lines[index + 1][1].strip() if index + 1 < len(lines) else ""
                    opens = (0 < len(after.split()) <= _OPENING_WORDS and after[-1:] != "."
                             and is_heading(after))
                    below = lines[index + 1][0] == no + 1 if index + 1 < len(lines) else False
                    if below and (wrapped := _wrapped_title(framed, after, vocab)) is not None:
                        framed = wrapped  # "Senior Environmental Health" / "Practitioner"
                    title, signal, others = _title_line(
                        framed, vocab, _unless_abstract if opens else mentioned,
                        None if opens else said)
                    if title:
                        add(signal, title, no)
                        aliases[(no, title)] = others
                        titled = (no, title)
        # (a translated title's question, its long subtitle after the "?": "What is X
        # Staff? Salary, skills and roadmap to …")
        # (a report's numbered section asks it too: "3. What does a Glazier do?")
        # (real35) a textbook's numbered section too: "1.3 What Do Geologists Do?"
        asked_text = _SECTION_LEAD.sub("", text, count=1) if text[:1].isdigit() else text
        # (and a reflective log's heading after its label: "BEFORE THE VISIT — what I thought
        # a X did")
        if " — " in asked_text[:_QUESTION_SPAN] and asked_text[:4].lower() != "what":
            asked_text = asked_text.partition(" — ")[2] or asked_text
        if len(asked_text.partition("?")[0]) < _QUESTION_SPAN and (
                asked_text[:4].lower() == "what" or asked_text[:7].lower() == "who is "):
            add("question", _question_title(asked_text, vocab), no)
            # (a flattened FAQ's question with its answer after it: a weak opening)
            add("question", _answered_title(asked_text, vocab), no, into=late)
        elif asked_text[:4].lower() == "what" and 0 < asked_text.find(":") < _QUESTION_SPAN:
            # (rules36a) a section's label with its answer after a colon, "What a X does
            # here: Advises …": the worker the section is about
            label = _HERE_TAIL.sub("", asked_text.partition(":")[0].rstrip())
            add("question", _question_title(label, vocab), no)
        if len(text) < _QUESTION_SPAN and text[:6].lower() == "how to":
            add("question", _become_title(text, vocab, mentioned), no)
        if len(text) < _QUESTION_SPAN and _INTERVIEW_ASK.match(text) and (
                asked := asked_destination(text)):
            # (fixes72) an interview's "Why did you become a X?" anywhere on the page: the
            # job the interviewee holds (a workday column names it nowhere else)
            add("question", _asked_title(asked, vocab, mentioned), no)
        if ("ow to " in text or " I " in text) and " as a" in text:  # (rules37a) "… Your
            # Salary as a Vet"; (carry37) "How do I negotiate my salary as a X?"
            add("question", _negotiate_title(text, vocab, mentioned), no)
        lowered = text.lower()  # (once, not once per service word)
        # (each service word holds "ervice " or "ecruitment": two tests before the four)
        if len(text) < _QUESTION_SPAN and ("ervice " in lowered or "ecruitment" in lowered) and any(
                w in lowered for w in _SERVICE_WORDS):
            add("service_rules", _service_title(text, vocab), no)
        if _DUTY_WORDS.search(text, 0, 200):
            add("statement", _duties_of(text, vocab), no, 2)
        named_also = _NAMED_ALSO.search(raw[:_SPAN]) if " as " in raw[:_SPAN] or (
            "called" in raw[:_SPAN]) else None
        if named_also is not None:  # "Local Studies Librarian (3 roles) — sometimes
            # advertised as …": a unit's post, its other names after a dash (weak: the
            # page's other readings first)
            add("statement", _titled(named_also.group("title"), vocab), no, into=late)
        if no in heading_lines:
            match = _RESPONSIBILITY_FOR.search(text) if len(text) < 90 else None
            if match:
                add("heading_for", _titled(match.group(1), vocab), no)
            elif text[:4] == "The " and text[-1:] == ":" and len(text) < 90:
                # (real34) "The Front Desk Agent is responsible for:" over its duties
                add("heading_for", _the_definition(text, vocab), no)
            continue
        # As strong as "the role of a …" (role_statements' 3): the earliest line decides.
        # ((carry51) not a figure's sentence: "A plant supervisor is around 24.000 €" tells
        # the next rung's pay, it defines no job)
        priced = text[:1] == "A" and _PRICED_IS.match(text) is not None
        add("definition", None if priced else _definition(text, vocab), no, 3)
        if " series" in text and index < _SHEET_LINES:
            add("definition", _series_title(text, vocab), no, 3)
        add("definition", None if priced else _lower_definition(text), no)
        if " is to " in text[:80]:  # (real32) "Aircraft maintenance engineer job is to …"
            add("definition", _framed_worker(_JOB_IS_TO, text, vocab), no, 3)
            if text[:4] == "The " and " role of " in text[:40]:
                add("definition", _framed_worker(_ROLE_OF_IS_TO, text, vocab), no, 3)
        if text[:2] == "It" and "s " in text[:60] and " to " in text[:100]:
            add("statement", _framed_worker(_ITS_DUTY, text, vocab, strict=False), no, 2)
        if text[:3] == "To " and ", you " in text[:80]:  # (real32) "To be an X, you …"
            add("statement", _framed_worker(_TO_BE, text, vocab, strict=False), no, 2)
        if text[:3] == "As " and ", you " in text[:80]:  # (real40) "As a X, you are …"
            add("statement", _framed_worker(_AS_A_YOU, text, vocab), no, 2)
        if index < _SHEET_LINES:  # (at the page's head only: later "The X is" is any X)
            add("definition", _the_definition(text, vocab), no, into=late)
            add("definition", _bare_definition(text, vocab), no, into=late)
        if not opened and _prose(text) and not _TEASER.match(text):
            # the page's first sentence opens its body (a site's teaser to the reader
            # above it, "Learn the … of a vocation as a X. Research the …", opens none)
            opened = True
            add("plural_opening", _known_plural_subject(text, vocab), no, into=late)
            add("plural_opening", _kind_opening(text, vocab), no, 3)
        if not (index and _TITLE_CUT.search(lines[index - 1][1])):
            # ("… (£37,796 a year). Podiatry" / "Co-ordinators are Band 7": a title the wrap
            # cut, its head word no subject of its own)
            add("plural_opening", _plural_opening(text, vocab), no, 3)
            if text[:5] in ("Most ", "Many ") and index < _SHEET_LINES and (
                    text[5:].split(" ", 1)[0].lower() not in _QUALIFIERS | _NOT_WORKERS):
                # (real37) "Most Medical Physicists work in hospitals …" at the page's head
                # under a field's name ("Medical Physics"): the workers the page is about,
                # named as weakly as a mention, the quantifier no word of the title
                add("mention", _plural_opening(text[5:6].upper() + text[6:], vocab), no)
            if " who " in text[:60] and (" called" in text[:90] or " known as" in text[:90]):
                add("plural_opening", _framed_worker(_CALLED_OPENING, text, vocab), no, 3)
        for strength, title in role_statements(text, vocab):
            # role_statements ranks its own kinds (3 = "the role of a …", 1 = "demand for").
            add("statement" if strength > 1 else "mention", title, no, strength)
    experts = [(no, expert.group("title")) for no, text in lines if "onth" in text and (
        expert := _KEY_EXPERT.match(text.strip())) is not None]
    if len({title.lower() for _, title in experts}) == 1:
        # a tender's terms of reference for one key expert ("C.4 K-3 SOIL SCIENTIST
        # (National, 12 person-months)"): the post, over the consultancy's assignment title
        add("position_card", experts[0][1], experts[0][0])
    if latest_post is not None and _DECISION.search(" ".join(text for _, text in lines[:200])):
        # a decision's claimant: the post the latest appointment names ("Tower Crane Operator")
        add("statement", vocab.role_title_at(latest_post[1], 0), latest_post[0], 2)
    if not found:  # (a programme page names its occupation only in its outcomes table)
        prepared = _prepared_occupation(lines, vocab)
        if prepared:
            add("title_noun", *prepared)
    weak = not found
    found = found or late
    if not found:
        return None
    best, line, title, signal = max(found)
    # The same title with a level word before it, as strong ("Senior X" on the title line,
    # a feature's "X" counted in its body): the page's post is the levelled one.
    levelled = [(-at, named, said) for strength, at, named, said in found if strength == best
                and named.endswith(f" {title}")
                and named.partition(" ")[0].lower() in bundled_level_words(single=True)]
    # (two different levels of it are a ladder's rungs, "Entry-Level X" … "Senior X": the
    # bare title stays the page's role)
    if len({named for _, named, _ in levelled}) == 1:
        line, title, signal = min(levelled)
        line = -line
    if title.isupper() and any(len(word) > 4 for word in title.split()) and (
            _expanded_acronym(dict(lines).get(-line, "").strip()) != title):
        # "AIRCRAFT MAINTENANCE ENGINEER": a heading in capitals; acronyms ("AI") kept
        title = _uncapped(title)
    # ("1. Business Analyst Jobs": a ranked list's first item; its rank is no word of it)
    title = _RANK.sub("", title, count=1)
    given = tuple(a for (_, named), names in aliases.items() if named == title for a in names)
    title, nickname = _bracket_alias(title, vocab)
    title = _ungraded(title, lines)
    if signal == "mention":
        title = _unrung(title, lines)
    return RoleChoice(title=_practitioner(title, lines), line=-line, signal=signal, late=weak,
                      aliases=tuple(dict.fromkeys(  # the title line's, whichever signal won
                          (*given, *nickname))))


# A title with another worker's name for it in brackets ("Crane Operator (Crane Driver)").
_BRACKETED = re.compile(r"^(?P<title>[^()]+?)\s+\((?P<alias>[A-Z][\w'’-]*(?: [\w'’-]+){1,3})\)$")


def _bracket_alias(title: str, vocab: Vocabulary) -> tuple[str, tuple[str, ...]]:
    """``title`` without a bracketed other name of the same worker, and that name as an
    alias: "Straddle Operator (Straddle Driver)" -> "Straddle Operator", ("Straddle Driver",).
    A bracketed specialism or note ("Planning Officer (Development Management)", "(Goods)")
    names no worker and stays part of the title."""
    found = _BRACKETED.match(title) if title.endswith(")") else None
    if found is None:
        return title, ()
    bare, alias = found.group("title"), found.group("alias")
    if not (alias.istitle() and (practitioner_noun(alias.rsplit(" ", 1)[-1].lower())
                                 or vocab.is_role_title(alias))
            and vocab.is_role_title(_GRADE_END.sub("", bare))):  # ("Officer II (…)")
        return title, ()
    return bare, (alias,)


# Entry rungs before a title a sentence mentions ("began as a Trainee Surveyor").
_MENTIONED_RUNGS = frozenset({"trainee", "apprentice", "intern", "cadet"})


def _unrung(title: str, lines: Sequence[tuple[int, str]]) -> str:
    """A mentioned "Trainee X" as X when the page names X on its own too: a speaker's or
    a profile's first rung ("began her career as a Trainee Surveyor") is a level of the
    page's role, not the role itself."""
    rung, _, bare = title.partition(" ")
    if rung.lower() not in _MENTIONED_RUNGS or not bare:
        return title
    alone = re.compile(rf"(?<!{re.escape(rung)} )\b{re.escape(bare)}", re.IGNORECASE)
    return bare if any(alone.search(text) for _, text in lines[:200]) else title


# A grade numeral ending a title ("Inspector II").
_GRADE_END = re.compile(r"\s+(?:I{1,3}|IV|V)$")


def _ungraded(title: str, lines: Sequence[tuple[int, str]]) -> str:
    """``title`` without its grade numeral when the page names another grade of it too
    ("Inspector II" on a page listing "Inspector I" and "Inspector III"): the grades are a
    ladder's rungs, the bare title its role."""
    grade = _GRADE_END.search(title)
    if grade is None:
        return title
    bare, own = title[:grade.start()], grade.group(0).strip()
    other = re.compile(rf"\b{re.escape(bare)}\s+(I{{1,3}}|IV|V)\b")
    return bare if any(found.group(1) != own for _, text in lines[:200]
                       for found in other.finditer(text)) else title


def field_learner(text: str, role: str) -> str:
    """The note in brackets after an aligned occupation field's value naming ``role``, in
    lower case ("trainee" of "Occupation   Tatami craftsman (trainee)", or of the value's
    own cell); "" for none."""
    aligned = _ALIGNED_FIELD.match(text) if "  " in text else _OCCUPATION_TEXT.fullmatch(text)
    if aligned is None or title_case(aligned.group("value")) != role:
        return ""
    return (aligned.group("note") or "").strip().lower()


def _uncapped(title: str) -> str:
    """A title printed in capitals in Title Case, short words kept as acronyms ("HGV"), each
    part of a hyphenated word capitalised ("TWO-WHEELER SERVICE TECHNICIAN" ->
    "Two-Wheeler Service Technician"); a joining word after the first in lower case
    ("PAINTER AND DECORATOR" -> "Painter and Decorator", no acronym "AND").

    >>> _uncapped("HEAD OF HGV FLEET AND DEPOT")
    'Head of HGV Fleet and Depot'
    """
    return " ".join(w.lower() if at and w.lower() in _LOWER_CONNECTORS else "-".join(
        part.capitalize() for part in w.split("-")) if len(w) > 3 else w
                    for at, w in enumerate(title.split()))


def _field_occupation(value: str, vocab: Vocabulary) -> str | None:
    """The post an aligned occupation field names, in Title Case, when it ends in a person
    ("Tatami craftsman"); None for a value that names no one."""
    # (the post at a grade, "Pharmacy Technician II": the role is the title, its grade a level;
    # a council map's "JOB ROLE: TRACTOR MECHANIC" in capitals is read in Title Case)
    title = _FIELD_GRADE.sub("", title_case(_uncapped(value) if value.isupper() else value))
    words = title.split()
    # (a broad agent ending names a person here, an abstract noun never: "Employment"; a
    # work's staff or crew after what it does is its post: "Miso brewing staff")
    if vocab.is_role_title(title) or (practitioner_noun(words[-1]) and not words[-1].lower(
            ).endswith(_ABSTRACT_ENDS)) or (len(words) > 1 and words[-1].lower() in _CREWS):
        return title
    return None


_ABSTRACT_ENDS = ("ment", "ing", "ion", "ity", "ness")
_FIELD_GRADE = re.compile(r"(?<=\w)\s+(?:I{1,3}|IV|V)$")
# Nouns of a body of workers that end a translated posting's occupation ("Kitchen staff").
_CREWS = frozenset({"staff", "crew", "personnel"})


# The post an early-careers programme ends in ("Duration: 24 months, then regular role as
# Audit Associate"): the job the page is about, whatever the programme's own name.
_PROGRAMME_POST = re.compile(r"\b(?:then|followed by|leading to|leads to|into)\s+(?:an?\s+)?"
                             r"(?:regular|permanent|full[- ]time|substantive)\s+"
                             r"(?:role|position|post|job)\s+as\s+(?:an?\s+)?"
                             # ("… as VP of Virtualization": a title's own "of" kept)
                             r"([A-Z][\w&-]*(?:\s+(?:(?:of|and|for)\s+)?[A-Z][\w&-]*){0,4})")


# The post its graduates hold after the programme ("Graduates finish as Survey Technicians
# on $70,000", "Graduates stay on as Audit Associates."): a plural title.
_GRADUATES_AS = re.compile(r"\b[Gg]raduates\s+(?:finish|stay on|remain|qualify|end up)\s+as\s+"
                           r"(?:an?\s+)?([A-Z][\w&-]*(?:\s+(?:(?:of|and|for)\s+)?[A-Z][\w&-]*)"
                           r"{0,5})")


def _programme_post(lines: Sequence[tuple[int, str]], vocab: Vocabulary) -> str | None:
    """The post a programme's page says the programme ends in, when a role title; else None."""
    for _, text in lines[:_PROGRAMME_LINES]:
        found = _PROGRAMME_POST.search(text) if " as " in text else None
        if found and vocab.is_role_title(found.group(1)):
            return found.group(1)
        graduates = _GRADUATES_AS.search(text) if " as " in text else None
        post = graduates and singular_title(_plural_of(graduates.group(1)))
        if post and vocab.is_role_title(post):
            return post
    return None


# A pay explainer's title: its occupation, a colon, then the pay question or topic
# ("Specialist for pool operations: salary in the TVöD (2026)", "Lab assistant at a
# university: How much do you earn according to TV-L?", "Nurse: pay in the NHS bands").
_PAY_TAIL = re.compile(r"^(?:(?:the\s+|your\s+)?(?:salary|salaries|pay|pay\s+scales?|earnings|"
                       r"wages?|income|gehalt)\b|how much\b.*\b(?:earn|paid|make)"
                       r"|what\b.*\b(?:earns?|pays?|paid)\b)", re.IGNORECASE)
# The place the title's worker is employed at, after the title ("… at a university").
_TITLE_PLACE = re.compile(r"\s+(?:at|in|with)\s+(?:an?|the)\s+[a-z][\w -]*$")
# A translated vocational title: a worker noun, "for" or "in" and its field in lower case
# ("Specialist for pool operations", "Mechanic for agricultural machinery", "Laboratory
# assistant in chemistry": German trades name their field so).
_TRADE_FIELD = re.compile(r"^(?P<head>[A-Z][\w-]+(?:\s+[a-z][\w-]+){0,2}?)\s+(?P<prep>for|in)"
                          r"\s+(?P<field>[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,3})$")


def _pay_explainer_title(text: str, vocab: Vocabulary) -> str | None:
    """The occupation a pay explainer's title names before its colon and pay question.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _pay_explainer_title("Specialist for road maintenance: salary under the TV-L", v)
    'Specialist for Road Maintenance'
    >>> _pay_explainer_title("Dental nurse at a clinic: how much do you earn in 2027?", v)
    'Dental Nurse'
    >>> _pay_explainer_title("Tax: what changes in 2027", v) is None
    True
    """
    head, colon, tail = text.partition(":")
    if not colon or not _PAY_TAIL.match(tail.strip()) or len(head.split()) > 8:
        return None
    head = _TITLE_PLACE.sub("", re.sub(r"\s*\([^()]*\)\s*$", "", head.strip()))
    # (a worker noun the lexicon need not know will do: the tail says it earns)
    titled = _titled(head, vocab) or _titled(title_case(head), vocab) or _occupation(head)
    if titled:
        return titled
    field = _TRADE_FIELD.match(head)
    if field and (_titled(field.group("head"), vocab)
                  or _titled(title_case(field.group("head")), vocab)):
        return title_case(f"{singular_title(field.group('head'))} {field.group('prep')} "
                          f"{field.group('field')}")
    return None


# A programme disclosure's table of the occupations it prepares for, or its graduates' jobs
# ("Occupations this program prepares students to enter", "Graduates work as", "Jobs this
# course leads to"): the first row names the programme's occupation.
_OCCUPATIONS_HEADING = re.compile(
    r"^(?:(?:the\s+)?occupations?\b.{0,40}\bprepares?\b|(?:our\s+)?graduates\s+(?:work|are\s+"
    r"working|are\s+employed|find\s+work)\s+as\b|(?:jobs|careers|occupations)\s+(?:this|the)\s+"
    r"(?:program(?:me)?|course)\s+(?:leads?|prepares?)\b)", re.IGNORECASE)
# A row's occupation: an SOC-style code before it, figures, shares or dot leaders after it.
SOC_CODE = re.compile(r"^\d{2}-\d{4}(?:\.\d{2})?\s+")  # ("47-2231  Solar …": an SOC code)
_ROW_TAIL = re.compile(r"\s*(?:\.{3,}|\s{2,}|\t|\s[$€£]|\s\d).*$")
_OCCUPATION_ROWS = 4


def _prepared_occupation(lines: Sequence[tuple[int, str]],
                         vocab: Vocabulary) -> tuple[str, int] | None:
    """The first occupation under a programme page's table of the occupations it prepares
    for, and its line.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _prepared_occupation([(1, "Occupations this course prepares you to enter"),
    ...                       (2, "SOC code   Occupation   Median wage"),
    ...                       (3, "47-2111    Electricians    $61,000 a year")], v)
    ('Electrician', 3)
    """
    for index, (_, text) in enumerate(lines):
        if not _OCCUPATIONS_HEADING.match(text.strip()):
            continue
        for no, row in lines[index + 1:index + 1 + _OCCUPATION_ROWS]:
            name = _ROW_TAIL.sub("", SOC_CODE.sub("", row.strip()))
            name = re.sub(r",\s+General$", "", name)
            title = _titled(name, vocab) if name else None
            if title:
                return title, no
        return None
    return None


def _plural_of(title: str) -> str:
    """A plural title with "of" made singular at its head ("Directors of Audit"); others as
    given (``singular_title`` reads their last word).

    >>> _plural_of("Directors of Audit"), _plural_of("Audit Associates")
    ('Director of Audit', 'Audit Associates')
    """
    head, of, rest = title.partition(" of ")
    return f"{singular_title(head)}{of}{rest}" if of else title


def _field_role(field: str, vocab: Vocabulary, lines: Sequence[tuple[int, str]]) -> str | None:
    """The practitioner of ``field`` the page names most often, at least three times
    ("Customer Success" -> "Customer Success Manager"), or None."""
    words = field.split()
    if not 1 <= len(words) <= 4:
        return None
    pattern = re.compile(rf"\b{re.escape(field)}\s+([A-Z][a-z]+)\b")
    counts: dict[str, int] = {}
    for _, text in lines[:300]:
        for match in pattern.finditer(text):
            title = f"{field} {match.group(1)}"
            if practitioner_noun(match.group(1)) or vocab.is_role_title(title):
                counts[title] = counts.get(title, 0) + 1
    best = max(counts.items(), key=lambda item: item[1], default=None)
    return best[0] if best and best[1] >= 3 else None


def _team_job(crumb: str, mentioned: Callable[[str], bool]) -> str | None:
    """A team page's job as its breadcrumb names it, in Title Case and named again on the
    page ("Cabin Crew", "Ramp Agents" -> "Ramp Agent"), or None."""
    words = clean(crumb.strip(" .:")).split(" ")
    if not 1 <= len(words) <= _LABEL_WORDS or not all(
            w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return None
    single = singular_title(" ".join(words))
    return single if mentioned(single.lower()) else None


def _field_worker(field: str, mentioned: Callable[[str], bool]) -> str | None:
    """The worker a field's name implies when the page names that worker too ("Perfumery"
    -> "Perfumer", "Textile Designing" -> "Textile Designer")."""
    words = clean(field.strip(" .:")).split(" ")
    last = words[-1]
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    worker = (last[:-1] if last.endswith("ery") else
              last[:-3] + "er" if last.endswith("ing") and len(last) > 6 else None)
    if worker is None or not mentioned(worker.lower()):
        return None
    return " ".join([*words[:-1], worker])


def _practitioner(title: str, lines: Sequence[tuple[int, str]]) -> str:
    """"Data Engineering" -> "Data Engineer" when the page names the practitioner too."""
    words = title.split(" ")
    person = PRACTITIONERS.get(words[-1])
    if person is None or len(words) < 2 or "of" in words:
        return title  # "Director of Platform Engineering" names its discipline on purpose
    trainee = _scheme_trainee(title, person, lines)
    if trainee is not None:
        return trainee
    candidate = " ".join([*words[:-1], person])
    named = re.compile(rf"\b{re.escape(candidate)}s?\b", re.IGNORECASE)
    return candidate if any(named.search(text) for _, text in lines[:200]) else title


# (fixes71) A scheme named for its discipline ("Branch Management Graduate Scheme") and the
# trainee post the page says its graduates hold ("12 months as a Graduate Trainee Manager").
_SCHEME_AFTER = re.compile(r"\s+(?:Graduate|Trainee|Training|Leadership)?\s*(?:Scheme|Programme|"
                           r"Program)\b")
_TRAINEE_POST = re.compile(r"\bas\s+an?\s+(?P<post>(?:Graduate|Trainee)(?:\s+[A-Z][\w-]*){1,4})")


def _scheme_trainee(title: str, person: str, lines: Sequence[tuple[int, str]]) -> str | None:
    """The trainee post of the scheme ``title`` names, when the page names one ending in
    the discipline's ``person``: the scheme's graduates hold that post, not the post it
    leads to ("Branch Management Graduate Scheme" … "as a Graduate Trainee Manager").

    >>> _scheme_trainee("Fleet Management", "Manager", [(1, "Fleet Management Graduate Scheme"),
    ...                 (2, "Two years as a Graduate Trainee Manager, then a depot of your own.")])
    'Graduate Trainee Manager'
    >>> _scheme_trainee("Fleet Management", "Manager", [(1, "Fleet Management"),
    ...                 (2, "Two years as a Graduate Trainee Manager.")]) is None
    True
    """
    head = lines[:200]
    scheme = re.compile(re.escape(title) + _SCHEME_AFTER.pattern)
    if not any(scheme.search(text) for _, text in head):
        return None
    for _, text in head:
        if " as a" not in text:
            continue
        for match in _TRAINEE_POST.finditer(text):
            post = match["post"].split()
            if person in post[1:]:
                return " ".join(post[:post.index(person, 1) + 1])
    return None


def role_from_file_name(file: str, vocab: Vocabulary, text: str = "") -> str | None:
    """A role title from a file name ("data-scientist.guide.txt" -> "Data Scientist").

    With the page's ``text``, a name whose leading words are not part of the title
    ("wiki-payroll-specialist") gives the longest tail the text names ("Payroll Specialist").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> role_from_file_name("guides/site-reliability-engineer.md", v)
    'Site Reliability Engineer'
    >>> role_from_file_name("director-of-sustainability-operations.txt", v)
    'Director of Sustainability Operations'
    >>> role_from_file_name("notes-payroll-specialist.txt", v, "payroll specialists run pay")
    'Payroll Specialist'
    >>> role_from_file_name("cards-tour-guide.txt", v, "A Tour Guide leads. Tour Guides talk.")
    'Tour Guide'
    >>> role_from_file_name("mobile-dj.txt", v, "Book a mobile DJ. Every mobile DJ owns a rig.")
    'Mobile DJ'
    >>> role_from_file_name("vp-of-harbour-logistics.txt", v)
    'VP of Harbour Logistics'
    >>> role_from_file_name("tour-guide-3.txt", v, "A Tour Guide leads. Tour Guides talk.")
    'Tour Guide'
    >>> role_from_file_name("deli-colleague.txt", v, "At Hob's the rate is for deli colleagues.")
    'Deli Colleague'
    """
    found = _role_from_file_name(file, vocab, text)
    return _page_acronyms(found, text) if found is not None and text else found


def narrower_file_title(role: str, file: str, vocab: Vocabulary, text: str) -> str:
    """``role`` read from a broad signal (a breadcrumb's "Pilots"), or the file name's
    title when that title ends in ``role`` and the page prints it ("Charter Pilots at X
    fly …" on "charter-pilot.html"): the job family the page is about, not its section.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> narrower_file_title("Pilot", "crop-duster-pilot.txt", v, "Crop Duster Pilots fly.")
    'Crop Duster Pilot'
    >>> narrower_file_title("Pilot", "crop-duster-pilot.txt", v, "Our pilots fly.")
    'Pilot'
    """
    named = role_from_file_name(file, vocab)
    if named is None or named.lower() == role.lower() or not named.lower().endswith(
            f" {role.lower()}"):
        return role
    return named if re.search(rf"\b{re.escape(named)}s?\b", text, re.IGNORECASE) else role


def _page_acronyms(title: str, text: str) -> str:
    """``title`` with the words the page always prints in capitals ("DJ", "HR") kept so: a
    file name is lower case, and Title Case would make "Mobile Dj" of "mobile-dj".  A word
    counts only where a word beside it has small letters (a shouted heading "NAIL
    TECHNICIAN PATHWAY" says nothing of "Technician"), since pages may come flattened."""
    words = re.findall(r"\w+", text)

    def acronym(word: str) -> bool:
        key = word.lower()
        seen = [w for at, w in enumerate(words) if w.lower() == key
                and any(c.islower() for c in _beside(words, at))]
        return len(word) >= 2 and bool(seen) and all(w.isupper() for w in seen)

    return " ".join(word.upper() if acronym(word) else word for word in title.split())


def _beside(words: list[str], at: int) -> str:
    """The words just before and after ``words[at]``, run together."""
    return (words[at - 1] if at else "") + (words[at + 1] if at + 1 < len(words) else "")


# The people a pay rate is for: "the rate is for X", "hourly rate for X", "rate applies to X".
_RATE_FOR = re.compile(r"\b(?:rates?|pay|wages?)\s+(?:is\s+|are\s+)?(?:for|appl(?:y|ies)\s+to)\s+"
                       r"(?:all\s+)?")


_HYPHENATED_WORDS = 4


def _hyphenated_title(words: Sequence[str], text: str) -> str | None:
    """The title a file name's ``words`` spell when ``text`` prints them with a hyphen
    inside ("on-call-firefighter" as "On-call Firefighter"): a file name's hyphens part
    every word, so its tail ("Call Firefighter") would cut a compound word in two.  The
    printed spelling in Title Case (its first occurrence so written, else the first); None
    when the text never prints the words with a hyphen among them.

    >>> _hyphenated_title(["on", "call", "firefighter"], "Join as an On-call Firefighter.")
    'On-call Firefighter'
    >>> _hyphenated_title(["tour", "guide"], "A tour guide leads.") is None
    True
    """
    if not 2 <= len(words) <= _HYPHENATED_WORDS or not all(w.isalpha() for w in words):
        return None
    pattern = r"\b" + r"[-\s]".join(re.escape(w) for w in words) + r"\b"
    printed = [m.group() for m in re.finditer(pattern, text, re.IGNORECASE) if "-" in m.group()]
    if not printed:
        return None
    titled = next((p for p in printed if all(w[:1].isupper() for w in p.split())), None)
    return titled or " ".join(w[:1].upper() + w[1:] for w in printed[0].split())


def _role_from_file_name(file: str, vocab: Vocabulary, text: str) -> str | None:
    """The title ``role_from_file_name`` reads, in Title Case."""
    stem = PurePath(file).name.split(".")[0]
    words = [w for w in re.split(r"[-_\s]+", stem) if w]
    if len(words) > 1 and words[-1].isdigit() and not vocab.is_role_title(" ".join(words)):
        # a site's counter for a repeated slug ("security-guard-2"): no part of the title
        words = words[:-1]
    if text and len(words) > 2:
        # (rules46a) a leading word the text never prints is a collection's prefix, no part
        # of the title ("lithuanianmt-furniture-assembler.txt": "Furniture Assembler")
        printed_words = set(re.findall(r"\w+", text.lower()))
        while len(words) > 2 and words[0].lower() not in printed_words:
            words = words[1:]
    title = " ".join(w if w.isupper() or (w in _LOWER_CONNECTORS and 0 < i < len(words) - 1)
                     else w.capitalize() for i, w in enumerate(words))
    if title and not vocab.is_role_title(title):
        # a file name is lower case: a short word may be a title's acronym ("vp-of-sales")
        shouted = " ".join(w.upper() if len(w) <= 3 and w not in _LOWER_CONNECTORS else w
                           for w in title.split(" "))
        title = shouted if vocab.is_role_title(shouted) else title
    whole = title if title and vocab.is_role_title(title) else None
    if not text or (whole is not None and title.lower() in text.lower()):
        return whole
    hyphenated = _hyphenated_title(words, text)
    if hyphenated is not None:  # "on-call-firefighter": "On-call Firefighter", printed so
        return hyphenated
    lowered = text.lower()

    def worker(tail: str) -> bool:  # "Ironworker", "Boat Builder": a worker noun will do
        return vocab.is_role_title(tail) or _occupation(tail, strict=False) is not None

    tails = [" ".join(title.split(" ")[start:]) for start in range(len(words))]
    known = next((tail for tail in tails if tail.lower() in lowered and worker(tail)), whole)
    if known is not None and known != whole and " " not in known:
        # "wiki-truck-driver.txt" on a page that says "truck" and "driver" but never "truck
        # driver": the next longer known title, not the bare head the text prints ("Driver")
        printed = set(re.findall(r"[a-z]+", lowered))
        # ((real33) a modifier the page prints in lower case only: "texas-electrician" on a
        # page that names the state "Texas" is the Electrician's page, no "Texas Electrician")
        common = set(re.findall(r"\b[a-z]+", text))
        known = next((tail for tail in reversed(tails) if len(tail) > len(known)
                      and vocab.is_role_title(tail) and all(
                          word.lower() in printed or f"{word.lower()}s" in printed
                          for word in tail.split()) and all(
                          word.lower() in common for word in tail.split()[:-1])), known)
    if known is not None:
        return known
    # A title the lexicon does not know ("Tour Guide") still names the page when the text
    # repeats it and counts it as a person ("a tour guide", "every Tour Guide") or as
    # people in Title Case ("Banquet Porters with 300 hours move up"):
    # menu and heading words ("About us") are never counted like that.
    def named_as_job(tail: str) -> bool:
        phrase = re.escape(tail.lower())
        if not (2 <= len(tail.split()) <= 4 and all(w.isalpha() for w in tail.split())):
            return False
        # (or once, as the people a pay rate is for: "the rate is for retail colleagues")
        return (len(re.findall(rf"\b{phrase}s?\b", lowered)) >= 2
                and (re.search(rf"\b(?:a|an|every|each|any)\s+{phrase}\b", lowered)
                     is not None or re.search(rf"\b{re.escape(tail)}s\b", text) is not None)
                ) or (_RATE_FOR.search(lowered) is not None and re.search(
                    rf"{_RATE_FOR.pattern}{phrase}s\b", lowered) is not None)

    named = next((tail for tail in tails if named_as_job(tail)), None)
    if named is None and len(words) <= 4 and _occupation(title, strict=False) == title:
        # Last, the file's own name for a worker ("floor-tiler.txt"): the user named the
        # page after its role; the caller warns that the text itself named none.
        return title
    return named


def alias_titles(text: str, vocab: Vocabulary, *, stated: bool = False,
                 one: bool = False) -> list[str]:
    """Role titles a list of other names for a role gives, singular and in Title Case;
    ``stated``: the list's wording says they are titles ("also known as …"), so any worker
    noun will do, however written; ``one``: the text is one bullet of such a list, one name
    unless commas, semicolons, slashes or "or" set names apart ("and" joins a title's fields).

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> alias_titles("Tree Fellers, Climbing Arborists and stump grinders", v)
    ['Tree Feller', 'Climbing Arborist']
    >>> alias_titles("stump grinders", v, stated=True)
    ['Stump Grinder']
    >>> alias_titles("Practical", v)
    []
    >>> alias_titles("marine engineer (shipping), pilot", v, stated=True)
    ['Marine Engineer (shipping)', 'Pilot']
    >>> alias_titles("Maps and Historical Plans Curator", v, stated=True, one=True)
    ['Maps and Historical Plans Curator']
    """
    titles: list[str] = []
    def whole(item: str) -> bool:  # "Wall and Floor Tiler" is one title
        first, either, _ = item.partition(" or ")
        if either and " " not in first.strip() and vocab.is_role_title(
                title_case(singular_title(first))):
            return False  # (real44) "clerks or baggage handlers": two titles ("tyre or
            # exhaust fitter", whose first word is no title, stays one)
        first, both, second = item.partition(" and ")
        if both and " " not in first.strip() and " " in second.strip() and (
                title_case(singular_title(first.strip())) in vocab.role_heads
                and vocab.is_role_title(title_case(singular_title(second)))):
            return False  # (real47) "sweeps and chimney technicians": a worker, then a
            # title of its own ("Wall and Floor Tiler" and "painters and decorators" stay one)
        return vocab.is_role_title(title_case(item)) or _occupation(item, strict=False) is not None

    # (rules36c) a bullet's "Archives and Historical Documents Director": one name, its
    # fields joined by "and", however the halves read
    single = one and not _NAME_SEPARATORS.search(text)
    for item in [text] if single else split_items(text, whole):
        item = clean(item.strip(" ."))
        qualifier = _QUALIFIER.search(item)  # "marine surveyor (hydrography)": kept as written
        if qualifier is not None:
            item = item[:qualifier.start()]
        words = item.split()
        if not 1 <= len(words) <= 5 or not all(w.replace("-", "").isalpha()
                                               or w in _LOWER_CONNECTORS for w in words):
            continue
        titled = title_case(singular_title(item))
        written = all(w[:1].isupper() or w in _LOWER_CONNECTORS for w in words)
        broad = written or (stated and not _agent_thing(words[-1].lower()))
        if vocab.is_role_title(titled) or _occupation(item, strict=not broad) or (
                stated and _group_member(words)) or (stated and _head_of_office(words, vocab)):
            # (a broad agent noun as a title only where it reads as one)
            if stated and not vocab.is_role_title(titled) and _head_of_office(words, vocab):
                titled = item  # ("Clerk of the Peace": its office as written)
            titles.append(titled + (qualifier.group() if qualifier else ""))
    return titles


def _head_of_office(words: Sequence[str], vocab: Vocabulary) -> bool:
    """(real44) A worker noun, then "of" or "to" and the office it serves, in a list stated
    to hold titles ("Also Called: Clerk to the Court, Clerk of the Peace"): a title, however
    its office is written."""
    return len(words) >= 3 and words[0] in vocab.role_heads and words[1] in ("of", "to") and (
        words[-1][:1].isupper())


def _group_member(words: Sequence[str]) -> bool:
    """A member of a working group ("Boat Crew Member", "kitchen team members"): a worker
    where a list is stated to hold titles ("member" alone names no job: a club's, a body's)."""
    return len(words) >= 2 and singular_title(words[-1]).lower() == "member" and (
        words[-2].lower() in _work_groups())


@lru_cache(maxsize=1)
def _work_groups() -> frozenset[str]:
    """Nouns of groups whose members are workers (``work_groups`` in data/headings.yaml)."""
    return frozenset(word_lists("work_groups").get("groups", ()))


_QUALIFIER = re.compile(r"\s\([a-z][a-z -]{2,30}\)$")
_NAME_SEPARATORS = re.compile(r"[,;/|·•]|\s(?:or|OR|Or)\s")  # what sets two names apart


# "Arborists (also called tree surgeons) assess …", "X, also known as A or B, …".
_ALSO = re.compile(r"^\s*(?:an?\s+|the\s+)?([\w -]{2,60}?)\s*[,(]\s*(?:also|often|sometimes)\s+"
                   r"(?:called|known as|referred to as)\s+(?:an?\s+|the\s+)?([^)]{2,120}?)"
                   r"\s*(?:\)|,\s|$)", re.IGNORECASE)


# A sentence naming the role's workers by their head word and their other names after "are
# also called" ("Riggers are also called slingers or dogmen — …"), anywhere in its line.
# ((real45) "are sometimes called in to interpret at …": a phrasal verb, no naming)
_ALSO_ARE = re.compile(r"(?:^|[.?!]\s+)(?P<subject>[A-Z][\w -]{1,40}?)\s+are\s+(?:also|often|"
                       r"sometimes)\s+(?:called(?!\s+(?:in|on|out|upon|up|back|away)\b)|"
                       r"known\s+as|referred\s+to\s+as)\s+"
                       r"(?P<names>[^.;:—–()]{2,150}?)\s*(?:[.;:—–(]|$)")
# A bracketed line of its own under an entry's title: "(also called tree surgeons)".
_ALSO_LINE = re.compile(r"^\s*\(\s*(?:also|often|sometimes)\s+(?:called|known\s+as)\s+"
                        r"([^()]{2,200})\)\s*\.?\s*$", re.IGNORECASE)


# A labelled sentence of the page role's other names, after another sentence of a paragraph.
# (or a sentence of its own with no colon, "Also called a Mover, or an RLC Movement Operator.";
# or the holders' name, "Incumbents are commonly called Animal Care Technicians": set 32)
# (real44: a card's label in Title Case, "Also Called: Clerk to the Court")
_ALSO_LABEL = re.compile(r"(?:^|[.!?]\s+)(?:(?:[Aa]lso|[Ss]ometimes|[Oo]ften)\s+"
                         r"(?:[Cc]alled|[Kk]nown\s+[Aa]s)\s*:?"
                         r"|(?:Incumbents|Holders|Employees in this series)\s+are\s+"
                         r"(?:commonly|often|usually|also)\s+(?:called|known\s+as))"
                         r"\s+([^.:]{2,200})")
_LIST_NAME_WORDS = 5  # words of one name in a semicolon list of other names ("A; B; C")


def stated_aliases(text: str, role: str, vocab: Vocabulary) -> list[str]:
    """Other titles a sentence gives the page's ``role`` ("Aircraft dispatchers, also called
    flight dispatchers or flight operations officers, …").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> stated_aliases("Farriers (also called horseshoers) trim hooves.", "Farrier", v)
    ['Horseshoer']
    >>> stated_aliases("Welders, also known as fabricators, join metal.", "Plumber", v)
    []
    >>> stated_aliases("We train new drivers. Also called: yard driver, shunter.", "Driver", v)
    ['Yard Driver', 'Shunter']
    >>> stated_aliases("Also called: yard driver; shunter; yard hand", "Driver", v)
    ['Yard Driver', 'Shunter', 'Yard Hand']
    >>> stated_aliases("(also called wheelwrights or cartwrights)", "Wainwright", v)
    ['Wheelwright', 'Cartwright']
    >>> stated_aliases("Need work? Riggers are also called slingers or dogmen — ask us.",
    ...                "Crane Rigger", v)
    ['Slinger', 'Dogman']
    """
    match = _ALSO.match(text[:300])
    if match is None and (bracketed := _ALSO_LINE.match(text)) is not None:
        # "(also called dental mechanics or …)" printed under a handbook entry's title
        return [t for t in alias_titles(bracketed.group(1), vocab, stated=True)
                if t.lower() != role.lower()]
    labelled = _ALSO_LABEL.search(text) if match is None and (
        "lso " in text or "ften " in text or "ometimes " in text or "ncumbents" in text) else None
    if labelled is not None:  # "… will drive trams. Also called: tram car driver, motorman."
        # ("a Mover, or an RLC Movement Operator": each name less its article)
        # ("Also called: A; B; C": semicolons part names as commas do, while each part is
        # a short name; a clause after a semicolon ends the list)
        parts = labelled.group(1).split(";")
        kept = next((index for index, part in enumerate(parts[1:], 1)
                     if not part.strip() or len(part.split()) > _LIST_NAME_WORDS), len(parts))
        names = re.sub(r"(^|,\s*|\bor\s+)(?:an?|the)\s+", r"\1", ",".join(parts[:kept]),
                       flags=re.IGNORECASE)
        return [t for t in alias_titles(names, vocab, stated=True)
                if t.lower() != role.lower()]
    if match is None and (are := _ALSO_ARE.search(text)) is not None and _workers_of(
            are.group("subject"), role):
        # "Operators are also called …" on the process operator's page: the role's workers
        return [t for t in alias_titles(are.group("names"), vocab, stated=True)
                if t.lower() != role.lower()]
    if match is None or (singular_title(match.group(1)).lower() != role.lower() and (
            # (real38) a collective title's plural that singular_title keeps ("Cabin crews")
            match.group(1).lower() != f"{role.lower()}s")):
        return []
    return _shared_heads([t for t in alias_titles(match.group(2), vocab, stated=True)
                          if t.lower() != role.lower()])


# Worker nouns too general to be a title alone ("Specialist", "Technician").
_BARE_HEADS = frozenset({"specialist", "technician", "officer", "assistant", "worker",
                         "manager", "adviser", "advisor", "agent", "consultant", "coordinator",
                         "operator", "supervisor", "inspector", "engineer", "analyst"})


def _shared_heads(names: list[str]) -> list[str]:
    """(real38) A bare general worker noun after a fuller title shares that title's modifier
    ("also known as an Extension Agent or Specialist": "Extension Specialist"); one with no
    title before it names none.

    >>> _shared_heads(["Extension Agent", "Specialist"]), _shared_heads(["Technician"])
    (['Extension Agent', 'Extension Specialist'], [])
    """
    kept: list[str] = []
    for name in names:
        if name.lower() in _BARE_HEADS:
            before = kept[-1].split() if kept else []
            if len(before) < 2:
                continue
            name = " ".join([*before[:-1], name])
        kept.append(name)
    return kept


def _workers_of(subject: str, role: str) -> bool:
    """``subject`` (a plural) names the workers of ``role`` or its head word ("Mechanics"
    on the maintenance mechanic's page; singular_title keeps "-ics" words whole)."""
    lowered = subject.lower()
    forms = {singular_title(subject).lower(), lowered[:-1] if lowered.endswith("s") else lowered}
    return bool(forms & {role.lower(), role.lower().rpartition(" ")[2]})


# A rank or grade structure's own title for the advertised job: "advertised as X; on the
# national rank structure it is Firefighter (Control)", "its official rank title is Y".
_RANK_ALIAS = re.compile(
    r"\b(?:(?i:on|in|under)\s+the\s+(?:\w+\s+){0,2}(?:rank|grade|grading)\s+"
    r"(?:structure|framework|scale)s?\s*,?\s*(?:it|this|the\s+(?:role|job|post))\s+is|"
    r"(?:official|formal)\s+(?:rank|job|grade)\s+title\s+is|"
    # ("nationally the rank is Firefighter (On-call)")
    r"(?i:nationally|officially|formally),?\s+the\s+(?:rank|grade)(?:\s+title)?\s+is)\s+"
    r"(?:called\s+|known\s+as\s+)?"
    r"(?:an?\s+|the\s+)?([A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,4}(?:\s\([A-Z][\w' -]{1,30}\))?)")


def rank_aliases(text: str, role: str, vocab: Vocabulary) -> list[str]:
    """The title a rank or grade structure gives the page's advertised ``role`` ("The role is
    advertised as X; on the national rank structure it is Firefighter (Control).").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> rank_aliases("On the national grade structure it is Paramedic (Band 5).", "X", v)
    ['Paramedic (Band 5)']
    >>> rank_aliases("On the rank structure it is Home.", "X", v)
    []
    >>> rank_aliases("We call it Duty Paramedic; nationally the grade is Paramedic (Band 6).",
    ...              "Duty Paramedic", v)
    ['Paramedic (Band 6)']
    """
    found = []
    for match in _RANK_ALIAS.finditer(text):
        title = match.group(1)
        bare = title.split(" (", 1)[0]
        if title.lower() != role.lower() and (
                vocab.is_role_title(bare) or _occupation(bare, strict=False) is not None):
            found.append(title)
    return found


# A classification record's labelled preferred term: "Preferred label: cooper", glued
# "Preferred termorgan builder" when a portal's table is flattened.
_PREFERRED = re.compile(r"^\s*preferred\s+(?:label|term|name)\s*:?\s*(\S.*)$", re.I)
# A tribute's or obituary's trade: "his life as a farrier", "worked as a glazier for 30
# years", "an apprenticeship as a saddler", "the Welsh thatcher who …" (not "began her
# career as a …": a first job).
_TRADE_AS = re.compile(
    r"\b(?:life|years|worked|working|apprenticeship|apprenticed|trained)\s+as\s+an?\s+"
    r"([a-z][a-z\- ]{2,40}?)(?=\s+(?:at|for|in|with|who|until|from|on)\b|[,.;])")
# What makes a page a tribute: elsewhere "worked as a paralegal" is a past or first job.
_TRIBUTE = re.compile(r"\b(?:died|dies|passed away|obituar(?:y|ies)|tributes?|in memoriam|"
                      r"remembered|funeral|farewell)\b", re.I)
_TRADE_WHO = re.compile(r"\b[Tt]he\s+(?:[A-Z][a-z]+\s+)?([a-z][a-z\- ]{2,40}?)\s+who\b")


def _worker(phrase: str, vocab: Vocabulary) -> str | None:
    """``phrase`` as a title when it names a worker ("slate roofer" -> "Slate Roofer")."""
    title = title_case(clean(phrase.strip(" .:;,")))
    if 1 <= len(title.split()) <= 5 and (
            vocab.is_role_title(title) or _occupation(phrase, strict=False) is not None):
        return title
    return None


def role_from_text(lines: Sequence[tuple[int, str]], vocab: Vocabulary) -> tuple[str, int,
                                                                                  str] | None:
    """A role a page names only in its text, as (title, line, signal), for a page no title
    names: a record's preferred term (``preferred_label``; also the bare line above a
    "Concept URI" field), else, on a page that says someone died, the trade its opening
    gives (``trade_as``).

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> role_from_text([(3, "Preferred labelboat builder")], v)
    ('Boat Builder', 3, 'preferred_label')
    >>> role_from_text([(4, "Obituary"), (5, "She spent her life as a farrier in Kent.")], v)
    ('Farrier', 5, 'trade_as')
    >>> role_from_text([(1, "He lived in Leeds as a boy.")], v) is None
    True
    """
    def worker(phrase: str) -> str | None:
        return _worker(phrase, vocab)

    for at, (no, text) in enumerate(lines):
        label = _PREFERRED.match(text)
        following = lines[at + 1][1] if at + 1 < len(lines) else ""
        term = label.group(1) if label else (
            text if re.match(r"\s*concept\s+uri\b", following, re.I) else None)
        found = worker(term) if term is not None else None
        if found is not None:
            return found, no, "preferred_label"
    opening = lines[:40]  # a tribute names the trade in its opening
    if not any(_TRIBUTE.search(text) for _, text in opening):
        return None
    for no, text in opening:
        for pattern in (_TRADE_AS, _TRADE_WHO):
            for match in pattern.finditer(text):
                found = worker(match.group(1))
                if found is not None:
                    return found, no, "trade_as"
    return None
