"""Judgements that a figure on a line is not pay: prices, fees, counts, codes and additions.

A figure is pay unless its words say otherwise: what it is charged or paid *for* (a priced
thing, a service by the hour), an addition to pay (bonus, allowance, on-call), a count, a
phone number or a scheme code.  :func:`is_not_pay` judges a whole line; the amount reader asks
the private ``_not_pay`` about one figure and its surroundings.
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.gated_re import Gated
from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.money_grammar import _sentence_start
from careergraph.guides.roles import practitioner_noun

__all__ = [
    "is_addition",
    "is_not_pay",
    "price_heading",
    "rate_then_total",
    "restated_rate",
    "timed_money",
    "week_estimate",
]


# What an amount counts when it is not money ("6,900 employees", "3,310+ JOBS").
_COUNTED = re.compile(r"\+?\s*(?:new\s+|open\s+)?(?:employees|jobs?|openings|vacancies|positions|"
                      r"people|workers|members|students|graduates|listings|postings|hires|hours|"
                      # (real50) a statistics line's head count ("For the 8,020 individuals
                      # employed in this group, …")
                      r"individuals|persons|"
                      # a survey's or a calculator's base ("1,306 adverts", "412 responses")
                      r"adverts|advertisements|ads|respondents|responses|submissions|"
                      # a forum's pay thread ("1,100 replies", "640 comments", "90 votes")
                      r"replies|comments|answers|votes|upvotes|posts|threads|"
                      # a round's or a leaflet drop's count ("Leaflet 1,000 houses")
                      r"houses|homes|households|customers)(?![a-z])",
                      re.IGNORECASE)
# A label that counts ("Employment (2022) 33,400", "Projected job openings … 3,000").
_SAMPLE_SIZE = re.compile(r"\b[nN]\s?=\s?$")  # a survey's sample size before its count
_COUNT_LABEL = re.compile(r"\b(?:employment|openings?|jobs?|vacancies|number of|headcount|"
                          r"employees|workforce)\b", re.IGNORECASE)
# Money that is not pay: fees (not a "daily fee" for one's time), bonuses, incentives.
_NOT_PAY = re.compile(r"\b(?:(?<!daily )(?<!day )(?<!hourly )fees?|tuition|course|bonus(?:es)?|"
                      r"incentives?|commission|"
                      # (rules33a) a benefit's value: "Meal voucher R$ 41.00/day"; a
                      # licence's surety bond ("Bond | $10,000")
                      r"vouchers?|bonds?|"
                      # (rules41a) a Hungarian benefit's value: the cafeteria budget right
                      # before its figure, the SZÉP card it is paid on ("cafeteria 200 000
                      # Ft/year on SZÉP card"); a "cafeteria worker" is a title
                      r"cafeteria(?=\s*(?:(?:brutt[oó]|nett[oó]|gross|net)\s+)?(?:\d|$))|"
                      r"SZÉP|"
                      # an agency's charge ("day rate charged by agencies: $90–$140/hr")
                      r"charged\s+by\s+(?:the\s+)?(?:agenc|firm|compan)\w*|"
                      # what a firm bills its clients ("agencies bill clients about $40 an
                      # hour"): its price for the worker, not the worker's pay
                      r"bill(?:s|ed|ing)?\s+(?:their\s+|its\s+|the\s+)?(?:clients?|customers?)|"
                      r"scholarships?|loans?|costs|costing|priced|premium|fringes?|"
                      # (rules50b) a shift listing's "Parking: $8 validated at …": a price
                      r"parking(?=\s*:)|"
                      # "the exams cost roughly 95,000": the verb, not "the cost of living"
                      r"cost(?=\s+(?:about|around|roughly|approximately|nearly|almost|just|"
                      r"up to|from|between|over|under|[$€£₹¥]?\d))|"
                      # (rules35c) a post's budget cost ("First-year cost including benefits
                      # is estimated at $91,400") and an outside firm's charge ("an outside
                      # consultant, X, at $118 per hour"): no one's pay
                      r"cost\b[^.;:$]{0,40}?\b(?:including|incl\.?|with)\s+(?:\w+\s+)?benefits|"
                      r"outside\s+(?:consultants?|contractors?|firms?)|"
                      # a named contractor firm's rate ("done by a contractor, Acme Fleet
                      # LLC, at $95 per hour"): the firm's charge, no one's pay
                      r"contractors?,\s+[A-Z][^,;.$]{1,60},\s+(?:at|for|charging)|"
                      # (a pay scale's "salary guidelines" state pay: "salary guidelines
                      # (Level 5, No. 1 salary base monthly 2,721,000 won)")
                      # ((real50) "As a guideline, you will start on £12,000": the idiom
                      # for "roughly", no guideline priced)
                      r"over-?scale|on top|funding|(?<!salary )(?<!pay )(?<!as a )guidelines?|"
                      r"service charges?|"
                      # a body's benchmark in prose ("the ministry's benchmark suggests AED
                      # 5,000"), not a pay formula's labelled one ("Role benchmark, X ....
                      # $84,000", "SF Benchmark (X, Intermediate): $128,000": the role's point)
                      # (carry38) nor a labelled strip of titles' figures ("Benchmarks we
                      # checked (survey medians): Pastry Chef £25,100 · …": each title's)
                      r"benchmarks?(?![^.;:$€£\d]{0,60}?(?::|\.{3,})\s*"
                      r"(?:[A-Z][\w'’-]*\s+){0,4}\S{0,4}(?:\d|$))|"
                      # "Shift differential (evenings $2.00 …)": an add-on to the base rate
                      r"differentials?|reimburse\w*|"
                      # (carry33) a penalty paid on top of the rate ("meal penalties ($24)")
                      r"penalt(?:y|ies)|"
                      # a licence's "annual renewal $60" (a regulator's fee line)
                      r"renewals?|"
                      # (held-back set 19) tips and tronc on top of a base rate: "tips add
                      # about $4-6/hr", "+ tips (~$2/hr)", "tronc adds maybe £1/hr"
                      r"tips(?=\s+(?:adds?|average|come to|bring)\b|\s*\()|tronc"
                      # (rules41c) a kitchen's pooled tips: "plus a tip share (averaging
                      # $2-4 an hour)", "tip pool ~$3/hr"
                      r"|tip[- ]?(?:share|pool|out)s?"
                      r"|gratuit(?:y|ies))\b"
                      # ("Loan officers earn", "course leaders": a title, not a loan or a course)
                      r"(?!\s+(?:officers?|advisers?|advisors?|processors?|underwriters?|"
                      r"managers?|leaders?|directors?|coordinators?|tutors?|agents?|clerks?|"
                      r"analysts?|specialists?|consultants?)\b)"
                     r"|\b(?:can|could|may|will|would) add\b"
                     # "Top people can clear $100k+": a top earner's boast, one-sided
                     r"|\b(?:can|could) clear\b", re.IGNORECASE)
# Pay for the time of a course ("salary during the course", "pay while training"): a word of
# the course before it names no fee.
_PAID_DURING = re.compile(r"\b(?:salary|pay|wages?|remuneration)\s+(?:during|while|for)\s+"
                          r"(?:the\s+)?(?:course|training)\b", re.IGNORECASE)
# (rules50b) A new clause with its own subject after a course ("pass a reach truck course and
# you can book X shifts (£14.50/hr)"): what the course opens is paid, the figure no fee.
_AFTER_COURSE = re.compile(r"\b(?:and|then)\s+(?:you|they|we|he|she)\s+(?:can|could|may|will|"
                           r"would)\b", re.IGNORECASE)
# (rules56a) A course named as the time after which a rung is reached ("junior engineer (without
# experience, after the training course) — from 750 000 ₸"): the rung's pay, no course fee.
_COURSE_AS_TIME = re.compile(r"\bafter\s+(?:the\s+|a\s+)?(?:[a-z]+\s+)?$", re.IGNORECASE)
# Additions named just before their figure ("medical allowance: Tk 1,500", "an annual increment
# of Rs. 1,250", "gratuity of AED 5,000"): only close by, for the take-home pay that follows a
# list of allowances is pay.  (carry37) "a base increase of $7,500" too, not "an increase to".
_ADDITION = re.compile(r"\b(?:increments?|allowances?|increases?(?=\s+of\b)|gratuity|"
                       r"supplements?|weighting|overtime|"
                       # (a Chinese notice's "rural post subsidy of 600 yuan per month")
                       r"on[- ]call|per[- ]diems?|subsid(?:y|ies)|reimbursements?"
                       # (a posting's "travel-time compensation of € 9,26 per day": expenses)
                       r"|travel(?:[- ]time)?\s+(?:compensation|payments?)"
                       # (rules48a) a translated posting's "Car compensation 150 EUR/month",
                       # "compensation of the road": a running cost refunded, no pay
                       r"|(?:car|fuel|mileage|vehicle|phone|road|transport)\s+compensation"
                       r"|compensation\s+of\s+the\s+(?:road|car|fuel|travel)"
                       # (an award's extra for unsocial days: "Sunday penalty rate $41.20
                       # an hour", "public holiday rate": the day's rate, not the job's pay)
                       r"|penalty rates?|(?:saturday|sunday|weekend|public[- ]holiday)"
                       r"\s+(?:penalty\s+)?rates?"
                       # (rules43a) a booking's penalty line names the day alone ("Sunday
                       # rate $48.79 | Public holiday $69.70"): the holiday's rate, no pay
                       r"|public[- ]holiday(?=\s*:?\s*$)"
                       # (rules58b) a sales plan's "On-target earnings (OTE): $90,000" (base
                       # plus commission at target), its "annual quota: $540,000" and
                       # "target gross margin … £612,000": targets and totals, no pay
                       # (OTE right before its figure: a band's "(OTE $66,000–$72,000)" names
                       # no addition of the strip's next cells; never across a strip's bar)
                       r"|(?:on[- ]target\s+earnings|(?-i:OTE))(?=[\s):]*(?:(?:of|is|at|about|"
                       r"around|approximately|roughly)\s+)*$)"
                       r"|(?:quotas?|gross\s+margin)(?=[^|]*$))\b"
                       # (a form's next field after a wide gap is no part of it: "Increment:
                       # 11%     Revised CTC: ₹10,65,600")
                       r"(?:(?!\s{3})[^.;]){0,24}$", re.IGNORECASE)
# (fresh58) A line of rates by the day that calls them penalty rates ("Saturday $49.30/hr ·
# Sunday $59.16/hr · Public holiday $88.74/hr (penalty rates)"): each item a day's name and
# its figure; the days' rates under an award, no pay of the job (set 43's convention).
_PENALTY_DAY = re.compile(r"(?:saturdays?|sundays?|weekends?|(?:public|bank)[- ]holidays?)"
                          r"(?:\s+(?:penalty\s+)?rates?)?\s*:?\s*\S{0,4}\d", re.IGNORECASE)
_PENALTY_NAMED = re.compile(r"\s*\(?\bpenalty\s+rates?\)?\s*$", re.IGNORECASE)


def penalty_days(line: str) -> bool:
    """(fresh58) ``line`` lists rates by the day, each item a day's name and its figure, and
    names them penalty rates at its end: no pay of the job.

    >>> penalty_days("Saturday $49.30/hr · Sunday $59.16/hr (penalty rates)")
    True
    >>> penalty_days("Saturday $49.30/hr · Sunday $59.16/hr")
    False
    """
    named = _PENALTY_NAMED.search(line)
    if named is None:
        return False
    items = re.split(r"\s+[·|]\s+", line[: named.start()])
    return len(items) > 1 and all(_PENALTY_DAY.match(item.strip()) for item in items)


# A stipend labelled by what it rewards, right before its figure ("Doctorate stipend $2,500",
# "Bilingual (BCLAD) stipend $1,800"): an add-on to a schedule's pay ("Fellows are paid
# stipends of $36,000" is their pay).
_LABELLED_STIPEND = re.compile(r"\b[A-Z][\w-]*(?:\s+\([A-Z]{2,8}\))?\s+stipends?\s*:?\s*$")
# Money for being on call or for unsocial hours, not for the job ("On-call stipends averaged
# $9,800", "on-call for alarms is paid at £18 per night", "an enhancement of £2,000").
# (a call-out payment too: "Premiums: call-out $40 flat"; not a call-out engineer's pay)
# (and "call pay of $5.00 an hour": the on-call rate's short name)
_ON_CALL = re.compile(r"\b(?:on[- ]call|call\s+pay|standby|enhancements?|call[- ]outs?(?!\s+(?:"
                      r"engineer|technician|worker|operative|staff)s?\b))\b[^.;]{0,48}$",
                      re.IGNORECASE)
# A figure the page itself says is not pay, in its own noun phrase ("the €450 kit grant and
# travel home are not salary", "boot allowance $175/yr (not wage)"): no pay.
# (rules37b) and a denial after a comma, in a dash's or a bracket's aside ("€85 per day —
# this is a training allowance, not wages", "€300 … (a bonus, not part of the hourly rate)")
_DENIED_PAY = re.compile(r"(?:[^\W\d]|[\s/-]){0,50}?(?:\b(?:is|are)\s+not\s+(?:part\s+of\s+"
                         r"(?:the\s+|your\s+)?)?|\(\s*not\s+)(?:salary|pay|wages?|earnings)\b"
                         # ((carry50) "… for an Interim X; that is the agency's price, not
                         # a salary we pay": a clause after a semicolon, "a" before the noun)
                         r"|(?:[^\W\d]|[\s/(—–;'’-]){0,90}?,\s*not\s+(?:an?\s+)?"
                         r"(?:part\s+of\s+(?:the\s+|your\s+)?"
                         r"(?:hourly\s+|daily\s+|weekly\s+|basic\s+|base\s+)?)?"
                         r"(?:salary|pay|wages?|earnings|rate)\b",
                         re.IGNORECASE)
# (rules37b) A total earned over a whole temporary campaign ("earned on average €4,350 over the
# 2022 campaign"): no period, no pay band.
_CAMPAIGN_TOTAL = re.compile(r"\s+over\s+the\s+(?:(?:19|20)\d\d\s+)?(?:whole\s+|entire\s+)?"
                             r"(?:campaign|census|election|season|contract)\b", re.IGNORECASE)
# A price per piece of work is a piece rate, not pay for a period ("$3.60 a head", "Rs 900
# per design"): a unit right after the figure that is no stretch of time says so.
_PIECE = re.compile(r"\s*(?:a|an|per|for each|each)\s+(?!(?:hour|hr|day|week|fortnight|month|"
                    r"year|annum|shift|night|cent|percent)(?-i:s?(?![a-z])))"
                    r"(?![a-z]+\s+day\b)"  # ("per education day": a day rate)
                    # ("per active hour", "per engaged hour": a gig's hour on a job)
                    r"(?![a-z]+\s+hours?\b)"
                    # ("per interpreter per day": a worker's day rate)
                    r"(?![a-z]+\s+(?:per|an?)\s+(?:hour|day|shift|week|month|year)\b)"
                    r"[a-z]{3,}\b(?![-'])"
                    # a price said in passing: "Setups at our shop are £65 each, but …"
                    r"|\s*each(?=\s*[,.;!?)]|\s+(?:but|and|or|so)\b)"
                    # "From $95 / session", "$35/walk": a price per service, not per time
                    # ((fixes71) "4.9 million yen / Workshop chief, 8th year": a title in
                    # sentence case after a spaced slash owns the figure, no unit)
                    r"|\s*/\s?(?!(?:hour|hrs?|day|week|fortnight|month|mth|year|annum|ann|shift|"
                    r"night)s?(?![a-z]))(?!(?<=\s/\s)(?-i:[A-Z][a-z]+\s[a-z]+\b))[a-z]{3,}\b"
                    # ((rules54a) a piece rate by weight in a unit's short form, "+ $3.85/lb",
                    # "₱12 per kg of leaves": too short for the words above)
                    r"|\s*(?:/\s?|(?:a|per|each)\s+)(?:lbs?|kg|oz)\b(?!-)",
                    re.IGNORECASE)


# A figure multiplied by factors in a printed formula ("$84,000 × 1.18 × 0.90 = $89,208").
_FORMULA_OPERAND = re.compile(r"\s*[×*]\s*\d")
# A figure multiplying a word ("gross pay = index × 4,92278 €"): a factor (a point's value),
# no pay; a figure read from the factor's last digits ("× 4,850|03 €") is the factor too.
# "12 × £2,450 a month" multiplies a count: the month's pay stays.
_FACTOR = re.compile(r"[A-Za-z]\s?×\s?(?:\d[\d,.]*)?$")
# (rules44a) A lender's sums: a figure borrowed "on a standard 4.5x multiple" / "with a 5.5x
# professional mortgage", and a rate annualised for affordability ("£240 x 182 days =
# £43,680"): a loan or a lender's product, no pay.
_MULTIPLE_AFTER = re.compile(r"\s+(?:on|with|at)\s+an?\s+(?:[a-z]+\s+)?\d{1,2}(?:\.\d{1,2})?\s?[x×]"
                             r"(?=\s|$)", re.IGNORECASE)
_ANNUALISED = re.compile(r"\s[x×]\s?\d{2,3}\s+(?:working\s+)?(?:days|shifts)\s*=\s*$",
                         re.IGNORECASE)
# A raise named before its figure in the clause ("Wage increase   Yes (last year: 3,000 yen ~
# 8,000 yen per month)", "a pay rise of £1,200"): how much pay grew, no pay; a raise "to" a
# figure or a verb of pay after it ("a pay rise took me to £31,000") states the pay, and so
# does "rises" as a verb ("Pay rises from about $52,000 … to …").
# (no verb of pay later in the clause: a figure after one is pay)
_NO_PAY_VERB_AFTER = r"(?![^.;]*\b(?:earn\w*|paid|make|makes|{more})\b)[^.;]*$"
# (rules41b) a budget's "Salaries and benefits increase $412,300 (3.8%)": the change, no pay
_RAISE = re.compile(r"\b(?:wage|pay|salary|salaries(?:\s+and\s+(?:employee\s+)?benefits)?)\s+"
                    r"(?:increases?|rises?|raises?)\b"
                    + _NO_PAY_VERB_AFTER.format(more=r"take\s+home|to|from|now|on"),
                    re.IGNORECASE)
# (rules41b) A budget's fiscal-year column right before its figure ("2025-26 Actual
# $10,812,440", "FY 2027 Adopted $8.2M"): a budget line's amount, no one's pay.
_BUDGET_COLUMN = re.compile(r"\b(?:FY\s?)?(?:19|20)\d\d(?:\s?[-–/]\s?\d{2,4})?\s+(?:actual|"
                            r"recommended|adopted|proposed|approved|requested|revised|estimated?|"
                            r"projected|budget(?:ed)?)\s*:?\s*$", re.IGNORECASE)
# A payment made once ("One-time housing stipend of $1,800", "a one-off equipment grant of
# $450", "a once-off contribution"): no pay for a stretch of time; a verb of pay after it
# keeps a later figure pay ("Besides a one-off grant, I earn £30,000").
# (rules46b) An honorarium ("An honorarium of £1,200 has been agreed for the work you
# covered"): a sum for extra work done once, not the post's pay.
_ONE_OFF = re.compile(r"\b(?:one[- ](?:time|off)|once[- ]off|honorari(?:um|a))\b"
                      + _NO_PAY_VERB_AFTER.format(more=r"salary|wages?|pay"), re.IGNORECASE)
# (carry38) A rounding unit ("grid point × factor (to the nearest £50)", "rounded to the
# nearest $100"): the step figures are rounded to, no pay.
_ROUNDING = re.compile(r"\bnearest\s+(?:whole\s+)?$", re.IGNORECASE)
# A figure signed as an increment ("+$1 to +$4 per order", "+€2 at night"): added to pay.
# ((rules56b) or spaced after a rate: "$19.90/hr + $5 critical", an app's shift premium)
_SIGNED = re.compile(r"(?<![\w+])\+$|(?<=[a-z\d] )\+ $")
# A word for money that is no pay, added to the figure before it ("$82,000 a year plus retail
# commission, and directors $92,000"): it names that figure's extra, not the next figure.
# (rules44b) A part-time share of a full-time band, scaled to its hours: a fraction of a whole-
# time post right before its figure ("0.4 WTE share = £…", "paid pro rata for 0.6 FTE = £…"),
# a pro-rated figure named as such ("pro rata: £…", "pro-rata salary £…"), or the "actual
# salary" of a post the line calls pro rata ("Actual salary: £… per annum each post (pro
# rata)").  The full-time band is the role's pay; its share is the same pay, no band of its own
# ("£…  per annum pro rata" alone, the full-time band said to be pro-rated, stays pay).
_PRO_RATA_GATE = re.compile(r"(?i:pro[- ]rata|[WF]TE\b)")
_PRO_RATED = re.compile(r"(?:\b0?\.\d{1,2}\s*(?:WTE|FTE)\b(?:\s+(?:share|post|role|job))?"
                        r"|\bpro[- ]rata(?:ed)?(?:\s+(?:salary|pay|wage|amount|equivalent))?)"
                        r"\s*[:=]?\s*$", re.IGNORECASE)
_ACTUAL_PAY = re.compile(r"\bactual\s+(?:annual\s+|yearly\s+)?(?:salary|pay|wage)\b"
                         r"[^.;$€£\d]{0,20}$", re.IGNORECASE)
_PRO_RATA_AFTER = re.compile(r"[^.;]{0,60}?\bpro[- ]rata\b", re.IGNORECASE)
# (rules56b) A figure called pro rata, its full-time equivalent given right after ("£32,960
# per annum pro rata (full-time equivalent £41,200", "£17,724 pro rata, FTE £29,540"): the
# part-time share of the full-time pay that follows, the same pay.
_PRO_RATA_THEN_FTE = re.compile(r"\s*(?:(?:per\s+annum|a\s+year|p\.?a\.?)\s+)?pro[- ]rata\s*"
                                r"[,;(]\s*(?:full[- ]time\s+equivalent|FTE|WTE)\b",
                                re.IGNORECASE)


def _pro_rated(text: str, clause: str, end: int) -> bool:
    """(rules44b) The figure ending at ``end`` after ``clause`` is a part-time share's
    pro-rated pay (see :data:`_PRO_RATED`), no band of its own.

    >>> _pro_rated("(0.4 WTE share = £14,935)", "(0.4 WTE share = ", 24)
    True
    >>> _pro_rated("Actual salary: £9,900 a year (pro rata)", "Actual salary: ", 21)
    True
    >>> _pro_rated("Salary: £25,000 per annum pro rata", "Salary: ", 15)
    False
    >>> _pro_rated("Actual salary: £25,000", "Actual salary: ", 22)
    False
    >>> _pro_rated("(£17,724 pro rata, FTE £29,540)", "(", 8)
    True
    """
    if _PRO_RATA_GATE.search(text) is None:
        return False
    tail = clause[-40:]
    if _PRO_RATA_THEN_FTE.match(text, end) is not None:
        return True
    return _PRO_RATED.search(tail) is not None or (
        _ACTUAL_PAY.search(tail) is not None and _PRO_RATA_AFTER.match(text, end) is not None)


_ADDED_TO_FIGURE = re.compile(r"\d[\d,.]*[kK]?(?:\s+(?:a|an|per)\s+\w+)?\s+(?:plus|\+)\s+"
                              r"(?:\w+\s+){0,2}$")


@cache
def _benefit_words() -> re.Pattern[str]:
    """A benefit or a statement's total named close before a figure (``money_not_pay``'s
    ``benefits``): at most 40 characters off, no wide gap between ("Paid leave (…) $9,299")."""
    words = phrase_alternation(word_lists("money_not_pay").get("benefits", ())) or "(?!)"
    return re.compile(rf"\b(?:{words})(?![\w&])(?:(?!\s{{3}})[^;]){{0,40}}$", re.IGNORECASE)


# A row's leader dots ("Overtime (last 12 months) ........ £1,880"): no sentence's full stops.
_LEADER_DOTS = re.compile(r"\s*(?:\.\s?){3,}\s*|\s\.\.\s|\s*…{2,}\s*")
_ASIDE = re.compile(r"\s*\([^()]*\)")  # ("Paid leave (vacation 12 days, …)": the label's aside)


@cache
def _money_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What makes money no pay by its words (``money_not_pay`` in ``data/headings.yaml``): a
    word after the figure ("$90K+ earned"), a phrase before it in its clause ("proof of
    funds", "income threshold"), a hyphened rate naming a thing ("$10-a-day program")."""
    words = word_lists("money_not_pay")
    nouns = phrase_alternation(words.get("rate_nouns", ())) or "(?!)"
    return (re.compile(rf"\s*\+?(?:\s*/\s?[a-z]{{1,5}}\b)?\s*"  # ("$3,460/yr Additional Pay")
                       # (a period first: "€250 per month of bonus")
                       rf"(?:(?:per|a|an)\s+(?:hour|day|week|month|year|annum)\s+)?"
                       rf"(?:{phrase_alternation(words.get('after', ())) or '(?!)'})(?![a-z])"
                       # (carry48) "reward" after a figure is a referrer's reward, but "a
                       # £45,000 reward package" is the job's pay
                       r"(?!\s+packages?\b)",
                       re.IGNORECASE),
            # ((rules54b) or glued after a lower-case letter: "per yearGeneral threshold£…")
            # ((perf63) its phrases by their first letter: it opens on a look-behind, tried
            # at every place of every figure's clause)
            re.compile(rf"(?:\b|(?-i:(?<=[a-z])(?=[A-Z])))"
                       rf"(?:{phrase_alternation(words.get('before', ()), True) or '(?!)'})\b",
                       re.IGNORECASE),
            re.compile(rf"-(?:a|an|per)-(?:hour|day|week|month|year)\s+(?!(?:{nouns})\b)[a-z]",
                       re.IGNORECASE))


