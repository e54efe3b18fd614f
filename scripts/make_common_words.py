"""Write src/levelset/proof/common_words.txt.gz: the English words of WordNet 3.0, so the résumé
reader does not take a capitalised common word for a place ("Search" in "Software Engineer,
Google, Search"; "Payments", "Platform", "Growth").

    apt-get install wordnet-base      # Debian's WordNet 3.0 database, /usr/share/wordnet
    python scripts/make_common_words.py [--check]

Kept: every single-word lemma of the noun, verb, adjective and adverb files written in lower
case in at least one synset, of three letters or more ("reading", "bath"); a word WordNet writes
only capitalised ("Manchester", "Boise") is a name, not a common word, and is left out. The
file's first line carries WordNet's notice, which its licence asks every copy to keep.
`--check` compares the shipped file with what the database gives, writing nothing.
"""

from __future__ import annotations

import gzip
import io
import re
import sys
from pathlib import Path

from make_lexicon import NOTICE, WORDNET

OUT = Path(__file__).resolve().parents[1] / "src" / "levelset" / "proof" / "common_words.txt.gz"
_SENSE = re.compile(r"\(.*\)$")  # "galore(ip)": an adjective's position marker


def common_words() -> list[str]:
    """The lower-case single-word lemmas of WordNet's four data files, sorted."""
    found: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (WORDNET / f"data.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):  # the licence at the head of each file
                continue
            fields = line.split()
            for at in range(int(fields[3], 16)):
                word = _SENSE.sub("", fields[4 + 2 * at])
                if word.isalpha() and word.islower() and len(word) >= 3:
                    found.add(word)
    return sorted(found)


def text() -> bytes:
    """The file's bytes: the notice, then a word a line, gzipped with no timestamp."""
    body = f"# {NOTICE}\n" + "\n".join(common_words()) + "\n"
    out = io.BytesIO()
    with gzip.GzipFile(OUT.name, mode="wb", fileobj=out, mtime=0) as stream:
        stream.write(body.encode("utf-8"))
    return out.getvalue()


def main() -> int:
    data = text()
    if sys.argv[1:] == ["--check"]:
        same = OUT.exists() and OUT.read_bytes() == data
        print(f"{OUT.name}: {'equals' if same else 'differs from'} what WordNet gives")
        return 0 if same else 1
    OUT.write_bytes(data)
    print(f"{OUT}: {len(common_words())} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
