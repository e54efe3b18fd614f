"""A refusal names the inputs its fix lies in by the domain's names (`LevelsetError.fields`:
"offer", "note"); the message itself names no flag, since it reaches the web's forms too. A
command says what its own flags for those inputs do, in the refusal's hint: "--note TEXT gives
the text" (right whether the flag is missing or given where it does not belong)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from levelset.errors import LevelsetError


@contextmanager
def flags_for(flags: Mapping[str, str]) -> Iterator[None]:
    """Within this block, a refusal without a hint of its own gets one saying, for each of its
    fields this command has, what the flag for it does (`flags[field]`)."""
    try:
        yield
    except LevelsetError as error:
        said = list(dict.fromkeys(flags[f] for f in error.fields if f in flags))
        if said and not error.hint:
            error.hint = "; ".join(said)
        raise