_SCHEMES = phrase_alternation([*word_lists("title_frames").get("code_schemes", ()),
                               *word_lists("money_not_pay").get("code_labels", ())]) or "(?!)"
# A code's scheme right before a number, or before the codes listed ahead of it ("Title codes
# 4318, 4319, 4320": each a code)
_CODED = re.compile(rf"\b(?i:{_SCHEMES})[\s:#-]*(?:\d{{3,6}},\s*){{0,4}}$")
# A full date, then a bare number in its row ("12 Nov 2026   1,150": a count by date)
_DATED = re.compile(r"\b\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d\s+$")
_CODE_REACH = 12
# A word after a bare whole number that makes it a form's name, its holder's status ("a
# 1099 rate", "1099 contractors"; ``form_nouns`` in money_not_pay, data/headings.yaml).
_FORM_NOUNS = phrase_alternation(word_lists("money_not_pay").get("form_nouns", ())) or "(?!)"
_FORM_NOUN = re.compile(rf"\s*(?<=\s)(?:{_FORM_NOUNS})(?![a-z])", re.IGNORECASE)
# A street number's street after it ("1470 Carnaby Rd", "100 Civic Center Plaza").
_STREET = re.compile(r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Rd|St|Ave|Blvd|Dr|Ln|Road|Street|Avenue|"
                     r"Lane|Drive|Plaza|Boulevard)\b\.?")


