"""The shipped YAML files read by libyaml hold exactly what PyYAML's Python safe loader reads."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from levelset import shipped_yaml

# every YAML file shipped beside the modules that read it through shipped_yaml
SHIPPED = [
    (package, entry.name)
    for package in ("levelset.market.curated", "levelset.offers")
    for entry in resources.files(package).iterdir()
    if entry.name.endswith(".yaml")
]


def test_the_shipped_files_are_found() -> None:
    assert len(SHIPPED) >= 4


@pytest.mark.parametrize(("package", "name"), SHIPPED)
def test_shipped_file_reads_the_same_as_the_python_loader(package: str, name: str) -> None:
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    assert shipped_yaml.parse(text) == yaml.safe_load(text)


def test_dates_and_numbers_keep_their_types() -> None:
    parsed = shipped_yaml.parse("as_of: 2025-01-19\nrate: 1.08\nrows: 12\nname: '007'\n")
    assert parsed == yaml.safe_load("as_of: 2025-01-19\nrate: 1.08\nrows: 12\nname: '007'\n")
    assert type(parsed["rate"]) is float and type(parsed["rows"]) is int
