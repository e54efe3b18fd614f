"""The words a result is written in, for levelset.proof.result_rules: units of time, what a
volume counts, people and adopters, quality measures, fractions, multiples, stretches of time and
frequencies (regular-expression pieces, composed there into one rule per kind of result)."""

from __future__ import annotations

from levelset.proof.numbers import DIGITS, NUMBER, WORDS

TIME_UNIT = (
    r"(?:ms|milliseconds?|μs|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|"
    r"years?|quarters?)"
)
VOLUME = (
    r"users|customers|members|requests|queries|predictions|events|records|rows|transactions|"
    r"orders|tokens|images|documents|calls|sessions|merchants|sellers|listings|items|downloads|"
    r"installs|visits|views|viewers|subscribers|clients|applications|applicants|tickets|alerts|"
    r"incidents|escalations|stars|citations|citizens|tweets|posts|individuals|"
    r"data[- ]points|measurements|observations|"
    r"pages|messages|claims|deals|accounts|records|bugs|issues|websites|components|themes|"
    r"extensions|datasets|services|hours|labels|"
    r"emails|transcripts|scans|invoices|payments|shipments|parcels|packages|deliveries|patients|conversations|chats|videos|"
    r"photos|searches|impressions|attendees|participants|readers|inquiries|enquiries|"
    r"signups|sign-ups|markets|stores|countries|"
    r"predictions|parameters|params|examples|samples|GPUs|TPUs|nodes|experiments|hires|"
    r"riders|passengers|drivers|shoppers|buyers|guests|visitors|households|homes|residents|"
    r"farmers|fans|players|listeners|creators|vehicles|devices|trips|rides|bookings|"
    r"reservations|meals|SKUs|seats|licen[cs]es|subscriptions|copies|policies|loans|memberships"
)
PEOPLE = (
    r"engineers|developers|analysts|agents|scientists|researchers|students|learners|"
    r"contributors|people|employees|staff|viewers|attendees|participants|clinicians|teachers|"
    r"nurses|technicians|doctors|physicians|pharmacists|operators|executives|reps|"
    r"representatives|salespeople|workers|associates"
)
ADOPTERS = (
    r"teams|companies|organi[sz]ations|orgs|governments|universities|banks|hospitals|partners|"
    r"regulators|runtimes|frameworks|labs|products|product lines|business units|divisions|"
    r"schools|clinics|offices|squads|agencies|councils|distributions|distros|"
    r"groups|services|customers|projects|papers|apps|repositories|repos|codebases|plugins|"
    r"libraries|packages"
)
QUALITY = (
    r"auc|roc|f1|precision|recall(?:@\d+)?|ndcg(?:@\d+)?|map|mrr|accuracy|bleu|rouge|wer|cer|"
    r"mape|rmse|mae|ece|nps|csat|lighthouse|top-1|top-5|perplexity|error rate|hit rate|"
    # a fit measured: "R2 = 0.89", "an R² of 0.93", "r-squared of 0.7"
    r"r2|r²|r-squared|r squared"
)
PART = (
    r"(?:half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|hundredth|"
    r"thousandth)"
)
PARTS = r"(?:thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths|twentieths|hundredths)"
FRACTION = (
    # "in a quarter" is most often a time: "shipped it in a quarter" (not "cut in a quarter")
    rf"\b(?!in (?:a |one[- ])quarter\b)(?:by|in|cut|to) "
    # "by an eighth" as "by a third"
    rf"(?:about |roughly |around |nearly |almost |over )?(?:a |an |one[- ])?"
    rf"{PART}\b|"
    # "chargebacks down a third"; not "scaled up a third cluster"
    rf"\b(?:down|up) (?:by )?(?:a |an |one[- ])?{PART}\b(?!\s(?!(?:from|on|in|since|over|year|"
    r"versus|vs)\b)[a-z])|"
    rf"\b(?:two|three)-{PARTS}\b|\bby (?:about |roughly |around |nearly |almost |over )?"
    rf"(?:two|three) {PARTS}\b|"
    rf"\b(?:two|three) {PARTS} of\b|\b(?:a|one) (?:third|quarter|fifth|sixth|eighth|tenth|"
    r"twentieth|hundredth|thousandth) of\b|\bone in (?:\d+|a (?:hundred|thousand|million)\b|\w+)\b|"
    # "by ⅓", "cut 3/4 of", "to 1/10": fractions in signs
    r"\b(?:by|to|cut|in|down|up)\s(?:about |nearly |almost |roughly |~)?(?:[½⅓⅔¼¾⅕⅙⅛⅒]|"
    r"[1-9]/(?:[2-9]|10)\b(?!/))|[½⅓⅔¼¾⅕⅙⅛⅒] of\b|\b[1-9]/(?:[2-9]|10) of\b|"
    # "nine in ten", "8 out of 10", "1 in 1,000": a share counted
    r"\b(?:two|three|four|five|six|seven|eight|nine|\d{1,3}) (?:in|out of) (?:three|four|five|six|"
    r"seven|eight|nine|ten|twenty|a hundred|\d{1,3}(?:,\d{3})?)\b(?![.,]?\d)|"
    # a rate of one in many written with "per": "1 per 10,000 units"
    rf"\b(?:1|one) (?:per|out of) (?:{DIGITS}|a (?:hundred|thousand|million)\b)"
    rf"(?!\s(?:[\w-]+\s)?(?:{PEOPLE}|teams?)\b)|"
    r"\bhalf (?:of|the)\b|\bnearly half\b|\bby half\b|\bin half\b|\ba (?:small )?fraction of\b|"
    r"\bby (?:more than|over|nearly|almost|about|roughly|well over|just over) (?:a |one[- ])?"
    rf"{PART}\b|"
    # comparatives: "a third fewer pages", "half as much memory"
    rf"\b(?:a|one|two|three)[- ]{PART}s? (?:fewer|less|more|faster|"
    r"cheaper|shorter|smaller|lower|higher|quicker|larger|bigger)\b|\bhalf as (?:many|much|long|"
    r"often|large|big)\b"
)
AS = r"(?:many|much|fast|often|large|big)"  # "twice as many", "four times as fast"
MULTIPLE = (
    rf"(?:(?:{DIGITS})\s?[-–]\s?)?(?:{DIGITS})\s?(?:x|×)(?![\w])|(?:{DIGITS})[- ]?fold\b|"
    rf"\b(?:{WORDS})[- ]?fold\b|"
    # the sign before: "up ×3", "x10 faster"; not "the x86 build"
    rf"\b(?:by|up)\s[x×](?:{DIGITS})\b|(?<!\w)[x×](?:{DIGITS})\s(?:faster|quicker|cheaper|smaller|"
    r"larger|more|fewer|less|speed-?up|improvement)\b|"
    r"\b(?:doubl|tripl|quadrupl|halv)(?:ed|ing|es)\b|\borders? of magnitude\b|"
    rf"\bby a factor of (?:{NUMBER})|\b(?:by|of|with) (?:{NUMBER}) times\b|"
    # "twice as many", "four times faster", "three times over"
    rf"\btwice (?:as {AS}|the|over)\b|\b(?:{NUMBER}) times (?:as {AS}\b|(?:more|fewer|less|"
    r"faster|quicker|cheaper|smaller|larger|bigger|higher|lower|over|the)\b)|"
    # the multiple after a verb of change: "increased the conversion rate 1.5 times", "grew
    # weekly orders x3"; not how often ("raised it 3 times a week")
    r"\b(?:increased|grew|boosted|raised|multiplied|lifted|expanded|scaled|reduced|cut|"
    r"lowered|decreased|sped up|improved|accelerated) (?:(?!by\b|of\b|with\b)[\w'’-]+ ){0,5}?"
    rf"(?:(?:{NUMBER}) times\b(?!\s(?:a|an|per|each|every|in|over|during)\b)|"
    r"(?<!\w)[x×]\d{1,3}(?:[.,]\d)?\b)"
)
TIME_WORD = (
    r"(?:second|minute|hour|morning|afternoon|evening|night|day|week|fortnight|month|quarter|year)"
)
# a stretch of time in words: "a morning", "three days", "half an hour", "minutes", "a few weeks"
SPAN = (
    rf"(?:(?:(?:a|an|one|a single|half an?|a few|a couple of|several|all|the whole|an entire|"
    rf"{NUMBER})\s)?{TIME_WORD}s?\b|"
    r"(?:seconds|minutes|hours|days|weeks|months)\b)"
)
ONE_STEP = r"(?:an?|one|a single) (?:button press|click|command|keystroke|step)\b"
FREQ = (
    r"(?:hourly|daily|weekly|monthly|quarterly|yearly|annual|real[- ]time|minutes|hours|days|"
    r"overnight|nightly|"
    r"weeks|months)"
)