# What a business takes in, told with a third-person or plural subject right before the
# figure ("owner-operators gross $250k", "the shop grossed about £90,000"); "I gross $4,000
# a month" is a worker's own pay before tax.
# (rules36b: a single worker is no business, "an offsider … grosses $128,000 a year", and a
# span of time is no subject, "who has been with us a year typically grosses")
_GROSSED = re.compile(r"\b(?:they|we|[a-z]+s|(?:the|their|our|his|her)\s+[a-z]+|(?:a|an)\s+"
                      r"(?![a-z]+(?:er|or|ist|ian|ant)\s|(?:year|month|week|day|decade)\s)"
                      r"[a-z]+)\s+"
                      r"(?:can\s+|may\s+|might\s+|often\s+|typically\s+|usually\s+)?"
                      r"(?:gross(?:es|ed)?|grossing|turn(?:s|ed)?\s+over)\s+(?:(?:about|around|"
                      r"roughly|nearly|over|up to|some|close to|as much as)\s+)?$",
                      re.IGNORECASE)


# Take-home pay after tax, told in prose ("1.100 euros net per month", "€ 1.650 net per month"):
# no salary.  Lower case only: a "~€1,214 Gross / ~€930 Net" pair labels its two figures.
# (carry50: or the word a Slovenian or Croatian posting prints through a translator, "about
# 1.140 – 1.350 EUR neto" after its gross)
_NET_AFTER = re.compile(r"\s*(?:euros?\s+)?(?:net|netto|neto)\b(?!-)")
# (rules39b) … unless the gross it nets down is printed before it on a rate list's row:
# "£550 – £650 gross per week (about £460 – £530 net)" states the post's pay both ways.
_GROSS_BESIDE = re.compile(r"\d[\d,.]*[kK]?\s+gross\b")
# (a rate list's row, its label before a colon: "London, live-out: £700 – £850 gross …"; in a
# sentence, "that is approximately 1 459 € net" stays take-home, no pay)
_PAY_ROW = re.compile(r"^[^.!?:]{1,60}:\s*[$£€]")
# (rules39c) … and a net figure that IS a row's value states the post's pay the way the site
# prints it: a label, a colon, then the figure ("Average salary for Porter in Crete: 1.020 €
# net per month", "Range on the site: 900 € - 1.250 € net per month"), or a list item's
# figure in a bracket right after its gross ("• Pay 1.400,00 € gross per month (about
# 1.190,00 € net monthly)").  A label that tells take-home pay ("Take-home: …", "After tax
# and NI: …") and a bracket in running prose ("… reaches 2 407,21 € gross (about 1 927 €
# net)") stay no pay.
# (carry45: or a key-information table's cell, "Salary | 1.200,00 – 1.500,00 EUR net/month")
_NET_ROW = re.compile(r"^\s*(?P<label>(?:[^.!?:|\d]|\.(?=\w)){1,60})(?::|\s\|)\s*"
                      # ((rules46a) "Salary: from 90.000 to 120.000 RSD net": a band's floor word)
                      r"(?:(?:about|around|approx\.?|c\.|~|from|between)\s*)?[$£€]?\s?$",
                      re.IGNORECASE)
# (rules46a) A learner's net rate, the learners named as its subject ("For the beginners
# without experience (pripravnik) 75.000 RSD net for the first three months"): their pay.
# ((rules56a) and "start from", a run-in label's rung floor: "Senior X level: start from $1,800
# net", its label already cut)
_FLOOR_HEAD = re.compile(r"^\W*(?:(?:basic\s+)?(?:salary|pay|wages?)\s+)?(?:start(?:s|ing)?\s+)?"
                         r"(?:from|between)\s*$",
                         re.IGNORECASE)
# (rules53a: and the newly graduated, "For newly graduated persons (junior X) 17 million
# tomans net")
_NET_LEARNER = re.compile(r"^\W*For\s+(?:the\s+)?(?:beginners?|trainees?|juniors?|apprentices?|"
                          r"interns?|newcomers?|(?:newly\s+|fresh\s+|new\s+)?graduate[sd]?)\b"
                          r"[^.!?:]{0,60}$", re.IGNORECASE)
# (carry51) A trial period's net, as a translated posting states it ("First three months
# trial work with 21.500 den. net", "during the trial period 480 EUR net").
# ((rules57a) or the probation period's, its length in a bracket: "During the probation period
# (3 months) 1 700 AZN net")
_NET_TRIAL = re.compile(r"\b(?:trial|probation(?:ary)?)\s+(?:work|period|months?)\b"
                        r"(?:[^.!?:()]|\([^()]{0,20}\)){0,30}$", re.IGNORECASE)
# (a job board's similar-ad row, its cells parted by " - " or " · " before the figure: "Porter
# - Naxos Bay Hotel - Naxos - 1.100 € net")
# ((rules47a) or by en or em dashes: "Seamstress – Sevlievo – 880 – 1 000 EUR net")
_NET_CARD = re.compile(r"^\s*(?:[^\d!?:()]{1,60}?\s[-·–—]\s){2,3}[$£€]?\s?$")
_TAKE_HOME_LABEL = re.compile(r"\b(?:take|home|after|deduct\w*|net|example|you|your)\b",
                              re.IGNORECASE)
# (rules40a: or a posting's pay headline that opens with its gross figure, a code after it:
# "4800 - 5600RON gross/month (approx. 2810 - 3280RON net)")
# (fixes73: or a pay label's line, its bullet already cut: "Earnings 1.150,00 € gross per
# month (about 980,00 € net monthly)")
_NET_BRACKET = re.compile(r"^\s*(?:[-•*·▪]\s*[^.!?()]*?|(?=\d)[^.!?()]*?|(?:Gross\s+)?(?:Earnings|"
                          r"Pay|Salary|Wages?|Remuneration)\s*:?\s*[$£€]?(?=\d))\d[\d,.]*[kK]?\s*"
                          r"(?:[$£€]|[A-Z]{3}\b)?\s*gross\b[^.!?()]*"
                          r"\(\s*(?:(?:about|around|approx\.?|c\.|~)\s*)?[$£€]?\s?$")
# (rules40a) A site's statistic of the post's pay, stated net ("median 3650RON net/month",
# "80% between 3000 and 4800RON net", "Range on the site: …"): the post's pay as the site
# prints it, no take-home worked out.
_NET_STATISTIC = re.compile(r"\b(?:median|average|mean|\d{1,2}\s?%\s+(?:between|earn\w*)|"
                            # (rules45a) "Skippers' salaries range from 1.300 € to 3.100 € net"
                            r"(?:salar(?:y|ies)|pay|wages?)\s+range\s+from|"
                            r"range\s+on\s+the\s+site:|"
                            # (rules50a) a board's spread of the offers ("The offers are most
                            # often between 1.200 and 1.500 EUR net")
                            r"(?:offers|ads|advertisements|vacancies|postings)\s+are\s+"
                            r"(?:most\s+often\s+|mostly\s+|usually\s+|typically\s+)?between)"
                            r"\s*(?:(?:is|of|at|salary)\s+)?$",
                            re.IGNORECASE)


# (rules40c) A net figure a sentence states for a titled post ("For information, a Front
# Desk Lead receives 5.100 lei net/month, and a Night Auditor in the city office 4.300 lei
# net/month"): that post's pay, as a posting states it (a take-home worked out in prose has
# no titled subject: "after tax you take home about …").
# ((rules46a) or a sentence's own subject in lower case with "has", as a translator
# renders it: "A shift leader has 110.000 – 130.000 din. net.")
_NET_SUBJECT = (r"(?:^|[.,;:]\s+|\b(?:and|while|whereas)\s+)(?:(?:[Aa]n?|[Oo]ur|[Tt]he)\s+"
                r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}\s+(?:receives|earns|gets|makes|"
                r"is\s+paid)|(?:(?<![^.!?]\s)(?<=\s)|(?<![\s\S]))(?:A\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+"
                # ((fixes88) or "receives", "earns", "gets" and a floor word: "A brigadier
                # receives from 1 350 EUR net.")
                r"(?:has|receives|earns|gets)"
                # ((rules49a) or a rung named before, "The" and "takes": "The salon manager
                # takes 90 000 – 110 000 lek net."; "A junior porter takes about 1.050 euros
                # net" stays take-home; (fresh62) or "receives", "earns", "gets" and a floor
                # word: "The foreman receives from 1 420 EUR net.")
                r"|The\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+(?:takes|(?:receives|earns|gets)"
                r"(?=\s+from\s))))"
                r"\s+(?:about\s+|around\s+|from\s+)?")
_NET_OWNED = re.compile(_NET_SUBJECT + r"$")
# (fixes88) A net floor in a bracket right after the post a move names ("can move to the
# programming of machines as a Knitting machine programmer (from 1 600 EUR net)"): that
# post's pay as the posting states it, no take-home worked out (no gross before it).
_NET_POST_BRACKET = re.compile(r"\b(?:as|to|become|becomes)\s+(?:an?\s+)?[A-Z][\w-]*"
                               r"(?:\s+[\w-]+){0,4}\s+\(\s*(?:from|starting\s+at)\s+$")
# (fixes92) … or in a bracket after the post a posting offers in lower case ("you can get
# the position of course director (2.800,00 € net)"): that post's pay, net as the posting
# states its own (Croatian boards print net pay), its last word a practitioner's noun.
_NET_POSITION_OF = re.compile(r"\b(?:position|post|job|role)\s+of\s+(?:an?\s+|the\s+)?"
                              r"(?:[a-z][\w-]*\s+){0,3}(?P<last>[a-z][\w-]*)\s+\(\s*"
                              r"(?:(?:from|about|approx\.?)\s+)?$")
# (the second post of such a sentence, its verb left out: ", and a Night Auditor in the city
# office 4.300 lei net/month")
_NET_ALSO = re.compile(r"(?:,\s+and\s+|^)(?:an?|our|the)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}"
                       r"(?:\s+(?:in|at|on|with)\s+[^,;.()]{1,40})?$")
_NET_BEFORE = re.compile(_NET_SUBJECT + r"[^,;]*$")


# (rules45a) A net figure with its gross equivalent in its own bracket ("2.300,00 € net per
# month (gross approx. 3.210,00 €)"): a posting that states its pay net, as Croatian and
# other postings do; the gross in the bracket is the same pay before deductions, no pay of
# its own, and the line's other net figures are pay the same way ("in April 1.150,00 € net").
# (rules51a, carry51) a Macedonian posting's gross left in Cyrillic: "(бруто about 45.800 -
# 51.900 den.)"
_NET_WITH_GROSS = re.compile(r"\d[^()\n]{0,30}?\b(?:net|netto)\b[^()\n]{0,30}\(\s*(?:gross|"
                             r"bruto|brutto|бруто)\b"
                             # (rules57a) or in the clause after it, the translator's gloss of
                             # the net in a bracket: "2 000 – 2 800 AZN net (to the hand); the
                             # gross is about 2 420 – 3 390 AZN before the income tax"
                             r"|\d[^()\n]{0,30}?\b(?:net|netto)\b(?:\s*\([^()\d\n]{0,24}\))?"
                             r"\s*[;,]\s*(?:the\s+|its\s+)?(?:gross|bruto|brutto|бруто)\s+(?:is\s+|"
                             r"would\s+be\s+)?(?:about|around|approx\.?|approximately)\b",
                             re.IGNORECASE)
# (carry45) A sentence opened "For comparison:" sets other posts' pay beside the role's, net as
# the posting states its own ("For comparison: a cook with us earns 1.260,00 EUR net, the head
# pastry chef 2.000,00 EUR net"): each figure a post's pay, none a take-home worked out.
_NET_COMPARED = re.compile(r"(?:^|[.!?]\s+)(?:For|By|In)\s+comparison\s*[:,](?:[^.!?]|\.(?=\d))*$",
                           re.IGNORECASE)
# (only the clause whose own verb states the figure; (fixes95) a later clause of the title
# alone, "…, the head pastry chef 2.000,00 EUR net", has its owner read since)
_NET_COMPARED_VERB = re.compile(r"\b(?:earns?|receives?|gets?|makes?|(?:is|are)\s+paid)\s+"
                                r"(?:(?:about|around|approx\.?|roughly)\s+)?[$£€]?\s?$")
