"""How a typed US place name is keyed for the gazetteer: cleaned to lower-case words, its other
spellings ("st paul" and "saint paul", "Township of Cherry Hill" and "cherry hill"), and a state
written at its end split off ("boise id", "kansas city missouri")."""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from levelset.patterns import compiled

_SWAPS = (("st ", "saint "), ("saint ", "st "), ("ft ", "fort "), ("mt ", "mount "))
_GOVERNMENT = compiled(
    r"^(?:(?:city|town|township|twp|village|borough) of )|"
    r" (?:city|town|township|twp|village|borough|charter township|cdp)$"
)

_NOT_KEPT = compiled(r"[^a-z0-9 ]+")
_SPACES = compiled(r"\s+")


def clean(text: str) -> str:
    return _SPACES.sub(" ", _NOT_KEPT.sub(" ", text.lower())).strip()


_APART_S = compiled(r"(?<=\w) s\b")


def _swaps(key: str) -> tuple[str, ...]:
    """The key and its other spellings: "st paul" and "saint paul", "ft worth" and "fort worth"
    both ways, "port st john" and "port saint john", "bailey s" and "baileys"."""
    swapped = (key, *(new + key[len(old) :] for old, new in _SWAPS if key.startswith(old)))
    inner = tuple(
        key.replace(f" {old}", f" {new}", 1) for old, new in _SWAPS if f" {old}" in f"{key} "
    )  # "port st john" and "port saint john"
    swapped = (*swapped, *inner)
    if " s " in f"{key} ":  # "bailey s crossroads": GeoNames writes "Baileys Crossroads"
        swapped = (*swapped, _APART_S.sub("s", key))
    return swapped


def _spellings(key: str) -> tuple[str, ...]:
    """ "st paul" and "saint paul", "ft worth" and "fort worth": both ways; then without the
    kind of government the Census and town halls write ("Weymouth Town", "Township of Cherry
    Hill", "Village of Schaumburg", "Boise City"), each only if the name as typed is none."""
    swapped = _swaps(key)
    bare = _GOVERNMENT.sub("", key).strip()
    if bare == key or not bare:
        return swapped
    return (*swapped, *_spellings(bare))


def _splits(key: str, states: dict[str, str]) -> list[tuple[str, str]]:
    """(city, postal) readings of "boise id" and "boise idaho" / "kansas city missouri", in
    the states' order (each state's code before its name)."""
    endings = _state_endings(tuple(states.items()))
    words = key.split(" ")
    found = []
    for n in range(1, len(words)):
        for order, postal in endings.get(" ".join(words[-n:]), ()):
            found.append((order, " ".join(words[:-n]), postal))
    return [(city, postal) for _order, city, postal in sorted(found)]


@cache
def _state_endings(states: tuple[tuple[str, str], ...]) -> dict[str, list[tuple[int, str]]]:
    """Each state's code and cleaned name -> (order, postal code): the ends `_splits` reads."""
    endings: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for n, (postal, name) in enumerate(states):
        endings[postal.lower()].append((2 * n, postal))
        endings[clean(name)].append((2 * n + 1, postal))
    return dict(endings)
