"""The draws of scripts/make_title_sample.py: each draw's thresholds, the bytes of the hash it
reads, which draws hold a third (or nothing) out, and the order they were made in, which says
which corpus files each draw left out; see make_title_sample.py's head for the sources."""

from __future__ import annotations

# a title is kept when the first byte (datajobs) or the first two bytes (datajobs24, ten times
# the titles) of its SHA-256 are below its class's threshold: ML and software titles more often
# than the data analysts that fill the files
THRESHOLDS = {
    "Machine Learning Engineer": 40,
    "Software Engineer": 20,
    "Cloud Engineer": 20,
    "Data Scientist": 3,
    "Senior Data Scientist": 3,
    "Data Engineer": 3,
    "Senior Data Engineer": 3,
    "Data Analyst": 2,
    "Senior Data Analyst": 2,
    "Business Analyst": 2,
}
THRESHOLDS_24 = {
    "Machine Learning Engineer": 3072,
    "Software Engineer": 768,
    "Cloud Engineer": 1024,
    "Data Scientist": 256,
    "Senior Data Scientist": 256,
    "Data Engineer": 256,
    "Senior Data Engineer": 256,
    "Data Analyst": 128,
    "Senior Data Analyst": 128,
    "Business Analyst": 128,
}

# the second draw reads bytes 3-4 of the hash, so it is independent of the first (bytes 1-2)
THRESHOLDS_24B = {
    "Machine Learning Engineer": 2048,
    "Software Engineer": 512,
    "Cloud Engineer": 768,
    "Data Scientist": 128,
    "Senior Data Scientist": 128,
    "Data Engineer": 128,
    "Senior Data Engineer": 128,
    "Data Analyst": 64,
    "Senior Data Analyst": 64,
    "Business Analyst": 64,
}
# JobBERT has no class of its own (title_sources.TECH_WORD): a title with a word of the tech
# trades is drawn nine times as often as the rest (cooks, clerks, drivers), which stay in to
# test that none is read as tech
THRESHOLDS_JOBBERT = {"tech": 1100, "other": 120}
# a second draw of the JobBERT titles, by bytes 3-4 of the hash
THRESHOLDS_JOBBERT_B = {"tech": 800, "other": 80}
# a second draw of the 2023 postings, by bytes 3-4 of the hash like datajobs24b
THRESHOLDS_B = {
    "Machine Learning Engineer": 4096,
    "Software Engineer": 2048,
    "Cloud Engineer": 4096,
    "Data Scientist": 160,
    "Senior Data Scientist": 160,
    "Data Engineer": 160,
    "Senior Data Engineer": 160,
    "Data Analyst": 96,
    "Senior Data Analyst": 96,
    "Business Analyst": 96,
}
# third draws (titles): bytes 5-6 of the hash, independent of the earlier draws' bytes
THRESHOLDS_24C = {
    "Machine Learning Engineer": 1536,
    "Software Engineer": 384,
    "Cloud Engineer": 512,
    "Data Scientist": 96,
    "Senior Data Scientist": 96,
    "Data Engineer": 96,
    "Senior Data Engineer": 96,
    "Data Analyst": 48,
    "Senior Data Analyst": 48,
    "Business Analyst": 48,
}
THRESHOLDS_JOBBERT_C = {"tech": 1000, "other": 60}
# fourth draws (mk-titles): bytes 7-8 of the hash, independent of every earlier draw's bytes
THRESHOLDS_24D = dict(THRESHOLDS_24C)
THRESHOLDS_JOBBERT_D = {"tech": 700, "other": 40}
# fifth draws (mk-titles, second batch): bytes 9-10 of the hash
THRESHOLDS_24E = dict(THRESHOLDS_24C)
THRESHOLDS_JOBBERT_E = {"tech": 700, "other": 40}
# sixth draw (titles, 2026-12-06): bytes 11-12 of the hash
THRESHOLDS_JOBBERT_F = {"tech": 700, "other": 40}
# a sixth draw of the 2024 postings (titles, second session of 2026-12-06): bytes 13-14 of the
# hash, software, ML and cloud titles (those that name a team after a dash or comma) drawn more
# often; all of it tuning (the held-out parts stay as they were)
THRESHOLDS_24F = {
    "Machine Learning Engineer": 2048,
    "Software Engineer": 1024,
    "Cloud Engineer": 1024,
    "Data Scientist": 64,
    "Senior Data Scientist": 64,
    "Data Engineer": 64,
    "Senior Data Engineer": 64,
    "Data Analyst": 24,
    "Senior Data Analyst": 24,
    "Business Analyst": 24,
}
# a seventh draw (mk-titles, fourth session of 2026-12-06): bytes 17-18 of the hash, the sixth
# draw's thresholds; all tuning, drawn because the tuning parts were nearly all read right
THRESHOLDS_24G = dict(THRESHOLDS_24F)
# an eighth, drawn after the seventh's rules to check that they carry: bytes 19-20 of the hash,
# half the seventh's thresholds; all tuning
THRESHOLDS_24H = {kind: n // 2 for kind, n in THRESHOLDS_24F.items()}
TUNING_ONLY = ("datajobs24f", "datajobs24g", "jobberti", "datajobs24h")
# a ninth draw of the 2024 postings (mk-titles, fifth session): bytes 21-22 of the hash, five
# times the sixth draw's thresholds for the ML, software and cloud engineers (job-board forms:
# glued words, ladder codes, teams after a dash or comma), twice for the rest; a third held out
THRESHOLDS_24I = {
    kind: n * 5 if "Engineer" in kind and "Data" not in kind else n * 2
    for kind, n in THRESHOLDS_24F.items()
}
# a seventh JobBERT draw (titles, third session of 2026-12-06): bytes 13-14 of the hash
THRESHOLDS_JOBBERT_G = {"tech": 700, "other": 40}
# an eighth, drawn after the seventh's rules: bytes 15-16 of the hash
THRESHOLDS_JOBBERT_H = {"tech": 700, "other": 40}
# a ninth, all tuning, drawn with datajobs24g: bytes 17-18 of the hash
THRESHOLDS_JOBBERT_I = {"tech": 500, "other": 30}
# a tenth, drawn with datajobs24i: bytes 21-22 of the hash; a third held out, set aside unread
# (labelled later, blind, as heldout_jobbertj and heldout_datajobs24i: mk-fresh)
THRESHOLDS_JOBBERT_J = {"tech": 1400, "other": 60}
# a tenth draw of the 2024 postings (mk-titles, sixth session): bytes 23-24 of the hash, the
# ninth draw's thresholds, a third held out
THRESHOLDS_24J = dict(THRESHOLDS_24I)
# an eleventh draw of the 2024 postings (mk-titles, seventh session): bytes 25-26 of the hash,
# half the ninth draw's thresholds; a third held out, both parts labelled before any run
THRESHOLDS_24K = {kind: n // 2 for kind, n in THRESHOLDS_24I.items()}
# a twelfth (mk-titles, eighth session): bytes 27-28 of the hash, the eleventh draw's thresholds;
# a third held out, both parts labelled by hand before any run
THRESHOLDS_24L = dict(THRESHOLDS_24K)
# a thirteenth (m13, ninth session): bytes 29-30 of the hash, the eleventh draw's thresholds; a
# third held out, both parts labelled by hand before any run, drawn after this session's rules
THRESHOLDS_24M = dict(THRESHOLDS_24K)
# a fourteenth (m13, later the same session): bytes 31-32 of the hash (the last two), the same
# thresholds, drawn after the thirteenth draw's rules; a third held out, labelled before any run
THRESHOLDS_24N = dict(THRESHOLDS_24K)
# a fifteenth (titles, tenth session): every byte of the title's SHA-256 was read by an earlier
# draw, so this one reads the first two bytes of SHA-256 of "datajobs24o:" and the title (KEYED),
# a hash no earlier draw read, against the eleventh draw's thresholds; split in halves by the
# lowest bit of its last byte (0 tuning, 1 held out; it is not in THIRDS)
THRESHOLDS_24O = dict(THRESHOLDS_24K)
# company boards of AI companies (titles13, eleventh session): the first two bytes of SHA-256 of
# "boards:" and the title (KEYED); a title with a word of the tech trades drawn three times as
# often as the rest (sales, legal, finance), which stay in to test none is read as tech; split in
# halves like datajobs24o
THRESHOLDS_BOARDS = {"tech": 7200, "other": 2400}
# a second draw of those boards (titles13, after the first draw's rules): SHA-256 of "boardsb:"
# and the title, the same thresholds, split in halves
THRESHOLDS_BOARDS_B = dict(THRESHOLDS_BOARDS)
# a third draw of those boards (t-titles, twelfth session, after the second draw's rules):
# SHA-256 of "boardsc:" and the title, the same thresholds, split in halves
THRESHOLDS_BOARDS_C = dict(THRESHOLDS_BOARDS)
KEYED = ("datajobs24o", "boards", "boardsb", "boardsc")
# an eleventh JobBERT draw (titles, tenth session, with datajobs24o): bytes 23-24 of the hash
# (no JobBERT draw read them), split in halves like datajobs24o
THRESHOLDS_JOBBERT_K = {"tech": 600, "other": 30}
# usajobs8 keeps a title whose fifth byte of the hash is under this
THRESHOLD_USAJOBS8 = 40
# usajobs9, drawn after usajobs8's rules, keeps a title whose sixth byte of the hash is under this
THRESHOLD_USAJOBS9 = 40
# the first draw (usajobs2) took every title whose hash opens with a byte under 48; this one
# takes those whose second byte is under 56
THRESHOLD_USAJOBS4 = 56
# the third (usajobs5) takes those whose third byte is under 40
THRESHOLD_USAJOBS5 = 40
# a third of each new draw is held out (the last byte of the hash modulo 3 is 0)
THIRDS = (
    "datajobs24b",
    "jobbert",
    "datajobsb",
    "jobbertb",
    "datajobs24c",
    "jobbertc",
    "usajobs4",
    "datajobs24d",
    "jobbertd",
    "usajobs5",
    "datajobs24e",
    "jobberte",
    "jobbertf",
    "jobbertg",
    "usajobs8",
    "jobberth",
    "usajobs9",
    "datajobs24i",
    "jobbertj",
    "datajobs24j",
    "datajobs24k",
    "datajobs24l",
    "datajobs24m",
    "datajobs24n",
)


# the corpus files each source's sample was drawn after: its own and later ones left out, so
# the sample is drawn again the same
NEW = ("datajobs24b", "jobbert", "datajobsb")
THIRD = ("datajobs24c", "jobbertc", "usajobs4")  # drawn together, none left out for another
FOURTH = ("datajobs24d", "jobbertd", "usajobs5")  # drawn together (mk-titles)
FIFTH = ("datajobs24e", "jobberte")  # drawn together after the fourth draws' rules
SIXTH = ("jobbertf",)  # drawn after the fifth draws' rules (titles)
SEVENTH = ("datajobs24f",)  # tuning only, drawn after the sixth draws' rules
EIGHTH = ("jobbertg", "usajobs8")  # drawn together (titles, third session)
NINTH = ("jobberth", "usajobs9")  # drawn together after the eighth draws' rules
TENTH = ("datajobs24g", "jobberti")  # drawn together, all tuning (mk-titles, fourth session)
ELEVENTH = ("datajobs24h",)  # drawn after the tenth draws' rules, all tuning
TWELFTH = ("datajobs24i", "jobbertj")  # drawn together (mk-titles, fifth session)
# a tenth draw of the 2024 postings (mk-titles, sixth session): bytes 23-24 of the hash, the
# ninth draw's thresholds; a third held out, labelled by hand before any row was run
THIRTEENTH = ("datajobs24j",)
FOURTEENTH = ("datajobs24k",)  # mk-titles, seventh session
FIFTEENTH = ("datajobs24l",)  # mk-titles, eighth session
SIXTEENTH = ("datajobs24m",)  # m13, ninth session
SEVENTEENTH = ("datajobs24n",)  # m13, after the thirteenth draw's rules
EIGHTEENTH = ("datajobs24o",)  # titles, tenth session, before its rules
NINETEENTH = ("jobbertk",)  # titles, tenth session, after datajobs24o was labelled
TWENTIETH = ("boards",)  # titles13, eleventh session, a new source
TWENTY_FIRST = ("boardsb",)  # titles13, after the first board draw's rules
TWENTY_SECOND = ("boardsc",)  # t-titles, after the second board draw's rules
# the draws in the order they were made: a draw leaves out every corpus file but its own group's
# and the later groups' (a group was drawn together, none left out for another), so each sample
# is drawn again the same. datajobs24b and jobbert came before datajobsb, which came before
# jobbertb. (A hand-written list per draw left datajobs24h out of three of them.)
ORDER = (
    ("datajobs",),
    ("datajobs24",),
    ("datajobs24b", "jobbert"),
    ("datajobsb",),
    ("jobbertb",),
    THIRD,
    FOURTH,
    FIFTH,
    SIXTH,
    SEVENTH,
    EIGHTH,
    NINTH,
    TENTH,
    ELEVENTH,
    TWELFTH,
    THIRTEENTH,
    FOURTEENTH,
    FIFTEENTH,
    SIXTEENTH,
    SEVENTEENTH,
    EIGHTEENTH,
    NINETEENTH,
    TWENTIETH,
    TWENTY_FIRST,
    TWENTY_SECOND,
)
LATER = {
    name: tuple(later for group in ORDER[at:] for later in group)
    for at, names in enumerate(ORDER)
    for name in names
}


def drawn(digest: bytes, name: str) -> int:
    if name == "datajobs":
        return digest[0]
    if name == "usajobs4":
        return digest[1]
    if name == "usajobs5":
        return digest[2]
    if name in ("datajobs24d", "jobbertd"):
        return int.from_bytes(digest[6:8])
    if name in ("datajobs24e", "jobberte"):
        return int.from_bytes(digest[8:10])
    if name == "jobbertf":
        return int.from_bytes(digest[10:12])
    if name in ("datajobs24f", "jobbertg"):
        return int.from_bytes(digest[12:14])
    if name == "usajobs8":
        return digest[4]
    if name == "usajobs9":
        return digest[5]
    if name == "jobberth":
        return int.from_bytes(digest[14:16])
    if name in ("datajobs24g", "jobberti"):
        return int.from_bytes(digest[16:18])
    if name == "datajobs24h":
        return int.from_bytes(digest[18:20])
    if name in ("datajobs24i", "jobbertj"):
        return int.from_bytes(digest[20:22])
    if name == "datajobs24j":
        return int.from_bytes(digest[22:24])
    if name == "datajobs24k":
        return int.from_bytes(digest[24:26])
    if name == "datajobs24l":
        return int.from_bytes(digest[26:28])
    if name == "datajobs24m":
        return int.from_bytes(digest[28:30])
    if name == "datajobs24n":
        return int.from_bytes(digest[30:32])
    if name == "jobbertk":
        return int.from_bytes(digest[22:24])
    if name in KEYED:  # the digest of the keyed hash (make_title_sample.sample)
        return int.from_bytes(digest[:2])
    if name in ("datajobs24c", "jobbertc"):
        return int.from_bytes(digest[4:6])
    later = ("datajobs24b", "datajobsb", "jobbertb")
    return int.from_bytes(digest[2:4] if name in later else digest[:2])


def threshold(name: str, kind: str) -> int:
    table = {
        "datajobs": THRESHOLDS,
        "datajobs24": THRESHOLDS_24,
        "datajobs24b": THRESHOLDS_24B,
        "jobbert": THRESHOLDS_JOBBERT,
        "datajobsb": THRESHOLDS_B,
        "jobbertb": THRESHOLDS_JOBBERT_B,
        "datajobs24c": THRESHOLDS_24C,
        "jobbertc": THRESHOLDS_JOBBERT_C,
        "usajobs4": {"series": THRESHOLD_USAJOBS4},
        "datajobs24d": THRESHOLDS_24D,
        "jobbertd": THRESHOLDS_JOBBERT_D,
        "datajobs24e": THRESHOLDS_24E,
        "jobberte": THRESHOLDS_JOBBERT_E,
        "jobbertf": THRESHOLDS_JOBBERT_F,
        "datajobs24f": THRESHOLDS_24F,
        "usajobs5": {"series": THRESHOLD_USAJOBS5},
        "jobbertg": THRESHOLDS_JOBBERT_G,
        "usajobs8": {"series": THRESHOLD_USAJOBS8},
        "jobberth": THRESHOLDS_JOBBERT_H,
        "usajobs9": {"series": THRESHOLD_USAJOBS9},
        "datajobs24g": THRESHOLDS_24G,
        "jobberti": THRESHOLDS_JOBBERT_I,
        "datajobs24h": THRESHOLDS_24H,
        "datajobs24i": THRESHOLDS_24I,
        "jobbertj": THRESHOLDS_JOBBERT_J,
        "datajobs24j": THRESHOLDS_24J,
        "datajobs24k": THRESHOLDS_24K,
        "datajobs24l": THRESHOLDS_24L,
        "datajobs24m": THRESHOLDS_24M,
        "datajobs24n": THRESHOLDS_24N,
        "datajobs24o": THRESHOLDS_24O,
        "jobbertk": THRESHOLDS_JOBBERT_K,
        "boards": THRESHOLDS_BOARDS,
        "boardsb": THRESHOLDS_BOARDS_B,
        "boardsc": THRESHOLDS_BOARDS_C,
    }[name]
    return table.get(kind, 0)