# (fixes95) … or the title alone after a comma, the verb of the clause before serving it
_NET_COMPARED_BARE = re.compile(r"the\s+[a-z][a-z ]{2,40}?\s*")
# (rules53a: and a net receipt in millions with the contract's gross in a sentence of a
# bracket, "Net receipt 25 to 28 million tomans (the gross of the contract is about 31 …")
# (rules56a) … and the gross in a bracket after the words that the employer pays the tax on a
# net salary ("Net $900 - $1,300, the company pays the Tax on Salary for you (gross about
# $1,010 - $1,480)"): the same pay before the tax.
_GROSS_OF_TAXED = re.compile(r"\b(?:pays?|paid|covers?|bears?)\s+(?:the\s+|all\s+|your\s+)?"
                             r"(?:[\w-]+\s+){0,3}?tax(?:es)?\b[^()\n]{0,40}\(\s*(?:the\s+)?"
                             r"gross\b[^()\d]{0,40}$", re.IGNORECASE)
# (rules58a) "clean" and "dirty" are a translator's net and gross (Armenian *մաքուր*,
# *կեղտոտ*, Russian *чистыми*, *грязными*): "350 000 - 500 000 AMD clean, depending on the
# level (dirty about 470 000 - 670 000 dram, before the income tax …)"
_GROSS_OF_NET = re.compile(r"\b(?:net|netto|clean)\b[^()\n]{0,45}\(\s*(?:the\s+)?(?:gross|bruto|"
                           r"brutto|бруто|dirty)\b[^()\d]{0,40}$", re.IGNORECASE)
# (rules57a) … or in the clause after the net, its gloss in a bracket between ("… AZN net (to
# the hand); the gross is about 2 420 – 3 390 AZN"): the same pay before the tax.
_GROSS_CLAUSE_OF_NET = re.compile(r"\b(?:net|netto)\b(?:\s*\([^()\d\n]{0,24}\))?\s*[;,]\s*"
                                  r"(?:the\s+|its\s+)?(?:gross|bruto|brutto|бруто)\s+(?:is\s+|"
                                  r"would\s+be\s+)?(?:about|around|approx\.?|approximately)\s*$"
                                  # (rules58a) or in the next sentence, the gross "in the
                                  # contract" after a salary called net ("The salary is
                                  # "clean": the company pays the income tax. The gross in the
                                  # contract is about 1 270 000 ֏."): the same pay before tax
                                  # (rules59a) the net said "to hand" too, and the gross "in
                                  # the labour contract" after a comma ("45 000 som to hand
                                  # (after the tax), in the labour contract the gross about …")
                                  r"|\b(?:net|netto|clean|to\s+(?:the\s+)?hand)\b[^\n]{0,90}?"
                                  r"(?:[.;]\s+(?:the\s+)?(?:gross|dirty)\s+(?:in|of|under)\s+"
                                  r"the\s+contract|[.;,]\s+in\s+the\s+(?:labou?r\s+|employment\s+)?"
                                  r"contract,?\s+the\s+gross)\s+"
                                  r"(?:is\s+|would\s+be\s+)?(?:about|around|approx\.?|"
                                  r"approximately)\s*$",
                                  re.IGNORECASE)


# (rules51a) A posting's details strip, its fields glued, the gross field after the net with
# its own word in a bracket ("SalaryNet 32.000 ден.Gross (бруто)approx. 48.400 ден."): the
# same pay before deductions.
_GROSS_FIELD_OF_NET = re.compile(r"(?i:net)\s+\d[\d.,]*\s*\S{0,6}\s*(?i:gross)\s*\(\s*"
                                 r"(?:бруто|bruto|brutto)\s*\)\s*(?:approx\.?|about|around|~)?\s*$")


def _net_as_row(text: str, start: int) -> bool:
    """The net figure at ``start`` is a pay row's value (``_NET_ROW``, its label telling no
    take-home pay), a list item's bracket after its gross (``_NET_BRACKET``) or a similar
    ad's figure (``_NET_CARD``).

    >>> _net_as_row("Average pay for Porter in Crete: 1.020 € net per month", 33)
    True
    >>> _net_as_row("• Pay 1.400,00 € gross per month (about 1.190,00 € net)", 40)
    True
    >>> _net_as_row("Range on JobsNow.gr: 900 € - 1.250 € net per month", 21)
    True
    >>> _net_as_row("Porter - Naxos Bay Hotel - Naxos - 1.100 € net", 35)
    True
    >>> _net_as_row("Take-home: £1,650 net a month", 11)
    False
    >>> _net_as_row("the pay reaches 2 407,21 € gross (about 1 927 € net)", 40)
    False
    >>> _net_as_row("Also, a Night Auditor receives 4.300 lei net/month", 31)
    True
    >>> _net_as_row("A Cook gets 3.900 lei net, and a Porter in Sibiu 3.100 lei net", 49)
    True
    >>> _net_as_row("After tax you take home about 3.100 lei net", 30)
    False
    >>> _net_as_row("Cutter – Ruse – 880 – 1 000 EUR net", 16)
    True
    >>> _net_as_row("Most go on. A foreman receives from 1 350 EUR net.", 36)
    True
    >>> _net_as_row("A foreman receives from 1 350 EUR net.", 24)
    True
    >>> _net_as_row("Most go on. The foreman receives from 1 350 EUR net.", 38)
    True
    >>> _net_as_row("or move as a Machine programmer (from 1 600 EUR net) later", 38)
    True
    >>> _net_as_row("the pay reaches 2 407 € gross (from 1 927 € net)", 36)
    False
    >>> _net_as_row("you get the position of shift leader (2.400,00 € net)", 38)
    True
    >>> _net_as_row("you get the position of your choice (2.400,00 € net)", 36)
    False
    """
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    line_end = text.find("\n", start)
    if "(" in text and _NET_WITH_GROSS.search(
            text, line_start, line_end if line_end >= 0 else len(text)) is not None:
        return True  # (rules45a) the line states its pay net, its gross in a bracket
    if "omparison" in head and _NET_COMPARED.search(head) is not None and (
            _NET_COMPARED_VERB.search(last := re.split(r"[,;]\s", head)[-1]) is not None
            or (head.count(",") and _NET_COMPARED_BARE.fullmatch(last) is not None)):
        # ((fixes95) "…, the head pastry chef 2.000,00 EUR net": the verb left out after
        # the clause before, the title read by salary._THE_NEXT_BARE)
        return True
    if " a" in head or " A " in head or head[:2] in ("A ", "An", "a ", "an") or "The " in head:
        tight = head.rstrip()
        if _NET_OWNED.search(f"{tight} ") is not None or (
                (also := _NET_ALSO.search(tight)) is not None and (also.start() == 0 or (
                    _NET_BEFORE.search(tight, 0, also.start()) is not None))):
            # (a clause read apart from its sentence opens the text: "a Porter in Sibiu")
            return True
    if _NET_STATISTIC.search(head[-90:]) is not None:  # ((rules46a) a long label:
        # "Average salary for the position X in Y district: 88.400 RSD net")
        return True
    if "(" in head and _NET_POST_BRACKET.search(head) is not None:
        return True  # (fixes88) "… as a Knitting machine programmer (from 1 600 EUR net)"
    if "(" in head and (post := _NET_POSITION_OF.search(head)) is not None and (
            practitioner_noun(post.group("last"))):
        return True  # (fixes92) "the position of course director (2.800,00 € net)"
    if _FLOOR_HEAD.match(head) is not None:
        return True  # (rules46a) "Salary from 90.000 to 120.000 RSD net", "from …" alone
    if not head.strip():  # (fixes73: or padded before a sign moved first, "1.100 €" as "€1100")
        # (rules40a) the figure opens the text: a pay field's value, its label read apart
        # ("Salary: 4.200 lei net/month" as "Salary" and "4.200 lei net/month")
        return True
    if _NET_LEARNER.match(head) is not None:
        return True
    if ("rial" in head or "robation" in head) and _NET_TRIAL.search(head) is not None:
        return True  # (carry51) "First three months trial work with 21.500 den. net": the
        # role's own pay on trial
    row = _NET_ROW.match(head)
    if row is not None:
        return _TAKE_HOME_LABEL.search(row.group("label")) is None
    if "(" in head and "gross" in head:
        return _NET_BRACKET.match(head) is not None
    # (fixes73: a figure rewritten sign first is padded before its sign, "- 1.100 €" as
    # "-   €1100": the card's cells end at the last separator all the same)
    # ((fixes88) the en or em dashes rules47a let _NET_CARD take pass this guard too)
    return (" - " in head or " · " in head or " – " in head or " — " in head) and (
        _NET_CARD.match(head.rstrip() + " ") is not None)
# A plural name of workers right after the figure counts them ("4.23 lakh chartered
# accountants", "365,000 electricians", "3 lakh CAs"): a lower-case practitioner noun, up to
# two words of its kind before it, or an initialism's plural.
# (a capacity or a period between is no kind: "£28,000 as electricians" is their pay)
# (a capitalised qualifier too: "18,000 Garda officers", "2,400 Navy divers")
# (real54) Two kinds joined before the noun count too ("13,560 geological and petroleum
# technicians worked …").
_HEADS = re.compile(r"[^\S\n]+(?:(?!(?:rising|falling|plus|salary|pay|bonus|overtime|up|upwards|"
                    r"more|less|per|as|for|to|in|a|an|the)\b)[a-z][a-z-]+[^\S\n]+(?:and|or)"
                    r"[^\S\n]+)?"
                    r"(?:(?!(?:as|for|to|in|per|a|an|the|with|by|and|or|plus|from|at|"
                    r"on|of|each|than|more|less|new|newly|most|many|some)\b)[A-Za-z][a-z-]+"
                    r"[^\S\n]+){0,2}?(?P<noun>[a-z][a-z-]+s|[A-Z]{2,4}s)\b(?!['’])")


# A share of people named before ("there were 9,322 of them employed", "1,200 of whom"): a
# count of the people, no money.
_PARTITIVE = re.compile(r"\s+of\s+(?:them|these|those|whom)\b", re.IGNORECASE)


def _counts_workers(text: str, end: int) -> bool:
    """The figure ending at ``end`` counts workers named right after it (see ``_HEADS``), or
    is a share of people named before it (``_PARTITIVE``)."""
    if _PARTITIVE.match(text, end):
        return True
    heads = _HEADS.match(text, end)
    if heads is None:
        return False
    noun = heads.group("noun")
    return noun[0].isupper() or practitioner_noun(noun)


# A figure tied to a place ("$60,000 in Alabama", "A $60,000 salary in California").
_PLACED_FIGURE = re.compile(r"\d[\d,.]*[kK]?\s+(?:(?:salary|income|a year|per year)\s+)?in\s+"
                            r"(?:the\s+)?[A-Z]")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


@cache
def _compared_worth() -> re.Pattern[str]:
    """The phrases that compare what a sum is worth in two places (``compared_worth`` of
    ``money_not_pay`` in ``data/headings.yaml``)."""
    phrases = word_lists("money_not_pay").get("compared_worth", ())
    return re.compile(rf"\b(?:{phrase_alternation(phrases) or '(?!)'})\b", re.IGNORECASE)


def _living_cost_example(text: str, opening: int, end: int) -> bool:
    """The figure's sentence compares what a sum is worth in two places ("A $60,000 salary
    in Ohio means something very different than $60,000 in Oregon"): an illustration of
    living costs, no pay.

    >>> line = "A $45,000 salary in Maine stretches less far than $45,000 in Iowa."
    >>> _living_cost_example(line, 0, 8), _living_cost_example("Techs earn $45,000 in Iowa.", 0, 16)
    (True, False)
    """
    stop = _SENTENCE_END.search(text, end)
    sentence = text[opening:stop.start() if stop else len(text)]
    return _compared_worth().search(sentence) is not None and (
        _PLACED_FIGURE.search(sentence) is not None)


# A statistic of the role's pay stated after such a phrase ("Salary expectations: A
# paralegal's average salary is $50,550"): the figure is pay, the phrase only its label.
_STATED_PAY = re.compile(r"\b(?:average|median|mean|typical)\s+(?:annual\s+|yearly\s+|hourly\s+)?"
                         r"(?:salary|pay|wage|earnings)\s+(?:is|was|of)\s*$", re.IGNORECASE)


# (fixes69) A learner's stipend named close before its figure ("Stipend (for current students)
# ₹25,000 per month", "a trainee stipend of £1,200"): what a student is given, not the role's pay.
_LEARNER_STIPEND = re.compile(r"(?:\b(?:student|trainee|intern|internship)s?['’]?\s+stipends?|"
                              r"\bstipends?\s*\((?:for\s+)?(?:current\s+|enrolled\s+)?"
                              r"(?:students?|trainees?|interns?)\b[^()]*\))[^;·.]{0,20}$",
                              re.IGNORECASE)


def _benefit(text: str, opening: int, start: int) -> bool:
    """The figure at ``start`` is a benefit's value or a statement's total, named close
    before it in its sentence (from ``opening``; a figure in the label's aside, "Bilingual
    premium ($1.00/hr) ..... $2,080", is no sentence's start)."""
    clause = text[max(opening, start - 160):start]
    if ".." in clause or "…" in clause:
        clause = _LEADER_DOTS.sub(" ", clause)
    if "tipend" in clause and _LEARNER_STIPEND.search(clause) is not None:
        return True
    return _benefit_words().search(_ASIDE.sub("", clause) if ")" in clause else clause) is not None


