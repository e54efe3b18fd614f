"""The one safe reader (levelset.untrusted) and the money bound, on hostile inputs."""

from __future__ import annotations

import io
import time
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from levelset.errors import InputError
from levelset.money import to_salary
from levelset.untrusted import (
    Limits,
    check_zip,
    csv_rows,
    decode,
    load_json,
    load_yaml,
    read_bytes,
    unpack,
)

LAUGHS = "\n".join(
    ["a: &a [x, x, x, x, x, x, x, x, x]"]
    + [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
)


def _problem(error: pytest.ExceptionInfo[InputError]) -> str:
    return str(error.value.problems[0])


def test_yaml_aliases_are_refused_at_once_with_their_line() -> None:
    started = time.perf_counter()
    with pytest.raises(InputError) as error:
        load_yaml(LAUGHS, "bomb.yaml")
    assert time.perf_counter() - started < 1
    assert "aliases" in _problem(error) and "bomb.yaml, line 2" in _problem(error)


@pytest.mark.parametrize(
    "text",
    ["[" * 100_000, '{"a":' * 50_000 + "1" + "}" * 50_000],
)
def test_deep_json_is_refused_without_recursion(text: str) -> None:
    with pytest.raises(InputError, match="nested too deeply"):
        load_json(text, "deep.json")


def test_deep_yaml_is_refused() -> None:
    with pytest.raises(InputError, match="nested too deeply"):
        load_yaml("[" * 5000 + "]" * 5000, "deep.yaml")


@pytest.mark.parametrize("loader", [load_json, load_yaml])
def test_a_4300_digit_number_is_refused(loader: object) -> None:
    text = '{"base": ' + "9" * 4300 + "}"
    with pytest.raises(InputError, match="number too long"):
        loader(text, "huge")  # type: ignore[operator]


def test_json_infinity_and_nan_are_refused() -> None:
    for text in ('{"base": 1e999}', '{"base": NaN}', '{"base": -Infinity}'):
        with pytest.raises(InputError, match="not a number"):
            load_json(text, "x.json")


def test_bad_bytes_past_the_first_4kb_are_named_by_offset_and_line() -> None:
    data = b"company: Acme\n" * 400 + b"note: \xff\n"
    with pytest.raises(InputError) as error:
        decode(data, "offer.yaml")
    assert "byte 0xff at byte offset 5,606" in _problem(error)
    assert "line 401" in _problem(error)


def test_unbounded_input_stops_at_the_cap(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="larger than 1 MB"):
        read_bytes(Path("/dev/zero"), Limits(file_bytes=1024 * 1024))
    big = tmp_path / "line.yaml"
    big.write_bytes(b"a" * (2 * 1024 * 1024))
    with pytest.raises(InputError, match="larger than 1 MB"):
        read_bytes(big, Limits(file_bytes=1024 * 1024))


def test_csv_long_fields_and_stray_returns_are_named() -> None:
    limits = Limits(csv_field_chars=1000)
    with pytest.raises(InputError, match="longer than 1,000"):
        list(csv_rows('a,b\n1,"' + "x" * 5000 + '"\n', "t.csv", limits))
    with pytest.raises(InputError, match=r"t.csv, line 2: a stray carriage return"):
        list(csv_rows("a,b\n1,x\ry\n", "t.csv"))
    assert list(csv_rows("a,b\r1,x\r", "t.csv")) == [["a", "b"], ["1", "x"]]
    assert list(csv_rows('a,b\r\n1,"two\nlines"\r\n', "t.csv")) == [["a", "b"], ["1", "two\nlines"]]


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_zip_bombs_and_corrupt_zips_are_refused(tmp_path: Path) -> None:
    bomb = _zip(tmp_path / "bomb.zip", {"big.txt": b"\0" * (3 * 1024 * 1024)})
    with pytest.raises(InputError, match="expands"):
        check_zip(bomb)
    many = _zip(tmp_path / "many.zip", {f"f{n}.txt": b"x" for n in range(30)})
    with pytest.raises(InputError, match="too many files"):
        check_zip(many, Limits(zip_members=10))
    broken = tmp_path / "broken.zip"
    broken.write_bytes(bomb.read_bytes()[:200] + b"\0" * 100)
    with pytest.raises(InputError, match="not a readable zip"):
        unpack(broken, tmp_path / "out")
    sneaky = _zip(tmp_path / "sneaky.zip", {"../../escape.txt": b"x"})
    with pytest.raises(InputError, match="outside the archive"):
        unpack(sneaky, tmp_path / "out")


def test_a_good_zip_unpacks(tmp_path: Path) -> None:
    good = _zip(tmp_path / "good.zip", {"db/Occupation Data.txt": b"hello"})
    (written,) = unpack(good, tmp_path / "out")
    assert written.read_bytes() == b"hello"


def test_ordinary_json_and_yaml_read_as_before() -> None:
    assert load_json('{"base": 185000, "bonus": 0.15}', "x") == {"base": 185000, "bonus": 0.15}
    assert load_yaml("base: 185000\nlist: [1, 2]\n", "x") == {"base": 185000, "list": [1, 2]}
    assert io.StringIO  # keep the import honest for readers of this file


@pytest.mark.parametrize(
    ("value", "currency", "ok"),
    [
        ("185000", None, True),
        ("99999999", None, True),
        ("1e30", None, False),
        ("100000000", None, False),
        ("150000000", "JPY", True),
        ("-1", None, False),
        ("9" * 500, None, False),
    ],
)
def test_money_is_bounded_to_what_a_salary_can_be(
    value: str, currency: str | None, ok: bool
) -> None:
    if ok:
        assert to_salary(value, field="base", currency=currency) == Decimal(value)
        return
    with pytest.raises(InputError, match=r"^base: "):
        to_salary(value, field="base", currency=currency)
