"""The pool of a bullet draw: the lines levelset's résumé reader gives for the résumé corpus.

scripts/draw_bullets.py draws a labelling batch from this pool (RULES.md, 2026-12-06q). The files
are the rows of tests/corpus/resumes/SOURCES.csv under permissive licences (LICENCES), read from
~/.cache/levelset-corpus/resumes (or $LEVELSET_RESUME_CORPUS) and checked against their SHA-256.
A line is eligible when it has six words or more and at most 400 characters, opens with a letter,
reads as English and holds no address (NOT_BULLET); its split is the bullet corpus's seeded hash
(tests/corpus/bullets_corpus.split_of), never its file's. Lines that are no bullet by their look
(citations, people named by title: NOT_LINE) and lines read at a draw and left out by hand, by
id (LEFT_OUT_BY_BATCH), are kept out by the draw.

A pool can be kept in a file (`pool(..., pool_file)`, outside the repository): the reader's lines
of an earlier run, so that a draw can be made again after the reader has changed.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.corpus.bullets_corpus import split_of  # noqa: E402
from tests.corpus.resumes.measure import corpus_folder, read_file  # noqa: E402

LICENCES = {
    "MIT",
    "MIT (LICENCE.md)",
    "MIT (pyproject.toml)",
    "0BSD",
    "Apache-2.0",
    "CC-BY-3.0",
    "Unlicense",
}
ENGLISH = re.compile(r"\b(?:the|and|to|of|for|with|in|a|an|on|by|using|from)\b", re.I)
NOT_BULLET = re.compile(
    r"https?://|www\.|@\w|\S+\.(?:com|org|io)\b|^\W*(?:skills|languages)\W", re.I
)
# citations, people named by title and labelled lines that are no bullet
NOT_LINE = re.compile(
    r"\((?:19|20)\d\d\)|\b(?:19|20)\d\d[a-z]?[.:]\s|\bProceedings\b|\bJournal\b|\bPreprint\b|"
    r"\bet al\b|\bProf(?:essor|\.)|\bDr\.|\bSupervis(?:or|ed by)\b|\bAdvis(?:or|ed by)\b|"
    r"\bPh\.?D\b|“[^”]+”\.|^[A-Z][\w'’-]+, (?:[A-Z]\.|[A-Z][\w'’-]+,)|"
    r"^(?:Technologies|Specialties|Thesis|Team|Client|Interests|Other|Years of)\b|"
    r"^(?:Passionate|Strong proficiency|Ability to|We |I am |This is )"
)
# Lines read at the draw and left out, by id: not a bullet, a person's name, not English.
LEFT_OUT: dict[str, str] = {
    "392c6e1e0f": "skills",
    "0084c408a9": "company",
    "ea73a2d2ea": "course",
    "87a9c548cc": "course",
    "edfada344c": "names",
    "d038c3f1b3": "certificate",
    "326efb2cfd": "placeholder",
    "3279846e8a": "skills",
    "da059ab682": "course",
    "a4bb055c40": "course",
    "fc30fa3fdc": "company",
    "da70ed69c9": "fragment",
    "cda720c1ef": "course",
    "0fa4a69f88": "list",
    "5781c9e62e": "course",
    "ee9f0be214": "project",
    "b283907bd6": "skills",
    "d5642ccd6e": "project",
    "ebffbeefe6": "skills",
    "a559e2b29c": "project",
    "0c82202ced": "title",
    "1a1f38812b": "fragment",
    "e5706502d5": "list",
    "98244d360e": "company",
    "da9cee8f14": "names",
    "db69ae9976": "project",
    "193b154c9d": "title",
    "66723e4d13": "skills",
    "da823a4ba7": "names",
    "fafd34efda": "product",
    "a667f73fc0": "fragment",
    "3cc307f0f0": "names",
    "961192aa7d": "company",
    "9b19c65cd9": "product",
    "e42fbbee64": "career",
    "ade70ce3e7": "names",
    "150027e71a": "award",
    "9fa22b6ebc": "skills",
    "1fc2ba35b2": "names",
    "eea4ac195e": "heading",
    "827909ac57": "title",
    "94dab1ceb2": "names",
    "7fba42b3bd": "company",
    "6525ef9d7b": "list",
    "d04d505b51": "company",
    "7e215eebfc": "skills",
    "0899c01be5": "course",
    "e2e192ef28": "title",
    "5fbc21d5d5": "skills",
    "376981fc20": "title",
    "1a5f399bb8": "company",
    "67eb509470": "product",
    "8d0cdb6ab3": "course",
    "a73a281f39": "title",
    "d90ab0ad0a": "list",
    "662616550b": "product",
    "4ff729e97a": "heading",
    "6cd9c1d1ea": "project",
    "e2775c8cf8": "programme",
    "a418c7d2fd": "names",
    "e218fed2ac": "product",
    "5b0d623e4a": "names",
    "246837da7d": "names",
    "ee7199e1a7": "company",
    "3ac5bf66aa": "skills",
    "1100fc60ad": "event",
    "5d2328e7e1": "skills",
    "000e06bbba": "programme",
    "0bb3fdb8f3": "product",
    "bb4b55120f": "course",
    "29eb2e5464": "names",
    "e14dac2560": "skills",
    "e0eaec4dfb": "event",
    "7b3f241e62": "skills",
    "bb1ed52d40": "spanish",
    "ae7bd8762d": "project",
    "c5fa1787a5": "fragment",
    "9275aabf18": "skills",
    "9f29565011": "title",
    "b2ba7a28a7": "skills",
}
# Lines of the 2026-12-06r draw read and left out by hand (the same kinds as above).
LEFT_OUT_R: dict[str, str] = {
    "bb85ffd0ab": "title",
    "c1500d8b6c": "names",
    "616dc0dc8e": "project",
    "182c2b2c8c": "project",
    "b769fb43c0": "company",
    "ec65cb5d24": "company",
    "759cbf7c57": "title",
    "4aa7e74f0b": "company",
    "9363803e28": "course",
    "000f566413": "fragment",
    "d3a2361a0b": "course",
    "5fea66e6b1": "programme",
    "d555609020": "project",
    "7d890a9073": "company",
    "1a64e8a32a": "skills",
    "828f0c62e8": "title",
    "78d614155d": "names",
    "81658ec877": "company",
    "db721e942b": "company",
    "5746d7a70b": "course",
    "2f0afab211": "title",
    "3528754f66": "fragment",
    "fb20da9745": "skills",
    "0a617d7f21": "fragment",
    "8542be484c": "names",
    "ea998d8ab8": "title",
    "1817982cf2": "names",
    "7749e97a95": "project",
    "ae1d1200ce": "names",
    "289f2a89ec": "project",
    "dbe0426136": "names",
    "82d5048813": "company",
    "127f910af9": "title",
    "fe0d674a1b": "names",
    "d2c7cfb382": "title",
    "7e5468aaff": "title",
    "20a50ba1d5": "fragment",
    "8fbe61de8e": "title",
    "d932d33f01": "heading",
    "979c682460": "company",
    "43261f8251": "names",
    "ec162334ef": "company",
    "a8b890ffb0": "company",
    "5c69597e44": "fragment",
    "b13379a53c": "summary",
    "15793b99fe": "fragment",
    "6d3965f672": "project",
    "d280d0e8e4": "project",
    "9a09729e75": "skills",
    "d9eeb52850": "skills",
    "dad64c45f2": "summary",
    "b34d2f8cc0": "programme",
    "e8f3d0b2c9": "summary",
    "4d7eab9ce8": "title",
    "e83c64901e": "project",
    "a2eca78fa4": "fragment",
    "6031c9d114": "company",
    "a9af7ef687": "list",
    "95bd2bc46b": "names",
    "4ae6581e0c": "company",
    "70fb261bf6": "summary",
    "196fd4cbc0": "title",
    "7b589bc5e0": "list",
    "a1abbf7d96": "names",
    "7c3073325f": "fragment",
    "fe198805b4": "project",
    "d95b516c4a": "project",
    "81c1d0a3be": "title",
}
# Lines of the 2026-12-06s draw read and left out by hand (the same kinds as above).
LEFT_OUT_S: dict[str, str] = {
    "734c747d6f": "fragment",
    "c8eb6499d3": "heading",
    "1345bbe821": "project",
    "67cc711c6d": "list",
    "378297ad4a": "names",
    "84a5b8dc9f": "names",
    "d04debc3be": "title",
    "77c4f352d7": "heading",
    "b2713cdaf4": "company",
    "b774314240": "skills",
    "4b531a9f19": "fragment",
    "b7037fd271": "company",
    "6c9c66749f": "names",
    "bd34c8408e": "names",
    "2c7a73d2ba": "title",
    "11ad51525b": "summary",
    "ba8135c378": "course",
    "2605c1cdb7": "fragment",
    "1efdca83fa": "names",
    "662951e1ad": "names",
    "ffa9ed00e7": "fragment",
    "80c9dc2818": "names",
    "7a55d34b2d": "fragment",
    "88706e3e58": "project",
    "72c09d23b6": "event",
    "38c8e39abb": "spanish",
    "ac4a37fc09": "names",
    "1d4841bb9c": "project",
    "c6efb3adb9": "product",
    "bb4a5a7ade": "fragment",
    "7406ce4622": "project",
    "30bb358c3b": "list",
    "29d2a70d33": "skills",
    "f326e7d187": "summary",
    "30e6dcdc0e": "names",
    "477cef20e5": "company",
    "3a1b347102": "skills",
    "da9d5cdaee": "course",
    "cd67847536": "title",
    "32688e6d7e": "names",
    "c1ecad2dfc": "title",
    "b69c080a1a": "course",
    "a04172d9f6": "title",
    "dbbefb026d": "project",
    "017bc40daf": "project",
    "08e6a803b9": "names",
    "42df36d4b9": "project",
    "2de29f7589": "project",
    "973a1d3953": "title",
    "8ede428f0b": "fragment",
    "1b662b0eb4": "project",
    "baf1cc836e": "names",
    "8851552ad9": "title",
    "d4dc31528e": "project",
    "ae715050b5": "fragment",
    "ffb177c568": "title",
    "120b1ed57b": "programme",
    "bffb57719e": "fragment",
    "5bc11fb5f4": "skills",
    "7a33bfdd0b": "spanish",
    "ce0db70e23": "names",
    "1bbef1fc57": "project",
    "d37495cf23": "heading",
    "cdfb73aaeb": "fragment",
    "a9c6de49c0": "company",
    "6d9a20e60d": "fragment",
    "9d98297a68": "title",
    "238b23d8e1": "fragment",
    "5f97063ad9": "title",
    "2eb3b15f62": "title",
    "85fb1f4d31": "title",
    "b7c9a809ac": "title",
    "f1eddba0bc": "product",
    "14d6252a15": "title",
    "95e1a3067f": "fragment",
    "7be56eecad": "spanish",
    "64b9ef9df0": "fragment",
    "30bb2fc4ad": "programme",
    "4039ddf9f4": "skills",
    "89a9f70f9d": "names",
    "1d5eabf406": "course",
}
# Batch 2026-12-07t: lines of its draw read at labelling and left out by hand (not bullets,
# names). The draw keeps them (draw_2026-12-07t.jsonl is the draw as made); the batch does not.
LEFT_AT_LABELLING_T: dict[str, str] = {
    "f85df78a75": "fragment",
    "887995fc2c": "heading",
    "f6e0a4c47e": "fragment",
    "6c9cd122c9": "company",
    "efdac1db76": "title",
    "ad805b27ba": "degree",
    "a69ddfb2e4": "fragment",
    "be2227dacb": "project",
    "7e5a465a9b": "fragment",
    "3123ec022c": "title",
    "f17f6b99b7": "title",
    "dac5c3e263": "fragment",
    "06bcb917d3": "project",
    "f15025272a": "title",
    "28b6dd4332": "fragment",
    "971db6efe8": "fragment",
    "9a8de00df8": "summary",
    "15e476c78c": "fragment",
    "b05a03ff1d": "skills",
    "ba103521ed": "skills",
    "c6c4c91e79": "fragment",
    "86bbda9a49": "skills",
    "37eb5f5a42": "summary",
    "73c81be046": "project",
    "dea502c193": "names",
    "67d2f6bc59": "names",
}
# Batch 2026-12-07u: lines of its draw read at labelling and left out by hand (citations and
# lines naming people, paper and project titles, project backgrounds, courses, a degree,
# fragments), as for 2026-12-07t. The draw keeps them; the batch does not.
LEFT_AT_LABELLING_U: dict[str, str] = {
    "86a6555fd3": "degree",
    "715bf23e1d": "summary",
    "af7f61d2d6": "product",
    "0aa3a4ce40": "summary",
    "97ad810e93": "citation",
    "ffaaee4051": "fragment",
    "ccfdb6f57b": "title",
    "0bd5b17517": "citation",
    "4b64d35126": "names",
    "0dc4e45fbc": "summary",
    "30d4e040ae": "citation",
    "d6ce4a2be9": "title",
    "61e04389d1": "title",
    "8881eed42d": "fragment",
    "5140d0daf2": "title",
    "c00955a61a": "citation",
    "d01107ded3": "names",
    "3baf6742a7": "title",
    "7cfe28169f": "course",
    "b3b848d8f8": "product",
    "04735c0f10": "title",
    "c7fb3704fe": "course",
    "f80d4abf84": "names",
    "f2f8e1a9c8": "names",
    "575ac8bc12": "title",
    "7c54874c4e": "names",
}
LEFT_OUT_BY_BATCH = {
    "2026-12-06q": LEFT_OUT,
    "2026-12-06r": LEFT_OUT | LEFT_OUT_R,
    "2026-12-06s": LEFT_OUT | LEFT_OUT_R | LEFT_OUT_S,
    "2026-12-07t": LEFT_OUT | LEFT_OUT_R | LEFT_OUT_S,
    "2026-12-07u": LEFT_OUT | LEFT_OUT_R | LEFT_OUT_S | LEFT_AT_LABELLING_T,
}


def row_id(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:10]


def candidates(
    sources_at_draw: int, splits: tuple[str, ...], first_source: int = 0
) -> list[dict[str, str]]:
    """Every eligible line of the permissive files of `splits` among the first
    `sources_at_draw` rows of SOURCES.csv (from row `first_source` on), in file order, with its
    source."""
    folder = corpus_folder()
    found: list[dict[str, str]] = []
    with (ROOT / "tests/corpus/resumes/SOURCES.csv").open(newline="") as stream:
        for source in list(csv.DictReader(stream))[first_source:sources_at_draw]:
            if source["split"] not in splits or source["licence"] not in LICENCES:
                continue
            path = folder / source["file"]
            if not path.is_file():
                continue
            if hashlib.sha256(path.read_bytes()).hexdigest() != source["sha256"]:
                continue
            try:
                _, texts = read_file(path)
            except Exception as error:  # a file the reader refuses gives no lines
                print(f"{source['file']}: {error}", file=sys.stderr)
                continue
            for raw in texts:
                text = " ".join(raw.split())
                if len(text.split()) < 6 or len(text) > 400 or NOT_BULLET.search(text):
                    continue
                if not ENGLISH.search(text) or not text[:1].isalpha():
                    continue
                found.append(
                    {
                        "id": row_id(text),
                        "text": text,
                        "file": source["file"],
                        "source": f"{source['repository']}:{source['path']}",
                        "repository": source["repository"],
                        "path": source["path"],
                        "commit": source["commit"],
                        "licence": source["licence"],
                        "split": split_of(text),
                    }
                )
    return found


def pool(
    sources_at_draw: int,
    splits: tuple[str, ...],
    pool_file: Path | None = None,
    first_source: int = 0,
) -> list[dict[str, str]]:
    """The candidates, from `pool_file` when an earlier run kept them there, else read (and
    kept in `pool_file` when one is named)."""
    if pool_file and pool_file.is_file():  # the reader's lines kept from an earlier run
        found: list[dict[str, str]] = json.loads(pool_file.read_text(encoding="utf-8"))
        return found
    found = candidates(sources_at_draw, splits, first_source)
    if pool_file:
        pool_file.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
    return found