# (fixes92) A booking's estimate: "Estimated earnings: $947 before tax" on a temp agency's
# booking confirmation, one figure with no period, the total over the booking's shifts (set
# 43's convention: a booking's estimated earnings are no pay; a period after the figure, "a
# year", makes it a salary estimate and is kept).
_ESTIMATE_LABEL = re.compile(r"\bestimated\s+(?:total\s+)?(?:earnings|pay)\s*:\s*\S{0,3}\s?$",
                             re.IGNORECASE)
# (any slash after the figure or its sign is a period: "total 38 400 €/v", a Finnish year)
_OWN_PERIOD_AFTER = re.compile(r"\s*(?:[$£€]|[A-Z]{3}\b)?\s*(?:/|(?:a|an|per)\s+(?:hour|year|month|"
                               r"week|day|annum)\b)", re.IGNORECASE)
_BEFORE_TAX = re.compile(r"\s*(?:before|pre-?)\s*tax\b", re.IGNORECASE)
# (rules50b, carry50) A shift listing's total for the whole shift ("Est. total $175.00",
# "Estimated total: £98.70", "Shift total £112.80", "$20/hr ⚡ +$3/hr boost · Est. total
# $160"): the hourly rate times the hours, no rate of its own (a period after the figure keeps
# it pay). The sentence may be cut after "Est." already: "total $160" opening its text.
_SHIFT_TOTAL = re.compile(r"(?:\b(?:est(?:imated|\.)?\s+(?:shift\s+)?total|shift\s+total|"
                          r"total\s+for\s+(?:the|this)\s+shift)|^\s*total)\s*:?\s*\S{0,3}\s?$",
                          re.IGNORECASE)
# (rules50b) A rate restated with holiday pay rolled in, its label first ("Incl. holiday pay:
# £15.80/hr"): the same pay as the listed rate, no pay of its own.
_HOLIDAY_INCLUSIVE = re.compile(r"^\W*(?:incl\.?|including|inclusive\s+of|with)\s+"
                                r"(?:rolled[- ]up\s+)?"
                                r"holiday\s+pay\s*:\s*\S{0,3}\s?$", re.IGNORECASE)

# (rules49b) A job board's nudge about what other employers offer, at least ("Employers
# offering $35+ get 2× more applicants"): a one-sided bound on others' pay, no band.
_OTHERS_OFFERING = re.compile(r"\bemployers\s+(?:(?:who|that)\s+)?(?:offering|offer|paying|pay)"
                              r"\s+(?:over\s+|above\s+)?[$£€]?\s?$", re.IGNORECASE)
_AT_LEAST = re.compile(r"\s*(?:/\s?(?:hr|hour|h|yr|year)\b)?\s*(?:\+|or\s+more\b|and\s+up\b)",
                       re.IGNORECASE)


# (carry50) A pay figure restated in another period in the same sentence ("You earn € 3.300 a
# month (scale 7, step 5), or € 19,04 an hour", "€33,500 a year (pay point 2), which is
# €2,791.67 a month"): the same pay, no second salary.
# (Only "which is" / "that is", or "or" after the first figure's bracket naming its place on
# a scale: "£23,500 a year, or £11.80 to £13.50 an hour" and "$36,440 a year, or $17.52 an
# hour" are two facts in sets 9 and 16's truth.)
_RESTATED_PERIOD = re.compile(r"\d[\d.,]*\s*(?:[A-Z]{3}\s+)?(?:a|an|per)\s+(?P<period>year|month|"
                              r"week|day|hour)\b\s*(?:(?:\([^()]{0,40}\)\s*)?,\s*(?:which|that)\s+is"
                              r"|\([^()]{0,40}\)\s*,\s*or)\s+(?:about\s+|around\s+|roughly\s+)?"
                              r"(?:[$£€]\s?|[A-Z]{3}\s?)?$")
_PERIOD_AFTER = re.compile(r"\s*(?:[A-Z]{3}\s+)?(?:a|an|per)\s+(year|month|week|day|hour)\b")
# (rules51b) The same restated in a bracket after how it is paid, in the same clause ("Your
# base salary will be €98,500 a year, paid monthly in euro (€8,208.33 a month gross)"): the
# same pay, no second salary.  (Without "paid …" a bracketed figure in another period stays
# a salary, as sets 13, 19, 29 and 36's truth has it: "$57,120 per year ($27.46 per hour)".)
_BRACKET_RESTATED = re.compile(r"\d[\d.,]*\s*(?:[A-Z]{3}\s+)?(?:a|an|per)\s+(?P<period>year|"
                               r"month|week|day|hour)\b,?\s+paid\b[^.;()\d]{0,30}\(\s*(?:about\s+|around\s+|"
                               r"approx\.?\s+|roughly\s+)?(?:[$£€]\s?|[A-Z]{3}\s?)?$")


# (carry50) A board's average across a whole industry, named in lower case after "in"
# ("Average wages in manufacturing, the whole country: 670.000 kr. per month"): all the
# industry's jobs together, no pay of the role (a place after "in" is capitalised: "Average
# salary in Leeds" stays the role's); the board may name itself after it ("… in
# manufacturing on Jobsite.is:").
_INDUSTRY_AVERAGE = re.compile(r"^\W*(?i:average\s+(?:wages?|pay|salar(?:y|ies)|earnings)\s+in)\s+"
                               r"(?:the\s+)?[a-z][a-z-]*(?:\s+(?:and\s+)?[a-z][a-z-]*){0,3}\s*"
                               r"(?:,[^:]{0,30}|\s+on\s+[A-Z][^:]{0,30})?:\s*$")


# (rules51a, carry51) … or told in a sentence ("The average salary in the processing industry
# is 33.900 ден."): a whole industry's, sector's or the economy's average, nobody's pay.
# (rules53a: "of" too, and after its source: "According to the statistics office, the
# average salary of the mining and quarrying sector is 3,950,000₮")
_INDUSTRY_AVERAGE_IS = re.compile(r"^\W*(?i:according\s+to\s+[^,.;]{2,60},\s*)?(?i:the\s+)?"
                                  r"(?i:average\s+(?:net\s+|gross\s+)?"
                                  r"(?:wages?|pay|salar(?:y|ies)|earnings)\s+(?:in|of))\s+(?:the\s+)?"
                                  r"(?:[a-z][a-z-]*\s+){0,3}(?:industry|sector|economy)\s+"
                                  r"(?i:is|was|amounts\s+to|stands\s+at)(?:\s+about|\s+around)?\s*$")


# (carry50) A job board's remark on how few of its ads pay more ("Rarely any offer is above
# 55.000 kr.", "Only every fifth ad offers more than 2.350 EUR"): a one-sided bound on other
# employers' offers, no pay band of the role.
_RARE_OFFER = re.compile(r"\b(?:(?:rarely|seldom)\s+(?:does\s+)?(?:any|an?)\s+(?:offer|ad|job|"
                         r"posting)s?\s+(?:is\s+|goes\s+|pays\s+)?(?:above|over|more\s+than)|only\s+"
                         r"(?:every|one\s+in)\s+\w+\s+(?:ad|offer|job|posting)s?\s+(?:offers|pays)\s+"
                         r"(?:more\s+than|above|over))\s*$", re.IGNORECASE)
# (carry50) A piece rate named before its figure ("The midnight ride: paid per trip, 15.000
# kr. each"): a price of one job done, no period's pay.
_PAID_PER_THING = re.compile(r"\bpaid\s+(?:per|for\s+each)\s+(?!(?:hour|hr|day|week|fortnight|"
                             r"month|year|annum|shift|night)s?\b)[a-z]{3,}\b[^.;:\d]{0,20}$",
                             re.IGNORECASE)
# (carry50) A posting's meta strip: its number, then a count of views or applicants
# ("Auglýsing 82859 · 1.464 views").
_META_STRIP = re.compile(r"\s*·\s*\d[\d.,]*\s+(?:views|applicants|applications)\b")


# (rules51a) A labor condition application's prevailing wage ("Prevailing Wage: $89,482.00
# Per: Year   PW Wage Level: II", "Prevailing wage (what the employer must at least pay) …:
# Level I $86,133 | Level II $101,005 | …"): the legal floor for the occupation and area,
# like a minimum wage, no pay offered for the role; every figure of a line it opens, when the
# line is an LCA's form field ("Per: Year") or lists the levels.  (A PERM notice's single
# "Prevailing wage: $51,870 per year (Level I)" is the position's pay in set 45's truth.)
_PREVAILING_LINE = re.compile(r"\W*(?:prevailing\s+wages?|PW\s+wages?)\b", re.IGNORECASE)


# (rules53a) An hourly rate's or band's pay-period equivalent in a bracket right after it
# ("$22.14/hr - $27.89/hr ($1,771.20 - $2,231.20 biweekly at 1.0 FTE)"): the same pay.
_HOURLY_BEFORE_BRACKET = re.compile(r"\d(?:\s?/\s?(?:hr|hour)\b|\s+(?:an|per|a)\s+hour\b)\s*\(\s*$")
_PAY_PERIOD_AFTER = re.compile(r"\s*(?:bi-?weekly|per\s+pay\s+period|every\s+two\s+weeks)\b",
                               re.IGNORECASE)


# (rules53a) A legal minimum wage named by its country, the body that set it or its year ("The
# minimum wage of Ruritania is 792,000₮ per month", "The minimum wage approved by the Labour
# Council for 2026: 10,400,000 tomans"): every job's floor, nobody's pay ("paid the minimum
# wage of $X" names no country and stays the role's pay).
_LEGAL_MINIMUM_YEAR = re.compile(r"\bminimum\s+(?:monthly\s+)?(?:wage|salary)\b[^.;:\d$€£]{0,80}"
                                 r"\bfor\s*$", re.IGNORECASE)  # (… "for 1405:", its year)
# (rules56a) … or by the sector it holds for ("The minimum wage of the garment and footwear
# sector 2026 is $210"): a sector's legal floor, nobody's pay.
_LEGAL_MINIMUM = re.compile(r"\bminimum\s+(?:monthly\s+)?(?:wage|salary)\s+"
                            r"(?:of\s+the\s+[^.;:\d$€£]{1,50}?\s+(?:sector|industry)"
                            r"(?:\s+(?:in\s+)?\d{4})?"
                            # ((rules58a) a country's name of several capitalised words:
                            # "The minimum wage of Lao PDR is …")
                            r"|(?:of|in)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}"
                            r"|(?:approved|set|fixed)\s+by\b"
                            r"[^.;:\d$€£]{0,60}?(?:\s+for\s+\d{4})?|for\s+\d{4}"
                            # (rules57a) "The minimum monthly wage in the country is 400 manat"
                            r"|in\s+the\s+country)"
                            r"\s*(?:is|was|stands\s+at|:)\s*$", re.IGNORECASE)
# (rules54a) … or by the jurisdiction right before it, as a job order prints it beside its wage
# offer ("Oregon minimum wage (standard) $14.70 per hour", "Federal minimum wage: $7.25").
# (rules59a) And a country's own, "national", with its period: "The national minimum monthly
# wage is Rs. 17,500/=".
_PLACED_MINIMUM = re.compile(r"\b(?:(?:federal|state|national)|(?!(?:Our|Your|The|Their|Its|A)\b)"
                             r"(?-i:[A-Z][a-z]+))\s+minimum\s+(?:(?:monthly|daily|hourly)\s+)?"
                             r"wage(?:\s*\([^()]{0,20}\))?"
                             r"\s*(?:is|was|:)?\s*$", re.IGNORECASE)

# (rules55b) … or by a form's field that names it, its place, date or moment after the words
# ("Minimum wage in Springfield (city, 1/7/2026): $17.10 per hour", "Minimum wage when you
# left: $16.55/hr"): the legal floor the claim compares the pay with.  A collective
# agreement's or an award's minimum ("Minimum wage under the collective labour agreement: CHF
# …") is the role's own floor, pay.
_MINIMUM_FIELD = re.compile(r"(?:^|\s{2,}|[·|]\s*)\W*(?:the\s+)?minimum\s+wage\b"
                            r"(?![^:]{0,60}\b(?:agreement|collective|award|contract|CLA|scale)\b)"
                            r"[^:.;$€£\d()]{0,40}"
                            r"(?:\([^()]{0,30}\))?\s*:\s*$", re.IGNORECASE)

# (rules51a) A figure the page says is cut off ("$15 — (record truncated, see DOL file)"):
# the rest of the number is missing, no pay (as a similar ad cut off mid-figure).
_TRUNCATED_AFTER = re.compile(r"\s*[—–-]?\s*\(?\s*(?:(?:record|entry|row|value|data)\s+)?"
                              r"(?:truncated|cut\s+off)\b", re.IGNORECASE)


# (rules51a) A yearly sum paid in a number of payments, then the amount of each ("20.160 €
# SBA in 14 pays, that is 1.440 € gross per pay"): the same pay divided, no salary of its own.
_PAYMENTS_BEFORE = re.compile(r"\bin\s+1[2-6]\s+(?:pays|payments|pagues|pagas)\b[^.;]{0,30}$",
                              re.IGNORECASE)
