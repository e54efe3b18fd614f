"""Rebuild src/levelset/proof/word_classes.json: who a piece of work reached, and how it changed.

    apt-get install wordnet-base      # Debian's WordNet 3.0 database, /usr/share/wordnet
    python scripts/make_lexicon.py

The bullet scorer reads reach by the kind of people or body a bullet names, not by a fixed
vocabulary: "with the underwriters", "for two insurers", "the county's planners" are reach
whatever the word. The classes come from WordNet 3.0's noun hierarchy (Princeton University;
its licence, which asks that its notice travel with every copy, is kept in the file):

- `role`: kinds of working people (below worker, professional, expert, employee, scientist,
  health professional, official, leader, businessperson, adviser).
- `org`: organisations and bodies (below organisation, institution and governing body) that
  are not a unit of one.
- `unit`: a unit of an organisation (below WordNet's "unit, social unit": team, department,
  division, office, committee), with the words teams use for themselves.
- `client`: customers and clients and their kinds.

Only single words and two-word names are kept, with their plurals; words that name software
as often as people in résumés (worker, driver, operator, agent, model, broker, ...) are left out,
as are words too common to tell anything (people, person, member, group).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
OUT = Path(__file__).resolve().parents[1] / "src" / "levelset" / "proof" / "word_classes.json"
NOTICE = (
    "Word classes derived from WordNet 3.0 (Debian wordnet-base 1:3.0-37) by "
    "scripts/make_lexicon.py. WordNet 3.0 Copyright 2006 by Princeton University. All rights "
    "reserved. THIS SOFTWARE AND DATABASE IS PROVIDED 'AS IS' AND PRINCETON UNIVERSITY MAKES NO "
    "REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, "
    "PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS "
    "FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR "
    "DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER "
    "RIGHTS. The name of Princeton University or Princeton may not be used in advertising or "
    "publicity pertaining to distribution of the software and/or database. Title to copyright in "
    "this software, database and any associated documentation shall at all times remain with "
    "Princeton University and LICENSEE agrees to preserve same."
)


def words(spaced: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(spaced.split())


# (lemma, sense number) of the roots of each class
ROOTS = {
    "role": [
        ("worker", 1),
        ("professional", 1),
        ("expert", 1),
        ("employee", 1),
        ("scientist", 1),
        ("health_professional", 1),
        ("official", 1),
        ("leader", 1),
        ("businessman", 1),
        ("adviser", 1),
        ("executive", 1),
        ("administrator", 3),
    ],
    "org": [("organization", 1), ("institution", 1), ("administration", 1)],
    "unit": [("unit", 3)],
    "client": [("customer", 1), ("client", 1)],
    "person": [("person", 1)],
}
# (lemma, sense number) of the roots of each class of verbs, with all their inflections:
# what changed ("trimmed", "curbed", "shrank") and how people were led ("tutored", "swayed")
VERB_ROOTS = {
    "less": [("decrease", 1), ("decrease", 2), ("reduce", 1)],
    "more": [("increase", 1), ("increase", 2)],
    "better": [("improve", 1), ("improve", 2), ("restore", 1), ("repair", 1)],
    "end": [
        ("end", 2),
        ("eliminate", 1),
        ("eliminate", 2),
        ("prevent", 1),
        ("prevent", 2),
        ("stop", 3),
        ("discontinue", 1),
        ("get_rid_of", 1),
    ],
    "lead": [
        ("supervise", 1),
        ("direct", 1),
        ("direct", 4),
        ("teach", 1),
        ("coach", 1),
        ("mentor", 1),
        ("persuade", 2),
        ("mastermind", 1),
        ("coordinate", 1),
        ("steer", 1),
        ("guide", 3),
    ],
}
# bodies outside a company that WordNet files under buildings or devices first
ADDED = {
    "org": "hospital, airline, municipality, ministry, regulator, lender, carrier, retailer, "
    "insurer, school district, health system, clinic, nonprofit, ngo, charity, utility, county, "
    "telecom, startup, enterprise customer, distributor, supplier, franchisee, dealership",
}
# words that name software as often as people, and the common words of groups that
# levelset.proof.reach already reads in their context ("our team", "for users")
SOFTWARE = words(
    "worker workers driver drivers operator operators agent agents model models broker brokers "
    "server servers master masters runner runners builder builders scheduler schedulers "
    "controller controllers handler handlers monitor monitors reader readers writer writers "
    "parser parsers compiler compilers interpreter interpreters editor editors tester testers "
    "scraper scrapers crawler crawlers router routers manager managers host hosts client "
    "clients service services system systems platform platforms network networks pipeline "
    "pipelines stack stacks cluster clusters pool pools house market markets class classes "
    "cell cells ring rings line lines party parties force forces head heads lead leads "
    "owner owners user users member members people person group groups staff unit units "
    "core base bank banks school branch branches chapter chapters body bodies assistant "
    "assistants player players pilot pilots trainer trainers marker markers mover movers "
    "loader loaders picker pickers sender senders dealer dealers shipper shippers "
    "planner planners designer designers engineer engineers developer developers "
    "programmer programmers architect architects scientist scientists analyst analysts "
    "student students intern interns hire hires mentee mentees report reports "
    "volunteer volunteers professional professionals expert experts team teams "
    "company companies organization organizations organisation organisations "
    "firm firms institution institutions establishment establishments "
    "administration administrations management leadership board boards council councils "
    "committee committees office offices department departments division divisions "
    "government governments agency agencies customer customers partner partners "
    "patron patrons guest guests audience audiences public press record records "
    "world nation nations state states country countries city cities home family "
    "families church class crowd army navy command center centre post posts desk "
    "section sections wing wings arm arms side sides league leagues union unions "
    "circle circles club clubs society strings regular regulars taker takers contributor "
    "contributors individual individuals adult adults peer peers colleague colleagues "
    "candidate candidates newcomer newcomers beginner beginners learner learners mentor "
    "mentors winner winners self selves one ones someone anyone everyone somebody "
    "lab labs store stores pipeline pipelines facility facilities site sites "
    "data center data centers station stations terminal terminals checker checkers "
    "tool tools"
)
# verbs too common in résumés, or too loose in WordNet, to mean a change or a lead ("ran",
# "built", "developed", "completed", "decided" are the work itself)
VERB_STOP = words(
    "run set take make do get go have give put keep move work build show turn bring hold lead "
    "train handle see develop operate learn prepare structure engineer complete finish close "
    "decide fill help point add gather extend advance settle resolve concentrate condition "
    "cross spill drop break fall fly throw sell talk score park dock tree draw stay drill "
    "defend save raise lift mount climb support down up"
)
PLURAL_EXCEPTIONS = {"man": "men", "woman": "women", "person": "people", "staff": "staff"}


def _synsets(pos: str) -> tuple[dict[str, tuple[list[str], list[str]]], dict[str, list[str]]]:
    """(offset -> (words, hyponym offsets)) and (lemma -> synset offsets in sense order)."""
    synsets: dict[str, tuple[list[str], list[str]]] = {}
    for line in (WORDNET / f"data.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        words = [fields[4 + 2 * i] for i in range(count)]
        at = 4 + 2 * count
        pointers = [fields[at + 1 + 4 * i : at + 5 + 4 * i] for i in range(int(fields[at]))]
        below = [p[1] for p in pointers if p[0] == "~" and p[2] == pos[0]]  # no named instances
        synsets[fields[0]] = (words, below)
    index: dict[str, list[str]] = {}
    for line in (WORDNET / f"index.{pos}").read_text(encoding="latin-1").splitlines():
        if not line.startswith("  "):
            fields = line.split()
            index[fields[0]] = fields[-int(fields[2]) :]
    return synsets, index


def _below(synsets: dict[str, tuple[list[str], list[str]]], roots: list[str]) -> set[str]:
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        offset = todo.pop()
        if offset not in seen:
            seen.add(offset)
            todo.extend(synsets[offset][1])
    return seen


def _plural(word: str) -> str:
    head, _, last = word.rpartition(" ")
    if last in PLURAL_EXCEPTIONS:
        form = PLURAL_EXCEPTIONS[last]
    elif last.endswith("man"):
        form = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in tuple("aeiou"):
        form = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x", "z")):
        form = last + "es"
    else:
        form = last + "s"
    return f"{head} {form}".strip()


def _words(
    synsets: dict[str, tuple[list[str], list[str]]], index: dict[str, list[str]], offsets: set[str]
) -> set[str]:
    """The lemmas of `offsets` whose most frequent sense is among them ("fixture", "dose" and
    "john" are not people first), lower-case only (no proper names or acronyms), with plurals."""
    found: set[str] = set()
    for offset in offsets:
        for lemma in synsets[offset][0]:
            lemma = lemma.split("(")[0]
            first = index.get(lemma, [""])[0]
            word = lemma.replace("_", " ")
            plain = word.replace(" ", "").isalpha() and word.count(" ") <= 1 and len(word) > 2
            if lemma.islower() and first in offsets and plain:
                found |= {word, _plural(word)}
    return found - SOFTWARE


def _inflections(verb: str, irregular: dict[str, set[str]]) -> set[str]:
    """A verb's forms: past, third person and -ing, irregular ones from WordNet's verb.exc."""
    if verb.endswith("e"):
        regular = {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and verb[-2:-1] not in tuple("aeiou"):
        regular = {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    elif verb.endswith(("s", "sh", "ch", "x", "z")):
        regular = {verb + "es", verb + "ed", verb + "ing"}
    else:
        regular = {verb + "s", verb + "ed", verb + "ing"}
    head, space, rest = verb.partition(" ")
    if space:  # a phrasal verb inflects its first word: "cut down", "cuts down", "cutting down"
        return {f"{form} {rest}" for form in _inflections(head, irregular)}
    return {verb} | regular | irregular.get(verb, set())


def _verbs() -> dict[str, set[str]]:
    synsets, index = _synsets("verb")
    irregular: dict[str, set[str]] = {}
    for line in (WORDNET / "verb.exc").read_text(encoding="latin-1").splitlines():
        form, base = line.split()[:2]
        irregular.setdefault(base, set()).add(form)
    classes: dict[str, set[str]] = {}
    for name, roots in VERB_ROOTS.items():
        top = [index[lemma][sense - 1] for lemma, sense in roots]
        offsets = set(top) | {o for t in top for o in synsets[t][1]}  # WordNet's verb trees wander
        lemmas = {w.replace("_", " ") for o in offsets for w in synsets[o][0] if w.islower()}
        lemmas = {w for w in lemmas if w.replace(" ", "").isalpha() and w.count(" ") <= 1}
        lemmas = {w for w in lemmas if w.split()[0] not in VERB_STOP}
        classes[name] = {form for w in lemmas if len(w) > 2 for form in _inflections(w, irregular)}
    return classes


def main() -> int:
    if not (WORDNET / "data.noun").exists():
        print(f"{WORDNET} has no WordNet: apt-get install wordnet-base", file=sys.stderr)
        return 2
    synsets, index = _synsets("noun")
    reach = {
        name: _below(synsets, [index[lemma][sense - 1] for lemma, sense in roots])
        for name, roots in ROOTS.items()
    }
    reach["org"] -= reach["unit"]
    classes = {name: _words(synsets, index, offsets) for name, offsets in reach.items()}
    classes["role"] -= classes["client"]
    classes["person"] -= classes["role"] | classes["client"]
    for name, words in ADDED.items():
        classes[name] |= {form for w in words.split(", ") for form in (w, _plural(w))}
    classes["org"] -= classes["unit"] | classes["role"]
    verbs = {f"verb:{name}": sorted(words) for name, words in _verbs().items()}
    data = {"notice": NOTICE, **{name: sorted(words) for name, words in classes.items()}, **verbs}
    OUT.write_text(json.dumps(data, indent=0, ensure_ascii=True) + "\n", encoding="utf-8")
    sizes = ", ".join(f"{name} {len(words)}" for name, words in classes.items())
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB: {sizes})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
