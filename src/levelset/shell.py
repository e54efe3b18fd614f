"""Commands as the user must type them: words quoted as a shell reads them, and for a coach's
client each `levelset COMMAND ...` named with `--client NAME`, or it would run on the coach's
own records. Every door (CLI, web JSON, the assistant's) shows commands through here.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable, Collection

# Top-level commands run for one client; the coach's own (client, coach, demo, data, server)
# are not. tests/coach/test_client_commands_doors.py keeps this to the CLI registry.
CLIENT_COMMANDS = frozenset((
    "paths", "profile", "range", "roles", "levels", "places", "market", "offer", "negotiate",
    "proof", "level", "practice", "score", "track", "metrics", "experiment", "plan", "playbook",
    "serve", "mcp",
))  # fmt: skip
NOT_COMMANDS = ("levelset level map",)  # a dataset's name, not a command
# Keys of JSON answers whose text is the user's own words as typed or imported (an event's
# note, a company, a bullet): a command-like phrase there is theirs, never named for a client.
USERS_WORDS = frozenset((
    "note", "company", "role", "positioning", "target_title", "resume_version", "variant",
    "application", "ref", "change", "bullets",
))  # fmt: skip
TAIL = 4  # words after a `levelset ` of the user's that mark it as theirs where levelset rewrote
_DOUBLE_QUOTED_SPECIAL = frozenset('$`\\"!')  # read inside double quotes by bash


def quoted(word: str) -> str:
    """`word` as one shell word: bare when safe, else in single quotes; a word holding a single
    quote and nothing else special in double quotes ("Maya O'Neil", not 'Maya O'"'"'Neil')."""
    if "'" in word and not _DOUBLE_QUOTED_SPECIAL.intersection(word):
        return f'"{word}"'
    return shlex.quote(word)


def for_client(
    text: str,
    client: str | None,
    escape: Callable[[str], str] | None = None,
    kept: Collection[str] = (),
) -> str:
    """`text` with `--client CLIENT` after each `levelset ` that starts a client's command
    (quoted in backticks or not, not inside a word); unchanged without a client. The user's
    own words in `kept` are left as written wherever the text quotes them ("What I do: ...").
    `escape` makes the inserted flag safe for the text's markup (Rich's, say)."""
    if not client or "levelset " not in text:
        return text
    flag = f"--client {quoted(client)} "
    if escape is not None:
        flag = escape(flag)
    theirs = _quoted_spans(text, kept)
    parts = text.split("levelset ")
    at_char = 0
    for at in range(1, len(parts)):
        at_char += len(parts[at - 1]) + (len("levelset ") if at > 1 else 0)
        before = parts[at - 1][-1:]
        joined = before.isalnum() or (before != "" and before in "-_./")  # part of a word
        quoting = any(start <= at_char < end for start, end in theirs)
        if not joined and not quoting and _client_command(parts[at]):
            parts[at] = flag + parts[at]
    return "levelset ".join(parts)


def _quoted_spans(text: str, kept: Collection[str]) -> list[tuple[int, int]]:
    """Where `text` quotes one of the user's own words naming a command: (start, end) each,
    as written or in typographic quotes with its spaces closed up and its end cut ("“I ship
    levelset plan…”", plan.wording.quote)."""
    theirs = [words for words in kept if "levelset " in words]
    spans = []
    for words in theirs:
        start = text.find(words)
        while start >= 0:
            spans.append((start, start + len(words)))
            start = text.find(words, start + 1)
    plain = [" ".join(words.split()) for words in theirs]
    for start, end in _typographic_quotes(text):
        said = text[start:end].removesuffix("…")
        if said and any(words.startswith(said) for words in plain):
            spans.append((start, end))
    return spans + _their_tails(text, theirs)


def _their_tails(text: str, theirs: list[str]) -> list[tuple[int, int]]:
    """Where `text` goes on after a `levelset ` as one of the user's words do, for their next
    words (up to `TAIL`, and at least two): a bullet levelset rewrote around its own frame
    ("by writing levelset proof checks" from "Wrote levelset proof checks")."""
    tails = {
        tail for words in theirs for at in _starts(words) if len(tail := _after(words, at)) >= 2
    }
    return [
        (at, at + len("levelset "))
        for at in _starts(text)
        if any(_after(text, at, len(tail)) == tail for tail in tails)
    ]


def _starts(text: str) -> list[int]:
    """Where each `levelset ` in `text` starts."""
    found = []
    at = text.find("levelset ")
    while at >= 0:
        found.append(at)
        at = text.find("levelset ", at + 1)
    return found


def _after(text: str, at: int, count: int = TAIL) -> tuple[str, ...]:
    """The `count` words after the `levelset ` at `at`, less their end stops."""
    words = text[at + len("levelset ") :].split()[:count]
    return tuple(w.rstrip(".,;:!?…”'\")") for w in words)


def _typographic_quotes(text: str) -> list[tuple[int, int]]:
    """The insides of the “...” quotes in `text`: (start, end) each."""
    found = []
    start = text.find("“")
    while start >= 0:
        end = text.find("”", start + 1)
        if end < 0:
            break
        found.append((start + 1, end))
        start = text.find("“", end + 1)
    return found


def _client_command(rest: str) -> bool:
    """Whether text after `levelset ` starts with a command run for a client."""
    if any(("levelset " + rest).startswith(name) for name in NOT_COMMANDS):
        return False
    return rest.split(" ", 1)[0].rstrip("`.,;:)'\"") in CLIENT_COMMANDS


def for_client_in(value: object, client: str | None, kept: Collection[str] = ()) -> object:
    """Plain JSON data (dicts, lists, text) with the commands in levelset's own texts named for
    `client`; the user's words are kept as written: a text under a key of `USERS_WORDS`, and
    that text or one in `kept` (their stored words, say) where a sentence of levelset's quotes
    it."""
    if not client:
        return value
    return _named_in(value, client, (*kept, *users_words_in(value)))


def users_words_in(value: object) -> list[str]:
    """The texts under the keys of `USERS_WORDS` in plain JSON data, at any depth."""
    if isinstance(value, dict):
        found = [w for key, item in value.items() if key in USERS_WORDS for w in _texts(item)]
        return found + [w for item in value.values() for w in users_words_in(item)]
    if isinstance(value, list | tuple):
        return [w for item in value for w in users_words_in(item)]
    return []


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [t for item in value for t in _texts(item)]
    return []


def _named_in(value: object, client: str, kept: Collection[str]) -> object:
    if isinstance(value, str):
        return for_client(value, client, kept=kept)
    if isinstance(value, dict):
        return {
            key: item if key in USERS_WORDS else _named_in(item, client, kept)
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [_named_in(item, client, kept) for item in value]
    return value