_PER_PAY_AFTER = re.compile(r"\s*(?:gross\s+|net\s+)?(?:per|a|each)\s+(?:pay|payment)\b",
                            re.IGNORECASE)
# (rules51a) The month a rate by the hour comes to ("With 20 hours per week the month goes to
# approximately 1.026 € gross"): the same pay worked out, no salary of its own.
# (rules53b) A week's (or a month's) pay for a stated number of hours, after an hourly rate.
_WEEK_OF_HOURS = re.compile(r"\s*(?:a|per|/)\s*(?:week|wk|month)\s+for\s+(?:a\s+)?\d+(?:\.\d+)?"
                            r"[- ]?(?:hours?|hrs?)\b", re.IGNORECASE)
_EARLIER_RATE = re.compile(r"\d\s*(?:an|a|per|/)\s*(?:hour|hr)\b", re.IGNORECASE)
_MONTH_GOES_TO = re.compile(r"\bthe\s+(?:month|week|year)\s+(?:goes|comes|amounts)\s+to\s+"
                            r"(?:approximately\s+|approx\.\s+|about\s+|around\s+|roughly\s+)?$",
                            re.IGNORECASE)


def _restated(text: str, start: int, end: int) -> bool:
    """The figure at ``start`` restates the pay just before it in another period
    (``_RESTATED_PERIOD``).

    >>> t = "You earn € 3.300 a month (scale 7, step 5), or € 19,04 an hour."
    >>> _restated(t, t.index("€ 19"), t.index(" an hour"))
    True
    >>> t = "You earn £40,000 a year, or £45,000 a year with overtime."
    >>> _restated(t, t.index("£45"), t.index(" a year with"))
    False
    >>> t = "Pay is €98,500 a year, paid monthly (€8,208.33 a month gross)."
    >>> _restated(t, t.index("€8,"), t.index(" a month gross"))
    True
    >>> t = "The average X earns about $36,440 a year, or $17.52 an hour."
    >>> _restated(t, t.index("$17"), t.index(" an hour"))
    False
    """
    found = _RESTATED_PERIOD.search(text, max(0, start - 90), start) or (
        _BRACKET_RESTATED.search(text, max(0, start - 90), start))
    after = _PERIOD_AFTER.match(text, end)
    return found is not None and after is not None and found.group("period") != after.group(1)


# (carry51) A net band restated as its gross after ", that is" (the translator leaves the
# Macedonian "бруто").
_GROSS_RESTATED = re.compile(r"\s*(?:gross|бруто|bruto|brutto)\b", re.IGNORECASE)
# (carry51) A wage search's prevailing wage by level, its cells "Level I $62,000 | Level II …".
_PREVAILING = re.compile(r"\b[Pp]revailing [Ww]age\b")
_LEVEL_CELL = re.compile(r"\bLevel (?:I{1,3}|IV)\s+[$€£]")


# (rules54b) A row's rate by the hour, then the row's total after a leader or an arrow
# ("Taxable hourly rate $26.00/hr ........ $1,040.00", "$29.00/hr   → $1,044.00"): the rate
# times the row's hours, the same pay.
# ((rules56b) or after the row's hours in their own column: "Base wage  $19.40/hr   38.5 hrs
# $746.90", an app's earnings detail)
_RATE_THEN_TOTAL = re.compile(r"\d\s*(?:/\s*(?:hr|hour)\b|\s+(?:an|per|a)\s+hour\b)"
                              r"\s*(?:(?:\.\s?){3,}|→|=>|->|"
                              r"\s{2,}\d[\d.,]*\s?(?:h|hrs?|hours)\s{2,})\s*\D{0,4}$",
                              re.IGNORECASE)
# (rules54b) A sum over several periods ("£1,000.00 × 3 years = £3,000.00"): no period's pay.
_PERIODS_TOTAL = re.compile(r"[×x*]\s*\d+\s*(?:years?|months?|weeks?|days?|shifts?)\s*=\s*\D{0,3}$",
                            re.IGNORECASE)
# (rules55b) A timesheet's worked sum, its count of hours, days or sessions times the rate,
# then its total ("Total: 4.5 days x 760.00 EUR = 3,420.00 EUR", "37.5 h x £41.00 =
# £1,537.50"): the rate restated (the rate field gives it) and the week's total, no pay.
_COUNT_TIMES = (r"\d[\d,.]*\s*(?:h|hrs?|hours?|days?|shifts?|sessions?|visits?|mi|miles?|km)"
                r"\s*[x×*]\s*")
_COUNT_TIMES_TOTAL = re.compile(rf"{_COUNT_TIMES}\D{{0,4}}\d[\d,.]*\s*\D{{0,5}}=\s*\D{{0,4}}$",
                                re.IGNORECASE)
_COUNT_TIMES_RATE = re.compile(rf"{_COUNT_TIMES}\D{{0,4}}$"
                               # (rules58a) or a pay scale's index points times the value of a
                               # point ("index 260 × 11.500 Kip = 2.990.000 Kip per month"): the
                               # value per point, no pay (the sum after "=" is the pay)
                               r"|\b(?:index|points?)\s+\d[\d,.]*\s*[x×*]\s*\D{0,4}$",
                               re.IGNORECASE)
_SUM_AFTER = re.compile(r"[^\d=]{0,8}=\s*\D{0,4}\d")
# (rules57a) A figure with the sum it is worked out by in the bracket right after it ("about
# EUR 4,335 (285 × 365 / 24, for information only)", "£32,240 (£15.50 x 40 x 52)"): a rate
# given elsewhere times a count, the same pay restated.
# (rules57a) A figure converted at an exchange rate stated in its clause ("at ₱58.20/US$ the
# basic is about ₱44,232", "at 1.08 $/€ about $3,900"): the same pay in another currency.
_AT_EXCHANGE_RATE = re.compile(r"\bat\s+\S{0,3}\d[\d.,]*\s*(?:/\s*(?:US\$|USD|\$|€|EUR|£|GBP)"
                               r"|(?:\$|€|£)\s*/\s*(?:\$|€|£))", re.IGNORECASE)
_WORKED_SUM_AFTER = re.compile(r"\s*\(\s*(?:[$€£]\s?)?\d[\d,.]*\s*[×x*]\s*\d[\d,.]*"
                               r"(?:\s*[×x*/÷]\s*\d[\d,.]*)*\s*[,;)]")
_WHOLE_TERM = re.compile(r"\s*for\s+the\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
                         r"(?:years|months|weeks)\b", re.IGNORECASE)
# (rules54b) An item of a strip of rates that opens with an add-on's name ("Overtime (after 8
# hrs/day) $84.75/hr · Double time $113.00/hr · Holiday $43.50/hr · Call $10.00/hr"): the
# rate for extra or unsocial hours, no pay of the job.
_ADDON_ITEM = re.compile(r"(?:^|\s[·|•]\s)\s*(?:overtime|(?-i:OT)|double[- ]time|"
                         r"time[- ]and[- ]a[- ]half|holiday|call|call[- ]back|on[- ]call|"
                         r"charge\s+differential)"
                         r"(?![\w-])[^·|•$€£\d]{0,60}(?:\([^()]{0,60}\)\s*)?\S?$",
                         re.IGNORECASE)
# (rules54b) A personnel form's pay fields ("Basic Pay $58,129  Locality Adj. $11,753  Adj.
# Basic Pay $69,882"): the basic pay beside the adjusted basic pay is a part of it.
_BASIC_PART = re.compile(r"(?<!adj\. )(?<!adjusted )\bbasic\s+pay\s*:?\s*$", re.IGNORECASE)
_ADJUSTED_BASIC = re.compile(r"\b(?:adj\.|adjusted)\s+basic\s+pay\b", re.IGNORECASE)


def rate_then_total(lead: str) -> bool:
    """(rules54b) ``lead`` ends with a rate by the hour and a leader or an arrow, before the
    row's total for its hours (the same pay).

    >>> rate_then_total("Taxable rate $26.00/hr ........ "), rate_then_total("Rate $26.00/hr. ")
    (True, False)
    """
    return _RATE_THEN_TOTAL.search(lead) is not None


def _pay_part(text: str, start: int, end: int) -> bool:
    """(rules54b) The figure at ``start`` is a part of a pay printed on its line: a row's
    total after its hourly rate, or the basic pay beside the adjusted basic pay.

    >>> t = "Taxable hourly rate $26.00/hr ........ $1,040.00"
    >>> _pay_part(t, t.index("$1,0"), len(t))
    True
    >>> t = "12A. Basic Pay $50,834  12B. Locality Adj. $10,280  12C. Adj. Basic Pay $61,114"
    >>> _pay_part(t, t.index("$50"), len(t)), _pay_part(t, t.index("$61"), len(t))
    (True, False)
    >>> t = "Charge: £1,000.00 × 3 years = £3,000.00"
    >>> _pay_part(t, t.index("£3"), len(t))
    True
    >>> t = "Total: 4.5 days x 760.00 EUR = 3,420.00 EUR"
    >>> [_pay_part(t, t.index(f), t.index(f) + 6) for f in ("760", "3,420")]
    [True, True]
    >>> t = "Charge £1,000 a year, £5,000 for the five years"
    >>> _pay_part(t, t.index("£5"), t.index(" for the"))
    True
    >>> t = "Basic pay $50,834"
    >>> _pay_part(t, t.index("$50"), len(t))
    False
    >>> t = "Rate $29.00/hr · Overtime (after 40 hrs/week) $43.50/hr · Holiday $43.50/hr"
    >>> [_pay_part(t, t.index(f), len(t)) for f in ("$29", "$43.50/hr ·", "$43.50/hr")]
    [False, True, True]
    """
    window = text[max(0, start - 48):start]
    if ("." in window or "→" in window or ">" in window or "  " in window) and (
            _RATE_THEN_TOTAL.search(window) is not None):
        return True
    if "=" in window and _PERIODS_TOTAL.search(window) is not None:
        return True  # "£1,000.00 × 3 years = £3,000.00": a total over the years
    if "=" in window and _COUNT_TIMES_TOTAL.search(window) is not None:
        return True  # (rules55b) "4.5 days x 760.00 EUR = 3,420.00 EUR": the sum's total
    if "=" in text[end:end + 12] and _COUNT_TIMES_RATE.search(window) is not None and (
            _SUM_AFTER.match(text, end) is not None):
        return True  # (rules55b) … and its rate, restated inside the sum
    if "(" in text[end:end + 3] and _WORKED_SUM_AFTER.match(text, end) is not None:
        return True  # (rules57a) "about EUR 4,335 (285 × 365 / 24, …)": a rate worked out
    if "for the" in text[end:end + 12] and _WHOLE_TERM.match(text, end) is not None:
        return True  # "£5,000 for the five years": a total over the whole term
    if "asic" in window and _BASIC_PART.search(window) is not None and (
            _ADJUSTED_BASIC.search(text, start) is not None):
        return True
    # "Overtime (after 8 hrs/day) $84.75/hr · … · Holiday $43.50/hr": an add-on's item
    return _ADDON_ITEM.search(text[_sentence_start(text, 0, start):start]) is not None


