"""What came of the work in others' hands: people or teams who took it up, kept using it, or
could do something on their own after it.

"A terminology checker they still use", "every new endpoint since follows the guide", "became
required reading", "the practice spread to web", "who closed their open findings", "until they
could own releases alone" and "nobody has to SSH into prod" state an outcome without a verb of
change; "built pipelines which use Kafka" does not. Each finding is a signal with the bullet's
own words; levelset.proof.signals adds them to the rest and their weights are learned.
"""

from __future__ import annotations

import re

from levelset.patterns import compiled

# peer-reviewed venues of the field named by their short names
_VENUE = (
    r"(?:neurips|nips|icml|iclr|acl|eacl|naacl|emnlp|coling|cvpr|iccv|eccv|kdd|sigir|sigmod|"
    r"vldb|aaai|ijcai|interspeech|icassp|uai|aistats|colt|chi|uist|osdi|sosp|nsdi|eurosys|"
    r"usenix|pldi|popl|icse|fse|wsdm|recsys|miccai|corl|icra|iros)"
)
# people or teams named as users of the work
_USERS = (
    r"engineers|developers|analysts|agents|scientists|researchers|students|clinicians|teachers|"
    r"nurses|technicians|doctors|physicians|pharmacists|operators|executives|reps|staff|"
    r"employees|teams|team|managers|buyers|sellers|planners|underwriters|accountants|marketers|"
    r"designers|support|SRE|sales|finance|ops|operations|legal|HR|customers|clients|users"
)
_RULES: list[tuple[str, str]] = [
    # others go on using the work: "they still use", "every new model since ships on it"
    (
        "uptake:still_used",
        r"\b(?:now|still|since|since then|ever since|all|each|both) (?:[\w-]+ )?"
        r"(?:use[sd]?|rel(?:y|ies) on|follows?|builds? (?:on|against)|publish(?:es)? to|attends?|"
        r"runs? on|ships? (?:on|through)|reads? (?:it|them|from)|opens? (?:it|them)|"
        r"reports? (?:against|on it)|moved|switched|kept using)\b|\bkept (?:using|relying on)\b|"
        # the work named, then the people or teams who use it: "the pricing model the category
        # buyers use", "the matrix that support, SRE and account managers use"; not what a
        # thing uses ("pipelines which use Kafka")
        r"\b(?:that|which|the) (?:[\w,&'’-]+ ){0,5}?(?:" + _USERS + r") (?:now |still |all |"
        r"each |also |then |every day |daily )?(?:use|uses|rely on|relies on|open|opens|read|"
        r"reads|run|runs|follow|follows|work from|plan from|start from|trust)\b",
    ),
    # somebody else acted on it: "who closed their open findings", "they passed", "HR then fixed"
    (
        "uptake:they_acted",
        r"\b(?:who|they|which they|and they) (?:then |later |finally |all |each )?(?:closed|"
        r"cleared|"
        r"fixed|approved|adopted|asked for|signed off|picked it up|took it up|kept using|passed|"
        r"finished|funded|renewed|rolled it out|made it)\b",
    ),
    # the work became a reference: "became the standard", "required reading", "the default"
    (
        "uptake:became_standard",
        r"\b(?:became|becomes|become|is now|are now|was made|made it) (?:the |a |our |their )?"
        r"(?:[\w-]+ )?(?:standard|default|norm|reference|required reading|go-to|template|"
        r"baseline|blueprint|model for)\b|\brequired reading\b|\b(?:it|which|that|this) became\b",
    ),
    # taken up or approved elsewhere: "spread to web", "adopted by", "the board approved"
    (
        "uptake:taken_up",
        r"\b(?:spread to|rolled out to|taken up by|picked up by|adopted by|used (?:by|across)|"
        r"approved|renewed|signed off|accepted (?:by|at|into|for)|merged (?:into|upstream)|"
        r"shipped in (?:the )?(?:next|following) release|went into production|"
        r"reached production)\b",
    ),
    # people able to do something on their own after it
    (
        "uptake:on_their_own",
        r"\buntil (?:they|he|she|the \w+) (?:could|were able to|can)\b|\b(?:on their own|"
        r"themselves|without (?:calling|asking|waiting for|help from|engineering))\b|"
        r"\b(?:nobody|no one|none of (?:us|them)) (?:\w+ )?(?:has|have|had|needs?|needed) to\b",
    ),
    # a piece of work brought to its end for others: "closed all findings", "cleared the backlog"
    (
        "uptake:cleared",
        r"\b(?:closed|cleared|resolved|passed) (?:all|every|each|the|their|its) (?:[\w-]+ ){0,2}"
        r"(?:findings|backlog|gaps|audit|audits|review|inspection)\b|\bpassed first time\b",
    ),
    # others judged the work and granted it something: an award, a prize, a competition won,
    # recognition or praise received ("multi-award-winning", "won Techcrunch Disrupt")
    (
        "uptake:recognised",
        r"\b(?:award-winning|awards?|awarded|prizes?|(?:won|wins|winning)"
        r"(?! (?:over|back)\b)(?! (?:\w+ )?(?:buy-in|consensus|agreement|support|trust)\b)|"
        r"earned (?:\w+ )?recognition|recogni[sz]ed (?:by|as|for|with)|"
        r"received (?:\w+ ){0,2}(?:feedback|praise|kudos|recognition)|"
        # chosen by editors or judges: "Selected as a featured article"
        r"selected as (?:a |the )?(?:featured|best|top|winning)\b(?: \w+)?|"
        # a patent an office granted or a firm licensed (RULES.md, outcome); not one filed
        r"(?:granted|issued|awarded) (?:an? |\w+ )?(?:[\w.]+ )?patents?|"
        r"patents? (?:(?:was|were|has been|have been) )?(?:granted|issued|licensed)|"
        # named or thanked before others: "Mentioned in the CTO's all-hands for the outage fix",
        # "Acknowledged for creating an exceptional curriculum", "Nominated once on NashTech's
        # nominated list" (RULES.md: a place on a nominated list is recognition)
        r"(?:mentioned|named|thanked|praised|commended|recogni[sz]ed|highlighted) (?:by name )?"
        r"(?:in|at|during) (?:the |a |an )?(?:[\w'’-]+ ){0,3}?(?:all-hands|all hands|town ?hall|"
        r"keynote)|(?:acknowledged|praised|commended|lauded|rewarded) (?:\w+ )?(?:for|by)|"
        r"nominated (?:once |twice )?(?:on|to) |was rewarded)\b",
    ),
    # a paper accepted by peer review at a named venue (RULES.md: an outcome, band senior at a
    # top venue's main track); reviewing for a venue or a paper still submitted is not
    (
        "uptake:venue_paper",
        r"\b(?:(?:paper|papers|article|work|thesis|theses|publication|poster)\b"
        r"(?:(?!submitted|under review|in submission)[^.;]){0,40}?\b(?:at|in|to|into)\b "
        r"(?:the )?(?:" + _VENUE + r"\b|"
        r"(?:proceedings|journal|transactions|frontiers|annals) (?:of|on|in)\b|"
        # "publication in peer-reviewed scientific journal Emotion"
        r"(?:[\w-]+ ){1,3}(?:conference|journal|symposium)\b)|"
        # a journal named after the words published: "Published in ApJ", "with a publication in
        # Appl. Surf. Sci.", "Published the result of this analysis on Ecological Indicators"
        r"(?:published|publication) (?:in|on) (?!(?:GitHub|Medium|Kaggle|PyPI|npm|Google|"
        r"Apple|Tableau|Power BI|LinkedIn|YouTube|Substack|the\b))(?-i:[A-Z][A-Za-z]+\b)|"
        r"published (?:the |our |my |an? )?(?:[\w-]+ ){0,2}?(?:results?|analysis|findings|"
        r"study|research)\b[^.;]{0,50}?\b(?:in|on) (?-i:[A-Z][a-z]+ [A-Z][a-z]+)|"
        # the work itself shown at a named venue: "Presented at IROS 2023"
        r"(?:presented|published|accepted|appeared) (?:at|in) (?:the )?"
        + _VENUE
        + r"\b|"
        + _VENUE
        + r" \d{4} (?:paper|oral|spotlight|poster)|proceedings of\b)",
    ),
]
RULES = [(name, compiled(p, re.IGNORECASE)) for name, p in _RULES]
# a paper at one of those venues' main tracks (not a workshop): band senior (RULES.md)
_TOP_VENUE = compiled(r"\b" + _VENUE + r"\b(?![^.;]{0,30}\bworkshop)", re.IGNORECASE)
_WORKSHOP = compiled(r"\bworkshop\b", re.IGNORECASE)
# papers the author reviewed or has only submitted were not accepted
# reviewing for a venue or a paper not yet accepted; "peer-reviewed" says it was accepted
_NOT_ACCEPTED = compiled(
    r"\b(?:(?<!peer-)(?<!peer )review\w*|submitt\w*|submission|under review)\b", re.IGNORECASE
)


def uptake_signals(text: str) -> dict[str, str]:
    """Each kind of uptake the bullet states, with the words that state it."""
    found: dict[str, str] = {}
    for name, pattern in RULES:
        match = pattern.search(text)
        if match and not (name == "uptake:venue_paper" and _NOT_ACCEPTED.search(text)):
            found[name] = match.group(0)
    return found


def top_venue_paper(text: str) -> str | None:
    """The words of a paper accepted at a top venue's main track, if the bullet states one."""
    words = uptake_signals(text).get("uptake:venue_paper")
    if words is None or _WORKSHOP.search(text) or not _TOP_VENUE.search(words):
        return None
    return words
