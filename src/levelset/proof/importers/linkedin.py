"""A LinkedIn data export: the zip LinkedIn sends, or the folder it unpacks to.

Profile.csv gives the headline and summary, Positions.csv the roles and their descriptions,
Skills.csv the skills; other files of the export are ignored.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from levelset.errors import Problem, validation_failed
from levelset.patterns import compiled
from levelset.proof.dates import parse_month
from levelset.proof.model import Bullet, Channel, Document, Origin, Position
from levelset.proof.safety import check_file, check_zip, decode_text, read_zip_member, refuse

WANTED = ("profile.csv", "positions.csv", "skills.csv")
REQUIRED = {"Positions.csv": ("Title", "Company Name")}
_SENTENCE = compiled(r"(?<=[.!?])\s+(?=[A-Z])")
_BULLET_SIGN = compiled(r"^\s*(?:[-*•▪◦●‣+]|\d{1,2}[.)])\s*")


def looks_like_export(path: Path) -> bool:
    """A folder holding Positions.csv or Profile.csv."""
    return path.is_dir() and any(
        p.name.lower() in WANTED[:2] for p in path.iterdir() if p.is_file()
    )


def import_linkedin(path: Path) -> Document:
    """The export as one Document (channel linkedin); errors name the file and row."""
    files = _read_folder(path) if path.is_dir() else _read_zip(path)
    if "positions.csv" not in files and "profile.csv" not in files:
        raise refuse(path, "no Positions.csv or Profile.csv found", "a LinkedIn data export")
    problems: list[Problem] = []
    profile = _rows(files.get("profile.csv"), "Profile.csv", "First Name", problems)
    positions = _rows(files.get("positions.csv"), "Positions.csv", "Title", problems)
    skills = _rows(files.get("skills.csv"), "Skills.csv", "Name", problems)
    problems.extend(p for line, row in positions for p in _date_problems(line, row))
    if problems:
        raise validation_failed("could not read", problems)
    first = profile[0][1] if profile else {}
    name = " ".join(p for p in (first.get("First Name"), first.get("Last Name")) if p) or None
    return Document(
        source=path.name,
        channel=Channel.LINKEDIN,
        name=name,
        headline=(first.get("Headline") or "").strip() or None,
        summary=(first.get("Summary") or "").strip() or None,
        positions=tuple(_position(path.name, line, row) for line, row in positions),
        skills=tuple((row.get("Name") or "").strip() for _, row in skills if row.get("Name")),
    )


def _read_folder(path: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    for child in path.iterdir():
        if child.is_file() and child.name.lower() in WANTED:
            check_file(child)
            found[child.name.lower()] = decode_text(child, child.read_bytes())
    return found


def _read_zip(path: Path) -> dict[str, str]:
    members = check_zip(path)
    found: dict[str, str] = {}
    with zipfile.ZipFile(path) as archive:
        for member in members:
            base = member.filename.rsplit("/", 1)[-1].lower()
            if base in WANTED and not member.is_dir():
                data = read_zip_member(path, archive, member.filename)
                found[base] = decode_text(f"{path.name}/{member.filename}", data)
    return found


def _rows(
    text: str | None, name: str, key: str, problems: list[Problem]
) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) of a CSV whose header holds `key`; notes above the header skipped."""
    if text is None:
        return []
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if key in line), None)
    if start is None:
        problems.append(Problem(f"no header with a {key!r} column", file=name, line=1))
        return []
    reader = csv.DictReader(io.StringIO("".join(lines[start:])))
    columns = [c.strip() for c in reader.fieldnames or []]
    missing = [c for c in REQUIRED.get(name, ()) if c not in columns]
    found = ", ".join(columns)
    problems.extend(
        Problem(f"no {c!r} column (found: {found})", name, start + 1, c, c) for c in missing
    )
    if missing:
        return []
    rows: list[tuple[int, dict[str, str]]] = []
    first_line = 2  # the line a record starts on; descriptions may span several lines
    try:
        for row in reader:
            rows.append((start + first_line, {k: v or "" for k, v in row.items() if k}))
            first_line = reader.line_num + 1
    except csv.Error as error:
        problems.append(
            Problem(f"unreadable CSV ({error})", file=name, line=start + reader.line_num)
        )
    return rows


def _date_problems(line: int, row: dict[str, str]) -> list[Problem]:
    """A start or end date that is written but is not a month (LinkedIn writes "Mar 2021")."""
    found = []
    for column in ("Started On", "Finished On"):
        value = row.get(column, "").strip()
        if value and parse_month(value) is None:
            found.append(
                Problem(
                    f"{value!r} is not a month", "Positions.csv", line, column, "a month: Mar 2021"
                )
            )
    return found


def _position(source: str, line: int, row: dict[str, str]) -> Position:
    title = row.get("Title", "").strip()
    company = row.get("Company Name", "").strip()
    label = f"{title}, {company}" if company else title
    origin = Origin(source, line, "Positions.csv")
    texts = split_description(row.get("Description", ""))
    bullets = tuple(
        Bullet(t, Origin(source, line, f"Positions.csv Description {i}"), Channel.LINKEDIN, label)
        for i, t in enumerate(texts, start=1)
    )
    finished = row.get("Finished On", "").strip()
    return Position(
        title,
        company,
        origin,
        parse_month(row.get("Started On", "")),
        parse_month(finished),
        current=not finished,
        bullets=bullets,
        location=row.get("Location", "").strip(),
    )


def split_description(text: str) -> list[str]:
    """A description as separate claims: one per line, or one per sentence of a paragraph."""
    found: list[str] = []
    for raw in text.replace("\r", "\n").split("\n"):
        line = _BULLET_SIGN.sub("", raw).strip()
        if line:
            found.extend(s.strip() for s in _SENTENCE.split(line) if s.strip())
    return found