def _not_pay(text: str, segment: int, start: int, end: int, *, bare: bool) -> bool:
    """An amount that counts people or jobs, prices a fee or a bonus, or is take-home pay."""
    after, before, hyphened = _money_words()
    if _pay_part(text, start, end):
        return True  # (rules54b) "$26.00/hr ........ $1,040.00", "Basic Pay $50,834 … Adj.
        # Basic Pay $61,114": the same pay worked out, a part of the pay printed beside
    if "that is" in text[max(0, start - 16):start] and _GROSS_RESTATED.match(text, end):
        return True  # (carry51) "from 29.000 to 33.000 den. net monthly, that is 44.100 -
        # 50.200 den. бруто": the same pay before tax
    if ("which" in text[max(0, start - 16):start] or "or " in text[max(0, start - 8):start]
            or "that is" in text[max(0, start - 16):start] or "(" in text[max(0, start - 12):start]
            ) and _restated(text, start, end):
        return True  # (carry50) "… a month, or € 19,04 an hour": the same pay
    if "pay" in text[end:end + 20] and _PER_PAY_AFTER.match(text, end) is not None and (
            _PAYMENTS_BEFORE.search(text, max(0, start - 80), start) is not None):
        return True  # (rules51a) "20.160 € SBA in 14 pays, that is 1.440 € gross per pay"
    if " to " in text[max(0, start - 30):start] and _MONTH_GOES_TO.search(
            text, max(0, start - 60), start) is not None:
        return True  # (rules51a) "the month goes to approximately 1.026 €": the same pay
    if "(" in text[max(0, start - 3):start] and _PAY_PERIOD_AFTER.match(text, end) and (
            _HOURLY_BEFORE_BRACKET.search(text, max(0, start - 16), start) is not None):
        return True  # (rules53a) "$27.89/hr ($1,771.20 - $2,231.20 biweekly)": the same pay
    if "inimum" in text[max(0, start - 100):start] and (_LEGAL_MINIMUM.search(
            text, max(0, start - 100), start) is not None or _PLACED_MINIMUM.search(
            text, max(0, start - 100), start) is not None or _MINIMUM_FIELD.search(
            text, max(0, start - 100), start) is not None):
        return True  # (rules53a) "The minimum wage of Ruritania is 792,000₮": a legal floor
    if bare and text[end:end + 1] == ":" and "inimum" in text[max(0, start - 100):start] and (
            _LEGAL_MINIMUM_YEAR.search(text, max(0, start - 100), start) is not None):
        return True  # (rules53a) "… approved by the Labour Council for 1405:": its year
    if " for " in text[end:end + 16] and _WEEK_OF_HOURS.match(text, end) is not None and (
            _EARLIER_RATE.search(text, 0, start) is not None):
        return True  # (rules53b) "£15.50 an hour, about £697.50 a week for 45 hours": the
        # hourly rate times the week's hours, the same pay
    if "runcat" in text[end:end + 30] and _TRUNCATED_AFTER.match(text, end) is not None:
        return True  # (rules51a) "$15 — (record truncated, see DOL file)": a cut-off figure
    if "revailing" in text[:start] and _PREVAILING_LINE.match(text) is not None and (
            "Per:" in text or text.count("Level ") >= 2):
        return True  # (rules51a) "Prevailing Wage: $89,482.00 Per: Year": a legal floor
    if "stimated" in text[max(0, start - 32):start] and _BEFORE_TAX.match(
            text, end) and _ESTIMATE_LABEL.search(text, max(0, start - 32), start):
        return True  # "Estimated earnings: $947 before tax": a booking's total, no pay
    if "otal" in text[max(0, start - 32):start] and _SHIFT_TOTAL.search(
            text, max(0, start - 32), start) and _OWN_PERIOD_AFTER.match(text, end) is None:
        return True  # (rules50b, carry50) "Est. total $175.00": the shift's total, no rate
    if "oliday" in text[max(0, start - 40):start] and _HOLIDAY_INCLUSIVE.search(
            text, segment, start):
        return True  # (rules50b) "Incl. holiday pay: £15.80/hr": the listed rate restated
    if _COUNTED.match(text, end) or _PIECE.match(text, end) or after.match(text, end) or (
            hyphened.match(text, end)) or priced_thing(text, end) or (
            _NET_AFTER.match(text, end) and not (
                _PAY_ROW.match(text) and _GROSS_BESIDE.search(text, 0, start)) and not (
                _net_as_row(text, start))):
        return True  # "6,900 employees", "3,310+ JOBS", "$3.60 a head", "$90K+ earned"
    if "(" in text[max(0, start - 40):start] and (_GROSS_OF_NET.search(
            text, max(0, start - 80), start) or _GROSS_FIELD_OF_NET.search(
            text, max(0, start - 80), start) or ("ax" in text[max(0, start - 100):start] and (
                _GROSS_OF_TAXED.search(text, max(0, start - 100), start)))):
        return True  # (rules45a) "… € net (gross approx. 3.210,00 €)": the same pay, gross
    if "ross" in text[max(0, start - 36):start] and _GROSS_CLAUSE_OF_NET.search(
            text, max(0, start - 140), start) is not None:
        return True  # (rules57a) "… AZN net (to the hand); the gross is about …": the same pay
    if "mployer" in text[max(0, start - 40):start] and _OTHERS_OFFERING.search(
            text, max(0, start - 40), start) and (
            "+" in text[start:end] or _AT_LEAST.match(text, end)):
        return True  # (rules49b) "Employers offering $35+ get 2× more applicants": others' floor
    if "not" in text[end:end + 80] and _DENIED_PAY.match(text, end):
        return True  # "the €450 kit grant … are not salary": the page says it is no pay
    if " over " in text[end:end + 8] and _CAMPAIGN_TOTAL.match(text, end):
        return True  # "€4,350 over the 2022 campaign": a campaign's total, no pay band
    if _counts_workers(text, end):
        return True  # "4.23 lakh chartered accountants": a head count, no money
    if _STREET.match(text, end):
        return True  # "1470 Carnaby Rd, London": a street number, no money
    if bare and text[start:end].strip().isdigit() and _FORM_NOUN.match(text, end):
        return True  # "on a 1099 rate", "1099 contractors": a tax form's number, no money
    if _FORMULA_OPERAND.match(text, end):
        return True  # "$84,000 × 1.18 × 0.90 = $89,208": a formula's input, its result is pay
    if "x" in text[end:end + 32].lower() and _MULTIPLE_AFTER.match(text, end):
        return True  # "borrow £201,150 on a standard 4.5x multiple": a loan, no pay
    if "=" in text[max(0, start - 4):start] and _ANNUALISED.search(text, max(0, start - 32),
                                                                    start):
        return True  # "£240 x 182 days = £43,680": a lender's annualised rate, no pay
    if _FACTOR.search(text, max(0, start - 18), start):
        return True  # "pay = index × 4,92278 €": a formula's factor (a point's value), no pay
    if "=" in text[max(0, start - 4):start] and _SAMPLE_SIZE.search(text, max(0, start - 6), start):
        return True  # (rules39b) a survey's sample size: "n = 3,214 respondents"
    if "nearest" in text[max(0, start - 16):start] and _ROUNDING.search(
            text, max(0, start - 16), start):
        return True  # "(to the nearest £50)": a rounding unit, no pay
    if _BUDGET_COLUMN.search(text, max(0, start - 32), start):
        return True  # "2025-26 Actual $10,812,440": a budget column's amount, no pay
    if _SIGNED.search(text, max(0, start - 2), start):
        return True  # "Peak pay: +$1 to +$4 per order": an increment, no pay of its own
    if "÷" in text[max(0, start - 3):start]:
        return True  # (rules58b) "5.93% of ARR ($32,000 ÷ $540,000)": a rate worked out, the
        # divisor no pay
    if segment > 0 and text[segment - 1] == "|" and (
            _added_row(text, segment) or _labelled_strip(text, segment, before)):
        return True  # "Overtime above 48 hrs | £18.90 | £20.10": the row's label says no pay
    if "revailing" in text[:start] and _PREVAILING.search(
            text, _sentence_start(text, 0, start), start) is not None and len(
            _LEVEL_CELL.findall(text)) > 1:
        return True  # (carry51) "Prevailing wage for SOC …: Level I $62,000 | Level II
        # $76,137 | …": a wage search's floors at every level, no offer (a notice's one
        # "Prevailing wage: $19.87 per hour (OEWS Level II …)" stays the role's: set 45)
    opening = _sentence_start(text, segment, start)
    clause = text[opening:start]
    if ".." in clause or "…" in clause:  # (a row's label, its leader read as a gap)
        clause = _LEADER_DOTS.sub(" ", clause)
    if _benefit(text, opening if segment == 0 else _sentence_start(text, 0, start), start):
        return True  # "Employer pension contribution ..... £3,145": a benefit, no pay
    if ("arely" in clause or "eldom" in clause or "every" in clause) and (
            _RARE_OFFER.search(clause) is not None):
        return True  # (carry50) "Rarely any offer is above 55.000 kr.": others' top, no band
    if "per " in clause and _PAID_PER_THING.search(clause) is not None:
        return True  # (carry50) "The midnight ride: paid per trip, 15.000 kr. each"
    if bare and "·" in text[end:end + 4] and _META_STRIP.match(text, end) is not None:
        return True  # (carry50) "Auglýsing 82859 · 1.464 views": a posting's number
    if "verage" in clause and (_INDUSTRY_AVERAGE.match(clause) is not None or ((
            "ndustry" in clause or "ector" in clause or "conomy" in clause) and (
            _INDUSTRY_AVERAGE_IS.match(clause) is not None))):
        return True  # (carry50) "Average wages in manufacturing, the whole country: …"
    if "/" in text[max(0, start - 48):start] and _AT_EXCHANGE_RATE.search(
            text, max(0, start - 48), start) is not None:
        return True  # (rules57a) "at ₱58.20/US$ the basic is about ₱44,232": converted
    named = before.search(clause)
    if named is not None and not _STATED_PAY.search(clause, named.end()):
        return True  # "proof of funds: CAD 15,263", "the Income Threshold of AUD 76,515"
    if _pro_rated(text, clause, end):
        return True  # "0.4 WTE share = £14,935": the full-time band's part-time share
    if _GROSSED.search(clause):
        return True  # "even when they gross $250k": a business's takings, no one's pay
    if "in " in text[end:end + 240] and _living_cost_example(text, opening, end):
        return True  # "… means something very different than $60,000 in Alabama"
    if "eported" in text[max(0, start - 24):start] and _CONTRADICTED.search(
            text, max(0, start - 24), start) and _VERIFIED_AFTER.match(text, end):
        return True  # (rules57b) "reported $47,500/yr; verified $41,600/yr": a claim the
        # check corrects, no pay
    if bare and (_CODED.search(text, max(0, start - 4 * _CODE_REACH), start) or (
            _DATED.search(text, max(segment, start - 2 * _CODE_REACH), start))):
        return True  # "wages for NOC 42202", a draw's "12 Nov 2026   1,150": no money
    return bool(any((_ADDED_TO_FIGURE.search(text, max(0, opening - 24), m.start()) is None
                     or "," not in text[m.end():start])  # (no new clause: "plus tips of $9")
                    # ("paid training course … – salary during the course 4 806 zł": the
                    # trainee's pay, not the course's fee)
                    and not (m.group().lower() == "course" and (_PAID_DURING.search(
                        text, opening, start) or _AFTER_COURSE.search(text, m.end(), start)
                        or _COURSE_AS_TIME.search(text[max(opening, m.start() - 30):m.start()])))
                    # (rules41b) "(see Contractual Costs)": a cross-reference's section name
                    and not ("see" in text[max(0, m.start() - 60):m.start()]
                             and _in_see_aside(text, m.start()))
                    and not (m.group()[:1] == "L" and _loan_title(text, m.start()))
                    for m in _NOT_PAY.finditer(text, opening, start))
                or _bracketed_not_pay(text, start) or (
        _ADDITION.search(clause[-40:])) or _LABELLED_STIPEND.search(clause[-40:]) or (
        _ON_CALL.search(clause[-60:])) or _RAISE.search(clause[-60:]) is not None or (
        _ONE_OFF.search(clause[-60:])) or (
        "xample" in clause and _ADDITION_EXAMPLE.search(clause[-120:])) or (
        _CHARGING.search(clause[-30:])) or _AGENCY_COVER.match(clause) is not None or (
        _hired_plant()[0].match(clause) is not None) or (
        _hired_plant()[1].search(clause[-40:]) is not None) or (
        bare and (_COUNT_LABEL.search(clause) or _PHONE_LABEL.search(clause[-24:]))))


# (fixes92) "Loan" opening a title in Title Case ("Loan Sales Officer – Madurai – ₹ 2.2 – 3.0
# Lacs P.A."): one or two capitalised words after it, the last a practitioner's noun.
_LOAN_TITLE = re.compile(r"Loan(?P<rest>(?:\s+[A-Z][a-z]+){1,2})\b")


def _loan_title(text: str, at: int) -> bool:
    """The "Loan" at ``at`` opens a job title ("Loan Sales Officer"), no loan's amount
    ("Loan amount", "Student Loan Repayments" stay no pay).

    >>> _loan_title("Loan Sales Officer – Pune – ₹ 3 L", 0), _loan_title("Loan Amount ₹ 3 L", 0)
    (True, False)
    """
    found = _LOAN_TITLE.match(text, at)
    last = found.group("rest").split()[-1].lower() if found is not None else ""
    return bool(last) and not last.endswith("s") and practitioner_noun(last)


# (rules43a) The cells between a pipe row's label and a figure's cell hold figures only.
_FIGURE_CELLS = re.compile(r"[^A-Za-z]*")


def _added_row(text: str, segment: int) -> bool:
    """A figure's cell in a pipe row whose first cell names an addition to pay, only figures
    between ("Overtime above 48 hrs | £18.90 | £20.10": each cell is the overtime rate).

    >>> _added_row("Overtime above 48 hrs | £18.90 | £20.10", 33)
    True
    >>> _added_row("Basic pay per hour | £12.60 | £13.40", 20)
    False
    """
    bar = text.find("|")
    return 0 <= bar < segment and _FIGURE_CELLS.fullmatch(text[bar + 1 : segment - 1]) is not (
        None) and is_addition(text[:bar].strip())


# (rules57b) A screening report's pay as the applicant reported it, then as the employer
# verified it ("Salary: applicant-reported $52,000/yr; verified $48,300/yr", "Pay reported:
# $18.40/hr   Pay verified: $18.40/hr"): the reported figure is no pay where a verified
# figure follows (where the employer did not disclose it, the reported one stands).
_CONTRADICTED = re.compile(r"\breported\s*:?\s*\D{0,3}$", re.IGNORECASE)
_VERIFIED_AFTER = re.compile(r"[^|;]{0,12}?[;,]?\s+(?:\w+\s+){0,2}verified\s*:?\s*\D{0,3}\d",
                             re.IGNORECASE)
# (rules57b) A strip's cell: a short key and its figure ("PP3 $3,402.05", "13 weeks $3,000",
# "Q4-2025 $12,848.60", "Total $48,274.45").
_KEYED_CELL = re.compile(r"\s*(?:[\w-]+\s){0,2}\D{0,4}\d[\d,.]*\s*")


