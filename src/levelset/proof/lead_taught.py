"""Teaching others, said without a leading verb: "Provided English lessons to Japanese
professionals", "Gave weekly lectures", "Teaching Summer School Spanish", "serve as instructor
at", "Conducted scheduled office hours", "Held practicum", "Introducing fundamentals of PCR",
"Guiding high school students to apply", "Improved 123 students' SAT scores", "Designed
training program for item writers". RULES.md counts teaching a course, recitations, a lab's
fundamentals or a sport's drills, and office hours and lectures for a course, as leading
(teaching others); a teaching assistant's title alone and "taught robots to" are not.
levelset.proof.lead reads it as the signal lead:taught.
"""

from __future__ import annotations

import re

from levelset.patterns import compiled

_LEARNERS = (
    r"(?:students|pupils|learners|undergrad(?:uate)?s|children|kids|teens|adults|trainees|"
    r"apprentices|mentees|interns|juniors|newcomers|professionals|staff|volunteers|cadets)"
)
TAUGHT = compiled(
    # lessons, lectures or classes given: "Provided English lessons", "Gave weekly lectures"
    r"\b(?:provid|gave|giv|offer|deliver|prepar(?:ed|es|e|ing) and (?:deliver|gave|taught))"
    r"(?:ed|es|e|ing|s)? (?:[\w'’-]+ ){0,3}?(?:lessons|lectures|classes|tutoring|instruction|"
    r"tuition|recitations)\b|"
    # teaching named, not as a title ("teaching assistant") nor machines taught
    r"\b(?:taught|teach|teaches|teaching)\b(?!\s(?:assistant|assistants|assistantships?|"
    r"fellow(?:ship)?s?|robots?|models?|machines?|computers?|agents?|networks?|itself|myself|"
    r"me|us|certificate|experience|philosophy|statement|award)\b)(?!-)|"
    # a teacher's post held for others: "serve as instructor at", "teacher serving Juniors"
    r"\b(?:serv|act|work)(?:ed|es|e|ing|s)? as (?:an? |the )?(?:[\w-]+ ){0,2}?(?:instructor|"
    r"teacher|tutor|lecturer|trainer)\b|\b(?:teacher|instructor|lecturer) (?:serving|for|of) "
    r"(?:[\w-]+ ){0,3}?(?:students|classes|juniors|seniors|grades?|sections?)\b|"
    # office hours, practicums and recitations held for a course
    r"\b(?:conduct|held|hold|host|ran|run|led|lead|taught|teach)(?:ed|s|ing)? (?:[\w-]+ ){0,2}?"
    r"(?:office hours|practicums?|practica|recitations?|lab sections?|tutorials? sections?|"
    r"review sessions|study sessions)\b|"
    # a lab's or a subject's fundamentals introduced to others
    r"\bintroduc(?:ed|es|e|ing) (?:the )?(?:fundamentals|basics|principles) of\b|"
    # learners guided or their results raised: "Guiding ... high school students to apply"
    rf"\bguid(?:e|ed|es|ing) (?:[\w,'’-]+ ){{0,5}}?{_LEARNERS}\b|"
    rf"\b(?:improv|rais|lift|boost)(?:ed|es|e|ing) (?:[\d,]+ |my |their |the )?(?:[\w-]+ )?"
    r"(?:students|pupils|learners)['’] (?:[\w-]+ )?(?:scores|grades|results|marks)\b|"
    # a training programme designed for others: "Designed training program for item writers"
    r"\b(?:design|creat|develop|buil)(?:ed|t|s|ing)? (?:a |an |the )?(?:[\w-]+ ){0,2}?"
    r"(?:training|onboarding|mentoring|mentorship) (?:program(?:me)?s?|curricul(?:um|a)|"
    r"courses?|plans?) for\b",
    re.IGNORECASE,
)
