"""English common words (WordNet 3.0), which the résumé reader does not take for places."""

from __future__ import annotations

import gzip
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from levelset.proof.common_words import all_common, is_common_word

ROOT = Path(__file__).resolve().parents[2]


def test_common_words_and_their_plurals_are_known() -> None:
    assert is_common_word("Search") and is_common_word("Payments") and is_common_word("Cities")
    assert not is_common_word("Manchester")  # WordNet writes it only capitalised: a name
    assert not is_common_word("Walldorf")


def test_a_name_with_one_word_that_is_no_common_word_is_not_all_common() -> None:
    assert all_common("Medical Affairs")
    assert not all_common("Lake Oswego")
    assert not all_common("")


def test_the_word_list_carries_wordnets_notice() -> None:
    path = resources.files("levelset.proof").joinpath("common_words.txt.gz")
    with gzip.open(str(path), "rt", encoding="utf-8") as stream:
        first = stream.readline()
    assert first.startswith("# ") and "Princeton University" in first


@pytest.mark.skipif(
    not Path("/usr/share/wordnet/data.noun").exists(), reason="WordNet is not installed"
)
def test_the_shipped_word_list_is_what_the_script_gives() -> None:
    done = subprocess.run(
        [sys.executable, "scripts/make_common_words.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
