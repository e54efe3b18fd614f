"""One safe reader for the structured files users give us: text, JSON, YAML, CSV and zip.

Any file may be broken or hostile. Whatever it holds, a reader here either returns plain data
or raises an InputError naming the file (and the line, field or byte offset), in bounded time
and memory:

- a size cap on every read, enforced on the bytes read (so `/dev/zero` or a 50 MB line stops
  at the cap, whatever the file system says the size is);
- undecodable bytes named with their byte offset and line, wherever they are in the file;
- JSON and YAML nesting capped (no RecursionError), YAML aliases refused (no "billion laughs"
  expansion), numbers longer than a few dozen digits refused (no 4,300-digit integers);
- CSV fields capped in length, stray carriage returns and a quote left open named by line;
- zips checked for member count, member size, total size and compression ratio before a byte
  is unpacked, and members read no further than their cap whatever their headers claim.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from levelset.errors import InputError, Problem
from levelset.patterns import compiled

if TYPE_CHECKING:
    import zipfile

MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How much one input may cost us to read."""

    file_bytes: int = 10 * MEGABYTE
    depth: int = 32  # nesting of JSON/YAML mappings and lists
    number_digits: int = 40  # digits in one number (money needs far fewer)
    yaml_events: int = 200_000  # YAML parse events (nodes) in one document
    csv_field_chars: int = 100_000
    zip_members: int = 2_000
    zip_member_bytes: int = 200 * MEGABYTE
    zip_total_bytes: int = 600 * MEGABYTE
    zip_ratio: float = 200.0  # uncompressed / compressed, for members above 1 MB


LIMITS = Limits()


def refuse(
    file: Path | str,
    message: str,
    *,
    line: int | None = None,
    field: str | None = None,
    expected: str | None = None,
) -> InputError:
    """An InputError with one Problem for this file, ready to raise."""
    name = Path(file).name if isinstance(file, Path) else file
    problem = Problem(message, file=name, line=line, field=field, expected=expected)
    return InputError(str(problem), problems=[problem])


# --- bytes and text --------------------------------------------------------------------------


def read_bytes(path: Path, limits: Limits = LIMITS, *, what: str = "a file") -> bytes:
    """The file's bytes, at most `limits.file_bytes` of them; a clear InputError otherwise."""
    if path.is_dir():
        raise refuse(path, "a folder, not a file", expected=what)
    try:
        with path.open("rb") as stream:
            data = stream.read(limits.file_bytes + 1)
    except FileNotFoundError:
        raise refuse(path, "no such file", expected=what) from None
    except OSError as error:
        raise refuse(path, f"cannot read it ({error.strerror or error})", expected=what) from None
    return cap_bytes(data, path, limits)


def cap_bytes(data: bytes, file: Path | str, limits: Limits = LIMITS) -> bytes:
    """`data` if within the size cap (an upload, a pipe), else an InputError."""
    if len(data) > limits.file_bytes:
        cap = f"at most {limits.file_bytes // MEGABYTE} MB"
        raise refuse(file, f"larger than {limits.file_bytes // MEGABYTE} MB", expected=cap)
    return data


