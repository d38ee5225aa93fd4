"""Who a salary figure is for: the role or rank a sentence, label or heading states.

:func:`stated_for` reads the owner named in a pay sentence ("Senior nurses earn …", "the pay
for a band 6 midwife is …"); :func:`figure_titles`, :func:`pay_label_title`,
:func:`lower_plural_title` and :func:`family_title` read owners from figure-first lines,
pay labels and plural titles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from careergraph.guides.heading_data import word_lists
from careergraph.guides.headings import load_headings
from careergraph.guides.pay_leads import grade_then_title
from careergraph.guides.roles import QA_MARK, practitioner_noun, singular_title, title_case
from careergraph.lexicon import bundled_level_words
from careergraph.names import name_key

__all__ = [
    "card_term_owner",
    "cohort_owner",
    "comparator_title",
    "compared_clause",
    "family_title",
    "figure_titles",
    "lower_plural_title",
    "membership_grade",
    "pay_label_title",
    "plain_owner",
    "salary_title",
    "stand_in_owner",
    "stated_for",
    "stated_owners",
]


# Verbs that say who is paid: "Party chiefs averaged about $58,000", "Chief Officers earn …".
# ("earned an average of": the noun after an article is no verb)
_PAY_VERB = re.compile(r"\s(?:earn(?:s|ed)?|(?<!\ban )(?<!\bthe )(?<!\ba )averag(?:e|es|ed)|"
                       r"make|makes|made|receive[sd]?|"
                       # (fresh61) a contractor's rate ("master hvac technicians charge $1,100
                       # – $1,600 a day"), the verb right before the figure ("Specialist and
                       # charge roles: $98,000" is a label)
                       r"charge[sd]?(?=(?:\s+(?:about|around|roughly|from|up to|between))?\s*$)|"
                       # (rules46a) "has" right before the figure, as a translator renders a
                       # posting's comparison ("a car mechanic in our company has 115.000 …")
                       r"ha(?:s|ve)(?=\s*$)|"
                       r"(?:are|is|were|was|get|gets|got)(?:\s+[a-z]+ly)? paid|take home|"
                       r"(?:are|is|were|was) making|"  # "assistant brewers are making $18"
                       r"(?:are|is|were|was) salaried(?: at)?|"  # "Yardmasters are salaried at"
                       r"(?:are|is|were|was|get|gets) offered|"  # "supervisors are offered $68k"
                       # a scale's band a title is on ("Consultant midwives … are on Band 8a
                       # or above, from £55,690")
                       # (fresh58, fixes90: a spine's points, "School Business Managers are
                       # on points 25 - 29, £76,260 - £84,540")
                       r"(?:are|is|were|was) on (?=(?i:band|grade|scale|level|step|pay band|"
                       r"(?:spine |pay |scale )?points?\s\d)|"
                       # (rules40c) a civil service's grade level ("a Chief X is on GL 08")
                       r"GL\s?\d)|"
                       # the band a title is at, its verb said once for two titles ("Advanced
                       # practitioners are at Band 7 (£…), and consultants at Band 8a (…)")
                       r"(?:(?:are|is|were|was) )?at (?=(?:Band|Grade|Pay Band)\s?\d)|"
                       # the band a title is, without "on" ("Theatre Co-ordinators are Band 7
                       # (£47,810 - £54,710)"; "the post is graded" is read below)
                       r"(?:are|is|were|was) (?=(?:Band|Grade|Pay Band|Scale)\s?\d)|"
                       # the grade a public pay table puts a title in ("State-certified
                       # technicians are grouped in E 9a: 3.398,00 € to …")
                       r"(?:are|is|were|was) (?:usually )?(?:classified|assessed|grouped|graded|"
                       r"placed) (?:(?:in|into|at) )?(?=(?:(?i:pay group|group|grade|band)\s)?"
                       r"[A-Z]{1,3}\s?\d)|"  # ("Deputy X positions are graded M7 ($…")
                       # the pay a title is on, with "are" ("service supervisors are on around
                       # $135,000"; "…are on call" is no pay: a figure or an about-word follows)
                       r"(?:are|is|were|was) on (?=(?:about|around|roughly|approximately)\s"
                       r"|[$€£¥₹]|[A-Z]{1,3}\$|\d)|(?:are|is|were|was) on(?=\s*$)|"
                       # a figure a plural title is put at, the verb left out ("compliance
                       # managers are around $130,000"): an about-word right before the figure
                       r"are (?:around|about|roughly|approximately)(?=\s*$)|"
                       r"takes home|"
                       # (rules44b) "the foreman has a fixed salary of 1 750 €": the holder's
                       r"(?:has|have|had|gets|receives) an? (?:(?:fixed|basic|monthly|starting|"
                       r"flat|set|guaranteed) )?(?:salary|wage|pay|rate) of|"
                       # (rules41c) a post's line in a budget ("our Director of X position is
                       # budgeted at $45,000 - $50,000"): that post's pay
                       r"(?:are|is|were|was) budgeted (?:at|for)|"
                       # (rules37a) a pay-negotiation anecdote's ask and its signed figure ("A
                       # veterinary nurse friend asked for £31,000", "signed at $208,000")
                       r"asked for|signed (?:at|for)|"
                       # a scale of their own ("clinical leads sit on a separate scale, …")
                       r"(?:sit|sits|sat|are|is) on a (?:separate|different|higher|lower) "
                       r"(?:pay )?(?:scale|band|grade)|"
                       r"gets? (?:about|around|roughly)|"
                       # (carry38) "a helper gets AED 1,800; the foreman gets AED 5,000–6,200"
                       r"gets?(?=\s*$)|"
                       # (rules49a) "The salon manager takes 90 000 – 110 000 lek net"
                       r"(?<![Ii]t )takes(?=\s*$)|"
                       r"start(?:s|ed)? (?:on|at|near|around|from|between)|report(?:s|ed)?|"
                       r"begins? (?:on|at)|"  # "a childcare auxiliary begins at 2 001,30 €"
                       # a rise to the figure right after ("Team leaders move to £15.20")
                       r"(?:move|moves|moved|rise|rises|rose) (?:up )?to(?=\s*$)|"
                       # "Our Senior Animal Care Assistant post pays": the post's title
                       r"(?:post|position|role|job) pays|"
                       # (rules52c) a numbered class as the subject ("the state's Survey
                       # Technician 2 pays about $…", "Clerk III pays"): the class's range
                       r"(?<=\d\s|I\s)pays(?=(?:\s+(?:about|around|roughly|from|between))?"
                       r"\s*$))\b")
_GRADED_VERB = re.compile(r"\s(?:are|is|were|was) (?:usually )?(?:classified|assessed|grouped|"
                          r"graded|placed) ")
_LABEL = re.compile(r"([A-Z][\w&/'’.-]*(?:\s+(?:of|and|&|\(?[A-Z][\w&/'’.-]*\)?)){0,4})\s*:\s")
_LATE_GAP = re.compile(r"(?:^|\d[\d,.]*)\s*(?:[A-Za-z]{1,5}\b\.?\s*)?(?:a year\s+|an hour\s+|"
                       # (rules44b) "… at £12.85 per hour and a Senior Invigilator at £…"
                       r"per (?:hour|day|week|month|year|annum)\s+)?"
                       r"and\s+(?:(?:an?|the)\s+)?([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,4})"
                       r"(?:\s+at)?\s*$")
# A title's own pay scale set beside the role's ("For comparison, the Clerical Officer scale in
# the wider public service runs from …"): the scale's title owns the figures.
_SCALE_OF = re.compile(r"\bthe ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,4}) (?:pay |salary )?"
                       r"(?:scale|grade|band)\b[^.;:$€£\d]{0,60}?\b(?:runs?|ranges?|rises?|"
                       r"goes|starts?)\s+from\s*$")
# (fresh57) The same told as a noun phrase right before the figure ("The District also
# pointed to the Sterile Processing Aide range of $22.85 - $28.50 an hour"): the title owns it.
_RANGE_OF = re.compile(r"\bthe ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,4}) (?:pay |salary |wage )?"
                       r"(?:range|scale|band)\s+of\s*$")
_GAPPED = re.compile(r"(?:,\s*and|;)\s+(?:(?:an?|the)\s+)?"
                     # "…; a twelfth-year captain, about $222,300": the title's year of
                     # service before it, a hedge after it
                     r"(?:(?:[a-z]+-year|year-\d{1,2})\s+)?([A-Za-z][A-Za-z ]{2,40}?)"
                     # "…, and High Performance Coaches on the national programme £48,000"
                     r"(?:\s+(?:on|at|in|with)\s+(?:the\s+|an?\s+)?[a-z][a-z ]{1,30}?)?\s*"
                     r"(?:,\s*(?:about|around|roughly|nearly|some|approximately|close to)\s*)?"
                     # ("automation on": "on" a word of its own, not a title's last letters)
                     r"(?:(?<![A-Za-z])(?:at|on))?"
                     # (fixes54) "…, and train managers upwards of £47,500": a floor word
                     # (fixes70) "…, and the director of a centre between 35 and 42
                     # thousand euros": a band's opening word
                     r"(?:\s+(?:upwards of|in excess of|north of|more than|over|between|from))?"
                     r"\s*$")
_OF_ARTICLE = re.compile(r"(?<= of )(?:A|An|The)(?= )")  # "Director of a Youth Hostel"
# A second title put on its own band, the verb of the band before left out ("… are on Band 6
# (£…) and consultant radiographers on Band 8a (£…"): that title's band.
_GAPPED_BAND = re.compile(r"(?:^|\))\s*,?\s*and\s+(?:the\s+)?([a-z][a-z ]{2,40}?)\s+(?:on|at)\s+"
                          r"(?:Band|Grade|Level|Scale|Pay Band)\s?\w{1,3}\s*[(:,–—-]?\s*$")
# The writer's own post before its pay ("my Head of Learning salary is").
_MY_TITLED_PAY = re.compile(r"\b[Mm]y ([A-Z][\w'’&-]*(?: (?:[A-Z][\w'’&-]*|of|and|&)){0,6}) "
                            r"(?:salary|pay|wage|rate) (?:is|was)\s*$")
# A verb in what the gap reads as a title ("; directors of X are at roughly"): a clause with
# its own verb, read below, not a title with its verb left out.
_GAPPED_VERBS = frozenset({"are", "is", "was", "were", "be", "earn", "earns", "make", "makes"})
# A title the figure's clause refers back to ("… a Services Manager, who is paid …",
# "… a Prophylaxis Assistant (ZMP), earning …").
_RELATIVE = re.compile(r"(?=[A-Z])"  # (a capital opens every match: tested first)
                       r"((?:[A-Z][\w&'’-]*\s+){0,5}[A-Z][\w&'’-]*)(?:\s*\([^()]{1,30}\))?,\s+"
                       r"(?:who\s+(?:is|are)\s+paid|who\s+(?:earns?|makes?)|earning|paid)\b"
                       r"[^,;]*$")
# (fresh56) The same in lower case, a translated page's "… and then site manager
# (stavbyvedúci), who is paid a monthly salary of 1 770 €" (the title read from its end).
_RELATIVE_LOWER = re.compile(r"\b((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)(?:\s*\([^()]{1,30}\))?"
                             r",\s+who\s+(?:is|are)\s+paid\b[^,;]*$")
# (fixes88) A ladder's rung, in lower case after the word that steps to it, described by a
# relative clause, and the bracket opening right after that clause ("… then foreman, then
# general foreman who holds 3 or more projects (₱1,600 per day)"): that rung's pay.
_RUNG_WHO_BRACKET = re.compile(r"(?:\bthen|\bto|\binto|\bbecomes?|→)\s+(?:(?:an?|the)\s+)?"
                               r"(?P<title>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+who\s+"
                               r"[^()\d.;:]{0,50}\d?[^().;:]{0,30}\(\s*(?:(?:from|about|"
                               r"around|up\s+to)\s+)?$")
_JOINING = frozenset({"and", "then", "or", "to", "a", "an", "the", "our", "later", "finally",
                      "eventually", "become", "becomes", "as", "of"})
# (rules41c) A body that employs a post for some hours at a rate ("The Benefice also employs
# a Benefice Administrator for 10 hours a week at £13.20 per hour"): that post's pay.
_EMPLOYS_AT = re.compile(r"\bemploy(?:s|ed)?\s+(?:a|an|one|two|three)\s+"
                         r"(?P<title>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4})"
                         r"(?:\s+(?:for|on)\b[^.;:$€£()]{0,40})?\s+at\s+(?:about\s+)?$")
# (rules44b) Workers a team hires at a rate ("The team also recruits casual invigilators at
# £12.85 per hour", "we hire seasonal pickers at"): those workers' pay (a work-pattern word
# before the title is no part of it).
# (fresh56) Those who started as such workers too ("Most of our finishers started with us
# as helpers (pomocník) at 5,01 €/hour": the helpers' rate, a translator's native word aside).
_HIRES_AT = re.compile(r"\b(?:recruits?|recruited|hires?|hired|employs?|employed|takes\s+on|"
                       r"took\s+on|(?:started|began)\s+(?:(?:with\s+us|out|here)\s+)?as"
                       r"(?:\s+an?)?)\s+(?:(?:also|casual|temporary|seasonal|relief|sessional|"
                       r"part-time|extra|additional|several|some)\s+)*(?P<title>[a-z][a-z-]+"
                       r"(?:\s+[a-z][a-z-]+){0,2}?)(?:\s*\([^()]{1,30}\))?\s+at\s+"
                       r"(?:about\s+|around\s+)?$")
# (rules44b) A lead-in's list of other titles' figures ("For information: practical nurse in
# our hospital from 1 290 EUR, ward nurse from 1 520 EUR"): each item's title in lower case
# before its figure's word (a place of work after it is no part of it).
_INFO_LEAD = re.compile(r"\b(?:for information|for comparison|for reference|by comparison)\b",
                        re.IGNORECASE)
_INFO_ITEM = re.compile(r"(?:^|[:;,]\s+)(?:(?:and|the|a|an|our)\s+)*(?P<title>[a-z][a-z-]+"
                        r"(?:\s+[a-z][a-z-]+){0,2}?)(?:\s+(?:in|at)\s+(?:our|the|this)\s+"
                        r"[a-z]+)?\s+(?:from|at|on|about|around)\s*$")
# (rules44b) A move to another scheme or post of a service, its starting salary right after
# ("can move to the scheme of Pharmacist (X) Grade UF41, starting salary RM…"): that post's.
_SCHEME_START = re.compile(r"\b(?:move|moves|moved|transfer|transfers|transferred|switch|"
                           r"switches)\s+(?:in)?to\s+(?:the\s+(?:scheme|post|grade|position|"
                           r"service|cadre)\s+of\s+)?(?:an?\s+)?(?P<title>[A-Z][\w'’-]*"
                           r"(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]*){0,4})(?:\s*\([^()]{1,40}\))?"
                           r"(?:\s+(?:Grade|Band|Level|Scale)\s+[A-Z]{0,3}\d{1,3}[A-Za-z]?)?,?\s+"
                           r"(?:with\s+an?\s+|on\s+an?\s+|at\s+an?\s+)?starting\s+(?:salary|"
                           r"pay)\s*(?:of\s+)?:?\s*$")
# A plural's possessive pay in brackets ("(curates' stipend £29,380)"): the post named so,
# the sentence's own longer title ending in that word when it names one ("An Assistant
# Curate may be placed here").
_THEIR_PAY = re.compile(r"\(\s*(?P<who>[a-z]{3,})s['’]\s+(?:stipend|salary|pay|wage)s?\s*"
                        r"(?:is\s+|of\s+)?$")
_DIGIT = re.compile(r"\d")
# A writer's post right before the pay they are on ("As a first officer I'm now on").
_AS_A_ON = re.compile(r"\b[Aa]s an? ([a-z][a-z-]+(?: [a-z][a-z-]+){0,3}),? I(?:'m|’m| am)"
                      r"(?: now| currently)? (?:on|paid|earning|making)"
                      r"(?: about| around| roughly)?\s*$")
# A post held when the figure was paid ("… began work as a kiln loader and was paid"): that
# post's pay, as "As a X I'm on" above.
_AS_A_PAID = re.compile(r"\bas an? ([a-z][a-z'’-]+(?: [a-z][a-z'’-]+){0,3}),? and (?:was|were|is|"
                        r"am|got) (?:paid|earning|on)(?: about| around| roughly| only)?\s*$")
# A first job taken and its pay told by a participle ("take a position as a busser, making
# about", "get a job as a line cook making"): that job's pay.
_AS_A_MAKING = re.compile(r"\b(?:position|job|post|work|start|starting|begin|beginning)\s+as\s+"
                          r"an?\s+([a-z][a-z'’-]+(?: [a-z][a-z'’-]+){0,2}),?\s+(?:making|earning|"
                          r"paid)\b[^,;]*$")
# (carry43) The post someone is employed in, its pay after "at/on" ("where you are employed as
# a physiotherapy assistant (Physiotherapiehelfer) at EUR"): that post's pay.
_EMPLOYED_AS_AT = re.compile(r"\b(?:employed|working|work|works)\s+as\s+an?\s+([a-z][a-z'’-]+"
                             r"(?: [a-z][a-z'’-]+){0,3})(?:\s*\([^()]{1,40}\))?,?\s+(?:at|on)"
                             r"(?:\s+(?:about|around|roughly))?(?:\s+[A-Z]{3})?\s*$")
# A rung the page names as the next step, its pay after "at/on" ("a good hand can move up to
# Bench Supervisor at", "was promoted to Head Glazier on"): that rung's pay.
_MOVE_UP_AT = re.compile(r"\b(?:(?:move[sd]?|moving|step(?:s|ped)?)\s+up\s+to|promoted\s+to)\s+"
                         r"(?:an?\s+|the\s+)?((?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)\s+"
                         r"(?:at|on)(?:\s+(?:about|around|roughly))?\s*$")
# The rung a promotion leads to, before the pay it brings ("With promotion to bosun, pay
# rises to upwards of", "On promotion to Watch Manager, salaries climb to"): that rung's pay.
_PROMOTED_PAY = re.compile(r"\b(?:[Ww]ith|[Oo]n|[Aa]fter|[Uu]pon)\s+(?:a\s+)?promotion\s+to\s+"
                           r"(?:an?\s+|the\s+)?([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}),\s+"
                           r"(?:the\s+)?(?:pay|salary|salaries|earnings|wages?)\s+(?:rises?|climbs?|"
                           r"increases?|goes\s+up|jumps?)\s+to\b[^,;\d]{0,20}$")
# (rules38b) A gazette notice's rank and its pay level or scale: the post promoted or
# appointed to, or eligible for, before its level ("promoted to the rank of Assistant
# Executive Engineer (Civil) in Level 11 of the Pay Matrix (", "appointed to the post of
# Customs Officer on probation for one year, Salary Scale 17 (", "eligible for the rank of
# Executive Engineer (Level 12, "), or the officers of a post named with theirs ("The following
# Customs Examiners (Salary Scale 12: ", "Junior Engineers (Civil) in Level 6 ("): that post's
# figure (a bracketed discipline, "(Civil)", is left out).
_SCALE_TAIL = (r"(?:\s+\([A-Z][a-z]+(?: [A-Za-z]+){0,2}\))?(?:\s+on\s+probation\b[^,(;]{0,30})?"
               r",?\s+(?:(?:in|on|at)\s+)?\(?(?:Level|(?:Salary\s+|Pay\s+)?Scale|Grade|Pay\s+Band)"
               r"\s+\d{1,2}[A-Za-z]?(?:\s+of\s+the\s+Pay\s+Matrix)?\s*[(:,]?\s*$")
# (carry38: "the next promotion of the cadre is to X in Level 11 (", and a feeder's bracket
# before "to": "promote the following As (Level 7, ₹…) to the rank of X in Level 10 (")
_RANKED_PAY = re.compile(r"\b(?:promot(?:ed|e|ion)\b(?:[^;:()]|\([^;:()]{0,40}\)){0,60}?\bto|"
                         r"appointed\s+to|^\s*to(?=\s+the\s+(?:rank|post|grade)\s+of\s)|eligible\s+for"
                         r"(?:\s+promotion\s+to)?)\s+(?:the\s+(?:rank|post|grade|position|office)"
                         r"\s+of\s+)?(?:an?\s+)?(?P<title>(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*)"
                         + _SCALE_TAIL)
# (rules42b) A move to a post with the post's pay in a bracket right after its title, as
# annual reports and staff news tell progression ("2 were promoted to Section Supervisor (Band 4,
# ", "appointed to permanent Yard Operative posts (Band 2, ", "9 to Field Team Leader (range "):
# that post's figure.
# (carry43) and "have moved on to X posts (£…": the next post's figure
_MOVED_BRACKET = re.compile(r"\b(?:promot(?:ed|ion)|appointed|progress(?:ed|ion)|"
                            r"moved\s+(?:up|on))\b"
                            r"[^;:()]{0,60}?\bto\s+(?:(?:the|a|an|permanent|full-time|"
                            r"substantive|new)\s+)*(?P<title>(?:[A-Z][\w'’.-]*\s+"
                            # (rules44b) a title joined by "and" ("Data and Exams Manager")
                            r"(?:(?:and|of|&)\s+)?){0,5}"
                            r"[A-Z][\w'’.-]*)(?:\s+(?:posts?|roles?|positions?|jobs?)"
                            # (carry42) "… to Network Team Leader roles this year (£…"
                            r"(?:\s+(?:this|last)\s+year|\s+in\s+\d{4})?)?\s+\("
                            r"(?:(?:Band|Grade|Level|Scale|Step)\s+\w{1,3},\s*|(?:range|salary|"
                            r"pay|band|on)\s+(?:of\s+)?)?$")
# (fixes81) A post one goes on to become, its pay in a bracket right after it ("… and become a
# salaried GP (typically £", "became a senior lecturer (around £"): that post's figure.
# ((fixes88) or a move "as a" post, its floor in the bracket: "can move … as a Knitting
# machine programmer (from 1 600 EUR net)")
_BECOME_BRACKET = re.compile(r"\b(?:become|becomes|becoming|became|as)\s+(?:an?|the)\s+"
                             r"(?P<title>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+\((?:(?:typically|"
                             r"usually|often|around|about|roughly|paid|earning|on|from)\s+)?$")
# (rules48a) The next rung a worker goes up to, in sentence case, its pay in a bracket right
# after it ("… who reach the targets go up to Sales supervisor (TSh 1,100,000 – …").
_GO_UP_BRACKET = re.compile(r"\b(?:go|goes|went|move|moves|moved)\s+up\s+to\s+(?:an?\s+|the\s+)?"
                            r"(?P<title>[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})\s+\($")
_INITIALS_POST = re.compile(r"(?<=[a-z] )[A-Z]{2,4}$")  # "Salaried GP": a post's initials
# (rules42b) A post's pay told with its possessive ("The Chief Executive's salary was in the
# band £… (prior year: £…", a remuneration report's line): that post's figures.
_POSSESSED_PAY = re.compile(r"(?:^|\b[Tt]he\s+)(?P<title>(?!The\s)[A-Z][\w-]*"
                            r"(?:\s+(?:of\s+)?[A-Z][\w-]*){0,4})['’]s\s+(?:(?:base|basic|annual|total)\s+)?(?:salary|pay|"
                            r"remuneration)\b(?:(?!\b(?:and|while|but|whereas|compared|"
                            r"than)\b)[^;]){0,60}$")
# (fixes77) The same told of a title in lower case, the figure right after its verb ("For
# information: the registered nurse's pay is 2 900 €", "a care assistant's salary is about
# …"): that title's figure.
_POSSESSED_LOWER = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?P<title>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})"
                              r"['’]s\s+(?:(?:base|basic|annual|monthly|total|average|starting|"
                              r"usual|typical)\s+)?(?:salary|pay|wage|earnings)\s+(?:is|was|"
                              r"runs\s+at|stands\s+at|comes\s+to)\s+(?:(?:about|around|roughly|"
                              r"approximately|some|only|just|now)\s+)?$")
# (rules48a) The same opening its sentence in sentence case, the verb left out or a floor
# word after it, as a translated posting words a rung's pay ("Shift master's work salary from
# 1 800 EUR bruto", "Foreman's monthly pay starts at …"): that title's figure.
_POSSESSED_OPENING = re.compile(r"(?:^|[.!?]\s+)(?P<title>[A-Z][a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})"
                                r"['’]s\s+(?:(?:work|base|basic|monthly|starting|gross)\s+)?"
                                r"(?:salary|pay|wage)\s+(?:(?:is|starts|begins)\s+)?"
                                r"(?:from|at|of)\s*$")
# (fixes77) A title in Title Case with its own pay in a bracket right after it, as a team
# list names its posts ("two Specialty Doctors (salary £…", "a Ward Clerk (pay: £…"): that
# title's figure (the bracket's word says the figure is pay, so no grade or count).
# ((rules55b) and an agreement's alternative role, its pay's kind in the bracket: "the role of
# Key Account Manager (basic salary £…"; an open post named as a "role" with its notes first:
# "the open Collections Analyst role (Tempe, remote eligible, $…")
# ((rules57b) the post's unit after a dash, its bracket holding the figure alone: "apply for
# the Team Leader — Home Care role ($…"; and an earlier job told with its notes: "worked as
# a Retail Assistant (Coles, 2019–2024, $…")
_TITLE_BRACKET_PAY = re.compile(r"(?:^|[\s,;:])(?P<title>(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*"
                                r"(?:\s[—–]\s(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)?)"
                                r"\s+(?:\((?:(?:basic|base|annual|starting)\s+)?"
                                r"(?:salary|pay|paid|wage|earning)\s*(?:of\s+|:\s*)?"
                                r"|(?:role|position|post|vacancy)\s+\((?:[^()$£€\d]{0,40},\s*)?)$")
_ROMAN_TAIL = re.compile(r"\s+(?:I{1,3}|IV|V)$")  # (rules57b) a grade closing a title
_WORKED_AS_BRACKET = re.compile(r"\b(?:worked|served|was\s+employed)\s+as\s+(?:an?\s+)?"
                                r"(?P<title>(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)"
                                r"\s+\([^()$£€]{0,40},\s*$")
# (and a staffing unit before the post: "Team: 1.0 WTE Specialty Doctor (salary £…")
_NO_TITLE_OPENERS = frozenset({"our", "the", "a", "an", "their", "its", "each", "every", "any",
                               "all", "two", "three", "four", "five", "six", "wte", "fte"})
_BRACKET_TAIL = 25  # the bracket opens this close before the figure
_RANK_HOLDERS = re.compile(r"(?:^|\b[Tt]he\s+following\s+)(?P<title>(?:[A-Z][\w'’.-]*\s+){0,4}"
                           r"[A-Z][\w'’.-]*s)" + _SCALE_TAIL)
# (rules38b) The whole post a job was carved from, and its pay ("The full Housekeeping
# Assistant post is £24,465 a year"): that post's figure.
_FULL_POST = re.compile(r"\b[Tt]he\s+full(?:[- ]time)?\s+(?P<title>(?:[A-Z][\w'’-]*\s+){0,4}"
                        r"[A-Z][\w'’-]*)\s+(?:post|job|role|position)\s+(?:is|pays)\s+"
                        r"(?:about\s+|around\s+)?$")
# A clause giving a figure to "them", the subject of the clause before ("…; a survey gives
# them"), with no figure of its own before.
_GIVES_THEM = re.compile(r";\s[^;\d]*\b(?:gives?|gave|puts?|places?|pays?|offers?)\s+them"
                         r"(?:\s+(?:at|on|about|around|roughly))?\s*$")
_PAY_OF_SUBJECT = re.compile(r"^(?:[A-Za-z]+\s+){0,2}?(?:salar(?:y|ies)|pay|wages?|earnings)\s+"
                             r"(?:for|of)\s+(?:(?:an?|the)\s+)?", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:(?:and|but|or)\s+)?(?:the|a|an|our|their|its)\s+", re.IGNORECASE)
# A statistic of another holder's pay before its figure ("the average salary of a front desk
# clerk is "): the holder, when a title.
# (rules38a) A title before the word "salary" and its figure, in a list of others' pay
# ("For information: helper salary 1,300 - 1,600 dirhams, foreman 5,000 …"); the next
# title after a comma leaves the word out ("…, foreman 5,000").
_TITLE = r"(?P<title>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}?)"
_TITLE_SALARY = re.compile(rf"(?:^|[:;,]\s+){_TITLE}\s+salary\s*:?\s*$")
_CLAUSE_CHAR = r"(?:[^,;:]|(?<=\d),(?=\d))"  # (a figure's thousands comma ends no clause)
_GAPPED_SALARY = re.compile(rf"\bsalary\s+{_CLAUSE_CHAR}*\d{_CLAUSE_CHAR}*[,;]\s+(?:and\s+)?"
                            rf"{_TITLE}\s*$")


def salary_title(before: str, is_title: Callable[[str], bool]) -> str | None:
    """The title a figure is listed for by "<title> salary" right before it, or after a
    comma following such a clause; None when no known title is named so.

    >>> salary_title("For information: helper salary ", lambda t: True)
    'Helper'
    >>> salary_title("Note: helper salary 1,300 - 1,600 AED, foreman ", lambda t: True)
    'Foreman'
    >>> salary_title("Basic salary ", lambda t: False) is None
    True
    """
    if "salary" not in before:
        return None
    found = _TITLE_SALARY.search(before) or _GAPPED_SALARY.search(before)
    if found is None or not is_title(title := title_case(found.group("title"))):
        return None
    return title
_STAT_OF = re.compile(r"\b(?:average|median|typical|mean)\s+(?:annual\s+|yearly\s+|hourly\s+)?"
                      r"(?:salary|pay|wage|earnings)\s+(?:of|for)\s+(?:an?|the)\s+"
                      r"(?P<title>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?)\s+(?:is|was|"
                      r"stands\s+at|comes\s+to)(?:\s+(?:about|around|roughly|approximately))?\s*$",
                      re.IGNORECASE)


# (rules47b) A statistics body's figure for an occupation it names ("the BLS lists animal
# caretakers in the Austin area at a median of $14.80/hour"): that occupation's pay, in lower
# case and the plural as the body's tables print it.
_LISTED_AT = re.compile(r"\b(?:lists|puts|places|reports|records)\s+(?P<title>[a-z][\w'’-]*"
                        r"(?:\s+[a-z][\w'’-]*){0,3}?s)\s+(?:(?:in|across|for)\s+[^,;]{2,40}?\s+)?"
                        r"at\s+(?:an?\s+)?(?:(?:median|average|mean)\s+(?:\w+\s+)?(?:of\s+)?)?$")

# (rules47b) A worker named before a relative clause with its pay verb ("with our groomer,
# who books at $22–$30/hour"), and a capitalised title of up to four words.
_WHO_BOOKS = re.compile(r"\b(?:our|the|a|an|their)\s+(?P<title>[a-z][\w-]*(?:\s+[a-z][\w-]*)?),"
                        r"\s+who\s+(?:books|charges|bills|earns|makes|gets|is\s+paid|"
                        r"takes\s+home)\s+(?:at\s+|about\s+|around\s+|from\s+)?$")
_CAPITALISED_TITLE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}\b")


# Where a sentence starts a new clause with its own subject ("…, and head lifeguards earn").
_CLAUSE_BREAK = re.compile(r"[,;]\s*(?:and|while|but|whereas)\s|;\s|\bwhile\s"
                           # "₹6 – 9 LPA and Accounts Managers ₹9 – 14 LPA": a title's own
                           r"|^\s*(?:[A-Z]{2,4}\s+)?and\s+(?=[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s*$)"
                           # (rules34a2) "£36,500 and Senior Associates earn £…": the title
                           # with its pay verb
                           r"|^\s*and\s+(?=(?:[A-Z][a-z]+\s+){1,4}(?:earn|make|get|are\s+on)\s*$)"
                           r"|^\s*and\s+an?\s"  # "£55,000 and a head of X can earn £90,000"
                           # (rules44b) "… at £12.85 per hour and a Senior Invigilator at £…":
                           # the figure's period, then the next title
                           r"|^\s*(?:per|an?)\s+(?:hour|day|week|month|year|annum)\s+and\s+"
                           r"(?:an?\s+|the\s+)?(?=[A-Z])")
_SUBJECT_WORDS = 4
# ("senior partners report …" on the partner's guide: the role's own senior band)
_GRADES = frozenset({"senior", "junior", "lead", "graduate", "trainee"})
_PLURAL_OF = re.compile(r"^([A-Za-z][A-Za-z]+?)(?<!s)s of ")  # ("VPs of X", not "Boss of X")
_AGENT_WORDS = 3
_AGENT_NOUN = re.compile(r"[a-z]{3}(?:or|er|ist|ian)$|\bintern$")
_TITLED_WORDS = 7
_APPOSITIVE = re.compile(r"(?<=[A-Za-z]),\s+[a-z][^,;]{0,30},\s*$"
                         # "Consultant midwives, a small group who lead …, are on": a
                         # description opening with an article, up to a line long
                         r"|(?<=[A-Za-z]),\s+(?:an?|the)\s+[a-z][^,;]{0,70},\s*$"
                         # "A party chief, who runs the whole crew on a vessel, earns": a
                         # relative clause, up to a line long
                         r"|(?<=[A-Za-z]),\s+(?:who|whose|which)\s[^,;]{0,70},\s*$")
# An employer's possessive before a lower-case title ("CoolAir's service supervisors are on"):
# the employer says where, not who.
_EMPLOYER_OF = re.compile(r"^(?:(?:[A-Z][\w&-]*|&)\s+){0,3}[A-Z][\w&-]*['’]s\s+(?=[a-z])")
_ASIDE = re.compile(r"\s*\([^()]{1,40}\)")  # "an orthoptist (an eye specialist) earns"
_COMPARISON = re.compile(r"\b(?:for|by|in) comparison\b|\bcompared (?:with|to)\b|"
                         r"\bfor reference\b", re.IGNORECASE)
# A reporter's attribution before a pay sentence's subject ("Tolliver says his own …").
_REPORTED = re.compile(r"^(?:(?:and|but)\s+)?(?:[A-Z][\w'-]+\s+){1,3}(?:says|said|adds|added|"
                       r"notes|noted|reckons|estimates)\s+(?:that\s+)?"
                       r"(?:(?:his|her|their|our)\s+(?:own\s+)?)?")
# (carry38: a worked example's "So a X (T2) in London earns": "so", "thus", "therefore")
_OPENERS = re.compile(r"^(?:on average|in general|overall|typically|generally|nationally|"
                      r"today|currently|in total|so|thus|therefore|hence),?\s+", re.IGNORECASE)
_PREPOSITIONS = frozenset({"on", "in", "at", "for", "with", "from", "by", "of", "to"})
_SUBJECT_START = re.compile(r".*(?:[,;]\s*(?:and|while|but|whereas)?|:\s|\s[–—-]\s"  # ("…: a
                            # Curatorial Assistant makes": the subject after the colon or a
                            # dash's aside, "… the road – Kestrel's drivers start on")
                            # (rules37a) "a practical nurse in the 8th class starts at": a
                            # class's ordinal inside the subject starts none
                            r"|(?<![Ll]evel )\d(?!\w*-[A-Za-z])(?!(?:st|nd|rd|th)\s+(?:class|grade|"
                            r"band|tier|step)\b)[^\s,]*\s"
                            r"|\b(?:while|whereas)\s"
                            # (rules34a2) a clause after a figure, "… £36,500 and Senior
                            # Associates earn": its subject after the "and"
                            r"|^\s*and\s(?=[A-Z])"
                            # a bracket's own clause ("… Crew Chief (crew chiefs start at"),
                            # a reported clause ("… adding that scientific glassblowers are")
                            r"|\(|\b(?:shows?|says?|said|adding|added|notes?|noted|finds?|found|"
                            r"suggests?|means?)\s+that\s)\s*", re.DOTALL)
_MODALS = re.compile(r"(?:\s+(?:can|could|may|might|will|would|often|typically|usually|"
                     r"generally|also|still|tend to|[a-z]{3,}ly))+$", re.IGNORECASE)
# "underwriting assistants on $110k": a plural title, then "on" and the figure ("on" is the
# pay a person is on, with no verb).
_HELD_ON = re.compile(r"\b([a-z]+(?: [a-z]+){1,2}s) on (?:about |around |roughly )?$")
_ON_WORDS = 2
_HELD_LEAD = frozenset({"that", "the", "said", "says", "say", "some", "many", "and", "or",
                        "of", "to", "with", "from", "when", "while", "as"})
_ON_TAIL = 12  # "on" this close to the figure ("… on roughly ")
# "A full-time head coach earns": the hours say nothing of the title.
# ("paid Adult Education Instructors earn" on a volunteer page: being paid names no title)
_WORK_PATTERN = re.compile(r"^(?:(?:full|part)[- ]time|paid|salaried)\s+", re.IGNORECASE)
_RUNG_PREFIX = re.compile(r"^Level\s+\d{1,2}\s+")
_PLACE_OPENER = re.compile(r"^(?:Under|In|At|On|According to)\s.*\s(?:a|an)\s+([A-Z].*)$")
_GRADE_TAIL = re.compile(r"(?<=[a-z])\s+(?:Grade|Level|Band|Class)\s+\d{1,2}$")
# (rules52c) A class series' number after a title in Title Case ("Survey Technician 2",
# "Clerk III"): part of the class's name, kept with it.
_CLASS_NUMBER = re.compile(r"(?<=[a-z])\s+(?:\d|I{1,3}|IV)$")
_YEAR_PREFIX = re.compile(r"^(?:first|second|third|final)[- ]year\s+", re.IGNORECASE)
_SUBJECT_TAIL = re.compile(r"\s+(?:on|at|in|with|from|who|that|working|employed|across|"
                           r"within|joining|entering)\s.*$"
                           # "Audiology assistants here start at": a place adverb
                           r"|\s+(?:here|there|locally|nationally|today|now)$"
                           # (carry44) "Electrical Supervisors we see earn": a contact
                           # clause (a relative clause with no "who") after the title
                           r"|\s+(?:we|I)\s+(?:see|meet|help|advise|know|place|work\s+with|"
                           r"deal\s+with|speak\s+to|talk\s+to)$"
                           # (rules41c) "our Director of X position is budgeted at": the post
                           r"|(?<=[a-z])\s+(?:position|post)$", re.DOTALL)
# The source a statistic's people come from, as a possessive ("survey's", "index's"): no
# part of their title.
# (fresh48: and an office's own post, "the department's director of X earns": the post)
_SOURCE_OF = re.compile(r"^(?:survey|index|report|study|poll|census|data|sample|department|"
                        r"office|bureau|unit|centre|center|team)['’]s\s+(?=[a-z])")
# (rules52c) Another body's post named with its possessive, the post in Title Case ("the
# county roads department's Survey Technician 2 pays about …"): the post is the subject.
_BODY_OF_TITLE = re.compile(r"^(?:[\w&.-]+\s+){0,3}[\w&.-]+['’]s\s+(?=[A-Z][a-z]+\s[A-Z][a-z])")
# A relation after a title in an anecdote ("A veterinary nurse friend", "a nurse practitioner
# colleague on the same floor"): the person holds the title.
_RELATION = re.compile(r"(?<=[A-Za-z])\s+(?:friend|friends|colleague|colleagues)$")
# "Deputy Fire Chief positions … are graded": the post, not its seats.
_SEATS = re.compile(r"(?<=[A-Za-z])\s+(?:positions|posts|roles|jobs|vacancies)$")
# A lower-case subject names a rank only after one of these ("head lifeguards earn").
_RANKS = frozenset({"head", "chief", "master", "deputy", "assistant", "principal",
                    "supervising", "consultant", "specialist"})
# Words before the role's own name that make no other title ("Experienced groomers earn");
# a lower-case plural title never opens with one (:func:`lower_plural_title`).
NOT_A_RANK = frozenset({"experienced", "qualified", "new", "newly", "most", "many", "some",
                         "top", "skilled", "trainee", "typical", "all", "these", "those",
                         "apprentice", "intern", "graduate", "employed", "salaried", "trained"})
# (a notice's "Grade: Grade 9 (SCP 29–32) £…", "Band: Band 6, £…": the post's grade, no title)
_NOT_OWNERS = re.compile(r"\b(?:salar\w*|pay|wages?|median|average|mean|range|level|earnings|"
                         r"total|base|starting|typical|usual|entry|experienced|fresher|grade|"
                         r"band|classification|scale|step|pay point|contract|"
                         # (fixes82) a rung's labelled credential above its pay ("Certificate:
                         # Pre-Sea Training Certificate" / "Salary: …"): what the holder
                         # needs, no worker who is paid
                         # ("Training Officer", "Requirements Engineer" are titles: the
                         # credential's own words only)
                         r"certificates?|certification|licen[cs]es?|diplomas?|"
                         r"prerequisites?)\b",
                         re.IGNORECASE)


def _mentions(text: str, word: str) -> bool:
    return re.search(rf"\b{re.escape(word)}(?:s|es)?\b", text, re.IGNORECASE) is not None


# "Spa attendant salary range", "Front office manager median salary", "Welder pay".
_PAY_LABEL = re.compile(r"^([A-Za-z][\w&/'’ -]{2,60}?)(?:'s?)?"
                        # a class's code in brackets ("Court Operations Supervisor (4430)")
                        r"(?:\s*\(#?[A-Z]{0,6}\d{2,8}\))?"
                        # "Anesthesia Technicians - Median Salary": a related career's row
                        r"(?:\s+[-–—])?"
                        r"\s+(?:median\s+|average\s+|mean\s+|"
                        r"starting\s+|typical\s+|annual\s+|base\s+)?(?:salar(?:y|ies)|pay|"
                        # "Salary Range 24": the range's grade number, not pay
                        r"wages?|earnings)(?:\s+range(?:\s+\d{1,3})?)?$",
                        re.IGNORECASE)

# (fixes94: rules49c's `_GRADED_LEAD` in `longform_pay.role_before` and carry49's grade,
# "range" and "paid" widenings of `_PAY_LABEL` / `_GRADED_LABEL` joined here, the one rule
# both routes read) A pay memo's comparator: a title, then its grade after a spaced dash
# ("Audit Manager — Grade G, ", "Claims Manager — Grade 7, median paid") or a range
# word, after its grade's code in a bracket or not ("Depot Manager (M3) range",
# "Licensed Optician reference range", "X (RVT) range for reference"), or "median paid".
_COMPARATOR = re.compile(
    r"(?P<title>[A-Z][\w&/'’-]*(?:\s+[A-Za-z][\w&/'’-]*){0,5}?)"
    r"(?:\s+[-–—]\s+(?i:grade|band|level|step|pay\s+band)\s+[A-Z0-9][\w-]{0,3},"
    r"(?:\s+(?i:median|average|mean))?(?:\s+(?i:paid|pay|salary))?"
    r"|(?:\s*\([A-Z]{0,3}\d{0,2}[A-Z]?\))?\s+(?i:reference\s+)?(?i:range)"
    r"(?:\s+for\s+reference)?"
    r"|\s+(?i:median\s+|average\s+)?paid)\s*")
# a run-in clause before the comparator ("For reference: ", "For comparison only: ")
_RUN_IN = re.compile(r"[^:]{0,60}:\s+")
# "Stipend – Assistant Curate", "Salary — Deputy Head": the pay word first, a dash, the title.
_PAY_FIRST = re.compile(r"^(?:salary|stipend|pay|wage)\s+[–—-]\s+([A-Z][\w'’ -]{2,50}?)$",
                        re.IGNORECASE)


_GRADE_WORDS = 3


def membership_grade(title: str, grades: frozenset[str]) -> bool:
    """``title`` names a membership grade of a professional body (its last word is one of
    ``grades``, the nouns of ``grades:`` in ``data/headings.yaml``): a level of the role's
    own standing, so pay stated for it is the role's own.

    >>> g = frozenset({"member", "fellow"})
    >>> membership_grade("Chartered Members", g), membership_grade("Fellow", g)
    (True, True)
    >>> membership_grade("Team Leader", g), membership_grade("Crew Members", g)
    (False, False)
    """
    words = title.lower().split()
    if len(words) >= 2 and words[-2] in word_lists("member_groups").get("groups", ()):
        return False  # ("Crew Member": a job in a crew, no grade of a body)
    return 0 < len(words) <= _GRADE_WORDS and singular_title(words[-1]) in grades


# A figure first, then a dash and who it is for ("$57,250 — payroll specialists").
_FIGURE_THEN_TITLES = re.compile(r"^\s*(?:[A-Z]{0,3}[$€£₹]|[A-Z]{3}\s)?\d[\d,.]*\s?[kK]?\s*"
                                 r"[—–-]\s+(?P<titles>[A-Za-z][\w'’ /&-]{2,60}?)\s*\.?$")


def figure_titles(text: str, is_title: Callable[[str], bool]) -> list[str] | None:
    """The titles a line printing a figure first names after a dash ("$86,000 — payroll
    managers/supervisors": both, the second sharing the first's head words), singular and
    in Title Case; None when the line is no such row or a part is no role title.

    >>> figure_titles("$86,000 — lock managers/supervisors", lambda t: True)
    ['Lock Manager', 'Lock Supervisor']
    >>> figure_titles("$86,000 — a year", lambda t: False) is None
    True
    """
    match = _FIGURE_THEN_TITLES.match(text) if "—" in text or "–" in text or " - " in text else None
    if match is None:
        return None
    parts = [p.strip() for p in match.group("titles").split("/")]
    head = parts[0].split()[:-1]
    titles = [title_case(singular_title(" ".join(
        [*head, part] if index and len(part.split()) == 1 else [part])))
        for index, part in enumerate(parts)]
    return titles if all(titles) and all(is_title(t) for t in titles) else None


def family_title(words: Sequence[str], size: int, role: str,
                 levels: frozenset[str]) -> str | None:
    """The title ``words`` end with when the known title in their last ``size`` words is
    qualified, in lower case, by the page role's own words ("payments systems engineers" on
    the Payments Systems Engineer's page, not "systems engineers"), with a level word before
    them ("lead database infrastructure engineers"); None when no role word qualifies it.

    >>> family_title("; lead database infrastructure engineers".split(), 2,
    ...              "Director of Database Infrastructure", frozenset({"lead"}))
    'lead database infrastructure engineers'
    >>> family_title("; experienced systems engineers".split(), 2, "Payments Engineer",
    ...              frozenset({"lead"})) is None
    True
    """
    own = {word.lower() for word in role.split()}
    start = len(words) - size
    while start > 0 and words[start - 1].isalpha() and words[start - 1].islower() and (
            words[start - 1] in own):
        start -= 1
    if start == len(words) - size:
        return None
    while start > 0 and words[start - 1].lower() in levels:  # ("junior payments …")
        start -= 1
    return " ".join(words[start:])


# A plural in lower case of two to five words, as a sentence listing pay by title writes it
# ("head cooks €…, line cooks €…").
_LOWER_PLURAL = re.compile(r"(?!(?:and|or|the|for|to|of|with)\b)[a-z]+(?: [a-z]+){1,4}s")


def lower_plural_title(words: Sequence[str]) -> str | None:
    """The title ``words`` name as a lower-case plural, singular in Title Case ("head cooks"
    -> "Head Cook"); None when they are no such plural or open with a word that makes no
    title of its own ("experienced data managers": the Data Manager's, which the caller
    finds in fewer words, widened by :func:`family_title` when the role's words qualify it).

    >>> lower_plural_title(["head", "cooks"]), lower_plural_title(["experienced", "cooks"])
    ('Head Cook', None)
    >>> lower_plural_title(["Head", "Cooks"]) is None
    True
    """
    if not words or words[0] in NOT_A_RANK:
        return None
    candidate = " ".join(words)
    return title_case(singular_title(candidate)) if _LOWER_PLURAL.fullmatch(candidate) else None


# (rules54a) A form's wage label naming its post in a bracket, with the post's occupation code
# ("Supervisor wage (Crew Leader, SOC 45-1011)", "Lead rate (Line Leader)"): that post's pay.
_BRACKET_OWNER = re.compile(r"(?:[A-Z][a-z]+\s+)?(?:wage|pay|rate|salary)\s*\(\s*"
                            r"([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3})"
                            r"(?:\s*,\s*SOC(?:\s+code)?\s*\d{2}-\d{4})?\s*\)\s*:?$")


def pay_label_title(label: str) -> str | None:
    """The title a pay label is about, in Title Case ("Spa attendant salary range" ->
    "Spa Attendant"); None when the label names no one before its pay words.

    >>> pay_label_title("Night auditor median salary"), pay_label_title("Median salary")
    ('Night Auditor', None)
    >>> pay_label_title("Ward Clerks - Median Salary")
    'Ward Clerk'
    >>> pay_label_title("Stipend – Assistant Chaplain")
    'Assistant Chaplain'
    >>> pay_label_title("Claims Manager — Grade 7, median paid")
    'Claims Manager'
    >>> pay_label_title("Scale 10 – Payroll Manager"), pay_label_title("QA4 – Systems Lead")
    ('Payroll Manager', 'Systems Lead')
    >>> pay_label_title("Supervisor wage (Kiln Foreman, SOC 51-1011)")
    'Kiln Foreman'

    """
    if label.rstrip()[-1:] in "):" and (
            bracketed := _BRACKET_OWNER.fullmatch(label.strip())) is not None:
        return title_case(singular_title(bracketed.group(1)))
    match = _PAY_LABEL.match(label.strip()) or _PAY_FIRST.match(label.strip())
    # (a grade's code first, "Scale 10 – Payroll Manager": the scale table's row reader's rule)
    name = match.group(1).strip() if match is not None else comparator_title(
        label.strip(), run_in=False) or grade_then_title(label)
    if name is None:
        return None
    if _NOT_OWNERS.search(name):
        return None
    return title_case(singular_title(name))


def comparator_title(text: str, *, run_in: bool = True) -> str | None:
    """(fixes94) The title a pay memo's comparator line opens with, as printed, when
    ``text`` (the words before the figure) is that title and its grade or range words and
    nothing else ("Fleet Planner — Grade C, median paid ", "Workshop Manager (M3) range ");
    with ``run_in``, after a run-in clause ending in a colon too ("For reference: X (M3)
    range "). None for any other text; the caller checks the title is known.

    >>> comparator_title("Fleet Planner — Grade C, median paid ")
    'Fleet Planner'
    >>> comparator_title("For reference: Workshop Manager (M3) range ")
    'Workshop Manager'
    >>> comparator_title("For reference: Workshop Manager (M3) range ", run_in=False) is None
    True
    >>> comparator_title("Move the grade up and lift the floor (new range ") is None
    True
    """
    if not ("—" in text or "–" in text or " - " in text or "range" in text.lower() or (
            "paid" in text)):
        return None  # (cheap: every comparator has a dash or a range or paid word)
    match = _COMPARATOR.fullmatch(text)
    if match is None and run_in and (lead := _RUN_IN.match(text)) is not None:
        match = _COMPARATOR.fullmatch(text, lead.end())
    return match.group("title") if match is not None else None


# A study card's term around the title it is about: a bracketed note ("(compare!)"), a
# statistic before a comma ("Median wage, X") or after the title ("X median"), a place
# ("… in Iowa") and a qualifier after a comma ("X, Division I college").
_TERM_ASIDE = re.compile(r"\s*\([^()]*\)")
_TERM_STAT_LEAD = re.compile(r"^(?:(?:median|mean|average|starting|typical|annual|hourly)\s+)+"
                             r"(?:pay|wage|salary|earnings)?\s*,\s*", re.IGNORECASE)
_TERM_STAT_TAIL = re.compile(r"\s+(?:median|mean|average)(?:\s+(?:pay|wage|salary))?$",
                             re.IGNORECASE)
_TERM_PLACE = re.compile(r"\s+in\s+[A-Z][\w .'-]*$")
_TERM_WORDS = 6


def card_term_owner(term: str, is_title: Callable[[str], bool]) -> str | None:
    """The title a study card's term names for the figure on the card ("head athletic
    trainer, Division I college", "personal trainer (compare!)", "Food science TECHNICIANS
    median"), singular in Title Case, or None when the term names no title.

    >>> t = lambda s: s.endswith(("Trainer", "Technician"))
    >>> [card_term_owner(term, t) for term in ("head athletic trainer, Division I college",
    ...  "Food science TECHNICIANS median (don't mix up!)", "median pay (BLS, 2026)")]
    ['Head Athletic Trainer', 'Food Science Technician', None]
    """
    text = _TERM_STAT_LEAD.sub("", _TERM_ASIDE.sub("", term).strip())
    text = _TERM_PLACE.sub("", _TERM_STAT_TAIL.sub("", text.split(",")[0].strip())).strip()
    words = text.split()
    if not 1 <= len(words) <= _TERM_WORDS or not all(word.isalpha() for word in words):
        return None
    title = title_case(singular_title(text.lower()))
    return title if is_title(title) else None


# A graduates' cohort labelled by the field it went into, in a first-destination report
# ("Graduates who went into producing: median $47,000", "Graduates in public relations and
# communications: median …"); "Graduates employed as X" names the title itself.
_COHORT = re.compile(r"(?:graduates|leavers|alumni|completers)\s+(?:who\s+(?:went|moved|go|move)"
                     r"\s+into|(?:working\s+)?in|(?:employed|hired|working)\s+in(?:to)?)\s+"
                     r"(?P<field>[a-z][a-z &,-]{2,60}?)\s*$", re.IGNORECASE)
_GERUND_WORKER = 5  # letters a gerund's stem keeps at least ("produc-ing": "produc-er")


def cohort_owner(lead: str, is_title: Callable[[str], bool]) -> str | None:
    """Whose pay a graduates' cohort label gives: the worker of the field it names when the
    field is a trade's gerund the lexicon knows as a worker ("producing": Producer), else the
    field itself, which stands for its workers; None for any other label.

    >>> def titled(text: str) -> bool:
    ...     return text.endswith(("Producer", "Teacher"))
    >>> cohort_owner("Graduates who went into producing", titled)
    'Producer'
    >>> cohort_owner("Graduates in public relations and communications", titled)
    'Public Relations and Communications'
    >>> cohort_owner("Graduates employed as producers", titled) is None
    True
    """
    match = _COHORT.fullmatch(lead.strip())
    if match is None:
        return None
    field = " ".join(match.group("field").split()).strip(" ,")
    if " " not in field and field.endswith("ing") and len(field) - 3 >= _GERUND_WORKER:
        worker = title_case(f"{field[:-3]}er")
        if is_title(worker):
            return worker
    return title_case(field)


def compared_clause(clause: str) -> bool:
    """Whether a pay clause sets another figure beside the role's ("For comparison, a tiler
    earns …", "compared with …").

    >>> compared_clause("For comparison, a tiler earns "), compared_clause("Tilers earn ")
    (True, False)
    """
    return _COMPARISON.search(clause) is not None


# Words no title is made of: a lower-case subject holding one is a phrase, not a title
# ("figures show that support workers"; "other engineers").
# (rules44b) One word for whoever holds a job, no title of its own ("the worker earns").
_BARE_HOLDERS = frozenset({"worker", "employee", "staff", "person", "candidate", "applicant",
                           "member", "holder", "officer", "manager", "lead", "head", "leader",
                           "specialist", "professional", "operator", "assistant", "associate",
                           "technician", "consultant", "director"})
_NOT_TITLE_WORDS = frozenset({"that", "which", "who", "the", "a", "an", "and", "or", "but",
                              "than", "their", "our", "his", "her", "its", "this", "these",
                              "those", "other", "others", "more", "less", "such", "all",
                              "both", "each", "every", "any", "no", "not", "only", "even",
                              "they", "we", "you", "them", "people"})
_HEAD_IN = 5  # letters a head noun has at least to stand for the role's compound ("keeper")
_OF_TITLE = re.compile(r"^[a-z]+s of [a-z]")  # "directors of credit risk"


def _lower_title(words: Sequence[str], article: bool, is_title: Callable[[str], bool],
                 role: str = "") -> bool:
    """``words``, a subject in lower case, are a known title of two words or more: up to
    four words, or longer after an article or a rank or as "heads of X" ("of" only so: "the
    middle half of nurses" is a share); the first word no quantifier ("most") nor pay word
    ("starting"), nor a level ("senior") before the ``role``'s own head noun; a title
    headed by that noun only after a rank ("head chefs"), since "studio instructors" on the
    Pilates Instructor's page are the role where it works.

    >>> _lower_title("compliance managers".split(), False, lambda t: t.endswith("Manager"))
    True
    >>> _lower_title("senior managers".split(), False, lambda t: True)
    False
    >>> _lower_title("senior associates".split(), False, lambda t: True, "Forensic Accountant")
    True
    """
    if not 2 <= len(words) <= _TITLED_WORDS or not all(w.isalpha() and w.islower()
                                                       for w in words):
        return False
    text = " ".join(words)
    first = words[0]
    longer = len(words) > _SUBJECT_WORDS and not article and first not in _RANKS
    if (longer or "of" in words) and not _OF_TITLE.match(text):
        return False
    if first in NOT_A_RANK or first in _PREPOSITIONS or any(
            w in _NOT_TITLE_WORDS for w in words) or words.count("of") > 1 or (
            _NOT_OWNERS.search(text)):
        return False
    # (the head of "vps of data governance" is before "of", as is the role's own in
    # "Director of Data Governance")
    head = singular_title(words[0] if _OF_TITLE.match(text) else words[-1]).lower()
    own = (re.split(r"(?i)\s+of\s+", role, maxsplit=1)[0].split() or [""])[-1].lower()
    # ("keepers" on the Zookeeper's page: a head noun inside a compound is the role's too)
    own_head = bool(own) and (head == own or (len(head) >= _HEAD_IN and own.endswith(head)))
    if (own_head and first not in _RANKS) or (first in _GRADES and (own_head or not role)):
        return False  # ("senior associates" on the forensic accountant's page: a title)
    return is_title(_of_title(title_case(singular_title(re.sub(r"^([a-z]+?)s of ", r"\1 of ",
                                                                text)))))


_SHORT_OF_HEAD = re.compile(r"^([A-Z][a-z])(?= of )")


def _of_title(titled: str) -> str:
    """A two-letter head before "of" is an initialism ("Vp of Data" → "VP of Data").

    >>> _of_title("Vp of Data Governance")
    'VP of Data Governance'
    """
    return _SHORT_OF_HEAD.sub(lambda m: m.group(1).upper(), titled)


_LONE_LEVELS = frozenset({"associate", "staff", "principal", "partner", "fellow", "member"})
# Two nouns joined by a hyphen ("Owner-operator"), not a prefix ("Co-", "Self-", "Part-").
_COMPOUND = re.compile(r"(?!(?i:self|part|full|semi|well|half)-)[A-Za-z]{4,}-[A-Za-z]{4,}$")
# One-word plurals of how people work, not which post they hold ("contractors earn more").
_WORK_ARRANGEMENTS = frozenset({"freelancers", "contractors", "temps", "locums", "employees",
                                "beginners", "newcomers", "starters", "juniors", "seniors",
                                "leavers", "owners", "partners", "members", "volunteers"})


def _lone_plural(words: Sequence[str], is_title: Callable[[str], bool], role: str) -> bool:
    """``words`` are one lower-case plural of a known title that is not the ``role``'s own
    head noun ("…, and captains earn" on the Airline Pilot's page), as the subject of a
    clause joined to the one before.

    >>> _lone_plural(["captains"], lambda t: t == "Captain", "Airline Pilot")
    True
    >>> _lone_plural(["pilots"], lambda t: True, "Airline Pilot")
    False
    >>> _lone_plural(["contractors"], lambda t: True, "Electrician")
    False
    >>> _lone_plural(["principals"], lambda t: True, "Acoustic Consultant")
    False
    """
    if len(words) != 1 or not words[0].isalpha() or not words[0].islower() or not (
            words[0].endswith("s")) or words[0] in _WORK_ARRANGEMENTS:
        return False
    single = singular_title(words[0]).lower()
    own = (role.split() or [""])[-1].lower()
    if single == words[0] or single in NOT_A_RANK or words[0] in _NOT_TITLE_WORDS or (
            # ("principals typically earned": a rank alone is the role at that rank)
            single in _RANKS or single in _GRADES or single in _LONE_LEVELS) or (
            single == own or (len(single) >= _HEAD_IN and own.endswith(single))):
        return False
    return is_title(title_case(single))


_INNER_JOINERS = frozenset({"of", "and", "&", "for"})


def _capitalised_title(words: Sequence[str]) -> bool:
    """``words`` are a title in Title Case, joiners inside it in lower case ("Head of Speech
    and Language Therapy"): it may be longer than a lower-case subject.

    >>> _capitalised_title("Head of Speech and Language Therapy".split())
    True
    >>> _capitalised_title("Most of them".split())
    False
    """
    return bool(words) and words[-1][:1].isupper() and all(
        w[:1].isupper() or (0 < at < len(words) - 1 and w in _INNER_JOINERS)
        for at, w in enumerate(words))


def _band_holder(words: list[str], is_title: Callable[[str], bool], role: str) -> str | None:
    """The title a gapped band clause names ("consultant radiographers"), singular, when it
    is another title than the ``role``: a known title, or the role's head after a rank; a
    qualifier alone before the role ("most experienced radiographers") names none.

    >>> _band_holder(["consultant", "radiographers"], lambda t: False, "Radiographer")
    'Consultant Radiographer'
    >>> _band_holder(["experienced", "radiographers"], lambda t: True, "Radiographer") is None
    True
    """
    if not words or words[0] in NOT_A_RANK or any(w in _NOT_TITLE_WORDS for w in words):
        return None
    titled = title_case(singular_title(" ".join(words)))
    if titled.lower() == role.lower():
        return None
    ranked = any(w in _RANKS for w in words[:-1])
    known = len(words) >= 2 and _lower_title(words, True, is_title, role)
    return titled if ranked or known else None


def _bracket_title(clause: str, is_title: Callable[[str], bool]) -> str | None:
    """(fixes77) The Title Case post a clause names right before its pay's bracket ("two
    Specialty Doctors (salary "): a known title, or one whose head noun names a person (the
    bracket's word says a post is paid).

    >>> _bracket_title("six consultants, two Specialty Doctors (salary ", lambda _: False)
    'Specialty Doctor'
    >>> _bracket_title("Team: 1.0 WTE Specialty Doctor (salary ", lambda _: False)
    'Specialty Doctor'
    >>> _bracket_title("offered the role of Area Sales Manager (basic salary ", lambda _: False)
    'Area Sales Manager'
    >>> _bracket_title("the open Billing Analyst role (Leeds, hybrid, ", lambda t: "Analyst" in t)
    'Billing Analyst'
    >>> _bracket_title("Our Lab (salary ", lambda _: False) is None
    True
    """
    found = _TITLE_BRACKET_PAY.search(clause) or _WORKED_AS_BRACKET.search(clause)
    words = singular_title(found.group("title")).split() if found is not None else []
    while words and words[0].lower() in _NO_TITLE_OPENERS:
        words = words[1:]  # ("Our Ward Clerk (salary", "1.0 WTE Specialty Doctor (salary")
    title = " ".join(words)
    head = re.split(r"\s[—–]\s", title, maxsplit=1)[0]  # ("Team Leader — Home Care": its unit)
    return title if words and (is_title(head) or (
        len(head.split()) >= 2 and practitioner_noun(head.split()[-1].lower(), strict=False))
    ) else None


def _ladder_rung(words: str, is_title: Callable[[str], bool]) -> str | None:
    """(fixes88) ``words`` (a rung in lower case, perhaps after joining words) as a role
    title in Title Case, from its longest tail a role title, or None.

    >>> _ladder_rung("general foreman", lambda t: t == "General Foreman")
    'General Foreman'
    >>> _ladder_rung("our people", lambda t: False) is None
    True
    """
    split = words.split()
    split = split[max((at + 1 for at, word in enumerate(split) if word.lower() in _JOINING),
                      default=0):]
    return next((title for at in range(len(split)) if is_title(
        title := title_case(" ".join(split[at:])))), None)


# (rules48a) The employer's own holders of a title, told between the title and its pay verb
# ("A Stores supervisor of our company earns", "Foremen in our firm make").
_OF_OURS = re.compile(r"\s+(?:of|in|at|with(?:in)?)\s+our\s+(?:company|firm|business|site|"
                      r"organi[sz]ation|team|group|plant|mill|depot|agency)(?=\s+[a-z])")


# (rules49b) A pool of workers of a title and its rate ("Our freelance Production Artist pool
# pays $24 – $28/hour", "our contract Safety Data Entry Specialist pool (currently €19.50 an
# hour": the pool's title owns the figure; the pool is no level of the page's role.
_POOL_PAY = re.compile(r"\b(?!(?:Our|The|A|An|This|That|Their|Your|My)\s)"
                       r"(?P<title>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4})\s+(?:pool|bank)\s*"
                       r"(?:(?:pays|paid|rate\s+is|rates?:?)|\(\s*(?:currently|now|at)?)"
                       r"\s*(?:about|around|roughly|c\.|~)?\s*$")


# (carry50) The staff a firm takes on for a season, subject of a pay verb ("summer workers are
# paid 3.800 kr. per hour", "seasonal workers get …"): the role's own holders for a season
# (a level of its pay), no other job's title.
_SEASONAL_STAFF = re.compile(r"\b(?:summer|winter|seasonal|season|holiday)\s+workers\s+(?:are\s+"
                             r"paid|get|earn|receive|make)(?:\s+(?:about|around|from))?\s*$",
                             re.IGNORECASE)


# (carry51) Season staff named by their job ("seasonal grape pickers (берачи) at",
# "the seasonal cheese packers come too, paid"): that job's pay, not the role's.
_SEASONAL_NAMED = re.compile(r"\b[Ss]easonal\s+(?P<who>[a-z]{3,20}(?:\s+[a-z]{3,20})?)\s*"
                             r"(?:\([^()]{1,40}\)\s*)?(?:(?:come|comes)\s+too,\s+)?"
                             r"(?:are\s+paid|paid|at|get|earn)\s*(?:about\s+|around\s+)?$")
_SEASON_STAFF_WORDS = frozenset({"workers", "worker", "staff", "help", "employees", "hires"})


def stated_for(clause: str, is_title: Callable[[str], bool], role: str = "") -> str | None:
    """Who a pay sentence is about, as the page writes it (singular), when it names someone:
    the label of "Deck Cadet: Cadets … receive …" (the sentence names the label again), or a
    role title as the subject of a pay verb ("Party chiefs averaged about").  ``clause`` is
    the sentence up to the figure; ``is_title`` tells a role title (Title Case); ``role``,
    the page's role, keeps a lower-case title of its own head noun its own (see
    :func:`_lower_title`).

    >>> def titled(text: str) -> bool:
    ...     return text.split()[-1] in ("Chief", "Officer")
    >>> stated_for("Party chiefs averaged about ", titled)
    'Party chief'
    >>> stated_for("You might start as a yard officer, making about ", titled)
    'Yard Officer'
    >>> stated_for("Relief officers earned an average of ", titled)
    'Relief officer'
    >>> stated_for("Captain (Master): The Master of a vessel earns ", titled)
    'Captain (Master)'
    >>> stated_for("Median: ", titled) is None
    True
    >>> stated_for("The pay is $14 an hour, and head chiefs earn about ", titled)
    'Head Chief'
    >>> stated_for("Party chiefs on big crews can earn ", titled)
    'Party chief'
    >>> stated_for("or become a Yard Officer (YO), earning ", titled)
    'Yard Officer'
    >>> stated_for("Linepersons on big crews earn ", titled)
    'Lineperson'
    >>> stated_for("some said that relief officers on about ", titled)
    'Relief Officer'
    >>> stated_for(" a year, and a chief ", titled)
    'Chief'
    >>> stated_for(" a year; a tenth-year officer, about ", titled)
    'Officer'
    >>> stated_for("By contrast, the Records Officer scale in local government runs from ", titled)
    'Records Officer'
    >>> stated_for("For comparison, the average salary of a relief officer is ", titled)
    'Relief Officer'
    >>> stated_for("For information: the relief officer's pay is about ", titled)
    'Relief Officer'
    >>> stated_for("summer workers are paid ", lambda t: True) is None
    True
    """
    if "orkers" in clause and _SEASONAL_STAFF.search(clause) is not None:
        return None  # (carry50) "summer workers are paid …": the role's own season staff
    seasonal = _SEASONAL_NAMED.search(clause) if "easonal" in clause else None
    if seasonal is not None and seasonal.group("who").split()[-1] not in _SEASON_STAFF_WORDS:
        # (carry51) "seasonal grape pickers (берачи) at …", "the seasonal cheese packers
        # come too, paid …": a named season job's own rate
        return title_case(singular_title(seasonal.group("who")))
    clause = _spelt_out(clause)  # (fresh60) "the PM (Payroll manager) is paid"
    pool = _POOL_PAY.search(clause) if "pool" in clause or "bank" in clause else None
    if pool is not None and is_title(pool.group("title")):
        return pool.group("title")  # (rules49b) "our freelance X pool pays": that title's rate
    if " our " in clause:
        # (rules48a) "A Stores supervisor of our company earns": the employer's own holders
        # of the title, the words between the title and its verb no part of it
        clause = _OF_OURS.sub("", clause)
    stat = _STAT_OF.search(clause) if "of " in clause or "for " in clause else None
    if stat is not None and is_title(title := title_case(singular_title(stat.group("title")))):
        return title  # "the average salary of a front desk clerk is": that title's pay
    listed = _LISTED_AT.search(clause) if " at " in clause else None
    if listed is not None and is_title(title := title_case(singular_title(listed.group(
            "title")))):
        return title  # (rules47b) "the BLS lists animal caretakers in X at a median of"
    booked = _WHO_BOOKS.search(clause) if ", who " in clause else None
    if booked is not None:
        # (rules47b) "… train as a Dog Groomer with our groomer, who books at": the worker
        # the relative clause is about, by the fuller title the sentence gave that noun
        noun = title_case(booked.group("title"))
        fuller = [m.group(0) for m in _CAPITALISED_TITLE.finditer(clause[: booked.start()])
                  if m.group(0).endswith(f" {noun}") and is_title(m.group(0))]
        if fuller or is_title(noun):
            return fuller[-1] if fuller else noun
    held = _AS_A_ON.search(clause) or _AS_A_PAID.search(clause) or _AS_A_MAKING.search(
        clause) or (_EMPLOYED_AS_AT.search(clause) if "as a" in clause else None)
    if held is not None and is_title(title_case(held.group(1))) and (
            held.group(1) not in bundled_level_words(single=True)):  # ("as an apprentice")
        return title_case(held.group(1))  # "As a first officer I'm now on": the writer's post
    mine = _MY_TITLED_PAY.search(clause)
    if mine is not None and is_title(mine.group(1)):
        return mine.group(1)  # "my Head of Learning salary is": the writer's post now
    if ("Level" in clause or "Scale" in clause or "Grade" in clause or "Band" in clause) and (
            notice_rank := _RANKED_PAY.search(clause) or _RANK_HOLDERS.search(clause)
    ) is not None and is_title(title := singular_title(notice_rank.group("title"))):
        return title  # "promoted to the rank of X in Level 11 of the Pay Matrix (": X's level
    owned = _POSSESSED_PAY.search(clause) if "s " in clause else None
    if owned is not None and is_title(owned.group("title")):
        return owned.group("title")  # "The Chief Executive's salary was in the band £…"
    owned = _POSSESSED_LOWER.search(clause) if "s " in clause else None
    if owned is not None and is_title(title := title_case(owned.group("title"))):
        return title  # "the registered nurse's pay is": that title's figure
    owned = _POSSESSED_OPENING.search(clause) if "s " in clause else None
    if owned is not None and is_title(title := title_case(owned.group("title"))):
        return title  # (rules48a) "Shift master's work salary from": that title's figure
    bracketed = _bracket_title(clause, is_title) if "(" in clause[-_BRACKET_TAIL:] or (
        "(" in clause[-_BRACKET_TAIL * 2:] and "ole (" in clause) else None
    if bracketed is not None:
        return bracketed  # "two Specialty Doctors (salary £…": that title's figure
    moved = _MOVED_BRACKET.search(clause) if "(" in clause[-_BRACKET_TAIL:] else None
    moved_title = moved.group("title") if moved is not None else ""
    if " and " in moved_title and is_title(singular_title(moved_title.partition(" and ")[0])):
        moved_title = moved_title.partition(" and ")[2]  # (rules44b) two titles: the last's
    if moved is not None and (is_title(title := singular_title(moved_title)) or is_title(
            _ROMAN_TAIL.sub("", title))):  # ((rules57b) "… to Maintenance Technician II (")
        return title  # "2 were promoted to Section Supervisor (Band 4, £…": that post's band
    rises = _GO_UP_BRACKET.search(clause) if "(" in clause[-_BRACKET_TAIL:] else None
    if rises is not None and is_title(title := title_case(singular_title(rises["title"]))):
        return title  # (rules48a) "go up to Sales supervisor (TSh …": that rung's figure
    become = _BECOME_BRACKET.search(clause) if "(" in clause[-_BRACKET_TAIL:] else None
    if become is not None and (is_title(title := title_case(singular_title(
            become["title"]))) or _INITIALS_POST.search(title)):
        # (fixes81) "become a senior lecturer (typically £…", "a salaried GP (around £…": that
        # post's figure (a post named by its initials as no lexicon knows it)
        return title
    full_post = _FULL_POST.search(clause) if " post " in clause or " job " in clause else None
    if full_post is not None and is_title(full_post.group("title")):
        return full_post.group("title")  # "The full Housekeeping Assistant post is £…"
    step = _MOVE_UP_AT.search(clause)
    if step is not None and is_title(step.group(1)):
        return step.group(1)  # "can move up to Bench Supervisor at": the next rung's pay
    promoted = _PROMOTED_PAY.search(clause)
    if promoted is not None and is_title(title_case(promoted.group(1))):
        return title_case(promoted.group(1))  # "With promotion to bosun, pay rises to"
    back = _GIVES_THEM.search(clause)
    if back is not None:
        # "scientific glassblowers are paid differently; a survey gives them $64,000": the
        # clause before names whom "them" stands for
        return stated_for(clause[: back.start()] + " ", is_title, role)
    if " on " in clause[-_ON_TAIL:] and (held := _HELD_ON.search(clause)) is not None:
        words = held.group(1).split()
        while len(words) > _ON_WORDS and (words[0] in _HELD_LEAD or words[0].endswith(
                ("ed", "ing"))):
            words = words[1:]  # "saying underwriting assistants", "that relief officers"
        titled = title_case(singular_title(" ".join(words)))
        if words[0] not in NOT_A_RANK and is_title(titled):
            return titled  # "people saying underwriting assistants on $110k"
    hired = _HIRES_AT.search(clause) if " at" in clause[-_ON_TAIL:] else None
    if hired is not None and (title := title_case(singular_title(hired.group("title")))) and (
            is_title(title) or practitioner_noun(title.rpartition(" ")[2])) and (
            singular_title(hired.group("title")).lower() not in _BARE_HOLDERS) and (
            hired.group("title").split()[0] not in NOT_A_RANK) and (
            # ("firms also hire diploma engineers at" on the Sub-Assistant Engineer's page:
            # the role's own holders, by its head noun)
            not role or title.rpartition(" ")[2].lower() != role.rpartition(" ")[2].lower()):
        return title  # (rules44b) "recruits casual invigilators at": those workers' pay
    info = _INFO_ITEM.search(clause) if _INFO_LEAD.search(clause) else None
    if info is not None and is_title(title := title_case(singular_title(info.group("title")))):
        return title  # (rules44b) "For information: practical nurse … from": that title's
    scheme = _SCHEME_START.search(clause) if "starting" in clause[-_ON_TAIL * 3:] else None
    if scheme is not None and is_title(scheme.group("title")):
        return scheme.group("title")  # (rules44b) "move to the scheme of X …, starting salary"
    employs = _EMPLOYS_AT.search(clause) if "employ" in clause else None
    if employs is not None and is_title(employs.group("title")):
        return employs.group("title")  # (rules41c) "employs a X for 10 hours a week at"
    theirs = _THEIR_PAY.search(clause) if "s' " in clause or "s’ " in clause else None
    if theirs is not None:  # (rules41c) "An Assistant Curate … (curates' stipend"
        who = title_case(theirs.group("who"))
        longer = re.findall(rf"\b((?:(?!(?:An?|The|Our)\s)[A-Z][\w-]*\s+){{1,3}}{who})\b",
                            clause[: theirs.start()])
        if longer or is_title(who):
            return longer[-1] if longer else who
    relative = _RELATIVE.search(clause)
    if relative is not None and is_title(title_case(relative.group(1))):
        return relative.group(1)  # "… become a Services Manager, who is paid …"
    who_rung = _RUNG_WHO_BRACKET.search(clause) if " who " in clause else None
    if who_rung is not None and (rung_title := _ladder_rung(who_rung.group("title"),
                                                             is_title)) is not None:
        return rung_title  # (fixes88) "then general foreman who holds 3 projects (₱1,600 …": the
        # rung the relative clause describes, its pay in the bracket after it
    lower = _RELATIVE_LOWER.search(clause) if "who" in clause else None
    if lower is not None:
        words = lower.group(1).split()
        # (the words after the last joining word: "and then site manager" is "site manager")
        words = words[max((at + 1 for at, word in enumerate(words) if word in _JOINING),
                          default=0):]
        spoken = next((title for at in range(len(words)) if is_title(
            title := title_case(" ".join(words[at:])))), None)
        if spoken is not None:
            return spoken  # (fresh56) "then site manager (…), who is paid …"
    label = _LABEL.match(clause)
    if label is not None:
        name = label.group(1).strip()
        rest = clause[label.end():]
        words = [w.strip("()") for w in name.split() if w.strip("()")[:1].isupper()]
        if _NOT_OWNERS.search(name) is None and any(_mentions(rest, w) for w in words):
            return name
        clause = rest
    late = _LATE_GAP.search(clause)
    if late is not None and (is_title(title_case(singular_title(late.group(1)))) or (
            # (rules44b) "… per hour and a Senior Invigilator at": a title of two words or
            # more, its last a person's noun ("-or", "-er")
            " " in late.group(1) and practitioner_noun(late.group(1).rpartition(" ")[2]))):
        # "Senior Accountants earn ₹6 – 9 LPA and Accounts Managers ₹9 – 14 LPA": the verb
        # of the figure before serves the title after "and"
        return title_case(singular_title(late.group(1)))
    scale = _SCALE_OF.search(clause) if "from" in clause[-6:] else None
    if scale is not None and (is_title(scale.group(1)) or practitioner_noun(
            scale.group(1).rpartition(" ")[2], strict=True)):
        return scale.group(1)  # "the Clerical Officer scale … runs from"
    ranged = _RANGE_OF.search(clause) if clause.rstrip().endswith(" of") else None
    if ranged is not None and (is_title(ranged.group(1)) or practitioner_noun(
            ranged.group(1).rpartition(" ")[2], strict=True)):
        return ranged.group(1)  # "the Sterile Processing Aide range of"
    verbs = list(_PAY_VERB.finditer(clause))
    # "…, and a shop manager £34,000": the verb of the clause before is left out (also when
    # that verb already had its figure: "a first officer earns $97,600; a captain, about").
    if not verbs or _DIGIT.search(clause, verbs[-1].end()):
        gapped = _GAPPED.search(clause)
        # ("; directors of water quality €…": the plural is the head before "of")
        gapped_title = _of_title(title_case(_PLURAL_OF.sub(r"\1 of ", gapped.group(1)) if (
            _PLURAL_OF.match(gapped.group(1))) else singular_title(gapped.group(1)))) if (
            gapped is not None) and not (
            _GAPPED_VERBS.intersection(gapped.group(1).lower().split())) else ""
        if gapped_title and is_title(gapped_title):
            # ("…, and the director of a youth hostel between …": its article as printed)
            return _OF_ARTICLE.sub(lambda m: m.group().lower(), gapped_title)  # ("…, and
            # head keepers £31,000")
        banded = _GAPPED_BAND.search(clause)
        if banded is not None and (owner := _band_holder(banded.group(1).split(), is_title,
                                                         role)) is not None:
            return owner
        if not verbs:
            return None
    before = clause[: verbs[-1].start()]  # the verb nearest the figure
    before = _APPOSITIVE.sub("", before)  # "Lead Analysts, one step up, report …"
    # ("an auxiliary (auxiliaire, grade B) begins at": the bracket's comma cuts no clause)
    before = _ASIDE.sub("", before) if ")" in before else before
    # The subject is the verb's own clause: after "…an hour, and", without modals ("can")
    # and trailing qualifiers ("on major projects", "who run their own salon").
    cut = _SUBJECT_START.search(before)
    subject = before[cut.end():] if cut else before
    joined = subject.lstrip().lower().startswith("and ") or (
        # ("…; area managers earn", "…, and a sound technician at an events company earns")
        # (carry37) "…we book cover: agency chefs are paid": a clause after a lead-in's colon
        # (rules44b) "… a foreman (majster) - the foreman has": a dash's clause too
        cut is not None and (before[: cut.end()].rstrip().endswith((";", ":", " -", "–", "—")) or (
            # (not "…, and the middle half of nurses earn": a share of the role)
            before[: cut.end()].rstrip().endswith(", and") and " of " not in before[cut.end():])))
    subject = _SUBJECT_TAIL.sub("", _MODALS.sub("", _ASIDE.sub("", subject).strip())).strip()
    subject = _SEATS.sub("", subject)
    subject = _RELATION.sub("", subject) if "friend" in subject or "olleague" in subject else (
        subject)  # (rules37a) "A veterinary nurse friend … asked for": the friend's title
    opened = _OPENERS.sub("", subject.lstrip("("))
    # "A party chief … earns" opening the sentence: a title in lower case after its article
    # (a known title only, below)
    # ("An average X earns": a statistic of the role, no title of its own)
    article = cut is None and _ARTICLE.match(opened) is not None and _NOT_OWNERS.search(
        opened) is None
    employed = _EMPLOYER_OF.match(_ARTICLE.sub("", opened)) is not None
    subject = _WORK_PATTERN.sub("", _EMPLOYER_OF.sub("", _ARTICLE.sub("", opened)))
    if employed and subject[:4] == "own ":
        subject = subject[4:]  # (rules50b) "ParkSure's own attendants": the firm's staff
        lone = subject.split()
        if role and len(lone) == 1 and lone[0].endswith("s") and lone[0].isalpha() and (
                singular_title(lone[0]).lower() != role.lower().rpartition(" ")[2]):
            # (rules50c) "ParkSure's own supervisors are on £14.10" on the attendant's page:
            # another post of that firm's, never the role's (its head word alone is the role)
            return title_case(singular_title(lone[0]))
    if "’s " in subject or "'s " in subject:  # (rules37a) "the survey's anesthesiologist
        subject = _SOURCE_OF.sub("", subject)  # assistants reported": the survey's people
        # (rules52c) "the county DOT's Survey Technician 2 pays": a body's post in Title Case
        subject = _BODY_OF_TITLE.sub("", subject)
    # "Salaries for head chefs are around": the pay's people, not the pay, are the subject
    subject = _PAY_OF_SUBJECT.sub("", subject)
    if employed and len(subject.split()) >= 2 and (
            plural := lower_plural_title(subject.split())) is not None:
        return plural  # "Kestrel's home delivery drivers start on": that employer's title
    reported = _REPORTED.match(subject)
    if reported is not None and reported.end() < len(subject):
        # "…, and Tolliver says his own welding foremen earn": a clause of its own
        subject, joined = subject[reported.end():], True
    # "Level 3 supervisors earn": a bare head keeps its level as its name; a longer title
    # ("Level 2 club coaches") is named without it.
    rung = ""
    levelled = _RUNG_PREFIX.match(subject)
    if levelled is not None:
        subject = subject[levelled.end():]
        rung = levelled.group().strip() + " " if len(subject.split()) == 1 else ""
    yearly = _YEAR_PREFIX.match(subject)
    if yearly is not None and len(subject[yearly.end():].split()) < 2:
        yearly = None
    if yearly is not None:
        # "First-year claims advisors there start at": the title, in its first year ("First-
        # year apprentices" stays whole: the role's own apprentice level)
        subject = subject[yearly.end():]
    subject = _without_place(subject)  # "Texas directors of X earn": where, not who
    opener = _PLACE_OPENER.match(subject)
    if opener is not None and _GRADE_TAIL.search(subject):
        # "Under the X Award a Food & Beverage Attendant Grade 4 earns": the subject after
        # the opening phrase's last article
        subject, article = opener.group(1), True
    # "a Food & Beverage Attendant Grade 4 earns": an award's title at its grade is the
    # title's pay (the grade is its level, not its name)
    subject = _GRADE_TAIL.sub("", subject).replace(" & ", " and ") if _GRADE_TAIL.search(
        subject) else subject
    numbered = _CLASS_NUMBER.search(subject) if subject[:1].isupper() else None
    if numbered is not None:
        subject, numbered_as = subject[: numbered.start()], numbered.group()
    else:
        numbered_as = ""
    words = subject.split()
    # "… while reliability managers earn", "In Toronto, compliance managers are around": a
    # known title in lower case as the subject of its own clause
    lowered = _lower_title(words, article, is_title, role) or (
        joined and bool(role) and _lone_plural(words, is_title, role))
    # A subject of up to four words, or a longer one in Title Case ("Senior Knowledge Graph
    # Strategy Engineers").
    # ("For comparison, a senior data platform engineer earns": a known title in lower case)
    named = _COMPARISON.search(clause) is not None and is_title(title_case(singular_title(
        subject))) if len(words) > _SUBJECT_WORDS else False
    longest = _TITLED_WORDS if named or lowered or _capitalised_title(words) else _SUBJECT_WORDS
    # (a hyphened word is one word of a title a grade is given to: "State-certified
    # technicians are grouped in E 9a"; "first-year agents earn" is the role's own year)
    graded = _GRADED_VERB.match(verbs[-1].group()) is not None
    # "An experienced beat keeper could earn": a title of two words or more after the
    # adjective (the adjective alone before the role's name says nothing: see below); the
    # adjective counts no word of the subject's length (carry39b: "a new customer service
    # team leader starts at"; not "typical remuneration for an actuary", a statistic)
    qualified = len(words) > 2 and words[0].lower() in NOT_A_RANK and (
        len(words) <= longest or not any(w.lower() in _PREPOSITIONS or w.lower() in (
            "a", "an", "the") for w in words[1:])) and is_title(title_case(singular_title(
                " ".join(words[1:]))))
    if qualified:
        words, subject = words[1:], " ".join(words[1:])
    # (so is a capitalised head noun of any title: "Theatre Co-ordinators are Band 7";
    # "Self-employed dog walkers take home" is the role, self-employed)
    # (rules41c) a capitalised possessive inside a title ("Director of Children's
    # Ministries") is a word of it
    if not 0 < len(words) <= longest or not all(
            (w.replace("-", "") if graded or (w[:1].isupper() and at == len(words) - 1)
             else _POSSESSIVE_S.sub("", w) if at and w[:1].isupper() else w).isalpha()
            for at, w in enumerate(words)):
        return None
    first = words[0].lower()
    # "For comparison, an orthoptist earns …": the comparison names another title, which
    # the lexicon need not know.
    compared = _COMPARISON.search(clause) is not None and (len(words) <= 3 or is_title(
        title_case(singular_title(subject))))
    if first in NOT_A_RANK or singular_title(first) in NOT_A_RANK or first in _PREPOSITIONS or (
            not subject[:1].isupper() and first not in _RANKS and not compared and not qualified
            and levelled is None and yearly is None and not lowered and not (
                # "; area managers earn": a known title of two words or more, in lower case
                (joined or article) and len(words) >= 2 and first not in _GRADES and is_title(
                    title_case(singular_title(subject)))) and not (
                # (rules44b) "…; the helper earns", "the foreman has a salary of": one known
                # title word after its article or a clause's break (no bare worker word)
                (joined or article) and len(words) == 1 and first not in _GRADES and (
                    singular_title(first).lower() not in _BARE_HOLDERS) and (
                    # ("; principals typically earned": the role at its principal level)
                    singular_title(first).lower() not in bundled_level_words(single=True)) and (
                    is_title(title_case(singular_title(subject)))))):
        return None  # "Experienced groomers earn": the role itself; "most of them earn"
    single = singular_title(_PLURAL_OF.sub(r"\1 of ", subject))  # "Directors of X"
    titled = _of_title(title_case(single))
    # A rank word before a noun makes a title the lexicon need not know ("master weavers").
    ranked = first in _RANKS and len(words) >= 2
    # "Fragrance evaluators earn …": a plural of people (an agent noun) the lexicon need not
    # know, two or three words long.
    agent = (1 < len(words) <= _AGENT_WORDS and _AGENT_NOUN.search(single) is not None and (
        words[-1].lower().endswith("s"))) or (
        len(words) == 1 and subject[:1].isupper() and single.lower().endswith("person"))
    # ("Leverpersons … earn": a "-person" is a worker the lexicon need not know)
    return rung + (single + numbered_as if subject[:1].isupper() else titled) if (
        compared or ranked or agent or is_title(titled) or (
            # "Owner-operators here report netting": a compound of two nouns, the last a head
            _COMPOUND.match(titled) is not None and is_title(title_case(titled.replace(
                "-", " "))))) else None


_POSSESSIVE_S = re.compile(r"['’]s$")


def _without_place(subject: str) -> str:
    """``subject`` without a place it opens with ("Texas directors of X", "New Jersey
    welders"): a region of the heading vocabulary, with a lower-case title after it.

    >>> _without_place("Ohio directors of plant operations"), _without_place("Java developers")
    ('directors of plant operations', 'Java developers')
    """
    if not subject[:1].isupper():
        return subject
    for place in load_headings().regions:
        if subject.startswith(f"{place} ") and subject[len(place) + 1:][:1].islower():
            # (a capitalised rest may be a body's name: "California State Parks rangers")
            return subject[len(place) + 1:]
    return subject


# A sentence's linking adverb before its subject ("However, a X who works for a college
# earns …", "By contrast Xs in retail earn …"): no word of the subject's title.
_LINKING_ADVERB = re.compile(r"^\s*(?:however|but|yet|meanwhile|similarly|likewise|conversely|"
                             r"instead|by contrast|in contrast|in comparison|on the other hand)"
                             r"\b,?\s+", re.IGNORECASE)


# (fresh60) A title's initials with the title spelt out in brackets ("the PM (Payroll
# manager) is paid £…"): the subject is the title the bracket spells.
_SPELT_INITIALS = re.compile(r"\b(?P<initials>[A-Z]{2,4})\s\((?P<title>[A-Z][a-z-]+"
                             r"(?:\s[A-Za-z][a-z-]+){1,3})\)")


def _spelt_out(clause: str) -> str:
    """``clause`` with a title's initials before their spelling in brackets replaced by that
    spelling ("the CM (Credit manager) is paid" reads "the Credit manager is paid"); the
    bracket must spell the initials, word by word.

    >>> _spelt_out("the PM (Payroll manager) is paid "), _spelt_out("the HR (Payroll) team")
    ('the Payroll manager is paid ', 'the HR (Payroll) team')
    """
    if "(" not in clause:
        return clause

    def spelt(match: re.Match[str]) -> str:
        words = match["title"].split()
        initials = "".join(word[0] for word in words).upper()
        return match["title"] if initials == match["initials"] else match.group()

    return _SPELT_INITIALS.sub(spelt, clause)


def stated_owners(clause: str, is_title: Callable[[str], bool], role: str = "") -> list[str]:
    """Every title a pay sentence is about: one (:func:`stated_for`) or two joined by "and"
    ("Hive inspectors and pollen traders usually earn …"); a plural noun phrase joined to
    a known title is a title too.

    >>> stated_owners("Party chiefs and deck hands earn ", lambda t: t.endswith("Chief"))
    ['Party chief', 'Deck Hand']
    >>> stated_owners("However a deck hand who works on ferries earns ", lambda t: False)
    []
    >>> stated_owners("A: The going rate for a tiler is ", lambda t: t == "Tiler")
    []
    """
    clause = _LINKING_ADVERB.sub("", clause)  # ("However a X who … earns": no title's word)
    if clause[1:2] in ":." and clause[:1] in "AQ":
        clause = QA_MARK.sub("", clause)  # (carry37) an advice column's "A: The going …"
    verbs = list(_PAY_VERB.finditer(clause))
    if verbs and " and " in clause[: verbs[-1].start()] and _CLAUSE_BREAK.search(
            clause[: verbs[-1].start()]) is None:
        subject, verb = clause[: verbs[-1].start()], clause[verbs[-1].start():]
        head, _, tail = subject.rpartition(" and ")
        first = stated_for(head + verb, is_title, role)
        words = _MODALS.sub("", tail.strip()).split()
        if first is not None and 0 < len(words) <= 3 and all(w.isalpha() for w in words) and (
                words[-1].endswith("s") and words[0].lower() not in NOT_A_RANK):
            return [first, title_case(singular_title(" ".join(words)))]
    one = stated_for(clause, is_title, role)
    return [one] if one else []


# A stand-in named in a pay label ("Day-rate substitute nurse", "long-term substitute"): the
# word after "substitute", when the label goes on with one.
_STAND_IN = re.compile(r"\bsubstitutes?\b(?:\s+([a-z]+))?", re.IGNORECASE)


def stand_in_owner(lead: str, role: str) -> str | None:
    """Whose pay a label naming a substitute gives: a substitute's rate is the stand-in's
    pay, not the role's.  The stand-in is the role's title word named after "substitute", or
    the role itself when none is ("long-term substitute"); None for a label with no
    substitute in it.

    >>> stand_in_owner("Relief list – daily substitute librarian", "Librarian")
    'Substitute Librarian'
    >>> stand_in_owner("long-term substitute (30+ days)", "Music Teacher")
    'Substitute Music Teacher'
    >>> stand_in_owner("Step 3", "Teacher") is None
    True

    (rules41c) The role's words run on from the one named ("Substitute Bus Driver" on the
    School Bus Driver's page); another capitalised title after it is that title's stand-in:

    >>> stand_in_owner("Substitute Bus Driver - Tulare HSD - ", "School Bus Driver")
    'Substitute Bus Driver'
    >>> stand_in_owner("Substitute Bus Driver - Tulare HSD - ", "School Crossing Guard")
    'Substitute Bus Driver'

    A bare plural row label ("Substitutes (relief work)" in the role's own pay list) names
    the role's own workers on relief or gig terms, not another title: the role's own rate
    (dev/README.md, "Substitutes"):

    >>> stand_in_owner("Substitutes (relief work) ", "Practical Nurse") is None
    True

    A worker noun after "substitute" that is not the role's names another worker's stand-in;
    in a sentence the substitute nearest the figure is the one paid:

    >>> stand_in_owner("Substitute teachers earn", "School Librarian")
    'Substitute Teacher'
    >>> stand_in_owner("Substitute teachers earn $150 a day; the district pays substitute "
    ...                "librarians", "School Librarian")
    'Substitute Librarian'
    >>> stand_in_owner("the substitute list pays", "School Librarian")
    'Substitute School Librarian'
    """
    # the substitute nearest the figure: a lead may be a sentence naming two
    match = next(reversed(list(_STAND_IN.finditer(lead))), None)
    if match is None or _BARE_SUBSTITUTES.fullmatch(lead.strip()):
        return None
    word = (match.group(1) or "").lower()
    words = role.split()
    at = next((i for i, w in enumerate(words) if singular_title(w).lower() == singular_title(
        word).lower()), None) if word else None
    if at is not None:
        return f"Substitute {title_case(' '.join(words[at:]))}"
    titled = _TITLED_AFTER.match(lead, match.start(1)) if match.group(1) else None
    if titled is None and word and practitioner_noun(word):  # ("substitute list": no one)
        # (lead, stop 57) "Substitute teachers earn $150 a day" on the librarian's page:
        # another worker's stand-in, not the role's
        return f"Substitute {title_case(singular_title(word))}"
    return f"Substitute {titled.group(0) if titled else role}"


# A row label that is only "Substitutes", maybe with a bracketed gloss and a colon.
_BARE_SUBSTITUTES = re.compile(r"substitutes\s*(?:\([^()]*\))?\s*[:–—-]?", re.IGNORECASE)

# The capitalised title after "substitute" ("Substitute Bus Driver - …").
_TITLED_AFTER = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}\b")


def _frame_words(kind: str) -> tuple[str, ...]:
    """The phrases of ``kind`` in ``pay_owner_frames`` (``data/headings.yaml``), longest
    first so "the middle half of" wins over "half of"."""
    return tuple(sorted(word_lists("pay_owner_frames").get(kind, ()), key=len, reverse=True))


def _strip_frame(text: str, phrases: Sequence[str], *, tail: bool = False) -> tuple[str, str]:
    """``text`` without the first of ``phrases`` at its start (or end), and the phrase."""
    lowered = text.lower()
    for phrase in phrases:
        if tail and lowered.endswith(f" {phrase}"):
            return text[: -len(phrase) - 1].strip(), phrase
        if not tail and lowered.startswith(f"{phrase} "):
            return text[len(phrase) + 1:].strip(), phrase
    return text, ""


def plain_owner(owner: str, role: str) -> tuple[str | None, str]:
    """Who a figure read with ``owner`` belongs to on ``role``'s page, when the owner is a
    frame around a title: a cohort working as a title is that title ("graduates working as
    assignment editor"); a share of people ("middle half of workers") or the role behind a
    qualifier that makes no other title ("qualified machinist", "first-year company truck
    driver") is the role's own (None), with the qualifier as a level word when it is one.
    Returns the owner (None for the role) and the qualifier left of the role ("" if none).

    >>> plain_owner("graduates working as assignment editor", "Video Journalist")
    ('Assignment Editor', '')
    >>> plain_owner("middle half of worker", "Heavy Vehicle Mechanic")
    (None, '')
    >>> plain_owner("qualified machinist", "Machinist")
    (None, 'qualified')
    >>> plain_owner("Permanent Line Operative", "Food Production Operative")
    ('Line Operative', '')
    >>> plain_owner("Head Concierge", "Concierge")
    ('Head Concierge', '')
    """
    rest, cohort = _strip_frame(owner.strip(), _frame_words("cohorts"))
    if len(rest.split()) < 2:  # ("Job Coach" is a title)
        rest, cohort = owner.strip(), ""
    rest, _ = _strip_frame(rest, _frame_words("tails"), tail=True)
    rest, share = _strip_frame(rest, _frame_words("shares"))
    if len(rest.split()) > 1:
        rest, engaged = _strip_frame(rest, _frame_words("engagements"))
        share = share or engaged  # ("Permanent Line Operatives": the line operatives)
    if not rest or rest.lower() in _frame_words("no_title"):
        return None, ""  # ("the middle half of workers": the role's own people)
    role_key = name_key(singular_title(role))
    if " and " in role and role.lower().startswith(f"{singular_title(rest).lower()} and "):
        return None, ""  # (real49) "Elevator Installers" of the Elevator Installer and
        # Repairer's page: the first worker of the role's own two-part title
    words = rest.split()
    for size in range(len(words), 0, -1):
        if name_key(singular_title(" ".join(words[-size:]))) != role_key:
            continue
        before = left = " ".join(words[:-size]).lower()
        while left:  # ("first year company": two qualifiers)
            left, qualifier = _strip_frame(f"{left} x", _frame_words("qualifiers"))
            left = left[:-1].strip() if qualifier else left
            if not qualifier:
                break
        if not left:
            return None, before  # "qualified machinist", "first year company truck driver"
        break
    if not (cohort or share) and rest == owner.strip():
        return owner, ""
    return (title_case(rest) if rest.islower() else rest), ""
