"""Offers in and out in bulk: several files at once, and YAML, JSON or CSV collections.

A collection is `{"offers": [...]}` in YAML or JSON, or a CSV with one offer per row and
dotted column names for nested fields (`equity.grant_value`); lists are written "60000/45000".
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from levelset.errors import InputError, Problem, validation_failed
from levelset.offers.fileformat import load_offer, offer_to_data, parse_offer, plain
from levelset.offers.model import Offer
from levelset.offers.textfile import read_user_text
from levelset.untrusted import LIMITS, csv_problem, field_limit

FORMATS = ("yaml", "json", "csv")


def load_offer_files(files: Sequence[Path], *, currencies: Iterable[str]) -> list[Offer]:
    """Every file read and checked; one InputError listing the problems of every bad file."""
    codes = set(currencies)
    offers, problems = [], []
    for file in files:
        try:
            offers.append(load_offer(file, currencies=codes))
        except InputError as error:
            problems += list(error.problems) or [Problem(error.message, file=str(file))]
    if problems:
        what = "offer file" if len(files) == 1 else "offer files"
        raise validation_failed(what, problems)
    return offers


def dump_offers(offers: Sequence[Offer], fmt: str) -> str:
    """The offers as a YAML, JSON or CSV collection that `read_offers` reads back."""
    fmt = _check_format(fmt)
    data = [plain(offer_to_data(o)) for o in offers]
    if fmt == "json":
        return json.dumps({"offers": data}, indent=2, ensure_ascii=False) + "\n"
    if fmt == "yaml":
        import yaml

        return str(yaml.safe_dump({"offers": data}, sort_keys=False, allow_unicode=True))
    return _to_csv([flatten(d) for d in data])


def read_offers(file: Path, *, currencies: Iterable[str], fmt: str | None = None) -> list[Offer]:
    """Every offer of a collection file, all checked before any is returned."""
    fmt = _check_format(fmt or file.suffix.lstrip(".").lower().replace("yml", "yaml"))
    text = read_user_text(file, "offers in YAML, JSON or CSV")
    rows = _csv_rows(text, file) if fmt == "csv" else _collection(text, file, fmt)
    if not rows:
        problem = Problem("no offers in the file", file=str(file), expected="one offer or more")
        raise validation_failed("offers to import", [problem])
    codes, offers, problems = set(currencies), [], []
    for label, data, lines in rows:
        try:
            offers.append(parse_offer(data, source=label, lines=lines, currencies=codes))
        except InputError as error:
            problems += list(error.problems)
    if problems:
        raise validation_failed("offers to import", problems)
    return offers


def flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    """Nested fields as dotted keys; lists joined with "/"."""
    flat: dict[str, str] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat |= flatten(value, f"{name}.")
        elif isinstance(value, list):
            flat[name] = "/".join(str(v) for v in value)
        else:
            flat[name] = "" if value is None else str(value)
    return flat


def unflatten(row: Mapping[str, str]) -> dict[str, Any]:
    """Dotted keys back into nested mappings; empty cells dropped."""
    data: dict[str, Any] = {}
    for key, value in row.items():
        if key is None or value is None or str(value).strip() == "":
            continue
        *parents, leaf = key.split(".")
        node = data
        for parent in parents:
            node = node.setdefault(parent, {})
        node[leaf] = value.strip()
    return data


def parse_day(text: str, field: str = "date", *, today: dt.date) -> dt.date:
    """A YYYY-MM-DD date, or "today" (the `today` given)."""
    if text.strip().lower() == "today":
        return today
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"{field}: {text!r} is not a date (expected YYYY-MM-DD)") from None


def _check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise InputError(f"format: {fmt!r} is not one of {', '.join(FORMATS)}")
    return fmt


def _to_csv(rows: list[dict[str, str]]) -> str:
    columns = list(dict.fromkeys(key for row in rows for key in row))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _csv_rows(text: str, file: Path) -> list[tuple[str, Any, dict[str, int]]]:
    reader = csv.DictReader(io.StringIO(text))
    with field_limit(LIMITS.csv_field_chars):
        try:
            return _dict_rows(reader, file)
        except csv.Error as error:  # a field over the limit, a stray line break in a field
            raise csv_problem(error, str(file), reader.line_num, LIMITS) from None


def _dict_rows(reader: csv.DictReader[str], file: Path) -> list[tuple[str, Any, dict[str, int]]]:
    problems = _header_problems(list(reader.fieldnames or []), str(file))
    if problems:
        raise validation_failed("offers to import", problems)
    rows = []
    for row in reader:
        surplus = row.pop(None, None)  # DictReader keeps values past the header under None
        if surplus:
            message = f"{len(surplus)} more values than the header has columns"
            problems.append(Problem(message, file=str(file), line=reader.line_num))
        rows.append((str(file), unflatten(row), dict.fromkeys(row, reader.line_num)))
    if problems:
        raise validation_failed("offers to import", problems)
    return rows


def _header_problems(columns: list[str], file: str) -> list[Problem]:
    """A column that is also the group of dotted columns ("equity" and "equity.shares")."""
    return [
        Problem(
            "a value and a group of columns at once",
            file=file,
            line=1,
            field=name,
            expected=f"either {name} or columns such as {name}.grant_value, not both",
        )
        for name in columns
        if any(other.startswith(f"{name}.") for other in columns)
    ]


def _collection(text: str, file: Path, fmt: str) -> list[tuple[str, Any, dict[str, int]]]:
    from levelset.offers.yamllines import parse_json_or_yaml

    data, _ = parse_json_or_yaml(text, file, as_json=fmt == "json")
    items = data.get("offers") if isinstance(data, Mapping) and "offers" in data else data
    if isinstance(data, Mapping) and "offers" in data and not isinstance(items, list):
        problem = Problem("not a list of offers", file=str(file), field="offers")
        raise validation_failed("offers to import", [problem])
    items = items if isinstance(items, list) else [items]
    return [(f"{file} offer {i}", item, {}) for i, item in enumerate(items, 1)]
