"""The kinds of result a quantity can show ("percent", "money", "multiple", "change"...): one
rule each, matched by levelset.proof.quantities after the numbers that are not results; the
words each kind needs (`NEEDS`) are in levelset.proof.result_needs."""

from __future__ import annotations

from levelset.proof.alternatives import Alternatives
from levelset.proof.numbers import ABOUT, CUR_AFTER, CUR_BEFORE, DIGITS, MULT, NUMBER, ROUND, WORDS
from levelset.proof.result_words import (
    ADOPTERS,
    FRACTION,
    FREQ,
    MULTIPLE,
    ONE_STEP,
    PEOPLE,
    QUALITY,
    SPAN,
    TIME_UNIT,
    TIME_WORD,
    VOLUME,
)

_RESULTS: list[tuple[str, str]] = [
    (
        "percent",
        # a range kept whole: "8-12%", "30–40 %"
        # "12 pc" as British papers write it (lower case: "40 PC" are machines)
        rf"(?:(?:{DIGITS})\s?%?\s?[-–]\s?)?(?:{NUMBER})\s?(?:%|percents?\b|per cent\b|pct\b|pp\b|"
        r"(?-i:pc)\b(?!-)|"
        r"percentage points?\b|"
        r"basis points\b|bps\b)|\b(?:three|four|five|six|[3-6]) nines\b",  # "five nines" 99.999%
    ),
    (
        "money",
        rf"{CUR_BEFORE}\s?(?:{DIGITS}){MULT}?\+?|(?:{DIGITS}){MULT}?\s?{CUR_AFTER}|"
        rf"{CUR_BEFORE}\s?(?:{WORDS})\s(?:thousand|million|billion|lakh|crore)|"
        rf"\b(?:{NUMBER})\s{CUR_AFTER}|"  # "forty thousand dollars", "a few thousand euros"
        rf"\b{ROUND} of {CUR_AFTER}|"  # "tens of thousands of dollars"
        # figures counted by their digits: "six figures a year", "a seven-figure contract"
        r"\b(?:five|six|seven|eight|nine|[5-9])[- ]figures?\b|"
        # a scaled figure of a money flow, the currency left out: "2.5B in transaction volume"
        rf"(?:(?:{DIGITS}){MULT}\+?|\b(?:(?:tens|hundreds) of )?(?:thousands|millions|billions))"
        r"\s(?:in|of)\s(?:(?:annual|new|gross|net|recurring|incremental|additional|extra|yearly|"
        r"monthly|cost)\s)*(?:revenue|sales|bookings|gmv|arr|mrr|transaction volume|payment volume|"
        r"payments|pipeline|savings|spend)\b|"
        # a sum said by its size alone after a change in cost: "cut costs by millions a year"
        r"\b(?:cost|costs|spend|bill|savings|revenue|losses|fraud)\b[^.;]{0,25}?\bby\s"
        r"(?:(?:tens|hundreds) of\s)?(?:thousands|millions|billions)\b(?!\s(?:of|more)\b)|"
        r"\b(?:saved|saving|saves|save)\s(?:the\s\w+\s|us\s)?(?:(?:tens|hundreds) of\s)?"
        r"(?:thousands|millions|billions)\b(?!\s(?:of|more)\b)",
    ),
    # a scaled sum in a period, no unit named: "saved half a million a year", "serves 3M a
    # month"; a result only after a verb of saving, earning or serving (quantities._is_result)
    (
        "sum",
        rf"(?:(?<![\d.,])(?:{DIGITS}){MULT}|\b(?:{WORDS}|half a|a quarter of a)\s"
        r"(?:thousand|million|billion))(?=\s(?:a|per|each|every)\s(?:day|week|year|month|quarter)\b)",
    ),
    # "5 × 10⁻⁹", "1.2e-3": read as a result only where it is reached or compared
    # (quantities._is_result); a learning rate is a hyperparameter (not_results)
    (
        "scientific",
        rf"(?:{DIGITS})\s?[×x*]\s?10(?:\^\(?[-−]?\d+\)?|[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)|\b\d+(?:\.\d+)?e[-−]?\d+\b",
    ),
    ("multiple", MULTIPLE),
    # a bound either side: "within +/- 20 units", "± 0.5 °C"
    ("bound", rf"(?:±|\+/-|\+/−|\+-)\s?(?:{DIGITS})"),
    ("fraction", FRACTION),
    (
        "points",
        rf"(?:{NUMBER})[- ]points?\b|(?:{NUMBER})\s(?:bleu|rouge|wer)\b|"
        # points said short after a change: "up 3.4 pts", "+2 pts"; not "40 pts" (patients)
        rf"(?:\b(?:up|down|by|gained|lost|added|improved|of)\s{ABOUT}|[+−](?=\d))(?:{NUMBER})\s?"
        r"pts\b|"
        # "up half a point", "by a full point", "by several points"
        r"\b(?:up|down|by|gained|lost|added)\s(?:half a|a full|a|one and a half|several|a few|"
        r"a couple of)\s(?:percentage\s)?points?\b|"
        # a rating given: "rated 4.8/5", "a score of 9/10"
        r"\b(?:rated|rating of|scored|score of)\s(?:about |~)?\d+(?:\.\d+)?\s?/\s?(?:5|10|100)\b|"
        # stars given: "a 4.6-star average user rating", "rated 4.8 stars"
        r"(?<![\d.,])\b[1-5](?:[.,]\d{1,2})?[- ]?(?:stars?|★)\s(?:(?:average|avg\.?|overall|app|"
        r"user|store|customer|play|google|app store|play store)\s){0,3}(?:ratings?|reviews?)\b|"
        r"\b(?:rated|rating of|average of)\s(?:about |~)?[1-5](?:[.,]\d{1,2})?\s?(?:stars?|★)",
    ),
    (
        "throughput",
        rf"(?:{NUMBER})\s?(?:qps|rps|tps|req/s|/s|requests per second|per second|"
        # a rate in a unit of its own: "10M+ req/day", "5k events/min"
        r"(?:req|reqs|requests|events|msgs|messages|records|rows|docs|tokens|images|queries|jobs|"
        r"orders|writes|reads|predictions|inferences)/(?:s|sec|min|h|hr|day|d)\b|"
        r"messages/second|(?:tbs?|gbs?|pbs?|mbs?|terabytes?|gigabytes?|petabytes?|megabytes?)\b"
        r"(?:\s(?:a|per)\s\w+)?)",
    ),
    (
        "time",
        rf"(?:{NUMBER})\s?(?:ms|milliseconds?|μs|s|secs?|seconds?)\b|"
        rf"(?:{NUMBER})\s(?:(?:working|business|full|person|engineer)[- ])?(?:mins?|minutes?|h|"
        r"hrs?|hours?|days?|weeks?|months?)\b"
        r"(?:\s(?:a|per|each|every)\s(?:day|week|month|quarter|year|run|ticket|page))?|"
        # without a number: "by a week", "a day a week", "to a few minutes a quarter"
        r"\b(?:an?|half an?|a few|a couple of|several|a single|a full|a whole)\s(?:second|minute|"
        r"hour|morning|"
        r"afternoon|day|week)s?\b"
        r"(?:\s(?:a|per|each|every)\s(?:day|week|month|quarter|year))?|"
        # people's time as posts: "saved 2 FTE", "freed three full-time roles"
        rf"(?:{NUMBER})\s?(?:FTEs?|full-time (?:roles|posts|positions|staff))\b|"
        # a latency band reached: "to single-digit milliseconds", "sub-second"
        r"\b(?:single|double)[- ]digit (?:ms|milliseconds|seconds|minutes)\b|"
        r"\bsub-?(?:second|millisecond|minute)\b",
    ),
    ("volume", rf"(?:{NUMBER})\s(?:[\w-]+\s){{0,2}}?(?:\w+-)?(?:{VOLUME})\b"),
    # a scaled count of anything in a period: "scoring 60K+ open deals each week", "40 million
    # embeddings a day", "12,000 refunds a month"; not the author's own workload (not_results)
    ("served", rf"(?<![\d.,])(?:(?:{DIGITS}){MULT}|\d{{1,3}}(?:,\d{{3}})+)\+?\s(?:[\w-]+\s){{0,2}}?"
     r"[a-z][\w-]*\s(?:a|an|per|each|every)\s(?:second|minute|hour|day|night|week|month|"
     r"quarter|year)\b"),
    ("people result", rf"\b(?:promoted|grew) (?:{NUMBER}) (?:[\w-]+ ){{1,3}}?(?:to|into)\b|"
     # "brought two junior analysts from their first query to owning the report"
     rf"\b(?:brought|took|coached|helped) (?:{NUMBER}) (?:[\w-]+ ){{0,2}}?(?:{PEOPLE}|juniors|"
     r"interns|hires|graduates|apprentices) from\b[^.;]{0,60}?\bto\b|"
     # "3 juniors, one now a team lead", "two of them now staff engineers"
     rf"\b(?:{NUMBER})(?: of (?:whom|them))?,? now (?:an? )?(?:[\w-]+ )?(?:lead|manager|director|"
     r"head|principal|staff|senior)s?\b|"
     rf"(?:{NUMBER})(?: of (?:whom|them))?(?:\s[\w-]+){{0,4}}?\s"
     r"(?:promoted|received|became|published|sped|earned|won|passed|got|reached)\b|"
     # a level reached by people grown: "four made senior within a year"
     rf"\b(?:{NUMBER})(?: of (?:whom|them))? (?:made|make) (?:it to )?(?:senior|staff|principal|"
     r"lead|partner|manager|director)\b"),
    # one of the people grown now leads: "two seniors into tech leads; one now runs the squad"
    # (a result only after people named: quantities._is_result)
    ("grown", rf"\b(?:{NUMBER})(?: of (?:whom|them))?,? (?:now|later|since|then) (?:runs?|leads?|"
     r"manages?|heads?|owns?|mentors?|coaches?|teaches?)\s(?:the|a|an|our|their|his|her|its|"
     r"two|three|four)\b"),
    ("people", rf"(?:{NUMBER})\s(?:[\w-]+\s){{0,2}}?(?:{PEOPLE})\b"),
    ("rate", rf"\bby (?:{NUMBER}) (?:a|per) (?:day|week|month|quarter|year)\b"),
    ("times", rf"\b(?:cited|downloaded|used|installed|forked|viewed|starred|run)\b[^.;]{{0,20}}?"
     rf"(?:{NUMBER}) times\b"),
    ("adoption", rf"(?:{NUMBER})\s(?:[\w&-]+\s){{0,2}}?(?:{ADOPTERS})\b"),
    # others counted as they take the work up or gain from it (RULES.md: adoption counted,
    # people who achieved a result): "adopted by its three directors", "both now run",
    # "two of them now review", "35 actuaries finished it", "three utilities integrated"
    ("uptake", rf"\b(?:adopted|used|followed|shared|integrated|read|signed off) by (?:its |their |"
     rf"the |our |all |every )?(?:{NUMBER})|\b(?:both|each|all (?:{NUMBER}|of them|of whom)|"
     rf"(?:{NUMBER}) of (?:whom|them|which))\s(?:now\s|then\s|later\s|each\s)?(?:were\s|was\s|"
     r"have been\s|got\s)?(?:use|uses|run|runs|follow|follows|share|shares|review|reviews|lead|"
     r"leads|published|finished|moved|adopted|integrated|switched|passed|joined|deployed|signed|"
     rf"agreed|approved|promoted|received|earned|won|became|landed)\b|(?:{NUMBER})\s(?:(?!(?:that|which|who|whom|"
     r"we|I|you|they|he|she|how|to|when|where|with|as|for)\b)[\w&'’-]+\s){1,6}?(?:now\s|then\s|"
     r"later\s|each\s|all\s)?(?:use|run|integrated|adopted|"
     r"share|follow|rely on|finished|published|annotated|moved|switched|deploy|downloaded|"
     r"installed|attended|enrolled|signed up|publish to|build on|build against|built on|"
     r"built against|depend on|consume|subscribe to|plug into|report through|train on|"
     r"kept using|keep using|still use|continued (?:using|to use)|stuck with)\b|"
     # a share of units named: "two of the three teams I trained now run their own experiments"
     rf"\b(?:{NUMBER}) of (?:the|our|my|its|their|those|these) (?:{NUMBER}\s)?"
     r"(?:[\w&'’-]+\s){0,2}?"
     rf"(?:{ADOPTERS}|{PEOPLE}|teams?|interns|mentees|juniors|hires|graduates|apprentices|"
     r"trainees)\s(?:(?:I|we)\s\w+\s)?(?:now\s|then\s|later\s|still\s)?(?:were\s)?"
     r"(?:use|uses|run|runs|follow|share|adopted|integrated|switched|moved|deploy|published|"
     r"finished|rely on|build on|kept using|joined|signed|received|promoted|got|earned|won|"
     r"passed|became|landed)\b|"
     # units named after "both" or "all": "both clinics switched", "all 40 stores now use"
     r"\b(?:both|all \d+)\s(?:[\w&-]+\s){1,2}?(?:now\s|then\s)?(?:use|run|switched|moved|"
     r"adopted|share|follow|integrated|deployed|joined)\b"),
    (
        "rank",
        r"\btop (?:decile|quartile|quintile|tercile)\b|"
        # chosen among many: "selected as 1 of 7 teams ... out of 47 teams"
        r"\b(?:selected|chosen|picked|shortlisted)\b[^.;]{0,80}?\bout of \d[\d,]*\s(?:[\w-]+\s)?"
        r"(?:teams|entries|submissions|projects|applicants|candidates|participants|startups)\b|"
        r"(?<![\w#])#\s?[1-9]\d?\s(?:[\w-]+\s){0,2}?(?:app|product|seller|spot|place|position|"
        r"brand|podcast|course|tool|choice|seller)\b|"
        # "propelled the company to #1 in Google": a place reached in a ranking
        r"(?<![\w#])#\s?[1-9]\d?\s(?:in|on|among|across)\b(?=\s(?:the\s)?[A-Z])|"
        # the best of a field counted: "best performance rating of all 50 campuses"
        r"\b(?:best|highest|top|first)\s(?:[\w-]+\s){0,3}?(?:of|among|out of)\s(?:all\s)?"
        r"\d[\d,]*\+?\s(?:[\w-]+\s)?(?:campuses|teams|stores|branches|offices|regions|schools|"
        r"sites|entries|participants|submissions|competitors|agents|reps|representatives)\b|"
        rf"\btop (?:\d+%|{NUMBER})|\b(?:first|second|third|fourth|fifth|\d{{1,3}}(?:st|nd|rd|th))"
        r" (?:place|prize)\b|\b(?:ranked|placed) (?:\d{1,3}(?:st|nd|rd|th)|first|second|third|"
        r"fourth|fifth)\b|\b(?:finished|came) (?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|"
        r"fifth)(?= (?:of|out of|among)\b)|"
        # the work's place among others like it: "became the app's second-largest source of orders"
        r"\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)[- ](?:largest|biggest|highest|"
        r"most[- ]used|most[- ]visited|best[- ]selling|fastest[- ]growing)\b",
    ),
    (
        "count",
        # not "migrated 20+ dashboards": artefacts moved are the work's scope (own_counts.py)
        rf"\b(?:replac|clos|retir|eliminat|remov|resolv|fix|prevent|caught|catch|"
        rf"recover|deprecat|decommission|consolidat|automat)\w*\s(?:about |over |nearly |"
        # a figure glued to letters names a thing: "automatic 6D tooth pose estimation"
        rf"more than |the )?(?:{NUMBER})(?!\s?(?:%|x\b))(?![A-Za-z])",
    ),
    (
        "change",
        rf"\bfrom (?:about |around |over |under |roughly |nearly )?{ABOUT}(?:{CUR_BEFORE}\s?)?"
        # "from a number of sellers to a number of buyers" counts nothing
        # "from every two weeks to daily": a period written with "every"
        rf"(?:(?:every|each) )?(?:{NUMBER}|an?(?! number of\b)|once|twice|{FREQ}\b)"
        r"[^,;]{0,25}?\bto "
        # the figure after "to" marked as about or at most too: "from ~30 to ~5 a week"
        rf"(?:about |around |under |below |over )?{ABOUT}"
        rf"(?:{CUR_BEFORE}\s?)?(?:{SPAN}|(?:several|a few|{NUMBER}) times\b|"
        rf"{NUMBER}(?![-‑][a-z])|an?\b(?! number of\b)|"
        rf"{FREQ}\b|every|once|twice)|"
        rf"(?:{NUMBER})\s?{TIME_UNIT}\b[^,;]{{0,20}}\binstead of\b|"
        # an amount of change in a unit: "cut picking walks by 1,3 km per shift"
        r"\b(?:cut|reduc\w+|lower\w*|shorten\w*|trimm\w+|shrank|shrunk|rais\w+|increas\w+|"
        rf"improv\w+|boost\w*|lift\w*)\b[^.;]{{0,40}}?\bby {ABOUT}(?:{DIGITS})\s?"
        r"(?:km|kms|mi|miles|kg|kgs|t|kt|tonnes?|tons?|kwh|mwh|gwh|kw|mw|l|litres?|liters?|gallons?|"
        r"m|m³|m3|ha|acres|metres?|meters?|cm|mm|g)(?!\w)|"
        # a distance or a weight saved: "saves drivers about 9 km per shift"
        rf"\bsav(?:e|es|ed|ing)\b[^.;]{{0,30}}?{ABOUT}(?:about |roughly |around |nearly |over )?"
        rf"(?:{DIGITS})\s?(?:km|kms|mi|miles|kg|kgs|t|tonnes?|tons?|kwh|mwh|gwh|l|litres?|liters?|"
        r"gallons?|m³|m3|sheets|pages)(?!\w)|"
        # a frequency, then a count: "weekly deploys → 30+ deploys a day"
        rf"\b{FREQ}\s(?:[\w-]+\s)?(?:→|->|=>|⟶)\s?{ABOUT}(?:{NUMBER})|"
        # "2h → 15min", "40 -> 12 per week": a pair with an arrow
        rf"(?!0\s?(?:→|->)\s?1\b)(?:{NUMBER})\s?(?:%|[a-zμ]{{1,4}}\b)?\s?(?:→|->|=>|⟶|➝|➔)\s?"
        rf"{ABOUT}(?:{NUMBER})(?:\s?(?:%|[a-zμ]{{1,4}}\b))?|"
        # "a 30-minute reduction", "a 40-ms improvement": the amount of a change as its attribute
        rf"\b(?:{NUMBER})[- ](?:{TIME_WORD}|ms|millisecond|sec|min|hour|percent|pp|point|"
        r"dollar|euro|pound)[- ](?:[\w-]+\s)?(?:reduction|cut|drop|decrease|saving|savings|"
        r"improvement|speed-?up|gain|increase|lift|uplift|boost)\b|"
        # "double-digit growth", "down to single digits"
        r"\b(?:double|triple)[- ]digit (?:growth|gains?|increases?|improvements?|uplift|lift)\b|"
        r"\b(?:to|into|down to|under) (?:low |the )?(?:single|double)[- ]digits\b|"
        r"\bby (?:single|double|triple)[- ]digits\b|"
        # a day of the month compared: "on the first working day instead of the fifth"
        r"\b(?:first|second|third|fourth|fifth|sixth|seventh|tenth|\d{1,2}(?:st|nd|rd|th))\s"
        r"(?:[\w-]+\s){0,2}?(?:day|week|month|business day)?\s?(?:instead of|rather than|not|"
        r"down from|up from)\s(?:the\s)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
        r"ninth|tenth|twelfth|fifteenth|twentieth|\d{1,2}(?:st|nd|rd|th))\b|"
        # "from same-week to same-day", "from next-day to same-day"
        r"\bfrom (?:same|next)[- ](?:week|day|month) to (?:same|next)[- ](?:day|hour|week)\b|"
        rf"\b(?:up|down) from {ABOUT}(?:{CUR_BEFORE}\s?)?(?:{NUMBER})|"
        # a change by an amount in a unit after "up" or "down": "fuel burn down 0.8 L/100 km"
        rf"\b(?:up|down) (?:by )?{ABOUT}(?:{DIGITS})\s?(?:km|kg|t|kwh|mwh|l|litres?|liters?|g|"
        r"ms|s|min|h|°c|pp)(?:/\d*\s?\w+)?(?!\w)|"
        # the figure before, in brackets: "(was 1 per 1,200)", "(previously > 1 h)"
        rf"\((?:was|previously|formerly|before|before that|from|vs\.?|versus)\s(?:about |around )?"
        rf"{ABOUT}(?:{CUR_BEFORE}\s?)?(?:{NUMBER}|one|a|an)\b[^()]{{0,25}}\)|"
        # clock times compared: "finish before 8 am instead of noon"
        r"\b(?:by|before|at|until|from)\s\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.|h\b)"
        r"[^.;]{0,12}?\b(?:instead of|rather than|not|down from|up from)\s(?:after\s|at\s|by\s)?"
        r"(?:\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.|h\b)|noon|midday|midnight)|"
        # a failure rate before, then after: "used to fail about once a week ... since, twice"
        r"\bused to\s(?:[\w'’-]+\s){1,6}?(?:about\s|around\s|roughly\s)?(?:once|twice|"
        rf"(?:{NUMBER}) times)\s(?:a|an|per|every)\s(?:day|week|month|quarter|year|sprint|release|"
        r"shift|night)\b(?=[^.]{0,120}\b(?:now|since|no longer|today)\b)|"
        rf"\bfrom \w+ to \w+ (?:a|per) \w+|\bfrom (?:seconds|minutes|hours|days|weeks|months) to "
        r"(?:milliseconds|seconds|minutes|hours|days|weeks)\b|"
        r"\bfrom (?:one|a single) \w+ to (?:\w+)\b|"
        r"\bin (?:seconds|minutes|hours|days) (?:rather than|instead of) \w+|"
        # "one meeting now, not three", "one evaluation harness instead of five"
        rf"\b(?:{NUMBER}|a single|every|once|twice)\s(?:[\w'’-]+\s){{0,3}}?(?:now|today)?,?\s?(?:"
        r"instead of|rather than|not|down from|up from|compared with|versus|vs\.?)\s(?:the\s)?(?:"
        rf"usual\s|previous\s|old\s|former\s)?(?:{NUMBER}|once|twice)\b"
        rf"(?:\s(?:a|an|per|every)\s{TIME_WORD}\b)?|"
        # durations compared in words: "in minutes, not days", "in an hour instead of three days"
        rf"\b(?:in|within|under|takes?|took|needs?) (?:the )?{SPAN},? (?:rather than|instead of|"
        r"not|versus|vs\.?) "
        rf"(?:in |within )?(?:the )?(?:usual |same |next |following )?{SPAN}|"
        # "what took a morning is now a button press", "used to take a week now run overnight"
        rf"\b(?:took|takes|used to take|needed|lasted)\s{SPAN}\b[^.;]{{0,40}}?\bnow\s(?:takes?\s|"
        r"runs?\s|is\s|are\s|needs?\s|happens?\s|finish(?:es)?\s|arrives?\s)?(?:in\s|under\s)?"
        rf"(?:{SPAN}|overnight|instantly|{ONE_STEP})|"
        # "the same day instead of at the end of term"
        r"\b(?:the\s)?(?:same|next)[- ](?:day|morning|week|hour)\b[^.;]{0,15}?\b(?:instead of|"
        r"rather than)(?:(?:\s[\w'’-]+){1,6}?(?=\s*(?:[.,;:)]|$))|(?:\s[\w'’-]+){1,2})|"
        # "turned a two-day manual restore into a single command"
        rf"\b(?:turned|made|brought|cut|reduced|shrank|collapsed)\s(?:a|an|the)\s(?:{NUMBER})[- ]"
        rf"{TIME_WORD}s?\b[^.;]{{0,30}}?\b(?:into|to)\s(?:{SPAN}|{ONE_STEP}|(?:an?\s)?(?:{NUMBER})"
        rf"[- ]{TIME_WORD}\b)|"
        # "replaced a three-day manual audit with a two-hour check"
        rf"\breplac\w+\s(?:a|an|the)\s(?:{NUMBER})[- ]{TIME_WORD}s?\b[^.;]{{0,40}}?\bwith\s(?:a|an|"
        rf"one|a single)\s(?:(?:{NUMBER})[- ]{TIME_WORD}\b|{SPAN}|{ONE_STEP}|same-day|overnight)|"
        # the same measure of two things compared: "from 4-week releases to 1-week releases", "a
        # 200-line config into a 20-line one", "the 3-day offsite into a half-day session"
        rf"\b(?:{NUMBER})[- ](?P<unit>[a-z]+)\b[^.;]{{0,40}}?\b(?:to|into|instead of|rather than)\s"
        r"(?:a\s|an\s|the\s|just\s|only\s)?(?:a\s)?"
        rf"(?:{NUMBER}|half)[- ](?P=unit)\b|"
        # "a three-day job is now done before lunch"
        rf"\b(?:an?|the)\s(?:{NUMBER})[- ]{TIME_WORD}s?\b[^.;]{{0,30}}?\b(?:is|are)\s(?:now|today)"
        r"\s(?:done|finished|ready|over|complete|takes?|runs?)\b",
    ),
    # none left of a harm counted: "zero lost-time injuries in 18 months", "0 sev-1 incidents"
    # sales leads brought in: "generated 200+ qualified leads" (not "three tech leads")
    (
        "leads",
        rf"(?:{NUMBER})\s(?:[\w-]+\s)?(?:qualified|sales|inbound|marketing)\s(?:[\w-]+\s)?"
        r"leads\b",
    ),
    (
        "zero",
        r"\b(?:zero|0)\s(?:[\w-]+\s){0,2}?(?:injuries|incidents|outages|defects|errors|breaches|"
        r"findings|escapes|sev-?\d+s|p\ds|accidents|complaints|failures|data loss|downtime|"
        r"regressions|rollbacks|chargebacks|write-offs|stockouts)\b|"
        # "brought queue time to near zero"; the author's own team's attrition is no result
        # "cut pages to a handful a month", "complaints down to almost none"
        r"\b(?:to|down to) (?:almost |nearly |virtually |practically )?(?:none|nil|a handful)\b"
        r"(?! of\b)|"
        r"(?<!attrition )(?<!turnover )\b(?:to|down to) (?:near[- ]|almost |nearly |effectively |"
        r"practically |virtually )?"
        # not "zero-downtime" nor "zero trust"; "fell to zero over the last year" is
        r"zero\b(?!-)(?!\s(?!(?:over|in|for|by|within|since|after|across|during|and|on|at|from|"
        r"this|last|every|each|per|through|throughout|while|without|with|when|before|until)\b)"
        r"[a-z])",
    ),
    (
        # a rating others gave: "Received student ratings of 4.5/5", "rated 9/10 by users"
        "rating",
        r"\b(?:ratings?|rated|scores?|scored|reviews?|CSAT|NPS|satisfaction)\b[^.;]{0,25}?"
        r"(?<![\d.])\d(?:\.\d+)?\s?/\s?(?:5|10|100)\b|"
        # a score out of any total: "scoring 309/500 in the audit", "a score of 87/120"
        r"\b(?:scores?|scored|scoring)\s(?:of\s)?(?:about\s|~)?\d+(?:\.\d+)?\s?/\s?\d+\b",
    ),
    (
        "quality",
        rf"\b(?:{QUALITY})\b(?:[^.;]|\.(?=\d)){{0,40}}?\b\d+(?:\.\d+)?\b|"
        rf"\b\d+(?:\.\d+)?%?\s(?:{QUALITY})\b",
    ),
    # a scaled figure reached: "grew the user base to 50k", "until 3 millions"; a result only
    # after a verb of change (quantities._is_result), read last so that a unit named after the
    # figure is read first ("to 5M users")
    # and a count in groups of three, which no year or version is: "grew the list to 55,000"
    (
        "reached",
        rf"\b(?:to|until|up to|down to)\s{ABOUT}(?:(?:{DIGITS}){MULT}|\d{{1,3}}(?:,\d{{3}})+)\+?"
        r"(?![\w-])",
    ),
]  # fmt: skip
RESULTS = [(kind, Alternatives(p)) for kind, p in _RESULTS]
