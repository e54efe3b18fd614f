"""Defect 8 (names): look-alikes fold into one name, bidi overrides and zero-width characters
go, and a name or note has a length limit."""

from __future__ import annotations

import pytest

from levelset.errors import InputError
from levelset.names import NAME_CHARS, clean_name, clean_note


@pytest.mark.parametrize(
    "variant",
    [
        "Acme",
        "Ａｃｍｅ",
        "Ac\u200bme",
        "\u200eAcme\u200f",
        " Acme ",
        "\u2066Acme\u2069",
        "Acme\x00",
    ],
)
def test_look_alikes_are_one_name(variant: str) -> None:
    assert clean_name(variant) == "Acme"


def test_a_bidi_override_cannot_reverse_a_name_on_screen() -> None:
    assert "\u202e" not in clean_name("\u202eemcA")


def test_a_million_character_name_is_refused_with_its_field() -> None:
    with pytest.raises(InputError, match="company: 1,000,000 characters is too long"):
        clean_name("x" * 1_000_000, field="company")
    assert clean_name("x" * NAME_CHARS) == "x" * NAME_CHARS


def test_notes_keep_their_lines() -> None:
    assert clean_note("first line\n\tsecond\u200b line") == "first line\nsecond line"