def _labelled_strip(text: str, segment: int, before: re.Pattern[str]) -> bool:
    """(rules57b) A figure's cell in a pipe strip whose label, before the first cell's
    colon, names money that is no pay ("Insurable earnings by pay period: PP1 $2,410.12 |
    PP2 $2,291.20 | …", "Instalment schedule: 4 weeks $1,400 | 13 weeks $2,900"): every
    cell is one more such sum, as the first is.

    >>> from careergraph.guides.not_pay import _money_words
    >>> t = "Base period wages: Q1 $11,520.00 | Q2 $12,848.60 | Total $24,368.60"
    >>> [_labelled_strip(t, t.index(c), _money_words()[1]) for c in (" Q2", " Total")]
    [True, True]
    >>> t = "Rates: Day $21.00 | Night $24.00"
    >>> _labelled_strip(t, t.index(" Night"), _money_words()[1])
    False
    """
    bar = text.find("|")
    label, colon, first = text[:max(bar, 0)].rpartition(":")
    if not colon or _KEYED_CELL.fullmatch(first) is None or before.search(label) is None:
        return False
    cells = text[bar + 1:].split("|")
    seen = bar + 1
    for cell in cells:  # the cells up to the figure's own are keyed figures too (the last
        # one's figure may run on into the line's next field)
        if seen + len(cell) >= segment:
            return _KEYED_CELL.match(cell) is not None
        if _KEYED_CELL.fullmatch(cell) is None:
            return False
        seen += len(cell) + 1
    return False


# (rules41b) A cross-reference in brackets, open up to a word ("(see Contractual Costs)").
_SEE_ASIDE = re.compile(r"\(\s*see\b[^()]*$", re.IGNORECASE)


def _in_see_aside(text: str, at: int) -> bool:
    """The word at ``at`` stands inside a bracketed cross-reference ("(see Other Costs)"):
    the name of a section, no money's kind."""
    opening = text.rfind("(", max(0, at - 60), at)
    return opening >= 0 and _SEE_ASIDE.match(text, opening, at) is not None


# "for a|the|our …" right after a figure, up to the end of its noun phrase.
_FOR_THING = re.compile(r"\s+for\s+(?P<det>a|an|the|our|your|one|each|\d{1,4})\s+"
                        r"(?P<phrase>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?)"
                        r"(?=\s*(?:[,.;:!?)]|$|\s(?:and|or|of|with|in|at|on|to|from)\b))")


# A stretch of time a figure may be paid for ("for 40 hours", "for 3 months").
_STRETCH = re.compile(r"(?:hour|hr|day|week|fortnight|month|year|shift|night|term|season)s?")


@cache
def _payee_nouns() -> frozenset[str]:
    return frozenset(word_lists("money_not_pay").get("payee_nouns", ()))


@cache
def _for_things() -> re.Pattern[str]:
    """(fixes86) "for" and a thing a sum pays for (``money_not_pay.for_things``) right after
    a figure, its period and up to two describing words between ("£10,000 a year for
    standard extras")."""
    things = phrase_alternation(word_lists("money_not_pay").get("for_things", ())) or "(?!)"
    return re.compile(r"\s*(?:(?:per|a|an)\s+(?:hour|day|week|month|year|annum)\s+)?for\s+"
                      r"(?:(?:the|its|your|their|any|all)\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,2}?"
                      rf"(?:{things})(?=\s*(?:[,.;:!?)]|$|(?:and|or|on|in|at|with|from|to)\b))",
                      re.IGNORECASE)


def priced_thing(text: str, end: int) -> bool:
    """The figure ending at ``end`` is the price of a thing named right after it ("$175 for the
    test", "$350 to $800 for a real-estate shoot"), not pay: the phrase names no person (an
    agent noun, a capitalised title), post, people or stretch of time (``payee_nouns``).

    >>> priced_thing("$175 for the test, $649 for our bootcamp", 4)
    True
    >>> priced_thing("$48,500 for a payroll specialist.", 7)
    False
    >>> priced_thing("$900 for a week's work", 4), priced_thing("$18 for each hour worked", 3)
    (False, False)
    >>> priced_thing("an extra $150 for 60 deliveries", 13), priced_thing("$900 for 40 hours", 4)
    (True, False)
    >>> priced_thing("a bonus of $25 for 30 jobs", 14)
    True
    """
    if " for " in text[end : end + 24] and _for_things().match(text, end) is not None:
        return True  # "£10,000 a year for standard extras": an add-on or a thing's cost
    found = _FOR_THING.match(text, end)
    if found is None:
        return False
    words = [re.sub(r"['’]s$", "", w) for w in found.group("phrase").split()]
    head = words[-1].lower()  # ("a half-day audit": an audit; "a 40-hour week": a week)
    if found.group("det").isdigit() and int(found.group("det")) > 1 and (
            _STRETCH.fullmatch(head) is None):
        return True  # "$40 for 60 jobs": a count of pieces of work, no stretch of time
    payees = _payee_nouns()
    return not any(w[:1].isupper() or w.lower() in payees for w in words) and not any(
        part in payees for part in head.split("-")) and not practitioner_noun(head)


@cache
def _price_words() -> tuple[Gated, re.Pattern[str]]:
    words = word_lists("money_not_pay")
    return (Gated(re.compile(
                rf"\b(?:{phrase_alternation(words.get('price_headings', ())) or '(?!)'})\b",
                re.IGNORECASE)),
            re.compile(rf"(?<![a-z])(?:{phrase_alternation(words.get('time_words', ())) or '(?!)'})"
                       r"(?![a-z])", re.IGNORECASE))


def price_heading(heading: str) -> bool:
    """A heading that prices a service ("How much does a dog trainer cost?", "Average
    price") and names no pay: its money is pay only when stated by a stretch of time.

    >>> price_heading("How much does a dog trainer cost?"), price_heading("Salary and costs")
    (True, False)
    """
    return _price_words()[0].search(heading) is not None and _PAY_NAMED.search(heading) is None


def timed_money(text: str) -> bool:
    """``text`` states its money by a stretch of time ("$42 an hour", "hourly rate").

    >>> timed_money("The median hourly rate is $42."), timed_money("Low $70   High $260")
    (True, False)
    >>> timed_money("Regular weekly clean, 3 hours ........ €60")
    False
    """
    return any(_DESCRIBED_SERVICE.match(text, found.end()) is None or not (
        found.group().lower().endswith("ly") or found.group().lower() == "annual")
        for found in _price_words()[1].finditer(text))


# A time adjective that describes the service priced, not the money ("a weekly clean", "daily
# walks"): only before a word for money ("hourly rate", "weekly pay") does it time a figure.
_DESCRIBED_SERVICE = re.compile(r"\s+(?!(?:rates?|pay|wages?|salar\w*|earnings|income|fees?|"
                                r"prices?|costs?|charges?|basis|average|median|figure|"
                                r"amount|total)\b)[a-z]", re.IGNORECASE)


def _bracketed_not_pay(text: str, start: int) -> bool:
    """A figure in a bracketed list after a word for money that is no pay ("Shift differential
    (evenings $2.00, nights $3.50)"): each figure in the brackets is that money."""
    opening = text.rfind("(", max(0, start - 60), start)
    if opening < 0 or ")" in text[opening:start]:
        return False
    if _SUPER_BRACKET.search(text, max(0, opening - 30), opening):
        return True  # "$81,800 + super ($9,407)": the employer's pension payment, no pay
    # (rules41b) an addition's bounds in brackets too: "a high cost area supplement of 15%
    # (minimum £4,870, maximum £7,304)"
    # (carry41) expenses with their sum in brackets ("working expenses (about £2,550)
    # reimbursed"): money paid back, no pay
    return _NOT_PAY.search(text[max(0, opening - 30) : opening]) is not None or (
        _ADDITION.search(text[max(0, opening - 40) : opening]) is not None) or (
        _EXPENSES_BEFORE.search(text, max(0, opening - 12), opening) is not None)


_EXPENSES_BEFORE = re.compile(r"\bexpenses\s*$", re.IGNORECASE)


# Australian superannuation right before a bracket ("+ super (", "plus superannuation (").
_SUPER_BRACKET = re.compile(r"(?:\+|\bplus)\s*super(?:annuation)?\s*$", re.IGNORECASE)


# An example of an addition ("a housing allowance that depends on rank, for example $1,446").
_ADDITION_EXAMPLE = re.compile(r"\b(?:allowances?|supplements?|weighting)\b[^.;$€£]{0,90}"
                               r"\bfor example,?\s*$", re.IGNORECASE)
# A telephone number's label just before a bare number ("Telephone 2388 4120").
_PHONE_LABEL = re.compile(r"\b(?:[Tt]ele(?:phone)?|[Pp]hone|[Tt]el|[Ff]ax|[Hh]otline|[Mm]obile)\b"
                          r"\.?:?\s*(?:[\d\s()+-]*)$")
# A price a freelancer charges, just before its figure ("consultants charging $75-$120 an
# hour"): a fee, not pay ("charge nurses earn" has no "-ing"/"-es" after "charg").
_CHARGING = re.compile(r"\bcharg(?:ing|es|ed)\s+(?:about\s+|around\s+|roughly\s+)?$",
                       re.IGNORECASE)


@cache
def _hired_plant() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(fixes77) A row priced for hired plant or equipment (``money_not_pay``'s
    ``hire_labels`` opening the row, "Plant: gang truck … £410/day"; or a machine let with
    its ``hired_with`` crew right before the figure, "tracked excavator with driver
    £520/day"): a thing's price, no one's pay."""
    words = word_lists("money_not_pay")
    labels = phrase_alternation(words.get("hire_labels", ())) or "(?!)"
    crews = phrase_alternation(words.get("hired_with", ())) or "(?!)"
    return (re.compile(rf"^\W*(?:{labels})\s*[:–—-]\s", re.IGNORECASE),
            re.compile(rf"\b(?-i:[a-z][\w-]*)\s+with\s+(?:an?\s+|its\s+)?"
                       rf"(?:{crews})\s*[:–—-]?\s*(?:at\s+)?$", re.IGNORECASE))


# Agency workers as a sentence's subject, no verb of pay after them ("Agency coders cover
# backlog at £38.50/hr"): what the employer pays the agency for them, no pay of the role
# ("Agency nurses earn £30/hr" is theirs); a collective noun ("Agency staff cover …") too.
_AGENCY_COVER = re.compile(r"^\W*agency\s+(?:[a-z-]+s|staff|personnel|labou?r)\b"
                           r"(?![^.;]*\b(?:earn\w*|paid|pays?|make|makes|"
                           r"wages?|salar\w*|take\s+home|gets?|receives?)\b)", re.IGNORECASE)


def is_addition(label: str) -> bool:
    """A row label that names an addition to pay, not pay ("Annual Increment", "House Rent
    Allowance").

    >>> is_addition("Annual Increment"), is_addition("Basic Pay")
    (True, False)
    """
    return _ADDITION.search(label) is not None


_PAY_NAMED = Gated(re.compile(r"\b(?:salar\w*|pay|wages?|earn\w*|income)\b", re.IGNORECASE))


def restated_rate(label: str) -> bool:
    """(rules50b) A label that restates the listed rate with holiday pay rolled in ("Incl.
    holiday pay", "Including holiday pay"): its figure is the same pay, no pay of its own.

    >>> restated_rate("Incl. holiday pay"), restated_rate("Holiday pay")
    (True, False)
    """
    return "oliday" in label and _HOLIDAY_INCLUSIVE.match(f"{label.rstrip(': ')}: ") is not None


def is_not_pay(label: str) -> bool:
    """A row label that names money that is no pay: an addition (:func:`is_addition`), or a
    fee, a cost or a bonus when the label names no pay beside it ("Assessment fee",
    "Course fees", but not "Salary and bonus").

    >>> is_not_pay("Experience Assessment fee"), is_not_pay("Salary and bonus")
    (True, False)
    >>> is_not_pay("Charge rate"), is_not_pay("Pay rate to worker")
    (True, False)
    """
    if _hired_plant()[0].match(f"{label}: ") is not None:
        return True  # (fixes86) "Plant: gang truck … £320/day" read as its own item
    if is_addition(label):
        return True
    named = _money_words()[1].search(label)
    if named is not None and _PAY_NAMED.search(named.group()) is not None:
        # (real50) a phrase that names its own kind of earnings ("Expected Lifetime Earnings:
        # $2.1M"): no pay, though "earnings" is in it
        return True
    return ((_NOT_PAY.search(label) is not None
             # (carry42) a price schedule's "Charge rate" column: what
             # the client pays the agency (``money_not_pay.before``)
             or named is not None)
            and _PAY_NAMED.search(label) is None)


# (rules54b) A travel job card's estimated week ("Est. $2,640/wk"): the package's total with
# its stipends, no rate of pay (a card's "$28.00/hr taxable" is).
_WEEK_ESTIMATE = re.compile(r"\s*est(?:\.|imated)\s*\S{0,3}\d[\d,.]*\s*(?:/\s*(?:wk|week)\b|"
                            r"(?:a|per)\s+week\b|weekly\b)", re.IGNORECASE)


def week_estimate(cell: str) -> bool:
    """(rules54b) A job card's pay cell that is an estimated week's total, no rate of pay.

    >>> week_estimate("Est. $2,640/wk"), week_estimate("$28.00/hr taxable + stipends")
    (True, False)
    """
    return _WEEK_ESTIMATE.match(cell) is not None