_BOMS = (  # longest first: UTF-32's little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
TEXT_EXPECTED = "UTF-8 text (UTF-16 with a byte-order mark also reads)"


def byte_order_mark(data: bytes) -> tuple[str, str] | None:
    """(codec, name) of the Unicode encoding `data` announces with a byte-order mark."""
    for mark, codec, name in _BOMS:
        if data.startswith(mark):
            return codec, name
    return None


def decode(data: bytes, file: Path | str) -> str:
    """The text of `data`: UTF-8 (with or without a BOM), or UTF-16/UTF-32 announced by their
    byte-order mark. Anything else is refused, naming the first bad byte, its offset and line:
    no guessing of a legacy encoding."""
    codec, name = byte_order_mark(data) or ("utf-8", "UTF-8")
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        offset = error.start
        line = data.count(b"\n", 0, offset) + 1 if name == "UTF-8" else None
        bad = data[offset : offset + 1].hex()
        message = f"not {name} text: byte 0x{bad} at byte offset {offset:,}"
        raise refuse(file, message, line=line, expected=TEXT_EXPECTED) from None


def read_text(path: Path, limits: Limits = LIMITS, *, what: str = "a text file") -> str:
    """The file's UTF-8 text, size-capped, with errors naming the file."""
    return decode(read_bytes(path, limits, what=what), path)


# --- JSON ------------------------------------------------------------------------------------


def load_json(text: str, file: Path | str, limits: Limits = LIMITS) -> Any:
    """Parsed JSON, refusing deep nesting, huge numbers, NaN and Infinity."""
    _check_brackets(text, file, limits)

    def number(literal: str) -> Any:
        if len(literal.lstrip("-")) > limits.number_digits:
            raise _TooLong(literal)
        return int(literal)

    def decimal(literal: str) -> Any:
        if len(literal.lstrip("-")) > limits.number_digits:
            raise _TooLong(literal)
        value = float(literal)
        if not math.isfinite(value):
            raise _NotANumber(literal)
        return value

    def constant(name: str) -> Any:
        raise _NotANumber(name)

    try:
        return json.loads(text, parse_int=number, parse_float=decimal, parse_constant=constant)
    except json.JSONDecodeError as error:
        problem = Problem(error.msg, file=str(file), line=error.lineno, expected="valid JSON")
        message = f"{file}, line {error.lineno}: not valid JSON ({error.msg})"
        raise InputError(message, problems=[problem]) from None
    except _TooLong as error:
        raise _number_too_long(file, str(error), None, limits) from None
    except _NotANumber as error:
        raise refuse(file, f"{error} is not a number JSON allows", expected="a number") from None
    except RecursionError:
        raise _too_deep(file, None, limits) from None


class _TooLong(ValueError):
    pass


class _NotANumber(ValueError):
    pass


def _check_brackets(text: str, file: Path | str, limits: Limits) -> None:
    """Refuse nesting deeper than the limit before any parser recurses into it."""
    depth = 0
    in_string = escaped = False
    for index, char in enumerate(text):
        if in_string:
            escaped, in_string = (False, True) if escaped else (char == "\\", char != '"')
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > limits.depth:
                raise _too_deep(file, text.count("\n", 0, index) + 1, limits)
        elif char in "]}":
            depth -= 1


def _too_deep(file: Path | str, line: int | None, limits: Limits) -> InputError:
    expected = f"at most {limits.depth} levels"
    return refuse(file, "nested too deeply", line=line, expected=expected)


def _number_too_long(
    file: Path | str, literal: str, line: int | None, limits: Limits
) -> InputError:
    shown = literal if len(literal) <= 24 else f"{literal[:12]}…{literal[-6:]}"
    message = f"number too long ({len(literal):,} characters: {shown})"
    return refuse(file, message, line=line, expected=f"at most {limits.number_digits} digits")


# --- YAML ------------------------------------------------------------------------------------

_LONG_NUMBER = compiled(r"[-+]?[0-9][0-9_,.:eE+-]*")


def check_yaml(text: str, file: Path | str, limits: Limits = LIMITS) -> None:
    """Refuse, before building anything, YAML with aliases, deep nesting, too many nodes or
    numbers too long to convert; a syntax error names its line."""
    import yaml

    depth = events = 0
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            events += 1
            line = event.start_mark.line + 1 if event.start_mark else None
            if isinstance(event, yaml.AliasEvent):
                message = "YAML aliases (*name) are not accepted; write the value out"
                raise refuse(file, message, line=line, expected="plain YAML")
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > limits.depth:
                    raise _too_deep(file, line, limits)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            elif isinstance(event, yaml.ScalarEvent):
                _check_scalar(event, file, line, limits)
            if events > limits.yaml_events:
                raise refuse(file, "too many values", line=line, expected="a smaller file")
    except yaml.YAMLError as error:
        raise yaml_syntax_error(error, file) from None


def _check_scalar(event: Any, file: Path | str, line: int | None, limits: Limits) -> None:
    value = event.value
    plain = event.style is None and event.tag is None
    if plain and len(value) > limits.number_digits and _LONG_NUMBER.fullmatch(value.strip()):
        raise _number_too_long(file, value.strip(), line, limits)


def yaml_syntax_error(error: Exception, file: Path | str) -> InputError:
    mark = getattr(error, "problem_mark", None)
    line = mark.line + 1 if mark is not None else None
    reason = getattr(error, "problem", None) or "cannot be parsed"
    return refuse(file, f"not valid YAML: {reason}", line=line, expected="valid YAML")


def load_yaml(text: str, file: Path | str, limits: Limits = LIMITS, loader: Any = None) -> Any:
    """Parsed YAML (SafeLoader, or the SafeLoader subclass given) after `check_yaml`."""
    import yaml

    check_yaml(text, file, limits)
    try:
        return yaml.load(text, Loader=loader or yaml.SafeLoader)
    except yaml.YAMLError as error:
        raise yaml_syntax_error(error, file) from None
    except (ValueError, OverflowError) as error:  # a value the YAML types cannot hold
        raise refuse(file, f"a value cannot be read ({type(error).__name__})") from None


# --- CSV -------------------------------------------------------------------------------------


def csv_rows(
    text: str, file: Path | str, limits: Limits = LIMITS, dialect: Any = csv.excel
) -> Iterator[list[str]]:
    """The rows of a CSV text, with long fields, stray newlines and open quotes refused."""
    text = text.replace("\r\n", "\n")
    if "\n" not in text:  # old Mac line endings
        text = text.replace("\r", "\n")
    if "\r" in text:  # a lone carriage return inside the data, not a line ending
        line = text.count("\n", 0, text.index("\r")) + 1
        raise refuse(file, "a stray carriage return (\\r) in the data", line=line)
    with field_limit(limits.csv_field_chars):
        reader = csv.reader(io.StringIO(text, newline=""), dialect)
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                raise csv_problem(error, file, reader.line_num, limits) from None
            yield row


@contextmanager
def field_limit(chars: int) -> Iterator[None]:
    """csv's field size limit set to `chars` while the block runs (it is process-wide)."""
    previous = csv.field_size_limit(chars)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def csv_problem(error: csv.Error, file: Path | str, line: int, limits: Limits) -> InputError:
    reason = str(error)
    if "field larger than field limit" in reason:
        message = f"a field longer than {limits.csv_field_chars:,} characters"
        return refuse(file, message, line=line, expected="shorter fields")
    if "unexpected end of data" in reason or "EOF" in reason:
        return refuse(file, "a quote is opened and never closed", line=line)
    if "new-line character" in reason:
        return refuse(file, "a line break inside a field that is not quoted", line=line)
    return refuse(file, f"not valid CSV ({reason})", line=line, expected="valid CSV")


# --- zip -------------------------------------------------------------------------------------


def check_zip(path: Path, limits: Limits = LIMITS) -> list[zipfile.ZipInfo]:
    """The members of a zip file, after checking count, sizes and compression ratios."""
    import zipfile  # here and below: its import is for the commands that read a zip

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise refuse(path, "not a readable zip file", expected="a zip archive") from None
    if len(members) > limits.zip_members:
        message = f"the zip holds too many files ({len(members):,})"
        raise refuse(path, message, expected=f"at most {limits.zip_members:,}")
    total = sum(m.file_size for m in members)
    if total > limits.zip_total_bytes:
        message = f"the zip expands to {total:,} bytes"
        raise refuse(path, message, expected=f"at most {limits.zip_total_bytes:,}")
    for member in members:
        _check_member(path, member, limits)
    return members


def _check_member(path: Path, member: zipfile.ZipInfo, limits: Limits) -> None:
    name = member.filename
    ratio = member.file_size / max(member.compress_size, 1)
    if member.file_size > MEGABYTE and ratio > limits.zip_ratio:
        message = f"zip member {name!r} expands {ratio:,.0f} times (a zip bomb?)"
        raise refuse(path, message, field=name)
    if member.file_size > limits.zip_member_bytes:
        raise refuse(path, f"zip member {name!r} is too large", field=name)
    if name.startswith(("/", "\\")) or ".." in Path(name).parts:
        raise refuse(path, f"zip member {name!r} points outside the archive", field=name)


def read_member(path: Path, archive: zipfile.ZipFile, name: str, limits: Limits = LIMITS) -> bytes:
    """One member's bytes, never more than the member cap whatever its header says."""
    import zipfile

    try:
        with archive.open(name) as stream:
            data = stream.read(limits.zip_member_bytes + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, KeyError):
        raise refuse(path, f"zip member {name!r} cannot be read", field=name) from None
    if len(data) > limits.zip_member_bytes:
        raise refuse(path, f"zip member {name!r} is larger than its header says", field=name)
    return data


def unpack(path: Path, folder: Path, limits: Limits = LIMITS) -> list[Path]:
    """Unpack a checked zip into `folder` (files only, names kept inside it)."""
    written = []
    with _open_zip(path) as archive:
        for member in check_zip(path, limits):
            if member.is_dir():
                continue
            target = folder / member.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(read_member(path, archive, member.filename, limits))
            written.append(target)
    return written


def _open_zip(path: Path) -> zipfile.ZipFile:
    import zipfile

    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise refuse(path, "not a readable zip file", expected="a zip archive") from None
