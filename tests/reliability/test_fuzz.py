"""Defect 5: every importer, fed thousands of hostile variants of real files, ends cleanly.

The ordinary run tries a few hundred variants per importer; `make soak` (LEVELSET_SOAK=1)
many more. Every input that ever failed is kept under `corpus/<importer>/` and replayed here
on every run.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from levelset.errors import InputError
from levelset.untrusted import csv_rows, decode, load_json, load_yaml
from tests.reliability.crashing import count
from tests.reliability.fuzzing import (
    CORPUS,
    IMPORTERS,
    SECONDS,
    Stopwatch,
    check,
    save_failure,
    variants,
)

SEEDS = tuple(sorted({seed for importer in IMPORTERS.values() for seed in importer.seeds}))

CASES = count(ci=60, soaked=2500)


def _corpus() -> list[tuple[str, Path]]:
    return [
        (folder.name, file)
        for folder in sorted(CORPUS.iterdir())
        if folder.is_dir() and folder.name in IMPORTERS
        for file in sorted(folder.iterdir())
    ]


@pytest.mark.parametrize(("importer", "file"), _corpus(), ids=lambda v: getattr(v, "name", v))
def test_every_saved_failure_now_ends_cleanly(
    importer: str, file: Path, levelset_home: Path
) -> None:
    check(IMPORTERS[importer], file)


@pytest.mark.parametrize("name", sorted(IMPORTERS))
def test_hostile_variants_end_cleanly(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    importer = IMPORTERS[name]
    with tempfile.TemporaryDirectory() as scratch:
        monkeypatch.setenv("LEVELSET_HOME", str(Path(scratch) / "home"))

        @settings(
            max_examples=CASES,
            deadline=None,
            derandomize=not os.environ.get("LEVELSET_SOAK"),
            suppress_health_check=list(HealthCheck),
            database=None,
        )
        @given(variants(importer.seeds))
        def one(variant: tuple[str, bytes]) -> None:
            suffix, data = variant
            file = Path(scratch) / f"input{suffix}"
            file.write_bytes(data)
            try:
                check(importer, file)
            except AssertionError:
                save_failure(name, suffix, data)
                raise

        one()


# The shared readers themselves, fast enough for thousands of cases on every run.

READER_CASES = count(ci=800, soaked=20000)


@settings(
    max_examples=READER_CASES,
    deadline=None,
    derandomize=not os.environ.get("LEVELSET_SOAK"),
    suppress_health_check=list(HealthCheck),
    database=None,
)
@given(variants(SEEDS))
def test_the_safe_readers_only_ever_raise_input_errors(variant: tuple[str, bytes]) -> None:
    _suffix, data = variant
    for read in (_as_json, _as_yaml, _as_csv):
        with Stopwatch() as watch, contextlib.suppress(InputError):  # anything else fails
            read(data)
        assert watch.seconds < SECONDS, f"{read.__name__} took {watch.seconds:.1f} s"


def _as_json(data: bytes) -> None:
    load_json(decode(data, "x.json"), "x.json")


def _as_yaml(data: bytes) -> None:
    load_yaml(decode(data, "x.yaml"), "x.yaml")


def _as_csv(data: bytes) -> None:
    list(csv_rows(decode(data, "x.csv"), "x.csv"))
